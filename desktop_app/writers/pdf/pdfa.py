"""PDF/A-2u and PDF/UA-1 identification: the XMP packet and the sRGB output intent.

Archives and donors ask for PDF/A; screen readers look for PDF/UA. Both are claimed in
the XMP metadata stream, which must say exactly what the document information
dictionary says (title, organisation, release date) and nothing more: no tool name,
no user, no clock. PDF/A also needs an output intent naming the colour space that
DeviceRGB means; we ship a freely licensed sRGB profile (``resources/color``).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from ...resources import resource_path


def escape(text: str) -> str:
    """Escape &, < and > for XML, as ``xml.sax.saxutils.escape`` and ``html.escape(quote=False)`` do.

    Written out because the first imports urllib.request and with it http.client, ssl and
    email (a tenth of a cold ``thadin export --pdf``), the second ``html.entities`` (issue 17).
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

#: PDF/A part and conformance level, and PDF/UA part, claimed in the XMP packet.
PDFA_PART, PDFA_CONFORMANCE, PDFUA_PART = 2, "U", 1
OUTPUT_CONDITION = "sRGB IEC61966-2.1"

#: PDF/A-2 accepts only the XMP schemas of XMP 2005 unless a file describes the others:
#: pdfuaid is described here, as ISO 14289-1 shows.
_PDFUA_EXTENSION = """\
   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>"""


def xmp_date(date: dt.date) -> str:
    """Return the release date at 00:00 UTC in XMP's form, the same instant as the Info dictionary's."""
    return f"{date:%Y-%m-%d}T00:00:00Z"


def info_date(date: dt.date) -> str:
    """Return the release date at 00:00 UTC as a PDF date string."""
    return date.strftime("D:%Y%m%d000000Z")


def xmp_packet(title: str, organisation: str, languages: tuple[str, ...], date: dt.date) -> bytes:
    """Return the XMP metadata: title, organisation, languages, release date, the PDF/A and PDF/UA claims."""
    when = xmp_date(date)
    langs = "".join(f"<rdf:li>{escape(lang)}</rdf:li>" for lang in languages)
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(organisation)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag>{langs}</rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <pdfuaid:part>{PDFUA_PART}</pdfuaid:part>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
{_PDFUA_EXTENSION}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


@cache
def srgb_profile() -> bytes:
    """Return the shipped sRGB ICC profile (icc-profiles-free, zlib licence)."""
    return resource_path("color", "sRGB.icc").read_bytes()


def eol_before_endstream() -> None:
    """Make ReportLab end every stream's data with an end-of-line before ``endstream``.

    PDF/A-2 (6.1.7.1) requires it; ReportLab writes ``endstream`` straight after the data,
    which for compressed data is a binary byte. The EOL is not part of the data (/Length
    is unchanged). Patched once for the process, like ``rl_config.useA85``: Thadin is
    ReportLab's only user in it.
    """
    if getattr(PDFStream.format, "eol_before_endstream", False):
        return
    original = PDFStream.format

    def format_with_eol(self: PDFStream, document: object) -> bytes:
        out = original(self, document)
        if out.endswith(b"endstream\n") and not out.endswith(b"\nendstream\n"):
            out = out[: -len(b"endstream\n")] + b"\nendstream\n"
        return out

    format_with_eol.eol_before_endstream = True  # type: ignore[attr-defined]
    PDFStream.format = format_with_eol


def _extend(catalog: PDFCatalog, *keys: str) -> None:
    """Let ReportLab's catalog write *keys* too (its list of catalog keys is fixed)."""
    listed = list(catalog.__NoDefault__)
    catalog.__NoDefault__ = listed + [k for k in keys if k not in listed]


def declare_archival(canvas: Canvas, title: str, organisation: str, languages: tuple[str, ...],
                     date: dt.date) -> None:
    """Add the XMP metadata stream and the sRGB output intent to the document's catalog."""
    catalog = canvas._doc.Catalog
    _extend(catalog, "OutputIntents")
    xmp = xmp_packet(title, organisation, languages, date)
    # No filter: the packet stays readable to tools that do not decode PDF streams (PDF/A 6.6.2.1).
    catalog.Metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), xmp)
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile(), filters=[PDFZCompress])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"),
        "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
        "Info": PDFString(OUTPUT_CONDITION),
        "DestOutputProfile": canvas._doc.Reference(profile),
    })
    catalog.OutputIntents = PDFArray([intent])

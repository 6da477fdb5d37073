"""Package hygiene: drop python-docx's template baggage; properties that identify no one."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Collection
from typing import cast

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.opc.phys_pkg import PhysPkgWriter
from docx.opc.pkgwriter import PackageWriter
from lxml import etree

#: Parts of python-docx's default template a Thadin document does not use: stylesWithEffects
#: is out of step with styles.xml, customXml is an empty bibliography, numbering.xml holds the
#: template's list definitions (their styles are removed; it names the Symbol font), and the
#: thumbnail is a picture of an empty python-docx page.
_UNUSED_DOCUMENT_PARTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
    RT.NUMBERING,
)

_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>Thadin</Application></Properties>"
)


def drop_unused_parts(document: Document) -> None:
    """Remove template parts nothing refers to; unreachable parts are not saved."""
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype in _UNUSED_DOCUMENT_PARTS:
            part.drop_rel(r_id)
    package_rels = part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[r_id]


#: Where mammoth (the DOCX-to-HTML converter) looks for a style map shipped inside a document.
MAMMOTH_STYLE_MAP_PART = "/mammoth/style-map"
_MAMMOTH_STYLE_MAP_TYPE = "text/prs.mammoth.style-map"
_MAMMOTH_STYLE_MAP_REL = "http://schemas.zwobble.org/mammoth/style-map"


def embed_mammoth_style_map(document: Document, style_map: str) -> None:
    """Ship *style_map* in the package where mammoth finds it (as ``mammoth.embed_style_map`` does).

    A part of its own content type, related from the document part: Word and LibreOffice
    ignore a relationship type they do not know; python-docx keeps the part on save.
    """
    part = Part(PackURI(MAMMOTH_STYLE_MAP_PART), _MAMMOTH_STYLE_MAP_TYPE, style_map.encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, _MAMMOTH_STYLE_MAP_REL)


def strip_revision_ids(document: Document, skip: Collection[Part] = ()) -> None:
    """Remove every ``w:rsid*`` attribute: revision-save ids tie a file to an editing history.

    Parts in *skip* are known to hold none (already stripped, and untouched since).
    """
    for part in document.part.package.iter_parts():
        root = getattr(part, "_element", None)
        if root is None or part in skip:
            continue
        for attribute in _RSIDS(root, w=_W):  # found by libxml2, not by visiting every element in Python
            del attribute.getparent().attrib[attribute.attrname]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RSIDS = etree.XPath("descendant-or-self::*/@*[starts-with(local-name(), 'rsid') and namespace-uri() = $w]")


def _fit(text: str, limit: int = 255) -> str:
    """Shorten *text* to at most *limit* characters, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def set_properties(document: Document, *, title: str, organisation: str, language: str, date: dt.date) -> None:
    """Core and extended properties: title, organisation, language; times are the release date."""
    when = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    core = document.core_properties
    # Core properties are limited to 255 characters (python-docx enforces Office's limit);
    # the document itself keeps the whole headline.
    core.title = _fit(title)
    core.author = _fit(organisation)
    core.last_modified_by = ""
    core.comments = ""
    core.subject = ""
    core.keywords = ""
    core.category = ""
    core.language = language
    core.created = when
    core.modified = when
    core.revision = 1
    for rel in document.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML


class _FixedTimeZip:
    """python-docx's zip writer (``PhysPkgWriter``), with every member dated 1980-01-01, mode 0644."""

    def __init__(self, stream: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED)

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        member = zipfile.ZipInfo(pack_uri.membername, date_time=(1980, 1, 1, 0, 0, 0))
        member.compress_type = zipfile.ZIP_DEFLATED
        member.external_attr = 0o644 << 16
        self._zip.writestr(member, blob)

    def close(self) -> None:
        self._zip.close()


def save_reproducible(document: Document) -> bytes:
    """Return the package's bytes as ``document.save`` writes them, with fixed member times.

    Written once, the way ``reproducible_zip(document.save(...))`` would leave it, instead
    of zipped by python-docx and then unzipped and zipped again: python-docx's own
    ``PackageWriter`` steps, into a zip whose members carry no time of this machine.
    """
    package = document.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    out = io.BytesIO()
    writer = _FixedTimeZip(out)
    PackageWriter._write_content_types_stream(writer, parts)
    PackageWriter._write_pkg_rels(writer, package.rels)
    # Duck-typed: _FixedTimeZip has the one method (write) _write_parts calls on a PhysPkgWriter.
    PackageWriter._write_parts(cast(PhysPkgWriter, writer), parts)
    writer.close()
    return out.getvalue()


def reproducible_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed member times (1980-01-01).

    No edit time of this machine leaks, and the same release always gives the same bytes.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()

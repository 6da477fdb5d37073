"""Package hygiene: drop python-docx's template baggage; properties that identify no one."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT

#: Parts of python-docx's default template a Thadin document does not use: stylesWithEffects
#: is out of step with styles.xml, customXml is an empty bibliography, and the thumbnail is a
#: picture of an empty python-docx page. (numbering.xml stays: the list styles refer to it.)
_UNUSED_DOCUMENT_PARTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
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


def strip_revision_ids(document: Document) -> None:
    """Remove every ``w:rsid*`` attribute: revision-save ids tie a file to an editing history."""
    for part in document.part.package.iter_parts():
        root = getattr(part, "_element", None)
        if root is None:
            continue
        for el in root.iter():
            for name in [n for n in el.attrib if n.startswith(_W_RSID)]:
                del el.attrib[name]


_W_RSID = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rsid"


def set_properties(document: Document, *, title: str, organisation: str, language: str, date: dt.date) -> None:
    """Core and extended properties: title, organisation, language; times are the release date."""
    when = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    core = document.core_properties
    core.title = title
    core.author = organisation
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

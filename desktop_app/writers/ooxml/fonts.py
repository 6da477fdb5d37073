"""Embedded fonts: so a reviewer with no Myanmar font still sees shaped Burmese.

Word's scheme (ECMA-376 Part 1 §17.8): each face is a part ``/word/fonts/fontN.odttf``
related from the font table, *obfuscated* by XOR-ing its first 32 bytes with a 16-byte
key — the ``w:fontKey`` GUID's bytes in reverse order — and referenced from the family's
``w:font`` entry by ``w:embedRegular`` / ``w:embedBold`` / ``w:embedItalic`` /
``w:embedBoldItalic`` with that key. The GUID is derived from the font bytes, so the
same document always gets the same key (no random ids in exports).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml
from docx.parts.document import DocumentPart
from lxml import etree

from .xml import element

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
EMBED_TAGS = {"regular": "w:embedRegular", "bold": "w:embedBold", "italic": "w:embedItalic",
              "bold_italic": "w:embedBoldItalic"}


@dataclass(frozen=True)
class FaceData:
    """One face to embed: its family name as Word sees it, its style slot and its bytes."""

    family: str
    style: str  # a key of EMBED_TAGS
    data: bytes


def font_key(data: bytes) -> str:
    """Return a GUID for ``w:fontKey``, derived from the font bytes: ``{XXXXXXXX-XXXX-…}``."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """XOR the first 32 bytes with the key's bytes in reverse order (its own inverse)."""
    reversed_key = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ reversed_key[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


deobfuscate = obfuscate


@lru_cache(maxsize=32)
def subset_font(path: Path, characters: str) -> bytes:
    """Return the face at *path* cut down to *characters*, every OpenType feature kept.

    GSUB/GPOS closure keeps every glyph Burmese shaping can reach from those characters
    (reordered ေ, medials, stacked consonants, kinzi). HarfBuzz's subsetter does it in a
    few milliseconds (fontTools' took a third of a second per face); cached all the same,
    since the GUI exports the same text again and again.
    """
    from ..harfbuzz import subset

    return subset(path, characters)


@lru_cache(maxsize=16)
def file_digest(path: Path) -> bytes:
    """SHA-256 of a shipped font file (a subset's name changes with the font's version)."""
    return hashlib.sha256(path.read_bytes()).digest()


def subset_family_name(family: str, characters: str, sources: tuple[bytes, ...]) -> str:
    """Return the name a subset of *family* is embedded under: ``Noto Sans Myanmar QJXKWB``.

    *sources* are digests of the font files the subset is cut from.

    LibreOffice registers an embedded font by family name for its whole process, and keeps
    the first one it saw: had a subset the real family name, every later document naming
    that family — even one embedding the whole font — would be drawn with the subset, and
    boxes for its missing letters. A name derived from the characters and the source
    faces is unique to this subset and the same for the same document.
    """
    digest = hashlib.sha256(family.encode() + characters.encode() + b"".join(sources)).digest()
    tag = "".join(chr(ord("A") + b % 26) for b in digest[:6])
    return f"{family} {tag}"


@lru_cache(maxsize=32)
def renamed_face(data: bytes, family: str) -> bytes:
    """Return the font *data* with its family name (name IDs 1, 4, 6, 16, 21) changed to *family*.

    fontTools rewrites only the ``name`` table: no timestamp is recalculated (an export
    time would leak into the file) and the glyphs are the subset's bytes.
    """
    import io

    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(data), recalcTimestamp=False, recalcBBoxes=False)
    names = font["name"]
    style = names.getDebugName(2) or "Regular"
    full = family if style == "Regular" else f"{family} {style}"
    postscript = f"{family}-{style}".replace(" ", "")[:63]
    for name_id in (16, 17, 21, 22):  # typographic family names would still say the real one
        names.removeNames(nameID=name_id)
    values = {1: family, 3: postscript, 4: full, 6: postscript}
    for record in names.names:
        if record.nameID in values:
            record.string = values[record.nameID]
    for name_id, value in values.items():
        if names.getName(name_id, 3, 1, 0x409) is None:
            names.setName(value, name_id, 3, 1, 0x409)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


_EMBED_ORDER = ["embedRegular", "embedBold", "embedItalic", "embedBoldItalic"]


def write_font_table(document_part: DocumentPart, families: list[str], faces: list[FaceData]) -> None:
    """Replace the font table with an entry per family used, embedding *faces* into the package."""
    table_part = document_part.part_related_by(RT.FONT_TABLE)
    fonts = parse_xml(f"<w:fonts {nsdecls('w', 'r')}/>")
    entries: dict[str, etree._Element] = {}
    for family in dict.fromkeys([*families, *(f.family for f in faces)]):
        entry = element("w:font", name=family)
        entry.append(element("w:charset", val="00"))
        entry.append(element("w:family", val="auto"))
        entry.append(element("w:pitch", val="variable"))
        entries[family] = entry
        fonts.append(entry)
    ordered = sorted(faces, key=lambda f: (f.family, _EMBED_ORDER.index(EMBED_TAGS[f.style][2:])))
    for n, face in enumerate(ordered, start=1):
        key = font_key(face.data)
        part = Part(PackURI(f"/word/fonts/font{n}.odttf"), OBFUSCATED_FONT, obfuscate(face.data, key),
                    document_part.package)
        r_id = table_part.relate_to(part, RT.FONT)
        entries[face.family].append(element(EMBED_TAGS[face.style], r_id=r_id, fontKey=key))
    table_part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)

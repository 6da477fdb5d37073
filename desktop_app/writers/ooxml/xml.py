"""Small helpers for WordprocessingML elements: schema-ordered insertion and common children."""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from lxml.etree import _Element

#: Child order of ``w:rPr`` (ECMA-376 Part 1, CT_RPr / EG_RPrBase).
RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
    "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
    "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
    "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath",
)

#: Child order of ``w:pPr`` (CT_PPr / CT_PPrBase), up to its ``w:rPr``.
PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
    "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)


_TAGS: dict[str, tuple[str, dict[str, str]]] = {}
_ATTRIBUTES: dict[str, str] = {}


def element(tag: str, **attributes: str) -> _Element:
    """Make ``<w:tag w:attr="…"/>``; attribute names are given without prefix (``val``) or as ``r_id``.

    What ``OxmlElement(tag)`` makes (python-docx's element class, the tag's namespace
    declared), with the tag's and attributes' names resolved once, not per element.
    """
    known = _TAGS.get(tag)
    if known is None:
        nsptag = NamespacePrefixedTag(tag)
        known = _TAGS[tag] = (nsptag.clark_name, nsptag.nsmap)
    el = oxml_parser.makeelement(known[0], nsmap=known[1])
    for name, value in attributes.items():
        clark = _ATTRIBUTES.get(name)
        if clark is None:
            prefix = "r" if name.startswith("r_") else "w"
            clark = _ATTRIBUTES[name] = qn(f"{prefix}:{name.removeprefix('r_')}")
        el.set(clark, value)
    return el


_POSITIONS: dict[int, tuple[Sequence[str], dict[str, int]]] = {}


def _positions(order: Sequence[str]) -> dict[str, int]:
    """Clark-notation tag -> place in *order* (computed once per order)."""
    known = _POSITIONS.get(id(order))
    if known is None or known[0] is not order:
        known = _POSITIONS[id(order)] = (order, {qn(t): i for i, t in enumerate(order)})
    return known[1]


def insert_in_order(parent: _Element, child: _Element, order: Sequence[str]) -> _Element:
    """Insert *child* where the schema's child *order* puts it, replacing one of the same tag."""
    tag = child.tag
    positions = _positions(order)
    existing = parent.find(tag)
    if existing is not None:
        parent.replace(existing, child)
        return child
    position = positions.get(tag, len(positions))
    for i, sibling in enumerate(parent):
        if positions.get(sibling.tag, -1) > position:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def set_run_property(rpr: _Element, tag: str, **attributes: str) -> _Element:
    """Set one ``w:rPr`` child in schema order."""
    return insert_in_order(rpr, element(tag, **attributes), RPR_ORDER)


def set_paragraph_property(ppr: _Element, child: _Element) -> _Element:
    """Set one ``w:pPr`` child in schema order."""
    return insert_in_order(ppr, child, PPR_ORDER)

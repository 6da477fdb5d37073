"""Named Word styles, so a Word user restyles the whole release in one place.

Sizes, weights, spacing and colours come from ``writers/typography.py``, the same table
the PDF writer uses. Each style sets ``w:sz`` and ``w:szCs`` (and ``w:b``/``w:bCs``) alike:
LibreOffice draws Burmese from the complex-script slot and its size.

Every block is in one of Word's built-in styles where one means the same thing (Subtitle
for the "PRESS RELEASE" label, Date, Title, Heading 2, Body Text, Signature, header,
footer, footnote text …), so Word, LibreOffice, pandoc and mammoth know what it is; ours
(Contact, Banner Title, Banner Subtitle, Banner Rule, Language Divider) only where none
fits. The template's other styles are removed, and every style left names a font in all
four ``w:rFonts`` slots — the Latin family in ascii/eastAsia, the Myanmar family in hAnsi
(where Word draws Myanmar) and cs (where LibreOffice does) — never a theme font, so
Burmese a partner types into any of them shows in the embedded font.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import cast

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.styles import CT_Style
from docx.shared import Pt, RGBColor
from docx.styles import BabelFish
from docx.styles.style import BaseStyle, ParagraphStyle, StyleFactory
from docx.styles.styles import Styles

from ...fonts import LATIN_SCRIPT
from ...resolve import FontScheme, Role
from ..ooxml.xml import RPR_ORDER, element, insert_in_order, set_paragraph_property, set_run_property
from ..typography import (
    ACCENT,
    BANNER_STYLES,
    BLOCK_STYLES,
    FOOTER_STYLE,
    FOOTNOTE_STYLE,
    LINK,
    MUTED,
    RULE,
    BlockStyle,
)
from .spacing import half_points, line_multiple, set_style_line

ENGLISH_LANG = "en-GB"
BURMESE_LANG = "my-MM"


@dataclass(frozen=True)
class StyleSpec:
    """A Word style: its name, kind and look."""

    name: str
    look: BlockStyle | None = None
    kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH
    base: str | None = "Normal"
    outline_level: int | None = None
    contextual: bool = False  # no space between paragraphs of this same style


ROLE_STYLES = {
    Role.LABEL: "Subtitle", Role.DATE: "Date", Role.HEADLINE: "Title", Role.HEADING: "Heading 2",
    Role.PARAGRAPH: "Body Text", Role.CONTACT_INTRO: "Contact", Role.CONTACT: "Contact", Role.SIGNATORY: "Signature",
}
#: Burmese body text is set ragged-right in Normal: LibreOffice (7.4) justifies Burmese by
#: widening spaces and leaves a mark before a widened space behind (``ချုပ ်``), and its
#: other justified alignments do the same or nothing (docs/docx-writer.md).
BURMESE_ROLE_STYLES = {Role.PARAGRAPH: "Normal"}
BANNER_STYLE_NAMES = {"normal": "Header", "title": "Banner Title", "subtitle": "Banner Subtitle"}
BANNER_RULE = "Banner Rule"
LANGUAGE_DIVIDER = "Language Divider"
FOOTER = "Footer"
FOOTNOTE_TEXT = "Footnote Text"
FOOTNOTE_REFERENCE = "Footnote Reference"
HYPERLINK = "Hyperlink"


def role_style(role: Role, lang: str) -> str:
    """Return the name of the paragraph style for a block of *role* in *lang*."""
    if lang == "my" and role in BURMESE_ROLE_STYLES:
        return BURMESE_ROLE_STYLES[role]
    return ROLE_STYLES[role]


_BODY = BLOCK_STYLES[Role.PARAGRAPH]
_HEADING = BLOCK_STYLES[Role.HEADING]
_SPECS = (
    StyleSpec("Normal", replace(_BODY, align="left"), base=None),
    StyleSpec("Body Text", _BODY),
    StyleSpec("Subtitle", BLOCK_STYLES[Role.LABEL]),
    StyleSpec("Date", BLOCK_STYLES[Role.DATE]),
    StyleSpec("Title", BLOCK_STYLES[Role.HEADLINE], outline_level=0),
    StyleSpec("Heading 1", replace(BLOCK_STYLES[Role.HEADLINE], size=13), outline_level=0),
    StyleSpec("Heading 2", _HEADING, outline_level=1),
    *(StyleSpec(f"Heading {n}", replace(_HEADING, size=_BODY.size, italic=n > 3), outline_level=n - 1)
      for n in range(3, 10)),
    StyleSpec("Quote", replace(_BODY, align="left", italic=True, color=MUTED)),
    StyleSpec("Contact", BlockStyle(BLOCK_STYLES[Role.CONTACT].size, space_before=8), contextual=True),
    StyleSpec("Signature", BlockStyle(BLOCK_STYLES[Role.SIGNATORY].size, bold=True, space_before=12),
              contextual=True),
    StyleSpec("Header", BANNER_STYLES["normal"]),
    StyleSpec("Banner Title", BANNER_STYLES["title"], base="Header"),
    StyleSpec("Banner Subtitle", BANNER_STYLES["subtitle"], base="Header"),
    StyleSpec(BANNER_RULE, BlockStyle(2, space_after=10), base="Header"),
    StyleSpec(LANGUAGE_DIVIDER, BlockStyle(2, space_before=14)),
    StyleSpec(FOOTER, FOOTER_STYLE),
    StyleSpec(FOOTNOTE_TEXT, FOOTNOTE_STYLE),
    StyleSpec(FOOTNOTE_REFERENCE, kind=WD_STYLE_TYPE.CHARACTER, base=None),
    StyleSpec(HYPERLINK, kind=WD_STYLE_TYPE.CHARACTER, base=None),
)

#: Word's own (lower-case) names of built-in styles python-docx does not translate.
_BUILT_IN_NAMES = {FOOTNOTE_TEXT: "footnote text", FOOTNOTE_REFERENCE: "footnote reference"}
#: The template's default table, list and character styles stay (every document has them).
_DEFAULTS_KEPT = ("Default Paragraph Font", "Normal Table", "No List")

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def style_fonts(fonts: FontScheme) -> dict[str, str]:
    """``w:rFonts`` of every style: Myanmar where Word (hAnsi) and LibreOffice (cs) draw Burmese."""
    latin, myanmar = fonts.latin.name, fonts.myanmar.name
    return {"ascii": latin, "hAnsi": myanmar, "eastAsia": latin, "cs": myanmar}


def _reset(style: BaseStyle) -> None:
    """Clear the template's formatting of a style (borders, theme fonts, colours, linked styles), keep its identity."""
    for tag in ("w:pPr", "w:rPr", "w:link"):
        for child in style.element.findall(qn(tag)):
            style.element.remove(child)


def _rpr(style: BaseStyle):  # noqa: ANN202 - an lxml element
    return style.element.get_or_add_rPr()


def _apply_look(style: BaseStyle, spec: StyleSpec, fonts: FontScheme) -> None:
    look = spec.look
    if look is None:
        return
    rpr = _rpr(style)
    for tag in ("w:b", "w:bCs"):
        set_run_property(rpr, tag, **({} if look.bold else {"val": "0"}))
    if look.italic:
        set_run_property(rpr, "w:i")
        set_run_property(rpr, "w:iCs")
    set_run_property(rpr, "w:color", val=look.color.lstrip("#").upper())
    set_run_property(rpr, "w:sz", val=str(half_points(look.size)))
    set_run_property(rpr, "w:szCs", val=str(half_points(look.size)))
    fmt = cast(ParagraphStyle, style).paragraph_format  # only paragraph styles have a look
    fmt.alignment = _ALIGN[look.align]
    fmt.space_before = Pt(look.space_before)
    fmt.space_after = Pt(look.space_after)
    if look.keep_with_next:
        fmt.keep_with_next = True
    ppr = style.element.get_or_add_pPr()
    # Latin lines as tall as the PDF's; a paragraph mostly in Burmese sets its own (spacing.fit_lines).
    set_style_line(ppr, line_multiple(fonts, LATIN_SCRIPT, look.size, look.line_factor))
    if spec.contextual:
        set_paragraph_property(ppr, element("w:contextualSpacing"))
    if spec.outline_level is not None:
        set_paragraph_property(ppr, element("w:outlineLvl", val=str(spec.outline_level)))


def _character_looks(styles, fonts: FontScheme) -> None:  # noqa: ANN001 - python-docx Styles
    reference = styles[_BUILT_IN_NAMES[FOOTNOTE_REFERENCE]]
    set_run_property(_rpr(reference), "w:vertAlign", val="superscript")
    set_run_property(_rpr(reference), "w:color", val=LINK.lstrip("#").upper())
    link = styles[HYPERLINK]
    link.font.color.rgb = RGBColor.from_string(LINK.lstrip("#").upper())


def _defaults(document: Document, fonts: FontScheme) -> None:
    """Document defaults: the style fonts (Latin family for Latin, Myanmar family for Burmese) and languages."""
    rpr_default = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    for child in list(rpr):
        rpr.remove(child)
    insert_in_order(rpr, element("w:rFonts", **style_fonts(fonts)), RPR_ORDER)
    insert_in_order(rpr, element("w:sz", val="22"), RPR_ORDER)
    insert_in_order(rpr, element("w:szCs", val="22"), RPR_ORDER)
    insert_in_order(rpr, element("w:lang", val=ENGLISH_LANG, eastAsia=ENGLISH_LANG, bidi=BURMESE_LANG), RPR_ORDER)
    ppr_default = document.styles.element.find(qn("w:docDefaults")).find(qn("w:pPrDefault"))
    if ppr_default is not None:
        ppr = ppr_default.find(qn("w:pPr"))
        for child in list(ppr if ppr is not None else []):
            ppr.remove(child)


def _prune(document: Document) -> None:
    """Remove the template's styles Thadin does not define (theme fonts, empty complex-script slots)."""
    wanted = {BabelFish.ui2internal(_BUILT_IN_NAMES.get(s.name, s.name)) for s in _SPECS} | set(_DEFAULTS_KEPT)
    root = document.styles.element
    for el in list(root.style_lst):
        if el.name_val not in wanted:
            root.remove(el)


class _StyleIndex:
    """``document.styles[name]`` and ``add_style`` over one index of the styles part.

    python-docx searches the whole styles part (about 160 styles) for every lookup, and
    walks it in Python to check a new name is free; the results are the same.
    """

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self._by_name: dict[str, CT_Style] = {}
        for el in styles.element.style_lst:
            if el.name_val is not None:
                self._by_name.setdefault(el.name_val, el)  # the first of a name, as python-docx finds it

    def __getitem__(self, name: str) -> BaseStyle:
        el = self._by_name.get(BabelFish.ui2internal(name))
        return StyleFactory(el) if el is not None else self.styles[name]  # by id, or KeyError: as python-docx

    def add(self, name: str, kind: WD_STYLE_TYPE) -> BaseStyle:
        """``styles.add_style(name, kind)`` for a name the index does not hold."""
        internal = BabelFish.ui2internal(name)
        el = self.styles.element.add_style_of_type(internal, kind, False)
        self._by_name[internal] = el
        return StyleFactory(el)

    def rename(self, style: BaseStyle, name: str) -> None:
        """Set the style's own (internal) name."""
        style.element.name_val = name
        self._by_name.setdefault(name, style.element)


def define_styles(document: Document, fonts: FontScheme) -> None:
    """Create or reset every style the writer uses; remove the template's others."""
    _defaults(document, fonts)
    _prune(document)
    styles = _StyleIndex(document.styles)
    families = style_fonts(fonts)
    for spec in _SPECS:
        try:
            style = styles[_BUILT_IN_NAMES.get(spec.name, spec.name)]
        except KeyError:
            style = styles.add(spec.name, spec.kind)
        if spec.name in _BUILT_IN_NAMES:
            styles.rename(style, _BUILT_IN_NAMES[spec.name])
        _reset(style)
        if spec.base is not None and spec.kind == WD_STYLE_TYPE.PARAGRAPH and spec.name != "Normal":
            cast(ParagraphStyle, style).base_style = styles[spec.base]
        style.hidden = False
        style.quick_style = spec.kind == WD_STYLE_TYPE.PARAGRAPH
        set_run_property(_rpr(style), "w:rFonts", **families)
        _apply_look(style, spec, fonts)
    for name in ("Title", "Subtitle", "Date", *(f"Heading {n}" for n in range(1, 10))):
        cast(ParagraphStyle, styles[name]).next_paragraph_style = cast(ParagraphStyle, styles["Normal"])
    banner_rule = styles[BANNER_RULE]
    border = element("w:pBdr")
    border.append(element("w:bottom", val="single", sz="8", space="1", color=RULE.lstrip("#").upper()))
    set_paragraph_property(banner_rule.element.get_or_add_pPr(), border)
    label = styles[ROLE_STYLES[Role.LABEL]]
    set_run_property(_rpr(label), "w:color", val=ACCENT.lstrip("#").upper())
    _character_looks(styles, fonts)


class StyleIds:
    """Paragraph style name -> style id, for the documents made from one styled template.

    python-docx finds a style by name by searching the whole styles part, and a style
    assignment asks again whether it is the default one; the answer is the same for
    every document from the same template, so it is looked up once.
    """

    def __init__(self) -> None:
        self._ids: dict[str, str | None] = {}

    def get(self, document: Document, name: str) -> str | None:
        """Return the id of paragraph style *name* (None for the default style, Normal).

        What ``document.part.get_style_id(document.styles[name], PARAGRAPH)`` returns; the
        first call finds those of all our paragraph styles at once.
        """
        if name not in self._ids:
            index = _StyleIndex(document.styles)
            default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
            names = [spec.name for spec in _SPECS if spec.kind == WD_STYLE_TYPE.PARAGRAPH
                     and spec.name not in _BUILT_IN_NAMES]
            for wanted in dict.fromkeys([*names, name]):
                style = index[wanted]
                if style.type != WD_STYLE_TYPE.PARAGRAPH:
                    raise ValueError(f"assigned style is type {style.type}, need type {WD_STYLE_TYPE.PARAGRAPH}")
                self._ids[wanted] = None if style == default else style.style_id
        return self._ids[name]


#: Mammoth's style map for our styles (mammoth reads it from the package, ``/mammoth/style-map``):
#: without it mammoth warns about every style outside its own short list and keeps only the text.
MAMMOTH_STYLE_MAP = "\n".join((
    "p[style-name='Title'] => h1.title:fresh",
    "p[style-name='Subtitle'] => p.label:fresh",
    "p[style-name='Date'] => p.date:fresh",
    "p[style-name='Body Text'] => p:fresh",
    "p[style-name='Quote'] => blockquote > p:fresh",
    "p[style-name='Contact'] => p.contact:fresh",
    "p[style-name='Signature'] => p.signatory:fresh",
    f"p[style-name='{LANGUAGE_DIVIDER}'] => hr:fresh",
    "",
))

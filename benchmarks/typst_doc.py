"""The same release as a Typst document, so Typst can be measured beside Thadin (issue 17).

Typst (PyPI ``typst``, the ``bench`` extra) is a compiled typesetter; timing it on the
same text, fonts and page shows how far Thadin is from a fast native engine. The source
is generated from the *resolved* release — the blocks, footnote numbers, dates, fonts,
banner and footer Thadin's own writers lay out — with the same sizes and spacing
(``writers/typography.py``), fonts (``resources/fonts`` only, no system fonts), page
size and margins, justified paragraphs with greedy ("simple") line breaking like ours.

    python benchmarks/typst_doc.py RELEASE.yaml OUT.typ        # write the source
    python benchmarks/typst_doc.py RELEASE.yaml OUT.typ --pdf  # and compile OUT.pdf (one process)
    python benchmarks/typst_doc.py --compile OUT.typ OUT.pdf   # compile only: what the cold rows time

Not the same pages: Typst breaks Burmese with its own (ICU-like) rules and places
footnotes its own way, so page counts differ a little (the runner reports both).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"


def compile_pdf(source: Path, pdf: Path) -> None:
    """Compile *source* to *pdf* with the shipped fonts only (what a cold Typst row times)."""
    import typst

    typst.compile(str(source), output=str(pdf), root="/", font_paths=[str(FONTS)], ignore_system_fonts=True)


def _str(text: str) -> str:
    """A Typst string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _pt(value: float) -> str:
    return f"{value:.2f}pt"


class _Writer:
    """Turns resolved blocks and notes into Typst code."""

    def __init__(self, resolved: object) -> None:
        self.resolved = resolved
        self.notes = {note.number: note for note in resolved.notes}
        self.lang = ""

    def family(self, lang: str) -> tuple[str, float]:
        """The font fallback list (this language's family first) and its size scale."""
        fonts = self.resolved.fonts
        first, second = (fonts.myanmar, fonts.latin) if lang == "my" else (fonts.latin, fonts.myanmar)
        return f"({_str(first.name)}, {_str(second.name)})", first.scale

    def runs(self, content: tuple) -> str:
        from desktop_app.model import Link, Run
        from desktop_app.resolve import NoteRef

        out = []
        for inline in content:
            if isinstance(inline, Run):
                out.append(self.run(inline))
            elif isinstance(inline, Link):
                out.append(f"#link({_str(inline.target)})[{''.join(self.run(r) for r in inline.content)}]")
            elif isinstance(inline, NoteRef):
                if inline.first:
                    note = self.notes[inline.number]
                    family, scale = self.family(note.lang)
                    out.append(f"#footnote[#text(font: {family}, size: {_pt(8.5 * scale)}, lang: {_str(note.lang)})"
                               f"[{self.runs(note.content)}]] <n{inline.number}>")
                else:
                    out.append(f"#footnote(<n{inline.number}>)")
        return "".join(out)

    @staticmethod
    def run(run: object) -> str:
        text = f"#{_str(run.text)}"
        if run.bold:
            text = f"#strong[{text}]"
        if run.italic:
            text = f"#emph[{text}]"
        return text

    def block(self, block: object) -> str:
        """A block: body paragraphs and headings as plain markup under document-wide rules (idiomatic
        Typst, and its fast path); the few other roles in a styled block of their own."""
        from desktop_app.resolve import Gap, Role
        from desktop_app.writers.typography import BLOCK_STYLES, SECTION_GAP, SIGNATORIES_GAP

        out = []
        gap = {Gap.SECTION: SECTION_GAP, Gap.SIGNATORIES: SIGNATORIES_GAP}.get(getattr(block, "gap", None))
        if gap:
            out.append(f"#v({_pt(gap)})")
        if block.lang != self.lang:  # a language section starts: one set rule for all that follows
            self.lang = block.lang
            family, scale = self.family(block.lang)
            out.append(f"#set text(font: {family}, size: {_pt(10.5 * scale)}, lang: {_str(block.lang)})")
        if block.role == Role.PARAGRAPH:
            return "\n".join(out + ["", self.runs(block.content), ""])
        if block.role == Role.HEADING:
            return "\n".join(out + ["", "= " + self.runs(block.content), ""])
        style = BLOCK_STYLES[block.role]
        _family, scale = self.family(block.lang)
        size = style.size * scale
        out += [
            f"#block(above: {_pt(style.space_before)}, below: {_pt(style.space_after)}, "
            f"sticky: {'true' if style.keep_with_next else 'false'})[",
            f"#set text(size: {_pt(size)}, weight: {_str('bold' if style.bold else 'regular')}, "
            f"fill: rgb({_str(style.color)}))",
            f"#set par(justify: false, leading: {_pt(max(0.0, (style.line_factor - 1) * size))})",
        ]
        if style.align == "center":
            out.append("#set align(center)")
        out += [self.runs(block.content), "]"]
        return "\n".join(out)


def _footer_piece(piece: object) -> str:
    """A footer piece as Typst code: text, or this page's number / the number of pages (Western digits)."""
    if isinstance(piece, str):
        return _str(piece)
    return "str(counter(page).final().first())" if piece.total else "str(here().page())"


def typst_source(resolved: object) -> str:
    """Return the Typst source of *resolved* (a ``desktop_app.resolve.Resolved``)."""
    from desktop_app.resolve import FOOTER_JOIN, Columns, Role
    from desktop_app.writers.typography import BANNER_STYLES, BLOCK_STYLES, COLUMN_GAP, FOOTER_STYLE, RULE

    writer = _Writer(resolved)
    body, heading = BLOCK_STYLES[Role.PARAGRAPH], BLOCK_STYLES[Role.HEADING]
    m = resolved.margins
    family, _scale = writer.family(resolved.lang)
    header = []
    if resolved.banner_image is not None:
        header.append(f"#image({_str(str(Path(resolved.banner_image).resolve()))}, height: 26mm, fit: \"contain\")")
    for line in resolved.banner_lines:
        style = BANNER_STYLES[line.style]
        header.append(f"#align(center)[#text(size: {_pt(style.size)}, weight: "
                      f"{_str('bold' if style.bold else 'regular')}, style: "
                      f"{_str('italic' if style.italic else 'normal')})[#{_str(line.text)}]]")
    header.append(f"#line(length: 100%, stroke: 0.8pt + rgb({_str(RULE)}))")
    footer = f" + {_str(FOOTER_JOIN)} + ".join(
        " + ".join(_footer_piece(piece) for piece in part.pieces) or '""' for part in resolved.footer) or '""'
    banner_height = 26 + 8 * len(resolved.banner_lines) + 8  # mm: image, lines, rule and gaps
    out = [
        f"#set document(title: {_str(resolved.title)})",
        f"#set page(paper: {_str('a4' if resolved.page_size == 'A4' else 'us-letter')}, "
        f"margin: (top: {m.top + banner_height}mm, bottom: {m.bottom + 6}mm, left: {m.left}mm, right: {m.right}mm), "
        f"header-ascent: 4mm, header: [{chr(10).join(header)}], "
        f"footer: context align(center, text(size: {_pt(FOOTER_STYLE.size)}, fill: rgb({_str(FOOTER_STYLE.color)}), "
        f"{footer})))",
        f"#set text(font: {family}, size: 10.5pt, top-edge: 0.8em, bottom-edge: -0.2em, hyphenate: false)",
        f"#set par(justify: true, linebreaks: \"simple\", spacing: {_pt(body.space_after)}, "
        f"leading: {_pt((body.line_factor - 1) * body.size)})",
        f"#show heading: set text(size: {_pt(heading.size)}, fill: rgb({_str(heading.color)}))",
        f"#show heading: set block(above: {_pt(heading.space_before)}, below: {_pt(heading.space_after)})",
        "#show footnote.entry: set par(justify: false)",
    ]
    for item in resolved.flow:
        if isinstance(item, Columns):
            cells = ", ".join("[" + "\n".join(writer.block(b) for b in cell) + "]" for cell in item.cells)
            out.append(f"#grid(columns: ({', '.join('1fr' for _ in item.cells)}), column-gutter: "
                       f"{_pt(COLUMN_GAP)}, {cells})")
        else:
            out.append(writer.block(item))
    return "\n".join(out) + "\n"


def write_typst(release_path: Path, out: Path) -> Path:
    """Load *release_path* through Thadin's pipeline and write its Typst source to *out*."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.fileformat import load_release
    from desktop_app.resolve import resolve

    out.write_text(typst_source(resolve(load_release(release_path))), encoding="utf-8")
    return out


if __name__ == "__main__":
    if sys.argv[1] == "--compile":
        compile_pdf(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        typ = write_typst(Path(sys.argv[1]), Path(sys.argv[2]))
        if "--pdf" in sys.argv:
            compile_pdf(typ, typ.with_suffix(".pdf"))

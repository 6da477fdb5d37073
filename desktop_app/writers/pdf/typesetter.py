"""Break styled text into lines ourselves, measuring with the shaper, for ReportLab to draw.

ReportLab's own wrapping cuts shaped Burmese character by character. Here a line may
end only at a space, between two Burmese syllables (``myanmar.syllables``), at a typed
zero-width space, or after a hyphen or slash inside a long word — never inside a
syllable and never before a footnote marker. Each finished line is a list of runs, one
face each, shaped word by word (``shaping.shape_words``) so the glyphs drawn are
HarfBuzz's shaping of each word and no lookup reaches from one word into the next.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr

from ...fonts import LATIN_SCRIPT, MYANMAR_CHARS, MYANMAR_SCRIPT, NORMAL_LINE, SlotRuns
from ...myanmar.script import INVISIBLES, is_myanmar
from ...myanmar.syllables import break_positions
from ...myanmar.words import SYLLABLE, WORD, line_break_ranks
from ...resolve import FontScheme
from .fonts import face_has_char, face_name
from .shaping import ink_extent, ink_inside, shape_words, stretch_at, stretch_spaces, text_width, width

ZWSP = "\u200b"
#: Justification: a word break leaving a justified line more than this many points short
#: gives way to a syllable break; spaces stretch by up to SPACE_STRETCH em (then up to
#: SPACE_STRETCH_MAX em), Burmese syllables part by up to SYLLABLE_STRETCH em.
JUSTIFY_SHORT = 10.0
SPACE_STRETCH, SYLLABLE_STRETCH, SPACE_STRETCH_MAX = 0.5, 0.09, 1.0
_INVISIBLE_SET = frozenset(INVISIBLES)
_WHITESPACE = str.maketrans("\n\t\r", "   ")
#: A line may start after a space (``_WORDS``), and (only if need be) at a letter after a hyphen or
#: slash that follows a letter — inside a hyphenated word or a URL. ``[^\W_]`` is
#: ``str.isalnum``.
_WORDS = re.compile("([^ ]+) *")
_INSIDE_HYPHENATED = re.compile(r"(?<=[^\W_][-/\u2013\u2014])[^\W_]")
_SPACES = re.compile(" {2,}")


@dataclass(frozen=True)
class TextStyle:
    """How a span of text looks; spans with equal styles share a run."""

    size: float
    bold: bool = False
    italic: bool = False
    color: str = "#1a1a1a"
    link: str | None = None  # external URL (http, https, mailto)
    anchor: str | None = None  # internal destination, e.g. a footnote
    superscript: bool = False


@dataclass(frozen=True)
class Span:
    """Input to the typesetter: text in one style; ``note`` marks a first footnote reference."""

    text: str
    style: TextStyle
    note: int | None = None
    glued: bool = False  # no line break directly before this span


@dataclass
class Run:
    """A piece of a line drawn in one face: its original text and its shaped glyphs."""

    text: str
    shaped: ShapedStr
    font: str
    size: float
    style: TextStyle
    x: float = 0.0
    width: float = 0.0

    @property
    def rise(self) -> float:
        """Baseline shift (superscripts)."""
        return self.size * 0.55 if self.style.superscript else 0.0


@dataclass
class Line:
    """A finished line: runs with x offsets, its box height and baseline."""

    runs: list[Run]
    width: float
    height: float
    baseline: float  # distance from the top of the line box to the baseline
    notes: tuple[int, ...] = ()
    text: str = ""
    #: Leftmost and rightmost ink from the line's start, at least (0, width): outlines
    #: may reach past the advances, and must stay inside the frame.
    ink: tuple[float, float] = (0.0, 0.0)


class _Atom(NamedTuple):
    """A piece of text between two places a line may break (a named tuple: tens of thousands per release)."""

    start: int
    end: int  # exclusive; text[start:end] has no spaces at either end
    glue_end: int  # spaces after the atom run to glue_end
    rank: int = WORD  # how good a line break after this atom is: WORD (space, word) or SYLLABLE


@dataclass
class _Prepared:
    text: str
    #: Maximal runs of characters drawn alike: run k is text[starts[k]:starts[k + 1]]
    #: (the last one to the end) in face ``fonts[k]``, ``styles[k]``, at ``scales[k]``
    #: (Burmese, and punctuation within it, is scaled to match Latin text).
    starts: list[int]
    fonts: list[str]
    styles: list[TextStyle]
    scales: list[float]
    notes: dict[int, int] = field(default_factory=dict)  # char index -> footnote number
    breaks: dict[int, int] = field(default_factory=dict)  # char index -> rank (0 preferred, 1 fallback)
    sizes: list[float] = field(default_factory=list)  # the font size of each run (``Typesetter._size``)

    def run_at(self, i: int) -> int:
        """Index of the run holding character *i*."""
        return bisect_right(self.starts, i) - 1


class Typesetter:
    """Lays out spans into lines for one font scheme; stateless apart from caches."""

    #: The Latin line height that fonts' ``line_height`` values are relative to.
    NORMAL_LINE = NORMAL_LINE

    def __init__(self, fonts: FontScheme) -> None:
        self.fonts = fonts
        self._faces: dict[tuple[str, bool, bool], str] = {}
        self._coverage: dict[tuple[str, str], bool] = {}
        self._slots: dict[tuple[str, str], str] = {}  # (script, character) -> font slot
        self._slot_runs = SlotRuns(self._slots)  # given self._covers per call: no reference cycle
        self._metrics: dict[str, tuple[float, float, float]] = {}  # face -> ascent, descent, line height
        self._myanmar_faces = {face_name(fonts.myanmar, b, False) for b in (False, True)}
        # A line is as tall as its tallest run's script needs (FontScheme.line_height).
        self._line_height = {face: fonts.leading(MYANMAR_SCRIPT) for face in self._myanmar_faces}

    # -- fonts -----------------------------------------------------------------------------
    def face(self, script: str, style: TextStyle) -> str:
        """Return the face drawing *script* in *style* (Burmese has no italic: regular stands in)."""
        key = (script, style.bold, style.italic)
        name = self._faces.get(key)
        if name is None:
            family = self.fonts.for_script(script)
            name = self._faces[key] = face_name(family, style.bold, style.italic and family.has_italic())
        return name

    def _covers(self, slot: str, ch: str) -> bool:
        key = (slot, ch)
        covered = self._coverage.get(key)
        if covered is None:
            covered = self._coverage[key] = face_has_char(self.face(slot, TextStyle(1.0)), ch)
        return covered

    def _runs(self, text: str, span_starts: list[int], span_styles: list[TextStyle]
              ) -> tuple[list[int], list[str], list[TextStyle], list[float]]:
        """Face and size scale per character, as maximal runs (superscript note numbers are Latin digits).

        Burmese, and punctuation within it, is scaled to match Latin text even when the
        Latin face draws it, so ``(ဒုတိယ)`` is all one size. The text's (slot, script)
        runs (``fonts.SlotRuns``) are cut at the spans' edges; each span takes the faces
        of its own style.
        """
        starts: list[int] = []
        fonts: list[str] = []
        styles: list[TextStyle] = []
        scales: list[float] = []
        myanmar_scale = self.fonts.scale(MYANMAR_SCRIPT)
        runs = self._slot_runs(text, self._covers)
        run_starts = [run[0] for run in runs]
        count = len(runs)
        bounds = span_starts[1:] + [len(text)]
        for a, b, style in zip(span_starts, bounds, span_styles, strict=True):
            if a == b:
                continue
            latin = self.face(LATIN_SCRIPT, style)
            if style.superscript:
                pieces = [(latin, 1.0, a)]
            else:
                myanmar = self.face(MYANMAR_SCRIPT, style)
                k = bisect_right(run_starts, a) - 1
                pieces = []
                while k < count and runs[k][0] < b:
                    start, slot, script = runs[k]
                    pieces.append((latin if slot == LATIN_SCRIPT else myanmar,
                                   myanmar_scale if script == MYANMAR_SCRIPT else 1.0, max(start, a)))
                    k += 1
            for font, scale, i in pieces:
                if not (fonts and fonts[-1] == font and scales[-1] == scale
                        and (styles[-1] is style or styles[-1] == style)):
                    starts.append(i)
                    fonts.append(font)
                    styles.append(style)
                    scales.append(scale)
        return starts, fonts, styles, scales

    # -- preparation -----------------------------------------------------------------------
    def _prepare(self, spans: list[Span]) -> _Prepared:
        span_starts: list[int] = []
        span_styles: list[TextStyle] = []
        hints: set[int] = set()
        glued: set[int] = set()
        notes: dict[int, int] = {}
        text = self._visible(spans, span_starts, span_styles, hints, glued, notes)
        if "\n" in text or "\t" in text or "\r" in text:
            text = text.translate(_WHITESPACE)  # one character for one: the indexes stay
        # Burmese: every syllable boundary, ranked WORD where ICU's dictionary finds a word
        # (none in text without Burmese: skip the syllable scan and ICU).
        breaks = line_break_ranks(text) if not MYANMAR_CHARS.isdisjoint(text) else {}
        breaks.update(dict.fromkeys(hints, WORD))  # a typed zero-width space is the writer's word break
        # A line may also start after any space: ``_atoms`` cuts there itself.
        for m in _INSIDE_HYPHENATED.finditer(text):
            breaks.setdefault(m.start(), SYLLABLE)  # inside a hyphenated word or a URL: only if need be
        for i in glued | {0}:
            breaks.pop(i, None)
        starts, fonts, styles, scales = self._runs(text, span_starts, span_styles)
        sizes = [self._size(style, scale) for style, scale in zip(styles, scales, strict=True)]
        return _Prepared(text, starts, fonts, styles, scales, notes, breaks, sizes)

    @staticmethod
    def _visible(spans: list[Span], span_starts: list[int], span_styles: list[TextStyle], hints: set[int],
                 glued: set[int], notes: dict[int, int]) -> str:
        """Join the spans' text without invisible characters; a zero-width space becomes a break hint."""
        pieces: list[str] = []
        length = 0
        for span in spans:
            if span.glued:
                glued.add(length)
            if span.note is not None:
                notes[length] = span.note
            span_starts.append(length)
            span_styles.append(span.style)
            piece = span.text
            if not _INVISIBLE_SET.isdisjoint(piece):
                kept: list[str] = []
                for ch in piece:
                    if ch == ZWSP:
                        hints.add(length + len(kept))
                    elif ch not in INVISIBLES:
                        kept.append(ch)
                piece = "".join(kept)
            pieces.append(piece)
            length += len(piece)
        return "".join(pieces)

    def _atoms(self, p: _Prepared) -> list[_Atom]:
        """Cut the text into atoms: its words (non-spaces, and the spaces after), cut again at breaks inside them.

        The last atom of a word ranks WORD (spaces follow, or the text ends); one ending
        at a break inside a word takes that break's rank.
        """
        text, breaks = p.text, p.breaks
        n = len(text)
        inner = sorted([i for i in breaks if i < n and text[i - 1] != " " and text[i] != " "])
        if not inner:  # English, say: the words themselves
            return [_Atom(m.start(), m.end(1), m.end()) for m in _WORDS.finditer(text)]
        atoms: list[_Atom] = []
        k, count = 0, len(inner)
        for m in _WORDS.finditer(text):
            start, end = m.span(1)
            while k < count and inner[k] < end:
                cut = inner[k]
                atoms.append(_Atom(start, cut, cut, breaks[cut]))
                start = cut
                k += 1
            atoms.append(_Atom(start, end, m.end()))
        return atoms

    def _segments(self, p: _Prepared, start: int, end: int, collapse: bool
                  ) -> list[tuple[str, str, TextStyle, float]]:
        """Split text[start:end] into (text, face, style, scale) runs; collapse inner space runs."""
        out: list[tuple[str, str, TextStyle, float]] = []
        text, starts = p.text, p.starts
        k = p.run_at(start)
        count = len(starts)
        while k < count and starts[k] < end:
            a = max(start, starts[k])
            b = min(end, starts[k + 1]) if k + 1 < count else end
            piece = text[a:b]
            k += 1
            if collapse and " " in piece:
                if a > start and text[a - 1] == " ":
                    piece = piece.lstrip(" ")
                if "  " in piece:
                    piece = _SPACES.sub(" ", piece)
                if not piece:
                    continue
            key = (p.fonts[k - 1], p.styles[k - 1], p.scales[k - 1])
            if out and out[-1][1:] == key:
                out[-1] = (out[-1][0] + piece, *key)
            else:
                out.append((piece, *key))
        return out

    @staticmethod
    def _size(style: TextStyle, scale: float) -> float:
        size = style.size * scale
        return size * 0.62 if style.superscript else size

    def _atom_width(self, p: _Prepared, atom: _Atom) -> float:
        starts, start, end = p.starts, atom.start, atom.end
        k = bisect_right(starts, start) - 1  # p.run_at(start), asked for every atom
        if k + 1 >= len(starts) or starts[k + 1] >= end:  # one run: the usual case
            return 0 + text_width(p.text[start:end], p.fonts[k], p.sizes[k])
        return sum(text_width(t, f, self._size(s, k)) for t, f, s, k in self._segments(p, start, end, False))

    def _glue_width(self, p: _Prepared, atom: _Atom) -> float:
        if atom.glue_end == atom.end:
            return 0.0
        k = bisect_right(p.starts, atom.end) - 1
        return text_width(" ", p.fonts[k], p.sizes[k])

    # -- line breaking ---------------------------------------------------------------------
    def layout(self, spans: list[Span], width_limit: float, align: str = "left",
               line_factor: float = NORMAL_LINE) -> list[Line]:
        """Lay out *spans* in lines no wider than *width_limit*; align left, center or justify.

        *line_factor* is the line height over the size for Latin text; Burmese lines
        are taller in proportion (the family's ``line_height``).
        """
        p = self._prepare(spans)
        atoms = self._atoms(p)
        measured = self._measure(p, atoms, width_limit)
        if measured is None:  # a word wider than the line: cut it
            atoms, widths = self._split_overwide(p, atoms, width_limit)
            glues = [self._glue_width(p, a) for a in atoms]
        else:
            widths, glues = measured
        groups = self._fill(atoms, widths, glues, width_limit, JUSTIFY_SHORT if align == "justify" else None)
        lines: list[Line] = []
        g = 0
        while g < len(groups):
            group = groups[g]
            line = self._compose(p, atoms[group[0]].start, atoms[group[-1]].end, line_factor)
            if line.ink[1] - line.ink[0] > width_limit + 0.01 and len(group) > 1:
                # Kerning across atoms, or ink past the advances, made the line too wide: move one atom on.
                groups[g] = group[:-1]
                if g + 1 < len(groups):
                    groups[g + 1] = [group[-1], *groups[g + 1]]
                else:
                    groups.append([group[-1]])
                continue
            lines.append(line)
            g += 1
        for k, line in enumerate(lines):
            self._align(line, width_limit, align, last=k == len(lines) - 1)
        return lines

    @staticmethod
    def _fill(atoms: list[_Atom], widths: list[float], glues: list[float], limit: float,
              short: float | None = None) -> list[list[int]]:
        """Greedy filling that ends a line at a word break when it can, at a syllable if it must.

        With *short* (justified text) a word break that would leave the line more than
        *short* points short gives way to the last syllable break that fits: in narrow
        columns, stretching the spaces of such a line would open holes, or give up.
        """
        groups: list[list[int]] = []
        current: list[int] = []
        used, k = 0.0, 0
        while k < len(atoms):
            add = widths[k] + (glues[current[-1]] if current else 0.0)
            if current and used + add > limit + 0.01:
                cut = max((i for i, a in enumerate(current) if atoms[a].rank == WORD), default=None)
                if short is not None and cut is not None and cut < len(current) - 1:
                    kept = current[:cut + 1]
                    if limit - (sum(widths[a] for a in kept) + sum(glues[a] for a in kept[:-1])) > short:
                        cut = len(current) - 1  # a syllable break, never inside a syllable
                carry = current[cut + 1:] if cut is not None else []
                groups.append(current[: len(current) - len(carry)])
                current = carry
                used = sum(widths[a] for a in carry) + sum(glues[a] for a in carry[:-1])
                continue
            current.append(k)
            used += add
            k += 1
        if current:
            groups.append(current)
        return groups

    def _measure(self, p: _Prepared, atoms: list[_Atom], limit: float) -> tuple[list[float], list[float]] | None:
        """Each atom's width and its glue's (``_atom_width``, ``_glue_width``) in one pass; None if one is too wide.

        Atoms come in text order, so they are taken run by run: the atoms ending inside a
        run (found by bisection on their ends) are one face and size, and only an atom
        reaching across runs goes through ``_atom_width``. Atoms are shaped in text order
        and measuring stops at the first too wide, as atom by atom (shaping gives glyphs
        without a character their private codes in the order it meets them). None when an
        atom of two or more characters is wider than *limit*: ``_split_overwide`` cuts it.
        """
        starts, fonts, sizes, text = p.starts, p.fonts, p.sizes, p.text
        last = len(starts) - 1
        ends = [atom[1] for atom in atoms]
        widths: list[float] = []
        glues: list[float] = []
        i, count = 0, len(atoms)
        for k in range(last + 1):
            if i == count:
                break
            run_end = len(text) if k == last else starts[k + 1]
            j = bisect_right(ends, run_end, i)  # atoms i .. j - 1 lie inside run k
            if j > i:
                font, size = fonts[k], sizes[k]
                chunk = atoms[i:j]
                for start, end, _glue_end, _rank in chunk:
                    atom_width = 0 + text_width(text[start:end], font, size)
                    if atom_width > limit and end - start >= 2:
                        return None
                    widths.append(atom_width)
                space = text_width(" ", font, size)
                glues += [0.0 if atom[2] == atom[1] else space for atom in chunk]
                if ends[j - 1] == run_end and chunk[-1][2] != run_end:  # its spaces are the next run's
                    glues[-1] = self._glue_width(p, chunk[-1])
                i = j
            if i < count and atoms[i][0] < run_end:  # an atom reaching into the next run
                atom = atoms[i]
                atom_width = self._atom_width(p, atom)
                if atom_width > limit and atom[1] - atom[0] >= 2:
                    return None
                widths.append(atom_width)
                glues.append(self._glue_width(p, atom))
                i += 1
        return widths, glues

    def _split_overwide(self, p: _Prepared, atoms: list[_Atom], limit: float) -> tuple[list[_Atom], list[float]]:
        """Cut a word wider than the line (a long URL) between characters, as a last resort.

        Return the atoms and their widths.
        """
        out: list[_Atom] = []
        widths: list[float] = []
        for atom in atoms:
            atom_width = self._atom_width(p, atom)
            if atom_width <= limit or atom.end - atom.start < 2:
                out.append(atom)
                widths.append(atom_width)
                continue
            start = atom.start
            while start < atom.end:
                end = start + 1
                while end < atom.end and self._atom_width(p, _Atom(start, end + 1, end + 1)) <= limit:
                    end += 1
                while end < atom.end and is_myanmar(p.text[end]) and end - 1 > start:
                    end -= 1  # never cut Burmese between characters: back off to a whole letter run
                out.append(_Atom(start, end, atom.glue_end if end == atom.end else end))
                widths.append(self._atom_width(p, out[-1]))
                start = end
        return out, widths

    def _compose(self, p: _Prepared, start: int, end: int, line_factor: float) -> Line:
        """Shape text[start:end] into a line: runs, box height, baseline, notes, ink extent (one pass over the runs)."""
        runs: list[Run] = []
        x = 0.0
        ascent = descent = height = 0.0
        left: float | None = None
        right: float | None = None
        metrics = self._metrics
        for text, font, style, scale in self._segments(p, start, end, True):
            size = self._size(style, scale)
            shaped = shape_words(text, font, size)
            # Its width and ink are kept on the shaped run, which ``shape_words`` keeps for
            # the same text, face and size: a run met again (a repeated line, a note
            # marker, a link) is not summed again.
            known = shaped.__dict__.get("line_metrics")
            if known is None:
                known = shaped.line_metrics = (
                    width(shaped, size),
                    # A run inking inside its advances adds nothing to the line's ink extent,
                    # which is at least (0, width): (0.0, 0.0) stands in for its (0.0, r <= width).
                    *((0.0, 0.0) if ink_inside(shaped, font) else ink_extent(shaped, font, size)))
            run_width, ink_left, ink_right = known
            runs.append(Run(text, shaped, font, size, style, x, run_width))
            found = metrics.get(font)
            if found is None:
                face = pdfmetrics.getFont(font).face
                found = metrics[font] = (face.ascent, face.descent,
                                         self._line_height.get(font, self.fonts.leading(LATIN_SCRIPT)))
            base = style.size * scale
            # max() and min() written out: the same comparisons, the same floats.
            value = found[0] * base / 1000.0
            if value > ascent:
                ascent = value
            value = -found[1] * base / 1000.0
            if value > descent:
                descent = value
            value = base * (found[2] * line_factor / self.NORMAL_LINE)
            if value > height:
                height = value
            value = x + ink_left
            if left is None or value < left:
                left = value
            value = x + ink_right
            if right is None or value > right:
                right = value
            x += run_width
        baseline = (height - (ascent + descent)) / 2.0 + ascent
        notes = tuple(number for pos, number in sorted(p.notes.items()) if start <= pos < end) if p.notes else ()
        if left is None or right is None:
            left = right = 0.0
        return Line(runs, x, height, baseline, notes, "".join([r.text for r in runs]),
                    (min(left, 0.0), max(right, x)))

    def _align(self, line: Line, limit: float, align: str, last: bool) -> None:
        """Place the line in the frame: its ink starts at 0 and ends by *limit*."""
        left, right = -line.ink[0], line.ink[1] - line.width  # ink hanging past the advances
        if left:
            for run in line.runs:
                run.x += left
        free = limit - left - right - line.width
        if free <= 0 or not line.runs:
            return
        if align == "center":
            for run in line.runs:
                run.x += free / 2.0
        elif align == "right":
            for run in line.runs:
                run.x += free
        elif align == "justify" and not last:
            self._justify(line, free)

    @staticmethod
    def _justify(line: Line, free: float) -> None:
        """Spread *free* points over the spaces first, then between Burmese syllables.

        Spaces take up to ``SPACE_STRETCH`` em each; the rest goes between syllables, at
        most ``SYLLABLE_STRETCH`` em of the smallest Burmese run each (below the 0.102 em
        gap from which pdf.js reads a space, so search still finds the word); what is
        still left goes to the spaces, up to ``SPACE_STRETCH_MAX`` em. A Burmese line that
        cannot be filled within those limits is stretched as far as they go; a line with
        no syllables to part (Latin) is left ragged rather than full of holes.
        """
        size = max(run.size for run in line.runs)
        gaps = [{i for i in break_positions(run.text) if run.text[i - 1] != " "} for run in line.runs]
        spaces = sum(run.text.count(" ") for run in line.runs)
        syllables = sum(map(len, gaps))
        per_space = min(free / spaces, SPACE_STRETCH * size) if spaces else 0.0
        rest = free - per_space * spaces
        per_gap = 0.0
        if syllables and rest > 0:
            smallest = min(run.size for run, run_gaps in zip(line.runs, gaps, strict=True) if run_gaps)
            per_gap = min(rest / syllables, SYLLABLE_STRETCH * smallest)
        rest -= per_gap * syllables
        if rest > 0.01 and spaces:
            per_space = min(per_space + rest / spaces, SPACE_STRETCH_MAX * size)
            rest = free - per_space * spaces - per_gap * syllables
        if rest > 0.01 and not syllables:
            return  # it cannot be filled without holes: leave it ragged
        shift = 0.0
        for run, run_gaps in zip(line.runs, gaps, strict=True):
            run.x += shift
            n = run.text.count(" ")
            if n and per_space:
                run.shaped = stretch_spaces(run.shaped, run.text, per_space, run.size)
            if run_gaps and per_gap:
                run.shaped = stretch_at(run.shaped, run_gaps, per_gap, run.size)
            added = per_space * n + per_gap * len(run_gaps)
            run.width += added
            shift += added
        line.width += shift

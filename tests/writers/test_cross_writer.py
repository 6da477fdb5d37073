"""PDF, DOCX and Resolved agree on every note: which number each citation shows, in which
order, with which text per language — over every layout, language set and citation pattern.

The expected numbering is written here from the rule in docs/file-format.md (one number
per note text shown, in reading order; a reader gets the note in their own language when
it has one), independently of resolve. The PDF is read back with poppler's pdftotext, the
DOCX with lxml as Word numbers it (by the position of each footnote reference).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from lxml import etree

from desktop_app.fileformat import parse_release
from desktop_app.resolve import NoteRef, Resolved, resolve
from desktop_app.writers.docx import build_docx
from desktop_app.writers.pdf import render_pdf
from tests.pdfinspect import bbox_words

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ORDER = ("my", "en")  # the letterhead's language order
NOTE_TEXT = {"en": "Note {} english text", "my": "မှတ်ချက် {} မြန်မာ"}
MARKER = re.compile(r"q([a-y]+)z")


def code(k: int) -> str:
    """Citation *k* as a marker word made of letters only (digits would mix with note numbers)."""
    out = ""
    while True:
        out = "abcdefghijklmnopqrstuvwxy"[k % 25] + out
        k //= 25
        if not k:
            return out


@st.composite
def releases(draw: st.DrawFn) -> dict:
    """A release spec: languages, layout, notes (texts per language) and who cites what where."""
    langs = draw(st.sampled_from([("en",), ("my",), ("my", "en")]))
    layout = draw(st.sampled_from(["stacked", "parallel", *langs]))
    ids = draw(st.lists(st.sampled_from("abcd"), min_size=1, max_size=4, unique=True))
    notes = {i: draw(st.lists(st.sampled_from(ORDER), min_size=1, max_size=2, unique=True)) for i in ids}
    paragraphs = {lang: draw(st.lists(st.lists(st.sampled_from(ids), max_size=3), min_size=1, max_size=3))
                  for lang in langs}
    cited = {i for paras in paragraphs.values() for p in paras for i in p}
    paragraphs[langs[0]][0] += [i for i in ids if i not in cited]  # every note must be cited
    return {"langs": langs, "layout": layout, "notes": notes, "paragraphs": paragraphs}


def release_yaml(spec: dict) -> tuple[str, dict[str, tuple[str, str]]]:
    """The release file, and each marker word's (citing language, note id)."""
    markers: dict[str, tuple[str, str]] = {}
    body = {}
    for lang in spec["langs"]:
        paras = []
        for para in spec["paragraphs"][lang]:
            words = []
            for note_id in para:
                word = code(len(markers))
                markers[word] = (lang, note_id)
                words.append(f"q{word}z[^{note_id}]")
            paras.append(("စာပိုဒ် " if lang == "my" else "Paragraph ") + " ".join(words) + ("။" if lang == "my" else "."))
        body[lang] = "\n\n".join(paras) + "\n"
    data = {
        "thadin": 1, "letterhead": "defection-forum", "date": "2024-03-31",
        "headline": {lang: "ခေါင်းစဉ်" if lang == "my" else "Headline" for lang in spec["langs"]},
        "body": body,
        "footnotes": {i: {lang: NOTE_TEXT[lang].format(i) for lang in langs} for i, langs in spec["notes"].items()},
        "layout": spec["layout"],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).replace("'2024-03-31'", "2024-03-31"), markers


def expected(spec: dict, markers: dict[str, tuple[str, str]]) -> tuple[dict[str, int], dict[int, tuple[str, str]]]:
    """The rule: each marker's number, and each number's (note id, language of its text)."""
    langs, layout = spec["langs"], spec["layout"]
    shown = (layout,) if layout not in ("stacked", "parallel") else langs
    by_lang = {lang: [w for w, (lg, _) in markers.items() if lg == lang] for lang in shown}
    if layout == "parallel" and len(langs) > 1:
        # row by row: the n-th paragraph of each language side by side, cells in language order
        order = []
        cells = {lang: [] for lang in shown}
        for lang in shown:
            words = iter(by_lang[lang])
            cells[lang] = [[next(words) for _ in para] for para in spec["paragraphs"][lang]]
        for i in range(max(len(c) for c in cells.values())):
            for lang in shown:
                order += cells[lang][i] if i < len(cells[lang]) else []
    else:
        order = [w for lang in shown for w in by_lang[lang]]
    numbers: dict[tuple[str, str], int] = {}
    marker_numbers = {}
    for word in order:
        lang, note_id = markers[word]
        texts = spec["notes"][note_id]
        text_lang = lang if lang in texts else next(lg for lg in (*shown, *texts) if lg in texts)
        key = (note_id, text_lang)
        numbers.setdefault(key, len(numbers) + 1)
        marker_numbers[word] = numbers[key]
    return marker_numbers, {n: key for key, n in numbers.items()}


def resolved_markers(resolved: Resolved) -> dict[str, int]:
    """Marker word → number, as resolve decided."""
    out = {}
    for block in resolved.blocks():
        word = None
        for inline in block.content:
            if isinstance(inline, NoteRef):
                out[word] = inline.number
            elif hasattr(inline, "text") and MARKER.findall(inline.text):
                word = MARKER.findall(inline.text)[-1]
    return out


def _number_left_of(words: list, box: tuple) -> int:
    """The superscript number just left of *box* (a note's first word) on the same line."""
    x0, y0, _, y1, _ = box
    near = [w for w in words if w[4].isdigit() and w[2] <= x0 + 0.5 and x0 - w[2] < 12
            and y0 - 2 <= (w[1] + w[3]) / 2 <= y1]
    assert len(near) == 1, f"no single note number left of {box}: {near}"
    return int(near[0][4])


def pdf_reading(pdf: bytes, folder: Path) -> tuple[dict[str, tuple[int, int]], dict[int, tuple[str, int]]]:
    """Marker word → (number, page), and number → (note text, page), from the words poppler finds."""
    path = folder / "out.pdf"
    path.write_bytes(pdf)
    markers, notes, tops = {}, {}, {}
    for page, words in enumerate(bbox_words(path), start=1):
        texts = [w[4] for w in words]
        for i, (*_, text) in enumerate(words):
            m = re.fullmatch(r"q([a-y]+)z(\d*)[.။]?", text)
            if m:
                number = m.group(2) or re.match(r"\d+", texts[i + 1]).group(0)
                markers[m.group(1)] = (int(number), page)
        for template in NOTE_TEXT.values():
            for note_id in "abcd":
                tokens = template.format(note_id).split()
                for i in range(len(words) - len(tokens) + 1):
                    if texts[i:i + len(tokens)] == tokens:
                        number = _number_left_of(words, words[i])
                        assert number not in notes, f"note {number} printed twice"
                        notes[number] = (" ".join(tokens), page)
                        tops[number] = (page, words[i][1])
    # the page foot lists its notes top to bottom in number order (never ² above ¹)
    assert sorted(tops, key=lambda n: tops[n]) == sorted(tops)
    return markers, notes


def docx_reading(docx: bytes, folder: Path) -> tuple[dict[str, int], dict[int, str]]:
    """Marker word → the number Word shows, and number → footnote text, as Word numbers notes."""
    import zipfile

    path = folder / "out.docx"
    path.write_bytes(docx)
    with zipfile.ZipFile(path) as package:
        document = etree.fromstring(package.read("word/document.xml"))
        footnotes = etree.fromstring(package.read("word/footnotes.xml")) if "word/footnotes.xml" in \
            package.namelist() else None
    position: dict[str, int] = {}  # footnote id -> Word's number (position of its reference)
    bookmark_target: dict[str, str] = {}
    open_bookmark = None
    markers: dict[str, int | str] = {}
    repeats: list[tuple[str, str]] = []
    word = None
    for el in document.iter():
        if el.tag == W + "t" and el.text and MARKER.findall(el.text):
            word = MARKER.findall(el.text)[-1]
        elif el.tag == W + "bookmarkStart":
            open_bookmark = el.get(W + "name")
        elif el.tag == W + "footnoteReference":
            note_id = el.get(W + "id")
            position[note_id] = len(position) + 1
            markers[word] = position[note_id]
            if open_bookmark:
                bookmark_target[open_bookmark] = note_id
                open_bookmark = None
        elif el.tag == W + "instrText" and "NOTEREF" in (el.text or ""):
            markers[word] = el.text.split()[1]  # a repeat as a NOTEREF field to the first citation's bookmark
        elif el.tag == W + "hyperlink" and (el.get(W + "anchor") or "").startswith("_RefNote"):
            shown = "".join(el.itertext()).strip()  # a repeat as a link to the first citation's bookmark
            markers[word] = el.get(W + "anchor")
            repeats.append((el.get(W + "anchor"), shown))
    for anchor, shown in repeats:  # the number a repeat shows is the one Word gives the note it points at
        assert shown == str(position[bookmark_target[anchor]])
    resolved_markers = {w: (position[bookmark_target[m]] if isinstance(m, str) else m) for w, m in markers.items()}
    texts = {}
    if footnotes is not None:
        for fn in footnotes.iter(W + "footnote"):
            if fn.get(W + "id") in position:
                texts[position[fn.get(W + "id")]] = "".join(fn.itertext()).strip()
    return resolved_markers, texts


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=releases())
def test_pdf_docx_and_resolved_agree_on_every_note(spec: dict) -> None:
    text, markers = release_yaml(spec)
    note(text)
    release = parse_release(text, Path("/nonexistent/cross.release.yaml"))
    resolved = resolve(release)
    want_markers, want_notes = expected(spec, markers)

    assert resolved_markers(resolved) == want_markers
    assert {n.number: (n.id, n.lang) for n in resolved.notes} == want_notes
    assert [n.number for n in resolved.notes] == list(range(1, len(want_notes) + 1))

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf_markers, pdf_notes = pdf_reading(render_pdf(resolved), folder)
        docx_markers, docx_notes = docx_reading(build_docx(resolved), folder)

    assert {w: n for w, (n, _) in pdf_markers.items()} == want_markers
    assert docx_markers == want_markers
    for number, (note_id, lang) in want_notes.items():
        body = NOTE_TEXT[lang].format(note_id)
        assert pdf_notes[number][0] == body
        assert docx_notes[number] == f"{number} {body}" or docx_notes[number].endswith(body)
        # printed at the foot of the page of its first citation
        first_page = min(page for w, (n, page) in pdf_markers.items() if n == number)
        assert pdf_notes[number][1] == first_page
    assert set(pdf_notes) == set(want_notes) == set(docx_notes)

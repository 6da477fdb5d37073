"""The incremental preview writes the bytes an export writes.

After an edit the preview continues from a copy of the last render's state at the start
of the edited page (``writers/pdf/paging.py``) instead of laying out every page again.
These tests type generated edits into long generated releases, as a user does (a
paragraph edited over several pauses, then another place, paragraphs and footnote
references added and removed, settings changed), and compare every preview's PDF with
a render of the same text from nothing — byte for byte — and check that the preview
really did resume past the first page.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from benchmarks.generate import release_yaml
from desktop_app import service
from desktop_app.resolve import resolve
from desktop_app.writers.pdf import layoutcache, paging, render_pdf

PATH = Path("generated.release.yaml")


def _resolved(text: str):
    return resolve(service.load_text(text, PATH).release)


def _paragraph_lines(text: str) -> list[int]:
    """Indices of body paragraph lines (not headings)."""
    lines = text.split("\n")
    body = lines.index("body:")
    end = lines.index("footnotes:")
    return [i for i in range(body, end) if lines[i].startswith("    ") and not lines[i].startswith("    ##")]


def _edit(text: str, rng: random.Random, line: int, kind: str) -> str:
    """Apply one edit of *kind* to body line *line*."""
    lines = text.split("\n")
    words = lines[line].split(" ")
    at = rng.randrange(5, max(6, len(words) - 1))
    if kind == "type":  # a few words, as between two pauses
        words[at:at] = rng.choice(["the", "forum", "ဖိုရမ်", "and", "of", "co-operation"]).split() * rng.randint(1, 12)
    elif kind == "delete":  # never the last word, which carries the paragraph's note
        del words[at:min(at + rng.randint(1, 25), len(words) - 1)]
    elif kind == "cite":  # a reference to a note cited elsewhere
        words[at] += "[^e1]"
    elif kind == "new-note":
        words[at] += "[^added]"
        lines.insert(lines.index("footnotes:") + 1, "  added: \"<https://example.org/added> An added note.\"")
    elif kind == "uncite":  # the paragraph's notes deleted, with their texts
        names = re.findall(r"\[\^(\w+)\]", lines[line])
        lines[line] = re.sub(r"\[\^\w+\]", "", lines[line])
        rest = "\n".join(lines)
        return "\n".join(x for x in lines if not any(x.startswith(f"  {name}:") and f"[^{name}]" not in rest
                                                    for name in names))
    elif kind == "split":  # Enter twice: a new paragraph
        lines[line:line + 1] = [" ".join(words[:at]), "", "    " + " ".join(words[at:])]
        return "\n".join(lines)
    elif kind == "join":  # the paragraph and the next one made one
        following = next(i for i in range(line + 1, len(lines)) if lines[i].startswith("    "))
        lines[line] += " " + lines[following].strip()
        del lines[line + 1:following + 1]
        return "\n".join(lines)
    lines[line] = " ".join(words)
    return "\n".join(lines)


SPLICED: list[int] = []  # pages from which a preview took the last render's pages (0: none)


def _preview_equals_export(text: str) -> int:
    """Render *text* as the preview does; assert the bytes equal an export's; return the page resumed at."""
    resolved = _resolved(text)
    incremental = render_pdf(resolved, reuse_layout=True)
    session = paging.session_for(resolved.fonts)
    resumed, spliced = session.resumed_at, session.spliced_at
    SPLICED.append(spliced)
    assert incremental == render_pdf(resolved), (
        f"preview resumed at page {resumed}, the rest taken from page {spliced}, differs from an export")
    return resumed


@pytest.fixture(autouse=True)
def _fresh():
    layoutcache.clear()
    paging.clear()
    yield
    layoutcache.clear()
    paging.clear()


@pytest.mark.parametrize(("seed", "layout"), [(1, "stacked"), (3, "parallel")])
def test_generated_edits_preview_the_bytes_of_an_export(seed, layout):
    text = release_yaml(28)  # about eight pages, Burmese then English, a note per paragraph
    if layout == "parallel":
        text = text.replace("letterhead: defection-forum\n", "letterhead: defection-forum\nlayout: parallel\n")
    rng = random.Random(seed)
    _preview_equals_export(text)
    SPLICED.clear()
    resumed = []
    for kind in ["type", "delete", "cite", "split", "new-note", "join", "uncite"]:
        line = rng.choice(_paragraph_lines(text)[8:])  # past the first page
        for _ in range(2):  # the same paragraph over two pauses in typing
            text = _edit(text, rng, line, "type" if resumed and rng.random() < 0.5 else kind)
            resumed.append(_preview_equals_export(text))
            kind = "type" if kind in ("split", "join", "new-note", "uncite") else kind
    assert sum(page > 1 for page in resumed) >= len(resumed) // 3, resumed
    # and in most of them the breaks met the last render's again: its later pages were taken
    assert sum(page > 1 for page in SPLICED) >= len(SPLICED) // 3, SPLICED


def test_an_edit_before_the_checkpoint_or_to_the_settings_starts_from_the_first_page():
    text = release_yaml(28)
    lines = _paragraph_lines(text)
    rng = random.Random(7)
    _preview_equals_export(text)
    late = lines[len(lines) * 3 // 4]
    for _ in range(2):
        text = _edit(text, rng, late, "type")
        last = _preview_equals_export(text)
    assert last > 1
    text = _edit(text, rng, lines[10], "type")  # earlier in the release
    assert _preview_equals_export(text) == 0
    text = _edit(text, rng, late, "type")
    text = _edit(text, rng, late, "type")
    assert _preview_equals_export(text) > 1
    text = text.replace("date: 2024-03-31", "date: 2024-04-02")  # a setting outside the story
    assert _preview_equals_export(text) == 0


def _page_images(pdf: bytes, pages: range) -> list[bytes]:
    """Each page rendered by PDFium (Chrome's PDF engine), as raw pixels."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [bytes(document[i].render(scale=0.8).to_pil().tobytes()) for i in pages]
    finally:
        document.close()


def test_the_pages_up_to_the_edited_one_come_first_as_they_will_be(tmp_path, monkeypatch):
    """The preview gets the pages up to the edited one before the rest: the same pages as the whole render.

    (When the rest would be laid out anew: here the breaks never meet the last render's.)
    """
    from desktop_app.writers.pdf import document, splice
    from tests.conftest import pdftotext

    monkeypatch.setattr(splice.Splicer, "meets", lambda *args: False)
    monkeypatch.setattr(document, "EARLY_WAIT", 0)  # show them as soon as the edited page is done

    text = release_yaml(28)
    lines = _paragraph_lines(text)
    rng = random.Random(5)
    _preview_equals_export(text)
    line = lines[len(lines) // 2]
    for pause in range(2):  # from the first page, then resumed at the edited page
        text = _edit(text, rng, line, "type")
        resolved = _resolved(text)
        early: list[bytes] = []
        whole = render_pdf(resolved, reuse_layout=True, early=early.append)
        assert whole == render_pdf(resolved)
        assert len(early) == 1, "the edited page is shown before the rest"
        (tmp_path / "early.pdf").write_bytes(early[0])
        (tmp_path / "whole.pdf").write_bytes(whole)
        first, total = pdftotext(tmp_path / "early.pdf"), pdftotext(tmp_path / "whole.pdf")
        count = first.count("\f")
        assert 1 < count < total.count("\f")
        assert total.startswith(first)  # the same text, footers ("page 4 of 8") included
        assert _page_images(early[0], range(count)) == _page_images(whole, range(count))
        assert (paging.session_for(resolved.fonts).resumed_at > 1) == (pause == 1)
    text = _edit(text, rng, lines[-1], "type")  # on the last page: nothing comes after it
    early = []
    render_pdf(_resolved(text), reuse_layout=True, early=early.append)
    assert early == []


def test_a_short_release_comes_whole(sample_path):
    """Two pages come faster whole than first pages plus the whole: no early pages for the sample."""
    text = sample_path.read_text(encoding="utf-8")
    _preview_equals_export(text)
    early: list[bytes] = []
    edited = text.replace("The forum commenced", "The forum commenced at last", 1)
    assert edited != text
    render_pdf(_resolved(edited), reuse_layout=True, early=early.append)
    assert early == []
    assert not paging.early_pays(1, 2) and paging.early_pays(3, 8) and not paging.early_pays(160, 200)


def test_when_the_breaks_meet_again_the_rest_is_not_laid_out(monkeypatch):
    """Typing in the middle: the pages after the edited one come from the last render, not from layout."""
    from desktop_app.writers.pdf.flowables import TextBlock

    text = release_yaml(28)
    lines = _paragraph_lines(text)
    rng = random.Random(11)
    line = lines[len(lines) // 3]
    _preview_equals_export(text)
    text = _edit(text, rng, line, "type")
    _preview_equals_export(text)
    drawn: list[str] = []
    real = TextBlock.draw
    monkeypatch.setattr(TextBlock, "draw", lambda self: (drawn.append(self.spans[0].text[:30]), real(self))[1])
    text = _edit(text, rng, line, "type")
    resolved = _resolved(text)
    pdf = render_pdf(resolved, reuse_layout=True)
    session = paging.session_for(resolved.fonts)
    pages = len(session.boundaries) + 1
    assert 1 < session.resumed_at < session.spliced_at <= pages
    resumed_draws = len(drawn)
    drawn.clear()
    assert pdf == render_pdf(resolved)  # an export: every page
    assert 0 < resumed_draws < len(drawn)  # only the pages from the edited one to where the breaks met


def test_a_preview_after_an_edit_writes_only_the_objects_that_changed():
    """The file is written from the last render's objects' bytes but for what the edit changed (``filecache``)."""
    text = release_yaml(28)
    line = _paragraph_lines(text)[len(_paragraph_lines(text)) // 2]

    def typed(text: str, words: str) -> str:  # English words in the middle of the paragraph
        lines = text.split("\n")
        at = lines[line].index(" ", len(lines[line]) // 2)
        lines[line] = lines[line][:at] + " " + words + lines[line][at:]
        return "\n".join(lines)

    _preview_equals_export(text)
    text = typed(text, "and")
    _preview_equals_export(text)  # from the first page: every structure element is new, so all is written
    for words in ["and the forum", "of", "co-operation and"]:  # from the edited page
        text = typed(text, words)
        assert _preview_equals_export(text) > 1
        session = paging.session_for(_resolved(text).fonts)
        files, pages = session.files, len(session.boundaries) + 1
        assert 1 < session.resumed_at < session.spliced_at
        drawn = session.spliced_at - session.resumed_at  # the pages laid out and drawn again
        objects = files.formatted + files.reused + files.filled
        assert objects > 400 and drawn < pages - 2
        # formatted: about the objects of the pages drawn again, and a few for the whole file (fonts, catalog)
        assert files.formatted <= objects * drawn / pages + 40, (files.formatted, objects, drawn, pages)
        assert files.footers_replayed  # "page N of M" as drawn last time: the same pages, fonts as they were
    # what it keeps is bounded by two renders' objects, however long the typing goes on
    assert len(files._bodies) <= 3 * objects
    assert len(files.elements.current) + len(files.elements.previous) <= 2 * objects


@pytest.mark.parametrize("count", [0, 1, 5, 9, 10, 11, 21, 40])
def test_the_structure_trees_own_writers_write_what_reportlab_writes(count):
    """The IDTree and ParentTree are written in one join each: the bytes ReportLab's objects give."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFDocument, PDFObjectReference, PDFString

    from desktop_app.writers.pdf.tagging import Compact, _IDTree, _ParentTree

    doc = PDFDocument()
    refs = [doc.Reference(PDFDictionary({"N": n})) for n in range(count + 1)]
    ids = sorted((f"note-{n}", ref.name) for n, ref in enumerate(refs[:count]))
    if count:
        generic = PDFDictionary({"Names": PDFArray([x for id_name, name in ids
                                                    for x in (PDFString(id_name), PDFObjectReference(name))])})
        assert _IDTree(ids).format(doc) == generic.format(doc)
    annots = [(k, ref.name) for k, ref in enumerate(refs[:count])]
    marks = [(count + p, [ref.name for ref in refs[p:p + 3]]) for p in range(3)]
    parts: list = ["<</Nums["]
    for key, name in annots:
        parts += [f"{key} ", PDFObjectReference(name), " "]
    for key, names in marks:
        parts.append(f"{key}[")
        for name in names:
            parts += [PDFObjectReference(name), " "]
        parts.append("]")
    parts.append("]>>")
    assert _ParentTree(annots, marks).format(doc) == Compact(parts).format(doc)


def test_an_edit_that_adds_a_structure_element_or_link_rewrites_only_what_changed():
    """A Burmese word typed into an English paragraph (a new Span), a link added: later objects are renumbered.

    Every structure element after the new one, and every object after a new link
    annotation, gets another number; the preview writes them from their kept bytes with the
    numbers they have now (``filecache``: templates) instead of formatting them again, and
    the file is still an export's, byte for byte.
    """
    text = release_yaml(28)
    english = [i for i in _paragraph_lines(text) if text.split("\n")[i].isascii()]
    line = english[len(english) // 3]

    def typed(text: str, words: str) -> str:
        lines = text.split("\n")
        at = lines[line].index(" ", len(lines[line]) // 2)
        lines[line] = lines[line][:at] + " " + words + lines[line][at:]
        return "\n".join(lines)

    _preview_equals_export(text)
    base = typed(text, "and")
    _preview_equals_export(base)
    edits = ["the", "ဖိုရမ်", "", "and ဖိုရမ် the ဖိုရမ်", "<https://example.org/forum>", "", "<https://example.org/a> the"]
    plain = 0  # objects formatted after typing an English word: no element added
    before = ""
    for words in edits:
        edited = typed(base, words) if words else base
        assert _preview_equals_export(edited) > 1
        session = paging.session_for(_resolved(edited).fonts)
        files, pages = session.files, len(session.boundaries) + 1
        if "<" not in words + before:  # a link annotation more or less: the pages after it are laid out again
            assert 1 < session.resumed_at < session.spliced_at, words
        drawn = (session.spliced_at or pages + 1) - session.resumed_at  # the pages laid out and drawn again
        objects = files.formatted + files.reused + files.filled
        assert files.formatted <= objects * drawn / pages + 40, (words, files.formatted, objects, drawn, pages)
        if words == "the":
            plain = files.formatted
        elif "<" not in words + before:  # as many as for a plain word: only the new element is formatted
            assert files.formatted <= plain + 3, (words, files.formatted, plain)
            assert files.filled > 0, words  # the elements after the new or removed one, renumbered
        before = words

"""The preview's cached front half (load, checks, resolve) equals the uncached functions after every edit.

``service.FrontHalf`` re-reads an edited draft from the last parse and reuses every step's
results for the parts an edit did not touch. A person types a sequence of edits into real
releases — letters, new and deleted paragraphs, footnotes cited, added and removed, a date
changed, a Zawgyi line from the shared corpus pasted in, a broken link, an unknown note,
a direction control, a character no font has, the YAML broken and repaired — and after
each one the cached path must give the same release, the same problems (file, field,
line, message, in order), the same resolved document and the same errors as
``load_text`` + ``preflight`` + ``resolve`` from nothing.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from desktop_app import service
from desktop_app.errors import ReleaseError
from desktop_app.resolve import resolve
from tests.conftest import CORPUS, DATA, corpus_lines

ROOT = Path(__file__).resolve().parents[1]


def _lines(release):
    """Every line the model holds (blocks, citations, notes): equality of the model ignores them."""
    from desktop_app.model import FootnoteRef

    return ({lang: [(block.line, [i.line for i in block.content if isinstance(i, FootnoteRef)]) for block in blocks]
             for lang, blocks in release.body.items()},
            {note_id: note.line for note_id, note in release.footnotes.items()})


def _uncached(text: str, path: Path):
    try:
        loaded = service.load_text(text, path)
    except ReleaseError as exc:
        return ("error", exc.problems)
    problems = service.preflight(loaded)
    return loaded.release, _lines(loaded.release), problems, resolve(loaded.release)


def _cached(front: service.FrontHalf, text: str, path: Path):
    try:
        loaded = front.load(text, path)
    except ReleaseError as exc:
        return ("error", exc.problems)
    problems = front.preflight(loaded)
    return loaded.release, _lines(loaded.release), problems, front.resolve(loaded.release)


def _body_spot(text: str, rng: random.Random) -> int:
    """A place inside a line of the body's text (after its indentation), where a person types."""
    start = text.index("body:")
    end = text.index("footnotes:") if "footnotes:" in text else len(text)
    lines = [m for m in range(start, end) if text.startswith("\n    ", m) and text[m + 5] not in " \n"]
    line = rng.choice(lines) + 5
    stop = text.index("\n", line)
    return rng.randint(line, stop)


def _edits(text: str, rng: random.Random, n: int) -> list[str]:
    """A typing session: each text is the last one with one more edit."""
    zawgyi = [line for line in (CORPUS / "mmgov_zawgyi.txt").read_text(encoding="utf-8").splitlines()
              if len(line) > 40 and not line.startswith("#")]
    burmese = [line for line in corpus_lines() if len(line) > 40]
    note_ids = [line.split(":")[0].strip() for line in text.split("footnotes:", 1)[-1].splitlines()
                if line.startswith("  ") and not line.startswith("   ") and ":" in line]
    out = []
    for _ in range(n):
        at = _body_spot(text, rng)
        kind = rng.choice(["letter", "letter", "letter", "word", "paragraph", "delete", "cite", "cite-unknown",
                           "zawgyi", "burmese", "link", "bidi", "nofont", "date", "break-yaml", "undo",
                           "note", "heading", "blank-line"])
        last = text
        if kind == "letter":
            text = text[:at] + rng.choice("abcxyz,.") + text[at:]
        elif kind == "word":
            text = text[:at] + "word " + text[at:]
        elif kind == "paragraph":
            text = text[:at] + "\n\n    New paragraph typed here.\n\n    " + text[at:]
        elif kind == "delete":
            end = text.find("\n", at)
            text = text[:at] + text[end:] if end > at else text
        elif kind == "cite" and note_ids:
            text = text[:at] + f"[^{rng.choice(note_ids)}] " + text[at:]
        elif kind == "cite-unknown":
            text = text[:at] + "[^nosuchnote] " + text[at:]
        elif kind == "zawgyi":
            text = text[:at] + rng.choice(zawgyi) + " " + text[at:]
        elif kind == "burmese":
            text = text[:at] + rng.choice(burmese) + " " + text[at:]
        elif kind == "link":
            text = text[:at] + rng.choice(["[x](javascript:alert) ", "<https://user@evil.example> ",
                                           "[ok](https://example.org/a) "]) + text[at:]
        elif kind == "bidi":
            text = text[:at] + "\u202eevil\u202c " + text[at:]
        elif kind == "nofont":
            text = text[:at] + "\U0001f600\u4e2d " + text[at:]
        elif kind == "date":
            text = text.replace("date: 20", "date: 19", 1) if rng.random() < 0.5 else text.replace(
                "date: 19", "date: 20", 1)
        elif kind == "break-yaml":  # broken, then repaired by the next edit
            out.append(text[:at] + "\nnot: [closed\n" + text[at:])
            continue
        elif kind == "undo" and out:
            text = out[-2] if len(out) > 1 else out[-1]
        elif kind == "note":
            text = text.replace("footnotes:\n", "footnotes:\n  added1: <https://example.org/added>\n", 1)
        elif kind == "heading":
            text = text[:at] + "\n\n    ## A heading\n\n    " + text[at:]
        elif kind == "blank-line":
            text = text[:at] + "\n    " + text[at:]
        if text == last:
            text = text[:at] + "q" + text[at:]
        out.append(text)
    return out


def _releases(tmp_path: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import write_release
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    sample = ROOT / "resources" / "templates" / "examples" / "defection-forum-2024.release.yaml"
    return [sample, DATA / "bilingual.release.yaml", write_release(6, tmp_path)]


@pytest.mark.parametrize("which", [0, 1, 2], ids=["sample", "bilingual", "generated"])
def test_the_cached_front_half_equals_the_uncached_one_after_every_edit(which, tmp_path):
    path = _releases(tmp_path)[which]
    text = path.read_text(encoding="utf-8")
    rng = random.Random(1700 + which)
    front = service.FrontHalf()
    reparsed = 0
    for edited in [text, *_edits(text, rng, 45)]:
        cached = _cached(front, edited, path)
        reparsed += front.reparsed
        assert cached == _uncached(edited, path)
    assert reparsed > 10  # most edits took the fast path: the test compares what it should


def test_one_edit_reuses_the_rest(tmp_path):
    path = _releases(tmp_path)[2]
    text = path.read_text(encoding="utf-8")
    front = service.FrontHalf()
    _cached(front, text, path)
    at = _body_spot(text, random.Random(3))
    _cached(front, text[:at] + "x" + text[at:], path)
    assert front.reparsed
    assert front.memo.hits > 5 * front.memo.misses  # most of it came from the last build


def test_the_memo_keeps_two_builds_at_most(tmp_path):
    path = _releases(tmp_path)[2]
    text = path.read_text(encoding="utf-8")
    front = service.FrontHalf()
    sizes = []
    for n in range(6):
        at = text.index(" the ", text.index("body:")) + 5
        _cached(front, text[:at] + "word " * (n * 50) + text[at:], path)
        sizes.append(len(front.memo._old) + len(front.memo._new))
    assert max(sizes) <= 2 * sizes[0] + 50


def test_preview_problems_are_the_uncached_ones(tmp_path):
    path = _releases(tmp_path)[1]
    text = path.read_text(encoding="utf-8")
    for edited in _edits(text, random.Random(5), 6):
        expected = _uncached(edited, path)
        shown = service.preview(edited, path)
        assert shown.problems == expected[-2 if expected[0] != "error" else 1]  # preflight, or the refusal


def _normalization_texts() -> list[str]:
    """Corpus Burmese with the slips the rules find, in paragraphs and around empty lines."""
    lines = corpus_lines() + [line for line in (CORPUS / "mmgov_zawgyi.txt").read_text(encoding="utf-8").splitlines()
                              if line and not line.startswith("#")]
    slips = ["".join(map(chr, codes)) for codes in (  # code points: the slips are not Unicode Burmese literals
        (0x1031, 0x1000), (0x1040, 0x1014, 0x103A), (0x102D, 0x102D), (0x1000, 0x200B, 0x103B),
        (0x1044, 0x1004, 0x103A, 0x1038), (0x1042, 0x101D, 0x1042), (0x1037, 0x103A), (0x1025, 0x102E),
        (0x65, 0x301), (0xFEFF,), (0x101D,))]
    rng = random.Random(11)
    texts = []
    for _ in range(120):
        parts = []
        for _ in range(rng.randrange(1, 6)):
            line = rng.choice(lines)
            at = rng.randrange(len(line) + 1)
            parts.append(line[:at] + rng.choice(slips) + line[at:])
            parts.append(rng.choice(["\n\n", "\n", "\n\n\n", " ", "\n\n" + rng.choice(slips)]))
        texts.append("".join(parts))
    return texts


def test_normalization_by_pieces_equals_the_whole_text():
    from desktop_app.memo import Memo
    from desktop_app.myanmar.normalize import find_problems
    from desktop_app.textcheck import _issues

    memo = Memo()
    found = 0
    for text in _normalization_texts():
        whole = find_problems(text)
        found += len(whole)
        assert _issues(text, memo) == whole
    assert found > 100


def test_is_blank_is_the_translated_copy_test_for_every_character():
    from desktop_app.bidi import BIDI_CONTROLS
    from desktop_app.model import is_blank
    from desktop_app.myanmar.script import INVISIBLES

    unseen = {ord(c): None for c in INVISIBLES + BIDI_CONTROLS}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert is_blank(ch) == (not ch.translate(unseen).strip()), hex(code)
        assert is_blank(f" {ch}\u200b ") == (not f" {ch}\u200b ".translate(unseen).strip()), hex(code)


def test_typing_through_the_draft_into_lines_ending_in_a_space_reuses_the_last_parse(tmp_path):
    """Draft.to_yaml keeps such a body a ``|`` block (PyYAML would quote it), so the front half
    re-reads only the edited lines; its results still equal the uncached ones."""
    from desktop_app.draft import Draft

    path = _releases(tmp_path)[2]
    draft = Draft.open(path)
    assert any(" \n" in body for body in draft.get(("body",)).values())  # headings end in a space
    rng = random.Random(17)
    front = service.FrontHalf()
    _cached(front, draft.to_yaml(), path)
    reparsed = 0
    for _ in range(30):
        lang = rng.choice(["en", "my"])
        body = draft.get(("body", lang))
        at = rng.randrange(len(body))
        typed = rng.choice(["x", " ", "word ", "end \n\nNew paragraph", "\n\n", ""])
        draft.set(("body", lang), body[:at] + typed + body[at + rng.choice([0, 0, 1, 4]):])
        text = draft.to_yaml()
        assert _cached(front, text, path) == _uncached(text, path)
        reparsed += front.reparsed
    assert reparsed > 20  # the edited block's lines only, most of the time

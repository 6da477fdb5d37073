"""Fuzzing: generated release files, valid and nearly valid, through the whole pipeline.

Every generated file goes load → resolve, and a share of them through both writers
(``render`` with "pdf" and "docx"). The contract under test: a valid file exports; any
other file is refused with ReleaseError/ExportError (ThadinError) — never another
exception, never a hang. The normal run draws 200 examples; ``HYPOTHESIS_PROFILE=thorough``
draws 10,000 (run by hand; the result is recorded in docs/reliability.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import shutil
import string
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pikepdf
import pytest
import yaml
from hypothesis import event, example, given, note, settings
from hypothesis import strategies as st

from desktop_app.errors import ThadinError
from desktop_app.export import DOCX, PDF, ExportOptions, render
from desktop_app.fileformat import parse_release
from desktop_app.resolve import resolve
from desktop_app.resources import templates_dir
from tests.pdfstructure import tagging_problems

# --- text -------------------------------------------------------------------------------

#: Burmese letters, vowel signs, medials, asat, digits and punctuation (U+1000–U+109F).
BURMESE = "".join(chr(c) for c in range(0x1000, 0x10A0))
#: Latin text as a press release has it, without spaces and the markup characters.
LATIN = string.ascii_letters + string.digits + ".,;:!?'\"()-–—’“”%&/@=+"
#: Anything Unicode has, except surrogates (they cannot be encoded as UTF-8 at all).
ANY_CHAR = st.characters(exclude_categories=("Cs",))
#: The characters that mean something to the markup or to YAML.
MARKUP = st.sampled_from(list("*[]()<>\\#^_`:{}|&!%@,-?'\"") + ["**", "[^", "](", "## ", "\n", "\n\n"])
CONTROL = st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff", "\u200b", "\r", "\t"])


#: Where a bare link starts in the markup: a plain word holding it would be a link running on
#: into the markup after it ("*see mailto:*" is refused, rightly), so plain words never do.
BARE_LINK_START = re.compile(r"https?://|mailto:")


def words(alphabet: str, max_size: int = 8) -> st.SearchStrategy[str]:
    """A phrase of one to *max_size* words over *alphabet* (which holds no spaces), none of them a bare link."""
    word = st.text(alphabet, min_size=1, max_size=10).filter(lambda w: not BARE_LINK_START.search(w))
    return st.lists(word, min_size=1, max_size=max_size).map(" ".join)


PLAIN = st.one_of(words(LATIN), words(BURMESE), words(LATIN + BURMESE))

# --- a valid release ----------------------------------------------------------------------

LANGUAGES = ["my", "en", "en-GB", "shn", "fr"]
FAMILIES = ["Noto Sans Myanmar", "Padauk", "Noto Serif", "Noto Sans"]
URLS = st.sampled_from(["https://example.org", "http://example.org/a?b=c&d=e#f", "https://peoplesgoal.org/",
                        "mailto:press@example.org", "https://xn--mgbh0fb.example/မြန်မာ"])
YAML_DATES = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@st.composite
def inline_markup(draw: st.DrawFn, notes: list[str]) -> str:
    """A paragraph of well-formed markup: plain words, emphasis, links, footnote references."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["plain", "plain", "bold", "italic", "link", "autolink", "note"]))
        text = draw(PLAIN)
        if kind == "bold":
            parts.append(f"**{text}**")
        elif kind == "italic":
            parts.append(f"*{text}*")
        elif kind == "link":
            parts.append(f"[{text}]({draw(URLS)})")
        elif kind == "autolink":
            parts.append(f"<{draw(URLS)}>")
        elif kind == "note" and notes:
            parts.append(f"{text}[^{draw(st.sampled_from(notes))}]")
        else:
            parts.append(text)
    return " ".join(parts)


@st.composite
def body_markup(draw: st.DrawFn, notes: list[str]) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 4)) == 0:
            blocks.append("## " + draw(PLAIN))
        else:
            blocks.append(draw(inline_markup(notes)))
    return "\n\n".join(blocks) + "\n"


def text_field(languages: list[str]) -> st.SearchStrategy[Any]:
    """A text field: a plain string (English) or a mapping by language code."""
    mapping = st.dictionaries(st.sampled_from(languages), PLAIN, min_size=1, max_size=len(languages))
    return st.one_of(PLAIN, mapping) if "en" in languages else mapping


@st.composite
def local_letterheads(draw: st.DrawFn) -> dict[str, Any]:
    """The data of a valid letterhead file beside the release."""
    languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True))
    data: dict[str, Any] = {"thadin-letterhead": 1, "name": draw(PLAIN), "languages": languages}
    if draw(st.booleans()):
        margins = st.dictionaries(st.sampled_from(["top", "bottom", "left", "right"]),
                                  st.one_of(st.integers(5, 60), st.floats(5, 60)))
        data["page"] = {"size": draw(st.sampled_from(["A4", "Letter"])), "margins_mm": draw(margins)}
    if draw(st.booleans()):
        data["fonts"] = {"my": draw(st.sampled_from(["Noto Sans Myanmar", "Padauk"])),
                         "en": draw(st.sampled_from(FAMILIES))}
    if draw(st.booleans()):
        data["label"] = draw(text_field(languages))
    lines: list[Any] = []
    for _ in range(draw(st.integers(0, 3))):
        style = draw(st.sampled_from(["normal", "title", "subtitle"]))
        if draw(st.booleans()):
            start = draw(YAML_DATES)
            if draw(st.booleans()):
                days = [start + dt.timedelta(days=n) for n in draw(st.lists(st.integers(0, 70), min_size=1,
                                                                               max_size=4))]
                lines.append({"dates": days, "style": style})
            else:
                lines.append({"dates": {"from": start, "to": start + dt.timedelta(days=draw(st.integers(0, 400)))},
                              "style": style})
        else:
            line = draw(st.dictionaries(st.sampled_from(languages), PLAIN, min_size=1))
            lines.append({**line, "style": style, "join": draw(st.sampled_from([" ", " - ", "", " / "]))})
    banner: dict[str, Any] = {"lines": lines}
    if draw(st.booleans()):
        banner["image"] = "forum-banner.png"
    data["banner"] = banner
    if draw(st.booleans()):
        data["footer"] = draw(st.dictionaries(st.sampled_from(languages), st.sampled_from(
            ["Page {page} of {pages}", "{page}", "စာမျက်နှာ {page} / {pages}", "- {page} -"]), min_size=1))
    return data


def letterheads() -> st.SearchStrategy[dict[str, Any] | None]:
    """None for the bundled letterhead, or the data of a local one."""
    return st.one_of(st.none(), local_letterheads())


@st.composite
def releases(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The data of a valid release file and of its letterhead (None: the bundled one)."""
    letterhead = draw(letterheads())
    languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True))
    notes = draw(st.lists(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,8}", fullmatch=True), max_size=4,
                          unique=True))
    body = {lang: draw(body_markup(notes)) for lang in languages}
    # Every footnote must be referenced: cite the ones the paragraphs happened not to.
    cited = "".join(body.values())
    missing = [n for n in notes if f"[^{n}]" not in cited]
    if missing:
        body[languages[0]] += "\n" + " ".join(f"x[^{n}]" for n in missing) + "\n"
    data: dict[str, Any] = {
        "thadin": 1,
        "letterhead": "defection-forum" if letterhead is None else "fuzz",
        "date": draw(YAML_DATES),
        "headline": draw(text_field(languages)),
        "body": body,
    }
    if notes:
        data["footnotes"] = {n: draw(st.one_of(URLS, inline_markup([]),
                                               st.dictionaries(st.sampled_from(languages), URLS, min_size=1)))
                             for n in notes}
    if draw(st.booleans()):
        data["label"] = draw(text_field(languages))
    if draw(st.booleans()):
        contact = {"intro": text_field(languages),
                   "email": st.sampled_from(["press@example.org", "a.b+c@mail.example.com"]),
                   "phone": PLAIN, "website": URLS.filter(lambda u: u.startswith("http")), "signal": PLAIN}
        data["contact"] = draw(st.fixed_dictionaries({}, optional=contact))
    if draw(st.booleans()):
        data["signatories"] = draw(st.lists(text_field(languages), max_size=4))
    if draw(st.booleans()):
        data["layout"] = draw(st.sampled_from(["stacked", "parallel", *languages]))
    return data, letterhead


# --- nearly valid -----------------------------------------------------------------------

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(ANY_CHAR, max_size=20),
                    YAML_DATES, st.binary(max_size=8))
ANY_VALUE = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.text(max_size=8), st.integers()), inner, max_size=4)),
    max_leaves=20)
FIELD_NAMES = st.sampled_from(["thadin", "letterhead", "date", "label", "headline", "body", "footnotes", "contact",
                               "signatories", "layout", "my", "en", "intro", "email", "website", "headlin",
                               "thadin-letterhead", "name", "page", "fonts", "languages", "banner", "footer",
                               "image", "lines", "dates", "from", "to", "style", "join"])


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += _paths(item, path + (i,))
    return out


def _set(root: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    parent = root
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return root


def _get(root: Any, path: tuple) -> Any:
    for key in path:
        root = root[key]
    return root


@st.composite
def mutated(draw: st.DrawFn, data: Any) -> Any:
    """*data* with a few things wrong: a value replaced, removed, garbled or blown up."""
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(data)))
        current = _get(data, path)
        how = draw(st.sampled_from(["replace", "delete", "add-key", "garble", "control", "unicode", "huge", "deep"]))
        if how == "delete" and path:
            del _get(data, path[:-1])[path[-1]]
        elif how == "add-key" and isinstance(current, dict):
            current[draw(FIELD_NAMES)] = draw(ANY_VALUE)
        elif how in ("garble", "control", "unicode") and isinstance(current, str):
            insert = draw({"garble": MARKUP, "control": CONTROL, "unicode": st.text(ANY_CHAR, min_size=1,
                                                                                     max_size=5)}[how])
            at = draw(st.integers(0, len(current)))
            data = _set(data, path, current[:at] + insert + current[at:])
        elif how == "huge":
            data = _set(data, path, draw(st.sampled_from([
                "word " * 3000, "\n\n".join(["p"] * 400), "[^x]" * 200, "**" * 300, "ဗမာ" * 2000,
                list(range(500)), {f"k{i}": i for i in range(300)}])))
        elif how == "deep":
            nested: Any = draw(PLAIN)
            for _ in range(draw(st.integers(2, 60))):
                nested = draw(st.sampled_from([[nested], {"en": nested}]))
            data = _set(data, path, nested)
        else:
            data = _set(data, path, draw(ANY_VALUE))
    return data


@st.composite
def text_mutated(draw: st.DrawFn, text: str) -> str:
    """The file's text with characters inserted, deleted or the file cut short."""
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        how = draw(st.sampled_from(["insert", "delete", "truncate"]))
        if how == "insert":
            text = text[:at] + draw(st.one_of(MARKUP, CONTROL, st.text(ANY_CHAR, min_size=1, max_size=4))) + text[at:]
        elif how == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)):]
        else:
            text = text[:at]
    return text


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=80)


# --- the property -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz")
    shutil.copy(templates_dir() / "forum-banner.png", path / "forum-banner.png")
    return path


def _export_both(release: Any, fonts: str) -> None:
    pdf = render(release, PDF)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    with pikepdf.open(io.BytesIO(pdf)) as document:  # tagged whatever the text (PDF/UA)
        assert tagging_problems(document) == []
    docx = render(release, DOCX, ExportOptions(docx_fonts=fonts))
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        assert "word/document.xml" in package.namelist()


#: The normal run's 200 examples (10,000 under the thorough profile), shared by the four kinds.
EXAMPLES = max(1, settings().max_examples // 4)
#: Render one accepted file in RENDER_SHARE (all of them in the thorough run).
RENDER_SHARE = 1 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 4
KINDS = {
    "valid": "a generated valid release (it must load and export)",
    "mutated": "a valid release with a few values replaced, removed, garbled or blown up",
    "letterhead": "a valid release whose own letterhead was mutated",
    "text": "a valid release file with characters inserted, deleted or the file cut short",
}


@pytest.mark.parametrize("kind", list(KINDS))
@settings(max_examples=EXAMPLES)
@given(data=st.data())
def test_pipeline_refuses_or_exports_never_crashes(folder: Path, kind: str, data: st.DataObject) -> None:
    release_data, letterhead_data = data.draw(releases(), label="release")
    if kind == "letterhead":
        if letterhead_data is None:
            letterhead_data = data.draw(local_letterheads(), label="letterhead")
            release_data["letterhead"] = "fuzz"
        letterhead_data = data.draw(mutated(letterhead_data), label="letterhead mutated")
    elif kind == "mutated":
        release_data = data.draw(mutated(release_data), label="release mutated")
    text = dump(release_data)
    if kind == "text":
        text = data.draw(text_mutated(text), label="text")
    letterhead_text = dump(letterhead_data) if letterhead_data is not None else ""
    if letterhead_text:
        (folder / "fuzz.letterhead.yaml").write_text(letterhead_text, encoding="utf-8")
    note(text)
    try:
        release = parse_release(text, folder / "fuzz.release.yaml")
    except ThadinError as exc:
        assert kind != "valid", f"a valid file was refused:\n{exc}"
        event("refused")
        return
    resolve(release)
    # The writers are the slow part: render a share of the accepted files (small ones;
    # the huge mutations are there for the loader).
    small = len(text) + len(letterhead_text) < 5000
    if small and zlib.crc32((text + letterhead_text).encode()) % RENDER_SHARE == 0:
        event("rendered")
        try:
            _export_both(release, data.draw(st.sampled_from(["editable", "final", "none"]), label="docx fonts"))
        except ThadinError:
            event("export refused")


def test_docx_accepts_a_long_headline(folder: Path) -> None:
    """Office limits core properties to 255 characters; the title is cut there, the text is not."""
    import zipfile

    headline = "A very long headline " * 13
    text = dump({"thadin": 1, "letterhead": "defection-forum", "date": dt.date(2024, 3, 31),
                 "headline": headline, "body": {"en": "A paragraph.\n"}})
    data = render(parse_release(text, folder / "long.release.yaml"), DOCX)
    package = zipfile.ZipFile(io.BytesIO(data))
    core = package.read("docProps/core.xml").decode()
    title = core.split("<dc:title>")[1].split("</dc:title>")[0]
    assert len(title) <= 255 and title.endswith("…")
    assert headline.strip() in package.read("word/document.xml").decode()


# --- banner images ------------------------------------------------------------------------

def _seed_images() -> list[bytes]:
    from PIL import Image

    seeds = []
    pixels = bytes((i * 37 + i // 5) % 256 for i in range(24 * 12 * 4))
    rgba = Image.frombytes("RGBA", (24, 12), pixels)
    for image, fmt, options in [(rgba, "PNG", {}), (rgba.convert("P"), "PNG", {"transparency": 0}),
                                (rgba.convert("L"), "PNG", {}), (rgba.convert("RGB"), "JPEG", {}),
                                (rgba.convert("RGB"), "JPEG", {"progressive": True}),
                                (rgba.convert("CMYK"), "JPEG", {})]:
        out = io.BytesIO()
        image.save(out, format=fmt, **options)
        seeds.append(out.getvalue())
    return seeds


SEED_IMAGES = _seed_images()


@st.composite
def damaged_images(draw: st.DrawFn) -> bytes:
    """A small PNG or JPEG with bytes flipped, inserted or cut, or its header's size changed."""
    data = bytearray(draw(st.sampled_from(SEED_IMAGES)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["flip", "insert", "cut", "size"]))
        if how == "flip":
            data[at] = draw(st.integers(0, 255))
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif how == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif data.startswith(b"\x89PNG") and len(data) > 24:
            data[16:24] = draw(st.binary(min_size=8, max_size=8))  # IHDR width and height
    return bytes(data)


@given(data=damaged_images())
def test_damaged_banner_is_refused_or_cleaned(folder: Path, data: bytes) -> None:
    from desktop_app.images import CleanImage, ImageError, clean_image

    path = folder / f"banner-{hashlib.sha256(data).hexdigest()[:16]}.img"
    path.write_bytes(data)
    try:
        clean = clean_image(path)
    except ImageError:
        event("refused")
        return
    finally:
        path.unlink()
    assert isinstance(clean, CleanImage) and clean.width * clean.height <= 25_000_000


# --- what the fuzzer (and the bad-input catalogue) found, kept as plain regression tests -----

def _problems(text: str, folder: Path, letterhead: str | None = None) -> list[str]:
    if letterhead is not None:
        (folder / "found.letterhead.yaml").write_text(letterhead, encoding="utf-8")
    with pytest.raises(ThadinError) as info:
        parse_release(text, folder / "found.release.yaml")
    return [p.format().split(": ", 1)[1] for p in info.value.problems]


BASE = "thadin: 1\ndate: 2024-03-31\nheadline: A headline\nbody: A paragraph.\n"


def test_found_a_letterhead_name_too_long_for_the_file_system(tmp_path: Path) -> None:
    # was: OSError (File name too long) from the letterhead lookup — an internal error
    assert _problems(BASE + "letterhead: " + "word " * 3000 + "\n", tmp_path) == [
        "letterhead: no letterhead named '" + ("word " * 16)[:79] + "…' (expected one of: defection-forum)"]


def test_found_a_bracket_in_a_web_address(tmp_path: Path) -> None:
    # was: ValueError (Invalid IPv6 URL) from urllib
    text = BASE + "letterhead: defection-forum\ncontact: {website: 'https://[example.org'}\n"
    assert _problems(text, tmp_path) == [
        "contact.website: link 'https://[example.org' is not a valid web address (write the full address: https://…)"]


def test_found_an_unknown_margin(tmp_path: Path) -> None:
    # was: TypeError from Margins(**…) after the unknown key had been reported
    letterhead = "thadin-letterhead: 1\nname: X\npage: {margins_mm: {top: 10, middle: 5}}\n"
    assert _problems(BASE + "letterhead: found\n", tmp_path, letterhead) == [
        "page.margins_mm.middle: unknown field 'middle' (expected one of: bottom, left, right, top)"]


def test_found_a_nul_byte_in_the_banner_path(tmp_path: Path) -> None:
    # was: ValueError (embedded null byte) from Path.resolve
    letterhead = 'thadin-letterhead: 1\nname: X\nbanner: {image: "a\\0b.png"}\n'
    assert _problems(BASE + "letterhead: found\n", tmp_path, letterhead) == [
        "banner.image: contains the control character U+0000 (delete it; it is usually pasted in by accident)",
        "banner.image: 'a\\x00b.png' cannot be a file name "
        "(copy the image next to the letterhead and give its file name)"]


def test_found_a_very_wide_banner(tmp_path: Path) -> None:
    # was: ValueError (height and width must be > 0) when scaling 40,000 × 12 pixels down to 2,000
    from PIL import Image

    from desktop_app.images import clean_image

    Image.new("RGB", (40_000, 12), (200, 30, 30)).save(tmp_path / "wide.png")
    clean = clean_image(tmp_path / "wide.png")
    assert (clean.width, clean.height) == (2000, 1)


def test_found_parentheses_inside_a_link_target() -> None:
    # was: the target cut at the first ')' ('…/Yangon_(city'), the rest left as text
    from desktop_app.fileformat.markup import parse_inline
    from desktop_app.model import Link, Run

    url = "https://en.wikipedia.org/wiki/Yangon_(city)"
    assert parse_inline(f"see [Yangon]({url}).") == ((Run("see "), Link(url, (Run("Yangon"),)), Run(".")), [])
    assert parse_inline(f"{url}.", bare_urls=True) == ((Link(url, (Run(url),)), Run(".")), [])
    plain = "https://example.org/a"
    assert parse_inline(f"(see {plain}).", bare_urls=True)[0] == (Run("(see "), Link(plain, (Run(plain),)), Run(")."))


# --- time: parse work linear in the input --------------------------------------------------------
#
# Hangs on small files came from quadratic loops (an unclosed '[' scanned to the end of the
# paragraph for each of 60,000 of them; a newline count before each control character).
# Hypothesis draws a short unit of the characters the parsers treat specially and repeats it
# to n and to 8n characters; the larger must cost at most LINEAR_SLACK times 8 the smaller
# in CPU time (best of three runs each). A quadratic loop costs 64 times; a linear one 8.
# This compares scaling within one run, never a wall-clock limit.

LINEAR_SLACK = 3
#: CPU seconds below which a cost is noise, not scaling.
NOISE_FLOOR = 0.02
_SPECIAL = ["[", "]", "(", ")", "<", ">", "*", "**", "_", "\\", "^", "#", "## ", ":", ": ", "`", "\n", "\n\n",
            " ", "\t", '"', "'", "{", "}", "&", "|", "-", "- ", ",", ".", "a", "http://", "https://x.org/",
            "mailto:", "[^n]", "](", "[x](", "\u1000", "\u1000\u103b\u1031\u102c", "\x1b", "\x00", "\u0301",
            "\u200b", "@"]


def _cpu(run: Any, text: str) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        try:
            run(text)
        except ThadinError:
            pass
        best = min(best, time.process_time() - start)
    return best


def _release_with_body(body: str) -> None:
    text = ("thadin: 1\nletterhead: defection-forum\ndate: 2024-03-31\nheadline: A headline\nbody:\n  en: |\n    "
            + body.replace("\n", "\n    ") + "\n")
    parse_release(text, Path("time.release.yaml"))


def _markup(body: str) -> None:
    from desktop_app.fileformat.markup import parse_blocks

    parse_blocks(body, lambda i: i + 1, bare_urls=True)


@pytest.mark.parametrize("run", [_markup, _release_with_body], ids=["markup", "release"])
@settings(max_examples=int(os.environ.get("THADIN_TIME_EXAMPLES", "20")), deadline=None)
@given(unit=st.lists(st.sampled_from(_SPECIAL), min_size=1, max_size=8).map("".join))
# The inputs that hung before, tried on every run: 60,000 '[', '[a](' unclosed, escapes on
# one line, footnote references, a URL closed by many ')', a flood of combining marks.
@example(unit="[")
@example(unit="[a](")
@example(unit="\x1b")
@example(unit="[^n]")
@example(unit="http://a)")
@example(unit="\u0301")
def test_parse_time_grows_linearly_with_the_input(run: Any, unit: str) -> None:
    small, large = 4_000, 32_000
    cost_small = _cpu(run, (unit * (small // len(unit) + 1))[:small])
    cost_large = _cpu(run, (unit * (large // len(unit) + 1))[:large])
    note(f"{cost_small:.4f} s for {small:,} characters, {cost_large:.4f} s for {large:,}")
    assert cost_large <= 8 * LINEAR_SLACK * max(cost_small, NOISE_FLOOR / 8) + NOISE_FLOOR

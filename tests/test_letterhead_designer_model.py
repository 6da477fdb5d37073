"""The letterhead designer's file side: what it saves, the loader accepts; what it cannot, it never writes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.errors import ReleaseError
from desktop_app.export import render
from desktop_app.fileformat import load_release
from desktop_app.fileformat.letterhead import load_letterhead
from desktop_app.letterhead_draft import (
    BannerImage,
    DesignerError,
    LetterheadDraft,
    derive_event,
    families_for,
    is_valid_name,
    name_for,
)
from desktop_app.letterhead_store import LetterheadStore
from desktop_app.resolve import resolve
from desktop_app.resources import templates_dir

SHIPPED = templates_dir() / "defection-forum.letterhead.yaml"
BANNER = templates_dir() / "forum-banner.png"
JAN = [dt.date(2024, 1, 29), dt.date(2024, 1, 30), dt.date(2024, 1, 31)]


def organisation_letterhead() -> LetterheadDraft:
    """The forum's letterhead without its event parts: image, label, footer, fonts, page."""
    draft = LetterheadDraft.new("Defection Forum")
    draft.set_image(BannerImage.from_file(BANNER))
    draft.set_font("my", "Noto Sans Myanmar")
    draft.set_font("en", "Noto Serif")
    for side, mm in (("top", 14), ("bottom", 16), ("left", 22), ("right", 22)):
        draft.set_margin(side, mm)
    return draft


def reference_event(base: LetterheadDraft) -> LetterheadDraft:
    """The reference banner, derived as an event of the organisation letterhead."""
    event = derive_event(
        base,
        {"my": "ဘက်ပြောင်းမှု နှင့် နိုင်ငံရေးအန်တု လှုပ်ရှားမှုဆိုင်ရာ တွေ့ဆုံဆွေးနွေးပွဲ (ဒုတိယအကြိမ်)",
         "en": "2nd Forum on Defection and Defiance Movement"},
        JAN,
        note={"my": "မိတ်ကြားခံအဖွဲ့အစည်း/လူပုဂ္ဂိုလ်များအတွက်သာ", "en": "Invitation Only"},
    )
    return event


def test_an_event_letterhead_reproduces_the_reference_banner(tmp_path):
    saved = reference_event(organisation_letterhead()).save(tmp_path / "forum-2024.letterhead.yaml")
    ours, shipped = load_letterhead(saved), load_letterhead(SHIPPED)
    assert ours.banner.lines == shipped.banner.lines
    assert (ours.page, dict(ours.fonts), ours.languages, ours.label, ours.footer) == \
        (shipped.page, dict(shipped.fonts), shipped.languages, shipped.label, shipped.footer)
    assert ours.name == shipped.name
    # The banner a reader sees: same resolved lines (dates in both languages) as the sample's.
    sample = load_release(templates_dir() / "examples" / "defection-forum-2024.release.yaml")
    release = sample.__class__(**{**sample.__dict__, "letterhead": ours})
    assert resolve(release).banner_lines == resolve(sample).banner_lines


def test_a_release_on_the_designed_letterhead_exports_the_sample_byte_for_byte(tmp_path):
    """The designer's letterhead is the shipped one: the sample's PDF and DOCX come out identical."""
    reference_event(organisation_letterhead()).save(tmp_path / "forum-2024.letterhead.yaml")
    text = (templates_dir() / "examples" / "defection-forum-2024.release.yaml").read_text(encoding="utf-8")
    (tmp_path / "sample.release.yaml").write_text(text.replace("letterhead: defection-forum",
                                                               "letterhead: forum-2024"), encoding="utf-8")
    ours = load_release(tmp_path / "sample.release.yaml")
    shipped = load_release(templates_dir() / "examples" / "defection-forum-2024.release.yaml")
    for fmt in ("pdf", "docx"):
        assert render(ours, fmt) == render(shipped, fmt), fmt


def test_open_and_save_keeps_every_field(tmp_path):
    draft = LetterheadDraft.open(SHIPPED)
    again = load_letterhead(draft.save(tmp_path / "copy.letterhead.yaml"))
    shipped = load_letterhead(SHIPPED)
    assert again.banner.lines == shipped.banner.lines
    assert again.footer == shipped.footer and again.label == shipped.label and again.page == shipped.page
    assert (tmp_path / "copy-banner.png").read_bytes() == BannerImage.from_file(BANNER).data


def test_thadin_check_accepts_a_release_on_a_designed_letterhead(tmp_path):
    reference_event(organisation_letterhead()).save(tmp_path / "my-forum.letterhead.yaml")
    release = (templates_dir() / "examples" / "defection-forum-2024.release.yaml").read_text(encoding="utf-8")
    (tmp_path / "r.release.yaml").write_text(release.replace("letterhead: defection-forum",
                                                             "letterhead: my-forum"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "desktop_app", "check", str(tmp_path / "r.release.yaml")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_resolution_is_what_the_pdf_prints():
    draft = organisation_letterhead()
    width_mm, _ = draft.printed_banner_mm()
    assert width_mm == pytest.approx(210 - 22 - 22)
    assert draft.banner_dpi() == round(draft.image.width / (width_mm / 25.4))


def test_what_the_format_forbids_is_refused_at_once():
    draft = LetterheadDraft.new("X")
    for action in (lambda: draft.set_margin("top", 2), lambda: draft.set_page_size("A3"),
                   lambda: draft.set_font("my", "Noto Serif"), lambda: draft.set_text("footer", "en", "{date}"),
                   lambda: draft.set_line_style(0, "huge"), lambda: draft.set_languages(["my", "my"])):
        with pytest.raises(DesignerError):
            action()


def test_an_unsaveable_letterhead_is_never_written(tmp_path):
    draft = LetterheadDraft.new("")  # a letterhead needs a name
    draft.add_text_line({})          # and a text line needs text
    with pytest.raises(ReleaseError) as caught:
        draft.save(tmp_path / "x.letterhead.yaml")
    assert {p.field for p in caught.value.problems} == {"name", "banner.lines[0]"}
    assert list(tmp_path.iterdir()) == []


def test_names():
    assert name_for("2nd Forum on Defection & Defiance!") == "2nd-forum-on-defection-defiance"
    assert name_for("မြန်မာ") == "letterhead"
    assert is_valid_name("forum 2024") and not is_valid_name("../x") and not is_valid_name("a.yaml")
    assert families_for("my")[0] == "Noto Sans Myanmar" and "Noto Serif" not in families_for("my")


# --- the store ------------------------------------------------------------------------------

@pytest.fixture
def store(tmp_path) -> LetterheadStore:
    return LetterheadStore(tmp_path / "user", templates_dir())


def test_user_letterheads_are_listed_with_the_bundled_ones(store):
    assert [(e.name, e.bundled) for e in store.entries()] == [("defection-forum", True)]
    store.save(organisation_letterhead(), "our-org")
    entries = {e.name: e for e in store.entries()}
    assert not entries["our-org"].bundled and entries["our-org"].title == "Defection Forum"
    assert entries["defection-forum"].bundled


def test_duplicate_rename_delete(store):
    copy = store.duplicate("defection-forum")
    assert copy.name == "defection-forum-copy" and not copy.bundled
    assert store.duplicate("defection-forum").name == "defection-forum-copy-2"
    renamed = store.rename("defection-forum-copy", "forum-2025")
    assert renamed.path.is_file() and (renamed.path.parent / "forum-2025-banner.png").is_file()
    assert not (renamed.path.parent / "defection-forum-copy-banner.png").exists()
    store.delete("forum-2025")
    assert not (renamed.path.parent / "forum-2025-banner.png").exists()
    assert {e.name for e in store.entries()} == {"defection-forum", "defection-forum-copy-2"}
    with pytest.raises(DesignerError):
        store.delete("defection-forum")  # bundled ones stay
    with pytest.raises(DesignerError):
        store.rename("defection-forum-copy-2", "../escape")


def test_a_copy_beside_the_release_travels_with_it(store, tmp_path):
    store.save(reference_event(organisation_letterhead()), "forum-2024")
    folder = tmp_path / "mail"
    folder.mkdir()
    release = folder / "r.release.yaml"
    text = (templates_dir() / "examples" / "defection-forum-2024.release.yaml").read_text(encoding="utf-8")
    release.write_text(text.replace("letterhead: defection-forum", "letterhead: forum-2024"), encoding="utf-8")
    store.copy_beside("forum-2024", release)
    shutil.rmtree(store.user_folder)  # the recipient has no such letterhead of their own
    loaded = load_release(release, [])
    assert loaded.letterhead.path.parent == folder.resolve() and loaded.letterhead.banner.image is not None


# --- the property: designer actions never produce a file the loader refuses ---------------

_texts = st.text(alphabet=st.sampled_from("abc XYZ-{}ကခဂ\u1031\u103a\u200b\t\n/"), max_size=12)
_dates = st.lists(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), max_size=4)
_action = st.one_of(
    st.tuples(st.just("title"), _texts),
    st.tuples(st.just("size"), st.sampled_from(["A4", "Letter", "A5"])),
    st.tuples(st.just("margin"), st.sampled_from(["top", "bottom", "left", "right", "middle"]),
              st.floats(0, 80, allow_nan=False)),
    st.tuples(st.just("font"), st.sampled_from(["my", "en"]), st.sampled_from(["Padauk", "Noto Sans Myanmar",
                                                                               "Noto Serif", "Noto Sans", "Arial"])),
    st.tuples(st.just("languages"), st.lists(st.sampled_from(["my", "en", "fr"]), max_size=3)),
    st.tuples(st.just("text"), st.sampled_from(["label", "footer"]), st.sampled_from(["my", "en"]), _texts),
    st.tuples(st.just("add_text"), st.dictionaries(st.sampled_from(["my", "en"]), _texts, max_size=2),
              st.sampled_from(["normal", "title", "subtitle", "big"])),
    st.tuples(st.just("add_dates"), _dates),
    st.tuples(st.just("line_text"), st.integers(0, 5), st.sampled_from(["my", "en"]), _texts),
    st.tuples(st.just("line_style"), st.integers(0, 5), st.sampled_from(["normal", "title", "subtitle", "x"])),
    st.tuples(st.just("line_join"), st.integers(0, 5), _texts),
    st.tuples(st.just("line_dates"), st.integers(0, 5), _dates),
    st.tuples(st.just("move"), st.integers(0, 5), st.integers(-1, 5)),
    st.tuples(st.just("remove"), st.integers(0, 5)),
    st.tuples(st.just("image"), st.booleans()),
)


def _apply(draft: LetterheadDraft, action: tuple) -> None:
    kind, *args = action
    calls = {
        "title": draft.set_title, "size": draft.set_page_size, "margin": draft.set_margin, "font": draft.set_font,
        "languages": draft.set_languages, "text": draft.set_text,
        "add_text": lambda texts, style: draft.add_text_line(texts, style),
        "add_dates": draft.add_dates_line, "line_text": draft.set_line_text, "line_style": draft.set_line_style,
        "line_join": draft.set_line_join, "line_dates": draft.set_line_dates, "move": draft.move_line,
        "remove": draft.remove_line,
        "image": lambda on: draft.set_image(BannerImage.from_file(BANNER) if on else None),
    }
    try:
        calls[kind](*args)
    except DesignerError:
        pass  # the widgets never offer it; refused without changing the draft's validity


@given(st.lists(_action, max_size=12))
def test_designer_actions_never_produce_a_file_the_loader_refuses(tmp_path_factory, actions):
    folder = tmp_path_factory.mktemp("designed")
    draft = LetterheadDraft.new("Designed")
    for action in actions:
        _apply(draft, action)
    target = folder / "designed.letterhead.yaml"
    try:
        draft.save(target)
    except ReleaseError:
        assert not target.exists()  # refused: nothing written
        return
    loaded = load_letterhead(target)  # what thadin check reads
    reopened = LetterheadDraft.open(target)
    assert reopened.data["banner"].get("lines", []) == draft.data["banner"].get("lines", [])
    assert loaded.languages == tuple(draft.languages)

"""The start screen's doors as a person checks them: what the preview shows, what the title says, what Recent lists."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop_app.resources import sample_release, templates_dir
from tests.ui.conftest import wait_for_preview

SAMPLE_HEADLINE = "Second Forum on Defection"  # words of the sample's English headline, not of any letterhead


def page_text(window) -> str:
    """Every word on the preview's pages, as QtPdf reads them from the PDF on screen."""
    pdf = window.preview.pdf
    if pdf.status() != QPdfDocument.Status.Ready:
        return ""
    return " ".join(" ".join(pdf.getAllText(page).text().split()) for page in range(pdf.pageCount()))


@pytest.fixture
def own_letterhead(data_dir):
    """A letterhead of the user's, beside the bundled one, with its own English and Burmese banner titles."""
    folder = data_dir / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    text = (templates_dir() / "defection-forum.letterhead.yaml").read_text(encoding="utf-8")
    text = text.replace("name: 2nd Forum on Defection and Defiance Movement", "name: Women's Network")
    text = text.replace('{en: "2nd Forum on Defection and Defiance Movement", style: title}',
                        '{en: "Women\'s Network Press Office", style: title}')
    text = text.replace("(ဒုတိယအကြိမ်)", "အမျိုးသမီးကွန်ရက်")
    (folder / "womens-network.letterhead.yaml").write_text(text, encoding="utf-8")
    shutil.copy(templates_dir() / "forum-banner.png", folder / "forum-banner.png")
    return "womens-network"


@pytest.fixture
def start(qtbot, qapp, data_dir):
    """The window as `thadin` opens it without a file: the start screen over it."""
    from desktop_app.ui.app import create_window

    win = create_window(start=True)
    qtbot.addWidget(win)
    win.prompts.unsaved = lambda name: QMessageBox.StandardButton.Discard
    win.show()
    yield win
    win.close()


def card(screen, name: str):
    return next(screen.letterheads.item(r) for r in range(screen.letterheads.count())
                if screen.letterheads.item(r).data(Qt.ItemDataRole.UserRole) == name)


def test_without_a_file_the_app_opens_on_the_doors_with_focus_on_the_first(start, qtbot):
    screen = start.start.screen
    assert start.start.showing and start.windowTitle() == "Start — Thadin"
    qtbot.waitUntil(lambda: start.focusWidget() is screen.letterheads)
    assert screen.chosen_letterhead() == "defection-forum"
    assert not start.preview.isVisible() and not start.editor.isVisible()
    assert not start.save_action.isEnabled() and not start.export_pdf_action.isEnabled()
    assert not screen.back_button.isVisible()  # nothing to go back to at launch
    QTest.keyClick(screen.letterheads, Qt.Key.Key_Escape)
    assert start.start.showing


def test_the_sample_under_the_doors_is_not_rendered_until_it_is_shown(start, qtbot, monkeypatch):
    from desktop_app.ui import preview

    rendered = []
    real = preview.render_snapshot
    monkeypatch.setattr(preview, "render_snapshot", lambda *a, **k: rendered.append(a[0]) or real(*a, **k))
    screen = start.start.screen
    qtbot.waitUntil(lambda: start.focusWidget() is screen.letterheads)
    for _ in range(5):  # a few turns of the event loop: the deferred first render would have gone out
        qtbot.wait(20)
    assert rendered == [] and not start.renderer.asked and start.preview.pdf.pageCount() == 0
    screen.sample_button.click()  # the sample's door: now it is shown, and rendered
    wait_for_preview(qtbot, start)
    assert len(rendered) == 1 and SAMPLE_HEADLINE in page_text(start)


def test_each_letterhead_shows_a_picture_of_its_banner_and_its_name_in_the_interface_language(start, qtbot,
                                                                                              own_letterhead):
    from desktop_app.ui.i18n import apply_language

    screen = start.start.screen
    start.start.show_start(can_go_back=False)  # lists the letterhead made since
    item = card(screen, own_letterhead)
    qtbot.waitUntil(lambda: not card(screen, own_letterhead).icon().isNull(), timeout=20000)
    picture = card(screen, own_letterhead).icon().pixmap(screen.letterheads.iconSize()).toImage()
    assert picture.width() > 2 * picture.height()  # a banner: wide and short, not the whole page
    navy = sum(1 for x in range(0, picture.width(), 5) for y in range(0, picture.height(), 5)
               if picture.pixelColor(x, y).blue() > 2 * max(picture.pixelColor(x, y).red(), 20))
    assert navy > 20  # the banner's navy image is in the picture
    assert item.text().startswith("Women's Network Press Office")
    assert "ships with Thadin" in card(screen, "defection-forum").text()
    assert apply_language("my")
    qtbot.wait(10)  # LanguageChange reaches the screen
    try:
        assert card(screen, own_letterhead).text().startswith("ဘက်ပြောင်းမှု")
        assert "အမျိုးသမီးကွန်ရက်" in card(screen, own_letterhead).text()
    finally:
        apply_language("en")


def test_new_from_a_letterhead_shows_that_letterhead_in_the_preview_at_once(start, qtbot, own_letterhead):
    screen = start.start.screen
    start.start.show_start(can_go_back=False)
    screen.letterheads.setCurrentItem(card(screen, own_letterhead))
    QTest.keyClick(screen.letterheads, Qt.Key.Key_Return)
    assert not start.start.showing and start.document.path is None
    assert start.document.get(("letterhead",)) == own_letterhead
    assert start.preview.pdf.pageCount() == 0  # never the previous document's pages, even for a moment
    wait_for_preview(qtbot, start)
    text = page_text(start)
    assert "Women's Network Press Office" in text and "PRESS RELEASE" in text
    assert SAMPLE_HEADLINE not in text and "2nd Forum" not in text
    assert start.focusWidget() is start.editor.rows["headline"].fields["my"]
    assert start.preflight_dock.isVisible() and start.status.isVisible()  # the editor's panels come back
    said = sorted(start.preflight.texts())
    assert said == ["✖ Body: not written yet.", "✖ Headline: not written yet."]  # not "the field 'body' is required"
    assert start.windowTitle().startswith("Untitled release")  # a new release has no file yet, nor a file name


def test_file_new_hides_the_previous_release_and_back_returns_to_it(window, qtbot):
    assert SAMPLE_HEADLINE in page_text(window)
    window.new_action.trigger()
    assert window.start.showing and not window.preview.isVisible()
    assert window.start.screen.back_button.isVisible()
    QTest.keyClick(window.start.screen.letterheads, Qt.Key.Key_Escape)
    assert not window.start.showing and window.preview.isVisible()
    assert window.save_action.isEnabled()
    window.new_action.trigger()
    window.start.screen.create_button.click()
    assert window.preview.pdf.pageCount() == 0
    wait_for_preview(qtbot, window)
    assert SAMPLE_HEADLINE not in page_text(window) and "PRESS RELEASE" in page_text(window)


def test_the_sample_is_marked_and_save_asks_where_to_keep_a_copy(start, qtbot, tmp_path, monkeypatch):
    bundled = sample_release().read_bytes()
    start.start.screen.sample_button.click()
    assert start.windowTitle() == "Sample (not saved) — defection-forum-2024.release.yaml[*] — Thadin"
    assert start.start.sample_bar.isVisible() and "not one of your files" in start.start.sample_bar.text()
    wait_for_preview(qtbot, start)
    assert SAMPLE_HEADLINE in page_text(start)
    asked: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    start.prompts.save_path = lambda suggestion: asked.append(suggestion) or sample_release()
    assert not start.save()  # choosing the shipped file itself is refused
    assert asked and warned and "another folder" in warned[0]
    assert sample_release().read_bytes() == bundled
    copy = tmp_path / "our-copy.release.yaml"
    start.prompts.save_path = lambda suggestion: asked.append(suggestion) or copy
    start.save_action.trigger()
    assert copy.read_bytes() == bundled and len(asked) == 2
    assert not start.start.sample_bar.isVisible() and start.windowTitle().startswith("our-copy.release.yaml")
    assert [str(p) for p in start.start.recent.paths()] == [str(copy)]


def test_opening_the_shipped_sample_file_opens_it_as_the_sample(window):
    assert window.open_path(sample_release())
    assert window.document.is_sample and window.document.path is None
    assert window.start.sample_bar.isVisible()
    assert str(sample_release()) not in window.recent_files()


def test_recent_lists_files_opened_by_argument_with_folder_and_time(qtbot, qapp, data_dir, tmp_path):
    from desktop_app.ui.app import create_window

    folder = tmp_path / "Releases"
    folder.mkdir()
    for name in ("march", "april"):
        shutil.copy(sample_release(), folder / f"{name}.release.yaml")
        win = create_window(folder / f"{name}.release.yaml")  # as `thadin open FILE` does
        qtbot.addWidget(win)
        win.close()
    win = create_window(start=True)
    qtbot.addWidget(win)
    win.show()
    recent = win.start.screen.recent_list
    rows = [[recent.topLevelItem(r).text(c) for c in range(3)] for r in range(recent.topLevelItemCount())]
    assert [row[0] for row in rows] == ["april", "march"]  # names without the file format's suffix
    assert all(row[1].endswith("▸ Releases") and "/" not in row[1] for row in rows)
    assert all(row[2].startswith("today, ") for row in rows)
    recent.setCurrentItem(recent.topLevelItem(1))
    recent.setFocus()
    QTest.keyClick(recent, Qt.Key.Key_Return)
    assert not win.start.showing and win.document.path == folder / "march.release.yaml"
    assert win.recent_files()[0] == str(folder / "march.release.yaml")
    win.close()


def test_a_missing_recent_file_is_reported_and_can_be_removed(start, tmp_path):
    gone = tmp_path / "gone.release.yaml"
    kept = tmp_path / "kept.release.yaml"
    for path in (gone, kept):
        shutil.copy(sample_release(), path)
        start.remember(path)
    gone.unlink()
    start.start.show_start(can_go_back=False)
    screen = start.start.screen
    recent = screen.recent_list
    assert recent.topLevelItem(1).text(0) == "gone" and "Missing" in recent.topLevelItem(1).text(2)
    recent.setCurrentItem(recent.topLevelItem(1))
    assert not screen.open_recent_button.isEnabled()
    questions: list[QMessageBox] = []

    def answer(box: QMessageBox) -> None:
        questions.append(box)
        box.button = next(b for b in box.buttons() if b.text() == "Remove from list")
        box.clickedButton = lambda: box.button

    screen.ask = answer
    QTest.keyClick(recent, Qt.Key.Key_Return)
    assert questions and "gone" in questions[0].text() and "moved, renamed or deleted" in questions[0].text()
    assert start.start.showing  # nothing was opened
    assert [recent.topLevelItem(r).text(0) for r in range(recent.topLevelItemCount())] == ["kept"]
    assert start.recent_files() == [str(kept)]
    QTest.keyClick(recent, Qt.Key.Key_Delete)  # the other way: Delete (or the button) removes the chosen one
    assert start.recent_files() == [] and screen.recent_empty.isVisibleTo(screen)
    assert kept.exists()  # only the list entry goes, never the file


def test_design_a_letterhead_opens_the_designer_and_its_letterhead_joins_the_doors(start, qtbot):
    from desktop_app.ui.designer import LetterheadDesigner

    start.start.screen.design_button.click()
    designer = start.letterhead_tools.designers[-1]
    assert isinstance(designer, LetterheadDesigner) and designer.isVisible()
    assert start.start.showing  # the doors stay behind it
    designer.saved.emit("defection-forum")  # as when the designer saves
    assert start.start.screen.chosen_letterhead() == "defection-forum"
    designer.close()


def test_the_start_screen_fits_a_small_window(start, qtbot):
    start.resize(640, 420)
    qtbot.wait(50)
    screen = start.start.screen
    for widget in (screen.create_button, screen.open_button, screen.sample_button, screen.design_button):
        assert widget.isVisible() and widget.width() >= widget.minimumSizeHint().width()
    assert screen.width() <= start.width()


def test_open_door_opens_the_chosen_file_and_cancel_stays_on_the_doors(start, qtbot, tmp_path):
    screen = start.start.screen
    start.prompts.open_path = lambda folder: None  # the file dialog cancelled
    screen.open_button.click()
    assert start.start.showing
    mine = tmp_path / "mine.release.yaml"
    mine.write_text(sample_release().read_text(encoding="utf-8").replace(
        "Second Forum on Defection and Defiance Movement:", "Our own statement:"), encoding="utf-8")
    start.prompts.open_path = lambda folder: mine
    screen.open_button.click()
    assert not start.start.showing and start.document.path == mine and not start.document.is_sample
    assert start.preview.pdf.pageCount() == 0  # the sample under the doors never shows
    wait_for_preview(qtbot, start)
    assert "Our own statement" in page_text(start)
    assert start.recent_files()[0] == str(mine)


def test_a_door_asks_before_dropping_unsaved_changes(window):
    window.document.set(("headline", "en"), "Changed", "edit")
    window.new_action.trigger()
    window.prompts.unsaved = lambda name: QMessageBox.StandardButton.Cancel
    window.start.screen.sample_button.click()
    assert window.start.showing and window.document.get(("headline", "en")) == "Changed"  # nothing lost
    QTest.keyClick(window.start.screen, Qt.Key.Key_Escape)
    assert not window.start.showing and window.document.get(("headline", "en")) == "Changed"
    window.prompts.unsaved = lambda name: QMessageBox.StandardButton.Discard  # lets the fixture close the window


def test_every_door_is_reached_with_the_keyboard(start, qtbot, tmp_path):
    kept = tmp_path / "kept.release.yaml"
    shutil.copy(sample_release(), kept)
    start.remember(kept)
    start.start.show_start(can_go_back=True)
    screen = start.start.screen
    qtbot.waitUntil(lambda: start.focusWidget() is screen.letterheads)
    order = []
    for _ in range(10):
        order.append(start.focusWidget())
        QTest.keyClick(start.focusWidget(), Qt.Key.Key_Tab)
    assert order == [screen.letterheads, screen.burmese, screen.english, screen.create_button, screen.open_button,
                     screen.sample_button, screen.design_button, screen.recent_list, screen.open_recent_button,
                     screen.remove_button]

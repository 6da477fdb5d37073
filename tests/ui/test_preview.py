"""A preview that cannot mislead: replaced on Open/New, greyed while the text has errors, follows the cursor."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtPdfWidgets import QPdfView

from tests.ui.conftest import wait_for_preview
from tests.ui.test_mainwindow import type_text, wait_rendered


def test_opening_another_release_never_shows_the_previous_pdf(window, qtbot, tmp_path):
    from tests.conftest import DATA

    assert window.preview.pdf.pageCount() == 2
    window.open_path(DATA / "bilingual.release.yaml")
    assert window.preview.pdf.pageCount() == 0  # at once: the sample's pages are gone
    assert window.preview.stale.isVisible() and window.preview.stale.text()
    wait_for_preview(qtbot, window)
    assert window.preview.pdf.pageCount() >= 1
    assert "flood relief camps" in window.preview.pdf.getAllText(0).text()
    assert window.preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_errors_grey_the_last_good_pages_with_a_banner_that_wraps(window, qtbot):
    body = window.editor.bodies["en"]
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.insert_note("deleted-note")
    wait_rendered(qtbot, window)
    assert window.preview.overlay.isVisible()
    assert window.preview.overlay.geometry() == window.preview.view.rect()
    banner = window.preview.stale
    assert banner.isVisible() and banner.wordWrap() and "out of date" in banner.text()
    window.preview.resize(220, 400)  # a narrow pane: the banner grows down, the pane stays narrow
    assert window.preview.width() <= 220 + 1
    window.undo_action.trigger()
    wait_for_preview(qtbot, window)
    assert not window.preview.overlay.isVisible() and not banner.isVisible()


def test_the_preview_follows_the_paragraph_being_edited(window, qtbot):
    body = window.editor.bodies["en"]
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)  # "Looking ahead…" is on the second page
    type_text(body, " ")
    wait_for_preview(qtbot, window)
    window.follow_cursor()
    qtbot.waitUntil(lambda: window.preview.view.pageNavigator().currentPage() == 1, timeout=5000)
    body.moveCursor(QTextCursor.MoveOperation.Start)
    window.follow_cursor()
    qtbot.waitUntil(lambda: window.preview.view.pageNavigator().currentPage() == 0, timeout=5000)


def test_a_body_typed_in_zawgyi_greys_the_preview_like_any_error(window, qtbot):
    from tests.conftest import corpus_lines

    body = window.editor.bodies["my"]
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " " + corpus_lines("zawgyi")[1])
    wait_rendered(qtbot, window)
    assert window.last_result.pdf is None  # export refuses Zawgyi: the preview never shows it as good
    assert window.preview.overlay.isVisible()
    assert window.preview.stale.isVisible() and "out of date" in window.preview.stale.text()
    assert window.preview.pdf.pageCount() == 2  # the last good pages stay, greyed

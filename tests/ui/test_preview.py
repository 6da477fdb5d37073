"""A preview that cannot mislead: replaced on Open/New, greyed while the text has errors, follows the cursor."""

from __future__ import annotations

import threading

from PySide6.QtGui import QTextCursor
from PySide6.QtPdfWidgets import QPdfView

from desktop_app import service
from tests.ui.conftest import open_generated, wait_for_preview
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


def test_the_edited_page_is_shown_before_the_pages_after_it(window, qtbot, tmp_path, monkeypatch):
    """In a long release the pages up to the one being edited appear first, marked as updating, then the rest.

    (When the pages after it are laid out anew: here they never meet the last render's again.)
    """
    from desktop_app.writers.pdf import document, splice

    monkeypatch.setattr(splice.Splicer, "meets", lambda *args: False)
    monkeypatch.setattr(document, "EARLY_WAIT", 0)  # show them as soon as the edited page is done
    # The rest of the pages may be ready before QtPdf has drawn the first ones, and then the
    # whole document rightly replaces them unseen: hold the rest back until they are on screen.
    first_pages_on_screen = threading.Event()
    preview = service.preview

    def preview_waiting_for_the_first_pages(text, path, template_dirs=None, early=None, **kwargs):
        def early_then_wait(pdf: bytes) -> None:
            early(pdf)
            first_pages_on_screen.wait(10)
            first_pages_on_screen.clear()

        return preview(text, path, template_dirs, early_then_wait if early else None, **kwargs)

    monkeypatch.setattr(service, "preview", preview_waiting_for_the_first_pages)
    window.preview.shownPartly.connect(lambda _revision: first_pages_on_screen.set())

    open_generated(qtbot, window, tmp_path, 28)  # about eight pages: Burmese, then English
    pages = window.preview.pdf.pageCount()
    assert pages >= 6
    body = window.editor.bodies["en"]
    cursor = body.textCursor()
    cursor.setPosition(body.document().findBlockByNumber(3).position())  # early in the English half
    body.setTextCursor(cursor)
    seen: list[tuple[str, int, int, bool, str]] = []

    def note(kind: str, revision: int) -> None:
        pdf = window.preview.pdf
        text = " ".join(pdf.getAllText(p).text() for p in range(pdf.pageCount()))
        seen.append((kind, revision, pdf.pageCount(), window.preview.stale.isVisible(), " ".join(text.split())))

    window.preview.shownPartly.connect(lambda revision: note("partly", revision))
    window.preview.shown.connect(lambda revision: note("whole", revision))
    for word in ("Updated", "Again"):
        seen.clear()
        type_text(body, word + " ")
        wait_for_preview(qtbot, window)
        revision = window.document.revision
        assert [s[:2] for s in seen] == [("partly", revision), ("whole", revision)], [s[:4] for s in seen]
        _, _, count, updating, text = seen[0]
        assert 1 < count < pages and updating  # the first pages only, the banner still says "updating"
        assert word in text  # the edit is on them
        assert seen[1][2] == pages and seen[1][4].startswith(text[:-40])
    qtbot.waitUntil(lambda: not window.preview.stale.isVisible(), timeout=5000)


def test_an_edit_keeps_the_page_on_screen_painted_and_in_place_until_the_new_one_is_drawn(window, qtbot, tmp_path):
    """No white flash and no jump to page 1: the old pages stay until the new document's are drawn."""

    open_generated(qtbot, window, tmp_path, 20)
    preview = window.preview
    pages = preview.pdf.pageCount()
    assert pages >= 5
    body = window.editor.bodies["en"]
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.document().findBlockByNumber(body.document().blockCount() - 2).position())
    body.setTextCursor(cursor)  # a paragraph near the end: its page is far from page 1
    type_text(body, "Quagga ")  # a word found nowhere else: the generated paragraphs repeat
    wait_for_preview(qtbot, window)
    page = preview.page_of("Quagga")
    assert page >= 3
    preview.go_to_page(page)
    qtbot.wait(50)  # the page's image is drawn
    scrolled = preview.view.verticalScrollBar().value()
    switched = []
    show_document = preview._show_document

    def swap(document) -> None:  # the new document replaces the old one in the view: what does one see?
        if preview.cover.isVisible():
            seen = preview.view.grab().toImage()
            show_document(document)
            switched.append((seen == preview.view.grab().toImage(), preview.view.verticalScrollBar().value()))
        else:
            show_document(document)
            switched.append((False, -1))

    preview._show_document = swap
    type_text(body, "Zanzibar ")
    wait_for_preview(qtbot, window)
    assert switched and all(same for same, _ in switched)  # covered: the pages on screen stayed as they were
    assert all(value == scrolled for _, value in switched)  # at the same place
    assert not preview.cover.isVisible()  # and went once the new page was drawn
    assert preview.view.verticalScrollBar().value() == scrolled
    assert preview.view.pageNavigator().currentPage() == page
    assert preview.page_of("Zanzibar") == page and page in preview._visible_pages()  # the edit, on screen


def test_the_edited_pages_are_not_loaded_when_the_whole_document_comes_with_them(window, qtbot, tmp_path):
    """One load per edit when the rest of the render is quick: the first pages are skipped, not shown then replaced."""
    from desktop_app.ui.preview import RenderResult

    open_generated(qtbot, window, tmp_path, 20)
    pane = window.preview
    pdf, revision, pages = window.last_result.pdf, pane.revision, pane.pdf.pageCount()
    first_pages = service.preview(window.document.draft.to_yaml(), window.document.draft.validation_path,
                                  window.template_dirs()).pdf  # stands in for the pages up to the edited one
    partly: list[int] = []
    pane.shownPartly.connect(partly.append)

    # The first pages and the whole document arrive in the same turn of the event loop.
    started = pane.loads_started
    pane.show_partial(RenderResult(revision + 1, first_pages))
    pane.show_pdf(revision + 1, pdf)
    qtbot.waitUntil(lambda: pane.revision == revision + 1 and not pane.cover.isVisible(), timeout=10000)
    assert pane.loads_started - started == 1  # the whole document only
    assert partly == [] and pane.pdf.pageCount() == pages

    # The first pages alone: loaded and shown, still a part, until the whole document comes.
    pane.show_partial(RenderResult(revision + 2, first_pages))
    qtbot.waitUntil(lambda: partly == [revision + 2], timeout=10000)
    assert pane.revision == revision + 1
    pane.show_pdf(revision + 2, pdf)
    qtbot.waitUntil(lambda: pane.revision == revision + 2, timeout=10000)

    # The whole document while the first pages are loading: it stops them and is what stays.
    pane.show_partial(RenderResult(revision + 3, first_pages))
    qtbot.waitUntil(lambda: pane.loads_started == started + 3, timeout=10000)  # the first pages' load started
    pane.show_pdf(revision + 3, pdf)
    qtbot.waitUntil(lambda: pane.revision == revision + 3 and not pane.cover.isVisible(), timeout=10000)
    qtbot.wait(100)
    assert pane.revision == revision + 3 and pane.pdf.pageCount() == pages
    assert pane._first_pages is None or pane._first_pages.cancelled

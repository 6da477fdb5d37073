"""The body as a word processor: formatting instead of markup, shortcuts, chips with live numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.ui.test_mainwindow import type_text, wait_rendered


def select_word(body, word: str) -> None:
    start = body.toPlainText().index(word)
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def test_the_body_shows_formatting_and_numbered_chips_not_markup(window, qtbot):
    body = window.editor.bodies["en"]
    text = body.toPlainText()
    assert "**" not in text and "[^" not in text and "##" not in text
    assert "Reviewing Progress and Identifying Challenges:" in text.split("\n")
    assert text.count("\ufffc") == 2  # People's Goal and Freedom Fighter Myanmar
    wait_rendered(qtbot, window)
    assert (body.chips.label("pg"), body.chips.label("ffm")) == ("1", "2")
    assert not window.document.modified  # showing the body changed nothing


def test_ctrl_b_ctrl_i_and_the_heading_button_write_markup(window):
    body = window.editor.bodies["en"]
    body.setFocus()
    select_word(body, "robust discussions")
    QTest.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    select_word(body, "Zoom")
    QTest.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    select_word(body, "Gathering virtually")
    window.editor.heading.trigger()
    markup = window.document.get(("body", "en"))
    assert "**robust discussions**" in markup and "*Zoom*" in markup
    assert "\n## Gathering virtually from January 29th" in markup
    window.undo_action.trigger()
    assert "## Gathering" not in window.document.get(("body", "en"))


def test_typing_after_bold_and_a_link(window):
    body = window.editor.bodies["en"]
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Read ")
    QTest.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(body, "the statement")
    QTest.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(body, " at ")
    body.insert_link("our site", "https://peoplesgoal.org/statement")
    type_text(body, ".")
    assert window.document.get(("body", "en")).endswith(
        "juncture. Read **the statement** at [our site](https://peoplesgoal.org/statement).")


def test_enter_after_a_heading_starts_a_paragraph(window):
    body = window.editor.bodies["en"]
    body.setFocus()
    select_word(body, "Next Steps:")
    cursor = body.textCursor()
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    QTest.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "A new paragraph.")
    assert "## Next Steps:\n\nA new paragraph.\n\nLooking ahead" in window.document.get(("body", "en"))


def paste_text(body, text: str) -> None:
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText(text)
    body.insertFromMimeData(mime)


def test_pasted_text_that_starts_or_ends_with_a_line_break_starts_or_ends_a_paragraph(window):
    body = window.editor.bodies["en"]
    body.setFocus()
    select_word(body, "Next Steps:")
    cursor = body.textCursor()
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    paste_text(body, "\nPasted on its own.")
    markup = window.document.get(("body", "en"))
    assert "## Next Steps:\n\nPasted on its own.\n\nLooking ahead" in markup
    select_word(body, "Looking ahead")
    cursor = body.textCursor()
    cursor.setPosition(cursor.selectionStart())
    body.setTextCursor(cursor)
    paste_text(body, "Before it.\r\n")
    assert "\n\nPasted on its own.\n\nBefore it.\n\nLooking ahead" in window.document.get(("body", "en"))


def test_an_edit_writes_back_its_paragraph_and_keeps_the_others_as_written(window):
    body = window.editor.bodies["en"]
    window.document.set(("body", "en"), "First line\nwrapped by hand.\n\nSecond paragraph.", "body")
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " More.")
    body.flush()
    assert window.document.get(("body", "en")) == "First line\nwrapped by hand.\n\nSecond paragraph. More."

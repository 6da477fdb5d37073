"""The Footnotes and partners panel, used as a person would: read, type, jump, delete, undo."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTextEdit, QWidget

from desktop_app.ui.richtext import CHIP, NOTE_ID, OBJECT_CHAR
from tests.ui.conftest import type_text, wait_for_preview

DATA = Path(__file__).resolve().parents[1] / "data"
BURMESE_BODY = "ပထမ စာပိုဒ်။\n\nဒုတိယ စာပိုဒ် ပြည်သူ့ပန်းတိုင်[^pg]။"


@pytest.fixture
def panel(window, qtbot, tmp_path):
    """The bilingual test release opened from a file, a Burmese citation added, the Footnotes tab shown."""
    path = tmp_path / "ours.release.yaml"
    shutil.copy(DATA / "bilingual.release.yaml", path)
    assert window.open_path(path)
    wait_for_preview(qtbot, window)
    window.document.set(("body", "my"), BURMESE_BODY, "body")
    window.document.save()
    wait_for_preview(qtbot, window)
    window.editor.setCurrentWidget(window.editor.notes)
    return window.editor.notes


def shown_texts(widget: QWidget) -> list[str]:
    """Everything a person can read in *widget*: labels, buttons, fields, tooltips, names."""
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
        if isinstance(child, QLineEdit):
            found += [child.text(), child.placeholderText()]
        if isinstance(child, QTextEdit):
            found += [child.toPlainText(), child.placeholderText()]
        found += [child.toolTip(), child.accessibleName(), child.statusTip(), child.whatsThis()]
    return [t for t in found if t]


def set_link(card, text: str) -> None:
    """Select the link field's text and type *text* over it, key by key."""
    card.link.setFocus()
    QTest.keyClick(card.link, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(card.link, Qt.Key.Key_Backspace)
    type_text(card.link, text)


def test_notes_show_in_reading_order_with_no_markup_and_no_ids(window, panel):
    window.document.set(("footnotes", "pg"), {"my": "ပြည်သူ့ပန်းတိုင် <https://peoplesgoal.org>",
                                              "en": "**People's Goal** <https://peoplesgoal.org>"}, "x")
    cards = panel.ordered_cards()
    assert [c.title.text() for c in cards] == ["Footnote 1", "Footnote 2"]
    first = cards[0]
    assert first.link.text() == "https://peoplesgoal.org"
    assert first.texts["my"].toPlainText() == "ပြည်သူ့ပန်းတိုင်"
    english = first.texts["en"]
    assert english.toPlainText() == "People's Goal"
    cursor = english.textCursor()
    cursor.setPosition(1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold  # formatting, not asterisks
    texts = shown_texts(panel)
    assert not [t for t in texts if "<http" in t or "[^" in t or "**" in t]
    assert not [t for t in texts if re.search(r"\b(pg|ffm)\b", t)], texts
    # The Burmese text of note 2 holds a link inside it: shown as a link, not as markup.
    assert cards[1].texts["my"].toPlainText() == "https://freedomfightermm.org (မြန်မာ)"
    assert cards[1].link.text() == "https://freedomfightermm.org"


def test_where_a_note_is_cited_and_the_jump_selects_its_chip(window, panel):
    first = panel.ordered_cards()[0]
    buttons = first.place_buttons()
    assert [b.text() for b in buttons] == ["Burmese body, paragraph 2", "English body, paragraph 1"]
    buttons[0].click()
    assert window.editor.currentIndex() == 2
    body = window.editor.bodies["my"]
    assert body.hasFocus()
    cursor = body.textCursor()
    assert cursor.selectedText() == OBJECT_CHAR and cursor.block().blockNumber() + 1 == 2
    after = body.textCursor()
    after.setPosition(cursor.selectionEnd())
    assert after.charFormat().objectType() == CHIP and after.charFormat().property(NOTE_ID) == "pg"
    assert after.charFormat().toolTip() == ""  # hovering a chip never shows the note's id
    window.editor.setCurrentWidget(panel)
    panel.ordered_cards()[1].place_buttons()[0].click()
    english = window.editor.bodies["en"]
    assert english.hasFocus() and english.textCursor().block().blockNumber() + 1 == 4  # after the heading


def test_editing_a_text_and_a_link_changes_only_that_note_in_the_saved_file(window, panel):
    before = window.document.path.read_text(encoding="utf-8").splitlines()
    first, second = panel.ordered_cards()
    type_text(second.texts["en"], "Freedom Fighter Myanmar")
    set_link(first, "https://peoplesgoal.org/en")
    assert window.save()
    after = window.document.path.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        ("  pg: <https://peoplesgoal.org>", "  pg: <https://peoplesgoal.org/en>"),
        ('  ffm: {my: "<https://freedomfightermm.org> (မြန်မာ)", en: "<https://freedomfightermm.org>"}',
         '  ffm: {my: "<https://freedomfightermm.org> (မြန်မာ)", en: "Freedom Fighter Myanmar '
         '<https://freedomfightermm.org>"}')]


def test_link_problems_are_said_while_typing_in_plain_words(window, panel):
    card = panel.ordered_cards()[0]
    set_link(card, "peoplesgoal.org")
    assert card.link_message.isVisible() and "https://…" in card.link_message.text()
    # The link was cleared; an address that is no link is not written into the file.
    assert window.document.get(("footnotes", "pg")) == {}
    set_link(card, "javascript:alert(1)")
    assert card.link_message.text() == "Only web and e-mail addresses can be links."
    set_link(card, "https://peoplesgoal.org/\u202egpj.exe")
    assert "invisible direction characters" in card.link_message.text()
    set_link(card, "https://peoplesgoal.org@evil.example")
    assert "evil.example" in card.link_message.text() and "Check the address" in card.link_message.text()
    set_link(card, "https://peoplesgoal.org")
    assert not card.link_message.isVisible()
    for said in shown_texts(panel):
        assert "footnotes." not in said and "link '" not in said  # no field paths, not the checker's file words


def test_delete_asks_when_cited_and_undo_brings_back_note_and_chips(window, panel):
    asked = []
    panel.confirm_delete = lambda card: asked.append([b.text() for b in card.place_buttons()]) or False
    card = panel.ordered_cards()[0]
    card.delete_button.click()
    assert asked == [["Burmese body, paragraph 2", "English body, paragraph 1"]]
    assert window.document.get(("footnotes", "pg"), None) is not None
    panel.confirm_delete = lambda card: True
    card.delete_button.click()
    assert window.document.get(("footnotes", "pg"), None) is None
    assert "[^pg]" not in window.document.get(("body", "my")) + window.document.get(("body", "en"))
    assert len(panel.ordered_cards()) == 1
    window.undo_action.trigger()
    assert window.document.get(("footnotes", "pg")) == "<https://peoplesgoal.org>"
    assert window.document.get(("body", "my")) == BURMESE_BODY
    assert "this morning[^pg]" in window.document.get(("body", "en"))
    assert [b.text() for b in panel.ordered_cards()[0].place_buttons()] == [
        "Burmese body, paragraph 2", "English body, paragraph 1"]


def test_a_cited_delete_asks_in_the_interface_language(window, panel):
    box = panel.delete_box(panel.ordered_cards()[0])
    assert "Burmese body, paragraph 2" in box.text() and "English body, paragraph 1" in box.text()
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Delete"]


def test_a_note_added_here_has_no_visible_id_and_says_it_is_cited_nowhere(window, panel, qtbot):
    card = panel.add_note()
    assert panel.ordered_cards()[-1] is card
    assert card.texts["my"].hasFocus()  # the new note's first field
    assert card.title.text() == "Footnote not cited yet" and "Not cited anywhere" in card.cited_label.text()
    type_text(card.texts["my"], "ဒုတိယ ဖိုရမ်")
    set_link(card, "https://forum.example.org")
    notes = window.document.get(("footnotes",))
    assert notes["note"] == {"my": "ဒုတိယ ဖိုရမ် <https://forum.example.org>"}  # in the file only
    assert not [t for t in shown_texts(card) if re.search(r"\bnote\b", t)]
    # Deleting an uncited note asks nothing; Undo brings it back.
    panel.confirm_delete = lambda card: pytest.fail("asked about a note cited nowhere")
    card.delete_button.click()
    assert len(window.document.get(("footnotes",))) == 2
    window.undo_action.trigger()
    assert len(window.document.get(("footnotes",))) == 3


def test_go_there_from_the_preflight_puts_the_cursor_in_the_note(window, panel):
    window.jump_to("footnotes.ffm.my", None)
    card = panel.cards["ffm"]
    assert window.editor.currentWidget() is panel and card.texts["my"].hasFocus()


def test_enter_keeps_a_note_one_paragraph_and_pasted_formatting_is_kept(window, panel):
    from PySide6.QtCore import QMimeData

    card = panel.ordered_cards()[0]
    field = card.texts["en"]
    type_text(field, "People's")
    QTest.keyClick(field, Qt.Key.Key_Return)
    mime = QMimeData()
    mime.setHtml("<p><b>Goal</b></p><p>Myanmar</p>")
    field.insertFromMimeData(mime)
    assert window.document.get(("footnotes", "pg")) == "People's**Goal** Myanmar <https://peoplesgoal.org>"


def test_a_note_with_a_text_per_language_shows_the_number_each_language_prints(window, panel, qtbot):
    window.document.set(("footnotes", "pg"), {"my": "ပြည်သူ့ပန်းတိုင် <https://peoplesgoal.org>",
                                              "en": "People's Goal <https://peoplesgoal.org>"}, "x")
    wait_for_preview(qtbot, window)
    # Stacked, Burmese first: the Burmese citation prints 1, the English one its own note 2, ffm 3.
    from desktop_app.resolve import resolve
    from desktop_app.service import load_text

    resolved = resolve(load_text(window.document.draft.to_yaml(), window.document.path).release)
    printed = {(n.id, n.lang): n.number for n in resolved.notes}
    assert printed == {("pg", "my"): 1, ("pg", "en"): 2, ("ffm", "en"): 3}
    bodies = window.editor.bodies
    assert (bodies["my"].chips.label("pg"), bodies["en"].chips.label("pg"), bodies["en"].chips.label("ffm")) == (
        "1", "2", "3")
    assert [c.title.text() for c in panel.ordered_cards()] == ["Footnote 1, 2", "Footnote 3"]


def test_new_numbers_retitle_and_reorder_the_cards_in_place(window, panel, qtbot, monkeypatch):
    from desktop_app.ui import notes as notes_module

    first, second = panel.ordered_cards()[:2]
    assert first.numbers and second.numbers and first.numbers[0] < second.numbers[0]
    buttons = {card.note_id: card.place_buttons() for card in (first, second)}
    field = next(t for card in (second, first) for t in card.texts.values() if len(t.toPlainText()) > 3)
    field.setFocus()
    cursor = field.textCursor()
    cursor.setPosition(2)
    field.setTextCursor(cursor)
    scanned = []
    real = notes_module.citations_in
    monkeypatch.setattr(notes_module, "citations_in", lambda body: scanned.append(body) or real(body))
    # What a render gives when the first citations of the two notes swap places in the text.
    swap = {first.note_id: second.numbers[0], second.note_id: first.numbers[0]}
    numbers = {**panel.numbers, **swap}
    by_language = {lang: {**found, **{n: swap[n] for n in swap if n in found}}
                   for lang, found in panel.by_language.items()}
    window.editor.refresh_notes(numbers, by_language)
    assert panel.ordered_cards()[:2] == [second, first]  # the same cards, moved
    assert second.title.text().startswith(f"Footnote {swap[second.note_id]}")
    assert first.title.text().startswith(f"Footnote {swap[first.note_id]}")
    assert scanned == []  # the bodies were not searched again for citations
    assert {card.note_id: card.place_buttons() for card in (first, second)} == buttons  # nor any button remade
    assert field.hasFocus() and field.textCursor().position() == 2  # typing there goes on where it was

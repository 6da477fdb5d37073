"""Preflight for people: places as the window shows them, plain words, one-click fixes, never a command."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from benchmarks.generate import release_yaml
from tests.conftest import DATA, corpus_lines
from tests.ui.conftest import click_row, open_generated, press_button, wait_for_preview
from tests.ui.test_mainwindow import type_text, wait_rendered

FILE_WORDS = ("yaml", "thadin ", "run:", "line ", "body.", "headline.", "footnotes.", "[^", "'my:", "'en:")


def rows(window) -> list[str]:
    return window.preflight.texts()


def assert_for_people(window) -> None:
    for row in rows(window):
        assert not any(word in row for word in FILE_WORDS), row


def test_zawgyi_typed_in_the_headline_is_converted_on_screen_with_one_click(window, qtbot):
    headline = window.editor.rows["headline"].fields["my"]
    type_text(headline, corpus_lines("zawgyi")[0])
    wait_rendered(qtbot, window)
    assert rows(window)[0].startswith("✖ Burmese headline: the Burmese is typed in Zawgyi")
    assert_for_people(window)
    assert window.preflight.labels()[0] == "Convert to Unicode"
    press_button(window.preflight, 0)
    assert window.document.get(("headline", "my")) == corpus_lines("unicode")[0]
    assert headline.toPlainText() == corpus_lines("unicode")[0]
    wait_rendered(qtbot, window)
    assert not any("Zawgyi" in row for row in rows(window))


def test_typing_slips_are_repaired_with_one_click(window, qtbot):
    headline = window.editor.rows["headline"].fields["my"]
    type_text(headline, "ေကျာင်း")  # ေ typed before the consonant, as on a typewriter
    wait_rendered(qtbot, window)
    [row] = [r for r in rows(window) if "wrong order" in r]
    assert row.startswith("⚠ Burmese headline:")
    assert window.preflight.labels()[rows(window).index(row)] == "Repair"
    press_button(window.preflight, rows(window).index(row))
    assert window.document.get(("headline", "my")) == "ကျောင်း"


def test_a_missing_translation_takes_you_there(window, qtbot):
    window.open_path(DATA / "bilingual.release.yaml")
    wait_for_preview(qtbot, window)
    field = window.editor.rows["headline"].fields["my"]
    field.selectAll()
    field.insertPlainText("")
    wait_rendered(qtbot, window)
    assert "⚠ Burmese headline: the translation is missing." in rows(window)
    assert_for_people(window)
    window.editor.setCurrentIndex(0)
    press_button(window.preflight, rows(window).index("⚠ Burmese headline: the translation is missing."))
    assert window.editor.currentIndex() == 1 and field.hasFocus()


def test_an_edit_elsewhere_in_a_long_release_remakes_no_problem_row(window, qtbot, tmp_path):
    # Every paragraph cites a note the other language lacks, and the Burmese has digit slips:
    # a list of warnings that stays the same while the user types an unrelated English word.
    open_generated(qtbot, window, tmp_path, 12)
    panel = window.preflight
    before, built, said = rows(window), panel.rows_built, panel.descriptions_made
    assert len(before) >= 20 and any(panel.labels())
    assert any(", paragraph " in row for row in before)  # body problems are placed by paragraph
    body = window.editor.bodies["en"]
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.insertPlainText(" Thanks")
    wait_for_preview(qtbot, window)
    assert rows(window) == before
    assert panel.rows_built == built  # no row made again for an unrelated edit
    assert panel.descriptions_made == said  # nor any problem said for people again
    # A change that does touch the list remakes only the rows it changes.
    headline = window.editor.rows["headline"].fields["my"]
    headline.selectAll()
    headline.insertPlainText("")
    wait_rendered(qtbot, window)
    assert "⚠ Burmese headline: the translation is missing." in rows(window)
    assert panel.rows_built - built <= len(rows(window)) - len(before) + 1
    press_button(panel, rows(window).index("⚠ Burmese headline: the translation is missing."))
    assert headline.hasFocus()


def test_a_long_list_is_one_view_and_a_click_far_down_goes_to_that_paragraph(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    open_generated(qtbot, window, tmp_path, 12)
    panel = window.preflight
    said = rows(window)
    assert len(said) == len(window.last_result.problems) >= 20
    assert not panel.viewport().findChildren(QWidget)  # no widget per row: rows are drawn
    labels = panel.labels()
    assert any(labels) and set(labels) <= {"", "Convert to Unicode", "Repair", "Go there"}
    last = max(i for i, row in enumerate(said) if row.startswith("⚠ Burmese body, paragraph "))
    paragraph = int(said[last].split("paragraph ")[1].split(":")[0])
    window.editor.setCurrentIndex(0)
    click_row(panel, last)  # scrolled to, then clicked
    body = window.editor.bodies["my"]
    assert body.hasFocus() and window.editor.currentWidget() is body.parentWidget()
    assert body.textCursor().blockNumber() == paragraph - 1
    assert panel.currentIndex().row() == last  # the clicked row is the one marked


def test_rows_and_buttons_follow_the_interface_language(window, qtbot, qapp):
    from desktop_app.ui.i18n import apply_language

    headline = window.editor.rows["headline"].fields["my"]
    type_text(headline, corpus_lines("zawgyi")[0])
    wait_rendered(qtbot, window)
    english = rows(window)
    assert english[0].startswith("✖ Burmese headline:")
    assert apply_language("my")
    try:
        qapp.processEvents()
        burmese = rows(window)
        assert len(burmese) == len(english) and burmese != english
        for row, label in zip(burmese, window.preflight.labels(), strict=True):
            assert any("\u1000" <= c <= "\u109f" for c in row), row
            assert not label or any("\u1000" <= c <= "\u109f" for c in label), label
        assert window.preflight.labels()[0] == window.preflight.tr("Convert to Unicode") != "Convert to Unicode"
    finally:
        apply_language("en")
    qapp.processEvents()
    assert rows(window) == english


def test_space_presses_the_button_of_the_row_the_keyboard_is_on(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    headline = window.editor.rows["headline"].fields["my"]
    type_text(headline, corpus_lines("zawgyi")[0])
    wait_rendered(qtbot, window)
    panel = window.preflight
    panel.setFocus()
    panel.setCurrentIndex(panel.model().index(0, 0))
    QTest.keyClick(panel, Qt.Key.Key_Space)
    assert window.document.get(("headline", "my")) == corpus_lines("unicode")[0]


def test_body_problems_are_placed_by_paragraph_the_same_without_parsing_the_file_again(tmp_path):
    from desktop_app import service
    from desktop_app.draft import Draft
    from desktop_app.ui.people import body_paragraphs

    path = tmp_path / "x.release.yaml"
    draft = Draft.from_yaml(release_yaml(12))  # Burmese typing slips: warnings in the Burmese body
    edited = draft.copy()
    edited.set(("body", "en"), draft.get(("body", "en")) + "\n\nA note cited nowhere[^nowhere].")
    for snapshot, field in ((draft, "body.my"), (edited, "body.en")):
        text = snapshot.to_yaml()
        problems = service.preview(text, path).problems
        lines = [p.line for p in problems if p.field == field and p.line]
        assert lines
        placed = body_paragraphs(text, path, problems, snapshot.get(("body",)))
        assert placed == body_paragraphs(text, path, problems)  # the file parsed again, as before
        assert len(placed) == len(set(lines))

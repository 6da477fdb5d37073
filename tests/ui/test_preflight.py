"""Preflight for people: places as the window shows them, plain words, one-click fixes, never a command."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from benchmarks.generate import release_yaml
from tests.conftest import DATA, corpus_lines
from tests.ui.conftest import wait_for_preview
from tests.ui.test_mainwindow import type_text, wait_rendered

FILE_WORDS = ("yaml", "thadin ", "run:", "line ", "body.", "headline.", "footnotes.", "[^", "'my:", "'en:")


def rows(window) -> list[str]:
    return [window.preflight.item(i).text() for i in range(window.preflight.count())]


def assert_for_people(window) -> None:
    for row in rows(window):
        assert not any(word in row for word in FILE_WORDS), row


def test_zawgyi_typed_in_the_headline_is_converted_on_screen_with_one_click(window, qtbot):
    headline = window.editor.rows["headline"].fields["my"]
    type_text(headline, corpus_lines("zawgyi")[0])
    wait_rendered(qtbot, window)
    assert rows(window)[0].startswith("✖ Burmese headline: the Burmese is typed in Zawgyi")
    assert_for_people(window)
    window.preflight.buttons[0].click()
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
    window.preflight.buttons[rows(window).index(row)].click()
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
    window.preflight.buttons[rows(window).index("⚠ Burmese headline: the translation is missing.")].click()
    assert window.editor.currentIndex() == 1 and field.hasFocus()


def test_an_edit_elsewhere_in_a_long_release_remakes_no_problem_row(window, qtbot, tmp_path):
    # Every paragraph cites a note the other language lacks, and the Burmese has digit slips:
    # a list of warnings that stays the same while the user types an unrelated English word.
    path = tmp_path / "many-warnings.release.yaml"
    path.write_text(release_yaml(12), encoding="utf-8")
    window.open_path(path)
    wait_for_preview(qtbot, window)
    panel = window.preflight
    before, buttons, built, said = rows(window), list(panel.buttons), panel.rows_built, panel.descriptions_made
    assert len(before) >= 20 and any(b is not None for b in buttons)
    assert any(", paragraph " in row for row in before)  # body problems are placed by paragraph
    body = window.editor.bodies["en"]
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.insertPlainText(" Thanks")
    wait_for_preview(qtbot, window)
    assert rows(window) == before
    assert panel.rows_built == built  # no row (item, button) made again for an unrelated edit
    assert panel.descriptions_made == said  # nor any problem said for people again
    assert all(a is b for a, b in zip(panel.buttons, buttons, strict=True))
    # A change that does touch the list remakes only the rows it changes.
    headline = window.editor.rows["headline"].fields["my"]
    headline.selectAll()
    headline.insertPlainText("")
    wait_rendered(qtbot, window)
    assert "⚠ Burmese headline: the translation is missing." in rows(window)
    assert panel.rows_built - built <= len(rows(window)) - len(before) + 1
    panel.buttons[rows(window).index("⚠ Burmese headline: the translation is missing.")].click()
    assert headline.hasFocus()

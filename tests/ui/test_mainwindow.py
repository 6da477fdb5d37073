"""The desktop app driven like a user would: typing, footnotes, preview, export, undo, prompts, language."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import QDate, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.dialogs import FootnoteDialog
from tests.conftest import corpus_lines
from tests.ui.conftest import click_row, type_text, wait_for_preview


def wait_rendered(qtbot, win) -> None:
    """Block until the renderer has processed the current revision (valid or not)."""
    if win.last_result is not None and win.last_result.revision == win.document.revision:
        return
    with qtbot.waitSignal(win.renderer.rendered, timeout=20000,
                          check_params_cb=lambda r: r.revision == win.document.revision):
        pass


def test_starts_on_the_sample_with_its_preview(window):
    assert window.windowTitle() == "Sample (not saved) — defection-forum-2024.release.yaml[*] — Thadin"
    assert window.preview.pdf.pageCount() == 2
    assert window.preflight.texts() == []
    assert not window.document.modified


def test_typing_burmese_and_english_updates_the_release_and_preview(window, qtbot):
    body_my = window.editor.bodies["my"]
    type_text(body_my, "ကျွန်ုပ်တို့၏ ဖိုရမ်")
    type_text(window.editor.rows["headline"].fields["my"], "ဒုတိယအကြိမ် ဖိုရမ်")
    english = window.editor.bodies["en"]
    english.moveCursor(english.textCursor().MoveOperation.End)
    type_text(english, " Thank you.")
    assert window.document.get(("body", "my")) == "ကျွန်ုပ်တို့၏ ဖိုရမ်"
    assert window.document.get(("headline", "my")) == "ဒုတိယအကြိမ် ဖိုရမ်"
    assert window.document.get(("body", "en")).endswith("juncture. Thank you.")
    assert window.isWindowModified()
    wait_for_preview(qtbot, window)
    assert window.preview.pdf.pageCount() >= 2
    assert window.preview.revision == window.document.revision


def test_insert_footnote_from_the_toolbar(window, qtbot):
    body = window.editor.bodies["en"]
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)

    offered = []

    def filled_dialog(existing):
        offered.append(existing)
        dialog = FootnoteDialog(existing, window)
        dialog.url.setText("https://gov.nugmyanmar.org")
        dialog.exec = lambda: dialog._accept() or dialog.result()
        return dialog

    window.make_footnote_dialog = filled_dialog
    window.editor.footnote.trigger()
    # Existing notes are offered by number and address: no ids, no markup.
    assert list(offered[0].values()) == ["1 — https://peoplesgoal.org", "2 — https://freedomfightermm.org"]
    assert window.document.get(("body", "en")).endswith("juncture.[^gov-nugmyanmar]")
    assert window.document.get(("footnotes", "gov-nugmyanmar")) == "<https://gov.nugmyanmar.org>"
    wait_rendered(qtbot, window)
    assert window.last_result.note_numbers == {"pg": 1, "ffm": 2, "gov-nugmyanmar": 3}
    window.editor.setCurrentWidget(window.editor.notes)
    assert [c.title.text() for c in window.editor.notes.ordered_cards()] == [
        "Footnote 1", "Footnote 2", "Footnote 3"]
    window.document.undo_stack.undo()  # one step takes back both the reference and the note
    assert "[^gov-nugmyanmar]" not in window.document.get(("body", "en"))
    assert window.document.get(("footnotes", "gov-nugmyanmar"), None) is None


def test_footnote_dialog_refuses_bad_addresses(window):
    dialog = FootnoteDialog({"pg": "1 — peoplesgoal.org"}, window)
    assert dialog.problem() == "Give the footnote a partner link or a text."
    dialog.url.setText("javascript:alert(1)")
    assert dialog.problem() == "Only web and e-mail addresses can be links."
    dialog.url.setText("peoplesgoal.org")
    assert "https://" in dialog.problem()
    dialog.url.setText("")
    dialog.text_en.setText("The *second* forum")
    assert dialog.problem() == "" and dialog.new_value() == r"The \*second\* forum"
    dialog.old.setChecked(True)
    assert dialog.problem() == "" and dialog.chosen_id == "pg"


def test_export_both_formats_through_the_dialog(window, tmp_path):
    window.prompts.export_folder = lambda folder: tmp_path
    told = []
    window.prompts.exported = lambda paths: told.append(paths) or ""
    steps = []
    import desktop_app.ui.exporting as exporting

    original = exporting.step_text
    threads = set()
    exporting.step_text = lambda step: threads.add(QThread.currentThread()) or steps.append(step) or original(step)
    try:
        written = window.export_release(("pdf", "docx"))
    finally:
        exporting.step_text = original
    assert [p.name for p in written] == ["defection-forum-2024.pdf", "defection-forum-2024.docx"]
    assert (tmp_path / "defection-forum-2024.pdf").read_bytes().startswith(b"%PDF")
    assert "word/footnotes.xml" in zipfile.ZipFile(tmp_path / "defection-forum-2024.docx").namelist()
    assert told == [written]
    assert window.settings.value("export/folder") == str(tmp_path)
    assert [s.done for s in steps] == list(range(steps[-1].total + 1))  # from the worker, step by step
    assert threads == {window.thread()}  # the progress dialog is changed on the GUI thread only
    asked = []
    window.prompts.replace = lambda paths: asked.append([p.name for p in paths]) or False
    before = (tmp_path / "defection-forum-2024.pdf").stat().st_mtime_ns
    assert window.export_release(("pdf",)) == []
    assert asked == [["defection-forum-2024.pdf"]]
    assert (tmp_path / "defection-forum-2024.pdf").stat().st_mtime_ns == before


def test_undo_and_redo_across_edits(window):
    headline = window.editor.rows["headline"].fields["en"]
    original = window.document.get(("headline", "en"))
    headline.setFocus()
    headline.moveCursor(headline.textCursor().MoveOperation.End)
    type_text(headline, "!")
    window.editor.layout_choice.setCurrentIndex(3)
    window.editor.layout_choice.activated.emit(3)
    assert window.document.get(("layout",)) == "my"
    window.undo_action.trigger()
    assert window.document.get(("layout",), None) is None
    window.undo_action.trigger()
    assert window.document.get(("headline", "en")) == original
    assert headline.toPlainText() == original
    window.redo_action.trigger()
    assert headline.toPlainText() == original + "!"
    window.redo_action.trigger()
    assert window.document.get(("layout",)) == "my"


def test_unsaved_changes_prompt(window, qtbot):
    type_text(window.editor.bodies["en"], "x")
    asked = []
    window.prompts.unsaved = lambda name: asked.append(name) or QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert asked == ["defection-forum-2024.release.yaml"] and window.isVisible()
    window.prompts.unsaved = lambda name: QMessageBox.StandardButton.Discard
    assert window.close()


def test_save_as_writes_a_file_the_loader_reads(window, tmp_path):
    from desktop_app.fileformat import load_release

    type_text(window.editor.rows["headline"].fields["my"], "ခေါင်းစဉ်")
    target = tmp_path / "mine.release.yaml"
    window.prompts.save_path = lambda suggestion: target
    assert window.save()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("mine.release.yaml")
    assert load_release(target).headline.get("my") == "ခေါင်းစဉ်"
    assert window.recent_files()[0] == str(target)


def test_pasted_zawgyi_arrives_as_unicode(window):
    zawgyi, unicode = corpus_lines("zawgyi")[1], corpus_lines("unicode")[1]
    body = window.editor.bodies["my"]
    body.setFocus()
    QGuiApplication.clipboard().setText(zawgyi)
    body.paste()
    assert window.document.get(("body", "my")) == unicode
    assert body.toPlainText() == unicode
    assert not window.zawgyi_bar.isVisible()


def test_typed_zawgyi_offers_one_click_undoable_conversion(window):
    zawgyi, unicode = corpus_lines("zawgyi")[1], corpus_lines("unicode")[1]
    body = window.editor.bodies["my"]
    type_text(body, zawgyi)  # a Zawgyi keyboard
    body.flush()
    assert window.document.get(("body", "my")) == zawgyi
    assert window.zawgyi_bar.isVisible() and window.zawgyi_bar.path == ("body", "my")
    window.zawgyi_bar.button.click()
    assert window.document.get(("body", "my")) == unicode
    assert body.toPlainText() == unicode
    window.undo_action.trigger()
    assert window.document.get(("body", "my")) == zawgyi


def test_preflight_lists_problems_and_jumps_to_the_field(window, qtbot):
    body = window.editor.bodies["en"]
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, " See[^x]")  # typed brackets are text, never markup
    body.insert_note("missing")  # a chip whose note was deleted
    type_text(body, ".")
    assert window.document.get(("body", "en")).endswith(r" See\[^x\][^missing].")
    wait_rendered(qtbot, window)
    assert window.preflight.texts() == ["✖ English body, paragraph 12: "
                                        "a footnote marker points to a note that does not exist."]
    assert window.preview.stale.text()  # the preview says it is behind
    window.editor.setCurrentIndex(0)
    click_row(window.preflight, 0)
    assert window.editor.currentIndex() == 2
    assert body.textCursor().blockNumber() == len(body.toPlainText().split("\n")) - 1


def test_switching_the_interface_to_burmese_and_back(window, qapp):
    assert window.file_menu.title() == "&File"
    window.languageRequested.emit("my")  # what Edit ▸ Preferences does with the chosen language
    qapp.processEvents()
    assert window.file_menu.title() == "ဖိုင် (&F)"
    assert window.editor.tabText(2) == "စာကိုယ်"
    assert window.settings.value("ui/language") == "my"
    window.languageRequested.emit("en")
    qapp.processEvents()
    assert window.file_menu.title() == "&File"
    assert window.editor.tabText(2) == "Body"


def test_every_editor_has_an_accessible_name(window):
    from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QTableWidget

    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QTableWidget):
        for widget in window.editor.findChildren(kind):
            if widget.isVisibleTo(window.editor) and not isinstance(widget.parent(), (QComboBox, QDateEdit)):
                assert widget.accessibleName(), widget


def test_a_file_handed_over_by_the_desktop_opens(window, qapp, tmp_path):
    from PySide6.QtGui import QFileOpenEvent

    from desktop_app.ui.app import FileOpenFilter
    from tests.conftest import DATA

    release = tmp_path / "bilingual.release.yaml"
    release.write_bytes((DATA / "bilingual.release.yaml").read_bytes())
    qapp.installEventFilter(FileOpenFilter(window))
    qapp.sendEvent(qapp, QFileOpenEvent(str(release)))
    assert window.document.path == release
    assert window.windowTitle().startswith("bilingual.release.yaml")


def test_a_short_zawgyi_field_converts_with_its_zawgyi_release(window):
    # ဥပေဒ ("law") alone reads as valid Unicode; in a release typed in Zawgyi it is Zawgyi.
    zawgyi = corpus_lines("zawgyi")
    window.document.set(("body", "my"), "\n".join(zawgyi[1:6]), "body")
    window.document.set(("headline", "my"), "ဥပေဒ", "headline")
    window.convert_zawgyi(("headline", "my"))
    assert window.document.get(("headline", "my")) == "ဥပဒေ"


def test_every_dialog_opens_in_its_first_field_and_typing_never_lands_on_ok(window, qtbot):
    from desktop_app.ui import dialogs

    shown = [(dialogs.FootnoteDialog({"pg": "1 — peoplesgoal.org"}, window), "url"),
             (dialogs.LinkDialog("", window), "text"),
             (dialogs.PreferencesDialog("en", window), "language")]
    for dialog, first in shown:
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.focusWidget() is not None)
        assert dialog.focusWidget() is getattr(dialog, first), type(dialog).__name__
        dialog.close()
    note = shown[0][0]
    note.show()
    type_text(note.focusWidget(), "p")  # would have picked "pg" had the list had focus
    assert note.is_new and note.url.text() == "p"


def test_the_date_reads_as_people_write_it_in_the_interface_language(window, qtbot):
    """Month names, never ISO digits, and never the machine's locale (CI runs under my_MM)."""
    from desktop_app.ui.i18n import apply_language

    window.editor.date.setDate(QDate(2024, 3, 31))
    assert window.editor.date.text() == "31 March 2024"
    assert apply_language("my")
    try:
        qtbot.waitUntil(lambda: "March" not in window.editor.date.text())
        assert "မတ်" in window.editor.date.text()  # March in Burmese
        assert "March" not in window.editor.date.text()
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: window.editor.date.text() == "31 March 2024")


def test_the_headline_boxes_are_a_few_lines_tall_not_the_whole_tab(window, qtbot):
    window.resize(1400, 1000)
    window.editor.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.editor.date.isVisible())
    qtbot.wait(50)  # the shown tab's layout runs
    fields = list(window.editor.rows["headline"].fields.values())
    line = max(field.fontMetrics().lineSpacing() for field in fields)  # Burmese lines are the taller
    for field in fields:
        assert 2 * line <= field.height() <= 6 * line
    assert fields[0].geometry().top() == fields[1].geometry().top()  # side by side, the same size
    assert fields[0].height() == fields[1].height()
    assert window.editor.rows["headline"].y() < window.editor.date.y() + 3 * window.editor.date.height()


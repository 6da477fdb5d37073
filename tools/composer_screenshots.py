"""Compose the sample release in the app as a person would, from the start screen, and photograph each step.

Run by hand under a virtual screen (docs/desktop-app.md shows the pictures):

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tools/composer_screenshots.py docs/images

Everything is typed key by key into the widgets and formatted with the shortcuts, never
written into the draft directly, so the pictures show what the person saw. The app starts
as `thadin` does without a file, on the start screen, with two releases in Recent (one of
them since moved away) in a home folder made for the pictures.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from desktop_app.resources import sample_release
from desktop_app.ui import app as app_module
from desktop_app.ui.dialogs import FootnoteDialog
from desktop_app.ui.i18n import apply_language

HEADLINE_MY = "ဘက်ပြောင်းမှု နှင့် နိုင်ငံရေးအန်တု လှုပ်ရှားမှုဆိုင်ရာ ဒုတိယအကြိမ် ဖိုရမ်"
HEADLINE_EN = "Second Forum on Defection and Defiance Movement"
BODY_MY = "ပြည်သူ့ပန်းတိုင် နှင့် Freedom Fighter Myanmar တို့က ကျင်းပသော ဖိုရမ်သည် အောင်မြင်စွာ ပြီးဆုံးခဲ့သည်။"
CONTACT_MY = "ထပ်မံသိရှိလိုပါက သို့မဟုတ် ပံ့ပိုးကူညီလိုပါက ဆက်သွယ်ပါရန်"
CONTACT_EN = "For further information or to extend support, please contact;"
EMAIL = "Defectionforum.burma@protonmail.com"
SIGNATORIES = [("ပြည်သူ့ပန်းတိုင်", "Peoples' Goal"), ("Freedom Fighter Myanmar", "Freedom Fighter Myanmar")]
BODY_EN = ("The 2nd Forum on Defection and Defiance Movement, convened by People’s Goal and Freedom Fighter "
           "Myanmar, marked significant progress.")


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def settle(ms: int = 200) -> None:
    """Let the app run for *ms* (a real event loop: worker threads get the interpreter meanwhile)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_preview(window) -> None:
    for _ in range(300):
        if window.preview.revision == window.document.revision and window.preview.pdf.pageCount():
            break
        settle(100)
    settle(600)


def shoot(widget, out: Path, name: str, lang: str) -> None:
    settle(300)
    widget.grab().save(str(out / f"composer-{name}-{lang}.png"))


def add_note(window, body, at: str, url: str, english: str = "", burmese: str = "") -> None:
    """Put the cursor after *at* and insert a footnote through the dialog: a new one, or the one with *url*."""
    window.activateWindow()
    body.setFocus()
    for _ in range(50):  # Insert ▸ Footnote acts on the body with focus: wait until it has it (slow machines)
        settle(100)
        if body.hasFocus():
            break
    else:
        raise RuntimeError("the body never took the focus; the footnote would go to the other language")
    text = body.toPlainText()
    cursor = body.textCursor()
    cursor.setPosition(text.index(at) + len(at))
    body.setTextCursor(cursor)

    def filled(existing):
        dialog = FootnoteDialog(existing, window)
        cited = next((i for i in range(dialog.choice.count()) if dialog.choice.itemText(i).endswith(url)), -1)
        if cited >= 0:  # cite the note already made, in the other language
            dialog.old.click()
            dialog.choice.setCurrentIndex(cited)
        else:
            type_text(dialog.url, url)
            type_text(dialog.text_my, burmese)
            type_text(dialog.text_en, english)
        dialog.exec = lambda: dialog._accept() or dialog.result()
        return dialog

    window.make_footnote_dialog = filled
    window.insert_footnote()


def recent_releases(home: Path) -> list[Path]:
    """Two releases of the office's in Documents ▸ Press releases; the second has since been moved away."""
    folder = home / "Documents" / "Press releases"
    folder.mkdir(parents=True, exist_ok=True)
    kept, moved = folder / "forum-statement-march.release.yaml", folder / "strike-day-appeal.release.yaml"
    for path in (moved, kept):
        shutil.copy(sample_release(), path)
    return [moved, kept]


def start_screen(out: Path, lang: str, folder: Path):
    """Open the app as `thadin` does without a file, and photograph its doors."""
    app_module.data_folder = lambda: folder / "appdata"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    QSettings().setValue("ui/language", lang)
    window = app_module.create_window()
    releases = recent_releases(Path.home())
    for path in releases:
        window.remember(path)
    releases[0].unlink()  # moved away since: Recent says so
    window.start.show_start(can_go_back=False)
    window.resize(1560, 960)
    window.show()
    window.activateWindow()
    window.raise_()
    screen = window.start.screen
    for _ in range(200):  # the letterhead cards' banner pictures are drawn off the GUI thread
        if all(not screen.letterheads.item(r).icon().isNull() for r in range(screen.letterheads.count())):
            break
        settle(100)
    shoot(window, out, "0-start", lang)
    return window


def type_in_cell(table, row: int, column: int, text: str) -> None:
    """Open a table cell's editor as a double-click would, replace its text key by key, press Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    settle(100)
    editor = table.focusWidget() if table.focusWidget() is not table else table.viewport().focusWidget()
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    settle(100)


def contact_and_signatories(window) -> None:
    """Fill the Contact tab and the two signatories as the sample has them."""
    editor = window.editor
    editor.setCurrentIndex(4)
    type_text(editor.rows["contact"].fields["my"], CONTACT_MY)
    type_text(editor.rows["contact"].fields["en"], CONTACT_EN)
    type_text(editor.lines["email"], EMAIL)
    editor.setCurrentIndex(5)
    table = editor.signatories
    for row, names in enumerate(SIGNATORIES):
        editor.add_signatory.click()
        settle(100)
        for column, name in enumerate(names):  # Burmese | English
            type_in_cell(table, row, column, name)


def try_the_sample(window, out: Path, lang: str) -> None:
    """File ▸ New, then the sample door: the sample opens marked as one (the bar above the editor)."""
    window.new_action.trigger()
    settle(200)
    window.start.screen.sample_button.click()
    wait_preview(window)
    window.editor.setCurrentIndex(2)
    settle(200)
    window.grab().save(str(out / f"start-sample-{lang}.png"))


def export_both(window, folder: Path, out: Path, lang: str) -> None:
    """File ▸ Export: the folder a person picks, the progress, then what was written with Open PDF / Show in folder."""
    exports = folder / "Press releases"
    exports.mkdir(exist_ok=True)
    window.prompts.export_folder = lambda _default: exports  # the folder dialog's answer

    def exported(paths):
        box, _buttons = window.prompts.exported_box(paths)
        box.show()
        settle(400)
        shoot(box, out, "9-exported", lang)
        box.close()
        return ""

    window.prompts.exported = exported
    written = window.export_release(("pdf", "docx"))
    assert sorted(p.suffix for p in written) == [".docx", ".pdf"], written


def compose(out: Path, lang: str) -> None:
    folder = Path(tempfile.mkdtemp())
    window = start_screen(out, lang, folder)
    letterheads = window.start.screen.letterheads
    QTest.keyClick(letterheads, Qt.Key.Key_Return)  # focus is on the first door: the chosen letterhead
    wait_preview(window)
    shoot(window, out, "1-new", lang)
    type_text(window.editor.rows["headline"].fields["my"], HEADLINE_MY)
    type_text(window.editor.rows["headline"].fields["en"], HEADLINE_EN)
    wait_preview(window)
    shoot(window, out, "2-headline", lang)
    window.editor.setCurrentIndex(2)
    for code, text in (("my", BODY_MY), ("en", BODY_EN)):
        body = window.editor.bodies[code]
        type_text(body, text)
    english = window.editor.bodies["en"]
    english.setFocus()
    settle(100)
    cursor = english.textCursor()
    start = BODY_EN.index("significant progress")
    cursor.setPosition(start)
    cursor.setPosition(start + len("significant progress"), QTextCursor.MoveMode.KeepAnchor)
    english.setTextCursor(cursor)
    english.toggle_bold()  # Ctrl+B
    english.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(english, "Forum concludes")
    english.toggle_heading()  # the Heading button (Ctrl+2)
    QTest.keyClick(english, Qt.Key.Key_Return)
    wait_preview(window)
    shoot(window, out, "3-body", lang)
    add_note(window, english, "People’s Goal", "https://peoplesgoal.org", "People’s Goal", "ပြည်သူ့ပန်းတိုင်")
    add_note(window, english, "Freedom Fighter Myanmar", "https://freedomfightermm.org")
    burmese = window.editor.bodies["my"]
    wait_preview(window)  # the notes have their numbers: the dialog offers "1 — ပြည်သူ့ပန်းတိုင် / People’s Goal · https://…"
    add_note(window, burmese, "ပြည်သူ့ပန်းတိုင်", "https://peoplesgoal.org")
    wait_preview(window)
    shoot(window, out, "4-footnotes", lang)
    dialog = FootnoteDialog(window.footnote_choices(), window)
    dialog.show()
    settle(400)
    shoot(dialog, out, "5-footnote-dialog", lang)
    dialog.close()
    contact_and_signatories(window)
    wait_preview(window)
    window.preview.go_to_page(window.preview.pdf.pageCount() - 1)
    settle(300)
    shoot(window, out, "6-contact", lang)
    window.editor.setCurrentIndex(2)
    english.moveCursor(QTextCursor.MoveOperation.End)
    english.insert_note("gone")  # a note deleted while still cited: the preflight says so
    window.follow_cursor()
    for _ in range(100):
        if window.last_result is not None and window.last_result.revision == window.document.revision:
            break
        settle(100)
    settle(500)
    shoot(window, out, "7-preflight", lang)
    window.undo_action.trigger()  # Edit ▸ Undo: the stray marker goes
    wait_preview(window)
    window.editor.setCurrentWidget(window.editor.notes)
    settle(300)
    shoot(window, out, "8-notes-panel", lang)
    export_both(window, folder, out, lang)
    window.prompts.unsaved = lambda name: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard
    try_the_sample(window, out, lang)
    window.close()
    apply_language("en")
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images").resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ["HOME"] = tempfile.mkdtemp()  # Recent's "Documents ▸ …" is a home made for the pictures
    app_module.application()
    for lang in sys.argv[2:] or ["en", "my"]:
        compose(out, lang)


if __name__ == "__main__":
    main()

"""Recreate the reference letterhead in the designer, as a person would, and photograph each step.

Run by hand under a virtual screen (docs/desktop-app.md shows the pictures):

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tools/designer_screenshots.py docs/images

Each step is driven through the widgets (typing key by key, clicking buttons), never by
editing the draft directly, so the pictures show what the person saw.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from composer_screenshots import settle, type_text  # the sibling tool's keyboard and wait
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest

from desktop_app.letterhead_draft import LetterheadDraft
from desktop_app.letterhead_store import LetterheadStore
from desktop_app.resources import templates_dir
from desktop_app.ui import app as app_module
from desktop_app.ui.designer import LetterheadDesigner
from desktop_app.ui.i18n import apply_language
from desktop_app.ui.letterheads import EventDialog, LetterheadsDialog

LANGS = sys.argv[2:] or ["en", "my"]
INVITATION_MY = "မိတ်ကြားခံအဖွဲ့အစည်း/လူပုဂ္ဂိုလ်များအတွက်သာ"
TITLE_MY = "ဘက်ပြောင်းမှု နှင့် နိုင်ငံရေးအန်တု လှုပ်ရှားမှုဆိုင်ရာ တွေ့ဆုံဆွေးနွေးပွဲ (ဒုတိယအကြိမ်)"
TITLE_EN = "2nd Forum on Defection and Defiance Movement"


def wait_preview(designer: LetterheadDesigner) -> None:
    for _ in range(200):
        if designer.preview.revision == designer.revision and designer.preview.pdf.pageCount():
            break
        settle(100)
    settle(400)


def recreate(designer: LetterheadDesigner) -> None:
    """The reference banner, line by line."""
    type_text(designer.title_field, TITLE_EN)
    designer.file_field.setText("forum-2024")
    designer.import_image(templates_dir() / "forum-banner.png")
    lines = designer.lines_editor
    for burmese, english, join, style in ((INVITATION_MY, "Invitation Only", " - ", None), ("dates", "", "", None),
                                          (TITLE_MY, "", "", "title"), ("", TITLE_EN, "", "title")):
        if burmese == "dates":
            QTest.mouseClick(lines.add_dates, Qt.MouseButton.LeftButton)
            dates = lines.dates_editor
            QTest.mouseClick(dates.remove_day, Qt.MouseButton.LeftButton)
            for day in (29, 30, 31):
                dates.picker.setDate(QDate(2024, 1, day))
                QTest.mouseClick(dates.add_day, Qt.MouseButton.LeftButton)
            continue
        QTest.mouseClick(lines.add_text, Qt.MouseButton.LeftButton)
        editor = lines.text_editor
        if burmese:
            type_text(editor.burmese, burmese)
        if english:
            type_text(editor.english, english)
        if join:
            editor.join.selectAll()
            type_text(editor.join, join)
        if style:
            editor.line_style.setCurrentIndex(editor.line_style.findData(style))
            editor.line_style.activated.emit(editor.line_style.currentIndex())
    designer.margins["top"].setValue(14)
    designer.margins["bottom"].setValue(16)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="thadin-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    app_module.data_folder = lambda: work / "appdata"
    qt = app_module.application()
    store = LetterheadStore(work / "user", templates_dir())
    for language in LANGS:
        apply_language(language)
        designer = LetterheadDesigner(store, LetterheadDraft.new(""), None, work / f"recovery-{language}")
        designer.ask_unsaved = lambda: "discard"
        designer.resize(1500, 940)
        designer.show()
        recreate(designer)
        designer.lines_editor.select(1)  # the dates line, with its calendar
        wait_preview(designer)
        designer.grab().save(str(out / f"designer-reference-{language}.png"))
        designer.save()
        settle()
        dialog = LetterheadsDialog(store, work / "recovery-dialog", work / "release.release.yaml")
        dialog.show()
        dialog.refresh("forum-2024")
        settle()
        dialog.grab().save(str(out / f"letterheads-{language}.png"))
        event = EventDialog(store.entries(), "defection-forum", dialog)
        type_text(event.event_en, "3rd Forum on Defection and Defiance Movement")
        type_text(event.note_en, "Invitation Only")
        event.show()
        settle()
        event.grab().save(str(out / f"event-letterhead-{language}.png"))
        event.close()
        dialog.close()
        designer.close()
        store.delete("forum-2024")
    qt.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/images"))

"""The letterhead designer driven as a person would: recreate the reference banner, undo, recover, manage."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.export import render
from desktop_app.fileformat import load_release
from desktop_app.fileformat.letterhead import load_letterhead
from desktop_app.letterhead_draft import LetterheadDraft
from desktop_app.letterhead_store import LetterheadStore
from desktop_app.resources import sample_release, templates_dir
from desktop_app.ui import letterheads as letterheads_module
from desktop_app.ui.designer import LetterheadDesigner
from desktop_app.ui.recovery import orphaned_drafts
from tests.ui.conftest import type_text, wait_for_preview

SHIPPED = templates_dir() / "defection-forum.letterhead.yaml"
BANNER = templates_dir() / "forum-banner.png"
INVITATION_MY = "မိတ်ကြားခံအဖွဲ့အစည်း/လူပုဂ္ဂိုလ်များအတွက်သာ"
TITLE_MY = "ဘက်ပြောင်းမှု နှင့် နိုင်ငံရေးအန်တု လှုပ်ရှားမှုဆိုင်ရာ တွေ့ဆုံဆွေးနွေးပွဲ (ဒုတိယအကြိမ်)"
TITLE_EN = "2nd Forum on Defection and Defiance Movement"


def wait_designer_preview(qtbot, designer: LetterheadDesigner) -> None:
    """Block until the designer has rendered its current state (shown, or refused with problems)."""
    qtbot.waitUntil(lambda: designer.rendered_revision == designer.revision
                    and (designer.preview.revision == designer.revision or bool(designer.problems)), timeout=20000)
    qtbot.waitUntil(lambda: designer.preview.pdf.pageCount() > 0 or bool(designer.problems), timeout=20000)


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def add_text_line(designer, burmese: str = "", english: str = "", join: str = "", style: str = "normal") -> None:
    lines = designer.lines_editor
    click(lines.add_text)
    editor = lines.text_editor
    assert lines.stack.currentWidget() is editor
    if burmese:
        type_text(editor.burmese, burmese)
    if english:
        type_text(editor.english, english)
    if join:
        editor.join.selectAll()
        type_text(editor.join, join)
    if style != "normal":
        editor.line_style.setCurrentIndex(editor.line_style.findData(style))
        editor.line_style.activated.emit(editor.line_style.currentIndex())


@pytest.fixture
def store(tmp_path) -> LetterheadStore:
    return LetterheadStore(tmp_path / "user", templates_dir())


@pytest.fixture
def designer(qtbot, qapp, store, tmp_path, data_dir):
    window = LetterheadDesigner(store, LetterheadDraft.new(""), None, tmp_path / "recovery")
    qtbot.addWidget(window)
    window.ask_unsaved = lambda: "discard"
    window.show()
    yield window
    window.close()



def _qt_method(cls: type, name: str) -> bool:
    attr = getattr(cls, name, None)
    return callable(attr) and not isinstance(attr, Signal)  # PySide keeps signal instances on the object


def test_no_attribute_hides_a_qt_method(designer):
    """An attribute named like a Qt method (the designer's ``scroll``, a line editor's ``style``) breaks
    every call of that method on the widget, Qt's own Python wrappers and ours alike."""
    for widget in [designer, *designer.findChildren(QWidget)]:
        qt_bases = [base for base in type(widget).__mro__ if base.__module__.startswith("PySide6")]
        hidden = [name for name in vars(widget) if any(_qt_method(base, name) for base in qt_bases)]
        assert not hidden, (type(widget).__name__, hidden)


def test_a_person_recreates_the_reference_letterhead(designer, qtbot, store, tmp_path):
    type_text(designer.title_field, "2nd Forum on Defection and Defiance Movement")
    designer.file_field.setText("forum-2024")
    assert designer.import_image(BANNER)
    assert "pixels per inch" in designer.image_box.info.text()
    add_text_line(designer, INVITATION_MY, "Invitation Only", join=" - ")
    click(designer.lines_editor.add_dates)
    dates = designer.lines_editor.dates_editor
    click(dates.remove_day)  # the dates line starts with today: replace it with the three event days
    for day in (29, 30, 31):
        dates.picker.setDate(QDate(2024, 1, day))
        click(dates.add_day)
    add_text_line(designer, TITLE_MY, style="title")
    add_text_line(designer, english=TITLE_EN, style="title")
    for side, mm in (("top", 14), ("bottom", 16)):
        designer.margins[side].setValue(mm)
    wait_designer_preview(qtbot, designer)
    assert designer.preview.pdf.pageCount() == 1 and not designer.problem_label.text()

    assert designer.save()
    saved = load_letterhead(store.user_folder / "forum-2024.letterhead.yaml")
    shipped = load_letterhead(SHIPPED)
    assert saved.banner.lines == shipped.banner.lines
    assert (saved.page, dict(saved.fonts), saved.label, saved.footer) == \
        (shipped.page, dict(shipped.fonts), shipped.label, shipped.footer)
    # A release on it exports exactly the shipped sample (its letterhead is the reference one).
    release = tmp_path / "sample.release.yaml"
    release.write_text(sample_release().read_text(encoding="utf-8").replace(
        "letterhead: defection-forum", "letterhead: forum-2024"), encoding="utf-8")
    assert render(load_release(release, [store.user_folder]), "pdf") == render(load_release(sample_release()), "pdf")
    assert not designer.isWindowModified() and "*" not in designer.windowTitle()


def test_undo_and_redo(designer):
    type_text(designer.title_field, "Forum")
    add_text_line(designer, english="Invitation Only")
    assert designer.draft.lines == [{"en": "Invitation Only"}]
    designer.undo_action.trigger()  # the typing in the line is one step
    assert designer.draft.lines == [{}]
    designer.undo_action.trigger()
    assert designer.draft.lines == []
    designer.redo_action.trigger()
    designer.redo_action.trigger()
    assert designer.draft.lines == [{"en": "Invitation Only"}]
    designer.lines_editor.select(0)
    assert designer.lines_editor.text_editor.english.text() == "Invitation Only"


def test_problems_are_said_in_words_and_save_is_refused(designer, qtbot, store, monkeypatch):
    add_text_line(designer)  # a line with no text
    wait_designer_preview(qtbot, designer)
    text = designer.problem_label.text()
    assert "Give the letterhead a name." in text and "Banner line 1 has no text" in text
    assert "banner.lines" not in text and ".yaml" not in text
    warned = []
    monkeypatch.setattr(designer, "_warn", warned.append)
    assert not designer.save()
    assert warned and not (store.user_folder.exists() and list(store.user_folder.iterdir()))


def test_a_killed_designer_is_offered_back(designer, tmp_path, store, qtbot, monkeypatch):
    type_text(designer.title_field, "Our organisation")
    designer.import_image(BANNER)
    designer.recovery.first_unsaved = designer.recovery.last_change = 0.0  # as if the pause has passed
    designer._autosave_tick()
    designer.recovery._lock.unlock()  # the session dies: its lock goes stale
    [left] = orphaned_drafts(tmp_path / "recovery", suffix=".letterhead.yaml")
    assert load_letterhead(left.draft).banner.image is not None  # the image is kept beside the draft
    monkeypatch.setattr(QMessageBox, "exec", lambda box: next(b for b in box.buttons()
                                                              if b.text() == "Recover").click())
    [reopened] = letterheads_module.recover_designs(store, tmp_path / "recovery", None)
    qtbot.addWidget(reopened)
    assert reopened.draft.title == "Our organisation" and reopened.draft.image is not None
    assert not reopened.undo_stack.isClean()
    reopened.ask_unsaved = lambda: "discard"


def test_the_app_has_file_letterheads_and_a_missing_letterhead_is_named(window, qtbot, monkeypatch, tmp_path):
    hook = window.letterhead_tools
    assert hook.action in window.file_menu.actions()
    dialog = hook.manage()
    names = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
    assert names == ["defection-forum"]
    assert not dialog.rename_button.isEnabled() and not dialog.delete_button.isEnabled()  # bundled
    dialog.close()

    asked = []

    def pick(self):
        asked.append(self.chosen)
        return True

    release = tmp_path / "mailed.release.yaml"
    release.write_text(sample_release().read_text(encoding="utf-8").replace(
        "letterhead: defection-forum", "letterhead: partner-org"), encoding="utf-8")
    monkeypatch.setattr(letterheads_module.MissingLetterheadDialog, "exec", pick)
    assert window.open_path(release)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert asked == ["defection-forum"] and window.document.get(("letterhead",)) == "defection-forum"
    wait_for_preview(qtbot, window)
    assert window.preview.pdf.pageCount() == 2


def test_event_letterhead_from_the_dialog(qtbot, qapp, store, tmp_path, data_dir):
    dialog = letterheads_module.LetterheadsDialog(store, tmp_path / "recovery")
    qtbot.addWidget(dialog)
    event = letterheads_module.EventDialog(store.entries(), "defection-forum", dialog)
    type_text(event.event_en, "Third Forum")
    event.picker.setDate(QDate(2025, 2, 1))
    click(event.findChildren(type(dialog.new_button))[0])  # Add day
    draft = event.derive(store)
    assert draft.title == "Third Forum"
    assert draft.lines[-2:] == [{"dates": [dt.date(2025, 2, 1)]}, {"en": "Third Forum", "style": "title"}]
    assert draft.image is not None  # the organisation's banner image is kept


def _texts(widget) -> list[str]:
    """Every text a person can read in *widget* and its children (labels, buttons, titles, menus, items)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QMenu

    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton)) and child.text():
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QMenu):
            found += [a.text() for a in child.actions() if a.text()]
            found.append(child.title())
    return [t for t in found if t]


# Words that stay as they are in Burmese: paper sizes, font names, units, file names, numbers.
_KEEP = re.compile(r"A4|Letter|Noto Sans Myanmar|Noto Serif|Noto Sans|Padauk|mm|PNG|JPEG|png|jpg|jpeg|[&(]\w\)"
                   r"|\{pages?\}|defection-forum[\w-]*|partner-org|2nd Forum on Defection and Defiance Movement")


def test_the_designer_and_its_dialogs_are_all_burmese_in_the_burmese_interface(qtbot, qapp, store, tmp_path,
                                                                             data_dir):
    from desktop_app.ui.i18n import apply_language

    assert apply_language("my")
    try:
        designer = LetterheadDesigner(store, LetterheadDraft.open(SHIPPED), None, tmp_path / "recovery")
        designer.ask_unsaved = lambda: "discard"
        qtbot.addWidget(designer)
        designer.lines_editor.select(0)
        dialog = letterheads_module.LetterheadsDialog(store, tmp_path / "recovery", tmp_path / "r.release.yaml")
        event = letterheads_module.EventDialog(store.entries(), "", dialog)
        missing = letterheads_module.MissingLetterheadDialog("partner-org", store.entries(), dialog)
        qtbot.addWidget(dialog)
        for widget in (designer, dialog, event, missing):
            for text in _texts(widget):
                rest = _KEEP.sub("", text)
                assert not re.search(r"[A-Za-z]{2,}", rest), (type(widget).__name__, text)
        designer.close()
    finally:
        apply_language("en")

"""Every interface string is translatable, translated into Burmese, and compiled."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "thadin_my.ts"
QM = ROOT / "resources" / "translations" / "thadin_my.qm"
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], etree._Element]:
    root = etree.parse(str(path)).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")
            if msg.find("translation").get("type") not in ("obsolete", "vanished")}


def test_the_catalogue_holds_every_string_of_the_interface(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *map(str, sorted((ROOT / "desktop_app" / "ui").glob("*.py"))),
                    "-ts", str(fresh)], check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS)), "run pyside6-lupdate and translate the new strings"


def test_every_string_has_a_burmese_translation():
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        assert translation.get("type") is None, f"{context}: {source!r} is unfinished"
        text = (translation.text or "").strip() or "".join(n.text or "" for n in translation.iter("numerusform"))
        assert text.strip(), f"{context}: {source!r} has no translation"
        assert any("\u1000" <= c <= "\u109f" for c in text) or source in ("Signal:",), (source, text)


def test_the_compiled_catalogue_is_current(tmp_path):
    compiled = tmp_path / "thadin_my.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on thadin_my.ts"


# What stays as it is in the Burmese interface: formats, names and the language picker's own names.
_KEEP = re.compile(r"PDF|DOCX|URL|Signal|Unicode|Thadin|Zawgyi|Noto Sans Myanmar|Noto Serif|Noto Sans|Padauk"
                   r"|https?://…|\(&\w\)|&&|\*\.release\.yaml|\*\.yaml|\.release\.yaml|[\w.-]+\.(pdf|docx|yaml)")


def readable_texts(widget) -> list[str]:
    """Every interface text a person can read in *widget*: labels, buttons, titles, tabs, menus, headers, hints."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QMenu,
        QScrollBar,
        QTableWidget,
        QTabWidget,
        QTextEdit,
        QTreeWidget,
        QWidget,
    )

    found = [widget.windowTitle()] if widget.isWindow() and not widget.windowTitle().endswith("Thadin") else []
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.objectName() in ("letterhead-names", "language-names") or isinstance(child, QScrollBar):
            continue  # names of files and languages; scroll bars speak only to screen readers, in Qt's words
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
            found.append(child.toolTip())
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QMenu):
            found += [a.text() for a in child.actions()] + [child.title()]
        elif isinstance(child, QTableWidget):
            found += [child.horizontalHeaderItem(i).text() for i in range(child.columnCount())
                      if child.horizontalHeaderItem(i)]
        elif isinstance(child, QTreeWidget):
            found += [child.headerItem().text(i) for i in range(child.columnCount())]
        if isinstance(child, (QLineEdit, QTextEdit)):
            found.append(child.placeholderText())
        found.append(child.accessibleName())
    return [t for t in found if t and not t.startswith("/")]  # a folder's path is the folder's name


def english_in(texts: list[str]) -> list[str]:
    return [t for t in texts if re.search(r"[A-Za-z]{2,}", _KEEP.sub("", t))]


def walk_the_start_screen(window, qtbot, tmp_path) -> None:
    """The start screen in Burmese: its doors, a recent file, a missing one, the missing file's question."""
    import shutil

    from desktop_app.resources import sample_release

    here, gone = tmp_path / "ရှိသည်.release.yaml", tmp_path / "ပျောက်.release.yaml"  # the user's names
    for path in (gone, here):
        shutil.copy(sample_release(), path)
        window.remember(path)
    gone.unlink()
    start = window.start
    shown = {"sample bar": start.sample_bar}
    start.show_start()
    screen = start.screen
    shown["start"] = screen
    recent = screen.recent_list
    when = [recent.topLevelItem(r).text(2) for r in range(recent.topLevelItemCount())]
    assert len(when) == 2 and all(when), when
    asked = []
    screen.ask = asked.append
    recent.setCurrentItem(recent.topLevelItem(1))
    screen.open_recent()
    shown["missing file"] = asked[0]
    from desktop_app.ui.start import folder_as_read

    folder = folder_as_read(tmp_path)  # the user's own folder names are theirs, in whatever language

    def said(widget) -> list[str]:
        return [t.replace(folder, "") for t in readable_texts(widget) + [getattr(widget, "text", str)()]]

    failures = {name: english_in(said(widget)) for name, widget in shown.items()}
    failures["recent times"] = english_in(when)
    left = {name: found for name, found in failures.items() if found}
    assert not left, "\n".join(f"{k}: {v}" for k, v in left.items())
    assert start.window_title().startswith("စတင်ရန်")


def test_no_english_anywhere_in_the_burmese_interface(window, qapp, qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.errors import Problem
    from desktop_app.ui import dialogs
    from desktop_app.ui.i18n import apply_language

    window.editor.letterhead.setObjectName("letterhead-names")
    notes = window.editor.notes
    window.editor.setCurrentWidget(notes)  # cited notes, one cited nowhere, a link said to be wrong
    notes.add_note()
    cited = notes.ordered_cards()[0]
    cited.link.setText("peoplesgoal.org")
    cited.link.textEdited.emit("peoplesgoal.org")
    assert apply_language("my")
    qapp.processEvents()  # LanguageChange reaches every widget
    try:
        prompts = window.prompts
        problem = Problem(None, 3, None, "headline.my", "Burmese typed in Zawgyi, not Unicode", "run: thadin fix x")
        window.zawgyi_bar.offer(("body", "my"))
        window.preflight.show_problems([problem])
        preferences = dialogs.PreferencesDialog("my", window)
        preferences.language.setObjectName("language-names")
        shown = {
            "window": window,
            "menus": window.menuBar(),
            "footnote": dialogs.FootnoteDialog({"pg": "1 — ပြည်သူ့ပန်းတိုင်"}, window),
            "delete footnote": notes.delete_box(cited),
            "link": dialogs.LinkDialog("", window),
            "preferences": preferences,
            "unsaved": prompts.unsaved_box("x.release.yaml"),
            "recover": prompts.recover_box("2024-03-31 10:00", "x.release.yaml"),
            "exported": prompts.exported_box([__import__("pathlib").Path("x.pdf")])[0],
            "replace": prompts.replace_box([]),
            "problems": prompts.problems_box("—", [problem], "—"),
            "open": prompts.file_dialog("—", "", "open"),
            "save": prompts.file_dialog("—", "", "save"),
            "folder": prompts.file_dialog("—", "", "folder"),
        }
        for menu in window.menuBar().findChildren(__import__("PySide6.QtWidgets").QtWidgets.QMenu):
            shown[f"menu {menu.title()}"] = menu
        shown["footnote"].problem = lambda: shown["footnote"].tr("Give the footnote a partner link or a text.")
        shown["footnote"]._accept()
        assert cited.link_message.text() and notes.ordered_cards()[-1].cited_label.text()
        failures = {name: english_in(readable_texts(widget)) for name, widget in shown.items()}
        left = {name: found for name, found in failures.items() if found}
        assert not left, "\n".join(f"{k}: {v}" for k, v in left.items())
        assert window.undo_action.text() and english_in([window.undo_action.text()]) == []
        assert isinstance(shown["unsaved"], QMessageBox)
        assert window.windowTitle().startswith("နမူနာ")  # the sample says it is one, in Burmese too
        walk_the_start_screen(window, qtbot, tmp_path)
    finally:
        apply_language("en")

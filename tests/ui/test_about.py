"""Help ▸ About Thadin: the version, the licence and every third-party notice, in both languages."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.ui.about import AboutDialog
from desktop_app.ui.i18n import apply_language


def _help_menu(window):
    """The Help menu, after checking it is on the menu bar (QAction.menu() is avoided: PySide 6.7 mishandles it)."""
    menu = window.help_menu.menu
    assert menu.menuAction() in window.menuBar().actions()
    return menu


def test_help_menu_opens_about_with_licence_and_notices(window, qtbot):
    menu = _help_menu(window)
    assert menu.title() == "&Help" and [a.text() for a in menu.actions()] == ["&About Thadin"]
    seen = {}

    def inspect_and_close():  # runs inside the dialog's event loop; closing deletes it
        dialog = QApplication.activeModalWidget()
        seen.update(kind=type(dialog), title=dialog.windowTitle(), heading=dialog.heading.text(),
                    licence=dialog.licence.toPlainText(), notices=dialog.notices.toPlainText())
        dialog.reject()

    QTimer.singleShot(0, inspect_and_close)
    window.help_menu.about_action.trigger()
    assert seen["kind"] is AboutDialog
    assert seen["title"] == "About Thadin" and __version__ in seen["heading"]
    assert "Apache License" in seen["licence"]
    for needed in ("GNU LESSER GENERAL PUBLIC LICENSE", "replace them with your own build", "ICU", "HarfBuzz",
                   "ReportLab", "python-docx", "PyYAML", "Pillow", "fontTools", "lxml", "myanmartools",
                   "SIL OPEN FONT LICENSE", "Python"):
        assert needed in seen["notices"], needed


def test_about_follows_the_interface_language(window, qtbot):
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    try:
        assert apply_language("my")
        QApplication.processEvents()
        assert _help_menu(window).title() == "အကူအညီ (&H)"
        assert window.help_menu.about_action.text() == "Thadin အကြောင်း (&A)"
        assert dialog.windowTitle() == "Thadin အကြောင်း"
        assert dialog.tabs.tabText(1) == "ပြင်ပဆော့ဖ်ဝဲ အသိပေးချက်များ"
        assert "Apache License 2.0" in dialog.summary.text() and "LGPL" in dialog.summary.text()
    finally:
        apply_language("en")
        QApplication.processEvents()
    assert dialog.windowTitle() == "About Thadin"

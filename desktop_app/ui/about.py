"""Help ▸ About Thadin: version, licence, and the notices of everything Thadin ships.

Thadin is Apache-2.0; the installed app carries Qt (LGPL-3.0), Python, ICU, HarfBuzz and
more, whose licences require their notices to reach the user: this dialog shows the
LICENSE and THIRD-PARTY-NOTICES texts the bundle carries (desktop_app.legal finds them).
``install_help_menu`` adds the Help menu to the main window with a one-line hook.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..legal import LICENCE, NOTICES, legal_text


class AboutDialog(QDialog):
    """Name, version, what Thadin is, its licence, and the third-party notices in tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.resize(720, 560)
        self.heading = QLabel(self)
        self.heading.setTextFormat(self.heading.textFormat().RichText)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.licence = self._text_page(legal_text(LICENCE))
        self.notices = self._text_page(legal_text(NOTICES))
        self.tabs.addTab(self.licence, "")
        self.tabs.addTab(self.notices, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _text_page(self, text: str) -> QPlainTextEdit:
        page = QPlainTextEdit(self)
        page.setReadOnly(True)
        page.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        page.setFont(font)
        page.setPlainText(text)
        return page

    def retranslate(self) -> None:
        """Set every text in the current interface language."""
        self.setWindowTitle(self.tr("About Thadin"))
        self.heading.setText(f"<h2>Thadin {__version__}</h2>")
        summary = self.tr("Bilingual Burmese and English press releases, composed offline and exported as PDF "
                          "and DOCX. Thadin never connects to the network.")
        licence = self.tr("Thadin is free software under the Apache License 2.0. It includes Qt, Python and "
                          "other software under their own licences (Qt under the GNU LGPL version 3, which lets "
                          "you replace the Qt libraries); their notices are in the second tab.")
        self.summary.setText(f"{summary}\n\n{licence}")
        if not self.notices.toPlainText():
            self.notices.setPlainText(self.tr("The third-party notices are missing from this installation."))
        self.tabs.setTabText(0, self.tr("Licence"))
        self.tabs.setTabText(1, self.tr("Third-party notices"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpMenu(QObject):
    """The main window's Help menu; follows the interface language with the window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        window.menuBar().addMenu(self.menu)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu
        self.about_action.triggered.connect(self.show_about)
        self.menu.addAction(self.about_action)
        window.installEventFilter(self)
        self.retranslate()

    def show_about(self) -> None:
        """Open the About dialog (modal to the window); it is deleted when closed."""
        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def retranslate(self) -> None:
        """Set the menu's texts in the current interface language."""
        self.menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Thadin"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_help_menu(window: QMainWindow) -> HelpMenu:
    """Add Help ▸ About Thadin to *window*'s menu bar (the main window's one-line hook)."""
    return HelpMenu(window)

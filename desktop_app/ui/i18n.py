"""Interface languages: English (the source texts) and Burmese (Qt .ts/.qm translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..resources import resource_path

LANGUAGES = {"en": "English", "my": "မြန်မာ"}
_installed: list[QTranslator] = []


def translation_file(code: str) -> str:
    """Return the compiled translation of interface language *code*."""
    return str(resource_path("translations", f"thadin_{code}.qm"))


def apply_language(code: str) -> bool:
    """Switch the interface to *code*; widgets retranslate on the LanguageChange event."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the interface language is set after the application is created")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == "en" or code not in LANGUAGES:
        return code == "en"
    translator = QTranslator(app)
    if not translator.load(translation_file(code)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    """Return the interface language in use ("en" unless a translation is installed)."""
    return "my" if _installed else "en"

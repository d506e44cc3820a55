"""The interface language: English built in, Ukrainian from a Qt Linguist catalogue when present."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reviewer.resources import resource_path

_installed: list[QTranslator] = []


def pick_language(setting: str, system: str | None = None) -> str:
    """``en`` or ``uk`` from the setting (``auto`` follows the system locale)."""
    if setting and setting != "auto":
        return "uk" if setting in ("uk", "ua") else "en"
    name = (system or QLocale.system().name()).lower()
    return "uk" if name.startswith(("uk", "ua")) else "en"


def install_translator(app: QApplication, setting: str) -> str:
    """Install the catalogue for the chosen language; return the language in use."""
    lang = pick_language(setting)
    if lang == "en":
        return "en"
    try:
        path = resource_path("i18n", f"reviewer_{lang}.qm")
    except FileNotFoundError:
        return "en"
    translator = QTranslator(app)
    if translator.load(str(path)):
        app.installTranslator(translator)
        _installed.append(translator)
        return lang
    return "en"

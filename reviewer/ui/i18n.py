"""The interface language: English built in, Ukrainian from a Qt Linguist catalogue when present.

The catalogue is ``resources/i18n/reviewer_uk.qm``, compiled from ``reviewer_uk.ts`` by
``tools/update_translations.py``. Qt's own texts (OK, Cancel, the text fields' context menus) come
from Qt's ``qtbase_uk.qm`` shipped with PySide6.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from reviewer.resources import resource_path

if TYPE_CHECKING:  # only QtCore at run time: chart drawing on a worker imports this module
    from PySide6.QtWidgets import QApplication

LANGUAGES = ("en", "uk")
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it as it is, for a later
    ``QCoreApplication.translate(context, text)``.

    PySide6's own ``QT_TRANSLATE_NOOP`` does the same but is typed as returning ``object``.
    ``pyside6-lupdate`` finds the marked texts by this name, whichever module it comes from.
    """
    return text


def _code(name: str) -> str:
    """``uk`` for ``uk_UA``, ``uk-UA``, ``ua``…; the lower-case language part otherwise."""
    base = name.strip().lower().replace("-", "_").split("_", 1)[0].split(".", 1)[0]
    return "uk" if base in ("uk", "ua", "ukr") else base


def pick_language(setting: str, system: str | Sequence[str] | None = None) -> str:
    """``en`` or ``uk`` from the setting; ``auto`` follows the system's preferred languages.

    ``system`` is a locale name (``uk_UA``) or a list of them in order of preference (as
    ``QLocale.uiLanguages()`` gives, which follows ``LANGUAGE`` and then ``LANG`` on Linux); the
    first one the interface is translated into wins, and English is the fallback.
    """
    if setting and setting != "auto":
        return "uk" if _code(setting) == "uk" else "en"
    if system is None:
        locale = QLocale.system()
        system = [*locale.uiLanguages(), locale.name()]
    names = [system] if isinstance(system, str) else list(system)
    for name in names:
        if _code(name) in LANGUAGES:
            return _code(name)
    return "en"


def _load(app: QApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_translator(app: QApplication, setting: str, system: str | None = None) -> str:
    """Install the catalogues for the chosen language; return the language in use."""
    lang = pick_language(setting, system)
    if lang == "en":
        return "en"
    try:
        path = resource_path("i18n", f"reviewer_{lang}.qm")
    except FileNotFoundError:
        return "en"
    if not _load(app, path.name, str(path.parent)):
        return "en"
    _load(app, f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return lang


def catalogue_files() -> tuple[str, ...]:
    """The files of the catalogues installed now (the chart process installs the same)."""
    return tuple(t.filePath() for t in _installed)


def remove_translators(app: QApplication) -> None:
    """Take out every catalogue :func:`install_translator` put in (English again)."""
    while _installed:
        app.removeTranslator(_installed.pop())

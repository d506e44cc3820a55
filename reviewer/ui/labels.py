"""The words the interface shows for the core's values: statuses, roles, origins, language names,
the reasons a link is flagged.

The core keeps its values as plain English identifiers (``approved``, ``headline``); the window
shows them through these functions, translated in the ``Labels`` context of the Qt Linguist
catalogue. The texts are marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` collects
them, and translated when asked for (after the translator is installed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reviewer.core import languages
from reviewer.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

STATUSES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Labels", "new"),
    "draft": QT_TRANSLATE_NOOP("Labels", "draft"),
    "approved": QT_TRANSLATE_NOOP("Labels", "approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
    "error": QT_TRANSLATE_NOOP("Labels", "error"),
}

ROLES: dict[str, str] = {
    "headline": QT_TRANSLATE_NOOP("Labels", "headline"),
    "subheading": QT_TRANSLATE_NOOP("Labels", "subheading"),
    "caption": QT_TRANSLATE_NOOP("Labels", "caption"),
    "body": QT_TRANSLATE_NOOP("Labels", "body"),
    "quote": QT_TRANSLATE_NOOP("Labels", "quote"),
}

ORIGINS: dict[str, str] = {
    "mt": QT_TRANSLATE_NOOP("Labels", "machine translation"),
    "human": QT_TRANSLATE_NOOP("Labels", "human version"),
    "tm": QT_TRANSLATE_NOOP("Labels", "translation memory"),
    "edited": QT_TRANSLATE_NOOP("Labels", "edited"),
    "repeat": QT_TRANSLATE_NOOP("Labels", "repeat"),
}

LANGUAGE_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "uk": QT_TRANSLATE_NOOP("Labels", "Ukrainian"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
}


# The aligner's flag reasons (reviewer.core.flags.REASONS), in the LinksModel context, where
# the import preview's alignment tab first showed them. Each marked text names the context as a
# literal, as pyside6-lupdate reads only literals; FLAG_CONTEXT is for looking them up.
FLAG_CONTEXT = "LinksModel"
FLAG_REASONS: dict[str, str] = {
    "dropped": QT_TRANSLATE_NOOP("LinksModel", "the human version leaves this out"),
    "added": QT_TRANSLATE_NOOP("LinksModel", "the human version adds this"),
    "fit": QT_TRANSLATE_NOOP("LinksModel", "poor fit (length, numbers, names)"),
    "close": QT_TRANSLATE_NOOP("LinksModel", "another linking is almost as good"),
    "shifted": QT_TRANSLATE_NOOP("LinksModel", "a neighbouring sentence fits better"),
    "gap": QT_TRANSLATE_NOOP("LinksModel", "next to a dropped or added sentence"),
    "merge": QT_TRANSLATE_NOOP("LinksModel", "a merge that may be wrong"),
    "edition": QT_TRANSLATE_NOOP("LinksModel", "only the other edition holds this link"),
    "meaning": QT_TRANSLATE_NOOP("LinksModel", "linked by meaning alone (sentence encoder)"),
    "realigned": QT_TRANSLATE_NOOP("LinksModel",
                                   "made by the realignment (machine translations)"),
}


def translate(text: str) -> str:
    """``text`` in the interface language (the ``Labels`` context)."""
    return QCoreApplication.translate(CONTEXT, text)


def _lookup(table: dict[str, str], value: object) -> str:
    key = str(value)
    return translate(table[key]) if key in table else key


def status_label(status: object) -> str:
    """A review status (``Status`` or its value) as the reviewer reads it: ``approved``."""
    return _lookup(STATUSES, status)


def role_label(role: object) -> str:
    """A segment's role (``Role`` or its value): ``headline``, ``caption``…"""
    return _lookup(ROLES, role)


def origin_label(origin: object) -> str:
    """Where a final text came from (``Origin`` or its value): ``machine translation``…"""
    return _lookup(ORIGINS, origin)


def language_name(code: str) -> str:
    """A language's full name in the interface language (``Ukrainian``); the code if unknown."""
    known = languages.KNOWN.get(code)
    if code in LANGUAGE_NAMES:
        return translate(LANGUAGE_NAMES[code])
    return known.name if known else code


def flag_reasons() -> dict[str, str]:
    """Each flag reason's words in the interface language."""
    return {code: QCoreApplication.translate(FLAG_CONTEXT, text)
            for code, text in FLAG_REASONS.items()}


def flag_note(reason: str) -> str:
    """"check alignment" for a flagged link, with the words of ``reason`` when it is known."""
    if reason in FLAG_REASONS:
        return QCoreApplication.translate("LinksModel", "check alignment: {0}").format(
            flag_reasons()[reason])
    return QCoreApplication.translate("LinksModel", "check alignment")

"""Language codes: ISO 639-1 inside; the newsroom's ``ua`` accepted and shown as users expect."""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core.errors import ReviewerError

ALIASES: dict[str, str] = {"ua": "uk", "ukr": "uk", "rus": "ru", "eng": "en"}


@dataclass(frozen=True)
class Language:
    """A language the app knows: its code, how users label it, and its English and native names."""

    code: str
    label: str
    name: str
    native: str


KNOWN: dict[str, Language] = {
    "en": Language("en", "EN", "English", "English"),
    "uk": Language("uk", "UA", "Ukrainian", "Українська"),
    "ru": Language("ru", "RU", "Russian", "Русский"),
}

SOURCE_DEFAULT = "en"
TARGETS_DEFAULT: tuple[str, ...] = ("uk", "ru")


class UnknownLanguageError(ReviewerError):
    """A language code that is neither known nor shaped like an ISO 639-1 code."""


def normalize(code: str) -> str:
    """Return the canonical code for ``code``: ``ua`` and ``UA`` become ``uk``.

    Codes outside ``KNOWN`` are accepted when they look like ISO 639-1 (two letters), so that
    more languages can be added without a code change; anything else is rejected.
    """
    text = code.strip().lower().replace("_", "-")
    base = text.split("-", 1)[0]
    base = ALIASES.get(base, base)
    if len(base) == 2 and base.isascii() and base.isalpha():
        return base
    raise UnknownLanguageError(f"unknown language code {code!r} (expected e.g. en, uk/ua, ru)")


def label(code: str) -> str:
    """Return the short label a user expects for ``code``: ``uk`` is shown as ``UA``."""
    lang = KNOWN.get(normalize(code))
    return lang.label if lang else normalize(code).upper()


def parse_list(text: str) -> list[str]:
    """Parse a comma-separated list such as ``ua,ru`` into canonical codes, without duplicates."""
    codes: list[str] = []
    for part in text.split(","):
        if part.strip():
            code = normalize(part)
            if code not in codes:
                codes.append(code)
    return codes


def order(codes: list[str] | tuple[str, ...]) -> list[str]:
    """Sort language codes as the newsroom lists them: uk, then ru, then the rest alphabetically."""
    preferred = {code: i for i, code in enumerate(TARGETS_DEFAULT)}
    return sorted(codes, key=lambda c: (preferred.get(c, len(preferred)), c))

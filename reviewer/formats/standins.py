"""Printable stand-ins that hide characters from a parser that would fold, drop or recompose them.

trafilatura folds every Unicode space with ``str.split()``, deletes format characters (soft
hyphen, zero-width joiners) and applies NFC; markdown-it-py strips Unicode spaces at the ends of
paragraphs and headings. To keep the text exactly as the file has it, a reader replaces such
characters with ``⸢hex⸣`` (``⸢a0⸣`` for U+00A0) before the parser sees them and puts them back in
what it returns. ``⸢`` and ``⸣`` themselves are replaced too, so the round trip is exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from reviewer.core.spaces import ORDINARY

OPEN, CLOSE = "\u2e22", "\u2e23"
_STAND_IN = re.compile(f"{OPEN}([0-9a-f]{{1,6}}){CLOSE}")
_FOLDED_OR_DROPPED = frozenset({"Zs", "Zl", "Zp", "Cf", "Co", "Mn", "Mc", "Me"})


class StandIns(dict[int, int | str]):
    """A ``str.translate`` table filled as characters are met: a stand-in, or the character."""

    def __init__(self, hidden: Callable[[str], bool]) -> None:
        super().__init__()
        self.hidden = hidden

    def __missing__(self, code: int) -> int | str:
        char = chr(code)
        value: int | str = (f"{OPEN}{code:x}{CLOSE}" if char in (OPEN, CLOSE) or self.hidden(char)
                            else code)
        self[code] = value
        return value

    def hide(self, text: str) -> str:
        """``text`` with stand-ins for the hidden characters."""
        return text.translate(self)


def restore(text: str) -> str:
    """``text`` with every stand-in replaced by its character."""
    return _STAND_IN.sub(lambda m: chr(int(m.group(1), 16)), text) if OPEN in text else text


UNICODE_SPACES = StandIns(lambda c: c.isspace() and c not in ORDINARY)
"""Hides whitespace other than ordinary (ASCII) whitespace: NBSP, U+202F, U+2028 ..."""

NOT_PLAIN = StandIns(lambda c: c == "\u2424" or (
    c != " " and unicodedata.category(c) in _FOLDED_OR_DROPPED))
"""Hides what trafilatura changes: Unicode spaces, format characters, combining marks, U+2424."""

"""Text made safe for XML 1.0 (TMX, XLIFF, DOCX, XLSX, HTML), escaped fast for streaming writers.

XML 1.0 cannot carry the C0 control characters other than tab, line feed and carriage return,
nor U+FFFE, U+FFFF or unpaired surrogates: no parser reads a file that holds them, even as
``&#1;``. Exports therefore change them, and say where:

* U+000B (vertical tab) and U+000C (form feed), which Word uses for manual line and page
  breaks, become a space, so that the words on either side stay apart;
* every other such character is dropped;
* except in XLIFF 2 source and target text, which has a standard element for them: each becomes
  ``<cp hex="0007"/>`` and reads back as the character, so nothing is lost.

Everything else is kept as it is, including ``&``, ``<``, quotes, emoji, zero-width characters,
right-to-left marks and C1 controls, escaped where XML needs it. A carriage return is written
as ``&#13;`` so that a parser does not turn it into a line feed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ATTR_SPECIAL = re.compile('[&<>"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')
_SPACED = {"\x0b": " ", "\x0c": " "}
_SPLIT = re.compile("([\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff])")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (vertical tab, form feed become spaces)."""
    if not FORBIDDEN.search(text):
        return text
    return FORBIDDEN.sub(lambda m: _SPACED.get(m.group(), ""), text)


@dataclass
class CleanReport:
    """How many forbidden characters an export changed, and in which units (by key)."""

    changed: int = 0
    units: list[str] = field(default_factory=list)

    def note(self, key: str, count: int) -> None:
        """Record ``count`` characters changed in unit ``key``."""
        self.changed += count
        if not self.units or self.units[-1] != key:
            self.units.append(key)

    def message(self) -> str:
        """One line for the user, or ``""`` when nothing was changed."""
        if not self.changed:
            return ""
        shown = ", ".join(self.units[:10]) + (" ..." if len(self.units) > 10 else "")
        return (f"{self.changed} control character(s) that XML 1.0 cannot hold were removed "
                f"(vertical tab and form feed became spaces) in {shown}")


class Escaper:
    """Escapes text for element content and attributes, cleaning and counting as it goes.

    Writers set :attr:`where` to the key of the unit being written so that the report can say
    which units lost characters; the common case (nothing to escape) costs one regex search.
    """

    def __init__(self, report: CleanReport | None = None) -> None:
        self.report = report if report is not None else CleanReport()
        self.where = ""

    def _clean(self, s: str) -> str:
        n = len(FORBIDDEN.findall(s))
        if n:
            self.report.note(self.where, n)
            s = clean(s)
        return s

    def text(self, s: str) -> str:
        """``s`` escaped for element content."""
        if not _TEXT_SPECIAL.search(s):
            return s
        s = self._clean(s)
        if "&" in s:
            s = s.replace("&", "&amp;")
        if "<" in s:
            s = s.replace("<", "&lt;")
        if ">" in s:
            s = s.replace(">", "&gt;")
        if "\r" in s:
            s = s.replace("\r", "&#13;")
        return s

    def inline(self, s: str) -> str:
        """``s`` escaped for XLIFF 2 inline content: forbidden characters become ``<cp hex>``.

        XLIFF 2 (unlike TMX and XLIFF 1.2) can carry them this way, so nothing is lost; only
        unpaired surrogates, which no UTF-8 file can hold, are dropped (and counted).
        """
        if not FORBIDDEN.search(s):
            return self.text(s)
        out = []
        for piece in _SPLIT.split(s):
            if len(piece) == 1 and FORBIDDEN.match(piece):
                if "\ud800" <= piece <= "\udfff":
                    self.report.note(self.where, 1)
                else:
                    out.append(f'<cp hex="{ord(piece):04X}"/>')
            elif piece:
                out.append(self.text(piece))
        return "".join(out)

    def attr(self, s: str) -> str:
        """``s`` escaped for a double-quoted attribute value (tabs and newlines kept as such)."""
        if not _ATTR_SPECIAL.search(s):
            return s
        s = self._clean(s)
        return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
                .replace("\r", "&#13;"))

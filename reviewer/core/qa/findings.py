"""What a QA check reports: typed findings with offsets, the check ids, and the switches.

A :class:`Finding` is plain data: the check that raised it (``kind``), a finer ``code``, a
message written for a translator, a severity, and character offsets into the source and the
target text (``[start, end)``, Python string indices) so that the window can highlight them.
Cross-edition findings also carry the other language and offsets into its text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from reviewer.core.errors import ReviewerError


class Severity(StrEnum):
    """How sure a check is that something is wrong."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Span(NamedTuple):
    """Character offsets ``[start, end)`` of a highlighted part of a text."""

    start: int
    end: int


@dataclass(frozen=True)
class Finding:
    """One problem a check found in one segment's target text.

    ``kind`` is the check id (see :data:`CHECKS`); ``code`` says which problem of that check
    (``number-missing``, ``number-changed``...). ``source_spans`` point into the segment's
    source, ``target_spans`` into the checked target text. For the ``editions`` check,
    ``other_lang`` is the edition that has what this one lacks and ``other_spans`` point into it.
    """

    kind: str
    code: str
    message: str
    severity: Severity = Severity.WARNING
    source_spans: tuple[Span, ...] = ()
    target_spans: tuple[Span, ...] = ()
    other_lang: str | None = None
    other_spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CheckInfo:
    """A check's id, its short title for menus and filters, and what it looks for."""

    id: str
    title: str
    description: str


CHECKS: dict[str, CheckInfo] = {c.id: c for c in (
    CheckInfo("numbers", "Numbers and dates",
              "numbers, amounts, percentages, currencies and dates of the source that are "
              "missing or changed in the translation"),
    CheckInfo("names", "Names and acronyms",
              "Latin-script names and acronyms of the source that are neither kept nor "
              "transliterated in the translation"),
    CheckInfo("punctuation", "End punctuation",
              "the translation ends with different punctuation than the source"),
    CheckInfo("quotes", "Quotation marks",
              "English or straight quotation marks where «» are expected"),
    CheckInfo("spaces", "Doubled spaces", "two or more spaces in a row"),
    CheckInfo("untranslated", "Untranslated", "the translation is the source text unchanged"),
    CheckInfo("script", "Wrong script or language",
              "Latin-heavy text, letters of the other Cyrillic language, mixed-script words"),
    CheckInfo("length", "Length", "the translation is much shorter or longer than usual"),
    CheckInfo("glossary", "Glossary", "a glossary term of the source is not translated as agreed"),
    CheckInfo("editions", "Across editions",
              "a number, date or name that one edition has and the other lacks"),
    CheckInfo("spelling", "Spelling",
              "words the language's Hunspell dictionary does not know, less the glossary's "
              "terms, the article's names and the words added to the library's dictionary"),
)}

ALL_CHECKS: frozenset[str] = frozenset(CHECKS)

#: At most this many findings of one text are listed; the rest are one "and N more" finding.
MAX_FINDINGS = 30


def cap(findings: list[Finding], limit: int = MAX_FINDINGS) -> list[Finding]:
    """The first ``limit`` findings and, when there are more, one that says how many more.

    A 40 KB segment of ``U.S.U.S.`` could raise thousands, which no one reads and which kept the
    window busy for seconds; the extra finding has the kind of the most frequent one left out.
    """
    if len(findings) <= limit:
        return findings
    rest = findings[limit:]
    kinds = Counter(f.kind for f in rest)
    detail = ", ".join(f"{kind} {n}" for kind, n in kinds.most_common())
    return [*findings[:limit], Finding(
        kinds.most_common(1)[0][0], "more",
        f"…and {len(rest)} more findings in this text, not listed ({detail}).", Severity.INFO)]


class UnknownCheckError(ReviewerError):
    """A check id that does not exist."""


def parse_checks(text: str) -> frozenset[str]:
    """Parse ``numbers,names`` into check ids; an unknown id is refused, naming the known ones."""
    ids = {part.strip().lower() for part in text.split(",") if part.strip()}
    unknown = sorted(ids - ALL_CHECKS)
    if unknown:
        raise UnknownCheckError(
            f"unknown check {', '.join(unknown)} (known: {', '.join(CHECKS)})")
    return frozenset(ids)


#: Accepted target/source character ratios per target language: the 0.3-0.5 % tails of the
#: human translations of NTREX-128 (1,969 lines) and WMT23 (509 lines) fall outside.
LENGTH_BANDS: dict[str, tuple[float, float]] = {"uk": (0.6, 1.8), "ru": (0.6, 1.9)}
LENGTH_BAND_OTHER = (0.5, 2.0)


@dataclass(frozen=True)
class QAConfig:
    """Which checks run, and the limits of the length check.

    ``length_bands`` gives the accepted range of target/source character ratios per target
    language; the length check looks only at sources of at least ``length_min_chars``.
    """

    enabled: frozenset[str] = ALL_CHECKS
    length_bands: dict[str, tuple[float, float]] = field(
        default_factory=lambda: dict(LENGTH_BANDS))
    length_min_chars: int = 20

    def on(self, check: str) -> bool:
        """Tell whether ``check`` is switched on."""
        return check in self.enabled

    def band(self, lang: str) -> tuple[float, float]:
        """The accepted length ratio range for ``lang``."""
        return self.length_bands.get(lang, LENGTH_BAND_OTHER)

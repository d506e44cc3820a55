"""The project glossary in the core: entries, term matching in the source, and the glossary check.

Source terms (English) match whole words, case-insensitively (acronyms such as ``US`` only in
capitals), with plural and possessive endings (``air defense system`` finds ``air defense
systems``, ``NATO's``, ``ally`` finds ``allies``) and a hyphen or a space between words. Target
terms (Ukrainian, Russian) match by stem, to tolerate case endings: each word keeps its first
75 % (at least three letters, ``оборона`` -> ``оборон…`` finds ``обороною``; a word ending in a
consonant has one letter more room, ``снаряд`` finds ``снарядами``), the Ukrainian і/о/е
alternation of a closed syllable is allowed (``Київ`` finds ``Києві``, ``рік`` finds ``року``),
a hyphenated word takes its endings on its last part (``Нью-Йорку``), any apostrophe stands for
another (``об'єкт``, ``обʼєкт``), acronyms match exactly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from reviewer.core.qa.findings import Finding, Severity, Span

_SEP = r"[\s\u00a0\u202f\-‐–]+"
_ALTERNATING = "іїоеєи"
_VOWELS = "аеєиіїоуюяьыэё"
_APOSTROPHES = "'’ʼ`"
_APOSTROPHE = "['’ʼ`]"
_NO_APOSTROPHE = str.maketrans("", "", _APOSTROPHES)
_DASH = "[-‐–]"


@dataclass(frozen=True)
class Term:
    """One glossary row: a source term, a target language and the agreed target term."""

    source: str
    lang: str
    target: str
    note: str = ""


@dataclass(frozen=True)
class GlossaryEntry:
    """A source term with its agreed target terms per language (first = preferred) and notes."""

    source: str
    targets: dict[str, tuple[str, ...]]
    note: str = ""


@dataclass(frozen=True)
class TermMatch:
    """A glossary term found in a source text, at ``[start, end)``."""

    start: int
    end: int
    text: str
    entry: GlossaryEntry

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@cache
def source_pattern(term: str) -> re.Pattern[str]:
    """The regex that finds an English glossary term, with plural and possessive endings."""
    words = term.split()
    parts = [_source_word(w) for w in words]
    flags = 0 if all(_is_acronym(w) for w in words) else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + _SEP.join(parts) + r"(?![\w])", flags)


def _source_word(word: str) -> str:
    """An English word with its plural and possessive endings (ally: allies, ally's)."""
    if not word[-1:].isalpha():
        return re.escape(word)
    if len(word) > 2 and word[-1] == "y" and word[-2] not in "aeiou":
        return re.escape(word[:-1]) + r"(?:y(?:'s|’s)?|ies|ies'|ies’)"
    return re.escape(word) + r"(?:s|es|'s|’s|s'|s’)?"


def _stem_word(word: str) -> str:
    if _is_acronym(word) or any(c.isdigit() for c in word):
        return re.escape(word)
    head, dash, last = word.rpartition("-")
    if dash and last:  # Нью-Йорк: the last part takes the endings (Нью-Йорку)
        return "".join(_letter(c) for c in head) + _DASH + _stem_word(last)
    if not word.translate(_NO_APOSTROPHE).isalpha():
        return re.escape(word)
    size = max(3, math.ceil(len(word) * 0.75))  # a word of up to three letters is kept whole
    stem = word[:size].lower()
    chars = [_letter(c) for c in stem]
    for k in range(max(0, len(stem) - 2), len(stem)):  # Київ/Києві, рік/року
        if stem[k] in "іїо" and k > 0:
            chars[k] = f"[{_ALTERNATING}]"
    # An ending replaces a final vowel (оборона, обороною) or is added to a consonant
    # (снаряд, снарядами): one letter more room after a consonant.
    added = 2 if word[-1].lower() in _VOWELS else 3
    ending = max(3, len(word) - size + added)
    return "".join(chars) + rf"\w{{0,{ending}}}"


def _letter(c: str) -> str:
    """One character of a target term: any apostrophe for an apostrophe (об'єкт, обʼєкт)."""
    return _APOSTROPHE if c in _APOSTROPHES else re.escape(c)


@cache
def target_pattern(term: str) -> re.Pattern[str]:
    """The regex that finds a Ukrainian or Russian target term in any case form."""
    parts = [_stem_word(w) for w in term.split()]
    flags = 0 if all(_is_acronym(w) for w in term.split()) else re.IGNORECASE
    return re.compile(r"(?<![\w])" + _SEP.join(parts) + r"(?![\w])", flags)


def find_target(term: str, text: str) -> list[Span]:
    """Where a target term occurs in ``text``, in any case form."""
    return [Span(m.start(), m.end()) for m in target_pattern(term).finditer(text)]


class Glossary:
    """The terms of a project, grouped into entries by source term (case-insensitively)."""

    def __init__(self, terms: Iterable[Term] = ()):
        grouped: dict[str, tuple[str, dict[str, list[str]], list[str]]] = {}
        for t in terms:
            source, target = " ".join(t.source.split()), " ".join(t.target.split())
            if not source or not target:
                continue
            _, targets, notes = grouped.setdefault(source.casefold(), (source, {}, []))
            if target not in targets.setdefault(t.lang, []):
                targets[t.lang].append(target)
            if t.note and t.note not in notes:
                notes.append(t.note)
        self.entries: list[GlossaryEntry] = [
            GlossaryEntry(source, {lang: tuple(ts) for lang, ts in targets.items()},
                          "; ".join(notes))
            for source, targets, notes in grouped.values()
        ]

    def __len__(self) -> int:
        return len(self.entries)

    def find_terms(self, source: str) -> list[TermMatch]:
        """Glossary terms in ``source``, longest first where they overlap, in reading order."""
        found = [TermMatch(m.start(), m.end(), m.group(), entry)
                 for entry in self.entries
                 for m in source_pattern(entry.source).finditer(source)]
        found.sort(key=lambda t: (t.start - t.end, t.start))
        kept: list[TermMatch] = []
        for match in found:
            if all(match.end <= k.start or k.end <= match.start for k in kept):
                kept.append(match)
        return sorted(kept, key=lambda t: t.start)


def check_glossary(source: str, target: str, lang: str, glossary: Glossary | None) -> list[Finding]:
    """Glossary terms of the source whose agreed translation the target does not use."""
    out: list[Finding] = []
    for match in glossary.find_terms(source) if glossary else []:
        wanted = match.entry.targets.get(lang, ())
        if not wanted or any(find_target(t, target) for t in wanted):
            continue
        options = " or ".join(f"“{t}”" for t in wanted)
        note = f" Note: {match.entry.note}" if match.entry.note else ""
        out.append(Finding("glossary", "term-not-used",
                           f"Glossary: “{match.text}” should be translated as {options}.{note}",
                           Severity.WARNING, (match.span,)))
    return out

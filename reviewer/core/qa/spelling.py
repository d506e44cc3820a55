"""Spellchecking of translations: the words of a text, which of them are misspelt, and why not.

The dictionaries are Hunspell's (uk_UA, ru_RU, en_US) reached through Enchant
(:mod:`reviewer.core.dictionaries`); this module only needs something with ``check(word)`` and
``suggest(word)``, so tests can pass a set of words. A word counts as correct when the
dictionary knows it in any of its spellings: each apostrophe form (``’ ' ʼ``, Ukrainian
``інтерв’ю``), ``ё`` written as ``е`` and the other way round, a hyphenated word as a whole or
part by part. Words the person added to their dictionary, the glossary's target terms (in any
case form) and the article's names rendered in the translation (what the names check finds) are
accepted too. Numbers, words with digits, acronyms and words in another script than the
language's are not checked: other checks see those.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from reviewer.core.qa.findings import Finding, Severity, Span
from reviewer.core.qa.glossary import Glossary, find_target
from reviewer.core.qa.names import NameContext, NameRef, source_names
from reviewer.core.qa.translit import spells

APOSTROPHES = "'’ʼ"
#: A word: letters (with combining marks), joined inside by apostrophes or hyphens.
_WORD = re.compile(r"[^\W_](?:[\w\u0301]|['’ʼ](?=[^\W_])|-(?=[^\W_]))*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
#: Languages written in Cyrillic; the rest are checked on Latin-script words.
CYRILLIC_LANGS = frozenset({"uk", "ru", "be", "bg", "sr", "mk"})
#: At most this many misspelt words of one text are reported.
MAX_MISSPELT = 30


class Speller(Protocol):
    """What the checker needs of a dictionary."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


@dataclass(frozen=True)
class Word:
    """A word of a text at ``[start, end)``."""

    text: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class SpellingAids:
    """What the spelling check needs beyond the text: a dictionary per language (looked up
    when first needed) and the words people added, case-folded, per language."""

    dictionaries: Callable[[str], Speller | None]
    added: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def speller(self, lang: str) -> Speller | None:
        return self.dictionaries(lang)

    def accepted(self, lang: str) -> frozenset[str]:
        return self.added.get(lang, frozenset())


def words(text: str) -> Iterator[Word]:
    """The words of ``text``, apostrophes and inner hyphens kept inside them (``5-го`` is one
    word; the check passes over words with digits)."""
    for m in _WORD.finditer(text):
        yield Word(m.group(), m.start(), m.end())


def in_script(word: str, lang: str) -> bool:
    """Tell whether ``word`` is written in the script of ``lang`` (mixed words are)."""
    if lang in CYRILLIC_LANGS:
        return bool(_CYRILLIC.search(word))
    return bool(_LATIN.search(word)) and not _CYRILLIC.search(word)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def spellings(word: str) -> list[str]:
    """``word`` and its other accepted spellings: each apostrophe form, ё for е and е for ё."""
    forms = [word.replace("\u0301", "")]
    if any(a in word for a in APOSTROPHES):
        base = forms[0]
        for a in APOSTROPHES:
            forms.append("".join(a if c in APOSTROPHES else c for c in base))
    for form in list(forms):
        if "ё" in form or "Ё" in form:
            forms.append(form.replace("ё", "е").replace("Ё", "Е"))
        else:  # any one е may be a ё written plainly (еще = ещё, все = всё)
            forms += [form[:i] + ("ё" if c == "е" else "Ё") + form[i + 1:]
                      for i, c in enumerate(form) if c in "еЕ"]
    return list(dict.fromkeys(forms))


def known(word: str, speller: Speller, accepted: Collection[str] = ()) -> bool:
    """Tell whether ``word`` is spelt right: in the dictionary or accepted, in any spelling,
    as a whole or (when hyphenated) each part."""
    for form in spellings(word):
        if form.casefold() in accepted or speller.check(form):
            return True
    if "-" in word:
        return all(known(part, speller, accepted) for part in word.split("-") if part)
    return False


def term_spans(text: str, lang: str, glossary: Glossary | None) -> list[Span]:
    """Where the glossary's target terms in ``lang`` occur in ``text``, in any case form."""
    if glossary is None:
        return []
    return [span for entry in glossary.entries for term in entry.targets.get(lang, ())
            for span in find_target(term, text)]


def source_name_refs(source: str, context: NameContext | None = None) -> list[NameRef]:
    """The names of ``source`` a translation may render: those the names check knows, and
    every capitalised Latin word (a name that opens the sentence is still a name)."""
    refs = source_names(source, context)
    seen = {r.text for r in refs}
    for m in re.finditer(r"[A-Z][A-Za-z]+", source):
        if m.group() not in seen:
            seen.add(m.group())
            refs.append(NameRef(m.group(), Span(m.start(), m.end())))
    return refs


def renders_name(word: str, refs: Iterable[NameRef], lang: str) -> bool:
    """Tell whether ``word`` of a translation spells one of the names ``refs`` in ``lang``
    (in any case form: ``Трампа``, ``Твиттере``), by the names check's equivalents and
    transliteration."""
    pieces = [p for p in word.split("-") if p]
    for ref in refs:
        if ref.equivalent is not None and ref.equivalent.pattern(lang).match(word):
            return True
        parts = [p for p in re.split(r"[-'’\s]", ref.text) if len(p) >= 2]
        if any(spells(part, piece) for part in parts for piece in pieces):
            return True
    return False


def misspelt(text: str, lang: str, speller: Speller, *, accepted: Collection[str] = (),
             also_right: Iterable[Span] = (), names: Collection[NameRef] = ()) -> list[Word]:
    """The words of ``text`` (in ``lang``) that ``speller`` does not know.

    ``accepted`` holds case-folded words taken as right (the person's own dictionary);
    ``also_right`` spans of the text whose words are right (glossary terms); a capitalised
    word that renders one of ``names`` is right too.
    """
    right = sorted(also_right)
    out: list[Word] = []
    for word in words(text):
        if (len(word.text) < 2 or not in_script(word.text, lang) or _is_acronym(word.text)
                or any(c.isdigit() for c in word.text)):
            continue
        if any(s.start <= word.start and word.end <= s.end for s in right):
            continue
        if known(word.text, speller, accepted):
            continue
        if names and word.text[0].isupper() and renders_name(word.text, names, lang):
            continue
        out.append(word)
    return out


def check_spelling(text: str, lang: str, speller: Speller | None, *, source: str = "",
                   accepted: Collection[str] = (), glossary: Glossary | None = None,
                   context: NameContext | None = None) -> list[Finding]:
    """The ``spelling`` QA check: one finding per misspelt word (none without a dictionary)."""
    if speller is None:
        return []
    found = misspelt(text, lang, speller, accepted=accepted,
                     also_right=term_spans(text, lang, glossary),
                     names=source_name_refs(source, context) if source else ())
    out = [Finding("spelling", "misspelt", f"“{w.text}” is not in the {lang} dictionary.",
                   Severity.INFO, (), (w.span,)) for w in found[:MAX_MISSPELT]]
    if len(found) > MAX_MISSPELT:
        out.append(Finding("spelling", "more",
                           f"…and {len(found) - MAX_MISSPELT} more unknown words.",
                           Severity.INFO))
    return out


def suggestions(word: str, speller: Speller, limit: int = 8) -> list[str]:
    """What ``speller`` proposes for ``word``, best first, written with the word's own
    apostrophe (the dictionary answers with ``'``; a text typed with ``’`` keeps ``’``)."""
    mark = next((c for c in word if c in APOSTROPHES), "’")
    out: list[str] = []
    for s in speller.suggest(word):
        fixed = "".join(mark if c in APOSTROPHES else c for c in s)
        if fixed not in out and fixed != word:
            out.append(fixed)
    return out[:limit]

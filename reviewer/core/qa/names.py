"""Latin-script names and acronyms of the source, and whether a translation keeps them.

A name is kept when the translation has it verbatim (``ANSA``, ``Samp-T``), renders it as the
known-equivalents table says (``Kyiv`` = ``Київ``/``Киев``, ``NATO`` = ``НАТО``, ``EU`` = ``ЄС``),
or has a Cyrillic word that spells it (``Stoltenberg`` = ``Столтенберга``, see
:mod:`reviewer.core.qa.translit`). A capitalised word opening a sentence counts as a name only
when the article uses it capitalised elsewhere too (pass those words as ``context``, see
:func:`article_names`), so ``Situation at the front`` raises nothing while ``Stoltenberg said``
does; title-case headings are treated the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.core.qa.equivalents import EQUIVALENTS, NOT_NAMES, Equivalent
from reviewer.core.qa.findings import Finding, Severity, Span
from reviewer.core.qa.translit import spells, transliterate

_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ'’ʼ-]*")
_OPENING = "\"'“‘«„([—–- \u00a0"
_POSSESSIVE = re.compile(r"['’]s?$")
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|m|d|t)$|n['’]t$", re.IGNORECASE)


@dataclass(frozen=True)
class NameRef:
    """A name of the source: its text, where it is, and its known equivalent if it has one."""

    text: str
    span: Span
    equivalent: Equivalent | None = None

    @property
    def is_acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def _initial(text: str, start: int) -> bool:
    """Tell whether the word at ``start`` opens a sentence (or the text)."""
    pos = start
    while pos > 0 and text[pos - 1] in _OPENING:  # reads back over the openers only
        pos -= 1
    return pos == 0 or text[pos - 1] in ".!?…"


_SMALL = frozenset("with from into over than that this after about amid says upon onto".split())


def _title_case(text: str) -> bool:
    """A Title Case Heading: three words or more and no long word in lower case."""
    words = [w for w in _LATIN.findall(text) if len(w) >= 4 and w.lower() not in _SMALL]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _word_tokens(text: str) -> Iterable[tuple[str, int, int]]:
    for m in _LATIN.finditer(text):
        word = _POSSESSIVE.sub("", m.group())
        if word[-1:] == "s" and len(word) >= 3 and word[:-1].isupper():  # AMs, MPs
            word = word[:-1]
        if word:
            yield word, m.start(), m.start() + len(word)


@dataclass(frozen=True)
class NameContext:
    """What the whole article tells about its words.

    ``names`` are capitalised in mid-sentence somewhere (names even where they open one);
    ``common`` are written in lower case somewhere (``the Welsh assembly``), so their
    capitalised use (``the Assembly Commission``) is an institution's translated name.
    """

    names: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()


def article_names(sources: Iterable[str]) -> NameContext:
    """Collect the article-wide :class:`NameContext` from all its source segments."""
    names: set[str] = set()
    common: set[str] = set()
    for text in sources:
        title = _title_case(text)
        for word, start, _ in _word_tokens(text):
            if word.islower():
                common.add(word)
            elif not title and word.lower() not in NOT_NAMES and not _initial(text, start):
                names.add(word)
    return NameContext(frozenset(names), frozenset(common))


def source_names(source: str, context: NameContext | None = None) -> list[NameRef]:
    """The names and acronyms of an English source sentence, in reading order."""
    refs: list[NameRef] = []
    taken = bytearray(len(source))  # 1 where an equivalent's match lies (linear, not per span)
    for eq in EQUIVALENTS:
        for m in eq.pattern("en").finditer(source):
            if m.end() > m.start() and taken.find(1, m.start(), m.end()) < 0:
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                refs.append(NameRef(m.group(), Span(m.start(), m.end()), eq))
    ctx = context or NameContext()
    title = _title_case(source)
    for word, start, end in _word_tokens(source):
        if taken.find(1, start, end) >= 0:
            continue
        ref = NameRef(word, Span(start, end))
        if (not word[0].isupper() or word.lower() in NOT_NAMES or _CONTRACTION.search(word)
                or sum(c.isalpha() for c in word) < 2):
            continue
        if not ref.is_acronym and (word.lower() in ctx.common or (
                (title or _initial(source, start)) and word not in ctx.names)):
            continue
        refs.append(ref)
    return sorted(refs, key=lambda r: r.span)


def find_name(ref: NameRef, target: str, lang: str) -> Span | None:
    """Where the translation keeps or renders ``ref``, or ``None``."""
    if ref.equivalent is not None:
        m = ref.equivalent.pattern(lang).search(target)
        if m:
            return Span(m.start(), m.end())
        if ref.is_acronym or " " in ref.text:
            return None  # Kanye West may be Вест; the West is not
    verbatim = re.search(rf"(?<![\w-]){re.escape(ref.text)}(?![\w])", target, re.IGNORECASE)
    if verbatim:
        return Span(verbatim.start(), verbatim.end())
    parts = [p for p in re.split(r"[-'’]", ref.text) if sum(c.isalpha() for c in p) >= 2]
    spans: list[Span] = []
    for part in parts or [ref.text]:
        span = _find_part(part, target, lang)
        if span is None:
            return None
        spans.append(span)
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _find_part(part: str, target: str, lang: str) -> Span | None:
    for eq in EQUIVALENTS:
        if eq.pattern("en").fullmatch(part):
            m = eq.pattern(lang).search(target)
            if m:
                return Span(m.start(), m.end())
    m = re.search(rf"(?<![\w-]){re.escape(part)}(?!\w)", target, re.IGNORECASE)
    if m:
        return Span(m.start(), m.end())
    for w in _CYRILLIC.finditer(target):
        if spells(part, w.group()):
            return Span(w.start(), w.end())
        offset = w.start()
        for piece in w.group().split("-"):  # Сан-Дієго, Сен-Мартену
            if piece and spells(part, piece):
                return Span(offset, offset + len(piece))
            offset += len(piece) + 1
    return None


def expected(ref: NameRef, lang: str) -> str:
    """How the translation could render ``ref``, for a message."""
    if ref.equivalent is not None:
        return ref.equivalent.show(lang)
    shown = "-".join(transliterate(p, lang) if p[:1].isalpha() else p
                     for p in ref.text.split("-"))
    return f"{ref.text}” or “{shown}" if ref.is_acronym else shown


#: How many different names of one text are looked up in a translation; a text with more is
#: not a news sentence, and each lookup reads the whole translation.
MAX_NAMES = 100
NOT_CHECKED = Span(-1, -1)
"""What :func:`find_names` gives for a name past :data:`MAX_NAMES`."""


def find_names(refs: list[NameRef], target: str, lang: str) -> list[Span | None]:
    """:func:`find_name` for each ref, each different name looked up once (``NATO`` 16,000
    times is one lookup) and at most :data:`MAX_NAMES` of them (the rest: :data:`NOT_CHECKED`)."""
    found: dict[tuple[str, Equivalent | None], Span | None] = {}
    out: list[Span | None] = []
    for ref in refs:
        key = (ref.text, ref.equivalent)
        if key not in found:
            if len(found) >= MAX_NAMES:
                out.append(NOT_CHECKED)
                continue
            found[key] = find_name(ref, target, lang)
        out.append(found[key])
    return out


def check_names(source: str, target: str, lang: str,
                context: NameContext | None = None) -> list[Finding]:
    """Names and acronyms of ``source`` that ``target`` neither keeps nor transliterates."""
    out: list[Finding] = []
    refs = source_names(source, context)
    spans = find_names(refs, target, lang)
    unchecked = {r.text for r, span in zip(refs, spans, strict=True) if span == NOT_CHECKED}
    for ref, span in zip(refs, spans, strict=True):
        if span is None:
            what = "acronym" if ref.is_acronym else "name"
            out.append(Finding("names", f"{what}-missing",
                               f"The {what} “{ref.text}” is not in the translation, neither kept "
                               f"nor rendered (expected e.g. “{expected(ref, lang)}”).",
                               Severity.WARNING, (ref.span,)))
    if unchecked:
        out.append(Finding("names", "names-not-checked",
                           f"{len(unchecked)} more names of this long text were not looked up "
                           f"(only the first {MAX_NAMES} different ones are).", Severity.INFO))
    return out

"""Paragraph and sentence segmentation of news text in English, Ukrainian and Russian.

The sentence splitter is a small rule set over per-language word lists; ``bench/segmentation.py``
compares it with choppa-srx, pysbd, razdel and sentencex on NTREX-128 and WMT23, where it scored
best in every language. A candidate break is a run of ``.``, ``!``, ``?`` or ``…``, optionally
closed by quotes or brackets, followed by whitespace. It is taken only when the text after it
(past opening quotes and dashes) starts with a capital, a digit or a currency sign, so
``"Why?" he asked``, ``т. п.``, ``2024 р. було`` and ``?» — запитав він`` stay whole, and then
only when none of these holds:

* the sentence so far is a list number (``1. Створіть ...``), a dateline (``АСТАНА. КАЗІНФОРМ``)
  or bare punctuation (``... When``);
* it ends in ``?``/``!`` inside quotes and a name with a reporting verb follows
  (``"Are you ready?" CNN reported.``);
* the word before a single ``.`` is an abbreviation: ``NEVER`` ones never end a sentence
  (``Mr.``, ``вул.``, ``т. е.``); ``NUMERIC`` ones do not before a number (``Jan. 5``,
  ``груд. 2023``, ``3,5 млн. 300``); ``GUARDED`` ones, initials (``В.``, ``Дж.``) and dotted
  acronyms (``U.S.``) end one only before a word that usually starts a sentence (``The``, ``Він``,
  ``В``), an opening quote, or (after a Latin acronym) a capitalised Cyrillic word. So
  ``В. Зеленський``, ``м. Київ``, ``ст. 15``, ``2018 г. в`` stay whole while ``in the U.S. The``
  and ``у 2024 р. Це`` are split.

A sentence that goes on after an author's words (``«Так, — сказав він. — Ні».``) is split
before the dash, as the English ``"Yes," he said. "No."`` is. Languages other than en/uk/ru get
the same rules with only the Latin-script lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reviewer.core import spaces
from reviewer.core.abbreviations import (
    GUARDED,
    LATIN_GUARDED,
    LATIN_NEVER,
    LATIN_NUMERIC,
    LATIN_REPORTING,
    LATIN_STARTERS,
    NEVER,
    NUMERIC,
    STARTERS,
)
from reviewer.core.languages import normalize

_OPENERS = "\"'«“„‘‚([{"
_CLOSERS = "\"'»”’)]}"
_DASHES = "-‐‑‒–—―"
# Only ordinary whitespace ends a sentence: a no-break space binds (``р.\u00a0Київ``).
# A run of stops is tried only from its first character and never given back, so a paragraph of
# 40,000 dots is read once rather than once per dot.
_CANDIDATE = re.compile(
    r"(?<![.!?…])[.!?…]++[" + re.escape(_CLOSERS) + r"]*+(" + spaces.SPACE_CLASS + "++)"
)
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[IVXivx]{1,4}|[a-zA-Z])[.)]")
_SPEAKER = re.compile(r"([A-Z][\w.'’-]*)\s+(?:[A-Z][\w.'’-]*\s+){0,3}(\w+)")
_LEAD = re.compile(r"[ \t\n\r\f\v" + re.escape(_OPENERS + _DASHES + "»") + "]*")  # »Wie« too
_ALNUM = re.compile(r"[^\W_]")
_NEXT_WORD = re.compile(r"([^\W\d_]+)(\.?)")
_ACRONYM = re.compile(r"[^\W\d_]\.(?:[^\W\d_]\.)*[^\W\d_]")



def split_paragraphs(text: str) -> list[str]:
    """Split ``text`` into paragraphs with ordinary whitespace normalised to single spaces.

    When the text has at least one blank line, paragraphs are separated by blank lines and a
    single newline inside a paragraph is a wrapped line (it becomes a space). Text without any
    blank line is taken as one paragraph per line, which is how news copied from a web page or
    exported one-paragraph-per-line arrives. Empty paragraphs (a line of no-break spaces, as web
    pages pad with, is empty too) are dropped; no-break spaces inside a paragraph are kept.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [line if line.strip() else "" for line in lines]  # a line of padding is blank
    if any(not line for line in lines[1:-1]):
        blocks = re.split(r"\n[^\S\n]*\n", "\n".join(lines))
    else:
        blocks = lines
    return [para for para in (spaces.fold(block) for block in blocks) if para.strip()]


def split_sentences(paragraph: str, lang: str) -> list[str]:
    """Split one paragraph into sentences for ``lang`` (``en``, ``uk``/``ua``, ``ru``, or other).

    Each sentence is a slice of ``paragraph`` with the ordinary whitespace around it stripped, so
    joining the sentences with the whitespace between them gives back the paragraph stripped of
    ordinary whitespace. Only ordinary whitespace separates sentences; no-break spaces, soft
    hyphens and the rest stay inside the sentences as they are.

    The work is linear in the paragraph: each candidate break looks only at the words next to it
    (never at the whole sentence so far or the whole rest), so a 500 KB paragraph of ``Mr. Mr.``
    or of dots takes about as long per character as an ordinary one (``bench/text_growth.py``).
    """
    rules = _rules(normalize(lang))
    sentences: list[str] = []
    start = _skip_space(paragraph, 0)
    alnum_at = -1  # where the sentence begun at ``start`` first has a letter or digit, if known
    scanned = start
    for match in _CANDIDATE.finditer(paragraph):
        if match.end() >= len(paragraph):
            break
        end = match.start(1)
        if alnum_at < start:
            alnum_at = _first_alnum(paragraph, max(scanned, start), end)
            scanned = end
        head = _Head(paragraph, start, end, has_alnum=start <= alnum_at < end)
        if _is_break(head, match.end(), rules):
            sentences.append(paragraph[start:end])
            start = match.end()
    last = spaces.strip(paragraph[start:])
    if last.strip():
        sentences.append(last)
    return sentences


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in spaces.ORDINARY:
        pos += 1
    return pos


def _first_alnum(text: str, lo: int, hi: int) -> int:
    """The first position in ``text[lo:hi]`` holding a letter or digit, or ``-1``."""
    found = _ALNUM.search(text, lo, hi)
    return found.start() if found else -1


@dataclass(frozen=True)
class _Head:
    """The sentence so far, ``text[start:end]``, read only near its end."""

    text: str
    start: int
    end: int
    has_alnum: bool

    def whole(self, limit: int) -> str | None:
        """The head itself when it is at most ``limit`` characters long."""
        return self.text[self.start : self.end] if self.end - self.start <= limit else None

    def last_words(self, stop: int) -> tuple[str, str, bool]:
        """The last two words of ``text[start:stop]`` (split at any whitespace, as
        ``str.split()`` does) and whether that slice is one word and nothing else."""
        text, lo = self.text, self.start
        pos = stop
        while pos > lo and text[pos - 1].isspace():
            pos -= 1
        last_end = pos
        while pos > lo and not text[pos - 1].isspace():
            pos -= 1
        last, single = text[pos:last_end], pos == lo and last_end == stop
        while pos > lo and text[pos - 1].isspace():
            pos -= 1
        before_end = pos
        while pos > lo and not text[pos - 1].isspace():
            pos -= 1
        return last, text[pos:before_end], single


@dataclass(frozen=True)
class _Rules:
    """The word lists one language's splitter uses (casefolded)."""

    never: frozenset[str]
    numeric: frozenset[str]
    guarded: frozenset[str]
    starters: frozenset[str]
    reporting: frozenset[str]


@cache
def _rules(code: str) -> _Rules:
    def pick(latin: frozenset[str], table: dict[str, frozenset[str]]) -> frozenset[str]:
        return latin | table.get(code, frozenset())

    return _Rules(
        never=pick(LATIN_NEVER, NEVER),
        numeric=pick(LATIN_NUMERIC, NUMERIC),
        guarded=pick(LATIN_GUARDED, GUARDED),
        starters=pick(LATIN_STARTERS, STARTERS),
        reporting=LATIN_REPORTING,
    )


def _is_break(head: _Head, after: int, rules: _Rules) -> bool:
    """Decide whether a sentence ends with ``head`` (ending in punctuation) before ``after``."""
    text = head.text
    lead = _LEAD.match(text, after)
    assert lead is not None  # _LEAD matches the empty string
    at = lead.end()
    if at >= len(text) or not _starts_sentence(text[at]):
        return False
    short = head.whole(8)
    if short is not None and _LIST_MARKER.fullmatch(short):
        return False
    if not head.has_alnum:  # "... When the ground for ..."
        return False
    # The head ends in its candidate's run of stops, none of them a closer, so this stops inside
    # the head, after the letter or digit it holds: ``body_end - 2 >= head.start`` from here on.
    body_end = head.end
    while text[body_end - 1] in _CLOSERS:
        body_end -= 1
    if text[body_end - 1] in "?!" and body_end != head.end:  # "Are you ready?" CNN reported.
        speaker = _SPEAKER.match(text, at)
        return not (
            speaker
            and speaker.group(2).casefold() in rules.reporting
            and speaker.group(1).casefold() not in rules.starters
        )
    if text[body_end - 1] != "." or text[body_end - 2 : body_end] == "..":
        return True
    last, before, single = head.last_words(body_end - 1)
    if single and body_end == head.end and _is_dateline(last + "."):
        return False
    word = last.lstrip(_OPENERS)
    keys = {word.casefold()}
    if before.endswith("."):  # two-part ones: т. е., т. зв.
        keys.add(f"{before.lstrip(_OPENERS)}{word}".casefold())
    initial = len(word) == 1 and word.isupper()
    if not initial and keys & rules.never:
        return False
    if not initial and keys & rules.numeric:
        return not text[at].isdigit()
    if initial or keys & rules.guarded or (word[:1].isupper() and _ACRONYM.fullmatch(word)):
        found = _NEXT_WORD.match(text, at)
        next_word = found.group(1) if found else ""
        if found and found.group(2) and len(next_word) == 1:  # 2019 г. В. Путин
            next_word = ""
        script_change = (
            not initial and word.isascii() and next_word[:1].isupper() and not next_word.isascii()
        )
        quoted = text[after] in "«“„"  # a quotation opens: 2030 г. «Увеличение ...
        return script_change or quoted or next_word.casefold() in rules.starters
    return True


def _starts_sentence(char: str) -> bool:
    """A sentence starts with a capital (or an uncased letter), a digit or a currency sign."""
    return (char.isalpha() and not char.islower()) or char.isdigit() or char in "$€£¥₴₽#@"


def _is_dateline(head: str) -> bool:
    """A place name in capitals opening a news item: ``АСТАНА.``, ``GAZIANTEP.``."""
    name = head[:-1]
    return (
        head.endswith(".") and len(name) >= 3 and name.isupper() and name.replace("-", "").isalpha()
    )

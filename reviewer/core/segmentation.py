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
from reviewer.core.languages import normalize

_OPENERS = "\"'«“„‘‚([{"
_CLOSERS = "\"'»”’)]}"
_DASHES = "-‐‑‒–—―"
# Only ordinary whitespace ends a sentence: a no-break space binds (``р.\u00a0Київ``).
_CANDIDATE = re.compile(r"(?:[.!?…]+)[" + re.escape(_CLOSERS) + r"]*(" + spaces.SPACE_CLASS + "+)")
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[IVXivx]{1,4}|[a-zA-Z])[.)]")
_SPEAKER = re.compile(r"([A-Z][\w.'’-]*)\s+(?:[A-Z][\w.'’-]*\s+){0,3}(\w+)")
_LEAD = re.compile(r"^[ \t\n\r\f\v" + re.escape(_OPENERS + _DASHES + "»") + "]*")  # »Wie« too
_ACRONYM = re.compile(r"[^\W\d_]\.(?:[^\W\d_]\.)*[^\W\d_]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Latin-script abbreviations: English, and quoted in Ukrainian and Russian news as they are.
_LATIN_NEVER = _words("""
    mr mrs ms messrs mme mlle dr prof sen rep gov gen lt col sgt capt cmdr adm maj rev hon pres
    supt insp det fr mt ft st vs v e.g i.e cf sens reps govs
""")
_LATIN_NUMERIC = _words("""
    no nos jan feb mar apr jun jul aug sep sept oct nov dec p pp vol art ch para fig approx est
""")
_LATIN_GUARDED = _words("jr sr a.m p.m ave blvd rd")
_LATIN_REPORTING = _words("""
    said says added asked told reported wrote tweeted explained continued insisted replied
    recalled noted stated emphasized emphasised declared shouted admitted warned exclaimed
""")
_LATIN_STARTERS = _words("""
    the this that these those he she it we they i you his her its their our my there then so if
    as when while after before however meanwhile also for of to by with from some many most one
    but and in on at a an mr mrs ms dr what why how who where
""")

_NEVER: dict[str, frozenset[str]] = {
    "uk": _words("""
        вул просп пров бульв пл ім акад проф доц св ген див напр зокр тов д-р ред
        англ нім франц фр лат т.зв т.я
    """),
    "ru": _words("""
        ул просп пр-т пер бульв пл акад проф доц св ген напр тов д-р ред
        англ франц фр лат т.е т.н т.к
    """),
}
_NUMERIC: dict[str, frozenset[str]] = {
    "uk": _words("""
        п пп ч № стор січ лют бер квіт трав черв лип серп вер верес жовт лист груд
        тис млн млрд трлн грн коп євро год хв сек км кг
    """),
    "ru": _words("""
        п пп ч № стр янв фев февр мар апр авг сен сент окт ноя нояб дек
        тыс млн млрд трлн руб коп евро мин сек км кг
    """),
}
_GUARDED: dict[str, frozenset[str]] = {
    "uk": _words("м с р рр ст о оз обл смт р-н т дж дол"),
    "ru": _words("г гг р с ст см о оз обл пос т им дж долл дол"),
}
_STARTERS: dict[str, frozenset[str]] = {
    "uk": _words("""
        у в на за це цей ця ці він вона воно вони ми я ви але проте однак та і й а як що коли
        після до під тоді також крім раніше нагадаємо із з через наразі там тут так ні його її їх
        при серед ще вже тому отже водночас зараз по від для потім згодом нині наприклад
    """),
    "ru": _words("""
        в во на за это этот эта эти он она оно они мы я вы но однако и а как что когда после до
        под тогда также кроме ранее напомним из с со через сейчас там тут так нет его ее её их
        при среди еще ещё уже поэтому итак по от для потом затем позже ныне например
    """),
}


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
    """
    rules = _rules(normalize(lang))
    sentences: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        if match.end() >= len(paragraph):
            break
        head = paragraph[start : match.start(1)]
        if head.strip() and _is_break(spaces.strip(head), paragraph[match.end() :], rules):
            sentences.append(spaces.strip(head))
            start = match.end()
    last = spaces.strip(paragraph[start:])
    if last.strip():
        sentences.append(last)
    return sentences


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
        never=pick(_LATIN_NEVER, _NEVER),
        numeric=pick(_LATIN_NUMERIC, _NUMERIC),
        guarded=pick(_LATIN_GUARDED, _GUARDED),
        starters=pick(_LATIN_STARTERS, _STARTERS),
        reporting=_LATIN_REPORTING,
    )


def _is_break(head: str, rest: str, rules: _Rules) -> bool:
    """Decide whether a sentence ends with ``head`` (ending in punctuation) before ``rest``."""
    tail = _LEAD.sub("", rest, count=1)
    if not tail or not _starts_sentence(tail[0]):
        return False
    if _LIST_MARKER.fullmatch(head) or _is_dateline(head):
        return False
    if not any(char.isalnum() for char in head):  # "... When the ground for ..."
        return False
    body = head.rstrip(_CLOSERS)
    if body[-1] in "?!" and body != head:  # "Are you ready?" CNN reported.
        speaker = _SPEAKER.match(tail)
        return not (
            speaker
            and speaker.group(2).casefold() in rules.reporting
            and speaker.group(1).casefold() not in rules.starters
        )
    if not body.endswith(".") or body.endswith(".."):
        return True
    words = body[:-1].split()
    word = words[-1].lstrip(_OPENERS) if words else ""
    keys = {word.casefold()}
    if len(words) > 1 and words[-2].endswith("."):  # two-part ones: т. е., т. зв.
        keys.add(f"{words[-2].lstrip(_OPENERS)}{word}".casefold())
    initial = len(word) == 1 and word.isupper()
    if not initial and keys & rules.never:
        return False
    if not initial and keys & rules.numeric:
        return not tail[0].isdigit()
    if initial or keys & rules.guarded or (word[:1].isupper() and _ACRONYM.fullmatch(word)):
        found = re.match(r"([^\W\d_]+)(\.?)", tail)
        next_word = found.group(1) if found else ""
        if found and found.group(2) and len(next_word) == 1:  # 2019 г. В. Путин
            next_word = ""
        script_change = (
            not initial and word.isascii() and next_word[:1].isupper() and not next_word.isascii()
        )
        quoted = rest[0] in "«“„"  # a quotation opens: 2030 г. «Увеличение ...
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

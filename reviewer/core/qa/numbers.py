"""Numbers, amounts, times and dates of a text as comparable facts.

A fact is a value with its unit: ``5 million``, ``5 млн``, ``5 мільйонів``, ``5 000 000`` and
``п'ять мільйонів`` are all 5000000; ``1,000`` = ``1 000`` (no-break or narrow no-break space)
= ``1000``; ``3.5`` = ``3,5``; ``$5`` and ``5 доларів`` both carry the unit USD, ``5%`` and
``5 відсотків`` the unit ``%``. Months are facts of their own (``Feb. 29`` = ``29 лютого`` =
``29 февраля`` is the number 29 and the month 2 on both sides), and so are clock times
(``3 p.m.`` = ``15:00``, and ``о 15-й`` through its hour). Imperial measures of the source and
metric ones of a translation are marked, since translators convert them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from reviewer.core.anchors import normalize_number
from reviewer.core.qa import numwords as W
from reviewer.core.qa.findings import Span

_SP = " \u00a0\u202f\u2009"
_TOKEN = re.compile(
    r"(?P<date>(?<![\d.])(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})(?![\d]))"
    r"|(?P<ampm>(?<![\d.,:])(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s?(?P<ap>[ap])\.?\s?m\b\.?)"
    r"|(?P<clock>(?<![\d.,:])(?P<ch>\d{1,2}):(?P<cm>\d{2})(?![\d:]))"
    rf"|(?P<num>(?<![\d.,])(?:\d{{1,3}}(?:[{_SP}]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)(?!\d))"
    r"|(?P<word>[^\W\d_]+(?:['’ʼ][^\W\d_]+)*\.?)",
    re.IGNORECASE,
)
_GAP = re.compile(r"[\s\-‐–]*(?:and\s+)?$")
_MONTH_CONTEXT = frozenset("in of late early mid since until by last next this from to end "
                           "on".split())
_MONTH_NAMES = ("January February March April May June July August September October "
                "November December").split()


@dataclass(frozen=True)
class Fact:
    """A number, month or clock time found in a text, with its unit and where it is.

    ``kind`` is ``number``, ``month`` or ``time`` (``value`` in minutes after midnight);
    ``unit`` is ``%``, a currency code, ``imperial``, ``metric`` or empty.
    """

    kind: str
    value: Decimal
    unit: str
    span: Span
    text: str
    weak: bool = False

    @cached_property
    def key(self) -> str:
        return f"{self.kind}:{self.value.normalize()}"

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """Every key this fact may match: a full hour also matches its number (3 p.m. = 15)."""
        if self.kind == "time" and int(self.value) % 60 == 0:
            hour = int(self.value) // 60
            return (self.key, f"number:{hour}", f"number:{(hour - 1) % 12 + 1}")
        return (self.key,)

    def label(self) -> str:
        """The value as a translator reads it: ``5,000,000``, ``3.5``, ``2024``, ``February``."""
        if self.kind == "month":
            return _MONTH_NAMES[int(self.value) - 1]
        if self.kind == "time":
            return f"{int(self.value) // 60}:{int(self.value) % 60:02d}"
        return format_value(self.value)


def format_value(value: Decimal) -> str:
    """``5000000`` -> ``5,000,000``; years stay ``2024``; ``3.50`` -> ``3.5``."""
    value = value.normalize()
    if value == value.to_integral_value():
        number = int(value)
        return str(number) if 1000 <= number <= 2100 else f"{number:,}"
    return format(value, "f")


def extract(text: str, lang: str) -> list[Fact]:
    """Every number, month and clock time of ``text`` (``en``, ``uk`` or ``ru``), in order."""
    tokens = list(_TOKEN.finditer(text))
    facts: list[Fact] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.group("date"):
            facts.extend(_numeric_date(tok))
        elif tok.group("ampm") and lang == "en" or tok.group("clock"):
            facts.append(_time(tok))
        elif tok.group("num") or tok.group("ampm"):
            i = _number(text, tokens, i, lang, facts)
            continue
        else:
            i = _words(text, tokens, i, lang, facts)
            continue
        i += 1
    return facts


def _numeric_date(tok: re.Match[str]) -> list[Fact]:
    out = []
    for name, kind in (("d", "number"), ("m", "month"), ("y", "number")):
        start, end = tok.span(name)
        out.append(Fact(kind, Decimal(int(tok.group(name))), "", Span(start, end), tok.group(name)))
    return out


def _time(tok: re.Match[str]) -> Fact:
    if tok.group("clock"):
        hour, minute = int(tok.group("ch")), int(tok.group("cm"))
    else:
        hour, minute = int(tok.group("h")) % 12, int(tok.group("min") or 0)
        hour += 12 if tok.group("ap").lower() == "p" else 0
    return Fact("time", Decimal(hour * 60 + minute), "", Span(*tok.span()), tok.group())


def _next_word(text: str, tokens: Sequence[re.Match[str]], i: int, gap: str = r"\s*") -> str | None:
    """The lowercased word token after token ``i`` when only ``gap`` separates them."""
    if i + 1 < len(tokens) and tokens[i + 1].group("word"):
        if re.fullmatch(gap, text[tokens[i].end():tokens[i + 1].start()]):
            return tokens[i + 1].group("word").lower().rstrip(".")
    return None


def _number(text: str, tokens: Sequence[re.Match[str]], i: int, lang: str,
            facts: list[Fact]) -> int:
    tok = tokens[i]
    lead = re.match(r"[\d.,\s\u00a0\u202f\u2009]+", tok.group())
    assert lead is not None, "a number token starts with a digit"
    digits = lead.group().strip()
    value = Decimal(normalize_number(digits))
    start, end = tok.start(), tok.start() + len(digits)
    unit = _unit_before(text, start)
    glued = _next_word(text, tokens, i, gap="")
    consumed = i + 1
    if unit and glued in W.GLUED_MAGNITUDE:
        value *= W.GLUED_MAGNITUDE[glued]
        end, consumed = tokens[i + 1].end(), i + 2
    else:
        word = _next_word(text, tokens, i)
        mag = W.magnitude(word, lang) if word else None
        if mag:
            value *= mag[0]
            end, consumed = tokens[i + 1].end(), i + 2
    unit = unit or _unit_after(text, end, lang)
    facts.append(Fact("number", value, unit, Span(start, end), text[start:end]))
    return consumed


def _initial(text: str, start: int) -> bool:
    pos = start
    while pos > 0 and text[pos - 1] in " \"'“‘«(—–-":  # reads back over these only, not the text
        pos -= 1
    return pos == 0 or text[pos - 1] in ".!?:"


def _words(text: str, tokens: Sequence[re.Match[str]], i: int, lang: str,
           facts: list[Fact]) -> int:
    word = tokens[i].group("word").rstrip(".")
    lower = word.lower().translate(W.APOSTROPHES)
    found = W.month(lower, lang)
    if found and _is_month(text, tokens, i, word, lang, found[1]):
        start = tokens[i].start()
        facts.append(Fact("month", Decimal(found[0]), "", Span(start, start + len(word)), word))
        return i + 1
    if lang == "en" and word[:1].isupper() and not _initial(text, tokens[i].start()):
        return i + 1  # Four Corners, Two Sessions: a name, not a number
    weak = W.weak_number(lower, lang)
    if weak is not None:
        start = tokens[i].start()
        facts.append(Fact("number", Decimal(weak), "", Span(start, start + len(word)), word,
                          weak=True))
        return i + 1
    spelled, hundreds = W.SPELLED.get(lang, {}), W.HUNDRED.get(lang, frozenset())
    total, current, j, any_number, singular = Decimal(0), Decimal(0), i, False, True
    while j < len(tokens) and tokens[j].group("word"):
        w = tokens[j].group("word").rstrip(".").lower().translate(W.APOSTROPHES)
        if j > i and not _GAP.match(text[tokens[j - 1].end():tokens[j].start()]):
            break
        mag = W.magnitude(w, lang)
        if w in spelled:
            current += spelled[w]
            any_number = True
        elif w in W.ONES.get(lang, ()) and any_number and current % 10 == 0:
            current += 1  # twenty-one; "one" alone is not counted
        elif w in hundreds and any_number:
            current *= 100
        elif mag:
            singular = any_number or mag[1]
            total += (current if any_number else Decimal(1)) * mag[0]
            current, any_number = Decimal(0), True
            j += 1
            break
        elif not any_number and (glued := _glued_half(w, lang)) is not None:
            total, any_number = glued, True  # півмільйона, полмиллиона
            j += 1
            break
        elif not any_number and w == W.HALF.get(lang) and (k := _after_half(tokens, j, lang)):
            current, any_number = Decimal("0.5"), True  # half a million, пів мільйона
            j = k
            continue
        else:
            break
        j += 1
    if j == i or not any_number:
        return i + 1
    start, end = tokens[i].start(), tokens[j - 1].start() + len(
        tokens[j - 1].group().rstrip("."))
    unit = _unit_before(text, start) or _unit_after(text, end, lang)
    facts.append(Fact("number", total + current, unit, Span(start, end), text[start:end],
                      weak=not singular))
    return j


def _glued_half(w: str, lang: str) -> Decimal | None:
    """The value of a "half" glued to a magnitude (``півмільйона`` = 500,000), else None."""
    half = W.HALF.get(lang)
    mag = W.magnitude(w[len(half):], lang) if half and w.startswith(half) else None
    return Decimal("0.5") * mag[0] if mag else None


def _after_half(tokens: Sequence[re.Match[str]], j: int, lang: str) -> int:
    """Where the magnitude after the "half" at ``tokens[j]`` is (``half a million``: past
    the "a"), 0 when none follows."""
    k = j + 1
    if lang == "en" and k < len(tokens) and (tokens[k].group("word") or "").lower() == "a":
        k += 1
    word = tokens[k].group("word") if k < len(tokens) else None
    return k if word and W.magnitude(word.rstrip(".").lower(), lang) is not None else 0


def _is_month(text: str, tokens: Sequence[re.Match[str]], i: int, word: str, lang: str,
              abbreviation: bool) -> bool:
    """Abbreviations need a number next to them (in English a full stop will do: ``since
    Jan.``; in uk and ru many are words too: ``лист.``, ``трав.``); English months a capital,
    and ``May``/``March`` a date around them."""
    before = tokens[i - 1].group() if i > 0 else ""
    after = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    dated = before[:1].isdigit() or after[:1].isdigit()
    if abbreviation and not (dated or (lang == "en" and tokens[i].group().endswith("."))):
        return False
    if lang != "en":
        return True
    if not word[:1].isupper():
        return False
    return word.lower() not in {"may", "march"} or dated or before.lower() in _MONTH_CONTEXT


def _unit_before(text: str, start: int) -> str:
    head = text[max(0, start - 5):start]
    for pattern, unit in W.UNITS_BEFORE:
        if re.search(rf"(?:{pattern})[{_SP}]?$", head):
            return unit
    return ""


def _unit_after(text: str, end: int, lang: str) -> str:
    tail = text[end:end + 40]
    if lang == "en" and re.match(W.IMPERIAL_AFTER, tail, flags=re.IGNORECASE) and not re.match(
            r"\s?pounds?\s+sterling", tail):
        return "imperial"
    for pattern, unit in W.UNITS_AFTER.get(lang, W.UNITS_AFTER["en"]):
        if re.match(rf"[{_SP}]*\.?[{_SP}]*(?:{pattern})", tail, flags=re.IGNORECASE):
            return unit
    if lang != "en" and re.match(W.METRIC_AFTER, tail, flags=re.IGNORECASE):
        return "metric"
    return ""

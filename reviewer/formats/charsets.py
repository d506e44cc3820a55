"""Telling legacy Cyrillic encodings apart: Windows-1251, KOI8-U, KOI8-R (and Windows-1252).

The same bytes decode without error in all of these, so the choice rests on how plausible each
decoding is as Ukrainian, Russian or Western text. A wrong choice has tell-tale signs:

* letter frequencies stop looking like Ukrainian or Russian (``а`` turns into ``ю``, ``о`` into
  ``н``...) and the commonest short words (``на``, ``що``, ``что``...) vanish;
* capitalised words come out with inverted case, ``пРИВЕТ`` (KOI8 and Windows-1251 put capitals
  and small letters in swapped halves). The share of small letters is deliberately *not* scored:
  text set in capitals would then read best misdecoded;
* pseudo-graphics, C1 control characters, Serbian/Macedonian letters or ``¦`` appear
  (Ukrainian ``і ї є ґ`` in KOI8-U read as Windows-1251, or in Windows-1251 read as KOI8-R);
* one word mixes Latin and Cyrillic letters, or Latin words are made of accented letters only
  (Cyrillic read as Windows-1252).

``score`` adds these up; ``best_legacy`` picks the best candidate and refuses (returns ``None``)
when even the best one looks garbled or two different readings are equally plausible. The letter
frequencies are rounded from the Ukrainian and Russian NTREX-128 news references.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

CANDIDATES: tuple[str, ...] = ("cp1251", "koi8-u", "koi8-r", "cp1252")
SAMPLE_BYTES = 256 * 1024  # enough to judge by; the whole file is then decoded with the winner

_UK = (
    "о9.3 а8.3 н7.0 і6.2 и5.8 в5.5 т5.2 р5.1 е5.1 с4.1 л3.7 д3.6 у3.5 к3.4 м3.2 п3.1 з2.4 я2.2 "
    "г1.6 б1.6 ь1.5 й1.2 ч1.2 х1.0 ж0.9 ц0.8 ю0.8 ш0.8 ї0.7 щ0.6 є0.5 ф0.3 ґ0.05"
)
_RU = (
    "о10.9 е8.7 а7.8 и7.6 н6.7 т6.5 с5.4 р5.2 в4.6 л4.3 м3.2 к3.1 д3.1 п3.0 у2.4 я1.9 ы1.8 б1.7 "
    "г1.6 з1.6 ь1.5 ч1.4 й1.3 ж1.0 х0.9 ю0.7 ш0.7 ц0.5 э0.4 щ0.4 ф0.3 ъ0.05 ё0.05"
)
_FLOOR = math.log(0.0002)
COMMON_WEIGHT = 2.0
_FOOTING = -3.0  # Latin text scores as plausible Cyrillic does (freq -3.2, some common words)


def _table(spec: str) -> dict[str, float]:
    return {item[0]: math.log(float(item[1:]) / 100) for item in spec.split()}


_FREQ = (_table(_UK), _table(_RU))

# The commonest short words of Ukrainian and Russian news: a fifth to a third of all words in real
# text, almost none in a misread one (whatever its case).
COMMON = frozenset(
    "в у і й и та а але на не ні що з із зі до по за від для як це ця ці цей той та ті про при "
    "він вона вони воно ми ви я його її їх їм був була були було буде є вже ще також так коли де "
    "який яка які яке щоб після під над між через або чи лише тільки все всі може року році "
    "с со к о об от из без что как это эта эти этот тот те он она они оно мы вы его ее их им был "
    "была были было будет уже еще также когда где который которая которые чтобы после под над "
    "между через или ли только все всех может года году но же бы".split()
)

# Pseudo-graphics and C1 controls: never in news text, always there when KOI8 is misread.
_GRAPHICS = re.compile("[\u0080-\u009f\u2500-\u25ff\u2320\u2321\u2219\u221a\u2248\u2264\u2265]")
# Characters that do not occur in Ukrainian, Russian or English news text but do occur when
# Cyrillic is decoded with the wrong table.
_SUSPICIOUS = re.compile(
    "[\u0080-\u009f\u2500-\u25ff\u2320\u2321\u2219\u221a\u2248\u2264\u2265\u00a6\u00a4"
    "\u0402\u0403\u0453\u0409\u040a\u040c\u040b\u040f\u0452\u0459\u045a\u045c\u045b\u045f"
    "\u0408\u0405\u0455\u0458\u00b5\u00b6\u00ac\u00f7\u00b2\u00a9\u00ae\u2122\u02c6\u02dc\u2030]"
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Reading:
    """One candidate decoding and how plausible it is (higher is better)."""

    encoding: str
    text: str
    score: float
    garbled: bool


def score(text: str) -> tuple[float, bool]:
    """Return ``(plausibility, garbled)`` for ``text`` decoded with some candidate encoding."""
    visible = sum(1 for ch in text if not ch.isspace()) or 1
    suspicious = len(_SUSPICIOUS.findall(text)) / visible
    letters = bad = latin = accented = mixed = 0
    cyr: list[str] = []
    cyr_words = common = 0
    for word in _WORD.findall(text):
        letters += len(word)
        cyrillic = [ch for ch in word if "\u0400" <= ch <= "\u04ff"]
        if cyrillic and len(cyrillic) != len(word):
            bad += len(word)  # Latin and Cyrillic letters in one word
            mixed += 1
        elif cyrillic:
            if len(word) > 1 and word[0].islower() and not word.islower():
                bad += len(word)  # "пРИВЕТ": case inverted inside the word
            cyr.extend(cyrillic)
            cyr_words += 1
            common += word.lower() in COMMON
        else:
            latin += len(word)
            accented += sum(1 for ch in word if not ch.isascii())
    if accented > 1 and accented / latin > 0.3:
        bad += accented  # Cyrillic read as Windows-1252: "Ïðèâåò"; real Western text has few
    letters = letters or 1
    graphics = len(_GRAPHICS.findall(text))
    odd = min(graphics, 6) + min(mixed, 6)  # each is near proof, however long the text
    value = -20.0 * suspicious - 0.5 * odd - 5.0 * bad / letters
    if cyr:
        freq = max(sum(t.get(ch.lower(), _FLOOR) for ch in cyr) / len(cyr) for t in _FREQ)
        share = len(cyr) / letters  # Latin letters keep the footing below
        value += share * (freq + COMMON_WEIGHT * common / cyr_words) + (1 - share) * _FOOTING
        unlikely = freq < -3.7 and len(cyr) >= 12  # a few letters prove little either way
        garbled = suspicious > 0.01 or bad / letters > 0.15 or unlikely
    else:
        value += _FOOTING
        garbled = suspicious > 0.01 or bad / letters > 0.15
    return value, garbled


def readings(data: bytes) -> list[Reading]:
    """Decode ``data`` with every candidate that accepts it, best reading first."""
    found: list[Reading] = []
    for encoding in CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        value, garbled = score(text)
        found.append(Reading(encoding, text, value, garbled))
    found.sort(key=lambda r: (r.garbled, -r.score))
    return found


def best_legacy(data: bytes, *, margin: float = 0.15) -> Reading | None:
    """Return the one plausible legacy reading of ``data``, or ``None`` if there is none or a tie.

    Readings that give the same text (KOI8-R and KOI8-U agree on Russian) do not compete.
    """
    found = readings(data[:SAMPLE_BYTES])
    if not found or found[0].garbled:
        return None
    best = found[0]
    for other in found[1:]:
        if other.text != best.text and not other.garbled and best.score - other.score < margin:
            return None
    if len(data) > SAMPLE_BYTES:
        try:
            return Reading(best.encoding, data.decode(best.encoding), best.score, best.garbled)
        except UnicodeDecodeError:
            return None
    return best

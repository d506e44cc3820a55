"""Word tables for the number check: spelled numbers, magnitudes, months and units in en/uk/ru.

Spelled numbers are listed in the case forms news text uses (``шість``, ``шести``, ``шістьох``).
"One" (``one``, ``один``, ``одна``) counts only after a round number of the same run
(``twenty-one``, ``сто одна``): alone it is a pronoun as often as a number. "Half" counts only
before a magnitude (``half a million``, ``пів мільйона``, ``полмиллиона``).
Plural magnitudes without a number (``millions of``, ``мільйони``, ``тисячі``) are vague and are
not counted; the singular ones are (``the promised million shells`` = ``мільйона снарядів``).
"""

from __future__ import annotations

import re
from decimal import Decimal

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


def _forms(table: dict[int, str]) -> dict[str, int]:
    return {form: value for value, forms in table.items() for form in forms.split()}


def _uk_tens(base: str) -> list[str]:
    """Case forms of a Ukrainian numeral in -ять/-цять: п'ять, п'яти, п'ятьох, п'ятьом, п'ятьма."""
    stem = base[:-1]
    return [base, stem + "и", base + "ох", base + "ом", base + "ма"]


def _ru_tens(base: str) -> list[str]:
    """Case forms of a Russian numeral in -ь: пять, пяти, пятью."""
    stem = base[:-1]
    return [base, stem + "и", base + "ю"]


_EN = _forms({
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
    16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty",
    30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
    90: "ninety",
})
_UK_SIMPLE = {
    2: "два дві двох двом двома двоє", 3: "три трьох трьом трьома троє",
    4: "чотири чотирьох чотирьом чотирма четверо", 6: "шість шести шістьох шістьом шістьма "
    "шістьома шестеро", 7: "сім семи сімох сімом семеро",
    8: "вісім восьми вісьмох вісьмом вісьма вісьмома восьмеро", 40: "сорок сорока",
    90: "дев'яносто дев'яноста", 100: "сто", 200: "двісті двохсот", 300: "триста трьохсот",
    400: "чотириста", 500: "п'ятсот", 600: "шістсот", 700: "сімсот", 800: "вісімсот",
    900: "дев'ятсот",
}
_UK_TENS = {
    5: "п'ять", 9: "дев'ять", 10: "десять", 11: "одинадцять", 12: "дванадцять",
    13: "тринадцять", 14: "чотирнадцять", 15: "п'ятнадцять", 16: "шістнадцять",
    17: "сімнадцять", 18: "вісімнадцять", 19: "дев'ятнадцять", 20: "двадцять", 30: "тридцять",
}
_UK = _forms(_UK_SIMPLE) | {f: v for v, b in _UK_TENS.items() for f in _uk_tens(b)} | {
    "п'ятдесят": 50, "п'ятдесяти": 50, "шістдесят": 60, "шістдесяти": 60, "сімдесят": 70,
    "сімдесяти": 70, "вісімдесят": 80, "вісімдесяти": 80,
}
_RU_SIMPLE = {
    2: "два две двух двум двумя двое", 3: "три трех трёх трем трём тремя трое",
    4: "четыре четырех четырёх четырем четырём четырьмя четверо", 7: "семь семи семеро",
    8: "восемь восьми восемью восьмью восьмеро", 40: "сорок сорока", 90: "девяносто девяноста",
    100: "сто", 200: "двести двухсот", 300: "триста трехсот трёхсот", 400: "четыреста",
    500: "пятьсот", 600: "шестьсот", 700: "семьсот", 800: "восемьсот", 900: "девятьсот",
    50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти", 70: "семьдесят семидесяти",
    80: "восемьдесят восьмидесяти",
}
_RU_TENS = {
    5: "пять", 6: "шесть", 9: "девять", 10: "десять", 11: "одиннадцать", 12: "двенадцать",
    13: "тринадцать", 14: "четырнадцать", 15: "пятнадцать", 16: "шестнадцать",
    17: "семнадцать", 18: "восемнадцать", 19: "девятнадцать", 20: "двадцать", 30: "тридцать",
}
_RU = _forms(_RU_SIMPLE) | {f: v for v, b in _RU_TENS.items() for f in _ru_tens(b)}

#: Spelled numbers below a thousand, by language.
SPELLED: dict[str, dict[str, Decimal]] = {
    lang: {k: Decimal(v) for k, v in table.items()}
    for lang, table in (("en", _EN), ("uk", _UK), ("ru", _RU))
}
SPELLED["uk"].update({"півтора": Decimal("1.5"), "півтори": Decimal("1.5")})
SPELLED["ru"].update({"полтора": Decimal("1.5"), "полторы": Decimal("1.5")})

#: "One" in its case forms, counted only after a round number: twenty-one, двадцять одна.
ONES: dict[str, frozenset[str]] = {
    "en": frozenset({"one"}),
    "uk": frozenset("один одна одне одну одного одному одній одним одною однієї".split()),
    "ru": frozenset("один одна одно одну одного одному одной одним одною".split()),
}
#: "Half" before a magnitude, as a word or glued to it (півмільйона, полмиллиона); English
#: puts "a" between (half a million).
HALF: dict[str, str] = {"en": "half", "uk": "пів", "ru": "пол"}

# Words that may render a number of the source but are too vague to count on their own:
# collective numerals, "twice", "a day" (24 hours), compounds (трикратний, четырехдневная).
# They satisfy a source number; left over, they are never reported.
WEAK: dict[str, dict[str, int]] = {
    "uk": _forms({2: "двоє двічі двоїх", 3: "троє тричі", 4: "четверо четверых",
                  5: "п'ятеро п'ятьох", 6: "шестеро", 7: "семеро", 8: "восьмеро",
                  9: "дев'ятеро", 10: "десятеро десяток десятка", 24: "доба добу доби добу"}),
    "ru": _forms({2: "двое двоих двоим двоими дважды", 3: "трое троих троим троими трижды",
                  4: "четверо четверых", 5: "пятеро пятерых", 6: "шестеро шестерых",
                  7: "семеро семерых", 8: "восьмеро восьмерых", 9: "девятеро девятерых",
                  10: "десятеро десятерых десяток десятка", 24: "сутки суток"}),
}
COMPOUND_PREFIXES: dict[str, dict[str, int]] = {
    "uk": _forms({2: "дво двох", 3: "три трьох", 4: "чотири чотирьох", 5: "п'яти",
                  6: "шести", 7: "семи", 8: "восьми", 9: "дев'яти", 10: "десяти"}),
    "ru": _forms({2: "двух", 3: "трех трёх", 4: "четырех четырёх", 5: "пяти", 6: "шести",
                  7: "семи", 8: "восьми", 9: "девяти", 10: "десяти"}),
}
_NOT_COMPOUND = re.compile(r"семинар|семирич|пятит|шестер|тривал|трибун|трилер|тривог|трима"
                           r"|двор|двои|двом|двух?сот|трехсот|трьохсот")


def weak_number(word: str, lang: str) -> int | None:
    """A vague rendering of a number: ``троих`` = 3, ``четырехдневная`` = 4, ``сутки`` = 24."""
    table = WEAK.get(lang, {})
    if word in table:
        return table[word]
    if len(word) >= 8 and not _NOT_COMPOUND.match(word):
        for prefix, value in COMPOUND_PREFIXES.get(lang, {}).items():
            if word.startswith(prefix) and len(word) - len(prefix) >= 4:
                return value
    return None


HUNDRED = {"en": frozenset({"hundred"}), "uk": frozenset(), "ru": frozenset()}

_MAGNITUDE_VALUES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
                     "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}

# (pattern, magnitude, singular-when-bare): the pattern must match a whole word (lowercased).
_MAGNITUDES: dict[str, list[tuple[str, str, bool]]] = {
    "en": [(r"thousand", "thousand", True), (r"thousands", "thousand", False),
           (r"million", "million", True), (r"millions|mln|mn", "million", False),
           (r"billion", "billion", True), (r"billions|bn", "billion", False),
           (r"trillion", "trillion", True), (r"trillions|tn", "trillion", False)],
    "uk": [(r"тисяча|тисячу|тисячею", "thousand", True), (r"тис|тисячі|тисяч", "thousand", False),
           (r"мільйон|мільйона|мільйону|мільйоном|мільйоні", "million", True),
           (r"млн|мільйони|мільйонів|мільйонах|мільйонам", "million", False),
           (r"мільярд|мільярда|мільярду|мільярдом", "billion", True),
           (r"млрд|мільярди|мільярдів|мільярдах", "billion", False),
           (r"трильйон|трильйона", "trillion", True), (r"трлн|трильйони|трильйонів", "trillion",
                                                        False)],
    "ru": [(r"тысяча|тысячу|тысячей", "thousand", True), (r"тыс|тысячи|тысяч", "thousand", False),
           (r"миллион|миллиона|миллиону|миллионом|миллионе", "million", True),
           (r"млн|миллионы|миллионов|миллионах|миллионам", "million", False),
           (r"миллиард|миллиарда|миллиарду|миллиардом", "billion", True),
           (r"млрд|миллиарды|миллиардов|миллиардах", "billion", False),
           (r"триллион|триллиона", "trillion", True), (r"трлн|триллионы|триллионов", "trillion",
                                                        False)],
}


def magnitude(word: str, lang: str) -> tuple[Decimal, bool] | None:
    """Return ``(value, singular)`` when ``word`` (lowercased) is a magnitude word of ``lang``."""
    for pattern, name, singular in _MAGNITUDES.get(lang, _MAGNITUDES["en"]):
        if re.fullmatch(pattern, word):
            return _MAGNITUDE_VALUES[name], singular
    return None


#: Short magnitudes glued to a number after a currency sign: ``$5m``, ``€2bn``, ``$300k``.
GLUED_MAGNITUDE = {"k": Decimal(10) ** 3, "m": Decimal(10) ** 6, "bn": Decimal(10) ** 9,
                   "b": Decimal(10) ** 9, "tn": Decimal(10) ** 12}

# Months: full forms (a lowercased whole word) and abbreviations, which count only before a
# full stop or next to a number (``Feb. 29``, ``груд. 2023``; not ``Сент-Луис``, ``Jan Smith``).
_MONTHS: dict[str, list[tuple[str, str]]] = {
    "en": [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
           ("may", ""), ("june", "jun"), ("july", "jul"), ("august", "aug"),
           ("september", "sep sept"), ("october", "oct"), ("november", "nov"),
           ("december", "dec")],
    "uk": [(r"січ(?:ень|ня|ні|нем)|січнев\w*", "січ"), (r"лют(?:ий|ого|ому|ім)|лютнев\w*", "лют"),
           (r"берез(?:ень|ня|ні|нем)|березнев\w*", "бер берез"),
           (r"квіт(?:ень|ня|ні|нем)|квітнев\w*", "квіт"),
           (r"трав(?:ень|ня|ні|нем)|травнев\w*", "трав"),
           (r"черв(?:ень|ня|ні|нем)|червнев\w*", "черв"),
           (r"лип(?:ень|ня|ні|нем)|липнев\w*", "лип"),
           (r"серп(?:ень|ня|ні|нем)|серпнев\w*", "серп"),
           (r"верес(?:ень|ня|ні|нем)|вереснев\w*", "вер верес"),
           (r"жовт(?:ень|ня|ні|нем)|жовтнев\w*", "жовт"),
           (r"листопад(?:а|і|ом)?|листопадов\w*", "лист листоп"),
           (r"груд(?:ень|ня|ні|нем)|груднев\w*", "груд")],
    "ru": [(r"январ(?:ь|я|е|ём|ем)|январск\w*", "янв"),
           (r"феврал(?:ь|я|е|ём|ем)|февральск\w*", "фев февр"),
           (r"март(?:а|е|ом)?|мартовск\w*", "мар"),
           (r"апрел(?:ь|я|е|ем)|апрельск\w*", "апр"), (r"ма(?:й|я|е|ем)|майск\w*", ""),
           (r"июн(?:ь|я|е|ем)|июньск\w*", "июн"), (r"июл(?:ь|я|е|ем)|июльск\w*", "июл"),
           (r"август(?:а|е|ом)?|августовск\w*", "авг"),
           (r"сентябр(?:ь|я|е|ём|ем)|сентябрьск\w*", "сен сент"),
           (r"октябр(?:ь|я|е|ём|ем)|октябрьск\w*", "окт"),
           (r"ноябр(?:ь|я|е|ём|ем)|ноябрьск\w*", "ноя нояб"),
           (r"декабр(?:ь|я|е|ём|ем)|декабрьск\w*", "дек")],
}
_MONTH_RE = {lang: [(re.compile(full), frozenset(abbr.split())) for full, abbr in table]
             for lang, table in _MONTHS.items()}


def month(word: str, lang: str) -> tuple[int, bool] | None:
    """``(month 1-12, is_abbreviation)`` if ``word`` (lowercased) names a month in ``lang``."""
    for number, (pattern, abbreviations) in enumerate(_MONTH_RE.get(lang, _MONTH_RE["en"]), 1):
        if pattern.fullmatch(word):
            return number, False
        if word in abbreviations:
            return number, True
    return None


# Units after a number (and its magnitude): percent and currencies, by language. One adjective
# may stand between (``5 млн американських доларів``).
_ADJ = r"(?:[^\W\d_]+\s+)?"
UNITS_AFTER: dict[str, list[tuple[str, str]]] = {
    "en": [(r"%|percent\b|per\s+cent\b|percentage\s+points?\b", "%"),
           (_ADJ + r"dollars?\b|USD\b", "USD"), (r"euros?\b|EUR\b", "EUR"),
           (r"pounds?\b|GBP\b", "GBP"), (r"hryvnias?\b|hryvnia\b|UAH\b", "UAH"),
           (r"(?:rubles?|roubles?)\b|RUB\b", "RUB")],
    "uk": [(r"%|відсот\w*|п\.\s?п\.", "%"), (_ADJ + r"(?:долар\w*|дол\.)|USD\b|\$", "USD"),
           (_ADJ + r"євро\b|EUR\b|€", "EUR"), (r"фунт\w*|GBP\b|£", "GBP"),
           (r"грн\b|гривн\w*|гривень\b|UAH\b|₴", "UAH"), (r"рубл\w*|руб\.|RUB\b|₽", "RUB")],
    "ru": [(r"%|процент\w*|п\.\s?п\.", "%"), (_ADJ + r"(?:доллар\w*|долл?\.)|USD\b|\$", "USD"),
           (_ADJ + r"евро\b|EUR\b|€", "EUR"), (r"фунт\w*|GBP\b|£", "GBP"),
           (r"грн\b|гривн\w*|гривен\w*|UAH\b|₴", "UAH"), (r"рубл\w*|руб\.|RUB\b|₽", "RUB")],
}
UNITS_BEFORE: list[tuple[str, str]] = [
    (r"(?:US)?\$", "USD"), (r"€", "EUR"), (r"£", "GBP"), (r"₴", "UAH"), (r"₽", "RUB"),
    (r"USD", "USD"), (r"EUR", "EUR"), (r"GBP", "GBP"), (r"UAH", "UAH"), (r"RUB", "RUB"),
]
UNIT_NAMES = {"%": "percent", "USD": "dollars", "EUR": "euros", "GBP": "pounds",
              "UAH": "hryvnias", "RUB": "rubles"}

# Imperial measures of the source that a translator converts (``30 yards`` -> ``27 метрів``),
# and the metric ones of a translation: a converted number is not reported as changed.
IMPERIAL_AFTER = (r"[-\s]?(?:miles?|mi\b|feet|foot|ft\b|inch(?:es)?|yards?|yds?\b|pounds?|lbs?\b"
                  r"|mph|gallons?|ounces?|oz\b|acres?|degrees?|°\s?F|Fahrenheit)")
METRIC_AFTER = (r"[-\s]?(?:км|м|см|мм|кг|т|л|га|°|градус\w*|метр\w*|кілометр\w*|километр\w*"
                r"|сантиметр\w*|кілограм\w*|килограмм\w*|тонн?\w*|літр\w*|литр\w*|гектар\w*)"
                r"(?![^\W\d_])")

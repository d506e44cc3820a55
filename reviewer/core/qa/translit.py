"""Transliteration of Latin-script names into Ukrainian and Russian, and a fuzzy test for it.

:func:`transliterate` gives one plausible spelling (``Stoltenberg`` -> ``Столтенберг``,
``Vitalii`` -> ``Віталій`` uk / ``Виталий`` ru) for messages. :func:`translit_distance`
decides whether a Cyrillic word spells a Latin name: an edit distance in which a Latin letter
group may become any of its usual Cyrillic renderings for free (``ch`` = ч/к/х, ``gi`` = джи,
``je`` = є/йе, the Ukrainian 2010 table read backwards: ``kh`` = х, ``ts`` = ц, ``iu`` = ю...),
compared on a folded alphabet (і ї и ы й -> и, е є э ё -> е, ґ -> г, no ь ъ or apostrophes),
ignoring up to three letters of case ending (``Столтенберга``, ``Джорджею``) which may also
replace a final vowel (``Utah`` = ``Юти``); acronyms must match exactly (``NATO`` = ``НАТО``).
"""

from __future__ import annotations

from functools import lru_cache

_FOLD = str.maketrans({"і": "и", "ї": "и", "ы": "и", "й": "и", "є": "е", "э": "е", "ё": "е",
                       "ґ": "г", "ь": None, "ъ": None, "'": None, "’": None, "ʼ": None,
                       "-": None})

# Latin group -> renderings in the folded Cyrillic alphabet (first = the usual one).
_RULES: dict[str, tuple[str, ...]] = {
    "shch": ("щ",), "sch": ("ш", "щ", "сх"), "tch": ("ч",), "zh": ("ж",), "kh": ("х",),
    "ts": ("ц", "тс"), "tz": ("ц",), "ch": ("ч", "к", "х", "ш"), "sh": ("ш",), "ph": ("ф",),
    "th": ("т",), "ck": ("к",), "qu": ("кв", "к"), "wh": ("в", "у"), "gh": ("г", ""),
    "ya": ("я", "иа"), "yu": ("ю",), "ye": ("е", "ие"), "yi": ("и", "ии"), "yo": ("ио", "е"),
    "ia": ("ия", "я", "иа"), "iu": ("ю", "иу"), "ie": ("е", "ие", "и"), "ii": ("ии", "и"),
    "iy": ("ии",), "yy": ("ии",), "ee": ("и",), "oo": ("у",),
    "au": ("ау", "о"), "ou": ("у", "ау", "а"), "eu": ("еу", "ю", "ои"), "ew": ("ю", "ью", "ев"),
    "ay": ("еи", "аи"), "ey": ("еи", "и"),
    "ai": ("аи", "е"), "ei": ("еи", "аи"), "oy": ("ои",), "oi": ("ои", "уа"),
    "gi": ("ги", "джи", "дж", "джаи"), "ge": ("ге", "дже"), "gy": ("ги", "джи"),
    "ja": ("я", "джа", "иа"), "je": ("е", "ие", "дже"), "jo": ("ио", "джо", "хо"),
    "ju": ("ю", "джу"), "ci": ("ци", "си", "чи"), "ce": ("це", "се", "че"), "cy": ("си", "ци"),
    "ea": ("и", "е", "еа"), "oe": ("оу", "о"), "ue": ("у", "ю"), "ae": ("е", "ае", ""),
    "aw": ("о", "ау"), "al": ("ал", "ол"), "cz": ("ч", "ц"), "ow": ("оу", "ау", "ов"),
    "x": ("кс", "х"), "w": ("в", "у"), "a": ("а", "е", "еи"), "b": ("б",), "c": ("к", "с", "ц"),
    "d": ("д",), "e": ("е", "и"), "f": ("ф",), "g": ("г", "ж"), "h": ("г", "х", ""),
    "i": ("и", "аи"), "j": ("дж", "и", "ж", "х"), "k": ("к",), "l": ("л",), "m": ("м",),
    "n": ("н",), "o": ("о", "а", "оу"), "p": ("п",), "q": ("к",), "r": ("р",), "s": ("с", "з", "ш"),
    "t": ("т",), "u": ("у", "ю", "а"), "v": ("в",), "y": ("и", "", "аи"), "z": ("з", "ц", "с"),
}
_MAX_GROUP = max(len(k) for k in _RULES)
MAX_ENDING = 3

# One spelling per language for messages: longest groups first.
_SHOW_COMMON = {
    "shch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "ch": "ч", "sh": "ш", "ph": "ф", "th": "т",
    "ck": "к", "qu": "кв", "ya": "я", "yu": "ю", "iu": "ю", "ee": "і", "oo": "у", "x": "кс",
    "w": "в", "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "i": "і",
    "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "y": "и", "z": "з", "h": "г",
}
_SHOW = {
    "uk": _SHOW_COMMON | {"je": "є", "ye": "є", "ie": "є", "yi": "ї", "ia": "ія", "ii": "ій",
                          "iy": "ій", "yy": "ий", "ay": "ей", "ey": "ей", "ai": "ай", "ei": "ей"},
    "ru": _SHOW_COMMON | {"je": "йе", "ye": "е", "ie": "ье", "yi": "ый", "ia": "ия", "ii": "ий",
                          "iy": "ий", "yy": "ый", "ay": "ей", "ey": "ей", "ai": "ай", "ei": "ей",
                          "h": "х", "i": "и", "ee": "и"},
}


def fold(word: str) -> str:
    """Lowercase a Cyrillic word onto the alphabet that Ukrainian and Russian spellings share."""
    return word.lower().translate(_FOLD)


def transliterate(name: str, lang: str) -> str:
    """One plausible Cyrillic spelling of a Latin name for ``lang`` (``uk`` or ``ru``)."""
    table = _SHOW.get(lang, _SHOW["uk"])
    low, out, i = name.lower(), [], 0
    ending = ""
    if len(low) > 3 and low.endswith(("yi", "iy", "yy")):  # Zaluzhnyi: Залужний / Залужный
        low, ending = low[:-2], ("ий" if lang != "ru" or low[-3] in "kgh" else "ый")
    while i < len(low):
        for size in range(4, 0, -1):
            group = low[i:i + size]
            if group in table:
                out.append(table[group])
                i += size
                break
        else:
            out.append(low[i])
            i += 1
    text = "".join(out)
    if lang == "uk" and ending and text.endswith(("ск", "цк")):  # Syrskyi: Сирський
        text = text[:-1] + "ьк"
    text += ending
    if lang == "ru" and text.startswith("е"):
        text = "э" + text[1:]
    if name.isupper() and len(name) > 1:
        return text.upper()
    return text[:1].upper() + text[1:] if name[:1].isupper() else text


@lru_cache(maxsize=65536)
def translit_distance(latin: str, cyrillic: str) -> float:
    """How far ``cyrillic`` (with a case ending or not) is from spelling ``latin``; 0 = a match."""
    acronym = latin.isupper() and len(latin) > 1
    lat = "".join(ch for ch in latin.lower() if ch.isalpha())
    cyr = fold(cyrillic)
    n, m = len(lat), len(cyr)
    inf = float("inf")
    dp = [[inf] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            cost = dp[i][j]
            if cost == inf:
                continue
            if i < n:
                # doubled letters (Emmanuel, Congress) and a silent e before a final consonant
                # (James = Джеймс, Jones = Джонс) cost nothing
                free = (i > 0 and lat[i] == lat[i - 1]) or (
                    lat[i] == "e" and i == n - 2 and lat[-1] in "sd")
                _relax(dp, i + 1, j, cost + (0.0 if free else 1.0))
                for size in range(1, min(_MAX_GROUP, n - i) + 1):
                    for cyr_group in _RULES.get(lat[i:i + size], ()):
                        if cyr.startswith(cyr_group, j):
                            extra = 0.5 if not cyr_group else 0.0
                            _relax(dp, i + size, j + len(cyr_group), cost + extra)
                if j < m:
                    _relax(dp, i + 1, j + 1, cost + 1.0)
            if j < m:
                free = j > 0 and cyr[j] == cyr[j - 1]
                _relax(dp, i, j + 1, cost + (0.0 if free else 1.0))
    # A final vowel (and a silent h) may give way to a case ending: Utah = Юти, Arizona = Аризони.
    ends = [n] + [k for k in (n - 1, n - 2)
                  if k > 0 and not acronym and all(c in "aeiouyh" for c in lat[k:])]
    return min(dp[i][j] for i in ends for j in range(max(0, m - MAX_ENDING), m + 1))


def _relax(dp: list[list[float]], i: int, j: int, cost: float) -> None:
    if cost < dp[i][j]:
        dp[i][j] = cost


def tolerance(latin: str) -> float:
    """The distance still accepted as a spelling of ``latin``: none for acronyms and short names,
    half a letter up to five letters, then one more letter for every four."""
    size = sum(ch.isalpha() for ch in latin)
    if size <= 3 or latin.isupper():
        return 0.0
    if size <= 5:
        return 0.5
    return 1.0 + (size - 6) // 4


def spells(latin: str, cyrillic: str) -> bool:
    """Tell whether the Cyrillic word is a plausible transliteration of the Latin name."""
    return translit_distance(latin, cyrillic) <= tolerance(latin)

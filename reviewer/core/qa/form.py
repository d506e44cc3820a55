"""Checks of a translation's form: end punctuation, quotation marks, spaces, untranslated text,
script and language, and length against the source."""

from __future__ import annotations

import re

from reviewer.core.qa.findings import Finding, Severity, Span

_CLOSERS = "\"'»”’)]}›"
_END_NAMES = {".": "a full stop", "?": "a question mark", "!": "an exclamation mark",
              ":": "a colon", ";": "a semicolon", "…": "an ellipsis", "": "no punctuation"}
_SINGLE_OPENING = re.compile(r"(?:^|[\s(\[—–-])'(?=\w)")
_SPACES = re.compile(r"[ \u00a0\u202f\u2009\t]{2,}")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_RUSSIAN_ONLY = "ыэъёЫЭЪЁ"
_UKRAINIAN_ONLY = "іїєґІЇЄҐ"
_LANG_NAMES = {"uk": "Ukrainian", "ru": "Russian"}
#: Target languages that quote with «» (and „“ inside).
GUILLEMET_LANGS = frozenset({"uk", "ru"})


def _end(text: str) -> tuple[str, int]:
    """The end punctuation class of ``text`` and the offset of its last visible character."""
    body = text.rstrip()
    last = len(body) - 1
    # "— сказав він. —": a dash after the end announces that the quotation goes on
    core = body.rstrip(_CLOSERS + " —–").rstrip(",").rstrip(_CLOSERS).rstrip()
    if core.endswith("...") or core.endswith("…"):
        return "…", last
    mark = core[-1:] if core[-1:] in ".?!:;" else ""
    return mark, last


def check_punctuation(source: str, target: str) -> list[Finding]:
    """The translation ends with other punctuation than the source (. ? ! : ; … or none)."""
    src, src_at = _end(source)
    tgt, tgt_at = _end(target)
    if src == tgt or tgt_at < 0:
        return []
    return [Finding("punctuation", "end-punctuation",
                    f"The source ends with {_END_NAMES[src]}, the translation with "
                    f"{_END_NAMES[tgt]}.", Severity.WARNING,
                    (Span(src_at, src_at + 1),) if src_at >= 0 else (),
                    (Span(tgt_at, tgt_at + 1),))]


def _balanced(source: str) -> bool:
    """Tell whether the source's quotes close within it (a quotation may span sentences)."""
    if "‘" in source or _SINGLE_OPENING.search(source):
        return False  # 'British' quotes: apostrophes make their count unreliable
    return source.count("“") == source.count("”") and source.count('"') % 2 == 0


def check_quotes(target: str, lang: str, source: str = "") -> list[Finding]:
    """English “” or straight "" quotation marks where «» (and „“ inside) are the norm.

    Straight quotes inside «» are let pass (a common house style for inner quotes). Unpaired
    «» are reported only when the source's own quotation marks pair up.
    """
    if lang not in GUILLEMET_LANGS:
        return []
    wrong: list[Span] = []
    low_open, depth = False, 0
    for i, ch in enumerate(target):
        if ch in "«»":
            depth = max(0, depth + (1 if ch == "«" else -1))
        elif ch == "„":
            low_open = True
        elif ch in "“”" and low_open:
            low_open = False
        elif ch in "“”" or (ch == '"' and not depth):  # "inner" quotes in «» are common
            wrong.append(Span(i, i + 1))
    out: list[Finding] = []
    if wrong:
        out.append(Finding("quotes", "quotes-style",
                           "Quotation marks “ ” or \" \" are used; "
                           f"{_LANG_NAMES.get(lang, lang)} uses «» (and „“ inside them).",
                           Severity.WARNING, (), tuple(wrong)))
    if target.count("«") != target.count("»") and _balanced(source):
        marks = tuple(Span(i, i + 1) for i, ch in enumerate(target) if ch in "«»")
        out.append(Finding("quotes", "quotes-unbalanced",
                           f"The quotation marks do not pair up ({target.count('«')} « and "
                           f"{target.count('»')} »).", Severity.WARNING, (), marks))
    return out


def check_spaces(target: str) -> list[Finding]:
    """Two or more spaces in a row (no-break spaces included)."""
    spans = tuple(Span(m.start(), m.end()) for m in _SPACES.finditer(target.strip()))
    if not spans:
        return []
    lead = len(target) - len(target.lstrip())
    spans = tuple(Span(s.start + lead, s.end + lead) for s in spans)
    return [Finding("spaces", "doubled-space", "Doubled space." if len(spans) == 1
                    else f"{len(spans)} doubled spaces.", Severity.INFO, (), spans)]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def check_untranslated(source: str, target: str) -> list[Finding]:
    """The translation is the source unchanged (two words or more, not a bare name)."""
    if _norm(source) != _norm(target) or len(_WORD.findall(source)) < 2:
        return []
    return [Finding("untranslated", "untranslated", "The translation is the source text, "
                    "unchanged.", Severity.ERROR, (Span(0, len(source)),),
                    (Span(0, len(target)),))]


def check_script(target: str, lang: str, source: str = "") -> list[Finding]:
    """Latin-heavy text, letters of the other Cyrillic language, and mixed-script words.

    Latin words the source has too (names, acronyms kept as they are) do not count as Latin.
    """
    if lang not in _LANG_NAMES:
        return []
    out: list[Finding] = []
    kept = {w.casefold() for w in _WORD.findall(source)}
    letters = [c for w in _WORD.findall(target) if not (w.isascii() and w.casefold() in kept)
               and w.casefold() not in kept for c in w]
    latin = sum(c.isascii() for c in letters)
    if len(letters) >= 10 and latin > 0.5 * len(letters):
        out.append(Finding("script", "latin-text",
                           f"Most letters are Latin ({latin} of {len(letters)}); a "
                           f"{_LANG_NAMES[lang]} translation is expected.", Severity.ERROR,
                           (), (Span(0, len(target)),)))
    foreign = _RUSSIAN_ONLY if lang == "uk" else _UKRAINIAN_ONLY
    other = "ru" if lang == "uk" else "uk"
    spans = tuple(Span(m.start(), m.end()) for m in _WORD.finditer(target)
                  if any(c in foreign for c in m.group()))
    if spans:
        chars = sorted({c.lower() for c in target if c in foreign})
        out.append(Finding("script", "other-language",
                           f"Letters of {_LANG_NAMES[other]} ({', '.join(chars)}) in the "
                           f"{_LANG_NAMES[lang]} text.", Severity.ERROR, (), spans))
    mixed = tuple(Span(m.start(), m.end()) for m in _WORD.finditer(target)
                  if any(c.isascii() for c in m.group())
                  and any("\u0400" <= c <= "\u04ff" for c in m.group()))
    if mixed:
        out.append(Finding("script", "mixed-script",
                           "A word mixes Latin and Cyrillic letters (look-alike letters?).",
                           Severity.ERROR, (), mixed))
    return out


def check_length(source: str, target: str, band: tuple[float, float],
                 min_chars: int = 20) -> list[Finding]:
    """The target/source character ratio falls outside ``band`` (for sources of ``min_chars``+)."""
    src, tgt = len(source.strip()), len(target.strip())
    if src < min_chars or tgt == 0:
        return []
    ratio = tgt / src
    low, high = band
    if low <= ratio <= high:
        return []
    code, doubt = ("too-short", "missing") if ratio < low else ("too-long", "added")
    return [Finding("length", code,
                    f"The translation is {ratio:.2f} times as long as the source; most are "
                    f"between {low:g} and {high:g} times. Is something {doubt}?",
                    Severity.WARNING, (), ())]

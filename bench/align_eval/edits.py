"""Edit one human version the way newsrooms do, keeping which source pairs each piece renders.

A *piece* is ``(text, pair ids)``; an added piece renders no pair. Each version is edited on its
own (a seeded ``random.Random``): about one edit per six sentences (at least two), of these kinds:

``merge``     two adjacent sentences joined with ``;`` / ``, і`` / ``, а`` / `` –`` (ru ``, и``)
``split``     a sentence cut at a conjunction or comma near its middle
``drop``      a single sentence left out
``drop_par``  a paragraph left out
``add_par``   an editor's paragraph ("Нагадаємо, ...", "Как сообщалось, ...") from another text
``replace``   a paragraph left out and an editor's paragraph put in its place
``add_sent``  an editor's sentence at the end of a paragraph
``move``      a paragraph boundary moved by one sentence
``join``      two paragraphs joined; ``cut``: a paragraph cut in two
``swap``      two adjacent sentences swapped (a 2-2 link)
``quote``     a quoted sentence put in a paragraph of its own
``resplit``   two adjacent sentences re-cut at another comma or conjunction (a 2-2 link)
"""

from __future__ import annotations

import random
import re

Piece = tuple[str, frozenset[int]]
Version = list[list[Piece]]

KINDS = {
    "merge": 3, "split": 3, "drop": 2, "drop_par": 1.5, "add_par": 1.5, "replace": 1,
    "add_sent": 1, "move": 1.5, "join": 1, "cut": 1, "swap": 1, "quote": 0.7, "resplit": 1,
}
CONNECTORS = {"uk": ["; ", ", і ", ", а ", " – "], "ru": ["; ", ", и ", ", а ", " – "]}
LEADS = {
    "uk": ["Нагадаємо, ", "Як повідомлялося, ", "Раніше повідомлялося, що "],
    "ru": ["Напомним, ", "Как сообщалось, ", "Ранее сообщалось, что "],
}
_CUT = re.compile(r", | (?:і|й|та|а|але|проте|однак|и|но|однако|що|что) ")
_QUOTES = set('"“”«»„')


def edit_version(version: Version, lang: str, rng: random.Random, donor: list[str]) -> Version:
    """Return an edited copy of ``version``; ``donor`` gives sentences of another text."""
    out = [list(p) for p in version]
    n = sum(len(p) for p in out)
    todo = max(2, round(n / 6))
    kinds, weights = list(KINDS), list(KINDS.values())
    tries = 0
    while todo and tries < 200:
        tries += 1
        kind = rng.choices(kinds, weights)[0]
        if EDITS[kind](out, lang, rng, donor):
            todo -= 1
    return [p for p in out if p]


def _body(v: Version, rng: random.Random, min_len: int = 1) -> int | None:
    """A random body paragraph (not the headline) with at least ``min_len`` pieces."""
    ks = [k for k in range(1, len(v)) if len(v[k]) >= min_len]
    return rng.choice(ks) if ks else None


def _lower_first(text: str) -> str:
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _merge(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng, 2)
    if k is None:
        return False
    i = rng.randrange(len(v[k]) - 1)
    (a, sa), (b, sb) = v[k][i], v[k][i + 1]
    if not a.endswith(".") or a.endswith(".."):
        return False
    v[k][i:i + 2] = [(a[:-1] + rng.choice(CONNECTORS[lang]) + _lower_first(b), sa | sb)]
    return True


def _cut_point(text: str, avoid: int = -1) -> re.Match[str] | None:
    best = None
    for m in _CUT.finditer(text):
        if min(m.start(), len(text) - m.end()) < max(15, len(text) // 5):
            continue
        if abs(m.start() - avoid) < 5:
            continue
        if best is None or abs(m.start() - len(text) / 2) < abs(best.start() - len(text) / 2):
            best = m
    return best


def _cut_text(text: str, avoid: int = -1) -> tuple[str, str] | None:
    m = _cut_point(text, avoid)
    if m is None:
        return None
    head = text[: m.start()].rstrip(" ,;:") + "."
    tail = text[m.start():].lstrip(" ,")
    return head, tail[:1].upper() + tail[1:]


def _split(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng)
    if k is None:
        return False
    i = rng.randrange(len(v[k]))
    text, src = v[k][i]
    parts = _cut_text(text)
    if parts is None:
        return False
    v[k][i:i + 1] = [(parts[0], src), (parts[1], src)]
    return True


def _drop(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng, 2)
    if k is None:
        return False
    del v[k][rng.randrange(len(v[k]))]
    return True


def _drop_par(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng)
    if k is None or len(v) < 4:
        return False
    del v[k]
    return True


def _editorial(lang: str, rng: random.Random, donor: list[str], sentences: int) -> list[Piece]:
    at = rng.randrange(max(1, len(donor) - sentences))
    picked = donor[at:at + sentences] or ["Подробиці з'являться згодом."]
    first = rng.choice(LEADS[lang]) + _lower_first(picked[0])
    return [(t, frozenset()) for t in [first, *picked[1:]]]


def _add_par(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    v.insert(rng.randrange(1, len(v) + 1), _editorial(lang, rng, donor, rng.randint(1, 3)))
    return True


def _replace(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng)
    if k is None:
        return False
    v[k] = _editorial(lang, rng, donor, rng.randint(1, 3))
    return True


def _add_sent(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng)
    if k is None:
        return False
    v[k] += _editorial(lang, rng, donor, 1)
    return True


def _move(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    ks = [k for k in range(1, len(v) - 1) if len(v[k]) >= 2 or len(v[k + 1]) >= 2]
    if not ks:
        return False
    k = rng.choice(ks)
    if len(v[k]) >= 2 and (len(v[k + 1]) < 2 or rng.random() < 0.5):
        v[k + 1].insert(0, v[k].pop())
    else:
        v[k].append(v[k + 1].pop(0))
    return True


def _join(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    if len(v) < 4:
        return False
    k = rng.randrange(1, len(v) - 1)
    v[k:k + 2] = [v[k] + v[k + 1]]
    return True


def _cut(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng, 2)
    if k is None:
        return False
    at = rng.randrange(1, len(v[k]))
    v[k:k + 1] = [v[k][:at], v[k][at:]]
    return True


def _swap(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng, 2)
    if k is None:
        return False
    i = rng.randrange(len(v[k]) - 1)
    v[k][i], v[k][i + 1] = v[k][i + 1], v[k][i]
    return True


def _quote(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    found = [(k, i) for k in range(1, len(v)) for i, (t, _) in enumerate(v[k])
             if len(v[k]) >= 2 and not _QUOTES.isdisjoint(t)]
    if not found:
        return False
    k, i = rng.choice(found)
    v[k:k + 1] = [p for p in (v[k][:i], [v[k][i]], v[k][i + 1:]) if p]
    return True


def _resplit(v: Version, lang: str, rng: random.Random, donor: list[str]) -> bool:
    k = _body(v, rng, 2)
    if k is None:
        return False
    i = rng.randrange(len(v[k]) - 1)
    (a, sa), (b, sb) = v[k][i], v[k][i + 1]
    if not a.endswith("."):
        return False
    joined = a[:-1] + ", " + _lower_first(b)
    parts = _cut_text(joined, avoid=len(a) - 1)
    if parts is None:
        return False
    v[k][i:i + 2] = [(parts[0], sa | sb), (parts[1], sa | sb)]
    return True


EDITS = {
    "merge": _merge, "split": _split, "drop": _drop, "drop_par": _drop_par, "add_par": _add_par,
    "replace": _replace, "add_sent": _add_sent, "move": _move, "join": _join, "cut": _cut,
    "swap": _swap, "quote": _quote, "resplit": _resplit,
}

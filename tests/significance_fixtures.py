"""Two 30-segment test articles for the significance tests, written here (no corpus text).

The "human version" is made of Ukrainian words drawn with a fixed seed; the "engines" are test
tokens derived from it, never real MT:

- ``close``: ``test-even`` swaps one word in the even sentences, ``test-odd`` the same word in the
  odd ones. Each is right on half the article; their chrF differs by a fraction of a point and
  paired bootstrap resampling finds no significant difference;
- ``clear``: ``test-good`` misspells one word per sentence, ``test-poor`` swaps every other word.
  The good one is clearly closer (p about 0.001 with 1000 resamples).
"""

from __future__ import annotations

import random

from reviewer.core.model import HumanSentence, Link, Role, SegmentDraft
from reviewer.storage.store import Store
from tests.seed import seed_mt

SEGMENTS = 30
WORDS = ("уряд", "місто", "рада", "закон", "вибори", "економіка", "школа", "лікарня", "міст",
         "дорога", "новини", "бюджет", "посол", "зустріч", "угода", "річка", "поле", "завод",
         "студенти", "вчителі", "депутати", "громада", "площа", "пам'ятник", "театр", "музей",
         "погода", "зима", "весна", "осінь", "літо", "ціни", "податки", "пенсії", "зарплати")
WRONG = ("фрукт", "кіт", "олівець", "сніговик", "парасоля", "бегемот", "мандарин")
KINDS: dict[str, tuple[str, str]] = {"close": ("test-even", "test-odd"),
                                     "clear": ("test-good", "test-poor")}


def references() -> list[str]:
    """Thirty sentences of 10 to 16 words, the same on every call."""
    rng = random.Random(20260316)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 16))).capitalize() + "."
            for _ in range(SEGMENTS)]


def _swap(words: list[str], at: int, i: int) -> list[str]:
    out = list(words)
    out[at % len(out)] = WRONG[i % len(WRONG)]
    return out


def engines(kind: str) -> dict[str, list[str]]:
    """The two engines' lines of the ``close`` or ``clear`` article."""
    refs = [r.rstrip(".").split() for r in references()]
    if kind == "close":
        even = [_swap(w, 3, i) if i % 2 == 0 else w for i, w in enumerate(refs)]
        odd = [_swap(w, 3, i) if i % 2 else w for i, w in enumerate(refs)]
        pair = (even, odd)
    elif kind == "clear":
        good = [[*w[:2], w[2][:-1] + "и", *w[3:]] for w in refs]
        poor = [[WRONG[(i + j) % len(WRONG)] if j % 2 else x for j, x in enumerate(w)]
                for i, w in enumerate(refs)]
        pair = (good, poor)
    else:
        raise ValueError(kind)
    return {name: [" ".join(w) + "." for w in lines]
            for name, lines in zip(KINDS[kind], pair, strict=True)}


def add_article(store: Store, kind: str, lang: str = "uk") -> int:
    """Store the ``kind`` article: English source lines, the human version 1-1, two engines."""
    refs = references()
    article = store.add_article(f"Significance test article ({kind})", "en", f"test:{kind}",
                                [SegmentDraft(i, Role.BODY, f"Test sentence number {i + 1}.")
                                 for i in range(SEGMENTS)])
    store.set_human_version(article.id, lang, f"Test ({kind})", "test",
                            [HumanSentence(i, i, t) for i, t in enumerate(refs)],
                            [Link(i, i + 1, i, i + 1) for i in range(SEGMENTS)])
    segments = store.segments(article.id)
    for engine, lines in engines(kind).items():
        for seg, text in zip(segments, lines, strict=True):
            seed_mt(store, seg.id, lang, engine, text)
    return article.id

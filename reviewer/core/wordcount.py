"""Words as CAT tools count them, and how many of an article's source words are approved.

A word is a run of letters and digits; apostrophes and hyphens inside it and the separators
inside a number (``1,000.5``, ``3:30``) do not split it, so ``інтерв’ю``, ``COVID-19``,
``south-west`` and ``1,000`` are one word each, as in memoQ's and Trados's counts; punctuation
and symbols alone are not words. Progress is reported in source words, the unit translators are
paid and planned by, not in segments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reviewer.core.model import SegmentView, Status

_WORD = re.compile(r"[^\W_](?:[\w\u0301]|['’ʼ](?=[^\W_])|-(?=[^\W_])|[.,:](?=\d)(?<=\d.))*")


def count_words(text: str) -> int:
    """How many words ``text`` has."""
    return sum(1 for _ in _WORD.finditer(text))


@dataclass(frozen=True)
class WordProgress:
    """Source words in all and source words of approved segments, per language."""

    words: int
    approved: dict[str, int]

    def percent(self, lang: str) -> float:
        """The share of source words approved in ``lang``, in percent (0 for an empty text)."""
        return 100.0 * self.approved.get(lang, 0) / self.words if self.words else 0.0


def word_progress(views: Sequence[SegmentView], langs: Iterable[str]) -> WordProgress:
    """Count the source words of ``views`` and those approved in each of ``langs``."""
    sizes = [count_words(v.segment.source) for v in views]
    approved = {lang: sum(n for v, n in zip(views, sizes, strict=True)
                          if (t := v.translations.get(lang)) and t.status is Status.APPROVED)
                for lang in langs}
    return WordProgress(sum(sizes), approved)

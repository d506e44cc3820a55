"""Similarity of a machine translation to the human version: sacrebleu's sentence chrF.

The score is exactly what ``sacrebleu.sentence_chrf(hypothesis, [reference])`` gives with its
defaults (sacrebleu 2.x signature ``nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no``): character
n-grams up to order 6, no word n-grams (so chrF, not chrF++), beta 2 (recall weighs twice as much as
precision), whitespace removed before counting, case kept, no epsilon smoothing. It runs from 0 to
100; identical non-empty texts score 100, and, as in sacrebleu, a text with no characters other than
whitespace on either side scores 0. Scores of single sentences are noisy: they order machine
translations of one segment well, but say little about an engine on their own.

sacrebleu takes ~0.2 s to import, so it is loaded on the first score rather than at start-up.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sacrebleu.metrics.chrf import CHRF

CHAR_ORDER = 6
WORD_ORDER = 0
BETA = 2


@cache
def _metric() -> CHRF:
    from sacrebleu.metrics.chrf import CHRF

    return CHRF(char_order=CHAR_ORDER, word_order=WORD_ORDER, beta=BETA)


def chrf(hypothesis: str, reference: str) -> float:
    """Sentence chrF (0-100) of ``hypothesis`` against one ``reference``, as sacrebleu has it."""
    return float(_metric().sentence_score(hypothesis, [reference]).score)


def signature() -> str:
    """sacrebleu's signature of the metric, for reports that state how scores were computed."""
    return str(_metric().get_signature())

"""How two sentences are compared for the translation memory, and an exact scan that needs no index.

:func:`match_text` and :func:`similarity` define a match (see :mod:`reviewer.core.fuzzy`, whose
index answers the same question faster for many queries). :func:`scan` answers one query by
scoring every text in its length window with rapidfuzz, exactly as the index does (same texts,
same scores, ties to the larger id): for a single lookup from the command line, reading the texts
and scanning them costs less than building any index, and imports no numpy.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201a": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                        "\u2212": "-", "\u2026": "..."})
_TYPOGRAPHIC = re.compile("[" + "".join(map(chr, _PLAIN)) + "]")


def match_text(text: str) -> str:
    """``text`` as it is compared: NFC, plain quotes and dashes, single spaces, no ends.

    Case, digits and punctuation are kept: a match that differs in them is not 100%.
    (Written for speed, as a lookup normalises every unit: ASCII text is already NFC and has no
    typographic marks, and ``split`` splits on exactly the whitespace that ``\\s`` matches.)
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if _TYPOGRAPHIC.search(text):
            text = text.translate(_PLAIN)
    return " ".join(text.split())


def similarity(a: str, b: str) -> float:
    """The similarity of two texts already passed through :func:`match_text` (0.0 to 1.0)."""
    longer = max(len(a), len(b))
    return 1.0 - Levenshtein.distance(a, b) / longer if longer else 1.0



def scan(query: str, texts: Sequence[str], limit: int = 5,
         min_score: float = 0.75) -> list[tuple[float, int]]:
    """The ``limit`` best ``(similarity, id)`` of ``query`` among ``texts`` (already passed
    through :func:`match_text`; the id is the position), best first, ties to the larger id;
    only those scoring ``min_score`` or more."""
    q = match_text(query)
    if limit <= 0:
        return []
    size = len(q)
    lo = math.ceil(min_score * size - 1e-9)
    hi = math.floor(size / min_score + 1e-9) if min_score > 0 else math.inf
    ids = [i for i, t in enumerate(texts) if lo <= len(t) <= hi]
    if not ids:
        return []
    choices = [texts[i] for i in ids]
    longest = max(size, max(map(len, choices)))
    # Integer distances capped where no text can reach min_score (as FuzzyIndex does).
    most = math.floor((1.0 - min_score) * longest + 1e-9)
    found: list[tuple[float, int]] = []
    for _choice, dist, k in process.extract(q, choices, scorer=Levenshtein.distance,
                                            score_cutoff=most, limit=None):
        longer = max(len(choices[k]), size)
        score = 1.0 - dist / longer if longer else 1.0
        if score >= min_score:
            found.append((score, ids[k]))
    found.sort(reverse=True)
    return found[:limit]

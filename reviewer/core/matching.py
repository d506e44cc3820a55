"""How two sentences are compared for the translation memory: :func:`match_text`.

Two sources are compared as :func:`match_text` gives them; their similarity is
``1 - Levenshtein distance / longer length`` (1.0 only for equal texts), computed with rapidfuzz
where the memory is searched (:func:`reviewer.storage.tm_index.score_rows`).
"""

from __future__ import annotations

import re
import unicodedata

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

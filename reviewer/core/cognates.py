"""Cognate keys: what an English word and its Ukrainian or Russian rendering have in common.

Names and many news words cross into Cyrillic by sound: Stoltenberg is Столтенберг, Washington
Вашингтон, demonstration демонстрація. A word is transliterated to Latin letters, spelled
coarsely (``sh`` and ``s``, ``h`` and ``g``, ``w`` and ``v``, ``c`` and ``k`` fall together) and
reduced to its first consonants, so ``washington`` and ``вашингтон`` both give ``~vsng``. Such a
key is weak evidence on its own (unrelated words share keys); the aligner keeps only keys that
both documents use about as often, as it does for anchors (:mod:`reviewer.core.anchors`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = dict(zip(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ",
    "a b v g g d e ie zh z i i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia i e e _".split(),
    strict=True,
))
_WORD = re.compile(r"[^\W\d_]{5,}")
_DIGRAPHS = re.compile(r"shch|sh|ch|th|ph|ck|kh|zh|ts|qu")
_DIGRAPH = {"shch": "s", "sh": "s", "ch": "c", "th": "t", "ph": "f", "ck": "k", "kh": "k",
            "zh": "z", "ts": "c", "qu": "kv"}
_LETTERS = str.maketrans("wcqxhjy", "vkkkgii")
_TRANSLIT = str.maketrans(_CYRILLIC)
_VOWELS = re.compile(r"[aeiou_]+")
#: Consonants kept in a key; shorter skeletons are too common to mean anything.
KEY_CONSONANTS = 4
MIN_CONSONANTS = 3


def latin(word: str) -> str:
    """Return a lowercased word in Latin letters (Cyrillic transliterated, others kept)."""
    return word.lower().translate(_TRANSLIT)


@lru_cache(maxsize=65536)
def key(word: str) -> str | None:
    """The cognate key of one word, or None when the word is too short to carry one."""
    text = _DIGRAPHS.sub(lambda m: _DIGRAPH[m.group()], latin(word)).translate(_LETTERS)
    skeleton = _VOWELS.sub("", text)
    if len(skeleton) < MIN_CONSONANTS or not skeleton.isascii():
        return None
    return "~" + skeleton[:KEY_CONSONANTS]


def keys(text: str) -> set[str]:
    """The cognate keys of the words (five letters or more) of one sentence."""
    found = set()
    for word in _WORD.findall(text):
        k = key(word)
        if k:
            found.add(k)
    return found

"""The fast :func:`match_text` equals its plain definition on any text, and the scan is exact."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.matching import _PLAIN, match_text

_ALPHABET = st.sampled_from(
    list("ab AZ09.,-'\"\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2000\u2028\u3000\u200b")
    + [chr(c) for c in _PLAIN] + ["e\u0301", "\u00e9", "\u0438\u0306", "\u0439", "\u2126"])


def plain_match_text(text: str) -> str:
    """The definition: NFC, plain quotes and dashes, whitespace runs one space, no ends."""
    text = unicodedata.normalize("NFC", text).translate(_PLAIN)
    return re.sub(r"\s+", " ", text).strip()


@settings(max_examples=600)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_match_text_is_its_definition(text: str) -> None:
    assert match_text(text) == plain_match_text(text)

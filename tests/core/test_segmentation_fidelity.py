"""Property: segmentation keeps every character but ordinary whitespace, no-break spaces included.

Only ASCII whitespace (space, tab, line breaks, form feed, vertical tab) is folded between words and
stripped at segment edges; a line holding nothing but whitespace (no-break spaces too) is blank.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reviewer.core.alignment import align
from reviewer.core.anchors import raw_anchors
from reviewer.core.model import Link
from reviewer.core.segmentation import split_paragraphs, split_sentences
from reviewer.core.spaces import ORDINARY

SPECIAL = "\u00a0\u202f\u2009\u00ad\u200d\u200c\u2060’'ʼ‘–—‑-"
ALPHABET = "aZяЖї5.!?…«»\"" + SPECIAL + " \t\n\r"
_DROP = str.maketrans("", "", ORDINARY)


def _kept(text: str) -> str:
    """What must survive: every character but ordinary whitespace, from lines with any text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "".join(line.translate(_DROP) for line in lines if line.strip())


@settings(max_examples=400, deadline=None)
@example("\r\r5\r\u202f", "en")  # a padding line at a paragraph's end (found by hypothesis)
@given(st.text(alphabet=ALPHABET, max_size=120), st.sampled_from(["en", "uk", "ru"]))
def test_segments_keep_every_character_but_ordinary_whitespace(text: str, lang: str) -> None:
    sentences = [s for p in split_paragraphs(text) for s in split_sentences(p, lang)]
    assert "".join(sentences).translate(_DROP) == _kept(text)
    for s in sentences:
        assert s == s.strip(ORDINARY) and s.strip()  # edges: only ordinary whitespace trimmed


def test_no_break_space_numbers_stay_one_token() -> None:
    text = "Вони зібрали 1\u00a0000\u00a0грн. Потім ще 2\u202f500 доларів."
    assert split_sentences(text, "uk") == ["Вони зібрали 1\u00a0000\u00a0грн.",
                                           "Потім ще 2\u202f500 доларів."]


def test_numbers_with_no_break_spaces_are_the_same_anchors() -> None:
    uk = raw_anchors("1\u00a0000 грн і 5\u202f000 євро, 2014\u00a0року")
    en = {a for a in raw_anchors("1 000 dollars and 5,000 euros in 2014") if a.isdigit()}
    assert uk == en == {"1000", "5000", "2014"}
    source = [["Kyiv got 1 000 tanks in a long convoy from the west.", "Lviv got 5 000 guns.",
               "Odesa got 300 boats."]]
    human = ["Вступ без жодних чисел.", "Київ отримав 1\u00a0000 танків у довгій колоні із заходу.",
             "Львів отримав 5\u202f000 рушниць.", "Одеса отримала 300 човнів."]
    plain = [h.replace("\u00a0", " ").replace("\u202f", " ") for h in human]
    assert align(source, [human]) == align(source, [plain])
    assert align(source, [human])[-1] == Link(2, 3, 3, 4)

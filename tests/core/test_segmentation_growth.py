"""Pathological repetitions for the sentence splitter: the work stays linear in the paragraph.

No test here measures time. The splitter's quadratic cases all came from copying the sentence so
far (or the whole rest of the paragraph) at every candidate break, so a paragraph that counts the
characters copied out of it shows the growth exactly; the time itself is ``bench/text_growth.py``'s.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.segmentation import _CANDIDATE, split_sentences
from reviewer.core.spaces import ORDINARY
from tests.work_meter import CountingText


def _copied(paragraph: str, lang: str) -> tuple[list[str], int]:
    CountingText.read = 0
    sentences = split_sentences(CountingText(paragraph), lang)
    return sentences, CountingText.read


UNITS = ["Mr. ", "5 million 3.5% $1,000 Feb. 29 3 p.m. ", "U.S.", "т. е. ", "В. ", ". ",
         "?» — ", "NATO ", "1. ", "… ", "(a) ", "«Ні». "]


def test_mr_forty_thousand_times_reads_each_character_a_few_times() -> None:
    paragraph = "Mr. " * 4000
    sentences, copied = _copied(paragraph, "en")
    assert sentences == [paragraph.strip()]
    assert copied <= 8 * len(paragraph)  # was 32 million characters: the head, again and again


def test_numbers_and_abbreviations_repeated_stay_one_sentence_read_linearly() -> None:
    paragraph = "5 million 3.5% $1,000 Feb. 29 3 p.m. " * 1000
    sentences, copied = _copied(paragraph, "en")
    assert sentences == [paragraph.strip()]
    assert copied <= 8 * len(paragraph)


def test_a_run_of_stops_is_a_candidate_only_from_its_first_stop() -> None:
    # Trying the run from every dot made 40,000 dots without a space quadratic.
    assert _CANDIDATE.match("..... X", 1) is None
    assert _CANDIDATE.match("..... X", 0) is not None
    assert split_sentences("." * 5000 + "x", "en") == ["." * 5000 + "x"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(UNITS), st.integers(50, 600), st.text("aZя .", max_size=6),
       st.sampled_from(["en", "uk", "ru"]))
def test_repetitions_keep_the_text_and_read_linearly(unit: str, times: int, tail: str,
                                                      lang: str) -> None:
    paragraph = (unit * times + tail).strip(ORDINARY) or "x"
    sentences, copied = _copied(paragraph, lang)
    drop = str.maketrans("", "", ORDINARY)
    assert "".join(sentences).translate(drop) == paragraph.translate(drop)
    assert copied <= 8 * len(paragraph) + 64

"""Anchors and sentence features of the aligner, pinned on small invented sentences
(reviewer.core.anchors)."""

from __future__ import annotations

import pytest

from reviewer.core.anchors import (
    normalize_number,
    orphan_counts,
    raw_anchors,
    sentence_side,
    shared_anchors,
)


@pytest.mark.parametrize(("token", "expected"), [
    ("5,00", "5"), ("5.50", "5.5"), ("1 000", "1000"), ("1.000.000", "1000000"), ("2024", "2024"),
])
def test_numbers_are_spelled_one_way(token: str, expected: str) -> None:
    assert normalize_number(token) == expected


def test_two_letter_latin_words_are_anchors() -> None:
    assert {"eu", "un", "30"} <= raw_anchors("EU and UN envoys met 30 times.")


def test_shared_anchors_keep_what_both_sides_use_about_as_often() -> None:
    source = ["NATO met in Kyiv.", "NATO and the EU agreed.", "The EU paid 5 million.",
              "The EU and IMF talked."]
    human = ["НАТО зібралося: NATO.", "NATO та EU погодилися.", "Заплатили 5 мільйонів.",
             "IMF і МВФ."]
    src, hum, weights = shared_anchors(source, human)
    # nato: 2 and 2 sentences (weight 1/2); 5: 1 and 1; imf: 1 and 1;
    # eu: 3 source sentences against 1 human one, below half as often: dropped;
    # "met", "kyiv" and the others: on one side only
    assert weights == {"nato": 0.5, "5": 1.0, "imf": 1.0}
    assert src == [frozenset({"nato"}), frozenset({"nato"}), frozenset({"5"}),
                   frozenset({"imf"})]
    assert hum == [frozenset({"nato"}), frozenset({"nato"}), frozenset({"5"}),
                   frozenset({"imf"})]


def test_an_anchor_used_half_as_often_on_one_side_is_kept() -> None:
    _, _, weights = shared_anchors(["Kremlin.", "Kremlin!"], ["Kremlin."])
    assert weights == {"kremlin": 0.5}


def test_sentence_features_are_prefix_sums() -> None:
    texts = ["Why not?", "Stop!", "Nothing", "\u201cQuoted\u201d", "Yes!!"]
    anchors = [frozenset({"x"}), frozenset(), frozenset(), frozenset({"y"}), frozenset()]
    side = sentence_side(texts, anchors)
    assert side.cum_len == [0, 8, 13, 20, 28, 33]
    assert side.cum_questions == [0, 1, 1, 1, 1, 1]
    assert side.cum_exclaims == [0, 0, 1, 1, 1, 3]
    assert side.cum_quoted == [0, 0, 0, 0, 1, 1]
    assert side.cum_punct == [0, 1, 2, 2, 3, 4]
    assert side.cum_anchored == [0, 1, 1, 1, 2, 2]
    assert side.cum_orphans == [0] * 6  # none given: none counted
    assert sentence_side(texts, anchors, [0, 2, 0, 1, 0]).cum_orphans == [0, 0, 2, 2, 3, 3]
    assert len(side) == 5


def test_orphans_are_numbers_and_names_the_other_text_never_uses() -> None:
    source = ["Palu has 380,000 people.", "The toll passed 20,000 at 9:30 on Monday.",
              "Reuters said 12 were found."]
    human = ["У Палу 380 тисяч жителів.", "О 09:30 кількість жертв перевищила 20 тисяч.",
             "Компанія Adriftmorn Limited з 2014 року.", "Як повідомляє Reuters, знайшли 12."]
    # 380,000 is found as 380 тисяч, 20,000 as 20 тисяч, 9:30 as 09:30; English words never
    # count on the source side; Adriftmorn, Limited and 2014 are nowhere in the source
    assert orphan_counts(source, human) == ([0, 0, 0], [0, 0, 3, 0])
    assert orphan_counts(["Prices rose 7%."], ["Ціни зросли."]) == ([1], [0])
    # a decimal with a scale word and the whole number written out agree: 7.5 million, 7 500 000
    assert orphan_counts(["It cost 7.5 million."], ["Це коштувало 7 500 000."]) == ([0], [0])


def test_a_sentences_anchors_are_read_once_and_cannot_be_changed_by_a_caller() -> None:
    text = "NATO paid 5 million to the EU."
    assert raw_anchors(text) is raw_anchors(text)
    assert isinstance(raw_anchors(text), frozenset)

"""The MQM typology and scoring model: parsing categories, a score worked by hand, and the
model's properties (monotone in penalties, normalised per word)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.mqm import (
    DIMENSIONS,
    MULTIPLIERS,
    TYPOLOGY,
    ScoringModel,
    Severity,
    UnknownCategoryError,
    parse_category,
    parse_severity,
    score,
)


def test_the_seven_dimensions_of_mqm_core() -> None:
    assert DIMENSIONS == ("terminology", "accuracy", "linguistic-conventions", "style",
                          "locale-conventions", "audience-appropriateness", "design-and-markup")
    for wanted in ("accuracy/mistranslation", "accuracy/omission", "accuracy/addition",
                   "accuracy/untranslated", "linguistic-conventions/grammar",
                   "linguistic-conventions/spelling", "linguistic-conventions/punctuation",
                   "style/inconsistent-style", "terminology/inconsistent-use"):
        assert wanted in TYPOLOGY


def test_default_multipliers_are_0_1_5_25() -> None:
    assert [MULTIPLIERS[s] for s in Severity] == [0, 1, 5, 25]


@pytest.mark.parametrize(("text", "wanted"), [
    ("accuracy/mistranslation", "accuracy/mistranslation"),
    ("Accuracy/Mistranslation", "accuracy/mistranslation"),
    ("fluency/spelling", "linguistic-conventions/spelling"),
    ("linguistic conventions/grammar", "linguistic-conventions/grammar"),
    ("style", "style"),
    ("locale_conventions/date format", "locale-conventions/date-format"),
])
def test_parse_category(text: str, wanted: str) -> None:
    assert parse_category(text) == wanted


def test_unknown_categories_are_refused_naming_what_exists() -> None:
    with pytest.raises(UnknownCategoryError, match="the types of accuracy: mistranslation"):
        parse_category("accuracy/typo")
    with pytest.raises(UnknownCategoryError, match="dimensions: terminology, accuracy"):
        parse_category("beauty")
    with pytest.raises(UnknownCategoryError, match="neutral, minor, major, critical"):
        parse_severity("huge")


def test_a_score_worked_by_hand() -> None:
    # 200 words; one major mistranslation (5), two minor spelling errors (1 + 1), one neutral
    # style remark (0): APT 7, per word 0.035, 35 points per 1,000 words.
    errors = [("accuracy/mistranslation", Severity.MAJOR),
              ("linguistic-conventions/spelling", Severity.MINOR),
              ("linguistic-conventions/spelling", Severity.MINOR),
              ("style", Severity.NEUTRAL)]
    s = score(errors, 200)
    assert s.penalty == 7
    assert s.per_word == pytest.approx(0.035)
    assert s.normed == pytest.approx(35)
    assert s.raw == pytest.approx(96.5)
    assert s.score == pytest.approx(65)
    assert s.passed is False
    assert score(errors, 1000).score == pytest.approx(93) and score(errors, 1000).passed


def test_the_readme_example() -> None:
    errors = [("accuracy/omission", Severity.MAJOR)] + [("style", Severity.MINOR)] * 3
    s = score(errors, 1000)
    assert (s.penalty, s.normed, s.raw, s.score, s.passed) == (8, 8, 99.2, 92, True)
    assert score(errors, 1000, ScoringModel(threshold=95)).passed is False


def test_weights_by_category_then_dimension() -> None:
    model = ScoringModel(weights={"accuracy": 2.0, "accuracy/omission": 3.0})
    assert model.penalty("accuracy/omission", Severity.MAJOR) == 15
    assert model.penalty("accuracy/addition", Severity.MAJOR) == 10
    assert model.penalty("style", Severity.MAJOR) == 5


def test_nothing_evaluated_has_no_score() -> None:
    s = score([], 0)
    assert s.score is None and s.passed is None and s.penalty == 0


_errors = st.lists(st.tuples(st.sampled_from(sorted(TYPOLOGY)), st.sampled_from(list(Severity))),
                   max_size=20)


@given(_errors, st.sampled_from(sorted(TYPOLOGY)), st.sampled_from(list(Severity)),
       st.integers(1, 5000))
def test_one_more_error_never_raises_the_score(errors: list[tuple[str, Severity]],
                                               category: str, severity: Severity,
                                               words: int) -> None:
    before, after = score(errors, words), score([*errors, (category, severity)], words)
    assert after.penalty >= before.penalty
    assert after.score is not None and before.score is not None
    assert after.score <= before.score
    assert (after.score < before.score) == (severity is not Severity.NEUTRAL)


@given(_errors, st.integers(1, 2000), st.integers(2, 10))
def test_per_word_normalisation(errors: list[tuple[str, Severity]], words: int,
                                times: int) -> None:
    # The same errors repeated ``times`` over ``times`` as many words score the same.
    one, many = score(errors, words), score(errors * times, words * times)
    assert many.per_word == pytest.approx(one.per_word)
    assert many.score == pytest.approx(one.score)
    assert one.score == pytest.approx(100 - 1000 * one.penalty / words)

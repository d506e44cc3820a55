"""The MQM scorecard charts' figures: errors by category and severity, scores vs the threshold."""

from __future__ import annotations

import pytest

from reviewer.core.annotations import Annotation
from reviewer.core.lqa import Unit, scorecards
from reviewer.core.mqm import Severity
from reviewer.core.mqm_chart_data import category_bars, score_chart

TEXT = "Київ заявив про підтримку"


def _unit(segment: int, target: str, words: int = 100, reviewer: str = "olena",
          article: int = 1, at: str = "") -> Unit:
    return Unit(article, segment, segment, "uk", target, TEXT, words, reviewer, at)


def _error(segment: int, target: str, category: str, severity: Severity) -> Annotation:
    return Annotation(segment, "uk", target, 0, 4, "Київ", category, severity)


def test_category_bars_stack_by_severity_most_errors_first() -> None:
    errors = [_error(1, "final", "style/awkward-style", Severity.MINOR),
              _error(1, "final", "accuracy/omission", Severity.MAJOR),
              _error(2, "final", "accuracy/omission", Severity.MINOR),
              _error(2, "final", "accuracy/omission", Severity.MAJOR),
              _error(2, "final", "linguistic-conventions/grammar", Severity.CRITICAL)]
    card = scorecards([_unit(1, "final"), _unit(2, "final")], errors)[0]
    bars = category_bars(card)
    assert [b.category for b in bars] == ["accuracy/omission", "linguistic-conventions/grammar",
                                          "style/awkward-style"]  # ties in MQM's order
    assert bars[0].counts == (0, 1, 2, 0) and bars[0].total == 3  # neutral, minor, major, crit.
    assert bars[1].counts == (0, 0, 0, 1)
    assert category_bars(None) == ()


def test_score_chart_per_target_article_and_reviewer() -> None:
    units = [_unit(1, "final"), _unit(2, "final", reviewer="petro", article=2),
             _unit(1, "mt:deepl"), _unit(2, "mt:deepl", article=2)]
    errors = [_error(1, "mt:deepl", "accuracy/mistranslation", Severity.CRITICAL),
              _error(1, "final", "style/awkward-style", Severity.MINOR)]
    by_target = score_chart(scorecards(units, errors, by="target"), "uk")
    assert [(b.key, b.score, b.passed) for b in by_target.bars] == [
        ("final", 95.0, True), ("mt:deepl", -25.0, False)]  # 1 point and 25 in 200 words
    assert by_target.threshold == 90.0 and by_target.high == 100.0
    assert by_target.low == -30.0  # below the lowest score, in tens
    assert score_chart(scorecards(units[2:], errors, by="target"), "uk").low == -30.0
    one_word = [Unit(1, 1, 1, "uk", "final", TEXT, 1)]
    deep = score_chart(scorecards(one_word, errors, by="target"), "uk")
    assert deep.bars[0].score == -900.0 and deep.low == -100.0  # the axis stops at the floor
    by_reviewer = score_chart(scorecards(units, errors, by="reviewer"), "uk", "reviewer")
    assert [(b.key, b.score) for b in by_reviewer.bars if b.key == "petro"] == [("petro", 100.0)]
    by_article = score_chart(scorecards(units, errors, by="article"), "uk", "article")
    assert {b.key for b in by_article.bars} == {"1", "2"}
    assert score_chart(scorecards(units, errors, by="target"), "ru").bars == ()
    with pytest.raises(ValueError, match="grouping"):
        score_chart([], "uk", "year")


def test_score_axis_starts_below_the_threshold_when_every_text_passes() -> None:
    card = scorecards([_unit(1, "final", words=1000)],
                      [_error(1, "final", "style/awkward-style", Severity.MINOR)])
    chart = score_chart(card, "uk")
    assert chart.bars[0].score == 99.0 and chart.low == 80.0  # threshold 90 shows with room


def test_score_chart_per_period_in_time_order() -> None:
    units = [_unit(1, "final", at="2024-05-13T09:00:00+00:00"),  # Monday of ISO week 20
             _unit(2, "final", at="2024-04-30T18:00:00+00:00"),  # week 18, April
             _unit(3, "final", at=""),                           # no date known
             _unit(4, "final", at="2024-05-02T08:00:00+00:00"),  # week 18, May
             _unit(5, "final", at="2024-05-13T17:00:00+00:00")]
    errors = [_error(1, "final", "accuracy/omission", Severity.CRITICAL),
              _error(4, "final", "style/awkward-style", Severity.MINOR)]

    def bars(by: str) -> list[tuple[str, float | None, bool | None]]:
        chart = score_chart(scorecards(units, errors, by=by), "uk", by)
        return [(b.key, b.score, b.passed) for b in chart.bars]

    assert bars("day") == [("2024-04-30", 100.0, True), ("2024-05-02", 90.0, True),
                           ("2024-05-13", -25.0, False), ("unknown", 100.0, True)]
    assert bars("week") == [("2024-W18", 95.0, True), ("2024-W20", -25.0, False),
                            ("unknown", 100.0, True)]  # 1 point, then 25, in 200 words
    assert bars("month") == [("2024-04", 100.0, True),
                             ("2024-05", pytest.approx(100 - 26 / 300 * 1000), False),
                             ("unknown", 100.0, True)]
    chart = score_chart(scorecards(units, errors, by="week"), "uk", "week")
    assert chart.threshold == 90.0 and chart.low == -30.0
    assert [b.words for b in chart.bars] == [200, 200, 100]
    assert score_chart(scorecards(units, errors, by="day"), "uk", "reviewer").bars == ()


def test_score_chart_periods_cross_the_year_in_order() -> None:
    units = [_unit(1, "final", at="2025-01-02T10:00:00"), _unit(2, "final", at="2024-12-30"),
             _unit(3, "final", at="2024-12-02T10:00:00")]
    by_week = score_chart(scorecards(units, [], by="week"), "uk", "week")
    assert [b.key for b in by_week.bars] == ["2024-W49", "2025-W01"]  # 30 Dec 2024: 2025-W01
    by_month = score_chart(scorecards(units, [], by="month"), "uk", "month")
    assert [b.key for b in by_month.bars] == ["2024-12", "2025-01"]

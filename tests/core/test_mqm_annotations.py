"""Annotations as data (marking a span, finding it again in a changed text, QA findings
promoted to MQM categories) and scorecards computed from them."""

from __future__ import annotations

import pytest

from reviewer.core.annotations import (
    AnnotationEdit,
    AnnotationError,
    from_finding,
    locate,
    mark,
    parse_span,
    parse_target,
    qa_category,
)
from reviewer.core.lqa import Unit, period_of, scorecards
from reviewer.core.mqm import ScoringModel, Severity
from reviewer.core.qa.findings import Finding, Span
from reviewer.core.qa.findings import Severity as QASeverity

TEXT = "Президент підписав закон у вівторок."


def _mark(start: int, end: int, category: str = "accuracy/mistranslation",
          severity: str = "major", segment: int = 1, target: str = "final", text: str = TEXT):
    return mark(text, start, end, segment_id=segment, lang="uk", target=target,
                category=category, severity=severity)


def test_mark_keeps_the_words_and_checks_the_span() -> None:
    a = _mark(10, 18)
    assert a.text == "підписав" and a.severity is Severity.MAJOR
    with pytest.raises(AnnotationError, match="outside its text"):
        _mark(30, 50)
    with pytest.raises(AnnotationError, match="unknown annotation target"):
        _mark(0, 1, target="mt")
    assert parse_target("mt:deepl") == "mt:deepl"
    assert parse_span("3:7") == (3, 7) and parse_span("3-7") == (3, 7)
    with pytest.raises(AnnotationError, match="START:END"):
        parse_span("seven")


def test_locate_follows_the_words_or_says_they_are_gone() -> None:
    a = _mark(10, 18)
    assert locate(a, TEXT) == (10, 18)
    assert locate(a, "Вчора президент підписав закон.") == (16, 24)
    assert locate(a, "Президент ветував закон.") is None
    assert locate(a, None) is None


def test_an_edit_and_its_inverse() -> None:
    a = _mark(10, 18)
    edit = AnnotationEdit(None, a, "Mark error")
    assert edit.inverse().before == a and edit.inverse().after is None


def test_qa_findings_become_mqm_categories() -> None:
    assert qa_category("numbers", "number-changed") == "accuracy/mistranslation"
    assert qa_category("numbers", "number-missing") == "accuracy/omission"
    assert qa_category("spelling", "misspelt") == "linguistic-conventions/spelling"
    assert qa_category("glossary", "term-not-used") == "terminology/inconsistent-with-termbase"
    with pytest.raises(AnnotationError):
        qa_category("spelling", "more")
    finding = Finding("numbers", "number-changed", "5 became 6.", QASeverity.ERROR,
                      (Span(0, 1),), (Span(27, 35),))
    a = from_finding(finding, TEXT, segment_id=1, lang="uk", target="final")
    assert (a.start, a.end, a.text, a.severity, a.note) == (27, 35, "вівторок", Severity.MAJOR,
                                                            "5 became 6.")
    missing = from_finding(Finding("numbers", "number-missing", "5 is missing."), TEXT,
                           segment_id=1, lang="uk", target="final")
    assert (missing.start, missing.end, missing.category) == (len(TEXT), len(TEXT),
                                                              "accuracy/omission")


def _units() -> list[Unit]:
    return [Unit(1, 1, 0, "uk", "final", TEXT, 100, "olena", "2024-05-03T10:00:00+00:00"),
            Unit(1, 2, 1, "uk", "final", "Друге речення.", 100, "petro",
                 "2024-06-01T10:00:00+00:00"),
            Unit(1, 1, 0, "uk", "mt:deepl", TEXT, 100, "", "2024-05-01T10:00:00+00:00")]


def test_scorecards_by_article_target_reviewer_and_period() -> None:
    marks = [_mark(10, 18), _mark(0, 9, "linguistic-conventions/spelling", "minor"),
             _mark(0, 5, "style", "minor", segment=2, text="Друге речення."),
             _mark(10, 18, "accuracy/mistranslation", "critical", target="mt:deepl"),
             _mark(0, 5, "style", "minor", segment=2, text="Інший текст.")]  # outdated
    cards = scorecards(_units(), marks, by="article")
    assert [c.group for c in cards] == [{"lang": "uk", "target": "final", "article": "1"},
                                        {"lang": "uk", "target": "mt:deepl", "article": "1"}]
    final, mt = cards
    assert final.segments == 2 and final.score.words == 200 and final.outdated == 1
    assert final.counts == {"accuracy/mistranslation": {Severity.MAJOR: 1},
                            "linguistic-conventions/spelling": {Severity.MINOR: 1},
                            "style": {Severity.MINOR: 1}}
    assert final.score.penalty == 7  # 5 + 1 + 1: the outdated one is not counted
    assert final.by_severity() == {Severity.NEUTRAL: 0, Severity.MINOR: 2, Severity.MAJOR: 1,
                                   Severity.CRITICAL: 0}
    assert final.by_dimension() == {"accuracy": 1, "linguistic-conventions": 1, "style": 1}
    assert mt.score.penalty == 25 and mt.score.score == pytest.approx(-150)
    assert mt.score.passed is False
    by_reviewer = scorecards(_units(), marks, by="reviewer")
    assert [(c.group.get("reviewer"), c.score.penalty) for c in by_reviewer] == [
        ("olena", 6), ("petro", 1), ("unknown", 25)]
    by_month = scorecards(_units(), marks, by="month", model=ScoringModel(threshold=0))
    assert [c.group["period"] for c in by_month] == ["2024-05", "2024-06", "2024-05"]
    assert period_of("2024-05-03T10:00:00+00:00", "week") == "2024-W18"
    assert period_of("", "day") == "unknown"

"""The chart figures: chrF histograms, approvals per day, status and effort splits, QA by kind."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import sacrebleu

from reviewer.core.chart_data import (
    KindCount,
    Part,
    chrf_histograms,
    daily_series,
    effort_parts,
    findings_by_kind,
    histogram,
    segment_chrf,
    status_parts,
)
from reviewer.core.leaderboard import build_board
from reviewer.core.model import Link
from reviewer.core.score_units import pair_units
from reviewer.storage.progress_queries import DayCount, Effort, Progress

HUMAN = ["Кіт сидить на килимку.", "Сьогодні йде дощ.", "Ми підемо додому."]
ENGINE_A = ["Кіт сидить на килимі.", "Сьогодні дощ.", "Ми підемо додому."]
ENGINE_B = ["Кішка на килимку.", "Йде дощ сьогодні.", None]


def test_histogram_bins_and_edges() -> None:
    h = histogram([0.0, 9.99, 10.0, 55.5, 99.9, 100.0, -3.0, 104.0])
    assert h.edges == (0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100)
    assert h.counts == (3, 1, 0, 0, 0, 1, 0, 0, 0, 3)
    assert h.total == 8


def test_histogram_uneven_width_keeps_the_upper_edge() -> None:
    h = histogram([5, 29, 30], low=0, high=30, width=25)
    assert h.edges == (0, 25, 30) and h.counts == (1, 2)
    assert histogram([]).counts == (0,) * 10


@pytest.mark.parametrize("kwargs", [{"width": 0}, {"low": 10, "high": 10}])
def test_histogram_refuses_empty_bins(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="histogram"):
        histogram([1.0], **kwargs)


def test_chrf_histograms_count_each_engines_units() -> None:
    links = [Link(i, i + 1, i, i + 1) for i in range(3)]
    pairings = {"test-a": pair_units(1, links, HUMAN, ENGINE_A),
                "test-b": pair_units(1, links, HUMAN, ENGINE_B)}
    board = build_board("uk", pair_units(1, links, HUMAN, [""] * 3), pairings)
    values = segment_chrf(board)
    assert list(values) == [r.engine for r in board.engines]
    for engine, lines in (("test-a", ENGINE_A), ("test-b", ENGINE_B)):
        expected = [sacrebleu.sentence_chrf(h, [r]).score
                    for h, r in zip(lines, HUMAN, strict=True) if h is not None]
        assert values[engine] == pytest.approx(tuple(expected), abs=1e-9)
    hists = chrf_histograms(board)
    assert hists["test-a"].total == 3 and hists["test-b"].total == 2
    assert hists["test-a"].counts == histogram(values["test-a"]).counts
    assert chrf_histograms(board, width=50)["test-b"].edges == (0, 50, 100)


def test_daily_series_fills_quiet_days_and_runs_a_net_total() -> None:
    days = [DayCount("2024-02-27", "uk", 3, 0, 5), DayCount("2024-02-27", "ru", 9, 0, 9),
            DayCount("2024-03-01", "uk", 2, 1, 4)]
    s = daily_series(days, "uk")
    assert s.days == ("2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01")
    assert s.approved == (3, 0, 0, 2) and s.unapproved == (0, 0, 0, 1)
    assert s.cumulative == (3, 3, 3, 4)
    assert daily_series(days, "uk", fill_gaps=False).days == ("2024-02-27", "2024-03-01")
    empty = daily_series(days, "de")
    assert (empty.lang, empty.days, empty.cumulative) == ("de", (), ())


def test_status_and_effort_parts() -> None:
    assert status_parts(Progress("uk", 10, approved=4, rejected=1, draft=2, new=3)) == (
        Part("approved", 4), Part("draft", 2), Part("rejected", 1), Part("new", 3))
    assert effort_parts(Effort("uk", 4, unchanged_mt=2, unchanged_human=1, edited=1)) == (
        Part("unchanged_mt", 2), Part("unchanged_human", 1), Part("edited", 1))


@dataclass(frozen=True)
class _Finding:
    kind: str
    severity: str


@dataclass(frozen=True)
class _Report:
    lang: str
    findings: tuple[_Finding, ...]


def test_findings_by_kind_keeps_the_checks_order_and_zeros() -> None:
    reports = [
        _Report("uk", (_Finding("numbers", "error"), _Finding("quotes", "warning"))),
        _Report("uk", (_Finding("numbers", "warning"), _Finding("numbers", "error"),
                       _Finding("zzz", "info"))),
        _Report("ru", (_Finding("names", "warning"),)),
    ]
    got = findings_by_kind(reports, "uk", ("numbers", "names", "quotes"))
    assert got == (
        KindCount("numbers", 3, {"error": 2, "warning": 1}),
        KindCount("names", 0, {}),
        KindCount("quotes", 1, {"warning": 1}),
        KindCount("zzz", 1, {"info": 1}),
    )
    assert list(got[0].by_severity) == ["error", "warning"]
    assert findings_by_kind(reports, "ru") == (KindCount("names", 1, {"warning": 1}),)

"""Pairing for scores: a unit per n-m link; 1-0, 0-1 links and missing MT left out and counted."""

from __future__ import annotations

import pytest

from reviewer.core.leaderboard import HterPair, build_board
from reviewer.core.model import Link
from reviewer.core.score_units import Pairing, pair_units

HUMAN = ["Р1.", "Р2.", "Р3а.", "Р3б.", "Додано редактором.", "Р6."]
#         seg 0 1-1, segs 1-2 2-1, seg 3 1-2, seg 4 1-0, 0-1 added, seg 5 1-1
LINKS = [Link(0, 1, 0, 1), Link(1, 3, 1, 2), Link(3, 4, 2, 4), Link(4, 5, 4, 4),
         Link(5, 5, 4, 5), Link(5, 6, 5, 6)]
MT = ["M0.", "M1.", "M2.", "M3.", "M4.", "M5."]


def _invariant(p: Pairing) -> None:
    assert p.scored + p.no_human + p.no_mt == p.segments


def test_links_become_units() -> None:
    p = pair_units(7, LINKS, HUMAN, MT)
    _invariant(p)
    assert [(u.segments, u.link, u.hypothesis, u.reference) for u in p.units] == [
        ((0,), "1-1", "M0.", "Р1."),
        ((1, 2), "2-1", "M1. M2.", "Р2."),
        ((3,), "1-2", "M3.", "Р3а. Р3б."),
        ((5,), "1-1", "M5.", "Р6."),
    ]
    assert all(u.article_id == 7 for u in p.units)
    assert (p.segments, p.scored, p.no_human, p.no_mt, p.human_only) == (6, 5, 1, 0, 1)


def test_a_unit_missing_part_of_its_mt_is_left_out_whole() -> None:
    mt = list(MT)
    mt[2] = None  # second segment of the 2-1 link
    p = pair_units(1, LINKS, HUMAN, mt)
    _invariant(p)
    assert [u.segments for u in p.units] == [(0,), (3,), (5,)]
    assert p.no_mt == 2


def test_segments_in_no_link_have_no_human_text() -> None:
    p = pair_units(1, [Link(0, 1, 0, 1)], ["Р1."], ["M0.", "M1.", "M2."])
    _invariant(p)
    assert (len(p.units), p.no_human) == (1, 2)
    assert pair_units(1, [], [], ["a", "b"]).no_human == 2


def test_single_texts_are_kept_verbatim_and_empty_mt_is_scored() -> None:
    p = pair_units(1, [Link(0, 1, 0, 1)], [" Р1. "], [""])
    assert (p.units[0].hypothesis, p.units[0].reference) == ("", " Р1. ")


def test_a_link_outside_the_article_is_refused() -> None:
    with pytest.raises(ValueError, match="outside the article"):
        pair_units(1, [Link(0, 3, 0, 1)], ["Р1."], ["a", "b"])


def test_pairings_add_up_across_articles() -> None:
    a = pair_units(1, LINKS, HUMAN, MT)
    b = pair_units(2, [Link(0, 1, 0, 1)], ["x"], ["y"])
    total = a + b
    assert len(total.units) == 5 and total.segments == 7
    _invariant(total)


def test_board_ranks_and_decides_on_shared_units() -> None:
    human = ["Київ прийняв саміт лідерів.", "Президент виступив з промовою.", "Усе пройшло добре."]
    links = [Link(i, i + 1, i, i + 1) for i in range(3)]
    good = ["Київ прийняв саміт лідерів.", "Президент виступив із промовою.", None]
    poor = ["Саміт у Києві.", "Президент говорив.", "Усе пройшло добре."]
    alignment = pair_units(1, links, human, [""] * 3)
    pairings = {"good": pair_units(1, links, human, good),
                "poor": pair_units(1, links, human, poor)}
    hter_pairs = {"poor": [HterPair(1, 2, poor[2], human[2])]}
    board = build_board("uk", alignment, pairings, hter_pairs)
    assert (board.units, board.segments, board.no_human) == (3, 3, 0)
    assert [r.engine for r in board.engines] == ["good", "poor"]
    good_row, poor_row = board.engines
    assert (good_row.units, good_row.no_mt, poor_row.units) == (2, 1, 3)
    assert good_row.hter is None and poor_row.hter == 0.0
    assert len(poor_row.unit_scores) == 3 and poor_row.unit_scores[2].scores.chrf == 100.0
    closest = board.closest
    assert closest is not None
    # "poor" translated the third segment perfectly, but the decision uses the two shared units.
    assert (closest.engine, closest.units, closest.tied) == ("good", 2, ())
    assert closest.best == {"chrf": "good", "chrf_pp": "good", "bleu": "good", "ter": "good"}
    assert closest.scores["poor"].chrf < poor_row.scores.chrf  # type: ignore[union-attr]


def test_board_tie_and_single_engine() -> None:
    links = [Link(0, 1, 0, 1)]
    human = ["Текст."]
    alignment = pair_units(1, links, human, [""])
    same = {e: pair_units(1, links, human, ["Текст!"]) for e in ("a", "b")}
    board = build_board("ru", alignment, same)
    assert board.closest is not None
    assert (board.closest.engine, board.closest.tied) == (None, ("a", "b"))
    assert board.closest.best["chrf"] is None
    alone = build_board("ru", alignment, {"a": same["a"]})
    assert alone.closest is None and alone.row("a") is not None and alone.row("b") is None
    nothing = build_board("ru", alignment, {"a": pair_units(1, links, human, [None])})
    assert nothing.engines[0].scores is None and nothing.closest is None

"""Word counts as CAT tools count them, and progress in approved source words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.model import Origin, Role, Segment, SegmentView, Status, Translation
from reviewer.core.wordcount import count_words, word_progress


@pytest.mark.parametrize(("text", "words"), [
    ("", 0), ("  — … !", 0),
    ("Ukraine seeks more support", 4),
    ("Інтерв’ю з Єнсом Столтенбергом", 4),
    ("COVID-19 in the south-west", 4),
    ("1,000 people, 3.5% and 15:30 — $20m", 6),
    ("«Ми не виконали», — сказав він.", 5),
    ("U.S. and U.K.", 5),
    ("п'ять, пʼять", 2),
])
def test_words_as_cat_tools_count_them(text: str, words: int) -> None:
    assert count_words(text) == words


@given(st.lists(st.text(alphabet="абв12’-.,", min_size=1, max_size=8), max_size=10))
def test_words_add_up_over_space_separated_parts(parts: list[str]) -> None:
    assert count_words(" ".join(parts)) == sum(count_words(p) for p in parts)


def _view(i: int, source: str, **status: Status) -> SegmentView:
    seg = Segment(i, 1, i, 0, Role.BODY, source)
    return SegmentView(segment=seg, translations={
        lang: Translation(i, lang, "текст", s, Origin.EDITED, None, "") for lang, s in
        status.items()})


def test_progress_counts_approved_source_words_per_language() -> None:
    views = [_view(0, "One two three", uk=Status.APPROVED, ru=Status.DRAFT),
             _view(1, "Four", uk=Status.REJECTED, ru=Status.APPROVED),
             _view(2, "Five six", uk=Status.APPROVED)]
    progress = word_progress(views, ["uk", "ru"])
    assert (progress.words, progress.approved) == (6, {"uk": 5, "ru": 1})
    assert progress.percent("uk") == pytest.approx(500 / 6)
    assert progress.percent("de") == 0.0
    assert word_progress([], ["uk"]).percent("uk") == 0.0

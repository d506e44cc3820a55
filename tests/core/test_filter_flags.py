"""The filters for QA findings, repeats and comments, and where the search text hits."""

from __future__ import annotations

from reviewer.core.filters import SegmentFilter, hit_spans, matches
from reviewer.core.model import Origin, Role, Segment, SegmentView, Status, Translation

LANGS = ["uk", "ru"]


def _view(i: int, finals: dict[str, tuple[Origin, str]] | None = None) -> SegmentView:
    view = SegmentView(Segment(100 + i, 1, i, 0, Role.BODY, "Photo: Reuters"))
    for lang, (origin, comment) in (finals or {}).items():
        view.translations[lang] = Translation(view.segment.id, lang, "Фото: Reuters",
                                              Status.DRAFT, origin, None, "t", comment)
    return view


def test_only_repeats_and_only_comments_look_at_each_language() -> None:
    repeat_uk = _view(0, {"uk": (Origin.REPEAT, ""), "ru": (Origin.MT, "")})
    commented_ru = _view(1, {"uk": (Origin.REPEAT, ""), "ru": (Origin.EDITED, "check")})
    plain = _view(2, {"uk": (Origin.MT, " ")})
    repeats, comments = SegmentFilter(repeats_only=True), SegmentFilter(comments_only=True)
    assert [matches(v, repeats, LANGS) for v in (repeat_uk, commented_ru, plain)] == \
        [True, True, False]
    assert [matches(v, comments, LANGS) for v in (repeat_uk, commented_ru, plain)] == \
        [False, True, False]  # a blank comment is none
    # Both at once: one language must be a repeat with a comment.
    both = SegmentFilter(repeats_only=True, comments_only=True)
    assert not matches(commented_ru, both, LANGS)
    assert matches(commented_ru, SegmentFilter(comments_only=True, lang="ru"), LANGS)
    assert not matches(commented_ru, SegmentFilter(comments_only=True, lang="uk"), LANGS)


def test_only_qa_findings_asks_the_caller_per_language() -> None:
    view = _view(0)
    asked: list[str] = []

    def findings(_view: SegmentView, lang: str) -> bool:
        asked.append(lang)
        return lang == "ru"

    assert matches(view, SegmentFilter(qa_only=True), LANGS, findings)
    assert not matches(view, SegmentFilter(qa_only=True, lang="uk"), LANGS, findings)
    assert not matches(view, SegmentFilter(qa_only=True), LANGS)  # nobody to ask: none
    assert "uk" in asked


def test_hit_spans_fold_as_the_search_does() -> None:
    assert hit_spans("NATO chief: nato", "Nato") == [(0, 4), (12, 16)]
    assert hit_spans("Дев’ять п'ять", "п’ять") == [(8, 13)]  # apostrophes folded
    assert hit_spans("Її їжак", "ЇЖ") == [(3, 5)]
    assert hit_spans("Всё ещё", "все") == [(0, 3)]  # ё as е
    assert hit_spans("5\u00a0000  people", "5 000 people") == [(0, 13)]  # spaces folded
    assert hit_spans("Straße", "STRASSE") == [(0, 6)]  # casefold grows a letter
    assert hit_spans("text", "") == [] and hit_spans("", "x") == []
    assert hit_spans("aaaa", "aa") == [(0, 2), (2, 4)]  # not overlapping

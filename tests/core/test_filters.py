"""Search and filters over segment views, and the next segment to review."""

from __future__ import annotations

from reviewer.core.filters import (
    SegmentFilter,
    fetch_error,
    fold,
    hit_spans,
    matches,
    next_unapproved,
)
from reviewer.core.model import (
    Origin,
    Role,
    Segment,
    SegmentView,
    Status,
    Suggestion,
    Translation,
)

LANGS = ["uk", "ru"]


def _view(i: int, source: str = "NATO chief visits Kyiv", *, human: dict[str, str] | None = None,
          mt: dict[str, str | None] | None = None, errors: dict[str, str] | None = None,
          final: dict[str, tuple[str, Status]] | None = None) -> SegmentView:
    view = SegmentView(Segment(100 + i, 1, i, 0, Role.BODY, source))
    view.human.update(human or {})
    for lang, text in (mt or {}).items():
        view.suggestions.setdefault(lang, []).append(
            Suggestion(view.segment.id, lang, "deepl", text, None, "t"))
    for lang, error in (errors or {}).items():
        view.suggestions.setdefault(lang, []).append(
            Suggestion(view.segment.id, lang, "google", None, error, "t"))
    for lang, (text, status) in (final or {}).items():
        view.translations[lang] = Translation(view.segment.id, lang, text, status, Origin.MT,
                                              "deepl", "t")
    return view


def test_default_filter_lets_all_through() -> None:
    assert matches(_view(0), SegmentFilter(), LANGS)
    assert matches(_view(0), SegmentFilter(), [])


def test_text_in_any_field_case_folded() -> None:
    view = _view(0, human={"uk": "Генсек НАТО відвідав Київ"},
                 mt={"ru": "Генсек НАТО посетил Киев"},
                 final={"uk": ("Генсек НАТО у Києві", Status.DRAFT)})
    for text in ("nato CHIEF", "ГЕНСЕК нато відвідав", "посетил киев", "у києві"):
        assert matches(view, SegmentFilter(text=text), LANGS), text
    assert not matches(view, SegmentFilter(text="Львів"), LANGS)
    assert not matches(view, SegmentFilter(text="посетил", lang="uk"), LANGS)  # only Ukrainian
    assert matches(view, SegmentFilter(text="  "), LANGS)  # blank search is no search


def test_text_folds_apostrophes_spaces_and_yo() -> None:
    view = _view(0, human={"uk": "В\u00a0п’ятницю, інтерв\u02bcю", "ru": "Всё ещё"})
    assert matches(view, SegmentFilter(text="в п'ятницю"), LANGS)
    assert matches(view, SegmentFilter(text="ІНТЕРВ'Ю"), LANGS)
    assert matches(view, SegmentFilter(text="все еще"), LANGS)
    assert fold("ВСЁ  Strasse") == "все strasse"


def test_added_human_text_is_searched() -> None:
    view = _view(0)
    view.human_added["uk"] = ["Абзац, якого немає в оригіналі."]
    assert matches(view, SegmentFilter(text="якого немає"), LANGS)


def test_statuses_per_language_no_translation_is_new() -> None:
    view = _view(0, final={"uk": ("Текст", Status.APPROVED)})
    assert matches(view, SegmentFilter(statuses=frozenset({Status.NEW})), LANGS)  # ru
    assert not matches(view, SegmentFilter(statuses=frozenset({Status.NEW}), lang="uk"), LANGS)
    assert matches(view, SegmentFilter(statuses=frozenset({Status.APPROVED}), lang="uk"), LANGS)
    both = frozenset({Status.DRAFT, Status.REJECTED})
    assert not matches(view, SegmentFilter(statuses=both), LANGS)


def test_errors_only() -> None:
    view = _view(0, errors={"ru": "HTTP 429: too many requests"})
    assert matches(view, SegmentFilter(errors_only=True), LANGS)
    assert matches(view, SegmentFilter(errors_only=True, lang="ru"), LANGS)
    assert not matches(view, SegmentFilter(errors_only=True, lang="uk"), LANGS)
    assert not matches(_view(1, mt={"uk": "Текст"}), SegmentFilter(errors_only=True), LANGS)


def test_conditions_hold_in_one_language_together() -> None:
    view = _view(0, errors={"ru": "timeout"}, final={"uk": ("Текст", Status.DRAFT)})
    draft_with_error = SegmentFilter(statuses=frozenset({Status.DRAFT}), errors_only=True)
    assert not matches(view, draft_with_error, LANGS)
    assert matches(view, SegmentFilter(statuses=frozenset({Status.NEW}), errors_only=True), LANGS)


def test_differs_only_ignores_whitespace() -> None:
    same = _view(0, human={"uk": "Генсек НАТО\u00a0у Києві"}, mt={"uk": " Генсек  НАТО у Києві"})
    other = _view(1, human={"uk": "Генсек НАТО у Києві"}, mt={"uk": "Генсек НАТО в Києві"})
    no_human = _view(2, mt={"uk": "Генсек НАТО в Києві"})
    no_mt = _view(3, human={"uk": "Генсек НАТО у Києві"}, errors={"uk": "down"})
    f = SegmentFilter(differs_only=True)
    assert [matches(v, f, LANGS) for v in (same, other, no_human, no_mt)] == [False, True,
                                                                              False, False]
    assert not matches(other, SegmentFilter(differs_only=True, lang="ru"), LANGS)


def test_next_unapproved_wraps_and_stops() -> None:
    a = ("Текст", Status.APPROVED)
    views = [_view(0, final={"uk": a, "ru": a}), _view(1, final={"uk": a}),
             _view(2, final={"uk": a, "ru": a}), _view(3, final={"uk": ("Т", Status.REJECTED)})]
    assert next_unapproved(views, -1, LANGS) == 1
    assert next_unapproved(views, 1, LANGS) == 3
    assert next_unapproved(views, 3, LANGS) == 1  # wraps
    assert next_unapproved(views, 0, ["uk"]) == 3
    assert next_unapproved(views, 3, ["uk"]) == 3  # only the current one is left
    assert next_unapproved(views[:1] + views[2:3], 0, LANGS) is None
    assert next_unapproved([], -1, LANGS) is None
    assert next_unapproved(views, 0, []) is None


def test_a_later_translation_supersedes_an_error() -> None:
    """Only segments whose latest fetch failed are error segments (old databases may still
    hold an engine's error beside a later success of another)."""
    view = _view(0)
    failed = Suggestion(view.segment.id, "uk", "libre", None, "HTTP 500", "2026-01-01T10:00:00")
    later = Suggestion(view.segment.id, "uk", "google", "Текст", None, "2026-01-01T10:05:00")
    earlier = Suggestion(view.segment.id, "uk", "deepl", "Текст", None, "2026-01-01T09:00:00")
    view.suggestions["uk"] = [failed, earlier]
    assert fetch_error(view, "uk") == failed  # the newest fetch failed
    assert matches(view, SegmentFilter(errors_only=True), LANGS)
    view.suggestions["uk"] = [failed, earlier, later]
    assert fetch_error(view, "uk") is None
    assert not matches(view, SegmentFilter(errors_only=True), LANGS)


def test_next_unapproved_goes_down_from_the_row_after() -> None:
    a = ("Текст", Status.APPROVED)
    views = [_view(0), _view(1, final={"uk": a, "ru": a}), _view(2), _view(3)]
    assert next_unapproved(views, 1, LANGS) == 2  # the row right after, not the one above
    assert next_unapproved(views, 2, LANGS) == 3


def test_the_newest_of_several_errors_is_shown_and_a_tie_does_not_hide_it() -> None:
    view = _view(0)
    new = Suggestion(view.segment.id, "uk", "libre", None, "HTTP 500", "2026-01-01T10:05:00")
    old = Suggestion(view.segment.id, "uk", "google", None, "timed out", "2026-01-01T10:00:00")
    view.suggestions["uk"] = [old, new]
    assert fetch_error(view, "uk") == new
    view.suggestions["uk"] = [new, old]
    assert fetch_error(view, "uk") == new
    same_time = Suggestion(view.segment.id, "uk", "deepl", "Текст", None, new.fetched_at)
    view.suggestions["uk"] = [old, new, same_time]
    assert fetch_error(view, "uk") == new


def test_a_human_version_with_no_machine_translation_does_not_differ() -> None:
    view = _view(0, human={"uk": "Генсек НАТО відвідав Київ"})
    assert not matches(view, SegmentFilter(differs_only=True), LANGS)


def test_the_search_reads_only_texts_there_are() -> None:
    bare = _view(0, errors={"uk": "HTTP 500"})  # no human version, a failed fetch
    assert not matches(bare, SegmentFilter(text="xxxx"), LANGS)
    assert matches(bare, SegmentFilter(text="nato chief"), LANGS)


def test_only_qa_findings_asks_about_the_segment_itself() -> None:
    views = [_view(0), _view(1)]
    flagged = {views[1].segment.id}
    only_qa = SegmentFilter(qa_only=True)
    found = [matches(v, only_qa, LANGS, lambda view, _lang: view.segment.id in flagged)
             for v in views]
    assert found == [False, True]


def test_every_occurrence_of_the_search_is_highlighted() -> None:
    assert hit_spans("Kyiv, KYIV and kyiv", "kyiv") == [(0, 4), (6, 10), (15, 19)]

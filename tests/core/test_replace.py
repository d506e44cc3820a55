"""Find and replace as data: the query (plain, regex, whole word, case), the preview of every
change with its spans, and the edits (settled texts only when asked; drafts again unless kept)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.edits import TranslationState
from reviewer.core.model import Origin, Role, Segment, SegmentView, Status, Translation
from reviewer.core.replace import Query, QueryError, edits, preview


def view(i: int, **texts: tuple[str, Status]) -> SegmentView:
    seg = Segment(100 + i, 1, i, 0, Role.BODY, f"Source {i}.")
    return SegmentView(segment=seg, translations={
        lang: Translation(seg.id, lang, text, status, Origin.MT, "google", "", comment="c")
        for lang, (text, status) in texts.items()})


VIEWS = [view(0, uk=("Київ і київський", Status.DRAFT), ru=("Киев", Status.APPROVED)),
         view(1, uk=("У КИЇВ", Status.APPROVED)),
         view(2, uk=("", Status.NEW)),
         view(3)]


def test_plain_search_ignores_case_and_shows_every_span() -> None:
    changes = preview(VIEWS, ["uk"], Query("київ", "Kyiv"), article_id=1)
    assert [(c.index, c.lang, c.text, c.spans) for c in changes] == [
        (0, "uk", "Kyiv і Kyivський", ((0, 4), (7, 11))),
        (1, "uk", "У Kyiv", ((2, 6),))]
    assert changes[0].before.text == "Київ і київський" and not changes[0].settled
    assert changes[1].settled and changes[0].article_id == 1


def test_whole_word_and_match_case() -> None:
    assert [c.text for c in preview(VIEWS, ["uk"], Query("Київ", "Kyiv", whole_word=True))] == [
        "Kyiv і київський", "У Kyiv"]
    assert [c.text for c in preview(VIEWS, ["uk"], Query("київ", "K", match_case=True))] == [
        "Київ і Kський"]


def test_regular_expressions_with_groups() -> None:
    q = Query(r"(\w+)ськ(\w+)", r"\1-\2", regex=True)
    assert [c.text for c in preview(VIEWS, ["uk"], q)] == ["Київ і київ-ий"]
    assert Query(r"(?P<a>К)иїв", r"\g<a>", regex=True).apply("Київ")[0] == "К"


def test_plain_replacement_is_taken_literally() -> None:
    assert Query("Київ", r"\1 $1 \g<0>").apply("Київ")[0] == r"\1 $1 \g<0>"
    assert Query("a.c", "x").apply("abc a.c") == ("abc x", ((4, 7),))


@pytest.mark.parametrize(("query", "reason"), [
    (Query(""), "nothing to find"),
    (Query("(", regex=True), "not a regular expression"),
    (Query("x*", regex=True), "matches empty text"),
    (Query("^", regex=True, match_case=True), "matches empty text"),  # and nothing else
])
def test_bad_queries_are_refused(query: Query, reason: str) -> None:
    with pytest.raises(QueryError, match=f"^find: .*{reason}"):
        preview(VIEWS, ["uk"], query)


def test_texts_after_an_empty_or_missing_one_are_still_searched() -> None:
    views = [view(0, uk=("", Status.NEW)), view(1, ru=("Київ", Status.DRAFT)),
             view(2, uk=("Київ", Status.DRAFT), ru=("Київ", Status.DRAFT))]
    changes = preview(views, ["uk", "ru"], Query("Київ", "Kyiv"))
    assert [(c.index, c.lang) for c in changes] == [(1, "ru"), (2, "uk"), (2, "ru")]
    assert {c.article_id for c in changes} == {0}  # no article named: 0


def test_a_match_replaced_by_itself_is_no_change() -> None:
    assert preview(VIEWS, ["uk"], Query("Київ", "Київ", match_case=True)) == []


def test_a_draft_after_a_settled_text_is_still_edited() -> None:
    changes = preview(VIEWS, ["uk"], Query("ки", "KI"))
    settled_first = sorted(changes, key=lambda c: not c.settled)
    assert [c.settled for c in settled_first] == [True, False]
    assert [(e.segment_id, e.lang) for e in edits(settled_first)] == [(100, "uk")]


def test_a_bad_group_reference_is_refused() -> None:
    with pytest.raises(QueryError, match="replace"):
        Query("Київ", r"\2", regex=True).apply("Київ")


def test_settled_texts_change_only_when_asked_and_become_drafts() -> None:
    changes = preview(VIEWS, ["uk", "ru"], Query("ки", "KI"))
    assert [(c.index, c.lang) for c in changes] == [(0, "uk"), (0, "ru"), (1, "uk")]
    only_drafts = edits(changes)
    assert [(e.segment_id, e.lang) for e in only_drafts] == [(100, "uk")]
    (edit,) = only_drafts
    assert edit.before == TranslationState("Київ і київський", Status.DRAFT, Origin.MT,
                                           "google", "c")
    assert edit.after == TranslationState("KIїв і KIївсьKIй", Status.DRAFT, Origin.EDITED,
                                          None, "c")
    assert edit.label == "Replace in segment 1"
    both = edits(changes, include_settled=True)
    assert [e.after.status for e in both if e.after] == [Status.DRAFT] * 3
    kept = edits(changes, include_settled=True, keep_status=True)
    assert [e.after.status for e in kept if e.after] == [
        Status.DRAFT, Status.APPROVED, Status.APPROVED]


@given(st.text(alphabet="аКк їі.*", max_size=30), st.text(alphabet="аКк .", min_size=1,
                                                           max_size=3),
       st.text(alphabet="xy", max_size=3), st.booleans(), st.booleans())
def test_plain_replace_matches_str_replace(text: str, find: str, new: str, word: bool,
                                           case: bool) -> None:
    result, spans = Query(find, new, whole_word=word, match_case=case).apply(text)
    if case and not word:
        assert result == text.replace(find, new)
    assert all(text[s.start:s.end].casefold() == find.casefold() for s in spans)
    assert (result == text) == (not spans) or new.casefold() == find.casefold()

"""Repeats: keys equal up to numbers and names, translations carried over only when every
differing number or name is exactly once in them, and the segments a candidate fills."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.model import Origin, Role, Segment, SegmentView, Status, Translation
from reviewer.core.repeat_keys import placeables, repeat_key
from reviewer.core.repeats import RepeatOf, approved_in, carry_over, find_repeats, keys_matching


def test_keys_are_equal_up_to_numbers_names_and_spaces() -> None:
    assert repeat_key("Photo:  Reuters ") == repeat_key("Photo: AP")
    assert repeat_key("5 people died") == repeat_key("1,250 people died")
    assert repeat_key("5 people died") != repeat_key("5 people were hurt")
    assert repeat_key("Photo: Reuters") != repeat_key("photo: Reuters")
    assert placeables("On May 3, 1,250 people met NATO's J. Smith") == (
        "On", "May", "3", "1,250", "NATO's", "J", "Smith")


@pytest.mark.parametrize(("source", "text", "new", "expected"), [
    ("Photo: Reuters", "Фото: Reuters", "Photo: Reuters", "Фото: Reuters"),
    ("Photo: Reuters", "Фото: Reuters", "Photo: AP", "Фото: AP"),
    ("5 people died.", "Загинули 5 людей.", "7 people died.", "Загинули 7 людей."),
    ("Up 3.5% in 2023", "Зросли на 3,5% у 2023", "Up 4.5% in 2023", None),  # 3,5 written apart
    ("5 of 5 voted", "5 з 5 проголосували", "6 of 5 voted", None),  # which 5 changed?
    ("Photo: Reuters", "Фото: Рейтер", "Photo: AP", None),  # the name is not kept as written
    ("Photo: Reuters", "Фото: Reuters", "Video: Reuters", None),  # Photo/Video are names here,
    ("Read also: ...", "Читайте також: ...", "See also: ...", None),  # not in the translation
    ("It has 15 parts", "Має 15 частин, 150 гривень", "It has 16 parts", "Має 16 частин, 150 "
                                                                        "гривень"),
])
def test_carry_over(source: str, text: str, new: str, expected: str | None) -> None:
    assert carry_over(source, text, new) == expected


def view(i: int, source: str, **texts: tuple[str, Status]) -> SegmentView:
    seg = Segment(10 + i, 1, i, 0, Role.BODY, source)
    return SegmentView(segment=seg, translations={
        lang: Translation(seg.id, lang, text, status, Origin.EDITED, None, "")
        for lang, (text, status) in texts.items()})


def test_find_fills_empty_segments_from_equal_sources_first() -> None:
    views = [view(0, "Photo: Reuters", uk=("Фото: Reuters", Status.APPROVED)),
             view(1, "Photo: AP"),
             view(2, "Photo: Reuters", uk=("", Status.NEW), ru=("Фото: Reuters", Status.DRAFT)),
             view(3, "Photo: Reuters", uk=("Фото", Status.DRAFT))]
    candidates = approved_in(views, ["uk", "ru"], article_id=1)
    assert list(candidates) == [("uk", repeat_key("Photo: X"))]
    other = RepeatOf(9, 4, "Photo: AP", "Світлина: AP")
    candidates[("uk", repeat_key("Photo: X"))].append(other)
    found = find_repeats(views, ["uk", "ru"], candidates)
    assert [(r.index, r.lang, r.text, r.of.article_id, r.exact) for r in found] == [
        (1, "uk", "Світлина: AP", 9, True), (2, "uk", "Фото: Reuters", 1, True)]
    assert [r.segment_id for r in found] == [11, 12]
    assert [(c.index, c.source) for c in candidates[("uk", repeat_key("Photo: X"))]] == [
        (0, "Photo: Reuters"), (4, "Photo: AP")]  # where in its article the approval is
    assert find_repeats(views, ["uk"], {}) == []


def test_a_candidate_that_does_not_carry_over_is_passed_for_the_next() -> None:
    views = [view(0, "5 of 5 voted")]
    key = repeat_key("5 of 5 voted")
    candidates = {("uk", key): [RepeatOf(2, 0, "6 of 5 voted", "шість з 5"),
                                RepeatOf(3, 0, "6 of 6 voted", "шість з шести")]}
    assert find_repeats(views, ["uk"], candidates) == []
    candidates[("uk", key)].append(RepeatOf(4, 1, "7 of 8 voted", "7 з 8 проголосували"))
    (found,) = find_repeats(views, ["uk"], candidates)
    assert (found.text, found.of.article_id, found.exact) == ("5 з 5 проголосували", 4, False)


@given(st.lists(st.sampled_from(["Photo", "AP", "5", "of", "people", "died", ":", "12,5"]),
                min_size=1, max_size=8))
def test_a_source_carries_its_own_translation_over_unchanged(words: list[str]) -> None:
    source = " ".join(words)
    text = "T " + source
    assert carry_over(source, text, source) == text
    assert repeat_key(source) == repeat_key(source.replace(" ", "  "))


def _pairwise(views: list[SegmentView], langs: list[str],
              candidates: dict[tuple[str, str], list[RepeatOf]]) -> list[tuple[object, ...]]:
    """The matching as it was first written: every pair worked out from scratch."""
    out = []
    for lang in langs:
        for i, v in enumerate(views):
            t = v.translations.get(lang)
            if t is not None and t.text:
                continue
            found = candidates.get((lang, repeat_key(v.segment.source)), [])
            equal = [c for c in found if " ".join(c.source.split()) == " ".join(
                v.segment.source.split())]
            for cand in equal + [c for c in found if c not in equal]:
                text = carry_over(cand.source, cand.text, v.segment.source)
                if text is not None:
                    out.append((i, lang, text, cand))
                    break
    return sorted(out, key=lambda r: (r[0], r[1]))


WORDS = st.sampled_from(["Photo", "AP", "Reuters", "5", "7", "of", "people", "died", ":",
                         "12,5", "  ", "all"])


@given(st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=5),
                          st.sampled_from(["none", "approved", "draft", "empty"])),
                min_size=1, max_size=12),
       st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=5), st.booleans()), max_size=6))
def test_matching_once_per_text_finds_what_pairwise_matching_finds(
        rows: list[tuple[list[str], str]], others: list[tuple[list[str], bool]]) -> None:
    status = {"approved": Status.APPROVED, "draft": Status.DRAFT, "empty": Status.NEW}
    views = [view(i, " ".join(words), **({} if kind == "none" else {"uk": (
        "" if kind == "empty" else "T " + " ".join(words), status[kind])}))
             for i, (words, kind) in enumerate(rows)]
    candidates = approved_in(views, ["uk", "ru"], article_id=1)
    for n, (words, keeps) in enumerate(others):  # approvals elsewhere, some with the names
        source = " ".join(words)  # written otherwise (not carried over)
        candidates.setdefault(("uk", repeat_key(source)), []).append(
            RepeatOf(2, n, source, "U " + (source if keeps else source.lower())))
    expected = _pairwise(views, ["uk", "ru"], candidates)
    found = find_repeats(views, ["uk", "ru"], candidates)
    assert [(r.index, r.lang, r.text, r.of) for r in found] == expected
    keys = {v.segment.id: repeat_key(v.segment.source) for v in views}  # as the store has them
    assert find_repeats(views, ["uk", "ru"], candidates, keys) == found
    assert find_repeats(views, ["uk", "ru"], candidates, {}) == []  # no segment has a candidate


@given(st.lists(st.lists(WORDS, min_size=1, max_size=5), min_size=1, max_size=10),
       st.lists(WORDS, min_size=1, max_size=5))
def test_the_segments_of_one_key_are_found_without_keying_every_source(
        sources: list[list[str]], approved: list[str]) -> None:
    views = [view(i, "\t".join(words) if i % 2 else " ".join(words))
             for i, words in enumerate([*sources, approved])]
    key = repeat_key(" ".join(approved))
    assert keys_matching(views, key) == {
        v.segment.id: key for v in views if repeat_key(v.segment.source) == key}

"""The word diff: tokens, spans rebuilding both texts, offsets, big inputs, whitespace, cache."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core import diff
from reviewer.core.diff import Op, Span, changed_ratio, has_changes, tokenize, word_diff

ALPHABET = "abcxyz АБВабвгґєіїщьюя’'-–—.,;:!?«»\"()<>&0123456789 \u00a0\t\n\u0301"
texts = st.text(alphabet=ALPHABET, max_size=80)
any_texts = st.text(max_size=40)  # every code point, surrogates and private use included


def _old(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans if s.op is not Op.INSERT)


def _new(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans if s.op is not Op.DELETE)


def _check(old: str, new: str) -> tuple[Span, ...]:
    spans = word_diff(old, new)
    assert _old(spans) == old
    assert _new(spans) == new
    a = b = 0
    for s in spans:
        assert s.text
        assert (s.a_start, s.b_start) == (a, b)
        if s.op is not Op.INSERT:
            assert old[s.a_start:s.a_end] == s.text
        else:
            assert s.a_start == s.a_end
        if s.op is not Op.DELETE:
            assert new[s.b_start:s.b_end] == s.text
        else:
            assert s.b_start == s.b_end
        a, b = s.a_end, s.b_end
    assert (a, b) == (len(old), len(new))
    return spans


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_spans_rebuild_both_texts(old: str, new: str) -> None:
    _check(old, new)


@settings(max_examples=200, deadline=None)
@given(any_texts, any_texts)
def test_spans_rebuild_any_unicode(old: str, new: str) -> None:
    _check(old, new)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_identical_texts_are_one_equal_span(text: str) -> None:
    spans = word_diff(text, text)
    assert all(s.op is Op.EQUAL for s in spans)
    assert changed_ratio(spans) == 0.0


@given(any_texts)
def test_tokens_join_to_the_text(text: str) -> None:
    assert "".join(tokenize(text)) == text


@pytest.mark.parametrize("word", [
    "інтерв’ю", "інтерв'ю", "пʼять", "don't", "well-known", "Нью-Джерсі", "COVID-19", "1 000",
    "12\u00a0345", "5,5", "3.14", "1,000,000", "молоко́", "snake_case",
])
def test_one_token_words(word: str) -> None:
    assert tokenize(word) == [word]
    assert tokenize(f"«{word}»,") == ["«", word, "»", ","]


def test_tokens_split_words_spaces_and_punctuation() -> None:
    assert tokenize("Он сказал: «Нет!»  2023 100") == [
        "Он", " ", "сказал", ":", " ", "«", "Нет", "!", "»", "  ", "2023", " ", "100"]
    assert tokenize("in 1990, 5 people — 10-15") == [
        "in", " ", "1990", ",", " ", "5", " ", "people", " ", "—", " ", "10-15"]


def test_a_changed_word_is_replaced_whole() -> None:
    spans = _check("Тато каже, що донька пішла.", "Батько каже, що дочка пішла.")
    changed = [(s.op, s.text) for s in spans if s.op is not Op.EQUAL]
    assert changed == [(Op.DELETE, "Тато "), (Op.INSERT, "Батько "),
                       (Op.DELETE, "донька "), (Op.INSERT, "дочка ")]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Вони ширші за нас.", "Вони більші за нас.",
     [(Op.EQUAL, "Вони "), (Op.DELETE, "ширші "), (Op.INSERT, "більші "), (Op.EQUAL, "за нас.")]),
    ("Вони ширші", "Вони більші",  # at the end: the whitespace before them
     [(Op.EQUAL, "Вони"), (Op.DELETE, " ширші"), (Op.INSERT, " більші")]),
    ("ширші", "більші", [(Op.DELETE, "ширші"), (Op.INSERT, "більші")]),  # none to share
])
def test_a_deletion_and_its_insertion_are_kept_apart_by_shared_whitespace(
        old: str, new: str, expected: list[tuple[Op, str]]) -> None:
    assert [(s.op, s.text) for s in _check(old, new)] == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # already apart: the deletion ends in whitespace, or the insertion starts with it
    ("Вони ширші. ", "Вони більші",
     [(Op.EQUAL, "Вони "), (Op.DELETE, "ширші. "), (Op.INSERT, "більші")]),
    ("Вони,ширші ", "Вони, більші ",
     [(Op.EQUAL, "Вони,"), (Op.DELETE, "ширші"), (Op.INSERT, " більші"), (Op.EQUAL, " ")]),
    # at the start of the text with no whitespace after them: nothing to share
    ("ширші, ", "більші, ", [(Op.DELETE, "ширші"), (Op.INSERT, "більші"), (Op.EQUAL, ", ")]),
])
def test_whitespace_is_shared_only_where_a_deletion_would_touch_its_insertion(
        old: str, new: str, expected: list[tuple[Op, str]]) -> None:
    assert [(s.op, s.text) for s in _check(old, new)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ширші", "більші", "за", "нас", "1 000", ","]), max_size=8),
       st.lists(st.sampled_from(["ширші", "більші", "за", "нас", "1 000", ","]), max_size=8))
def test_a_deletion_never_touches_its_insertion_where_a_space_is_shared(
        old: list[str], new: list[str]) -> None:
    spans = _check(" ".join(old), " ".join(new))
    for i in range(len(spans) - 1):
        a, b = spans[i], spans[i + 1]
        if a.op is Op.DELETE and b.op is Op.INSERT and not (
                a.text[-1].isspace() or b.text[0].isspace()):
            before, after = spans[i - 1] if i else None, spans[i + 2:i + 3]
            assert not (before and before.op is Op.EQUAL and before.text[-1].isspace()), spans
            assert not (after and after[0].op is Op.EQUAL and after[0].text[0].isspace()), spans


def test_offsets_point_into_both_texts() -> None:
    old, new = "The quick brown fox.", "The quick red fox."
    spans = _check(old, new)
    delete = next(s for s in spans if s.op is Op.DELETE)
    insert = next(s for s in spans if s.op is Op.INSERT)
    assert (delete.a_start, delete.a_end, delete.b_start, delete.b_end) == (10, 16, 10, 10)
    assert (insert.a_start, insert.a_end, insert.b_start, insert.b_end) == (16, 16, 10, 14)
    assert (delete.text, insert.text) == ("brown ", "red ")


def test_empty_sides() -> None:
    assert word_diff("", "") == ()
    assert [s.op for s in _check("", "нове")] == [Op.INSERT]
    assert [s.op for s in _check("старе", "")] == [Op.DELETE]
    assert changed_ratio(word_diff("a", "b")) == 1.0


def test_markup_is_just_text() -> None:
    spans = _check("<b>bold</b> & <script>x()</script>", "<i>bold</i> &amp; <script>y()</script>")
    assert any(s.op is Op.INSERT and "amp" in s.text for s in spans)


def test_more_than_65k_distinct_tokens() -> None:
    old = " ".join(f"w{i}" for i in range(70_000))
    new = " ".join(f"w{i}" if i % 1000 else f"v{i}" for i in range(70_000))
    spans = _check(old, new)
    assert sum(1 for s in spans if s.op is Op.INSERT) == 70
    assert changed_ratio(spans) < 0.01


def test_code_points_skip_nul_and_surrogates() -> None:
    seen = set()
    for i in [0, 1, 6399, 6400, 200_000, 500_000, diff.MAX_TOKENS - 1]:
        cp = ord(diff._code_point(i))
        assert cp != 0 and not 0xD800 <= cp <= 0xDFFF
        seen.add(cp)
    assert len(seen) == 7
    assert diff.MAX_TOKENS > 1_000_000
    with pytest.raises(OverflowError):
        diff._code_point(diff.MAX_TOKENS)


def test_beyond_the_code_space_the_whole_text_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diff, "MAX_TOKENS", 3)
    diff.cache_clear()
    try:
        spans = _check("a b c d", "a b c e")
        assert [s.op for s in spans] == [Op.DELETE, Op.INSERT]
    finally:
        diff.cache_clear()


def test_at_most_max_tokens_distinct_tokens_are_diffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diff, "MAX_TOKENS", 3)
    diff.cache_clear()
    try:  # "a", " ", "b": three distinct tokens are diffed; a fourth ("c") is one too many
        assert [(s.op, s.text) for s in _check("a b", "a b b")] == [(Op.EQUAL, "a b"),
                                                                     (Op.INSERT, " b")]
        assert [(s.op, s.text) for s in _check("a b", "a b c")] == [(Op.DELETE, "a b"),
                                                                     (Op.INSERT, "a b c")]
        # one side alone too large, the other empty: the whole of it inserted or deleted
        assert [(s.op, s.text) for s in _check("", "a b c d")] == [(Op.INSERT, "a b c d")]
        assert [(s.op, s.text) for s in _check("a b c d", "")] == [(Op.DELETE, "a b c d")]
    finally:
        diff.cache_clear()


def test_a_long_segment_is_not_all_changed() -> None:
    rng = random.Random(4)
    words = [rng.choice(["Київ", "НАТО", "заявив", "що", "війська", "не", "буде", "у", "році"])
             + str(rng.randrange(50)) for _ in range(5_000)]
    edited = [w if rng.random() > 0.05 else "змінено" for w in words]
    spans = _check(" ".join(words), " ".join(edited))
    assert 0.01 < changed_ratio(spans) < 0.15


def test_whitespace_only_differences() -> None:
    assert not has_changes("a  b", "a b")
    assert not has_changes(" Київ\u00a0— столиця\n", "Київ — столиця")
    assert has_changes("ab", "a b")
    assert has_changes("a b", "a c")
    assert not has_changes("", "   ")


def test_results_are_cached() -> None:
    diff.cache_clear()
    first = word_diff("раз два три", "раз три")
    assert word_diff("раз два три", "раз три") is first
    assert word_diff.cache_info().hits == 1
    assert word_diff.cache_info().maxsize == diff.CACHE_SIZE


def test_changed_ratio_is_the_share_of_both_texts_changed() -> None:
    # "Київ" kept (4 + 4 characters), " Львів" deleted and " Харків" inserted (6 + 7 characters)
    assert changed_ratio(word_diff("Київ Львів", "Київ Харків")) == pytest.approx(13 / 21)

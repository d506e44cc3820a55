"""Long segments cut to an engine's length limit and put back: pieces within the limit, as full
as they can be, cut at sentences, then at the last space, and rejoined with the source's own
whitespace (for a segment's text as the splitter gives it: no leading or trailing space)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.engines.splitting import Pieces, rejoin, split_to_limit


def test_a_text_of_exactly_the_limit_is_one_piece() -> None:
    text = "Talks resumed. Both sides met."
    assert split_to_limit(text, len(text), "en") == Pieces((text,), ())
    assert split_to_limit(" Kyiv. ", 7, "en") == Pieces((" Kyiv. ",), ())  # sent untouched
    assert rejoin(["Переговори відновилися."], split_to_limit("Talks resumed.", 99, "en")) == (
        "Переговори відновилися.")


def test_sentences_that_fill_a_piece_exactly_share_it() -> None:
    pieces = split_to_limit("Aa. Bb. Cc.", 7, "en")
    assert pieces == Pieces(("Aa. Bb.", "Cc."), (" ",))


def test_a_sentence_of_exactly_the_limit_is_not_cut() -> None:
    pieces = split_to_limit("Kyiv. Talks went on all day.", 22, "en")
    assert pieces == Pieces(("Kyiv.", "Talks went on all day."), (" ",))


def test_an_overlong_sentence_is_cut_at_the_last_space_that_fits() -> None:
    assert split_to_limit("aaa bbb ccc ddd", 11, "en").texts == ("aaa bbb ccc", "ddd")
    assert split_to_limit("aaaa bbbb", 4, "en").texts == ("aaaa", "bbbb")  # space at the limit
    assert split_to_limit("aaaaa bb", 4, "en").texts == ("aaaa", "a bb")  # no space in reach
    assert split_to_limit("a bbbbbbbbb", 5, "en").texts == ("a", "bbbbb", "bbbb")


def test_a_cut_at_a_run_of_spaces_leaves_no_space_at_either_end() -> None:
    pieces = split_to_limit("aaa  bbb  ccc", 5, "en")
    assert pieces == Pieces(("aaa", "bbb", "ccc"), (" ", " "))


def test_each_gap_between_sentences_is_kept_with_its_own_whitespace() -> None:
    text = "Aa one.\nBb two.  Cc three.\n\n\nDd."
    pieces = split_to_limit(text, 9, "en")
    assert pieces == Pieces(("Aa one.", "Bb two.", "Cc three.", "Dd."), ("\n", "  ", "\n\n\n"))
    assert rejoin(list(pieces.texts), pieces) == text


def test_a_long_gap_counts_against_the_limit() -> None:
    pieces = split_to_limit("Aa.\n\n\nBb.", 6, "en")
    assert pieces == Pieces(("Aa.", "Bb."), ("\n\n\n",))


def test_word_and_character_cuts_are_joined_back_as_they_were() -> None:
    pieces = split_to_limit("Hi. " + "x" * 25, 10, "en")
    assert pieces == Pieces(("Hi.", "x" * 10, "x" * 10, "x" * 5), (" ", "", ""))
    cut = split_to_limit("Hi. aaaa " + "b" * 12, 5, "en")
    assert cut == Pieces(("Hi.", "aaaa", "bbbbb", "bbbbb", "bb"), (" ", " ", "", ""))


def test_a_repeated_sentence_keeps_its_place() -> None:
    text = "Yes. No.\nYes.  Maybe."
    pieces = split_to_limit(text, 6, "en")
    assert pieces == Pieces(("Yes.", "No.", "Yes.", "Maybe."), (" ", "\n", "  "))


def test_a_translation_with_a_piece_missing_is_refused_not_shortened() -> None:
    pieces = split_to_limit("One. Two. Three.", 5, "en")
    with pytest.raises(ValueError):
        rejoin(["Один.", "Два."], pieces)
    assert rejoin([], Pieces((), ())) == ""


WORD = st.text(alphabet="abcдеж.", min_size=1, max_size=12)


@given(st.lists(WORD, min_size=1, max_size=30), st.integers(min_value=3, max_value=40))
def test_pieces_fit_are_full_and_rejoin_to_the_text(words: list[str], limit: int) -> None:
    text = " ".join(words).strip(" ")
    pieces = split_to_limit(text, limit, "en")
    assert all(len(p) <= limit for p in pieces.texts) or len(text) <= limit
    assert all(p and p == p.strip() for p in pieces.texts if len(text) > limit)
    assert rejoin(list(pieces.texts), pieces) == text
    for piece, sep, following in zip(pieces.texts, pieces.separators, pieces.texts[1:],
                                     strict=False):
        head = following.split(" ")[0] if sep == " " else following[:1]
        assert len(piece) + len(sep) + len(head) > limit or "." in piece + head

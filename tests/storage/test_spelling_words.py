"""The library's spelling dictionary: words added once per language, matched case-folded
(Cyrillic too, which SQLite's lower() does not fold), removed in any case, kept across opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.storage.spelling_words import SpellingWords
from reviewer.storage.store import Store


def test_words_are_added_once_per_language_and_kept(db_target: str, tmp_path: Path) -> None:
    path = db_target
    with Store(path) as store:
        words = SpellingWords(store)
        assert words.add("ua", "Грюнерлокка", added_by="olena")
        assert not words.add("uk", "Грюнерлокка")
        assert words.add("ru", "Грюнерлёкка")
    with Store(path) as store:
        words = SpellingWords(store)
        assert words.words() == [("ru", "Грюнерлёкка"), ("uk", "Грюнерлокка")]
        assert words.words("ua") == [("uk", "Грюнерлокка")]
        assert words.accepted() == {"uk": frozenset({"грюнерлокка"}),
                                    "ru": frozenset({"грюнерлёкка"})}
        row = next(store.conn.db.query("SELECT added_by, added_at FROM spelling_words "
                                       "WHERE lang = 'uk'"))
        assert row["added_by"] == "olena" and row["added_at"]


def test_remove_matches_any_case(db_target: str, tmp_path: Path) -> None:
    with Store(db_target) as store:
        words = SpellingWords(store)
        words.add("uk", "Шахед")
        assert not words.remove("ru", "шахед")
        assert words.remove("uk", "ШАХЕД")
        assert words.words() == [] and not words.remove("uk", "шахед")


@pytest.mark.parametrize("word", ["", "  ", "два слова", "a\tb"])
def test_only_single_words_are_added(db_target: str, tmp_path: Path, word: str) -> None:
    with Store(db_target) as store, pytest.raises(ValueError, match="not one word"):
        SpellingWords(store).add("uk", word)

"""The one rule for "the" machine translation of a segment."""

from __future__ import annotations

from reviewer.core.model import Suggestion
from reviewer.core.suggestions import is_usable, usable_suggestion


def _s(engine: str, text: str | None, at: str, error: str | None = None) -> Suggestion:
    return Suggestion(1, "uk", engine, text, error, at)


def test_the_chosen_engine_wins_when_usable() -> None:
    found = [_s("google", "g", "2026-01-02"), _s("deepl", "d", "2026-01-01")]
    assert usable_suggestion(found, "deepl").engine == "deepl"


def test_otherwise_the_newest_usable_one() -> None:
    found = [_s("deepl", "d", "2026-01-01"), _s("google", "g", "2026-01-02"),
             _s("libre", None, "2026-01-03", "offline: refused")]
    assert usable_suggestion(found).engine == "google"
    assert usable_suggestion(found, "libre").engine == "google"  # its fetch failed


def test_ties_go_to_the_first_engine_by_name_whatever_the_order() -> None:
    found = [_s("libre", "l", "2026-01-01"), _s("deepl", "d", "2026-01-01")]
    assert usable_suggestion(found).engine == "deepl"
    assert usable_suggestion(reversed(found)).engine == "deepl"


def test_errors_and_empty_texts_are_never_taken() -> None:
    assert not is_usable(_s("a", "", "x")) and not is_usable(_s("a", "t", "x", "timeout: 20 s"))
    assert is_usable(_s("a", "t", "x"))
    assert usable_suggestion([_s("a", "", "x"), _s("b", None, "y", "key: refused")]) is None
    assert usable_suggestion([]) is None

"""Fetch errors in the store: a success from any engine supersedes the errors of a segment and
language, so an error row means that the latest fetch of it failed."""

from __future__ import annotations

from reviewer.core.model import Role, SegmentDraft
from reviewer.storage.mt_cache import MTRecord, record_mt
from reviewer.storage.store import Store
from tests.seed import seed_mt


def _segments(store: Store) -> list[int]:
    art = store.add_article("T", "en", "t.txt", [SegmentDraft(0, Role.BODY, "One."),
                                                 SegmentDraft(0, Role.BODY, "Two.")])
    return [s.id for s in store.segments(art.id)]


def _rows(store: Store, segment: int, lang: str = "uk") -> dict[str, tuple]:
    return {s.engine: (s.text, s.error) for s in store.suggestions(segment, lang)}


def test_a_success_clears_other_engines_errors(db_target: str) -> None:
    with Store(db_target) as store:
        one, two = _segments(store)
        record_mt(store, [MTRecord(s, lang, "libre", None, "HTTP 500")
                          for s in (one, two) for lang in ("uk", "ru")])
        record_mt(store, [MTRecord(one, "uk", "google", "Один.", None)])
        assert _rows(store, one) == {"google": ("Один.", None)}  # the error is gone
        assert _rows(store, one, "ru") == {"libre": (None, "HTTP 500")}  # other language kept
        assert _rows(store, two) == {"libre": (None, "HTTP 500")}  # other segment kept
        # A later failure of another engine is the latest fetch: kept beside the translation.
        record_mt(store, [MTRecord(one, "uk", "deepl", None, "HTTP 429")])
        assert _rows(store, one) == {"google": ("Один.", None), "deepl": (None, "HTTP 429")}
        # A retry that succeeds replaces its own error and clears the others.
        seed_mt(store, two, "uk", "libre", "Два.")
        assert _rows(store, two) == {"libre": ("Два.", None)}
        seed_mt(store, one, "uk", "libre", "Один!")
        assert _rows(store, one) == {"google": ("Один.", None), "libre": ("Один!", None)}

"""On PostgreSQL, writes of different translations commit side by side, so a history row or a
memory index row may commit after one with a larger id: a window's live updates and the memory's
in-process cache still take it. Anna's approval is held open after its write (its ids given)
while Boris's, with larger ids, commits."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from reviewer.core.edits import Edit
from reviewer.storage import changes
from reviewer.storage.edits import apply_edit
from reviewer.storage.store import Store
from reviewer.storage.tm_cache import PairCache, sync
from tests.storage.test_pg_write_locks import Held, _approve, _segments, held_edit, url

__all__ = ["held_edit", "url"]  # the fixtures


def test_a_window_hears_of_a_change_committed_after_one_with_a_larger_history_id(
        url: str, held_edit: Callable[[Store, Edit], Held]) -> None:
    first, second, _ = _segments(url)
    with Store(url) as anna, Store(url) as boris, Store(url) as window:
        art = window.articles()[0].article.id
        cursor = changes.start(window)
        held = held_edit(anna, _approve(anna, first, "Перше."))  # its history id given
        apply_edit(boris, _approve(boris, second, "Друге."), actor="boris")  # a larger id
        assert set(_poll_until(window, cursor, art, second)) == {(second, "uk")}
        held.release()  # Anna's row, with the smaller id, commits now
        found = _poll_until(window, cursor, art, first)
        assert found[(first, "uk")] is not None and found[(first, "uk")].text == "Перше."


def _poll_until(store: Store, cursor: changes.Cursor, art: int,
                seg: int) -> dict[tuple[int, str], Any]:
    """What polls report until one reports ``seg`` (several: a notice comes a moment late)."""
    deadline = time.monotonic() + 5.0
    found: dict[tuple[int, str], Any] = {}
    while (seg, "uk") not in found:
        assert time.monotonic() < deadline, f"segment {seg} never reported: {found}"
        found.update(changes.poll(store, cursor, art, ["uk"]).translations)
        time.sleep(0.02)
    return found


def test_the_memory_cache_takes_an_approval_committed_after_one_with_a_larger_index_id(
        url: str, held_edit: Callable[[Store, Edit], Held]) -> None:
    first, second, _ = _segments(url)
    with Store(url) as anna, Store(url) as boris, Store(url) as reader:
        cache = PairCache()
        held = held_edit(anna, _approve(anna, first, "Перше."))  # its index row's id given
        apply_edit(boris, _approve(boris, second, "Друге."), actor="boris")  # a larger id
        with reader.conn.reading() as db:
            sync(db.conn, cache, "en", "uk")
        assert set(cache.rows) == {("segment", second)}
        held.release()
        with reader.conn.reading() as db:
            sync(db.conn, cache, "en", "uk")
        assert set(cache.rows) == {("segment", first), ("segment", second)}

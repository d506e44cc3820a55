"""Presence: the grid shows who else is on which segment now (a claim that lapses), and the
window's own claim follows the segment it shows and goes when it closes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.storage import claims
from reviewer.storage.store import Store
from reviewer.ui.review_model import PresenceRole

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 15_000


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """Another reviewer's connection to the same database file."""
    with Store(store.path) as s:
        yield s


def _badges(window: Any, row: int) -> list[str]:
    return list(window.grid.model().index(row, 0).data(PresenceRole) or [])


def test_another_reviewer_on_a_segment_shows_and_lapses(qtbot: Any, make_window: Any,
                                                        store: Store, other: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[2]
    claims.claim(other, "their-window", "olena", window.article_id, seg.id, "uk", ttl_s=3)
    qtbot.waitUntil(lambda: _badges(window, 2) == ["olena"], timeout=WAIT_MS)
    tip = str(window.grid.model().index(2, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "Now on it: olena" in tip
    assert _badges(window, 1) == []
    qtbot.waitUntil(lambda: _badges(window, 2) == [], timeout=WAIT_MS)  # not refreshed: gone


def test_the_windows_claim_follows_it_and_goes_when_it_closes(qtbot: Any, make_window: Any,
                                                              store: Store,
                                                              other: Store) -> None:
    window = make_window()
    article = window.article_id
    segments = store.segments(article)

    def claimed() -> list[tuple[str, int]]:
        return [(c.name, c.segment_id) for c in claims.current(other, article)]

    row = window.current_row()
    me = window.review.service.actor  # the window's reviewer name (the OS user here)
    qtbot.waitUntil(lambda: claimed() == [(me, segments[row].id)], timeout=WAIT_MS)
    qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    qtbot.waitUntil(lambda: claimed() == [(me, segments[row + 1].id)], timeout=WAIT_MS)
    assert _badges(window, row + 1) == []  # its own claim is no badge
    qtbot.keyClick(window.grid, Qt.Key.Key_Q, CTRL)  # quit
    qtbot.waitUntil(lambda: claimed() == [], timeout=WAIT_MS)

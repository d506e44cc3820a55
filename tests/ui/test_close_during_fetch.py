"""Closing the window while a fetch runs cancels it cleanly and keeps what was already saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.storage.store import Store
from tests.engines.servers import MTServer


def test_close_during_fetch(qtbot: Any, make_window: Any, store: Store) -> None:
    with MTServer("libre", delay=1.0) as server:
        window = make_window({"engine": "libre", "engine_url": server.url, "timeout": 10.0,
                              "concurrency": 1})
        article_id = window.article_id
        qtbot.keyClick(window.grid, Qt.Key.Key_F5)
        count = "SELECT count(*) FROM suggestions"
        qtbot.waitUntil(lambda: store.conn.db.execute(count).fetchone()[0] > 0, timeout=10000)
        window.close()  # cancels the fetch and waits for the worker thread to end
        assert window.runner.pool.activeThreadCount() == 0
    with Store(store.path) as reopened:
        saved = [s for seg in reopened.segments(article_id) for s in reopened.suggestions(seg.id)]
        assert saved, "suggestions that arrived before closing are kept"
        assert all(s.text and not s.error for s in saved)
        assert len(saved) < 2 * len(reopened.segments(article_id)), "the fetch was cut short"
        assert reopened.conn.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

"""Realigning by machine translation from the window, by keys: F5 fetches MT output from a
loopback server (the project's own article, and real WMT23 output when the shared corpora are
there), the status bar offers the realignment, Ctrl+Shift+R opens the preview, Down and Space
untick the second change, Enter stores the first; the store has it, with history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reviewer import library
from reviewer.core.model import Link
from reviewer.storage.store import Store
from tests.engines.servers import MTServer, Wmt23
from tests.news_corpus import NewsCorpus

pytestmark = [pytest.mark.timeout(120)]

#: Twelve English lines and their uk reference, line 5 and line 10 dropped from the human version.
DROPPED = (4, 9)


def _import(store: Store, tmp_path: Path, news: NewsCorpus) -> tuple[int, list[Link]]:
    doc = news.articles()[0]
    en, uk = doc["en"][:12], doc["ref"]["uk"][:12]
    kept = [s for i, s in enumerate(uk[1:], 1) if i not in DROPPED]
    (tmp_path / "en.txt").write_text(en[0] + "\n\n" + " ".join(en[1:]) + "\n", encoding="utf-8")
    (tmp_path / "uk.txt").write_text(uk[0] + "\n\n" + " ".join(kept) + "\n", encoding="utf-8")
    article = library.import_article(store, str(tmp_path / "en.txt"),
                                     humans={"uk": str(tmp_path / "uk.txt")})
    # A text-only alignment that missed both drops: it shifted, then merged to catch up.
    drifted = [*(Link(i, i + 1, i, i + 1) for i in range(5)), Link(5, 7, 5, 6), Link(7, 8, 6, 7),
               Link(8, 9, 7, 8), Link(9, 10, 8, 9), Link(10, 12, 9, 10)]
    store.replace_links(article.id, "uk", drifted, action="test-setup", actor="test")
    return article.id, drifted


def _press_in_dialog(qtbot: Any, keys: list[Qt.Key]) -> list[Any]:
    """Once the preview is open, press ``keys`` on its table (the widget with focus)."""
    seen: list[Any] = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press)
            return
        seen.append([dialog.model.data(dialog.model.index(r, 3)) for r in
                     range(dialog.model.rowCount())])
        for key in keys:
            qtbot.keyClick(dialog.table, key)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)
    return seen


def test_fetch_offers_realign_and_the_ticked_change_is_stored(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path, news: NewsCorpus) -> None:
    article, drifted = _import(store, tmp_path, news)
    with MTServer("libre", Wmt23(news.realign_system, news.path)) as server:
        window = make_window({"engine": "libre", "engine_url": server.url,
                              "last_article": article})
        assert window.article_id == article
        assert not window.realign.button.isVisible()
        qtbot.keyClick(window.grid, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not window.runner.active, timeout=60000)
    qtbot.waitUntil(window.realign.button.isVisible)
    assert "links change" in window.realign.button.text()
    seen = _press_in_dialog(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Space])
    qtbot.keyClick(window.grid, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert len(seen[0]) == 2  # two changes: after each dropped sentence
    links = store.links(article, "uk")
    ranges = [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in links]
    assert (4, 5, 4, 4) in ranges  # the first drop is now a 1-0 link
    assert ranges[4:8] == [(4, 5, 4, 4), (5, 6, 4, 5), (6, 7, 5, 6), (7, 8, 6, 7)]
    assert links[-2:] == drifted[-2:]  # the second change was unticked: left as it was
    actions = [r["action"] for r in store.conn.db.query(
        "SELECT action FROM history WHERE article_id = ? ORDER BY id", [article])]
    assert actions[-1] == "links-realign"
    assert not window.realign.button.isVisible()
    qtbot.waitUntil(lambda: window.writer.settled)  # the article read again and shown
    assert window.model.views[5].human["uk"] == store.human_sentences(article, "uk")[4].text

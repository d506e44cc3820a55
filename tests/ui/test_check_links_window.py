"""Checking the links with the sentence encoder from the window, by keys: Ctrl+Shift+K embeds
the sentences on a worker (the real model) and opens the preview of its two changes; Down and
Space untick the second, Enter stores the first; the store has it, with history. The grid stays
live meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer import library
from reviewer.storage.store import Store
from tests.services.test_link_check import EN, UK, WRONG
from tests.ui.test_realign_window import _press_in_dialog

pytestmark = [pytest.mark.timeout(120)]


def test_check_previews_and_stores_the_ticked_change(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(" ".join(EN) + "\n", encoding="utf-8")
    (tmp_path / "uk.txt").write_text(" ".join(UK) + "\n", encoding="utf-8")
    article = library.import_article(store, str(tmp_path / "en.txt"),
                                     humans={"uk": str(tmp_path / "uk.txt")}).id
    store.replace_links(article, "uk", WRONG, action="test-setup", actor="test")
    window = make_window({"last_article": article})
    assert window.article_id == article
    seen = _press_in_dialog(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Space])
    qtbot.keyClick(window.grid, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=60000)
    assert len(seen[0]) == 2  # the editor's sentence unlinked; the mayor's linked again
    qtbot.waitUntil(lambda: store.links(article, "uk") != WRONG)
    ranges = [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in store.links(article, "uk")]
    assert ranges[:4] == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 2), (3, 3, 2, 3)]
    assert ranges[4:6] == [(3, 4, 3, 3), (4, 4, 3, 4)]  # the second change was unticked
    actions = [r["action"] for r in store.conn.db.query(
        "SELECT action FROM history WHERE article_id = ? ORDER BY id", [article])]
    assert actions[-1] == "links-check"
    qtbot.waitUntil(lambda: window.message.text() == "Links checked: 1 changes stored.")

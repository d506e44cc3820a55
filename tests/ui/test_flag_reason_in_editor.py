"""The editor says why a segment's link is flagged: a person moving onto a segment whose link the
realignment made reads "check alignment: made by the realignment …", and nothing on one whose
link is not flagged."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from reviewer.storage.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_editor_names_the_reason_a_link_is_flagged(qtbot: Any, make_window: Any,
                                                       store: Store) -> None:
    aid = store.articles()[0].article.id
    links = store.links(aid, "uk")
    assert not any(k.flagged for k in links[:3])
    links[1] = replace(links[1], flagged=True, reason="realigned")  # as a realignment stores it
    store.replace_links(aid, "uk", links, action="links-realign")
    window = make_window()
    window.grid.setFocus()
    qtbot.waitUntil(lambda: "human version" in window.editor.human.text())
    assert "check alignment" not in window.editor.human.text()  # segment 1: not flagged
    qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    qtbot.waitUntil(lambda: "check alignment" in window.editor.human.text())
    assert ("check alignment: made by the realignment (machine translations)"
            in window.editor.human.text())
    qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    qtbot.waitUntil(lambda: "check alignment" not in window.editor.human.text())

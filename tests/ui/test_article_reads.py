"""Reading articles for the window while another read is under way.

A 20,000-segment article takes a second or two of the store writer's thread to read; here every
read is made that slow (a spy on ``Store.segment_views`` waits before reading), and a person
chooses articles in the library by keys meanwhile:

- choosing again the article being read reads it once (the read under way shows it);
- choosing another article while one is read shows the one chosen last, and Python's garbage
  collector stays paused until that one's views are in the grid (not from the first arrival on,
  while the second read still builds its views);
- the spelling dictionaries start loading as the article is asked for, while it is read, not
  once it is shown;
- the article is painted in a turn of the event loop after the one that put it in the grid.
"""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from reviewer import library  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui import spell_work  # noqa: E402
from tests.ui.keys import library_row  # noqa: E402

READ_S = 0.6  # how long each read of an article's views takes here


class SlowReads:
    """Every read of an article's views waits first; notes the articles read."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, wait_s: float = READ_S) -> None:
        self.started: list[int] = []
        self.finished: list[int] = []
        self.lock = threading.Lock()
        real = Store.segment_views

        def slow(store: Store, article_id: int, *args: Any, **kwargs: Any) -> Any:
            with self.lock:
                self.started.append(article_id)
            time.sleep(wait_s)
            views = real(store, article_id, *args, **kwargs)
            with self.lock:
                self.finished.append(article_id)
            return views

        monkeypatch.setattr(Store, "segment_views", slow)


def _add_article(store: Store, folder: Path, name: str) -> int:
    path = folder / f"{name}.en.txt"
    path.write_text(f"The {name} article.\n\nIt has two paragraphs.\n", encoding="utf-8")
    return library.import_article(store, str(path), lang="en", title=name.title()).id


def test_choosing_the_article_being_read_again_reads_it_once(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = _add_article(store, tmp_path, "second")
    window = make_window()
    wanted = next(r.article.id for r in store.articles() if r.article.id != window.article_id)
    assert wanted in (other, other - 1)
    reads = SlowReads(monkeypatch)
    table = library_row(qtbot, window, wanted)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reads.started == [wanted])
    qtbot.keyClick(table, Qt.Key.Key_Return)  # impatient: again, while it is read
    qtbot.waitUntil(lambda: window.article_id == wanted and window.writer.settled,
                    timeout=10000)
    qtbot.wait(300)
    assert reads.started == [wanted]
    assert window.model.rowCount() == len(store.segments(wanted))
    assert window.grid.current_row() == 0


def test_the_article_chosen_last_is_shown_with_the_collector_paused_until_it_arrives(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    second = _add_article(store, tmp_path, "second")
    third = _add_article(store, tmp_path, "third")
    window = make_window()
    first, last = [a for a in (second - 1, second, third) if a != window.article_id][:2]
    reads = SlowReads(monkeypatch)
    enabled_after: list[int] = []  # reads finished when the window turned the collector on
    real_enable = gc.enable

    def enable() -> None:
        enabled_after.append(len(reads.finished))
        real_enable()

    monkeypatch.setattr(gc, "enable", enable)
    table = library_row(qtbot, window, first)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reads.started == [first])
    table = library_row(qtbot, window, last)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # another one while the first is read
    assert reads.finished == []
    qtbot.waitUntil(lambda: window.article_id == last and window.writer.settled, timeout=10000)
    assert reads.finished == [first, last]
    assert enabled_after == [2] and gc.isenabled()  # once, when the last read had arrived
    assert window.model.rowCount() == len(store.segments(last))


def test_the_dictionaries_load_while_the_article_is_read(
        qtbot: Any, make_window: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = SlowReads(monkeypatch)
    reads_done_at_load: list[int] = []
    real = spell_work.load_dictionaries

    def noted(langs: list[str]) -> Any:
        with reads.lock:
            reads_done_at_load.append(len(reads.finished))
        return real(langs)

    monkeypatch.setattr(spell_work, "load_dictionaries", noted)
    window = make_window()  # its start reads the newest article
    qtbot.waitUntil(lambda: bool(reads_done_at_load) and not window.quality.spelling.loading,
                    timeout=10000)
    assert reads.finished and reads_done_at_load == [0]


def test_an_article_shown_is_painted_after_a_turn_of_the_timers(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path) -> None:
    """Putting the article in the grid and painting it are two turns of the event loop: a timer
    due between them (as a key would be) runs in between."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    other = _add_article(store, tmp_path, "second")
    window = make_window()
    wanted = next(r.article.id for r in store.articles() if r.article.id != window.article_id)
    assert wanted in (other, other - 1)
    seen: list[str] = []

    class Paints(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and seen and seen[-1] != "paint":
                seen.append("paint")
            return False

    paints = Paints()
    window.grid.viewport().installEventFilter(paints)
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: seen and seen[-1] != "tick" and seen.append("tick"))
    window.model.modelReset.connect(lambda: seen.append("arrived"))
    table = library_row(qtbot, window, wanted)
    ticker.start()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "paint" in seen, timeout=10000)
    ticker.stop()
    window.grid.viewport().removeEventFilter(paints)
    assert seen[:3] == ["arrived", "tick", "paint"], seen

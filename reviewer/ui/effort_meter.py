"""The effort meter: times the final-text editor and counts its keys, and logs each approval.

An event filter on the editor's final text feeds one :class:`~reviewer.core.effort.EffortClock`
per segment and language shown there: focus in and out, and every key pressed (modifier keys
alone are not keystrokes). Showing another segment stops the clock of the one before, which keeps
what it counted until the person comes back. Taking a machine translation, the human version or
a memory match makes it the text the segment started from.

When the review controller says a segment was approved, the meter posts an
:class:`~reviewer.core.effort_measures.EffortRecord` to the window's store writer (so the GUI
thread makes no database call), right after the approval it follows. With the setting
``record_effort`` off, nothing is counted and nothing is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from reviewer.core.effort import IDLE_CUTOFF_S, EffortClock
from reviewer.core.wordcount import count_words
from reviewer.storage.connection import now as wall_now
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.settings import Settings
from reviewer.ui.store_writer import StoreWriter

if TYPE_CHECKING:  # the record's measures (HTER) and the log: imported when an edit is recorded
    from reviewer.core.effort_measures import EffortRecord
    from reviewer.storage.store import Store

Key = tuple[int, str]  # segment id, language
MODIFIERS = frozenset(k.value for k in (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_unknown))


@dataclass
class Visit:
    """One segment's clock in this session, and the text it started from."""

    clock: EffortClock
    origin: str
    engine: str | None
    start_text: str
    started_at: str = field(default_factory=wall_now)


class EffortMeter(QObject):
    """Times ``editor``'s final text per segment; logs approvals through ``writer``."""

    def __init__(self, writer: StoreWriter, settings: Settings, editor: EditorPanel,
                 actor: str, on_error: Callable[[BaseException], None] | None = None,
                 parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
                 ) -> None:
        super().__init__(parent)
        self.writer, self.settings, self.editor, self.actor = writer, settings, editor, actor
        self.on_error = on_error
        self.idle_cutoff = IDLE_CUTOFF_S
        self.now = clock
        self.visits: dict[Key, Visit] = {}
        self.current: Key | None = None
        editor.final.installEventFilter(self)

    def enabled(self) -> bool:
        return bool(self.settings.get("record_effort"))

    def _visit(self, key: Key) -> Visit:
        """The visit of ``key``, begun now from what the editor holds if there is none."""
        visit = self.visits.get(key)
        if visit is None:
            e = self.editor
            visit = self.visits[key] = Visit(EffortClock(self.idle_cutoff), str(e.origin),
                                             e.engine, e.origin_text)
        return visit

    def _sync(self) -> Key | None:
        """Follow the segment in the editor: the clock of one that left it stops now."""
        key = self.editor.shown
        if key != self.current:
            old = self.visits.get(self.current) if self.current is not None else None
            if old is not None:
                old.clock.focus_out(self.now())
            self.current = key
            if key is not None and self.editor.final.hasFocus() and self.enabled():
                self._visit(key).clock.focus_in(self.now())
        return key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self.editor.final and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut,
                                                    QEvent.Type.KeyPress):
            key = self._sync()
            if key is not None and self.enabled():
                clock = self._visit(key).clock
                if kind == QEvent.Type.FocusIn:
                    clock.focus_in(self.now())
                elif kind == QEvent.Type.FocusOut:
                    clock.focus_out(self.now())
                elif isinstance(event, QKeyEvent) and int(event.key()) not in MODIFIERS:
                    clock.key(self.now())
        return super().eventFilter(watched, event)

    # -- the review controller's signals -------------------------------------------------------
    def on_shown(self, _view: object) -> None:
        """The editor shows a segment (maybe another one)."""
        self._sync()

    def on_taken(self) -> None:
        """A text was taken into the final text: the segment starts from it now."""
        key = self._sync()
        if key is not None and self.enabled():
            visit = self._visit(key)
            e = self.editor
            visit.origin, visit.engine, visit.start_text = str(e.origin), e.engine, e.origin_text

    def on_approved(self, segment_id: int, lang: str, text: str) -> None:
        """Log the approval of ``segment_id`` in ``lang`` with what its clock counted."""
        visit = self.visits.pop((segment_id, lang), None)
        if not self.enabled():
            return
        view = self.editor.view
        source = view.segment.source if view is not None and view.segment.id == segment_id \
            else ""
        if visit is None:  # approved without the editor ever having the focus
            visit = Visit(EffortClock(self.idle_cutoff), str(self.editor.origin),
                          self.editor.engine, self.editor.origin_text)
        visit.clock.finish(self.now())
        from reviewer.core.effort_measures import EffortRecord  # warmed at idle (stats_prepare)

        record = EffortRecord(segment_id, lang, self.actor, visit.origin, visit.engine,
                              visit.start_text, text, count_words(source),
                              round(visit.clock.active_seconds, 3), visit.clock.keystrokes,
                              visit.started_at, wall_now())
        if self.current == (segment_id, lang):
            self.current = None  # the next event starts a new visit of it
        self.writer.post(lambda store: _log(store, record), on_error=self.on_error)


def _log(store: Store, record: EffortRecord) -> None:
    """Keep ``record`` in the effort log (on the writer's thread, which imports the log)."""
    from reviewer.storage.effort_log import EffortLog

    EffortLog(store).record(record)

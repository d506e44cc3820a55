"""A model-based test of the review window (hypothesis.stateful): a translator's random day.

Each rule is what a person does, with real keys on the focused widget and real waiting on the
window's timers: type, pause past the draft delay, move, take the human version or the machine
translation, comment, approve, reject, undo, redo, filter, fetch from a loopback engine, close
and reopen on the same database. After every step the store must equal a plain reference model
(the final text, status and comment of every segment) and the window must show the model's
editor text. The reference model knows the undo rules as a translator would state them: Ctrl+Z
undoes the typing of this visit first, then the last saved change; a burst of typing is one step.

Bounded in CI (``REVIEWER_STATEFUL_EXAMPLES``, default 8 examples of up to 25 steps; run 200
locally); hypothesis prints the failing steps and the seed to reproduce them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from PySide6.QtCore import Qt

from reviewer.core.model import Status
from reviewer.storage.store import Store
from reviewer.ui.main_window import DRAFT_DELAY_MS
from tests.engines.servers import MTServer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
EXAMPLES = int(os.environ.get("REVIEWER_STATEFUL_EXAMPLES", "8"))
Key = tuple[int, str]
State = tuple[str, Status, str]  # text, status, comment


@dataclass
class Step:
    """One saved change on the model's undo stack."""

    key: Key
    before: State | None
    after: State | None
    typing: bool


@dataclass
class Model:
    """What the store and the editor should hold."""

    store: dict[Key, State] = field(default_factory=dict)
    stack: list[Step] = field(default_factory=list)
    index: int = 0
    row: int = 0
    text: str = ""  # the editor's final text
    comment: str = ""
    dirty: bool = False
    loaded: State | None = None  # the state when the editor showed the segment
    base: str | None = None  # the text the editor's own undo goes back to (None: nothing typed)
    redo_text: str | None = None  # the text the editor's own redo brings back
    in_comment: bool = False  # the comment field has the keyboard focus


def _is_text_edit(before: State | None, after: State | None) -> bool:
    return after is not None and after[1] is Status.DRAFT and \
        after[2] == (before[2] if before else "")


class ReviewDay(RuleBasedStateMachine):
    """A translator on the bundled sample (UA), against :class:`Model`."""

    def __init__(self, make_window: Any, qtbot: Any, store: Store, engine_url: str) -> None:
        super().__init__()
        self.make_window, self.qtbot, self.db = make_window, qtbot, store
        self.settings = {"engine": "libre", "engine_url": engine_url, "timeout": 5.0}
        self.article = store.articles()[0].article.id
        self.segments = store.segments(self.article)
        self.human = [v.human.get("uk") or "" for v in store.segment_views(self.article, ["uk"])]
        self.model = Model()
        self._open()

    # -- helpers -----------------------------------------------------------------------------
    def _open(self) -> None:
        self.window = self.make_window(dict(self.settings))
        m = self.model
        m.stack, m.index, m.row = [], 0, self.window.current_row()
        self._visit()

    def _visit(self) -> None:
        m = self.model
        m.loaded = m.store.get((m.row, "uk"))
        m.text, _, m.comment = m.loaded or ("", Status.NEW, "")
        m.dirty, m.base, m.redo_text = False, None, None

    def _push(self, after: State | None, typing: bool) -> None:
        m = self.model
        key = (m.row, "uk")
        before = m.store.get(key)
        if after == before:
            return
        del m.stack[m.index:]
        top = m.stack[-1] if m.stack else None
        if (typing and top is not None and top.typing and top.key == key
                and top.after == before and _is_text_edit(top.before, top.after)
                and (_is_text_edit(before, after) or after == top.before)):
            top.after = after
            if top.after == top.before:
                m.stack.pop()
        else:
            m.stack.append(Step(key, before, after, typing))
        m.index = len(m.stack)
        self._set(key, after)

    def _set(self, key: Key, state: State | None) -> None:
        if state is None:
            self.model.store.pop(key, None)
        else:
            self.model.store[key] = state

    def _save(self) -> None:
        m = self.model
        if not m.dirty:
            return
        m.dirty = False
        before = m.store.get((m.row, "uk"))
        if m.text == (m.loaded[0] if m.loaded else ""):
            after = ((m.loaded[0], m.loaded[1], m.comment) if m.loaded else
                     (("", Status.NEW, m.comment) if m.comment else None))
        elif before is not None and m.text == before[0]:
            after = (before[0], before[1], m.comment)
        else:
            after = (m.text, Status.DRAFT if m.text else Status.NEW, m.comment)
        self._push(after, typing=True)

    def _keys(self, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.window.focusWidget() or self.window.grid, key, mods)

    def _edit_final(self) -> None:
        """F2: the keyboard goes to the final text; leaving the comment field saves it."""
        self._keys(Qt.Key.Key_F2)
        if self.model.in_comment:
            self.model.in_comment = False
            self._save()

    def _move_to(self, row: int) -> None:
        if row != self.model.row:
            self.model.row = row
            self._visit()

    # -- a translator's actions ----------------------------------------------------------------
    @rule(word=st.sampled_from(["abc", "de", "x y"]))
    def type_text(self, word: str) -> None:
        self._edit_final()
        self._keys(Qt.Key.Key_End, CTRL)
        self.qtbot.keyClicks(self.window.editor.final, word)
        m = self.model
        m.base = m.text if m.base is None else m.base
        m.text, m.dirty, m.redo_text = m.text + word, True, None

    @rule(word=st.sampled_from(["ok", "name?"]))
    def comment(self, word: str) -> None:
        self._keys(Qt.Key.Key_M, CTRL)
        self.qtbot.keyClicks(self.window.editor.comment, word)
        self.model.comment += word
        self.model.dirty = self.model.in_comment = True

    @rule()
    def pause(self) -> None:
        # A person's pause (the step being replayed): the draft delay passes, and the checks of
        # every step compare the whole store with the model afterwards.
        self.qtbot.wait(DRAFT_DELAY_MS + 400)
        self._save()

    @rule(down=st.booleans())
    def move(self, down: bool) -> None:
        self._keys(Qt.Key.Key_Down if down else Qt.Key.Key_Up, CTRL)
        self._save()
        self.model.in_comment = self.model.in_comment and self.window.editor.comment.hasFocus()
        self._move_to(max(0, min(len(self.segments) - 1, self.model.row + (1 if down else -1))))

    @rule(mt=st.booleans())
    def take(self, mt: bool) -> None:
        m = self.model
        suggestions = [s for s in self.db.suggestions(self.segments[m.row].id, "uk") if s.text]
        text = (suggestions[0].text if suggestions else "") if mt else self.human[m.row]
        self._keys(Qt.Key.Key_1 if mt else Qt.Key.Key_2, CTRL)
        if not text:
            return
        self._save()
        m.text, m.base, m.redo_text, m.in_comment = text, None, None, False
        before = m.store.get((m.row, "uk"))
        after = before if before and before[0] == text else (text, Status.DRAFT, m.comment)
        self._push(after, typing=False)

    @rule(approve=st.booleans())
    def review(self, approve: bool) -> None:
        m = self.model
        self._keys(Qt.Key.Key_Return, CTRL if approve else CTRL | SHIFT)
        if not m.text:
            return
        m.dirty = False
        self._push((m.text, Status.APPROVED if approve else Status.REJECTED, m.comment), False)
        m.base = m.redo_text = None
        self._move_to(self.window.current_row())  # where it goes is the grid's rule

    def _show_state(self, state: State | None) -> None:
        m = self.model
        text, _, m.comment = state or ("", Status.NEW, "")
        if text != m.text:
            m.text, m.base, m.redo_text = text, None, None  # a new text: the editor's history ends

    @rule()
    def undo(self) -> None:
        m = self.model
        self._edit_final()
        self._keys(Qt.Key.Key_Z, CTRL)
        if m.base is not None:
            m.redo_text, m.text, m.base, m.dirty = m.text, m.base, None, True
            return
        self._save()
        if m.index == 0:
            return
        m.index -= 1
        step = m.stack[m.index]
        self._set(step.key, step.before)
        self._move_to(step.key[0])
        self._show_state(step.before)

    @rule()
    def redo(self) -> None:
        m = self.model
        self._edit_final()
        self._keys(Qt.Key.Key_Z, CTRL | SHIFT)
        if m.redo_text is not None:
            m.base, m.text, m.redo_text, m.dirty = m.text, m.redo_text, None, True
            return
        self._save()
        if m.index == len(m.stack):
            return
        step = m.stack[m.index]
        m.index += 1
        self._set(step.key, step.after)
        self._move_to(step.key[0])
        self._show_state(step.after)

    @rule()
    def fetch(self) -> None:
        self._keys(Qt.Key.Key_F5)
        self.qtbot.waitUntil(lambda: not self.window.runner.active, timeout=20000)
        self.pause()  # a person waits for the fetch to show: the draft delay passes too

    @rule()
    def filter_and_back(self) -> None:
        self._keys(Qt.Key.Key_F, CTRL)
        self.qtbot.keyClicks(self.window.filter_bar.text, "NATO")
        self.qtbot.wait(400)  # a person's pause over the filtered rows before Escape
        self._keys(Qt.Key.Key_Escape)
        if not self.window.editor.dirty:
            self._save()
        self.model.in_comment = False
        self._move_to(self.window.current_row())

    @rule()
    def close_and_reopen(self) -> None:
        self._keys(Qt.Key.Key_Q, CTRL)
        self._save()
        self._open()

    # -- what must hold after every step -------------------------------------------------------
    @invariant()
    def store_and_window_agree_with_the_model(self) -> None:
        stored = {}
        for i, seg in enumerate(self.segments):
            t = self.db.translation(seg.id, "uk")
            if t is not None:
                stored[(i, "uk")] = (t.text, t.status, t.comment)
        assert stored == self.model.store
        grid = self.window.model
        final = next(i for i, c in enumerate(grid.columns) if (c.kind, c.lang) == ("final", "uk"))
        shown = {(r, "uk"): grid.data(grid.index(r, final)) for r in range(grid.rowCount())}
        assert shown == {k: self.model.store.get(k, ("",))[0] for k in shown}
        assert self.window.current_row() == self.model.row
        assert self.window.editor.final_text() == self.model.text
        assert self.window.editor.comment.text() == self.model.comment

    def teardown(self) -> None:
        self.window.close()


@pytest.fixture
def engine_url() -> Iterator[str]:
    with MTServer("libre") as server:
        yield server.url


def test_a_translators_day(make_window: Any, qtbot: Any, store: Store, engine_url: str) -> None:
    from hypothesis.stateful import run_state_machine_as_test

    # A fresh database per example: the fixture's sample, emptied of everything reviewed.
    def machine() -> ReviewDay:
        with store.conn.transaction() as db:
            db.execute("DELETE FROM translations")
        return ReviewDay(make_window, qtbot, store, engine_url)

    run_state_machine_as_test(machine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=25, deadline=None,
        # No "explain" phase: its tracing slows every Python line (on 3.11) past any use here.
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink], print_blob=True,
        suppress_health_check=list(HealthCheck)))

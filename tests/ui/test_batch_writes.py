"""A "Replace all" is written all or nothing: one refused edit leaves every text as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from reviewer import library  # noqa: E402
from reviewer.core.edits import Edit, TranslationState  # noqa: E402
from reviewer.core.model import Origin, Status  # noqa: E402
from reviewer.storage.edits import EditConflictError  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.replace_work import WriterBatchReview  # noqa: E402
from reviewer.ui.store_writer import StoreWriter  # noqa: E402
from reviewer.ui.undo import BatchCommand  # noqa: E402


def test_a_refused_edit_rolls_the_whole_batch_back(qtbot: Any, tmp_path: Path) -> None:
    store = Store(tmp_path / "b.db")
    library.ensure_sample(store)
    a, b = store.segments(1)[:2]
    for seg in (a, b):
        store.set_translation(seg.id, "uk", "old", Status.DRAFT, Origin.EDITED)
    before = TranslationState("old", Status.DRAFT, Origin.EDITED)
    after = TranslationState("new", Status.DRAFT, Origin.EDITED)
    stale = TranslationState("changed elsewhere", Status.DRAFT, Origin.EDITED)
    writer = StoreWriter(store.path)
    service = WriterBatchReview(writer)
    edits = [Edit(a.id, "uk", before, after, "one"), Edit(b.id, "uk", stale, after, "two")]
    errors: list[BaseException] = []
    service.apply_all(edits, lambda _stored: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], EditConflictError)
    assert store.translation(a.id, "uk").text == "old"  # the first was rolled back

    said: list[str] = []
    shown: list[tuple[int, str, Any]] = []
    command = BatchCommand(service, edits, "Replace", lambda *args: shown.append(args),
                           lambda *_: None, lambda _c, text, _first: said.append(text),
                           said.append)
    command.redo()
    assert [state.text for *_, state in shown] == ["new", "new"]  # shown before it is written
    qtbot.waitUntil(lambda: bool(said))
    assert not command.written and command.refused and command.isObsolete()
    good = [edits[0], Edit(b.id, "uk", before, after, "two")]
    changed: list[tuple[int, str, Any]] = []
    command = BatchCommand(service, good, "Replace", lambda *_: None,
                           lambda *args: changed.append(args), lambda *_: None, said.append)
    command.redo()
    qtbot.waitUntil(lambda: command.written)
    assert [t.text for *_, t in changed] == ["new", "new"]
    command.undo()
    qtbot.waitUntil(lambda: writer.settled)
    assert [store.translation(s.id, "uk").text for s in (a, b)] == ["old", "old"]
    writer.close()
    store.close()

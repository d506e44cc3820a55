"""Every kind of change the window makes is kept in the outbox while the server is away and sent
once it is back: a "Replace all" (one transaction), MQM annotations added, changed, removed and
undone, glossary rows added, changed and deleted; each through the conflict check its online write
meets, none applied twice even when a replay stops half-way and starts again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reviewer.core.annotations import AnnotationEdit, mark
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.qa.glossary import Term
from reviewer.services.outbox_replay import OfflineWrites
from reviewer.storage.annotations import Annotations
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.outbox import Batch, GlossaryChange, Outbox
from reviewer.storage.store import Store
from tests.pg_server import PgServer

TEXT = "Столтенберг відвідав Київ."


def _state(text: str, status: Status = Status.DRAFT, version: int | None = None
           ) -> TranslationState:
    return TranslationState(text, status, Origin.EDITED, None, "", version)


def _seed(target: str) -> list[int]:
    with Store(target) as store:
        article = store.add_article("t", "en", "x",
                                    [SegmentDraft(i, Role.BODY, f"s{i}.") for i in range(3)])
        ids = [s.id for s in store.segments(article.id)]
        store.set_translation(ids[0], "uk", TEXT, Status.DRAFT, Origin.EDITED, actor="olena")
        GlossaryStore(store).add([Term("summit", "uk", "саміт", "news")], "seed")
        return ids


def _mark(seg: int, start: int = 12, end: int = 20, note: str = "") -> object:
    return mark(TEXT, start, end, segment_id=seg, lang="uk", target="final",
                category="accuracy/mistranslation", severity="major", note=note, author="ira")


def _history(store: Store, segment_id: int) -> list[tuple[str, str]]:
    rows = store.conn.db.execute("SELECT action, new_text FROM history WHERE segment_id = ? "
                                 "ORDER BY id", [segment_id]).fetchall()
    return [(r[0], r[1]) for r in rows]


def _glossary(store: Store) -> set[tuple[str, str, str]]:
    return {(t.source, t.target, t.note) for t in GlossaryStore(store).terms()}


def _keep_everything(writes: OfflineWrites, store: Store, ids: list[int]) -> None:
    """While the server is away: one of each kind, in the window's order."""
    added = writes.annotate(store, AnnotationEdit(None, _mark(ids[0]), "Mark error"), "ira")
    assert added is not None and added.id < 0  # the window's id until the server gives one
    changed = replace(added, note="visited?")
    writes.annotate(store, AnnotationEdit(added, changed, "Change error"), "ira")
    assert writes.glossary(store, [], [Term("ceasefire", "uk", "перемир'я")], "Add term",
                           "ira") is None
    assert writes.glossary(store, [Term("summit", "uk", "саміт", "news")],
                           [Term("summit", "uk", "самміт", "news")], "Changed “summit”",
                           "ira") is None
    edits = [Edit(ids[1], "uk", None, _state("Б"), "Replace"),
             Edit(ids[2], "uk", None, _state("В"), "Replace")]
    shown = writes.batch(store, edits, "ira")
    assert [t.text for t in shown if t is not None] == ["Б", "В"]


def _check_sent_once(store: Store, ids: list[int]) -> None:
    [annotation] = Annotations(store).of_segment(ids[0])
    assert (annotation.text, annotation.note, annotation.author) == ("відвідав", "visited?", "ira")
    assert [a for a, _ in _history(store, ids[0])] == ["draft", "annotation-add",
                                                      "annotation-change"]
    assert [t for _, t in _history(store, ids[1])] == ["Б"]
    assert [t for _, t in _history(store, ids[2])] == ["В"]
    assert _glossary(store) == {("ceasefire", "перемир'я", ""), ("summit", "самміт", "news")}


def test_every_kind_is_kept_while_the_server_is_away_and_sent_once_it_is_back(
        own_server: PgServer, tmp_path: Path) -> None:
    url = own_server.new_database()
    ids = _seed(url)
    box = Outbox(tmp_path / "box.sqlite")
    writes = OfflineWrites(box)
    store = Store(url)
    try:
        own_server.crash()
        _keep_everything(writes, store, ids)
        assert box.count() == 5 and writes.replay(store).offline and box.count() == 5
        own_server.start_again()
        store.close()
        store = Store(url)
        done = writes.replay(store)
        assert (done.sent, done.conflicts, done.refused, done.waiting) == (5, [], [], 0)
        _check_sent_once(store, ids)
    finally:
        store.close()


def test_a_replay_stopped_half_way_and_started_again_applies_nothing_twice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = str(tmp_path / "r.db")
    ids = _seed(target)
    box = Outbox(tmp_path / "box.sqlite")
    writes = OfflineWrites(box)
    writes.offline = True  # as after a write met the server gone: everything goes to the box
    with Store(target) as store:
        _keep_everything(writes, store, ids)
        removed: list[int] = []

        def remove_then_stop(item_id: int) -> None:
            if len(removed) == 3:  # the program stops after the 4th commit, before its removal
                raise SystemExit(1)
            removed.append(item_id)
            Outbox.remove(box, item_id)
        monkeypatch.setattr(box, "remove", remove_then_stop)
        with pytest.raises(SystemExit):
            writes.replay(store)
        monkeypatch.undo()
        assert box.count() == 2  # the 4th was committed and is still in the box
        box.close()
        again = OfflineWrites(Outbox(tmp_path / "box.sqlite"))
        assert again.offline
        done = again.replay(store)
        assert (done.sent, done.refused, done.waiting) == (2, [], 0)
        _check_sent_once(store, ids)


def test_changes_made_elsewhere_meanwhile_are_refused_and_reported_not_overwritten(
        tmp_path: Path) -> None:
    target = str(tmp_path / "r.db")
    ids = _seed(target)
    box = Outbox(tmp_path / "box.sqlite")
    with Store(target) as store:
        table = Annotations(store, "olena")
        a = table.add(_mark(ids[0])).after
        assert a is not None
        box.add(AnnotationEdit(a, replace(a, note="mine"), "Change error"),
                "annotation-apply", "ira")
        box.add(GlossaryChange((Term("summit", "uk", "саміт", "news"),), (), "Deleted “summit”"),
                "glossary", "ira")
        box.add(Batch((Edit(ids[0], "uk", None, _state("Моє"), "Replace"),
                       Edit(ids[1], "uk", None, _state("Б"), "Replace"))), "batch-apply", "ira")
        table.change(a, replace(a, note="theirs"))  # meanwhile, on the server
        GlossaryStore(store).add([Term("summit", "uk", "саміт", "changed note")], "olena")
        done = OfflineWrites(box).replay(store)
        assert done.sent == 0 and done.waiting == 0
        assert [label for label, _ in done.refused] == [
            "Change error", "Deleted “summit”", "Replace all"]
        assert "changed or removed elsewhere" in str(done.refused[1][1])
        assert "changed by olena" in str(done.refused[2][1])  # the edit met segment 1's text
        assert Annotations(store).get(a.id).note == "theirs"  # type: ignore[union-attr]
        assert ("summit", "саміт", "changed note") in _glossary(store)
        assert store.translation(ids[1], "uk") is None  # the batch is all or nothing


def test_a_change_of_another_kind_than_said_is_not_taken(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "box.sqlite")
    with pytest.raises(ValueError, match="unknown outbox kind 'glossary' for Edit"):
        box.add(Edit(1, "uk", None, _state("x"), "e"), "glossary")
    assert box.count() == 0


def test_an_annotation_added_and_undone_offline_and_a_term_added_are_sent_in_order(
        tmp_path: Path) -> None:
    target = str(tmp_path / "r.db")
    ids = _seed(target)
    box = Outbox(tmp_path / "box.sqlite")
    writes = OfflineWrites(box)
    writes.offline = True  # as after a write met the server gone
    with Store(target) as store:
        added = writes.annotate(store, AnnotationEdit(None, _mark(ids[0]), "Mark error"), "ira")
        assert added is not None and added.id < 0
        shown = writes.annotate(store, AnnotationEdit(None, added, "Mark error"), "ira",
                                kind="annotation-revert")
        assert shown is None
        assert writes.add_terms(store, [Term(" ceasefire ", "ua", "перемир'я  ")], "ira") is None
        done = writes.replay(store)
        assert (done.sent, done.refused, done.waiting) == (3, [], 0)
        assert Annotations(store).of_segment(ids[0]) == []
        assert [a for a, _ in _history(store, ids[0])] == ["draft", "annotation-add",
                                                          "annotation-undo"]
        assert ("ceasefire", "перемир'я", "") in _glossary(store)  # as Ctrl+T online adds it
        again = writes.annotate(store, AnnotationEdit(None, added, "Mark error"), "ira",
                                kind="annotation-redo")  # redone once back online
        assert again is not None and again.id > 0
        assert Annotations(store).get(again.id) is not None

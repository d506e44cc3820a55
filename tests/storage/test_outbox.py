"""The outbox: changes kept on this computer while the server is away, durable, sent in order
through the conflict check, none applied twice; a lost server is told apart from other refusals."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.services.outbox_replay import OfflineWrites
from reviewer.services.review import ReviewService
from reviewer.storage.errors import StoreUnreachableError
from reviewer.storage.outbox import Outbox, outbox_path
from reviewer.storage.store import Store
from tests.pg_server import PgServer


def _state(text: str, status: Status = Status.DRAFT, version: int | None = None
           ) -> TranslationState:
    return TranslationState(text, status, Origin.EDITED, None, "", version)


def _seed(target: str, n: int = 3) -> list[int]:
    with Store(target) as store:
        article = store.add_article("t", "en", "x",
                                    [SegmentDraft(i, Role.BODY, f"s{i}.") for i in range(n)])
        return [s.id for s in store.segments(article.id)]


def _history(store: Store, segment_id: int) -> list[str]:
    rows = store.conn.db.execute("SELECT new_text FROM history WHERE segment_id = ? ORDER BY id",
                                 [segment_id]).fetchall()
    return [r[0] for r in rows]


def test_an_edit_round_trips_with_its_states_version_label_and_actor(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o" / "box.sqlite")
    assert box.pending() == [] and not (tmp_path / "o").exists()  # nothing made until needed
    edit = Edit(7, "uk", _state("Було", Status.APPROVED, 4), _state("Стало"), "Edit segment 3")
    first = box.add(edit, "apply", "olena")
    second = box.add(edit.inverse(), "revert", "olena")
    assert [(p.id, p.kind, p.actor, p.edit) for p in box.pending()] == [
        (first, "apply", "olena", edit), (second, "revert", "olena", edit.inverse())]
    assert box.pending()[0].edit.before.version == 4  # type: ignore[union-attr]
    box.remove(first)
    assert [p.id for p in box.pending()] == [second] and box.count() == 1
    with pytest.raises(ValueError, match="unknown outbox kind"):
        box.add(edit, "push")


def test_the_outbox_is_named_by_the_url_without_its_password(tmp_path: Path) -> None:
    one = outbox_path("postgresql://ann:secret@db.example/news", tmp_path)
    assert one == outbox_path("postgresql://ann:other@db.example/news", tmp_path)
    assert "secret" not in str(one) and one.parent == tmp_path
    assert one != outbox_path("postgresql://ann:secret@db.example/sport", tmp_path)


KEEPER = """
import sys
from pathlib import Path
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Status
from reviewer.storage.outbox import Outbox
box = Outbox(Path(sys.argv[1]))
for n in range(100000):
    box.add(Edit(n, "uk", None, TranslationState(f"uk {n}", Status.DRAFT, Origin.EDITED), "e"))
    print(n, flush=True)
"""


def test_kill_9_keeps_every_change_the_outbox_took(tmp_path: Path) -> None:
    path = tmp_path / "box.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", KEEPER, str(path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    acked = [int(proc.stdout.readline()) for _ in range(30)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    acked += [int(line) for line in proc.stdout.read().split()]
    kept = [p.edit.segment_id for p in Outbox(path).pending()]
    assert len(acked) < 100000, "the writer finished first; the test proved nothing"
    assert kept[:len(acked)] == acked  # in order, none lost (one more may have been taken)


def test_replay_sends_in_order_and_applies_nothing_twice(tmp_path: Path) -> None:
    target = str(tmp_path / "r.db")
    ids = _seed(target)
    box = Outbox(tmp_path / "box.sqlite")
    told: list[tuple[bool, int]] = []
    writes = OfflineWrites(box, lambda offline, n: told.append((offline, n)))
    with Store(target) as store:
        a = Edit(ids[0], "uk", None, _state("А"), "Edit segment 1")
        a2 = Edit(ids[0], "uk", _state("А"), _state("А!", Status.APPROVED), "Approve segment 1")
        b = Edit(ids[1], "uk", None, _state("Б"), "Edit segment 2")
        for edit in (a, a2, b):
            box.add(edit, "apply", "olena")
        ReviewService(store, "olena").apply(a)  # sent before: the program stopped before removal
        writes = OfflineWrites(box, lambda offline, n: told.append((offline, n)))
        assert writes.offline  # left from before: sent before any new change
        done = writes.replay(store)
        assert (done.sent, done.conflicts, done.waiting, done.offline) == (3, [], 0, False)
        assert told[-1] == (False, 0) and box.pending() == []
        assert _history(store, ids[0]) == ["А", "А!"] and _history(store, ids[1]) == ["Б"]
        t = store.translation(ids[0], "uk")
        assert t is not None and t.status is Status.APPROVED


def test_a_change_made_elsewhere_meanwhile_is_a_conflict_not_an_overwrite(tmp_path: Path
                                                                          ) -> None:
    target = str(tmp_path / "r.db")
    ids = _seed(target)
    box = Outbox(tmp_path / "box.sqlite")
    with Store(target) as store:
        ReviewService(store, "olena").apply(Edit(ids[0], "uk", None, _state("Їхнє"), "e"))
        box.add(Edit(ids[0], "uk", None, _state("Моє"), "Edit segment 1"), "apply", "ivan")
        box.add(Edit(ids[1], "uk", None, _state("Б"), "Edit segment 2"), "apply", "ivan")
        done = OfflineWrites(box).replay(store)
        assert done.sent == 1 and [e.label for _, e in done.conflicts] == ["Edit segment 1"]
        assert done.conflicts[0][0].by == "olena" and done.waiting == 0
        t = store.translation(ids[0], "uk")
        assert t is not None and t.text == "Їхнє"


def test_a_lost_server_keeps_changes_in_the_outbox_until_it_is_back(own_server: PgServer,
                                                                    tmp_path: Path) -> None:
    url = own_server.new_database()
    ids = _seed(url)
    box = Outbox(tmp_path / "box.sqlite")
    writes = OfflineWrites(box)
    store = Store(url)
    try:
        a = Edit(ids[0], "uk", None, _state("А", Status.APPROVED), "Approve segment 1")
        writes.apply(store, a, "ivan")
        own_server.crash()
        with pytest.raises(StoreUnreachableError, match="cannot be reached"):
            store.set_meta("x", "y")
        b = Edit(ids[1], "uk", None, _state("Б", Status.APPROVED), "Approve segment 2")
        c = Edit(ids[2], "uk", None, _state("В"), "Edit segment 3")
        shown = writes.apply(store, b, "ivan")
        writes.apply(store, c, "ivan")
        assert shown is not None and shown.text == "Б" and writes.offline and box.count() == 2
        assert writes.replay(store).offline and box.count() == 2  # still away: nothing lost
        with pytest.raises(StoreUnreachableError):
            Store(url)
        own_server.start_again()
        store.close()
        store = Store(url)
        done = writes.replay(store)
        assert (done.sent, done.waiting, done.offline) == (2, 0, False) and not writes.offline
        assert _history(store, ids[1]) == ["Б"] and _history(store, ids[2]) == ["В"]
        assert _history(store, ids[0]) == ["А"]
    finally:
        store.close()

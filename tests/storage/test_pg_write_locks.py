"""On PostgreSQL, which writes wait for which (:mod:`reviewer.storage.write_locks`): writes of
different translations run side by side; two writes of one translation run one after the other
and the second, made on the version the first replaced, is refused as a conflict; any other write
(the glossary here) and a translation write exclude each other. One write is held open in a
thread (inside the transaction, after its write) until the test lets it go; no timings."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

import reviewer.storage.edits as edits_module
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.qa.glossary import Term
from reviewer.storage.edits import EditConflictError, apply_edit
from reviewer.storage.errors import StoreLockedError
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.store import Store
from reviewer.storage.translations import write_translation
from tests.pg_server import PgServer

WAIT_S = 30.0  # an upper bound for a thread's step, never a figure the test checks


@pytest.fixture
def url(pg_server: PgServer) -> str:
    """A database with one article of three segments, each with a Ukrainian draft."""
    target = pg_server.new_database()
    with Store(target) as store:
        article = store.add_article("A", "en", "a.txt", [
            SegmentDraft(i, Role.BODY, f"Sentence {i}.") for i in range(3)])
        for n, seg in enumerate(store.segments(article.id)):
            store.set_translation(seg.id, "uk", f"чернетка {n}", Status.DRAFT, Origin.MT)
    return target


def _segments(url: str) -> list[int]:
    with Store(url) as store:
        return [s.id for s in store.segments(store.articles()[0].article.id)]


def _approve(store: Store, seg: int, text: str) -> Edit:
    """An approval of ``text`` made on the translation stored now."""
    before = TranslationState.of(store.translation(seg, "uk"))
    return Edit(seg, "uk", before, TranslationState(text, Status.APPROVED, Origin.EDITED),
                f"approve {seg}")


class Held:
    """A write run in a thread of its own that, once it has written, stays inside its
    transaction until :meth:`release`; ``done`` is set when it has committed."""

    def __init__(self, write: Callable[[], Any]) -> None:
        self.written, self.go, self.done = threading.Event(), threading.Event(), threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(write,), daemon=True)

    def _run(self, write: Callable[[], Any]) -> None:
        try:
            write()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.error = exc
            self.written.set()
        self.done.set()

    def hold(self) -> None:
        """Called inside the transaction, after its write: say so, wait to be let go."""
        self.written.set()
        assert self.go.wait(WAIT_S)

    def start(self) -> Held:
        self.thread.start()
        assert self.written.wait(WAIT_S) and self.error is None, self.error
        return self

    def release(self) -> None:
        self.go.set()
        self.thread.join(WAIT_S)
        assert self.done.is_set() and self.error is None, self.error


@pytest.fixture
def held_edit(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Store, Edit], Held]]:
    """An approval through :func:`apply_edit` that stays in its transaction after writing."""
    helds: dict[threading.Thread, Held] = {}

    def writing(*args: Any, **kwargs: Any) -> Any:
        written = write_translation(*args, **kwargs)
        held = helds.get(threading.current_thread())
        if held is not None:
            held.hold()
        return written

    monkeypatch.setattr(edits_module, "write_translation", writing)

    def make(store: Store, edit: Edit) -> Held:
        held = Held(lambda: apply_edit(store, edit, actor="anna"))
        helds[held.thread] = held
        return held.start()

    yield make
    for held in helds.values():
        held.go.set()


def _waiting_on_a_lock(url: str) -> None:
    """Return once some session of the database waits for an advisory lock."""
    with psycopg.connect(url, autocommit=True) as conn:
        deadline = time.monotonic() + WAIT_S
        while not conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                               "AND NOT granted").fetchone()[0]:
            assert time.monotonic() < deadline, "nobody waits for a lock"
            time.sleep(0.01)


def test_writes_of_different_translations_do_not_wait_for_each_other(
        url: str, held_edit: Callable[[Store, Edit], Held]) -> None:
    first, second, _ = _segments(url)
    with Store(url) as anna, Store(url, busy_timeout=2.0) as boris:
        held = held_edit(anna, _approve(anna, first, "Речення 0."))
        # Anna's transaction is open (her write done, not committed): Boris's approval of
        # another segment commits meanwhile, without waiting for it.
        saved = apply_edit(boris, _approve(boris, second, "Речення 1."), actor="boris")
        assert saved is not None and saved.version == 2
        assert not held.done.is_set()
        with Store(url) as reader:
            assert reader.translation(second, "uk").text == "Речення 1."
            assert reader.translation(first, "uk").version == 1  # hers not committed yet
        held.release()
    with Store(url) as reader:
        assert reader.translation(first, "uk").version == 2
        assert len(reader.history(first, "uk")) == len(reader.history(second, "uk")) == 2


def test_two_writes_of_one_translation_run_in_turn_and_the_stale_one_is_refused(
        url: str, held_edit: Callable[[Store, Edit], Held]) -> None:
    first = _segments(url)[0]
    with Store(url) as anna, Store(url) as boris:
        hers, his = _approve(anna, first, "Її текст."), _approve(boris, first, "Його текст.")
        held = held_edit(anna, hers)
        outcome: list[BaseException | None] = []
        boris_thread = threading.Thread(target=lambda: outcome.append(_error_of(
            lambda: apply_edit(boris, his, actor="boris"))), daemon=True)
        boris_thread.start()
        _waiting_on_a_lock(url)  # Boris waits for Anna's write to end
        assert not outcome
        held.release()
        boris_thread.join(WAIT_S)
    assert len(outcome) == 1 and isinstance(outcome[0], EditConflictError), outcome
    assert outcome[0].by == "anna" and outcome[0].theirs is not None
    assert outcome[0].theirs.text == "Її текст."
    with Store(url) as reader:
        stored = reader.translation(first, "uk")
        assert stored.text == "Її текст." and stored.version == 2
        assert [h.actor for h in reader.history(first, "uk")] == ["reviewer", "anna"]


def _error_of(call: Callable[[], Any]) -> BaseException | None:
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the test looks at it
        return exc
    return None


def test_another_write_excludes_translation_writes_both_ways(
        url: str, held_edit: Callable[[Store, Edit], Held]) -> None:
    first, second, _ = _segments(url)
    with Store(url) as anna, Store(url) as boris:
        # A glossary write held open: an approval waits for it.
        def glossary() -> None:
            with anna.conn.transaction():  # nested: the glossary's write, then held
                GlossaryStore(anna).add([Term("Kyiv", "uk", "Київ")])
                held.hold()

        held = Held(glossary)
        held.start()
        approved: list[BaseException | None] = []
        thread = threading.Thread(target=lambda: approved.append(_error_of(
            lambda: apply_edit(boris, _approve(boris, second, "Так."), actor="boris"))),
            daemon=True)
        thread.start()
        _waiting_on_a_lock(url)
        assert not approved
        held.release()
        thread.join(WAIT_S)
        assert approved == [None]
        # An approval held open: a glossary write waits for it.
        held = held_edit(anna, _approve(anna, first, "Ні."))
        added: list[BaseException | None] = []
        thread = threading.Thread(target=lambda: added.append(_error_of(
            lambda: GlossaryStore(boris).add([Term("Lviv", "uk", "Львів")]))), daemon=True)
        thread.start()
        _waiting_on_a_lock(url)
        assert not added
        held.release()
        thread.join(WAIT_S)
        assert added == [None]


def test_a_translation_write_keeps_to_the_pairs_it_named(url: str) -> None:
    first, second, _ = _segments(url)
    with Store(url) as store:
        old = store.translation(second, "uk")
        with pytest.raises(RuntimeError, match="did not name it"):
            with store.conn.transaction(translations=[(first, "uk")]) as db:
                write_translation(db, old, second, "uk", "Ні.", Status.DRAFT, Origin.EDITED,
                                  actor="taras")
        with pytest.raises(RuntimeError, match="only the translations the outer"):
            with store.conn.transaction(translations=[(first, "uk")]):
                with store.conn.transaction():
                    pass
        with store.conn.transaction():  # a write of anything may write any translation
            write_translation(store.conn.db, old, second, "uk", "Так.", Status.DRAFT,
                              Origin.EDITED, actor="taras")
        assert store.translation(second, "uk").text == "Так."


def test_a_translation_write_waits_no_longer_than_the_busy_timeout(
        url: str, held_edit: Callable[[Store, Edit], Held]) -> None:
    first = _segments(url)[0]
    with Store(url) as anna, Store(url, busy_timeout=0.2) as boris:
        held = held_edit(anna, _approve(anna, first, "Її."))
        with pytest.raises(StoreLockedError, match="held the data locked"):
            apply_edit(boris, _approve(boris, first, "Його."), actor="boris")
        held.release()


"""The change feed between processes: nothing new costs one pragma (SQLite) or no query at all
(PostgreSQL: no notice came); another connection's approval is reported with the translation as
stored; one's own writes move no counter."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.people import TeamRole
from reviewer.storage import changes, claims
from reviewer.storage.store import Store
from reviewer.storage.team import Team
from tests.pg_server import PgServer

NOTICE_WAIT_S = 10.0


def _reported(store: Store, cursor: changes.Cursor, art: int, langs: list[str]) -> Any:
    """The next poll that reports something: on PostgreSQL the notice of another's commit
    arrives a moment after it (on SQLite the first poll reports it)."""
    deadline = time.monotonic() + NOTICE_WAIT_S
    while not (found := changes.poll(store, cursor, art, langs)) and time.monotonic() < deadline:
        time.sleep(0.005)
    return found


def _article(store: Store, title: str) -> tuple[int, int]:
    article = store.add_article(title, "en", "a.txt", [SegmentDraft(0, Role.BODY, "One.")])
    return article.id, store.segments(article.id)[0].id


def test_another_connections_writes_are_reported_once(db_target: str) -> None:
    with Store(db_target) as mine, Store(db_target) as theirs:
        art, seg = _article(mine, "A")
        other_art, other_seg = _article(mine, "B")
        cursor = changes.start(mine)
        assert not changes.poll(mine, cursor, art, ["uk"])
        theirs.set_translation(seg, "uk", "Один.", Status.APPROVED, Origin.EDITED)
        theirs.set_translation(seg, "ru", "Один.", Status.DRAFT, Origin.EDITED)  # not shown
        theirs.set_translation(other_seg, "uk", "Б.", Status.DRAFT, Origin.EDITED)
        found = _reported(mine, cursor, art, ["uk"])
        t = found.translations[(seg, "uk")]
        assert t is not None and (t.text, t.status, t.version) == ("Один.", Status.APPROVED, 1)
        assert list(found.translations) == [(seg, "uk")]
        assert found.other_articles == {other_art}
        assert not changes.poll(mine, cursor, art, ["uk"])  # reported once


def test_an_article_imported_or_deleted_elsewhere_is_a_library_change(db_target: str) -> None:
    """An import writes no history row; the library list must follow it all the same."""
    with Store(db_target) as mine, Store(db_target) as theirs:
        art, _seg = _article(mine, "A")
        cursor = changes.start(mine)
        other_art, _other_seg = _article(theirs, "B")
        found = _reported(mine, cursor, art, ["uk"])
        assert found.library and not found.translations and not found.article
        assert not changes.poll(mine, cursor, art, ["uk"])  # reported once
        theirs.delete_article(other_art)
        assert _reported(mine, cursor, art, ["uk"]).library


def test_own_writes_move_no_counter_and_put_off_pairs_are_reread(db_path: Path) -> None:
    """SQLite only: its data_version ignores our own commits (on PostgreSQL our own writes are
    re-read once, which shows what is already shown)."""
    with Store(db_path) as mine:
        art, seg = _article(mine, "A")
        cursor = changes.start(mine)
        mine.set_translation(seg, "uk", "Один.", Status.DRAFT, Origin.EDITED)
        assert not changes.poll(mine, cursor, art, ["uk"])
        again = changes.poll(mine, cursor, art, ["uk"], frozenset({(seg, "uk")}))
        assert again.translations[(seg, "uk")].text == "Один."


def test_a_sign_off_elsewhere_is_an_article_change_not_a_segment(db_target: str) -> None:
    """Sign-offs and reopenings leave history rows without a segment: they are reported as a
    change of the article (its locks), never as a segment to re-read."""
    with Store(db_target) as mine, Store(db_target) as theirs:
        art, seg = _article(mine, "A")
        other_art, other_seg = _article(mine, "B")
        for s in (seg, other_seg):
            mine.set_translation(s, "uk", "Один.", Status.APPROVED, Origin.EDITED)
        Team(theirs, "olena").add("olena", TeamRole.EDITOR)
        cursor = changes.start(mine)
        Team(theirs, "olena").sign_off(art, "uk")
        found = _reported(mine, cursor, art, ["uk"])
        assert found.article and not found.translations and not found.other_articles
        Team(theirs, "olena").sign_off(other_art, "uk")
        found = _reported(mine, cursor, art, ["uk"])
        assert not found.article and found.other_articles == {other_art}


def test_on_a_server_a_poll_without_a_notice_asks_nothing(pg_server: PgServer,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    url = pg_server.new_database()
    with Store(url) as mine, Store(url) as theirs:
        art, seg = _article(mine, "A")
        cursor = changes.start(mine)
        pg = mine.conn.db.pg
        sent: list[str] = []
        real = pg.execute
        monkeypatch.setattr(pg, "execute", lambda sql, *a: sent.append(sql) or real(sql, *a))
        for _ in range(3):
            assert not changes.poll(mine, cursor, art, ["uk"])
        assert sent == []  # nothing changed: not one query reached the server
        theirs.set_translation(seg, "uk", "Один.", Status.APPROVED, Origin.EDITED)
        found = _reported(mine, cursor, art, ["uk"])  # the history trigger's notice
        assert found.translations[(seg, "uk")].text == "Один."
        claims.claim(theirs, "their-window", "olena", art, seg, "uk")  # the claims' notice
        deadline = time.monotonic() + NOTICE_WAIT_S
        while (found := changes.poll(mine, cursor, art, ["uk"])).claims is None \
                and time.monotonic() < deadline:
            time.sleep(0.005)
        assert [c.name for c in found.claims or []] == ["olena"]


def test_on_a_server_a_lost_notice_delays_a_change_but_never_hides_it(
        pg_server: PgServer) -> None:
    url = pg_server.new_database()
    with Store(url) as mine, Store(url) as theirs:
        art, seg = _article(mine, "A")
        cursor = changes.start(mine)
        mine.conn.db.execute("UNLISTEN *")  # as a pooler that drops LISTEN would
        theirs.set_translation(seg, "uk", "Один.", Status.APPROVED, Origin.EDITED)
        time.sleep(0.2)  # a notice would have come by now
        assert not changes.poll(mine, cursor, art, ["uk"])
        found = changes.poll(mine, cursor, art, ["uk"], with_claims=True)  # every few polls
        assert found.translations[(seg, "uk")].text == "Один."

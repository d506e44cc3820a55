"""The store: migrations, writes with history, views over alignment links, search, deletion."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reviewer.core.model import HumanSentence, Link, Origin, Role, SegmentDraft, Status
from reviewer.storage.connection import default_db_path
from reviewer.storage.errors import NotFoundError, StoreError
from reviewer.storage.progress_queries import Progress, progress
from reviewer.storage.schema import LATEST
from reviewer.storage.store import Store
from tests.pg_server import db_errors


def _article(store: Store) -> int:
    art = store.add_article("Заголовок", "en", "/tmp/a.txt", [
        SegmentDraft(0, Role.HEADLINE, "NATO says no troops"),
        SegmentDraft(1, Role.BODY, "Stoltenberg visited Kyiv."),
        SegmentDraft(1, Role.BODY, "He met officials."),
        SegmentDraft(2, Role.BODY, "A paragraph the human version dropped."),
    ])
    store.set_human_version(art.id, "uk", "НАТО", "/tmp/a.uk.txt", [
        HumanSentence(0, 0, "НАТО не відправлятиме війська", Role.HEADLINE),
        HumanSentence(1, 1, "Столтенберг відвідав Київ і зустрівся з посадовцями."),
        HumanSentence(2, 2, "Абзац, якого немає в оригіналі."),
    ], [Link(0, 1, 0, 1), Link(1, 3, 1, 2), Link(3, 4, 2, 2, True), Link(4, 4, 2, 3, True)])
    return art.id


def test_schema_pragmas(db_path: Path) -> None:
    # SQLite only: its pragmas (PostgreSQL's schema is checked in test_pg_engine.py).
    with Store(db_path) as store:
        db = store.conn.db
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store(db_path) as again:  # reopening migrates nothing twice
        assert again.articles() == []


def test_default_path_honours_env(db_path: Path) -> None:
    assert default_db_path() == db_path


def test_newer_schema_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store(db_path)


def test_not_a_database(tmp_path: Path) -> None:
    # SQLite only: a file that is not a database.
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(bad)


def test_views_follow_links(db_target: str) -> None:
    with Store(db_target) as store:
        aid = _article(store)
        views = store.segment_views(aid)
        assert [v.link_kind["uk"] for v in views] == ["1-1", "2-1", "2-1", "1-0"]
        assert views[1].human["uk"].startswith("Столтенберг")
        assert views[2].human["uk"] == ""  # joined with the segment above
        assert views[3].flagged["uk"] and views[3].human_added["uk"] == [
            "Абзац, якого немає в оригіналі."]


def test_views_carry_each_links_flag_reason(db_target: str) -> None:
    with Store(db_target) as store:
        aid = _article(store)
        # as a realignment stores them: the links it made flagged, with why
        store.replace_links(aid, "uk", [
            Link(0, 1, 0, 1, True, "realigned"), Link(1, 3, 1, 2), Link(3, 4, 2, 2, True),
            Link(4, 4, 2, 3, True, "added")], action="test-setup")
        views = store.segment_views(aid)
        assert [v.flagged["uk"] for v in views] == [True, False, False, True]
        # a segment after which the human version adds text says so if its own link does not
        assert [v.flag_reason["uk"] for v in views] == ["realigned", "", "", "added"]
        store.replace_links(aid, "uk", [
            Link(0, 1, 0, 1), Link(1, 3, 1, 2), Link(3, 4, 2, 2, True, "dropped"),
            Link(4, 4, 2, 3, True, "added")], action="test-setup")
        assert store.segment_views(aid)[3].flag_reason["uk"] == "dropped"


def test_translation_history_is_append_only(db_target: str) -> None:
    with Store(db_target) as store:
        aid = _article(store)
        seg = store.segment(aid, 1)
        store.set_translation(seg.id, "uk", "чернетка", Status.DRAFT, Origin.MT, engine="google")
        store.set_translation(seg.id, "uk", "Столтенберг відвідав Київ.", Status.APPROVED,
                              Origin.EDITED)
        store.set_translation(seg.id, "uk", "Столтенберг відвідав Київ.", Status.REJECTED,
                              Origin.EDITED)
        t = store.translation(seg.id, "uk")
        assert t and t.status is Status.REJECTED and t.text == "Столтенберг відвідав Київ."
        steps = [(h.old_status, h.new_status) for h in store.history(seg.id, "uk")]
        assert steps == [(None, "draft"), ("draft", "approved"), ("approved", "rejected")]
        with pytest.raises(db_errors(), match="append-only"):
            store.conn.db.execute("UPDATE history SET actor = 'x'")


def test_search_cyrillic_and_latin(db_target: str) -> None:
    with Store(db_target) as store:
        aid = _article(store)
        seg = store.segment(aid, 1)
        store.set_translation(seg.id, "ru", "Столтенберг посетил Киев.", Status.APPROVED,
                              Origin.EDITED)
        assert {h.field for h in store.search("столтенберг")} == {"translation", "human"}
        assert [h.field for h in store.search("stoltenberg")] == ["source"]
        assert [h.lang for h in store.search("КИЕВ")] == ["ru"]
        human = store.search("відвідав")
        assert human[0].index == 1 and human[0].lang == "uk"
        assert store.search('"; DROP TABLE segments; --') == []
        assert store.search("") == []


def test_progress_and_delete(db_target: str) -> None:
    with Store(db_target) as store:
        aid = _article(store)
        seg = store.segment(aid, 0)
        store.set_translation(seg.id, "uk", "НАТО", Status.APPROVED, Origin.HUMAN)
        assert store.progress(aid, ["uk", "ru"]) == {"uk": (1, 4), "ru": (0, 4)}
        assert store.articles()[0].approved == {"uk": 1}
        store.delete_article(aid)
        assert store.articles() == []
        with pytest.raises(NotFoundError):
            store.segments(aid)
        left = store.conn.db.execute("SELECT count(*) FROM history").fetchone()[0]
        assert left >= 2  # the record of work outlives the article


def test_progress_counts_every_status_and_segments_without_a_translation(db_target: str) -> None:
    with Store(db_target) as store:
        aid = _article(store)
        other = _article(store)
        for i, status in enumerate((Status.APPROVED, Status.REJECTED, Status.DRAFT)):
            store.set_translation(store.segment(aid, i).id, "uk", f"t{i}", status, Origin.EDITED)
        store.set_translation(store.segment(aid, 3).id, "ru", "t", Status.NEW, Origin.MT)
        store.set_translation(store.segment(other, 0).id, "uk", "x", Status.APPROVED, Origin.MT)
        got = progress(store.conn, aid, ["uk", "ru", "uk", "de"])
        assert got == {"uk": Progress("uk", 4, 1, 1, 1, 1), "ru": Progress("ru", 4, 0, 0, 0, 4),
                       "de": Progress("de", 4, 0, 0, 0, 4)}
        assert store.progress(aid, ["uk"]) == {"uk": (1, 4)}
        assert progress(store.conn, aid, []) == {}


def test_failed_transaction_writes_nothing(db_target: str) -> None:
    with Store(db_target) as store:
        with pytest.raises(RuntimeError):
            with store.conn.transaction():
                store.add_article("half", "en", "x", [SegmentDraft(0, Role.BODY, "a")])
                raise RuntimeError("boom")
        assert store.articles() == []


def test_a_flag_keeps_its_reason(db_path: Path) -> None:
    with Store(db_path) as store:
        aid = _article(store)
        links = [Link(0, 1, 0, 1, True, reason="shifted"), Link(1, 3, 1, 2),
                 Link(3, 4, 2, 2, True, reason="dropped"), Link(4, 4, 2, 3, True)]
        store.replace_links(aid, "uk", links, action="links-merge")
        back = store.links(aid, "uk")
        assert back == links
        assert [(k.flagged, k.reason) for k in back] == [
            (True, "shifted"), (False, ""), (True, "dropped"), (True, "")]
        # a flag stored before flags had reasons (1) is read as flagged for no stated reason
        store.conn.db.execute("UPDATE links SET flagged = 1 WHERE article_id = ? AND idx = 0",
                              [aid])
        assert (store.links(aid, "uk")[0].flagged, store.links(aid, "uk")[0].reason) == (True, "")

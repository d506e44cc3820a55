"""Migration 6 gives every segment its repeat key (old ones too); approved repeats are found
through the index, newest first, only approved and non-empty, only in the asked languages; an
article's are matched in SQLite on its stored keys, the same as over its sources."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.repeat_keys import repeat_key
from reviewer.storage.repeat_queries import approved_repeats, article_repeats
from reviewer.storage.schema import MIGRATIONS
from reviewer.storage.store import Store


def test_a_version_5_database_gets_repeat_keys_for_its_segments(tmp_path: Path) -> None:
    # SQLite only: an old SQLite file upgraded (no PostgreSQL library predates schema 9).
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for version, migration in enumerate(MIGRATIONS[:5], 1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO articles (title, source_lang, origin, imported_at) "
               "VALUES ('A', 'en', 'a.txt', 'now')")
    db.execute("INSERT INTO segments (article_id, idx, paragraph, role, source) "
               "VALUES (1, 0, 0, 'caption', 'Photo:  Reuters')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        raw = store.conn.db.conn
        assert raw.execute("SELECT repeat_key FROM segments").fetchall() == [
            (repeat_key("Photo: AP"),)]
        plan = " ".join(r[-1] for r in raw.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM segments WHERE repeat_key = ?", ["x"]))
        assert "idx_segments_repeat_key" in plan


def test_approved_repeats_newest_first(db_target: str, tmp_path: Path) -> None:
    with Store(db_target) as store:
        for n, (text, status) in enumerate([("Фото: Reuters", Status.APPROVED),
                                            ("Фото: AP", Status.APPROVED),
                                            ("Світлина: AFP", Status.DRAFT),
                                            ("", Status.APPROVED)]):
            art = store.add_article(f"A{n}", "en", "a.txt", [
                SegmentDraft(0, Role.CAPTION, ["Photo: Reuters", "Photo: AP", "Photo: AFP",
                                               "Photo: X"][n]),
                SegmentDraft(1, Role.BODY, "Something else.")])
            seg = store.segments(art.id)[0]
            store.set_translation(seg.id, "uk", text, status, Origin.EDITED)
            store.set_translation(seg.id, "ru", "Фото", Status.APPROVED, Origin.EDITED)
        found = approved_repeats(store, ["Photo: DPA", "Nothing like it"], ["uk"])
        assert list(found) == [("uk", repeat_key("Photo: DPA"))]
        assert [(r.article_id, r.index, r.source, r.text)
                for r in found[("uk", repeat_key("Photo: DPA"))]] == [
            (2, 0, "Photo: AP", "Фото: AP"), (1, 0, "Photo: Reuters", "Фото: Reuters")]
        both = approved_repeats(store, ["Photo: DPA"], ["uk", "ru"])
        assert len(both[("ru", repeat_key("Photo: DPA"))]) == 4
        assert approved_repeats(store, [], ["uk"]) == {}
        assert approved_repeats(store, ["Photo: DPA"], []) == {}


def test_an_articles_repeats_are_those_of_its_sources(db_target: str) -> None:
    with Store(db_target) as store:
        sources = ["Photo: Reuters", "Photo: AP", "Read also:", "5 people died."]
        done = store.add_article("Done", "en", "a.txt", [
            SegmentDraft(i, Role.BODY, s) for i, s in enumerate(sources)])
        for seg in store.segments(done.id)[:2]:
            store.set_translation(seg.id, "uk", "Фото: " + seg.source[7:], Status.APPROVED,
                                  Origin.EDITED)
        store.set_translation(store.segments(done.id)[3].id, "ru", "Погибли 5 человек.",
                              Status.APPROVED, Origin.EDITED)
        new = store.add_article("New", "en", "b.txt", [
            SegmentDraft(i, Role.BODY, s) for i, s in enumerate(
                ["Photo:  DPA", "7 people died.", "Nothing like it", "Photo: AFP"])])
        segs = store.segments(new.id)
        for langs in (["uk"], ["uk", "ru"], ["ru"]):
            candidates, keys = article_repeats(store, new.id, langs)
            assert candidates == approved_repeats(store, [s.source for s in segs], langs)
            assert keys == {s.id: repeat_key(s.source) for s in segs
                            if any((lang, repeat_key(s.source)) in candidates for lang in langs)}
        assert set(article_repeats(store, new.id, ["uk", "ru"])[1]) == {
            segs[0].id, segs[1].id, segs[3].id}
        assert article_repeats(store, new.id, []) == ({}, {})
        assert article_repeats(store, done.id, ["uk"])[1] == {  # its own approvals are too
            s.id: repeat_key(s.source) for s in store.segments(done.id)[:2]}

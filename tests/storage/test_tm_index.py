"""The persistent translation-memory index: kept by the store's triggers through every kind of
write, and its lookups exactly a brute-force scan of the memory's units.

Hypothesis writes random libraries (approvals, changed texts, rejections, undos, imports,
deleted articles) from a small vocabulary, so that near-duplicates and ties are common, and
compares after each run: the index's rows with the memory's units, and the top ``limit`` of
random queries with every unit scored by plain Levenshtein over the longer length.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from reviewer.core.matching import match_text
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.tm import APPROVED, matches_of
from reviewer.storage import tm_cache, tm_index
from reviewer.storage.edits import clear_translation
from reviewer.storage.export_queries import TmUnit, add_tm_units
from reviewer.storage.schema import LATEST, MIGRATIONS
from reviewer.storage.store import Store
from reviewer.storage.tm_indexed import IndexedMemory, search_store
from reviewer.storage.tm_memory import load_memory, memory_units
from tests.pg_server import plain_connection

WORDS = ["the", "cat", "sat", "on", "a", "mat", "dog", "ran", "кіт", "“quoted”", "—", "  "]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(" ".join)
approve = st.tuples(st.just("approve"), st.integers(0, 3), st.sampled_from(["uk", "ru"]),
                    sentence)
op = st.one_of(
    approve, approve, approve,
    st.tuples(st.just("draft"), st.integers(0, 3), st.sampled_from(["uk", "ru"]), sentence),
    st.tuples(st.just("reject"), st.integers(0, 3), st.sampled_from(["uk", "ru"])),
    st.tuples(st.just("undo"), st.integers(0, 3), st.sampled_from(["uk", "ru"])),
    st.tuples(st.just("import"), sentence, sentence, st.sampled_from(["uk", "ru"])),
    st.tuples(st.just("delete"), st.integers(0, 2)),
)


def brute(store: Store, text: str, lang: str, limit: int,
          min_score: float) -> list[tuple[float, tuple[str, int]]]:
    """Every unit of the pair scored, best first, ties to the later position."""
    q = match_text(text)
    scored = []
    for u in memory_units(store):
        if u.source_lang != "en" or u.target_lang != lang:
            continue
        s = match_text(u.source)
        longer = max(len(s), len(q))
        score = 1.0 - Levenshtein.distance(q, s) / longer if longer else 1.0
        if score >= min_score:
            key = ("segment", u.segment_id) if u.kind == APPROVED else ("tm", u.tm_id)
            scored.append((score, u.kind != APPROVED, key[1], key))
    scored.sort(reverse=True)
    return [(score, key) for score, _tm, _ref, key in scored[:limit]]


def apply(store: Store, articles: list[int], step: tuple) -> None:
    kind = step[0]
    if kind == "import":
        add_tm_units(store, [TmUnit("en", step[3], step[1], step[2], "x.tmx")])
        return
    if kind == "delete":
        if step[1] < len(articles):
            store.delete_article(articles.pop(step[1]))
        return
    if not articles:
        return
    segs = [s for a in articles for s in store.segments(a)]
    seg = segs[step[1] % len(segs)]
    lang = step[2]
    if kind in ("approve", "draft"):
        status = Status.APPROVED if kind == "approve" else Status.DRAFT
        store.set_translation(seg.id, lang, step[3], status, Origin.HUMAN)
    elif kind == "reject" and (t := store.translation(seg.id, lang)) is not None:
        store.set_translation(seg.id, lang, t.text, Status.REJECTED, t.origin, engine=t.engine)
    elif kind == "undo":
        clear_translation(store, seg.id, lang)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sources=st.lists(sentence, min_size=6, max_size=6),
       steps=st.lists(op, min_size=4, max_size=25), queries=st.lists(sentence, max_size=3),
       minimum=st.sampled_from([50, 75, 90]), settle_first=st.booleans(),
       tail_min=st.sampled_from([500, 1]))
def test_lookups_equal_a_brute_force_scan_after_any_writes(
        sources: list[str], steps: list[tuple], queries: list[str], minimum: int,
        settle_first: bool, tail_min: int) -> None:
    # Queries: random sentences, every source (approved or not) and every imported source.
    queries = queries + sources + [s[1] for s in steps if s[0] == "import"]
    with tempfile.TemporaryDirectory() as d, Store(Path(d) / "tm.db") as store:
        articles = [store.add_article(f"A{i}", "en", "t", [
            SegmentDraft(j, Role.BODY, s) for j, s in enumerate(sources[i * 2:i * 2 + 4])]).id
            for i in range(2)]
        # A memory that lives through the writes (its copy of the pair follows them) and one
        # opened afterwards.
        living = IndexedMemory(store.path)
        copy = tm_cache.PairCache()  # and a copy of one pair synced after every write
        tm_cache.TAIL_MIN, tm_cache.TAIL_SHARE = tail_min, 1 if tail_min == 1 else 20
        try:
            for step in steps:
                apply(store, articles, step)
                tm_cache.sync(store.conn.db.conn, copy, "en", "uk")
                for lang in ("uk", "ru"):
                    living.search(sources[0], "en", lang, min_percent=minimum)
        finally:
            tm_cache.TAIL_MIN, tm_cache.TAIL_SHARE = 500, 20
        assert copy.rows == {(k, r): match_text(u.source) for u in memory_units(store)
                             if u.target_lang == "uk"
                             for k, r in [("segment", u.segment_id) if u.kind == APPROVED
                                          else ("tm", u.tm_id)]}
        assert sorted(copy.candidates(0, 10**6)) == sorted(
            (k, r, n) for (k, r), n in copy.rows.items())
        memory = load_memory(store) if settle_first else IndexedMemory(store.path)
        conn = store.conn.db.conn
        rows = {(k, r, lang) for k, r, lang in conn.execute(
            "SELECT kind, ref, lang FROM tm_index")}
        units = {("segment", u.segment_id, u.target_lang) if u.kind == APPROVED
                 else ("tm", u.tm_id, u.target_lang) for u in memory_units(store)}
        assert rows == units
        for text in queries:
            for lang in ("uk", "ru"):
                want = brute(store, text, lang, 15, minimum / 100)
                got = tm_index.best_keys(conn, text, "en", lang, 15, minimum / 100)
                assert got == want, (text, lang)
                found = memory.search(text, "en", lang, min_percent=minimum, limit=5)
                units_by_key = {("segment", u.segment_id) if u.kind == APPROVED
                                else ("tm", u.tm_id): u for u in memory_units(store)
                                if u.target_lang == lang}
                expected = matches_of(text, [(units_by_key[k], s) for s, k in want],
                                      min_percent=minimum, limit=5)
                assert found == expected
                assert living.search(text, "en", lang, min_percent=minimum) == expected
        memory.close()
        living.close()


def test_rows_added_by_another_program_are_found_and_settled(db_target: str) -> None:
    path = db_target
    with Store(path) as store:
        art = store.add_article("A", "en", "t", [SegmentDraft(0, Role.BODY, "One cat sat.")])
        seg = store.segments(art.id)[0].id
    raw = plain_connection(path)  # a plain writer: no function of ours is registered
    raw.execute("INSERT INTO translations (segment_id, lang, text, status, origin, updated_at) "
                "VALUES (?, 'uk', 'Один кіт.', 'approved', 'human', 'now')", [seg])
    raw.execute("INSERT INTO tm_units (source_lang, target_lang, source, target, origin, "
                "imported_at) VALUES ('en', 'uk', 'Two  cats   sat.', 'Два коти.', 'a', 'now')")
    raw.commit()
    raw.close()
    with Store(path) as store:
        pending = store.conn.db.conn.execute(
            "SELECT count(*) FROM tm_index WHERE norm IS NULL").fetchone()[0]
        assert pending == 2
        found = IndexedMemory(path).search("Two cats sat.", "en", "uk", min_percent=50)
        assert [m.target for m in found] == ["Два коти.", "Один кіт."]
        assert found[0].exact
        search_store(store, "One cat sat.", "en", "uk")  # a lookup alone writes nothing
        load_memory(store)  # ... the memory's loader fills the rows in
        rows = store.conn.db.conn.execute("SELECT norm, length FROM tm_index ORDER BY id")
        assert rows.fetchall() == [("One cat sat.", 12), ("Two cats sat.", 13)]


def test_a_version_5_database_gets_the_index_with_its_approvals_and_units(tmp_path: Path) -> None:
    # SQLite only: an old SQLite file upgraded (no PostgreSQL library predates schema 9).
    import sqlite_utils

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for version, migration in enumerate(MIGRATIONS[:5], 1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO articles VALUES (1, 'A', 'en', 't', 'now')")
    db.execute("INSERT INTO segments VALUES (7, 1, 0, 0, 'body', 'The “cat” sat.')")
    db.execute("INSERT INTO translations VALUES (7, 'uk', 'Кіт сів.', 'approved', 'human', "
               "NULL, '', 'now')")
    db.execute("INSERT INTO tm_units (source_lang, target_lang, source, target, origin, "
               "imported_at) VALUES ('en', 'ru', 'The dog ran.', 'Собака бежала.', 'a', 'now')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        raw = store.conn.db.conn
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 6
        assert raw.execute("SELECT kind, ref, lang, source_lang, norm, length FROM tm_index "
                           "ORDER BY id").fetchall() == [
            ("segment", 7, "uk", "en", 'The "cat" sat.', 14),
            ("tm", 1, "ru", "en", "The dog ran.", 12)]
        memory = load_memory(store)
        assert memory.best('The "cat" sat.', "en", "uk").target == "Кіт сів."
        assert memory.counts() == {("en", "uk", "approved"): 1, ("en", "ru", "imported"): 1}
        memory.close()


def test_the_fingerprint_changes_with_a_changed_approval_only(db_target: str) -> None:
    with Store(db_target) as store:
        art = store.add_article("A", "en", "t", [SegmentDraft(0, Role.BODY, "One cat sat.")])
        seg = store.segments(art.id)[0].id
        memory = load_memory(store)
        empty = memory.fingerprint()
        store.set_translation(seg, "uk", "Один кіт.", Status.APPROVED, Origin.HUMAN)
        first = memory.fingerprint()
        store.set_translation(seg, "uk", "Один кіт сів.", Status.APPROVED, Origin.HUMAN)
        second = memory.fingerprint()
        store.set_translation(seg, "ru", "Черновик.", Status.DRAFT, Origin.HUMAN)
        assert len({empty, first, second}) == 3 and memory.fingerprint() == second
        memory.close()

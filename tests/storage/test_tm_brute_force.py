"""Lookups in the stored index equal a brute-force scan of every unit, on real news sentences.

The brute force (``tests/tm_brute.py``) scores every unit of the store with rapidfuzz's plain
Levenshtein distance over the longer length (no index, no length window, no copy) and orders the
matches by percentage, similarity and age; the window's memory (:class:`IndexedMemory`, whose copy
of the pair follows later writes in a tail that is rebuilt when it grows) and ``tm search``
(:func:`search_store`) must return the very same matches. Queries are real sentences of the memory
with a few words edited, real sentences the memory never saw, and repeats.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.tm import MemoryUnit, TmMatch
from reviewer.storage import tm_cache
from reviewer.storage.export_queries import TmUnit, add_tm_units
from reviewer.storage.store import Store
from reviewer.storage.tm_indexed import IndexedMemory, search_store
from reviewer.storage.tm_memory import load_memory, memory_units
from tests.pg_server import ENGINES
from tests.tm_brute import scan, similarity
from tests.tm_corpus import SOURCES, distinct, ntrex, own_lines, perturb, splice, wmt23

Memory = tuple[Path | str, list[tuple[str, str]]]


@pytest.fixture(scope="module", params=[(s, e) for e in ENGINES for s in SOURCES],
                ids=lambda p: f"{p[1]}-{p[0]}")
def memory(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Memory:
    """4,000 imported units (news lines, British variants, spliced near-duplicates) and 150
    queries: from the project's own lines (mostly splices of them) or from NTREX and WMT23; in a
    SQLite file or a PostgreSQL database."""
    source, engine = request.param
    rng = random.Random(6)
    lines = distinct(own_lines() if source == "own" else ntrex() + wmt23())
    rng.shuffle(lines)
    n_unseen = min(50, len(lines) // 4)
    unseen, kept = lines[:n_unseen], lines[n_unseen:n_unseen + 2000]
    sources = [x.en for x in kept] + [x.en_gb for x in kept[:500] if x.en_gb != x.en]
    while len(sources) < 4000:
        sources.append(splice(rng.choice(kept).en, rng.choice(kept).en, rng))
    vocab = [w for x in kept for w in x.en.split()]
    queries = [("perturbed", perturb(rng.choice(kept).en, rng, vocab, rng.randint(1, 3)))
               for _ in range(70)]
    queries += [("unseen", x.en) for x in unseen]
    queries += [("exact", rng.choice(kept).en) for _ in range(80 - n_unseen)]  # 150 queries
    path: Path | str = tmp_path_factory.mktemp("tm") / "tm.db"
    if engine == "postgresql":
        path = request.getfixturevalue("pg_server").new_database()
    with Store(path) as store:  # distinct targets: no two units are twins
        add_tm_units(store, [TmUnit("en", "uk", s, f"t{i}", "news.tmx")
                             for i, s in enumerate(sources)])
    return path, queries


@pytest.fixture
def store(memory: Memory) -> Iterator[Store]:
    with Store(memory[0]) as s:
        yield s


def lookups(store: Store, units: list[MemoryUnit], texts: list[str], min_percent: int,
            limit: int) -> list[list[TmMatch]]:
    """Every text looked up by the window's memory and by ``tm search``, checked against the
    brute force; the matches found."""
    window = load_memory(store)
    out = []
    for text in texts:
        want = scan(units, text, "en", "uk", min_percent=min_percent, limit=limit)
        assert window.search(text, "en", "uk", min_percent=min_percent, limit=limit) == want
        assert search_store(store, text, "en", "uk", min_percent=min_percent,
                            limit=limit) == want
        out.append(want)
    window.close()
    return out


def test_top5_equals_brute_force_on_news_sentences(store: Store, memory: Memory) -> None:
    queries = memory[1]
    found = lookups(store, memory_units(store), [q for _, q in queries], 75, 5)
    kinds = {kind: sum(bool(f) for (k, _), f in zip(queries, found, strict=True) if k == kind)
             for kind in ("perturbed", "unseen", "exact")}
    exact = sum(kind == "exact" for kind, _ in queries)
    assert kinds["exact"] == exact and kinds["perturbed"] >= 40  # the data exercise matches
    assert sum(len(f) for f in found) > 100


def test_other_thresholds_and_limits_equal_brute_force(store: Store, memory: Memory) -> None:
    units, texts = memory_units(store), [q for _, q in memory[1][::5]]
    for min_percent, limit in ((90, 1), (60, 10), (50, 3)):
        lookups(store, units, texts, min_percent, limit)


def test_units_added_and_removed_later_equal_brute_force(memory: Memory, tmp_path: Path) -> None:
    """Approvals read by the window's memory, then more (its tail), then more than its tail
    holds (rebuilt), some rejected, a few more: every lookup equals the brute force."""
    with Store(memory[0]) as news:
        sources = [u.source for u in memory_units(news)]
    texts = [q for _, q in memory[1][::3]]
    with Store(tmp_path / "approved.db") as store:
        def approve(first: int, last: int) -> list[int]:
            drafts = [SegmentDraft(i, Role.BODY, s) for i, s in enumerate(sources[first:last])]
            segs = store.segments(store.add_article(f"{first}", "en", "t", drafts).id)
            with store.conn.transaction():
                for seg in segs:
                    store.set_translation(seg.id, "uk", f"т{first + seg.index}", Status.APPROVED,
                                          Origin.HUMAN)
            return [seg.id for seg in segs]

        ids = approve(0, 3000)
        window = load_memory(store)

        def check() -> None:
            units = memory_units(store)
            for text in texts:
                assert window.search(text, "en", "uk") == scan(units, text, "en", "uk")

        check()
        ids += approve(3000, 3400)
        check()  # in the copy's tail
        ids += approve(3400, 4000)
        check()  # past the tail's limit: the copy is rebuilt
        with store.conn.transaction():
            for seg in ids[::7]:
                store.set_translation(seg, "uk", "rejected", Status.REJECTED, Origin.HUMAN)
        approve(3990, 4000)
        check()
        assert len(window) == 4010 - len(ids[::7])
        window.close()


def test_similarity_as_cat_tools_count_it(db_target: str) -> None:
    with Store(db_target) as store:
        add_tm_units(store, [TmUnit("en", "uk", s, t, "a.tmx") for s, t in [
            ("kitten", "кошеня"), ("The talks resumed on Monday.", "Так."),
            ("the talks resumed on monday.", "так.")]])
        found = search_store(store, "sitting", "en", "uk", min_percent=50)
        assert [(m.target, m.percent) for m in found] == [("кошеня", 57)]
        assert found[0].score == pytest.approx(1 - 3 / 7) == similarity("kitten", "sitting")
        found = search_store(store, "The talks resumed on Monday.", "en", "uk", min_percent=50)
        assert [(m.target, m.score) for m in found][0] == ("Так.", 1.0)
        assert found[1].score < 1.0  # case counts: only the equal text is 1.0
        assert search_store(store, "", "en", "uk") == []
        assert search_store(store, "kitten", "en", "uk", limit=0) == []


def test_empty_and_tiny_texts(db_target: str) -> None:
    with Store(db_target) as store:
        assert search_store(store, "anything", "en", "uk") == []
        add_tm_units(store, [TmUnit("en", "uk", s, f"t{i}", "a.tmx")
                             for i, s in enumerate(["", "a", "ab", "abc", "abd"])])
        found = lookups(store, memory_units(store), ["ab", "", "a", "abcd"], 50, 5)
        assert [m.source for m in found[0]] == ["ab", "abd", "abc", "a"]  # ties: newer first


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text("ab c", max_size=24), max_size=40), st.text("ab c", max_size=24),
       st.sampled_from([40, 60, 75, 90]), st.integers(1, 6), st.integers(0, 40),
       st.sampled_from([500, 1]))
def test_repetitive_texts_equal_brute_force(sources: list[str], query: str, min_percent: int,
                                            limit: int, split: int, tail_min: int) -> None:
    """Texts made of few letters repeat and tie a lot; units added after the window's memory
    read the pair go to its copy's tail (rebuilt at once with ``tail_min`` 1)."""
    units = [TmUnit("en", "uk", s, f"t{i}", "a.tmx") for i, s in enumerate(sources)]
    with tempfile.TemporaryDirectory() as d, Store(Path(d) / "tm.db") as store:
        add_tm_units(store, units[:split])
        window = IndexedMemory(store.path)
        tm_cache.TAIL_MIN, tm_cache.TAIL_SHARE = tail_min, 1 if tail_min == 1 else 20
        try:
            window.search(query, "en", "uk", min_percent=min_percent, limit=limit)
            add_tm_units(store, units[split:])
            want = scan(memory_units(store), query, "en", "uk", min_percent=min_percent,
                        limit=limit)
            assert window.search(query, "en", "uk", min_percent=min_percent,
                                 limit=limit) == want
        finally:
            tm_cache.TAIL_MIN, tm_cache.TAIL_SHARE = 500, 20
            window.close()
        assert search_store(store, query, "en", "uk", min_percent=min_percent,
                            limit=limit) == want


def test_the_windows_copy_skips_removed_and_replaced_rows() -> None:
    """Rows removed or replaced after the copy was sorted are not offered (the old text of a
    replaced row neither), before and after the copy is sorted again."""
    copy = tm_cache.PairCache()
    for ref, text in enumerate(["one cat", "two cats", "three cats", "four cats"]):
        copy.put(("tm", ref), text)
    copy.freeze()
    copy.drop(("tm", 1))
    copy.put(("tm", 2), "three dogs")  # a changed approval
    copy.put(("tm", 9), "nine cats")
    want = [("tm", 0, "one cat"), ("tm", 2, "three dogs"), ("tm", 3, "four cats"),
            ("tm", 9, "nine cats")]
    assert sorted(copy.candidates(0, 100)) == want
    assert sorted(copy.candidates(7, 9)) == [w for w in want if 7 <= len(w[2]) <= 9]
    copy.freeze()
    assert sorted(copy.candidates(0, 100)) == want

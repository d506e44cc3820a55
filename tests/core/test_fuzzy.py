"""Fuzzy search: the index's top matches equal a brute-force ranking, on real news sentences.

The brute force computes every similarity with rapidfuzz's plain Levenshtein distance over the
longer length (no index, no bound, no shortcut) and sorts by score, newer unit first on ties; the
index must return the very same units with the very same scores. Queries are real sentences of
the memory with a few words edited, real sentences the memory never saw, and repeats.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reviewer.core.fuzzy import FuzzyIndex, Hit, match_text, similarity
from tests.tm_corpus import SOURCES, distinct, ntrex, own_lines, perturb, splice, wmt23


def brute(units: list[str], queries: list[str], limit: int, min_score: float) -> list[list[Hit]]:
    """The top ``limit`` of every query by exhaustive scoring."""
    u = [match_text(x) for x in units]
    q = [match_text(x) for x in queries]
    dist = process.cdist(q, u, scorer=Levenshtein.distance, workers=1)
    lens = np.array([len(x) for x in u])
    out = []
    for row, text in zip(dist, q, strict=True):
        longer = np.maximum(lens, len(text))
        scores = np.where(longer > 0, 1.0 - row / np.maximum(longer, 1), 1.0)
        hits = [Hit(float(s), i) for i, s in enumerate(scores) if s >= min_score]
        out.append(sorted(hits, reverse=True)[:limit])
    return out


@pytest.fixture(scope="module", params=SOURCES)
def memory(request: pytest.FixtureRequest) -> tuple[list[str], list[tuple[str, str]]]:
    """4,000 units (news lines, British variants, spliced near-duplicates) and 150 queries: from
    the project's own lines (mostly splices of them) or from NTREX and WMT23."""
    rng = random.Random(6)
    lines = distinct(own_lines() if request.param == "own" else ntrex() + wmt23())
    rng.shuffle(lines)
    n_unseen = min(50, len(lines) // 4)
    unseen, kept = lines[:n_unseen], lines[n_unseen:n_unseen + 2000]
    units = [x.en for x in kept] + [x.en_gb for x in kept[:500] if x.en_gb != x.en]
    while len(units) < 4000:
        units.append(splice(rng.choice(kept).en, rng.choice(kept).en, rng))
    vocab = [w for x in kept for w in x.en.split()]
    queries = [("perturbed", perturb(rng.choice(kept).en, rng, vocab, rng.randint(1, 3)))
               for _ in range(70)]
    queries += [("unseen", x.en) for x in unseen]
    queries += [("exact", rng.choice(kept).en) for _ in range(30)]
    queries += [("exact", rng.choice(kept).en) for _ in range(50 - n_unseen)]  # 150 queries
    return units, queries


def test_top5_equals_brute_force_on_news_sentences(memory) -> None:
    units, queries = memory
    index = FuzzyIndex(units)
    texts = [q for _, q in queries]
    expected = brute(units, texts, 5, 0.75)
    found = [index.search(q, 5, 0.75) for q in texts]
    truth = sum(len(e) for e in expected)
    recall = sum(len(set(f) & set(e)) for f, e in zip(found, expected, strict=True)) / truth
    print(f"recall of the true top-5 (>= 75%): {recall:.4f} over {truth} matches")
    assert found == expected
    kinds = {kind: sum(bool(f) for (k, _), f in zip(queries, found, strict=True) if k == kind)
             for kind in ("perturbed", "unseen", "exact")}
    exact = sum(kind == "exact" for kind, _ in queries)
    assert kinds["exact"] == exact and kinds["perturbed"] >= 40  # the data exercise matches


def test_other_thresholds_and_limits_equal_brute_force(memory) -> None:
    units, queries = memory
    index = FuzzyIndex(units)
    texts = [q for _, q in queries[::5]]
    for limit, min_score in ((1, 0.9), (10, 0.6), (3, 0.5)):
        assert [index.search(q, limit, min_score) for q in texts] == brute(units, texts, limit,
                                                                          min_score)


def test_added_and_removed_units_equal_brute_force(memory) -> None:
    units, queries = memory
    index = FuzzyIndex(units[:3000])
    index.add(units[3000:3400])  # in the unsorted tail
    assert index.add(units[3400:]) == range(3400, 4000)  # past the tail limit: rebuilt
    gone = set(range(0, 4000, 7))
    for i in gone:
        index.remove(i)
    index.add(units[3990:])  # tail again, after removals in the frozen part
    alive = [u if i not in gone else "\x00" * 400 for i, u in enumerate(units)] + units[3990:]
    texts = [q for _, q in queries[::3]]
    assert [index.search(q) for q in texts] == brute(alive, texts, 5, 0.75)
    assert len(index) == 4010 - len(gone)


def test_similarity_as_cat_tools_count_it() -> None:
    assert similarity("kitten", "sitting") == pytest.approx(1 - 3 / 7)
    assert match_text("  It\u2019s  \u201cfine\u201d \u2014 ok ") == "It's \"fine\" - ok"
    index = FuzzyIndex(["The talks resumed on Monday.", "the talks resumed on monday."])
    hits = index.search("The talks resumed on Monday.", 5, 0.5)
    assert [(h.id, h.score) for h in hits][0] == (0, 1.0)
    assert hits[1].score < 1.0  # case counts: only the equal text is 1.0
    assert index.search("", 5, 0.75) == [] and index.search("x", 0, 0.1) == []


def test_empty_and_tiny_texts() -> None:
    index = FuzzyIndex(["", "a", "ab", "abc", "abd"])
    assert index.search("ab", 5, 0.5) == brute(["", "a", "ab", "abc", "abd"], ["ab"], 5, 0.5)[0]
    assert FuzzyIndex().search("anything") == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text("ab c", max_size=24), max_size=40), st.text("ab c", max_size=24),
       st.sampled_from([0.4, 0.6, 0.75, 0.9]), st.integers(1, 6), st.integers(0, 40))
def test_repetitive_texts_equal_brute_force(units: list[str], query: str, min_score: float,
                                            limit: int, split: int) -> None:
    """Texts made of few letters repeat their 3-grams a lot: the multiset bound must hold."""
    index = FuzzyIndex(units[:split])
    index.add(units[split:])
    expected = brute(units, [query], limit, min_score)[0]
    assert index.search(query, limit, min_score) == expected
    index.compact()
    assert index.search(query, limit, min_score) == expected

"""A single lookup (``reviewer tm search``) and the memory the window holds find exactly what a
brute-force scan of every unit finds: the same units, percentages, order (ties included), twins
and diffs.

The store holds approved segments and imported units of real NTREX-128 lines, with duplicates
(the same sentence approved and imported; the same source twice with different targets) so that
ties and twins are exercised; the queries are exact, perturbed and unseen sentences.
"""

from __future__ import annotations

import random
from pathlib import Path

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.export_queries import TmUnit, add_tm_units
from reviewer.storage.store import Store
from reviewer.storage.tm_memory import load_memory, search_store, target_langs
from tests.tm_brute import brute
from tests.tm_corpus import distinct, ntrex, perturb


def test_lookups_give_what_a_brute_force_scan_gives(db_target: str, tmp_path: Path) -> None:
    lines = distinct(ntrex())[:600]
    rng = random.Random(7)
    vocab = [w for x in lines[:200] for w in x.en.split()]
    with Store(db_target) as store:
        drafts = [SegmentDraft(i, Role.BODY, x.en) for i, x in enumerate(lines[:300])]
        art = store.add_article("A", "en", "test", drafts).id
        with store.conn.transaction():
            for seg in store.segments(art):
                store.set_translation(seg.id, "uk", lines[seg.index].uk, Status.APPROVED,
                                      Origin.HUMAN)
        add_tm_units(store, [TmUnit("en", "uk", x.en, x.uk, "a.tmx") for x in lines[250:600]])
        add_tm_units(store, [TmUnit("en", "uk", x.en, x.uk + " (2)", "b.tmx")
                             for x in lines[100:140]])
        add_tm_units(store, [TmUnit("en", "ru", x.en, "ру", "c.tmx") for x in lines[:5]])
        memory = load_memory(store)
        queries = ([x.en for x in lines[90:150]] + [x.en for x in lines[240:260]]
                   + [perturb(x.en, rng, vocab, rng.randrange(1, 4)) for x in lines[:300:3]]
                   + [x.en for x in distinct(ntrex())[1500:1520]])
        found = 0
        for q in queries:
            for lang in ("uk", "ru"):
                for minimum, limit in ((75, 5), (50, 3)):
                    want = brute(store, q, "en", lang, min_percent=minimum, limit=limit)
                    got = search_store(store, q, "en", lang, min_percent=minimum, limit=limit)
                    assert got == want, q
                    assert memory.search(q, "en", lang, min_percent=minimum,
                                         limit=limit) == want, q
                    found += len(got)
        assert found > 300
        assert sorted(target_langs(store, "en")) == ["ru", "uk"]
        assert target_langs(store, "de") == []
        memory.close()

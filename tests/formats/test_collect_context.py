"""Reading a library for TMX leaves out the human texts and MT, and nothing else."""

from __future__ import annotations

from pathlib import Path

from reviewer import library
from reviewer.formats.units import collect
from reviewer.storage.store import Store
from tests.conftest import SAMPLE
from tests.seed import seed_mt


def test_collect_without_context_has_the_same_units_and_targets(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        art = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en",
                                     humans={"uk": str(SAMPLE / "article.uk.txt")})
        for index in range(0, 10, 2):
            library.approve(store, art.id, index, "uk", source="human")
        seed_mt(store, store.segment(art.id, 1).id, "uk", "google", "Машинний.")
        full = collect(store)
        bare = collect(store, context=False)
    assert any(u.human for u in full.units) and any(u.mt for u in full.units)
    assert not any(u.human or u.mt for u in bare.units)
    assert [(u.article_id, u.index, u.paragraph, u.role, u.source, u.targets)
            for u in bare.units] == [(u.article_id, u.index, u.paragraph, u.role, u.source,
                                      u.targets) for u in full.units]
    assert (bare.articles, bare.langs) == (full.articles, full.langs)

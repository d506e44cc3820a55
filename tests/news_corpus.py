"""News articles in the WMT23 shape for end-to-end tests: our own article, then WMT23 if present.

``NEWSROOM`` (``tests/data/newsroom.jsonl``) is written for the tests and always there, so each
behaviour runs in any clone; the WMT23 news articles in ``../shared/corpora`` are the same test on
real newsroom text, skipped with the reason when the shared corpora are absent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"
CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@dataclass(frozen=True)
class NewsCorpus:
    """A JSONL file of articles (``en``, ``ref[lang]``, ``mt[lang][system]``): the two systems
    the statistics tests store as engines, and the one whose output realigns links."""

    name: str
    path: Path
    systems: tuple[str, str]
    realign_system: str

    def articles(self) -> list[dict[str, Any]]:
        """Every article of the file, or a skip saying the file is absent."""
        if not self.path.exists():
            pytest.skip(f"{self.path} is absent (a clone without the shared corpora)")
        with self.path.open(encoding="utf-8") as f:
            return [json.loads(line) for line in f]


NEWSROOM = NewsCorpus("newsroom", DATA / "newsroom.jsonl", ("mt-a", "mt-b"), "mt-a")
WMT23 = NewsCorpus("wmt23", CORPORA / "wmt23" / "news_articles.jsonl",
                   ("ONLINE-W", "GPT4-5shot"), "ONLINE-B")


def corpus_params() -> list[Any]:
    """Parameters for ``@pytest.mark.parametrize``: our article, then WMT23 (skipped if absent)."""
    return [pytest.param(NEWSROOM, id="newsroom"),
            pytest.param(WMT23, id="wmt23", marks=pytest.mark.skipif(
                not WMT23.path.exists(),
                reason="../shared/corpora/wmt23 is absent: the same test runs on tests/data"))]

"""Build a long article from real news text, for the window's scale benchmark and its test.

The lines come from the WMT23 general test set (news part, in ``../shared/corpora/wmt23``): each
English line with its professional Ukrainian and Russian references as the human versions (linked
1-1), and a WMT23 system's output for that very line as the machine-translation suggestion in each
language, so every compare cell has a real diff to paint. The 516 lines are cycled to reach the
wanted length; each pass takes the next system's outputs (11 for uk, 12 for ru), so the first ~5,700
rows carry distinct machine translations and the diffs of later ones repeat. Nothing is invented:
every text is a corpus line, and each suggestion's engine names the WMT23 system that wrote it.

Everything goes through the app's own writes (``add_article``, ``set_human_version``, and
``mt_cache.record_mt`` as a fetch stores suggestions) inside one transaction, so 40,000 suggestions
cost one commit rather than 40,000.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.model import Article, HumanSentence, Link, Role, SegmentDraft
from reviewer.storage.mt_cache import MTRecord, record_mt
from reviewer.storage.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"
LANGS = ("uk", "ru")


@dataclass(frozen=True)
class Line:
    """One WMT23 line: the source, its human references and every system's output, by language."""

    doc: int
    headline: bool
    source: str
    human: dict[str, str]
    mt: dict[str, list[tuple[str, str]]]  # lang -> [(system, text)] in system-name order


def wmt23_path(corpora: Path = DEFAULT_CORPORA) -> Path:
    """Where the WMT23 articles are expected."""
    return corpora / "wmt23" / "news_articles.jsonl"


def load_lines(corpora: Path = DEFAULT_CORPORA, path: Path | None = None) -> list[Line]:
    """Every line of the 30 WMT23 news articles, in order (the headline first in each); or of
    another file of articles in the same shape at ``path`` (the tests' own articles)."""
    path = path or wmt23_path(corpora)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the WMT23 corpus is not there (see corpora README)")
    lines: list[Line] = []
    with path.open(encoding="utf-8") as f:
        for doc_no, raw in enumerate(f):
            doc = json.loads(raw)
            systems = {lang: sorted(doc["mt"][lang]) for lang in LANGS}
            for i, source in enumerate(doc["en"]):
                lines.append(Line(
                    doc_no, i == 0, source,
                    {lang: doc["ref"][lang][i] for lang in LANGS},
                    {lang: [(s, doc["mt"][lang][s][i]) for s in systems[lang]] for lang in LANGS},
                ))
    return lines


def build_article(store: Store, size: int, corpora: Path = DEFAULT_CORPORA,
                  title: str | None = None, lines: list[Line] | None = None,
                  offset: int = 0) -> Article:
    """Store an article of ``size`` segments with uk and ru human versions and one MT each
    (from ``lines``, loaded if not given, starting at line ``offset``)."""
    lines = lines if lines is not None else load_lines(corpora)
    picked = [(k // len(lines), lines[k % len(lines)]) for k in range(offset, offset + size)]
    # WMT23 lines are the articles' paragraphs: one segment per paragraph, headlines as such.
    drafts = [SegmentDraft(k, Role.HEADLINE if line.headline else Role.BODY, line.source)
              for k, (_pass, line) in enumerate(picked)]
    with store.conn.transaction():
        article = store.add_article(title or f"WMT23 news cycled to {size} segments", "en",
                                    str(wmt23_path(corpora)), drafts)
        for lang in LANGS:
            sentences = [HumanSentence(k, d.paragraph, line.human[lang], d.role)
                         for k, ((_p, line), d) in enumerate(zip(picked, drafts, strict=True))]
            links = [Link(k, k + 1, k, k + 1) for k in range(size)]
            store.set_human_version(article.id, lang, f"{article.title} ({lang})",
                                    f"wmt23 ref.{lang}", sentences, links)
        segments = store.segments(article.id)
        records = []
        for seg, (pass_no, line) in zip(segments, picked, strict=True):
            for lang in LANGS:
                system, text = line.mt[lang][pass_no % len(line.mt[lang])]
                records.append(MTRecord(seg.id, lang, f"wmt23:{system}", text, None))
        record_mt(store, records)
    return article

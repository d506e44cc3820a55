"""Article extraction from real news pages: per-page title match, word recall and precision.

Reads the shared news-html corpus in place (``../shared/corpora/news-html``) through
``read_document`` and compares with the expected body (``expected.html``) and metadata. Recall is
the share of the expected body's words (with repeats) found in the extracted non-title text;
precision is the share of extracted words that the expected body has. For the Russian pages it
checks the must / must-not snippets. Run: ``uv run python bench/html_extraction.py``.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

import lxml.html

from reviewer.core.model import Role
from reviewer.formats.reader import read_document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "news-html"


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def same_title(a: str, b: str) -> bool:
    return " ".join(re.findall(r"\w+", a.casefold())) == " ".join(re.findall(r"\w+", b.casefold()))


def readability() -> None:
    print(
        f"{'page':15} {'recall':>6} {'prec':>6} {'blocks':>6} {'subh':>4} {'quote':>5} lang  title"
    )
    recalls = []
    titles = 0
    pages = sorted(p for p in (CORPUS / "readability").iterdir() if p.is_dir())
    for page in pages:
        doc = read_document(str(page / "source.html"))
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = lxml.html.fromstring((page / "expected.html").read_text("utf-8")).text_content()
        want = words(expected)
        got = words(" ".join(b.text for b in doc.blocks if b.role is not Role.HEADLINE))
        common = sum((want & got).values())
        rec, prec = common / max(1, sum(want.values())), common / max(1, sum(got.values()))
        recalls.append(rec)
        ok = same_title(doc.title, meta["title"])
        titles += ok
        roles = Counter(b.role for b in doc.blocks)
        lang = f"{doc.language or '-'}/{meta.get('lang') or '-'}"
        title = "ok" if ok else f"{doc.title!r} (expected {meta['title']!r})"
        print(
            f"{page.name:15} {rec:6.3f} {prec:6.3f} {len(doc.blocks):6} "
            f"{roles[Role.SUBHEADING]:4} {roles[Role.QUOTE]:5} {lang:9} {title}"
        )
    print(
        f"titles {titles}/{len(pages)}; recall >= 0.8 on {sum(r >= 0.8 for r in recalls)}/"
        f"{len(pages)}; mean {sum(recalls) / len(recalls):.3f}, min {min(recalls):.3f}"
    )


def russian() -> None:
    for page in sorted((CORPUS / "ru").glob("*.html")):
        data = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
        expected = data if "title" in data else next(iter(data.values()))
        doc = read_document(str(page))
        text = "\n".join(b.text for b in doc.blocks)
        must = expected.get("with", [])
        must_not = [*expected.get("without", []), *expected.get("comments", [])]
        line = f"{page.name}: title {'ok' if doc.title == expected['title'] else repr(doc.title)}"
        line += f", with {sum(s in text for s in must)}/{len(must)}"
        line += f", without {sum(s.strip() not in text for s in must_not)}/{len(must_not)}"
        if "text" in expected:
            want, got = words(expected["text"]), words(text)
            line += f", recall {sum((want & got).values()) / sum(want.values()):.3f}"
        print(line)


if __name__ == "__main__":
    started = time.perf_counter()
    readability()
    russian()
    print(f"({time.perf_counter() - started:.1f} s)")

"""CLI command ``reviewer concordance``: where a phrase occurs in approved translations, human
versions and the translation memory, best first (the window's Ctrl+K, headless).

``reviewer concordance PHRASE [--lang ua] [--limit N] [--json]``: each hit with its kind, where it
comes from, its source and target; in plain text the phrase found is marked ``[[...]]``.
"""

from __future__ import annotations

import argparse
from typing import Any

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store
from reviewer.core import languages
from reviewer.core.concordance import DEFAULT_LIMIT, ConcordanceHit
from reviewer.core.errors import UsageError

LEVELS = ("exact", "form", "words")


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with each span wrapped in ``[[`` and ``]]``."""
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], "[[", text[start:end], "]]"]
        at = end
    return "".join(out) + text[at:]


def hit_json(hit: ConcordanceHit) -> dict[str, Any]:
    """A hit as JSON (``segment`` 1-based, as users count; spans as ``[start, end)`` offsets)."""
    u = hit.unit
    return {"kind": u.kind, "lang": u.lang, "match": LEVELS[hit.level], "side": hit.side,
            "source": u.source, "target": u.target, "origin": u.origin,
            "article_id": u.article_id, "segment": None if u.index is None else u.index + 1,
            "source_spans": [list(s) for s in hit.source_spans],
            "target_spans": [list(s) for s in hit.target_spans], "insert": hit.insert_text}


def cmd_concordance(args: argparse.Namespace) -> int:
    from reviewer.core.concordance import phrase_words
    from reviewer.storage.concordance_queries import search_concordance

    if not phrase_words(args.phrase):
        raise UsageError("concordance: the phrase has no words to look for")
    if args.limit < 1:
        raise UsageError("concordance: --limit must be 1 or more")
    lang = languages.normalize(args.lang) if args.lang else None
    with open_store(args) as store:
        hits = search_concordance(store, args.phrase, lang, args.limit)
    if args.json:
        emit_json([hit_json(h) for h in hits])
        return 0
    if not hits:
        say(f"“{args.phrase}” occurs nowhere in the approved translations, human versions "
            "or the translation memory.")
    for h in hits:
        u = h.unit
        where = u.origin + (f" #{u.index + 1}" if u.index is not None else "")
        source = marked(u.source, h.source_spans) if h.side == "source" else u.source
        target = marked(u.target, h.target_spans) if h.side == "target" else u.target
        say(f"{u.kind} {languages.label(u.lang)} {LEVELS[h.level]}  {where}")
        say(f"    {source}")
        say(f"    {target}")
    return 0


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("phrase", help="the words to look for (English, Ukrainian or Russian)")
    p.add_argument("--lang", help="only translations into this language: uk (or ua), ru")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="at most N hits (100)")


COMMANDS = {
    "concordance": (cmd_concordance, "where a phrase occurs in approved translations, human "
                                     "versions and the translation memory", _configure),
}

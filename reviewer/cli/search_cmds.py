"""``reviewer search``: full-text search over sources, translations and human versions.

A command of its own module, importing only the connection and the search queries
(:mod:`reviewer.storage.search`): the whole process is timed against the bare FTS5 queries, and
most of a short command's time is its imports.
"""

from __future__ import annotations

import argparse
import sys


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def cmd_search(args: argparse.Namespace) -> int:
    from reviewer.storage.connection import open_connection
    from reviewer.storage.search import search

    with open_connection(args.db) as conn:
        hits = search(conn, args.query, limit=args.limit)
    if args.json:
        import json

        _say(json.dumps([{"article_id": h.article_id, "article_title": h.article_title,
                          "segment": h.index + 1 if h.index >= 0 else None, "field": h.field,
                          "lang": h.lang or None, "text": h.text} for h in hits],
                        ensure_ascii=False, indent=2))
        return 0
    if not hits:
        _say("No matches.")
        return 0
    from reviewer.core.languages import label

    for h in hits:
        where = f"#{h.index + 1}" if h.index >= 0 else "#?"
        tag = f"{h.field} {label(h.lang)}" if h.lang else h.field
        _say(f"{h.article_id:>4} {where:>5}  {tag:<14} {h.text}")
    return 0


COMMANDS = {
    "search": (cmd_search, "full-text search over sources, translations and human versions",
               lambda p: (p.add_argument("query"),
                          p.add_argument("--limit", type=int, default=50))),
}

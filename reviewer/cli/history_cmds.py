"""CLI command ``reviewer history``: a segment's versions, and bringing one back.

``reviewer history ARTICLE SEGMENT --lang ua [--restore N] [--json]`` lists every version of the
segment's final translation (who, when, action, status, origin, engine) with the words changed
from the version before (``[-removed-]{+added+}``); ``--restore N`` writes version N back through
the review service (conflict-checked, in the history, as an edit in the window would be).
"""

from __future__ import annotations

import argparse
from typing import Any

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store, reviewer_name
from reviewer.core import languages
from reviewer.core.errors import UsageError


def _marked(version: Any) -> str:
    parts = []
    for s in version.diff:
        parts.append(s.text if s.op == "equal" else
                     f"[-{s.text}-]" if s.op == "delete" else f"{{+{s.text}+}}")
    return "".join(parts)


def cmd_history(args: argparse.Namespace) -> int:
    from reviewer.core.edits import TranslationState
    from reviewer.core.versions import restore, versions
    from reviewer.services.review import ReviewService

    lang = languages.normalize(args.lang)
    with open_store(args) as store:
        article = store.article(args.article)
        seg = store.segment(article.id, args.segment - 1)
        found = versions(store.history(seg.id, lang))
        if args.restore is not None:
            if not 1 <= args.restore <= len(found):
                raise UsageError(f"history: segment {args.segment} ({languages.label(lang)}) has "
                                 f"{len(found)} versions; there is no version {args.restore}")
            current = TranslationState.of(store.translation(seg.id, lang))
            wanted = restore(found[args.restore - 1], current)
            if wanted == current:
                raise UsageError(f"history: segment {args.segment} ({languages.label(lang)}) "
                                 f"already is as version {args.restore}; nothing to restore")
            ReviewService(store, reviewer_name(args)).change(
                seg.id, lang, wanted, f"Restore version {args.restore} of segment {args.segment}")
            found = versions(store.history(seg.id, lang))
    if args.json:
        emit_json([{"version": v.number, "text": v.text, "status": v.status, "origin": v.origin,
                    "engine": v.engine, "actor": v.actor, "at": v.at, "action": v.action,
                    "diff": [{"op": str(s.op), "text": s.text} for s in v.diff]}
                   for v in found])
        return 0
    if not found:
        say(f"Segment {args.segment} has no recorded changes in {languages.label(lang)}.")
    for v in found:
        engine = f" {v.engine}" if v.engine else ""
        say(f"v{v.number}  {v.at}  {v.actor}  {v.action}  {v.status}  {v.origin}{engine}")
        say(f"    {_marked(v) if v.text_changed else '(text unchanged)'}")
    if args.restore is not None:
        say(f"Restored version {args.restore} as version {len(found)}.")
    return 0


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int)
    p.add_argument("segment", type=int, help="segment number (1-based, as show prints it)")
    p.add_argument("--lang", required=True, help="target language: uk (or ua), ru")
    p.add_argument("--restore", type=int, metavar="N", help="bring version N back")


COMMANDS = {
    "history": (cmd_history, "a segment's versions with who, when and what changed; restore one",
                _configure),
}

"""CLI command ``reviewer replace``: find and replace in final translations, with a dry run.

``reviewer replace FIND REPLACEMENT ARTICLE|--all [--lang ua,ru] [--regex] [--word] [--case]
[--approved [--keep-status]] [--dry-run] [--json]`` changes every draft final text that matches,
in one transaction, each change conflict-checked and recorded in the history like an edit in the
window; approved and rejected texts only with ``--approved`` (they become drafts again unless
``--keep-status``). ``--dry-run`` prints what would change and writes nothing.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store, reviewer_name
from reviewer.core import languages
from reviewer.core.errors import UsageError

if TYPE_CHECKING:
    from reviewer.core.replace import Change


def _marked(text: str, change: Change) -> str:
    """``text`` with the found spans in ⟦ ⟧ (for the terminal)."""
    out, last = [], 0
    for s in change.spans:
        out += [text[last:s.start], "⟦", text[s.start:s.end], "⟧"]
        last = s.end
    return "".join(out) + text[last:]


def cmd_replace(args: argparse.Namespace) -> int:
    from reviewer.core.replace import Query, edits, preview
    from reviewer.services.review import ReviewService

    if (args.article is None) == (not args.all):
        raise UsageError("replace: give an article id or --all (the whole library), not both")
    if args.keep_status and not args.approved:
        raise UsageError("replace: --keep-status is for approved texts: add --approved")
    query = Query(args.find, args.replacement, regex=args.regex, whole_word=args.word,
                  match_case=args.case)
    query.pattern()
    changes: list[Change] = []
    with open_store(args) as store:
        articles = ([store.article(args.article)] if args.article is not None
                    else [row.article for row in reversed(store.articles())])
        for article in articles:
            langs = languages.order(languages.parse_list(args.lang) if args.lang
                                    else store.human_langs(article.id)
                                    or list(languages.TARGETS_DEFAULT))
            changes += preview(store.segment_views(article.id, langs), langs, query, article.id)
        todo = edits(changes, include_settled=args.approved, keep_status=args.keep_status)
        if not args.dry_run and todo:
            service = ReviewService(store, reviewer_name(args))
            with store.conn.transaction():  # all or nothing
                for edit in todo:
                    service.apply(edit)
    chosen = {(e.segment_id, e.lang) for e in todo}
    left = sum(1 for c in changes if (c.segment_id, c.lang) not in chosen)
    if args.json:
        emit_json({"dry_run": args.dry_run, "changed": len(todo), "left_alone": left,
                   "changes": [_change_json(c, (c.segment_id, c.lang) in chosen)
                               for c in changes]})
        return 0
    for c in changes:
        mark = "" if (c.segment_id, c.lang) in chosen else " (approved: left alone)" \
            if c.settled else ""
        say(f"#{c.index + 1} {languages.label(c.lang)}{mark}: {_marked(c.before.text, c)}")
        say(f"    → {c.text}")
    verb = "Would replace" if args.dry_run else "Replaced"
    say(f"{verb} in {len(todo)} text{'s' * (len(todo) != 1)}"
        + (f"; {left} approved or rejected left alone (add --approved)" if left else "") + ".")
    return 0


def _change_json(c: Change, chosen: bool) -> dict[str, Any]:
    return {"article": c.article_id, "segment": c.index + 1, "lang": c.lang,
            "status": str(c.before.status), "before": c.before.text, "after": c.text,
            "spans": [list(s) for s in c.spans], "changed": chosen}


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("find", help="the text (or with --regex, the regular expression) to find")
    p.add_argument("replacement", help="what to put instead (--regex: \\1 and \\g<name> work)")
    p.add_argument("article", type=int, nargs="?", help="article id (or --all)")
    p.add_argument("--all", action="store_true", help="every article of the library")
    p.add_argument("--lang", help="target languages, e.g. ua,ru (default: the article's)")
    p.add_argument("--regex", action="store_true", help="FIND is a Python regular expression")
    p.add_argument("--word", action="store_true", help="whole words only")
    p.add_argument("--case", action="store_true", help="match case")
    p.add_argument("--approved", action="store_true",
                   help="change approved and rejected texts too (they become drafts)")
    p.add_argument("--keep-status", action="store_true",
                   help="with --approved: approved texts stay approved")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")


COMMANDS = {
    "replace": (cmd_replace, "find and replace in final translations (--dry-run to preview)",
                _configure),
}

"""CLI command ``reviewer repeats``: an article's segments that repeat approved ones, and
filling them as drafts (origin ``repeat``) for the translator to confirm.

``reviewer repeats ARTICLE [--lang ua,ru] [--fill] [--json]``: each segment with no translation
whose source equals an approved segment's (or equals it up to numbers and names that carry
over), with where the translation comes from; ``--fill`` writes them, in one transaction.
"""

from __future__ import annotations

import argparse

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store, reviewer_name
from reviewer.core import languages


def cmd_repeats(args: argparse.Namespace) -> int:
    from reviewer.services.repeats import fill_repeats, repeats_of
    from reviewer.services.review import ReviewService

    with open_store(args) as store:
        article = store.article(args.article)
        langs = languages.order(languages.parse_list(args.lang) if args.lang
                                else store.human_langs(article.id)
                                or list(languages.TARGETS_DEFAULT))
        views = store.segment_views(article.id, langs)
        service = ReviewService(store, reviewer_name(args))
        found = ([r for r, _ in fill_repeats(service, views, langs)] if args.fill
                 else repeats_of(service, views, langs))
        titles = {r.of.article_id: store.article(r.of.article_id).title for r in found}
    if args.json:
        emit_json({"filled": bool(args.fill), "repeats": [
            {"segment": r.index + 1, "lang": r.lang, "text": r.text, "exact": r.exact,
             "of": {"article": r.of.article_id, "segment": r.of.index + 1,
                    "source": r.of.source, "text": r.of.text}} for r in found]})
        return 0
    for r in found:
        where = ("this article" if r.of.article_id == article.id
                 else f"article {r.of.article_id} “{titles[r.of.article_id]}”")
        kind = "" if r.exact else " (numbers or names carried over)"
        say(f"#{r.index + 1} {languages.label(r.lang)}: {r.text}")
        say(f"    repeats #{r.of.index + 1} of {where}{kind}")
    verb = "Filled" if args.fill else "Found"
    say(f"{verb} {len(found)} repeat{'s' * (len(found) != 1)}"
        + (" as drafts to confirm." if args.fill and found else
           " (fill them with --fill)." if found else "."))
    return 0


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int)
    p.add_argument("--lang", help="target languages, e.g. ua,ru (default: the article's)")
    p.add_argument("--fill", action="store_true",
                   help="fill them as drafts (origin repeat) to confirm")


COMMANDS = {
    "repeats": (cmd_repeats, "segments that repeat approved ones; fill them as drafts",
                _configure),
}

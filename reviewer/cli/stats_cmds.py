"""CLI command ``stats``: each engine's sacrebleu scores against the human versions; progress."""

from __future__ import annotations

import argparse

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store
from reviewer.core import languages
from reviewer.core.errors import UsageError
from reviewer.core.significance import (
    DEFAULT_LEVEL,
    DEFAULT_RESAMPLES,
    MAX_RESAMPLES,
    MIN_RESAMPLES,
    SEED,
    BootstrapOptions,
)


def cmd_stats(args: argparse.Namespace) -> int:
    from reviewer.cli.stats_output import stats_json, stats_text
    from reviewer.storage.stats_queries import article_stats, library_stats

    if args.article is not None and args.all:
        raise UsageError("stats: give an article id or --all (the whole library), not both")
    if args.article is None and not args.all:
        raise UsageError("stats: which article? give its id (see `reviewer list`) or --all")
    langs = languages.parse_list(args.lang) if args.lang else None
    options = _options(args)
    with open_store(args) as store:
        article = store.article(args.article) if args.article is not None else None
        stats = (article_stats(store, article.id, langs, options) if article
                 else library_stats(store, langs, options))
    if args.json:
        emit_json(stats_json(stats, article, detail=args.segments))
    else:
        for line in stats_text(stats, article):
            say(line)
    return 0


def _options(args: argparse.Namespace) -> BootstrapOptions:
    try:
        return BootstrapOptions(args.resamples, args.level, args.seed)
    except ValueError as e:
        raise UsageError(f"stats: {e}") from None


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int, nargs="?", help="article id (or --all)")
    p.add_argument("--all", action="store_true", help="the whole library as one corpus")
    p.add_argument("--lang", help="target languages, e.g. ua,ru (default: those in the store)")
    p.add_argument("--segments", action="store_true",
                   help="with --json: add each unit's scores and each approved segment's HTER")
    p.add_argument("--resamples", type=int, default=DEFAULT_RESAMPLES,
                   help="paired bootstrap resamples for the intervals and p-values "
                        f"(default {DEFAULT_RESAMPLES}, {MIN_RESAMPLES}-{MAX_RESAMPLES})")
    p.add_argument("--level", type=float, default=DEFAULT_LEVEL,
                   help="significance level: the closest engine is named only when its chrF "
                        f"lead has a p-value below it (default {DEFAULT_LEVEL})")
    p.add_argument("--seed", type=int, default=SEED,
                   help=f"seed of the resampling (default {SEED}, sacrebleu's)")


COMMANDS = {
    "stats": (cmd_stats, "score each engine against the human versions (chrF, chrF++, BLEU, "
              "TER, HTER) and show review progress", _configure),
}

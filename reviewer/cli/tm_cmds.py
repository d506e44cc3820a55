"""CLI commands over the translation memory: ``reviewer tm search|matches|export|stats``.

The memory is every approved segment of the library plus the units imported with
``reviewer import-tm``; lookups use the store's persistent index (:mod:`reviewer.storage.
tm_index`), so nothing is loaded or built before a search.
Each match prints its percentage, where the unit comes from, the memory's source with the words
that differ from the text searched for marked ``[-memory-]{+current+}``, and the translation.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store
from reviewer.core import languages
from reviewer.core.errors import FileAccessError, UsageError

if TYPE_CHECKING:
    from reviewer.core.tm import TmMatch
    from reviewer.storage.tm_indexed import IndexedMemory


def match_json(m: TmMatch) -> dict[str, Any]:
    """A :class:`~reviewer.core.tm.TmMatch` as JSON (``segment`` is 1-based)."""
    u = m.unit
    return {"percent": m.percent, "score": round(m.score, 4), "exact": m.exact,
            "source": u.source, "target": u.target, "source_lang": u.source_lang,
            "target_lang": u.target_lang, "kind": u.kind, "origin": u.origin,
            "article": u.article_id,
            "segment": u.segment_index + 1 if u.segment_index is not None else None,
            "tm_id": u.tm_id, "changed_at": u.changed_at, "author": u.author,
            "diff": [{"op": str(s.op), "text": s.text} for s in m.diff]}


def diff_text(m: TmMatch) -> str:
    """The memory's source with what the current source lacks as ``[-x-]``, adds as ``{+x+}``."""
    from reviewer.core.diff import Op

    marks = {Op.EQUAL: "{}", Op.DELETE: "[-{}-]", Op.INSERT: "{{+{}+}}"}
    return "".join(marks[s.op].format(s.text) for s in m.diff)


def _where(m: TmMatch) -> str:
    u = m.unit
    if u.segment_index is not None:
        return f"approved in article {u.article_id} \u201c{u.origin}\u201d #{u.segment_index + 1}"
    return f"imported from {u.origin}" + (f" ({u.tool})" if u.tool else "")


def _print_matches(lang: str, matches: list[TmMatch]) -> None:
    if not matches:
        say(f"{languages.label(lang)}  no match")
    for m in matches:
        say(f"{languages.label(lang)}  {m.percent:>3}%  {_where(m)}")
        say(f"      source  {diff_text(m)}")
        say(f"      target  {m.target}")


def _min_limit(args: argparse.Namespace) -> tuple[int, int]:
    if not 1 <= args.min <= 100:
        raise UsageError("--min must be a percentage from 1 to 100")
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    return args.min, args.limit


def _targets(args: argparse.Namespace, memory: IndexedMemory, source_lang: str) -> list[str]:
    if args.lang:
        return languages.parse_list(args.lang)
    found = {t for (s, t, _) in memory.counts() if s == source_lang}
    return languages.order(list(found)) or list(languages.TARGETS_DEFAULT)


def cmd_search(args: argparse.Namespace) -> int:
    from reviewer.storage.tm_indexed import search_store, settle
    from reviewer.storage.tm_memory import target_langs

    minimum, limit = _min_limit(args)
    source_lang = languages.normalize(args.source_lang)
    with open_store(args) as store:
        langs = (languages.parse_list(args.lang) if args.lang
                 else languages.order(target_langs(store, source_lang))
                 or list(languages.TARGETS_DEFAULT))
        settle(store)  # units added since the last lookup that could write
        found = {lang: search_store(store, args.text, source_lang, lang, min_percent=minimum,
                                    limit=limit) for lang in langs}
    if args.json:
        emit_json({"text": args.text, "source_lang": source_lang, "min_percent": minimum,
                   "matches": {lang: [match_json(m) for m in ms] for lang, ms in found.items()}})
    else:
        for lang, ms in found.items():
            _print_matches(lang, ms)
    return 0


def cmd_matches(args: argparse.Namespace) -> int:
    from reviewer.storage.tm_memory import load_memory, segment_matches

    minimum, limit = _min_limit(args)
    with open_store(args) as store:
        article = store.article(args.article)
        total = len(store.segments(article.id))
        if not 1 <= args.segment <= total:
            raise UsageError(f"segment {args.segment}: the article has segments 1 to {total}")
        memory = load_memory(store, warm=False)
        langs = _targets(args, memory, article.source_lang)
        found = {lang: segment_matches(store, memory, article.id, args.segment - 1, lang,
                                       min_percent=minimum, limit=limit, refresh=False)[1]
                 for lang in langs}
        memory.close()
        source = store.segment(article.id, args.segment - 1).source
    if args.json:
        emit_json({"article": article.id, "segment": args.segment, "source": source,
                   "min_percent": minimum,
                   "matches": {lang: [match_json(m) for m in ms] for lang, ms in found.items()}})
    else:
        say(f"#{args.segment}  {source}")
        for lang, ms in found.items():
            _print_matches(lang, ms)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from reviewer.formats.tm_export import export_memory_tmx
    from reviewer.formats.xmltext import CleanReport
    from reviewer.storage.tm_memory import memory_units

    report = CleanReport()
    with open_store(args) as store:
        units = memory_units(store)
    try:
        tus, tuvs = export_memory_tmx(units, args.output, report)
    except OSError as exc:
        raise FileAccessError(args.output, exc.strerror or str(exc)) from exc
    if report.message():
        print(f"reviewer: warning: {report.message()}", file=sys.stderr)
    if args.json:
        emit_json({"file": args.output, "units": tus, "translations": tuvs})
    else:
        say(f"wrote {tus} units ({tuvs} translations) to {args.output}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from reviewer.storage.tm_memory import load_memory

    with open_store(args) as store:
        memory = load_memory(store, warm=False)
        try:
            counts = sorted(memory.counts().items())
            total, fingerprint = len(memory), memory.fingerprint()
        finally:
            memory.close()
    if args.json:
        emit_json({"units": total, "fingerprint": fingerprint,
                   "pairs": [{"source_lang": s, "target_lang": t, "kind": k, "units": n}
                             for (s, t, k), n in counts]})
        return 0
    if not counts:
        say("The translation memory is empty: approve segments, or import a TMX/XLIFF file "
            "with `reviewer import-tm FILE`.")
        return 0
    for (s, t, k), n in counts:
        say(f"{languages.label(s)} → {languages.label(t)}  {k:<8} {n:>7}")
    say(f"{total} units in all")
    return 0


def _shared(p: argparse.ArgumentParser) -> None:
    # Also accepted after the action (``tm search X --json``), without hiding them before it.
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="database file (default: $REVIEWER_DB or the user data directory)")
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                   help="your name (default: $REVIEWER_USER or the login name)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")


def _matching(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", help="target languages, e.g. uk or uk,ru (default: all in the memory)")
    p.add_argument("--min", type=int, default=75, metavar="PERCENT",
                   help="smallest match percentage shown (default 75)")
    p.add_argument("--limit", type=int, default=5, help="matches per language (default 5)")
    _shared(p)


def _configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="tm_command", required=True, metavar="ACTION")
    s = sub.add_parser("search", help="fuzzy matches of a sentence in the memory")
    s.add_argument("text", help="the source sentence to look up")
    s.add_argument("--source-lang", default="en", help="its language (default en)")
    _matching(s)
    s.set_defaults(tm_func=cmd_search)
    m = sub.add_parser("matches", help="matches for a segment of an article, with the diff")
    m.add_argument("article", type=int)
    m.add_argument("segment", type=int, help="segment number (1-based)")
    _matching(m)
    m.set_defaults(tm_func=cmd_matches)
    e = sub.add_parser("export", help="write the whole memory as TMX 1.4b")
    e.add_argument("-o", "--output", required=True, metavar="FILE.tmx")
    _shared(e)
    e.set_defaults(tm_func=cmd_export)
    st = sub.add_parser("stats", help="units per language pair and kind")
    _shared(st)
    st.set_defaults(tm_func=cmd_stats)


def cmd_tm(args: argparse.Namespace) -> int:
    return int(args.tm_func(args) or 0)


COMMANDS = {
    "tm": (cmd_tm, "the translation memory: search, matches for a segment, export, stats",
           _configure),
}

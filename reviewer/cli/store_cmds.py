"""CLI commands over the library: import, list, show, delete, and alignment fixes (``search``
is in :mod:`reviewer.cli.search_cmds`)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import article_json, emit_json, say, view_json, view_text
from reviewer.core import languages
from reviewer.core.errors import UsageError
from reviewer.formats.budgets import read_limited

if TYPE_CHECKING:
    from reviewer.services.realign import RealignPlan
    from reviewer.storage.store import Store


def open_store(args: argparse.Namespace) -> Store:
    """The store named by ``--db`` (or the default location).

    The store, like every library a command uses, is imported when the command runs, so that
    ``reviewer --help`` and the commands that need little start fast.
    """
    from reviewer.storage.store import Store

    return Store(args.db)


def reviewer_name(args: argparse.Namespace) -> str:
    """The name this command acts as: ``--user``, else ``$REVIEWER_USER``, else the login name
    (see :mod:`reviewer.core.people`)."""
    from reviewer.core.people import resolve_name

    return resolve_name(getattr(args, "user", None)).name


def _human_pairs(values: list[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        if "=" not in value:
            raise UsageError(f"--human {value!r}: expected LANG=PATH_OR_URL, "
                             "e.g. uk=article.uk.txt")
        code, path = value.split("=", 1)
        pairs[languages.normalize(code)] = path
    return pairs


def cmd_import(args: argparse.Namespace) -> int:
    from reviewer import library

    if args.timeout <= 0:
        raise UsageError("--timeout must be more than 0 seconds")
    # Bounded: stdin is read in chunks and refused past the same cap as a file.
    stdin = read_limited(sys.stdin.buffer, "stdin") if args.source == "-" else None
    with open_store(args) as store:
        article = library.import_article(store, args.source, lang=args.lang, title=args.title,
                                         humans=_human_pairs(args.human), stdin=stdin,
                                         timeout=args.timeout)
        n = len(store.segments(article.id))
        human = {}
        for lang in store.human_langs(article.id):
            links = store.links(article.id, lang)
            human[lang] = {"sentences": len(store.human_sentences(article.id, lang)),
                           "links": len(links), "flagged": sum(k.flagged for k in links)}
    if args.json:
        emit_json({**article_json(article), "segments": n, "human": human})
    else:
        say(str(article.id))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = store.articles()
    if args.json:
        emit_json([{**article_json(r.article), "segments": r.segments,
                    "human": list(r.human_langs), "approved": r.approved} for r in rows])
        return 0
    if not rows:
        say("The library is empty: add an article with `reviewer import FILE`.")
    for r in rows:
        progress = "  ".join(f"{languages.label(lang)} {r.approved.get(lang, 0)}/{r.segments}"
                             for lang in r.human_langs or languages.TARGETS_DEFAULT)
        say(f"{r.article.id:>4}  {r.article.title}  [{languages.label(r.article.source_lang)}, "
            f"{r.segments} segments]  {progress}")
    return 0


def _langs(args: argparse.Namespace, store: Store, article_id: int) -> list[str]:
    if getattr(args, "lang", None):
        return languages.parse_list(args.lang)
    found = store.human_langs(article_id)
    return found or list(languages.TARGETS_DEFAULT)


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        article = store.article(args.article)
        langs = _langs(args, store, article.id)
        views = store.segment_views(article.id, langs)
    if args.json:
        emit_json({"article": article_json(article), "languages": langs,
                   "segments": [view_json(v, langs) for v in views]})
        return 0
    say(f"{article.title}  (article {article.id}, {len(views)} segments)")
    for v in views:
        say("")
        for line in view_text(v, langs, article.source_lang):
            say(line)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        article = store.article(args.article)
        store.delete_article(article.id, actor=reviewer_name(args))
    if args.json:
        emit_json({"deleted": article.id})
    else:
        say(f"deleted article {article.id}: {article.title}")
    return 0


def _link_json(i: int | None, k: Any) -> dict[str, Any]:
    number = {} if i is None else {"link": i + 1}
    return {**number, "kind": k.kind, "source": [k.src_start + 1, k.src_end],
            "human": [k.hum_start + 1, k.hum_end], "flagged": k.flagged,
            "reason": k.reason if k.flagged else ""}


def cmd_links(args: argparse.Namespace) -> int:
    from reviewer.core import alignment

    lang = languages.normalize(args.lang)
    if args.check and any(getattr(args, n) is not None for n in ("merge", "split", "shift")):
        raise UsageError("links: --check goes alone or with --realign, not with a hand fix "
                         "(--merge, --split, --shift)")
    if args.realign or args.check:
        return _realign(args, lang)
    with open_store(args) as store:
        article = store.article(args.article)
        fix = next(((name, values) for name in ("merge", "split", "shift")
                    if (values := getattr(args, name)) is not None), None)
        if fix is not None:
            name, values = fix
            links, i = store.links(article.id, lang), values[0] - 1
            if name == "merge":
                links = alignment.merge_links(links, i)
            elif name == "split":
                links = alignment.split_link(links, i, values[1] - 1, values[2] - 1)
            else:
                links = alignment.shift_boundary(links, i, values[1])
            store.replace_links(article.id, lang, links, action=f"links-{name}")
        links = store.links(article.id, lang)
        sources = store.segments(article.id)
        human = store.human_sentences(article.id, lang)
    if args.json:
        emit_json([_link_json(i, k) for i, k in enumerate(links)])
        return 0
    from reviewer.core.flags import REASONS

    for i, k in enumerate(links):
        why = f": {REASONS[k.reason]}" if k.reason in REASONS else ""
        flag = f"  [check{why}]" if k.flagged else ""
        src = " ".join(s.source for s in sources[k.src_start:k.src_end]) or "—"
        hum = " ".join(h.text for h in human[k.hum_start:k.hum_end]) or "—"
        say(f"link {i + 1} [{k.kind}] source #{k.src_start + 1}..{k.src_end}, "
            f"human {k.hum_start + 1}..{k.hum_end}{flag}\n  {src[:90]}\n  {hum[:90]}")
    return 0


def _realign(args: argparse.Namespace, lang: str) -> int:
    """``links --realign`` (by machine translation), ``--check`` (with the sentence encoder), or
    both (realign, then check the new links): store the new links, print what changed."""
    with open_store(args) as store:
        article = store.article(args.article)
        from reviewer.services.realign import RealignService

        service = RealignService(store, reviewer_name(args))
        if args.check:
            from reviewer.services.link_check import check_realigned, plan_check, read_check

            plan = (check_realigned(service.plan(article.id, lang),
                                    store.hand_fixed_links(article.id, lang))
                    if args.realign else plan_check(read_check(store, article.id, lang)))
        else:
            plan = service.plan(article.id, lang)
        links = service.apply(plan)
    if args.json:
        emit_json({"changed": len(plan.changes), "without_mt": plan.without_mt,
                   "hand_fixed": plan.hand_fixed,
                   "changes": [{"source": [c.src[0] + 1, c.src[1]],
                                "human": [c.hum[0] + 1, c.hum[1]],
                                "before": [_link_json(None, k) for k in c.before],
                                "after": [_link_json(None, k) for k in c.after]}
                               for c in plan.changes],
                   "links": [_link_json(i, k) for i, k in enumerate(links)]})
        return 0
    say(_realign_summary(plan))
    for c in plan.changes:
        say(f"source #{c.src[0] + 1}..{c.src[1]}, human {c.hum[0] + 1}..{c.hum[1]}:")
        for mark, side in (("-", c.before), ("+", c.after)):
            for k in side:
                src = plan.source_text(k.src_start, k.src_end) or "—"
                hum = plan.human_text(k.hum_start, k.hum_end) or "—"
                say(f"  {mark} [{k.kind}] #{k.src_start + 1}..{k.src_end} {src[:60]}\n"
                    f"      {hum[:90]}")
    return 0


def _realign_summary(plan: RealignPlan) -> str:
    n = len(plan.changes)
    head = f"{n} change{'s' * (n != 1)} stored" if n else "no link changes"
    notes = []
    if plan.without_mt:
        notes.append(f"{plan.without_mt} segments without machine translation kept")
    if plan.hand_fixed:
        notes.append(f"{plan.hand_fixed} links fixed by hand kept")
    return head + (f" ({'; '.join(notes)})" if notes else "")


def _configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", help="a file (.txt .md .html .docx), an http(s) URL, or - for stdin")
    p.add_argument("--lang", help="source language (default: detected, else en)")
    p.add_argument("--human", action="append", default=[], metavar="LANG=PATH_OR_URL",
                   help="a published human version to align, e.g. --human ua=article.uk.txt")
    p.add_argument("--title", help="title to use instead of the detected one")
    p.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS",
                   help="deadline for downloading a web page, whole (default 20)")


def _configure_links(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int)
    p.add_argument("--lang", required=True, help="the human version's language (uk/ua, ru)")
    fix = p.add_mutually_exclusive_group()
    fix.add_argument("--merge", nargs=1, type=int, metavar="LINK",
                     help="merge link LINK with the next one")
    fix.add_argument("--split", nargs=3, type=int, metavar=("LINK", "SRC", "HUM"),
                     help="split LINK so the second part starts at source segment SRC and "
                          "human sentence HUM")
    fix.add_argument("--shift", nargs=2, type=int, metavar=("LINK", "DELTA"),
                     help="move the human boundary after LINK by DELTA sentences (+1, -1)")
    fix.add_argument("--realign", action="store_true",
                     help="realign by the fetched machine translations (links fixed by hand "
                          "are kept); store and print what changed")
    p.add_argument("--check", action="store_true",
                   help="check the links with the sentence encoder: link again sentences "
                        "left unlinked that mean the same, unlink a 1-1 link whose sentences "
                        "do not (links fixed by hand are kept); store and print what changed; "
                        "with --realign, check the realigned links")


COMMANDS = {
    "import": (cmd_import, "import an article (and its human versions); print its id",
               _configure_import),
    "list": (cmd_list, "list the articles in the library", lambda p: None),
    "show": (cmd_show, "show each segment with its human, machine and final translations",
             lambda p: (p.add_argument("article", type=int),
                        p.add_argument("--lang", help="languages to show, e.g. ua,ru"))),
    "delete": (cmd_delete, "delete an article and its translations",
               lambda p: p.add_argument("article", type=int)),
    "links": (cmd_links,
              "show or fix the alignment of a human version (merge, split, shift, realign)",
              _configure_links),
}

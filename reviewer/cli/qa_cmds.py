"""CLI commands for quality checks and the glossary: ``qa``, ``glossary import|list|remove|clear``.

``reviewer qa ARTICLE --json`` prints one object (see the README for its shape): the article,
the checked target, languages and checks, how many texts were checked, counts per check, and
every segment text with findings, each finding with its offsets into the source and the text.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import article_json, emit_json, say
from reviewer.cli.store_cmds import open_store
from reviewer.cli.subcommands import action_adder
from reviewer.core import languages
from reviewer.core.errors import UsageError

if TYPE_CHECKING:
    from reviewer.core.qa import Finding, SegmentReport

# The checks, the glossary and the store are imported when a command runs (see open_store).


def finding_json(f: Finding) -> dict[str, Any]:
    """A finding as JSON: spans are ``[start, end]`` character offsets."""
    return {"kind": f.kind, "code": f.code, "severity": str(f.severity), "message": f.message,
            "source_spans": [list(s) for s in f.source_spans],
            "target_spans": [list(s) for s in f.target_spans],
            "other_lang": f.other_lang, "other_spans": [list(s) for s in f.other_spans]}


def report_json(r: SegmentReport) -> dict[str, Any]:
    """One checked segment text as JSON (``index``/``end`` are 1-based, as users count)."""
    return {"index": r.index + 1, "end": r.end, "lang": r.lang, "source": r.source,
            "text": r.text, "findings": [finding_json(f) for f in r.findings]}


def cmd_qa(args: argparse.Namespace) -> int:
    from reviewer.core.qa import (
        ALL_CHECKS,
        CHECKS,
        QAConfig,
        check_article,
        check_target_name,
        parse_checks,
    )
    from reviewer.core.qa.glossary import Glossary
    from reviewer.storage.glossary import GlossaryStore

    if (args.article is None) == (not args.all):
        raise UsageError("qa: give an article id or --all (the whole library), not both")
    target = check_target_name(args.target)
    checks = parse_checks(args.checks) if args.checks else ALL_CHECKS
    results: list[dict[str, Any]] = []
    with open_store(args) as store:
        glossary = GlossaryStore(store).glossary() if "glossary" in checks else Glossary()
        spelling = spelling_aids(store) if "spelling" in checks else None
        missing: dict[str, str] = {}
        articles = ([store.article(args.article)] if args.article is not None
                    else [row.article for row in reversed(store.articles())])
        for article in articles:  # one article's views at a time: memory stays flat
            langs = (languages.parse_list(args.lang) if args.lang
                     else store.human_langs(article.id) or list(languages.TARGETS_DEFAULT))
            langs = languages.order(langs)
            views = store.segment_views(article.id, langs)
            reports = check_article(views, langs, target=target, config=QAConfig(checks),
                                    glossary=glossary, source_lang=article.source_lang,
                                    spelling=spelling)
            if spelling is not None:
                missing.update(unavailable(langs))
            flagged = [r for r in reports if r.findings]
            counts = Counter(f.kind for r in flagged for f in r.findings)
            if args.json:
                results.append({
                    "article": article_json(article), "target": target, "languages": langs,
                    "checks": [c for c in CHECKS if c in checks], "checked": len(reports),
                    "counts": {c: counts[c] for c in CHECKS if counts[c]},
                    "segments": [report_json(r) for r in flagged],
                    "not_spellchecked": {lang: missing[lang] for lang in langs
                                         if lang in missing}})
            else:
                _print_text(article.title, target, langs, reports, flagged, counts)
    for lang, why in missing.items():
        print(f"reviewer: spelling not checked in {languages.label(lang)}: {why}.",
              file=sys.stderr)
    if args.json:
        emit_json(results[0] if args.article is not None else results)
    return 0


def _print_text(title: str, target: str, langs: list[str], reports: list[SegmentReport],
                flagged: list[SegmentReport], counts: Counter[str]) -> None:
    from reviewer.core.qa import CHECKS

    shown = ", ".join(languages.label(lang) for lang in langs)
    if not reports:
        say(f"{title}: no {target} texts in {shown} to check"
            + (" (try --target human or --target mt)" if target == "final" else "") + ".")
        return
    for r in flagged:
        where = f"#{r.index + 1}" + (f"-{r.end}" if r.end > r.index + 1 else "")
        say(f"{where} {languages.label(r.lang)}  {r.text}")
        for f in r.findings:
            say(f"    [{f.kind}] {f.message}")
    total = sum(counts.values())
    per_lang = Counter(r.lang for r in flagged for _ in r.findings)
    detail = ", ".join(f"{languages.label(lang)} {per_lang[lang]}" for lang in langs)
    say(f"{title}: {total} finding{'s' * (total != 1)} in {len(flagged)} of {len(reports)} "
        f"{target} texts ({detail})" + (": " + ", ".join(
            f"{CHECKS[c].id} {counts[c]}" for c in CHECKS if counts[c]) if total else "."))


def _configure_qa(p: argparse.ArgumentParser) -> None:
    from reviewer.core.qa import CHECKS

    p.add_argument("article", type=int, nargs="?", help="article id (or --all)")
    p.add_argument("--all", action="store_true",
                   help="check every article of the library, one after another")
    p.add_argument("--lang", help="target languages, e.g. ua,ru (default: the article's)")
    p.add_argument("--target", default="final",
                   help="which text to check: final (default), human, mt or mt:ENGINE")
    p.add_argument("--checks", help="only these checks: " + ",".join(CHECKS))


def spelling_aids(store: Any) -> Any:
    """The spelling check's dictionaries and the library's added words."""
    from reviewer.core.dictionaries import dictionary
    from reviewer.core.qa.spelling import SpellingAids
    from reviewer.storage.spelling_words import SpellingWords

    return SpellingAids(dictionary, SpellingWords(store).accepted())


def unavailable(langs: list[str]) -> dict[str, str]:
    """Languages of ``langs`` with no dictionary here, each with why and what to install."""
    from reviewer.core.dictionaries import availability, install_hint

    return {lang: f"{found.reason}; {install_hint(lang)}" for lang in langs
            if not (found := availability(lang)).ok}


def cmd_glossary(args: argparse.Namespace) -> int:
    from reviewer.core.qa.glossary import Glossary
    from reviewer.formats.glossary_files import read_glossary
    from reviewer.storage.glossary import GlossaryStore

    with open_store(args) as store:
        table = GlossaryStore(store)
        if args.action == "import":
            terms = read_glossary(args.file, args.lang, args.source_lang)
            result = (table.replace if args.replace else table.add)(terms, origin=args.file)
            if args.json:
                emit_json({"file": args.file, "terms": len(terms), "added": result.added,
                           "skipped": result.skipped})
            else:
                say(f"Added {result.added} glossary terms from {args.file}"
                    + (f" ({result.skipped} were already there)." if result.skipped else "."))
        elif args.action == "list":
            entries = Glossary(table.terms(args.lang)).entries
            if args.json:
                emit_json([{"source": e.source, "targets": {k: list(v) for k, v in
                                                            e.targets.items()},
                            "note": e.note} for e in entries])
            elif not entries:
                say("The glossary is empty: add terms with `reviewer glossary import FILE`.")
            for e in entries if not args.json else []:
                targets = "  ".join(f"{languages.label(lang)} {'; '.join(e.targets[lang])}"
                                    for lang in languages.order(list(e.targets)))
                say(f"{e.source}  {targets}" + (f"  ({e.note})" if e.note else ""))
        else:
            removed = table.remove(args.term, args.lang) if args.action == "remove" \
                else table.clear()
            if args.json:
                emit_json({"removed": removed})
            else:
                say(f"Removed {removed} glossary row{'s' * (removed != 1)}.")
    return 0


def _configure_glossary(p: argparse.ArgumentParser) -> None:
    action = action_adder(p)

    imp = action("import", "add terms from a CSV (source,uk,ru,note) or TBX file")
    imp.add_argument("file")
    imp.add_argument("--lang", help="the language of a target column; or import only this one")
    imp.add_argument("--source-lang", default="en", help="source language in a TBX file (en)")
    imp.add_argument("--replace", action="store_true", help="replace the whole glossary")
    lst = action("list", "list the glossary")
    lst.add_argument("--lang", help="only this target language")
    rem = action("remove", "remove a source term")
    rem.add_argument("term")
    rem.add_argument("--lang", help="only in this target language")
    action("clear", "remove every term")


COMMANDS = {
    "qa": (cmd_qa, "check an article's translations: numbers, names, quotes, glossary, editions",
           _configure_qa),
    "glossary": (cmd_glossary, "the project glossary: import, list, remove, clear",
                 _configure_glossary),
}

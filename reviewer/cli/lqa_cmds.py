"""CLI commands for language quality (MQM): ``annotate`` marks errors, ``lqa`` scores them.

``reviewer annotate ARTICLE SEGMENT --lang uk --span 3:9 --category accuracy/mistranslation
--severity major`` marks an error in the final text (``--target human`` or ``mt:ENGINE`` for the
others); ``--qa N`` promotes the segment's Nth QA finding, ``--change ID`` and ``--remove ID``
edit one, and with none of these it lists the segment's annotations. ``reviewer lqa
ARTICLE|--all`` prints the scorecards (``--by`` article, target, reviewer, day, week or month;
``--report FILE.xlsx|.html`` writes them as a report). The JSON shapes are in the README.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store, reviewer_name
from reviewer.core import languages
from reviewer.core.errors import UsageError

if TYPE_CHECKING:
    from reviewer.core.annotations import Annotation
    from reviewer.core.lqa import Scorecard, Unit


def _annotation_json(a: Annotation, index: int, article: int) -> dict[str, Any]:
    from reviewer.storage.annotations import as_json

    return {**as_json(a), "article": article, "segment": index + 1}


def cmd_annotate(args: argparse.Namespace) -> int:
    from reviewer.core.annotations import mark, parse_span, parse_target
    from reviewer.storage.annotations import Annotations

    args.author = args.author or reviewer_name(args)
    with open_store(args) as store:
        article = store.article(args.article)
        seg = store.segment(article.id, args.segment - 1)
        table = Annotations(store, actor=args.author)
        where = f"segment {args.segment}"
        if args.remove is not None or args.change is not None:
            wanted = args.remove if args.remove is not None else args.change
            found = table.get(wanted)
            if found is None or found.segment_id != seg.id:
                raise UsageError(f"annotate: {where} has no annotation {wanted}")
            if args.remove is not None:
                table.remove(found)
                result: Annotation | None = None
            else:
                result = table.change(found, _changed(found, args)).after
        elif args.span is not None or args.qa is not None:
            if not args.lang:
                raise UsageError("annotate: give --lang, the language of the text to mark")
            lang, target = languages.normalize(args.lang), parse_target(args.target)
            text = table.text_of(seg.id, lang, target)
            if text is None:
                raise UsageError(f"annotate: {where} has no {target} text in "
                                 f"{languages.label(lang)}")
            if args.qa is not None:
                new = _from_qa(store, article, seg.index, lang, target, text, args)
            else:
                if not args.category or not args.severity:
                    raise UsageError("annotate: give --category and --severity with --span")
                start, end = parse_span(args.span)
                new = mark(text, start, end, segment_id=seg.id, lang=lang, target=target,
                           category=args.category, severity=args.severity,
                           note=args.note or "", author=args.author, where=where)
            result = table.add(new, f"Mark error in segment {args.segment}").after
        else:
            only = languages.normalize(args.lang) if args.lang else None
            listed = table.of_segment(seg.id, only)
            if args.json:
                emit_json([_annotation_json(a, seg.index, article.id) for a in listed])
            for a in listed if not args.json else []:
                say(f"{a.id}  {languages.label(a.lang)} {a.target} {a.start}:{a.end} "
                    f"\u201c{a.text}\u201d  {a.category} {a.severity}"
                    + (f"  ({a.note})" if a.note else ""))
            if not listed and not args.json:
                say(f"Segment {args.segment} has no annotations.")
            return 0
    if args.json:
        emit_json(_annotation_json(result, seg.index, article.id) if result else
                  {"removed": args.remove})
    elif result is None:
        say(f"Removed annotation {args.remove}.")
    else:
        say(f"Annotation {result.id}: \u201c{result.text}\u201d {result.category} "
            f"{result.severity}.")
    return 0


def _changed(found: Annotation, args: argparse.Namespace) -> Annotation:
    from reviewer.core.mqm import parse_category, parse_severity

    if args.span is not None:
        raise UsageError("annotate: --change edits category, severity and note; to move a span "
                         "remove the annotation and mark it again")
    return replace(found,
                   category=parse_category(args.category) if args.category else found.category,
                   severity=parse_severity(args.severity) if args.severity else found.severity,
                   note=args.note if args.note is not None else found.note)


def _from_qa(store: Any, article: Any, index: int, lang: str, target: str, text: str,
             args: argparse.Namespace) -> Annotation:
    """The segment's ``--qa N``th QA finding (as ``reviewer qa`` lists them) as an annotation."""
    from reviewer.cli.qa_cmds import spelling_aids
    from reviewer.core.annotations import from_finding
    from reviewer.core.mqm import parse_category, parse_severity
    from reviewer.core.qa import check_article
    from reviewer.storage.glossary import GlossaryStore

    views = store.segment_views(article.id, [lang])
    reports = check_article(views, [lang], target=target, source_lang=article.source_lang,
                            glossary=GlossaryStore(store).glossary(),
                            spelling=spelling_aids(store))
    findings = [f for r in reports if r.index == index and r.text == text for f in r.findings]
    if not 1 <= args.qa <= len(findings):
        raise UsageError(f"annotate: segment {index + 1} has {len(findings)} QA findings in "
                         f"{languages.label(lang)} ({target}); there is no finding {args.qa}")
    a = from_finding(findings[args.qa - 1], text, segment_id=views[index].segment.id,
                     lang=lang, target=target, author=args.author,
                     severity=parse_severity(args.severity) if args.severity else None)
    return replace(a, category=parse_category(args.category) if args.category else a.category,
                   note=args.note if args.note is not None else a.note)


def _configure_annotate(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int, help="article id")
    p.add_argument("segment", type=int, help="segment number (1-based)")
    p.add_argument("--lang", help="language of the annotated text, e.g. uk")
    p.add_argument("--target", default="final", help="final (default), human or mt:ENGINE")
    p.add_argument("--span", metavar="START:END", help="character offsets of the error")
    p.add_argument("--category", help="MQM category, e.g. accuracy/mistranslation")
    p.add_argument("--severity", help="neutral, minor, major or critical")
    p.add_argument("--note", help="a note on the error")
    p.add_argument("--author", default=None,
                   help="who marks it (default: your name, as --user gives it)")
    p.add_argument("--qa", type=int, metavar="N",
                   help="promote the segment's Nth QA finding (as `reviewer qa` lists them)")
    p.add_argument("--change", type=int, metavar="ID", help="change an annotation's category, "
                   "severity or note")
    p.add_argument("--remove", type=int, metavar="ID", help="remove an annotation")


def card_json(card: Scorecard, titles: dict[int, str]) -> dict[str, Any]:
    """A scorecard as the JSON of ``reviewer lqa``."""
    s = card.score
    group: dict[str, Any] = dict(card.group)
    if "article" in group:
        group["article"] = int(group["article"])
        group["title"] = titles.get(group["article"], "")
    return {"group": group, "segments": card.segments, "words": s.words, "errors": card.errors,
            "outdated": card.outdated,
            "by_severity": {str(k): n for k, n in card.by_severity().items()},
            "by_dimension": card.by_dimension(),
            "counts": {c: {str(k): n for k, n in per.items()} for c, per in card.counts.items()},
            "penalty": s.penalty, "per_word": s.per_word, "normed": s.normed,
            "raw_score": s.raw, "score": s.score, "threshold": s.threshold, "passed": s.passed}


def _errors_json(annotations: list[Annotation], units: list[Unit]) -> list[dict[str, Any]]:
    from reviewer.core.annotations import locate

    by_key = {u.key: u for u in units}
    out = []
    for a in annotations:
        unit = by_key.get((a.segment_id, a.lang, a.target))
        if unit is None:
            continue
        out.append({**_annotation_json(a, unit.index, unit.article_id),
                    "outdated": locate(a, unit.text) is None})
    return out


def cmd_lqa(args: argparse.Namespace) -> int:
    from reviewer.core.lqa import scorecards
    from reviewer.core.mqm import MULTIPLIERS, ScoringModel
    from reviewer.core.qa import check_target_name
    from reviewer.storage.lqa_queries import article_annotations, article_units

    if (args.article is None) == (not args.all):
        raise UsageError("lqa: give an article id or --all (the whole library), not both")
    targets = [check_target_name(t.strip()) for t in args.target.split(",") if t.strip()]
    model = ScoringModel(threshold=args.threshold)
    units: list[Unit] = []
    titles: dict[int, str] = {}
    with open_store(args) as store:
        articles = ([store.article(args.article)] if args.article is not None
                    else [row.article for row in reversed(store.articles())])
        for article in articles:
            langs = (languages.parse_list(args.lang) if args.lang
                     else store.human_langs(article.id) or list(languages.TARGETS_DEFAULT))
            titles[article.id] = article.title
            units += article_units(store, article.id, languages.order(langs), targets)
        annotations = article_annotations(store, titles)
    cards = scorecards(units, annotations, by=args.by, model=model)
    report = {"by": args.by, "targets": targets, "threshold": args.threshold,
              "model": {"multipliers": {str(k): v for k, v in MULTIPLIERS.items()},
                        "reference_words": model.reference_words, "max_score": model.max_score},
              "scorecards": [card_json(c, titles) for c in cards],
              "errors": _errors_json(annotations, units)}
    if args.report:
        from reviewer.formats.lqa_report import write_report

        write_report(report, Path(args.report))
    if args.json:
        emit_json(report)
        return 0
    if not cards:
        say("No texts to score: nothing is translated in "
            f"{', '.join(targets)} (try --target human or --target mt).")
    for c in report["scorecards"]:
        _print_card(c)
    if args.report:
        say(f"Report written to {args.report}.")
    return 0


def _print_card(c: dict[str, Any]) -> None:
    g = c["group"]
    name = (f"#{g['article']} {g['title']}" if "article" in g else
            g.get("reviewer") or g.get("period") or g["target"])
    sev = ", ".join(f"{n} {s}" for s, n in c["by_severity"].items() if n)
    if c["score"] is None:
        say(f"{name} [{languages.label(g['lang'])}, {g['target']}]: no words evaluated.")
        return
    say(f"{name} [{languages.label(g['lang'])}, {g['target']}]: {c['segments']} segments, "
        f"{c['words']} words, {c['errors']} errors" + (f" ({sev})" if sev else "")
        + f"; score {c['score']:.1f} (raw {c['raw_score']:.2f}) "
        + ("PASS" if c["passed"] else "FAIL") + f" at {c['threshold']:g}"
        + (f"; {c['outdated']} annotations no longer match their text" if c["outdated"] else ""))


def _configure_lqa(p: argparse.ArgumentParser) -> None:
    from reviewer.core.lqa import GROUPINGS

    p.add_argument("article", type=int, nargs="?", help="article id (or --all)")
    p.add_argument("--all", action="store_true", help="score every article of the library")
    p.add_argument("--lang", help="target languages, e.g. uk,ru (default: the article's)")
    p.add_argument("--target", default="final", help="which texts: final (default), human, mt "
                   "(every engine) or mt:ENGINE; several joined by commas")
    p.add_argument("--by", choices=GROUPINGS, default="article",
                   help="one scorecard per article (default), target, reviewer, day, week or "
                   "month")
    p.add_argument("--threshold", type=float, default=90.0,
                   help="the quality score that passes (default 90)")
    p.add_argument("--report", metavar="FILE", help="also write the report as .xlsx or .html")


COMMANDS = {
    "annotate": (cmd_annotate, "mark an MQM error in a segment's text; list, change, remove",
                 _configure_annotate),
    "lqa": (cmd_lqa, "MQM scorecards: errors by category and severity, score, pass or fail",
            _configure_lqa),
}

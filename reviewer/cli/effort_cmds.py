"""CLI command ``effort``: the post-editing effort logged by the window, by engine and by person.

``reviewer effort ARTICLE|--all [--lang uk,ru] [--segments] [--json]`` prints, for each group of
approvals (what the person started from: ``mt:ENGINE``, ``human``, ``tm``, ``scratch``...; and
each person), the segments, source words, active seconds, seconds per word, keystrokes,
keystrokes per character, character edit distance and HTER. The JSON shape is in the README.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store
from reviewer.core import languages
from reviewer.core.errors import UsageError

if TYPE_CHECKING:
    from reviewer.core.effort_measures import EffortSummary, SegmentEffort


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def summary_json(s: EffortSummary) -> dict[str, Any]:
    """One group's sums and ratios."""
    return {"key": s.key, "segments": s.segments, "source_words": s.source_words,
            "final_chars": s.final_chars, "active_seconds": _round(s.active_seconds),
            "keystrokes": s.keystrokes, "edit_distance": s.edit_distance,
            "hter": _round(s.hter), "seconds_per_word": _round(s.seconds_per_word),
            "keystrokes_per_char": _round(s.keystrokes_per_char)}


def segment_json(m: SegmentEffort) -> dict[str, Any]:
    """One approval's row and measures."""
    r = m.record
    return {"id": r.id, "article": r.article_id, "segment_id": r.segment_id, "lang": r.lang,
            "actor": r.actor, "start": r.start, "start_text": r.start_text,
            "final_text": r.final_text, "source_words": r.source_words,
            "active_seconds": _round(r.active_seconds), "keystrokes": r.keystrokes,
            "edit_distance": m.edit_distance, "hter": _round(m.hter),
            "seconds_per_word": _round(m.seconds_per_word),
            "keystrokes_per_char": _round(m.keystrokes_per_char),
            "started_at": r.started_at, "approved_at": r.approved_at}


def cmd_effort(args: argparse.Namespace) -> int:
    from reviewer.core.effort import IDLE_CUTOFF_S
    from reviewer.core.effort_measures import by_engine, by_person, measure, total
    from reviewer.storage.effort_log import EffortLog

    if args.article is not None and args.all:
        raise UsageError("effort: give an article id or --all (the whole library), not both")
    if args.article is None and not args.all:
        raise UsageError("effort: which article? give its id (see `reviewer list`) or --all")
    langs = languages.parse_list(args.lang) if args.lang else None
    with open_store(args) as store:
        article = store.article(args.article) if args.article is not None else None
        records = EffortLog(store).records(article.id if article else None, langs)
    everything = total(records)
    engines, people = by_engine(records), by_person(records)
    if args.json:
        data: dict[str, Any] = {
            "article": article.id if article else None, "langs": langs,
            "idle_cutoff_seconds": IDLE_CUTOFF_S, "approvals": len(records),
            "total": summary_json(everything) if everything else None,
            "by_engine": [summary_json(s) for s in engines],
            "by_person": [summary_json(s) for s in people]}
        if args.segments:
            data["segments"] = [segment_json(m) for m in measure(records)]
        emit_json(data)
        return 0
    where = f"article {article.id}" if article else "the library"
    if not records:
        say(f"No post-editing effort is recorded for {where} yet: it is recorded when a segment "
            "is approved in the window.")
        return 0
    say(f"Post-editing effort in {where}: {len(records)} approvals "
        f"(pauses over {IDLE_CUTOFF_S:g} s count as {IDLE_CUTOFF_S:g} s)")
    for title, groups in (("by start text", engines), ("by person", people)):
        say(f"  {title}:")
        for s in groups:
            say(f"    {s.key}: {s.segments} segments, {s.source_words} words, "
                f"{s.active_seconds:.1f} s, {_ratio(s.seconds_per_word)} s/word, "
                f"{s.keystrokes} keys, {_ratio(s.keystrokes_per_char)} keys/char, "
                f"edit distance {s.edit_distance}, HTER {_ratio(s.hter, 1)}")
    return 0


def _ratio(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int, nargs="?", help="article id (or --all)")
    p.add_argument("--all", action="store_true", help="the whole library")
    p.add_argument("--lang", help="target languages, e.g. uk,ru (default: all)")
    p.add_argument("--segments", action="store_true",
                   help="with --json: add each approval's row and measures")


COMMANDS = {
    "effort": (cmd_effort, "post-editing effort recorded in the window: seconds per word, "
               "keystrokes per character and HTER by engine and by person", _configure),
}

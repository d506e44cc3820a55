"""CLI commands that review segments: approve and reject, each committed, then acknowledged."""

from __future__ import annotations

import argparse
import sys

from reviewer.cli.output import emit_line, say, translation_json
from reviewer.cli.store_cmds import open_store, reviewer_name
from reviewer.core import languages
from reviewer.core.errors import UsageError
from reviewer.core.model import Status
from reviewer.core.suggestions import TEXT_SOURCES


def parse_segments(specs: list[str], total: int) -> list[int]:
    """Turn ``3 5-7 all`` (1-based, as users count) into 0-based indices within ``total``."""
    out: list[int] = []
    for spec in specs:
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            if part == "all":
                out.extend(range(total))
                continue
            lo, _, hi = part.partition("-")
            if not lo.isdigit() or (hi and not hi.isdigit()):
                raise UsageError(f"segment {part!r}: expected a number, a range like 3-7, or all")
            first, last = int(lo), int(hi or lo)
            if not 1 <= first <= last <= total:
                raise UsageError(f"segment {part}: the article has segments 1 to {total}")
            out.extend(range(first - 1, last))
    return list(dict.fromkeys(out))


def _review(args: argparse.Namespace, status: Status) -> int:
    from reviewer.services.review import ReviewError, ReviewService
    from reviewer.storage.locks import SignedOffError

    lang = languages.normalize(args.lang)
    skipped: list[str] = []
    with open_store(args) as store:
        article = store.article(args.article)
        views = store.segment_views(article.id, [lang])
        indices = parse_segments(args.segments, len(views))
        if args.expect_version is not None and len(indices) != 1:
            raise UsageError("--expect-version names the version of one segment: give one")
        service = ReviewService(store, reviewer_name(args))
        for index in indices:
            try:
                t = service.review(views[index], lang, status, text=args.text,
                                   source=args.source, comment=args.comment,
                                   expect_version=args.expect_version)
            except (ReviewError, SignedOffError) as exc:  # signed off: skipped, named
                if len(indices) == 1:
                    raise
                skipped.append(str(exc))  # one segment that cannot be done stops no other
                continue
            # Printed only after the commit: every line seen is a change on disk.
            if args.json:
                emit_line({"segment": index + 1, "lang": lang, **translation_json(t)})
            else:
                say(f"{status} #{index + 1} {languages.label(lang)}: {t.text}")
    for reason in skipped:
        print(f"reviewer: skipped {reason}", file=sys.stderr)
    return 2 if skipped else 0


def cmd_approve(args: argparse.Namespace) -> int:
    return _review(args, Status.APPROVED)


def cmd_reject(args: argparse.Namespace) -> int:
    return _review(args, Status.REJECTED)


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int)
    p.add_argument("segments", nargs="+", help="segment numbers: 3, 5-7, all")
    p.add_argument("--lang", required=True, help="target language: uk (or ua), ru")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--text", help="the final text (for one segment)")
    src.add_argument("--from", dest="source", metavar="SOURCE",
                     help=f"take the text from: {TEXT_SOURCES} (mt: the newest usable "
                     "machine translation)")
    p.add_argument("--comment", help="set the segment's comment (empty to remove it)")
    p.add_argument("--expect-version", type=int, metavar="N",
                   help="refuse (exit 2, naming who changed it) unless the translation still has "
                   "version N, as `show --json` printed it (0: no translation yet)")


COMMANDS = {
    "approve": (cmd_approve, "approve segments in a language (committed one by one)", _configure),
    "reject": (cmd_reject, "reject segments in a language", _configure),
}

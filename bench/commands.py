"""Benchmark: whole ``reviewer`` commands beside plain baselines, and how they grow with size.

Every figure is a whole process, as a user runs it: CPU (user + system) and peak memory from
``os.wait4``, medians of ``--runs`` runs, ours and the baseline alternating (A B A B ...).

1. Start-up on a normal library (100 articles of 40 segments): ``reviewer --help`` beside
   ``python -c pass``; ``list``, ``show``, ``search``, ``qa`` and ``stats`` of one article
   beside ``sqlite-utils tables`` on the same database.
2. Growth over 1k, 4k and 16k segments (libraries of 200-segment articles of WMT23 text, see
   library_data.py): ``approve ART all`` (one article; a fresh copy of the database before each
   run) beside one committed upsert per segment; ``export --all --format tmx`` beside
   translate-toolkit writing the same units; ``stats --all``, ``qa --all`` and ``import`` of a
   version paragraphed unlike its source, with the growth exponent of each fitted over the sizes.
3. ``search`` over 30k segments beside the same FTS5 queries in a sqlite3 script.
4. ``tm search`` over 100k imported units beside reading them and ``rapidfuzz.process.extract``.

Usage: ``uv run python bench/commands.py [--runs 5] [--growth-runs 3] [--sizes 1000,4000,16000]``
(needs ``../shared/corpora``; takes 10-20 minutes on 2 cores). It prints figures; it never fails.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import command_baselines as B
from library_data import build_library, build_one
from scale_data import wmt23_path
from timing import Run, exponent, side_by_side

BIN = Path(sys.executable).parent
REVIEWER = [str(BIN / "reviewer")]
PY = sys.executable
NTREX = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "ntrex128" / "NTREX-128"


def row(label: str, ours: Run, base: Run | None, base_label: str = "", memory: bool = False
        ) -> None:
    """Print one line of the table."""
    mem = f" {ours.rss_mib:6.0f} MiB" if memory else ""
    line = f"| {label} | {ours.cpu:.3f} s{mem} |"
    if base is not None:
        bmem = f" {base.rss_mib:6.0f} MiB" if memory else ""
        ratio = f"{ours.cpu / base.cpu:.2f}×" + (
            f", memory {ours.rss_mib / base.rss_mib:.2f}×" if memory else "")
        line += f" {base_label} {base.cpu:.3f} s{bmem} | {ratio} |"
    else:
        line += " | |"
    print(line, flush=True)


def startup(tmp: Path, runs: int) -> None:
    db = tmp / "normal.db"
    build_library(db, 4000, per_article=40)
    print("\n| start-up, normal library (100 articles, 4,000 segments) | ours CPU | baseline "
          "| ratio |\n|---|---|---|---|")
    row("`reviewer --help`", *side_by_side([*REVIEWER, "--help"], [PY, "-c", "pass"], runs),
        "`python -c pass`")
    tables = [str(BIN / "sqlite-utils"), "tables", str(db)]
    for args in (["list"], ["list", "--json"], ["show", "50"], ["search", "government"],
                 ["qa", "50"], ["stats", "50"]):
        ours, base = side_by_side([*REVIEWER, "--db", str(db), *args], tables, runs)
        row(f"`reviewer {' '.join(args)}`", ours, base, "`sqlite-utils tables`")


def _paragraphs(lines: list[str], size: int) -> str:
    return "\n\n".join(" ".join(lines[i:i + size]) for i in range(0, len(lines), size)) + "\n"


def growth(tmp: Path, sizes: list[int], runs: int, growth_runs: int) -> None:
    print("\n| growth | size | ours CPU | baseline | ratio |\n|---|---|---|---|---|")
    en = (NTREX / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    uk = (NTREX / "newstest2019-ref.ukr.txt").read_text(encoding="utf-8").splitlines()
    series: dict[str, list[float]] = {}
    work = tmp / "work.db"
    for n in sizes:
        one, lib = tmp / f"one{n}.db", tmp / f"lib{n}.db"
        build_one(one, n)
        build_library(lib, n)

        def fresh(src: Path = one) -> None:
            for suffix in ("-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(src, work)

        ours, base = side_by_side(
            [*REVIEWER, "--db", str(work), "approve", "1", "all", "--lang", "uk", "--from",
             "human"], [PY, "-c", B.UPSERTS, str(work)], runs, before=fresh)
        row(f"`approve ART all` | {n}", ours, base, "one committed upsert per segment")
        series.setdefault("approve ART all", []).append(ours.cpu)
        out = tmp / "out.tmx"
        ours, base = side_by_side(
            [*REVIEWER, "--db", str(lib), "export", "--all", "--format", "tmx", "-o", str(out)],
            [PY, "-c", B.TT_TMX, str(lib), str(out)], runs)
        row(f"`export --all --format tmx` | {n}", ours, base, "translate-toolkit")
        series.setdefault("export --all", []).append(ours.cpu)
        for label, args in (("stats --all", ["stats", "--all"]), ("qa --all", ["qa", "--all"])):
            ours, _ = side_by_side([*REVIEWER, "--db", str(lib), *args], None, growth_runs)
            row(f"`{label}` | {n}", ours, None)
            series.setdefault(label, []).append(ours.cpu)
        series.setdefault("import, re-paragraphed", []).append(
            import_once(tmp, n, en, uk, growth_runs))
        for path in (one, lib):
            path.unlink()
    print("\n| command | growth exponent, " + " to ".join(f"{s:,}" for s in sizes)
          + " segments |\n|---|---|")
    for label, times in series.items():
        print(f"| `{label}` | {exponent(sizes, times):.2f} |")


def import_once(tmp: Path, n: int, en: list[str], uk: list[str], runs: int) -> float:
    """CPU of ``reviewer import`` of ``n`` source sentences in paragraphs of three with a
    Ukrainian version in paragraphs of two (the aligner must find the sentences across them)."""
    target = tmp / "import.db"
    k = [i % len(en) for i in range(n)]
    src, hum = tmp / "src.txt", tmp / "hum.uk.txt"
    src.write_text(_paragraphs([en[i] for i in k], 3), encoding="utf-8")
    hum.write_text(_paragraphs([uk[i] for i in k], 2), encoding="utf-8")
    ours, _ = side_by_side([*REVIEWER, "--db", str(target), "import", str(src), "--human",
                            f"uk={hum}"], None, runs, before=lambda: target.unlink(missing_ok=True))
    row(f"`import` re-paragraphed uk | {n}", ours, None)
    return ours.cpu


def imports(tmp: Path, sizes: list[int], runs: int) -> None:
    """Only the import series of :func:`growth`, with its exponent."""
    print("\n| growth | size | ours CPU | baseline | ratio |\n|---|---|---|---|---|")
    en = (NTREX / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    uk = (NTREX / "newstest2019-ref.ukr.txt").read_text(encoding="utf-8").splitlines()
    times = [import_once(tmp, n, en, uk, runs) for n in sizes]
    print(f"\n`import` of a re-paragraphed version: growth exponent {exponent(sizes, times):.2f} "
          f"({' to '.join(f'{s:,}' for s in sizes)} segments)")


def search(tmp: Path, runs: int) -> None:
    db = tmp / "lib30k.db"
    build_library(db, 30000)
    print("\n| search, 30,000 segments | ours CPU | baseline | ratio |\n|---|---|---|---|")
    for word in ("government", "said Monday"):
        ours, base = side_by_side([*REVIEWER, "--db", str(db), "search", word],
                                  [PY, "-c", B.FTS, str(db), word], runs)
        row(f"`reviewer search {word!r}`", ours, base, "FTS5 queries in sqlite3")
    db.unlink()


def build_tm(db: Path) -> list[tuple[str, str]]:
    """Store 100,000 imported units (see tm_lookup.py) at ``db``; return three queries."""
    from tm_lookup import build

    from reviewer.storage.export_queries import TmUnit, add_tm_units
    from reviewer.storage.store import Store
    from reviewer.storage.tm_indexed import settle

    units, queries = build(100_000, 3)
    with Store(db) as store:
        add_tm_units(store, [TmUnit("en", "uk", u.source, u.target, "bench.tmx")
                             for u in units])
        settle(store)  # as `reviewer import-tm` does after importing
    return queries


def tm(tmp: Path, runs: int) -> None:
    db = tmp / "tm.db"
    # Built in another process: a child's peak memory counts its parent's at the fork, so this
    # one must stay small for the figures to be the commands' own.
    done = subprocess.run([PY, __file__, "--build-tm", str(db)], check=True,
                          capture_output=True, text=True)
    queries = json.loads(done.stdout)
    print("\n| tm search, 100,000 units | ours CPU, peak | baseline | ratio |\n|---|---|---|---|")
    for kind, text in queries:
        ours, base = side_by_side([*REVIEWER, "--db", str(db), "tm", "search", "--lang", "uk",
                                   text], [PY, "-c", B.SCAN, str(db), text], runs)
        row(f"`tm search` ({kind})", ours, base, "read + rapidfuzz", memory=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--growth-runs", type=int, default=3,
                        help="runs of the commands with no baseline (stats, qa, import)")
    parser.add_argument("--sizes", default="1000,4000,16000")
    parser.add_argument("--only", help="one part: startup, growth, imports (the import series "
                        "of growth alone), search, tm")
    parser.add_argument("--build-tm", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_tm:
        print(json.dumps(build_tm(Path(args.build_tm))))
        return
    if not wmt23_path().is_file() or not NTREX.is_dir():
        print("skipped: ../shared/corpora (WMT23, NTREX-128) is not there")
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        parts = {"startup": lambda: startup(tmp, args.runs),
                 "growth": lambda: growth(tmp, sizes, args.runs, args.growth_runs),
                 "imports": lambda: imports(tmp, sizes, args.growth_runs),
                 "search": lambda: search(tmp, args.runs), "tm": lambda: tm(tmp, args.runs)}
        for name, part in parts.items():
            if args.only == name or (args.only is None and name != "imports"):
                part()


if __name__ == "__main__":
    main()

"""Benchmark: 100,000 approved units to TMX 1.4b, XLIFF 1.2 and 2.1, beside translate-toolkit.

The units are real news sentences: the NTREX-128 English lines with their human Ukrainian and
Russian translations, cycled to the wanted count (synthetic Cyrillic text if the corpus is absent).
Each unit has an approved uk translation (origin mt, engine ``google``, one more machine
translation from ``deepl``) and an approved ru one (origin human). Our writers stream to a file;
translate-toolkit builds the same units (source, both targets, approved state, the MT as
``alt-trans`` in XLIFF) in its lxml tree and serialises it. Times are the median of ``--runs``
runs, wall clock, file written to a temporary folder; the ratio is translate-toolkit / ours.

Usage: ``uv run python bench/export.py [--units 100000] [--runs 3] [--tt-runs 1]``.
This is a benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reviewer.core.model import Origin, Role, Status
from reviewer.formats.tmx import export_tmx
from reviewer.formats.units import ArticleInfo, ExportSet, MachineText, Target, Unit
from reviewer.formats.xliff2 import export_xliff2
from reviewer.formats.xliff12 import export_xliff12

ROOT = Path(__file__).resolve().parents[1]
NTREX = ROOT / ".." / "shared" / "corpora" / "ntrex128" / "NTREX-128"
PER_ARTICLE = 200
STAMP = "2024-05-01T12:34:56+00:00"


def sentences() -> tuple[list[str], list[str], list[str], str]:
    """English, Ukrainian and Russian lines, and where they came from."""
    files = [NTREX / f"newstest2019-{n}.txt" for n in ("src.eng", "ref.ukr", "ref.rus")]
    if all(f.exists() for f in files):
        en, uk, ru = (f.read_text(encoding="utf-8").splitlines() for f in files)
        return en, uk, ru, "NTREX-128 newstest2019 (1,997 lines, cycled)"
    en = [f"Sentence {i} of the synthetic news text, with numbers {i * 7} & marks." for i in
          range(2000)]
    uk = [f"Речення {i} синтетичного тексту новин із числами {i * 7} та знаками." for i in
          range(2000)]
    ru = [f"Предложение {i} синтетического текста новостей с числами {i * 7}." for i in
          range(2000)]
    return en, uk, ru, "synthetic (corpus not found)"


def build(n: int) -> tuple[ExportSet, str]:
    """An export set of ``n`` approved units in uk and ru."""
    en, uk, ru, origin = sentences()
    k = len(en)
    articles = [ArticleInfo(a + 1, f"Article {a + 1}", "en", "bench", STAMP)
                for a in range((n + PER_ARTICLE - 1) // PER_ARTICLE)]
    units = []
    for i in range(n):
        j = i % k
        units.append(Unit(
            i // PER_ARTICLE + 1, i % PER_ARTICLE, (i % PER_ARTICLE) // 4, Role.BODY, en[j],
            {"uk": Target(uk[j], Status.APPROVED, Origin.MT, "google", "", STAMP, STAMP,
                          "olena", "mykola"),
             "ru": Target(ru[j], Status.APPROVED, Origin.HUMAN, None, "", STAMP, STAMP,
                          "irina", "irina")},
            {}, {"uk": (MachineText("deepl", uk[(j + 1) % k], STAMP),)}))
    return ExportSet(articles, units, ("uk", "ru"), False, STAMP), origin


def tt_tmx(data: ExportSet, path: Path) -> None:
    """translate-toolkit writing the same units as TMX."""
    from translate.storage import tmx

    store = tmx.tmxfile(sourcelanguage="en")
    for u in data.units:
        unit = store.addsourceunit(u.source, "en")
        unit.settarget(u.targets["uk"].text, "uk", append=True)
        unit.settarget(u.targets["ru"].text, "ru", append=True)
        unit.setid(u.key)
    store.savefile(str(path))


def tt_xliff(data: ExportSet, path: Path) -> None:
    """translate-toolkit writing the same units as XLIFF 1.2 (uk and ru files)."""
    from translate.storage import xliff

    store = xliff.xlifffile(sourcelanguage="en")
    for lang in ("uk", "ru"):
        store.switchfile(f"bench-{lang}", createifmissing=True)
        store.settargetlanguage(lang)
        for u in data.units:
            unit = store.addsourceunit(u.source, filename=f"bench-{lang}")
            unit.setid(u.key)
            unit.settarget(u.targets[lang].text, lang)
            unit.markapproved(True)
            unit.set_state_n(unit.S_SIGNED_OFF + 1)
            for m in u.mt.get(lang, ()):
                unit.addalttrans(m.text, origin=m.engine)
    store.savefile(str(path))


def timed(func: Callable[[], object], runs: int) -> tuple[float, float]:
    """The median wall-clock and CPU times of ``runs`` calls of ``func``."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tt-runs", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    data, origin = build(args.units)
    print(f"{args.units:,} units, text: {origin}; built in {time.perf_counter() - start:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        rows = [
            ("TMX 1.4b", lambda: export_tmx(data, out / "a.tmx"),
             lambda: tt_tmx(data, out / "tt.tmx"), ["a.tmx"], "tt.tmx"),
            ("XLIFF 1.2", lambda: export_xliff12(data, out / "a.xlf"),
             lambda: tt_xliff(data, out / "tt.xlf"), ["a.xlf"], "tt.xlf"),
            ("XLIFF 2.1", lambda: export_xliff2(data, out / "b.xlf"), None,
             ["b.uk.xlf", "b.ru.xlf"], None),
        ]
        print(f"{'format':<10} {'ours wall':>9} {'cpu':>6} {'MB':>6} "
              f"{'tt wall':>8} {'cpu':>6} {'MB':>6} {'tt/ours':>8}")
        for name, ours, theirs, ours_files, tt_file in rows:
            t_ours, c_ours = timed(ours, args.runs)
            size = sum((out / f).stat().st_size for f in ours_files)
            line = f"{name:<10} {t_ours:>9.2f} {c_ours:>6.2f} {size / 1e6:>6.1f} "
            if theirs is None or args.tt_runs < 1:
                print(line + f"{'-':>8} {'-':>6} {'-':>6} {'-':>8}")
                continue
            t_tt, c_tt = timed(theirs, args.tt_runs)
            tt_size = (out / tt_file).stat().st_size
            print(line + f"{t_tt:>8.2f} {c_tt:>6.2f} {tt_size / 1e6:>6.1f} {t_tt / t_ours:>8.1f}")
    print(f"seconds, median of {args.runs} runs (ours), {args.tt_runs} (translate-toolkit); "
          f"ratio of wall times; XLIFF 2.1 writes one file per language (sizes summed); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()

"""Is Apertium's Russian->Ukrainian translation a better bridge between the editions than stems?

Evaluation only, on the TUNING split of ``align_eval`` (never the held-out one). The aligner's
third signal (:mod:`reviewer.core.editions`) compares a Ukrainian sentence with the Russian ones
linked to the same source through transliterated four-letter stems. Debian's ``apertium-rus-ukr``
(rule-based Russian->Ukrainian translation data) could bring the two closer: each Russian
sentence translated into Ukrainian first (one process per text, the sentences separated by blank
lines), then compared.

``measure``: the tuning documents' sure sentence pairs where both editions render the same English
sentence; the right Ukrainian-Russian pair against the wrong one (the Russian sentence of the next
pair), scored five ways: today's stem term (the bridge's price of a 1-1 link), the same stems with
the Russian sentence translated, the same price over lemmas (both sides through Apertium's
analysers, the Russian lemmas mapped to Ukrainian ones by its bilingual dictionary), chrF of the two
sentences, chrF with the Russian one translated. Printed: AUC (chance a right pair scores better
than a wrong one, ties half), paired accuracy (the right pair better than its own neighbour), what
the new measure says where today's term ties, log-likelihood ratios by bucket and by share of stems
found (the form of ``scoring.BRIDGE_COSTS``), and the translation's cost.

``align``: the documents of ``bench/alignment_heldout.py --split tuning`` imported with today's
bridge and with variants (Russian stems from the translation, or lemmas; today's price table or
one re-measured; the term's weight: ``--variants``, names in ``bench/apertium_runs.py``) side by
side, with a paired bootstrap interval of each F1 change over documents.

Usage: ``uv run python bench/apertium_bridge.py measure|align [--variants NAME ...]
[--corpora PATH]``. Needs
``apertium`` and ``apertium-rus-ukr`` (``apt-get install apertium apertium-rus-ukr``); says so and
exits 0 without them. Prints figures, never fails.
"""

from __future__ import annotations

import argparse
import math
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_eval.corpus import documents  # noqa: E402

from reviewer.core.chrf_fast import Ngrams, chrf_of  # noqa: E402
from reviewer.core.cognates import latin  # noqa: E402
from reviewer.core.editions import STEM, stems  # noqa: E402
from reviewer.core.scoring import BRIDGE_COSTS, BRIDGE_WEIGHT  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MODES = Path("/usr/share/apertium/modes")
#: Apertium's marks on a word: unknown (*), not generated (#), other (@, ~).
_MARKS = re.compile(r"[*#@~](?=\w)")


def pipeline(pair: str = "rus-ukr") -> str | None:
    """The shell pipeline of an Apertium mode, or None when it is not installed.

    Debian's ``apertium-rus-ukr`` 0.2.1 ships a tagger model that makes ``apertium-tagger``
    abort on many sentences (and ``apertium`` then prints nothing), so the tagger stage is left
    out and the constraint grammar keeps each word's first remaining reading instead.
    """
    mode = MODES / f"{pair}.mode"
    if not mode.exists() or not shutil.which("lt-proc") or not shutil.which("apertium-destxt"):
        return None
    stages = []
    for stage in mode.read_text(encoding="utf-8").strip().split("|"):
        stage = stage.strip()
        if stage.startswith("apertium-tagger"):
            continue
        if stage.startswith("cg-proc"):
            stage = stage.replace("cg-proc", "cg-proc -1 -n", 1)
        stages.append(stage.replace("$1", "-g").replace("$2", ""))
    return " | ".join(["apertium-destxt", *stages, "apertium-retxt"])


def translate(command: str, sentences: Sequence[str], marks: bool = False) -> list[str] | None:
    """Each sentence translated, in one process; None when the output does not line up.

    Apertium's marks (``*`` unknown word, ``#`` not generated) are taken out unless ``marks``.
    """
    text = "\n\n".join(" ".join(s.split()) or "." for s in sentences) + "\n"
    out = subprocess.run(command, shell=True, input=text, capture_output=True, text=True,
                         check=False).stdout
    parts = [p.strip() if marks else _MARKS.sub("", p.strip()) for p in out.strip().split("\n\n")]
    return parts if len(parts) == len(sentences) else None


def analysers(pair: str = "rus-ukr") -> tuple[str, str] | None:
    """Pipelines to each sentence's lemmas: Russian mapped to Ukrainian ones, and Ukrainian.

    The analysers and the constraint grammars of both directions of the pair, the Russian side
    then through the bilingual dictionary (the first half of the translation, without transfer
    and generation); None when they are not installed.
    """
    data = Path("/usr/share/apertium") / f"apertium-{pair}"
    rev = "-".join(reversed(pair.split("-")))
    if not (data / f"{pair}.autobil.bin").exists() or not shutil.which("lt-proc"):
        return None
    ru = (f"apertium-destxt | lt-proc -w {data}/{pair}.automorf.bin | cg-proc -1 -n -w "
          f"{data}/{pair}.rlx.bin | apertium-pretransfer | lt-proc -b {data}/{pair}.autobil.bin")
    uk = (f"apertium-destxt | lt-proc -w {data}/{rev}.automorf.bin | cg-proc -1 -n -w "
          f"{data}/{rev}.rlx.bin")
    return ru, uk


_UNIT = re.compile(r"\^([^$]*)\$")
_LEMMA = re.compile(r"[^\W\d_]{3,}")


def lemmas(command: str, sentences: Sequence[str], mapped: bool) -> list[frozenset[str]] | None:
    """Each sentence's lemmas (the first four letters, transliterated), in one process.

    ``mapped``: the pipeline's units are ``source/target`` (take the first target). Unknown
    words keep their form. None when the output does not line up.
    """
    text = "\n\n".join(" ".join(s.split()) or "." for s in sentences) + "\n"
    out = subprocess.run(command, shell=True, input=text, capture_output=True, text=True,
                         check=False).stdout
    parts = out.strip().split("\n\n")
    if len(parts) != len(sentences):
        return None
    found = []
    for part in parts:
        keys = set()
        for unit in _UNIT.findall(part):
            word = unit.split("/")[1 if mapped and "/" in unit else 0]
            word = word.split("<", 1)[0].lstrip("*#@~")
            if _LEMMA.fullmatch(word):
                keys.add(latin(word)[:STEM])
        found.append(frozenset(keys))
    return found


def bridge_cost(uk: frozenset[str], ru: frozenset[str]) -> float:
    """Today's bridge price of a 1-1 link (``Scorer._bridge``) between two stem sets."""
    if not uk or not ru:
        return 0.0
    both = 10 * len(uk & ru)
    return BRIDGE_WEIGHT * (BRIDGE_COSTS[min(both // len(uk), 4)]
                            + BRIDGE_COSTS[min(both // len(ru), 4)])


def pairs_of(corpora: Path) -> list[list[tuple[str, str]]]:
    """Per tuning document, its (Ukrainian, Russian) sentences rendering the same English one."""
    out = []
    for corpus in ("wmt23", "ntrex128"):
        for doc in documents(corpora, corpus, "tuning"):
            found = []
            for uk, ru in zip(doc.pairs["uk"], doc.pairs["ru"], strict=True):
                if len(uk) == len(ru) and all(p.sure for p in uk + ru):
                    found += [(u.hum, r.hum) for u, r in zip(uk, ru, strict=True)]
            out.append(found)
    return out


def auc(right: list[float], wrong: list[float]) -> float:
    """Chance that a right pair scores lower (better) than a wrong one; ties count half."""
    ranked = sorted([(v, 0) for v in right] + [(v, 1) for v in wrong])
    below = better = 0.0
    k = 0
    while k < len(ranked):
        m = k
        while m < len(ranked) and ranked[m][0] == ranked[k][0]:
            m += 1
        n_right = sum(1 for _, w in ranked[k:m] if w == 0)
        n_wrong = (m - k) - n_right
        better += n_wrong * (below + n_right / 2)
        below += n_right
        k = m
    return better / (len(right) * len(wrong))


def llr_table(name: str, right: list[float], wrong: list[float], edges: Sequence[float]) -> None:
    """Share of right and wrong pairs per bucket of the score, and the wrong/right ratio."""
    print(f"  {name}: bucket (upper edge)   right   wrong   LLR wrong/right")
    for k, edge in enumerate([*edges, math.inf]):
        lo = edges[k - 1] if k else -math.inf
        r = sum(1 for v in right if lo <= v < edge) / len(right)
        w = sum(1 for v in wrong if lo <= v < edge) / len(wrong)
        print(f"    < {edge:8.2f}            {r:6.3f}  {w:6.3f}   "
              f"{math.log((w + 1e-3) / (r + 1e-3)):+.2f}")


def measure(args: argparse.Namespace, command: str) -> None:
    docs = pairs_of(args.corpora)
    n = sum(len(d) for d in docs)
    sents = sum(len(d) for d in docs)
    start = time.perf_counter()
    translated = []
    for d in docs:
        found = translate(command, [r for _, r in d], marks=True) if d else []
        translated.append(found if found is not None else [r for _, r in d])
    spent = time.perf_counter() - start
    print(f"tuning split: {len(docs)} documents, {n} Ukrainian-Russian sentence pairs; "
          f"translated {sents} Russian sentences in {spent:.1f} s "
          f"({1000 * spent / max(len(docs), 1):.0f} ms per document, one process each)")
    words = [w for d in translated for t in d for w in t.split()]
    print(f"  Russian words left untranslated (*): {sum(w.startswith('*') for w in words)} of "
          f"{len(words)}; not generated (#): {sum(w.startswith('#') for w in words)}")
    translated = [[_MARKS.sub("", t) for t in d] for d in translated]
    print(f"  example: {docs[0][0][1]!r} -> {translated[0][0]!r}")
    hundred = [r for d in docs for _, r in d][:100]
    walls, cpus = [], []
    for _ in range(7):
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        translate(command, hundred)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    print(f"  100 sentences ({sum(map(len, hundred))} characters) in one process: "
          f"{1000 * statistics.median(walls):.0f} ms wall clock, "
          f"{1000 * statistics.median(cpus):.0f} ms CPU (medians of 7)")
    pipes = analysers()
    assert pipes is not None
    lem: dict[str, frozenset[str]] = {}
    start = time.perf_counter()
    for d in docs:
        for k, pipe in enumerate(pipes):
            texts = [p[1 - k] for p in d]
            got = lemmas(pipe, texts, mapped=k == 0) if d else []
            lem.update(zip(texts, got or [stems(t) for t in texts], strict=True))
    print(f"  lemmas of both sides: {time.perf_counter() - start:.1f} s for the tuning split")
    measures: dict[str, Callable[[str, str, str], float]] = {
        "lemmas, ru mapped": lambda uk, ru, tr: bridge_cost(lem[uk], lem[ru]),
        "stems (today)": lambda uk, ru, tr: bridge_cost(stems(uk), stems(ru)),
        "stems, ru translated": lambda uk, ru, tr: bridge_cost(stems(uk), stems(tr)),
        "chrF": lambda uk, ru, tr: -chrf_of(Ngrams.of(ru), Ngrams.of(uk)),
        "chrF, ru translated": lambda uk, ru, tr: -chrf_of(Ngrams.of(tr), Ngrams.of(uk)),
    }
    scores: dict[str, tuple[list[float], list[float]]] = {m: ([], []) for m in measures}
    for d, tr in zip(docs, translated, strict=True):
        for k in range(len(d) - 1):
            (uk, ru), t = d[k], tr[k]
            ru_next, t_next = d[k + 1][1], tr[k + 1]
            for name, f in measures.items():
                scores[name][0].append(f(uk, ru, t))
                scores[name][1].append(f(uk, ru_next, t_next))
    base_r, base_w = scores["stems (today)"]
    print("  measure                  AUC    paired acc.  today ties, this tells")
    for name, (right, wrong) in scores.items():
        acc = sum(1.0 if r < w else 0.5 if r == w else 0.0
                  for r, w in zip(right, wrong, strict=True)) / len(right)
        ties = [(r > w) - (r < w) for r, w, br, bw in zip(right, wrong, base_r, base_w,
                                                           strict=True) if br == bw]
        print(f"  {name:22} {auc(right, wrong):.3f}  {acc:.3f}        of {len(ties)}: "
              f"{ties.count(-1)} right, {ties.count(1)} wrong")
    costs = sorted({BRIDGE_WEIGHT * (a + b) for a in BRIDGE_COSTS for b in BRIDGE_COSTS})
    cuts = [(a + b) / 2 for a, b in zip(costs, costs[1:], strict=False)]
    for name in ("stems (today)", "stems, ru translated"):
        llr_table(name, *scores[name], [c for c in cuts if -3.4 < c < 2.0][::3])
    for name in ("chrF", "chrF, ru translated"):
        llr_table(name, *scores[name], [-70, -60, -50, -40, -30, -20])
    sides: tuple[tuple[str, Callable[[str], frozenset[str]], Callable[[str, str],
                                                                    frozenset[str]]], ...] = (
        ("stems (today)", stems, lambda t, tr: stems(t)),
        ("stems, ru translated", stems, lambda t, tr: stems(tr)),
        ("lemmas, ru mapped", lem.__getitem__, lambda t, tr: lem[t]))
    for name, own, side in sides:
        right, wrong = [0] * 5, [0] * 5
        for d, tr in zip(docs, translated, strict=True):
            for k in range(len(d) - 1):
                uk = own(d[k][0])
                for counts, ru in ((right, side(d[k][1], tr[k])),
                                   (wrong, side(d[k + 1][1], tr[k + 1]))):
                    if uk and ru:
                        both = 10 * len(uk & ru)
                        counts[min(both // len(uk), 4)] += 1
                        counts[min(both // len(ru), 4)] += 1
        print(f"  {name}, per direction, share of stems found in tenths 0..0.4+: LLR wrong/right "
              + " ".join(f"{math.log((w / sum(wrong) + 1e-3) / (r / sum(right) + 1e-3)):+.2f}"
                         for r, w in zip(right, wrong, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("measure", "align"))
    parser.add_argument("--variants", nargs="*", help="align: the variants of "
                        "bench/apertium_runs.py to run beside today's")
    parser.add_argument("--seeds", nargs="*", type=int, help="align: edit seeds instead of the "
                        "tuning part's (a fresh draw of edits on the same tuning documents)")
    parser.add_argument("--corpora", type=Path, default=ROOT / ".." / "shared" / "corpora")
    args = parser.parse_args(argv)
    command = pipeline()
    if command is None:
        print("skipped: no Apertium rus-ukr (apt-get install apertium apertium-rus-ukr)")
        return 0
    if not (args.corpora / "wmt23").is_dir():
        print(f"skipped: no corpora at {args.corpora}")
        return 0
    if args.step == "measure":
        measure(args, command)
        return 0
    import apertium_runs

    apertium_runs.align(args, command)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

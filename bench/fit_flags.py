"""Fit the flag model of ``reviewer/core/flags.py`` on the tuning split (never the held-out one).

Every tuning document (``align_eval/corpus.py``: tuning documents, tuning seeds) is edited and
imported through the CLI exactly as ``alignment_heldout.py`` does. While the import aligns, the
evidence on each link (``reviewer/core/flag_evidence.py``) is recorded; each stored two-sided link
is then labelled right or wrong against the gold links (links over unsure lines are left out).
A logistic model of "this link is wrong" is fitted on the evidence (Newton's method, a small ridge
penalty), and the threshold is the lowest score that flags at most ``--false-flags`` of the right
two-sided links in each corpus and language. The script writes the coefficients, the feature
means over right links (what a flag's reason is measured against) and the threshold to
``reviewer/core/flag_weights.py`` (``--dry-run``: only print them), and prints the tuning figures
at that threshold. Run it again whenever the aligner changes: one command refits and writes.

Usage: ``uv run python bench/fit_flags.py [--corpora PATH] [--false-flags 0.018] [--dry-run]``.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import astuple, fields
from pathlib import Path

import numpy as np
from align_eval.corpus import LANGS, LOADERS, SEEDS, Doc, documents
from align_eval.edits import Version
from align_eval.gold import gold_links, owners_human, owners_source, unit_sets
from align_eval.run import Imported, import_doc, stored_links, versions

from reviewer.core import alignment
from reviewer.core.flag_evidence import Evidence, link_evidence
from reviewer.core.flags import features
from reviewer.core.model import Link

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"
WEIGHTS_FILE = ROOT / "reviewer" / "core" / "flag_weights.py"
Span = tuple[int, int, int, int]
RECORDS: list[tuple[list[Span], list[Evidence | None]]] = []


@contextlib.contextmanager
def recording() -> Iterator[None]:
    """While inside, every alignment's links and the evidence on them go to ``RECORDS``.

    The links are returned unflagged: the fit needs no flags, and so it runs whatever the model
    in ``flag_weights.py`` (one with fewer inputs than :func:`features` gives, after a new one).
    """
    flag_links = alignment.flag_links

    def record(steps, scorer):  # type: ignore[no-untyped-def]
        RECORDS.append(([(i, i + di, j, j + dj) for i, j, di, dj in steps],
                        link_evidence(steps, scorer)))
        return [Link(i, i + di, j, j + dj) for i, j, di, dj in steps]

    alignment.flag_links = record  # type: ignore[assignment]
    try:
        yield
    finally:
        alignment.flag_links = flag_links


def labelled(doc: Doc, edited: dict[str, Version], lang: str, imported: Imported
             ) -> list[tuple[Evidence, bool, str]]:
    """(evidence, is wrong, label) for each scorable stored two-sided link of ``lang``."""
    pairs = [p for para in doc.pairs[lang] for p in para]
    seg = unit_sets(imported.segments, owners_source([p.en for p in pairs]))
    hum = unit_sets(imported.sentences[lang], owners_human(edited[lang]))
    if seg is None or hum is None:
        return []
    gold = set(gold_links(seg, hum))
    unsure_ids = {k for k, p in enumerate(pairs) if not p.sure}
    skip_s = {i for i, s in enumerate(seg) if s & unsure_ids}
    skip_h = {j for j, h in enumerate(hum) if h & unsure_ids}
    links = stored_links(imported, lang)
    spans = [(k["source"][0] - 1, k["source"][1], k["human"][0] - 1, k["human"][1])
             for k in links]
    record = next((ev for s, ev in reversed(RECORDS) if s == spans), None)
    if record is None:
        print(f"  no recorded alignment for {imported.name} {lang}")
        return []
    out = []
    for (s0, s1, h0, h1), ev in zip(spans, record, strict=True):
        src, human = frozenset(range(s0, s1)), frozenset(range(h0, h1))
        if ev is None or src & skip_s or human & skip_h:
            continue
        out.append((ev, (src, human) not in gold, f"{doc.corpus} {lang}"))
    return out


def collect(root: Path) -> list[tuple[Evidence, bool, str]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp, recording():
        work = Path(tmp)
        for corpus in LOADERS:
            docs = documents(root, corpus, "tuning")
            for doc in docs:
                for seed in SEEDS["tuning"]:
                    RECORDS.clear()
                    edited = versions(doc, seed, docs)
                    imported = import_doc(doc, edited, f"{doc.corpus}-{doc.docid}-{seed}", work,
                                          work / "fit.db")
                    for lang in LANGS:
                        rows += labelled(doc, edited, lang, imported)
    return rows


def fit(x: np.ndarray, y: np.ndarray, ridge: float = 1.0, rounds: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method; the intercept is the last coefficient."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = ridge * np.eye(xb.shape[1])
    penalty[-1, -1] = 0
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty @ w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + penalty
        w -= np.linalg.solve(hess, grad)
    return w


HEADER = '''"""The flag model's coefficients, written by ``bench/fit_flags.py`` (do not edit).

Fitted on the tuning split by ``uv run python bench/fit_flags.py``; see :mod:`reviewer.core.flags`
for what they weigh.
"""

'''


def render(weights: Sequence[float], intercept: float, right_means: Sequence[float],
           threshold: float) -> str:
    """The text of ``reviewer/core/flag_weights.py`` for a fitted model (rounded to 0.001)."""
    def row(values: Sequence[float]) -> str:
        return "(" + ", ".join(repr(round(float(v), 3)) for v in values) + ")"
    return (
        HEADER
        + "#: Coefficients of :func:`reviewer.core.flags.features`, in order.\n"
        + f"WEIGHTS = {row(weights)}\n"
        + f"INTERCEPT = {round(float(intercept), 3)!r}\n"
        + "#: The features' means over right links: a reason is what lies furthest above them.\n"
        + f"RIGHT_MEANS = {row(right_means)}\n"
        + "#: A two-sided link whose score is above this is flagged.\n"
        + f"THRESHOLD = {round(float(threshold), 3)!r}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--false-flags", type=float, default=0.018)
    parser.add_argument("--dump", type=Path, help="save the evidence and labels (.npz)")
    parser.add_argument("--show", action="store_true", help="print each wrong link's evidence")
    parser.add_argument("--dry-run", action="store_true",
                        help=f"print the model, do not write {WEIGHTS_FILE.name}")
    args = parser.parse_args(argv)
    if not (args.corpora / "wmt23").is_dir():
        print(f"skipped: no corpora at {args.corpora}")
        return 0
    rows = collect(args.corpora)
    if args.dump:
        np.savez(args.dump, raw=np.array([astuple(ev) for ev, _, _ in rows], dtype=float),
                 y=np.array([w for _, w, _ in rows]), group=np.array([g for _, _, g in rows]))
    names = [f.name for f in fields(Evidence)]
    raw = np.array([astuple(ev) for ev, _, _ in rows], dtype=float)
    x = np.array([features(ev) for ev, _, _ in rows], dtype=float)
    y = np.array([wrong for _, wrong, _ in rows], dtype=float)
    print(f"{len(rows)} two-sided links, {int(y.sum())} wrong")
    for k, name in enumerate(names):
        print(f"  {name:7} mean right {raw[y == 0, k].mean():7.3f}  "
              f"wrong {raw[y == 1, k].mean():7.3f}")
    w = fit(x, y)
    scores = x @ w[:-1] + w[-1]
    groups = np.array([g for _, _, g in rows])
    threshold = max(float(np.sort(scores[(y == 0) & (groups == g)])[::-1][
        int(args.false_flags * ((y == 0) & (groups == g)).sum())]) for g in set(groups))
    text = render(w[:-1], w[-1], x[y == 0].mean(axis=0), threshold)
    print(text[len(HEADER):], end="")
    if not args.dry_run:
        WEIGHTS_FILE.write_text(text, encoding="utf-8")
        print(f"written to {WEIGHTS_FILE.relative_to(ROOT)}")
    if args.show:
        for k in np.argsort(-scores):
            if y[k] == 1:
                print(f"   {scores[k]:6.2f} {rows[k][2]} {rows[k][0]}")
    for group in sorted(set(groups)):
        mask = groups == group
        flagged = scores > threshold
        print(f"  {group:12} wrong two-sided flagged {int((flagged & mask & (y == 1)).sum())}"
              f"/{int((mask & (y == 1)).sum())}, right flagged "
              f"{int((flagged & mask & (y == 0)).sum())}/{int((mask & (y == 0)).sum())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

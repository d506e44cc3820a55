"""Exact-link counts per document, flag counts, bootstrap confidence intervals over documents."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from align_eval.gold import GoldLink


@dataclass
class Counts:
    """What one document (all its seeds) contributes to the figures."""

    hits: int = 0
    pred: int = 0
    gold: int = 0
    wrong: int = 0
    wrong_flagged: int = 0
    right_two: int = 0  # right links with both sides (1-1, 2-1, ...)
    right_two_flagged: int = 0
    right_one: int = 0  # right 1-0 / 0-1 links
    right_one_flagged: int = 0
    unsure: int = 0
    by_shape: Counter[str] = field(default_factory=Counter)  # "shape found" / "shape all"

    def add(self, other: Counts) -> None:
        for name in ("hits", "pred", "gold", "wrong", "wrong_flagged", "right_two",
                     "right_two_flagged", "right_one", "right_one_flagged", "unsure"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.by_shape.update(other.by_shape)


def shape(link: GoldLink) -> str:
    s, h = len(link[0]), len(link[1])
    return f"{s}-{h}" if max(s, h) <= 2 else "n-m"


def count(pred: dict[GoldLink, bool], gold: list[GoldLink], unsure: list[GoldLink]) -> Counts:
    """Score the predicted links (with their flags) against gold, leaving out unsure stretches."""
    skip_s = {i for s, _ in unsure for i in s}
    skip_h = {j for _, h in unsure for j in h}
    scored = {k: f for k, f in pred.items() if not (k[0] & skip_s or k[1] & skip_h)}
    gold_set = set(gold)
    c = Counts(gold=len(gold), pred=len(scored), unsure=len(unsure))
    for link, flagged in scored.items():
        if link in gold_set:
            c.hits += 1
            if link[0] and link[1]:
                c.right_two += 1
                c.right_two_flagged += flagged
            else:
                c.right_one += 1
                c.right_one_flagged += flagged
        else:
            c.wrong += 1
            c.wrong_flagged += flagged
    for link in gold:
        c.by_shape[f"{shape(link)} all"] += 1
        c.by_shape[f"{shape(link)} found"] += link in scored
    return c


def prf(c: Counts) -> tuple[float, float, float]:
    p, r = c.hits / max(c.pred, 1), c.hits / max(c.gold, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def bootstrap(docs: list[Counts], rounds: int = 1000) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of F1, flag recall and false-flag rate, resampling documents."""
    rng = random.Random(0)
    f1s, recalls, false_flags = [], [], []
    for _ in range(rounds):
        total = Counts()
        for _ in docs:
            total.add(rng.choice(docs))
        f1s.append(prf(total)[2])
        recalls.append(total.wrong_flagged / max(total.wrong, 1))
        false_flags.append(total.right_two_flagged / max(total.right_two, 1))

    def ci(xs: list[float]) -> tuple[float, float]:
        xs = sorted(xs)
        return xs[int(0.025 * len(xs))], xs[int(0.975 * len(xs)) - 1]

    return {"F1": ci(f1s), "flag_recall": ci(recalls), "false_flag": ci(false_flags)}


def paired_change(before: list[Counts], after: list[Counts],
                  picks: list[list[int]]) -> tuple[float, float]:
    """The paired bootstrap 95% interval of the F1 change from ``before`` to ``after`` (the same
    documents' counts, in the same order), over the resamples of document indices ``picks``."""
    deltas = []
    for pick in picks:
        f = []
        for docs in (before, after):
            total = Counts()
            for k in pick:
                total.add(docs[k])
            f.append(prf(total)[2])
        deltas.append(f[1] - f[0])
    deltas.sort()
    return deltas[len(deltas) * 25 // 1000], deltas[len(deltas) * 975 // 1000 - 1]

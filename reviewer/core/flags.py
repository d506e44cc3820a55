"""Which links the reviewer should look at: ``flagged`` on a link means "check this one".

A 1-0 or 0-1 link is always flagged: the human version dropped or added that text, which a
reviewer wants to see whether or not the link is right. A two-sided link is flagged when a
logistic model of "this link is wrong" scores it above ``THRESHOLD``. The model weighs the
evidence of :mod:`reviewer.core.flag_evidence` (the link's fit, the margin of the search, whether
the link moved by one sentence fits better, a dropped or added sentence near it, its length
residual, its shape, the other edition sharing no word with it, the length fit of a pair cut
elsewhere, whether the link holds only because of the other edition). ``bench/fit_flags.py``
fits the weights on the tuning split, chooses the threshold there so that at most 1.8% of the
right two-sided links of each corpus and language are flagged, and writes them to
:mod:`reviewer.core.flag_weights`. A link that fits very poorly (``FLAG_FIT``) is flagged
whatever its score.

Every flag carries a reason (``Link.reason``, one of :data:`REASONS`): for a two-sided link, the
evidence that pushed its score furthest above what a right link typically shows.
"""

from __future__ import annotations

import math

from reviewer.core.banded_dp import Step
from reviewer.core.flag_evidence import CAP, Evidence, link_evidence
from reviewer.core.flag_weights import INTERCEPT, RIGHT_MEANS, THRESHOLD, WEIGHTS
from reviewer.core.model import Link
from reviewer.core.scoring import Scorer

#: What each reason code means (the CLI prints it; the window translates it).
REASONS = {
    "dropped": "the human version leaves this out",
    "added": "the human version adds this",
    "fit": "poor fit (length, numbers, names)",
    "close": "another linking is almost as good",
    "shifted": "a neighbouring sentence fits better",
    "gap": "next to a dropped or added sentence",
    "merge": "a merge that may be wrong",
    "edition": "only the other edition holds this link",
    "meaning": "linked by meaning alone (sentence encoder)",
    "realigned": "made by the realignment (machine translations)",
}
#: The model's features (see :func:`features`), in order, and the reason each one gives.
FEATURES = ("fit", "close", "close", "shifted", "shifted", "gap", "fit", "merge", "fit", "fit",
            "edition")
#: A two-sided link whose fit (its price without the shape's prior) is above this is flagged
#: whatever its score: no right link of the tuning split fits that poorly.
FLAG_FIT = 7.0


def features(ev: Evidence) -> tuple[float, ...]:
    """The model's inputs from a link's evidence (the order of :data:`FEATURES`)."""
    margin = min(ev.margin, CAP)
    return (ev.fit, margin, math.exp(-max(margin, 0.0)), ev.shift, min(ev.shift, 0.0),
            float(ev.gap), ev.length, float(ev.merge), float(ev.silent), ev.recut, float(ev.leans))


def score(ev: Evidence) -> float:
    """The log-odds that the link with this evidence is wrong."""
    return INTERCEPT + sum(w * x for w, x in zip(WEIGHTS, features(ev), strict=True))


def reason(ev: Evidence) -> str:
    """The reason code of the evidence that raises the score most above a right link's."""
    push: dict[str, float] = {}
    for name, w, x, mean in zip(FEATURES, WEIGHTS, features(ev), RIGHT_MEANS, strict=True):
        push[name] = push.get(name, 0.0) + w * (x - mean)
    return max(push, key=lambda name: push[name])


def flag_links(steps: list[Step], scorer: Scorer) -> list[Link]:
    """Turn a path's steps into links, flagging the one-sided ones and the likely wrong ones."""
    links = []
    for (i, j, di, dj), ev in zip(steps, link_evidence(steps, scorer), strict=True):
        if ev is None:
            why = "dropped" if dj == 0 else "added"
        else:
            why = reason(ev) if score(ev) > THRESHOLD else "fit" if ev.fit > FLAG_FIT else ""
        links.append(Link(i, i + di, j, j + dj, flagged=bool(why), reason=why))
    return links

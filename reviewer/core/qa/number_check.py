"""The number check: numbers, amounts, times and dates of the source missing or changed in a
translation, found by comparing the facts of :mod:`reviewer.core.qa.numbers` on both sides."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence

from reviewer.core.qa import numwords as W
from reviewer.core.qa.findings import Finding, Severity
from reviewer.core.qa.numbers import Fact, extract


def match_facts(a: Sequence[Fact], b: Sequence[Fact]) -> tuple[list[tuple[Fact, Fact]],
                                                             list[Fact], list[Fact]]:
    """Pair facts of equal value (same unit first, then any key such as a time's hour).

    Returns the pairs in ``a``'s order and the facts of each side left unpaired (vague ones,
    such as ``тисячі`` or ``троих``, may pair but are never left over).
    """
    left, right = list(a), list(b)
    taken = [False] * len(right)
    pairs: list[tuple[Fact, Fact]] = []
    tests: tuple[Callable[[Fact], tuple[object, ...]], ...] = (
        lambda f: ((f.key, f.unit),), lambda f: (f.key,), lambda f: f.keys)
    for keys_of in tests:
        # The first untaken fact of ``right`` under each key, in order: one pass, not n x m.
        # Two times pair only by their own key (3 a.m. is not 15:00, though both hold a 3).
        queues: dict[object, deque[int]] = {}
        untimed: dict[object, deque[int]] = {}
        for j, other in enumerate(right):
            if not taken[j]:
                for key in dict.fromkeys(keys_of(other)):
                    queues.setdefault(key, deque()).append(j)
                    if other.kind != "time" or key == other.key:
                        untimed.setdefault(key, deque()).append(j)
        still: list[Fact] = []
        for fact in left:
            best = -1
            for key in keys_of(fact):
                queue = (untimed if fact.kind == "time" else queues).get(key)
                while queue and taken[queue[0]]:
                    queue.popleft()
                if queue and (best < 0 or queue[0] < best):
                    best = queue[0]
            if best < 0:
                still.append(fact)
            else:
                taken[best] = True
                pairs.append((fact, right[best]))
        left = still
    right = [f for j, f in enumerate(right) if not taken[j]]
    pairs.sort(key=lambda p: p[0].span)
    return pairs, [f for f in left if not f.weak], [f for f in right if not f.weak]


def _q(text: str) -> str:
    return f"“{text}”"


def _what(fact: Fact) -> str:
    noun = {"month": "The month", "time": "The time"}.get(fact.kind, "The number")
    shown = fact.label()
    return f"{noun} {shown}" + ("" if shown == fact.text else f" ({_q(fact.text)})")


def _unit_findings(pairs: list[tuple[Fact, Fact]]) -> list[Finding]:
    out = []
    for src, tgt in pairs:
        if src.unit in W.UNIT_NAMES and tgt.unit != src.unit:
            unit = W.UNIT_NAMES[src.unit]
            has = (f"says {W.UNIT_NAMES[tgt.unit]}" if tgt.unit in W.UNIT_NAMES
                   else f"does not say {unit}")
            out.append(Finding("numbers", "unit-changed" if tgt.unit in W.UNIT_NAMES
                               else "unit-missing",
                               f"{_q(src.text)} is in {unit} in the source, but the "
                               f"translation {has} ({_q(tgt.text)}).", Severity.WARNING,
                               (src.span,), (tgt.span,)))
    return out


def check_numbers(source: str, target: str, lang: str, source_lang: str = "en") -> list[Finding]:
    """Numbers, amounts, percentages, times and dates of ``source`` missing or changed in
    ``target``. Imperial measures converted to metric ones are left alone."""
    pairs, missing, extra = match_facts(extract(source, source_lang), extract(target, lang))
    out = _unit_findings(pairs)
    if any(f.unit == "imperial" for f in missing):
        missing = [f for f in missing if f.unit != "imperial"]
        extra = [f for f in extra if f.unit != "metric"]
    for kinds, noun in ((("number", "time"), "number"), (("month",), "date")):
        miss = [f for f in missing if f.kind in kinds]
        more = [f for f in extra if f.kind in kinds]
        for src, tgt in zip(miss, more, strict=False):
            out.append(Finding("numbers", f"{noun}-changed",
                               f"{_q(src.text)} in the source became {_q(tgt.text)} in the "
                               f"translation ({src.label()} ≠ {tgt.label()}).", Severity.ERROR,
                               (src.span,), (tgt.span,)))
        for src in miss[len(more):]:
            out.append(Finding("numbers", f"{noun}-missing",
                               f"{_what(src)} is not in the translation.", Severity.ERROR,
                               (src.span,)))
        for tgt in more[len(miss):]:
            if not any(c.isdigit() for c in tgt.text):
                continue  # "в два раза" for "double": spelled extras are too often idiom
            out.append(Finding("numbers", f"{noun}-extra",
                               f"{_q(tgt.text)} in the translation is not in the source.",
                               Severity.WARNING, (), (tgt.span,)))
    return out

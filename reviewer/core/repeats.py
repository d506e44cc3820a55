"""Repeated segments: a source approved once need not be translated again.

Captions, bylines and boilerplate recur across a newsroom's articles ("Photo: Reuters",
"Read also: ..."), and sentences repeat inside one article. A segment *repeats* an approved one
when their sources are equal, or equal up to numbers and Latin-script names (memoQ's and
Trados's placeables): ``Photo: Reuters`` / ``Photo: AP``, ``5 people died`` / ``7 people died``.
The approved translation is reused where every number or name that differs appears in it
exactly once, written as in the source (``Фото: Reuters`` → ``Фото: AP``); otherwise it is not
offered, since the change could not be carried over safely.

:func:`repeat_key` is the source with its placeables replaced (stored with each segment, so the
store finds candidates by index); :func:`carry_over` adapts an approved translation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reviewer.core.model import SegmentView, Status
from reviewer.core.repeat_keys import _SPACE, MARK, placeables, repeat_key


def carry_over(approved_source: str, approved_text: str, source: str) -> str | None:
    """The approved translation adapted to ``source``, or ``None`` when it cannot be done safely
    (the keys differ, or a differing number or name is not exactly once in the translation)."""
    if repeat_key(approved_source) != repeat_key(source):
        return None
    return _adapt(placeables(approved_source), approved_text, placeables(source))


def _adapt(old: tuple[str, ...], approved_text: str, new: tuple[str, ...]) -> str | None:
    """``approved_text`` with each number or name of ``old`` that differs in ``new`` replaced
    (sources of the same key), or ``None`` when one is not exactly once in it."""
    text = approved_text
    for before, after in {(a, b) for a, b in zip(old, new, strict=True) if a != b}:
        pattern = re.compile(rf"(?<![\w.,:]){re.escape(before)}(?![\w]|[.,:]\d)")
        if len(pattern.findall(approved_text)) != 1 or old.count(before) != 1:
            return None
        text = pattern.sub(after.replace("\\", "\\\\"), text)  # literal: names have no \\
    return text


@dataclass(frozen=True)
class RepeatOf:
    """An approved translation a repeat may take: where it is, its source and its text."""

    article_id: int
    index: int
    source: str
    text: str


@dataclass(frozen=True)
class Repeat:
    """A segment with no translation yet that repeats an approved one, and the text to fill."""

    index: int
    segment_id: int
    lang: str
    source: str
    text: str
    of: RepeatOf

    @property
    def exact(self) -> bool:
        """Whether the sources are equal (not only up to numbers and names)."""
        return _same(self.of.source, self.source)


def _same(a: str, b: str) -> bool:
    return _normal(a) == _normal(b)


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


Candidates = Mapping[tuple[str, str], Sequence[RepeatOf]]
"""Approved translations by ``(lang, repeat_key(source))``."""


def approved_in(views: Sequence[SegmentView], langs: Iterable[str],
                article_id: int) -> dict[tuple[str, str], list[RepeatOf]]:
    """The approved translations of an article as repeat candidates."""
    out: dict[tuple[str, str], list[RepeatOf]] = {}
    for lang in langs:
        for i, view in enumerate(views):
            t = view.translations.get(lang)
            if t is not None and t.status is Status.APPROVED and t.text:
                out.setdefault((lang, repeat_key(view.segment.source)), []).append(
                    RepeatOf(article_id, i, view.segment.source, t.text))
    return out


def keys_matching(views: Sequence[SegmentView], key: str) -> dict[int, str]:
    """The segments of ``views`` whose source has repeat key ``key``, by id (the ``keys`` of
    :func:`find_repeats` for candidates of that key alone). Only the sources that contain the
    key's longest word are keyed (a word of the key is written as in any source of that key):
    keying every source of a 20,000-segment article takes about 0.2 s."""
    word = max((w for part in key.split(MARK) for w in part.split()), key=len, default="")
    return {v.segment.id: key for v in views
            if word in v.segment.source and repeat_key(v.segment.source) == key}


def find_repeats(views: Sequence[SegmentView], langs: Iterable[str],
                 candidates: Candidates, keys: Mapping[int, str] | None = None) -> list[Repeat]:
    """Segments of ``views`` with no text in a language of ``langs`` whose source repeats an
    approved one of ``candidates``: an equal source first, else the first whose translation
    carries over. ``keys``: the repeat keys of the segments that have a candidate, by segment
    id, as the store holds them (a segment not among them has none); without it each source's
    key is worked out here.

    Each distinct text is normalised, keyed and split into placeables once (20,000 segments
    that repeat approvals took 2.6 s when every pair was worked out again)."""
    out: list[Repeat] = []
    if not candidates:
        return out
    text = _Texts()
    for lang in langs:
        for i, view in enumerate(views):
            t = view.translations.get(lang)
            if t is not None and t.text:
                continue
            source = view.segment.source
            key = keys.get(view.segment.id) if keys is not None else text.key(source)
            found = candidates.get((lang, key), ()) if key is not None else ()
            match = text.match(found, source) if found else None
            if match is not None:
                out.append(Repeat(i, view.segment.id, lang, source, match[1], match[0]))
    return sorted(out, key=lambda r: (r.index, r.lang))


class _Texts:
    """Normal forms, keys and placeables of texts, each worked out once."""

    def __init__(self) -> None:
        self.normal = functools.cache(_normal)
        self.key = functools.cache(repeat_key)
        self.placeables = functools.cache(placeables)

    def match(self, found: Sequence[RepeatOf], source: str) -> tuple[RepeatOf, str] | None:
        """The first of ``found`` with an equal source (its text: :func:`carry_over` gives it
        unchanged), else the first whose text carries over to ``source``, and that text."""
        normal = self.normal(source)
        for cand in found:
            if self.normal(cand.source) == normal:
                return cand, cand.text
        for cand in found:
            if self.key(cand.source) == self.key(source):
                carried = _adapt(self.placeables(cand.source), cand.text,
                                 self.placeables(source))
                if carried is not None:
                    return cand, carried
        return None

"""Which segments a reviewer sees: search and filter over segment views, and the next one to review.

Text search folds case (``casefold``, so Cyrillic too), whitespace runs (a no-break space matches
a space), apostrophes (``п'ять`` finds ``п’ять`` and ``пʼять``) and ``ё`` to ``е``, and looks in the
source, the human version, every machine translation and the final text. The other conditions
apply to the chosen language (or every shown one): one language must meet them all together, so
"draft and with an error" means a draft in a language whose engine failed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from reviewer.core.diff import has_changes
from reviewer.core.model import SegmentView, Status, Suggestion

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2018": "'",
                              "\u0451": "\u0435"})  # ё -> е after casefold
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class SegmentFilter:
    """What the filter bar asks for; the default filter lets every segment through.

    ``statuses`` empty means any status; a segment with no final translation counts as ``new``.
    ``lang`` ``None`` means every language shown.
    """

    text: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)
    lang: str | None = None
    errors_only: bool = False
    differs_only: bool = False


def fold(text: str) -> str:
    """``text`` as search compares it: case, whitespace, apostrophes and ``ё`` folded."""
    return _SPACES.sub(" ", text.casefold().translate(_APOSTROPHES))


def status_of(view: SegmentView, lang: str) -> Status:
    """The review status of a segment in ``lang``: its translation's, or ``new`` if it has none."""
    t = view.translations.get(lang)
    return t.status if t is not None else Status.NEW


def fetch_error(view: SegmentView, lang: str) -> Suggestion | None:
    """The failed fetch of the segment into ``lang`` that is still news, if any: the newest
    error, unless a machine translation fetched later superseded it.

    The store deletes other engines' errors when a translation succeeds, so an error row means
    the latest fetch failed; the time rule also covers databases written before that rule.
    """
    found = view.suggestions.get(lang, ())
    errors = [s for s in found if s.error]
    if not errors:
        return None
    newest = max(errors, key=lambda s: s.fetched_at)
    if any(s.text and not s.error and s.fetched_at > newest.fetched_at for s in found):
        return None
    return newest


def has_error(view: SegmentView, lang: str) -> bool:
    """Whether the latest fetch of the segment into ``lang`` failed (see :func:`fetch_error`)."""
    return fetch_error(view, lang) is not None


def mt_differs(view: SegmentView, lang: str) -> bool:
    """Whether a machine translation into ``lang`` differs from the human version (not in spaces).

    A segment with no human text, or no machine translation, in ``lang`` does not differ.
    """
    human = view.human.get(lang)
    if not human:
        return False
    return any(s.text and has_changes(s.text, human) for s in view.suggestions.get(lang, ()))


def _texts(view: SegmentView, langs: Sequence[str]) -> Iterator[str]:
    yield view.segment.source
    for lang in langs:
        yield view.human.get(lang, "")
        yield from view.human_added.get(lang, ())
        yield from (s.text or "" for s in view.suggestions.get(lang, ()))
        t = view.translations.get(lang)
        if t is not None:
            yield t.text


def _lang_ok(view: SegmentView, f: SegmentFilter, lang: str) -> bool:
    return ((not f.statuses or status_of(view, lang) in f.statuses)
            and (not f.errors_only or has_error(view, lang))
            and (not f.differs_only or mt_differs(view, lang)))


def matches(view: SegmentView, f: SegmentFilter, langs: Sequence[str]) -> bool:
    """Whether a segment passes filter ``f`` when the window shows languages ``langs``."""
    chosen = [f.lang] if f.lang else list(langs)
    needle = fold(f.text).strip()
    if needle and not any(needle in fold(t) for t in _texts(view, chosen)):
        return False
    if not (f.statuses or f.errors_only or f.differs_only):
        return True
    return any(_lang_ok(view, f, lang) for lang in chosen)


def next_unapproved(views: Sequence[SegmentView], start_row: int,
                    langs: Sequence[str]) -> int | None:
    """The first row after ``start_row`` not approved in some language of ``langs``, wrapping round.

    ``start_row`` itself comes last, so it is the answer only when it is the one unapproved row;
    ``-1`` searches from the top. ``None`` when every row is approved in every language.
    """
    n = len(views)
    if not n or not langs:
        return None
    for step in range(1, n + 1):
        row = (start_row + step) % n
        if any(status_of(views[row], lang) is not Status.APPROVED for lang in langs):
            return row
    return None

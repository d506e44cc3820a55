"""Which segments a reviewer sees: search and filter over segment views, and the next one to review.

Text search folds case (``casefold``, so Cyrillic too), whitespace runs (a no-break space matches
a space), apostrophes (``п'ять`` finds ``п’ять`` and ``пʼять``) and ``ё`` to ``е``, and looks in the
source, the human version, every machine translation and the final text. The other conditions
apply to the chosen language (or every shown one): one language must meet them all together, so
"draft and with an error" means a draft in a language whose engine failed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from reviewer.core.diff import has_changes
from reviewer.core.model import Origin, SegmentView, Status, Suggestion

#: Whether a segment has QA findings in a language (the window answers from its cached checks).
Findings = Callable[[SegmentView, str], bool]

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
    qa_only: bool = False
    repeats_only: bool = False
    comments_only: bool = False

    @property
    def per_language(self) -> bool:
        """Whether a condition applies to each language (not only the text search)."""
        return bool(self.statuses or self.errors_only or self.differs_only or self.qa_only
                    or self.repeats_only or self.comments_only)


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


def is_repeat(view: SegmentView, lang: str) -> bool:
    """Whether the final text in ``lang`` was filled from a repeat (origin ``repeat``)."""
    t = view.translations.get(lang)
    return t is not None and t.origin is Origin.REPEAT


def has_comment(view: SegmentView, lang: str) -> bool:
    """Whether the translation into ``lang`` carries a comment."""
    t = view.translations.get(lang)
    return t is not None and bool(t.comment.strip())


def _lang_ok(view: SegmentView, f: SegmentFilter, lang: str, findings: Findings | None) -> bool:
    return ((not f.statuses or status_of(view, lang) in f.statuses)
            and (not f.errors_only or has_error(view, lang))
            and (not f.differs_only or mt_differs(view, lang))
            and (not f.repeats_only or is_repeat(view, lang))
            and (not f.comments_only or has_comment(view, lang))
            and (not f.qa_only or (findings is not None and findings(view, lang))))


def matches(view: SegmentView, f: SegmentFilter, langs: Sequence[str],
            findings: Findings | None = None) -> bool:
    """Whether a segment passes filter ``f`` when the window shows languages ``langs``
    (``findings`` answers "only QA findings"; without it no segment has any)."""
    chosen = [f.lang] if f.lang else list(langs)
    needle = fold(f.text).strip()
    if needle and not any(needle in fold(t) for t in _texts(view, chosen)):
        return False
    if not f.per_language:
        return True
    return any(_lang_ok(view, f, lang, findings) for lang in chosen)


def hit_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text`` as the search finds it (case, whitespace,
    apostrophes and ``ё`` folded), as (start, end) offsets into ``text``, not overlapping."""
    wanted = fold(needle).strip()
    if not wanted or not text:
        return []
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the offset of the one it came from
    for i, char in enumerate(text):
        piece = " " if char.isspace() else char.casefold().translate(_APOSTROPHES)
        if piece == " " and folded and folded[-1] == " ":
            continue  # a whitespace run is one space
        for part in piece:
            folded.append(part)
            origin.append(i)
    haystack = "".join(folded)
    out: list[tuple[int, int]] = []
    start = haystack.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        out.append((origin[start], origin[end - 1] + 1))
        start = haystack.find(wanted, end)
    return out


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

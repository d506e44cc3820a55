"""Find and replace over final translations: the query, the preview, and the edits it makes.

A :class:`Query` is what the person typed and ticked (plain text or a regular expression, whole
words, match case); :func:`preview` lists every final text it would change, with the spans
found and the text after; :func:`edits` turns a preview into :class:`~reviewer.core.edits.Edit`
records, written through the review service and undone as one step. Approved (and rejected)
translations are left alone unless the person includes them; a changed approved text becomes
a draft again unless the person keeps its status. Nothing here touches the store or Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.errors import UsageError
from reviewer.core.model import Origin, SegmentView, Status
from reviewer.core.qa.findings import Span

#: Statuses changed only when the person asks for it.
SETTLED = frozenset({Status.APPROVED, Status.REJECTED})


class QueryError(UsageError):
    """A search that cannot run: empty, or a regular expression that does not compile."""


@dataclass(frozen=True)
class Query:
    """What to find and what to put instead."""

    find: str
    replacement: str = ""
    regex: bool = False
    whole_word: bool = False
    match_case: bool = False

    def pattern(self) -> re.Pattern[str]:
        """The compiled search; :class:`QueryError` says why it cannot be."""
        if not self.find:
            raise QueryError("find: nothing to find")
        body = self.find if self.regex else re.escape(self.find)
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        try:
            found = re.compile(body, 0 if self.match_case else re.IGNORECASE)
        except re.error as exc:
            raise QueryError(f"find: not a regular expression: {exc}") from None
        if found.fullmatch(""):
            raise QueryError(f"find: {self.find!r} matches empty text")
        return found

    def apply(self, text: str) -> tuple[str, tuple[Span, ...]]:
        """``text`` with every match replaced, and where the matches were in ``text``."""
        pattern = self.pattern()
        spans = tuple(Span(m.start(), m.end()) for m in pattern.finditer(text))
        if not spans:
            return text, ()
        if self.regex:
            try:
                return pattern.sub(self.replacement, text), spans
            except (re.error, IndexError) as exc:
                raise QueryError(f"replace: {self.replacement!r}: {exc}") from None
        return pattern.sub(lambda _: self.replacement, text), spans


@dataclass(frozen=True)
class Change:
    """One final text the query changes: where, what it was, what it becomes."""

    article_id: int
    index: int
    segment_id: int
    lang: str
    before: TranslationState
    text: str
    spans: tuple[Span, ...]

    @property
    def settled(self) -> bool:
        """Whether the translation is approved or rejected (changed only when asked)."""
        return self.before.status in SETTLED


def preview(views: Sequence[SegmentView], langs: Iterable[str], query: Query,
            article_id: int = 0) -> list[Change]:
    """Every final text of ``views`` in ``langs`` that ``query`` changes, in reading order."""
    query.pattern()  # a bad query is refused even where there is nothing to search
    out: list[Change] = []
    wanted = list(langs)
    for i, view in enumerate(views):
        for lang in wanted:
            state = TranslationState.of(view.translations.get(lang))
            if state is None or not state.text:
                continue
            text, spans = query.apply(state.text)
            if spans and text != state.text:
                out.append(Change(article_id, i, view.segment.id, lang, state, text, spans))
    return out


def edits(changes: Iterable[Change], *, include_settled: bool = False,
          keep_status: bool = False) -> list[Edit]:
    """The edits that make ``changes``: approved and rejected texts only with
    ``include_settled``, and then drafts again unless ``keep_status``."""
    out: list[Edit] = []
    for c in changes:
        if c.settled and not include_settled:
            continue
        status = c.before.status if keep_status or not c.settled else Status.DRAFT
        after = replace(c.before, text=c.text, status=status, origin=Origin.EDITED, engine=None)
        out.append(Edit(c.segment_id, c.lang, c.before, after,
                        f"Replace in segment {c.index + 1}"))
    return out

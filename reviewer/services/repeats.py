"""Filling repeats: segments with no translation whose source repeats an approved segment's
get that translation as a draft with origin ``repeat``, for the translator to confirm.

Used when an article opens (repeats of approvals anywhere in the library) and after an approval
(repeats inside the article: memoQ's and Trados's auto-propagation). Each fill is an
:class:`~reviewer.core.edits.Edit` written through the review service, so the window undoes a
propagation in one step and the history says where the text came from.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, SegmentView, Status
from reviewer.core.repeats import Repeat, find_repeats
from reviewer.services.review import ReviewService
from reviewer.storage.repeat_queries import article_repeats


def repeats_of(service: ReviewService, views: Sequence[SegmentView],
               langs: Sequence[str]) -> list[Repeat]:
    """The segments of ``views`` (one article) that repeat an approved segment of the library."""
    if not views:
        return []
    candidates, keys = article_repeats(service.store, views[0].segment.article_id, langs)
    return find_repeats(views, langs, candidates, keys)


def fill_edits(repeats: Sequence[Repeat], views: Sequence[SegmentView]) -> list[Edit]:
    """The edits that fill ``repeats`` as drafts with origin ``repeat`` (comments kept)."""
    out: list[Edit] = []
    for r in repeats:
        before = TranslationState.of(views[r.index].translations.get(r.lang))
        after = TranslationState(r.text, Status.DRAFT, Origin.REPEAT, None,
                                 before.comment if before is not None else "")
        out.append(Edit(r.segment_id, r.lang, before, after,
                        f"Fill segment {r.index + 1} from its repeat"))
    return out


def fill_repeats(service: ReviewService, views: Sequence[SegmentView],
                 langs: Sequence[str]) -> list[tuple[Repeat, Edit]]:
    """Fill every repeat of ``views`` in one transaction; return what was filled."""
    repeats = repeats_of(service, views, langs)
    edits = fill_edits(repeats, views)
    with service.store.conn.transaction():
        for edit in edits:
            service.apply(edit)
    return list(zip(repeats, edits, strict=True))

"""How many segments, and how many of their source words, an open article has approved in each
shown language, kept up to date rather than counted again (no Qt here).

The status bar's counts and the library row of the open article follow every approval; counting
them over a 20,000-segment article's views took 10-20 ms of the GUI thread each, twice when the
article opened (and as long again while the store writer held Python's interpreter lock). The
first counts are made where the views are read (:func:`~reviewer.ui.review_model.prepare`, on
the store writer's thread); each change of a segment's statuses then adjusts them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reviewer.core.model import Status


class ApprovalTally:
    """Approved segments and approved source words per language of ``langs``."""

    def __init__(self, langs: Sequence[str], statuses: Mapping[int, tuple[Status, ...]],
                 ids: Mapping[int, int], words: Mapping[int, int]) -> None:
        """``statuses`` by place (one per language), ``ids``: segment id -> place, ``words``:
        segment id -> its source words."""
        self.langs = list(langs)
        self.words = dict(words)
        self.total_words = sum(self.words.get(i, 0) for i in ids)
        self._segments = [0] * len(self.langs)
        self._approved_words = [0] * len(self.langs)
        for segment_id, place in ids.items():
            self.change(segment_id, None, statuses.get(place))

    def change(self, segment_id: int, before: tuple[Status, ...] | None,
               after: tuple[Status, ...] | None) -> None:
        """Segment ``segment_id``'s statuses went from ``before`` to ``after`` (None: none)."""
        n = self.words.get(segment_id, 0)
        for k in range(len(self.langs)):
            was = before is not None and before[k] is Status.APPROVED
            now = after is not None and after[k] is Status.APPROVED
            if was != now:
                step = 1 if now else -1
                self._segments[k] += step
                self._approved_words[k] += step * n

    def approved(self) -> dict[str, int]:
        """Approved segments by language."""
        return dict(zip(self.langs, self._segments, strict=True))

    def approved_words(self) -> dict[str, int]:
        """Source words in approved segments by language."""
        return dict(zip(self.langs, self._approved_words, strict=True))

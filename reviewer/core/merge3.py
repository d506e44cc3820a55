"""A three-way merge of two versions of one translation made from the same text.

When a save is refused because someone else changed the translation meanwhile, the window offers
to merge: the changes the person made (from ``base``, the text they started from, to ``mine``)
are applied as patches onto ``theirs`` with diff-match-patch, which places each change by its
context and tolerates theirs having moved the text around it. A change that cannot be placed is
left out and reported, so the person reads the result before using it.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch


@dataclass(frozen=True)
class Merge:
    """The merged text and how many of my changes could not be placed in theirs."""

    text: str
    missed: int

    @property
    def clean(self) -> bool:
        """Whether every change of mine was placed."""
        return self.missed == 0


def merge3(base: str, mine: str, theirs: str) -> Merge:
    """Mine's changes from ``base`` applied onto ``theirs``."""
    if mine == base or mine == theirs:
        return Merge(theirs, 0)
    if theirs == base:
        return Merge(mine, 0)
    if not base.strip():  # two texts written from nothing: no context to place mine in
        return Merge(theirs, 1)
    dmp = diff_match_patch()
    diffs = dmp.diff_main(base, mine)
    dmp.diff_cleanupSemantic(diffs)
    patches = dmp.patch_make(base, diffs)
    text, applied = dmp.patch_apply(patches, theirs)
    return Merge(text, sum(1 for ok in applied if not ok))

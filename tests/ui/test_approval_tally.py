"""The approvals tally follows changes as a count over all segments would (no Qt)."""

from __future__ import annotations

from reviewer.core.model import Status
from reviewer.ui.approval_tally import ApprovalTally

A, N, D = Status.APPROVED, Status.NEW, Status.DRAFT


def _counted(statuses: dict[int, tuple[Status, ...]], words: dict[int, int],
             langs: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    return ({lang: sum(s[k] is A for s in statuses.values()) for k, lang in enumerate(langs)},
            {lang: sum(words[i] for i, s in statuses.items() if s[k] is A)
             for k, lang in enumerate(langs)})


def test_the_tally_follows_each_change_as_a_recount_would() -> None:
    langs = ["uk", "ru"]
    statuses = {0: (A, N), 1: (D, A), 2: (A, A), 3: (N, N)}  # place -> statuses; ids = 10 + place
    words = {10 + p: 3 + p for p in statuses}
    tally = ApprovalTally(langs, statuses, {10 + p: p for p in statuses}, words)
    by_id = {10 + p: s for p, s in statuses.items()}
    assert tally.total_words == sum(words.values())
    assert (tally.approved(), tally.approved_words()) == _counted(by_id, words, langs)
    for segment_id, after in ((13, (A, D)), (10, (N, N)), (12, (A, A)), (11, (A, N))):
        tally.change(segment_id, by_id[segment_id], after)
        by_id[segment_id] = after
        assert (tally.approved(), tally.approved_words()) == _counted(by_id, words, langs)

"""Alignment work grows about linearly with the article (issue 13: 4,000 x 5,000 sentences took
13-24 s before the one-search aligner; now 1.3 s, `bench/alignment_growth.py`).

Counted, never timed: the Python lines the aligner runs (tests/work_meter.py) for an article and
for one twice as long, the human version paragraphed differently with an editor's sentence after
every fourth one. A quadratic aligner does about four times the work; a linear one about two.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.build import align_human
from reviewer.core.model import HumanSentence, Role, SegmentDraft
from tests.work_meter import steps

WORDS = ["NATO", "Kyiv", "said", "the", "minister", "on", "Monday", "troops", "aid", "talks"]
UK = ["НАТО", "Київ", "заявив", "міністр", "у", "понеділок", "війська", "допомога", "переговори"]


def _article(n: int) -> tuple[list[SegmentDraft], list[HumanSentence]]:
    source, human = [], []
    for i in range(n):
        words = [WORDS[(i * 7 + j) % len(WORDS)] for j in range(5 + i % 9)]
        source.append(SegmentDraft(i // 4, Role.BODY, " ".join(words) + f" {i}."))
        uk = [UK[(i * 7 + j) % len(UK)] for j in range(5 + i % 9)]
        human.append(HumanSentence(len(human), i // 3, " ".join(uk) + f" {i}."))
        if i % 4 == 3:
            human.append(HumanSentence(len(human), i // 3, "Нагадаємо, що раніше було інакше."))
    return source, human


def test_alignment_work_about_doubles_when_the_article_doubles() -> None:
    small, large = _article(150), _article(300)
    align_human(*small)  # caches filled once
    ratio = steps(align_human, *large) / steps(align_human, *small)
    assert ratio < 2.6, f"doubling the article multiplied the work by {ratio:.2f}"


@settings(max_examples=3, deadline=None, derandomize=True)
@given(st.lists(st.text(alphabet="aZяЖ1 .,;!?–«»", min_size=1, max_size=40), min_size=1,
                max_size=4), st.integers(min_value=1, max_value=3))
def test_pathological_repetitions_align_in_about_linear_work(units: list[str], every: int) -> None:
    """The same few sentences over and over (on both sides, in paragraphs of ``every + 1``)."""

    def article(n: int) -> tuple[list[SegmentDraft], list[HumanSentence]]:
        texts = [units[i % len(units)] + f" {i % 3}" for i in range(n)]
        return ([SegmentDraft(i // (every + 1), Role.BODY, t) for i, t in enumerate(texts)],
                [HumanSentence(i, i // (every + 2), t) for i, t in enumerate(texts)])

    # From 200 sentences on: below that the search band is still growing to its full width (100
    # to 200 identical sentences costs 3.4x; 200 to 400 and 400 to 800, 2.0x).
    small, large = article(200), article(400)
    align_human(*article(50))
    assert steps(align_human, *large) / steps(align_human, *small) < 2.6

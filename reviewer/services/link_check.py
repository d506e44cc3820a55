"""Checking a human version's links with the sentence encoder, as a plan to preview and apply.

:func:`read_check` reads what the check needs from the store (quick: on the store writer's
thread in the window); :func:`plan_check` embeds the sentences and checks the links
(:func:`reviewer.core.encoder_check.check_links`; seconds for a long article, so the window runs
it on a worker) and returns a :class:`~reviewer.services.realign.RealignPlan` whose changes are
previewed and applied like a realignment's (``RealignService.apply``), recorded in the history
as ``links-check``. Links the reviewer fixed by hand are kept. :func:`check_realigned` checks a
realignment's links in turn (``reviewer links --realign --check``: one plan, from the stored
links to the checked ones, recorded as ``links-realign-check``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reviewer.core import languages
from reviewer.core.encoder_check import check_links, units_read
from reviewer.core.link_changes import link_changes
from reviewer.core.model import HumanSentence, Link, Segment
from reviewer.services.realign import RealignError, RealignPlan
from reviewer.services.sentence_encoder import Similarities
from reviewer.storage.store import Store


@dataclass(frozen=True)
class CheckInputs:
    """One human version's links and texts, as read from the store."""

    article_id: int
    lang: str
    links: list[Link]
    fixed: list[bool]
    segments: list[Segment]
    sentences: list[HumanSentence]


def read_check(store: Store, article_id: int, lang: str) -> CheckInputs:
    """What checking ``lang``'s links of the article reads from ``store``."""
    lang = languages.normalize(lang)
    if lang not in store.human_langs(article_id):
        raise RealignError(f"article {article_id} has no {languages.label(lang)} human "
                           "version to check")
    segments = [v.segment for v in store.segment_views(article_id, [lang])]
    return CheckInputs(article_id, lang, store.links(article_id, lang),
                       store.hand_fixed_links(article_id, lang), segments,
                       store.human_sentences(article_id, lang))


def plan_check(inputs: CheckInputs) -> RealignPlan:
    """The links as the sentence encoder's check would have them, and the changes."""
    similarities = Similarities([s.source for s in inputs.segments],
                                [h.text for h in inputs.sentences])
    similarities.embed(*units_read(inputs.links, inputs.fixed))
    after = check_links(inputs.links, inputs.fixed, similarities)
    return RealignPlan(inputs.article_id, inputs.lang, inputs.links, after,
                       link_changes(inputs.links, after), inputs.segments, inputs.sentences,
                       0, sum(inputs.fixed), action="links-check")


def check_realigned(plan: RealignPlan, fixed: Sequence[bool]) -> RealignPlan:
    """``plan``'s new links checked in turn: one plan from its links before to the checked ones.

    ``fixed[k]`` marks ``plan.before[k]`` as fixed by hand (the realignment kept it as it was).
    """
    hand = {k for k, is_fixed in zip(plan.before, fixed, strict=True) if is_fixed}
    checked = plan_check(CheckInputs(plan.article_id, plan.lang, plan.after,
                                     [k in hand for k in plan.after], plan.segments,
                                     plan.sentences))
    return replace(plan, after=checked.after, changes=link_changes(plan.before, checked.after),
                   action="links-realign-check")

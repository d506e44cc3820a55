"""Realigning a human version with the machine translations fetched for its segments.

The window (after a fetch) and ``reviewer links --realign`` both ask :class:`RealignService` for
a :class:`RealignPlan`: the stored links, the links :func:`reviewer.core.realign.realign` makes
from the machine translations (links the reviewer fixed by hand are kept), and the changes
between them. Applying a plan (all its changes or some) stores the links and records them in the
history as ``links-realign``, unless the links changed in the store since the plan was made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core import languages
from reviewer.core.build import paragraphs
from reviewer.core.errors import ReviewerError
from reviewer.core.link_changes import LinkChange, accept_changes, link_changes
from reviewer.core.model import HumanSentence, Link, Segment
from reviewer.core.realign import Texts, realign
from reviewer.core.realign_evidence import text_evidence
from reviewer.core.suggestions import is_usable
from reviewer.storage.store import Store

__all__ = ["RealignError", "RealignPlan", "RealignService"]


class RealignError(ReviewerError):
    """A realignment that cannot be made (no human version, links changed meanwhile...)."""


@dataclass(frozen=True)
class RealignPlan:
    """What realigning ``lang`` would do: the links before and after, and the changes."""

    article_id: int
    lang: str
    before: list[Link]
    after: list[Link]
    changes: list[LinkChange]
    segments: list[Segment]
    sentences: list[HumanSentence]
    without_mt: int
    hand_fixed: int
    #: How the history names the change: by machine translation, or the sentence encoder's check.
    action: str = "links-realign"

    def source_text(self, start: int, end: int) -> str:
        return " ".join(s.source for s in self.segments[start:end])

    def human_text(self, start: int, end: int) -> str:
        return " ".join(h.text for h in self.sentences[start:end])


class RealignService:
    """Plans and applies realignments by machine translation in ``store`` as ``actor``."""

    def __init__(self, store: Store, actor: str = "reviewer") -> None:
        self.store, self.actor = store, actor

    def plan(self, article_id: int, lang: str) -> RealignPlan:
        """Realign ``lang``'s human version of the article from its machine translations."""
        lang = languages.normalize(lang)
        if lang not in self.store.human_langs(article_id):
            raise RealignError(f"article {article_id} has no {languages.label(lang)} human "
                               "version to realign")
        views = self.store.segment_views(article_id, [lang])
        mt = [[s.text for s in sorted(v.suggestions.get(lang, []), key=lambda s: s.engine)
               if is_usable(s) and s.text] for v in views]
        sentences = self.store.human_sentences(article_id, lang)
        before = self.store.links(article_id, lang)
        fixed = self.store.hand_fixed_links(article_id, lang)
        segments = [v.segment for v in views]
        evidence = text_evidence(
            paragraphs([(s.paragraph, s.source) for s in segments]),
            paragraphs([(h.paragraph, h.text) for h in sentences]), self._other(article_id, lang))
        after = realign(Texts(mt, [h.text for h in sentences], evidence), before, fixed)
        return RealignPlan(article_id, lang, before, after, link_changes(before, after),
                           segments, sentences,
                           sum(not texts for texts in mt), sum(fixed))

    def _other(self, article_id: int, lang: str
               ) -> tuple[list[list[str]], list[Link]] | None:
        """The other edition's paragraphs and links, when the article has exactly two."""
        others = [x for x in self.store.human_langs(article_id) if x != lang]
        if len(others) != 1:
            return None
        sentences = self.store.human_sentences(article_id, others[0])
        return (paragraphs([(h.paragraph, h.text) for h in sentences]),
                self.store.links(article_id, others[0]))

    def apply(self, plan: RealignPlan, accepted: Sequence[int] | None = None) -> list[Link]:
        """Store ``plan``'s changes (those numbered ``accepted``, or all); return the links."""
        if not plan.changes:
            return plan.before
        if self.store.links(plan.article_id, plan.lang) != plan.before:
            raise RealignError(f"the {languages.label(plan.lang)} links of article "
                               f"{plan.article_id} changed since the realignment was planned; "
                               "realign again")
        chosen = range(len(plan.changes)) if accepted is None else accepted
        links = accept_changes(plan.before, plan.after, list(chosen))
        self.store.replace_links(plan.article_id, plan.lang, links, action=plan.action,
                                 actor=self.actor)
        return links

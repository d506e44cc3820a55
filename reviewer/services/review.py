"""The review service: the one way a final translation, its status or its comment changes.

The window and the CLI both describe a change as an :class:`~reviewer.core.edits.Edit` (the state
they saw before, the state they want) and hand it to :class:`ReviewService`, which checks that the
store still holds the state the edit starts from (otherwise :class:`EditConflictError`: someone
else changed it), writes it and records it in the append-only history. Undo and redo are the same
writes in reverse. Where a text comes from (``human``, ``mt``, ``mt:ENGINE``) is decided here too,
with the one rule for "the" machine translation (:mod:`reviewer.core.suggestions`).
"""

from __future__ import annotations

from dataclasses import replace

from reviewer.core import languages
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.errors import ReviewerError
from reviewer.core.model import Origin, SegmentView, Status, Translation
from reviewer.core.suggestions import TEXT_SOURCES, usable_suggestion
from reviewer.storage.edits import EditConflictError, apply_edit, conflict_error, revert_edit
from reviewer.storage.store import Store

__all__ = ["EditConflictError", "ReviewError", "ReviewService", "TEXT_SOURCES"]


class ReviewError(ReviewerError):
    """A review action that cannot be done as asked (no human text, no machine translation...)."""


class ReviewService:
    """Applies, undoes and redoes edits of final translations in ``store`` as ``actor``."""

    def __init__(self, store: Store, actor: str = "reviewer") -> None:
        self.store, self.actor = store, actor

    def state(self, segment_id: int, lang: str) -> TranslationState | None:
        """The stored state of a segment's translation into ``lang`` (``None``: there is none)."""
        return TranslationState.of(self.store.translation(segment_id, lang))

    def apply(self, edit: Edit, *, redo: bool = False) -> Translation | None:
        """Write ``edit`` (its first application, or a redo), conflict-checked, with history;
        return the translation now stored."""
        return apply_edit(self.store, edit, redo=redo, actor=self.actor)

    def revert(self, edit: Edit) -> None:
        """Undo ``edit``: write its ``before`` back, conflict-checked, recorded as ``undo``."""
        revert_edit(self.store, edit, actor=self.actor)

    def change(self, segment_id: int, lang: str, after: TranslationState, label: str) -> Edit:
        """Change a translation from whatever is stored now to ``after``; return the edit made."""
        edit = Edit(segment_id, lang, self.state(segment_id, lang), after, label)
        self.apply(edit)
        return edit

    def text_from(self, view: SegmentView, lang: str, source: str,
                  engine: str | None = None) -> tuple[str, Origin, str | None]:
        """The text, origin and engine that ``source`` (``human``, ``mt``, ``mt:ENGINE``) gives.

        ``mt`` takes the machine translation the one rule picks (``engine``'s, else the newest
        usable); raises :class:`ReviewError` naming the segment when there is none.
        """
        label = _label(view, lang)
        kind, _, wanted = source.partition(":")
        if source == "human":
            text = view.human.get(lang) or ""
            if not text:
                raise ReviewError(f"{label}: there is no human version aligned to it")
            return text, Origin.HUMAN, None
        if kind == "mt":
            found = view.suggestions.get(lang, [])
            if wanted:
                found = [s for s in found if s.engine == wanted]
            mt = usable_suggestion(found, wanted or engine)
            if mt is None or mt.text is None:
                raise ReviewError(f"{label}: no machine translation"
                                  + (f" from {wanted}" if wanted else "") + " is stored")
            return mt.text, Origin.MT, mt.engine
        raise ReviewError(f"unknown text source {source!r} (use {TEXT_SOURCES})")

    def review(self, view: SegmentView, lang: str, status: Status, *, text: str | None = None,
               source: str | None = None, comment: str | None = None,
               expect_version: int | None = None) -> Translation:
        """Approve (or reject, or set any status of) a segment, as ``reviewer approve`` does.

        The text is ``text`` (typed: origin ``edited``), taken from ``source``, or with neither
        the current final text. ``comment`` replaces the comment when given. With
        ``expect_version`` (the version the caller read, 0: none yet) the change is refused with
        :class:`EditConflictError` when the translation has another version by then.
        """
        lang = languages.normalize(lang)
        before = self.state(view.segment.id, lang)
        if expect_version is not None:
            stored = before.version if before is not None else 0
            if stored != expect_version:
                with self.store.conn.reading() as db:
                    raise conflict_error(db, view.segment.id, lang,
                                         self.store.translation(view.segment.id, lang))
            # Checked again in the write's transaction: a change landing in between is refused.
            before = replace(before, version=expect_version) if before is not None else None
        if text is not None:
            new_text, origin, engine = text, Origin.EDITED, None
        elif source:
            new_text, origin, engine = self.text_from(view, lang, source)
        elif before is None or not before.text:
            raise ReviewError(f"{_label(view, lang)}: no text to {status}; "
                              "give --text or --from")
        else:
            new_text, origin, engine = before.text, before.origin, before.engine
        keep = before.comment if before is not None else ""
        after = TranslationState(new_text, status, origin, engine,
                                 keep if comment is None else comment)
        label = f"{str(status).capitalize()} segment {view.segment.index + 1}"
        saved = self.apply(Edit(view.segment.id, lang, before, after, label))
        assert saved is not None  # just written in a committed transaction
        return saved


def _label(view: SegmentView, lang: str) -> str:
    return f"segment {view.segment.index + 1} ({languages.label(lang)})"

"""Undo as data: an edit is a small record of one translation before and after, with its inverse.

The window wraps each :class:`Edit` in a thin ``QUndoCommand`` whose ``redo``/``undo`` call
:func:`reviewer.storage.edits.apply_edit` / :func:`~reviewer.storage.edits.revert_edit`, and whose
``mergeWith`` calls :func:`merge` so that a burst of typing is one undo step. Nothing here touches
the store or Qt, so edits are built, inverted and merged in plain tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reviewer.core.model import Origin, Status, Translation


@dataclass(frozen=True)
class TranslationState:
    """What an edit sets in a segment's final translation (everything but the time it was made)."""

    text: str
    status: Status
    origin: Origin
    engine: str | None = None
    comment: str = ""
    # The stored version this state was read at (``None``: not read from the store). It takes
    # no part in comparisons: two states are equal when they say the same.
    version: int | None = field(default=None, compare=False)

    @classmethod
    def of(cls, translation: Translation | None) -> TranslationState | None:
        """The state of a stored translation (with its version), or ``None`` when there is
        none."""
        if translation is None:
            return None
        return cls(translation.text, translation.status, translation.origin, translation.engine,
                   translation.comment, translation.version or None)


@dataclass(frozen=True)
class Edit:
    """One change to the translation of segment ``segment_id`` into ``lang``.

    ``before`` is ``None`` when the segment had no translation yet; ``after`` is ``None`` only in
    the inverse of such an edit (undoing it removes the translation). ``label`` is what the Edit
    menu shows ("Approve segment 3"). When ``before`` carries the version it was read at, the
    first application of the edit is refused if the store's version differs (someone else wrote
    in between, even the same text); undo and redo compare the states.
    """

    segment_id: int
    lang: str
    before: TranslationState | None
    after: TranslationState | None
    label: str

    def inverse(self) -> Edit:
        """The edit that undoes this one: the same segment, ``before`` and ``after`` swapped."""
        return replace(self, before=self.after, after=self.before)

    @property
    def is_noop(self) -> bool:
        """Whether the edit changes nothing (typing that came back to where it started)."""
        return self.before == self.after

    @property
    def is_text_edit(self) -> bool:
        """Whether this is typing in a draft: it leaves a draft and changes no comment.

        Only the text (and with it the origin and engine, as machine text becomes edited text)
        may change; approvals, rejections and comments are never text edits.
        """
        if self.after is None or self.after.status is not Status.DRAFT:
            return False
        before_comment = self.before.comment if self.before is not None else ""
        return self.after.comment == before_comment


def merge(first: Edit, second: Edit) -> Edit | None:
    """One edit doing ``first`` then ``second``, when both are typing in the same draft; else None.

    They merge only if they touch the same segment and language, both are text edits
    (:attr:`Edit.is_text_edit`; the second may also bring the translation back to where the burst
    began, as typing undone in the editor does), and ``second`` starts where ``first`` ended
    (nothing else changed the translation in between). The result keeps ``first``'s label and
    ``before``, so undoing it restores what was there before the burst began, even an approval.
    It may be a no-op (:attr:`Edit.is_noop`) when the typing undid itself; a ``QUndoCommand``
    can then be made obsolete.
    """
    if (first.segment_id, first.lang) != (second.segment_id, second.lang):
        return None
    if not first.is_text_edit or second.before != first.after:
        return None
    if not (second.is_text_edit or second.after == first.before):
        return None
    return replace(first, after=second.after)


@dataclass(frozen=True)
class EditorContents:
    """What the editor holds for one segment and language: the final text and the comment, and
    where the text came from (``origin`` and ``engine`` describe ``origin_text``: the text as it
    was loaded or taken from a machine translation, the human version or the memory)."""

    text: str
    comment: str
    origin: Origin
    engine: str | None
    origin_text: str

    def provenance(self) -> tuple[Origin, str | None]:
        """The origin of the text as it stands: typing over a taken text makes it edited."""
        if self.text == self.origin_text:
            return self.origin, self.engine
        return Origin.EDITED, None


def draft_state(before: TranslationState | None, loaded: TranslationState | None,
                contents: EditorContents) -> TranslationState | None:
    """The state the editor's contents stand for (``None``: no translation at all).

    ``before`` is the stored state, ``loaded`` the state when the editor first showed the segment.
    Text brought back to what was loaded restores the loaded state (typing that undid itself
    leaves an approval approved, and a segment that had nothing has nothing again); a changed
    comment alone keeps the text's status; changed text is a draft (``new`` when it is empty). A
    comment on a segment with no text yet is kept on an empty ``new`` translation. The caller
    saves only when the result differs from ``before``.
    """
    text, comment = contents.text, contents.comment
    if text == (loaded.text if loaded is not None else ""):
        if loaded is not None:
            return replace(loaded, comment=comment)
        return TranslationState("", Status.NEW, Origin.EDITED, None, comment) if comment else None
    if before is not None and text == before.text:
        return replace(before, comment=comment)
    origin, engine = contents.provenance()
    return TranslationState(text, Status.DRAFT if text else Status.NEW, origin, engine, comment)


def review_state(contents: EditorContents, status: Status) -> TranslationState:
    """The state an approval or rejection of the editor's contents writes."""
    origin, engine = contents.provenance()
    return TranslationState(contents.text, status, origin, engine, contents.comment)

"""Which MQM annotations each version of a final text had, read from the history.

The append-only history holds the versions of a segment's translation (one row per change of the
text or its status) and, in the same sequence, the annotation changes (``annotation-add``,
``-change``, ``-remove``, ``-undo``, ``-redo`` with the annotation before and after). Replaying
the annotation changes in that order, a version "has" the annotations of its final text that
stand when the next version is made (now, for the latest), and the changes made while it was
the latest are its additions, changes and removals. Changes made before the first version count
with the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.annotations import Annotation


@dataclass(frozen=True)
class AnnotationEvent:
    """One recorded annotation change: its history row ``id`` (the order), the action, the
    annotation before and after (``None``: there was none / there is none), who and when."""

    id: int
    action: str
    before: Annotation | None
    after: Annotation | None
    actor: str
    at: str


@dataclass(frozen=True)
class VersionErrors:
    """The errors of one version: those it had, and the changes made while it was the latest."""

    had: tuple[Annotation, ...] = ()
    added: tuple[AnnotationEvent, ...] = ()
    changed: tuple[AnnotationEvent, ...] = ()
    removed: tuple[AnnotationEvent, ...] = ()


def _ours(a: Annotation | None, lang: str, target: str) -> bool:
    return a is not None and a.lang == lang and a.target == target


def errors_by_version(version_ids: Sequence[int], events: Sequence[AnnotationEvent],
                      lang: str, target: str = "final") -> list[VersionErrors]:
    """For each version (its history row id, oldest first) the annotations of ``target`` in
    ``lang`` it had and the changes made while it was the latest (events oldest first)."""
    mine = sorted((e for e in events if _ours(e.before, lang, target)
                   or _ours(e.after, lang, target)), key=lambda e: e.id)
    live: dict[int, Annotation] = {}
    out: list[VersionErrors] = []
    k = 0
    for i in range(len(version_ids)):
        following = version_ids[i + 1] if i + 1 < len(version_ids) else None
        added: list[AnnotationEvent] = []
        changed: list[AnnotationEvent] = []
        removed: list[AnnotationEvent] = []
        while k < len(mine) and (following is None or mine[k].id < following):
            event = mine[k]
            k += 1
            if event.before is not None:
                live.pop(event.before.id, None)
            if event.after is not None:
                live[event.after.id] = event.after
            kind = added if event.before is None else removed if event.after is None \
                else changed
            kind.append(event)
        had = tuple(sorted(live.values(), key=lambda a: (a.start, a.end, a.id)))
        out.append(VersionErrors(had, tuple(added), tuple(changed), tuple(removed)))
    return out

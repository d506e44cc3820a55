"""The MQM errors column of the history dialog: the errors a version of the final text had, those
marked (+), changed (~) and removed (−) while it was the latest, and who did it when (tooltip).
The figures are the core's (:func:`reviewer.core.annotation_history.errors_by_version`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reviewer.core.annotation_history import AnnotationEvent, VersionErrors
from reviewer.core.annotations import Annotation
from reviewer.ui.annotation_picker import SEVERITY_TEXTS, category_label
from reviewer.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "HistoryErrors"
ACTIONS = {
    "annotation-add": QT_TRANSLATE_NOOP("HistoryErrors", "marked"),
    "annotation-change": QT_TRANSLATE_NOOP("HistoryErrors", "changed"),
    "annotation-remove": QT_TRANSLATE_NOOP("HistoryErrors", "removed"),
    "annotation-undo": QT_TRANSLATE_NOOP("HistoryErrors", "undone"),
    "annotation-redo": QT_TRANSLATE_NOOP("HistoryErrors", "redone"),
}


def describe(a: Annotation) -> str:
    """``Accuracy › Omission (Major) “words”``."""
    severity = QCoreApplication.translate("AnnotationPicker", SEVERITY_TEXTS[a.severity])
    words = f" “{a.text}”" if a.text else ""
    return f"{category_label(a.category)} ({severity}){words}"


def _event_line(e: AnnotationEvent) -> str:
    what = QCoreApplication.translate(CONTEXT, ACTIONS.get(e.action, e.action))
    shown = e.after if e.after is not None else e.before
    assert shown is not None
    return f"{e.at} · {e.actor}: {what} {describe(shown)}"


def errors_cell(errors: VersionErrors) -> tuple[str, str]:
    """The cell's text and its tooltip for one version."""
    new = {e.after.id for e in errors.added if e.after is not None}
    changed = {e.after.id for e in errors.changed if e.after is not None}
    parts = [("+ " if a.id in new else "~ " if a.id in changed else "") + describe(a)
             for a in errors.had]
    gone = {a.id for a in errors.had}
    parts += ["− " + describe(e.before) for e in errors.removed
              if e.before is not None and e.before.id not in gone]
    text = "\n".join(parts) if parts else QCoreApplication.translate("HistoryErrors", "none")
    events = sorted([*errors.added, *errors.changed, *errors.removed], key=lambda e: e.id)
    tip = "\n".join(_event_line(e) for e in events)
    return text, tip

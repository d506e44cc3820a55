"""MQM error annotations as data: a marked span of a segment's text, and edits of them.

An annotation marks ``[start, end)`` (Python string offsets) of one text of a segment in one
language: the final translation (``final``), the published human version (``human``) or one
engine's machine translation (``mt:ENGINE``). It keeps the text it covers, so that when the text
changes later :func:`locate` can tell whether the marked words are still there (and where). An
empty span marks a point (where something was omitted).

Like :class:`reviewer.core.edits.Edit`, an :class:`AnnotationEdit` is the state before and after
(``None`` for "no annotation"), with its inverse: adding is ``None`` -> annotation, removing is
the reverse, so undo is the same write the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reviewer.core.errors import UsageError
from reviewer.core.mqm import Severity, parse_category, parse_severity

if TYPE_CHECKING:
    from reviewer.core.qa.findings import Finding

TARGET_KINDS = ("final", "human", "mt:ENGINE")


class AnnotationError(UsageError):
    """An annotation that cannot be made as asked (bad span, unknown target...)."""


def parse_target(text: str) -> str:
    """Validate an annotation target: ``final``, ``human`` or ``mt:ENGINE`` (an engine named)."""
    target = text.strip()
    if target in ("final", "human") or (target.startswith("mt:") and target[3:].strip()):
        return target
    raise AnnotationError(f"unknown annotation target {text!r} (use final, human or "
                          "mt:ENGINE, e.g. mt:deepl)")


def engine_of(target: str) -> str | None:
    """The engine an ``mt:ENGINE`` target names (``None`` for final and human)."""
    return target[3:] if target.startswith("mt:") else None


@dataclass(frozen=True)
class Annotation:
    """One marked error. ``id`` is 0 until the store gives it one; ``text`` is what
    ``[start, end)`` covered when it was marked."""

    segment_id: int
    lang: str
    target: str
    start: int
    end: int
    text: str
    category: str
    severity: Severity
    note: str = ""
    author: str = "reviewer"
    id: int = 0
    created_at: str = ""
    changed_at: str = ""

    def same_as(self, other: Annotation | None) -> bool:
        """Whether ``other`` says the same (the times aside): what a conflict check compares."""
        return other is not None and _content(self) == _content(other)


def _content(a: Annotation) -> tuple[object, ...]:
    return (a.id, a.segment_id, a.lang, a.target, a.start, a.end, a.text, a.category,
            a.severity, a.note, a.author)


def mark(text: str, start: int, end: int, *, segment_id: int, lang: str, target: str,
         category: str, severity: Severity | str, note: str = "",
         author: str = "reviewer", where: str = "segment") -> Annotation:
    """An annotation of ``text[start:end]``, checked: the span lies in the text, the target and
    the category exist. ``where`` names the segment in an error message."""
    if not 0 <= start <= end <= len(text):
        raise AnnotationError(f"{where}: the span {start}:{end} is outside its text "
                              f"({len(text)} characters; give START:END with "
                              f"0 <= START <= END <= {len(text)})")
    sev = severity if isinstance(severity, Severity) else parse_severity(severity)
    return Annotation(segment_id, lang, parse_target(target), start, end, text[start:end],
                      parse_category(category), sev, note.strip(), author)


def parse_span(text: str) -> tuple[int, int]:
    """``START:END`` (or ``START-END``) as two offsets."""
    for sep in (":", "-"):
        a, found, b = text.partition(sep)
        if found and a.strip().isdigit() and b.strip().isdigit():
            return int(a), int(b)
    raise AnnotationError(f"bad span {text!r} (give START:END character offsets, e.g. 0:5)")


def locate(annotation: Annotation, text: str | None) -> tuple[int, int] | None:
    """Where the annotated words are in ``text`` now: the same span if it still covers them,
    else the one place they occur (when they occur exactly once); ``None`` when they are gone
    (the error was fixed or the text rewritten) or there is no text."""
    if text is None:
        return None
    a = annotation
    if a.end <= len(text) and text[a.start:a.end] == a.text:
        return a.start, a.end
    if a.text and text.count(a.text) == 1:
        at = text.index(a.text)
        return at, at + len(a.text)
    return None


@dataclass(frozen=True)
class AnnotationEdit:
    """One change of annotations: ``before`` -> ``after`` (``None`` is "no annotation").
    ``label`` is what an Edit menu shows ("Mark error in segment 3")."""

    before: Annotation | None
    after: Annotation | None
    label: str

    def inverse(self) -> AnnotationEdit:
        """The edit that undoes this one."""
        return replace(self, before=self.after, after=self.before)


# -- promoting automatic QA findings ----------------------------------------------------------

#: The MQM category a QA check's findings become (by the finding's ``kind``).
QA_CATEGORIES: dict[str, str] = {
    "numbers": "accuracy/mistranslation",
    "names": "accuracy/mistranslation",
    "punctuation": "linguistic-conventions/punctuation",
    "quotes": "locale-conventions",
    "spaces": "linguistic-conventions/textual-conventions",
    "untranslated": "accuracy/untranslated",
    "script": "linguistic-conventions/character-encoding",
    "length": "accuracy",
    "glossary": "terminology/inconsistent-with-termbase",
    "editions": "accuracy/omission",
    "spelling": "linguistic-conventions/spelling",
}

#: Finer mappings by the finding's ``code`` where the check's default is not right.
QA_CODE_CATEGORIES: dict[str, str] = {
    "number-missing": "accuracy/omission",
    "date-missing": "accuracy/omission",
    "number-extra": "accuracy/addition",
    "date-extra": "accuracy/addition",
    "name-missing": "accuracy/omission",
    "acronym-missing": "accuracy/omission",
    "too-short": "accuracy/omission",
    "too-long": "accuracy/addition",
    "other-language": "accuracy/mistranslation",
    "latin-text": "accuracy/untranslated",
}

#: Findings that are not about the text (a summary of findings not listed, names not looked up).
NOT_PROMOTABLE = frozenset({"more", "names-not-checked"})


def qa_category(kind: str, code: str = "") -> str:
    """The MQM category for a QA finding of check ``kind`` (and ``code``)."""
    if code in NOT_PROMOTABLE:
        raise AnnotationError(f"a {kind} finding of kind {code!r} is not an error in the text")
    if code in QA_CODE_CATEGORIES:
        return QA_CODE_CATEGORIES[code]
    if kind not in QA_CATEGORIES:
        raise AnnotationError(f"the QA check {kind!r} has no MQM category")
    return QA_CATEGORIES[kind]


def qa_severity(qa_severity_name: str) -> Severity:
    """The MQM severity a QA finding starts as: its errors major, the rest minor (the reviewer
    changes it when promoting)."""
    return Severity.MAJOR if qa_severity_name == "error" else Severity.MINOR


def from_finding(finding: Finding, text: str, *, segment_id: int, lang: str, target: str,
                 author: str = "reviewer", severity: Severity | None = None) -> Annotation:
    """The annotation a QA finding on ``text`` becomes: its first target span (an empty span at
    the end of the text when it points at nothing there, as for something missing), its
    category by :func:`qa_category`, its message as the note."""
    start, end = finding.target_spans[0] if finding.target_spans else (len(text), len(text))
    return mark(text, start, end, segment_id=segment_id, lang=lang, target=target,
                category=qa_category(finding.kind, finding.code),
                severity=severity or qa_severity(str(finding.severity)),
                note=finding.message, author=author)

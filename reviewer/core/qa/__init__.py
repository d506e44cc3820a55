"""QA checks of translations (numbers, names, punctuation, quotes, script, length, glossary,
editions) as typed findings with offsets, and the project glossary's term matching."""

from __future__ import annotations

from reviewer.core.qa.findings import (
    ALL_CHECKS,
    CHECKS,
    CheckInfo,
    Finding,
    QAConfig,
    Severity,
    Span,
    UnknownCheckError,
    parse_checks,
)
from reviewer.core.qa.glossary import Glossary, GlossaryEntry, Term, TermMatch, check_glossary
from reviewer.core.qa.runner import (
    TARGETS,
    SegmentReport,
    UnknownTargetError,
    check_article,
    check_target_name,
    check_text,
    target_text,
)

__all__ = [
    "ALL_CHECKS", "CHECKS", "CheckInfo", "Finding", "Glossary", "GlossaryEntry", "QAConfig",
    "SegmentReport", "Severity", "Span", "TARGETS", "Term", "TermMatch", "UnknownCheckError",
    "UnknownTargetError", "check_article", "check_glossary", "check_target_name", "check_text",
    "parse_checks", "target_text",
]

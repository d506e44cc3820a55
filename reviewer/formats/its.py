"""MQM error annotations as ITS 2.0 Localization Quality Issue data, both ways, with no markup.

Each annotation of a final translation is written as one ITS issue with:

* ``its:locQualityIssueType``: the ITS type of its MQM category (:data:`reviewer.core.mqm.TYPOLOGY`
  names it for each category, e.g. ``accuracy/omission`` -> ``omission``);
* ``its:locQualityIssueSeverity``: ITS's 0-100 score, :data:`SEVERITY_SCORE` (neutral 0, minor 25,
  major 50, critical 100);
* ``its:locQualityIssueComment``: the note (left out when empty);
* ``its:locQualityIssueProfileRef``: ``https://themqm.org/#CATEGORY``, the quality model the
  issue belongs to (MQM) with the exact category as its fragment, so that it reads back as it was.

Reading, an issue from any tool becomes an annotation: its category from the profile reference
when that names an MQM category, else from its ITS type (:data:`FROM_ITS`; a type that is not
ITS 2.0's, and ITS's ``other`` and ``uncategorized``, become :data:`FALLBACK_CATEGORY`); its
severity from the score (0 neutral, below 40 minor, below 90 major, else critical). Whatever the
category and severity cannot say (a foreign type, a score that is not one of ours) is kept in the
note, e.g. ``Double space (ITS type: whitespace, severity 30)``. A disabled issue
(``locQualityIssueEnabled="no"``, a false alarm) is not read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from reviewer.core.errors import UsageError
from reviewer.core.mqm import TYPOLOGY, Severity, parse_category

ITS_NS = "http://www.w3.org/2005/11/its"
MQM_PROFILE = "https://themqm.org/"

#: The ITS 2.0 severity score written for each MQM severity.
SEVERITY_SCORE: Mapping[Severity, int] = MappingProxyType(
    {Severity.NEUTRAL: 0, Severity.MINOR: 25, Severity.MAJOR: 50, Severity.CRITICAL: 100})

#: Where an issue whose type says nothing more precise goes (ITS ``other``, ``uncategorized``, or
#: a value that is not an ITS 2.0 type); the type itself is kept in the note.
FALLBACK_CATEGORY = "accuracy"

#: The MQM category each ITS 2.0 issue type reads back as (when no MQM category is given).
FROM_ITS: Mapping[str, str] = MappingProxyType({
    "terminology": "terminology",
    "mistranslation": "accuracy/mistranslation",
    "omission": "accuracy/omission",
    "untranslated": "accuracy/untranslated",
    "addition": "accuracy/addition",
    "duplication": "accuracy/addition",
    "inconsistency": "terminology/inconsistent-use",
    "grammar": "linguistic-conventions/grammar",
    "legal": "audience-appropriateness",
    "register": "style/language-register",
    "locale-specific-content": "audience-appropriateness/culture-specific-reference",
    "locale-violation": "locale-conventions",
    "style": "style",
    "characters": "linguistic-conventions/character-encoding",
    "misspelling": "linguistic-conventions/spelling",
    "typographical": "linguistic-conventions/punctuation",
    "formatting": "design-and-markup/layout",
    "inconsistent-entities": "accuracy/mistranslation",
    "numbers": "locale-conventions/number-format",
    "markup": "design-and-markup/markup-tag",
    "pattern-problem": "linguistic-conventions/textual-conventions",
    "whitespace": "linguistic-conventions/textual-conventions",
    "internationalization": "locale-conventions",
    "length": "design-and-markup/truncation",
    "non-conformance": "accuracy/do-not-translate",
    "uncategorized": FALLBACK_CATEGORY,
    "other": FALLBACK_CATEGORY,
})


@dataclass(frozen=True)
class Issue:
    """One annotation as an exchange file carries it: ``[start, end)`` of the target text."""

    start: int
    end: int
    category: str
    severity: Severity
    note: str = ""


def its_type(category: str) -> str:
    """The ITS 2.0 issue type an MQM category is exchanged as."""
    return TYPOLOGY[category].its


def attributes(issue: Issue) -> list[tuple[str, str]]:
    """The ITS attributes (local names, unescaped values) of ``issue``, in writing order."""
    out = [("locQualityIssueType", its_type(issue.category)),
           ("locQualityIssueSeverity", str(SEVERITY_SCORE[issue.severity]))]
    if issue.note:
        out.append(("locQualityIssueComment", issue.note))
    out.append(("locQualityIssueProfileRef", MQM_PROFILE + "#" + issue.category))
    return out


def _severity(raw: str) -> tuple[Severity, str]:
    """The severity a score reads as, and what the note keeps of it (``""``: nothing lost)."""
    try:
        value = float(raw)
    except ValueError:
        return Severity.MINOR, (f"severity {raw}" if raw else "")
    found = next((s for s, v in SEVERITY_SCORE.items() if v == value), None)
    if found is not None:
        return found, ""
    sev = (Severity.NEUTRAL if value <= 0 else Severity.MINOR if value < 40
           else Severity.MAJOR if value < 90 else Severity.CRITICAL)
    return sev, f"severity {raw}"


def _category(kind: str, profile: str) -> tuple[str, str]:
    """The category an issue reads as, and what the note keeps of its type."""
    if profile.startswith(MQM_PROFILE + "#"):
        try:
            return parse_category(profile.split("#", 1)[1]), ""
        except UsageError:
            pass
    category = FROM_ITS.get(kind, FALLBACK_CATEGORY)
    kept = "" if kind and TYPOLOGY[category].its == kind else f"ITS type: {kind or 'none'}"
    return category, kept


def issue_from(attrs: Mapping[str, str], start: int, end: int) -> Issue | None:
    """The issue that ITS attributes (by local name) describe on ``[start, end)``; ``None`` for
    a disabled one or for attributes that describe no issue."""
    kind = attrs.get("locQualityIssueType", "").strip()
    comment = attrs.get("locQualityIssueComment", "")
    if attrs.get("locQualityIssueEnabled", "yes").strip() == "no" or not (kind or comment):
        return None
    category, kept_type = _category(kind, attrs.get("locQualityIssueProfileRef", "").strip())
    severity, kept_score = _severity(attrs.get("locQualityIssueSeverity", "").strip())
    kept = ", ".join(x for x in (kept_type, kept_score) if x)
    note = f"{comment} ({kept})" if comment and kept else comment or (f"({kept})" if kept else "")
    return Issue(start, end, category, severity, note.strip())

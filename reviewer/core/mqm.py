"""The MQM error typology (MQM Core, as in MQM 2.0) and its scoring model, with no storage.

An error category is written ``dimension/type`` (``accuracy/mistranslation``) or, rolled up,
the dimension alone (``style``). The seven dimensions and their types are those of the MQM Core
typology published at themqm.org; version 1's "fluency" is accepted on input as the name of
what MQM 2.0 calls "linguistic conventions". Each category also names the ITS 2.0
``locQualityIssueType`` it is exchanged as.

The scoring model (MQM 2.0, "The MQM Scoring Models") is:

- ``APT`` (absolute penalty total) = the sum over errors of severity multiplier x type weight;
- ``PWPT`` (per-word penalty total) = ``APT / EWC``, the evaluation word count;
- ``NPT`` (normed penalty total) = ``PWPT x RWC``: penalty points per ``RWC`` (1,000) words;
- the raw score = ``MSV x (1 - PWPT)`` and the quality score = ``MSV - NPT`` (``MSV`` 100),
  which passes when it is at least the threshold. Neither is clipped at zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from reviewer.core.errors import UsageError


class Severity(StrEnum):
    """How much an error matters (MQM's four levels)."""

    NEUTRAL = "neutral"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"


#: MQM's default severity multipliers (0-1-5-25).
MULTIPLIERS: Mapping[Severity, float] = MappingProxyType(
    {Severity.NEUTRAL: 0.0, Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 25.0})


@dataclass(frozen=True)
class ErrorType:
    """One category: its ``dimension/type`` id (the dimension alone for a rolled-up one), its
    name as MQM writes it, and the ITS 2.0 issue type it is exchanged as."""

    id: str
    name: str
    its: str

    @property
    def dimension(self) -> str:
        """The dimension's id (``accuracy`` of ``accuracy/omission``)."""
        return self.id.split("/", 1)[0]


def _dimension(dim: str, name: str, its: str,
               types: Iterable[tuple[str, str, str]]) -> list[ErrorType]:
    return [ErrorType(dim, name, its)] + [ErrorType(f"{dim}/{t}", n, i) for t, n, i in types]


TYPOLOGY: Mapping[str, ErrorType] = MappingProxyType({e.id: e for e in [
    *_dimension("terminology", "Terminology", "terminology", [
        ("inconsistent-with-termbase", "Inconsistent with terminology resource", "terminology"),
        ("inconsistent-use", "Inconsistent use of terminology", "inconsistency"),
        ("wrong-term", "Wrong term", "terminology")]),
    *_dimension("accuracy", "Accuracy", "mistranslation", [
        ("mistranslation", "Mistranslation", "mistranslation"),
        ("overtranslation", "Overtranslation", "mistranslation"),
        ("undertranslation", "Undertranslation", "mistranslation"),
        ("addition", "Addition", "addition"),
        ("omission", "Omission", "omission"),
        ("do-not-translate", "Do not translate", "non-conformance"),
        ("untranslated", "Untranslated", "untranslated")]),
    *_dimension("linguistic-conventions", "Linguistic conventions", "grammar", [
        ("grammar", "Grammar", "grammar"),
        ("punctuation", "Punctuation", "typographical"),
        ("spelling", "Spelling", "misspelling"),
        ("unintelligible", "Unintelligible", "other"),
        ("character-encoding", "Character encoding", "characters"),
        ("textual-conventions", "Textual conventions", "typographical")]),
    *_dimension("style", "Style", "style", [
        ("organizational-style", "Organizational style", "style"),
        ("third-party-style", "Third-party style", "style"),
        ("inconsistent-with-external-reference", "Inconsistent with external reference",
         "style"),
        ("language-register", "Language register", "register"),
        ("awkward-style", "Awkward style", "style"),
        ("unidiomatic-style", "Unidiomatic style", "style"),
        ("inconsistent-style", "Inconsistent style", "inconsistency")]),
    *_dimension("locale-conventions", "Locale conventions", "locale-violation", [
        ("number-format", "Number format", "locale-violation"),
        ("currency-format", "Currency format", "locale-violation"),
        ("measurement-format", "Measurement format", "locale-violation"),
        ("time-format", "Time format", "locale-violation"),
        ("date-format", "Date format", "locale-violation"),
        ("address-format", "Address format", "locale-violation"),
        ("telephone-format", "Telephone format", "locale-violation"),
        ("shortcut-key", "Shortcut key", "locale-violation")]),
    *_dimension("audience-appropriateness", "Audience appropriateness",
                "locale-specific-content", [
        ("culture-specific-reference", "Culture-specific reference",
         "locale-specific-content")]),
    *_dimension("design-and-markup", "Design and markup", "formatting", [
        ("layout", "Layout", "formatting"),
        ("markup-tag", "Markup tag", "markup"),
        ("truncation", "Truncation/text expansion", "length"),
        ("missing-text", "Missing text", "omission"),
        ("link", "Link/cross-reference", "other")]),
]})

DIMENSIONS: tuple[str, ...] = tuple(e.id for e in TYPOLOGY.values() if "/" not in e.id)

_ALIASES = {"fluency": "linguistic-conventions", "locale-convention": "locale-conventions",
            "design": "design-and-markup", "audience": "audience-appropriateness"}


class UnknownCategoryError(UsageError):
    """A category that is not in the typology, or a severity that MQM does not have."""


def _slug(part: str) -> str:
    return "-".join(part.strip().lower().replace("_", " ").replace("-", " ").split())


def parse_category(text: str) -> str:
    """The category id that ``text`` names (any case, spaces or hyphens; ``fluency`` for
    linguistic conventions); an unknown one is refused, naming the dimensions."""
    dim, _, kind = text.partition("/")
    dim = _ALIASES.get(_slug(dim), _slug(dim))
    wanted = f"{dim}/{_slug(kind)}" if kind.strip() else dim
    if wanted in TYPOLOGY:
        return wanted
    if dim in DIMENSIONS:
        types = [e.id.split("/", 1)[1] for e in TYPOLOGY.values() if e.id.startswith(dim + "/")]
        raise UnknownCategoryError(f"unknown MQM error type {text!r} (the types of {dim}: "
                                   f"{', '.join(types)})")
    raise UnknownCategoryError(f"unknown MQM error category {text!r} (dimensions: "
                               f"{', '.join(DIMENSIONS)}; e.g. accuracy/mistranslation)")


def parse_severity(text: str) -> Severity:
    """The severity ``text`` names; an unknown one is refused, naming the four."""
    try:
        return Severity(text.strip().lower())
    except ValueError:
        raise UnknownCategoryError(f"unknown severity {text!r} (use "
                                   f"{', '.join(s.value for s in Severity)})") from None


@dataclass(frozen=True)
class ScoringModel:
    """The parameters of the score: severity multipliers, error-type weights (by category id
    or dimension; 1 when not given), the reference word count, the maximum score and the pass
    threshold."""

    multipliers: Mapping[Severity, float] = field(default_factory=lambda: dict(MULTIPLIERS))
    weights: Mapping[str, float] = field(default_factory=dict)
    reference_words: int = 1000
    max_score: float = 100.0
    threshold: float = 90.0

    def weight(self, category: str) -> float:
        """The error-type weight of ``category``: its own, else its dimension's, else 1."""
        if category in self.weights:
            return self.weights[category]
        return self.weights.get(category.split("/", 1)[0], 1.0)

    def penalty(self, category: str, severity: Severity) -> float:
        """The penalty points of one error."""
        return self.multipliers[severity] * self.weight(category)


@dataclass(frozen=True)
class Score:
    """The score of ``words`` evaluated words with ``penalty`` points (APT). The per-word and
    scaled figures are ``None`` when no word was evaluated."""

    penalty: float
    words: int
    per_word: float | None
    normed: float | None
    raw: float | None
    score: float | None
    threshold: float

    @property
    def passed(self) -> bool | None:
        """Whether the score reaches the threshold (``None``: nothing was evaluated)."""
        return None if self.score is None else self.score >= self.threshold


def score(errors: Iterable[tuple[str, Severity]], words: int,
          model: ScoringModel | None = None) -> Score:
    """Score ``errors`` (category, severity) found in ``words`` evaluated words."""
    m = model or ScoringModel()
    apt = sum(m.penalty(category, severity) for category, severity in errors)
    if words <= 0:
        return Score(apt, 0, None, None, None, None, m.threshold)
    pwpt = apt / words
    npt = pwpt * m.reference_words
    return Score(apt, words, pwpt, npt, m.max_score * (1 - pwpt), m.max_score - npt, m.threshold)

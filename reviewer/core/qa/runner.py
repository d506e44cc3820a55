"""Running the QA checks: on one text, on one segment, and on a whole article in all editions.

The checked text is the final translation by default; ``target`` may also be ``human`` (the
published version aligned to the segment) or ``mt`` / ``mt:ENGINE`` (a stored machine
translation). When a human sentence spans several segments (a 2-1 link), the segments are
checked together against their joined source, on the first segment's row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reviewer.core.errors import ReviewerError
from reviewer.core.model import SegmentView
from reviewer.core.qa.editions import check_editions
from reviewer.core.qa.findings import Finding, QAConfig, Span, cap
from reviewer.core.qa.form import (
    check_length,
    check_punctuation,
    check_quotes,
    check_script,
    check_spaces,
    check_untranslated,
)
from reviewer.core.qa.glossary import Glossary, check_glossary
from reviewer.core.qa.names import NameContext, article_names, check_names
from reviewer.core.qa.number_check import check_numbers
from reviewer.core.qa.spelling import SpellingAids, check_spelling

TARGETS = ("final", "mt", "human")


class UnknownTargetError(ReviewerError):
    """A ``target`` that is not final, human, mt or mt:ENGINE."""


@dataclass(frozen=True)
class SegmentReport:
    """The findings for one segment (or a group joined by a 2-1 link) in one language.

    ``index`` is the 0-based first segment and ``end`` one past the last; ``source`` and
    ``text`` are the texts the findings' offsets point into (``source`` starts with the first
    segment's own source).
    """

    index: int
    end: int
    lang: str
    source: str
    text: str
    findings: tuple[Finding, ...]


def check_target_name(target: str) -> str:
    """Validate a ``target`` choice: final, human, mt or mt:ENGINE."""
    if target in TARGETS or (target.startswith("mt:") and len(target) > 3):
        return target
    raise UnknownTargetError(f"unknown target {target!r} (use final, human, mt or mt:ENGINE)")


def target_text(view: SegmentView, lang: str, target: str = "final") -> str | None:
    """The text of ``view`` in ``lang`` that ``target`` names, or ``None`` if there is none."""
    if target == "final":
        t = view.translations.get(lang)
        return t.text if t and t.text.strip() else None
    if target == "human":
        return view.human.get(lang) or None
    engine = target.split(":", 1)[1] if ":" in target else None
    for s in view.suggestions.get(lang, []):
        if s.text and not s.error and (engine is None or s.engine == engine):
            return s.text
    return None


def check_text(source: str, target: str, lang: str, config: QAConfig | None = None,
               glossary: Glossary | None = None, context: NameContext | None = None,
               source_lang: str = "en", spelling: SpellingAids | None = None) -> list[Finding]:
    """Run every enabled single-edition check of ``target`` (in ``lang``) against ``source``;
    the spelling check runs only where ``spelling`` gives a dictionary for ``lang``."""
    cfg = config or QAConfig()
    out: list[Finding] = []
    untranslated = check_untranslated(source, target) if cfg.on("untranslated") else []
    out += untranslated
    if cfg.on("numbers"):
        out += check_numbers(source, target, lang, source_lang)
    if cfg.on("names") and not untranslated:
        out += check_names(source, target, lang, context)
    if cfg.on("punctuation"):
        out += check_punctuation(source, target)
    if cfg.on("quotes"):
        out += check_quotes(target, lang, source)
    if cfg.on("spaces"):
        out += check_spaces(target)
    if cfg.on("script") and not untranslated:
        out += check_script(target, lang, source)
    if cfg.on("length"):
        out += check_length(source, target, cfg.band(lang), cfg.length_min_chars)
    if cfg.on("glossary"):
        out += check_glossary(source, target, lang, glossary)
    if cfg.on("spelling") and spelling is not None and not untranslated:
        out += check_spelling(target, lang, spelling.speller(lang), source=source,
                              accepted=spelling.accepted(lang), glossary=glossary,
                              context=context)
    return cap(out)


def _group(views: Sequence[SegmentView], i: int, lang: str, target: str) -> int:
    """How many segments from ``i`` one target text covers (more than one for n-1 links)."""
    kind = views[i].link_kind.get(lang, "1-1")
    size = int(kind.split("-")[0]) if kind.split("-")[0].isdigit() else 1
    if size <= 1 or not views[i].human.get(lang):
        return 1
    end = min(i + size, len(views))
    taken = [j for j in range(i + 1, end) if target_text(views[j], lang, target)]
    return end - i if not taken else 1


def check_article(views: Sequence[SegmentView], langs: Sequence[str], *,
                  target: str = "final", config: QAConfig | None = None,
                  glossary: Glossary | None = None, source_lang: str = "en",
                  spelling: SpellingAids | None = None) -> list[SegmentReport]:
    """Check every segment of an article in every language; one report per checked text."""
    check_target_name(target)
    cfg = config or QAConfig()
    context = article_names(v.segment.source for v in views)
    reports: list[SegmentReport] = []
    for lang in langs:
        i = 0
        while i < len(views):
            text = target_text(views[i], lang, target)
            size = _group(views, i, lang, target) if text else 1
            if text:
                source = " ".join(v.segment.source for v in views[i:i + size])
                found = check_text(source, text, lang, cfg, glossary, context, source_lang,
                                   spelling)
                reports.append(SegmentReport(i, i + size, lang, source, text, tuple(found)))
            i += size
    if cfg.on("editions") and len(langs) > 1:
        reports = _add_editions(views, reports, context, source_lang)
    return sorted(reports, key=lambda r: (r.index, r.lang))


def _add_editions(views: Sequence[SegmentView], reports: list[SegmentReport],
                  context: NameContext, source_lang: str) -> list[SegmentReport]:
    """Compare the editions over blocks of segments that their reports cover alike."""
    blocks: list[list[SegmentReport]] = []
    for r in sorted(reports, key=lambda r: r.index):
        if blocks and r.index < max(b.end for b in blocks[-1]):
            blocks[-1].append(r)
        else:
            blocks.append([r])
    extra: dict[int, list[Finding]] = {}
    for block in blocks:
        by_lang: dict[str, list[SegmentReport]] = {}
        for r in sorted(block, key=lambda r: r.index):
            by_lang.setdefault(r.lang, []).append(r)
        if len(by_lang) < 2:
            continue
        start, end = min(r.index for r in block), max(r.end for r in block)
        source = " ".join(v.segment.source for v in views[start:end])
        texts = {lang: " ".join(r.text for r in rs) for lang, rs in by_lang.items()}
        found = check_editions(source, texts, source_lang, context)
        for lang, findings in found.items():
            first = by_lang[lang][0]
            for f in findings:
                other = by_lang[f.other_lang][0] if f.other_lang else None
                extra.setdefault(id(first), []).append(replace(
                    f, source_spans=_within(f.source_spans, len(first.source)),
                    other_spans=_within(f.other_spans, len(other.text) if other else 0)))
    return [replace(r, findings=r.findings + tuple(extra.get(id(r), ()))) for r in reports]


def _within(spans: tuple[Span, ...], size: int) -> tuple[Span, ...]:
    return tuple(s for s in spans if s.end <= size)

"""The cross-edition check: what the Ukrainian version has and the Russian lacks, or the reverse.

Numbers and dates are compared as values (``шість`` = ``шесть`` = ``6``, ``лютого`` =
``февраля``), whether or not the source has them. Names are the source's names and acronyms,
looked up in each edition with the same transliteration sets as the names check, so ``Kyiv`` is
found as ``Київ`` in one and ``Киев`` in the other and raises nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from reviewer.core import languages
from reviewer.core.qa.findings import Finding, Severity, Span, cap
from reviewer.core.qa.names import NOT_CHECKED, NameContext, find_names, source_names
from reviewer.core.qa.number_check import match_facts
from reviewer.core.qa.numbers import Fact, extract


def _label(lang: str) -> str:
    return languages.label(lang)


def _first_spans(source_facts: list[Fact]) -> dict[str, tuple[Span, ...]]:
    """The span of the first source fact of each key (one pass, not one per finding)."""
    first: dict[str, tuple[Span, ...]] = {}
    for f in source_facts:
        first.setdefault(f.key, (f.span,))
    return first


def check_editions(source: str, texts: Mapping[str, str], source_lang: str = "en",
                   context: NameContext | None = None) -> dict[str, list[Finding]]:
    """Findings per language for facts another edition of the same segment has and it lacks."""
    langs = [lang for lang in languages.order(list(texts)) if texts[lang].strip()]
    out: dict[str, list[Finding]] = {lang: [] for lang in texts}
    if len(langs) < 2:
        return out
    facts = {lang: extract(texts[lang], lang) for lang in langs}
    src_spans = _first_spans(extract(source, source_lang))
    refs = source_names(source, context)
    found = {lang: find_names(refs, texts[lang], lang) for lang in langs}
    for have in langs:
        for lack in langs:
            if have == lack:
                continue
            _, only_have, _ = match_facts(facts[have], facts[lack])
            for fact in only_have:
                noun = "date" if fact.kind == "month" else "number"
                out[lack].append(Finding(
                    "editions", f"{noun}-only-in-other",
                    f"The {_label(have)} version has {fact.label()} (“{fact.text}”), this "
                    f"{_label(lack)} version does not.", Severity.WARNING,
                    src_spans.get(fact.key, ()), (), have, (fact.span,)))
            for ref, span_have, span_lack in zip(refs, found[have], found[lack], strict=True):
                if span_have is not None and span_have != NOT_CHECKED and span_lack is None:
                    shown = texts[have][span_have.start:span_have.end]
                    out[lack].append(Finding(
                        "editions", "name-only-in-other",
                        f"The {_label(have)} version has the name “{ref.text}” (“{shown}”), "
                        f"this {_label(lack)} version does not.", Severity.WARNING,
                        (ref.span,), (), have, (span_have,)))
    return {lang: cap(findings) for lang, findings in out.items()}

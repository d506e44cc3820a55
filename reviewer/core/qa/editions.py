"""The cross-edition check: what the Ukrainian version has and the Russian lacks, or the reverse.

Numbers and dates are compared as values (``шість`` = ``шесть`` = ``6``, ``лютого`` =
``февраля``), whether or not the source has them. Names are the source's names and acronyms,
looked up in each edition with the same transliteration sets as the names check, so ``Kyiv`` is
found as ``Київ`` in one and ``Киев`` in the other and raises nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from reviewer.core import languages
from reviewer.core.qa.findings import Finding, Severity, Span
from reviewer.core.qa.names import NameContext, find_name, source_names
from reviewer.core.qa.number_check import match_facts
from reviewer.core.qa.numbers import Fact, extract


def _label(lang: str) -> str:
    return languages.label(lang)


def _source_span(fact: Fact, source_facts: list[Fact]) -> tuple[Span, ...]:
    return tuple(f.span for f in source_facts if f.key == fact.key)[:1]


def check_editions(source: str, texts: Mapping[str, str], source_lang: str = "en",
                   context: NameContext | None = None) -> dict[str, list[Finding]]:
    """Findings per language for facts another edition of the same segment has and it lacks."""
    langs = [lang for lang in languages.order(list(texts)) if texts[lang].strip()]
    out: dict[str, list[Finding]] = {lang: [] for lang in texts}
    if len(langs) < 2:
        return out
    facts = {lang: extract(texts[lang], lang) for lang in langs}
    src_facts = extract(source, source_lang)
    refs = source_names(source, context)
    found = {lang: [find_name(ref, texts[lang], lang) for ref in refs] for lang in langs}
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
                    _source_span(fact, src_facts), (), have, (fact.span,)))
            for ref, span_have, span_lack in zip(refs, found[have], found[lack], strict=True):
                if span_have is not None and span_lack is None:
                    shown = texts[have][span_have.start:span_have.end]
                    out[lack].append(Finding(
                        "editions", "name-only-in-other",
                        f"The {_label(have)} version has the name “{ref.text}” (“{shown}”), "
                        f"this {_label(lack)} version does not.", Severity.WARNING,
                        (ref.span,), (), have, (span_have,)))
    return out

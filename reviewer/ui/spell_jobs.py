"""The window's spelling jobs, plain functions run on a worker (no Qt, tested without it):
loading the dictionaries and finding a text's misspelt words by the QA check's rules."""

from __future__ import annotations

from reviewer.core.dictionaries import availability, dictionary, open_dictionary
from reviewer.core.qa import Glossary
from reviewer.core.qa.names import NameContext
from reviewer.core.qa.spelling import Speller, misspelt, source_name_refs, term_spans

Loaded = dict[str, tuple[Speller | None, Speller | None, str]]


def load_dictionaries(langs: list[str]) -> Loaded:
    """The job: each language's shared dictionary (for checks), one of its own (for
    suggestions), or why there is none."""
    out: Loaded = {}
    for lang in langs:
        found = availability(lang)
        out[lang] = ((dictionary(lang), open_dictionary(lang), "") if found.ok
                     else (None, None, found.reason))
    return out


def find_misspelt(text: str, lang: str, speller: Speller, accepted: frozenset[str],
                  glossary: Glossary | None, source: str,
                  context: NameContext | None) -> frozenset[str]:
    """The job: the misspelt words of ``text``, by the QA check's rules."""
    found = misspelt(text, lang, speller, accepted=accepted,
                     also_right=term_spans(text, lang, glossary),
                     names=source_name_refs(source, context) if source else ())
    return frozenset(w.text for w in found)

"""The spelling check on a dictionary of our own words (no Enchant needed): which words are
checked, every apostrophe and ё/е spelling, hyphenated words, the person's words, glossary terms
and the source's names accepted, suggestions written with the text's apostrophe."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.qa import QAConfig, check_text
from reviewer.core.qa.glossary import Glossary, Term
from reviewer.core.qa.spelling import (
    MAX_MISSPELT,
    SpellingAids,
    check_spelling,
    known,
    misspelt,
    spellings,
    suggestions,
    words,
)


class WordSet:
    """A dictionary that knows exactly ``words`` (as Hunspell does, a capitalised or upper-case
    form of a known lower-case word is known too)."""

    def __init__(self, *words: str, proposals: dict[str, list[str]] | None = None) -> None:
        self.words = set(words)
        self.proposals = proposals or {}

    def check(self, word: str) -> bool:
        return word in self.words or word.lower() in self.words

    def suggest(self, word: str) -> list[str]:
        return self.proposals.get(word, [])


UK = WordSet("він", "планує", "інтерв'ю", "з", "та", "у", "києві", "південно", "захід",
             "президент", "сказав", "що")
RU = WordSet("ещё", "елка", "не", "решено")


def bad(text: str, speller: WordSet = UK, lang: str = "uk", **kw: object) -> list[str]:
    return [w.text for w in misspelt(text, lang, speller, **kw)]  # type: ignore[arg-type]


def test_words_keep_apostrophes_and_inner_hyphens() -> None:
    found = [(w.text, w.start, w.end) for w in words("Інтерв’ю, південно-захід - 5-го 'так'")]
    assert found == [("Інтерв’ю", 0, 8), ("південно-захід", 10, 24), ("5-го", 27, 31),
                     ("так", 33, 36)]


def test_unknown_words_are_flagged_with_their_spans() -> None:
    text = "Він плпнує інтерв'ю"
    (word,) = misspelt(text, "uk", UK)
    assert (word.text, text[word.start:word.end]) == ("плпнує", "плпнує")


def test_every_apostrophe_form_is_accepted() -> None:
    for mark in "'’ʼ":
        assert bad(f"Він планує інтерв{mark}ю") == []
    assert set(spellings("інтерв’ю")) >= {"інтерв'ю", "інтерв’ю", "інтервʼю"}


def test_yo_and_ye_are_both_accepted() -> None:
    assert bad("Ещё не решено, ёлка", RU, "ru") == []  # ёлка as елка
    assert bad("Еще не решено", RU, "ru") == []  # еще as ещё
    assert "еще" in spellings("ещё") and "ёлка" in spellings("елка")
    assert {"Ещё", "Ёще"} <= set(spellings("Еще"))


def test_stress_marks_are_ignored() -> None:
    assert bad("Він плану\u0301є") == []


def test_hyphenated_words_are_right_whole_or_by_parts() -> None:
    assert bad("південно-захід") == []
    assert bad("південно-захыд") == ["південно-захыд"]
    assert known("південно-захід", UK)


def test_numbers_acronyms_short_and_other_script_words_are_not_checked() -> None:
    assert bad("Він 2024 NATO НАТО COVID-19 Reuters у й") == []
    assert bad("Він Рейтерс", lang="uk") == ["Рейтерс"]
    assert bad("Reuters planned", WordSet("planned"), "en") == ["Reuters"]
    assert bad("Reuters планує", WordSet("planned"), "en") == ["Reuters"]


def test_the_persons_words_are_accepted_case_folded() -> None:
    assert bad("Він плпнує") == ["плпнує"]
    assert bad("Він ПЛПНУЄ", accepted={"плпнує"}) == []


def test_glossary_terms_are_accepted_in_any_case_form() -> None:
    glossary = Glossary([Term("drone", "uk", "шахед")])
    found = check_spelling("Він сказав, що шахедів не було", "uk", UK, glossary=glossary)
    assert [f.message for f in found] == ["“не” is not in the uk dictionary.",
                                          "“було” is not in the uk dictionary."]


def test_the_sources_names_rendered_in_the_translation_are_accepted() -> None:
    source = "Stoltenberg said Trump was in Kyiv."
    text = "Столтенберг сказав, що Трампа у Києві"
    assert [f.target_spans for f in check_spelling(text, "uk", UK)] == [((0, 11),), ((23, 29),)]
    assert check_spelling(text, "uk", UK, source=source) == []
    assert check_spelling("Столтенберґ сказав Смітові", "uk", UK, source=source) != []


def test_findings_are_capped() -> None:
    text = " ".join(f"слово{chr(0x430 + i % 30)}{i}x" for i in range(3))  # digits: not words
    assert check_spelling(text, "uk", UK) == []
    many = " ".join("ааа" + chr(0x430 + i) + chr(0x430 + j) for i in range(6) for j in range(6))
    found = check_spelling(many, "uk", UK)
    assert len(found) == MAX_MISSPELT + 1 and found[-1].code == "more"
    assert "6 more" in found[-1].message


def test_no_dictionary_no_findings() -> None:
    assert check_spelling("плпнує", "uk", None) == []


def test_suggestions_use_the_texts_apostrophe() -> None:
    speller = WordSet(proposals={"інтервю": ["інтерв'ю", "інтервент", "інтерв'ю"],
                                 "інтерв'ю": ["інтерв'ю"]})
    assert suggestions("інтервю", speller) == ["інтерв’ю", "інтервент"]
    assert suggestions("інтерв'ю", speller) == []  # only the word itself
    assert suggestions("пʼять", WordSet(proposals={"пʼять": ["п'ять"]})) == []
    assert suggestions("пʼятьь", WordSet(proposals={"пʼятьь": ["п'ять"]})) == ["пʼять"]


def test_the_check_runs_in_qa_only_with_a_dictionary_and_when_switched_on() -> None:
    aids = SpellingAids(lambda lang: UK if lang == "uk" else None, {"uk": frozenset({"було"})})
    source, text = "He plans it", "Він плпнує, було"
    found = check_text(source, text, "uk", QAConfig(), spelling=aids)
    assert [(f.kind, f.target_spans) for f in found if f.kind == "spelling"] == [
        ("spelling", ((4, 10),))]
    assert not [f for f in check_text(source, text, "ru", QAConfig(), spelling=aids)
                if f.kind == "spelling"]
    assert not [f for f in check_text(source, text, "uk", QAConfig()) if f.kind == "spelling"]
    off = QAConfig(enabled=frozenset({"numbers"}))
    assert not check_text(source, text, "uk", off, spelling=aids)


def test_an_untranslated_text_is_not_spellchecked() -> None:
    aids = SpellingAids(lambda lang: UK)
    found = check_text("Він плпнує", "Він плпнує", "uk", QAConfig(), spelling=aids)
    assert {f.kind for f in found} == {"untranslated"}


@given(st.text(alphabet="аб’'ʼ-ё ьВх1.", max_size=40))
def test_flagged_words_are_words_of_the_text_at_their_place(text: str) -> None:
    for w in misspelt(text, "uk", UK):
        assert text[w.start:w.end] == w.text
        assert w in list(words(text))
    assert all(spellings(w.text)[0] == w.text.replace("\u0301", "") for w in words(text))

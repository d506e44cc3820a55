"""The window's spelling job without Qt or Hunspell: a set of words stands in for the dictionary,
and the glossary's terms, the source's names and the accepted words are not misspelt."""

from __future__ import annotations

from reviewer.core.qa.glossary import Glossary, Term
from reviewer.ui.spell_jobs import find_misspelt


class Words:
    def __init__(self, *known: str) -> None:
        self.known = set(known)

    def check(self, word: str) -> bool:
        return word in self.known

    def suggest(self, word: str) -> list[str]:
        return []


def test_terms_names_and_accepted_words_are_right() -> None:
    glossary = Glossary([Term("air defense", "uk", "кіберППО")])
    found = find_misspelt("у палаці Кіджі кіберППО плпнує моєслово", "uk",
                          Words("у", "палаці"), frozenset({"моєслово"}), glossary,
                          "talks at the Chigi Palace", None)
    assert found == frozenset({"плпнує"})


def test_without_a_source_a_name_is_a_word_like_any_other() -> None:
    found = find_misspelt("Кіджі", "uk", Words(), frozenset(), None, "", None)
    assert found == frozenset({"Кіджі"})

"""The text aligner's evidence for realignment, with and without the other edition
(reviewer.core.realign_evidence), on a small constructed article whose right links are known."""

from __future__ import annotations

from reviewer.core.alignment import align
from reviewer.core.realign_evidence import text_evidence

WORDS = [["Президент", "Парламент"], ["Міністерство", "Генерал"], ["Компанія", "Фестиваль"],
         ["Бібліотека", "Лабораторія"]]


def _filler(n: int, word: str) -> str:
    return (word + " ") * (n // (len(word) + 1)) + "."


def _sentence(n: int, k: int) -> str:
    text = " ".join(WORDS[k]) + " "
    return text + "ж " * ((n - len(text)) // 2) + "."


# Ukrainian dropped source sentence 1; its next sentence (source 2) fits source 1 better by
# length. The Russian edition kept every sentence and shares the stems of each Ukrainian one.
SOURCE = [[_filler(60, "w"), _filler(80, "w"), _filler(100, "w"), _filler(60, "w")]]
RU = [[_sentence(65, 0), _sentence(86, 1)], [_sentence(108, 2), _sentence(65, 3)]]
UK = [[_sentence(65, 0), _sentence(88, 2), _sentence(65, 3)]]


def test_alone_the_length_prefers_the_drifted_link() -> None:
    evidence = text_evidence(SOURCE, UK)
    assert evidence(1, 1, 1, 1) < evidence(2, 1, 1, 1)


def test_the_other_edition_makes_the_right_link_cheaper_than_the_drifted_one() -> None:
    # Russian links source 2 to the sentence with Ukrainian sentence 1's stems: with it as the
    # third signal the right link (source 2 - uk 1) is the cheaper one. The Russian text comes in
    # two paragraphs, so its stems must be read from both.
    ru_links = align(SOURCE, RU)
    assert [(k.src_start, k.hum_start) for k in ru_links] == [(0, 0), (1, 1), (2, 2), (3, 3)]
    evidence = text_evidence(SOURCE, UK, (RU, ru_links))
    assert evidence(2, 1, 1, 1) < evidence(1, 1, 1, 1)
    assert evidence(3, 2, 1, 1) < evidence(2, 2, 1, 1)

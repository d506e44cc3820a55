"""Tests for the aligner's evidence: cognates, paragraph starts, the length ratio, the other
edition, and the flags (reviewer.core.cognates, scoring, alignment, editions, flags)."""

from __future__ import annotations

import math

import pytest

from reviewer.core import flags, scoring
from reviewer.core.alignment import Aligner, align, estimate_ratio, paragraph_starts
from reviewer.core.anchors import lexical_keys, sentence_side
from reviewer.core.cognates import key, keys
from reviewer.core.editions import align_editions, linked_stems, stems
from reviewer.core.link_fixes import validate_links


def shapes(links):  # type: ignore[no-untyped-def]
    return [(k.src_start, k.src_end, k.hum_start, k.hum_end, k.flagged) for k in links]


def filler(n: int, word: str = "ж") -> str:
    """A sentence of about ``n`` characters that shares no key with anything."""
    return (word + " ") * (n // (len(word) + 1)) + "."


@pytest.mark.parametrize(("en", "cyrillic"), [
    ("Washington", "Вашингтон"), ("Stoltenberg", "Столтенберг"), ("demonstration", "демонстрація"),
    ("Liverpool", "Ліверпуль"), ("police", "полиция"),
])
def test_names_and_cognates_give_the_same_key_in_both_scripts(en: str, cyrillic: str) -> None:
    assert key(en) == key(cyrillic) is not None


def test_short_words_and_unrelated_words_give_no_shared_key() -> None:
    assert key("Київ") is None and key("war") is None
    assert keys("the refugees") & keys("біженців") == set()


def test_cognate_names_decide_which_sentence_was_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    # The first human sentence is short and fits the second source sentence better by length;
    # only the names it shares with the first (Stoltenberg, Washington) tell the truth.
    source = [[
        "Stoltenberg met the delegation in Washington on a cold and rainy Tuesday morning.",
        "The two sides talked for three long hours behind closed doors and then left.",
        "No statement was issued afterwards.",
    ]]
    human = [["Столтенберг зустрівся у Вашингтоні з делегацією.", "Заяви не було."]]
    expected = [(0, 1, 0, 1, False), (1, 2, 1, 1, True), (2, 3, 1, 2, False)]
    assert shapes(align(source, human))[:2] == expected[:2]
    monkeypatch.setattr(scoring, "LEXICAL_WEIGHT", 0.0)
    assert shapes(align(source, human))[:2] != expected[:2]


def test_a_number_written_with_a_scale_word_decides_which_sentence_was_dropped() -> None:
    # The human sentence fits the second source sentence better by length; only "20,000" read
    # as "20 тисяч" (the same significant digits) ties it to the first.
    source = [[
        "By late Friday evening the official death toll from the two quakes in the south had "
        "exceeded 20,000.",
        "The two sides talked for three long hours behind closed doors and then left.",
        "No statement was issued afterwards.",
    ]]
    human = [["До вечора п'ятниці кількість жертв землетрусів на півдні перевищила 20 тисяч.",
              "Заяви не було."]]
    assert lexical_keys(source[0][0]) & lexical_keys(human[0][0]) == {"2"}
    assert [s[:4] for s in shapes(align(source, human))] == [
        (0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2)]


def test_paragraph_starts_are_counted_from_the_second_paragraph() -> None:
    assert paragraph_starts([["a", "b"], [], ["c"], ["d", "e"]]) == [0, 0, 0, 1, 2, 2, 3]


@pytest.mark.parametrize("removed", ["BOUNDARY_BONUS", "BOUNDARY_PENALTY"])
def test_a_sentence_dropped_at_a_paragraph_end_is_not_taken_from_the_next_paragraph(
    removed: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The human version dropped the last sentence of the first paragraph. By length alone the
    # first sentence of the next paragraph looks dropped instead (it is much longer); only the
    # paragraph starts, matched on both sides (bonus) and not (penalty), tell the truth.
    source = [[filler(80), filler(100)], [filler(126), filler(60)]]
    human = [[filler(86)], [filler(108), filler(65)]]
    right = [(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2), (3, 4, 2, 3)]
    assert [s[:4] for s in shapes(align(source, human))] == right
    monkeypatch.setattr(scoring, removed, 0.0)
    assert [s[:4] for s in shapes(align(source, human))] != right


def test_two_sentences_are_not_merged_across_a_paragraph_break(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two short source paragraphs; the human version's single sentence fits their sum a bit
    # better by length, but a 2-1 link would hide a paragraph break.
    source = [[filler(60)], [filler(40)], [filler(120)]]
    human = [[filler(70)], [filler(30)], [filler(130)]]
    assert [k.kind for k in align(source, human)] == ["1-1", "1-1", "1-1"]
    monkeypatch.setattr(scoring, "INNER_BOUNDARY_PENALTY", -5.0)
    assert [k.kind for k in align(source, human)] != ["1-1", "1-1", "1-1"]


@pytest.mark.parametrize(("number", "name"), [(" 1 234 567", ""), ("", "Adriftmorn ")])
def test_an_editors_sentence_in_place_of_a_dropped_one_is_not_linked_to_it(
    number: str, name: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The editor put a longer sentence of their own where the source has one they dropped.
    # By length and by paragraph alone a 1-1 link costs less than a drop and an addition; a
    # number the human text never uses (in the source sentence) or a name the source never uses
    # (in the editor's sentence), an orphan, tells the truth.
    source = [[filler(80, "w"), filler(92, "w") + number, filler(90, "w")]]
    human = [[filler(86), name + filler(212), filler(97)]]
    right = [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 2), (2, 3, 2, 3)]
    assert [s[:4] for s in shapes(align(source, human))] == right
    monkeypatch.setattr(scoring, "ORPHAN_PENALTY", 0.0)
    assert [s[:4] for s in shapes(align(source, human))] != right


def test_a_short_sentence_dropped_beside_a_long_one_is_not_merged_into_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The human version left out a short sentence; the next one's translation is a little long
    # for it alone, and a merge of both fits its length better. A merge costs 3.25 (tuned on the
    # tuning split: at 3.0 such drops were merged into a neighbour more often than not).
    source = [[filler(90, "w"), filler(44, "w"), filler(120, "w"), filler(70, "w")]]
    human = [[filler(97), filler(136), filler(76)]]
    right = [(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2), (3, 4, 2, 3)]
    assert [s[:4] for s in shapes(align(source, human))] == right
    monkeypatch.setitem(scoring.SENTENCE_PRIORS, (2, 1), 3.0)
    assert [s[:4] for s in shapes(align(source, human))] != right


def test_a_dropped_quotation_is_not_linked_to_the_unquoted_sentence_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The human version left out a quotation. By length its next sentence fits the quotation
    # better than its own source sentence; a quote on one side only costs 1.0 and tells.
    source = [[filler(90, "w"), '"' + filler(60, "w") + '"', filler(76, "w")]]
    human = [[filler(97), filler(68)]]
    right = [(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2)]
    assert [s[:4] for s in shapes(align(source, human))] == right
    monkeypatch.setattr(scoring, "QUOTE_PENALTY", 0.5)
    assert [s[:4] for s in shapes(align(source, human))] != right


def test_the_length_ratio_is_estimated_shrunk_and_clamped() -> None:
    src = sentence_side(["x" * 1000], [frozenset()])
    for human, expected in ((1500, (1500 + 500 * 1.08) / 1500), (5000, 1.6), (100, 0.7)):
        hum = sentence_side(["x" * human], [frozenset()])
        assert estimate_ratio(src, hum, [(0, 0, 1, 1)]) == pytest.approx(expected)
    assert estimate_ratio(src, src, [(0, 0, 1, 0), (1, 0, 0, 1)]) == pytest.approx(1.08)


def test_a_long_human_version_gets_its_own_ratio_and_its_drop_right() -> None:
    # A version 45% longer than the source: with the default ratio the dropped sentence would be
    # put in the wrong place.
    lengths = [300, 390, 120, 330, 240, 210]
    source = [[filler(n) for n in lengths]]
    human = [[filler(round(n * 1.45)) for k, n in enumerate(lengths) if k != 1]]
    aligner = Aligner(source, human)
    links = aligner.links()
    validate_links(links, 6, 5)
    assert aligner.ratio > 1.15
    assert [k.kind for k in links] == ["1-1", "1-0", "1-1", "1-1", "1-1", "1-1"]


def test_the_other_edition_stops_a_drift_after_a_drop() -> None:
    # Ukrainian dropped source sentence 1; its next sentence fits sentence 1 better by length.
    # The Russian edition kept every sentence and shares the stems of each Ukrainian one.
    words = [["Президент", "Парламент"], ["Міністерство", "Генерал"], ["Компанія", "Фестиваль"],
             ["Бібліотека", "Лабораторія"]]

    def sentence(n: int, k: int) -> str:
        text = " ".join(words[k]) + " "
        return text + "ж " * ((n - len(text)) // 2) + "."

    source = [[filler(60, "w"), filler(80, "w"), filler(100, "w"), filler(60, "w")]]
    ru = [[sentence(65, 0), sentence(86, 1), sentence(108, 2), sentence(65, 3)]]
    uk = [[sentence(65, 0), sentence(88, 2), sentence(65, 3)]]
    alone = align(source, uk)
    both = align_editions(source, {"uk": uk, "ru": ru})
    assert [k.src_start for k in alone if k.kind == "1-0"] != [1]
    assert [k.src_start for k in both["uk"] if k.kind == "1-0"] == [1]
    assert [k.kind for k in both["ru"]] == ["1-1"] * 4


def test_one_edition_is_aligned_alone() -> None:
    source = [[filler(60, "w"), filler(90, "w")]]
    uk = [[filler(65), filler(97)]]
    assert align_editions(source, {"uk": uk}) == {"uk": align(source, uk)}


def test_stems_agree_across_ukrainian_and_russian() -> None:
    assert stems("Президент Зеленський підписав закон") & stems("Президент Зеленский подписал")


def test_a_poor_fit_is_flagged_and_a_fair_one_is_not() -> None:
    source = [["w " * 40 + "end."]]
    assert not align(source, [["Ж" * 120]])[0].flagged
    assert align(source, [["Ж" * 200]])[0].flagged


def test_an_unsure_drop_flags_the_links_beside_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two source sentences of the same length and only one of them in the human version:
    # which one was dropped cannot be told, so the link beside the drop is flagged.
    source = [[filler(80, "w"), filler(100, "w"), filler(100, "v"), filler(70, "w")]]
    human = [[filler(86), filler(108), filler(76)]]
    links = align(source, human)
    beside = [k for k in links if k.kind == "1-1" and k.src_start in (1, 2)]
    assert beside and all(k.flagged for k in beside)
    assert not links[-1].flagged
    monkeypatch.setattr(flags, "THRESHOLD", math.inf)
    assert not any(k.flagged for k in align(source, human) if k.kind == "1-1")


def test_a_short_dropped_sentence_is_a_drop_not_a_merge() -> None:
    # Source sentence 3 (60 characters) is left out; a 2-1 link of sentences 2 and 3 fits the
    # lengths about as well. A drop is about as common as a merge in newsroom edits, so its
    # price (4.6) leaves the drop cheaper.
    source = [[filler(n) for n in (260, 60, 200, 60, 180)]]
    human = [[filler(n) for n in (280, 59, 222, 182)]]
    assert [k.kind for k in align(source, human)] == ["1-1", "1-1", "1-1", "1-0", "1-1"]


def _lexical_term(src: str, hum: str) -> float:
    """The part of a 1-1 link's price that the shared lexical keys make."""
    def price() -> float:
        aligner = Aligner([[src]], [[hum]])
        return aligner.scorer(aligner.ratio)(0, 0, 1, 1)
    with_keys = price()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scoring, "LEXICAL_WEIGHT", 0.0)
        return with_keys - price()


def test_long_sentences_sharing_no_key_cost_more_than_short_ones() -> None:
    # Two sentences with many names and cognates that share none of them are surely not a
    # translation of each other; two short ones with a key or two each may well be.
    long_en = ("Mayor Vitali Klitschko said the Dutch company Philips will deliver 400 "
               "energy-saving lamps to the metro stations of the capital by December 2025.")
    long_uk = ("Фестиваль джазу в Одесі зібрав музикантів з Австралії, Бразилії, Канади та "
               "Мексики, а концерти транслювало національне радіо й телебачення.")
    short_en, short_uk = "Passengers complained.", "Відвідувачі раділи."
    assert _lexical_term(long_en, long_uk) > _lexical_term(short_en, short_uk) + 1.0
    # and one shared key says more between two short sentences than between two long ones
    assert (_lexical_term("Klitschko complained.", "Кличко скаржився.")
            < _lexical_term(long_en + " Klitschko", long_uk + " Кличко") - 1.0)


def test_the_other_edition_is_heard_after_the_ratio_is_estimated_again() -> None:
    # The drift case above with a Ukrainian version 40% longer than the Russian one: the length
    # ratio is estimated again and the second search must still hear the other edition.
    words = [["Президент", "Парламент"], ["Міністерство", "Генерал"], ["Компанія", "Фестиваль"],
             ["Бібліотека", "Лабораторія"]]

    def sentence(n: int, k: int) -> str:
        text = " ".join(words[k]) + " "
        return text + "ж " * ((n - len(text)) // 2) + "."

    source = [[filler(60, "w"), filler(80, "w"), filler(100, "w"), filler(60, "w")]]
    ru = [[sentence(65, 0), sentence(86, 1), sentence(108, 2), sentence(65, 3)]]
    uk = [[sentence(91, 0), sentence(123, 2), sentence(91, 3)]]
    ru_links = align(source, ru)
    bridge = (linked_stems(4, ru_links, [stems(s) for p in ru for s in p]),
              [stems(s) for p in uk for s in p])
    aligner = Aligner(source, uk)
    assert [k.src_start for k in align(source, uk) if k.kind == "1-0"] != [1]
    assert [k.src_start for k in aligner.links(bridge) if k.kind == "1-0"] == [1]
    assert aligner.ratio > 1.08 * 1.03  # estimated again
    assert [k.src_start for k in align(source, uk, bridge) if k.kind == "1-0"] == [1]


def test_a_second_search_of_the_same_texts_starts_with_the_band_the_first_needed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core import banded_dp

    # Eight sentences added at the start: the path runs eight sentences off the diagonal, past
    # the first band, so the first search widens it; the next search starts there.
    source = [[filler(60 + 7 * k, "w") for k in range(24)]]
    human = [[filler(200, "y") for _ in range(8)] + [filler(65 + 7 * k) for k in range(24)]]
    aligner = Aligner(source, human)
    aligner.path()
    widths = []
    banded = banded_dp._banded
    monkeypatch.setattr(banded_dp, "_banded",
                        lambda *args: widths.append(max(args[4])) or banded(*args))
    aligner.path()
    assert widths == [aligner.width] and aligner.width > banded_dp.INITIAL_WIDTH


def test_a_stretch_of_poor_links_is_cheaper_than_a_run_dropped_and_a_run_added() -> None:
    # Twenty 1-1 links, each as poor as a length fit at the edge of its 95% interval, are still
    # cheaper than calling the stretch dropped and replaced by as many added sentences: runs of
    # one-sided links are discounted, but not so far that whole stretches are given up (in long
    # texts that made the search leave the diagonal and widen its band three times over).
    prior = scoring.SENTENCE_PRIORS
    poor_link = prior[(1, 1)] + -math.log(0.05)
    for k in range(1, 21):
        runs = 2 * (prior[(1, 0)] + (k - 1) * (prior[(1, 0)] - scoring.SENTENCE_RUN_DISCOUNT))
        assert k * poor_link < runs, k


def test_two_editions_search_each_text_once_before_the_search_with_the_other_edition(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core import banded_dp

    # Both editions are 45% longer than the source: each first search re-estimates the length
    # ratio. The first links only serve as the other edition's evidence, so each edition is
    # not searched again with that ratio before its search with the other edition (which uses
    # it): four searches, not six. Alone, an edition is searched again with its ratio.
    lengths = [300, 390, 120, 330, 240, 210]
    source = [[filler(n, "w") for n in lengths]]
    uk = [[filler(round(n * 1.45)) for n in lengths]]
    ru = [[filler(round(n * 1.45), "ы") for n in lengths]]
    searches = []
    banded = banded_dp._banded
    monkeypatch.setattr(banded_dp, "_banded", lambda *args: searches.append(1) or banded(*args))
    both = align_editions(source, {"uk": uk, "ru": ru})
    assert len(searches) == 4
    assert [k.kind for k in both["uk"]] == [k.kind for k in both["ru"]] == ["1-1"] * 6
    searches.clear()
    aligner = Aligner(source, uk)
    aligner.links()
    assert len(searches) == 2 and aligner.ratio > 1.08 * 1.03


def test_a_version_at_about_the_default_ratio_is_searched_once_with_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core import banded_dp

    # The human version is 9% longer than the source: the estimate (shrunk to 1.08) is within
    # the tolerance of the default, so the ratio stays and no second search runs.
    lengths = [300, 390, 120, 330, 240, 210]
    source = [[filler(n, "w") for n in lengths]]
    human = [[filler(round(n * 1.09)) for n in lengths]]
    searches = []
    banded = banded_dp._banded
    monkeypatch.setattr(banded_dp, "_banded", lambda *args: searches.append(1) or banded(*args))
    aligner = Aligner(source, human)
    assert [k.kind for k in aligner.links()] == ["1-1"] * 6
    assert len(searches) == 1 and aligner.ratio == 1.08
    assert abs(estimate_ratio(aligner.src, aligner.hum, aligner.path()[0]) / 1.08 - 1) > 0.001

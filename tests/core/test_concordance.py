"""Concordance in the core: how closely a text holds a phrase, what is highlighted, the ranking."""

from __future__ import annotations

from reviewer.core.concordance import (
    APPROVED,
    EXACT,
    FORM,
    HUMAN,
    MEMORY,
    WORDS,
    ConcordanceUnit,
    concordance,
    hit_of,
    locate,
    rank,
)


def test_exact_phrase_any_case_across_a_hyphen() -> None:
    assert locate("air defense", "The Air-defense system.") == (EXACT, ((4, 15),))
    assert locate("air defense", "air defense and AIR DEFENSE") == (EXACT, ((0, 11), (16, 27)))


def test_other_forms_are_found_as_one_piece() -> None:
    assert locate("air defense system", "new air defense systems") == (FORM, ((4, 23),))
    text = "Протиповітряної оборони України"
    assert locate("протиповітряна оборона", text) == (FORM, ((0, 23),))
    assert locate("Київ", "у Києві сьогодні") == (FORM, ((2, 7),))


def test_scattered_words_and_absent_words() -> None:
    assert locate("defense air", "air defense") == (WORDS, ((0, 3), (4, 11)))
    assert locate("air defense", "the air force") is None
    assert locate("", "anything") is None
    assert locate("...", "anything") is None


def test_words_are_whole_at_the_start() -> None:
    assert locate("fence", "defense of the fence")[1] == ((15, 20),)  # type: ignore[index]
    assert locate("fence", "defense") is None


def test_source_hit_shades_the_whole_target_and_inserts_it() -> None:
    unit = ConcordanceUnit(APPROVED, "uk", "Air defense works.", "ППО працює.")
    hit = hit_of("air defense", unit)
    assert hit is not None and hit.side == "source" and hit.level == EXACT
    assert hit.source_spans == ((0, 11),) and hit.target_spans == ((0, 11),)
    assert hit.insert_text == "ППО працює."


def test_target_hit_inserts_the_phrase_found() -> None:
    unit = ConcordanceUnit(HUMAN, "uk", "They asked for air defense.", "Вони просили ППО і "
                                                                        "протиповітряної оборони.")
    hit = hit_of("протиповітряна оборона", unit)
    assert hit is not None and hit.side == "target" and hit.level == FORM
    assert hit.source_spans == ((0, len(unit.source)),)
    assert hit.insert_text == "протиповітряної оборони"


def test_the_closer_side_wins_and_the_source_on_a_tie() -> None:
    both = ConcordanceUnit(APPROVED, "uk", "NATO met.", "NATO зібралося.")
    hit = hit_of("NATO", both)
    assert hit is not None and (hit.side, hit.level) == ("source", EXACT)
    closer_target = ConcordanceUnit(HUMAN, "uk", "defense of air", "air defense")
    hit = hit_of("air defense", closer_target)
    assert hit is not None and (hit.side, hit.level) == ("target", EXACT)
    assert hit.target_spans == ((0, 11),) and hit.source_spans == ((0, 14),)


def test_scattered_target_words_insert_the_whole_target() -> None:
    unit = ConcordanceUnit(MEMORY, "uk", "x", "оборона та допомога")
    hit = hit_of("допомога оборона", unit)
    assert hit is not None and hit.level == WORDS and hit.insert_text == unit.target


def test_ranking_exact_then_kind_then_shorter() -> None:
    long_approved = ConcordanceUnit(APPROVED, "uk", "We need more air defense now, they said.", "a")
    short_approved = ConcordanceUnit(APPROVED, "uk", "Air defense.", "b")
    human = ConcordanceUnit(HUMAN, "uk", "Air defense here.", "c")
    memory = ConcordanceUnit(MEMORY, "uk", "Air defense.", "d")
    plural = ConcordanceUnit(APPROVED, "uk", "Air defenses.", "e")
    scattered = ConcordanceUnit(APPROVED, "uk", "Defense of the air.", "f")
    units = [scattered, plural, memory, human, long_approved, short_approved]
    targets = [h.unit.target for h in concordance("air defense", units)]
    assert targets == ["b", "a", "c", "d", "e", "f"]


def test_a_pair_is_listed_once_at_its_best_place() -> None:
    approved = ConcordanceUnit(APPROVED, "uk", "Air defense.", "ППО.", "Article")
    imported = ConcordanceUnit(MEMORY, "uk", "Air  defense.", "ППО.", "old.tmx")
    other_lang = ConcordanceUnit(MEMORY, "ru", "Air defense.", "ПВО.", "old.tmx")
    hits = rank([h for u in (imported, approved, other_lang)
                 if (h := hit_of("air defense", u)) is not None])
    assert [h.unit for h in hits] == [approved, other_lang]


def test_limit() -> None:
    units = [ConcordanceUnit(MEMORY, "uk", f"Air defense {n}.", str(n)) for n in range(10)]
    assert len(concordance("air defense", units, limit=3)) == 3

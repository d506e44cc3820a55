"""The three-way merge of a refused save: my changes placed onto theirs."""

from __future__ import annotations

from reviewer.core.merge3 import merge3

BASE = "Генсек НАТО відвідав Київ у вівторок."


def test_changes_in_different_places_are_both_kept() -> None:
    theirs = "Генеральний секретар НАТО відвідав Київ у вівторок."
    mine = "Генсек НАТО відвідав Київ у середу."
    merged = merge3(BASE, mine, theirs)
    assert merged.text == "Генеральний секретар НАТО відвідав Київ у середу."
    assert merged.clean


def test_one_side_unchanged_gives_the_other() -> None:
    assert merge3(BASE, BASE, "Їхнє.").text == "Їхнє."
    assert merge3(BASE, "Моє.", BASE).text == "Моє."
    assert merge3("", "Моє.", "").text == "Моє."


def test_a_change_that_cannot_be_placed_is_reported() -> None:
    merged = merge3(BASE, "Генсек НАТО відвідав Київ у середу.", "Зовсім інше речення про щось.")
    assert (merged.text, merged.missed) == ("Зовсім інше речення про щось.", 1)
    assert merge3("", "Моє.", "Їхнє.").missed == 1


def test_the_same_change_on_both_sides_is_taken_once_and_clean() -> None:
    same = "Генсек НАТО відвідав Київ у середу."
    merged = merge3(BASE, same, same)
    assert (merged.text, merged.missed, merged.clean) == (same, 0, True)
    grown = BASE + " " + BASE  # the same sentence added twice: applied as a patch it would
    assert merge3(BASE, grown, grown).text == grown  # not be placed again


def test_a_side_left_unchanged_merges_clean() -> None:
    for merged in (merge3(BASE, BASE, "Їхнє."), merge3(BASE, "Моє.", BASE),
                   merge3("", "Моє.", "")):
        assert merged.missed == 0 and merged.clean


def test_two_texts_written_over_blank_keep_theirs_and_report_mine() -> None:
    merged = merge3(" \n", "Моє.", "Їхнє.")
    assert (merged.text, merged.missed, merged.clean) == ("Їхнє.", 1, False)

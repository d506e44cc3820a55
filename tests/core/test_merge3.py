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

"""Post-editing measures: edit distance, HTER against sacrebleu, seconds per word, keystrokes
per character, and the sums by engine and by person."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sacrebleu.metrics.ter import TER

from reviewer.core.effort_measures import (
    SCRATCH,
    EffortRecord,
    by_engine,
    by_person,
    edit_distance,
    measure,
    total,
)


def _rec(start: str, final: str, *, origin: str = "mt", engine: str | None = "google",
         actor: str = "olena", words: int = 4, seconds: float = 8.0,
         keys: int = 10) -> EffortRecord:
    return EffortRecord(1, "uk", actor, origin, engine, start, final, words, seconds, keys,
                        "2024-01-01T00:00:00+00:00", "2024-01-01T00:01:00+00:00")


def test_edit_distance_counts_characters() -> None:
    assert edit_distance("кіт сидить", "кіт сидів") == 3  # и→і, т→в, ь deleted
    assert edit_distance("", "abc") == 3


def test_segment_measures() -> None:
    start, final = "The cat sat on mat", "The cat sat on the mat"
    [m] = measure([_rec(start, final, words=5, seconds=10, keys=4)])
    assert m.edit_distance == 4
    assert m.hter == pytest.approx(TER().sentence_score(start, [final]).score)
    assert m.seconds_per_word == pytest.approx(2.0)
    assert m.keystrokes_per_char == pytest.approx(4 / len(final))


def test_groups_are_sums_divided_and_corpus_ter() -> None:
    a = _rec("один два три", "один два три", engine="google", words=3, seconds=3, keys=0)
    b = _rec("раз два", "раз два три", engine="google", words=2, seconds=7, keys=4)
    c = _rec("", "зовсім нове", origin="edited", engine=None, actor="petro", words=2,
             seconds=20, keys=11)
    engines = {s.key: s for s in by_engine([a, b, c])}
    assert set(engines) == {"mt:google", SCRATCH}
    g = engines["mt:google"]
    assert g.segments == 2 and g.source_words == 5
    assert g.edit_distance == 4  # " три" typed
    assert g.seconds_per_word == pytest.approx(10 / 5)
    assert g.keystrokes_per_char == pytest.approx(4 / (len(a.final_text) + len(b.final_text)))
    expected = TER().corpus_score([a.start_text, b.start_text],
                                  [[a.final_text, b.final_text]]).score
    assert g.hter == pytest.approx(expected)
    assert engines[SCRATCH].hter == pytest.approx(100.0)  # every word typed
    people = {s.key: s for s in by_person([a, b, c])}
    assert people["petro"].segments == 1 and people["olena"].segments == 2
    everything = total([a, b, c])
    assert everything is not None and everything.keystrokes == 15
    assert (everything.key, everything.segments, everything.edit_distance) == ("all", 3, 15)


def test_start_names_what_the_person_started_from() -> None:
    r = _rec("x", "y")
    assert r.start == "mt:google"
    assert replace(r, origin="human", engine=None).start == "human"
    assert replace(r, origin="tm").start == "tm"
    assert replace(r, start_text="").start == SCRATCH


def test_no_words_no_ratio() -> None:
    [m] = measure([_rec("", "x", words=0)])
    assert m.seconds_per_word is None
    assert total([]) is None

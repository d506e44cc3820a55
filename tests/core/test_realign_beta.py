"""Realignment's chrF weighs precision above recall (reviewer.core.realign.BETA): a human sentence
that holds all of its machine translation and more (an editor's clause) stays linked to it."""

from __future__ import annotations

from reviewer.core.model import Link
from reviewer.core.realign import Texts, realign

MT = ["Президент підписав закон про бюджет на наступний рік.",
      "Опозиція критикує документ.",
      "Голосування відбулося у вівторок увечері."]
HUMAN = ["Президент підписав закон про бюджет на наступний рік.",
         "Опозиція критикує документ, називаючи його популістським і таким, що не враховує "
         "інтересів регіонів та дрібного бізнесу, який і так переживає важкі часи.",
         "Голосування відбулося у вівторок увечері."]


def test_a_sentence_an_editor_lengthened_stays_linked_to_its_segment() -> None:
    right = [Link(k, k + 1, k, k + 1) for k in range(3)]
    new = realign(Texts([[t] for t in MT], HUMAN), right, [False] * 3)
    assert [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in new] == [
        (0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]

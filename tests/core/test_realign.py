"""Realignment by machine translation on small constructed articles whose right links are known."""

from __future__ import annotations

import random

from sacrebleu.metrics import CHRF

from reviewer.core.chrf_fast import Ngrams, chrf_of
from reviewer.core.link_changes import accept_changes, link_changes
from reviewer.core.metrics import chrf
from reviewer.core.model import Link
from reviewer.core.realign import Texts, realign

#: Six source segments' machine translations and the human version's sentences (uk).
MT = [
    "Поліція заарештувала 15 людей після протесту біля готелю для біженців.",
    "Інцидент стався після зростання кількості біженців, які перетинають Ла-Манш.",
    "Поліція Мерсісайду заявила, що поліцейський і двоє цивільних отримали легкі травми.",
    "Протестувальники кидали предмети та підпалили поліцейський фургон.",
    "Заарештованим було від 13 до 54 років.",
    "Міністерство внутрішніх справ використовує готель з минулого року.",
]
HUMAN = [
    "Поліція затримала 15 осіб після протесту біля готелю для біженців.",
    # segment 2 (Ла-Манш) was dropped by the editor
    "Поліція Мерсісайду повідомила, що поліцейський і двоє цивільних зазнали легких травм.",
    "Протестувальники кидали різні предмети й підпалили поліцейський фургон; "
    "заарештованим було від 13 до 54 років.",
    "Нагадаємо, минулого тижня в Ліверпулі пройшла велика демонстрація.",
    "Міністерство внутрішніх справ використовує цей готель з минулого року.",
]
RIGHT = [Link(0, 1, 0, 1), Link(1, 2, 1, 1), Link(2, 3, 1, 2), Link(3, 5, 2, 3),
         Link(5, 5, 3, 4), Link(5, 6, 4, 5)]
#: A text-only alignment drifted after the dropped sentence.
DRIFTED = [Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 3), Link(3, 4, 3, 4),
           Link(4, 5, 4, 4), Link(5, 6, 4, 5)]


def _ranges(links: list[Link]) -> list[tuple[int, int, int, int]]:
    return [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in links]


def test_fast_chrf_equals_sacrebleu() -> None:
    rng = random.Random(0)
    words = [w for text in MT + HUMAN for w in text.split()] + ["", " ", "a"]
    for _ in range(200):
        a = " ".join(rng.choices(words, k=rng.randint(0, 12)))
        b = " ".join(rng.choices(words, k=rng.randint(0, 12)))
        assert abs(chrf_of(Ngrams.of(a), Ngrams.of(b)) - chrf(a, b)) < 1e-9
        for beta in (0.7, 1.0):  # the realignment's links, and chrF with beta 1
            expected = CHRF(beta=beta).sentence_score(a, [b]).score
            assert abs(chrf_of(Ngrams.of(a), Ngrams.of(b), beta) - expected) < 1e-9


def test_drift_after_a_drop_is_realigned_to_the_right_links() -> None:
    new = realign(Texts([[t] for t in MT], HUMAN), DRIFTED, [False] * len(DRIFTED))
    assert _ranges(new) == _ranges(RIGHT)
    assert [k.flagged for k in new if k.kind in ("1-0", "0-1")] == [True, True]


def test_links_fixed_by_hand_are_kept() -> None:
    fixed = [False, False, True, False, False, False]  # the reviewer linked 3 to human 3
    new = realign(Texts([[t] for t in MT], HUMAN), DRIFTED, fixed)
    assert new[2] == DRIFTED[2]  # kept; the stretches either side were realigned around it
    # the sentences the hand fix left between its link and the first stay linked as they were,
    # their flags with them
    assert new[:2] == DRIFTED[:2]
    assert [k.flagged for k in new[:2]] == [False, False]


def test_segments_without_machine_translation_keep_their_links() -> None:
    mt = [[t] for t in MT]
    mt[3] = mt[4] = []
    new = realign(Texts(mt, HUMAN), DRIFTED, [False] * len(DRIFTED))
    assert DRIFTED[3] in new and DRIFTED[4] in new


def test_several_engines_are_averaged_and_right_links_stay() -> None:
    mt = [[t, t.upper()] for t in MT]
    assert _ranges(realign(Texts(mt, HUMAN), RIGHT, [False] * 6)) == _ranges(RIGHT)


def test_changes_are_blocks_that_can_be_accepted_one_by_one() -> None:
    changes = link_changes(DRIFTED, RIGHT)
    assert [(c.src, c.hum) for c in changes] == [((1, 5), (1, 4))]
    assert changes[0].before == tuple(DRIFTED[1:5]) and changes[0].after == tuple(RIGHT[1:5])
    assert accept_changes(DRIFTED, RIGHT, list(range(len(changes)))) == RIGHT
    assert accept_changes(DRIFTED, RIGHT, []) == DRIFTED
    assert link_changes(RIGHT, RIGHT) == []


def _random_links(rng: random.Random, n: int, m: int) -> list[Link]:
    """Valid monotone links over n segments and m sentences, of random shapes (long ones too)."""
    links, i, j = [], 0, 0
    while i < n or j < m:
        di = min(n - i, rng.choice((0, 1, 1, 1, 2)))
        dj = min(m - j, rng.choice((0, 1, 1, 1, 2, 5)))
        if di == dj == 0:
            di, dj = (1, 0) if i < n else (0, 1)
        links.append(Link(i, i + di, j, j + dj))
        i, j = i + di, j + dj
    return links


def test_any_valid_links_give_valid_links_and_hand_fixes_stay() -> None:
    from reviewer.core.link_fixes import validate_links

    rng = random.Random(1)
    for _ in range(300):
        n, m = rng.randint(0, 14), rng.randint(0, 14)
        mt = [[rng.choice(MT + HUMAN)] if rng.random() < 0.9 else [] for _ in range(n)]
        human = [rng.choice(MT + HUMAN) for _ in range(m)]
        links = _random_links(rng, n, m)
        fixed = [rng.random() < 0.1 for _ in links]
        new = realign(Texts(mt, human), links, fixed)
        validate_links(new, n, m)
        assert all(k in new for k, hand in zip(links, fixed, strict=True) if hand)


def test_three_segments_rendered_as_one_sentence_make_a_three_one_link() -> None:
    # The segmenter cut one English line into three segments; the human version keeps one.
    mt = [MT[0], "Він сказав:", "«Ми не здамося».", "Конференція тривала два дні.", MT[5]]
    human = [HUMAN[0], "Він сказав: «Ми не здамося», – і конференція тривала два дні.", HUMAN[4]]
    start = [Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 2), Link(3, 4, 2, 2),
             Link(4, 5, 2, 3)]
    new = realign(Texts([[t] for t in mt], human), start, [False] * len(start))
    assert _ranges(new) == [(0, 1, 0, 1), (1, 4, 1, 2), (4, 5, 2, 3)]


def test_text_evidence_keeps_a_freely_rendered_sentence_linked() -> None:
    from reviewer.core.realign_evidence import text_evidence

    source = [["The police arrested 15 people after a protest at a hotel for refugees."],
              ["And yet the levy of 2022 is stacked up against them, said Smith."],
              ["The Home Office has used the hotel since last year."]]
    mt = [MT[0], "І все ж збір 2022 року працює проти них, сказав Сміт.", MT[5]]
    human = [[HUMAN[0]], ["Утім, за словами Сміта, внесок 2022 р. грає не на їхню користь."],
             [HUMAN[4]]]
    flat = [s for p in human for s in p]
    start = [Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 3)]
    evidence = text_evidence(source, human)
    new = realign(Texts([[t] for t in mt], flat, evidence), start, [False] * 3)
    assert _ranges(new) == _ranges(start)


def test_a_freely_rendered_sentence_stays_linked_when_nothing_fits_it_better() -> None:
    # The human sentence says what the segment says in other words: its chrF against the machine
    # translation is weak, yet nothing else fits either. Leaving both unlinked (a 1-0 and a 0-1
    # link) is a claim too, and it costs: the link stays.
    mt = [MT[0], "Вони спричинили заворушення.", MT[5]]
    start = [Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 3)]
    for free in ("Саме вони й стали причиною безладу.", "Через них почалися безлади."):
        new = realign(Texts([[t] for t in mt], [HUMAN[0], free, HUMAN[4]]), start, [False] * 3)
        assert _ranges(new) == _ranges(start)

"""Tests for aligning human versions with source sentences (reviewer.core.alignment)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from reviewer.core import scoring
from reviewer.core.alignment import align
from reviewer.core.anchors import is_quoted, normalize_number, raw_anchors
from reviewer.core.link_fixes import validate_links
from reviewer.core.model import Link

CORPORA = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora"

EN = [
    ["NATO allies pledge more air defence for Ukraine"],
    [
        "NATO defence ministers met in Brussels on Thursday to discuss new deliveries of air "
        "defence systems to Ukraine.",
        "Secretary General Jens Stoltenberg said the alliance had already sent more than 1,000 "
        "missiles this year.",
    ],
    [
        "Italy and France are preparing a second Samp-T battery, the ANSA news agency reported.",
        "Germany promised three more Iris-T launchers by the end of 2024.",
    ],
    [
        "Ukrainian officials welcomed the decision but warned that Russia was stockpiling drones "
        "before winter.",
        "“We need every system we can get,” a senior adviser said.",
    ],
]
UK = [
    ["Союзники по НАТО пообіцяли Україні більше протиповітряної оборони"],
    [
        "Міністри оборони країн НАТО зібралися в четвер у Брюсселі, щоб обговорити нові "
        "постачання систем ППО в Україну.",
        "Генеральний секретар Єнс Столтенберг заявив, що цього року альянс уже передав понад "
        "1 000 ракет.",
    ],
    [
        "Італія та Франція готують другу батарею Samp-T, повідомило агентство ANSA.",
        "Німеччина пообіцяла ще три пускові установки Iris-T до кінця 2024 року.",
    ],
    [
        "Українські посадовці привітали це рішення, але попередили, що Росія накопичує дрони "
        "перед зимою.",
        "«Нам потрібна кожна система, яку ми можемо отримати», — сказав високопоставлений радник.",
    ],
]
RU = [
    ["Союзники по НАТО пообещали Украине больше систем ПВО"],
    [
        "Министры обороны стран НАТО встретились в четверг в Брюсселе, чтобы обсудить новые "
        "поставки систем ПВО Украине.",
        "Генеральный секретарь Йенс Столтенберг заявил, что в этом году альянс уже передал более "
        "1 000 ракет.",
    ],
    [
        "Италия и Франция готовят вторую батарею Samp-T, сообщило агентство ANSA.",
        "Германия пообещала еще три пусковые установки Iris-T до конца 2024 года.",
    ],
    [
        "Украинские чиновники приветствовали решение, но предупредили, что Россия накапливает "
        "дроны перед зимой.",
        "«Нам нужна каждая система, которую мы можем получить», — сказал высокопоставленный "
        "советник.",
    ],
]


def shapes(links: list[Link]) -> list[tuple[int, int, int, int, bool]]:
    """Links as plain tuples, easy to compare."""
    return [(k.src_start, k.src_end, k.hum_start, k.hum_end, k.flagged) for k in links]


def count(paragraphs: list[list[str]]) -> int:
    return sum(len(p) for p in paragraphs)


@pytest.mark.parametrize("human", [UK, RU], ids=["uk", "ru"])
def test_parallel_paragraphs_align_one_to_one(human: list[list[str]]) -> None:
    links = align(EN, human)
    validate_links(links, count(EN), count(human))
    assert shapes(links) == [(k, k + 1, k, k + 1, False) for k in range(7)]


def test_two_source_sentences_merged_by_the_translator_give_a_2_1_link() -> None:
    merged = UK[1][0].rstrip(".") + ", а " + UK[1][1][0].lower() + UK[1][1][1:]
    human = [UK[0], [merged], UK[2], UK[3]]
    links = align(EN, human)
    validate_links(links, 7, 6)
    assert (1, 3, 1, 2, False) in shapes(links)
    assert [k.kind for k in links] == ["1-1", "2-1", "1-1", "1-1", "1-1", "1-1"]


def test_a_source_sentence_split_by_the_translator_gives_a_1_2_link() -> None:
    split = [
        "Українські посадовці привітали це рішення.",
        "Водночас вони попередили, що Росія накопичує дрони перед зимою.",
    ]
    human = [UK[0], UK[1], UK[2], [*split, UK[3][1]]]
    links = align(EN, human)
    validate_links(links, 7, 8)
    assert [k.kind for k in links] == ["1-1"] * 5 + ["1-2", "1-1"]
    assert (5, 6, 5, 7, False) in shapes(links)


def test_a_dropped_paragraph_becomes_flagged_1_0_links() -> None:
    human = [RU[0], RU[1], RU[3]]
    links = align(EN, human)
    validate_links(links, 7, 5)
    assert shapes(links) == [
        (0, 1, 0, 1, False),
        (1, 2, 1, 2, False),
        (2, 3, 2, 3, False),
        (3, 4, 3, 3, True),
        (4, 5, 3, 3, True),
        (5, 6, 3, 4, False),
        (6, 7, 4, 5, False),
    ]


def test_an_added_paragraph_becomes_flagged_0_1_links() -> None:
    note = [
        "Нагадаємо, що раніше Київ просив партнерів пришвидшити постачання винищувачів F-16.",
        "Остаточного рішення щодо цього поки немає.",
    ]
    human = [UK[0], UK[1], note, UK[2], UK[3]]
    links = align(EN, human)
    validate_links(links, 7, 9)
    added = [k for k in links if k.kind == "0-1"]
    assert [(k.hum_start, k.flagged) for k in added] == [(3, True), (4, True)]
    assert all(k.kind == "1-1" and not k.flagged for k in links if k not in added)


NUMBERS_EN = [
    [
        "On Monday the alliance approved 300 million euros in new military aid for Ukraine and "
        "its air defence.",
        "Ministers also discussed training for pilots and engineers.",
        "Deliveries of 12 more launchers are expected by March 2025.",
    ]
]
NUMBERS_UK = [
    [
        "У понеділок альянс схвалив 300 мільйонів євро нової допомоги Україні.",
        "Ще 12 пускових установок очікують до березня 2025 року.",
    ]
]
NAMES_EN = [
    [
        "According to ANSA, Rome and Paris will jointly deliver a second Samp-T battery to "
        "Ukraine before winter.",
        "The two governments have not disclosed how much the second battery will cost them.",
        "Kyiv has asked for more systems to protect its power grid.",
    ]
]
NAMES_UK = [
    [
        "За даними ANSA, Рим і Париж передадуть Україні другу батарею Samp-T.",
        "Київ просить більше систем для захисту енергомережі.",
    ]
]


@pytest.mark.parametrize(
    ("source", "human"), [(NUMBERS_EN, NUMBERS_UK), (NAMES_EN, NAMES_UK)], ids=["numbers", "names"]
)
def test_anchors_decide_which_sentence_was_dropped(
    source: list[list[str]], human: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shortened first human sentence fits the second source sentence better by length;
    # only the numbers (or names) it shares with the first source sentence tell the truth: as
    # anchors and as the lexical keys the two sentences share.
    expected = [(0, 1, 0, 1, False), (1, 2, 1, 1, True), (2, 3, 1, 2, False)]
    assert shapes(align(source, human)) == expected
    monkeypatch.setattr(scoring, "ANCHOR_BONUS", 0.0)
    monkeypatch.setattr(scoring, "ANCHOR_PENALTY", 0.0)
    monkeypatch.setattr(scoring, "LEXICAL_WEIGHT", 0.0)
    assert shapes(align(source, human)) != expected


def test_numbers_are_normalised_across_conventions() -> None:
    assert normalize_number("1,000") == normalize_number("1 000") == "1000"
    assert normalize_number("1.000") == normalize_number("1\u00a0000") == "1000"
    assert normalize_number("5.5") == normalize_number("5,5") == "5.5"
    assert normalize_number("1,234.50") == normalize_number("1 234,5") == "1234.5"
    assert raw_anchors("понад 1\u00a0000 ракет Samp-T для НАТО") == {"1000", "sampt"}
    assert raw_anchors("Samp-T, 1,000 missiles for NATO") >= {"1000", "sampt", "nato"}


def test_quotes_are_told_from_apostrophes() -> None:
    assert is_quoted("«Так», — сказав він.") and is_quoted("He said 'no way' twice.")
    assert not is_quoted("He didn't say, м'ясо, James' car.")


def test_empty_sides_give_flagged_one_sided_links() -> None:
    assert align([], []) == []
    assert shapes(align([], [["Додано."]])) == [(0, 0, 0, 1, True)]
    assert shapes(align([["Added.", "Twice."]], [])) == [(0, 1, 0, 0, True), (1, 2, 0, 0, True)]


def test_a_long_drop_inside_one_big_paragraph_is_found_beyond_the_initial_band() -> None:
    rng = random.Random(7)
    source = [" ".join(["word"] * rng.randint(3, 40)) + "." for _ in range(300)]
    human = ["Ж" * round(len(s) * 1.08) for s in source]
    del human[120:160]
    links = align([source], [human])
    validate_links(links, 300, 260)
    dropped = [k.src_start for k in links if k.kind == "1-0"]
    assert dropped == list(range(120, 160))
    assert all(k.flagged for k in links if k.kind == "1-0")


def test_versions_paragraphed_differently_still_align_sentence_by_sentence() -> None:
    rng = random.Random(3)
    source = [" ".join(["word"] * rng.randint(3, 40)) + "." for _ in range(120)]
    human = ["Ж" * round(len(s) * 1.08) for s in source]
    links = align(
        [source[k : k + 4] for k in range(0, 120, 4)], [human[k : k + 3] for k in range(0, 120, 3)]
    )
    assert shapes(links) == [(k, k + 1, k, k + 1, False) for k in range(120)]


def _wmt_cases(lang: str, n_docs: int) -> list[tuple[list[list[str]], list[list[str]], set]]:
    """The first WMT23 articles in paragraphs of three, with one merge and one dropped paragraph."""
    out = []
    with open(CORPORA / "wmt23" / "news_articles.jsonl", encoding="utf-8") as f:
        for line in list(f)[:n_docs]:
            doc = json.loads(line)
            en, hum = doc["en"], doc["ref"][lang]
            starts = [0, *range(1, len(en), 3)]
            paras = [range(a, b) for a, b in zip(starts, [*starts[1:], len(en)], strict=True)]
            source = [[en[i] for i in p] for p in paras]
            human = [[(hum[i], frozenset({i})) for i in p] for p in paras]
            (a, sa), (b, sb) = human[1][:2]
            human[1][:2] = [(a + " " + b, sa | sb)]
            del human[2]
            flat = [pair for p in human for pair in p]
            gold = {(srcs, frozenset({j})) for j, (_, srcs) in enumerate(flat)}
            gold |= {(frozenset({i}), frozenset()) for i in paras[2]}
            out.append((source, [[t for t, _ in p] for p in human], gold))
    return out


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_wmt23_slice_is_aligned_almost_perfectly(lang: str) -> None:
    if not (CORPORA / "wmt23" / "news_articles.jsonl").is_file():
        pytest.skip(f"shared corpora not found at {CORPORA} (only the team checkout has them)")
    hits = n_pred = n_gold = 0
    for source, human, gold in _wmt_cases(lang, 8):
        links = align(source, human)
        validate_links(links, count(source), count(human))
        pred = {
            (frozenset(range(k.src_start, k.src_end)), frozenset(range(k.hum_start, k.hum_end)))
            for k in links
        }
        hits, n_pred, n_gold = hits + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
        assert all(k.flagged for k in links if k.kind == "1-0")
    precision, recall = hits / n_pred, hits / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.97

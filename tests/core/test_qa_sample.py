"""QA on the bundled sample: its human versions, approved as final, raise (almost) nothing;
planted number, name and quote errors are found in both editions, and across them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.core.qa import SegmentReport, check_article
from reviewer.storage.store import Store
from tests.conftest import SAMPLE
from tests.seed import seed_mt

LANGS = ["uk", "ru"]
# (segment index, language, text before, text after, kind, code) of every planted error.
PLANTED = [
    (18, "uk", "шість місяців", "п'ять місяців", "numbers", "number-changed"),
    (18, "ru", "шесть месяцев", "семь месяцев", "numbers", "number-changed"),
    (6, "uk", "Столтенберг відзначив", "генсек відзначив", "names", "name-missing"),
    (17, "ru", "Столтенберг добавил", "Генсек добавил", "names", "name-missing"),
    (2, "ru", "агентство ANSA", "агентство", "names", "acronym-missing"),
    (16, "uk", "«Ми не виконали того, що обіцяли»", "“Ми не виконали того, що обіцяли”",
     "quotes", "quotes-style"),
    (16, "ru", "«Мы не выполнили того, что обещали»", "\"Мы не выполнили того, что обещали\"",
     "quotes", "quotes-style"),
    (9, "ru", "«НАТО не намерено", "“НАТО не намерено", "quotes", "quotes-style"),
    (27, "uk", "наприкінці лютого", "29 лютого", "numbers", "number-extra"),
]
# Where the cross-edition check must see the planted errors from the other side.
ACROSS = [(27, "ru", "number-only-in-other", "uk"), (6, "uk", "name-only-in-other", "ru"),
          (17, "ru", "name-only-in-other", "uk"), (18, "uk", "number-only-in-other", "ru")]


@pytest.fixture
def approved(tmp_path: Path) -> tuple[Store, int]:
    store = Store(tmp_path / "qa.db")
    article = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en",
                                     humans={lang: str(SAMPLE / f"article.{lang}.txt")
                                             for lang in LANGS})
    for view in store.segment_views(article.id, LANGS):
        for lang in LANGS:
            if view.human.get(lang):
                library.approve(store, article.id, view.segment.index, lang, source="human")
    yield store, article.id
    store.close()


def _findings(reports: list[SegmentReport]) -> list[tuple[int, str, str, str]]:
    return [(r.index, r.lang, f.kind, f.code) for r in reports for f in r.findings]


def test_the_unmodified_sample_raises_almost_nothing(approved: tuple[Store, int]) -> None:
    store, article_id = approved
    reports = check_article(store.segment_views(article_id, LANGS), LANGS)
    assert len(reports) == 28 + 29  # 2-1 links join two segments in one text
    # The one report is right: the Ukrainian editors dropped "in Ukraine" from segment 13.
    assert _findings(reports) == [(12, "uk", "names", "name-missing"),
                                  (12, "uk", "editions", "name-only-in-other")]


def test_planted_errors_are_found_in_both_editions(approved: tuple[Store, int]) -> None:
    store, article_id = approved
    for index, lang, before, after, _, _ in PLANTED:
        segment = store.segment(article_id, index)
        text = store.translation(segment.id, lang).text
        assert before in text, (index, lang)
        store.set_translation(segment.id, lang, text.replace(before, after), Status.APPROVED,
                              Origin.EDITED)
    reports = check_article(store.segment_views(article_id, LANGS), LANGS)
    found = set(_findings(reports))
    for index, lang, _, _, kind, code in PLANTED:
        assert (index, lang, kind, code) in found, (index, lang, kind, code)
    others = {(r.index, r.lang, f.code, f.other_lang) for r in reports for f in r.findings}
    for item in ACROSS:
        assert item in others, item
    planted_places = {(i, lang) for i, lang, *_ in PLANTED} | {(i, lang) for i, lang, *_ in ACROSS}
    unrelated = {f for f in found if (f[0], f[1]) not in planted_places}
    assert unrelated == {(12, "uk", "names", "name-missing"),
                         (12, "uk", "editions", "name-only-in-other")}


def test_offsets_point_at_the_planted_text(approved: tuple[Store, int]) -> None:
    store, article_id = approved
    segment = store.segment(article_id, 18)
    text = store.translation(segment.id, "ru").text.replace("шесть месяцев", "семь месяцев")
    store.set_translation(segment.id, "ru", text, Status.APPROVED, Origin.EDITED)
    reports = check_article(store.segment_views(article_id, LANGS), LANGS)
    report = next(r for r in reports if r.index == 18 and r.lang == "ru")
    finding = next(f for f in report.findings if f.code == "number-changed")
    (src,), (tgt,) = finding.source_spans, finding.target_spans
    assert report.source[src.start:src.end] == "six"
    assert report.text[tgt.start:tgt.end] == "семь"
    across = next(f for f in report.findings if f.kind == "editions")
    (other,) = across.other_spans
    uk = next(r for r in reports if r.index == 18 and r.lang == "uk")
    assert uk.text[other.start:other.end] == "шість"


def test_machine_translations_and_human_versions_can_be_checked(
        approved: tuple[Store, int]) -> None:
    store, article_id = approved
    segment = store.segment(article_id, 18)
    seed_mt(store, segment.id, "uk", "demo", "Сполученим Штатам знадобилося 5 місяців.")
    reports = check_article(store.segment_views(article_id, LANGS), LANGS, target="mt")
    assert [(r.index, r.lang) for r in reports] == [(18, "uk")]
    assert "number-changed" in [f.code for f in reports[0].findings]
    human = check_article(store.segment_views(article_id, LANGS), LANGS, target="human")
    assert _findings(human) == [(12, "uk", "names", "name-missing"),
                                (12, "uk", "editions", "name-only-in-other")]

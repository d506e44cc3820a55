"""Statistics through the store: sacrebleu corpus scores per article and library, HTER, progress."""

from __future__ import annotations

from datetime import UTC, datetime

import sacrebleu

from reviewer import library
from reviewer.core.model import HumanSentence, Link, Origin, Role, SegmentDraft, Status
from reviewer.storage.progress_queries import Effort, Progress
from reviewer.storage.stats_queries import article_stats, library_stats, stats_langs
from reviewer.storage.store import Store
from tests.news_corpus import NewsCorpus
from tests.seed import seed_mt
from tests.stats_helpers import LANGS, news_store


def test_article_scores_are_sacrebleus_corpus_scores(db_target: str, news: NewsCorpus) -> None:
    store, ids, arts = news_store(db_target, news)
    engines = news.systems
    with store:
        stats = article_stats(store, ids[0])
        assert stats.langs == LANGS and stats.segments == len(arts[0]["en"])
        for lang in LANGS:
            refs = arts[0]["ref"][lang]
            board = stats.boards[lang]
            assert {r.engine for r in board.engines} == set(engines)
            for row in board.engines:
                hyps = arts[0]["mt"][lang][row.engine]
                assert (row.units, row.segments, row.no_mt) == (len(refs), len(refs), 0)
                assert row.scores is not None
                assert row.scores.chrf == sacrebleu.corpus_chrf(hyps, [refs]).score
                assert row.scores.chrf_pp == sacrebleu.corpus_chrf(hyps, [refs],
                                                                   word_order=2).score
                assert row.scores.bleu == sacrebleu.corpus_bleu(hyps, [refs]).score
                assert row.scores.ter == sacrebleu.corpus_ter(hyps, [refs]).score
                assert [u.scores.bleu for u in row.unit_scores] == [
                    sacrebleu.sentence_bleu(h, [r]).score for h, r in zip(hyps, refs, strict=True)]
            closest = board.closest
            assert closest is not None and closest.units == len(refs)
            assert closest.engine == board.engines[0].engine  # same units: the chrF leader


def test_library_scores_are_one_corpus_over_all_articles(db_target: str, news: NewsCorpus) -> None:
    store, ids, arts = news_store(db_target, news, count=3)
    engines = news.systems
    with store:
        stats = library_stats(store, ["ua"])
        assert stats.article_ids == tuple(sorted(ids)) and stats.langs == ("uk",)
        refs = [line for a in arts for line in a["ref"]["uk"]]
        row = stats.boards["uk"].row(engines[1])
        assert row is not None and row.scores is not None and row.units == len(refs)
        hyps = [line for a in arts for line in a["mt"]["uk"][engines[1]]]
        assert row.scores.bleu == sacrebleu.corpus_bleu(hyps, [refs]).score
        assert row.scores.chrf == sacrebleu.corpus_chrf(hyps, [refs]).score


def test_hter_progress_effort_and_timeline_after_approvals(db_target: str,
                                                           news: NewsCorpus) -> None:
    store, ids, arts = news_store(db_target, news)
    engines = news.systems
    with store:
        aid, art = ids[0], arts[0]
        segs = store.segments(aid)
        library.approve(store, aid, 0, "uk", source=f"mt:{engines[0]}")  # taken unchanged
        edited = art["mt"]["uk"][engines[0]][1] + " Додано."
        library.approve(store, aid, 1, "uk", text=edited)
        library.approve(store, aid, 2, "uk", source="human")
        library.approve(store, aid, 3, "uk", source="human")
        library.approve(store, aid, 3, "uk", status=Status.REJECTED)
        store.set_translation(segs[4].id, "uk", "чернетка", Status.DRAFT, Origin.EDITED)

        stats = article_stats(store, aid)
        approved = [0, 1, 2]
        finals = [store.translation(segs[i].id, "uk").text for i in approved]  # type: ignore
        for engine in engines:
            row = stats.boards["uk"].row(engine)
            assert row is not None
            machine = [art["mt"]["uk"][engine][i] for i in approved]
            assert row.hter == sacrebleu.corpus_ter(machine, [finals]).score
            assert [h.segment for h in row.hter_lines] == approved
            assert [h.hter for h in row.hter_lines] == [
                sacrebleu.sentence_ter(m, [f]).score for m, f in zip(machine, finals, strict=True)]
        assert stats.boards["uk"].row(engines[0]).hter_lines[0].hter == 0.0  # type: ignore
        assert stats.boards["ru"].engines[0].hter is None

        n = len(segs)
        assert stats.progress["uk"] == Progress("uk", n, 3, 1, 1, n - 5)
        assert stats.progress["ru"] == Progress("ru", n, new=n)
        assert stats.effort["uk"] == Effort("uk", 3, 1, 1, 1, {"mt": 1, "human": 1, "edited": 1})
        today = datetime.now(UTC).date().isoformat()
        [day] = [d for d in stats.timeline if d.lang == "uk"]
        assert (day.day, day.approved, day.unapproved, day.changes) == (today, 4, 1, 6)


def test_links_that_are_not_one_to_one(db_target: str) -> None:
    with Store(db_target) as store:
        art = store.add_article("t", "en", "x", [SegmentDraft(0, Role.BODY, t) for t in
                                                 ("One.", "Two.", "Three.", "Four.")])
        store.set_human_version(art.id, "uk", "t", "x", [
            HumanSentence(0, 0, "Один і два."), HumanSentence(1, 0, "Три."),
            HumanSentence(2, 0, "Додано.")],
            [Link(0, 2, 0, 1), Link(2, 3, 1, 2), Link(3, 4, 2, 2), Link(4, 4, 2, 3)])
        segs = store.segments(art.id)
        for seg, text in zip(segs, ("Один", "і два.", "Три.", "Чотири."), strict=True):
            seed_mt(store, seg.id, "uk", "a", text)
        seed_mt(store, segs[2].id, "uk", "b", None, error="HTTP 429")
        seed_mt(store, segs[0].id, "uk", "b", "Один і два.")
        seed_mt(store, segs[1].id, "uk", "b", "")
        stats = article_stats(store, art.id)
        assert stats.langs == ("uk",)
        board = stats.boards["uk"]
        assert (board.units, board.segments, board.no_human, board.human_only) == (2, 4, 1, 1)
        a, b = board.row("a"), board.row("b")
        assert a is not None and b is not None
        assert [u.unit.hypothesis for u in a.unit_scores] == ["Один і два.", "Три."]
        assert a.scores is not None and a.scores.chrf == 100.0
        assert (b.units, b.segments, b.no_mt) == (1, 2, 1)
        assert board.closest is not None and board.closest.units == 1


def test_languages_found_in_the_store(db_target: str) -> None:
    with Store(db_target) as store:
        assert stats_langs(store) == ["uk", "ru"]  # nothing yet: the default targets
        art = store.add_article("t", "en", "x", [SegmentDraft(0, Role.BODY, "One.")])
        seed_mt(store, store.segments(art.id)[0].id, "de", "a", "Eins.")
        assert stats_langs(store) == ["de"] == stats_langs(store, [art.id])
        stats = article_stats(store, art.id)
        assert stats.boards["de"].units == 0 and stats.boards["de"].engines[0].scores is None

"""The store's translations, history rows and machine suggestions, field by field, as written and
read back (the queries of ``reviewer/storage/translations.py``)."""

from __future__ import annotations

import pytest

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.store import Store
from tests.seed import seed_mt


@pytest.fixture
def store(db_target: str):
    with Store(db_target) as s:
        yield s


def _segment(store: Store) -> int:
    art = store.add_article("NATO", "en", "/tmp/a.txt", [
        SegmentDraft(0, Role.HEADLINE, "NATO chief in Kyiv"),
        SegmentDraft(1, Role.BODY, "Stoltenberg visited Kyiv."),
    ])
    return store.segment(art.id, 1).id


def test_a_written_translation_reads_back_whole(store: Store) -> None:
    seg = _segment(store)
    written = store.set_translation(seg, "uk", "Текст.", Status.DRAFT, Origin.MT, engine="deepl",
                                    comment="ok")
    assert (written.segment_id, written.lang, written.text, written.status, written.origin,
            written.engine, written.comment) == (seg, "uk", "Текст.", Status.DRAFT, Origin.MT,
                                                 "deepl", "ok")
    assert written.updated_at.endswith("+00:00")
    assert store.translation(seg, "uk") == written
    assert store.translation(seg, "ru") is None


def test_segment_views_carry_the_stored_translation(store: Store) -> None:
    seg = _segment(store)
    noted = store.set_translation(seg, "uk", "Текст.", Status.APPROVED, Origin.HUMAN,
                                  comment="перевірено")
    plain = store.set_translation(seg, "ru", "Текст.", Status.DRAFT, Origin.MT, engine="google")
    view = next(v for v in store.segment_views(store.articles()[0].article.id, ["uk", "ru"])
                if v.segment.id == seg)
    assert view.translations["uk"] == noted
    assert view.translations["ru"] == plain and plain.comment == ""


def test_a_comment_is_kept_until_one_is_given(store: Store) -> None:
    seg = _segment(store)
    assert store.set_translation(seg, "uk", "a", Status.DRAFT, Origin.EDITED).comment == ""
    store.set_translation(seg, "uk", "b", Status.DRAFT, Origin.EDITED, comment="note")
    kept = store.set_translation(seg, "uk", "c", Status.APPROVED, Origin.EDITED)
    assert kept.comment == "note" and store.translation(seg, "uk").comment == "note"
    cleared = store.set_translation(seg, "uk", "c", Status.APPROVED, Origin.EDITED, comment="")
    assert cleared.comment == "" and store.translation(seg, "uk").comment == ""


def test_history_records_each_change_whole(store: Store) -> None:
    seg = _segment(store)
    store.set_translation(seg, "uk", "Перший.", Status.DRAFT, Origin.MT, engine="deepl")
    store.set_translation(seg, "uk", "Другий.", Status.APPROVED, Origin.EDITED, actor="anna")
    first, second = store.history(seg, "uk")
    assert (first.segment_id, first.lang, first.action, first.old_text, first.new_text,
            first.old_status, first.new_status, first.actor, first.origin, first.engine) == \
        (seg, "uk", "draft", None, "Перший.", None, "draft", "reviewer", "mt", "deepl")
    assert (second.action, second.old_text, second.new_text, second.old_status,
            second.new_status, second.actor, second.origin, second.engine) == \
        ("approved", "Перший.", "Другий.", "draft", "approved", "anna", "edited", None)
    assert first.id < second.id
    assert second.at == store.translation(seg, "uk").updated_at


def test_suggestions_read_back_as_saved(store: Store) -> None:
    seg = _segment(store)
    seed_mt(store, seg, "uk", "deepl", "Текст.")
    seed_mt(store, seg, "ru", "google", None, "HTTP 429")
    failed, saved = store.suggestions(seg)  # by language, then engine
    assert (saved.segment_id, saved.lang, saved.engine, saved.text, saved.error) == \
        (seg, "uk", "deepl", "Текст.", None)
    assert (failed.lang, failed.engine, failed.text, failed.error) == \
        ("ru", "google", None, "HTTP 429")
    assert saved.fetched_at.endswith("+00:00")
    assert store.suggestions(seg, "uk") == [saved]


def test_only_a_translation_supersedes_other_engines_errors(store: Store) -> None:
    seg = _segment(store)
    seed_mt(store, seg, "uk", "google", None, "HTTP 429")
    seed_mt(store, seg, "uk", "libre", None, None)  # neither text nor error
    seed_mt(store, seg, "uk", "argos", None, "no model")
    assert [s.engine for s in store.suggestions(seg, "uk")] == ["argos", "google", "libre"]
    seed_mt(store, seg, "uk", "deepl", "Текст.")
    assert [s.engine for s in store.suggestions(seg, "uk")] == ["deepl", "libre"]

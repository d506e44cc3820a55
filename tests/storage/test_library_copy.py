"""``copy_library`` and ``reviewer library copy``: a whole library between a SQLite file and a
PostgreSQL server, both ways, nothing lost (history included), counts checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reviewer import library
from reviewer.core.model import Status
from reviewer.core.qa.glossary import Term
from reviewer.storage.errors import StoreError
from reviewer.storage.export_queries import TmUnit, add_tm_units
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.library_copy import TABLES, DestinationNotEmptyError, copy_library
from reviewer.storage.spelling_words import SpellingWords
from reviewer.storage.store import Store
from reviewer.storage.tm_indexed import search_store
from tests.cli_helpers import run, run_json
from tests.pg_server import PgServer


def _library(path: Path) -> None:
    """The sample with approvals, a rejection, glossary, spelling words and memory units."""
    with Store(path) as store:
        article = library.ensure_sample(store)
        assert article is not None
        library.approve(store, article.id, 0, "uk", source="human")
        library.approve(store, article.id, 1, "uk", text="Перша правка.")
        library.approve(store, article.id, 1, "uk", text="Друга правка.")
        library.approve(store, article.id, 2, "ru", source="human", status=Status.REJECTED)
        GlossaryStore(store).add([Term("Kyiv", "uk", "Київ", "city")], origin="terms.csv")
        SpellingWords(store).add("uk", "Столтенберг", "olena")
        add_tm_units(store, [TmUnit("en", "uk", "Good morning.", "Доброго ранку.", "a.tmx")])


def _dump(target: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    with Store(target) as store, store.conn.reading() as db:
        return {t: sorted((tuple(r) for r in db.execute(f"SELECT * FROM {t}").fetchall()),
                          key=repr) for t in TABLES}


def test_a_file_goes_to_the_server_and_back_unchanged(tmp_path: Path,
                                                      pg_server: PgServer) -> None:
    source, back = tmp_path / "lib.db", tmp_path / "back.db"
    _library(source)
    url = pg_server.new_database(empty=True)
    report = copy_library(source, url)
    assert report.rows["history"] > 4 and report.rows["articles"] == 1
    assert _dump(url) == _dump(source)
    copy_library(url, back)
    assert _dump(back) == _dump(source)
    with Store(url) as store:  # the indexes were built from the rows, the ids go on after them
        assert store.search("Київ")
        assert search_store(store, "Good morning.", "en", "uk")
        article = store.add_article("Next", "en", "t", [])
        assert article.id == 2


def test_a_library_is_not_copied_over_another_unless_replace(tmp_path: Path,
                                                             pg_server: PgServer) -> None:
    source = tmp_path / "lib.db"
    _library(source)
    url = pg_server.new_database()
    copy_library(source, url)
    with Store(url) as store:
        store.set_meta("marker", "kept")
    with pytest.raises(DestinationNotEmptyError, match=r"holds a library already.*--replace"):
        copy_library(source, url)
    with Store(url) as store:
        assert store.meta("marker") == "kept"  # the refused copy changed nothing
    copy_library(source, url, replace=True)
    assert _dump(url) == _dump(source)


def test_a_missing_source_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no library file there"):
        copy_library(tmp_path / "none.db", tmp_path / "dst.db")
    assert not (tmp_path / "dst.db").exists()


def test_the_cli_copies_both_ways_and_refuses_a_full_destination(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_server: PgServer) -> None:
    source, back = tmp_path / "lib.db", tmp_path / "back.db"
    _library(source)
    url = pg_server.new_database().replace("postgres@", "postgres:hunter2@")
    there = run_json(capsys, "library", "copy", str(source), url)
    assert there["rows"]["translations"] == len(_dump(source)["translations"])
    assert "hunter2" not in there["destination"]
    status, out, err = run(capsys, "library", "copy", str(source), url)
    assert status != 0 and "--replace" in err and "hunter2" not in err + out
    status, out, _err = run(capsys, "library", "copy", url, str(back))
    assert status == 0 and "every table's count checked" in out and "hunter2" not in out
    assert _dump(back) == _dump(source)
    status, _out, err = run(capsys, "library", "check", "--db", url)
    assert status != 0 and "checks SQLite files" in err and "hunter2" not in err

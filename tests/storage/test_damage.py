"""Damaged database files: nothing is written into one, every command says so in one line, and
``reviewer library check`` / ``recover`` (from what is readable or from a backup) get the work
back. Every test damages a copy of a real database: random bytes, one zeroed page, the header.

SQLite only: they damage the file's bytes; a PostgreSQL server keeps its own files."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from reviewer.storage import health, recovery
from reviewer.storage.errors import StoreDamagedError
from reviewer.storage.store import Store
from tests.cli_helpers import run
from tests.conftest import SAMPLE


def _library(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert run(capsys, "--db", str(db), "import", str(SAMPLE / "article.en.txt"),
               "--human", f"uk={SAMPLE / 'article.uk.txt'}",
               "--human", f"ru={SAMPLE / 'article.ru.txt'}")[0] == 0
    assert run(capsys, "--db", str(db), "approve", "1", "1-5", "--lang", "uk",
               "--from", "human")[0] == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _pages(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("PRAGMA page_size").fetchone()[0],
                conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def _table_page(db: Path, table: str) -> int:
    """The root page of ``table`` (1-based), to damage where a write goes."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            [table]).fetchone()[0]
    finally:
        conn.close()


def _data_page(db: Path, near: int) -> int:
    """The first page from ``near`` on (1-based) such that it and the next hold no part of the
    schema table (whose damage the "header" case covers)."""
    conn = sqlite3.connect(db)
    try:
        schema = {p for (p,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}
    finally:
        conn.close()
    page = max(near, 2)
    while page in schema or page + 1 in schema:
        page += 1
    return page


def _damage(db: Path, kind: str) -> Path:
    size, count = _pages(db)
    copy = db.with_name(f"{kind}.db")
    shutil.copyfile(db, copy)
    with copy.open("r+b") as f:
        if kind == "random":  # two pages of rows in the middle (the schema's own: "header")
            f.seek(size * (_data_page(db, count // 2) - 1))
            f.write(random.Random(1).randbytes(8192))
        elif kind == "zeroed":
            f.seek(size * (_table_page(db, "translations") - 1))
            f.write(b"\0" * size)
        elif kind == "header":
            f.write(random.Random(2).randbytes(8192))
    return copy


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def library(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    db = tmp_path / "lib" / "reviewer.db"
    db.parent.mkdir()
    _library(capsys, db)
    return db


@pytest.mark.parametrize("kind", ["random", "zeroed", "header"])
def test_no_write_into_a_damaged_file_and_one_line_saying_how_to_recover(
        capsys: pytest.CaptureFixture[str], library: Path, kind: str) -> None:
    copy = _damage(library, kind)
    before = _digest(copy)
    status, out, err = run(capsys, "--db", str(copy), "approve", "1", "6", "--lang", "uk",
                           "--from", "human")
    lines = err.strip().splitlines()
    assert status == 2 and len(lines) == 1, err
    assert "the database is damaged" in lines[0] and "reviewer library recover" in lines[0]
    assert _digest(copy) == before
    for command in (["show", "1"], ["export", "1", "--format", "tmx", "-o",
                                    str(library.parent / "x.tmx")]):
        status, _, err = run(capsys, "--db", str(copy), *command)
        assert status in (0, 2) and "Traceback" not in err  # reads may still work


def test_check_finds_the_damage_and_recover_rebuilds_keeping_the_damaged_file(
        capsys: pytest.CaptureFixture[str], library: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)  # the salvage path, without sqlite3
    copy = _damage(library, "zeroed")
    before = _digest(copy)
    status, out, _ = run(capsys, "--db", str(copy), "library", "check")
    assert status == 2 and "damaged" in out and "reviewer library recover" in out
    status, out, err = run(capsys, "--db", str(copy), "library", "recover")
    assert status == 0, err
    kept = next(p for p in copy.parent.glob("zeroed.db.damaged-*") if p.name[-1].isdigit())
    assert _digest(kept) == before and "row-by-row salvage" in out
    assert run(capsys, "--db", str(copy), "library", "check")[0] == 0
    status, out, err = run(capsys, "--db", str(copy), "approve", "1", "6", "--lang", "uk",
                           "--from", "human")
    assert status == 0, err
    with Store(copy) as store:
        assert len(store.segments(1)) == 30


def test_recover_from_backup_takes_the_newest_healthy_copy(
        capsys: pytest.CaptureFixture[str], library: Path) -> None:
    assert health.backups(library)  # made before the approvals wrote
    copy = _damage(library, "header")
    shutil.copyfile(health.backup_path(library, 1), health.backup_path(copy, 1))
    status, _, err = run(capsys, "--db", str(copy), "library", "recover")
    assert status == 2 and "--from-backup" in err
    status, out, err = run(capsys, "--db", str(copy), "library", "recover", "--from-backup")
    assert status == 0 and "backup copy header.db.bak-1" in out, err
    assert run(capsys, "--db", str(copy), "list")[0] == 0


def test_backups_rotate_and_three_are_kept(library: Path) -> None:
    for _ in range(5):
        newest = health.backup_path(library, 1)
        if newest.exists():  # make the newest copy look old, so the next session makes one
            old = time.time() - 2 * health.BACKUP_EVERY_S
            os.utime(newest, (old, old))
        with Store(library) as store:
            store.set_meta("touched", str(time.time()))
    names = sorted(p.name for p in library.parent.glob("reviewer.db.bak-*"))
    assert names == ["reviewer.db.bak-1", "reviewer.db.bak-2", "reviewer.db.bak-3"]
    for copy in health.backups(library):
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_a_store_that_found_damage_refuses_every_later_write(library: Path) -> None:
    copy = _damage(library, "zeroed")
    with Store(copy) as store:
        for _ in range(2):
            with pytest.raises(StoreDamagedError):
                store.set_meta("x", "y")


def test_recovery_report_counts_the_rows(library: Path) -> None:
    copy = _damage(library, "random")
    report = recovery.recover(copy)
    assert report.rows["articles"] == 1 and report.kept_as.exists()

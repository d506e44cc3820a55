"""The world's faults at the database file: full disk, read-only or missing folder, a folder
that is a file, two processes creating one database. Each is one line naming the file or the
folder and what to do, exit status 2, and nothing saved before is lost.

SQLite only: they are faults of a database file and its folder (a server's faults are in
``test_pg_faults.py``)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.errors import StoreDiskFullError, StoreReadOnlyError
from reviewer.storage.store import Store
from tests.cli_helpers import run
from tests.conftest import SAMPLE
from tests.storage.mounts import read_only, small_disk


def _seed(path: Path, n: int = 5) -> None:
    with Store(path) as store:
        store.add_article("t", "en", "x", [SegmentDraft(0, Role.BODY, f"s{i}.") for i in range(n)])


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reviewer: "), err
    return lines[0]


def test_disk_full_simulated_by_max_page_count_keeps_what_was_saved(db_path: Path) -> None:
    _seed(db_path, 3)
    with Store(db_path) as store:
        seg = store.segments(1)[0]
        store.set_translation(seg.id, "uk", "перший", Status.APPROVED, Origin.EDITED)
        pages = store.conn.db.execute("PRAGMA page_count").fetchone()[0]
        store.conn.db.execute(f"PRAGMA max_page_count = {pages}")
        big = "x" * 200_000
        with pytest.raises(StoreDiskFullError, match=r"the disk is full .*free some space"):
            store.set_translation(seg.id, "uk", big, Status.APPROVED, Origin.EDITED)
        assert store.translation(seg.id, "uk").text == "перший"  # type: ignore[union-attr]
        store.set_translation(seg.id, "uk", "другий", Status.APPROVED, Origin.EDITED)  # goes on


def test_disk_full_during_import_and_approve_is_one_line_naming_the_disk(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with small_disk(tmp_path / "small", 600) as disk:
        db = str(disk / "r.db")
        status, _, err = run(capsys, "--db", db, "import", str(SAMPLE / "article.en.txt"),
                             "--human", f"uk={SAMPLE / 'article.uk.txt'}")
        assert status == 0, err
        big = tmp_path / "big.txt"
        big.write_text(" ".join(f"Word{i} said so. Mr. Smith agreed." for i in range(20000)))
        status, _, err = run(capsys, "--db", db, "import", str(big))
        line = _one_line(err)
        assert status == 2 and "the disk is full" in line and str(disk) in line
        status, out, err = run(capsys, "--db", db, "approve", "1", "all", "--lang", "uk",
                               "--from", "human")
        if status:
            line = _one_line(err)
            assert status == 2 and "the disk is full" in line
        status, out, err = run(capsys, "--db", db, "list")
        assert status == 0 and "Stoltenberg" in out  # the first article is intact


def test_read_only_folder_reads_but_refuses_writes_naming_the_folder(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = str(folder / "r.db")
    assert run(capsys, "--db", db, "import", str(SAMPLE / "article.en.txt"),
               "--human", f"uk={SAMPLE / 'article.uk.txt'}")[0] == 0
    with read_only(folder):
        status, out, err = run(capsys, "--db", db, "list")
        assert status == 0 and "Stoltenberg" in out, err
        assert run(capsys, "--db", db, "show", "1")[0] == 0
        status, _, err = run(capsys, "--db", db, "approve", "1", "1", "--lang", "uk",
                             "--from", "human")
        assert status == 2 and _one_line(err).startswith(f"reviewer: cannot write to {folder}")
        status, _, err = run(capsys, "--db", str(folder / "new.db"), "list")
        assert status == 2 and f"cannot write to {folder}" in _one_line(err)
        status, _, err = run(capsys, "--db", str(folder / "sub" / "x.db"), "list")
        assert status == 2 and "cannot write to" in _one_line(err)


def test_parent_that_is_a_file_is_named(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    status, _, err = run(capsys, "--db", str(afile / "r.db"), "list")
    assert status == 2 and f"cannot write to {afile}" in _one_line(err)
    assert "is a file, not a folder" in err
    with pytest.raises(StoreReadOnlyError):
        Store(afile / "deeper" / "r.db")


def test_missing_parent_folders_are_made(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "r.db"
    _seed(path)
    assert path.exists()


CREATE = textwrap.dedent("""
    import sys
    from reviewer.storage.store import Store
    Store(sys.argv[1]).close()
""")


def test_processes_creating_one_database_at_once_all_succeed(tmp_path: Path) -> None:
    failures = []
    for round_ in range(8):
        path = tmp_path / f"round{round_}" / "r.db"
        procs = [subprocess.Popen([sys.executable, "-c", CREATE, str(path)],
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
        for p in procs:
            _, err = p.communicate(timeout=120)
            if p.returncode:
                failures.append(err.strip().splitlines()[-1])
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    assert failures == []

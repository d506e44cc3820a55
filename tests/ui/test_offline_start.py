"""The app at start (``reviewer.app.main`` in a child process, offscreen): a library on a server
that cannot be reached opens once the server is back, the window shown meanwhile saying so; the
library opened last is opened again when no ``--db`` names one; with no settings at all the
sample in the user data directory opens, as always."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from reviewer import library
from reviewer.storage.store import Store
from tests.pg_server import PgServer

CHILD = Path(__file__).with_name("server_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **more: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT), REVIEWER_DB="")
    env.update(more)
    return env


def _lines(out: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)


def _run(tmp_path: Path, *args: str, **env: str) -> dict[str, str]:
    done = subprocess.run([sys.executable, str(CHILD), *args], capture_output=True, text=True,
                          env=_env(tmp_path, **env), timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return _lines(done.stdout)


def _with_sample(target: str) -> str:
    with Store(target) as store:
        library.ensure_sample(store)
    return target


def test_a_library_whose_server_is_away_opens_once_the_server_is_back(
        own_server: PgServer, tmp_path: Path) -> None:
    url = _with_sample(own_server.new_database())
    own_server.crash()
    child = subprocess.Popen([sys.executable, str(CHILD), url], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=_env(tmp_path),
                             cwd=tmp_path)
    try:
        assert child.stdout is not None
        said = child.stdout.readline()  # the window shown while the server is away
        assert said.startswith("offline=Offline: the server at "), said
        assert "Changes kept on this computer: 0" in said
        time.sleep(3)  # a retry or two meets the server still away
        assert child.poll() is None
        own_server.start_again()
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    lines = _lines(out)
    assert url.split("@")[-1].split("?")[0] in lines["title"] and int(lines["rows"]) > 0


def test_the_library_opened_last_opens_again_without_db(pg_server: Any,
                                                        tmp_path: Path) -> None:
    other = _with_sample(str(tmp_path / "newsroom.db"))
    lines = _run(tmp_path, LAST_LIBRARY=other)
    assert "newsroom.db" in lines["title"] and int(lines["rows"]) > 0
    url = _with_sample(pg_server.new_database())  # the test server trusts: no password needed
    lines = _run(tmp_path, LAST_LIBRARY=url)
    assert url.split("@")[-1].split("?")[0] in lines["title"]
    lines = _run(tmp_path, other, LAST_LIBRARY=url)  # --db comes first
    assert "newsroom.db" in lines["title"]


def test_a_last_library_gone_is_said_and_the_default_opens(tmp_path: Path) -> None:
    lines = _run(tmp_path, LAST_LIBRARY=str(tmp_path / "gone.db"))
    assert "reviewer.db" in lines["title"] and int(lines["rows"]) > 0
    assert "gone.db: no such file" in lines["badge"]
    assert not (tmp_path / "gone.db").exists()


def test_with_no_settings_the_sample_in_the_user_data_directory_opens(tmp_path: Path) -> None:
    lines = _run(tmp_path)
    assert "reviewer.db" in lines["title"] and int(lines["rows"]) > 0
    assert (tmp_path / "data" / "reviewer" / "reviewer.db").is_file() and not lines["badge"]


def test_a_library_in_use_opened_in_the_window_first_gets_no_sample(tmp_path: Path) -> None:
    # a newsroom's library made with the command line (or shared on a server), opened in the
    # window for the first time: its articles, and no sample added beside them for everyone
    text = tmp_path / "story.txt"
    text.write_text("Council approves the budget\n\nThe council met on Monday.\n", "utf-8")
    db = tmp_path / "newsroom.db"
    with Store(db) as store:
        library.import_article(store, str(text))
    lines = _run(tmp_path, str(db))
    assert "newsroom.db" in lines["title"] and int(lines["rows"]) == 2
    with Store(db) as store:
        assert [a.article.title for a in store.articles()] == ["Council approves the budget"]
    lines = _run(tmp_path)  # a new library in the user data directory still gets the sample
    with Store(tmp_path / "data" / "reviewer" / "reviewer.db") as store:
        assert len(store.articles()) == 1 and int(lines["rows"]) > 2

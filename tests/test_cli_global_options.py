"""``--db``, ``--user`` and ``--json`` work before the command (``reviewer --db X show 1``) as
after it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from reviewer.cli.main import build_parser
from tests.cli_helpers import run, spawn
from tests.conftest import SAMPLE

# The least each command needs; nested ones (tm, glossary) with each of their actions.
COMMAND_ARGS: dict[str, list[list[str]]] = {
    "import": [["a.txt"]], "list": [[]], "show": [["1"]], "search": [["NATO"]],
    "delete": [["1"]], "links": [["1", "--lang", "uk"]], "approve": [["1", "2", "--lang", "uk"]],
    "reject": [["1", "2", "--lang", "uk"]], "translate": [["1"]], "engines": [[]],
    "export": [["1", "--format", "tmx", "-o", "x.tmx"]], "import-tm": [["x.tmx"]],
    "stats": [["1"]], "qa": [["1"]], "lqa": [["1"], ["--all", "--by", "target"]],
    "effort": [["1"], ["--all"]],
    "annotate": [["1", "2"], ["1", "2", "--lang", "uk", "--span", "0:3", "--category", "style",
                              "--severity", "minor"], ["1", "2", "--remove", "4"]],
    "desktop": [["install"], ["uninstall"]],
    "tm": [["search", "Hello"], ["matches", "1", "2"], ["export", "-o", "x.tmx"], ["stats"]],
    "glossary": [["import", "g.csv"], ["list"], ["remove", "term"], ["clear"]],
    "library": [["check"], ["recover"], ["recover", "--from-backup"]],
    "replace": [["a", "b", "1"], ["a", "b", "--all", "--dry-run"]],
    "history": [["1", "2", "--lang", "uk"]],
    "concordance": [["air defense"], ["air defense", "--lang", "ua", "--limit", "5"]],
    "repeats": [["1"], ["1", "--fill"]],
    "spelling": [["status"], ["check", "текст", "--lang", "uk"], ["add", "w", "--lang", "uk"],
                 ["remove", "w", "--lang", "uk"], ["list"]],
    "users": [["add", "Olena", "--role", "editor"], ["remove", "Olena"], ["list"]],
    "signoff": [["1"], ["1", "--lang", "uk"]],
    "reopen": [["1", "--lang", "uk", "--reason", "typo"]],
}


def _commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_command_is_covered() -> None:
    assert sorted(COMMAND_ARGS) == sorted(_commands())


@pytest.mark.parametrize(("command", "rest"), [(c, r) for c, rs in COMMAND_ARGS.items()
                                               for r in rs])
def test_global_options_before_or_after_the_command(command: str, rest: list[str]) -> None:
    parse = build_parser().parse_args
    before = vars(parse(["--db", "x.db", "--user", "Olena", "--json", command, *rest]))
    after = vars(parse([command, *rest, "--db", "x.db", "--json", "--user", "Olena"]))
    mixed = vars(parse(["--json", "--user", "Olena", command, *rest, "--db", "x.db"]))
    assert before == after == mixed
    assert before["db"] == "x.db" and before["json"] is True and before["user"] == "Olena"
    plain = vars(parse([command, *rest]))
    assert plain["db"] is None and plain["json"] is False and plain["user"] is None


def test_show_with_the_database_named_before_the_command(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "other.db")
    status, out, err = run(capsys, "--db", db, "import", str(SAMPLE / "article.en.txt"))
    assert status == 0, err
    article = out.strip()
    status, first, err = run(capsys, "--db", db, "--json", "show", article)
    assert status == 0, err
    status, second, err = run(capsys, "show", article, "--db", db, "--json")
    assert status == 0 and first == second and json.loads(first)["segments"]
    assert run(capsys, "list", "--json")[1].strip() == "[]"  # $REVIEWER_DB was not touched
    proc = spawn("--db", db, "show", article)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.startswith("#1") or "Ukraine" in out

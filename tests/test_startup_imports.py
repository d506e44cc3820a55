"""Which heavy libraries a command loads: each command imports what it needs when it needs it.

Each case runs in a fresh interpreter (``python -c``) and reads ``sys.modules`` afterwards, so it
checks what is imported, never how long it takes. The heavy libraries are the document readers'
(trafilatura, python-docx, markdown-it), the network's (requests), the engines' (deep-translator,
BeautifulSoup), the numeric ones (numpy, rapidfuzz, sacrebleu), sqlite-utils (with click; a
read needs only sqlite3) and Qt.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("trafilatura", "docx", "markdown_it", "requests", "deep_translator", "bs4", "numpy",
         "pandas", "sqlite_utils", "click", "rapidfuzz", "sacrebleu", "matplotlib", "openpyxl",
         "PySide6", "lxml")

_PROBE = """
import contextlib, io, json, sys
{body}
heavy = {heavy!r}
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""

_RUN_CLI = """
from reviewer.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        status = main({argv!r})
    except SystemExit as exc:
        status = exc.code
assert status == 0, status
"""


def loaded(body: str, names: tuple[str, ...] = HEAVY) -> list[str]:
    """The modules of ``names`` (the heavy ones unless told) loaded after running ``body`` in a
    new interpreter."""
    code = _PROBE.format(body=body, heavy=names)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def cli_loaded(*argv: str) -> list[str]:
    """The heavy modules ``reviewer ARGV`` loads."""
    return loaded(_RUN_CLI.format(argv=list(argv)))


def test_help_loads_no_heavy_library() -> None:
    assert cli_loaded("--help") == []


def test_a_subcommands_help_loads_no_heavy_library() -> None:
    assert cli_loaded("export", "--help") == []


def test_list_loads_no_heavy_library(db_path: Path) -> None:
    # The first run creates the database (its tables through sqlite-utils); then the ordinary
    # case: a database that exists.
    assert "numpy" not in cli_loaded("--db", str(db_path), "list")
    assert cli_loaded("--db", str(db_path), "list") == []
    assert cli_loaded("--db", str(db_path), "list", "--json") == []


def test_reading_commands_load_no_reader_or_engine(db_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nThe first sentence. The second one.\n", encoding="utf-8")
    assert "trafilatura" not in cli_loaded("--db", str(db_path), "import", str(article))
    for argv in (["show", "1"], ["search", "sentence"], ["qa", "1"]):
        found = cli_loaded("--db", str(db_path), *argv)
        assert not {"trafilatura", "docx", "markdown_it", "requests", "deep_translator", "bs4",
                    "numpy", "PySide6"} & set(found), (argv, found)


def test_the_store_does_not_load_numpy() -> None:
    assert loaded("import reviewer.storage.store") == []
    assert loaded("from reviewer.storage.sqldb import import_sqlite_utils\n"
                  "import_sqlite_utils()") == ["click", "sqlite_utils"]


def test_readers_load_their_library_when_used(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text("<html><body><h1>Title</h1><p>Text of the page here.</p></body></html>",
                    encoding="utf-8")
    found = loaded("from reviewer.formats.reader import read_document\n"
                   f"read_document({str(page)!r})")
    assert "trafilatura" in found and "docx" not in found


@pytest.mark.parametrize("module", ["reviewer.ui.main_window"])
def test_the_window_module_loads_no_document_reader_nor_network(module: str) -> None:
    found = loaded(f"import {module}")
    assert not {"trafilatura", "docx", "markdown_it", "requests", "deep_translator",
                "bs4"} & set(found), found


# What the window's first paint does not need, imported where it is used: the engines (fetching),
# the files' readers and writers (the menu's import and export), the memory's index and
# rapidfuzz (loaded on a worker), the realignment's planner (on the writer's thread), the About box,
# the effort records' measures (an approval's).
WINDOW_LATER = ("reviewer.engines.base", "reviewer.engines.errors", "reviewer.engines.fetch",
                "reviewer.engines.runner", "reviewer.library", "reviewer.formats.reader",
                "reviewer.formats.exchange_import", "reviewer.formats.exchange_model",
                "reviewer.formats.export", "reviewer.formats.tm_import",
                "reviewer.ui.exchange_work", "reviewer.ui.export_dialog",
                "reviewer.storage.tm_indexed", "reviewer.storage.tm_memory",
                "reviewer.storage.tm_index", "rapidfuzz", "reviewer.services.realign",
                "reviewer.ui.about", "reviewer.core.effort_measures", "reviewer.storage.effort_log")


def test_the_window_module_leaves_what_its_first_paint_does_not_need() -> None:
    assert loaded("import reviewer.ui.main_window", WINDOW_LATER) == []


def test_the_window_warms_what_it_left_out_once_idle() -> None:
    # the idle preparation imports the actions' modules on a worker, so the first use does not
    found = loaded("import importlib\n"
                   "from reviewer.ui.stats_prepare import ACTION_MODULES\n"
                   f"assert set(ACTION_MODULES) <= set({WINDOW_LATER!r})\n"
                   "for name in ACTION_MODULES:\n"
                   "    importlib.import_module(name)", WINDOW_LATER)
    assert {"reviewer.engines.fetch", "reviewer.formats.export", "reviewer.library"} <= set(found)


def test_a_command_imports_only_its_own_cli_module(db_path: Path) -> None:
    # `search` is timed against its bare FTS5 queries: the other commands' modules (subprocess
    # and importlib.resources for `desktop`, getpass for the engines...), the domain model and
    # the store's mixins stay out.
    code = _PROBE.format(body=_RUN_CLI.format(argv=["--db", str(db_path), "search", "x"]),
                         heavy=("reviewer.cli.desktop_cmds", "reviewer.cli.engine_cmds",
                                "reviewer.cli.store_cmds", "reviewer.cli.search_cmds",
                                "reviewer.cli.tm_cmds", "subprocess", "getpass",
                                "reviewer.core.model", "reviewer.storage.store"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == ["reviewer.cli.search_cmds"]


def test_every_command_is_mapped_to_its_module() -> None:
    from reviewer.cli.main import COMMAND_MODULES, command_modules

    found = {name: m.__name__.rsplit(".", 1)[1] for m in command_modules()
             for name in m.COMMANDS}
    assert found == COMMAND_MODULES
    assert list(found) == list(COMMAND_MODULES)  # --help lists them in this order

"""Exported files get the mode any new file of the user gets (the umask), not a temporary file's
private 0600; a file that is replaced keeps its mode."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.formats.export import ExportOptions, export
from reviewer.storage.store import Store
from tests.formats.exchange_data import library  # noqa: F401 - fixture


@pytest.fixture
def umask() -> Iterator[object]:
    def set_mask(mask: int) -> None:
        os.umask(mask)

    old = os.umask(0o022)
    yield set_mask
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "tmx", "xliff", "json", "docx"])
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_an_export_follows_the_umask(library, tmp_path: Path, umask, fmt: str,  # noqa: F811
                                     mask: int, mode: int) -> None:
    umask(mask)
    folder = tmp_path / "out"
    folder.mkdir()
    with Store(library[0]) as store:
        export(store, None, folder / f"out.{fmt}", ExportOptions(fmt))
    files = list(folder.iterdir())
    assert files
    assert {_mode(p) for p in files} == {mode}


def test_a_replaced_file_keeps_its_mode(library, tmp_path: Path, umask) -> None:  # noqa: F811
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o640)
    with Store(library[0]) as store:
        export(store, None, target, ExportOptions("csv"))
    assert target.read_text(encoding="utf-8-sig") != "old"
    assert _mode(target) == 0o640

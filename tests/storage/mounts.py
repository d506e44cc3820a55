"""Real small and read-only file systems for the storage fault tests, where the machine allows.

As root, a tiny ``tmpfs`` is a disk that really fills up, and a read-only bind mount is a folder
that really refuses writes (root ignores permission bits). Elsewhere the tests that need them
skip, saying why; a read-only folder falls back to ``chmod 555``, which binds a normal user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    return done.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@contextmanager
def small_disk(path: Path, size_kb: int) -> Iterator[Path]:
    """A ``tmpfs`` of ``size_kb`` KB mounted at ``path`` (skips the test if it cannot be made)."""
    path.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(path)):
        pytest.skip("a tiny tmpfs needs root and mount; the full-disk path is tested with "
                    "PRAGMA max_page_count instead")
    try:
        yield path
    finally:
        _umount(path)


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` made read-only: a read-only bind mount as root, ``chmod 555`` otherwise."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    if not (_mount("--bind", str(folder), str(folder))
            and _mount("-o", "remount,bind,ro", str(folder))):
        _umount(folder)
        pytest.skip("a read-only bind mount could not be made here")
    try:
        yield folder
    finally:
        _umount(folder)

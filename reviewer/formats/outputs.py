"""Writing export files safely: all or nothing, and named predictably when one export makes several.

A file is written beside its destination under a temporary name and moved into place only when
complete, so an interrupted export never leaves a truncated TMX where a good one was. The file
gets the mode an ordinary new file would (``0666`` less the user's umask), or keeps the mode of the
file it replaces; a temporary file alone would be private (``0600``).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from reviewer.formats.errors import BadInputError


def check_destination(path: Path, *, folder_ok: bool = True) -> None:
    """Raise :class:`BadInputError` now, before any work, if nothing can be written at ``path``."""
    path = Path(path)
    if path.is_dir():
        if not folder_ok:
            raise BadInputError(str(path), "is a folder; give a file name to export to")
        return
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise BadInputError(str(path), f"the folder {parent} does not exist")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it onto ``path`` if the block succeeds."""
    path = Path(path)
    check_destination(path, folder_ok=False)
    parent = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=parent)
    try:
        os.fchmod(fd, _mode_for(path))
    finally:
        os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_open(path: Path, *, newline: str | None = "\n",
                encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Open a text file for writing that appears at ``path`` only once it is complete."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding=encoding, newline=newline,
                                        buffering=1 << 20) as out:
        yield out


def _mode_for(path: Path) -> int:
    """The mode of the file at ``path`` if there is one, else a new file's under the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def slug(text: str, limit: int = 40) -> str:
    """A file-name-friendly form of a title: letters (any script), digits and dashes."""
    out = ""
    for word in re.findall(r"\w+", text.lower()):
        if out and len(out) + 1 + len(word) > limit:
            break
        out = f"{out}-{word}" if out else word[:limit]
    return out or "article"


def output_paths(base: Path, keys: Sequence[tuple[str, ...]],
                 suffix: str) -> dict[tuple[str, ...], Path]:
    """Where each of several outputs of one export goes.

    One output goes exactly to ``base``. Several go beside it as ``stem.KEY.suffix`` (for
    example ``article.uk.docx`` and ``article.ru.docx``), or into ``base`` if it is a folder.
    """
    base = Path(base)
    if base.is_dir():
        return {k: base / (".".join(k) + suffix) for k in keys}
    if len(keys) == 1:
        return {keys[0]: base}
    ext = base.suffix or suffix
    return {k: base.with_name(".".join((base.stem, *k)) + ext) for k in keys}

"""The one error importers raise for bad input: the world's fault, told in a translator's words.

``str(err)`` is a single line ``"<file or URL>: <reason>"`` (for example
``notes.pdf: unsupported file type .pdf (expected .txt, .md, .html, .docx)``) so that the CLI can
print it and the window can show it in a message box or status bar without further work.
"""

from __future__ import annotations

from reviewer.core.errors import ReviewerError

MEGABYTE = 1024 * 1024
MAX_BYTES = 20 * MEGABYTE


class BadInputError(ReviewerError):
    """A file, URL or stdin text that cannot be read as an article, and why.

    ``source`` names the input as the user gave it (a path, a URL, or ``stdin``); ``reason`` says
    what is wrong with it. Both are flattened to one line.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = _one_line(source)
        self.reason = _one_line(reason)
        super().__init__(f"{self.source}: {self.reason}")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def human_size(size: int) -> str:
    """Return ``size`` in bytes as people read it: ``512 bytes``, ``3.4 KB``, ``25.3 MB``."""
    if size < 1024:
        return f"{size} bytes" if size != 1 else "1 byte"
    if size < MEGABYTE:
        return f"{_trim(size / 1024)} KB"
    return f"{_trim(size / MEGABYTE)} MB"


def _trim(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def too_big(source: str, size: int | None, limit: int, what: str = "file") -> BadInputError:
    """The error for input over ``limit`` bytes (``size`` is ``None`` if only known to be more)."""
    if size is None:
        return BadInputError(source, f"the {what} is over the {human_size(limit)} limit")
    return BadInputError(
        source, f"the {what} is {human_size(size)}, over the {human_size(limit)} limit"
    )

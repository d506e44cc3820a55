"""The family of known errors: the user's or the world's fault, never a bug.

Every error a translator can act on (a bad file, an unknown language code, a segment number out of
range, a locked database, an engine that does not answer) derives from :class:`ReviewerError`. Its
text is one line, ``"<file, segment or thing>: <reason>"``, in words a translator understands, so
that the command line prints it as ``reviewer: <text>`` (exit status 2) and the window shows it in
the status bar. Anything else that escapes, ``ValueError`` included, is a bug: the command line
lets its traceback through and the window opens the crash dialog.

Each layer keeps its own subclasses beside the code that raises them (``BadInputError`` in
formats, ``StoreError`` in storage, ``EngineError`` in engines, ``ReviewError`` in the library);
the ones here serve every layer.
"""

from __future__ import annotations

from pathlib import Path


class ReviewerError(Exception):
    """The root of every known error: the user or the world, not the code, is at fault."""


class UsageError(ReviewerError):
    """A request that cannot be done as asked: options that do not go together, a segment
    number outside the article, a value out of range."""


class FileAccessError(ReviewerError):
    """A file or folder the system refused to read or write (missing, no permission, disk full).

    Made at the boundary where a path is opened, from the ``OSError`` it raised, so the message
    names the path: ``"out/article.tmx: No space left on device"``.
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.path}: {self.reason}")

    @classmethod
    def wrap(cls, error: OSError, path: Path | str | None = None) -> FileAccessError:
        """The known error for ``error``, naming its own file name if it has one, else ``path``."""
        named = error.filename if error.filename is not None else path
        return cls(str(named) if named is not None else "file", error.strerror or str(error))

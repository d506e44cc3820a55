"""Every known error is a ReviewerError, so the CLI and the window tell it from a bug."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import reviewer
from reviewer.core.alignment import LinkFixError
from reviewer.core.errors import FileAccessError, ReviewerError, UsageError
from reviewer.core.languages import UnknownLanguageError
from reviewer.core.qa import UnknownCheckError, UnknownTargetError
from reviewer.engines.errors import EngineConfigError, EngineError
from reviewer.formats.errors import BadInputError
from reviewer.library import ReviewError
from reviewer.storage.edits import EditConflictError
from reviewer.storage.errors import NotFoundError, StoreError, StoreLockedError

KNOWN = [BadInputError, StoreError, StoreLockedError, NotFoundError, EditConflictError,
         EngineError, EngineConfigError, ReviewError, LinkFixError, UnknownLanguageError,
         UnknownCheckError, UnknownTargetError, UsageError, FileAccessError]


@pytest.mark.parametrize("cls", KNOWN, ids=lambda c: c.__name__)
def test_known_error_is_a_reviewer_error(cls: type[Exception]) -> None:
    assert issubclass(cls, ReviewerError)
    assert not issubclass(cls, ValueError), "a ValueError is a bug; a known error is not one"


def test_every_error_class_the_package_defines_is_known() -> None:
    """A new exception class anywhere in reviewer (outside the UI) must join the family."""
    defined = set()
    for info in pkgutil.walk_packages(reviewer.__path__, "reviewer."):
        if info.name.startswith(("reviewer.ui", "reviewer.app", "reviewer.__main__")):
            continue
        module = importlib.import_module(info.name)
        defined |= {cls for _, cls in inspect.getmembers(module, inspect.isclass)
                    if issubclass(cls, BaseException) and cls.__module__ == info.name}
    assert set(KNOWN) <= defined
    assert {c for c in defined if not issubclass(c, ReviewerError)} == set()


def test_an_os_error_becomes_a_file_error_naming_the_path() -> None:
    full = OSError(28, "No space left on device")
    assert str(FileAccessError.wrap(full, "out/article.tmx")) == (
        "out/article.tmx: No space left on device")
    missing = FileNotFoundError(2, "No such file or directory", "in/notes.txt")
    assert str(FileAccessError.wrap(missing, "in")) == "in/notes.txt: No such file or directory"

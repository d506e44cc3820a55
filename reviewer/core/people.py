"""The people of a review team: each reviewer's name and role, and the rule of who may change a
signed-off segment.

A name is whatever a person is called in the newsroom (``Olena``, ``o.koval``): it goes into every
history row, annotation, effort record and export. Where it comes from, first found wins: the
``--user`` option of the command line (in the window: the name in Settings), the
``REVIEWER_USER`` environment variable, then the login name of the operating system. When even
that cannot be read (no ``USER``/``LOGNAME`` and no password entry, as in some containers) the
name is :data:`FALLBACK_NAME`, and :class:`Name` says so.

Roles are ``translator``, ``reviewer`` and ``editor``. A name the library does not list is a
``translator``: the least a newsroom grants by default, so that nobody becomes an editor by
typing a new name. Only an editor may sign off, reopen, or change a signed-off segment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from reviewer.core.errors import UsageError

ENV_USER = "REVIEWER_USER"
FALLBACK_NAME = "reviewer"
MAX_NAME = 64


class TeamRole(StrEnum):
    """What a person may do: translate, review, or also sign off (lock) and reopen."""

    TRANSLATOR = "translator"
    REVIEWER = "reviewer"
    EDITOR = "editor"


DEFAULT_ROLE = TeamRole.TRANSLATOR


@dataclass(frozen=True)
class Name:
    """A reviewer's name and where it came from (``option``, ``settings``, ``environment``,
    ``system`` or ``fallback``)."""

    name: str
    source: str

    @property
    def is_fallback(self) -> bool:
        """True when no name could be found and :data:`FALLBACK_NAME` stands in."""
        return self.source == "fallback"


def clean_name(name: str) -> str:
    """``name`` with its spaces tidied; :class:`UsageError` when it is empty, too long or holds
    control characters (it goes into history rows and XML attributes)."""
    tidy = " ".join(name.split())
    if not tidy:
        raise UsageError("reviewer name: empty; give a name such as --user Olena")
    if len(tidy) > MAX_NAME:
        raise UsageError(f"reviewer name {tidy[:20]!r}...: longer than {MAX_NAME} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in tidy):
        raise UsageError(f"reviewer name {tidy!r}: holds control characters")
    return tidy


def system_name() -> str | None:
    """The operating system's login name, if it can be read."""
    import getpass  # noqa: PLC0415 - only when no name is given: short commands stay light

    try:
        found = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name and no password entry
        return None
    tidy = " ".join(found.split())
    return tidy or None


def resolve_name(option: str | None = None, setting: str | None = None,
                 env: Mapping[str, str] | None = None) -> Name:
    """The reviewer's name: ``option`` (the CLI's ``--user``), else ``setting`` (the window's
    Settings), else ``$REVIEWER_USER``, else the system's login name, else
    :data:`FALLBACK_NAME`."""
    environ = os.environ if env is None else env
    for value, source in ((option, "option"), (setting, "settings"),
                          (environ.get(ENV_USER), "environment")):
        if value is not None and value.strip():
            return Name(clean_name(value), source)
    found = system_name()
    if found:
        return Name(clean_name(found), "system")
    return Name(FALLBACK_NAME, "fallback")


def parse_role(text: str) -> TeamRole:
    """The role named ``text``; :class:`UsageError` listing the roles otherwise."""
    try:
        return TeamRole(text.strip().lower())
    except ValueError:
        raise UsageError(f"role {text!r}: use one of "
                         + ", ".join(r.value for r in TeamRole)) from None

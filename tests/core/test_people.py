"""The reviewer's name (option, settings, environment, system login, fallback) and roles."""

from __future__ import annotations

import getpass

import pytest

from reviewer.core.errors import UsageError
from reviewer.core.people import FALLBACK_NAME, TeamRole, clean_name, parse_role, resolve_name


def test_the_option_wins_then_settings_then_the_environment() -> None:
    env = {"REVIEWER_USER": "Env Name"}
    assert resolve_name("Olena", "Set", env).name == "Olena"
    assert resolve_name(None, "Set", env).name == "Set"
    found = resolve_name(None, "  ", env)
    assert (found.name, found.source) == ("Env Name", "environment")


def test_the_system_login_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "okoval")
    found = resolve_name(env={})
    assert (found.name, found.source, found.is_fallback) == ("okoval", "system", False)


def test_without_any_name_the_fallback_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("No username set in the environment")
    monkeypatch.setattr(getpass, "getuser", no_user)
    found = resolve_name(env={})
    assert found.name == FALLBACK_NAME and found.is_fallback


def test_names_are_tidied_and_bad_ones_refused() -> None:
    assert clean_name("  Olena   Koval ") == "Olena Koval"
    for bad in ("", "   ", "a\x00b", "x" * 65):
        with pytest.raises(UsageError, match="reviewer name"):
            clean_name(bad)


def test_roles() -> None:
    assert parse_role(" Editor ") is TeamRole.EDITOR
    with pytest.raises(UsageError, match="translator, reviewer, editor"):
        parse_role("boss")

"""Where a store lives: a SQLite file path or a ``postgresql://`` URL, and how a URL is shown.

A URL may carry a password. :class:`PgUrl` is the URL as a ``str`` whose text (``str()``, an
f-string, ``repr``) has the password replaced by ``***``, so that an error message or a log line
that names the store never shows it; :attr:`PgUrl.secret` is the URL to connect with.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_pg_url(target: object) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a SQLite file."""
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def redact(url: str) -> str:
    """``url`` with its password (and any ``password=`` query parameter) replaced by ``***``."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{host}"
    query = "&".join(
        ("password=***" if item.lower().startswith("password=") else item)
        for item in parts.query.split("&")) if parts.query else ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class PgUrl(str):
    """A PostgreSQL URL that shows itself without its password."""

    secret: str

    def __new__(cls, url: str) -> PgUrl:
        shown = super().__new__(cls, redact(url))
        shown.secret = url.secret if isinstance(url, PgUrl) else url
        return shown

    def __repr__(self) -> str:
        return f"PgUrl({str.__repr__(self)})"


def location(target: Path | str) -> Path | PgUrl:
    """A store target as the store keeps it: a :class:`PgUrl`, or a path."""
    if isinstance(target, PgUrl):
        return target
    if is_pg_url(target):
        return PgUrl(str(target))
    return Path(target)

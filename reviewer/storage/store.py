"""The store: one object over one connection that the CLI and the window use for all data."""

from __future__ import annotations

from pathlib import Path

from reviewer.storage.articles import ArticlesMixin, ArticleSummary
from reviewer.storage.connection import Connection, open_connection
from reviewer.storage.human import HumanMixin
from reviewer.storage.pg_url import is_pg_url
from reviewer.storage.translations import TranslationsMixin
from reviewer.storage.views import SearchHit, ViewsMixin


class Store(ArticlesMixin, HumanMixin, TranslationsMixin, ViewsMixin):
    """All reads and writes of the reviewer database; each write commits before it returns.

    On SQLite (a path) or PostgreSQL (a ``postgresql://`` URL). A ``Store`` belongs to the thread
    that opened it (sqlite3 connections are bound to their thread); the window keeps one on its
    database thread.
    """

    def __init__(self, path: Path | str | None = None, *, busy_timeout: float | None = None):
        kwargs = {} if busy_timeout is None else {"busy_timeout": busy_timeout}
        self.conn: Connection = open_connection(path, **kwargs)

    @property
    def path(self) -> Path:
        """Where the database is: its file, or (on PostgreSQL) its URL as a
        :class:`~reviewer.storage.pg_url.PgUrl` (``Store(store.path)`` opens it again)."""
        return self.conn.path

    @property
    def engine(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return "postgresql" if is_pg_url(self.conn.path) else "sqlite"

    def meta(self, key: str) -> str | None:
        """A value the app keeps about this database (e.g. whether the sample was imported)."""
        with self.conn.reading() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Remember a value about this database."""
        with self.conn.transaction() as db:
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value", [key, value])

    def close(self) -> None:
        """Close the database."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["ArticleSummary", "SearchHit", "Store"]

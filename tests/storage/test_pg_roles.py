"""One PostgreSQL role per reviewer (README, "Team server" > Security): the GRANT statements the
README shows, run on a store's database, let a login role that is no owner and no superuser
open the library and review in it, while the history stays append-only by privilege as well as
by its trigger, and the server knows who connected (``session_user``)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from tests.pg_server import PgServer

pytestmark = pytest.mark.timeout(60)
PASSWORD = "ivan-LEAKCHECK-2b1d"
# As in README.md (Team server > Security), for a database named reviewer_db owned by postgres.
GRANTS = """
CREATE ROLE reviewer_team NOLOGIN;
GRANT CONNECT ON DATABASE reviewer_db TO reviewer_team;
GRANT USAGE ON SCHEMA public TO reviewer_team;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO reviewer_team;
REVOKE UPDATE, DELETE ON history FROM reviewer_team;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO reviewer_team;
GRANT reviewer_team TO ivan;
"""


def test_a_reviewers_own_role_with_the_readme_grants_reviews(
        pg_server: PgServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    url = pg_server.password_role("ivan", PASSWORD, superuser=False)
    dbname = url.split("/")[3].split("?")[0]
    owner_url = url.replace("ivan@", "postgres@", 1)
    with Store(owner_url) as store:  # the owner creates the tables and imports
        library.ensure_sample(store)
    with psycopg.connect(owner_url, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'reviewer_team'").fetchone():
            conn.execute("DROP OWNED BY reviewer_team")  # a role left by an earlier database
            conn.execute("DROP ROLE reviewer_team")
        for statement in GRANTS.replace("reviewer_db", dbname).split(";"):
            if statement.strip():
                conn.execute(statement.encode())
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with Store(url) as store:
        seg = store.segments(store.articles()[0].article.id)[0]
        store.set_translation(seg.id, "uk", "Схвалено Іваном.", Status.APPROVED, Origin.EDITED)
        assert store.conn.db.execute("SELECT session_user").fetchone()[0] == "ivan"
    ivan = psycopg.connect(url)
    try:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ivan.execute("DELETE FROM history")
        ivan.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ivan.execute("CREATE TABLE mine (x int)")
    finally:
        ivan.close()
    with Store(owner_url) as store:
        assert store.translation(seg.id, "uk").text == "Схвалено Іваном."

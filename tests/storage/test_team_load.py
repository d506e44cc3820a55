"""The team load bench at a tiny size, on both engines: reviewer processes colliding on one
segment, and on PostgreSQL the server stopped at once mid-burst and started again. Asserts the
invariants (every acknowledged change present once, every refusal reported to its author with a
real newer change, versions and history agreeing, no orphans), never the timings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.team_check import check
from bench.team_load import run
from reviewer.storage.store import Store
from tests.pg_server import PgServer

# Two reviewers on one segment of a 20-segment article, each pausing up to 30 ms between reading
# and writing: their changes collide.
TINY: dict[str, Any] = {"workers": 2, "ops": 20, "segments": 20, "hot": 1, "hot_share": 1.0,
                        "think_ms": 30.0}


def test_colliding_reviewers_lose_nothing_and_hear_of_every_refusal(
        db_target: str, tmp_path: Path) -> None:
    figures = run(db_target, folder=tmp_path, **TINY)
    assert figures["problems"] == []
    assert figures["ops"] == 20 and figures["acks"] + figures["conflicts"] == 20
    assert figures["conflicts"] >= 1, "no collision: the test proved nothing"
    assert figures["token_rows"] == figures["acks"] and figures["in_doubt"] == 0


def test_the_check_finds_a_change_applied_twice(db_target: str, tmp_path: Path) -> None:
    import json

    article = run(db_target, folder=tmp_path, **TINY)["article"]
    records = [json.loads(line) for path in sorted(tmp_path.glob("w*.jsonl"))
               for line in path.read_text().splitlines()]
    acked = next(r for r in records if r["result"] == "ack")
    with Store(db_target) as store:
        assert check(store, article, records)[0] == []
        with store.conn.transaction() as db:  # the same change written a second time
            db.execute("INSERT INTO history (article_id, segment_id, lang, action, new_text, "
                       "actor, at) SELECT article_id, segment_id, lang, action, new_text, actor, "
                       "at FROM history WHERE new_text LIKE ?", [f"%[{acked['token']}]"])
        problems = check(store, article, records)[0]
    assert any(f"{acked['token']}: in the history 2 times" in p for p in problems), problems


def test_server_stopped_mid_burst_loses_nothing_and_doubles_nothing(
        own_server: PgServer, tmp_path: Path) -> None:
    def cut() -> None:
        own_server.crash()
        own_server.start_again()

    url = own_server.new_database()
    figures = run(url, folder=tmp_path, fault=cut, fault_at=0.3, pace_ms=20.0,
                  **{**TINY, "ops": 40, "hot_share": 0.5})
    assert figures["fault"]["done_before"] < 40, "the burst ended first: the test proved nothing"
    assert figures["reconnects"] >= 2  # both reviewers lost the server and came back
    assert figures["problems"] == []
    assert figures["ops"] == 40 and figures["acks"] + figures["conflicts"] == 40
    assert figures["token_rows"] == figures["acks"] + figures["in_doubt_applied"]

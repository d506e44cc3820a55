"""The invariants the team load bench checks after a burst (:mod:`bench.team_load`).

From the workers' records and the store's rows: every acknowledged change is in the history
exactly once, by its author, as the change that gave the translation the version the author was
told; no token is in the history twice; every refused change is absent and its refusal names
another reviewer's real change, newer than what the author read; each translation's version
equals its number of history rows and its text is its last history row's; no history row or
translation hangs off a missing segment; on SQLite the file passes its integrity check (what
``reviewer library check`` runs). Returns the list of problems (empty: sound) and counts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from reviewer.storage.health import quick_check
from reviewer.storage.store import Store

TOKEN = re.compile(r"\[(w\d+n\d+)\]")


def check(store: Store, article_id: int, records: list[dict[str, Any]],
          lang: str = "uk") -> tuple[list[str], dict[str, int]]:
    """Problems found (empty: every invariant holds) and counts of what was seen."""
    db = store.conn.db
    rows = db.execute("SELECT id, segment_id, new_text, actor, at FROM history "
                      "WHERE article_id = ? AND lang = ? ORDER BY id",
                      [article_id, lang]).fetchall()
    by_seg: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    tokens: Counter[str] = Counter()
    for row in rows:
        by_seg[row[1]].append(tuple(row))
        found = TOKEN.search(row[2] or "")
        if found:
            tokens[found.group(1)] += 1
    problems: list[str] = []
    problems += [f"{t}: in the history {n} times" for t, n in tokens.items() if n > 1]
    known = {r["token"] for r in records}
    problems += [f"{t}: in the history but no worker recorded it" for t in tokens
                 if t not in known]
    counts = Counter(acks=0, conflicts=0, in_doubt=0, in_doubt_applied=0, found_at_retry=0)
    for r in records:
        problems += _record(r, tokens, by_seg, counts)
    problems += _translations(store, article_id, lang, by_seg)
    problems += soundness(store)
    counts["history_rows"] = len(rows)
    counts["token_rows"] = sum(tokens.values())
    if counts["token_rows"] != counts["acks"] + counts["in_doubt_applied"]:
        problems.append(f"{counts['token_rows']} changes in the history, {counts['acks']} "
                        f"acknowledged + {counts['in_doubt_applied']} in doubt")
    return problems, dict(counts)


def _record(r: dict[str, Any], tokens: Counter[str], by_seg: dict[int, list[tuple[Any, ...]]],
            counts: Counter[str]) -> list[str]:
    token, seg, author = r["token"], r["seg"], r["token"].split("n")[0]
    counts["in_doubt"] += r["in_doubt"]
    counts["found_at_retry"] += r.get("found", False)
    if r["result"] == "ack":
        counts["acks"] += 1
        history = by_seg.get(seg, [])
        version = r["version"]
        if tokens[token] != 1:
            return [f"{token}: acknowledged (version {version}) but in the history "
                    f"{tokens[token]} times"]
        if not 1 <= version <= len(history):
            return [f"{token}: acknowledged version {version}, segment has {len(history)} rows"]
        row = history[version - 1]
        found = TOKEN.search(row[2] or "")
        if found is None or found.group(1) != token:
            return [f"{token}: version {version} of segment {seg} is {row[2]!r}"]
        if row[3] != author:
            return [f"{token}: recorded as {row[3]!r}, made by {author!r}"]
        return []
    counts["conflicts"] += 1
    problems = []
    if tokens[token]:
        if not r["in_doubt"]:
            problems.append(f"{token}: refused, yet in the history")
        counts["in_doubt_applied"] += 1
    if not r["by"] or (r["by"] == author and not r["in_doubt"]):
        problems.append(f"{token}: refusal names {r['by']!r}, not another reviewer")
    if not any(h[3] == r["by"] and h[4] == r["at"] for h in by_seg.get(seg, [])):
        problems.append(f"{token}: refusal names a change by {r['by']} at {r['at']} that the "
                        "history does not hold")
    if r["theirs"] <= r["read"]:
        problems.append(f"{token}: refused at version {r['theirs']}, read at {r['read']}")
    return problems


def _translations(store: Store, article_id: int, lang: str,
                  by_seg: dict[int, list[tuple[Any, ...]]]) -> list[str]:
    problems = []
    for seg, text, version in store.conn.db.execute(
            "SELECT t.segment_id, t.text, t.version FROM translations t JOIN segments s "
            "ON s.id = t.segment_id WHERE s.article_id = ? AND t.lang = ?",
            [article_id, lang]).fetchall():
        history = by_seg.get(seg, [])
        if version != len(history):
            problems.append(f"segment {seg}: version {version}, {len(history)} history rows")
        elif history[-1][2] != text:
            problems.append(f"segment {seg}: text {text!r}, last history row {history[-1][2]!r}")
    return problems


def soundness(store: Store) -> list[str]:
    """What ``reviewer library check`` would find (on SQLite: its integrity check), and on
    either engine rows hanging off a segment or article that does not exist."""
    db = store.conn.db
    problems = [] if store.engine != "sqlite" else quick_check(db.conn, full=True)
    queries = {
        "history rows of a missing segment": "SELECT count(*) FROM history h WHERE "
        "h.segment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM segments s WHERE "
        "s.id = h.segment_id)",
        "translations of a missing segment": "SELECT count(*) FROM translations t WHERE "
        "NOT EXISTS (SELECT 1 FROM segments s WHERE s.id = t.segment_id)",
        "segments of a missing article": "SELECT count(*) FROM segments s WHERE NOT EXISTS "
        "(SELECT 1 FROM articles a WHERE a.id = s.article_id)",
    }
    for what, sql in queries.items():
        n = db.execute(sql).fetchone()[0]
        if n:
            problems.append(f"{n} {what}")
    return problems

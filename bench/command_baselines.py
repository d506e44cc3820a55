"""The baselines of bench/commands.py: the same work done plainly, each run as its own process.

Each is a small Python program (run with ``python -c``) over the same database or files:

- ``UPSERTS``: one committed upsert of a final translation and one history row per segment (WAL,
  ``synchronous=FULL``, as the store writes): what ``approve ART all`` must at least do.
- ``TT_TMX``: translate-toolkit writing the approved units of the library as TMX, read with
  sqlite3 (the same units ``reviewer export --all --format tmx`` writes).
- ``FTS``: the three FTS5 queries of ``reviewer search`` run with sqlite3.
- ``SCAN``: the memory's units of one pair read with sqlite3 and scanned with
  ``rapidfuzz.process.extract`` (normalised Levenshtein, top 5).
"""

from __future__ import annotations

UPSERTS = r"""
import sqlite3, sys, datetime
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL"); db.execute("PRAGMA synchronous = FULL")
rows = db.execute("SELECT s.id, s.article_id, h.text FROM segments s JOIN links k ON "
                  "k.article_id = s.article_id AND k.lang = 'uk' AND k.src_start = s.idx "
                  "JOIN human_sentences h ON h.article_id = s.article_id AND h.lang = 'uk' "
                  "AND h.idx = k.hum_start WHERE s.article_id = 1 ORDER BY s.idx").fetchall()
for seg, art, text in rows:
    at = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO translations (segment_id, lang, text, status, origin, engine, "
               "comment, updated_at) VALUES (?, 'uk', ?, 'approved', 'human', NULL, '', ?) "
               "ON CONFLICT (segment_id, lang) DO UPDATE SET text = excluded.text, "
               "status = excluded.status, updated_at = excluded.updated_at", [seg, text, at])
    db.execute("INSERT INTO history (article_id, segment_id, lang, action, new_text, "
               "new_status, actor, origin, at) VALUES (?, ?, 'uk', 'approved', ?, 'approved', "
               "'reviewer', 'human', ?)", [art, seg, text, at])
    db.execute("COMMIT")
    print(f"approved #{seg} UA: {text}")
"""

TT_TMX = r"""
import sqlite3, sys
from translate.storage import tmx
db = sqlite3.connect(sys.argv[1])
store = tmx.tmxfile(sourcelanguage="en")
last = unit = None
for seg, source, lang, text in db.execute(
        "SELECT s.id, s.source, t.lang, t.text FROM translations t JOIN segments s "
        "ON s.id = t.segment_id WHERE t.status = 'approved' ORDER BY s.article_id, s.idx, t.lang"):
    if seg != last:  # one unit per segment with each approved target, as ours writes
        unit, last = store.addsourceunit(source, "en"), seg
        unit.setid(str(seg))
    unit.settarget(text, lang, append=True)
store.savefile(sys.argv[2])
"""

FTS = r"""
import re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
q = " ".join(f'"{w}"*' for w in re.findall(r"\w+", sys.argv[2]))
for sql in (
    "SELECT s.article_id, s.idx, s.source FROM segments_fts f JOIN segments s "
    "ON s.rowid = f.rowid WHERE segments_fts MATCH ? ORDER BY rank LIMIT 50",
    "SELECT s.article_id, s.idx, t.lang, t.text FROM translations_fts f JOIN translations t "
    "ON t.rowid = f.rowid JOIN segments s ON s.id = t.segment_id "
    "WHERE translations_fts MATCH ? ORDER BY rank LIMIT 50",
    "SELECT h.article_id, h.lang, h.text FROM human_sentences_fts f JOIN human_sentences h "
    "ON h.rowid = f.rowid WHERE human_sentences_fts MATCH ? ORDER BY rank LIMIT 50"):
    for row in db.execute(sql, [q]):
        print(*row)
"""

SCAN = r"""
import sqlite3, sys
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT source, target FROM tm_units WHERE source_lang = 'en' "
                  "AND target_lang = 'uk'").fetchall()
sources = [r[0] for r in rows]
for text, score, i in process.extract(sys.argv[2], sources, limit=5, score_cutoff=0.75,
                                      scorer=Levenshtein.normalized_similarity):
    print(round(score * 100), text, rows[i][1])
"""

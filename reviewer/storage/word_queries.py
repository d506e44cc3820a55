"""Source words per article and those approved per language, for the library panel.

One pass over the library's segments and approved translations; the words are counted by
:func:`reviewer.core.wordcount.count_words` (as CAT tools count them). The window runs it on its
store writer's thread after listing the library, so the listing itself (and ``reviewer list``)
stays as fast as before.
"""

from __future__ import annotations

from reviewer.core.model import Status
from reviewer.core.wordcount import WordProgress, count_words
from reviewer.storage.connection import Connection


def library_words(conn: Connection) -> dict[int, WordProgress]:
    """Every article's source words, and the source words approved in each language."""
    words: dict[int, int] = {}
    approved: dict[int, dict[str, int]] = {}
    with conn.reading() as db:
        sizes: dict[int, tuple[int, int]] = {}  # segment id -> (article id, words)
        for r in db.query("SELECT id, article_id, source FROM segments"):
            n = count_words(r["source"])
            sizes[r["id"]] = (r["article_id"], n)
            words[r["article_id"]] = words.get(r["article_id"], 0) + n
        for r in db.query("SELECT segment_id, lang FROM translations WHERE status = ?",
                          [str(Status.APPROVED)]):
            article_id, n = sizes.get(r["segment_id"], (0, 0))
            done = approved.setdefault(article_id, {})
            done[r["lang"]] = done.get(r["lang"], 0) + n
    return {article_id: WordProgress(total, approved.get(article_id, {}))
            for article_id, total in words.items()}

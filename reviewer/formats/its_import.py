"""Storing the quality issues an imported XLIFF target carries as MQM annotations.

The target's text becomes a human version, stripped of the ordinary whitespace at its ends, so
each issue's span is moved by what was stripped before it (and cut to the text kept). The
annotations go through :class:`reviewer.storage.annotations.Annotations`, as ``human``
annotations of the segment in the target's language, by the author ``import``, each with its
history row.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core import spaces
from reviewer.core.annotations import mark
from reviewer.formats.its import Issue
from reviewer.storage.annotations import Annotations
from reviewer.storage.store import Store

AUTHOR = "import"


def store_issues(store: Store, segment_id: int, lang: str, file_text: str,
                 issues: Sequence[Issue], where: str) -> int:
    """Store ``issues`` of ``file_text`` as annotations of the segment's human version in
    ``lang`` (stored as ``file_text`` stripped); return how many were stored."""
    if not issues:
        return 0
    text = spaces.strip(file_text)
    lead = len(file_text) - len(file_text.lstrip(spaces.ORDINARY))
    notes = Annotations(store, AUTHOR)
    for x in issues:
        start = min(max(x.start - lead, 0), len(text))
        end = min(max(x.end - lead, start), len(text))
        notes.add(mark(text, start, end, segment_id=segment_id, lang=lang, target="human",
                       category=x.category, severity=x.severity, note=x.note, author=AUTHOR,
                       where=where), "Import error marks")
    return len(issues)

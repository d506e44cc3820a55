"""JSON export: the articles, their segments and translations, in the documented schema.

The schema is the JSON Schema file ``export.schema.json`` beside this module (draft 2020-12);
``format`` is ``"reviewer-export"`` and ``version`` is 1. Text is written exactly as stored (JSON
escapes control characters as ``\\u0001``), UTF-8, Cyrillic unescaped. Indices are 1-based, as
users count. A segment is listed when it has an exported translation in some language (every
segment when all statuses are exported); ``human`` and ``mt`` carry the published human version
and the machine translations of the exported languages for reference.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reviewer.formats.outputs import atomic_open
from reviewer.formats.units import TOOL_NAME, TOOL_VERSION, ExportSet, Unit

FORMAT = "reviewer-export"
VERSION = 1



def _segment(data: ExportSet, u: Unit) -> dict[str, Any] | None:
    translations = {}
    for lang in data.langs:
        tr = data.selected(u, lang)
        if tr is not None:
            translations[lang] = {
                "text": tr.text, "status": str(tr.status), "origin": str(tr.origin),
                "engine": tr.engine, "comment": tr.comment, "reviewer": tr.reviewer or None,
                "created_at": tr.created_at or None, "updated_at": tr.updated_at or None}
    if not translations and not data.all_statuses:
        return None
    return {
        "id": u.key, "index": u.index + 1, "paragraph": u.paragraph + 1, "role": str(u.role),
        "source": u.source, "translations": translations,
        "human": {lang: u.human[lang] for lang in data.langs if u.human.get(lang)},
        "mt": {lang: [{"engine": m.engine, "text": m.text, "fetched_at": m.fetched_at or None}
                      for m in u.mt[lang]] for lang in data.langs if lang in u.mt},
    }


def to_json(data: ExportSet) -> dict[str, Any]:
    """``data`` as the export's JSON document (a dict ready for :func:`json.dump`)."""
    articles = []
    for a, units in data.by_article():
        segments = [s for s in (_segment(data, u) for u in units) if s is not None]
        articles.append({"id": a.id, "title": a.title, "source_lang": a.source_lang,
                         "origin": a.origin, "imported_at": a.imported_at,
                         "human_titles": dict(a.human_titles), "segments": segments})
    return {"format": FORMAT, "version": VERSION,
            "tool": {"name": TOOL_NAME, "version": TOOL_VERSION},
            "exported_at": data.exported_at, "statuses": data.statuses,
            "languages": list(data.langs), "articles": articles}


def export_json(data: ExportSet, path: Path) -> tuple[int, list[Path]]:
    """Write ``data`` as JSON at ``path``; return (segments written, [path])."""
    doc = to_json(data)
    with atomic_open(path) as out:
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return sum(len(a["segments"]) for a in doc["articles"]), [Path(path)]

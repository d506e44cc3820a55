"""Printing for the CLI: JSON with stable keys, and plain text for a terminal."""

from __future__ import annotations

import json
import sys
from typing import Any

from reviewer.core import languages
from reviewer.core.model import Article, SegmentView, Suggestion, Translation


def emit_json(data: Any) -> None:
    """Print ``data`` as UTF-8 JSON (Cyrillic unescaped) and flush."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def emit_line(data: Any) -> None:
    """Print one JSON object on one line (JSON Lines) and flush, so each is acknowledged at once."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def say(text: str) -> None:
    """Print a line and flush."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def article_json(a: Article) -> dict[str, Any]:
    """An article as the JSON of ``list`` and ``show``."""
    return {"id": a.id, "title": a.title, "source_lang": a.source_lang, "origin": a.origin,
            "imported_at": a.imported_at}


def suggestion_json(s: Suggestion) -> dict[str, Any]:
    """A machine translation as JSON."""
    return {"engine": s.engine, "text": s.text, "error": s.error, "fetched_at": s.fetched_at}


def translation_json(t: Translation) -> dict[str, Any]:
    """A final translation as JSON."""
    return {"text": t.text, "status": str(t.status), "origin": str(t.origin), "engine": t.engine,
            "comment": t.comment, "updated_at": t.updated_at, "version": t.version}


def view_json(v: SegmentView, langs: list[str]) -> dict[str, Any]:
    """One segment as the JSON of ``show`` (``index`` is 1-based, as users count)."""
    s = v.segment
    return {
        "index": s.index + 1, "paragraph": s.paragraph + 1, "role": str(s.role),
        "source": s.source,
        "human": {lang: {"text": v.human.get(lang), "link": v.link_kind.get(lang),
                         "flagged": v.flagged.get(lang, False),
                         "added": v.human_added.get(lang, [])}
                  for lang in langs if lang in v.link_kind or lang in v.human_added},
        "mt": {lang: [suggestion_json(x) for x in xs] for lang, xs in v.suggestions.items()},
        "final": {lang: translation_json(t) for lang, t in v.translations.items()},
    }


def view_text(v: SegmentView, langs: list[str], source_lang: str) -> list[str]:
    """One segment as lines of plain text for a terminal."""
    s = v.segment
    lines = [f"#{s.index + 1}  {s.role}  (paragraph {s.paragraph + 1})",
             f"  {languages.label(source_lang)}  {s.source}"]
    for lang in langs:
        tag = languages.label(lang)
        if lang in v.link_kind:
            kind = v.link_kind[lang]
            flag = "  [check alignment]" if v.flagged.get(lang) else ""
            human = v.human.get(lang) or "(joined with the segment above)"
            if kind.endswith("-0"):
                human = "(missing in the human version)"
            lines.append(f"  {tag} human [{kind}]{flag}  {human}")
        for extra in v.human_added.get(lang, []):
            lines.append(f"  {tag} human [0-1, added]  {extra}")
        for sug in v.suggestions.get(lang, []):
            body = sug.text if not sug.error else f"ERROR: {sug.error}"
            lines.append(f"  {tag} mt {sug.engine}  {body}")
        if lang in v.translations:
            t = v.translations[lang]
            via = f"{t.origin}" + (f" {t.engine}" if t.engine else "")
            lines.append(f"  {tag} final ({t.status}, {via})  {t.text}")
            if t.comment:
                lines.append(f"  {tag} comment  {t.comment}")
    return lines

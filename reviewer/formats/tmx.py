"""TMX 1.4b export: one ``tu`` per segment with a ``tuv`` for the source and each translation.

Read back by OmegaT, memoQ, Trados and translate-toolkit. What each part carries:

* ``header``: ``srclang`` (``*all*`` if the articles differ), ``segtype="sentence"``,
  ``o-tmf="reviewer"``, ``datatype="plaintext"``, ``creationtool``/``creationtoolversion``,
  ``adminlang="en"``, ``creationdate``; ``prop type="x-reviewer-statuses"`` says whether only
  approved translations (``approved``) or all (``all``) are in the file.
* ``tu``: ``tuid`` (``a12-s3``: article 12, segment 3), ``srclang``, and props ``x-article``,
  ``x-article-title``, ``x-segment`` (1-based), ``x-paragraph`` (1-based), ``x-role``.
* target ``tuv``: ``creationdate``/``creationid`` (first written, by whom), ``changedate``/
  ``changeid`` (last changed: the reviewer); props ``x-status``, ``x-origin`` (mt, human, tm,
  edited), ``x-engine`` (when machine-translated), ``x-reviewer``; the reviewer's comment as a
  ``note``. Dates are TMX's ``YYYYMMDDThhmmssZ``.

Only units with at least one exported translation get a ``tu``. Text is escaped by
:mod:`reviewer.formats.xmltext`, which also removes what XML 1.0 forbids.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from reviewer.formats.outputs import atomic_open
from reviewer.formats.units import TOOL_NAME, TOOL_VERSION, ExportSet, Target, provenance
from reviewer.formats.xmltext import CleanReport, Escaper

_UTC_TAILS = frozenset(("", "Z", "+00:00"))


def tmx_date(iso: str) -> str:
    """``2024-05-01T12:34:56+00:00`` as TMX writes it, ``20240501T123456Z`` (UTC), or ``""``.

    A time with no zone is UTC, as every time in the store is."""
    if len(iso) >= 19 and iso[19:] in _UTC_TAILS:
        return (iso[0:4] + iso[5:7] + iso[8:10] + "T" + iso[11:13] + iso[14:16] + iso[17:19]
                + "Z")
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if moment.tzinfo is None:  # the store's times are UTC, never the machine's local time
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _tuv(tr: Target, lang: str, esc: Escaper) -> str:
    t, a = esc.text, esc.attr
    attrs = f'xml:lang="{lang}"'
    if tr.created_at:
        attrs += f' creationdate="{tmx_date(tr.created_at)}"'
    if tr.created_by:
        attrs += f' creationid="{a(tr.created_by)}"'
    if tr.updated_at:
        attrs += f' changedate="{tmx_date(tr.updated_at)}"'
    if tr.reviewer:
        attrs += f' changeid="{a(tr.reviewer)}"'
    return (f'<tuv {attrs}>' + (f"<note>{t(tr.comment)}</note>" if tr.comment else "")
            + "".join(f'<prop type="x-{name}">{t(value)}</prop>'
                      for name, value in provenance(tr, dates=False))
            + f"<seg>{t(tr.text)}</seg></tuv>\n")


def write_tmx(data: ExportSet, out: IO[str], report: CleanReport | None = None) -> int:
    """Write ``data`` as TMX 1.4b to ``out``; return the number of ``tu`` written."""
    esc = Escaper(report)
    t, a = esc.text, esc.attr
    src_lang = data.source_lang
    titles = {x.id: a(x.title) for x in data.articles}
    src_of = {x.id: x.source_lang for x in data.articles}
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        '<tmx version="1.4">\n'
        f'<header creationtool="{TOOL_NAME}" creationtoolversion="{TOOL_VERSION}" '
        f'segtype="sentence" o-tmf="{TOOL_NAME}" adminlang="en" srclang="{a(src_lang)}" '
        f'datatype="plaintext" creationdate="{tmx_date(data.exported_at)}">\n'
        f'<prop type="x-reviewer-statuses">{data.statuses}</prop>\n</header>\n<body>\n')
    count, langs = 0, data.langs
    for u in data.units:
        esc.where = key = u.key
        tuvs = ""
        for lang in langs:
            tr = data.selected(u, lang)
            if tr is None:
                continue
            tuvs += _tuv(tr, lang, esc)
        if not tuvs:
            continue
        src = src_of[u.article_id]
        out.write(
            f'<tu tuid="{key}" srclang="{src}">'
            f'<prop type="x-article">{u.article_id}</prop>'
            f'<prop type="x-article-title">{titles[u.article_id]}</prop>'
            f'<prop type="x-segment">{u.index + 1}</prop>'
            f'<prop type="x-paragraph">{u.paragraph + 1}</prop>'
            f'<prop type="x-role">{u.role}</prop>\n'
            f'<tuv xml:lang="{src}"><seg>{t(u.source)}</seg></tuv>\n{tuvs}</tu>\n')
        count += 1
    out.write("</body>\n</tmx>\n")
    return count


def export_tmx(data: ExportSet, path: Path,
               report: CleanReport | None = None) -> tuple[int, list[Path]]:
    """Write ``data`` as one TMX file at ``path`` (atomically); return (``tu`` count, [path])."""
    with atomic_open(path) as out:
        return write_tmx(data, out, report), [Path(path)]

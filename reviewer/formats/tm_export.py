"""The whole translation memory as TMX 1.4b: approved segments and imported units.

The article export (:mod:`reviewer.formats.tmx`) writes one article's segments; this writes the
memory, whatever its origin, in the same dialect so that OmegaT, memoQ, Trados and
``reviewer import-tm`` read it back:

* ``header``: ``srclang`` (``*all*`` when units have several source languages), the tool, and
  ``prop type="x-reviewer-content"`` = ``memory``;
* one ``tu`` per approved segment, with a target ``tuv`` per approved language, and props
  ``x-kind`` (``approved``), ``x-article``, ``x-article-title``, ``x-segment`` (1-based);
* one ``tu`` per imported unit, with props ``x-kind`` (``imported``), ``x-origin`` (the file it
  came from) and ``x-tool`` when known;
* target ``tuv``: ``creationdate``, ``changedate`` and ``changeid`` (the last reviewer) where
  known, the note, and ``prop type="x-status"`` (``approved`` for approved segments, the file's
  status for imported units).

A pair (languages, source, target) already written is not written again. Text is escaped by
:mod:`reviewer.formats.xmltext`, which also removes what XML 1.0 forbids.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from reviewer.core.tm import APPROVED, MemoryUnit
from reviewer.formats.outputs import atomic_open
from reviewer.formats.tmx import tmx_date
from reviewer.formats.units import TOOL_NAME, TOOL_VERSION
from reviewer.formats.xmltext import CleanReport, Escaper
from reviewer.storage.connection import now


def _tuv(u: MemoryUnit, esc: Escaper) -> str:
    a, t = esc.attr, esc.text
    attrs = f'xml:lang="{a(u.target_lang)}"'
    if u.created_at and tmx_date(u.created_at):
        attrs += f' creationdate="{tmx_date(u.created_at)}"'
    if u.changed_at and tmx_date(u.changed_at):
        attrs += f' changedate="{tmx_date(u.changed_at)}"'
    if u.author:
        attrs += f' changeid="{a(u.author)}"'
    status = a(u.status)
    return (f"<tuv {attrs}>" + (f"<note>{t(u.note)}</note>" if u.note else "")
            + (f'<prop type="x-status">{status}</prop>' if status else "")
            + f"<seg>{t(u.target)}</seg></tuv>\n")


def _groups(units: Iterable[MemoryUnit]) -> list[list[MemoryUnit]]:
    """Units in ``tu`` order: an approved segment's languages together, duplicates dropped."""
    seen: set[tuple[str, str, str, str]] = set()
    groups: list[list[MemoryUnit]] = []
    by_segment: dict[int, list[MemoryUnit]] = {}
    for u in units:
        pair = (u.source_lang, u.target_lang, u.source, u.target)
        if pair in seen or not u.source.strip() or not u.target.strip():
            continue
        seen.add(pair)
        if u.kind == APPROVED and u.segment_id is not None:
            if u.segment_id not in by_segment:
                by_segment[u.segment_id] = []
                groups.append(by_segment[u.segment_id])
            by_segment[u.segment_id].append(u)
        else:
            groups.append([u])
    return groups


def write_memory_tmx(units: Iterable[MemoryUnit], out: IO[str],
                     report: CleanReport | None = None) -> tuple[int, int]:
    """Write ``units`` as TMX 1.4b to ``out``; return (``tu`` written, target ``tuv`` written)."""
    esc = Escaper(report)
    a, t = esc.attr, esc.text
    groups = _groups(units)
    sources = {g[0].source_lang for g in groups}
    src = next(iter(sources)) if len(sources) == 1 else "*all*"
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        '<tmx version="1.4">\n'
        f'<header creationtool="{TOOL_NAME}" creationtoolversion="{TOOL_VERSION}" '
        f'segtype="sentence" o-tmf="{TOOL_NAME}" adminlang="en" srclang="{a(src)}" '
        f'datatype="plaintext" creationdate="{tmx_date(now())}">\n'
        '<prop type="x-reviewer-content">memory</prop>\n</header>\n<body>\n')
    tuvs = 0
    for n, group in enumerate(groups, 1):
        first = group[0]
        if first.kind == APPROVED:
            esc.where = tuid = f"a{first.article_id}-s{(first.segment_index or 0) + 1}"
            props = (f'<prop type="x-kind">{APPROVED}</prop>'
                     f'<prop type="x-article">{first.article_id}</prop>'
                     f'<prop type="x-article-title">{t(first.origin)}</prop>'
                     f'<prop type="x-segment">{(first.segment_index or 0) + 1}</prop>')
        else:
            esc.where = tuid = f"tm{first.tm_id}" if first.tm_id is not None else f"u{n}"
            props = (f'<prop type="x-kind">{first.kind}</prop>'
                     f'<prop type="x-origin">{t(first.origin)}</prop>'
                     + (f'<prop type="x-tool">{t(first.tool)}</prop>' if first.tool else ""))
        out.write(f'<tu tuid="{a(tuid)}" srclang="{a(first.source_lang)}">{props}\n'
                  f'<tuv xml:lang="{a(first.source_lang)}"><seg>{t(first.source)}</seg></tuv>\n'
                  + "".join(_tuv(u, esc) for u in group) + "</tu>\n")
        tuvs += len(group)
    out.write("</body>\n</tmx>\n")
    return len(groups), tuvs


def export_memory_tmx(units: Iterable[MemoryUnit], path: Path | str,
                      report: CleanReport | None = None) -> tuple[int, int]:
    """Write the memory to ``path`` as TMX 1.4b, atomically; return (``tu``, target ``tuv``)."""
    with atomic_open(Path(path)) as out:
        return write_memory_tmx(units, out, report)

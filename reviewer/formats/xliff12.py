"""XLIFF 1.2 export: a ``file`` per target language, a ``group`` per article, a ``trans-unit`` each.

Valid against the OASIS strict schema. How review data maps onto XLIFF 1.2:

=========  ===================  ============  =======================================
status     ``target/@state``    ``approved``  ``target/@state-qualifier``
=========  ===================  ============  =======================================
approved   ``final``            ``yes``       ``leveraged-mt`` / ``leveraged-tm`` by origin
draft      ``translated``       ``no``        as above
new        ``new``              ``no``        as above
rejected   ``needs-translation``  ``no``      ``rejected-inaccurate``
=========  ===================  ============  =======================================

A segment with no translation (exported with all statuses) has no ``target``. Each
``trans-unit`` also has ``id`` (its key, ``a12-s3``: article 12, segment 3), ``restype``
``x-<role>``, a
``context-group name="x-reviewer-KEY" purpose="information"`` (names are unique per file)
with contexts ``x-paragraph``, ``x-status``, ``x-origin``,
``x-engine``, ``x-reviewer``, ``x-created``, ``x-changed``; the reviewer's comment as
``note from="reviewer" annotates="target"``; one ``alt-trans origin="ENGINE"`` per machine
translation (``alttranstype="proposal"``) and the published human version as
``alt-trans origin="human-version" alttranstype="reference"``. The MQM annotations of the target
are ITS 2.0 quality issues, ``<mrk mtype="x-its" its:locQualityIssueType=...>`` around their
spans (:mod:`reviewer.formats.its_markup`); the root then declares ``its`` with
``its:version="2.0"``.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reviewer.core.languages import SOURCE_DEFAULT
from reviewer.core.model import Origin, Status
from reviewer.formats.its import ITS_NS
from reviewer.formats.its_markup import marked
from reviewer.formats.outputs import atomic_open
from reviewer.formats.units import TOOL_NAME, TOOL_VERSION, ExportSet, Target, Unit, provenance
from reviewer.formats.xmltext import CleanReport, Escaper

NS = "urn:oasis:names:tc:xliff:document:1.2"
HUMAN_ORIGIN = "human-version"

STATE = {Status.APPROVED: "final", Status.DRAFT: "translated", Status.NEW: "new",
         Status.REJECTED: "needs-translation"}
QUALIFIER = {Origin.MT: "leveraged-mt", Origin.TM: "leveraged-tm"}
APPROVED = Status.APPROVED


def _target_attrs(tr: Target) -> str:
    qualifier = ("rejected-inaccurate" if tr.status == Status.REJECTED
                 else QUALIFIER.get(tr.origin))
    extra = f' state-qualifier="{qualifier}"' if qualifier else ""
    return f'state="{STATE[tr.status]}"{extra}'


def file_pairs(data: ExportSet) -> list[tuple[str, str]]:
    """(source, target) language pairs, one XLIFF ``file`` each: the target languages of each
    source language the articles have (a target equal to the source is skipped)."""
    sources = list(dict.fromkeys(x.source_lang for x in data.articles)) or [SOURCE_DEFAULT]
    return [(s, t) for s in sources for t in data.langs if t != s]


def _trans_unit(u: Unit, key: str, tr: Target | None, lang: str, esc: Escaper) -> str:
    t = esc.text
    if tr is None:
        head = (f'<trans-unit id="{key}" restype="x-{u.role}" xml:space="preserve">\n'
                f'<source>{t(u.source)}</source>\n')
        ctx = f'<context context-type="x-paragraph">{u.paragraph + 1}</context>'
        tail = ""
    else:
        approved = "yes" if tr.status == APPROVED else "no"
        head = (f'<trans-unit id="{key}" restype="x-{u.role}" approved="{approved}" '
                f'xml:space="preserve">\n<source>{t(u.source)}</source>\n'
                f'<target {_target_attrs(tr)}>'
                f'{marked(tr.text, tr.issues, t, esc.attr, 1)}</target>\n')
        ctx = (f'<context context-type="x-paragraph">{u.paragraph + 1}</context>'
               + "".join(f'<context context-type="x-{name}">{t(value)}</context>'
                         for name, value in provenance(tr)))
        tail = (f'<note from="reviewer" annotates="target">{t(tr.comment)}</note>\n'
                if tr.comment else "")
    alts = "".join(f'<alt-trans origin="{esc.attr(m.engine)}" alttranstype="proposal">'
                   f'<target>{t(m.text)}</target></alt-trans>\n'
                   for m in u.mt.get(lang, ()))
    human = u.human.get(lang)
    if human:
        alts += (f'<alt-trans origin="{HUMAN_ORIGIN}" alttranstype="reference">'
                 f'<target>{t(human)}</target></alt-trans>\n')
    return (f'{head}<context-group name="x-reviewer-{key}" purpose="information">{ctx}'
            f'</context-group>\n{tail}{alts}</trans-unit>\n')


def write_xliff12(data: ExportSet, out: IO[str], report: CleanReport | None = None) -> int:
    """Write ``data`` as XLIFF 1.2 to ``out``; return the number of ``trans-unit`` written."""
    esc = Escaper(report)
    a = esc.attr
    its = f' xmlns:its="{ITS_NS}" its:version="2.0"' if data.has_issues else ""
    out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{NS}"{its}>\n')
    count = 0
    for src_lang, lang in file_pairs(data):
        original = (f"article-{data.articles[0].id}" if len(data.articles) == 1
                    else "reviewer-library")
        out.write(
            f'<file original="{original}" source-language="{src_lang}" '
            f'target-language="{lang}" datatype="plaintext" tool-id="{TOOL_NAME}" '
            f'date="{data.exported_at}">\n<header><tool tool-id="{TOOL_NAME}" '
            f'tool-name="{TOOL_NAME}" tool-version="{TOOL_VERSION}"/>'
            f'<note from="{TOOL_NAME}">statuses: {data.statuses}</note></header>\n<body>\n')
        for article, units in data.by_article():
            if article.source_lang != src_lang:
                continue
            carried = data.carried(units, lang)
            if not carried:
                continue
            parts = [f'<group id="a{article.id}" resname="{a(article.title)}">\n']
            for u, tr in carried:
                esc.where = key = u.key
                parts.append(_trans_unit(u, key, tr, lang, esc))
            out.write("".join(parts) + "</group>\n")
            count += len(carried)
        out.write("</body>\n</file>\n")
    out.write("</xliff>\n")
    return count


def export_xliff12(data: ExportSet, path: Path,
                   report: CleanReport | None = None) -> tuple[int, list[Path]]:
    """Write ``data`` as one XLIFF 1.2 file at ``path`` (atomically); return (units, [path])."""
    with atomic_open(path) as out:
        return write_xliff12(data, out, report), [Path(path)]

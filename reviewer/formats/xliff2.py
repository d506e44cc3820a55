"""XLIFF 2.1 export: one document per target language (XLIFF 2 has one ``trgLang`` per file).

Valid against the OASIS 2.0 core schema (2.1 keeps the core namespace). A ``group`` per
article, a ``unit`` per segment (``id`` = key ``a12-s3``, ``name`` = role) with one ``segment``
(``id="s1"``). Review data:

* ``segment/@state``: approved ``final``, draft ``translated``, new ``initial``, rejected
  ``initial`` with ``subState="reviewer:rejected"``; no ``target`` when there is no translation.
* Metadata module ``mda:metadata`` / ``mda:metaGroup category="reviewer"`` with ``meta``
  types ``paragraph``, ``role``, ``status``, ``origin``, ``engine``, ``reviewer``, ``created``,
  ``changed``.
* Translation Candidates module ``mtc:matches``: one ``mtc:match type="mt" origin="ENGINE"`` per
  machine translation; the published human version as ``origin="human-version"``,
  ``type="other"``, ``subType="reviewer:human-version"``.
* The reviewer's comment as ``notes/note category="comment" appliesTo="target"``.
* MQM annotations of the target: the ITS module's ``<mrk id="lqiN" type="its:any"
  its:locQualityIssueType=...>`` around their spans, ``<sm/>``/``<em/>`` where spans cross
  (:mod:`reviewer.formats.its_markup`).

Control characters XML 1.0 forbids are written as ``<cp hex="..."/>`` in source and target (the
XLIFF 2 way, lossless) and dropped from metadata and notes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import IO

from reviewer.core.model import Status
from reviewer.formats.its import ITS_NS
from reviewer.formats.its_markup import marked
from reviewer.formats.outputs import atomic_open, output_paths
from reviewer.formats.units import TOOL_NAME, TOOL_VERSION, ExportSet, Target, Unit, provenance
from reviewer.formats.xliff12 import HUMAN_ORIGIN, file_pairs
from reviewer.formats.xmltext import CleanReport, Escaper

NS = "urn:oasis:names:tc:xliff:document:2.0"
MTC = "urn:oasis:names:tc:xliff:matches:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
VERSION = "2.1"

STATE = {Status.APPROVED: ("final", ""), Status.DRAFT: ("translated", ""),
         Status.NEW: ("initial", ""), Status.REJECTED: ("initial", "reviewer:rejected")}


def _unit(u: Unit, key: str, tr: Target | None, lang: str, esc: Escaper) -> str:
    t, inline = esc.text, esc.inline
    source = inline(u.source)
    meta = (f'<mda:meta type="paragraph">{u.paragraph + 1}</mda:meta>'
            f'<mda:meta type="role">{u.role}</mda:meta>')
    if tr is None:
        segment = f'<segment id="s1"><source>{source}</source></segment>'
        notes = ""
    else:
        state, sub = STATE[tr.status]
        sub_attr = f' subState="{sub}"' if sub else ""
        segment = (f'<segment id="s1" state="{state}"{sub_attr}><source>{source}</source>'
                   f'<target>{marked(tr.text, tr.issues, inline, esc.attr, 2)}</target></segment>')
        meta += "".join(f'<mda:meta type="{name}">{t(value)}</mda:meta>'
                        for name, value in provenance(tr))
        notes = (f'<notes><note category="comment" appliesTo="target">{t(tr.comment)}</note>'
                 '</notes>' if tr.comment else "")
    matches = "".join(f'<mtc:match ref="#s1" type="mt" origin="{esc.attr(m.engine)}">'
                      f'<source>{source}</source><target>{inline(m.text)}</target></mtc:match>'
                      for m in u.mt.get(lang, ()))
    human = u.human.get(lang)
    if human:
        matches += (f'<mtc:match ref="#s1" type="other" origin="{HUMAN_ORIGIN}" '
                    f'subType="reviewer:human-version"><source>{source}</source>'
                    f'<target>{inline(human)}</target></mtc:match>')
    if matches:
        matches = f"<mtc:matches>{matches}</mtc:matches>"
    return (f'<unit id="{key}" name="{u.role}" xml:space="preserve"><mda:metadata>'
            f'<mda:metaGroup category="reviewer">{meta}</mda:metaGroup></mda:metadata>'
            f'{matches}{notes}{segment}</unit>\n')


def write_xliff2(data: ExportSet, lang: str, out: IO[str],
                 report: CleanReport | None = None) -> int:
    """Write the ``lang`` translations of ``data`` as XLIFF 2.1 to ``out``; return the unit count.

    Articles whose source language differs from the first article's are left out (an XLIFF 2
    document has one source language); :func:`export_xliff2` writes them to files of their own.
    """
    esc = Escaper(report)
    a = esc.attr
    src_lang = data.articles[0].source_lang if data.articles else "en"
    its = f' xmlns:its="{ITS_NS}"' if data.has_issues else ""
    out.write(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{NS}" xmlns:mtc="{MTC}" '
        f'xmlns:mda="{MDA}"{its} version="{VERSION}" srcLang="{src_lang}" trgLang="{lang}">\n'
        f'<file id="f1" original="{TOOL_NAME}-{TOOL_VERSION}">\n'
        f'<mda:metadata><mda:metaGroup category="export"><mda:meta type="tool">{TOOL_NAME} '
        f'{TOOL_VERSION}</mda:meta><mda:meta type="statuses">{data.statuses}</mda:meta>'
        f'<mda:meta type="exported">{data.exported_at}</mda:meta></mda:metaGroup>'
        f'</mda:metadata>\n')
    count = 0
    for article, units in data.by_article():
        if article.source_lang != src_lang:
            continue
        parts = []
        for u, tr in data.carried(units, lang):
            count += 1
            esc.where = key = u.key
            parts.append(_unit(u, key, tr, lang, esc))
        if parts:
            out.write(f'<group id="a{article.id}" name="{a(article.title)}">\n'
                      + "".join(parts) + "</group>\n")
    if not count:
        out.write('<group id="empty"/>\n')
    out.write("</file>\n</xliff>\n")
    return count


def export_xliff2(data: ExportSet, path: Path,
                  report: CleanReport | None = None) -> tuple[int, list[Path]]:
    """Write ``data`` as XLIFF 2.1, one file per language pair; return (units, paths).

    With one target language the file is ``path``; with several, ``stem.uk.xlf`` and so on.
    """
    pairs = file_pairs(data)
    many_sources = len({s for s, _ in pairs}) > 1
    keys = {(s, t): (f"{s}-{t}",) if many_sources else (t,) for s, t in pairs}
    paths = output_paths(path, list(keys.values()), ".xlf")
    total = 0
    for (src, lang), key in keys.items():
        ids = {x.id for x in data.articles if x.source_lang == src}
        subset = replace(data, articles=[x for x in data.articles if x.id in ids],
                         units=[u for u in data.units if u.article_id in ids])
        with atomic_open(paths[key]) as out:
            total += write_xliff2(subset, lang, out, report)
    return total, [paths[k] for k in keys.values()]

"""Reading TMX (1.1-1.4b) and XLIFF (1.2 with Trados SDLXLIFF and memoQ MQXLIFF flavours, 2.x).

Parsing is safe against hostile XML: :mod:`defusedxml` refuses any entity declaration (no
"billion laughs", no external entities, so no file or network access) and the file is read
incrementally, each unit dropped once read. A file that is not well-formed, not TMX/XLIFF, or
broken in a way that makes a unit unreadable (a ``tuv`` without ``seg`` or language) raises
:class:`BadInputError` naming the file, the place and the reason, and nothing is returned: the
caller writes to the store only after the whole file has been read. ITS 2.0 quality issues
marked in XLIFF targets are read with them (:mod:`reviewer.formats.its_markup`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from reviewer.formats.errors import BadInputError
from reviewer.formats.exchange_model import (
    XML_LANG,
    ExchangeFile,
    ExchangeUnit,
    Variant,
    inline_text,
    iso_date,
    lang_code,
    local,
    text_of,
    vendor_status,
    xliff1_status,
    xliff2_status,
)
from reviewer.formats.its import Issue
from reviewer.formats.its_markup import read_issues

Events = Iterator[tuple[str, Element]]


def _events(path: Path) -> Events:
    try:
        yield from SafeET.iterparse(str(path), events=("start", "end"))
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        reason = str(exc).split(":")[0]
        raise BadInputError(str(path), f"not well-formed XML at line {line}, column {column} "
                                       f"({reason})") from exc
    except DefusedXmlException as exc:
        raise BadInputError(str(path), "declares XML entities, which are refused for safety "
                                       "(entity expansion or external entities)") from exc
    except OSError as exc:  # unreadable (permissions, a failing disk): the world's fault
        reason = (exc.strerror or type(exc).__name__).lower()
        raise BadInputError(str(path), f"cannot read the file ({reason})") from exc


def read_exchange(path: Path | str) -> ExchangeFile:
    """Read a TMX or XLIFF file completely; raise :class:`BadInputError` if it is unusable."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError(str(path), "no such file")
    events = _events(path)
    try:
        _, root = next(events)
    except StopIteration:
        raise BadInputError(str(path), "the file is empty") from None
    name, version = local(root.tag), root.get("version", "")
    if name == "tmx":
        return read_tmx(path, events)
    if name == "xliff" and (version.startswith("2") or ":document:2." in root.tag):
        return read_xliff2(path, root, events)
    if name == "xliff":
        return read_xliff1(path, events)
    raise BadInputError(str(path), f"not a TMX or XLIFF file (it starts with <{name}>)")


def _children(elem: Element, name: str) -> list[Element]:
    return [c for c in elem if local(c.tag) == name]


def read_tmx(path: Path, events: Events) -> ExchangeFile:
    """The units of a TMX file (any 1.x version), in file order."""
    out = ExchangeFile(str(path), "tmx", "", [])
    header_src, n = "", 0
    for event, elem in events:
        if event != "end":
            continue
        name = local(elem.tag)
        if name == "header":
            header_src = elem.get("srclang", "")
            out.tool = " ".join(x for x in (elem.get("creationtool"),
                                            elem.get("creationtoolversion")) if x)
        elif name == "tu":
            n += 1
            unit = _tmx_unit(path, n, elem, header_src, out.skipped_langs)
            if unit is not None:
                out.units.append(unit)
            elem.clear()
    return out


def _tmx_unit(path: Path, n: int, tu: Element, header_src: str,
              skipped: set[str]) -> ExchangeUnit | None:
    tuid = tu.get("tuid") or str(n)
    where = f"translation unit {n}" + (f" ({tuid})" if tu.get("tuid") else "")
    variants: dict[str, Variant] = {}
    for tuv in _children(tu, "tuv"):
        raw = tuv.get(XML_LANG) or tuv.get("lang")
        segs = _children(tuv, "seg")
        if not raw:
            raise BadInputError(str(path), f"{where}: a <tuv> has no xml:lang")
        if not segs:
            raise BadInputError(str(path), f"{where}: the <tuv xml:lang=\"{raw}\"> has no <seg>")
        lang = lang_code(raw, skipped)
        if lang is None or lang in variants:
            continue
        props = {p.get("type", ""): p.text or "" for p in _children(tuv, "prop")}
        variants[lang] = Variant(
            inline_text(segs[0]), props.get("x-status", ""),
            tuv.get("changeid") or tuv.get("creationid") or "",
            iso_date(tuv.get("creationdate") or tu.get("creationdate")),
            iso_date(tuv.get("changedate") or tu.get("changedate")),
            "\n".join(x.text or "" for x in _children(tuv, "note")))
    if not variants:
        return None
    src = tu.get("srclang") or header_src
    src_lang = lang_code(src, set()) if src and src != "*all*" else None
    if src_lang not in variants:
        src_lang = next(iter(variants))
    props = {p.get("type", ""): p.text or "" for p in _children(tu, "prop")}
    return ExchangeUnit(tuid, src_lang, variants, props)


def read_xliff1(path: Path, events: Events) -> ExchangeFile:
    """The units of an XLIFF 1.x file, one per trans-unit (per segment in SDLXLIFF)."""
    out = ExchangeFile(str(path), "xliff", "", [])
    src = tgt = None
    n = 0
    for event, elem in events:
        name = local(elem.tag)
        if event == "start" and name == "file":
            src = lang_code(elem.get("source-language"), out.skipped_langs)
            raw_target = elem.get("target-language")
            if not raw_target:
                raise BadInputError(str(path), f"<file original=\"{elem.get('original', '')}\"> "
                                               "has no target-language")
            tgt = lang_code(raw_target, out.skipped_langs)
            out.tool = out.tool or elem.get("tool-id") or elem.get("tool") or ""
        elif event == "end" and name == "tool":
            out.tool = " ".join(x for x in (elem.get("tool-name"), elem.get("tool-version")) if x)
        elif event == "end" and name == "trans-unit":
            n += 1
            if src and tgt:
                out.units.extend(_xliff1_units(elem, n, src, tgt))
            elem.clear()
    out.units = merge_by_id(out.units)
    return out


def merge_by_id(units: list[ExchangeUnit]) -> list[ExchangeUnit]:
    """Units that share an id and source text (one ``file`` per target language) made one."""
    merged: dict[tuple[str, str, str], ExchangeUnit] = {}
    for u in units:
        key = (u.id, u.source_lang, u.source)
        if key in merged:
            merged[key].variants.update({k: v for k, v in u.variants.items()
                                         if k not in merged[key].variants})
        else:
            merged[key] = ExchangeUnit(u.id, u.source_lang, dict(u.variants), u.props)
    return list(merged.values())


def _xliff1_units(tu: Element, n: int, src: str, tgt: str) -> list[ExchangeUnit]:
    tid = tu.get("id") or str(n)
    source, target = (next(iter(_children(tu, x)), None) for x in ("source", "target"))
    seg_source = next(iter(_children(tu, "seg-source")), None)
    notes = "\n".join((x.text or "").strip() for x in _children(tu, "note"))
    # Provenance as this tool writes it: <context context-type="x-reviewer">NAME</context>...
    ctx = {(c.get("context-type") or "")[2:]: (c.text or "").strip() for c in tu.iter()
           if local(c.tag) == "context" and (c.get("context-type") or "").startswith("x-")}
    vendor = next((v for k, v in tu.attrib.items() if k.endswith("}status")), None)  # memoQ
    status = (vendor_status(vendor) if vendor else xliff1_status(
        target.get("state") if target is not None else None, tu.get("approved"),
        target.get("state-qualifier") if target is not None else None))
    pairs: list[tuple[str, str, str | None, str]] = []
    issues: tuple[Issue, ...] = ()
    marks = [m for m in (seg_source.iter() if seg_source is not None else ())
             if local(m.tag) == "mrk" and m.get("mtype") == "seg"]
    if marks:  # segmented (Trados SDLXLIFF): one unit per <mrk mtype="seg" mid="...">
        done = {m.get("mid"): inline_text(m) for m in (target.iter() if target is not None else ())
                if local(m.tag) == "mrk" and m.get("mtype") == "seg"}
        conf = {s.get("id"): s.get("conf", "") for s in tu.iter()
                if local(s.tag) == "seg" and s.get("id") is not None}
        for m in marks:
            mid = m.get("mid", "")
            pairs.append((f"{tid}:{mid}", inline_text(m), done.get(mid),
                          vendor_status(conf[mid]) if conf.get(mid) else status))
    else:
        pairs.append((tid, text_of(source), text_of(target) if target is not None else None,
                      status))
        issues = read_issues(target, tu) if target is not None else ()
    units = []
    for uid, source_text, target_text, st in pairs:
        variants = {src: Variant(source_text)}
        if target_text and tgt != src:
            variants[tgt] = Variant(target_text, st, ctx.get("reviewer", ""),
                                    ctx.get("created", ""), ctx.get("changed", ""), notes, issues)
        units.append(ExchangeUnit(uid, src, variants))
    return units


def read_xliff2(path: Path, root: Element, events: Events) -> ExchangeFile:
    """The units of an XLIFF 2.x file, one per segment."""
    out = ExchangeFile(str(path), "xliff2", "", [])
    src = lang_code(root.get("srcLang"), out.skipped_langs)
    if not root.get("trgLang"):
        raise BadInputError(str(path), "the <xliff> element has no trgLang")
    tgt = lang_code(root.get("trgLang"), out.skipped_langs)
    n = 0
    for event, elem in events:
        if event == "end" and local(elem.tag) == "unit":
            n += 1
            if src and tgt:
                out.units.extend(_xliff2_units(elem, n, src, tgt))
            elem.clear()
    return out


def _xliff2_units(unit: Element, n: int, src: str, tgt: str) -> list[ExchangeUnit]:
    uid = unit.get("id") or str(n)
    notes = "\n".join((x.text or "").strip() for x in unit.iter() if local(x.tag) == "note")
    meta = {m.get("type"): m.text or "" for m in unit.iter() if local(m.tag) == "meta"}
    segments = _children(unit, "segment")
    units = []
    for i, seg in enumerate(segments, 1):
        source, target = (next(iter(_children(seg, x)), None) for x in ("source", "target"))
        sid = uid if len(segments) == 1 else f"{uid}::{seg.get('id') or f'segment-{i}'}"
        variants = {src: Variant(text_of(source))}
        if target is not None and text_of(target) and tgt != src:
            variants[tgt] = Variant(text_of(target), xliff2_status(seg.get("state"),
                                                                   seg.get("subState")),
                                    meta.get("reviewer", ""), meta.get("created", ""),
                                    meta.get("changed", ""), notes,
                                    read_issues(target, unit))
        units.append(ExchangeUnit(sid, src, variants))
    return units

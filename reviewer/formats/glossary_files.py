"""Reading glossaries: CSV/TSV (``source,uk,ru,note`` or ``source,target`` with a language) and
TBX (TBX-Basic / TBX v2 ``martif``, TBX v3 ``tbx``: termEntry or conceptEntry, langSet or
langSec, tig/ntig/termSec/termGrp, term).

TBX is parsed with :mod:`defusedxml`, which refuses entity declarations (no entity expansion, no
external entities, so no file or network access). Deprecated and superseded terms are skipped.
Every problem raises :class:`BadInputError` naming the file and the reason; nothing is returned
from a file that cannot be read whole.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from reviewer.core import languages
from reviewer.core.qa.glossary import Term
from reviewer.formats.decoding import decode
from reviewer.formats.errors import MAX_BYTES, BadInputError, too_big

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_SOURCE_NAMES = {"source", "src", "term", "source term", "english", "en", "eng"}
_TARGET_NAMES = {"target", "translation", "target term"}
_NOTE_NAMES = {"note", "notes", "comment", "comments", "definition", "description"}
_LANG_NAMES = {"ukrainian": "uk", "russian": "ru", "english": "en"}
_DEPRECATED = ("deprecated", "superseded", "notrecommended", "obsolete")


def read_glossary(path: Path | str, lang: str | None = None,
                  source_lang: str = "en") -> list[Term]:
    """Read a ``.csv``, ``.tsv``, ``.txt`` or ``.tbx`` glossary; ``lang`` picks one language."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError(str(path), "no such file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise too_big(str(path), size, MAX_BYTES)
    want = languages.normalize(lang) if lang else None
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml"):
        terms = read_tbx(path, languages.normalize(source_lang))
    elif suffix in (".csv", ".tsv", ".txt"):
        terms = read_csv(path, want)
    else:
        raise BadInputError(str(path), f"unsupported glossary type {suffix or '(none)'} "
                                       "(expected .csv, .tsv or .tbx)")
    terms = [t for t in terms if want is None or t.lang == want]
    if not terms:
        which = f" for {languages.label(want)}" if want else ""
        raise BadInputError(str(path), f"no glossary terms{which} were found")
    return terms


def _column(name: str) -> str | None:
    key = " ".join(name.strip().lower().replace("_", " ").split())
    if key in _SOURCE_NAMES:
        return "source"
    if key in _TARGET_NAMES:
        return "target"
    if key in _NOTE_NAMES:
        return "note"
    key = _LANG_NAMES.get(key, key)
    try:
        return languages.normalize(key) if len(key) <= 5 else None
    except languages.UnknownLanguageError:
        return None


def read_csv(path: Path | str, lang: str | None = None) -> list[Term]:
    """Read a CSV/TSV glossary with a header row: ``source,uk,ru,note`` or ``source,target,note``.

    Without a header, two or three columns are taken as source, target (and note) in ``lang``.
    """
    path = Path(path)
    text = decode(path.read_bytes(), str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    if not rows:
        raise BadInputError(str(path), "the file is empty")
    columns: list[str | None] = [_column(c) for c in rows[0]]
    if "source" in columns:
        body = rows[1:]
    elif lang and 2 <= len(rows[0]) <= 3:
        columns = [name for name in ("source", "target", "note")[:len(rows[0])]]
        body = rows
    else:
        raise BadInputError(str(path), "expected a header row such as source,uk,ru,note or "
                                       "source,target,note (with --lang)")
    if "target" in columns and not lang:
        raise BadInputError(str(path), "the file has a target column: say which language it "
                                       "is in with --lang (e.g. --lang uk)")
    terms: list[Term] = []
    for number, row in enumerate(body, start=2 if body is not rows else 1):
        cells = dict(zip(columns, (c.strip() for c in row), strict=False))
        source = cells.get("source", "")
        if not source:
            raise BadInputError(str(path), f"line {number}: the source term is empty")
        note = cells.get("note") or ""
        for column, value in cells.items():
            if not value or column in (None, "source", "note"):
                continue
            target_lang = lang if column == "target" else column
            if target_lang and target_lang != "en":
                terms.extend(Term(source, target_lang, v.strip(), note)
                             for v in value.split("|") if v.strip())
    return terms


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _lang_of(elem: Element) -> str | None:
    code = elem.get(_XML_LANG) or elem.get("lang")
    if not code:
        return None
    try:
        return languages.normalize(code)
    except languages.UnknownLanguageError:
        return None


def _usable_terms(section: Element) -> list[str]:
    """The terms of one language section, leaving out deprecated and superseded ones."""
    out: list[str] = []
    for group in section.iter():
        if _local(group.tag) not in ("tig", "ntig", "termSec", "termGrp"):
            continue
        status = " ".join((n.text or "").lower() for n in group.iter()
                          if _local(n.tag) == "termNote"
                          and n.get("type") in ("administrativeStatus", "normativeAuthorization"))
        if any(word in status for word in _DEPRECATED):
            continue
        out.extend(" ".join("".join(t.itertext()).split()) for t in group.iter()
                   if _local(t.tag) == "term")
    if not out and not any(_local(g.tag) in ("tig", "ntig", "termSec", "termGrp")
                           for g in section.iter()):
        out = [" ".join("".join(t.itertext()).split()) for t in section.iter()
               if _local(t.tag) == "term"]
    return [t for t in dict.fromkeys(out) if t]


def _entry_terms(entry: Element, source_lang: str) -> list[Term]:
    notes = [" ".join("".join(n.itertext()).split()) for n in entry
             if _local(n.tag) in ("note", "descrip", "descripGrp")]
    sections: dict[str, list[str]] = {}
    for section in entry:
        if _local(section.tag) in ("langSet", "langSec"):
            lang = _lang_of(section)
            if lang:
                sections.setdefault(lang, []).extend(_usable_terms(section))
    note = "; ".join(n for n in notes if n)
    return [Term(src, lang, tgt, note)
            for src in sections.get(source_lang, [])
            for lang, targets in sections.items() if lang != source_lang
            for tgt in targets]


def read_tbx(path: Path | str, source_lang: str = "en") -> list[Term]:
    """Read a TBX file (v2 martif or v3 tbx); every source term pairs with every target term."""
    path = Path(path)
    terms: list[Term] = []
    try:
        events = SafeET.iterparse(str(path), events=("start", "end"))
        _, root = next(events)
        if _local(root.tag) not in ("martif", "tbx"):
            raise BadInputError(str(path), f"not a TBX file (the root element is "
                                           f"<{_local(root.tag)}>, expected <martif> or <tbx>)")
        for event, elem in events:
            if event == "end" and _local(elem.tag) in ("termEntry", "conceptEntry"):
                terms.extend(_entry_terms(elem, source_lang))
                elem.clear()
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise BadInputError(str(path), f"not well-formed XML at line {line}, column {column}"
                            ) from exc
    except DefusedXmlException as exc:
        raise BadInputError(str(path), "declares XML entities, which are refused for safety "
                                       "(entity expansion or external entities)") from exc
    except StopIteration as exc:
        raise BadInputError(str(path), "the file is empty") from exc
    return terms

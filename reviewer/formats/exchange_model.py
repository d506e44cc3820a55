"""What a TMX or XLIFF file from another tool holds, once read: units with text per language.

Also the helpers the readers in :mod:`reviewer.formats.tm_import` share: inline text without
native codes (``bpt``, ``ph``, ``x``, ``sc`` and the like are dropped, ``g``/``pc``/``mrk`` kept,
XLIFF 2 ``<cp hex="..."/>`` becomes its character) and language codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from reviewer.core import languages
from reviewer.formats.its import Issue

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Elements whose content is native code (markup of the original format), not translatable text.
CODE_ELEMENTS = frozenset({"bpt", "ept", "ph", "it", "ut", "sub", "x", "bx", "ex", "sc", "ec",
                           "sm", "em"})


@dataclass(frozen=True)
class Variant:
    """A unit's text in one language, with what the file says about it (``issues``: the ITS
    quality issues marked in an XLIFF target, offsets into ``text``)."""

    text: str
    status: str = ""
    author: str = ""
    created_at: str = ""
    changed_at: str = ""
    note: str = ""
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class ExchangeUnit:
    """One unit of a TMX or XLIFF file: its id, source language and text in each language."""

    id: str
    source_lang: str
    variants: dict[str, Variant]
    props: dict[str, str] = field(default_factory=dict)

    @property
    def source(self) -> str:
        """The source text ("" if the unit lacks it)."""
        v = self.variants.get(self.source_lang)
        return v.text if v else ""


@dataclass
class ExchangeFile:
    """What was read from a file: its kind, the tool that wrote it, and its units in order."""

    path: str
    kind: str
    tool: str
    units: list[ExchangeUnit]
    skipped_langs: set[str] = field(default_factory=set)

    def langs(self) -> list[str]:
        """Every language with text in the file, in order of first appearance."""
        return list(dict.fromkeys(lang for u in self.units for lang in u.variants))


def local(tag: str) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1]


def inline_text(elem: Element) -> str:
    """The translatable text of ``elem``: its text and its children's, without native codes.

    Walks the tree with its own stack, so that hostile nesting depth cannot exhaust Python's.
    """
    parts: list[str] = []
    stack: list[tuple[Element, bool]] = [(elem, False)]
    while stack:
        node, done = stack.pop()
        if done:  # after a child's content: the text that follows it in its parent
            parts.append(node.tail or "")
            continue
        if node is not elem:
            stack.append((node, True))
            name = local(node.tag)
            if name == "cp":
                parts.append(_code_point(node.get("hex", "")))
                continue
            if name in CODE_ELEMENTS:
                continue
        parts.append(node.text or "")
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts)


def _code_point(hex_value: str) -> str:
    try:
        return chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        return ""  # a malformed code point is left out, as a code would be


def lang_code(code: str | None, skipped: set[str]) -> str | None:
    """The canonical code of a language attribute, or ``None`` (remembered) if unusable."""
    if not code:
        return None
    try:
        return languages.normalize(code)
    except languages.UnknownLanguageError:
        skipped.add(code)
        return None


def text_of(elem: Element | None) -> str:
    """Inline text of an optional element (``""`` if absent)."""
    return inline_text(elem) if elem is not None else ""


def iso_date(value: str | None) -> str:
    """A TMX date ``20240501T123456Z`` as ISO 8601 (``2024-05-01T12:34:56+00:00``); others as is."""
    v = (value or "").strip()
    if len(v) == 16 and v[8] == "T" and v.endswith("Z") and (v[:8] + v[9:15]).isdigit():
        return f"{v[0:4]}-{v[4:6]}-{v[6:8]}T{v[9:11]}:{v[11:13]}:{v[13:15]}+00:00"
    return v


def xliff1_status(state: str | None, approved: str | None, qualifier: str | None) -> str:
    """Our review status for an XLIFF 1.2 target's ``state``, ``approved`` and qualifier."""
    if approved == "yes" or state in ("final", "signed-off"):
        return "approved"
    if (qualifier or "").startswith("rejected-"):
        return "rejected"
    if state in (None, "", "new", "needs-translation"):
        return "new"
    return "draft"


def xliff2_status(state: str | None, sub_state: str | None) -> str:
    """Our review status for an XLIFF 2 segment's ``state`` and ``subState``."""
    if (sub_state or "").endswith(":rejected"):
        return "rejected"
    return {"final": "approved", "reviewed": "approved", "translated": "draft"}.get(
        state or "initial", "new")


def vendor_status(value: str) -> str:
    """Our status for a Trados (``conf``) or memoQ (``mq:status``) confirmation level."""
    v = value.lower()
    if "reject" in v:
        return "rejected"
    if v.startswith("approved") or v.endswith("confirmed") or v == "signedoff":
        return "approved"
    return "draft" if v and v not in ("notstarted", "notranslated") else "new"

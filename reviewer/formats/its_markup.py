"""ITS 2.0 quality issues as inline XLIFF markup: written around spans of a target, read back.

Writing (:func:`marked`), the text between markers is escaped exactly as it is without issues,
so a target's text reads back the same with or without them.

* XLIFF 1.2: each issue is a ``<mrk mtype="x-its" its:...>`` around its span. Issues on the same
  or nested spans nest; XLIFF 1.2 cannot cross markers, so an issue whose span crosses another's
  is cut where they cross into pieces that nest, each piece a ``mrk`` with the issue's
  attributes and the same ``comment`` (``lqi3``; ``mid`` is not free: the schema ties it to
  segmentation), which reading joins again where pieces with the same comment and attributes meet.
* XLIFF 2: each issue is a ``<mrk id="lqiN" type="its:any" its:...>`` where it nests, and a
  ``<sm id="lqiN" type="its:any" its:.../>`` ... ``<em startRef="lqiN"/>`` pair where it crosses
  another (XLIFF 2's markers for spans that do not nest).

Reading (:func:`read_issues`) also takes other tools' forms: ITS attributes on any ``mrk`` or
``sm``, and ``its:locQualityIssuesRef="#ID"`` pointing at an ``its:locQualityIssues`` element
of the same unit (standoff markup, one issue per ``its:locQualityIssue`` in it).
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Sequence
from xml.etree.ElementTree import Element

from reviewer.formats.exchange_model import CODE_ELEMENTS, local
from reviewer.formats.its import ITS_NS, Issue, attributes, issue_from

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def nest(spans: Sequence[tuple[int, int]]) -> list[tuple[int, str, int]]:
    """Open and close events ``(offset, "open"|"close", issue)`` that nest properly, in
    document order; a span that crosses an open one is cut at that one's end and goes on after
    it (so one issue may open and close several times)."""
    heap = [(s, -e, i) for i, (s, e) in enumerate(spans)]
    heapq.heapify(heap)
    stack: list[tuple[int, int]] = []  # (end, issue) of open pieces, innermost last
    events: list[tuple[int, str, int]] = []
    while heap:
        start, neg_end, i = heapq.heappop(heap)
        end = -neg_end
        while stack and stack[-1][0] <= start:
            at, j = stack.pop()
            events.append((at, "close", j))
        if stack and stack[-1][0] < end:  # crosses the innermost open piece: cut at its end
            heapq.heappush(heap, (stack[-1][0], -end, i))
            end = stack[-1][0]
        events.append((start, "open", i))
        stack.append((end, i))
    while stack:
        at, j = stack.pop()
        events.append((at, "close", j))
    return events


def _attrs(issue: Issue, escape_attr: Callable[[str], str]) -> str:
    return "".join(f' its:{name}="{escape_attr(value)}"' for name, value in attributes(issue))


def marked(text: str, issues: Sequence[Issue], escape: Callable[[str], str],
           escape_attr: Callable[[str], str], version: int) -> str:
    """``text`` escaped with ``escape``, its issues marked up as XLIFF ``version`` (1 or 2)."""
    if not issues:
        return escape(text)
    spans = [(x.start, x.end) for x in issues]
    events = nest(spans)
    opened = Counter(i for _, kind, i in events if kind == "open")
    crossing = {i for i, n in opened.items() if n > 1}
    if version != 1 and crossing:  # XLIFF 2: crossing issues as sm/em, the others nested
        keep = [i for i in range(len(issues)) if i not in crossing]
        nested = [(at, kind, keep[j]) for at, kind, j in nest([spans[i] for i in keep])]
        markers = sorted([(spans[i][0], "sm", i) for i in crossing]
                         + [(spans[i][1], "em", i) for i in crossing])
        events = list(heapq.merge(markers, nested, key=lambda e: e[0]))
    out, at = [], 0
    for offset, kind, i in events:
        out.append(escape(text[at:offset]))
        at = offset
        ref = f"lqi{i + 1}"
        if kind == "close":
            out.append("</mrk>")
        elif kind == "em":
            out.append(f'<em startRef="{ref}"/>')
        elif kind == "sm":
            out.append(f'<sm id="{ref}" type="its:any"{_attrs(issues[i], escape_attr)}/>')
        elif version == 1:
            piece = f' comment="{ref}"' if i in crossing else ""
            out.append(f'<mrk mtype="x-its"{piece}{_attrs(issues[i], escape_attr)}>')
        else:
            out.append(f'<mrk id="{ref}" type="its:any"{_attrs(issues[i], escape_attr)}>')
    out.append(escape(text[at:]))
    return "".join(out)


# -- reading -------------------------------------------------------------------------------------

def _its_attrs(elem: Element, qualified: bool = True) -> dict[str, str]:
    prefix = "{" + ITS_NS + "}"
    found = {k[len(prefix):]: v for k, v in elem.attrib.items() if k.startswith(prefix)}
    if not qualified:
        found.update({k: v for k, v in elem.attrib.items() if k.startswith("locQuality")})
    return found


def _standoff(unit: Element | None, ref: str) -> list[dict[str, str]]:
    """The issues of the ``its:locQualityIssues`` element of ``unit`` that ``ref`` points at."""
    wanted = ref.strip().lstrip("#").rsplit("=", 1)[-1]
    for node in unit.iter() if unit is not None else ():
        if local(node.tag) == "locQualityIssues" and (node.get(XML_ID) or node.get("id")) \
                == wanted:
            return [_its_attrs(x, qualified=False) for x in node
                    if local(x.tag) == "locQualityIssue"]
    return []


def _issues_of(elem: Element, unit: Element | None) -> list[dict[str, str]]:
    attrs = _its_attrs(elem)
    if "locQualityIssuesRef" in attrs:
        return _standoff(unit, attrs["locQualityIssuesRef"])
    return [attrs] if attrs else []


def read_issues(target: Element, unit: Element | None = None) -> tuple[Issue, ...]:
    """The quality issues marked in ``target``, with offsets into its text as
    :func:`reviewer.formats.exchange_model.inline_text` reads it (``unit`` holds any standoff)."""
    pos = 0
    found: list[tuple[str, dict[str, str], int, int]] = []  # mid, attrs, start, end
    started: dict[int, int] = {}  # id(mrk) -> start
    sm_open: dict[str, tuple[list[dict[str, str]], int]] = {}
    stack: list[tuple[Element, bool]] = [(target, False)]
    while stack:
        node, done = stack.pop()
        name = local(node.tag)
        if done:
            if id(node) in started:
                piece, start = node.get("comment", ""), started.pop(id(node))
                found += [(piece, a, start, pos) for a in _issues_of(node, unit)]
            pos += len(node.tail or "")
            continue
        if node is not target:
            stack.append((node, True))
            if name == "cp":
                pos += 1 if _valid_cp(node.get("hex", "")) else 0
                continue
            if name == "sm":
                sm_open[node.get("id", "")] = (_issues_of(node, unit), pos)
            elif name == "em" and node.get("startRef", "") in sm_open:
                issues, start = sm_open.pop(node.get("startRef", ""))
                found += [("", a, start, pos) for a in issues]
            if name in CODE_ELEMENTS:
                continue
            if name == "mrk":
                started[id(node)] = pos
        pos += len(node.text or "")
        stack.extend((child, False) for child in reversed(node))
    return _joined(found)


def _valid_cp(hex_value: str) -> bool:
    try:
        chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        return False
    return True


def _joined(found: list[tuple[str, dict[str, str], int, int]]) -> tuple[Issue, ...]:
    """Issues from the pieces read: pieces with the same ``comment`` and attributes that meet
    (one issue cut where it crossed another) made one."""
    spans: list[tuple[dict[str, str], int, int]] = []
    last: dict[tuple[str, tuple[tuple[str, str], ...]], int] = {}  # piece key -> index in spans
    for piece, attrs, start, end in sorted(found, key=lambda f: (f[2], f[3])):
        k = (piece, tuple(sorted(attrs.items())))
        at = last.get(k) if piece else None
        if at is not None and spans[at][2] == start:
            spans[at] = (attrs, spans[at][1], end)
            continue
        last[k] = len(spans)
        spans.append((attrs, start, end))
    issues = [issue_from(a, s, e) for a, s, e in spans]
    return tuple(sorted((x for x in issues if x is not None),
                        key=lambda x: (x.start, -x.end)))

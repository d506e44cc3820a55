"""Gold links in the pipeline's own units, found from which source pairs each unit's text renders.

Every letter and digit of the source and human texts is owned by pairs (a source character by
its pair, a human character by the pairs its piece renders); spaces and punctuation are owned by
none, so a quote mark that the corpus's splitter and the importer's put on different sides of a
sentence boundary does not make two sentences one link. A pipeline segment or human sentence
owns the pairs of its characters; segments and sentences sharing a pair belong to one link, and
links are widened until they are contiguous and do not cross (two swapped sentences are one 2-2
link). A segment or sentence owning no shared pair is a 1-0 or 0-1 link of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from align_eval.edits import Version

GoldLink = tuple[frozenset[int], frozenset[int]]


def owners_source(pairs_en: Sequence[str]) -> list[int]:
    """The pair id of each letter and digit of the English text, in order."""
    return [p for p, text in enumerate(pairs_en) for c in text if c.isalnum()]


def owners_human(version: Version) -> list[frozenset[int]]:
    """The pair ids of each letter and digit of an edited human version, in order."""
    return [src for para in version for text, src in para for c in text if c.isalnum()]


def unit_sets(texts: Sequence[str], owners: Sequence[object]) -> list[set[int]] | None:
    """The pairs each pipeline unit owns, or None when the texts do not cover ``owners``."""
    out, at = [], 0
    for text in texts:
        found: set[int] = set()
        for c in text:
            if not c.isalnum():
                continue
            if at >= len(owners):
                return None
            owner = owners[at]
            found |= owner if isinstance(owner, frozenset) else {owner}  # type: ignore[arg-type]
            at += 1
        out.append(found)
    return out if at == len(owners) else None


def gold_links(seg: list[set[int]], hum: list[set[int]]) -> list[GoldLink]:
    """The finest monotone links that keep every shared pair inside one link."""
    n, m = len(seg), len(hum)
    parent = list(range(n + m))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        parent[ra] = rb
        return True

    first: dict[int, int] = {}
    for node, owned in [*enumerate(seg), *((n + j, o) for j, o in enumerate(hum))]:
        for p in owned:
            if p in first:
                union(first[p], node)
            else:
                first[p] = node
    changed = True
    while changed:
        changed = False
        comps: dict[int, list[int]] = {}
        for x in range(n + m):
            comps.setdefault(find(x), []).append(x)
        spans = []
        for members in comps.values():
            s = [x for x in members if x < n]
            h = [x - n for x in members if x >= n]
            for lo_hi, base in ((s, 0), (h, n)):
                if len(lo_hi) > 1:
                    for y in range(min(lo_hi), max(lo_hi) + 1):
                        changed |= union(members[0], base + y)
            if s and h:
                spans.append((min(s), max(s), min(h), max(h), members[0]))
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if a[3] >= b[2]:
                changed |= union(a[4], b[4])
    comps = {}
    for x in range(n + m):
        comps.setdefault(find(x), []).append(x)
    out: list[GoldLink] = []
    for members in comps.values():
        s = frozenset(x for x in members if x < n)
        h = frozenset(x - n for x in members if x >= n)
        if s and h:
            out.append((s, h))
        else:
            out += [(frozenset({x}), frozenset()) for x in s]
            out += [(frozenset(), frozenset({y})) for y in h]
    return out

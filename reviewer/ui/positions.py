"""Where the reviewer was in each article: the ``positions`` setting, read and updated.

The setting is a short text of ``article:segment`` pairs (0-based segment indexes), the most
recently left article first, so that reopening an article (or the app) comes back to the segment
that was current, not to the first one.
"""

from __future__ import annotations

KEEP = 50  # articles remembered


def parse(text: str) -> dict[int, int]:
    """``"12:25,3:0"`` → ``{12: 25, 3: 0}`` (pairs that do not read are skipped)."""
    found: dict[int, int] = {}
    for pair in text.split(","):
        article, _, segment = pair.partition(":")
        if article.strip().isdigit() and segment.strip().isdigit():
            found.setdefault(int(article), int(segment))
    return found


def updated(text: str, article_id: int, segment_index: int) -> str:
    """The setting with ``article_id`` at ``segment_index``, put first; at most :data:`KEEP`."""
    pairs = {article_id: segment_index}
    pairs.update((a, s) for a, s in parse(text).items() if a != article_id)
    return ",".join(f"{a}:{s}" for a, s in list(pairs.items())[:KEEP])

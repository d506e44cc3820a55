"""Check the links with a multilingual sentence encoder: how alike source and human sentences mean.

The text aligner reads numbers, names, cognates, lengths and paragraphs; a sentence rendered
freely has none of them in common with its source, and an editor's sentence put in the place of
a dropped one fits its place as well as the dropped sentence's translation would. A sentence
encoder (multilingual-e5-small, :mod:`reviewer.services.sentence_encoder`) compares meaning, and
two rules, measured on the alignment bench's tuning part only, use it:

* **Rematch**: each run of one-sided links (1-0 and 0-1) between two-sided ones is matched again,
  monotonically, pairing a segment with a sentence where their cosine is above ``JOIN``, so as
  to maximise the sum of ``cosine - JOIN`` (a right link the text aligner gave up).
* **Cut**: a 1-1 link whose cosine is more than ``WEAK`` below the median of the article's 1-1
  links becomes a 1-0 and a 0-1 link (an editor's sentence in a dropped one's place); the two
  join the run of one-sided links around them, so that the rematch may link either half to a
  neighbour (a sentence a link drifted away from).

Links fixed by hand are kept, and so are the links next to them in a run (a run ends at a link
fixed by hand). Every link the check makes is flagged, with its reason, for the reviewer to look
at. The similarity is given as ``cosine(i, j)`` of segment ``i`` and human sentence ``j``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reviewer.core.model import Link

#: A segment and a human sentence with a cosine above this may be linked 1-1 by the rematch.
JOIN = 0.82
#: A 1-1 link this far below the article's median cosine of 1-1 links is cut in two.
WEAK = 0.09

Cosine = Callable[[int, int], float]


def check_links(links: Sequence[Link], fixed: Sequence[bool], cosine: Cosine) -> list[Link]:
    """``links`` with runs of one-sided links rematched and weak 1-1 links cut.

    ``fixed[k]`` marks ``links[k]`` as fixed by hand: it is kept as it is. The result covers the
    same segments and sentences, in order.
    """
    ones = [cosine(k.src_start, k.hum_start) for k, hand in zip(links, fixed, strict=True)
            if k.kind == "1-1" and not hand]
    median = sorted(ones)[len(ones) // 2] if ones else None
    out: list[Link] = []
    run: list[Link] = []
    for link, hand in zip(links, fixed, strict=True):
        if not hand and _one_sided(link):
            run.append(link)
            continue
        if not hand and median is not None and link.kind == "1-1" \
                and cosine(link.src_start, link.hum_start) < median - WEAK:
            # cut: its two halves join the run, to be matched again with their neighbours
            run += [Link(link.src_start, link.src_end, link.hum_start, link.hum_start, True,
                         "dropped"),
                    Link(link.src_end, link.src_end, link.hum_start, link.hum_end, True, "added")]
            continue
        out += _rematch(run, cosine)
        run = []
        out.append(link)
    return out + _rematch(run, cosine)


def units_read(links: Sequence[Link], fixed: Sequence[bool]) -> tuple[list[int], list[int]]:
    """The segments and human sentences whose similarity :func:`check_links` may read: those of
    the free 1-1 and one-sided links (a merge is left alone)."""
    read = [k for k, hand in zip(links, fixed, strict=True)
            if not hand and (k.kind == "1-1" or _one_sided(k))]
    return ([s for k in read for s in range(k.src_start, k.src_end)],
            [h for k in read for h in range(k.hum_start, k.hum_end)])


def _one_sided(link: Link) -> bool:
    return link.src_start == link.src_end or link.hum_start == link.hum_end


def _rematch(run: list[Link], cosine: Cosine) -> list[Link]:
    """The best monotone 1-1 matching of a run's segments and sentences (cosine > ``JOIN``);
    the run as it was when nothing matches."""
    if not run:
        return run
    s0, s1, h0, h1 = run[0].src_start, run[-1].src_end, run[0].hum_start, run[-1].hum_end
    segs, sents = range(s0, s1), range(h0, h1)
    n, m = len(segs), len(sents)
    gain = [[cosine(s, h) - JOIN for h in sents] for s in segs]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]  # best[i][j]: the sum from (i, j) on
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            # a pair below JOIN is never taken: best[i + 1][j] >= best[i + 1][j + 1] already
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + gain[i][j])
    if best[0][0] <= 0:  # nothing above JOIN (a run of one side only included)
        return run
    out: list[Link] = []
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and gain[i][j] > 0 and best[i][j] == best[i + 1][j + 1] + gain[i][j]:
            out.append(Link(s0 + i, s0 + i + 1, h0 + j, h0 + j + 1, True, "meaning"))
            i, j = i + 1, j + 1
        elif i < n and (j == m or best[i][j] == best[i + 1][j]):
            out.append(Link(s0 + i, s0 + i + 1, h0 + j, h0 + j, True, "dropped"))
            i += 1
        else:
            out.append(Link(s0 + i, s0 + i, h0 + j, h0 + j + 1, True, "added"))
            j += 1
    return out

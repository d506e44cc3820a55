"""Word-level diff of two texts as typed spans (equal / insert / delete with offsets), never HTML.

Both texts are cut into tokens (words, whitespace runs, single punctuation marks), each distinct
token is mapped to one code point, and ``diff-match-patch`` diffs the encoded strings with semantic
cleanup: the trick its line mode plays with lines, played with words. A diff in tokens is short even
for a long segment, so it runs exact, with no deadline (dmp's default one-second timeout, on long
texts diffed character by character, gives up and marks everything changed); only inputs far
beyond a sentence (``LARGE_TOKENS``) get a generous deadline so that a freak input cannot hang.

A word is a run of letters, digits and combining marks, joined across inner hyphens and apostrophes
(``інтерв’ю``, ``don't``, ``북-남``, ``COVID-19``), and a number keeps its separators (``1 000``,
``5,5``, ``3.14``). Results are cached, so a grid can ask for a row's diff each time it paints.

A replaced word would be drawn as its deletion followed at once by its insertion (``ширшібільші``).
So that the two read apart, the whitespace they share with the text around them is given to both:
``A ширші B`` to ``A більші B`` is EQUAL ``A ``, DELETE ``ширші `` , INSERT ``більші ``, EQUAL ``B``
(at the end of a text the whitespace before them is used instead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from diff_match_patch import diff_match_patch

CACHE_SIZE = 20_000
# Texts of more tokens than this (both together; ~1,000 words each) get a deadline, since two
# unrelated 5,000-word texts take dmp ~18 s; past it dmp calls the unresolved middle changed.
LARGE_TOKENS = 4_000
DEADLINE_S = 5.0

_W = r"[\w\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u20d0-\u20ff]"
_NUMBER = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)+"
_PART = rf"(?:{_NUMBER}|{_W}+)"
_WORD = rf"{_PART}(?:[-\u2010\u2011'\u2019\u02bc`]{_PART})*"
TOKEN_RE = re.compile(rf"{_WORD}|\s+|.", re.DOTALL)

# Code points given to tokens, in order: the private-use areas first (neither alphanumeric nor
# space, so dmp's cosmetic boundary scoring treats every token alike), then the rest of the
# code space; never 0 and never a surrogate.
_RANGES = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD), (0x10000, 0xEFFFF),
           (0x100, 0xD7FF))
MAX_TOKENS = sum(end - start + 1 for start, end in _RANGES)


class Op(StrEnum):
    """What a span does: text kept, added in the new text, or removed from the old."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class Span:
    """One run of a diff with its place in both texts.

    ``old[a_start:a_end]`` is the span's text for EQUAL and DELETE, ``new[b_start:b_end]`` for EQUAL
    and INSERT; on the side a span does not touch its range is empty and marks where it falls
    (an INSERT's ``a_start == a_end`` is the position in the old text it was inserted at).
    """

    op: Op
    text: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def tokenize(text: str) -> list[str]:
    """Cut ``text`` into words, whitespace runs and single other characters (joined: ``text``)."""
    return TOKEN_RE.findall(text)


def _code_point(index: int) -> str:
    for start, end in _RANGES:
        size = end - start + 1
        if index < size:
            return chr(start + index)
        index -= size
    raise OverflowError("more distinct tokens than code points")


_DMP_OPS = {0: Op.EQUAL, 1: Op.INSERT, -1: Op.DELETE}


def _dmp(size: int) -> diff_match_patch:
    """A differ for ``size`` tokens in all: exact with no deadline, except on huge inputs."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0 if size <= LARGE_TOKENS else DEADLINE_S
    return dmp


def _encode(old: list[str], new: list[str]) -> tuple[str, str, list[str]] | None:
    codes: dict[str, str] = {}
    vocab: list[str] = []

    def encode(tokens: list[str]) -> str | None:
        out = []
        for tok in tokens:
            code = codes.get(tok)
            if code is None:
                if len(vocab) >= MAX_TOKENS:
                    return None
                code = codes[tok] = _code_point(len(vocab))
                vocab.append(tok)
            out.append(code)
        return "".join(out)

    a, b = encode(old), encode(new)
    if a is None or b is None:
        return None
    return a, b, vocab


def _spans(ops: list[tuple[Op, str]]) -> tuple[Span, ...]:
    spans: list[Span] = []
    a = b = 0
    for op, text in ops:
        if not text:
            continue
        n = len(text)
        if op is Op.EQUAL:
            spans.append(Span(op, text, a, a + n, b, b + n))
            a, b = a + n, b + n
        elif op is Op.DELETE:
            spans.append(Span(op, text, a, a + n, b, b))
            a += n
        else:
            spans.append(Span(op, text, a, a, b, b + n))
            b += n
    return tuple(spans)


@lru_cache(maxsize=CACHE_SIZE)
def word_diff(old: str, new: str) -> tuple[Span, ...]:
    """The word-level diff turning ``old`` into ``new``, as spans in reading order (cached).

    EQUAL and DELETE texts joined give ``old``; EQUAL and INSERT texts joined give ``new``. Where a
    deletion and an insertion replace each other, the DELETE comes first.
    """
    if old == new:
        return _spans([(Op.EQUAL, old)])
    encoded = _encode(tokenize(old), tokenize(new))
    if encoded is None:  # beyond a million distinct tokens: say the whole text changed
        return _spans([(Op.DELETE, old), (Op.INSERT, new)])
    a, b, vocab = encoded
    dmp = _dmp(len(a) + len(b))
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    index = {code: tok for code, tok in zip(map(_code_point, range(len(vocab))), vocab,
                                            strict=True)}
    ops = [(_DMP_OPS[op], "".join(index[c] for c in chars)) for op, chars in diffs]
    return _spans(_separate(ops))


_LEADING_SPACE = re.compile(r"^\s+")
_TRAILING_SPACE = re.compile(r"\s+$")


def _separate(ops: list[tuple[Op, str]]) -> list[tuple[Op, str]]:
    """Give a deletion and the insertion right after it the whitespace that follows (or, at the
    end, precedes) them, so that the two are never drawn touching; both texts stay the same."""
    ops = [op for op in ops if op[1]]
    for i in range(len(ops) - 1):
        (op, old), (next_op, new) = ops[i], ops[i + 1]
        if op is not Op.DELETE or next_op is not Op.INSERT or old[-1:].isspace() \
                or new[:1].isspace():
            continue
        after = ops[i + 2] if i + 2 < len(ops) and ops[i + 2][0] is Op.EQUAL else None
        before = ops[i - 1] if i and ops[i - 1][0] is Op.EQUAL else None
        if after and (space := _LEADING_SPACE.match(after[1])):
            w = space.group()
            ops[i], ops[i + 1] = (op, old + w), (next_op, new + w)
            ops[i + 2] = (Op.EQUAL, after[1][len(w):])
        elif before and (space := _TRAILING_SPACE.search(before[1])):
            w = space.group()
            ops[i - 1] = (Op.EQUAL, before[1][: -len(w)])
            ops[i], ops[i + 1] = (op, w + old), (next_op, w + new)
    return ops


def changed_ratio(spans: tuple[Span, ...] | list[Span]) -> float:
    """The share of characters, old and new together, that a diff inserts or deletes (0.0 to 1.0).

    Identical texts give 0.0 and texts with nothing in common give 1.0; two empty texts give 0.0.
    """
    changed = sum(len(s.text) for s in spans if s.op is not Op.EQUAL)
    total = changed + 2 * sum(len(s.text) for s in spans if s.op is Op.EQUAL)
    return changed / total if total else 0.0


_SPACES = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    """``text`` with each whitespace run (no-break spaces too) one space, and none at the ends."""
    return _SPACES.sub(" ", text).strip()


def has_changes(old: str, new: str) -> bool:
    """Whether two texts differ other than in whitespace (its kind, its amount, at the ends).

    Adding or removing whitespace between two words is a change (``ab`` and ``a b`` differ).
    """
    return old != new and normalize_space(old) != normalize_space(new)


def cache_clear() -> None:
    """Forget every cached diff (tests and memory pressure)."""
    word_diff.cache_clear()

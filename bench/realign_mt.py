"""Realignment with real machine translations, through the real path, on held-out WMT23 articles.

For each WMT23 article of a half (``tune`` or ``heldout``, by a hash of the document id; see
``bench/realign_data.py``), language and seed, the human version is edited newsroom-style, then:
``reviewer import`` (source and human version as text files), ``reviewer translate --engine libre
--engine-url`` against a loopback server that serves one WMT23 system's output
(``tests/engines/servers.py``), ``reviewer links --json`` (the text-only alignment) and ``reviewer
links --realign --json``. Segments and human sentences are mapped back to the English lines they
cover (by their offsets in the texts written), which gives the gold links; exact-link F1 is
reported with a bootstrap 95% interval over documents, and how many wrong links are flagged.

    uv run python -m bench.realign_mt --half heldout --system ONLINE-W --seeds 0 1 2
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench.realign_data import Case, Doc, gold_links, half, load, perturb
from reviewer.cli import main as cli
from reviewer.core.segmentation import split_sentences
from reviewer.storage.store import Store
from tests.engines.servers import MTServer

Link = tuple[frozenset[int], frozenset[int]]


def _cli(*args: str) -> object:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli([*args, "--json"])
    assert status == 0, (args, out.getvalue())
    return json.loads(out.getvalue())


def _write(paragraphs: list[list[tuple[str, frozenset[int]]]], path: Path
           ) -> list[tuple[int, int, frozenset[int]]]:
    """Write paragraphs of pieces; return each piece's (start, end, lines) in the text."""
    spans, text = [], ""
    for k, paragraph in enumerate(paragraphs):
        if k:
            text += "\n\n"
        for m, (piece, lines) in enumerate(paragraph):
            if m:
                text += " "
            spans.append((len(text), len(text) + len(piece), lines))
            text += piece
    path.write_text(text + "\n", encoding="utf-8")
    return spans


def _locate(texts: list[str], spans: list[tuple[int, int, frozenset[int]]], written: str
            ) -> list[frozenset[int]]:
    """The English lines each unit (segment or sentence, in order) covers in ``written``."""
    out, at = [], 0
    for text in texts:
        start = written.find(text, at)
        if start < 0:  # text normalised on import: fall back to the unit's first word
            start = written.find(text.split()[0], at) if text.split() else at
        end = start + len(text)
        at = max(at, end)
        out.append(frozenset(line for s, e, lines in spans if s < end and e > start
                             for line in lines))
    return out


def _refine(src: list[frozenset[int]], hum: list[frozenset[int]]
            ) -> tuple[list[frozenset], list[frozenset]]:
    """Label units by (line, part) where both sides split one line into the same parts.

    The segmenter may cut an English line into several segments; when the human version renders
    that line in as many sentences (and nothing else), the parts pair up in order, one to one.
    """
    def parts(units: list[frozenset[int]]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for u, lines in enumerate(units):
            for line in lines:
                out.setdefault(line, []).append(u)
        return out

    src_of, hum_of = parts(src), parts(hum)
    src_l: list[set] = [set((line, None) for line in lines) for lines in src]
    hum_l: list[set] = [set((line, None) for line in lines) for lines in hum]
    for line, segs in src_of.items():
        sents = hum_of.get(line, [])
        if (len(segs) > 1 and len(sents) == len(segs)
                and all(src[u] == {line} for u in segs) and all(hum[u] == {line} for u in sents)):
            for k, (a, b) in enumerate(zip(segs, sents, strict=True)):
                src_l[a], hum_l[b] = {(line, k)}, {(line, k)}
    return [frozenset(x) for x in src_l], [frozenset(x) for x in hum_l]


class Server:
    """One WMT23 system's output for an English line, or a run of lines, or a line's first part."""

    def __init__(self, docs: list[Doc], system: str) -> None:
        self.mt = {lang: {en: d.mt[lang][system][i] for d in docs for i, en in enumerate(d.en)}
                   for lang in ("uk", "ru")}
        self.parts: dict[str, dict[str, str]] = {"uk": {}, "ru": {}}
        for lang, table in self.mt.items():
            for en, mt in table.items():  # a line the segmenter splits: split its MT alike
                en_parts = split_sentences(en, "en")
                mt_parts = split_sentences(mt, lang)
                if len(en_parts) > 1:
                    if len(mt_parts) != len(en_parts):
                        mt_parts = [mt] + [""] * (len(en_parts) - 1)
                    self.parts[lang].update(zip(en_parts, mt_parts, strict=True))

    def __call__(self, text: str, source: str, target: str) -> str:
        table = self.mt[target]
        if text in table:
            return table[text]
        if text in self.parts[target]:
            return self.parts[target][text]
        return " ".join(mt for en, mt in table.items() if en in text)


def one_sided_units(links: set[Link]) -> set[Link]:
    """Each one-sided link cut into single units: a run of dropped (added) sentences is the same
    alignment whether it is written as one 3-0 link or as three 1-0 links."""
    out: set[Link] = set()
    for src, hum in links:
        if src and hum:
            out.add((src, hum))
        else:
            out |= {(frozenset({u}), frozenset()) for u in src}
            out |= {(frozenset(), frozenset({u})) for u in hum}
    return out


def run_case(case: Case, url: str, tmp: Path, db: Path) -> dict:
    en = [[(case.doc.en[i], frozenset({i})) for i in p] for p in case.source]
    src_spans = _write(en, tmp / "en.txt")
    hum_spans = _write(case.human, tmp / "hum.txt")
    article = _cli("--db", str(db), "import", str(tmp / "en.txt"),
                   "--human", f"{case.lang}={tmp / 'hum.txt'}")["id"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):  # a segment with no MT fails: it is kept as it was
        cli(["--db", str(db), "translate", str(article), "--engine", "libre", "--engine-url", url,
             "--to", case.lang, "--json"])
    text_links = _cli("--db", str(db), "links", str(article), "--lang", case.lang)
    started = time.perf_counter()
    realigned = _cli("--db", str(db), "links", str(article), "--lang", case.lang, "--realign")
    seconds = time.perf_counter() - started
    with Store(db) as store:
        segs = [s.source for s in store.segments(article)]
        hums = [h.text for h in store.human_sentences(article, case.lang)]
    gold = one_sided_units(gold_links(*_refine(
        _locate(segs, src_spans, (tmp / "en.txt").read_text(encoding="utf-8")),
        _locate(hums, hum_spans, (tmp / "hum.txt").read_text(encoding="utf-8")))))

    def links(items: list[dict]) -> tuple[set[Link], set[Link]]:
        found, flagged = set(), set()
        for k in items:
            link = (frozenset(range(k["source"][0] - 1, k["source"][1])),
                    frozenset(range(k["human"][0] - 1, k["human"][1])))
            found.add(link)
            if k["flagged"]:
                flagged.add(link)
        return one_sided_units(found), one_sided_units(flagged)

    text, _ = links(text_links)
    mt, flagged = links(realigned["links"])
    wrong = mt - gold
    two_sided = {k for k in mt & gold if k[0] and k[1]}
    return {"docid": case.doc.docid, "gold": len(gold), "segments": len(segs),
            "text": (len(text & gold), len(text)), "mt": (len(mt & gold), len(mt)),
            "wrong": len(wrong), "wrong_flagged": len(wrong & flagged),
            "right_flagged": len(two_sided & flagged), "right_two": len(two_sided),
            "seconds": seconds}


def f1(rows: list[dict], key: str) -> float:
    right = sum(r[key][0] for r in rows)
    return 2 * right / (sum(r[key][1] for r in rows) + sum(r["gold"] for r in rows))


def bootstrap(rows: list[dict], key: str, rounds: int = 2000) -> tuple[float, float]:
    """95% interval of F1, resampling documents (all seeds of a document together)."""
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["docid"], []).append(r)
    docs, rng, values = list(by_doc.values()), random.Random(0), []
    for _ in range(rounds):
        sample = [r for d in rng.choices(docs, k=len(docs)) for r in d]
        values.append(f1(sample, key))
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds)]


def direct(case: Case, system: str) -> dict:
    """The same case aligned in-process with the gold sentence split (segments are the lines)."""
    from reviewer.core.alignment import align
    from reviewer.core.realign import Texts, realign

    source = [[case.doc.en[i] for i in p] for p in case.source]
    human = [[text for text, _ in p] for p in case.human]
    gold = one_sided_units(gold_links([frozenset({i}) for p in case.source for i in p],
                                      [lines for p in case.human for _, lines in p]))
    links = align(source, human)
    mt = [[case.doc.mt[case.lang][system][i]] for p in case.source for i in p]
    new = realign(Texts(mt, [t for p in human for t in p]), links, [False] * len(links))

    def ranges(items: list) -> set[Link]:
        return {(frozenset(range(k.src_start, k.src_end)), frozenset(range(k.hum_start, k.hum_end)))
                for k in items}

    text, mt_links = one_sided_units(ranges(links)), one_sided_units(ranges(new))
    flagged = one_sided_units(ranges([k for k in new if k.flagged]))
    return {"docid": case.doc.docid, "gold": len(gold), "text": (len(text & gold), len(text)),
            "mt": (len(mt_links & gold), len(mt_links)), "wrong": len(mt_links - gold),
            "wrong_flagged": len((mt_links - gold) & flagged),
            "right_flagged": len(mt_links & gold & flagged), "seconds": 0.0}


def speed(docs: list[Doc], lang: str = "uk", n: int = 100, runs: int = 5) -> None:
    """Median seconds to realign a 100-segment article, beside the text-only alignment's."""
    from reviewer.core.alignment import align
    from reviewer.core.realign import Texts, realign

    big = Doc("joined", [], {lang: []}, {lang: {"ONLINE-B": []}})
    for d in docs:
        big.en += d.en
        big.ref[lang] += d.ref[lang]
        big.mt[lang]["ONLINE-B"] += d.mt[lang]["ONLINE-B"]
    big.en, big.ref[lang] = big.en[:n], big.ref[lang][:n]
    case = perturb(big, lang, random.Random(0), docs)
    source = [[big.en[i] for i in p] for p in case.source]
    human = [[text for text, _ in p] for p in case.human]
    mt = [[big.mt[lang]["ONLINE-B"][i]] for p in case.source for i in p]
    flat = [text for p in human for text in p]
    text_t, mt_t = [], []
    for _ in range(runs):
        started = time.perf_counter()
        links = align(source, human)
        text_t.append(time.perf_counter() - started)
        started = time.perf_counter()
        realign(Texts(mt, flat), links, [False] * len(links))
        mt_t.append(time.perf_counter() - started)
    print(f"{n} segments ({lang}): text-only alignment median {statistics.median(text_t):.3f} s, "
          f"realignment with MT median {statistics.median(mt_t):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "heldout"), default="heldout")
    parser.add_argument("--system", default="ONLINE-W")
    parser.add_argument("--langs", nargs="+", default=["uk", "ru"])
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    parser.add_argument("--speed", action="store_true", help="time a 100-segment article only")
    parser.add_argument("--direct", action="store_true",
                        help="align in-process with the gold sentence split (no import)")
    args = parser.parse_args()
    docs = load()
    if args.speed:
        speed(docs)
        return
    chosen = [d for d in docs if half(d.docid) == args.half]
    with MTServer("libre", Server(docs, args.system)) as server:
        for lang in args.langs:
            rows = []
            for seed in args.seeds:
                for doc in chosen:
                    rng = random.Random(f"{seed}-{doc.docid}-{lang}")
                    case = perturb(doc, lang, rng, [o for o in docs if o is not doc])
                    if args.direct:
                        rows.append(direct(case, args.system))
                        continue
                    with tempfile.TemporaryDirectory() as tmp:
                        rows.append(run_case(case, server.url, Path(tmp), Path(tmp) / "r.db"))
            lo_t, hi_t = bootstrap(rows, "text")
            lo_m, hi_m = bootstrap(rows, "mt")
            wrong, right = sum(r["wrong"] for r in rows), sum(r.get("right_two", 0) for r in rows)
            print(f"{'direct ' * args.direct}{args.half} {lang} {args.system} "
                  f"docs={len(chosen)} seeds={len(args.seeds)} "
                  f"links={sum(r['gold'] for r in rows)}: "
                  f"text F1 {f1(rows, 'text'):.3f} [{lo_t:.3f}, {hi_t:.3f}]  "
                  f"with MT {f1(rows, 'mt'):.3f} [{lo_m:.3f}, {hi_m:.3f}]  "
                  f"wrong {wrong} (flagged {sum(r['wrong_flagged'] for r in rows)}), "
                  f"right two-sided flagged {sum(r['right_flagged'] for r in rows)}/{right}  "
                  f"realign CLI median {statistics.median(r['seconds'] for r in rows):.2f} s")


if __name__ == "__main__":
    main()

"""Realignment with real machine translations, through the real path (see README, Alignment).

The same documents, split, seeds, edits and scoring as ``bench/alignment_heldout.py`` (the
WMT23 articles of ``bench/align_eval``, whose system outputs are in the corpus): for each
document of the chosen part and each of the part's seeds, both human versions are edited
independently, then ``reviewer import EN --human uk=... --human ru=...``, ``reviewer translate
--engine libre --engine-url`` against a loopback server that serves one WMT23 system's output
(``tests/engines/servers.py``), ``reviewer links --json`` (the text-only alignment) and
``reviewer links --realign --json`` per language. Exact-link F1 with a bootstrap 95% interval over
documents, flag recall (wrong links flagged) and false flags (right two-sided links flagged) are
printed for the text-only links and for the realigned ones. Several systems, comma-separated,
are pooled: each document's counts are summed over the systems (the tuning used eight).

    uv run python bench/realign_mt.py [--split tuning|heldout] [--system ONLINE-W[,...]] [--errors]

Tune only on ``tuning``. Prints figures, never fails.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the loopback servers live in the tests

from align_eval.corpus import LANGS, Doc, documents, parse_seeds, part_seeds  # noqa: E402
from align_eval.run import (  # noqa: E402
    import_doc,
    print_header,
    print_row,
    run_cli,
    score_links,
    stored_links,
    versions,
)
from align_eval.score import Counts  # noqa: E402

from reviewer.core.segmentation import split_sentences  # noqa: E402
from tests.engines.servers import MTServer  # noqa: E402

DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"


class Server:
    """One WMT23 system's output for an English line, a line's parts, or a run of lines."""

    def __init__(self, docs: list[Doc], system: str) -> None:
        self.mt = {lang: {en: d.mt[lang][system][i] for d in docs
                          for i, en in enumerate(d.en_paragraphs)} for lang in LANGS}
        self.parts: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
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


def evaluate(doc: Doc, seed: int, donors: list[Doc], url: str, work: Path, errors: bool,
             check: bool = False) -> tuple[dict[str, tuple[Counts, ...]], float] | None:
    """Text-only and realigned counts per language (and, with ``check``, after ``reviewer links
    --check`` run on the realigned links), and the CLI's realignment seconds."""
    edited = versions(doc, seed, donors)
    db = work / f"r{seed}.db"
    imported = import_doc(doc, edited, f"{doc.corpus}-{doc.docid}-{seed}", work, db)
    try:  # a segment with no MT fails: its links are kept as they were
        run_cli("--db", str(db), "--json", "translate", str(imported.article), "--engine",
                "libre", "--engine-url", url, "--to", ",".join(LANGS))
    except RuntimeError:
        pass
    out, seconds = {}, 0.0
    for lang in LANGS:
        text = score_links(doc, edited, lang, imported, stored_links(imported, lang))
        started = time.process_time()
        realigned = json.loads(run_cli("--db", str(db), "--json", "links",
                                       str(imported.article), "--lang", lang, "--realign"))
        seconds += time.process_time() - started
        mt = score_links(doc, edited, lang, imported, realigned["links"], errors and not check)
        if text is None or mt is None:
            return None
        out[lang] = (text, mt)
        if check:
            checked = json.loads(run_cli("--db", str(db), "--json", "links",
                                         str(imported.article), "--lang", lang, "--check"))
            both = score_links(doc, edited, lang, imported, checked["links"], errors)
            if both is None:
                return None
            out[lang] = (text, mt, both)
    return out, seconds


def _embed_once() -> None:
    """The product's sentence encoder, each text embedded once per run (the systems share the
    articles' texts, so the check's cosines are computed once, as one run of it would)."""
    from reviewer.services import sentence_encoder

    model = sentence_encoder._encoder()

    class Once:
        memo: dict[str, object] = {}

        def passage(self, text: str) -> object:
            if text not in self.memo:
                self.memo[text] = model.passage(text)
            return self.memo[text]

    sentence_encoder._encoder = Once  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tuning", "heldout"), default="tuning")
    parser.add_argument("--system", default="ONLINE-B",
                        help="a WMT23 system, or several comma-separated (pooled)")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--seeds", type=parse_seeds,
                        help="perturbation seeds to use instead of the part's (e.g. 201,202: "
                        "edits never drawn before); a tuning seed is refused for the held-out part")
    parser.add_argument("--errors", action="store_true",
                        help="print each wrong realigned link with its texts (stderr; with "
                        "--check, each wrong link after the check)")
    parser.add_argument("--check", action="store_true",
                        help="also run `reviewer links --check` after the realignment, and score "
                        "that (each text embedded once per run)")
    args = parser.parse_args(argv)
    if args.check:
        _embed_once()
    seeds = part_seeds(args.split, args.seeds)
    if not (args.corpora / "wmt23").is_dir():
        print(f"skipped: no corpora at {args.corpora} (expected wmt23/ there)")
        return 0
    docs = documents(args.corpora, "wmt23", args.split)
    systems = args.system.split(",")
    print(f"split {args.split}, seeds {seeds}, system {', '.join(systems)}")
    print_header()
    kinds = ("text", "mt", "mt+check") if args.check else ("text", "mt")
    per_doc = {(lang, kind): [Counts() for _ in docs] for lang in LANGS for kind in kinds}
    times: list[float] = []
    for system in systems:
        with MTServer("libre", Server(docs, system)) as server, \
                tempfile.TemporaryDirectory() as tmp:
            for d, doc in enumerate(docs):
                for seed in seeds:
                    found = evaluate(doc, seed, docs, server.url, Path(tmp), args.errors,
                                     args.check)
                    if found is None:
                        continue
                    for lang, counts in found[0].items():
                        for kind, c in zip(kinds, counts, strict=True):
                            per_doc[(lang, kind)][d].add(c)
                    times.append(found[1])
    for (lang, kind), counts in per_doc.items():
        print_row(f"{kind}", lang, counts)
    print(f"realignment through the CLI, both languages of a document: median "
          f"{statistics.median(times):.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

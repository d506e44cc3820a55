"""One edited document through the CLI, and its links scored: shared by both alignment benches.

:func:`versions` edits each language's human version with a seed (``edits.py``);
:func:`import_doc` writes the source and both human versions as plain-text files and runs
``reviewer import EN --human uk=... --human ru=...`` in this process, exactly as a user runs it;
:func:`score_links` scores the links ``reviewer links ID --lang L --json`` printed (text only, or
after ``--realign``) against the gold links of ``gold.py``, the same way for both benches.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from align_eval.corpus import LANGS, Doc
from align_eval.edits import Version, edit_version
from align_eval.gold import GoldLink, gold_links, owners_human, owners_source, unit_sets
from align_eval.score import Counts, count
from reviewer.cli.main import main as cli
from reviewer.storage.store import Store


def run_cli(*argv: str) -> str:
    """Run ``reviewer ARGV`` in this process; return what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli(list(argv))
    if status:
        raise RuntimeError(f"reviewer {' '.join(argv)} exited {status}")
    return out.getvalue()


def versions(doc: Doc, seed: int, donors: list[Doc]) -> dict[str, Version]:
    """Each language's human version of ``doc``, edited with ``seed``."""
    out = {}
    for lang in LANGS:
        rng = random.Random(f"{seed}/{doc.corpus}/{doc.docid}/{lang}")
        base: Version = []
        ids = 0
        for para in doc.pairs[lang]:
            base.append([(p.hum, frozenset({ids + k})) for k, p in enumerate(para)])
            ids += len(para)
        donor = rng.choice([d for d in donors if d.docid != doc.docid] or donors)
        sentences = [p.hum for para in donor.pairs[lang] for p in para if p.sure]
        out[lang] = edit_version(base, lang, rng, sentences)
    return out


@dataclass
class Imported:
    """An imported document: its id in ``db``, the segments and each language's sentences."""

    name: str
    db: Path
    article: int
    segments: list[str]
    sentences: dict[str, list[str]]


def import_doc(doc: Doc, edited: dict[str, Version], name: str, work: Path, db: Path
               ) -> Imported:
    """Write the texts, ``reviewer import`` them, read back the segments and human sentences."""
    name = name.replace("/", "_")
    src = work / f"{name}.en.txt"
    src.write_text("\n\n".join(doc.en_paragraphs) + "\n", encoding="utf-8")
    humans = []
    for lang, version in edited.items():
        path = work / f"{name}.{lang}.txt"
        path.write_text("\n\n".join(" ".join(t for t, _ in para) for para in version) + "\n",
                        encoding="utf-8")
        humans += ["--human", f"{lang}={path}"]
    article = json.loads(run_cli("--db", str(db), "--json", "import", str(src), *humans))["id"]
    shown = json.loads(run_cli("--db", str(db), "--json", "show", str(article)))
    with Store(str(db)) as store:
        sentences = {lang: [h.text for h in store.human_sentences(article, lang)]
                     for lang in edited}
    return Imported(name, db, article, [s["source"] for s in shown["segments"]], sentences)


def imported_docs(docs: list[Doc], seeds: Sequence[int], work: Path
                  ) -> Iterator[tuple[int, Doc, dict[str, Version], Imported]]:
    """Each document of ``docs`` (with its index), edited with each seed and imported into a
    database of its own in ``work``."""
    for n, doc in enumerate(docs):
        for seed in seeds:
            edited = versions(doc, seed, docs)
            db = work / f"{doc.corpus}-{seed}-{n}.db"
            yield n, doc, edited, import_doc(doc, edited, f"{doc.corpus}-{doc.docid}-{seed}",
                                             work, db)


def stored_links(imported: Imported, lang: str) -> list[dict]:
    """The stored links of ``lang`` as ``reviewer links --json`` prints them."""
    return json.loads(run_cli("--db", str(imported.db), "--json", "links",
                              str(imported.article), "--lang", lang))


def score_links(doc: Doc, edited: dict[str, Version], lang: str, imported: Imported,
                links: list[dict], errors: bool = False) -> Counts | None:
    """Count ``links`` (as the CLI prints them) against the gold links; None if unscorable.

    A one-sided link of several units counts as one link per unit, as gold has them: a run of
    dropped sentences is the same alignment however it is cut. With ``errors``, each wrong link
    is printed with its texts beside the gold links that cover its units.
    """
    pairs = [p for para in doc.pairs[lang] for p in para]
    seg = unit_sets(imported.segments, owners_source([p.en for p in pairs]))
    hum = unit_sets(imported.sentences[lang], owners_human(edited[lang]))
    if seg is None or hum is None:
        print(f"  skipped {imported.name} {lang}: the pipeline changed the text", file=sys.stderr)
        return None
    gold = gold_links(seg, hum)
    unsure_ids = {k for k, p in enumerate(pairs) if not p.sure}
    unsure = [g for g in gold if any(seg[i] & unsure_ids for i in g[0])
              or any(hum[j] & unsure_ids for j in g[1])]
    sure = [g for g in gold if g not in unsure]
    pred: dict[GoldLink, bool] = {}
    for k in links:
        src = frozenset(range(k["source"][0] - 1, k["source"][1]))
        human = frozenset(range(k["human"][0] - 1, k["human"][1]))
        if src and human:
            pred[(src, human)] = k["flagged"]
        else:
            pred.update({(frozenset({u}), frozenset()): k["flagged"] for u in src})
            pred.update({(frozenset(), frozenset({u})): k["flagged"] for u in human})
    if errors:
        _print_errors(imported, lang, pred, gold, unsure)
    return count(pred, sure, unsure)


def _print_errors(imported: Imported, lang: str, pred: dict[GoldLink, bool],
                  gold: list[GoldLink], unsure: list[GoldLink]) -> None:
    """Each wrong (scored) link with its texts, and the gold links over the same units."""
    skip_s = {i for s, _ in unsure for i in s}
    skip_h = {j for _, h in unsure for j in h}
    gold_set = set(gold)
    segs, sents = imported.segments, imported.sentences[lang]
    for link in sorted(pred.keys() - gold_set, key=lambda g: min(g[0] | g[1])):
        if link[0] & skip_s or link[1] & skip_h:
            continue
        right = [g for g in gold if g[0] & link[0] or g[1] & link[1]]
        print(f"--- {imported.name} {lang}: found {_span(link)}"
              f"{' (flagged)' if pred[link] else ''}, gold {' '.join(map(_span, right))}",
              file=sys.stderr)
        for i in sorted({i for g in [link, *right] for i in g[0]}):
            print(f"    S{i}: {segs[i][:150]}", file=sys.stderr)
        for j in sorted({j for g in [link, *right] for j in g[1]}):
            print(f"    H{j}: {sents[j][:150]}", file=sys.stderr)


def _span(link: GoldLink) -> str:
    return f"{sorted(link[0])}-{sorted(link[1])}"


def print_header() -> None:
    print(f"{'corpus':9} {'lang':4} {'docs':>4} {'links':>5} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'F1 95% CI':>13} {'flag rec':>8} {'CI':>11} {'false fl':>8} {'CI':>11} "
          f"{'1-0/0-1 fl':>10}")


def print_row(label: str, lang: str, per_doc: list[Counts]) -> Counts:
    """One line of figures over the documents' counts; return their total."""
    from align_eval.score import bootstrap, prf

    total = Counts()
    for c in per_doc:
        total.add(c)
    p, r, f1 = prf(total)
    ci = bootstrap(per_doc)
    rec = total.wrong_flagged / max(total.wrong, 1)
    ff = total.right_two_flagged / max(total.right_two, 1)
    one = total.right_one_flagged / max(total.right_one, 1)
    print(f"{label:9} {lang:4} {len(per_doc):>4} {total.gold:>5} {p:6.3f} {r:6.3f} "
          f"{f1:6.3f} {_ci(ci['F1']):>13} {rec:8.3f} {_ci(ci['flag_recall']):>11} "
          f"{ff:8.3f} {_ci(ci['false_flag']):>11} {one:10.3f}"
          f"   wrong {total.wrong_flagged}/{total.wrong} flagged, "
          f"right two-sided {total.right_two_flagged}/{total.right_two} flagged")
    return total


def _ci(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.3f}-{pair[1]:.3f}"

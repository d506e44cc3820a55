"""``reviewer stats`` output: the stable JSON (documented in the README) and a terminal table.

Figures in the JSON are sacrebleu's unrounded floats (``null`` where there is nothing to score);
segment numbers are 1-based, as users count. The text rounds to two decimals. The leader's paired
bootstrap test (intervals and p-values of every engine) is under ``closest.significance``.
"""

from __future__ import annotations

from typing import Any

from reviewer.cli.output import article_json
from reviewer.core import languages
from reviewer.core.leaderboard import Closest, EngineRow, LanguageBoard, Significance
from reviewer.core.model import Article
from reviewer.core.scores import LABELS, METRICS, Scores
from reviewer.storage.progress_queries import DayCount, Effort, Progress
from reviewer.storage.stats_queries import Stats

SCHEMA_VERSION = 1


def _scores(s: Scores | None) -> dict[str, float | None]:
    return {m: (s.get(m) if s else None) for m in METRICS}


def _row(r: EngineRow, detail: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"engine": r.engine, "units": r.units, "segments": r.segments,
                           "no_mt": r.no_mt, **_scores(r.scores), "hter": r.hter,
                           "hter_segments": len(r.hter_lines)}
    if detail:
        out["unit_scores"] = [
            {"article": u.unit.article_id, "segments": [i + 1 for i in u.unit.segments],
             "link": u.unit.link, **u.scores.as_dict()} for u in r.unit_scores]
        out["hter_scores"] = [{"article": h.article_id, "segment": h.segment + 1, "hter": h.hter}
                              for h in r.hter_lines]
    return out


def _significance(t: Significance | None) -> dict[str, Any] | None:
    if t is None:
        return None
    o = t.options
    return {"test": "paired bootstrap resampling (sacrebleu)", "metric": t.metric,
            "resamples": o.resamples, "seed": o.seed, "level": o.level, "interval": 0.95,
            "baseline": t.result.baseline, "runner_up": t.runner_up, "p_value": t.p_value,
            "significant": t.significant,
            "engines": {e: {m: est.as_dict() for m, est in by_metric.items()}
                        for e, by_metric in t.result.estimates.items()}}


def _closest(c: Closest | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"engine": c.engine, "marked": c.marked, "metric": c.metric, "units": c.units,
            "segments": c.segments, "tied": list(c.tied), "best": dict(c.best),
            "scores": {e: s.as_dict() for e, s in c.scores.items()},
            "significance": _significance(c.significance)}


def _progress(p: Progress) -> dict[str, int]:
    return {"segments": p.segments, "approved": p.approved, "rejected": p.rejected,
            "draft": p.draft, "new": p.new}


def _effort(e: Effort) -> dict[str, Any]:
    return {"approved": e.approved, "unchanged_mt": e.unchanged_mt,
            "unchanged_human": e.unchanged_human, "edited": e.edited,
            "by_origin": dict(e.by_origin)}


def _days(days: tuple[DayCount, ...], lang: str) -> list[dict[str, Any]]:
    return [{"day": d.day, "approved": d.approved, "unapproved": d.unapproved,
             "changes": d.changes} for d in days if d.lang == lang]


def stats_json(stats: Stats, article: Article | None, *, detail: bool = False) -> dict[str, Any]:
    """The JSON of ``reviewer stats``; ``article`` is ``None`` for the library (``--all``)."""
    by_lang: dict[str, Any] = {}
    for lang in stats.langs:
        b = stats.boards[lang]
        by_lang[lang] = {
            "label": languages.label(lang), "units": b.units, "segments": b.segments,
            "no_human": b.no_human, "human_only": b.human_only,
            "engines": [_row(r, detail) for r in b.engines], "closest": _closest(b.closest),
            "progress": _progress(stats.progress[lang]), "effort": _effort(stats.effort[lang]),
            "timeline": _days(stats.timeline, lang),
        }
    return {"schema": SCHEMA_VERSION, "scope": "article" if article else "library",
            "article": article_json(article) if article else None,
            "articles": len(stats.article_ids), "segments": stats.segments,
            "languages": list(stats.langs), "signatures": stats.signatures.as_dict(),
            "by_language": by_lang}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _board_lines(b: LanguageBoard) -> list[str]:
    lines = [f"  {b.segments} segments, {b.units} units with human text;"
             f" {b.no_human} segments missing in the human version,"
             f" {b.human_only} human sentences with no source"]
    if not b.engines:
        return [*lines, "  no machine translations stored"]
    width = max(6, *(len(r.engine) for r in b.engines))
    head = "".join(f"{LABELS[m]:>8}" for m in METRICS)
    lines.append(f"  {'engine':<{width}}  {'units':>5}{head}{'HTER':>8}  approved")
    for r in b.engines:
        cells = "".join(f"{_fmt(r.scores.get(m) if r.scores else None):>8}" for m in METRICS)
        gap = f"  ({r.no_mt} segments without MT)" if r.no_mt else ""
        lines.append(f"  {r.engine:<{width}}  {r.units:>5}{cells}{_fmt(r.hter):>8}"
                     f"  {len(r.hter_lines):>8}{gap}")
    c = b.closest
    if c is None:
        lines.append("  closer to the published text: needs two engines with shared units")
    elif c.engine is None:
        lines.append(f"  closer to the published text: a tie ({', '.join(c.tied)}) on chrF"
                     f" over {c.units} shared units")
    else:
        lines += _verdict(c, c.engine)
    return lines


def _verdict(c: Closest, leader: str) -> list[str]:
    others = ", ".join(f"{e} {s.chrf:.2f}" for e, s in c.scores.items() if e != leader)
    figures = f"chrF {c.scores[leader].chrf:.2f} vs {others} on {c.units} shared units"
    t = c.significance
    if t is None:
        return [f"  closer to the published text: not tested ({leader} leads: {figures})"]
    o = t.options
    if c.marked:
        head = (f"  closer to the published text: {leader} ({figures}); significant:"
                f" p = {t.p_value:.3g} < {o.level:g} against {t.runner_up}")
    else:
        head = (f"  closer to the published text: no significant difference ({leader} leads:"
                f" {figures}; p = {t.p_value:.3g} against {t.runner_up}, not below {o.level:g})")
    lines = [head, f"  paired bootstrap resampling (sacrebleu): {o.resamples} resamples, seed"
                   f" {o.seed}, mean ± half the 95% interval, p against {leader}:"]
    width = max(len(e) for e in t.result.estimates)
    for engine, by_metric in t.result.estimates.items():
        cells = "  ".join(
            f"{LABELS[m]} {e.mean:.2f} ± {e.ci:.2f}"
            + ("" if e.p_value is None else f" (p {e.p_value:.3g})")
            for m, e in by_metric.items())
        lines.append(f"    {engine:<{width}}  {cells}")
    return lines


def stats_text(stats: Stats, article: Article | None) -> list[str]:
    """The terminal report: a leaderboard, progress and effort per language, then signatures."""
    scope = (f"Article {article.id}: {article.title}" if article
             else f"Library: {len(stats.article_ids)} articles")
    out = [f"{scope} ({stats.segments} segments)"]
    for lang in stats.langs:
        p, e = stats.progress[lang], stats.effort[lang]
        out += ["", f"{languages.label(lang)}", *_board_lines(stats.boards[lang])]
        out.append(f"  progress: {p.approved} approved, {p.rejected} rejected, {p.draft} draft,"
                   f" {p.new} new of {p.segments}")
        if e.approved:
            out.append(f"  effort: of {e.approved} approved, {e.unchanged_mt} taken unchanged from"
                       f" MT, {e.unchanged_human} from the human version, {e.edited} edited")
        days = _days(stats.timeline, lang)
        if days:
            out.append("  approvals per day: " + ", ".join(
                f"{d['day']} {d['approved']}" for d in days[-7:]))
    sig = stats.signatures
    out += ["", "sacrebleu signatures:", f"  chrF    {sig.chrf}", f"  chrF++  {sig.chrf_pp}",
            f"  BLEU    {sig.bleu} (per segment: {sig.sentence_bleu})",
            f"  TER     {sig.ter} (HTER: TER against the approved text)"]
    return out

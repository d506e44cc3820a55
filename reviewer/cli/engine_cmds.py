"""CLI commands over the engine layer: ``translate`` an article, list the ``engines``.

``reviewer translate`` exits 0 when every segment got a translation, 1 when any segment failed
(each failed segment carries its error, shown by ``reviewer show``), and 2 for a user error (an
unknown engine, a missing key or model, a bad language). Engine modules are imported inside the
commands so that other commands do not pay for ``requests`` and deep-translator.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
import time
from typing import Any

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store
from reviewer.core import languages
from reviewer.core.errors import UsageError

EXIT_FAILED_SEGMENTS = 1


class Progress:
    """A one-line progress bar on stderr, drawn only on a terminal, at most ten times a second."""

    def __init__(self, total: int, label: str, enabled: bool):
        self.total, self.label, self.enabled = total, label, enabled
        self.done = self.failed = 0
        self._drawn = 0.0

    def update(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        now = time.monotonic()
        if self.enabled and (now - self._drawn > 0.1 or self.done == self.total):
            self._drawn = now
            width = 30
            filled = width * self.done // max(1, self.total)
            bad = f"  {self.failed} failed" if self.failed else ""
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                             f"{self.done}/{self.total}{bad}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _settings(args: argparse.Namespace) -> Any:
    from reviewer.engines.base import EngineSettings

    if args.concurrency is not None and args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    if args.timeout <= 0:
        raise UsageError("--timeout must be more than 0 seconds")
    if args.rate is not None and args.rate < 0:
        raise UsageError("--rate must be 0 (no limit) or more")
    return EngineSettings(url=args.engine_url, model=args.model, timeout=args.timeout,
                          concurrency=args.concurrency, rate_per_s=args.rate)


def cmd_translate(args: argparse.Namespace) -> int:
    from reviewer.engines.errors import parse_error
    from reviewer.engines.fetch import SegmentItem, translate_article
    from reviewer.engines.registry import create_engine, lookup_key, parse_engine
    from reviewer.engines.runner import ItemDone, RunState

    targets = languages.parse_list(args.to)
    if not targets:
        raise UsageError("--to needs at least one language, e.g. --to uk,ru")
    settings = _settings(args)
    spec, _ = parse_engine(args.engine)
    if spec.id == "tm" and args.db and not args.engine_url:
        # The memory engine reads the database it is told; --db names the one in use.
        settings = dataclasses.replace(settings, url=args.db)
    lookup = lookup_key(spec)
    if lookup and lookup.note and (spec.needs_key or lookup.source == "env"):
        print(f"reviewer: note: {lookup.note}", file=sys.stderr)
    engine = create_engine(args.engine, settings, lookup)
    results: list[ItemDone[SegmentItem]] = []
    with open_store(args) as store:
        article = store.article(args.article)
        if article.source_lang in targets:
            raise UsageError(f"the article is in {languages.label(article.source_lang)} already; "
                             f"translate it into another language")
        total = len(store.segments(article.id)) * len(targets)
        progress = Progress(total, f"{engine.name} → {','.join(map(languages.label, targets))}",
                            enabled=sys.stderr.isatty() and not args.json)

        def on_result(done: ItemDone[SegmentItem]) -> None:
            results.append(done)
            progress.update(done.result.ok)

        state = RunState(on_result=on_result)
        try:
            translate_article(store, article.id, engine, targets, settings=settings, state=state,
                              refresh=args.refresh)
        finally:
            progress.close()
    results.sort(key=lambda d: (targets.index(d.item.target), d.item.key.index))
    if args.json:
        rows = []
        for d in results:
            error = str(d.result.error) if d.result.error else None
            rows.append({"segment": d.item.key.index + 1, "lang": d.item.target,
                         "text": d.result.text, "error": error,
                         "error_kind": str(parse_error(error)[0]) if error else None,
                         "cached": d.cached})
        emit_json({"article": article.id, "engine": engine.name, "languages": targets,
                   "total": state.total, "translated": state.done - state.failed,
                   "cached": state.cached, "failed": state.failed,
                   "requests": state.requests, "characters": state.characters,
                   "results": rows})
    else:
        for d in results:
            if d.result.error:
                say(f"#{d.item.key.index + 1} {languages.label(d.item.target)}  "
                    f"ERROR {d.result.error}")
        say(f"article {article.id}, {engine.name}: {state.done - state.failed} of {state.total} "
            f"translated ({state.cached} from the cache), {state.failed} failed; "
            f"{state.requests} requests, {state.characters} characters sent")
    return EXIT_FAILED_SEGMENTS if state.failed or state.done < state.total else 0


def _usage_json(rows: list[Any]) -> dict[str, Any]:
    from reviewer.storage.mt_cache import today

    day = today()
    return {
        "today": {"characters": sum(r.characters for r in rows if r.day == day),
                  "requests": sum(r.requests for r in rows if r.day == day)},
        "total": {"characters": sum(r.characters for r in rows),
                  "requests": sum(r.requests for r in rows)},
        "days": [{"engine": r.engine, "day": r.day, "characters": r.characters,
                  "requests": r.requests} for r in rows],
    }


def _set_key(engine_id: str) -> int:
    from reviewer.engines.keys import store_key
    from reviewer.engines.registry import parse_engine

    spec, _ = parse_engine(engine_id)
    if not (spec.needs_key or spec.key_optional):
        raise UsageError(f"the {spec.id} engine takes no API key")
    value = (getpass.getpass(f"API key for {spec.name}: ") if sys.stdin.isatty()
             else sys.stdin.readline()).strip()
    if not value:
        raise UsageError("no key was given")
    backend = store_key(spec.id, value)
    say(f"saved the {spec.name} key in the system keyring ({backend})")
    return 0


def cmd_engines(args: argparse.Namespace) -> int:
    from reviewer.engines.keys import keyring_backend, no_keyring_note
    from reviewer.engines.registry import DEFAULT_ENGINE, SPECS, lookup_key, status
    from reviewer.storage.mt_cache import engine_usage

    if args.set_key:
        return _set_key(args.set_key)
    backend = keyring_backend()
    rows: list[dict[str, Any]] = []
    with open_store(args) as store:
        for spec in SPECS.values():
            lookup = lookup_key(spec)
            ready, words = status(spec, lookup)
            rows.append({
                "id": spec.id, "name": spec.name, "default": spec.id == DEFAULT_ENGINE,
                "needs": {"key": spec.needs_key, "key_optional": spec.key_optional,
                          "url": spec.needs_url, "model": spec.needs_model},
                "configured": ready, "status": words,
                "key_source": lookup.source if lookup else None,
                "env_var": lookup.env_var if lookup else None,
                "max_chars": spec.max_chars, "batch": spec.batch,
                "concurrency": spec.concurrency, "rate_per_s": spec.rate_per_s,
                "usage": _usage_json(engine_usage(store, spec.id)), "note": spec.note,
            })
    if args.json:
        emit_json({"keyring": {"available": backend is not None, "backend": backend},
                   "engines": rows})
        return 0
    for r in rows:
        today, total = r["usage"]["today"], r["usage"]["total"]
        default = " (default)" if r["default"] else ""
        say(f"{r['id']:<10} {r['name']}{default}: {r['status']}")
        say(f"{'':<10} today {today['characters']} characters / {today['requests']} requests; "
            f"all time {total['characters']} / {total['requests']}.  {r['note']}")
    say("")
    say(f"keys: system keyring ({backend})" if backend else f"keys: {no_keyring_note()}")
    return 0


def _configure_translate(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int)
    p.add_argument("--to", default="uk,ru", help="target languages, e.g. uk,ru (ua = uk)")
    p.add_argument("--engine", default="google",
                   help="google (default), mymemory, deepl, microsoft, yandex, libre, "
                        "openai[:MODEL], argos, tm (the translation memory, offline)")
    p.add_argument("--engine-url", metavar="URL",
                   help="the engine's server (LibreTranslate, OpenAI-compatible base URL)")
    p.add_argument("--model", help="the model of the openai engine (e.g. llama3.1:8b)")
    p.add_argument("--concurrency", type=int, help="parallel requests (default: per engine)")
    p.add_argument("--timeout", type=float, default=20.0,
                   help="seconds before a request is given up (default 20)")
    p.add_argument("--rate", type=float, metavar="PER_S",
                   help="at most this many requests per second (0: no limit; default per engine)")
    p.add_argument("--refresh", action="store_true",
                   help="ask the engine again even for segments in the cache")


COMMANDS = {
    "translate": (cmd_translate, "fetch machine translations of an article's segments "
                                 "(exit 1 if any segment failed)", _configure_translate),
    "engines": (cmd_engines, "list the engines, whether each is configured, and their usage",
                lambda p: p.add_argument("--set-key", metavar="ENGINE",
                                         help="save an engine's API key in the system keyring "
                                              "(read from the terminal or stdin)")),
}

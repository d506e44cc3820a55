"""CLI command ``reviewer spelling``: which dictionaries work here, check a text, and the
library's own dictionary (``add``, ``remove``, ``list``).

``reviewer spelling check --lang ua "текст"`` prints each unknown word with the dictionary's
suggestions (the way the window's context menu offers them); exit status 0 either way.
"""

from __future__ import annotations

import argparse

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store, reviewer_name
from reviewer.cli.subcommands import action_adder
from reviewer.core import languages
from reviewer.core.errors import UsageError


def _status(args: argparse.Namespace) -> int:
    from reviewer.core.dictionaries import availability, install_hint

    rows: list[dict[str, str | None]] = []
    for lang in (*languages.TARGETS_DEFAULT, "en"):
        found = availability(lang)
        rows.append({"lang": lang, "dictionary": found.tag,
                     "missing": None if found.ok else f"{found.reason}; {install_hint(lang)}"})
    if args.json:
        emit_json(rows)
    for r in rows if not args.json else []:
        say(f"{languages.label(str(r['lang']))}: " + (
            f"Hunspell {r['dictionary']}" if r["dictionary"] else f"not available: {r['missing']}"))
    return 0


def _check(args: argparse.Namespace) -> int:
    from reviewer.core.dictionaries import dictionary, install_hint
    from reviewer.core.qa.spelling import misspelt, suggestions
    from reviewer.storage.spelling_words import SpellingWords

    lang = languages.normalize(args.lang)
    speller = dictionary(lang)
    if speller is None:
        raise UsageError(f"spelling: no {lang} dictionary here; {install_hint(lang)}")
    with open_store(args) as store:
        accepted = SpellingWords(store).accepted().get(lang, frozenset())
    found = [(w, suggestions(w.text, speller)) for w in
             misspelt(args.text, lang, speller, accepted=accepted)]
    if args.json:
        emit_json([{"word": w.text, "start": w.start, "end": w.end, "suggestions": s}
                   for w, s in found])
    elif not found:
        say("No unknown words.")
    for w, s in found if not args.json else []:
        say(f"{w.text}  ({w.start}-{w.end})  " + (", ".join(s) if s else "no suggestions"))
    return 0


def cmd_spelling(args: argparse.Namespace) -> int:
    from reviewer.storage.spelling_words import SpellingWords

    if args.action == "status":
        return _status(args)
    if args.action == "check":
        return _check(args)
    with open_store(args) as store:
        table = SpellingWords(store)
        if args.action == "list":
            rows = table.words(args.lang)
            if args.json:
                emit_json([{"lang": lang, "word": word} for lang, word in rows])
            elif not rows:
                say("The library's dictionary is empty: add words with "
                    "`reviewer spelling add WORD --lang ua`.")
            for lang, word in rows if not args.json else []:
                say(f"{languages.label(lang)}  {word}")
            return 0
        lang = languages.normalize(args.lang)
        if args.action == "add":
            try:
                done = table.add(lang, args.word, added_by=reviewer_name(args))
            except ValueError as exc:
                raise UsageError(f"spelling add: {exc}") from None
            message = "Added" if done else "Already in the dictionary:"
        else:
            done = table.remove(lang, args.word)
            message = "Removed" if done else "Not in the dictionary:"
        if args.json:
            emit_json({"lang": lang, "word": args.word, "changed": done})
        else:
            say(f"{message} {args.word} ({languages.label(lang)}).")
    return 0


def _configure(p: argparse.ArgumentParser) -> None:
    action = action_adder(p)

    action("status", "which languages can be spellchecked here, and what to install if not")
    chk = action("check", "list the unknown words of a text with suggestions")
    chk.add_argument("text")
    chk.add_argument("--lang", required=True, help="the text's language: ua, ru or en")
    for name, text in (("add", "add a word to the library's dictionary"),
                       ("remove", "remove a word from the library's dictionary")):
        a = action(name, text)
        a.add_argument("word")
        a.add_argument("--lang", required=True, help="the word's language: ua, ru or en")
    lst = action("list", "list the library's dictionary")
    lst.add_argument("--lang", help="only this language")


COMMANDS = {
    "spelling": (cmd_spelling, "spellchecking: status, check a text, the library's dictionary",
                 _configure),
}

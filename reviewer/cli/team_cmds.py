"""CLI commands of a review team: ``users`` (who has which role), ``signoff`` (an editor locks the
approved segments of an article) and ``reopen`` (an editor unlocks them, with a reason).

Every command acts as the name ``--user`` gives (else ``$REVIEWER_USER``, else the login name).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store, reviewer_name
from reviewer.cli.subcommands import action_adder
from reviewer.core import languages

if TYPE_CHECKING:
    from reviewer.storage.store import Store


def cmd_users(args: argparse.Namespace) -> int:
    from reviewer.core.people import DEFAULT_ROLE, parse_role
    from reviewer.storage.team import Team

    me = reviewer_name(args)
    with open_store(args) as store:
        team = Team(store, me)
        if args.action == "add":
            member = team.add(args.name, parse_role(args.role))
            out = {"name": member.name, "role": str(member.role), "added_at": member.added_at}
            if args.json:
                emit_json(out)
            else:
                say(f"{member.name}: {member.role}")
            return 0
        if args.action == "remove":
            done = team.remove(args.name)
            if args.json:
                emit_json({"name": args.name, "removed": done})
            else:
                say(f"Removed {args.name} (a {DEFAULT_ROLE} again)." if done
                    else f"{args.name} is not listed (a {DEFAULT_ROLE}).")
            return 0
        members = team.members()
        if args.json:
            emit_json({"you": me, "your_role": str(team.role()), "default_role": str(DEFAULT_ROLE),
                       "users": [{"name": m.name, "role": str(m.role), "added_at": m.added_at}
                                 for m in members]})
            return 0
        for m in members:
            say(f"{m.name:<24} {m.role}")
        say(f"You are {me} ({team.role()}); names not listed are {DEFAULT_ROLE}s.")
    return 0


def _users(p: argparse.ArgumentParser) -> None:
    action = action_adder(p)
    add = action("add", "give a name a role (an editor only, once the library has one)")
    add.add_argument("name")
    add.add_argument("--role", required=True, help="translator, reviewer or editor")
    rm = action("remove", "take a name off the list (it is a translator again)")
    rm.add_argument("name")
    action("list", "list the names with a role, and yours")


def _langs(store: Store, article_id: int, wanted: str | None) -> list[str]:
    """``wanted``, or every language the article has final translations in."""
    if wanted:
        return [languages.normalize(wanted)]
    with store.conn.reading() as db:
        return [r[0] for r in db.execute(
            "SELECT DISTINCT t.lang FROM translations t JOIN segments g ON g.id = t.segment_id "
            "WHERE g.article_id = ? ORDER BY t.lang", [article_id])]


def cmd_signoff(args: argparse.Namespace) -> int:
    from reviewer.storage.team import Team

    me = reviewer_name(args)
    results = []
    with open_store(args) as store:
        article = store.article(args.article)
        team = Team(store, me)
        for lang in _langs(store, article.id, args.lang):
            indices = team.sign_off(article.id, lang)
            locked = team.signoffs(article.id, lang)
            results.append({"article": article.id, "lang": lang, "by": me,
                            "signed_off": [i + 1 for i in indices], "locked": len(locked)})
            if not args.json:
                numbers = " ".join(str(i + 1) for i in indices) or "none new"
                say(f"Signed off #{article.id} {languages.label(lang)} as {me}: segments "
                    f"{numbers} ({len(locked)} locked in all).")
    if args.json:
        emit_json(results)
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from reviewer.storage.team import Team

    me = reviewer_name(args)
    lang = languages.normalize(args.lang)
    with open_store(args) as store:
        article = store.article(args.article)
        indices = Team(store, me).reopen(article.id, lang, args.reason)
    if args.json:
        emit_json({"article": article.id, "lang": lang, "by": me, "reason": args.reason,
                   "reopened": [i + 1 for i in indices]})
    else:
        numbers = " ".join(str(i + 1) for i in indices) or "none were signed off"
        say(f"Reopened #{article.id} {languages.label(lang)}: segments {numbers}.")
    return 0


def _signoff(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int)
    p.add_argument("--lang", help="target language: uk (or ua), ru (default: every language "
                   "the article has translations in)")


def _reopen(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=int)
    p.add_argument("--lang", required=True, help="target language: uk (or ua), ru")
    p.add_argument("--reason", required=True, help="why it is reopened (kept in the history)")


COMMANDS = {
    "users": (cmd_users, "the review team: who is a translator, reviewer or editor", _users),
    "signoff": (cmd_signoff, "lock an article's approved segments (an editor only)", _signoff),
    "reopen": (cmd_reopen, "unlock a signed-off article with a reason (an editor only)", _reopen),
}

"""SQL only with parameters: every value reaches the database as a ``?`` parameter, never in the
statement's text. Each statement built from pieces (an f-string, ``+``, a variable set in the
function) passed to ``execute``/``executemany``/``executescript`` in ``reviewer/`` is read from
the syntax tree; a piece is fine when it is ``?`` placeholders, or made of module constants
(``_COLUMNS``, ``CHANNEL``...), or is one of :data:`EXCEPTIONS`, each with the reason it holds
no value that came from a person or a file. A new piece fails this test until it is one of these.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "reviewer"
CALLS = ("execute", "executemany", "executescript")

_TABLES = "a table name from the code's own list of tables (a literal tuple or the schema's)"
_MARKS = "'?' placeholders, one per value (`', '.join('?' * n)`), set just above"
_SUBQUERY = "a constant subquery with its own '?' (`SELECT id FROM segments WHERE ...`)"
_PASSED = "the statement a caller passed in (the engine wrappers): checked at that caller"
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("storage/annotations.py", "', '.join(cols)"): "the constant _COLUMNS, with 'id' before",
    ("storage/articles.py", "seg_ids"): _SUBQUERY,
    ("storage/articles.py", "table"): _TABLES,
    ("storage/views.py", "seg_ids"): _SUBQUERY,
    ("storage/views.py", "marks"): _MARKS,
    ("storage/human.py", "table"): _TABLES,
    ("storage/concordance_queries.py", "_lang_clause('k.lang', lang, args)"):
        "' AND column = ?', the language appended to the parameters",
    ("storage/concordance_queries.py", "_lang_clause('t.lang', lang, args)"):
        "' AND column = ?', the language appended to the parameters",
    ("storage/concordance_queries.py", "_lang_clause('target_lang', lang, args)"):
        "' AND column = ?', the language appended to the parameters",
    ("storage/health.py", "pragma"): "'integrity_check' or 'quick_check', set just above",
    ("storage/library_copy.py", "', '.join(names)"): "the table's own column names, as the "
        "source database reports them for a table of TABLES",
    ("storage/library_copy.py", "BATCH"): "a module constant",
    ("storage/library_copy.py", "marks"): _MARKS,
    ("storage/library_copy.py", "offset"): "an int counted by the loop",
    ("storage/library_copy.py", "order"): "'rowid', or the table's column names (above)",
    ("storage/library_copy.py", "table"): _TABLES,
    ("storage/mt_cache.py", "marks"): _MARKS,
    ("storage/pg_connection.py", "int(busy_timeout * 1000)"): "an int (SET takes no parameter)",
    ("storage/pg_connection.py", "<param lock_sql>"): "the advisory-lock statement of "
    "write_locks.lock_statement: fixed text, the lock keys as parameters",
    ("storage/changes.py", "also_gaps"): _MARKS + " (the history ids still missing)",
    ("storage/tm_cache.py", "which"): "a WHERE clause of this module's own callers: fixed text "
    "and '?' marks",
    ("storage/tm_index.py", "seq"): "one of two fixed statements, chosen by the engine",
    ("storage/pgdb.py", "<param sql>"): _PASSED,
    ("storage/pgdb.py", "cast(Any, sql)"): _PASSED,
    ("storage/pgdb.py", "cast(Any, to_pg(sql))"): _PASSED + " ('?' turned into '%s')",
    ("storage/pgdb.py", "columns"): "column names of the store's own rows, double-quoted",
    ("storage/pgdb.py", "marks"): _MARKS,
    ("storage/pgdb.py", "self.name"): "a table name given by the store's code, double-quoted",
    ("storage/recovery.py", "done.stdout"): "the sqlite3 program's `.recover` script of the "
        "damaged file, run into a new file (SQL is what it is)",
    ("storage/recovery.py", "marks"): _MARKS,
    ("storage/recovery.py", "names"): "the damaged file's own column names, double-quoted",
    ("storage/recovery.py", "t"): "a table name the damaged file's schema lists, double-quoted",
    ("storage/recovery.py", "table"): "a table name the damaged file's schema lists, "
        "double-quoted",
    ("storage/schema.py", "<param sql>"): "the schema's own constant migration statements",
    ("storage/schema.py", "version + 1"): "an int (PRAGMA takes no parameter)",
    ("storage/search.py", "<param sql>"): "a constant query chosen by the engine",
    ("storage/sqldb.py", "<param sql>"): _PASSED,
    ("storage/sqldb.py", "savepoint"): "a savepoint name counted by the connection",
    ("storage/tm_index.py", "<param sql>"): "a constant query chosen by the engine",
    ("storage/tm_index.py", "marks"): _MARKS,
}


def _pieces(expr: ast.expr, func: ast.AST | None) -> list[str]:
    """The non-constant pieces of a statement's text, as source."""
    if isinstance(expr, ast.Constant):
        return []
    if isinstance(expr, ast.JoinedStr):
        return [ast.unparse(v.value) for v in expr.values if isinstance(v, ast.FormattedValue)]
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        return _pieces(expr.left, func) + _pieces(expr.right, func)
    if isinstance(expr, ast.IfExp):
        return _pieces(expr.body, func) + _pieces(expr.orelse, func)
    if isinstance(expr, ast.Name) and func is not None:
        values = [n.value for n in ast.walk(func)
                  if isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and n.value
                  and any(isinstance(t, ast.Name) and t.id == expr.id
                          for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
        if not values:
            return [f"<param {expr.id}>"]
        return [piece for value in values for piece in _pieces(value, None)]
    return [ast.unparse(expr)]


def _harmless(piece: str) -> bool:
    """'?' placeholders, or only module constants (and names bound inside the piece)."""
    if "'?'" in piece:
        return True
    tree = ast.parse(piece.removeprefix("<param ").removesuffix(">"), mode="eval")
    bound = {n.id for c in ast.walk(tree) if isinstance(c, ast.comprehension)
             for n in ast.walk(c.target) if isinstance(n, ast.Name)}
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - bound
    return all(name.lstrip("_").isupper() for name in names)


def built_statements() -> dict[tuple[str, str], int]:
    """(file under reviewer/, piece) -> line, for every statement built from pieces."""
    found: dict[tuple[str, str], int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for call in ast.walk(func):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr in CALLS and call.args):
                    for piece in _pieces(call.args[0], func):
                        key = (path.relative_to(PACKAGE).as_posix(), piece)
                        found.setdefault(key, call.lineno)
    return found


def test_every_statement_takes_its_values_as_parameters() -> None:
    unexplained = [f"reviewer/{file}:{line}: {piece}"
                   for (file, piece), line in built_statements().items()
                   if not _harmless(piece) and (file, piece) not in EXCEPTIONS]
    assert not unexplained, ("SQL text built from a value: pass it as a '?' parameter, or add "
                             "the piece to EXCEPTIONS with the reason it is safe:\n"
                             + "\n".join(unexplained))


def test_the_exceptions_are_all_still_there() -> None:
    stale = set(EXCEPTIONS) - set(built_statements())
    assert not stale, f"EXCEPTIONS no longer in the code (take them out): {sorted(stale)}"


def test_the_check_sees_a_value_put_into_the_text() -> None:
    source = "def f(db, name):\n    db.execute(f\"SELECT * FROM x WHERE name = '{name}'\")\n"
    func = ast.parse(source).body[0]
    call = func.body[0].value  # type: ignore[attr-defined]  # the execute(...) call
    assert _pieces(call.args[0], func) == ["name"] and not _harmless("name")
    assert _harmless("', '.join('?' * len(ids))") and _harmless("', '.join(_COLUMNS)")

"""The SQLite store: schema, migrations and queries over sqlite-utils. No Qt here.

sqlite-utils imports numpy and pandas, when they are installed, only to map their number types to
column types; the store never inserts such values, and numpy alone costs 0.1-0.25 s of every
command's start. So sqlite-utils is imported here, first, with the two hidden (unless something
has loaded them already): ``reviewer list`` then starts as fast as ``sqlite-utils tables``.
"""

import sys


def _import_sqlite_utils() -> None:
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils()

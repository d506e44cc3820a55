"""The SQLite store: schema, migrations and queries over sqlite-utils. No Qt here.

Reads and plain statements go straight to :mod:`sqlite3` (:class:`reviewer.storage.sqldb.
Database`); sqlite-utils is imported only when a table helper is first needed (creating tables,
bulk inserts), which most commands never do.
"""

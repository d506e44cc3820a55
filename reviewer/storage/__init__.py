"""The store: schema, migrations and queries, on SQLite (the default, a file) or PostgreSQL (a
``postgresql://`` URL). No Qt here.

Reads and plain statements go straight to :mod:`sqlite3` (:class:`reviewer.storage.sqldb.
Database`); sqlite-utils is imported only when a table helper is first needed (creating tables,
bulk inserts), which most commands never do. On PostgreSQL the same interface is
:class:`reviewer.storage.pgdb.PgDatabase` over psycopg 3 (imported only for a URL); the queries
are written once with ``?`` parameters, and apart only where the engines differ (full-text
search, the memory index's bookkeeping): :mod:`reviewer.storage.dialect` tells which.
"""

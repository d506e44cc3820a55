"""The SQLite store: schema, migrations and queries over sqlite-utils. No Qt here."""

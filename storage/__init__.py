"""Own the data: SQLModel tables, engine and sessions, migrations, queries, claims, exports (imports nothing of ours)."""

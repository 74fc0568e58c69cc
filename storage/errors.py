"""Name the storage errors callers catch, without importing a database library."""

from __future__ import annotations


class DatabaseError(RuntimeError):
    """Say what is wrong with the configured database and how to fix it."""

"""Claim due conversations for processing, inside the caller's transaction.

A claim lasts exactly as long as the caller's transaction: processing a batch claims,
reads, writes the results and marks the conversations done in one transaction, so a
worker killed at any moment leaves them due (nothing half-done, nothing lost).

- PostgreSQL: `SELECT ... FOR UPDATE SKIP LOCKED` gives concurrent workers disjoint
  batches without waiting on each other.
- SQLite: one writer at a time. `take_write_lock` takes the database write lock before
  the first read (what `BEGIN IMMEDIATE` does), so a second process waits for the
  whole batch instead of failing later when its read snapshot turns stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, text

from storage.models import Conversation

CONVERSATION = Conversation.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Claimed:
    """Carry one claimed conversation's stored columns (messages are read separately)."""

    id: int
    source: str
    external_id: str
    agent: str | None
    started_at: datetime | None
    imported_at: datetime
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    content_hash: str
    processed_hash: str | None
    attempts: int


def take_write_lock(conn: Connection) -> None:
    """Make the current SQLite transaction the writer now; do nothing on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        # A write statement takes SQLite's write lock even when it matches no row.
        conn.execute(text("UPDATE conversation SET attempts = attempts WHERE 0"))


def _columns() -> Any:
    c = CONVERSATION.c
    return select(
        c.id,
        c.source,
        c.external_id,
        c.agent,
        c.started_at,
        c.imported_at,
        c.contact_name,
        c.contact_phone,
        c.contact_email,
        c.content_hash,
        c.processed_hash,
        c.attempts,
    )


# SQLite page cache for the processing connection (KiB): the lead table's dozen indexes
# outgrow the 2 MB default at about 10,000 leads, and every batch then rereads index
# pages from the OS. 24 MB holds the hot part at 100,000 leads and keeps that run's process
# under 300 MB (issue 13); past that, pages come from the OS's file cache.
SQLITE_CACHE_KIB = 24576


def tune_connection(conn: Connection) -> None:
    """Give a SQLite connection a page cache big enough for bulk writes; PostgreSQL: nothing."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")


def lock_keys(conn: Connection, keys: Iterable[str]) -> None:
    """Hold PostgreSQL advisory locks on these identity keys until the transaction ends.

    Two workers that meet the same new person would both create a lead and one would
    fail on the unique identity; with the keys locked first (in one global order, so
    no deadlock), the second waits for the first to commit and then finds its lead.
    SQLite has one writer at a time: nothing to do.
    """
    if conn.dialect.name != "postgresql":
        return
    ids = sorted({_key_id(k) for k in keys})
    if ids:
        conn.execute(
            text("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:ids AS bigint[])) AS k"),
            {"ids": ids},
        )


def _key_id(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)


def claim_due(conn: Connection, limit: int) -> list[Claimed]:
    """Claim up to `limit` due conversations, oldest first, until the transaction ends."""
    c = CONVERSATION.c
    stmt = _columns().where(c.state == "due").order_by(c.id).limit(limit)
    if conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    return [Claimed(*row) for row in conn.execute(stmt)]


def load_conversations(conn: Connection, ids: list[int]) -> list[Claimed]:
    """Return the stored columns of the conversations with these ids (no claim, no lock)."""
    out: list[Claimed] = []
    for start in range(0, len(ids), 2000):
        chunk = ids[start : start + 2000]
        rows = conn.execute(_columns().where(CONVERSATION.c.id.in_(chunk)).order_by("id"))
        out.extend(Claimed(*row) for row in rows)
    return out


def count_due(conn: Connection) -> int:
    """Return how many conversations wait to be processed."""
    return (
        conn.scalar(
            select(func.count()).select_from(CONVERSATION).where(CONVERSATION.c.state == "due")
        )
        or 0
    )

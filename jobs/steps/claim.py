"""Claim due conversations for a batch and set aside those that need no work."""

from __future__ import annotations

from sqlalchemy import Connection

from jobs.steps.batch import Batch
from storage.claims import Claimed, claim_due, take_write_lock, tune_connection


def claim(conn: Connection, batch_size: int) -> list[Claimed]:
    """Claim up to `batch_size` due conversations inside the caller's transaction.

    On SQLite the write lock is taken first, so two processes never interleave batches;
    on PostgreSQL rows are claimed with FOR UPDATE SKIP LOCKED (storage/claims.py).
    """
    take_write_lock(conn)
    tune_connection(conn)
    return claim_due(conn, batch_size)


def changed(batch: Batch, claimed: list[Claimed]) -> list[Claimed]:
    """Return the claimed conversations that changed since processed; mark the rest done."""
    todo = []
    for row in claimed:
        if row.processed_hash == row.content_hash:
            batch.done.append(row.id)  # nothing changed since it was processed
            batch.stats.skipped += 1
        else:
            todo.append(row)
    return todo

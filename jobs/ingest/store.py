"""Store imported and captured conversations: the one write path for files and webhooks.

Every store merges (never replaces): a message already stored, by its provider id or by
role + time + text, is not stored again, so a redelivered webhook changes nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from jobs.ingest.capture import Capture
from storage.claims import take_write_lock
from storage.conversations import (
    CONVERSATION,
    MESSAGE,
    ConversationData,
    Outcome,
    upsert_conversations,
)

log = logging.getLogger(__name__)
# One capture writer at a time per process: SQLite has one writer anyway, and waiting on
# a Python lock is cheaper than SQLite's busy-wait sleeps under 16 concurrent senders.
_WRITE_LOCK = threading.Lock()


def store_conversations(engine: Engine, batch: list[ConversationData]) -> list[Outcome]:
    """Store one batch of imported conversations in one transaction."""
    try:
        return upsert_conversations(engine, batch)
    except IntegrityError:
        # Another import stored one of these meanwhile; the retry sees it and updates it.
        log.warning("a concurrent import stored part of this batch; retrying it once")
        return upsert_conversations(engine, batch)


@dataclass(frozen=True, slots=True)
class Stored:
    """Say what one delivery changed: conversations touched and whether all was known."""

    conversations: int
    duplicate: bool


def store_capture(engine: Engine, capture: Capture, *, idle_hours: float = 24) -> Stored:
    """Commit what one webhook delivery carries; return only once it is durable."""
    if not capture.conversations:
        return Stored(0, False)
    for attempt in range(3):
        try:
            with _WRITE_LOCK, engine.begin() as conn:
                take_write_lock(conn)
                batch = capture.conversations
                if capture.sessions:
                    batch = _sessions(conn, batch, timedelta(hours=idle_hours))
                outcomes = upsert_conversations(conn, batch, lock=True)
            return Stored(len(outcomes), all(o is Outcome.UNCHANGED for o in outcomes))
        except (IntegrityError, OperationalError):
            # Another process stored the same conversation first, or SQLite was busy:
            # the next attempt reads what it committed and merges into it.
            if attempt == 2:
                raise
            log.warning("capture write conflicted with another writer; retrying")
    raise AssertionError("unreachable")


def _sessions(
    conn: Connection, families: Sequence[ConversationData], idle: timedelta
) -> list[ConversationData]:
    """Split each customer + business record into conversations separated by `idle` silence.

    A message joins the stored conversation whose time span, widened by `idle` on both
    sides, holds it (so a late, out-of-order message finds its conversation); the others
    start new conversations named after their first message's time.
    """
    out: dict[str, ConversationData] = {}
    c, m = CONVERSATION.c, MESSAGE.c
    for family in families:
        prefix = family.external_id + "-"
        rows = conn.execute(
            select(c.external_id, func.min(m.at), func.max(m.at))
            .join(MESSAGE, m.conversation_id == c.id)
            .where(c.source == family.source, c.external_id.startswith(prefix, autoescape=True))
            .group_by(c.external_id)
        ).all()
        spans: list[list] = [[ext, _utc(lo), _utc(hi)] for ext, lo, hi in rows if lo and hi]
        for msg in sorted(family.messages, key=lambda x: x.at):  # type: ignore[arg-type, return-value]
            at = msg.at
            span = next((s for s in spans if s[1] - idle <= at <= s[2] + idle), None)  # type: ignore[operator]
            if span is None:
                span = [f"{prefix}{int(at.timestamp())}", at, at]  # type: ignore[union-attr]
                spans.append(span)
            span[1], span[2] = min(span[1], at), max(span[2], at)
            conv = out.get(span[0])
            if conv is None:
                conv = out[span[0]] = replace(family, external_id=span[0], messages=[])
            conv.messages.append(msg)
    for conv in out.values():
        conv.started_at = conv.messages[0].at
    return list(out.values())


def _utc(value: datetime | None) -> datetime | None:
    # SQLite hands back naive times; every stored time is UTC.
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)

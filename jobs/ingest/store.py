"""Store imported and captured conversations: the one write path for files and webhooks.

Every store merges (never replaces): a message already stored, by its provider id or by
role + time + text, is not stored again, so a redelivered webhook changes nothing.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence
from concurrent.futures import Future
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
    merge_conversation,
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
    return store_captures(engine, [capture], idle_hours=idle_hours)[0]


def store_captures(
    engine: Engine, captures: Sequence[Capture], *, idle_hours: float = 24
) -> list[Stored]:
    """Commit several deliveries in one transaction (group commit); one result each."""
    if not any(c.conversations for c in captures):
        return [Stored(0, False) for _ in captures]
    for attempt in range(3):
        try:
            with _WRITE_LOCK, engine.begin() as conn:
                take_write_lock(conn)
                known = _known_ids(conn, captures)
                _upsert_captures(conn, captures, timedelta(hours=idle_hours))
            return [_stored(c, known) for c in captures]
        except (IntegrityError, OperationalError):
            # Another process stored the same conversation first, or SQLite was busy:
            # the next attempt reads what it committed and merges into it.
            if attempt == 2:
                raise
            log.warning("capture write conflicted with another writer; retrying")
    raise AssertionError("unreachable")


def _ids(capture: Capture) -> set[str]:
    return {m.external_id for c in capture.conversations for m in c.messages if m.external_id}


def _known_ids(conn: Connection, captures: Sequence[Capture]) -> set[str]:
    """Return which provider message ids of these deliveries are stored already."""
    wanted = set().union(*(_ids(c) for c in captures))
    if not wanted:
        return set()
    m = MESSAGE.c
    return set(conn.execute(select(m.external_id).where(m.external_id.in_(wanted))).scalars())


def _stored(capture: Capture, known: set[str]) -> Stored:
    ids = _ids(capture)
    return Stored(len(capture.conversations), bool(ids) and ids <= known)


def _upsert_captures(conn: Connection, captures: Sequence[Capture], idle: timedelta) -> None:
    """Merge the deliveries by conversation, assign WhatsApp sessions, and upsert them all."""
    families: dict[tuple[str, str], ConversationData] = {}
    plain: dict[tuple[str, str], ConversationData] = {}
    for capture in captures:
        into = families if capture.sessions else plain
        for conv in capture.conversations:
            _fold(into, conv)
    merged: dict[tuple[str, str], ConversationData] = {}
    for conv in (*_sessions(conn, list(families.values()), idle), *plain.values()):
        _fold(merged, conv)
    upsert_conversations(conn, list(merged.values()), lock=True)


def _fold(into: dict[tuple[str, str], ConversationData], conv: ConversationData) -> None:
    have = into.get(conv.key)
    if have is None:
        into[conv.key] = replace(conv, messages=list(conv.messages))
    else:
        merge_conversation(have, conv)


class CaptureWriter:
    """Store deliveries from one thread, committing whatever queued up together.

    Under load many requests wait for the same commit (one fsync, one SQLite write lock),
    so throughput grows with concurrency; each request still gets its answer only after
    the commit that holds its delivery.
    """

    def __init__(self, engine: Engine, *, idle_hours: float = 24, max_batch: int = 256) -> None:
        self.engine = engine
        self.idle_hours = idle_hours
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[tuple[Capture, Future[Stored]]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def submit(self, capture: Capture) -> Future[Stored]:
        """Queue one delivery; the future resolves once it is committed (or failed)."""
        future: Future[Stored] = Future()
        if not capture.conversations:
            future.set_result(Stored(0, False))
            return future
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="capture", daemon=True)
                self._thread.start()
        self._queue.put((capture, future))
        return future

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            self._commit(batch)

    def _commit(self, batch: list[tuple[Capture, Future[Stored]]]) -> None:
        try:
            results = store_captures(self.engine, [c for c, _ in batch], idle_hours=self.idle_hours)
        except Exception:
            if len(batch) == 1:
                capture, future = batch[0]
                try:
                    future.set_result(
                        store_capture(self.engine, capture, idle_hours=self.idle_hours)
                    )
                except Exception as exc:
                    future.set_exception(exc)
                return
            for item in batch:
                self._commit([item])
            return
        for (_, future), result in zip(batch, results, strict=True):
            future.set_result(result)


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

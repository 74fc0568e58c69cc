"""Upsert imported conversations in bulk: one transaction and a few statements per batch.

`(source, external_id)` is a conversation's identity. Storing never destroys: a stored
conversation keeps every message it has and gains the ones it lacks (a message is
identified by its provider id, or by role, time and text). A conversation whose
canonical content hash is then unchanged is left alone (no write at all); a changed one
is rewritten in time order and marked due so processing looks at it again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update

from storage.executemany import executemany, executemany_tuples
from storage.models import Conversation, Message, utcnow

CONVERSATION = Conversation.__table__  # type: ignore[attr-defined]
MESSAGE = Message.__table__  # type: ignore[attr-defined]


class MessageData(NamedTuple):
    """Carry one message: who wrote it, what, and when.

    A named tuple rather than a frozen dataclass: an import builds one per message, and
    a tuple is made several times faster.
    """

    role: str
    text: str
    at: datetime | None = None
    external_id: str | None = None  # the provider's message id, when it has one


@dataclass(slots=True)
class ConversationData:
    """Carry one validated conversation ready to store.

    `messages` are always merged into what is stored. `append=True` says the record is
    a part (webhooks deliver a conversation a few messages at a time); otherwise it is a
    whole copy, and stored messages it lacks are kept and counted in `missing`.
    """

    source: str
    external_id: str
    messages: list[MessageData]
    agent: str | None = None
    started_at: datetime | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    append: bool = False
    content_hash: str = field(default="", compare=False)
    missing: int = field(default=0, compare=False)  # set by the upsert: messages kept
    # Last, so that positional construction (the ingest helper's packing) keeps its order.
    contact_email: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """Return the identity `(source, external_id)`."""
        return (self.source, self.external_id)


class Outcome(StrEnum):
    """Say what an upsert did to one conversation."""

    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is UTC:  # what the import schema gives: skip the conversion
        return value.isoformat()
    if value.utcoffset() is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def content_hash(conv: ConversationData) -> str:
    """Return the sha256 of the conversation's canonical content (identity excluded)."""
    doc = [
        conv.agent,
        _iso(conv.started_at),
        conv.contact_name,
        conv.contact_phone,
        [
            # _iso inlined for the common case: the import schema gives UTC times.
            [m.role, m.text, at.isoformat() if (at := m.at) and at.tzinfo is UTC else _iso(at)]
            for m in conv.messages
        ],
    ]
    if conv.contact_email:  # only then: the hash of every conversation without one is unchanged
        doc.append(conv.contact_email)
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _message_keys(m: MessageData) -> tuple[tuple[str, ...], ...]:
    """Return every key that identifies `m`: its provider id (if any), and role+time+text."""
    content = ("text", m.role, m.text, _iso(m.at) or "")
    return (("id", m.external_id), content) if m.external_id else (content,)


def missing_from(old: Iterable[MessageData], new: Iterable[MessageData]) -> int:
    """Return how many messages of `old` the copy `new` does not hold."""
    keys = {k for m in new for k in _message_keys(m)}
    return sum(1 for m in old if not any(k in keys for k in _message_keys(m)))


def merge_messages(old: Iterable[MessageData], new: Iterable[MessageData]) -> list[MessageData]:
    """Return the union of two message lists without repeats, in time order (stable)."""
    seen: set[tuple[str, ...]] = set()
    merged: list[MessageData] = []
    for m in (*old, *new):
        keys = _message_keys(m)
        if not any(k in seen for k in keys):
            seen.update(keys)
            merged.append(m)
    # Messages without a time keep their place relative to each other at the start.
    floor = datetime.min.replace(tzinfo=UTC)
    merged.sort(key=lambda m: m.at.astimezone(UTC) if m.at else floor)
    return merged


def merge_conversation(into: ConversationData, other: ConversationData) -> None:
    """Fold a later part `other` of the same conversation into `into`, in place."""
    into.messages = merge_messages(into.messages, other.messages)
    into.agent = other.agent or into.agent
    into.contact_name = other.contact_name or into.contact_name
    into.contact_phone = other.contact_phone or into.contact_phone
    into.contact_email = other.contact_email or into.contact_email
    into.started_at = into.messages[0].at if into.messages[0].at else into.started_at
    into.content_hash = ""


def _existing(
    conn: Connection, batch: Sequence[ConversationData], lock: bool = False
) -> dict[tuple[str, str], tuple]:
    """Return (source, external_id) → (id, content_hash, agent, contact name, phone, email)."""
    by_source: dict[str, list[str]] = {}
    for conv in batch:
        by_source.setdefault(conv.source, []).append(conv.external_id)
    found: dict[tuple[str, str], tuple] = {}
    c = CONVERSATION.c
    for source, ids in by_source.items():
        query = select(
            c.id,
            c.external_id,
            c.content_hash,
            c.agent,
            c.contact_name,
            c.contact_phone,
            c.contact_email,
        ).where(c.source == source, c.external_id.in_(ids))
        # FOR UPDATE (PostgreSQL): two deliveries to one conversation merge in turn.
        rows = conn.execute(query.with_for_update() if lock else query)
        for row_id, external_id, digest, *details in rows:
            found[(source, external_id)] = (row_id, digest, *details)
    return found


def _stored_messages(conn: Connection, ids: list[int]) -> dict[int, list[MessageData]]:
    m = MESSAGE.c
    out: dict[int, list[MessageData]] = {i: [] for i in ids}
    if not ids:
        return out
    rows = conn.execute(
        select(m.conversation_id, m.role, m.text, m.at, m.external_id)
        .where(m.conversation_id.in_(ids))
        .order_by(m.conversation_id, m.position)
    )
    for conv_id, role, text, at, external_id in rows:
        out[conv_id].append(MessageData(role, text, at, external_id))
    return out


def _row(conv: ConversationData) -> dict:
    return {
        "agent": conv.agent,
        "started_at": conv.started_at,
        "contact_name": conv.contact_name,
        "contact_phone": conv.contact_phone,
        "contact_email": conv.contact_email,
        "message_count": len(conv.messages),
        "content_hash": conv.content_hash,
    }


def upsert_conversations(
    engine: Engine | Connection,
    batch: Sequence[ConversationData],
    *,
    now: datetime | None = None,
    lock: bool = False,
) -> list[Outcome]:
    """Store `batch` in one transaction; return one outcome per conversation, in order.

    Keys must be unique within a batch (merge repeats first). With an Engine the batch
    commits on its own; with a Connection the caller's transaction decides. `lock` locks
    the stored rows first (PostgreSQL), for writers that may touch one conversation at once.
    """
    if len({conv.key for conv in batch}) != len(batch):
        raise ValueError("a batch must not hold the same (source, external_id) twice")
    if isinstance(engine, Engine):
        with engine.begin() as conn:
            return _upsert(conn, batch, now or utcnow(), lock)
    return _upsert(engine, batch, now or utcnow(), lock)


def _upsert(
    conn: Connection, batch: Sequence[ConversationData], now: datetime, lock: bool = False
) -> list[Outcome]:
    existing = _existing(conn, batch, lock) if batch else {}

    def same_copy(conv: ConversationData) -> bool:
        # A whole copy identical to what is stored merges to itself: skip reading messages.
        if conv.append or conv.key not in existing:
            return False
        conv.content_hash = conv.content_hash or content_hash(conv)
        return existing[conv.key][1] == conv.content_hash

    unchanged = {conv.key for conv in batch if same_copy(conv)}
    stored = _stored_messages(
        conn, [existing[c.key][0] for c in batch if c.key in existing and c.key not in unchanged]
    )
    outcomes: list[Outcome] = []
    new: list[ConversationData] = []
    changed: list[tuple[int, ConversationData]] = []
    for conv in batch:
        hit = existing.get(conv.key)
        if conv.key in unchanged:
            outcomes.append(Outcome.UNCHANGED)
            continue
        if hit is not None:
            # Never destroy: a part or a shorter copy adds messages and keeps what it omits.
            old = stored[hit[0]]
            if not conv.append:
                conv.missing = missing_from(old, conv.messages)
            conv.messages = merge_messages(old, conv.messages)
            conv.started_at = conv.messages[0].at or conv.started_at
            conv.agent = conv.agent or hit[2]
            conv.contact_name = conv.contact_name or hit[3]
            conv.contact_phone = conv.contact_phone or hit[4]
            conv.contact_email = conv.contact_email or hit[5]
            conv.content_hash = ""
        if not conv.content_hash:
            conv.content_hash = content_hash(conv)
        if hit is None:
            new.append(conv)
            outcomes.append(Outcome.IMPORTED)
        elif hit[1] == conv.content_hash:
            outcomes.append(Outcome.UNCHANGED)
        else:
            changed.append((hit[0], conv))
            outcomes.append(Outcome.UPDATED)

    message_rows: list[tuple] = []
    if new:
        rows = [
            {
                "source": c.source,
                "external_id": c.external_id,
                **_row(c),
                "state": "due",
                "attempts": 0,
                "imported_at": now,
                "updated_at": now,
            }
            for c in new
        ]
        for conv_id, conv in zip(_insert_conversations(conn, rows, new), new, strict=True):
            message_rows.extend(_message_rows(conv_id, conv))
    if changed:
        c = CONVERSATION.c
        conn.execute(
            update(CONVERSATION)
            .where(c.id == bindparam("b_id"))
            .values(
                agent=bindparam("agent"),
                started_at=bindparam("started_at"),
                contact_name=bindparam("contact_name"),
                contact_phone=bindparam("contact_phone"),
                contact_email=bindparam("contact_email"),
                message_count=bindparam("message_count"),
                content_hash=bindparam("content_hash"),
                state="due",
                error=None,
                attempts=0,
                updated_at=now,
            ),
            [{"b_id": conv_id, **_row(conv)} for conv_id, conv in changed],
        )
        conn.execute(delete(MESSAGE).where(MESSAGE.c.conversation_id.in_([i for i, _ in changed])))
        for conv_id, conv in changed:
            message_rows.extend(_message_rows(conv_id, conv))
    if message_rows:
        executemany_tuples(conn, insert(MESSAGE), MESSAGE_KEYS, message_rows)
    return outcomes


def _insert_conversations(
    conn: Connection, rows: list[dict], new: Sequence[ConversationData]
) -> list[int]:
    """Insert new conversation rows; return their ids in the order of `new`."""
    if conn.dialect.name != "sqlite":
        return list(
            conn.execute(
                insert(CONVERSATION).returning(CONVERSATION.c.id, sort_by_parameter_order=True),
                rows,
            ).scalars()
        )
    # SQLite: a plain executemany is several times cheaper than SQLAlchemy's RETURNING
    # batches (one parameter dict processed per row). SQLite gives each new row the
    # largest id so far + 1, so when the ids after the insert are exactly last+1..last+n
    # they were given in the order of `rows`; anything else (the largest id taken, when
    # SQLite picks free ids at random) looks the ids up by identity instead.
    c = CONVERSATION.c
    last = conn.execute(select(func.max(c.id))).scalar() or 0
    executemany(conn, insert(CONVERSATION), rows)
    top, count = conn.execute(select(func.max(c.id), func.count()).where(c.id > last)).one()
    if count == len(rows) and top == last + len(rows):
        return list(range(last + 1, top + 1))
    found = _existing(conn, new)
    return [found[conv.key][0] for conv in new]


MESSAGE_KEYS = ("conversation_id", "position", "role", "text", "at", "external_id")


def _message_rows(conv_id: int, conv: ConversationData) -> Iterable[tuple]:
    return ((conv_id, i, m.role, m.text, m.at, m.external_id) for i, m in enumerate(conv.messages))

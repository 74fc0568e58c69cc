"""Build conversations for the processing tests and read back what processing stored."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select, text

from jobs.process import ProcessConfig, ProcessStats, run_once
from storage.conversations import ConversationData, MessageData, upsert_conversations
from storage.models import Conversation, Lead, LeadConversation

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def config(**overrides: Any) -> ProcessConfig:
    """Return a processing config on the shipped model (LEADS_TEST_MODEL names another)."""
    values: dict[str, Any] = {
        "batch_size": 50,
        "model_path": os.environ.get("LEADS_TEST_MODEL", ""),
    }
    values.update(overrides)
    return ProcessConfig(**values)


def conv(
    external_id: str,
    messages: Sequence[str | tuple[str, str]],
    *,
    source: str = "widget",
    phone: str | None = None,
    name: str | None = None,
    start: datetime = T0,
    agent: str = "Sales Assistant",
) -> ConversationData:
    """Return a conversation; a plain string is a customer message, else (role, text)."""
    msgs = []
    for i, m in enumerate(messages):
        role, body = ("customer", m) if isinstance(m, str) else m
        msgs.append(MessageData(role, body, start + timedelta(seconds=30 * i)))
    return ConversationData(
        source, external_id, msgs, agent=agent, started_at=start, contact_phone=phone,
        contact_name=name,
    )  # fmt: skip


def ingest(engine: Engine, convs: Sequence[ConversationData]) -> None:
    """Import conversations (new or changed ones become due)."""
    upsert_conversations(engine, list(convs))


def process(engine: Engine, **kw: Any) -> ProcessStats:
    """Process everything due with the real model; return the counts."""
    stats = ProcessStats()
    extractor = kw.pop("extractor", None)
    scorer = kw.pop("scorer", None)
    now = kw.pop("now", None)
    run_once(engine, config(**kw), extractor=extractor, scorer=scorer, stats=stats, now=now)
    return stats


def lead_of(engine: Engine) -> dict[str, int]:
    """Return {conversation external id: lead id}."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(Conversation.external_id, LeadConversation.lead_id).join(
                LeadConversation, LeadConversation.conversation_id == Conversation.id
            )
        )
        return dict(rows.all())


def leads(engine: Engine) -> dict[int, dict[str, Any]]:
    """Return every lead row by id."""
    with engine.connect() as conn:
        return {r.id: dict(r._mapping) for r in conn.execute(select(Lead.__table__))}


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Return the content of every table processing writes, for before/after comparisons."""
    out = {}
    with engine.connect() as conn:
        for table in (
            "lead", "lead_identity", "lead_conversation", "lead_merge", "status_change",
            "outbox", "conversation",
        ):  # fmt: skip
            out[table] = [
                tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))
            ]
    return out

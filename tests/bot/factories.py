"""Create leads, conversations and merges directly in storage for the bot tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from storage.models import Conversation, Lead, LeadConversation, LeadMerge, Message
from storage.statuses import quality_of

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def add_lead(engine: Engine, **fields: Any) -> int:
    """Insert one lead (defaults filled in) and return its id."""
    score = fields.pop("score", 50)
    values: dict[str, Any] = {
        "name": "Ana García",
        "email": "ana@example.com",
        "phone": "+34612345678",
        "agent": "Sales Assistant",
        "source": "whatsapp",
        "status": "Quote Request",
        "score": score,
        "quality": quality_of(score),
        "top_factors": ["asked for a quote"],
        "request": "A quote for 20 solar panels",
        "created_at": T0,
        "updated_at": T0,
    }
    values.update(fields)
    with Session(engine) as session:
        lead = Lead(**values)
        session.add(lead)
        session.commit()
        assert lead.id is not None
        return lead.id


def add_leads(engine: Engine, n: int, **fields: Any) -> list[int]:
    """Insert `n` leads with distinct names, scores and times; return their ids."""
    return [
        add_lead(
            engine,
            name=f"Person {i}",
            email=f"p{i}@example.com",
            score=fields.get("score", 10 + (i * 7) % 90),
            created_at=T0 + timedelta(minutes=i),
            **{k: v for k, v in fields.items() if k != "score"},
        )
        for i in range(n)
    ]


def add_conversation(
    engine: Engine, lead_id: int, texts: list[str], *, external_id: str = "wa-000123"
) -> None:
    """Attach a conversation whose messages alternate customer / agent to a lead."""
    with Session(engine) as session:
        conv = Conversation(
            source="whatsapp",
            external_id=external_id,
            agent="Sales Assistant",
            started_at=T0,
            message_count=len(texts),
            content_hash=external_id.ljust(64, "0")[:64],
        )
        session.add(conv)
        session.flush()
        for i, text in enumerate(texts):
            role = "customer" if i % 2 == 0 else "agent"
            at = T0 + timedelta(seconds=30 * i)
            session.add(Message(conversation_id=conv.id, position=i, role=role, text=text, at=at))
        session.add(LeadConversation(conversation_id=conv.id, lead_id=lead_id))
        session.commit()


def add_merge(engine: Engine, merged_id: int, kept_id: int) -> None:
    """Record that lead `merged_id` (no longer stored) was merged into `kept_id`."""
    with Session(engine) as session:
        session.add(LeadMerge(kept_lead_id=kept_id, merged_lead_id=merged_id, reason="same email"))
        session.commit()

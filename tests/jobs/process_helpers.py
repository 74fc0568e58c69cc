"""Build conversations for the processing tests and read back what processing stored."""

from __future__ import annotations

import json
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


_FIRST = ("Ana", "Luis", "Marta", "Pedro", "Julia", "Tom", "Clara", "Hugo", "Elena", "Marco")
_LAST = ("Silva", "Moreau", "Rossi", "Becker", "Lopez", "Carter", "Novak", "Ferreira")
_ASKS = (
    "Please send me a quote for {n} office chairs.",
    "Do you deliver to Lisbon? We need {n} desks by Friday.",
    "What are your opening hours?",
    "How much for {n} licences of the enterprise plan?",
)


def backlog(n_people: int, seed: int = 7) -> tuple[list[ConversationData], dict[str, int]]:
    """Return conversations of `n_people` people (1-4 each, across channels) and whose each is.

    Every conversation shows the person's email or phone (written differently: case,
    Gmail dots, a WhatsApp sender number); the last one of a person shows both, so an
    email-only and a phone-only lead meet there and merge. A person's conversations are
    spread through the backlog, so they land in different batches.
    """
    import random

    import phonenumbers

    rng = random.Random(seed)
    items: list[tuple[float, ConversationData, int]] = []
    for person in range(n_people):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        name = f"{first} {last}"
        email = f"{first.lower()}.{last.lower()}{person}@gmail.com"
        while True:
            national = f"6{rng.randrange(10**7, 10**8)}"
            if phonenumbers.is_valid_number(phonenumbers.parse(f"+34{national}")):
                break
        phone = f"+34 {national[:3]} {national[3:6]} {national[6:]}"
        count = rng.choice((1, 1, 2, 3, 4))
        for k in range(count):
            ask = rng.choice(_ASKS).format(n=rng.randrange(2, 90))
            last_one = k == count - 1 and count > 1
            kind = "both" if last_one else rng.choice(("email", "phone", "whatsapp"))
            variant = email.upper() if rng.random() < 0.3 else email.replace(".", "", 1)
            source, sender = "widget", None
            if kind == "email":
                text_ = f"Hi, I'm {name}. {ask} My email is {variant}"
            elif kind == "phone":
                text_ = f"Hi, I'm {name}. {ask} Call me on {phone}"
            elif kind == "whatsapp":
                text_ = f"Hola, soy {name}. {ask}"
                source, sender = "whatsapp", phone
            else:
                text_ = f"Hi, it's {name} again. {ask} Email {variant}, phone {phone}"
            start = T0 + timedelta(days=k, minutes=person)
            external_id = f"p{person}-{k}"
            c = conv(external_id, [text_], source=source, phone=sender, name=None, start=start)
            items.append((k * 1000 + rng.random() * 900, c, person))
    items.sort(key=lambda t: t[0])
    return [c for _, c, _ in items], {c.external_id: p for _, c, p in items}


def check_invariants(engine: Engine, person_of: dict[str, int]) -> None:
    """Assert every conversation is done and linked to exactly one lead, one lead per
    person, and no lead half-written."""
    with engine.connect() as conn:
        states = dict(conn.execute(text("SELECT external_id, state FROM conversation")).all())
        assert set(states.values()) == {"done"}, "a conversation was left undone"
        links = lead_of(engine)
        assert set(links) == set(person_of), "a conversation has no lead"
        lead_ids = {r[0] for r in conn.execute(text("SELECT id FROM lead"))}
        leads_of_person: dict[int, set[int]] = {}
        for external_id, lead_id in links.items():
            leads_of_person.setdefault(person_of[external_id], set()).add(lead_id)
        assert all(len(v) == 1 for v in leads_of_person.values()), "a person has two leads"
        assert len(lead_ids) == len(leads_of_person), "a lead has no conversation or two people"
        unlinked = conn.execute(
            text(
                "SELECT count(*) FROM lead WHERE id NOT IN (SELECT lead_id FROM lead_conversation)"
            )
        ).scalar_one()
        assert unlinked == 0, "a half-written lead"
        no_contact = conn.execute(
            text("SELECT count(*) FROM lead WHERE id NOT IN (SELECT lead_id FROM lead_identity)")
        ).scalar_one()
        assert no_contact == 0, "a lead without its identities"


def outcome(engine: Engine) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Return the leads as sorted conversation-id tuples, and the same for queued alerts.

    Independent of lead ids (PostgreSQL sequences skip values a rolled-back batch took),
    so a run that was killed and resumed can be compared with one that was not.
    """
    groups: dict[int, list[str]] = {}
    for external_id, lead_id in lead_of(engine).items():
        groups.setdefault(lead_id, []).append(external_id)
    with engine.connect() as conn:
        payloads = [
            json.loads(p) if isinstance(p, str) else p
            for (p,) in conn.execute(text("SELECT payload FROM outbox WHERE kind = 'alert'"))
        ]
    alerts = sorted(tuple(sorted(p["conversation_ids"])) for p in payloads)
    return sorted(tuple(sorted(g)) for g in groups.values()), alerts

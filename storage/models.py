"""Define the SQLModel tables: conversations, messages, leads and their audit trails.

Times are timezone-aware UTC datetimes (SQLModel's UTCDateTime stores them as UTC on
SQLite and PostgreSQL alike); `utcnow()` is the one way to make them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime, the form every table stores."""
    return datetime.now(UTC)


class Conversation(SQLModel, table=True):
    """Hold one imported chat; `(source, external_id)` is its identity."""

    __tablename__ = "conversation"
    __table_args__ = (
        UniqueConstraint("source", "external_id", name="uq_conversation_source_external_id"),
        # Processing claims the due conversations oldest first.
        Index("ix_conversation_state_id", "state", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=16)
    external_id: str = Field(max_length=200)
    agent: str | None = Field(default=None, max_length=200)
    started_at: datetime | None = None
    contact_name: str | None = Field(default=None, max_length=200)
    contact_phone: str | None = Field(default=None, max_length=64)
    # An address the channel captured (a widget's pre-chat form, Chatwoot's contact).
    contact_email: str | None = Field(default=None, max_length=320)
    message_count: int = 0
    # sha256 of the canonical content: an unchanged re-import is recognised without reading messages.
    content_hash: str = Field(max_length=64)
    # due: new or changed since last processed; done; failed (see `error`).
    state: str = Field(default="due", max_length=16)
    processed_hash: str | None = Field(default=None, max_length=64)
    error: str | None = None
    attempts: int = 0
    imported_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    processed_at: datetime | None = None


class Message(SQLModel, table=True):
    """Hold one message of a conversation, in order."""

    __tablename__ = "message"
    __table_args__ = (
        UniqueConstraint("conversation_id", "position", name="uq_message_position"),
        # The provider's message id: a redelivered webhook can never store a message twice.
        UniqueConstraint("conversation_id", "external_id", name="uq_message_external_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", ondelete="CASCADE")
    position: int
    role: str = Field(max_length=16)
    text: str
    at: datetime | None = None
    external_id: str | None = Field(default=None, max_length=200)


class Lead(SQLModel, table=True):
    """Hold one person who may buy: contact details, status, score and why."""

    __tablename__ = "lead"
    __table_args__ = (
        # Every filter of the CLI and Slack lists combined with every sort.
        Index("ix_lead_score", "score", "id"),
        Index("ix_lead_created", "created_at", "id"),
        Index("ix_lead_updated", "updated_at", "id"),
        Index("ix_lead_status_score", "status", "score", "id"),
        Index("ix_lead_status_created", "status", "created_at", "id"),
        Index("ix_lead_status_updated", "status", "updated_at", "id"),
        Index("ix_lead_agent_score", "agent", "score", "id"),
        Index("ix_lead_agent_created", "agent", "created_at", "id"),
        Index("ix_lead_agent_updated", "agent", "updated_at", "id"),
        Index("ix_lead_source_score", "source", "score", "id"),
        Index("ix_lead_source_created", "source", "created_at", "id"),
        Index("ix_lead_source_updated", "source", "updated_at", "id"),
        # Reminders find what is due; `owner:` filters and `/leads mine` read by owner.
        Index("ix_lead_due", "due_at", "id"),
        Index("ix_lead_owner_due", "owner", "due_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=32)
    alt_emails: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    alt_phones: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    agent: str | None = Field(default=None, max_length=200)
    source: str = Field(max_length=16)
    status: str = Field(max_length=32)
    # True once a person set the status: the model never overwrites it after that.
    status_by_human: bool = False
    # Bumped by every status a person sets: a click carries the version it saw, so a
    # late duplicate of an old click cannot undo a newer decision.
    status_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    intent: str | None = Field(default=None, max_length=32)
    score: int = 0
    quality: str = Field(default="very_low", max_length=16)
    top_factors: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    request: str | None = None
    language: str | None = Field(default=None, max_length=8)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # The Slack user id of whoever works the lead; None until someone takes it.
    owner: str | None = Field(default=None, max_length=64)
    # When the promise of a Follow-up, Waiting Response or Quote Request is due.
    due_at: datetime | None = None


class LeadConversation(SQLModel, table=True):
    """Link a conversation to the one lead it belongs to."""

    __tablename__ = "lead_conversation"

    # The primary key on the conversation alone makes "exactly one lead" a database rule.
    conversation_id: int = Field(
        foreign_key="conversation.id", primary_key=True, ondelete="CASCADE"
    )
    lead_id: int = Field(foreign_key="lead.id", index=True, ondelete="CASCADE")
    linked_at: datetime = Field(default_factory=utcnow)


class LeadIdentity(SQLModel, table=True):
    """Map a normalised email, E.164 phone or full name at a company to the lead that owns it.

    `names` keeps the different full names seen with the detail (up to one more than
    `identity.shared_key_limit`); past the limit the detail is `shared` (a team inbox, a
    switchboard, a family phone) and merges nobody any more.
    """

    __tablename__ = "lead_identity"

    # Unique per value: two workers can never create two leads for one person.
    kind: str = Field(primary_key=True, max_length=8)  # email | phone | name
    value: str = Field(primary_key=True, max_length=320)
    lead_id: int = Field(foreign_key="lead.id", index=True, ondelete="CASCADE")
    names: list[str] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]")
    )
    shared: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})


class StatusChange(SQLModel, table=True):
    """Record who moved a lead from one status to another, when and where."""

    __tablename__ = "status_change"

    id: int | None = Field(default=None, primary_key=True)
    # No foreign key: the history outlives a merge of its lead.
    lead_id: int = Field(index=True)
    at: datetime = Field(default_factory=utcnow)
    who: str = Field(max_length=200)
    from_status: str | None = Field(default=None, max_length=32)
    to_status: str = Field(max_length=32)
    via: str = Field(max_length=16)  # slack | cli | model


class OwnerChange(SQLModel, table=True):
    """Record who gave a lead to whom (or took it away), when and where."""

    __tablename__ = "owner_change"

    id: int | None = Field(default=None, primary_key=True)
    # No foreign key, like status_change: the history outlives a merge of its lead.
    lead_id: int = Field(index=True)
    at: datetime = Field(default_factory=utcnow)
    who: str = Field(max_length=200)
    from_owner: str | None = Field(default=None, max_length=64)
    to_owner: str | None = Field(default=None, max_length=64)
    via: str = Field(max_length=16)  # slack | cli


class LeadMerge(SQLModel, table=True):
    """Record a merge of two leads with what is needed to undo it."""

    __tablename__ = "lead_merge"

    id: int | None = Field(default=None, primary_key=True)
    kept_lead_id: int = Field(index=True)
    merged_lead_id: int = Field(index=True)
    at: datetime = Field(default_factory=utcnow)
    reason: str = Field(max_length=200)
    snapshot: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    undone_at: datetime | None = None


class OutboxItem(SQLModel, table=True):
    """Hold one thing to deliver (an alert, a digest) until it is sent or fails for good."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "sent_at", "failed", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    # Unique: queuing the same alert twice is a no-op (e.g. "alert:lead:42").
    key: str = Field(max_length=200, unique=True)
    kind: str = Field(max_length=32)
    lead_id: int | None = Field(default=None, index=True)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    last_error: str | None = None
    failed: bool = False  # a permanent error: no retry can help
    sent_at: datetime | None = None
    # Where it landed (e.g. Slack channel and ts), so a later status change can update it.
    ref: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class JobRun(SQLModel, table=True):
    """Record one run of a scheduled job."""

    __tablename__ = "job_run"

    id: int | None = Field(default=None, primary_key=True)
    job: str = Field(max_length=64, index=True)
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    found_work: bool = False
    ok: bool = True
    detail: str | None = None
    host: str | None = Field(default=None, max_length=200)


class SlackRequest(SQLModel, table=True):
    """Remember one accepted Slack request for the replay window (shared by all servers)."""

    __tablename__ = "slack_request"

    # sha256 of the raw body: a replay, or Slack's own retry, carries the same body.
    digest: str = Field(max_length=64, primary_key=True)
    seen_at: datetime = Field(default_factory=utcnow, index=True)

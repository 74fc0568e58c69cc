"""Load everything a lead card shows in one go, as plain data a renderer needs no session for.

A Slack alert, `/leads show` and a status confirmation all show the same card: the
lead's export record, its request, intent, language, the reasons for and against its
score, and its status history. `load_lead_cards` reads them for many leads with one
query per table; the bot then renders from the returned `LeadCard`s alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.export import iso_utc, lead_record
from storage.models import Lead, LeadIdentity, LeadMerge, StatusChange
from storage.queries import LeadNotFound, conversation_ids, get_lead


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """Hold one status change as the card shows it."""

    at: datetime
    who: str
    from_status: str | None
    to_status: str
    via: str


@dataclass(frozen=True, slots=True)
class LeadCard:
    """Hold what a lead card shows: the alert dict (export record plus reasons) and history."""

    lead_id: int
    alert: dict[str, Any]
    history: tuple[HistoryEntry, ...]

    @property
    def set_by(self) -> str | None:
        """Return who set the current status when it was a person (the model leaves none)."""
        last = self.history[-1] if self.history else None
        if last and last.to_status == self.alert.get("status") and last.via != "model":
            return last.who
        return None


def split_factors(top_factors: Iterable[str]) -> tuple[list[str], list[str]]:
    """Return (for, against) from stored top factors (the ones against start with "- ")."""
    factors = list(top_factors)
    against = [f[2:] for f in factors if f.startswith("- ")]
    return [f for f in factors if not f.startswith("- ")], against


def load_lead_cards(session: Session, lead_ids: Iterable[int]) -> dict[int, LeadCard]:
    """Return the card of each existing lead among `lead_ids` (missing ids are left out)."""
    ids = sorted(set(lead_ids))
    if not ids:
        return {}
    leads = {lead.id: lead for lead in session.scalars(select(Lead).where(Lead.id.in_(ids)))}
    convs = conversation_ids(session, list(leads))
    history: dict[int, list[HistoryEntry]] = {i: [] for i in leads}
    rows = session.scalars(
        select(StatusChange)
        .where(StatusChange.lead_id.in_(list(leads)))
        .order_by(StatusChange.at, StatusChange.id)
    )
    for c in rows:
        history[c.lead_id].append(HistoryEntry(c.at, c.who, c.from_status, c.to_status, c.via))
    return {
        lead_id: LeadCard(lead_id, _alert(lead, convs.get(lead_id, [])), tuple(history[lead_id]))
        for lead_id, lead in leads.items()
        if lead_id is not None
    }


def load_lead_card(session: Session, lead_id: int) -> LeadCard:
    """Return one lead's card; raise storage.queries.LeadNotFound (naming a merge target)."""
    card = load_lead_cards(session, [lead_id]).get(lead_id)
    if card is None:
        get_lead(session, lead_id)  # raises LeadNotFound, saying where a merged lead went
        raise LeadNotFound(lead_id, None)
    return card


def _alert(lead: Lead, conversation_ids: list[str]) -> dict[str, Any]:
    """Return the alert dict of a stored lead, shaped as `jobs.process` queues it."""
    record = lead_record(lead, conversation_ids)
    pros, cons = split_factors(record["top_factors"])
    return {
        **record,
        "request": lead.request,
        "intent": lead.intent,
        "factors_for": pros,
        "factors_against": cons,
        "language": lead.language,
        "status_by_human": lead.status_by_human,
        "due_at": iso_utc(lead.due_at),
        "status_version": lead.status_version,
    }


@dataclass(frozen=True, slots=True)
class IdentityNotes:
    """Say how a lead came to be one person: its merges (with reasons) and shared details."""

    merges: tuple[tuple[int, str, datetime, bool], ...]  # (merged lead, reason, at, undone)
    shared: tuple[tuple[str, str, int], ...]  # (kind, value, different names seen)


def identity_notes(session: Session, lead_id: int) -> IdentityNotes:
    """Return the merges into a lead and the shared details it gave."""
    merges = session.execute(
        select(LeadMerge.merged_lead_id, LeadMerge.reason, LeadMerge.at, LeadMerge.undone_at)
        .where(LeadMerge.kept_lead_id == lead_id)
        .order_by(LeadMerge.at, LeadMerge.id)
    ).all()
    shared = session.execute(
        select(LeadIdentity.kind, LeadIdentity.value, LeadIdentity.names).where(
            LeadIdentity.lead_id == lead_id, LeadIdentity.shared
        )
    ).all()
    return IdentityNotes(
        tuple((m, r, at, undone is not None) for m, r, at, undone in merges),
        tuple((k, v, len(names or [])) for k, v, names in shared),
    )


def leads_at_domain(session: Session, domain: str, *, limit: int = 500) -> list[tuple[int, str]]:
    """Return (id, name) of named leads whose email is at `domain` (for duplicate hints)."""
    rows = session.execute(
        select(Lead.id, Lead.name)
        .where(Lead.email.endswith(f"@{domain}"), Lead.name.is_not(None))
        .order_by(Lead.id)
        .limit(limit)
    )
    return [(i, n) for i, n in rows if i is not None and n]

"""Keep the team's promises in storage: owners (audited), due times, snoozes, what is due.

`change_status` is the status change people make (Slack, CLI): `queries.set_status`
plus the due time the new status brings. `assign` gives a lead an owner. The counts and
lists here feed reminders, stats, the digest, the App Home and `/leads mine`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from storage.due import CLOSED_STATUSES, FOLLOWUP_STATUSES, DueError, DueRules
from storage.lead_view import load_lead_cards
from storage.models import Lead, OutboxItem, OwnerChange, utcnow
from storage.queries import LeadFilter, LeadNotFound, StatusResult, get_lead, set_status


def _locked(session: Session, lead_id: int) -> Lead:
    # As set_status: SQLite takes its write lock first, PostgreSQL locks the row.
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE lead SET id = id WHERE 0"))
    lead = session.scalar(select(Lead).where(Lead.id == lead_id).with_for_update())
    if lead is None:
        get_lead(session, lead_id)  # raises with the merge hint
        raise LeadNotFound(lead_id)
    return lead


def change_status(
    session: Session,
    lead_id: int,
    status: str,
    *,
    who: str,
    via: str,
    rules: DueRules,
    due: datetime | None = None,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> StatusResult:
    """Set the status as a person's decision and the due time it brings; the caller commits.

    Follow-up, Waiting Response and Quote Request get `due`, or the status's default
    when newly set (a repeat keeps the due time it had); any other status clears it.
    `expected_version`: as `queries.set_status` (a stale click changes nothing, due time
    included). Raises DueError when `due` is given with a status that has none.
    """
    if due is not None and status not in FOLLOWUP_STATUSES:
        raise DueError(
            f"{status} has no due time; only {', '.join(FOLLOWUP_STATUSES)} do. Nothing changed."
        )
    now = now or utcnow()
    result = set_status(
        session, lead_id, status, who=who, via=via, expected_version=expected_version
    )
    lead = result.lead
    if result.stale:
        return result
    if status not in FOLLOWUP_STATUSES:
        new_due = None
    elif due is not None:
        new_due = due
    elif result.changed or lead.due_at is None:
        new_due = rules.default_due(status, now)
    else:
        new_due = lead.due_at
    if new_due != lead.due_at:
        lead.due_at = new_due
        session.add(lead)
        session.flush()
    return result


@dataclass(slots=True)
class OwnerResult:
    """Say what an assignment did: `changed` is False when the lead had that owner."""

    lead: Lead
    old: str | None
    new: str | None
    changed: bool


def assign(session: Session, lead_id: int, owner: str | None, *, who: str, via: str) -> OwnerResult:
    """Give the lead to `owner` (None: nobody) and record it; a repeat is a no-op.

    The caller commits.
    """
    lead = _locked(session, lead_id)
    old = lead.owner
    if old == owner:
        return OwnerResult(lead, old, owner, False)
    lead.owner = owner
    lead.updated_at = utcnow()
    session.add(lead)
    session.add(OwnerChange(lead_id=lead_id, who=who, from_owner=old, to_owner=owner, via=via))
    session.flush()
    return OwnerResult(lead, old, owner, True)


def snooze(session: Session, lead_id: int, days: int, *, now: datetime | None = None) -> Lead:
    """Move a lead's due time to `days` days from now; the caller commits.

    Raises DueError when the lead has no due time any more (its status changed).
    """
    lead = _locked(session, lead_id)
    if lead.due_at is None:
        raise DueError(f"Lead {lead_id} is {lead.status} now: there is no due time to snooze.")
    lead.due_at = (now or utcnow()) + timedelta(days=days)
    session.add(lead)
    session.flush()
    return lead


def owner_history(session: Session, lead_id: int) -> list[OwnerChange]:
    """Return a lead's owner changes, oldest first."""
    stmt = select(OwnerChange).where(OwnerChange.lead_id == lead_id)
    return list(session.scalars(stmt.order_by(OwnerChange.at, OwnerChange.id)))


@dataclass(slots=True)
class DueCounts:
    """Count overdue leads and leads due later today, in all and per owner (None: no owner)."""

    overdue: int = 0
    due_today: int = 0
    by_owner: dict[str | None, tuple[int, int]] = field(default_factory=dict)


def due_counts(
    session: Session, now: datetime, rules: DueRules, flt: LeadFilter = LeadFilter()
) -> DueCounts:
    """Return how many leads matching `flt` are overdue at `now` and due before the day ends."""
    end = rules.day_end(now)
    rows = session.execute(
        flt.apply(
            select(
                Lead.owner,
                func.sum(case((Lead.due_at <= now, 1), else_=0)),
                func.count(),
            )
            .select_from(Lead)
            .where(Lead.due_at.is_not(None), Lead.due_at < end)
        ).group_by(Lead.owner)
    )
    out = DueCounts()
    for owner, overdue, total in rows:
        overdue = int(overdue or 0)
        out.by_owner[owner] = (overdue, int(total) - overdue)
        out.overdue += overdue
        out.due_today += int(total) - overdue
    return out


def overdue_leads(session: Session, now: datetime, *, limit: int = 1000) -> list[Lead]:
    """Return the leads whose due time has passed at `now`, longest overdue first."""
    stmt = select(Lead).where(Lead.due_at.is_not(None), Lead.due_at <= now)
    return list(session.scalars(stmt.order_by(Lead.due_at, Lead.id).limit(limit)))


def open_leads_of(session: Session, owner: str, *, limit: int = 25) -> list[Lead]:
    """Return the owner's open leads, soonest due first (those without a due time last)."""
    stmt = select(Lead).where(Lead.owner == owner, Lead.status.not_in(CLOSED_STATUSES))
    order = (Lead.due_at.is_(None), Lead.due_at, Lead.score.desc(), Lead.id)
    return list(session.scalars(stmt.order_by(*order).limit(limit)))


def untouched_alerted(
    session: Session, now: datetime, minutes: int, *, limit: int = 200
) -> list[tuple[Lead, dict]]:
    """Return (lead, where its alert landed) of high-quality leads nobody touched in time.

    Untouched: no owner and no status set by a person `minutes` after the alert was sent.
    """
    since = now - timedelta(minutes=minutes)
    stmt = (
        select(Lead, OutboxItem.ref)
        .join(OutboxItem, (OutboxItem.lead_id == Lead.id) & (OutboxItem.kind == "alert"))
        .where(
            OutboxItem.sent_at.is_not(None),
            OutboxItem.sent_at <= since,
            Lead.quality == "high",
            Lead.owner.is_(None),
            Lead.status_by_human.is_(False),
        )
        .order_by(Lead.id)
        .limit(limit)
    )
    return [(lead, dict(ref or {})) for lead, ref in session.execute(stmt)]


def reminder_key(lead_id: int, due_at: datetime) -> str:
    """Return the outbox key of a lead's reminder for one due time (one reminder each)."""
    return f"remind:lead:{lead_id}:{due_at.astimezone(UTC).isoformat(timespec='seconds')}"


def nudge_key(lead_id: int) -> str:
    """Return the outbox key of a lead's first-touch nudge (one per lead)."""
    return f"nudge:lead:{lead_id}"


def current_reminder(session: Session, payload: dict[str, Any]) -> dict[str, Any] | None:
    """Return a queued reminder with the lead as it is now, or None when it no longer applies.

    A reminder waits in the outbox; meanwhile someone may have set another status,
    snoozed it, or (for a nudge) picked the lead up: then it is not sent.
    """
    card = load_lead_cards(session, [int(payload["lead_id"])]).get(int(payload["lead_id"]))
    if card is None:
        return None
    lead = card.alert
    if payload.get("kind") == "first_touch":
        if lead.get("owner") or lead.get("status_by_human"):
            return None
    elif lead.get("due_at") != payload.get("due_at"):
        return None
    return {**payload, "lead": lead, "owner": lead.get("owner")}

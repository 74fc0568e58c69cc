"""Compute the bot's answers from storage: pages of leads, a lead card, stats, home, transcript.

Listeners parse, check permissions and send; these functions only read (or write a
status) and return what to send.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from sqlalchemy.orm import Session

from bot.filters import describe, page_value
from bot.views import (
    conversation_modal,
    home_view,
    lead_card,
    leads_page,
    mine_page,
    stats_message,
)
from storage import followup
from storage.due import DueRules
from storage.export import lead_record, records, write_csv
from storage.lead_view import load_lead_card
from storage.models import utcnow
from storage.queries import (
    LeadFilter,
    LeadNotFound,
    StatusResult,
    conversation_dicts,
    conversations_of,
    count_leads,
    get_lead,
    list_leads,
    stats,
    top_leads,
)

HOME_TOP = 10


def top_page(session: Session, flt: LeadFilter, n: int, *, note: str | None = None) -> dict:
    """Return the message of the `n` best leads matching `flt`."""
    rows = top_leads(session, n, flt)
    total = count_leads(session, flt)
    heading = f"Top {n} leads · {describe(flt)}"
    return leads_page(
        [lead_record(r, []) for r in rows], heading=heading, start=0, total=total, note=note
    )


def list_page(
    session: Session, flt: LeadFilter, sort: str, offset: int, size: int, *, share: bool = False
) -> dict:
    """Return one page of leads with a "Next page" button when more follow."""
    rows = list_leads(session, flt, sort=sort, limit=size + 1, offset=offset)
    more = len(rows) > size
    total = count_leads(session, flt)
    next_value = page_value(flt, sort, offset + size, share=share) if more else None
    return leads_page(
        [lead_record(r, []) for r in rows[:size]],
        heading=f"Leads · {describe(flt, sort)}",
        start=offset,
        total=total,
        next_value=next_value,
    )


def not_found_text(exc: LeadNotFound) -> str:
    """Return what to say about a lead id that has no lead."""
    if exc.merged_into is not None:
        return f"Lead {exc.lead_id} was merged into lead {exc.merged_into}."
    return f"There is no lead {exc.lead_id}. `/leads list` shows recent ids."


def card(session: Session, lead_id: int, *, notice: str | None = None, tz: str = "UTC") -> dict:
    """Return the `/leads show` message; a merged id shows the lead it went into, saying so.

    Raises LeadNotFound for an id that never was (or whose merge target is gone too).
    """
    try:
        view = load_lead_card(session, lead_id)
    except LeadNotFound as exc:
        if exc.merged_into is None:
            raise
        merged = f"{not_found_text(exc)} Showing lead {exc.merged_into}."
        notice = f"{merged}\n{notice}" if notice else merged
        view = load_lead_card(session, exc.merged_into)
    return lead_card(view.alert, view.history, changed_by=view.set_by, notice=notice, tz=tz)


@dataclass(slots=True)
class StatusAnswer:
    """Say what a status change did and who set the status the lead has now."""

    result: StatusResult
    alert: dict[str, Any]
    set_by: str
    due_label: str = ""

    @property
    def text(self) -> str:
        """Return the one-line confirmation for the person who asked."""
        lead = self.result.lead
        name = f" ({lead.name})" if lead.name else ""
        due = f" Due {self.due_label}." if self.due_label else ""
        if self.result.changed:
            return f"✅ Lead {lead.id}{name}: {self.result.old} → *{self.result.new}*.{due}"
        return f"Lead {lead.id}{name} already has the status *{self.result.new}*; nothing changed.{due}"


def change_status(
    session: Session,
    lead_id: int,
    status: str,
    *,
    user_id: str,
    rules: DueRules | None = None,
    due: datetime | None = None,
) -> StatusAnswer:
    """Set the status as `user_id` (audited, via slack) with its due time, commit, and
    return the new alert.

    A repeat is a no-op (no second audit row). Raises LeadNotFound, and DueError for a
    due time on a status that has none.
    """
    rules = rules or DueRules()
    result = followup.change_status(
        session, lead_id, status, who=user_id, via="slack", rules=rules, due=due
    )
    session.commit()
    view = load_lead_card(session, lead_id)
    label = rules.label(result.lead.due_at) if result.lead.due_at else ""
    return StatusAnswer(result, view.alert, view.set_by or user_id, label)


@dataclass(slots=True)
class OwnerAnswer:
    """Say what an assignment did, with the lead's card data after it."""

    result: followup.OwnerResult
    alert: dict[str, Any]
    set_by: str | None  # who set the current status, when a person did

    @property
    def text(self) -> str:
        """Return the one-line confirmation for the person who asked."""
        lead = self.result.lead
        name = f" ({lead.name})" if lead.name else ""
        new = f"<@{self.result.new}>" if self.result.new else "nobody"
        if not self.result.changed:
            return f"Lead {lead.id}{name} is already {'owned by ' + new if self.result.new else 'unowned'}."
        return f"✅ Lead {lead.id}{name} is now owned by {new}."


def assign(session: Session, lead_id: int, owner: str | None, *, user_id: str) -> OwnerAnswer:
    """Give the lead to `owner` (None: nobody) as `user_id` (audited), commit; raise LeadNotFound."""
    result = followup.assign(session, lead_id, owner, who=user_id, via="slack")
    session.commit()
    view = load_lead_card(session, lead_id)
    return OwnerAnswer(result, view.alert, view.set_by)


def mine(session: Session, user: str, rules: DueRules) -> dict:
    """Return `/leads mine`: the open leads `user` owns, soonest due first."""
    leads = followup.open_leads_of(session, user)
    due = {lead.id: rules.label(lead.due_at) for lead in leads if lead.due_at and lead.id}
    return mine_page([lead_record(r, []) for r in leads], due, user=user)


def stats_answer(
    session: Session, flt: LeadFilter, rules: DueRules | None = None, now: datetime | None = None
) -> dict:
    """Return the `/leads stats` message for the leads matching `flt`, with what is due."""
    due = followup.due_counts(session, now or utcnow(), rules or DueRules(), flt)
    return stats_message(stats(session, flt), describe(flt), due)


def home(
    session: Session,
    *,
    notice: str | None = None,
    now: datetime | None = None,
    user: str | None = None,
    rules: DueRules | None = None,
) -> dict:
    """Return the App Home view: the dashboard, follow-ups per owner ("yours" first), top leads."""
    now = now or utcnow()
    top = [lead_record(r, []) for r in top_leads(session, HOME_TOP)]
    due = followup.due_counts(session, now, rules or DueRules())
    return home_view(stats(session), top, now=now, notice=notice, due=due, user=user)


def transcript(session: Session, lead_id: int) -> dict:
    """Return the "View conversation" modal of a lead (following a merge, saying so)."""
    note = None
    try:
        lead = get_lead(session, lead_id)
    except LeadNotFound as exc:
        if exc.merged_into is None:
            return conversation_modal(lead_id, None, [], note=not_found_text(exc))
        note = not_found_text(exc)
        lead_id = exc.merged_into
        lead = get_lead(session, lead_id)
    convs = conversation_dicts(session, conversations_of(session, lead_id))
    return conversation_modal(lead_id, lead.name, convs, note=note)


def export_csv(session: Session, flt: LeadFilter, sort: str, out: IO[str]) -> int:
    """Write the leads matching `flt` as CSV (the CLI's columns) to `out`; return how many."""
    return write_csv(records(session, flt, sort=sort), out)

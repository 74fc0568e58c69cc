"""Compute the bot's answers from storage: pages of leads, a lead card, stats, home, transcript.

Listeners parse, check permissions and send; these functions only read (or write a
status) and return what to send.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.filters import describe, page_value
from bot.views import (
    conversation_modal,
    home_view,
    lead_card,
    leads_page,
    mine_page,
    stats_message,
    who,
)
from jobs.duplicates import HandMerge, merge_by_hand, possible_duplicates
from storage import followup
from storage.due import DueRules
from storage.export import lead_record, records, write_csv
from storage.lead_view import identity_notes, load_lead_card
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
    alert = view.alert
    duplicates = possible_duplicates(session, view.lead_id, alert.get("name"), alert.get("email"))
    return lead_card(
        alert,
        view.history,
        changed_by=view.set_by,
        notice=notice,
        identity=identity_notes(session, view.lead_id),
        duplicates=duplicates,
        tz=tz,
    )


def merge_leads(engine: Engine, lead_id: int, other_id: int, *, user_id: str) -> HandMerge:
    """Merge two leads as `user_id` decided in Slack (reason and audit row say so).

    A repeat (they are one lead already) changes nothing. Raises jobs.duplicates.MergeError.
    """
    return merge_by_hand(engine, lead_id, other_id, who=user_id, via="slack", where="Slack")


def merged_text(done: HandMerge) -> str:
    """Return the one-line answer to a Merge click."""
    if done.merge_id is None:
        return f"Lead {done.merged_id} is already part of lead {done.kept_id}; nothing changed."
    status = (
        f" Status: {done.status_before} → *{done.status_after}*."
        if done.status_after != done.status_before
        else ""
    )
    return (
        f"✅ Lead {done.merged_id} merged into lead {done.kept_id} (the older one).{status} "
        f"To undo: `leads unmerge {done.merged_id}`."
    )


@dataclass(slots=True)
class StatusAnswer:
    """Say what a status change did and who set the status the lead has now (None: the model)."""

    result: StatusResult
    alert: dict[str, Any]
    set_by: str | None
    due_label: str = ""

    @property
    def text(self) -> str:
        """Return the one-line confirmation (or refusal) for the person who asked."""
        lead_id = self.alert.get("id")
        name = f" ({self.alert['name']})" if self.alert.get("name") else ""
        if self.result.stale:
            now = f"*{self.alert.get('status')}*"
            if self.set_by:
                now += f" by {who(self.set_by)}"
            return (
                f"⚠️ Lead {lead_id}{name} changed since this message: it is now {now}. "
                f"Nothing changed; press *{self.result.new}* again to apply it."
            )
        due = f" Due {self.due_label}." if self.due_label else ""
        if self.result.changed:
            return f"✅ Lead {lead_id}{name}: {self.result.old} → *{self.result.new}*.{due}"
        return f"Lead {lead_id}{name} already has the status *{self.result.new}*; nothing changed.{due}"


def change_status(
    session: Session,
    lead_id: int,
    status: str,
    *,
    user_id: str,
    rules: DueRules | None = None,
    due: datetime | None = None,
    expected_version: int | None = None,
) -> StatusAnswer:
    """Set the status as `user_id` (audited, via slack) with its due time, commit, and
    return the new alert.

    A repeat is a no-op (no second audit row). With `expected_version` (a click carries
    the version its message showed) a lead whose status moved on since is left as it
    is and the answer says so (`result.stale`). Raises LeadNotFound, and DueError for a
    due time on a status that has none.
    """
    rules = rules or DueRules()
    result = followup.change_status(
        session, lead_id, status, who=user_id, via="slack", rules=rules, due=due,
        expected_version=expected_version,
    )  # fmt: skip
    session.commit()
    view = load_lead_card(session, lead_id)
    set_by = view.set_by if result.stale else view.set_by or user_id
    label = rules.label(result.lead.due_at) if result.lead.due_at and not result.stale else ""
    return StatusAnswer(result, view.alert, set_by, label)


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
    # The version lets a click on an old copy of the Home tab be refused, not applied.
    top = [
        {**lead_record(r, []), "status_version": r.status_version}
        for r in top_leads(session, HOME_TOP)
    ]
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

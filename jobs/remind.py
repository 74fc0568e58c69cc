"""Remind people of leads whose due time passed, and nudge about hot leads nobody took.

Each overdue lead gets one reminder per due time: its outbox key names the lead and the
due time (`remind:lead:42:2026-12-08T09:00:00+00:00`), unique in the database, so a
second run, or a second replica, queues nothing new; a snooze moves the due time and so
makes the next reminder a new item. A high-quality lead that nobody assigned or set a
status on `first_touch_minutes` after its alert gets one nudge (`nudge:lead:42`).
Delivery goes through the outbox like alerts: retried with back-off on 429 and 5xx,
kept across restarts, checked against the destination when a post may have landed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from jobs.deliver import run_once as deliver
from jobs.notify import Notifier
from storage.db import session_scope
from storage.due import DueRules
from storage.export import iso_utc
from storage.followup import nudge_key, overdue_leads, reminder_key, untouched_alerted
from storage.models import Lead, OutboxItem, utcnow

log = logging.getLogger(__name__)

REMINDER_KIND = "reminder"
DELIVER_BATCHES = 20  # of deliver.run_once's 50 items each


@dataclass(frozen=True, slots=True)
class RemindConfig:
    """Say how due times read and show, and when an untouched hot lead gets its nudge."""

    rules: DueRules = field(default_factory=DueRules)
    first_touch_minutes: int = 60
    max_attempts: int = 8


def _reminder(lead: Lead, rules: DueRules) -> dict[str, Any]:
    assert lead.id is not None and lead.due_at is not None
    return {
        "kind": "due",
        "lead_id": lead.id,
        "owner": lead.owner,
        "status": lead.status,
        "due_at": iso_utc(lead.due_at),
        "due_label": rules.label(lead.due_at),
    }


def _nudge(lead: Lead, alert_ref: dict[str, Any], minutes: int) -> dict[str, Any]:
    assert lead.id is not None
    return {
        "kind": "first_touch",
        "lead_id": lead.id,
        "owner": None,
        "minutes": minutes,
        "alert": {k: alert_ref[k] for k in ("channel", "ts") if alert_ref.get(k)},
    }


def _queue(engine: Engine, items: list[OutboxItem]) -> int:
    """Add the items whose key is new; return how many were added."""
    if not items:
        return 0
    with session_scope(engine) as session:
        keys = [i.key for i in items]
        known = set(session.scalars(select(OutboxItem.key).where(OutboxItem.key.in_(keys))))
    added = 0
    for item in items:
        if item.key in known:
            continue
        # One transaction each: a replica that queued the same key first wins quietly.
        try:
            with session_scope(engine) as session:
                session.add(item)
        except IntegrityError:
            continue
        added += 1
    return added


def queue_reminders(engine: Engine, *, now: datetime, config: RemindConfig) -> int:
    """Queue a reminder for every overdue lead and a nudge for every untouched hot one."""
    with session_scope(engine) as session:
        items = [
            OutboxItem(
                key=reminder_key(lead.id, lead.due_at),
                kind=REMINDER_KIND,
                lead_id=lead.id,
                payload=_reminder(lead, config.rules),
                next_attempt_at=now,
            )
            for lead in overdue_leads(session, now)
            if lead.id is not None and lead.due_at is not None
        ]
        minutes = config.first_touch_minutes
        items += [
            OutboxItem(
                key=nudge_key(lead.id),
                kind=REMINDER_KIND,
                lead_id=lead.id,
                payload=_nudge(lead, ref, minutes),
                next_attempt_at=now,
            )
            for lead, ref in untouched_alerted(session, now, minutes)
            if lead.id is not None
        ]
    return _queue(engine, items)


def run_once(
    engine: Engine,
    notifier: Notifier,
    *,
    now: datetime | None = None,
    config: RemindConfig | None = None,
) -> bool:
    """Queue what became due and deliver every due reminder; return True if any was queued."""
    now = now or utcnow()
    config = config or RemindConfig()
    queued = queue_reminders(engine, now=now, config=config)
    if queued:
        log.info("queued %d reminder(s)", queued)
    for _ in range(DELIVER_BATCHES):  # a backlog drains in one run, within a bound
        if not deliver(
            engine, notifier, now=now, max_attempts=config.max_attempts, kinds=(REMINDER_KIND,)
        ):
            break
    return bool(queued)

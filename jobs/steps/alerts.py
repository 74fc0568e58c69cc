"""Queue an outbox alert for each lead of the batch that reached the alert threshold."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import select

from jobs.steps.batch import Batch, chunks, conversations_of
from jobs.steps.lead_state import LeadPlan
from jobs.steps.store import bulk
from storage.export import lead_record
from storage.models import OutboxItem
from storage.queries import alert_key

OUTBOX = OutboxItem.__table__  # type: ignore[attr-defined]


def queue_alerts(batch: Batch, plans: list[LeadPlan]) -> None:
    """Add one alert per hot lead to the outbox, never a second one for the same lead.

    The outbox key `alert:lead:{id}` is unique; a lead merged into another was
    announced under its own id, so the merged lead is not announced again.
    """
    hot = [p for p in plans if p.state["score"] >= batch.config.alert_threshold]
    if not hot:
        return
    keys = {alert_key(i) for p in hot for i in (p.state["id"], *p.merged_ids)}
    queued: set[str] = set()
    for chunk in chunks(sorted(keys)):
        queued.update(batch.conn.scalars(select(OUTBOX.c.key).where(OUTBOX.c.key.in_(chunk))))
    hot = [
        p for p in hot if not any(alert_key(i) in queued for i in (p.state["id"], *p.merged_ids))
    ]
    refs = conversations_of(batch.conn, [p.state["id"] for p in hot])
    rows = []
    for p in hot:
        conv_ids = [ref[2] for ref in sorted(refs[p.state["id"]])]
        record = lead_record(SimpleNamespace(**p.state), conv_ids)  # type: ignore[arg-type]
        payload = {
            **record,
            "request": p.state["request"],
            "intent": p.state["intent"],
            "factors_for": p.factors_for,
            "factors_against": p.factors_against,
            "language": p.state["language"],
            # Its status buttons carry it: a click after a newer decision is refused.
            "status_version": p.state.get("status_version") or 0,
        }
        rows.append(
            {
                "key": alert_key(p.state["id"]),
                "kind": "alert",
                "lead_id": p.state["id"],
                "payload": payload,
                "created_at": batch.now,
                "attempts": 0,
                "next_attempt_at": batch.now,
                "failed": False,
            }
        )
    if rows:
        bulk(batch.conn, OUTBOX, rows, conflict="(key) DO NOTHING")
        batch.stats.alerts_queued = len(rows)

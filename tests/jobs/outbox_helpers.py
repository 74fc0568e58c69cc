"""Build leads and outbox items for the delivery and digest tests; record deliveries."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from jobs.notify import DeliveryError
from storage.models import Lead, OutboxItem
from storage.statuses import quality_of

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def alert_payload(lead_id: int, score: int = 90) -> dict[str, Any]:
    """Return an alert payload shaped like the one jobs.process queues."""
    return {
        "id": lead_id, "name": f"Person {lead_id}", "email": f"p{lead_id}@example.com",
        "phone": "+34612345678", "alt_emails": [], "alt_phones": [], "agent": "Sales Bot",
        "source": "widget", "status": "Quote Request", "score": score,
        "quality": quality_of(score), "created_at": "2026-11-20T07:00:00Z",
        "updated_at": "2026-11-20T07:00:00Z", "conversation_ids": [f"w-{lead_id}"],
        "top_factors": ["asked for a quote"], "request": "a quote for 3 units",
        "intent": "quote", "factors_for": ["asked for a quote"], "factors_against": [],
        "language": "en",
    }  # fmt: skip


def queue_alerts(engine: Engine, n: int, *, at: datetime = T0) -> list[str]:
    """Queue `n` alerts due at `at`; return their keys."""
    keys = []
    with Session(engine) as s:
        for i in range(1, n + 1):
            key = f"alert:lead:{i}"
            s.add(OutboxItem(key=key, kind="alert", lead_id=i, payload=alert_payload(i),
                             next_attempt_at=at))  # fmt: skip
            keys.append(key)
        s.commit()
    return keys


def add_lead(
    s: Session, *, score: int, created_at: datetime, status: str = "Info Only", name: str = ""
) -> Lead:
    """Add one lead (flushed, not committed)."""
    lead = Lead(
        name=name or f"Lead {score}", source="widget", status=status, score=score,
        quality=quality_of(score), created_at=created_at, updated_at=created_at,
        top_factors=["asked for a quote"] if score >= 60 else ["- no contact"],
        request="price list" if score >= 60 else None,
    )  # fmt: skip
    s.add(lead)
    s.flush()
    return lead


def items(engine: Engine) -> dict[str, OutboxItem]:
    """Return every outbox item by key."""
    with Session(engine) as s:
        return {i.key: i for i in s.exec(select(OutboxItem)).all()}


class RecordingNotifier:
    """Record what would be delivered; optionally fail or be slow (thread-safe)."""

    name = "recording"

    def __init__(self, *, fail: DeliveryError | Exception | None = None, delay: float = 0) -> None:
        self.alerts: list[dict[str, Any]] = []
        self.digests: list[tuple[Any, str, dict | None]] = []
        self.fail = fail
        self.delay = delay
        self._lock = threading.Lock()

    def send_alert(self, alert: dict[str, Any], **_kw: Any) -> dict[str, Any]:
        """Record the alert, or raise the configured failure."""
        if self.delay:
            time.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        with self._lock:
            self.alerts.append(alert)
            return {"n": len(self.alerts)}

    def send_digest(
        self, digest: Any, csv_text: str, *, done: dict | None = None, **_kw: Any
    ) -> dict:
        """Record the digest, or raise the configured failure."""
        if self.delay:
            time.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        with self._lock:
            self.digests.append((digest, csv_text, done))
            return {"n": len(self.digests)}

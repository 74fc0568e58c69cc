"""Queue the nightly digest (the leads of the last hours) and deliver it.

One digest per calendar day (in the schedule's time zone): its outbox key is
`digest:YYYY-MM-DD`, unique in the database, so a second run the same day, or a second
replica, finds it queued already and sends nothing new. What the digest holds is built
in `jobs.digest_data`.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jobs.deliver import is_destination
from jobs.deliver import run_once as deliver
from jobs.digest_data import (
    CHART_DAYS,
    DIGEST_KIND,
    TOP_N,
    Digest,
    build_digest,
    digest_day,
    digest_key,
    records_for,
    window_records,
)
from jobs.notify import Notifier
from storage.db import session_scope
from storage.models import OutboxItem, utcnow

log = logging.getLogger(__name__)

__all__ = [
    "CHART_DAYS",
    "DIGEST_KIND",
    "TOP_N",
    "Digest",
    "build_digest",
    "digest_day",
    "digest_key",
    "is_destination",
    "queue_digest",
    "records_for",
    "run_once",
    "window_records",
]


def queue_digest(engine: Engine, digest: Digest) -> bool:
    """Add the digest to the outbox under its day's key; return False when already there."""
    item = OutboxItem(
        key=digest_key(digest.end, digest.timezone),
        kind=DIGEST_KIND,
        payload=digest.to_dict(),
        next_attempt_at=digest.end,
    )
    # Insert first and let the unique key decide: a read before the write would let two
    # runners both see "not there" (and on SQLite fail to upgrade their read to a write).
    try:
        with session_scope(engine) as session:
            session.add(item)
    except IntegrityError:
        return False
    return True


def run_once(
    engine: Engine,
    notifier: Notifier,
    *,
    now: datetime | None = None,
    hours: int = 24,
    timezone: str = "UTC",
    max_attempts: int = 8,
) -> bool:
    """Queue today's digest (once per day, whoever runs it) and deliver it; True if queued.

    Delivery goes through the outbox like alerts, so a failed post is retried by the
    deliver job with back-off and nothing is posted twice.
    """
    now = now or utcnow()
    with Session(engine) as session:
        digest = build_digest(session, now=now, hours=hours, timezone=timezone, with_records=False)
    queued = queue_digest(engine, digest)
    if queued:
        log.info("queued the digest for %s (%d new leads)", digest.day, digest.total)
    else:
        log.info("the digest for %s was queued already", digest.day)
    deliver(engine, notifier, now=now, max_attempts=max_attempts, kinds=(DIGEST_KIND,))
    return queued

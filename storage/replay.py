"""Record accepted requests once, in a table every serving process shares."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, delete
from sqlalchemy.exc import IntegrityError

from storage.db import session_scope
from storage.models import SlackRequest


def first_seen(engine: Engine, digest: str, *, now: datetime, window: timedelta) -> bool:
    """Record `digest`; return False when it was already recorded within `window`."""
    try:
        with session_scope(engine) as session:
            # Older records can no longer be replayed (their signature is stale): drop them.
            session.execute(delete(SlackRequest).where(SlackRequest.seen_at < now - window))
            session.add(SlackRequest(digest=digest, seen_at=now))
    except IntegrityError:
        return False
    return True

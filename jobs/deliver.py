"""Deliver what is due in the outbox (alerts, digests) through a notifier, at most once.

Each item is claimed before the notifier is called: one UPDATE marks it in flight
(`failed=True` with "in flight" in `last_error`, `attempts+1`) and commits. On
PostgreSQL the claim picks its row with FOR UPDATE SKIP LOCKED, so workers never wait
on, or take, each other's items; on SQLite the single UPDATE statement is the claim
(SQLite has one writer at a time). After the call a second transaction records the
outcome: sent (`sent_at`, `ref`), retry later (back-off), or failed for good.

Delivery is at most once. Slack's chat.postMessage has no idempotency key, so every
post carries its outbox key as message metadata. When the connection drops after a post
was sent the item is marked uncertain (`ref["uncertain"]`) and the next attempt first
looks for the key in the channel's recent history; it posts only when the key is not
there. After a crash between the post and the commit nobody records the doubt, so
rather than risk a duplicate post such an item stays marked in flight, which
`leads stats` shows as a failed delivery ("interrupted while sending"); `requeue()`
sends it again once a person has checked the channel. The window is one HTTP call.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select, update

from jobs.digest_data import Digest, window_records
from jobs.notify import DeliveryError, Notifier
from storage.db import is_sqlite, session_scope
from storage.followup import current_reminder
from storage.models import OutboxItem, utcnow

log = logging.getLogger(__name__)

IN_FLIGHT = "in flight"
UNCERTAIN = "uncertain"
# Back-off after a retryable failure: 1, 2, 4, ... minutes, at most an hour.
BASE_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=1)
_ERROR_LIMIT = 1000


def backoff(attempts: int, retry_after: float | None = None) -> timedelta:
    """Return how long to wait after the `attempts`-th failed attempt (≥ retry_after)."""
    delay = min(BASE_DELAY * (2 ** max(0, attempts - 1)), MAX_DELAY)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return delay


def _in_flight_note(now: datetime, attempt: int) -> str:
    return (
        f"{IN_FLIGHT}: attempt {attempt} started {now.isoformat(timespec='seconds')} on "
        f"{socket.gethostname()}; if this stays, the sender stopped mid-send and the item "
        "may or may not have been delivered (check, then requeue it)"
    )


def claim(
    engine: Engine, *, now: datetime, kinds: Sequence[str] | None = None
) -> OutboxItem | None:
    """Claim the next due item for this worker and return it, or None when none is due."""
    due = select(OutboxItem.id).where(
        OutboxItem.sent_at.is_(None),
        OutboxItem.failed.is_(False),
        OutboxItem.next_attempt_at <= now,
    )
    if kinds:
        due = due.where(OutboxItem.kind.in_(list(kinds)))
    due = due.order_by(OutboxItem.next_attempt_at, OutboxItem.id).limit(1)
    if not is_sqlite(engine):
        due = due.with_for_update(skip_locked=True)
    stmt = (
        update(OutboxItem)
        .where(OutboxItem.id == due.scalar_subquery())
        .values(failed=True, attempts=OutboxItem.attempts + 1)
        .returning(OutboxItem.id, OutboxItem.attempts)
    )
    with session_scope(engine) as session:
        row = session.execute(stmt).first()
        if row is None:
            return None
        item_id, attempt = row
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item_id)
            .values(last_error=_in_flight_note(now, attempt))
        )
        item = session.get(OutboxItem, item_id)
        assert item is not None
        session.expunge(item)
    return item


def _send(engine: Engine, notifier: Notifier, item: OutboxItem) -> dict[str, Any]:
    check = bool((item.ref or {}).get(UNCERTAIN))
    if item.kind == "alert":
        return notifier.send_alert(item.payload, key=item.key, check=check)
    if item.kind == "digest":
        digest = Digest.from_dict(item.payload)
        with session_scope(engine) as session:
            digest.records = window_records(session, digest)
        done = {k: v for k, v in (item.ref or {}).items() if k != UNCERTAIN} or None
        return notifier.send_digest(digest, digest.csv_text(), done=done, key=item.key, check=check)
    if item.kind == "reminder":
        with session_scope(engine) as session:
            reminder = current_reminder(session, item.payload)
        if reminder is None:  # done, snoozed or picked up while it waited: nothing to say
            return {"skipped": "no longer due"}
        return notifier.send_reminder(reminder, key=item.key, check=check)
    raise DeliveryError(f"unknown outbox kind '{item.kind}'", permanent=True)


def _finish(engine: Engine, item_id: int, **values: Any) -> None:
    with session_scope(engine) as session:
        session.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(**values))


def deliver_item(
    engine: Engine, notifier: Notifier, item: OutboxItem, *, now: datetime, max_attempts: int
) -> bool:
    """Send one claimed item and record the outcome; return True when it was delivered."""
    assert item.id is not None
    try:
        ref = _send(engine, notifier, item)
    except DeliveryError as exc:
        partial = {**(item.ref or {}), **(exc.ref or {})}
        # The notifier knows: it raises uncertain when a post may have landed, or when it
        # could not look whether an earlier one did.
        if exc.uncertain:
            partial[UNCERTAIN] = True
        else:
            partial.pop(UNCERTAIN, None)
        error = str(exc)[:_ERROR_LIMIT]
        if exc.permanent:
            log.warning("delivery of %s failed for good: %s", item.key, error)
            _finish(engine, item.id, failed=True, ref=partial or None,
                    last_error=f"{error} (permanent: not retried)")  # fmt: skip
        else:
            _retry_later(engine, item, now, max_attempts, error, exc.retry_after, partial or None)
        return False
    except Exception as exc:  # a bug or an unmapped error: retrying may still help
        # The type only: messages of HTTP errors can quote the payload (names, emails).
        log.warning("delivery of %s raised %s; will retry", item.key, type(exc).__name__)
        error = f"{type(exc).__name__}: {exc}"[:_ERROR_LIMIT]
        _retry_later(engine, item, now, max_attempts, error, None, item.ref)
        return False
    _finish(engine, item.id, sent_at=now, failed=False, last_error=None, ref=ref)
    log.info("delivered %s via %s", item.key, notifier.name)
    return True


def _retry_later(
    engine: Engine,
    item: OutboxItem,
    now: datetime,
    max_attempts: int,
    error: str,
    retry_after: float | None,
    partial: dict[str, Any] | None,
) -> None:
    assert item.id is not None
    if item.attempts >= max_attempts:
        log.warning("gave up on %s after %d attempts", item.key, item.attempts)
        _finish(engine, item.id, failed=True, ref=partial,
                last_error=f"gave up after {item.attempts} attempts: {error}")  # fmt: skip
        return
    when = now + backoff(item.attempts, retry_after)
    log.info("delivery of %s failed (attempt %d); retry at %s", item.key, item.attempts, when)
    _finish(engine, item.id, failed=False, next_attempt_at=when, last_error=error, ref=partial)


def run_once(
    engine: Engine,
    notifier: Notifier,
    *,
    now: datetime | None = None,
    max_attempts: int = 8,
    batch: int = 50,
    kinds: Sequence[str] | None = None,
) -> bool:
    """Deliver up to `batch` due outbox items one at a time; return True if any was due.

    `kinds` limits delivery to some kinds (e.g. ("digest",)). A notifier that is only a
    preview (`is_destination` False: the console without a Slack token) is shown the
    due items and consumes none; that returns False, as nothing was delivered.
    """
    now = now or utcnow()
    if not is_destination(notifier):
        shown = preview(engine, notifier, now=now, kinds=kinds)
        if shown:
            log.debug("previewed %d outbox items; they stay queued for Slack", shown)
        return False
    found = False
    for _ in range(batch):
        item = claim(engine, now=now, kinds=kinds)
        if item is None:
            break
        found = True
        deliver_item(engine, notifier, item, now=now, max_attempts=max_attempts)
    return found


def is_destination(notifier: Notifier) -> bool:
    """Return True when what `notifier` shows counts as delivered (False: a preview)."""
    return bool(getattr(notifier, "is_destination", True))


def _due(now: datetime, kinds: Sequence[str] | None) -> list[Any]:
    """Return the conditions of an item that is due to be sent (of `kinds`, if given)."""
    conds = [
        OutboxItem.sent_at.is_(None),
        OutboxItem.failed.is_(False),
        OutboxItem.next_attempt_at <= now,
    ]
    if kinds:
        conds.append(OutboxItem.kind.in_(list(kinds)))
    return conds


def count_due(
    engine: Engine, *, now: datetime | None = None, kinds: Sequence[str] | None = None
) -> int:
    """Return how many items are due to be sent (of `kinds`, if given)."""
    query = select(func.count()).select_from(OutboxItem).where(*_due(now or utcnow(), kinds))
    with engine.connect() as conn:
        return conn.scalar(query) or 0


def preview(
    engine: Engine,
    notifier: Notifier,
    *,
    now: datetime | None = None,
    limit: int = 500,
    kinds: Sequence[str] | None = None,
) -> int:
    """Show the due items through `notifier` without claiming them; return how many.

    A preview (the console when Slack is not configured) consumes nothing: every item,
    alert or digest, stays queued for the real destination.
    """
    due = select(OutboxItem).where(*_due(now or utcnow(), kinds))
    with session_scope(engine) as session:
        shown = list(session.scalars(due.order_by(OutboxItem.id).limit(limit)))
        for item in shown:
            session.expunge(item)
    count = 0
    for item in shown:
        if item.kind == "alert":
            notifier.send_alert(item.payload, key=item.key)
            count += 1
        elif item.kind == "digest":
            digest = Digest.from_dict(item.payload)
            with session_scope(engine) as session:
                digest.records = window_records(session, digest)
            notifier.send_digest(digest, digest.csv_text(), key=item.key)
            count += 1
        elif item.kind == "reminder":
            with session_scope(engine) as session:
                reminder = current_reminder(session, item.payload)
            if reminder is not None:
                notifier.send_reminder(reminder, key=item.key)
                count += 1
    return count


def requeue(engine: Engine, key: str, *, now: datetime | None = None) -> bool:
    """Make a failed or interrupted item due again (after a person checked); True if found."""
    with session_scope(engine) as session:
        result = session.execute(
            update(OutboxItem)
            .where(OutboxItem.key == key, OutboxItem.sent_at.is_(None))
            .values(failed=False, next_attempt_at=now or utcnow(), last_error=None)
        )
        return bool(result.rowcount)

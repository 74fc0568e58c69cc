"""Hold the digest's data: what happened in the window, built from storage, as plain data.

Both the digest job (which queues it) and delivery (which sends it) read this module;
destinations render it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.due import DueRules
from storage.export import lead_record, records, write_csv
from storage.followup import due_counts, overdue_leads
from storage.models import Lead
from storage.queries import LeadFilter, conversation_ids, stats, top_leads
from storage.statuses import QUALITY_BANDS, quality_of

DIGEST_KIND = "digest"
TOP_N = 5
OVERDUE_SHOWN = 10
CHART_DAYS = 14


@dataclass(slots=True)
class Digest:
    """Hold the digest figures for the window [start, end) and the previous window."""

    start: datetime
    end: datetime
    hours: int
    timezone: str
    total: int = 0
    by_quality: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    average_score: float | None = None
    previous_total: int = 0
    previous_average: float | None = None
    top: list[dict[str, Any]] = field(default_factory=list)
    # One entry per local day, oldest first: {"day": "YYYY-MM-DD", "high": n, ...}.
    daily: list[dict[str, Any]] = field(default_factory=list)
    # Leads whose due time had passed at the window's end: how many, the longest first.
    overdue: int = 0
    overdue_top: list[dict[str, Any]] = field(default_factory=list)
    # The export records of the window's leads (best first); not stored in the outbox.
    records: list[dict[str, Any]] = field(default_factory=list)

    @property
    def change_total(self) -> int:
        """Return how many more (or fewer) new leads than in the previous window."""
        return self.total - self.previous_total

    @property
    def change_average(self) -> float | None:
        """Return the change of the average score against the previous window."""
        if self.average_score is None or self.previous_average is None:
            return None
        return round(self.average_score - self.previous_average, 1)

    @property
    def day(self) -> str:
        """Return the local calendar day the digest is for (its outbox key's date)."""
        return digest_day(self.end, self.timezone)

    @property
    def end_label(self) -> str:
        """Return the window's end in local time, e.g. '2026-11-20 08:00'."""
        return self.end.astimezone(ZoneInfo(self.timezone)).strftime("%Y-%m-%d %H:%M")

    def csv_text(self) -> str:
        """Return the window's leads as CSV with the export columns."""
        out = io.StringIO()
        write_csv(self.records, out)
        return out.getvalue()

    def to_dict(self) -> dict[str, Any]:
        """Return the digest as JSON-ready data without the records (the outbox payload)."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "hours": self.hours,
            "timezone": self.timezone,
            "total": self.total,
            "by_quality": self.by_quality,
            "by_status": self.by_status,
            "average_score": self.average_score,
            "previous_total": self.previous_total,
            "previous_average": self.previous_average,
            "top": self.top,
            "daily": self.daily,
            "overdue": self.overdue,
            "overdue_top": self.overdue_top,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Digest:
        """Return the digest stored by `to_dict` (records empty: see `window_records`)."""
        return cls(
            start=datetime.fromisoformat(data["start"]),
            end=datetime.fromisoformat(data["end"]),
            hours=int(data["hours"]),
            timezone=data["timezone"],
            total=int(data["total"]),
            by_quality=dict(data["by_quality"]),
            by_status=dict(data["by_status"]),
            average_score=data["average_score"],
            previous_total=int(data["previous_total"]),
            previous_average=data["previous_average"],
            top=list(data["top"]),
            daily=list(data["daily"]),
            overdue=int(data.get("overdue", 0)),
            overdue_top=list(data.get("overdue_top", [])),
        )


def digest_day(when: datetime, timezone: str = "UTC") -> str:
    """Return the calendar day (YYYY-MM-DD) of `when` in `timezone`."""
    return when.astimezone(ZoneInfo(timezone)).date().isoformat()


def digest_key(when: datetime, timezone: str = "UTC") -> str:
    """Return the outbox key of the digest for the day of `when`: one per day."""
    return f"digest:{digest_day(when, timezone)}"


def window_records(session: Session, digest: Digest) -> list[dict[str, Any]]:
    """Return the export records of the leads created in the digest's window, best first."""
    flt = LeadFilter(created_from=digest.start, created_to=digest.end)
    return list(records(session, flt, sort="score"))


def _daily(session: Session, end: datetime, timezone: str) -> list[dict[str, Any]]:
    tz = ZoneInfo(timezone)
    last: date = end.astimezone(tz).date()
    first = last - timedelta(days=CHART_DAYS - 1)
    days = {
        (first + timedelta(days=i)).isoformat(): dict.fromkeys(QUALITY_BANDS, 0)
        for i in range(CHART_DAYS)
    }
    since = datetime.combine(first, time(), tzinfo=tz).astimezone(UTC)
    # Local days differ from UTC days, and date functions differ between SQLite and
    # PostgreSQL, so bucket here; two narrow columns per lead keep this cheap.
    rows = session.execute(
        select(Lead.created_at, Lead.score)
        .where(Lead.created_at >= since, Lead.created_at < end)
        .execution_options(yield_per=5000)
    )
    for created_at, score in rows:
        day = created_at.astimezone(tz).date().isoformat()
        if day in days:
            days[day][quality_of(score)] += 1
    return [{"day": day, **counts} for day, counts in days.items()]


def build_digest(
    session: Session,
    *,
    now: datetime,
    hours: int = 24,
    timezone: str = "UTC",
    with_records: bool = True,
) -> Digest:
    """Return the digest of the `hours` before `now`, compared with the hours before that.

    `with_records=False` leaves out the window's export records (the CSV), which the
    outbox does not store: delivery reads them again (see `window_records`).
    """
    end = now.astimezone(UTC)
    start = end - timedelta(hours=hours)
    window = LeadFilter(created_from=start, created_to=end)
    figures = stats(session, window)
    before = stats(
        session, LeadFilter(created_from=start - timedelta(hours=hours), created_to=start)
    )
    top = []
    best = top_leads(session, TOP_N, window)
    conv = {r["id"]: r for r in records_for(session, best)}
    for lead in best:
        top.append({**conv[lead.id], "request": lead.request, "intent": lead.intent})
    digest = Digest(
        start=start,
        end=end,
        hours=hours,
        timezone=timezone,
        total=figures.total,
        by_quality={
            "high": figures.high,
            "medium": figures.medium,
            "low": figures.low,
            "very_low": figures.very_low,
        },
        by_status=figures.by_status,
        average_score=figures.average_score,
        previous_total=before.total,
        previous_average=before.average_score,
        top=top,
        daily=_daily(session, end, timezone),
    )
    _add_overdue(session, digest, timezone)
    if with_records:
        digest.records = window_records(session, digest)
    return digest


def _add_overdue(session: Session, digest: Digest, timezone: str) -> None:
    # Counted at the window's end, as `leads stats --at` and /leads stats count it.
    rules = DueRules(timezone=timezone)
    late = overdue_leads(session, digest.end, limit=OVERDUE_SHOWN)
    digest.overdue = due_counts(session, digest.end, rules).overdue
    digest.overdue_top = [
        {"id": lead.id, "name": lead.name or lead.email or lead.phone, "status": lead.status,
         "owner": lead.owner, "due": rules.label(lead.due_at)}
        for lead in late
    ]  # fmt: skip


def records_for(session: Session, leads: list[Lead]) -> list[dict[str, Any]]:
    """Return the export records of `leads` (with their conversation ids)."""
    ids = conversation_ids(session, [lead.id for lead in leads if lead.id is not None])
    return [lead_record(lead, ids.get(lead.id or 0, [])) for lead in leads]

"""Query leads: filtered and sorted lists, top N, stats, status changes, transcripts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, case, func, select, text
from sqlalchemy.orm import Session

from storage.models import (
    Conversation,
    Lead,
    LeadConversation,
    LeadMerge,
    Message,
    OutboxItem,
    StatusChange,
    utcnow,
)
from storage.statuses import STATUSES

SORTS = ("created", "score", "updated")
SOURCES = ("widget", "whatsapp")
# A score range matching at most this many leads is read through the score index and sorted.
SMALL_SCORE_RANGE = 20_000
# LeadFilter.owner for "leads nobody owns" (a Slack user id is never empty).
NO_OWNER = ""
_SORT_COLUMNS = {"created": Lead.created_at, "score": Lead.score, "updated": Lead.updated_at}


class LeadNotFound(LookupError):
    """Say that no lead has the given id (and where it went, if it was merged)."""

    def __init__(self, lead_id: int, merged_into: int | None = None) -> None:
        self.lead_id = lead_id
        self.merged_into = merged_into
        if merged_into is not None:
            msg = f"Lead {lead_id} was merged into lead {merged_into}."
        else:
            msg = f"No lead with id {lead_id}."
        super().__init__(msg)


@dataclass(frozen=True, slots=True)
class LeadFilter:
    """Describe which leads a list, export or stats call looks at; None means any."""

    status: str | None = None
    agent: str | None = None
    source: str | None = None
    min_score: int | None = None
    max_score: int | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    owner: str | None = None  # a Slack user id, or NO_OWNER

    def apply(self, stmt: Any, *, score_index: bool = True) -> Any:
        """Return `stmt` with a WHERE clause for every set field.

        `score_index=False` writes the score bounds so that no index serves them (see
        list_leads for when that is faster).
        """
        score = Lead.score if score_index else Lead.score + 0
        if self.status is not None:
            stmt = stmt.where(Lead.status == self.status)
        if self.agent is not None:
            stmt = stmt.where(Lead.agent == self.agent)
        if self.source is not None:
            stmt = stmt.where(Lead.source == self.source)
        if self.min_score is not None:
            stmt = stmt.where(score >= self.min_score)
        if self.max_score is not None:
            stmt = stmt.where(score <= self.max_score)
        if self.created_from is not None:
            stmt = stmt.where(Lead.created_at >= self.created_from)
        if self.created_to is not None:
            stmt = stmt.where(Lead.created_at < self.created_to)
        if self.owner == NO_OWNER:
            stmt = stmt.where(Lead.owner.is_(None))
        elif self.owner is not None:
            stmt = stmt.where(Lead.owner == self.owner)
        return stmt

    @property
    def has_score_range(self) -> bool:
        """Return True when a minimum or maximum score is set."""
        return self.min_score is not None or self.max_score is not None


def _ordered(stmt: Any, sort: str, *, sort_index: bool = True) -> Any:
    if sort not in _SORT_COLUMNS:
        raise ValueError(f"Unknown sort '{sort}'. Use one of: {', '.join(SORTS)}.")
    column = _SORT_COLUMNS[sort]
    # coalesce(x, x) sorts the same but no index can serve it (valid on both backends).
    key = column if sort_index else func.coalesce(column, column)
    # Newest / best first; id breaks ties so pages never overlap or skip.
    return stmt.order_by(key.desc(), Lead.id.desc())


def _score_range_is_small(session: Session, flt: LeadFilter) -> bool:
    # Counting through the covering score index costs little next to a wrong plan.
    bounds = LeadFilter(min_score=flt.min_score, max_score=flt.max_score)
    n = session.scalar(bounds.apply(select(func.count()).select_from(Lead)))
    return (n or 0) <= SMALL_SCORE_RANGE


def list_leads(
    session: Session,
    flt: LeadFilter = LeadFilter(),
    *,
    sort: str = "created",
    limit: int = 20,
    offset: int = 0,
) -> list[Lead]:
    """Return one page of leads matching `flt`, sorted by `sort` (descending).

    A score range under another sort has two good plans: few matches are best read
    through the score index and sorted; many are best found by walking the sort's index
    and skipping the rest. The planner cannot tell which without statistics, so we ask.
    """
    by_range = sort != "score" and flt.has_score_range and _score_range_is_small(session, flt)
    walk_sort = sort != "score" and flt.has_score_range and not by_range
    stmt = flt.apply(select(Lead), score_index=not walk_sort)
    stmt = _ordered(stmt, sort, sort_index=not by_range).limit(limit).offset(offset)
    return list(session.scalars(stmt))


def top_leads(session: Session, n: int = 10, flt: LeadFilter = LeadFilter()) -> list[Lead]:
    """Return the `n` best-scored leads matching `flt`."""
    return list_leads(session, flt, sort="score", limit=n)


def iter_leads(
    session: Session, flt: LeadFilter = LeadFilter(), *, sort: str = "created", chunk: int = 1000
) -> Iterator[Lead]:
    """Yield every lead matching `flt` in `sort` order, `chunk` rows in memory at a time."""
    stmt = _ordered(flt.apply(select(Lead)), sort).execution_options(yield_per=chunk)
    yield from session.scalars(stmt)


def count_leads(session: Session, flt: LeadFilter = LeadFilter()) -> int:
    """Return how many leads match `flt`."""
    return session.scalar(flt.apply(select(func.count()).select_from(Lead))) or 0


def get_lead(session: Session, lead_id: int) -> Lead:
    """Return the lead with `lead_id`, or raise LeadNotFound (saying where a merged one went)."""
    lead = session.get(Lead, lead_id)
    if lead is not None:
        return lead
    merged = session.scalar(
        select(LeadMerge.kept_lead_id)
        .where(LeadMerge.merged_lead_id == lead_id, LeadMerge.undone_at.is_(None))
        .order_by(LeadMerge.id.desc())
        .limit(1)
    )
    raise LeadNotFound(lead_id, merged)


def conversation_ids(session: Session, lead_ids: Iterable[int]) -> dict[int, list[str]]:
    """Return each lead's conversation ids (as imported), oldest conversation first."""
    ids = list(lead_ids)
    out: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return out
    rows = session.execute(
        select(LeadConversation.lead_id, Conversation.external_id)
        .join(Conversation, Conversation.id == LeadConversation.conversation_id)
        .where(LeadConversation.lead_id.in_(ids))
        .order_by(Conversation.started_at, Conversation.id)
    )
    for lead_id, external_id in rows:
        out[lead_id].append(external_id)
    return out


def conversations_of(session: Session, lead_id: int) -> list[Conversation]:
    """Return the conversations of a lead, oldest first."""
    stmt = (
        select(Conversation)
        .join(LeadConversation, LeadConversation.conversation_id == Conversation.id)
        .where(LeadConversation.lead_id == lead_id)
        .order_by(Conversation.started_at, Conversation.id)
    )
    return list(session.scalars(stmt))


def conversation_dicts(
    db: Session | Connection, conversations: Sequence[Any], *, times: bool = True
) -> list[dict]:
    """Return conversations in the import format (messages included), one query for all.

    `conversations` are Conversation rows or anything with their columns as attributes
    (the processing claim reads them with Core); `db` is a session or a connection.
    `times=False` leaves out each message's time, which processing never reads and
    which costs a third of the query (every value is parsed back into a datetime).
    """
    by_id: dict[int, list[dict]] = {c.id: [] for c in conversations if c.id is not None}
    if by_id and not times:
        rows = db.execute(
            select(Message.conversation_id, Message.role, Message.text)
            .where(Message.conversation_id.in_(list(by_id)))
            .order_by(Message.conversation_id, Message.position)
        ).all()  # one fetchall, not a fetchone per message
        for conv_id, role, text in rows:
            by_id[conv_id].append({"role": role, "text": text})
    elif by_id:
        rows = db.execute(
            select(Message.conversation_id, Message.role, Message.text, Message.at)
            .where(Message.conversation_id.in_(list(by_id)))
            .order_by(Message.conversation_id, Message.position)
        )
        for conv_id, role, text, at in rows:
            by_id[conv_id].append({"role": role, "text": text, "at": _iso(at)})
    return [_conversation_dict(c, by_id.get(c.id, [])) for c in conversations]


def _conversation_dict(conv: Any, messages: list[dict]) -> dict:
    details = (
        ("name", conv.contact_name),
        ("phone", conv.contact_phone),
        ("email", conv.contact_email),
    )
    contact = {k: v for k, v in details if v}
    out: dict[str, Any] = {
        "id": conv.external_id,
        "source": conv.source,
        "agent": conv.agent,
        "started_at": _iso(conv.started_at),
        "messages": messages,
    }
    if contact:
        out["contact"] = contact
    return out


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")


@dataclass(slots=True)
class StatusResult:
    """Say what a status change did.

    `changed` is False when the lead already had the status, or when `stale` is True:
    the lead's status moved on since the version the caller saw, so nothing was written.
    """

    lead: Lead
    old: str
    new: str
    changed: bool
    stale: bool = False


def set_status(
    session: Session,
    lead_id: int,
    status: str,
    *,
    who: str,
    via: str,
    expected_version: int | None = None,
) -> StatusResult:
    """Set a lead's status as a person's decision and record it; a repeat is a no-op.

    `status` must be one of the nine names exactly (resolve what people type first).
    `expected_version` is the lead's `status_version` the person saw (a Slack button
    carries it): when another decision came since, nothing is written and the result
    says `stale`, so a late duplicate of an old click cannot undo a newer decision.
    None (a typed command, a fresh decision) applies whatever came before. The caller
    commits.
    """
    if status not in STATUSES:
        raise ValueError(f"Unknown status '{status}'. Valid statuses: {', '.join(STATUSES)}.")
    # Lock the row on PostgreSQL so two clicks at once write one audit row. SQLite locks
    # the database for writing first: a read that later upgrades to a write fails at once
    # (no busy wait) when another writer committed in between, e.g. the replay guard.
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE lead SET id = id WHERE 0"))
    lead = session.scalar(select(Lead).where(Lead.id == lead_id).with_for_update())
    if lead is None:
        get_lead(session, lead_id)  # raises with the merge hint
        raise LeadNotFound(lead_id)
    old = lead.status
    if old == status and lead.status_by_human:
        return StatusResult(lead, old, status, False)
    if expected_version is not None and lead.status_version != expected_version:
        return StatusResult(lead, old, status, False, stale=True)
    lead.status = status
    lead.status_by_human = True
    lead.status_version = (lead.status_version or 0) + 1
    lead.updated_at = utcnow()
    session.add(lead)
    session.add(StatusChange(lead_id=lead_id, who=who, from_status=old, to_status=status, via=via))
    session.flush()
    return StatusResult(lead, old, status, True)


def alert_key(lead_id: int) -> str:
    """Return the outbox key of a lead's alert (unique: one alert per lead)."""
    return f"alert:lead:{lead_id}"


def posted_alert(session: Session, lead_id: int) -> dict[str, Any] | None:
    """Return where a lead's alert landed (e.g. Slack channel and ts), or None if not sent."""
    ref = session.scalar(
        select(OutboxItem.ref).where(
            OutboxItem.key == alert_key(lead_id), OutboxItem.sent_at.is_not(None)
        )
    )
    return dict(ref) if ref else None


def status_history(session: Session, lead_id: int) -> list[StatusChange]:
    """Return a lead's status changes, oldest first."""
    stmt = (
        select(StatusChange)
        .where(StatusChange.lead_id == lead_id)
        .order_by(StatusChange.at, StatusChange.id)
    )
    return list(session.scalars(stmt))


@dataclass(slots=True)
class Stats:
    """Hold the dashboard figures."""

    total: int = 0
    high: int = 0
    medium: int = 0
    low: int = 0
    very_low: int = 0
    average_score: float | None = None
    by_status: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    by_agent: dict[str, int] = field(default_factory=dict)
    deliveries_pending: int = 0
    deliveries_failed: int = 0
    last_delivery_error: str | None = None


def stats(session: Session, flt: LeadFilter = LeadFilter()) -> Stats:
    """Return the dashboard figures for the leads matching `flt`."""
    head = session.execute(
        flt.apply(
            select(
                func.count(),
                func.sum(case((Lead.score >= 80, 1), else_=0)),
                func.sum(case(((Lead.score >= 60) & (Lead.score < 80), 1), else_=0)),
                func.sum(case(((Lead.score >= 40) & (Lead.score < 60), 1), else_=0)),
                func.avg(Lead.score),
            ).select_from(Lead)
        )
    ).one()
    out = Stats(
        total=head[0] or 0,
        high=int(head[1] or 0),
        medium=int(head[2] or 0),
        low=int(head[3] or 0),
        average_score=round(float(head[4]), 1) if head[4] is not None else None,
    )
    out.very_low = out.total - out.high - out.medium - out.low
    for column, target in (
        (Lead.status, out.by_status),
        (Lead.source, out.by_source),
        (Lead.agent, out.by_agent),
    ):
        rows = session.execute(
            flt.apply(select(column, func.count()).select_from(Lead)).group_by(column)
        )
        for key, n in sorted(rows, key=lambda r: (-r[1], str(r[0]))):
            target[key if key is not None else "(none)"] = n
    pending = select(func.count()).select_from(OutboxItem)
    out.deliveries_pending = (
        session.scalar(pending.where(OutboxItem.sent_at.is_(None), OutboxItem.failed.is_(False)))
        or 0
    )
    out.deliveries_failed = session.scalar(pending.where(OutboxItem.failed.is_(True))) or 0
    if out.deliveries_failed:
        out.last_delivery_error = session.scalar(
            select(OutboxItem.last_error)
            .where(OutboxItem.failed.is_(True))
            .order_by(OutboxItem.id.desc())
            .limit(1)
        )
    return out


def distinct_agents(session: Session) -> list[str]:
    """Return every agent name that appears on a lead."""
    rows = session.scalars(select(Lead.agent).where(Lead.agent.is_not(None)).distinct())
    return sorted(rows)


def labelled_conversations(session: Session) -> Iterator[tuple[dict, str]]:
    """Yield (conversation in import format, status) for every lead a person has labelled."""
    lead_rows = session.execute(
        select(Lead.id, Lead.status).where(Lead.status_by_human.is_(True)).order_by(Lead.id)
    ).all()
    for start in range(0, len(lead_rows), 500):
        chunk = dict(lead_rows[start : start + 500])
        convs = list(
            session.execute(
                select(Conversation, LeadConversation.lead_id)
                .join(LeadConversation, LeadConversation.conversation_id == Conversation.id)
                .where(LeadConversation.lead_id.in_(list(chunk)))
                .order_by(Conversation.id)
            )
        )
        dicts = conversation_dicts(session, [c for c, _ in convs])
        for (_conv, lead_id), conv_dict in zip(convs, dicts, strict=True):
            yield conv_dict, chunk[lead_id]

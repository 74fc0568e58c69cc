"""Suggest leads that may be one person, and merge two when a person says they are.

Identity never merges on a fuzzy name (`jobs.identity`): a similar full name at the same
company is only shown as "possible duplicate of #N" (`leads show`, the Slack lead view).
Merging such a pair is a person's decision: `merge_by_hand` folds the two leads with the
machinery processing uses (`jobs.merge.fold`, `move_and_record`), so `leads unmerge`
undoes it and the split is then remembered like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, and_, insert, or_, select, update
from sqlalchemy.orm import Session

from jobs.identity import company_domain, similar_names
from jobs.merge import HISTORY, LEAD, MAX_ALTERNATES, MERGE, SCORE_FIELDS, fold, move_and_record
from storage.claims import take_write_lock
from storage.lead_view import leads_at_domain
from storage.models import utcnow

# More suggestions than this on one card would be noise, not help.
SHOWN = 5
# A merge chain longer than this is not followed (it cannot be one in practice).
_CHAIN = 50


class MergeError(LookupError):
    """Say why two leads cannot be merged, in words for the person who asked."""


@dataclass(frozen=True, slots=True)
class HandMerge:
    """Say what `merge_by_hand` did: which lead stayed, which went, and the status."""

    kept_id: int
    merged_id: int
    merge_id: int | None  # None: the two were one lead already, nothing was done
    status_before: str
    status_after: str
    reason: str


def possible_duplicates(
    session: Session, lead_id: int, name: str | None, email: str | None
) -> list[tuple[int, str]]:
    """Return (id, name) of leads at the same company with a similar full name.

    A hint, never a merge. Pairs a person split apart (`leads unmerge`) are not suggested
    again.
    """
    domain = company_domain(email) if email else None
    if not name or not domain:
        return []
    found = [
        (i, other)
        for i, other in leads_at_domain(session, domain)
        if i != lead_id and similar_names(name, other)
    ]
    if not found:
        return []
    m = MERGE
    others = [i for i, _ in found]
    split = session.execute(
        select(m.c.kept_lead_id, m.c.merged_lead_id).where(
            m.c.undone_at.is_not(None),
            or_(
                and_(m.c.kept_lead_id == lead_id, m.c.merged_lead_id.in_(others)),
                and_(m.c.merged_lead_id == lead_id, m.c.kept_lead_id.in_(others)),
            ),
        )
    ).all()
    apart = {k for pair in split for k in pair} - {lead_id}
    return [(i, other) for i, other in found if i not in apart][:SHOWN]


def merge_by_hand(
    engine: Engine,
    lead_id: int,
    other_id: int,
    *,
    who: str,
    via: str,
    where: str,
    now: datetime | None = None,
    max_alternates: int = MAX_ALTERNATES,
) -> HandMerge:
    """Merge two leads a person says are one, in one transaction; return what happened.

    The lead created first is kept, as when processing merges. The merge records the
    reason "merged by {who} in {where}" and the kept lead gets an audit row (who, via,
    its status before and after). Merging two leads that are one already (a repeated
    click) changes nothing. Raises MergeError when a lead does not exist.
    """
    if lead_id == other_id:
        raise MergeError(f"Lead {lead_id} cannot be merged with itself.")
    now = now or utcnow()
    reason = f"merged by {who} in {where}"
    with engine.begin() as conn:
        take_write_lock(conn)
        stmt = select(LEAD).where(LEAD.c.id.in_([lead_id, other_id])).order_by(LEAD.c.id)
        if conn.dialect.name == "postgresql":
            stmt = stmt.with_for_update()  # a worker can neither merge nor rewrite them now
        rows = {row.id: dict(row._mapping) for row in conn.execute(stmt)}
        if len(rows) < 2:
            return _already_one(conn, lead_id, other_id, rows, reason)
        kept, merged = sorted(rows.values(), key=lambda r: (r["created_at"], r["id"]))
        state = dict(kept)
        fold(state, merged, max_alternates=max_alternates)
        if merged["score"] > kept["score"]:
            # The better-scored lead's verdict stands, as when processing merges.
            for f in SCORE_FIELDS:
                state[f] = merged[f]
            if not state["status_by_human"]:
                state["status"] = merged["status"]
        state["updated_at"] = now
        merge_id = move_and_record(conn, kept, merged, reason=reason, now=now)
        conn.execute(
            update(LEAD)
            .where(LEAD.c.id == kept["id"])
            .values({k: v for k, v in state.items() if k != "id"})
        )
        conn.execute(
            insert(HISTORY),
            {
                "lead_id": kept["id"],
                "at": now,
                "who": who[:200],
                "from_status": kept["status"],
                "to_status": state["status"],
                "via": via[:16],
            },
        )
    return HandMerge(kept["id"], merged["id"], merge_id, kept["status"], state["status"], reason)


def _already_one(
    conn: Connection, lead_id: int, other_id: int, rows: dict[int, dict], reason: str
) -> HandMerge:
    """Return a no-op result when one lead was merged into the other; else raise."""
    for gone, live in ((lead_id, other_id), (other_id, lead_id)):
        if gone in rows:
            continue
        target = merged_into(conn, gone)
        if target is not None and target == live and live in rows:
            status = rows[live]["status"]
            return HandMerge(live, gone, None, status, status, reason)
        if target is not None:
            raise MergeError(
                f"Lead {gone} was merged into lead {target}; `/leads show {target}` "
                "gives a fresh card."
            )
        raise MergeError(f"There is no lead {gone}; nothing was merged.")
    raise MergeError(f"Leads {lead_id} and {other_id} no longer exist; nothing was merged.")


def merged_into(conn: Connection, lead_id: int) -> int | None:
    """Return the live lead a merged-away lead ended up in (following merges), or None."""
    current, target = lead_id, None
    for _ in range(_CHAIN):
        nxt = conn.scalar(
            select(MERGE.c.kept_lead_id)
            .where(MERGE.c.merged_lead_id == current, MERGE.c.undone_at.is_(None))
            .order_by(MERGE.c.id.desc())
            .limit(1)
        )
        if nxt is None:
            break
        current = target = nxt
    return target

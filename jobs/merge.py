"""Merge two leads that turned out to be one person, and undo such a merge.

A merge keeps the lead created first ("kept") and folds the other ("merged") into it:
its conversations, identities (emails, phones) and status history move over, its
contact details become the kept lead's alternatives, the earlier creation time wins,
and a status a person set on either lead survives. The merged lead's row is deleted
and a `LeadMerge` row keeps a snapshot that is enough to bring it back exactly:
its row, the identities, conversations and status changes that moved, and the kept
lead as it was just before.

`unmerge` takes the merged-away lead's id (what `leads show` reports as "merged into").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, or_, select, update

from jobs.identity import normalise_email, normalise_phone
from storage.claims import take_write_lock
from storage.models import (
    Conversation,
    Lead,
    LeadConversation,
    LeadIdentity,
    LeadMerge,
    StatusChange,
    utcnow,
)

LEAD = Lead.__table__  # type: ignore[attr-defined]
IDENTITY = LeadIdentity.__table__  # type: ignore[attr-defined]
LINK = LeadConversation.__table__  # type: ignore[attr-defined]
MERGE = LeadMerge.__table__  # type: ignore[attr-defined]
HISTORY = StatusChange.__table__  # type: ignore[attr-defined]
CONVERSATION = Conversation.__table__  # type: ignore[attr-defined]

_TIMES = ("created_at", "updated_at")
MAX_ALTERNATES = 10
SCORE_FIELDS = ("intent", "score", "quality", "top_factors", "request", "language")


class UnmergeError(LookupError):
    """Say why a merge cannot be undone, in words for the person who asked."""


@dataclass(frozen=True, slots=True)
class UnmergeResult:
    """Say what `unmerge` restored."""

    merge_id: int
    kept_lead_id: int
    restored_lead_id: int
    conversations: int
    identities: int


def to_json(row: dict[str, Any]) -> dict[str, Any]:
    """Return a lead row with its times as ISO strings, fit for a JSON snapshot."""
    out = dict(row)
    for key in _TIMES:
        if isinstance(out.get(key), datetime):
            out[key] = out[key].isoformat()
    return out


def from_json(doc: dict[str, Any]) -> dict[str, Any]:
    """Return a lead row from its JSON snapshot (times parsed back)."""
    out = dict(doc)
    for key in _TIMES:
        if isinstance(out.get(key), str):
            out[key] = datetime.fromisoformat(out[key])
    return out


def email_keys(values: list[str | None]) -> set[str]:
    """Return the identity keys of some emails."""
    return {k for v in values if v for k in [normalise_email(v)] if k}


def phone_keys(values: list[str | None]) -> set[str]:
    """Return the identity keys of some phones."""
    return {k for v in values if v for k in [normalise_phone(v)] if k}


def add_contact(
    state: dict[str, Any],
    kind: str,
    value: str,
    key: str | None,
    *,
    max_alternates: int = MAX_ALTERNATES,
) -> None:
    """Add an email or phone to a lead: primary if it has none, else an alternative.

    Values are compared by identity key, so "J.Doe@gmail.com" after "jdoe@gmail.com"
    adds nothing. Past `max_alternates` alternatives the detail stays on its
    conversation only, so a lead's cost does not grow with its history.
    """
    primary, alts = ("email", "alt_emails") if kind == "email" else ("phone", "alt_phones")
    norm = normalise_email if kind == "email" else normalise_phone
    if key is None:
        return
    known = [state.get(primary), *(state.get(alts) or [])]
    if any(v and norm(v) == key for v in known):
        return
    if not state.get(primary):
        state[primary] = value
    elif len(state.get(alts) or []) < max_alternates:
        state[alts] = [*(state.get(alts) or []), value]


def fold(
    kept: dict[str, Any], merged: dict[str, Any], *, max_alternates: int = MAX_ALTERNATES
) -> None:
    """Fold the merged lead's fields into the kept lead's state, in place.

    Score fields are not decided here: the caller knows which lead's latest
    conversation is the newest.
    """
    for kind, primary, alts in (("email", "email", "alt_emails"), ("phone", "phone", "alt_phones")):
        norm = normalise_email if kind == "email" else normalise_phone
        for value in [merged.get(primary), *(merged.get(alts) or [])]:
            if value:
                add_contact(kept, kind, value, norm(value), max_alternates=max_alternates)
    if not kept.get("name") and merged.get("name"):
        kept["name"] = merged["name"]
    if merged["created_at"] < kept["created_at"]:
        kept["created_at"] = merged["created_at"]
        kept["agent"], kept["source"] = merged["agent"], merged["source"]
    if merged["status_by_human"] and not kept["status_by_human"]:
        kept["status"], kept["status_by_human"] = merged["status"], True
        # A decision arrived with the merged lead: clicks on the kept lead's older
        # messages must not undo it.
        versions = (kept.get("status_version") or 0, merged.get("status_version") or 0)
        kept["status_version"] = max(versions) + 1


def move_and_record(
    conn: Connection,
    kept_before: dict[str, Any],
    merged: dict[str, Any],
    *,
    reason: str,
    now: datetime,
) -> int:
    """Move the merged lead's rows to the kept lead, delete it, and record the merge.

    `kept_before` is the kept lead's row before this merge, `merged` the merged lead's
    row. The caller writes the kept lead's new fields. Return the merge id.
    """
    kept_id, merged_id = kept_before["id"], merged["id"]
    identities = [
        [kind, value]
        for kind, value in conn.execute(
            select(IDENTITY.c.kind, IDENTITY.c.value)
            .where(IDENTITY.c.lead_id == merged_id)
            .order_by(IDENTITY.c.kind, IDENTITY.c.value)
        )
    ]
    conversations = list(
        conn.scalars(
            select(LINK.c.conversation_id)
            .where(LINK.c.lead_id == merged_id)
            .order_by(LINK.c.conversation_id)
        )
    )
    history = list(
        conn.scalars(select(HISTORY.c.id).where(HISTORY.c.lead_id == merged_id).order_by("id"))
    )
    # Move first: identities and links cascade away with the deleted lead.
    conn.execute(update(IDENTITY).where(IDENTITY.c.lead_id == merged_id).values(lead_id=kept_id))
    conn.execute(update(LINK).where(LINK.c.lead_id == merged_id).values(lead_id=kept_id))
    conn.execute(update(HISTORY).where(HISTORY.c.lead_id == merged_id).values(lead_id=kept_id))
    conn.execute(delete(LEAD).where(LEAD.c.id == merged_id))
    snapshot = {
        "merged": to_json(merged),
        "kept_before": to_json(kept_before),
        "identities": identities,
        "conversations": conversations,
        "status_changes": history,
    }
    return conn.execute(
        insert(MERGE).returning(MERGE.c.id),
        {
            "kept_lead_id": kept_id,
            "merged_lead_id": merged_id,
            "at": now,
            "reason": reason[:200],
            "snapshot": snapshot,
        },
    ).scalar_one()


def find_merge(conn: Connection, lead_id: int) -> dict[str, Any]:
    """Return the live merge that took `lead_id` away, or raise UnmergeError."""
    row = conn.execute(
        select(MERGE)
        .where(MERGE.c.merged_lead_id == lead_id, MERGE.c.undone_at.is_(None))
        .order_by(MERGE.c.id.desc())
        .limit(1)
    ).first()
    if row is not None:
        return dict(row._mapping)
    if conn.scalar(select(LEAD.c.id).where(LEAD.c.id == lead_id)) is not None:
        raise UnmergeError(
            f"Lead {lead_id} was not merged away; give the id of the lead that was merged "
            "into it (`leads show` names it)."
        )
    raise UnmergeError(f"No merge took lead {lead_id} away; nothing to undo.")


def unmerge(engine: Engine, lead_id: int, *, now: datetime | None = None) -> UnmergeResult:
    """Bring back the lead `lead_id` that a merge folded into another, in one transaction.

    The merged lead returns exactly as it was (same id, fields, identities,
    conversations and status history, except what moved to another lead since). The
    kept lead loses the merged lead's emails and phones, takes its creation time, agent
    and source from its own earliest conversation again, and gets back its status and
    score when those had come from the merged lead. A later change to a conversation
    that still links both may merge them again.
    """
    now = now or utcnow()
    with engine.begin() as conn:
        take_write_lock(conn)
        merge = find_merge(conn, lead_id)
        kept_id = merge["kept_lead_id"]
        lock = select(LEAD).where(LEAD.c.id == kept_id)
        if conn.dialect.name == "postgresql":
            lock = lock.with_for_update()
        kept_row = conn.execute(lock).first()
        if kept_row is None:
            later = conn.scalar(
                select(MERGE.c.kept_lead_id).where(
                    MERGE.c.merged_lead_id == kept_id, MERGE.c.undone_at.is_(None)
                )
            )
            hint = f"; run `leads unmerge {kept_id}` first" if later else ""
            raise UnmergeError(
                f"Lead {kept_id}, which lead {lead_id} was merged into, no longer exists{hint}."
            )
        snap = merge["snapshot"]
        merged = from_json(snap["merged"])
        kept_before = from_json(snap["kept_before"])
        kept = dict(kept_row._mapping)

        conn.execute(insert(LEAD), {**merged, "updated_at": now})
        identities = [tuple(i) for i in snap["identities"]]
        moved_ids = 0
        if identities:
            moved_ids = conn.execute(
                update(IDENTITY)
                .where(
                    IDENTITY.c.lead_id == kept_id,
                    or_(
                        *(and_(IDENTITY.c.kind == k, IDENTITY.c.value == v) for k, v in identities)
                    ),
                )
                .values(lead_id=lead_id)
            ).rowcount
        moved_convs = 0
        if snap["conversations"]:
            moved_convs = conn.execute(
                update(LINK)
                .where(LINK.c.lead_id == kept_id, LINK.c.conversation_id.in_(snap["conversations"]))
                .values(lead_id=lead_id)
            ).rowcount
        if snap["status_changes"]:
            conn.execute(
                update(HISTORY)
                .where(HISTORY.c.lead_id == kept_id, HISTORY.c.id.in_(snap["status_changes"]))
                .values(lead_id=lead_id)
            )
        _restore_kept(conn, kept, kept_before, merged, identities, merge["at"], now)
        conn.execute(update(MERGE).where(MERGE.c.id == merge["id"]).values(undone_at=now))
    return UnmergeResult(merge["id"], kept_id, lead_id, moved_convs, moved_ids)


def _restore_kept(
    conn: Connection,
    kept: dict[str, Any],
    before: dict[str, Any],
    merged: dict[str, Any],
    identities: list[tuple[str, str]],
    merged_at: datetime,
    now: datetime,
) -> None:
    """Take back from the kept lead what it got from the merged one."""
    gone = {(k, v) for k, v in identities}
    values: dict[str, Any] = {"updated_at": now}
    for kind, primary, alts in (("email", "email", "alt_emails"), ("phone", "phone", "alt_phones")):
        norm = normalise_email if kind == "email" else normalise_phone
        kept_values = [v for v in [kept.get(primary), *(kept.get(alts) or [])] if v]
        left = [v for v in kept_values if (kind, norm(v)) not in gone]
        values[primary] = left[0] if left else None
        values[alts] = left[1:]
    if kept.get("name") == merged.get("name") and before.get("name") != merged.get("name"):
        values["name"] = before.get("name")
    first = conn.execute(
        select(
            func.coalesce(CONVERSATION.c.started_at, CONVERSATION.c.imported_at),
            CONVERSATION.c.agent,
            CONVERSATION.c.source,
        )
        .join(LINK, LINK.c.conversation_id == CONVERSATION.c.id)
        .where(LINK.c.lead_id == kept["id"])
        .order_by(func.coalesce(CONVERSATION.c.started_at, CONVERSATION.c.imported_at))
        .limit(1)
    ).first()
    if first is not None:
        values["created_at"], values["agent"], values["source"] = first
    else:
        for key in ("created_at", "agent", "source"):
            values[key] = before[key]
    # A status a person set after the merge is theirs to keep.
    human_since = conn.scalar(
        select(func.count())
        .select_from(HISTORY)
        .where(HISTORY.c.lead_id == kept["id"], HISTORY.c.via != "model", HISTORY.c.at > merged_at)
    )
    if not human_since and kept["status_by_human"] and not before["status_by_human"]:
        values["status"], values["status_by_human"] = before["status"], False
    if all(kept.get(f) == merged.get(f) for f in SCORE_FIELDS):
        for f in SCORE_FIELDS:
            values[f] = before.get(f)
        if not values.get("status_by_human", kept["status_by_human"]):
            values["status"] = before["status"]
    if "status" in values and values["status"] != kept["status"]:
        values["status_version"] = (kept.get("status_version") or 0) + 1
    conn.execute(update(LEAD).where(LEAD.c.id == kept["id"]).values(**values))

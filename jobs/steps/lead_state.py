"""Decide each person's lead: merge its existing leads, fold in the conversations, score it.

A lead's score, intent, factors, request, language and (model-set) status are those of
its best-scored conversation (ties: the newest), so a follow-up question does not bury a
quote request. The latest conversation decides instead when it changes the picture: the
customer now asks for a quote or says they are no longer interested (bought elsewhere),
or it is spam and nothing of the lead reads as a buyer (a sender who posts the same
offer ten times is not kept as Info Only because one copy read that way; a buyer whose
later message reads as spam keeps their lead).
A status a person set is never overwritten (the score still moves); a latest
conversation that suggests another status leaves a note among the lead's factors, shown
in `leads show` and the Slack lead card. The name is the most confident one found; a
stored name gives way only to a fuller form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jobs.identity import fold_name
from jobs.merge import SCORE_FIELDS, add_contact, fold, move_and_record
from jobs.steps.batch import Batch, Item
from jobs.steps.identify import batch_keys
from model.policy import LEAD_INTENTS
from model.types import Request
from storage.lead_view import split_factors

# A fuller name this close in confidence to the most confident one is preferred.
_NEAR = 0.15
# A name stated at least this surely may complete a stored one.
_STATED = 0.7
MERGE_REASON = "a conversation shares contact details with both leads"
# Statuses with which the latest conversation overrides the best-scored one: the
# customer's newest word on buying or not buying.
LATEST_DECIDES = frozenset({"Quote Request", "Not Interested"})
# The latest conversation's status that decides only when nothing of the lead is a buyer's.
LATEST_DECIDES_WITHOUT_BUYER = "Spam"
# Starts the factor that shows a person's status differs from what the latest
# conversation suggests (kept among the factors for, so every lead view shows it).
SUGGESTS = "latest conversation suggests "

_LIMITS = {
    "name": 200,
    "email": 320,
    "phone": 32,
    "agent": 200,
    "source": 16,
    "status": 32,
    "intent": 32,
    "quality": 16,
    "language": 8,
}


@dataclass(slots=True)
class LeadPlan:
    """Hold what the batch will write for one lead."""

    state: dict[str, Any]
    is_new: bool
    items: list[Item]
    merged_ids: list[int]
    new_keys: list[tuple[str, str]]
    old_status: str | None
    status_changed: bool
    factors_for: list[str]
    factors_against: list[str]


def plan_lead(
    batch: Batch, items: list[Item], lead_ids: list[int], context: dict[int, list[Item]]
) -> LeadPlan:
    """Decide one person's lead; merging existing leads records the merge right away."""
    leads = sorted(
        (batch.leads[i] for i in lead_ids), key=lambda lead: (lead["created_at"], lead["id"])
    )
    merged_ids = []
    if leads:
        state = dict(leads[0])
        old_status: str | None = state["status"]
        for other in leads[1:]:
            before = dict(state)
            fold(state, other, max_alternates=batch.config.max_alternates)
            reason = merge_reason(batch, items, other["id"])
            move_and_record(batch.conn, before, other, reason=reason, now=batch.now)
            merged_ids.append(other["id"])
    else:
        old_status = None
        state = new_lead(items[0])
    for it in items:
        for value, key in it.emails:
            add_contact(state, "email", value, key, max_alternates=batch.config.max_alternates)
        for value, key in it.phones:
            add_contact(state, "phone", value, key, max_alternates=batch.config.max_alternates)
        if it.start < state["created_at"]:
            state["created_at"] = it.start
            state["agent"], state["source"] = it.row.agent, it.row.source
    # The best conversation decides the score: the rescored leads' conversations
    # compete one by one, the others with their stored best.
    others = [it for lead in leads for it in context.get(lead["id"], ())]
    scored = [it for it in (*items, *others) if it.prediction is not None]
    stored = [lead for lead in leads if lead["id"] not in batch.rescored]
    found = [(it.extraction.name, it.extraction.name_confidence, it.start) for it in scored]
    if stored:
        state["name"] = complete_name(state["name"], found)
    else:
        state["name"] = choose_name(state["name"], found)
    best = max(scored, key=lambda it: (it.prediction.score, it.start, it.row.id))  # type: ignore[union-attr]
    latest = max(scored, key=lambda it: (it.start, it.row.id))
    latest_status = latest.prediction.status  # type: ignore[union-attr]
    follows_latest = latest_status in LATEST_DECIDES or (
        latest_status == LATEST_DECIDES_WITHOUT_BUYER and not _has_buyer(scored, stored)
    )
    if follows_latest:
        best = latest
    p = best.prediction
    assert p is not None
    best_lead = max(stored, key=lambda lead: lead["score"], default=None)
    if not follows_latest and best_lead is not None and best_lead["score"] > p.score:
        for f in SCORE_FIELDS:
            state[f] = best_lead[f]
        model_status = None if best_lead["status_by_human"] else best_lead["status"]
        factors_for, factors_against = split_factors(state["top_factors"])
    else:
        state.update(
            intent=p.intent,
            score=int(p.score),
            quality=p.quality,
            top_factors=list(p.top_factors),
            request=request_text(best.extraction.request),
            language=best.extraction.language,
        )
        model_status = p.status
        factors_for, factors_against = list(p.factors_for), list(p.factors_against)
    status_changed = False
    if follows_latest:  # a newer word from the customer replaces an older note
        state["top_factors"] = [f for f in state["top_factors"] if not f.startswith(SUGGESTS)]
    if not state["status_by_human"] and model_status and model_status != state["status"]:
        state["status"] = model_status
        status_changed = True
    elif state["status_by_human"] and follows_latest and p.status != state["status"]:
        # The person's decision stands; the team sees what the customer said since.
        note = f"{SUGGESTS}{p.status}"
        state["top_factors"] = [note, *state["top_factors"]]
        factors_for = [note, *factors_for]
    state["updated_at"] = batch.now

    # A detail is recorded once: with the first person of the batch who gave it (another
    # who gave it too keeps it as a contact detail). A shared one is recorded as shared,
    # so later batches know it merges nobody.
    new_keys = {
        k
        for k in batch_keys(items)
        if k not in batch.owners and k not in batch.stored_names and k not in batch.claimed
    }
    batch.claimed.update(new_keys)
    return LeadPlan(
        state=fit(state),
        is_new=not leads,
        items=items,
        merged_ids=merged_ids,
        new_keys=sorted(new_keys),
        old_status=old_status,
        status_changed=status_changed,
        factors_for=factors_for,
        factors_against=factors_against,
    )


def merge_reason(batch: Batch, items: list[Item], merged_id: int) -> str:
    """Return why a conversation showed two leads to be one person ("same email a@b.com")."""
    ids = {it.row.id for it in items}
    for conv_id, (kind, value) in batch.linked_by.get(merged_id, {}).items():
        if conv_id in ids:
            if kind == "name":
                return f"same name at {value.partition(' ')[0]}"[:200]
            return f"same {kind} {value}"[:200]
    return MERGE_REASON


def new_lead(first: Item) -> dict[str, Any]:
    """Return the state of a lead created for a conversation, before scoring."""
    return {
        "name": None,
        "email": None,
        "phone": None,
        "alt_emails": [],
        "alt_phones": [],
        "agent": first.row.agent,
        "source": first.row.source,
        "status": "",
        "status_by_human": False,
        "intent": None,
        "score": 0,
        "quality": "very_low",
        "top_factors": [],
        "request": None,
        "language": None,
        "created_at": first.start,
    }


def choose_name(
    stored: str | None, found: Iterable[tuple[str | None, float, datetime]]
) -> str | None:
    """Return the lead's name: the most confident one its conversations give, else `stored`.

    Ties go to the earlier conversation. A fuller form of the chosen name ("Ann Lee"
    for "Ann") found nearly as confidently is preferred.
    """
    candidates = sorted(
        ((-conf, start, name) for name, conf, start in found if name and name.strip()),
        key=lambda c: (c[0], c[1]),
    )
    if not candidates:
        return stored
    best_conf, best = -candidates[0][0], candidates[0][2]
    short = fold_name(best)
    fuller = [
        name
        for neg, _, name in candidates
        if -neg >= best_conf - _NEAR and fold_name(name).startswith(short + " ")
    ]
    return max(fuller, key=len) if fuller else best


def complete_name(
    stored: str | None, found: Iterable[tuple[str | None, float, datetime]]
) -> str | None:
    """Return the stored name, or a fuller form of it that a conversation gives.

    Used when not all of a lead's conversations were read again: the stored name was
    the most confident one of the others ("Javi" becomes "Javier García").
    """
    if not stored:
        return choose_name(None, found)
    short = fold_name(stored)
    fuller = [
        n for n, conf, _ in found if n and conf >= _STATED and fold_name(n).startswith(short + " ")
    ]
    return max(fuller, key=len) if fuller else stored


def request_text(request: Request) -> str | None:
    """Return the request as one line: the summary and the stated figures."""
    parts = []
    if request.quantity:
        parts.append(f"quantity {request.quantity}")
    if request.budget is not None:
        parts.append(f"budget {request.budget:g} {request.currency or ''}".rstrip())
    if request.deadline:
        parts.append(f"by {request.deadline}")
    text = request.summary.strip()
    if parts:
        text = f"{text} ({', '.join(parts)})" if text else ", ".join(parts)
    return text or None


def fit(state: dict[str, Any]) -> dict[str, Any]:
    """Return the lead state with strings cut to their column sizes."""
    for key, limit in _LIMITS.items():
        value = state.get(key)
        if isinstance(value, str) and len(value) > limit:
            state[key] = value[:limit]
    return state


def _has_buyer(scored: list[Item], stored: list[dict[str, Any]]) -> bool:
    """Return True when a conversation or a stored lead reads as a buyer (a lead intent)."""
    return any(
        it.prediction is not None and it.prediction.intent in LEAD_INTENTS for it in scored
    ) or any(lead["intent"] in LEAD_INTENTS for lead in stored)

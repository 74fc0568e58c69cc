"""Repair existing leads: run today's identity rules again on their stored conversations.

Leads made by an older, more forgiving identity may hold several people (a team inbox, a
switchboard, colleagues who share a surname). `reidentify` extracts every linked
conversation again and, within each lead, joins its conversations only as processing does
now (`jobs.steps.identify`): a shared personal email or phone, or the exact full name at a
company, with names that agree, never through a role address or a detail seen with more
than `shared_key_limit` different names. A lead whose conversations fall apart is split:
the part with its earliest conversation keeps the lead (its id, history and merges), each
other part becomes a new lead with its own details and score. A status a person set goes
to every part, each with an audit row saying so; a model status is the part's own.
The identity table is rebuilt from the conversations (owners, names seen, shared flags),
so the next batch neither merges the parts again nor misses their details.

It only splits, never merges: two leads stay two (a person split them with `leads
unmerge`, or nothing says they are one). Running it twice changes nothing the second time.
Everything happens in one transaction that holds processing off (SQLite's write lock,
PostgreSQL table locks); a dry run computes the same plan and rolls back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, text, update

from jobs.identity import fold_name
from jobs.merge import HISTORY, IDENTITY, LEAD, LINK
from jobs.steps import lead_state, score, store
from jobs.steps.batch import Batch, Extractor, Item, ProcessConfig, Scorer, chunks
from jobs.steps.extract import add_identity_keys, default_extractor
from jobs.steps.identify import UnionFind, batch_keys, lock_leads
from storage.claims import load_conversations, take_write_lock
from storage.models import utcnow
from storage.queries import conversation_dicts

Key = tuple[str, str]
WHO = "leads reidentify"


@dataclass(frozen=True, slots=True)
class Part:
    """Hold one person found in a lead: the lead it goes to and its conversations."""

    lead_id: int | None  # None until written (and in a dry run)
    conversations: tuple[str, ...]  # external ids, oldest first


@dataclass(frozen=True, slots=True)
class Split:
    """Say how one lead was split: what it keeps, the new parts, and where its status went."""

    lead_id: int
    kept: tuple[str, ...]
    parts: tuple[Part, ...]
    status: str
    status_by_human: bool


@dataclass(slots=True)
class ReidentifyResult:
    """Say what `reidentify` checked and changed (or, in a dry run, would change)."""

    conversations: int = 0
    leads: int = 0
    splits: list[Split] = field(default_factory=list)
    identities_added: int = 0
    identities_changed: int = 0
    identities_removed: int = 0
    shared: int = 0  # details newly marked shared
    failed: int = 0  # conversations whose extraction or scoring failed (left where they are)
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        """Return True when something was (or would be) changed."""
        return bool(
            self.splits or self.identities_added or self.identities_changed
            or self.identities_removed
        )  # fmt: skip


def reidentify(
    engine: Engine,
    config: ProcessConfig,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
    extractor: Extractor | None = None,
    scorer: Scorer | None = None,
) -> ReidentifyResult:
    """Split the leads that hold several people and rebuild the identities; return what changed.

    `scorer` is loaded from `config` only when a lead is split (its parts need scores).
    """
    now = now or utcnow()
    result = ReidentifyResult(dry_run=dry_run)
    with engine.connect() as conn:
        trans = conn.begin()
        try:
            _hold_off_processing(conn)
            batch = Batch(conn, config, now, extractor or default_extractor, _no_scorer, {})
            items, by_lead = _extract_all(batch, result)
            shared = _shared_keys(conn, items, config.shared_key_limit)
            groups = {
                lead_id: parts
                for lead_id, lead_items in by_lead.items()
                if len(parts := _people(lead_items, shared)) > 1
            }
            result.leads = len(by_lead)
            part_of = {it.row.id: lead_id for lead_id, its in by_lead.items() for it in its}
            family: dict[int, int] = {}  # a new part's lead -> the lead it was split from
            if groups and not dry_run:
                batch.scorer = scorer or score.load_scorer(config)
                for lead_id, parts in groups.items():
                    split = _split(batch, lead_id, parts)
                    if split is None:
                        result.failed += sum(len(p) for p in parts)
                        continue
                    result.splits.append(split)
                    for part, its in zip(split.parts, parts[1:], strict=True):
                        assert part.lead_id is not None
                        family[part.lead_id] = lead_id
                        part_of.update({it.row.id: part.lead_id for it in its})
            elif groups:
                placeholder = 0
                for lead_id, parts in groups.items():
                    result.splits.append(_preview(batch, lead_id, parts))
                    for its in parts[1:]:  # a stand-in id per new part, to plan identities
                        placeholder -= 1
                        family[placeholder] = lead_id
                        part_of.update({it.row.id: placeholder for it in its})
            _rebuild_identities(batch, items, part_of, family, shared, result)
        except BaseException:
            trans.rollback()
            raise
        if dry_run:
            trans.rollback()
        else:
            trans.commit()
    return result


def _no_scorer(convs: Any, extractions: Any) -> list[Any]:
    raise RuntimeError("reidentify scores only the parts of a split lead")


def _hold_off_processing(conn: Connection) -> None:
    """Keep processing, merges and unmerges out until this transaction ends."""
    take_write_lock(conn)
    if conn.dialect.name == "postgresql":
        # Readers (lists, cards) go on; writers of leads and their links wait.
        conn.execute(text("LOCK TABLE lead, lead_identity, lead_conversation IN EXCLUSIVE MODE"))


def _extract_all(
    batch: Batch, result: ReidentifyResult
) -> tuple[list[Item], dict[int, list[Item]]]:
    """Return every linked conversation extracted (without its messages), and them per lead."""
    conn = batch.conn
    links = dict(conn.execute(select(LINK.c.conversation_id, LINK.c.lead_id)).all())
    items: list[Item] = []
    for chunk in chunks(sorted(links)):
        rows = load_conversations(conn, list(chunk))
        for row, doc in zip(rows, conversation_dicts(conn, rows), strict=True):
            if not any(
                m["role"] == "customer" and (m["text"] or "").strip() for m in doc["messages"]
            ):
                continue  # names nobody: it stays where it is
            try:
                extraction = batch.extractor(doc, batch.config.default_region)
            except Exception:  # a bad conversation stays where it is; the others go on
                result.failed += 1
                continue
            it = Item(row, {}, extraction)  # the messages are read again only to score a part
            add_identity_keys(it)
            items.append(it)
    items.sort(key=lambda it: (it.start, it.row.id))
    result.conversations = len(items)
    by_lead: dict[int, list[Item]] = {}
    for it in items:
        by_lead.setdefault(links[it.row.id], []).append(it)
    return items, by_lead


def _full_name(it: Item) -> str | None:
    words = sorted(fold_name(it.extraction.name or "").split())
    return " ".join(words) if len(words) >= 2 else None


def _names_by_key(items: Iterable[Item]) -> dict[Key, list[str]]:
    """Return every different full name seen with each email and phone, oldest first."""
    names: dict[Key, list[str]] = {}
    for it in items:
        name = _full_name(it)
        if name is None:
            continue  # a first name alone tells too little
        for key in batch_keys([it]):
            if key[0] != "name":
                seen = names.setdefault(key, [])
                if name not in seen:
                    seen.append(name)
    return names


def _shared_keys(conn: Connection, items: list[Item], limit: int) -> set[Key]:
    """Return the details that merge nobody: marked shared, or seen with too many names."""
    shared = {
        (k, v)
        for k, v in conn.execute(select(IDENTITY.c.kind, IDENTITY.c.value).where(IDENTITY.c.shared))
    }
    shared.update(key for key, names in _names_by_key(items).items() if len(names) > limit)
    return shared


def _people(items: list[Item], shared: set[Key]) -> list[list[Item]]:
    """Return a lead's conversations grouped by person, the earliest conversation's first.

    Details join conversations as processing joins them; a conversation with no usable
    detail stays with the first person unless its name says it is someone else.
    """
    if len(items) < 2:
        return [items]
    uf = UnionFind()
    for it in items:
        uf.add(("c", it.row.id), it.extraction.name)
    first = ("c", items[0].row.id)
    for it in items:
        for key in batch_keys([it]):
            if key not in shared:
                uf.union(("c", it.row.id), key)
    for it in items:
        if not any(key not in shared for key in batch_keys([it])):
            uf.union(("c", it.row.id), first)
    groups: dict[Any, list[Item]] = {}
    for it in items:
        groups.setdefault(uf.find(("c", it.row.id)), []).append(it)
    return list(groups.values())  # in order of each group's earliest conversation


def _externals(items: Iterable[Item]) -> tuple[str, ...]:
    return tuple(it.row.external_id for it in items)


def _preview(batch: Batch, lead_id: int, parts: list[list[Item]]) -> Split:
    """Return the split a real run would make, without ids for the new leads."""
    status, by_human = batch.conn.execute(
        select(LEAD.c.status, LEAD.c.status_by_human).where(LEAD.c.id == lead_id)
    ).one()
    return Split(
        lead_id, _externals(parts[0]), tuple(Part(None, _externals(p)) for p in parts[1:]),
        status, by_human,
    )  # fmt: skip


def _split(batch: Batch, lead_id: int, parts: list[list[Item]]) -> Split | None:
    """Split one lead into its people; return the split, or None when scoring one failed."""
    conn = batch.conn
    lead = lock_leads(batch, [lead_id])[lead_id]
    everyone = [it for part in parts for it in part]
    rows = [it.row for it in everyone]
    for it, doc in zip(everyone, conversation_dicts(conn, rows), strict=True):
        it.doc = doc
    score.score(batch, everyone)
    if any(it.prediction is None for it in everyone):
        return None  # a part without a score cannot be a lead: leave this one as it is
    kept_items = parts[0]
    first = kept_items[0]
    # The kept part starts over from its own conversations: details, name, score, time.
    batch.leads[lead_id] = {
        **lead, "name": None, "email": None, "phone": None, "alt_emails": [], "alt_phones": [],
        "created_at": first.start, "agent": first.row.agent, "source": first.row.source,
    }  # fmt: skip
    batch.rescored = {lead_id}
    plans = [lead_state.plan_lead(batch, kept_items, [lead_id], {})]
    for part in parts[1:]:
        plan = lead_state.plan_lead(batch, part, [], {})
        if lead["status_by_human"]:
            plan.state["status"], plan.state["status_by_human"] = lead["status"], True
        # The decision's version goes with it, as when a merge brings a status along.
        plan.state["status_version"] = (
            (lead.get("status_version") or 0) if lead["status_by_human"] else 0
        )
        plans.append(plan)
    for plan in plans:
        plan.new_keys, plan.status_changed = [], False  # identities and history: below
    batch.linked = {it.row.id for it in everyone}  # links exist: they are moved, not added
    store.write_leads(batch, plans)
    new_ids = [p.state["id"] for p in plans[1:]]
    for plan in plans[1:]:
        ids = [it.row.id for it in plan.items]
        for chunk in chunks(ids):
            conn.execute(
                update(LINK)
                .where(LINK.c.conversation_id.in_(chunk))
                .values(lead_id=plan.state["id"])
            )
    via = "cli" if lead["status_by_human"] else "model"
    history = [
        {
            "lead_id": plan.state["id"],
            "at": batch.now,
            "who": f"{WHO}: split from lead {lead_id}",
            "from_status": lead["status"],
            "to_status": plan.state["status"],
            "via": via,
        }
        for plan in plans[1:]
    ]
    moved = ", ".join(str(i) for i in new_ids)
    history.append(
        {
            "lead_id": lead_id,
            "at": batch.now,
            "who": f"{WHO}: other people's conversations moved to leads {moved}"[:200],
            "from_status": lead["status"],
            "to_status": plans[0].state["status"],
            "via": via,
        }
    )
    conn.execute(insert(HISTORY), history)
    return Split(
        lead_id,
        _externals(plans[0].items),
        tuple(Part(p.state["id"], _externals(p.items)) for p in plans[1:]),
        lead["status"],
        lead["status_by_human"],
    )


def _rebuild_identities(
    batch: Batch,
    items: list[Item],
    part_of: dict[int, int],
    family: dict[int, int],
    shared: set[Key],
    result: ReidentifyResult,
) -> None:
    """Make the identity table say what the conversations say: owners, names, shared flags.

    A detail keeps its owner unless that lead was split (then the part that gave it owns
    it) or it names nobody any more (a role address); a detail no lead owns yet goes to
    the first lead that gave it. Stored names stay when they still hold.
    """
    conn, limit = batch.conn, batch.config.shared_key_limit
    carriers: dict[Key, list[int]] = {}
    for it in items:
        for key in batch_keys([it]):
            owners = carriers.setdefault(key, [])
            if part_of[it.row.id] not in owners:
                owners.append(part_of[it.row.id])
    names = _names_by_key(items)
    stored = {
        (k, v): (lead_id, list(n or []), s)
        for k, v, lead_id, n, s in conn.execute(
            select(
                IDENTITY.c.kind,
                IDENTITY.c.value,
                IDENTITY.c.lead_id,
                IDENTITY.c.names,
                IDENTITY.c.shared,
            )
        )
    }
    gone: list[Key] = []
    changed: list[dict[str, Any]] = []
    split = set(family.values())
    for key, (owner, seen, was_shared) in stored.items():
        holders = carriers.get(key, [])
        new_owner = owner
        if owner in split:
            # The part of the split lead that gave the detail owns it now, else the first
            # lead that gave it; a detail nobody gives any more (a role address) goes.
            mine = [p for p in holders if family.get(p, p) == owner]
            new_owner = mine[0] if mine else holders[0] if holders else None
            if new_owner is None:
                gone.append(key)
                continue
        elif not holders:
            continue  # not this run's business: no conversation read gives it
        want_names, want_shared = _names_for(key, seen, names, limit, was_shared, key in shared)
        if (new_owner, want_names, want_shared) != (owner, seen, was_shared):
            changed.append({"k": key[0], "v": key[1], "lead_id": new_owner, "names": want_names,
                            "shared": want_shared})  # fmt: skip
            result.shared += want_shared and not was_shared
    added = []
    for key, holders in carriers.items():
        if key not in stored:
            want_names, want_shared = _names_for(key, [], names, limit, False, key in shared)
            added.append({"kind": key[0], "value": key[1], "lead_id": holders[0],
                          "names": want_names, "shared": want_shared})  # fmt: skip
            result.shared += want_shared
    result.identities_added += len(added)
    result.identities_changed += len(changed)
    result.identities_removed += len(gone)
    if result.dry_run:
        return
    for k, v in gone:
        conn.execute(delete(IDENTITY).where(IDENTITY.c.kind == k, IDENTITY.c.value == v))
    if changed:
        c = IDENTITY.c
        conn.execute(
            update(IDENTITY)
            .where(c.kind == bindparam("k"), c.value == bindparam("v"))
            .values(
                lead_id=bindparam("n_lead"),
                names=bindparam("n_names", type_=c.names.type),
                shared=bindparam("n_shared"),
            ),
            [
                {"k": r["k"], "v": r["v"], "n_lead": r["lead_id"], "n_names": r["names"],
                 "n_shared": r["shared"]}
                for r in changed
            ],
        )  # fmt: skip
    if added:
        store.bulk(conn, IDENTITY, added)


def _names_for(
    key: Key,
    stored: list[str],
    names: dict[Key, list[str]],
    limit: int,
    was_shared: bool,
    now_shared: bool,
) -> tuple[list[str], bool]:
    """Return the names to store with a detail (stored ones when they still hold) and if shared."""
    if key[0] == "name":
        return stored, was_shared
    seen = names.get(key, [])
    want = seen[: limit + 1]
    if set(stored) <= set(seen) and len(stored) == len(want):
        want = stored
    return want, was_shared or now_shared

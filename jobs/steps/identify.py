"""Decide who is who: group a batch's conversations by person and find their leads.

Conversations that share an identity key (a personal email, an E.164 phone, the exact
full name at a company domain) are one person, within the batch and with the leads that
already own those keys (through the unique identity index), unless their names say
otherwise (`jobs.identity.names_agree`), a person split the two leads before (`leads
unmerge`), or the key is shared: a team inbox, or a detail seen with more than
`shared_key_limit` different full names. Fuzzy names never merge. Reads only, and locks
what it read on PostgreSQL: nothing is written here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import or_, select

from jobs.identity import fold_name, name_words, words_agree
from jobs.merge import IDENTITY, LEAD, MERGE
from jobs.steps.batch import Batch, Conflict, Item, chunks, links_of
from storage.claims import lock_keys


class UnionFind:
    """Group nodes that are linked, unless a group's names or leads forbid it.

    Each group keeps the full names and the leads it holds; `union` refuses to join two
    groups whose names contradict or that hold two leads a person split apart.
    """

    def __init__(self, forbidden: set[frozenset[int]] | None = None) -> None:
        self.parent: dict[Any, Any] = {}
        self.names: dict[Any, set[frozenset[str]]] = {}  # each name as its folded words
        self.leads: dict[Any, set[int]] = {}
        self.forbidden = forbidden or set()

    def find(self, x: Any) -> Any:
        """Return the representative of x's group."""
        parent = self.parent.setdefault(x, x)
        if parent != x:
            parent = self.parent[x] = self.find(parent)
        return parent

    def add(self, x: Any, name: str | None = None, lead: int | None = None) -> None:
        """Note a node's full name or lead (before it is joined to anything)."""
        root = self.find(x)
        if words := name_words(name):
            self.names.setdefault(root, set()).add(words)
        if lead is not None:
            self.leads.setdefault(root, set()).add(lead)

    def union(self, a: Any, b: Any, *, force: bool = False) -> bool:
        """Join a's and b's groups when nothing forbids it (or `force`); return if joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        names_a, names_b = self.names.get(ra, set()), self.names.get(rb, set())
        leads_a, leads_b = self.leads.get(ra, set()), self.leads.get(rb, set())
        if not force and (
            not all(words_agree(x, y) for x in names_a for y in names_b)
            or any(frozenset((x, y)) in self.forbidden for x in leads_a for y in leads_b)
        ):
            return False
        self.parent[ra] = rb
        if names_a:
            self.names.setdefault(rb, set()).update(self.names.pop(ra))
        if leads_a:
            self.leads.setdefault(rb, set()).update(self.leads.pop(ra))
        return True


def batch_keys(items: Iterable[Item]) -> Iterator[tuple[str, str]]:
    """Yield (kind, value) for every identity the items carry: emails, phones, name keys."""
    for it in items:
        yield from (("email", key) for _, key in it.emails if key not in it.roles)
        yield from (("phone", key) for _, key in it.phones)
        yield from (("name", key) for key in it.names)


def group(batch: Batch, items: list[Item]) -> list[tuple[list[Item], list[int]]]:
    """Return the batch's conversations grouped by person, each with its existing leads.

    Sets `batch.owners`, `batch.linked`, `batch.shared`, `batch.seen_names`,
    `batch.linked_by` and `batch.leads` (locked on PostgreSQL). Raises Conflict when
    another worker moved a conversation since the batch was scored.
    """
    conn = batch.conn
    lock_keys(conn, (f"{kind}:{key}" for kind, key in batch_keys(items)))
    owners = find_owners(batch, items)
    links = links_of(conn, [it.row.id for it in items])
    if any(links.get(i) != batch.links.get(i) for i in links):
        # Another worker merged a lead of this batch since it was scored.
        raise Conflict("a conversation moved to another lead")
    batch.linked = set(links)
    known = _names_of(batch, {*owners.values(), *links.values()})
    _count_names(batch, items)
    uf = UnionFind(split_pairs(batch, {*owners.values(), *links.values()}))
    for lead_id, name in known.items():
        uf.add(("lead", lead_id), name, lead_id)
    for it in items:
        uf.add(("c", it.row.id), it.extraction.name)
    # A conversation already linked to a lead stays with it whatever its name now reads
    # (its link row is kept); then details join people, the ones that existing leads own
    # first (their lead carries its name).
    for it in items:
        if it.row.id in links:
            uf.union(("c", it.row.id), ("lead", links[it.row.id]), force=True)
    for it in items:
        for key in _keys(it):
            if key in batch.shared:
                continue
            node = ("c", it.row.id)
            if key in owners and uf.union(node, ("lead", owners[key])):
                batch.linked_by.setdefault(owners[key], {})[it.row.id] = key
            uf.union(node, key)

    groups: dict[Any, tuple[list[Item], set[int]]] = {}
    for it in items:
        groups.setdefault(uf.find(("c", it.row.id)), ([], set()))[0].append(it)
    for root, (_, ids) in groups.items():
        ids.update(uf.leads.get(root, ()))
    batch.leads = lock_leads(batch, sorted({i for _, ids in groups.values() for i in ids}))
    out = []
    for group_items, ids in groups.values():
        group_items.sort(key=lambda it: (it.start, it.row.id))
        out.append((group_items, sorted(ids)))
    return out


def _keys(item: Item) -> list[tuple[str, str]]:
    return list(batch_keys([item]))


def _count_names(batch: Batch, items: list[Item]) -> None:
    """Add this batch's full names to each detail's names; mark details past the limit."""
    limit = batch.config.shared_key_limit
    for it in items:
        name = " ".join(sorted(fold_name(it.extraction.name or "").split()))
        if len(name.split()) < 2:
            continue  # a first name alone tells too little
        for key in _keys(it):
            if key[0] == "name":
                continue
            seen = batch.seen_names.setdefault(key, [])
            if name not in seen and len(seen) <= limit:
                seen.append(name)
            if len(seen) > limit:
                batch.shared.add(key)


def _names_of(batch: Batch, lead_ids: set[int]) -> dict[int, str | None]:
    """Return each lead's name."""
    names: dict[int, str | None] = {}
    for chunk in chunks(sorted(lead_ids)):
        rows = batch.conn.execute(select(LEAD.c.id, LEAD.c.name).where(LEAD.c.id.in_(chunk)))
        names.update({lead_id: name for lead_id, name in rows})
    return names


def split_pairs(batch: Batch, lead_ids: set[int]) -> set[frozenset[int]]:
    """Return the pairs of leads a person split apart (`leads unmerge`) among `lead_ids`."""
    pairs: set[frozenset[int]] = set()
    ids = sorted(lead_ids)
    m = MERGE.c
    for chunk in chunks(ids):
        rows = batch.conn.execute(
            select(m.kept_lead_id, m.merged_lead_id).where(
                m.undone_at.is_not(None),
                or_(m.kept_lead_id.in_(chunk), m.merged_lead_id.in_(chunk)),
            )
        )
        pairs.update(frozenset(r) for r in rows)
    return pairs


def find_owners(batch: Batch, items: list[Item]) -> dict[tuple[str, str], int]:
    """Return the lead that owns each usable identity key the items carry.

    A stored detail marked shared owns nothing: it goes to `batch.shared`. The names seen
    with each stored detail go to `batch.seen_names`.
    """
    owners: dict[tuple[str, str], int] = {}
    c = IDENTITY.c
    for kind, keys in (
        ("email", {k for it in items for _, k in it.emails if k not in it.roles}),
        ("phone", {k for it in items for _, k in it.phones}),
        ("name", {k for it in items for k in it.names}),
    ):
        for chunk in chunks(sorted(keys)):
            rows = batch.conn.execute(
                select(c.value, c.lead_id, c.names, c.shared).where(
                    c.kind == kind, c.value.in_(chunk)
                )
            )
            for value, lead_id, names, shared in rows:
                batch.seen_names[(kind, value)] = list(names or [])
                batch.stored_names[(kind, value)] = list(names or [])
                if shared:
                    batch.shared.add((kind, value))
                else:
                    owners[(kind, value)] = lead_id
    batch.owners = owners
    return owners


def lock_leads(batch: Batch, lead_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Return these leads' rows, locked in id order on PostgreSQL; Conflict if one is gone."""
    leads: dict[int, dict[str, Any]] = {}
    for chunk in chunks(lead_ids):
        stmt = select(LEAD).where(LEAD.c.id.in_(chunk)).order_by(LEAD.c.id)
        if batch.conn.dialect.name == "postgresql":
            # Lock in id order: another worker can neither merge these away nor
            # rewrite them before this batch commits, and never deadlocks on them.
            stmt = stmt.with_for_update()
        leads.update({row.id: dict(row._mapping) for row in batch.conn.execute(stmt)})
    if len(leads) != len(lead_ids):
        raise Conflict("a lead was merged away by another worker")
    return leads

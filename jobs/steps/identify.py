"""Decide who is who: group a batch's conversations by person and find their leads.

Conversations that share an identity key (email, phone, full name at a company domain)
are one person, within the batch and with the leads that already own those keys
(through the unique identity index). Reads only, and locks what it read on PostgreSQL:
nothing is written here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select

from jobs.identity import NAME_SIMILARITY, fold_name
from jobs.merge import IDENTITY, LEAD
from jobs.steps.batch import Batch, Conflict, Item, chunks, links_of
from storage.claims import lock_keys


class UnionFind:
    """Group nodes that are linked, directly or through others."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        """Return the representative of x's group."""
        parent = self.parent.setdefault(x, x)
        if parent != x:
            parent = self.parent[x] = self.find(parent)
        return parent

    def union(self, a: Any, b: Any) -> None:
        """Put a and b in one group."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def batch_keys(items: Iterable[Item]) -> Iterator[tuple[str, str]]:
    """Yield (kind, value) for every identity the items carry: emails, phones, name keys."""
    for it in items:
        yield from (("email", key) for _, key in it.emails)
        yield from (("phone", key) for _, key in it.phones)
        yield from (("name", key) for key in it.names)


def group(batch: Batch, items: list[Item]) -> list[tuple[list[Item], list[int]]]:
    """Return the batch's conversations grouped by person, each with its existing leads.

    Sets `batch.owners`, `batch.linked` and `batch.leads` (locked on PostgreSQL). Raises
    Conflict when another worker moved a conversation since the batch was scored.
    """
    lock_keys(batch.conn, (f"{kind}:{key}" for kind, key in batch_keys(items)))
    owners = batch.owners = find_owners(batch, items)
    links = links_of(batch.conn, [it.row.id for it in items])
    if any(links.get(i) != batch.links.get(i) for i in links):
        # Another worker merged a lead of this batch since it was scored.
        raise Conflict("a conversation moved to another lead")
    batch.linked = set(links)
    uf = UnionFind()
    for it in items:
        node = ("c", it.row.id)
        uf.find(node)
        for _, key in it.emails:
            uf.union(node, ("email", key))
        for _, key in it.phones:
            uf.union(node, ("phone", key))
        for key in it.names:
            uf.union(node, ("name", key))
        if it.row.id in links:
            uf.union(node, ("lead", links[it.row.id]))
    for (kind, key), lead_id in owners.items():
        uf.union((kind, key), ("lead", lead_id))
    match_names(items, uf)

    groups: dict[Any, tuple[list[Item], set[int]]] = {}
    for it in items:
        groups.setdefault(uf.find(("c", it.row.id)), ([], set()))[0].append(it)
    for node in list(uf.parent):
        if node[0] == "lead":
            root = uf.find(node)
            if root in groups:
                groups[root][1].add(node[1])
    batch.leads = lock_leads(batch, sorted({i for _, ids in groups.values() for i in ids}))
    out = []
    for group_items, ids in groups.values():
        group_items.sort(key=lambda it: (it.start, it.row.id))
        out.append((group_items, sorted(ids)))
    return out


def find_owners(batch: Batch, items: list[Item]) -> dict[tuple[str, str], int]:
    """Return the lead that owns each identity key the items carry, where one does."""
    owners: dict[tuple[str, str], int] = {}
    c = IDENTITY.c
    for kind, keys in (
        ("email", {k for it in items for _, k in it.emails}),
        ("phone", {k for it in items for _, k in it.phones}),
        ("name", {k for it in items for k in it.names}),
    ):
        for chunk in chunks(sorted(keys)):
            rows = batch.conn.execute(
                select(c.value, c.lead_id).where(c.kind == kind, c.value.in_(chunk))
            )
            owners.update({(kind, value): lead_id for value, lead_id in rows})
    return owners


def match_names(items: list[Item], uf: UnionFind) -> None:
    """Join this batch's conversations that give a similar full name at one company.

    Across batches the exact name key (see jobs.identity) does this through the
    identity index; within a batch rapidfuzz also forgives typos.
    """
    by_domain: dict[str, list[tuple[str, Item]]] = {}
    for it in items:
        if it.names:
            folded = fold_name(it.extraction.name or "")
            for domain in it.domains:
                by_domain.setdefault(domain, []).append((folded, it))
    for members in by_domain.values():
        for i, (name_a, a) in enumerate(members):
            for name_b, b in members[i + 1 :]:
                if fuzz.token_sort_ratio(name_a, name_b) >= NAME_SIMILARITY:
                    uf.union(("c", a.row.id), ("c", b.row.id))


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

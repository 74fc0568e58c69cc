"""Write a batch's decisions with a few bulk statements: leads, identities, links, history.

SQLite gets plain executemany statements (fast there); PostgreSQL gets one
INSERT .. SELECT FROM unnest(arrays) per table, since an executemany runs once per row
on its server.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Connection, Table, bindparam, func, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from jobs.merge import CONVERSATION, HISTORY, IDENTITY, LEAD, LINK, MERGE
from jobs.steps.batch import Batch, chunks
from jobs.steps.lead_state import LeadPlan
from storage.executemany import executemany


def write_leads(batch: Batch, plans: list[LeadPlan]) -> None:
    """Insert new leads and rewrite changed ones, then their identities, links and history."""
    conn, now = batch.conn, batch.now
    new = [p for p in plans if p.is_new]
    if new:
        _assign_ids(conn, new)
        if conn.dialect.name == "sqlite":
            executemany(conn, insert(LEAD), [p.state for p in new])
        else:
            bulk(conn, LEAD, [p.state for p in new])
    old = [p for p in plans if not p.is_new]
    if old and conn.dialect.name == "postgresql":
        # The rows exist and are locked: an upsert rewrites them in one statement,
        # where an executemany UPDATE would run once per row.
        bulk(conn, LEAD, [p.state for p in old], conflict="(id) DO UPDATE SET")
    elif old:
        columns = [k for k in old[0].state if k != "id"]
        executemany(
            conn,
            update(LEAD)
            .where(LEAD.c.id == bindparam("b_id"))
            .values({k: bindparam(f"v_{k}", type_=LEAD.c[k].type) for k in columns}),
            [{"b_id": p.state["id"], **{f"v_{k}": p.state[k] for k in columns}} for p in old],
        )
    identities = sorted({(kind, key, p.state["id"]) for p in plans for kind, key in p.new_keys})
    if identities:
        rows = [
            {
                "kind": k,
                "value": v,
                "lead_id": i,
                "names": batch.seen_names.get((k, v), []),
                "shared": (k, v) in batch.shared,
            }
            for k, v, i in identities
        ]
        bulk(conn, IDENTITY, rows)
    _update_seen_names(batch)
    new_links = [
        {"conversation_id": it.row.id, "lead_id": p.state["id"], "linked_at": now}
        for p in plans
        for it in p.items
        if it.row.id not in batch.linked
    ]
    if new_links:
        bulk(conn, LINK, new_links)
    history = [
        {
            "lead_id": p.state["id"],
            "at": now,
            "who": "model",
            "from_status": p.old_status,
            "to_status": p.state["status"],
            "via": "model",
        }
        for p in plans
        if p.status_changed
    ]
    if history:
        bulk(conn, HISTORY, history)
    batch.stats.new_leads = len(new)
    batch.stats.merged = sum(len(p.merged_ids) for p in plans)
    batch.done.extend(it.row.id for p in plans for it in p.items)


def _update_seen_names(batch: Batch) -> None:
    """Store the names newly seen with stored details, and mark those now shared."""
    c = IDENTITY.c
    for (kind, value), names in batch.seen_names.items():
        stored = batch.stored_names.get((kind, value))
        if stored is None or (names == stored and (kind, value) not in batch.shared):
            continue
        batch.conn.execute(
            update(IDENTITY)
            .where(c.kind == kind, c.value == value)
            .values(names=names, shared=(kind, value) in batch.shared)
        )


def _assign_ids(conn: Connection, new: list[LeadPlan]) -> None:
    if conn.dialect.name == "sqlite":
        # SQLite hands out max(id) + 1, which would reuse a merged-away lead's id (still
        # named by its merge row, its alert key and `leads unmerge`). This transaction is
        # the only writer, so choosing ids here is safe, and a plain executemany is far
        # faster than INSERT .. RETURNING row by row.
        live = conn.scalar(select(func.max(LEAD.c.id))) or 0
        gone = conn.scalar(select(func.max(MERGE.c.merged_lead_id))) or 0
        for offset, p in enumerate(new):
            p.state["id"] = max(live, gone) + 1 + offset
        return
    ids = conn.execute(
        text("SELECT nextval(pg_get_serial_sequence('lead', 'id')) FROM generate_series(1, :n)"),
        {"n": len(new)},
    ).scalars()
    for p, lead_id in zip(new, ids, strict=True):
        p.state["id"] = lead_id


def mark_conversations(batch: Batch) -> None:
    """Mark the batch's conversations done or failed (with the reason), one statement each."""
    # One statement per outcome, not one per row: PostgreSQL runs executemany UPDATEs
    # row by row.
    c = CONVERSATION.c
    by_reason: dict[str, list[int]] = {}
    for conv_id, reason in batch.failed.items():
        by_reason.setdefault(reason, []).append(conv_id)
    outcomes: list[tuple[list[int], dict[str, Any]]] = [
        (batch.done, {"state": "done", "processed_hash": c.content_hash, "error": None})
    ]
    outcomes += [(ids, {"state": "failed", "error": reason}) for reason, ids in by_reason.items()]
    for ids, values in outcomes:
        for chunk in chunks(sorted(ids)):
            batch.conn.execute(
                update(CONVERSATION)
                .where(c.id.in_(chunk))
                .values(**values, attempts=c.attempts + 1, processed_at=batch.now)
            )


def bulk(conn: Connection, table: Table, rows: list[dict[str, Any]], *, conflict: str = "") -> None:
    """Insert many rows (same keys) in one statement; `conflict` follows ON CONFLICT.

    "(id) DO UPDATE SET" rewrites every given column. SQLite runs a plain executemany,
    which is fast there. PostgreSQL gets one INSERT .. SELECT FROM unnest(arrays): a
    multi-row VALUES statement costs psycopg more CPU to prepare than the server to
    run, and an executemany runs once per row on the server.
    """
    columns = list(rows[0])
    if conn.dialect.name != "postgresql":
        stmt = sqlite.insert(table)
        if conflict.endswith("DO NOTHING"):
            stmt = stmt.on_conflict_do_nothing()
        elif conflict:
            stmt = stmt.on_conflict_do_update(
                index_elements=[table.c.id],
                set_={c: stmt.excluded[c] for c in columns if c != "id"},
            )
        executemany(conn, stmt, rows)
        return
    dialect = postgresql.dialect()
    names = ", ".join(f'"{c}"' for c in columns)
    arrays = ", ".join(
        f"CAST(:a{i} AS {table.c[c].type.compile(dialect=dialect)}[])"
        for i, c in enumerate(columns)
    )
    sql = f'INSERT INTO "{table.name}" ({names}) SELECT * FROM unnest({arrays})'
    if conflict:
        sql += f" ON CONFLICT {conflict}"
        if conflict.endswith("SET"):
            sql += " " + ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in columns if c != "id")
    params = {}
    for i, c in enumerate(columns):
        values = [r[c] for r in rows]
        if isinstance(table.c[c].type, JSON):
            # imported here: this is the PostgreSQL path, and SQLite runs never load psycopg
            from psycopg.types.json import Json as PgJson

            values = [None if v is None else PgJson(v) for v in values]
        params[f"a{i}"] = values
    conn.execute(text(sql), params)

"""Run one statement over many rows on SQLite without SQLAlchemy's per-row work.

SQLAlchemy's executemany builds and type-processes a parameter dict per row; for the
100,000 messages of an import or the links of a processing batch that costs several
times what SQLite itself spends. Here the statement is compiled once, each column's
bind processor is looked up once, and the driver gets plain tuples. Other databases,
and any statement whose compiled form needs values the rows do not hold (a Python-side
column default), take SQLAlchemy's usual path, so results never differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.sql import Executable


def executemany(conn: Connection, stmt: Executable, rows: Sequence[dict[str, Any]]) -> None:
    """Execute `stmt` once per row of `rows` (all with the same keys)."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(stmt, list(rows))
        return
    keys = list(rows[0])
    compiled = stmt.compile(dialect=conn.dialect, column_keys=keys)  # type: ignore[attr-defined]
    names = compiled.positiontup
    if names is None or any(name not in rows[0] for name in names):
        conn.execute(stmt, list(rows))
        return
    procs: list[Callable[[Any], Any] | None] = [
        compiled.binds[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        for name in names
    ]
    if all(p is None for p in procs):
        params = [tuple(row[n] for n in names) for row in rows]
    else:
        params = [
            tuple(
                v if p is None or v is None else p(v)
                for p, v in zip(procs, (row[n] for n in names), strict=True)
            )
            for row in rows
        ]
    conn.exec_driver_sql(str(compiled), params)

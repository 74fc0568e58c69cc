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
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects.sqlite import DATETIME
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import Executable
from sqlalchemy.types import TypeEngine
from sqlmodel.sql.sqltypes import UTCDateTime

# SQLAlchemy's own format for SQLite DATETIME, which _sqlite_datetime writes faster.
_DEFAULT_DATETIME = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)


def executemany(conn: Connection, stmt: Executable, rows: Sequence[dict[str, Any]]) -> None:
    """Execute `stmt` once per row of `rows` (all with the same keys)."""
    if not rows:
        return
    keys = list(rows[0])
    if conn.dialect.name == "sqlite":
        plan = _plan(conn, stmt, keys)
        if plan is not None:
            sql, names, processed, constants = plan
            columns = [
                [constants[n]] * len(rows) if n in constants else [row[n] for row in rows]
                for n in names
            ]
            _run(conn, sql, columns, processed)
            return
    conn.execute(stmt, list(rows))


def executemany_tuples(
    conn: Connection, stmt: Executable, keys: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Execute `stmt` once per row of `rows`, each a tuple of values in `keys` order.

    The cheapest form for a large insert: on SQLite no dict per row is ever built.
    """
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        plan = _plan(conn, stmt, keys)
        if plan is not None:
            sql, names, processed, constants = plan
            columns = list(zip(*rows, strict=True))
            _run(
                conn,
                sql,
                [
                    [constants[n]] * len(rows) if n in constants else columns[keys.index(n)]
                    for n in names
                ],
                processed,
            )
            return
    conn.execute(stmt, [dict(zip(keys, row, strict=True)) for row in rows])


_Processors = list[tuple[int, Callable[[Any], Any]]]


def _plan(
    conn: Connection, stmt: Executable, keys: Sequence[str]
) -> tuple[str, Sequence[str], _Processors, dict[str, Any]] | None:
    """Return the SQL, its parameter names, value processors and the constant values of
    columns the rows leave out, or None to use SQLAlchemy.

    A column the rows leave out is filled with its Python-side default when that is a
    constant (`status_version = 0`), as SQLAlchemy would; a default computed per row (a
    time stamp) takes SQLAlchemy's path.
    """
    compiled = stmt.compile(dialect=conn.dialect, column_keys=list(keys))  # type: ignore[attr-defined]
    names = compiled.positiontup
    if names is None:
        return None
    constants: dict[str, Any] = {}
    table = getattr(stmt, "table", None)
    for name in names:
        if name in keys:
            continue
        column = table.c.get(name) if table is not None else None
        default = getattr(column, "default", None)
        if default is None or not default.is_scalar:
            return None
        constants[name] = default.arg
    processed = [
        (i, proc)
        for i, name in enumerate(names)
        for proc in [_processor(compiled.binds[name].type, conn.dialect)]
        if proc is not None
    ]
    return str(compiled), names, processed, constants


def _run(conn: Connection, sql: str, columns: list[Sequence[Any]], processed: _Processors) -> None:
    """Process `columns` (one sequence per parameter) and run `sql` over their rows."""
    for i, proc in processed:
        columns[i] = [None if value is None else proc(value) for value in columns[i]]
    # Column-wise: the transposes run in C, and the driver gets the tuples it asks for.
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def _processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """Return the bind processor SQLAlchemy would apply for `type_` on `dialect`."""
    impl = type_.dialect_impl(dialect)
    if _default_datetime(impl):
        return _sqlite_datetime
    if isinstance(impl, UTCDateTime) and _default_datetime(impl.impl_instance):
        # SQLModel's aware datetime: to UTC (it refuses naive values), then as above.
        def utc(value: Any) -> Any:
            if getattr(value, "tzinfo", None) is UTC and type(value) is datetime:
                # The common case, without a copy: drop the "+00:00" the format ends with.
                return value.isoformat(" ", "microseconds")[:26]
            return _sqlite_datetime(impl.process_bind_param(value, dialect))

        return utc
    return impl.bind_processor(dialect)


def _default_datetime(impl: Any) -> bool:
    return type(impl) is DATETIME and getattr(impl, "_storage_format", None) == _DEFAULT_DATETIME


def _sqlite_datetime(value: Any) -> Any:
    """Format a datetime as SQLAlchemy's SQLite DATETIME does (the offset is not stored)."""
    if type(value) is datetime:
        return value.replace(tzinfo=None).isoformat(" ", "microseconds")
    return DATETIME().bind_processor(sqlite_dialect())(value)  # a date or anything rarer

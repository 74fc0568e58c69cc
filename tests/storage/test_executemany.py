"""The SQLite fast path writes exactly what SQLAlchemy's executemany writes."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, bindparam, insert, select, text, update

from storage.executemany import _plan, executemany
from storage.models import Lead

LEAD = Lead.__table__  # type: ignore[attr-defined]
T = datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC)


def _row(i: int) -> dict:
    return {
        "name": f"Ana {i}" if i % 2 else None,
        "email": f"ana{i}@x.es",
        "phone": None,
        "alt_emails": [f"a{i}@y.es"] if i % 3 else [],
        "alt_phones": [],
        "agent": "Bot",
        "source": "widget",
        "status": "Quote Request",
        "status_by_human": bool(i % 2),
        "intent": "quote_request",
        "score": 80 + i,
        "quality": "high",
        "top_factors": ["asked for a quote", "ñ ü"],
        "request": "Süßes",
        "language": "de",
        "created_at": T,
        "updated_at": T,
    }


def _dump(engine: Engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM lead ORDER BY id"))]


def test_insert_and_update_match_sqlalchemy(engine: Engine) -> None:
    rows = [_row(i) for i in range(6)]
    with engine.begin() as conn:
        executemany(conn, insert(LEAD), rows)
    fast = _dump(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM lead"))
        conn.execute(insert(LEAD), rows)
    slow = _dump(engine)
    assert [r[1:] for r in fast] == [r[1:] for r in slow]
    with engine.connect() as conn:
        got = conn.execute(select(LEAD.c.alt_emails, LEAD.c.created_at)).first()
    assert got is not None and got[1] == T
    # An UPDATE with named bind parameters takes the same path.
    stmt = (
        update(LEAD)
        .where(LEAD.c.id == bindparam("b_id"))
        .values(
            score=bindparam("v_score"), top_factors=bindparam("v_f", type_=LEAD.c.top_factors.type)
        )
    )
    ids = [r[0] for r in slow]
    with engine.begin() as conn:
        executemany(conn, stmt, [{"b_id": i, "v_score": 7, "v_f": ["x"]} for i in ids])
    with engine.connect() as conn:
        got_rows = conn.execute(select(LEAD.c.score, LEAD.c.top_factors)).all()
    assert [tuple(r) for r in got_rows] == [(7, ["x"])] * len(ids)


def test_rows_missing_a_column_with_a_constant_default_get_the_default(engine: Engine) -> None:
    """A column the rows leave out takes its Python-side default, as SQLAlchemy gives it."""
    row = _row(1)
    del row["status_by_human"]  # has a default in the model
    with engine.begin() as conn:
        executemany(conn, insert(LEAD), [row])
    with engine.connect() as conn:
        assert conn.execute(select(LEAD.c.status_by_human)).scalar() is False
    if engine.dialect.name == "sqlite":  # the fast path is SQLite's
        # the rows of `_row` leave out status_version (default 0): the fast path wrote it
        assert _plan_of(engine, list(_row(1)))[3] == {"status_version": 0}


def test_rows_missing_a_column_computed_per_row_fall_back(engine: Engine) -> None:
    """A default computed per row (a time stamp) is left to SQLAlchemy."""
    row = _row(1)
    del row["updated_at"]  # default_factory=utcnow
    if engine.dialect.name == "sqlite":
        assert _plan_of(engine, list(row)) is None
    with engine.begin() as conn:
        executemany(conn, insert(LEAD), [row])
    with engine.connect() as conn:
        assert conn.execute(select(LEAD.c.updated_at)).scalar() is not None


def _plan_of(engine: Engine, keys: list[str]) -> tuple | None:
    with engine.connect() as conn:
        return _plan(conn, insert(LEAD), keys)


def test_naive_times_are_refused_as_sqlmodel_refuses_them(engine: Engine) -> None:
    import pytest

    row = _row(1)
    row["created_at"] = datetime(2026, 1, 1)  # no offset
    with pytest.raises(Exception, match="timezone"), engine.begin() as conn:
        executemany(conn, insert(LEAD), [row])


def test_other_offsets_are_stored_in_utc(engine: Engine) -> None:
    from datetime import timedelta, timezone

    row = _row(1)
    row["created_at"] = datetime(2026, 1, 1, 10, tzinfo=timezone(timedelta(hours=2)))
    with engine.begin() as conn:
        executemany(conn, insert(LEAD), [row])
    with engine.connect() as conn:
        assert conn.execute(select(LEAD.c.created_at)).scalar() == datetime(
            2026, 1, 1, 8, tzinfo=UTC
        )


def test_tuples_in_any_key_order_write_what_dicts_write(engine: Engine) -> None:
    from storage.executemany import executemany_tuples

    rows = [_row(i) for i in range(5)]
    rows[0]["created_at"] = datetime(2026, 1, 1, tzinfo=UTC)  # no microseconds
    rows[1]["created_at"] = datetime(999, 12, 31, 23, 59, 59, 1, tzinfo=UTC)
    keys = sorted(rows[0], reverse=True)  # not the table's column order
    with engine.begin() as conn:
        executemany_tuples(conn, insert(LEAD), keys, [tuple(r[k] for k in keys) for r in rows])
    fast = _dump(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM lead"))
        conn.execute(insert(LEAD), rows)
    slow = _dump(engine)
    assert [r[1:] for r in fast] == [r[1:] for r in slow]
    with engine.connect() as conn:
        times = conn.execute(select(LEAD.c.created_at).order_by(LEAD.c.id)).scalars().all()
    assert times[:2] == [rows[0]["created_at"], rows[1]["created_at"]]

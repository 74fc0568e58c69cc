"""Check the bulk upsert under the import: identity, hashing, merging, one transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from storage.conversations import (
    ConversationData,
    MessageData,
    Outcome,
    content_hash,
    merge_messages,
    upsert_conversations,
)
from storage.models import Conversation, Message

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def conv(
    external_id: str, *texts: str, source: str = "widget", append: bool = False
) -> ConversationData:
    messages = [MessageData("customer", t, T0 + timedelta(minutes=i)) for i, t in enumerate(texts)]
    return ConversationData(source, external_id, messages, started_at=T0, append=append)


def count(engine: Engine, table: type) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_outcomes_follow_the_batch_order(engine: Engine) -> None:
    assert upsert_conversations(engine, [conv("a", "x"), conv("b", "y")]) == [Outcome.IMPORTED] * 2
    batch = [
        conv("c", "z"),
        conv("a", "x"),
        conv("b", "y", "more"),
        conv("a", "x", source="whatsapp"),
    ]
    assert upsert_conversations(engine, batch) == [
        Outcome.IMPORTED, Outcome.UNCHANGED, Outcome.UPDATED, Outcome.IMPORTED,
    ]  # fmt: skip
    assert (count(engine, Conversation), count(engine, Message)) == (4, 5)


def test_a_batch_must_not_repeat_a_key(engine: Engine) -> None:
    with pytest.raises(ValueError, match="twice"):
        upsert_conversations(engine, [conv("a", "x"), conv("a", "y")])


def test_a_failing_batch_writes_nothing(engine: Engine) -> None:
    upsert_conversations(engine, [conv("a", "x")])
    with engine.connect() as conn, pytest.raises(RuntimeError), conn.begin():
        upsert_conversations(conn, [conv("c", "z"), conv("a", "x", "more")])
        raise RuntimeError("the caller's transaction fails after the upsert")
    assert (count(engine, Conversation), count(engine, Message)) == (1, 1)


def test_append_merges_with_what_is_stored(engine: Engine) -> None:
    upsert_conversations(engine, [conv("a", "one", "two", append=True)])
    later = conv("a", "two", append=True)
    later.messages = [
        MessageData("customer", "two", T0 + timedelta(minutes=1)),
        MessageData("customer", "zero", T0 - timedelta(minutes=5)),
    ]
    assert upsert_conversations(engine, [later]) == [Outcome.UPDATED]
    with engine.connect() as conn:
        rows = conn.execute(select(Message.text).order_by(Message.position)).scalars().all()  # type: ignore[arg-type]
        started = conn.execute(select(Conversation.started_at)).scalar_one()
    assert rows == ["zero", "one", "two"]
    assert started == T0 - timedelta(minutes=5)
    again = conv("a", "one", append=True)
    assert upsert_conversations(engine, [again]) == [Outcome.UNCHANGED]


def test_hash_ignores_how_a_time_is_written_but_not_what_is_said() -> None:
    a = conv("a", "hola")
    b = conv("a", "hola")
    b.messages = [MessageData("customer", "hola", T0.astimezone(timezone(timedelta(hours=5))))]
    b.started_at = T0.astimezone(timezone(timedelta(hours=-3)))
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(conv("a", "hola "))
    assert content_hash(a) == content_hash(conv("other-id", "hola", source="whatsapp"))


messages = st.lists(
    st.builds(
        MessageData,
        st.sampled_from(["customer", "agent"]),
        st.text(max_size=5),
        st.one_of(st.none(), st.integers(0, 50).map(lambda m: T0 + timedelta(minutes=m))),
        external_id=st.none(),  # identified by role, time and text
    ),
    max_size=8,
)


@given(messages, messages)
def test_merge_is_a_sorted_union_without_repeats(old: list, new: list) -> None:
    merged = merge_messages(old, new)
    assert set(merged) == set(old) | set(new)
    assert len(merged) == len(set(merged))
    assert merge_messages(merged, new) == merged
    times = [m.at for m in merged if m.at]
    assert times == sorted(times)


def test_message_times_are_stored_as_sqlalchemy_stores_them(engine: Engine) -> None:
    """The SQLite path writes times cut from the hash's ISO text; the values must not differ."""
    from sqlalchemy import insert, text

    times = [
        T0,  # no microseconds
        T0 + timedelta(microseconds=123456),
        datetime(2026, 11, 20, 14, 30, 1, 5, tzinfo=timezone(timedelta(hours=5))),  # not UTC
        None,
    ]
    messages = [MessageData("customer", f"m{i}", at) for i, at in enumerate(times)]
    upsert_conversations(engine, [ConversationData("widget", "t", messages, started_at=T0)])
    table = Message.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conv_id = conn.execute(select(Conversation.id)).scalar_one()  # type: ignore[call-overload]
        conn.execute(
            insert(table),
            [
                {
                    "conversation_id": conv_id,
                    "position": 10 + i,
                    "role": "agent",
                    "text": "x",
                    "at": at,
                }
                for i, at in enumerate(times)
            ],
        )
        raw = conn.execute(text("SELECT position, at FROM message ORDER BY position")).all()
        read = conn.execute(select(table.c.at).order_by(table.c.position)).scalars().all()
    ours, sqlalchemys = [at for _, at in raw[:4]], [at for _, at in raw[4:]]
    assert ours == sqlalchemys
    assert read[:4] == [None if t is None else t.astimezone(UTC) for t in times]


def test_messages_reach_their_conversation_when_ids_are_not_consecutive(engine: Engine) -> None:
    # SQLite's ids come from its own order; with the largest id taken it picks free ids
    # at random, the ids are looked up by identity, and every message still lands in its
    # own conversation.
    if engine.dialect.name != "sqlite":
        pytest.skip("the ids by order are SQLite's path; PostgreSQL uses RETURNING")
    upsert_conversations(engine, [conv("first", "one")])
    table = Conversation.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(
            table.insert().values(
                id=2**63 - 1, source="widget", external_id="last", message_count=0,
                content_hash="", state="done", attempts=0, imported_at=T0, updated_at=T0,
            )
        )  # fmt: skip
    upsert_conversations(engine, [conv(f"c{i}", f"text {i}", f"more {i}") for i in range(50)])
    with engine.connect() as conn:
        rows = conn.execute(
            select(Conversation.external_id, Message.text).join(  # type: ignore[call-overload]
                Message, Message.conversation_id == Conversation.id
            )
        ).all()
    assert len(rows) == 101
    for external_id, text in rows:
        assert external_id == "first" or text.split()[-1] == external_id[1:]

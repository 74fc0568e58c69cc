"""Check the lead-card read model: one load per table for many leads, plain data out."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from storage.lead_view import load_lead_card, load_lead_cards, split_factors
from storage.queries import LeadNotFound, set_status
from tests.bot.factories import add_conversation, add_lead, add_merge


def test_cards_of_many_leads_load_with_a_fixed_number_of_queries(engine: Engine) -> None:
    factors = ["asked for a quote", "- no phone"]
    ids = [add_lead(engine, name=f"Person {i}", top_factors=factors) for i in range(12)]
    for n, lead_id in enumerate(ids[:3]):
        add_conversation(engine, lead_id, ["hola"], external_id=f"wa-{n}")
    with Session(engine) as s:
        set_status(s, ids[0], "Contacted", who="U123", via="slack")
        s.commit()
    statements: list[str] = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        with Session(engine) as s:
            cards = load_lead_cards(s, [*ids, 99_999])
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    reads = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 3  # leads, conversation ids, status history
    assert sorted(cards) == ids
    first = cards[ids[0]]
    assert first.alert["status"] == "Contacted" and first.set_by == "U123"
    assert [h.to_status for h in first.history] == ["Contacted"]
    assert first.alert["factors_for"] == ["asked for a quote"]
    assert first.alert["factors_against"] == ["no phone"]
    assert len(first.alert["conversation_ids"]) == 1
    assert cards[ids[5]].set_by is None and cards[ids[5]].history == ()


def test_a_merged_id_names_where_it_went(engine: Engine) -> None:
    kept = add_lead(engine)
    add_merge(engine, kept + 1, kept)
    with Session(engine) as s, pytest.raises(LeadNotFound) as caught:
        load_lead_card(s, kept + 1)
    assert caught.value.merged_into == kept


def test_split_factors_reads_the_against_prefix() -> None:
    assert split_factors(["a", "- b", "c"]) == (["a", "c"], ["b"])

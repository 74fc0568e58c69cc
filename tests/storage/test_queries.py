"""Check list filters and sorts, top N, stats, status changes and export on both backends."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from storage.export import COLUMNS, records, write_csv, write_jsonl
from storage.models import Conversation, Lead, LeadConversation, StatusChange
from storage.queries import (
    LeadFilter,
    LeadNotFound,
    count_leads,
    get_lead,
    list_leads,
    set_status,
    stats,
    top_leads,
)

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def _seed(engine) -> None:  # type: ignore[no-untyped-def]
    rows = [
        # name, score, status, agent, source, minutes after T0, updated minutes
        ("Ana", 91, "Quote Request", "Sales Bot", "widget", 1, 50),
        ("Ben", 65, "Opportunity", "Sales Bot", "whatsapp", 2, 10),
        ("Cid", 30, "Spam", "Support", "widget", 3, 30),
        ("Dee", 82, "Quote Request", "Support", "whatsapp", 4, 20),
        ("Eve", 45, "Info Only", "Sales Bot", "widget", 5, 40),
    ]
    with Session(engine) as s:
        for i, (name, score, status, agent, source, created, updated) in enumerate(rows):
            conv = Conversation(source=source, external_id=f"c-{i}", content_hash="h")
            s.add(conv)
            s.flush()
            lead = Lead(
                name=name,
                score=score,
                quality="high" if score >= 80 else "medium" if score >= 60 else "low",
                status=status,
                agent=agent,
                source=source,
                created_at=T0 + timedelta(minutes=created),
                updated_at=T0 + timedelta(minutes=updated),
                top_factors=["asked for a quote"],
            )
            s.add(lead)
            s.flush()
            s.add(LeadConversation(conversation_id=conv.id, lead_id=lead.id))
        s.commit()


def _names(leads: list[Lead]) -> list[str]:
    return [lead.name or "" for lead in leads]


@pytest.mark.parametrize(
    ("flt", "sort", "expected"),
    [
        (LeadFilter(), "created", ["Eve", "Dee", "Cid", "Ben", "Ana"]),
        (LeadFilter(), "score", ["Ana", "Dee", "Ben", "Eve", "Cid"]),
        (LeadFilter(), "updated", ["Ana", "Eve", "Cid", "Dee", "Ben"]),
        (LeadFilter(status="Quote Request"), "score", ["Ana", "Dee"]),
        (LeadFilter(agent="Support"), "created", ["Dee", "Cid"]),
        (LeadFilter(source="whatsapp"), "score", ["Dee", "Ben"]),
        (LeadFilter(min_score=60, max_score=85), "score", ["Dee", "Ben"]),
        (LeadFilter(created_from=T0 + timedelta(minutes=3)), "created", ["Eve", "Dee", "Cid"]),
        (LeadFilter(status="Follow-up"), "score", []),
    ],
)
def test_list_filters_and_sorts(engine, flt, sort, expected) -> None:  # type: ignore[no-untyped-def]
    _seed(engine)
    with Session(engine) as s:
        assert _names(list_leads(s, flt, sort=sort)) == expected
        assert count_leads(s, flt) == len(expected)


def test_pages_do_not_overlap(engine) -> None:  # type: ignore[no-untyped-def]
    _seed(engine)
    with Session(engine) as s:
        first = _names(list_leads(s, sort="score", limit=2))
        second = _names(list_leads(s, sort="score", limit=2, offset=2))
        assert first == ["Ana", "Dee"]
        assert second == ["Ben", "Eve"]
        assert _names(top_leads(s, 3)) == ["Ana", "Dee", "Ben"]


def test_unknown_sort_is_refused(engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as s, pytest.raises(ValueError, match="Unknown sort"):
        list_leads(s, sort="name")


def test_stats(engine) -> None:  # type: ignore[no-untyped-def]
    _seed(engine)
    with Session(engine) as s:
        st = stats(s)
    assert (st.total, st.high, st.medium, st.low, st.very_low) == (5, 2, 1, 1, 1)
    assert st.average_score == pytest.approx((91 + 65 + 30 + 82 + 45) / 5, abs=0.05)
    assert st.by_status == {"Quote Request": 2, "Info Only": 1, "Opportunity": 1, "Spam": 1}
    assert st.by_source == {"widget": 3, "whatsapp": 2}
    assert st.by_agent == {"Sales Bot": 3, "Support": 2}


def test_set_status_audits_and_is_idempotent(engine) -> None:  # type: ignore[no-untyped-def]
    _seed(engine)
    with Session(engine) as s:
        first = set_status(s, 1, "Contacted", who="U1", via="slack")
        again = set_status(s, 1, "Contacted", who="U1", via="slack")
        s.commit()
    assert (first.changed, first.old, first.new) == (True, "Quote Request", "Contacted")
    assert again.changed is False
    with Session(engine) as s:
        lead = get_lead(s, 1)
        assert lead.status == "Contacted" and lead.status_by_human
        audit = list(s.exec(select(StatusChange)))
        assert [(a.who, a.from_status, a.to_status, a.via) for a in audit] == [
            ("U1", "Quote Request", "Contacted", "slack")
        ]


def test_unknown_lead_and_status(engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        with pytest.raises(LeadNotFound, match="No lead with id 42"):
            set_status(s, 42, "Spam", who="U1", via="cli")
        with pytest.raises(ValueError, match="Valid statuses"):
            set_status(s, 42, "Hot", who="U1", via="cli")


def test_export_csv_columns_and_formula_neutralised(engine) -> None:  # type: ignore[no-untyped-def]
    _seed(engine)
    with Session(engine) as s:
        lead = get_lead(s, 1)
        lead.name = "=HYPERLINK(1)"
        lead.alt_emails = ["-x@y.com", "b@c.org"]
        s.commit()
        buf = io.StringIO()
        n = write_csv(records(s, LeadFilter(status="Quote Request"), sort="score"), buf)
    assert n == 2
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    ana = dict(zip(COLUMNS, rows[1], strict=True))
    assert ana["name"] == "'=HYPERLINK(1)"
    assert ana["alt_emails"] == "'-x@y.com;b@c.org"
    assert ana["score"] == "91"
    assert ana["conversation_ids"] == "c-0"
    assert ana["created_at"] == "2026-11-01T00:01:00Z"


def test_export_jsonl_keeps_lists_and_numbers(engine) -> None:  # type: ignore[no-untyped-def]
    import json

    _seed(engine)
    with Session(engine) as s:
        buf = io.StringIO()
        write_jsonl(records(s, LeadFilter(source="whatsapp")), buf)
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [r["name"] for r in lines] == ["Dee", "Ben"]
    assert lines[0]["score"] == 82 and lines[0]["conversation_ids"] == ["c-3"]
    assert list(lines[0]) == list(COLUMNS)


def test_set_status_with_the_version_seen_refuses_after_a_newer_decision(engine) -> None:  # type: ignore[no-untyped-def]
    _seed(engine)
    with Session(engine) as s:
        assert get_lead(s, 1).status_version == 0
        first = set_status(s, 1, "Contacted", who="U1", via="slack", expected_version=0)
        late = set_status(s, 1, "Spam", who="U2", via="slack", expected_version=0)
        typed = set_status(s, 1, "Opportunity", who="ann", via="cli")
        s.commit()
    assert first.changed and not first.stale
    assert (late.changed, late.stale, late.old, late.new) == (False, True, "Contacted", "Spam")
    assert typed.changed  # no version given: a fresh decision applies
    with Session(engine) as s:
        lead = get_lead(s, 1)
        assert (lead.status, lead.status_version) == ("Opportunity", 2)
        audit = [a.to_status for a in s.exec(select(StatusChange))]
        assert audit == ["Contacted", "Opportunity"]  # the refused click wrote nothing
        current = set_status(s, 1, "Spam", who="U2", via="slack", expected_version=2)
        assert current.changed and get_lead(s, 1).status_version == 3

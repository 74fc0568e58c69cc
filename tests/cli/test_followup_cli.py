"""Drive `leads assign`, `leads status --due`, `leads list --owner`, `leads remind` and exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from leads.cli import main
from storage.db import open_database
from storage.export import COLUMNS
from storage.models import Lead, OutboxItem, OwnerChange
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
FIRST_FIFTEEN = [
    "id",
    "name",
    "email",
    "phone",
    "alt_emails",
    "alt_phones",
    "agent",
    "source",
    "status",
    "score",
    "quality",
    "created_at",
    "updated_at",
    "conversation_ids",
    "top_factors",
]


@pytest.fixture
def db(db_url: str) -> str:
    """Return a database URL holding two leads."""
    engine = open_database(db_url)
    with Session(engine) as s:
        for name in ("Ana García", "Tom Baker"):
            s.add(Lead(name=name, email=f"{name[:3].lower()}@example.com", source="widget",
                       status="Contacted", score=85, quality="high", created_at=T0,
                       updated_at=T0))  # fmt: skip
        s.commit()
    engine.dispose()
    return db_url


def run(db: str, *args: str, capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _lead(db: str, lead_id: int) -> Lead:
    engine = open_database(db)
    try:
        with Session(engine) as s:
            lead = s.get(Lead, lead_id)
            assert lead is not None
            return lead
    finally:
        engine.dispose()


def _owner_rows(db: str) -> list[OwnerChange]:
    engine = open_database(db)
    try:
        with Session(engine) as s:
            return list(s.exec(select(OwnerChange).order_by(OwnerChange.id)))
    finally:
        engine.dispose()


def test_assign_sets_and_clears_the_owner_with_an_audit_row(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(db, "assign", "1", "<@U0MARIA|maria>", "--who", "boss", capsys=capsys)
    assert code == 0 and "owner nobody → U0MARIA" in out
    assert _lead(db, 1).owner == "U0MARIA"
    code, out, _ = run(db, "assign", "1", "U0MARIA", capsys=capsys)
    assert code == 0 and "already owned" in out
    assert run(db, "assign", "1", "none", "--who", "boss", capsys=capsys)[0] == 0
    assert _lead(db, 1).owner is None
    rows = _owner_rows(db)
    assert [(r.who, r.from_owner, r.to_owner, r.via) for r in rows] == [
        ("boss", None, "U0MARIA", "cli"),
        ("boss", "U0MARIA", None, "cli"),
    ]


def test_assign_refuses_what_is_not_a_slack_user(db: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LEADS_SLACK_USER", raising=False)
    code, _, err = run(db, "assign", "1", "maria", capsys=capsys)
    assert code == 2 and "not a Slack user id" in err
    code, _, err = run(db, "assign", "1", "me", capsys=capsys)
    assert code == 2 and "LEADS_SLACK_USER" in err
    code, _, err = run(db, "assign", "99", "U0MARIA", capsys=capsys)
    assert code == 1 and "No lead with id 99" in err
    assert _owner_rows(db) == [] and _lead(db, 1).owner is None


def test_list_and_export_filter_by_owner(db: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LEADS_SLACK_USER", "U0MARIA")
    run(db, "assign", "2", "me", capsys=capsys)
    for owner, ids in (("me", [2]), ("U0MARIA", [2]), ("none", [1]), ("U0OTHER", [])):
        code, out, _ = run(db, "list", "--owner", owner, "--format", "json", capsys=capsys)
        assert code == 0 and [r["id"] for r in json.loads(out)] == ids, owner
    code, out, _ = run(db, "export", "--owner", "me", capsys=capsys)
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:15] == FIRST_FIFTEEN and rows[0][15] == "owner"
    assert list(COLUMNS) == [*FIRST_FIFTEEN, "owner"]
    assert [r[0] for r in rows[1:]] == ["2"] and rows[1][15] == "U0MARIA"
    code, out, _ = run(db, "export", "--format", "jsonl", capsys=capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert list(records[0]) == list(COLUMNS)
    assert {r["id"]: r["owner"] for r in records} == {1: None, 2: "U0MARIA"}


def test_status_with_due_given_defaulted_cleared_and_refused(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(db, "status", "1", "follow", "--due", "2031-12-08", capsys=capsys)
    assert code == 0 and "(due Mon 8 Dec 2031 09:00 UTC)" in out
    assert _lead(db, 1).due_at == datetime(2031, 12, 8, 9, tzinfo=UTC)
    before = datetime.now(UTC)
    assert run(db, "status", "2", "waiting", capsys=capsys)[0] == 0
    due = _lead(db, 2).due_at
    # Waiting Response: 2 days, at 09:00.
    assert due is not None and due.hour == 9 and due.date() == (before + timedelta(days=2)).date()
    code, _, err = run(db, "status", "1", "spam", "--due", "3d", capsys=capsys)
    assert code == 2 and "Spam has no due time" in err
    assert _lead(db, 1).status == "Follow-up"
    code, _, err = run(db, "status", "1", "follow", "--due", "2020-01-01", capsys=capsys)
    assert code == 2 and "has passed" in err
    assert run(db, "status", "1", "contacted", capsys=capsys)[0] == 0
    assert _lead(db, 1).due_at is None


@pytest.fixture
def slack_env(fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> FakeSlack:
    """Point the CLI's Slack client at the fake."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    return fake_slack


def test_remind_at_before_after_and_again(db: str, slack_env: FakeSlack, capsys) -> None:  # type: ignore[no-untyped-def]
    run(db, "assign", "1", "U0MARIA", capsys=capsys)
    run(db, "status", "1", "follow", "--due", "2031-12-08T10:00", capsys=capsys)
    code, _, err = run(db, "remind", "--at", "2031-12-08T09:59:00Z", capsys=capsys)
    assert code == 0 and "Sent 0 reminders" in err
    assert slack_env.calls_to("chat.postMessage") == []
    code, _, err = run(db, "remind", "--at", "2031-12-08T10:01:00Z", capsys=capsys)
    assert code == 0 and "Sent 1 reminder to Slack" in err
    (post,) = slack_env.calls_to("chat.postMessage")
    assert post.args["channel"] == "DU0MARIA"
    assert "reminder_done" in json.dumps(post.args["blocks"])
    code, _, err = run(db, "remind", "--at", "2031-12-08T12:00:00Z", capsys=capsys)
    assert code == 0 and "Sent 0 reminders" in err
    assert len(slack_env.calls_to("chat.postMessage")) == 1


def test_remind_keeps_an_undelivered_reminder_and_says_so(
    db: str, slack_env: FakeSlack, capsys
) -> None:  # type: ignore[no-untyped-def]
    run(db, "status", "1", "quote", "--due", "2031-12-08", capsys=capsys)
    slack_env.down("chat.postMessage", times=1)
    code, _, err = run(db, "remind", "--at", "2031-12-09T00:00:00Z", capsys=capsys)
    assert code == 1 and "1 reminder not delivered yet" in err
    code, _, err = run(db, "remind", "--at", "2031-12-09T01:00:00Z", capsys=capsys)
    assert code == 0 and "Sent 1 reminder" in err
    (landed,) = slack_env.posts("#leads-alerts")
    assert "nobody owns it" in landed["text"]


def test_remind_without_slack_previews_and_keeps_them_queued(db: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    run(db, "status", "1", "follow", "--due", "2031-12-08", capsys=capsys)
    code, out, err = run(db, "remind", "--at", "2031-12-09T00:00:00Z", capsys=capsys)
    assert code == 0 and "Previewed 1 reminder" in err and "Lead 1" in out
    engine = open_database(db)
    with Session(engine) as s:
        (item,) = s.exec(select(OutboxItem).where(OutboxItem.kind == "reminder")).all()
    engine.dispose()
    assert item.sent_at is None and item.attempts == 0


def test_stats_counts_overdue_and_due_today(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    run(db, "status", "1", "follow", "--due", "2031-12-08T08:00", capsys=capsys)
    run(db, "status", "2", "quote", "--due", "2031-12-08T18:00", capsys=capsys)
    code, out, _ = run(db, "stats", "--format", "json", "--at", "2031-12-08T12:00:00Z",
                       capsys=capsys)  # fmt: skip
    data = json.loads(out)
    assert code == 0 and (data["overdue"], data["due_today"]) == (1, 1)
    code, out, _ = run(db, "stats", "--at", "2031-12-08T12:00:00Z", capsys=capsys)
    assert "overdue" in out and "due today" in out

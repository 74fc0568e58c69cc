"""Owners, due times and reminders in Slack, driven by signed requests against the fake API."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.alerts import alert_blocks
from bot.client import make_client
from bot.notifier import SlackNotifier
from jobs import remind
from jobs.digest import build_digest
from leads.cli import main
from storage.due import DueRules
from storage.followup import assign, change_status
from storage.lead_view import load_lead_card
from storage.models import Lead, OutboxItem, OwnerChange, StatusChange
from tests.bot.conftest import ALLOWED, CHANNEL, OTHER, Bot
from tests.bot.factories import add_lead
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack

TS = "1700000000.000042"
RULES = DueRules()  # the bot's config in these tests: UTC, 09:00, the documented defaults


def _lead(bot: Bot, lead_id: int) -> Lead:
    with Session(bot.engine) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        return lead


def _owner_audit(bot: Bot, lead_id: int) -> list[OwnerChange]:
    with Session(bot.engine) as s:
        return list(s.exec(select(OwnerChange).where(OwnerChange.lead_id == lead_id)))


def _alert(bot: Bot, lead_id: int) -> dict:
    with Session(bot.engine) as s:
        return {
            "type": "message",
            "ts": TS,
            "blocks": alert_blocks(load_lead_card(s, lead_id).alert),
        }


def _element(message: dict, action_id: str) -> dict:
    for block in message["blocks"]:
        for e in block.get("elements", []):
            if e.get("action_id") == action_id:
                return e
    raise AssertionError(f"no {action_id} in the message")


def _press(element: dict) -> dict:
    return {k: element[k] for k in ("action_id", "type", "value", "text") if k in element}


def test_assign_to_me_on_the_alert_sets_the_owner_and_updates_the_alert(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, score=91)
    message = _alert(bot, lead_id)
    bot.slack.click(_press(_element(message, "lead_assign_me")), user=ALLOWED, channel=CHANNEL,
                    message=message, message_ts=TS)  # fmt: skip
    (update,) = bot.slack.calls("chat.update")
    assert update.args["ts"] == TS and update.args["channel"] == CHANNEL
    assert "Owner: <@U0ALLOWED>" in json.dumps(update.args["blocks"], ensure_ascii=False)
    assert _lead(bot, lead_id).owner == ALLOWED
    (row,) = _owner_audit(bot, lead_id)
    assert (row.who, row.from_owner, row.to_owner, row.via) == (ALLOWED, None, ALLOWED, "slack")


def test_assign_on_a_show_answer_replaces_that_answer(bot: Bot) -> None:
    lead_id = add_lead(bot.engine)
    bot.slack.command(f"show {lead_id}", user=ALLOWED, channel=CHANNEL)
    (card,) = bot.slack.responses("r1")
    bot.slack.click(_press(_element(card, "lead_assign_me")), user=ALLOWED, channel=CHANNEL,
                    message={"type": "message", "ts": TS, "blocks": card["blocks"]}, ephemeral=True)  # fmt: skip
    (updated,) = bot.slack.responses("a1")
    assert updated["replace_original"] is True
    assert "is now owned by <@U0ALLOWED>" in json.dumps(updated, ensure_ascii=False)
    assert _lead(bot, lead_id).owner == ALLOWED


def test_slash_assign_sets_the_owner_from_a_picked_mention(bot: Bot) -> None:
    lead_id = add_lead(bot.engine)
    bot.slack.command(f"assign {lead_id} <@U0MARIA|maria>", user=ALLOWED, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert answer["text"].startswith(f"✅ Lead {lead_id}") and "<@U0MARIA>" in answer["text"]
    assert _lead(bot, lead_id).owner == "U0MARIA"
    bot.slack.command(f"assign {lead_id} none", user=ALLOWED, channel=CHANNEL, response="r2")
    bot.slack.responses("r2")
    assert _lead(bot, lead_id).owner is None
    assert [(r.from_owner, r.to_owner) for r in _owner_audit(bot, lead_id)] == [
        (None, "U0MARIA"),
        ("U0MARIA", None),
    ]


def test_an_unauthorised_assignment_is_refused_and_changes_nothing(bot: Bot) -> None:
    lead_id = add_lead(bot.engine)
    bot.slack.command(f"assign {lead_id} me", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert answer["text"].startswith("Sorry, you can't assign leads here.")
    message = _alert(bot, lead_id)
    bot.slack.click(_press(_element(message, "lead_assign_me")), user=OTHER, channel=CHANNEL,
                    message=message, message_ts=TS)  # fmt: skip
    (refused,) = bot.slack.responses("a1")
    assert refused["text"].startswith("Sorry, you can't assign leads here.")
    bot.slack.settle()
    assert not bot.fake.calls_to("chat.update")
    assert _lead(bot, lead_id).owner is None and _owner_audit(bot, lead_id) == []


def test_a_name_slack_did_not_resolve_is_explained(bot: Bot) -> None:
    lead_id = add_lead(bot.engine)
    bot.slack.command(f"assign {lead_id} @maria", user=ALLOWED, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert "I can't tell who '@maria' is" in answer["text"]
    assert _lead(bot, lead_id).owner is None


def test_status_with_due_sets_that_due_time_and_the_default_otherwise(bot: Bot) -> None:
    given = add_lead(bot.engine, status="Contacted")
    default = add_lead(bot.engine, status="Contacted")
    bot.slack.command(f"status {given} follow due:2031-12-08", user=ALLOWED, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert "Follow-up" in answer["text"] and "Due Mon 8 Dec 2031 09:00 UTC" in answer["text"]
    assert _lead(bot, given).due_at == datetime(2031, 12, 8, 9, 0, tzinfo=UTC)
    before = datetime.now(UTC)
    bot.slack.command(f"status {default} quote", user=ALLOWED, channel=CHANNEL, response="r2")
    bot.slack.responses("r2")
    after = datetime.now(UTC)
    expected = {RULES.default_due("Quote Request", t) for t in (before, after)}
    assert _lead(bot, default).due_at in expected
    # Any other status clears the due time.
    bot.slack.command(f"status {given} contacted", user=ALLOWED, channel=CHANNEL, response="r3")
    bot.slack.responses("r3")
    assert _lead(bot, given).due_at is None


def test_a_due_time_on_a_status_without_one_changes_nothing(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    bot.slack.command(f"status {lead_id} spam due:friday", user=ALLOWED, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert "Spam has no due time" in answer["text"]
    bot.slack.command(f"status {lead_id} follow due:someday", user=ALLOWED, channel=CHANNEL,
                      response="r2")  # fmt: skip
    (unreadable,) = bot.slack.responses("r2")
    assert "I can't read the due time 'someday'" in unreadable["text"]
    assert _lead(bot, lead_id).status == "Quote Request"
    with Session(bot.engine) as s:
        assert s.exec(select(StatusChange)).all() == []


def _notifier(fake: FakeSlack) -> SlackNotifier:
    client = make_client(BOT_TOKEN, base_url=fake.api_url, rate_limit_retries=0)
    return SlackNotifier(client, "#leads-alerts", "#leads")


def _overdue(bot: Bot, *, owner: str | None = ALLOWED, hours: int = 1, **fields) -> int:  # type: ignore[no-untyped-def]
    due = datetime.now(UTC) - timedelta(hours=hours)
    return add_lead(bot.engine, status="Follow-up", owner=owner, due_at=due, **fields)


def _dm(bot: Bot, user: str = ALLOWED) -> dict:
    (post,) = [c for c in bot.fake.calls_to("chat.postMessage") if c.args["channel"] == "D" + user]
    return {"type": "message", "ts": "1700000000.000001", "blocks": post.args["blocks"]}


def _click_dm(bot: Bot, message: dict, action: dict, user: str = ALLOWED) -> None:
    bot.slack.click(action, user=user, channel="D" + ALLOWED, message=message,
                    message_ts=message["ts"])  # fmt: skip


def test_the_reminders_done_button_sets_contacted_and_closes_the_reminder(bot: Bot) -> None:
    lead_id = _overdue(bot)
    remind.run_once(bot.engine, _notifier(bot.fake))
    message = _dm(bot)
    _click_dm(bot, message, _press(_element(message, "reminder_done")))
    (update,) = bot.slack.calls("chat.update")
    assert update.args["channel"] == "D" + ALLOWED
    assert "Follow-up → *Contacted*" in json.dumps(update.args["blocks"], ensure_ascii=False)
    assert not [b for b in update.args["blocks"] if b["type"] == "actions"]
    lead = _lead(bot, lead_id)
    assert lead.status == "Contacted" and lead.due_at is None


def test_snooze_moves_the_due_time_and_the_next_reminder_comes_after_it(bot: Bot) -> None:
    lead_id = _overdue(bot)
    notifier = _notifier(bot.fake)
    remind.run_once(bot.engine, notifier)
    message = _dm(bot)
    clicked = datetime.now(UTC)
    _click_dm(bot, message, _press(_element(message, "reminder_snooze:3")))
    (update,) = bot.slack.calls("chat.update")
    assert "Snoozed by <@U0ALLOWED>" in json.dumps(update.args["blocks"], ensure_ascii=False)
    due = _lead(bot, lead_id).due_at
    assert due is not None and timedelta(days=3) <= due - clicked < timedelta(days=3, minutes=1)
    remind.run_once(bot.engine, notifier, now=due - timedelta(minutes=1))
    assert len(bot.fake.calls_to("chat.postMessage")) == 1
    remind.run_once(bot.engine, notifier, now=due + timedelta(minutes=1))
    assert len(bot.fake.calls_to("chat.postMessage")) == 2


def test_change_status_in_a_reminder_and_a_refusal_for_others(bot: Bot) -> None:
    lead_id = _overdue(bot)
    remind.run_once(bot.engine, _notifier(bot.fake))
    message = _dm(bot)
    select_ = _element(message, "reminder_status")
    (option,) = [o for o in select_["options"] if o["text"]["text"] == "Opportunity"]
    action = {"action_id": "reminder_status", "type": "static_select", "selected_option": option}
    _click_dm(bot, message, _press(_element(message, "reminder_snooze:1")), user=OTHER)
    (refused,) = bot.slack.responses("a1")
    assert refused["text"].startswith("Sorry, you can't snooze reminders here.")
    _click_dm(bot, message, action)
    bot.slack.calls("chat.update")
    lead = _lead(bot, lead_id)
    assert lead.status == "Opportunity" and lead.due_at is None


def test_owner_filters_give_the_same_rows_in_the_cli_and_in_slack(
    bot: Bot,
    db_url: str,
    capsys,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    mine = [add_lead(bot.engine, name=f"Mine {i}", owner=ALLOWED) for i in range(2)]
    theirs = add_lead(bot.engine, name="Theirs", owner="U0MARIA")
    free = [add_lead(bot.engine, name=f"Free {i}") for i in range(2)]
    monkeypatch.setenv("LEADS_SLACK_USER", ALLOWED)
    for n, (slack_filter, cli_owner, expected) in enumerate(
        [
            ("owner:me", "me", mine),
            ("owner:<@U0MARIA|maria>", "U0MARIA", [theirs]),
            ("owner:none", "none", free),
        ]
    ):
        bot.slack.command(f"top 10 {slack_filter}", user=ALLOWED, channel=CHANNEL, response=f"o{n}")
        (answer,) = bot.slack.responses(f"o{n}")
        in_slack = sorted(
            int(b["block_id"].split(":")[1])
            for b in answer["blocks"] if b.get("block_id", "").startswith("lead_row:")
        )  # fmt: skip
        assert main(["--db", db_url, "list", "--owner", cli_owner, "--format", "json"]) == 0
        in_cli = sorted(r["id"] for r in json.loads(capsys.readouterr().out))
        assert in_slack == in_cli == sorted(expected), slack_filter


def test_overdue_counts_agree_in_the_cli_slack_and_the_digest(
    bot: Bot,
    db_url: str,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    _overdue(bot, hours=30)
    _overdue(bot, owner=None, hours=50)
    add_lead(bot.engine, status="Follow-up", due_at=datetime.now(UTC) + timedelta(days=3))
    add_lead(bot.engine, status="Contacted")
    assert main(["--db", db_url, "stats", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["overdue"] == 2
    bot.slack.command("stats", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    (figures,) = [b for b in answer["blocks"] if "fields" in b]
    assert "*Overdue*\n2" in [f["text"] for f in figures["fields"]]
    with Session(bot.engine) as s:
        digest = build_digest(s, now=datetime.now(UTC))
    assert digest.overdue == 2 and len(digest.overdue_top) == 2
    from bot.notifier import digest_blocks

    assert "*Overdue (2)*" in json.dumps(digest_blocks(digest), ensure_ascii=False)


def test_mine_lists_the_askers_open_leads_by_due_time(bot: Bot) -> None:
    now = datetime.now(UTC)
    later = add_lead(bot.engine, name="Later", owner=ALLOWED, status="Follow-up",
                     due_at=now + timedelta(days=5))  # fmt: skip
    sooner = add_lead(bot.engine, name="Sooner", owner=ALLOWED, status="Quote Request",
                      due_at=now + timedelta(hours=2))  # fmt: skip
    undated = add_lead(bot.engine, name="Undated", owner=ALLOWED, status="Opportunity")
    add_lead(bot.engine, name="Closed", owner=ALLOWED, status="Spam")
    add_lead(bot.engine, name="Someone else's", owner="U0MARIA", status="Follow-up")
    bot.slack.command("mine", user=ALLOWED, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    rows = [int(b["block_id"].split(":")[1]) for b in answer["blocks"]
            if b.get("block_id", "").startswith("lead_row:")]  # fmt: skip
    assert rows == [sooner, later, undated]


def test_the_home_tab_counts_what_is_due_per_owner_yours_first(bot: Bot) -> None:
    _overdue(bot, owner="U0MARIA")
    _overdue(bot, owner="U0MARIA")
    _overdue(bot)
    _overdue(bot, owner=None)
    bot.slack.event({"type": "app_home_opened", "user": ALLOWED, "channel": "D0", "tab": "home"})
    (publish,) = bot.slack.calls("views.publish")
    text = json.dumps(publish.args["view"], ensure_ascii=False)
    yours = text.index("Yours: 1 overdue")
    assert yours < text.index("<@U0MARIA>: 2 overdue") < text.index("No owner: 1 overdue")


def test_nudge_assign_to_me_closes_the_nudge(bot: Bot, engine: Engine) -> None:
    lead_id = add_lead(bot.engine, score=92)
    with Session(engine) as s:
        s.add(OutboxItem(key=f"alert:lead:{lead_id}", kind="alert", lead_id=lead_id, payload={},
                         sent_at=datetime.now(UTC) - timedelta(hours=2),
                         ref={"channel": CHANNEL, "ts": TS}))  # fmt: skip
        s.commit()
    remind.run_once(bot.engine, _notifier(bot.fake))
    (post,) = bot.fake.calls_to("chat.postMessage")
    message = {"type": "message", "ts": "1700000000.000009", "blocks": post.args["blocks"]}
    bot.slack.click(_press(_element(message, "lead_assign_me")), user=ALLOWED, channel=CHANNEL,
                    message=message, message_ts=message["ts"])  # fmt: skip
    (update,) = bot.slack.calls("chat.update")
    assert "now owned by <@U0ALLOWED>" in json.dumps(update.args["blocks"], ensure_ascii=False)
    assert _lead(bot, lead_id).owner == ALLOWED
    with Session(engine) as s:
        assign(s, lead_id, ALLOWED, who="x", via="cli")  # a repeat: no second audit row
        s.commit()
    assert len(_owner_audit(bot, lead_id)) == 1


def test_done_on_a_reminder_older_than_the_last_decision_changes_nothing(bot: Bot) -> None:
    lead_id = _overdue(bot)
    remind.run_once(bot.engine, _notifier(bot.fake))
    message = _dm(bot)
    with Session(bot.engine) as s:
        change_status(s, lead_id, "Waiting Response", who="U0MARIA", via="slack", rules=RULES)
        s.commit()
    _click_dm(bot, message, _press(_element(message, "reminder_done")))
    (update,) = bot.slack.calls("chat.update")
    assert "changed since this message" in json.dumps(update.args["blocks"], ensure_ascii=False)
    assert _lead(bot, lead_id).status == "Waiting Response"

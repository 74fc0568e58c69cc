"""Drive `/leads` through signed HTTP requests and check the answers and storage."""

from __future__ import annotations

import csv
import io
import json
import time

from sqlmodel import Session, select

from storage.export import COLUMNS, records, write_csv
from storage.models import Lead, StatusChange
from tests.bot.conftest import ALLOWED, ALLOWED_CHANNEL, CHANNEL, OTHER, PAGE_SIZE, Bot
from tests.bot.factories import add_lead, add_leads, add_merge


def _text(message: dict) -> str:
    return json.dumps(message, ensure_ascii=False)


def _lead_ids(message: dict) -> list[int]:
    return [
        int(b["block_id"].split(":")[1])
        for b in message["blocks"]
        if b.get("block_id", "").startswith("lead_row:")
    ]


def _mrkdwn(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if node.get("type") == "mrkdwn" else []
        return own + [t for v in node.values() for t in _mrkdwn(v)]
    if isinstance(node, list):
        return [t for v in node for t in _mrkdwn(v)]
    return []


def _status_of(bot: Bot, lead_id: int) -> str:
    with Session(bot.engine) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        return lead.status


def _audit(bot: Bot, lead_id: int) -> list[StatusChange]:
    with Session(bot.engine) as s:
        return list(s.exec(select(StatusChange).where(StatusChange.lead_id == lead_id)))


def test_top_acks_at_once_then_answers_only_the_asker(bot: Bot) -> None:
    ids = add_leads(bot.engine, 6)
    add_lead(bot.engine, name="Spammer", score=99, status="Spam")
    start = time.perf_counter()
    status, body = bot.slack.command("top 3 status:quote", user=OTHER, channel=CHANNEL)
    assert status == 200 and body == ""  # an empty ack: Slack shows nothing yet
    (answer,) = bot.slack.responses("r1")
    assert time.perf_counter() - start < 3
    assert answer["response_type"] == "ephemeral"
    with Session(bot.engine) as s:
        best = sorted((s.get(Lead, i) for i in ids), key=lambda x: (-x.score, -x.id))[:3]
    assert _lead_ids(answer) == [lead.id for lead in best]
    assert "Spammer" not in _text(answer)
    assert "Top 3 leads · Quote Request" in _text(answer)


def test_share_posts_the_answer_in_the_channel(bot: Bot) -> None:
    add_leads(bot.engine, 2)
    bot.slack.command("top share", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert answer["response_type"] == "in_channel"


def test_list_pages_with_a_next_page_button(bot: Bot) -> None:
    ids = add_leads(bot.engine, PAGE_SIZE * 2 + 1)
    bot.slack.command("list sort:created", user=OTHER, channel=CHANNEL)
    (first,) = bot.slack.responses("r1")
    newest_first = sorted(ids, reverse=True)  # created one minute apart, in id order
    assert _lead_ids(first) == newest_first[:PAGE_SIZE]
    assert f"of {len(ids)}" in _text(first)
    seen = list(_lead_ids(first))
    page = first
    for n in (1, 2):
        (button,) = next(b for b in page["blocks"] if b["type"] == "actions")["elements"]
        assert button["action_id"] == "list_next_page"
        bot.slack.click(
            {"action_id": "list_next_page", "type": "button", "value": button["value"]},
            user=OTHER,
            channel=CHANNEL,
            ephemeral=True,
            response=f"p{n}",
        )
        (page,) = bot.slack.responses(f"p{n}")
        assert page["replace_original"] is True
        seen += _lead_ids(page)
    assert seen == newest_first  # every lead once, in order
    assert not [b for b in page["blocks"] if b["type"] == "actions"]  # the last page


def test_list_sorts_and_filters(bot: Bot) -> None:
    add_leads(bot.engine, 5, source="widget")
    wa = [add_lead(bot.engine, source="whatsapp", score=s, name=f"W{s}") for s in (61, 95, 70)]
    bot.slack.command("list source:whatsapp sort:score", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert _lead_ids(answer) == [wa[1], wa[2], wa[0]]
    assert "WhatsApp · best first" in _text(answer)


def test_filter_mistakes_get_did_you_mean(bot: Bot) -> None:
    add_lead(bot.engine, agent="Sales Bot")
    add_lead(bot.engine, agent="Support Bot")
    bot.slack.command("list agent:bot", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert "Did you mean" in answer["text"] and "Sales Bot" in answer["text"]
    assert answer["response_type"] == "ephemeral"


def test_gibberish_and_help_answer_with_help(bot: Bot) -> None:
    bot.slack.command("flibbertigibbet", user=OTHER, channel=CHANNEL, response="g")
    bot.slack.command("help", user=OTHER, channel=CHANNEL, response="h")
    (gibberish,) = bot.slack.responses("g")
    (helped,) = bot.slack.responses("h")
    assert "I don't know the command 'flibbertigibbet'" in _text(gibberish)
    for answer in (gibberish, helped):
        assert "/leads top" in _text(answer) and "score:60-100" in _text(answer)


def test_show_a_lead_with_history(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, name="María <José> & Co", email="mj@fuente.es")
    bot.slack.command(f"status {lead_id} contacted", user=ALLOWED, channel=CHANNEL, response="s")
    bot.slack.responses("s")
    bot.slack.command(f"show {lead_id}", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    text = _text(answer)
    assert "mj@fuente.es" in text and "María &lt;José&gt; &amp; Co" in text
    # Customer text cannot inject Slack markup: every mrkdwn text and the fallback are escaped.
    assert "<José>" not in json.dumps(_mrkdwn(answer["blocks"]), ensure_ascii=False)
    assert "<José>" not in answer["text"]
    assert "Quote Request → *Contacted* by <@U0ALLOWED> (slack)" in text
    assert any(b.get("block_id") == f"lead_show:{lead_id}" for b in answer["blocks"])


def test_show_unknown_and_merged_leads(bot: Bot) -> None:
    kept = add_lead(bot.engine, name="Kept Person")
    add_merge(bot.engine, merged_id=kept + 100, kept_id=kept)
    bot.slack.command(f"show {kept + 500}", user=OTHER, channel=CHANNEL, response="u")
    bot.slack.command(f"show {kept + 100}", user=OTHER, channel=CHANNEL, response="m")
    (unknown,) = bot.slack.responses("u")
    (merged,) = bot.slack.responses("m")
    assert unknown["text"] == f"There is no lead {kept + 500}. `/leads list` shows recent ids."
    assert f"Lead {kept + 100} was merged into lead {kept}." in _text(merged)
    assert "Kept Person" in _text(merged)


def test_status_command_changes_storage_with_an_audit_row(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    bot.slack.command(f"status {lead_id} not int", user=ALLOWED, channel=CHANNEL, response="a")
    (answer,) = bot.slack.responses("a")
    assert "Quote Request → *Not Interested*" in answer["text"]
    assert _status_of(bot, lead_id) == "Not Interested"
    (row,) = _audit(bot, lead_id)
    assert (row.who, row.via, row.from_status, row.to_status) == (
        ALLOWED,
        "slack",
        "Quote Request",
        "Not Interested",
    )
    bot.slack.command(
        f"status {lead_id} not interested", user=ALLOWED, channel=CHANNEL, response="b"
    )
    (again,) = bot.slack.responses("b")
    assert "already has the status" in again["text"]
    assert len(_audit(bot, lead_id)) == 1


def test_status_command_in_an_allowed_channel_works_for_anyone(bot: Bot) -> None:
    lead_id = add_lead(bot.engine)
    bot.slack.command(f"status {lead_id} spam", user=OTHER, channel=ALLOWED_CHANNEL)
    bot.slack.responses("r1")
    assert _status_of(bot, lead_id) == "Spam"


def test_status_command_is_refused_politely_and_changes_nothing(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    bot.slack.command(f"status {lead_id} spam", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert answer["text"].startswith("Sorry, you can't change lead statuses here.")
    assert answer["response_type"] == "ephemeral"
    assert _status_of(bot, lead_id) == "Quote Request"
    assert _audit(bot, lead_id) == []


def test_status_of_unknown_or_merged_lead(bot: Bot) -> None:
    kept = add_lead(bot.engine)
    add_merge(bot.engine, merged_id=kept + 7, kept_id=kept)
    bot.slack.command(f"status {kept + 7} spam", user=ALLOWED, channel=CHANNEL, response="m")
    bot.slack.command(f"status {kept + 9} spam", user=ALLOWED, channel=CHANNEL, response="u")
    (merged,) = bot.slack.responses("m")
    (unknown,) = bot.slack.responses("u")
    assert f"merged into lead {kept}" in merged["text"]
    assert f"`/leads status {kept} …`" in merged["text"]
    assert f"There is no lead {kept + 9}" in unknown["text"]
    assert _status_of(bot, kept) == "Quote Request"


def test_stats_gives_the_figures(bot: Bot) -> None:
    add_lead(bot.engine, score=90, status="Spam", source="widget", agent="A")
    add_lead(bot.engine, score=85, status="Spam", source="whatsapp", agent="A")
    add_lead(bot.engine, score=65, status="Contacted", source="whatsapp", agent="B")
    add_lead(bot.engine, score=20, status="Contacted", source="whatsapp", agent="B")
    bot.slack.command("stats", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    (figures,) = [b for b in answer["blocks"] if "fields" in b]
    cells = [f["text"] for f in figures["fields"]]
    assert cells == [
        "*Total leads*\n4",
        "*High (80+)*\n2 (50%)",
        "*Medium (60–79)*\n1 (25%)",
        "*Average score*\n65.0",
        "*Overdue*\n0",
        "*Due today*\n0",
    ]
    text = _text(answer)
    assert "*By status*\\nContacted: 2\\nWaiting Response: 0" in text
    assert "Spam: 2" in text and "WhatsApp: 3" in text and "Website chat: 1" in text
    assert "*By agent*\\nA: 2\\nB: 2" in text


def test_export_uploads_the_csv_to_the_channel(bot: Bot) -> None:
    add_leads(bot.engine, 4, status="Spam")
    add_lead(bot.engine, name="=HYPERLINK(1)", status="Spam")
    add_lead(bot.engine, status="Contacted")
    bot.slack.command("export status:spam", user=ALLOWED, channel=CHANNEL)
    (note,) = bot.slack.responses("r1")
    assert note["response_type"] == "ephemeral" and "Exporting 5 leads" in note["text"]
    (done,) = bot.slack.calls("files.completeUploadExternal")
    (asked,) = bot.fake.calls_to("files.getUploadURLExternal")
    assert asked.args["filename"].startswith("leads-") and asked.args["filename"].endswith(".csv")
    assert done.args["channel_id"] == CHANNEL
    assert f"<@{ALLOWED}> exported 5 leads (Spam)" in done.args["initial_comment"]
    file_id = (
        json.loads(done.args["files"])[0]["id"]
        if isinstance(done.args["files"], str)
        else done.args["files"][0]["id"]
    )
    uploaded = bot.fake.uploads[file_id].decode("utf-8")
    rows = list(csv.reader(io.StringIO(uploaded)))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 6
    expected = io.StringIO()
    with Session(bot.engine) as s:
        from storage.queries import LeadFilter

        write_csv(records(s, LeadFilter(status="Spam")), expected)
    assert uploaded == expected.getvalue()  # the very same bytes as the CLI export
    assert "'=HYPERLINK(1)" in uploaded


def test_export_is_refused_for_others(bot: Bot) -> None:
    add_leads(bot.engine, 2)
    bot.slack.command("export", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert answer["text"].startswith("Sorry, you can't export leads here.")
    bot.slack.settle()
    assert not bot.fake.calls_to("files.getUploadURLExternal")


def test_export_says_why_an_upload_failed(bot: Bot) -> None:
    add_leads(bot.engine, 2)
    bot.fake.fail("files.completeUploadExternal", "not_in_channel")
    bot.slack.command("export", user=ALLOWED, channel=CHANNEL)
    answers = bot.slack.responses("r1", n=2)
    assert "not_in_channel" in answers[1]["text"] and "/invite @Leads" in answers[1]["text"]


def test_export_of_nothing_says_so(bot: Bot) -> None:
    add_leads(bot.engine, 2, status="Spam")
    bot.slack.command("export status:contacted", user=ALLOWED, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert "nothing to export" in answer["text"]
    bot.slack.settle()
    assert not bot.fake.calls_to("files.getUploadURLExternal")


def test_a_second_app_may_call_the_command_leads_something(bot: Bot) -> None:
    add_leads(bot.engine, 1)
    status, _ = bot.slack.command("top", user=OTHER, channel=CHANNEL, command="/leads-staging")
    assert status == 200
    assert bot.slack.responses("r1")[0]["blocks"]


def test_status_command_refreshes_the_posted_alert(bot: Bot) -> None:
    from datetime import UTC, datetime

    from storage.models import OutboxItem
    from storage.queries import alert_key

    lead_id = add_lead(bot.engine, status="Quote Request", name="Alerted Person")
    with Session(bot.engine) as s:
        s.add(
            OutboxItem(
                key=alert_key(lead_id),
                kind="alert",
                lead_id=lead_id,
                sent_at=datetime(2026, 11, 20, tzinfo=UTC),
                ref={"channel": "C0ALERTS", "ts": "1700000000.000042"},
            )
        )
        s.commit()
    bot.slack.command(f"status {lead_id} opportunity", user=ALLOWED, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert "*Opportunity*" in answer["text"] and "couldn't" not in answer["text"]
    (update,) = bot.fake.calls_to("chat.update")
    assert (update.args["channel"], update.args["ts"]) == ("C0ALERTS", "1700000000.000042")
    shown = _text(update.args["blocks"])
    assert "Opportunity" in shown and f"<@{ALLOWED}>" in shown
    # The same status again changes nothing, so the alert is left alone.
    bot.slack.command(f"status {lead_id} opportunity", user=ALLOWED, channel=CHANNEL, response="b")
    bot.slack.responses("b")
    assert len(bot.fake.calls_to("chat.update")) == 1


def test_status_command_without_a_posted_alert_updates_nothing(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    bot.slack.command(f"status {lead_id} spam", user=ALLOWED, channel=CHANNEL)
    bot.slack.responses("r1")
    assert bot.fake.calls_to("chat.update") == []

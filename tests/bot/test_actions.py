"""Click the alert's, the lead card's and the Home tab's elements as Slack sends the clicks."""

from __future__ import annotations

import json

from sqlmodel import Session, select

from bot.alerts import alert_blocks
from storage.lead_view import load_lead_card
from storage.models import Lead, StatusChange
from tests.bot.blockkit import check_view
from tests.bot.conftest import ALLOWED, ALLOWED_CHANNEL, CHANNEL, OTHER, Bot
from tests.bot.factories import add_conversation, add_lead, add_leads, add_merge

TS = "1700000000.000042"


def _alert_message(bot: Bot, lead_id: int) -> dict:
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
                return {**e, "block_id": block.get("block_id", "b1")}
    raise AssertionError(f"no {action_id} in the message")


def _button(message: dict, status: str) -> dict:
    e = _element(message, f"lead_status:{status}")
    return {"action_id": e["action_id"], "type": "button", "value": e["value"], "text": e["text"]}


def _select(message: dict, status: str) -> dict:
    e = _element(message, "lead_status_select")
    (option,) = [o for o in e["options"] if o["text"]["text"] == status]
    return {"action_id": "lead_status_select", "type": "static_select", "selected_option": option}


def _lead(bot: Bot, lead_id: int) -> Lead:
    with Session(bot.engine) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        return lead


def _audit(bot: Bot, lead_id: int) -> list[StatusChange]:
    with Session(bot.engine) as s:
        return list(s.exec(select(StatusChange).where(StatusChange.lead_id == lead_id)))


def _click_alert(bot: Bot, lead_id: int, action: dict, *, user: str = ALLOWED, **kw) -> None:
    message = _alert_message(bot, lead_id)
    status, _ = bot.slack.click(
        action, user=user, channel=kw.pop("channel", CHANNEL), message=message, message_ts=TS, **kw
    )
    assert status == 200


def test_alert_button_sets_status_and_updates_the_message_in_place(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request", score=91)
    _click_alert(bot, lead_id, _button(_alert_message(bot, lead_id), "Contacted"))
    (update,) = bot.slack.calls("chat.update")
    assert update.args["channel"] == CHANNEL and update.args["ts"] == TS
    with Session(bot.engine) as s:
        expected = alert_blocks(
            load_lead_card(s, lead_id).alert, changed_by=ALLOWED, status="Contacted"
        )
    assert update.args["blocks"] == expected
    assert "Status: *Contacted* · set by <@U0ALLOWED>" in json.dumps(
        update.args["blocks"], ensure_ascii=False
    )
    assert update.args["text"]
    assert _lead(bot, lead_id).status == "Contacted" and _lead(bot, lead_id).status_by_human
    (row,) = _audit(bot, lead_id)
    assert (row.who, row.via, row.from_status, row.to_status) == (
        ALLOWED,
        "slack",
        "Quote Request",
        "Contacted",
    )


def test_a_double_click_writes_one_audit_row(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    button = _button(_alert_message(bot, lead_id), "Opportunity")
    _click_alert(bot, lead_id, button)
    _click_alert(bot, lead_id, button)
    bot.slack.calls("chat.update", n=2)
    assert len(_audit(bot, lead_id)) == 1
    assert _lead(bot, lead_id).status == "Opportunity"


def test_the_select_sets_any_of_the_nine(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    _click_alert(bot, lead_id, _select(_alert_message(bot, lead_id), "Waiting Response"))
    (update,) = bot.slack.calls("chat.update")
    assert _lead(bot, lead_id).status == "Waiting Response"
    assert "Status: *Waiting Response*" in json.dumps(update.args["blocks"], ensure_ascii=False)


def test_someone_not_allowed_gets_told_and_nothing_changes(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    _click_alert(bot, lead_id, _button(_alert_message(bot, lead_id), "Spam"), user=OTHER)
    (answer,) = bot.slack.responses("a1")
    assert answer["text"].startswith("Sorry, you can't change lead statuses here.")
    assert answer["response_type"] == "ephemeral" and answer["replace_original"] is False
    bot.slack.settle()
    assert not bot.fake.calls_to("chat.update")
    assert _lead(bot, lead_id).status == "Quote Request" and _audit(bot, lead_id) == []


def test_anyone_may_click_in_an_allowed_channel(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    button = _button(_alert_message(bot, lead_id), "Spam")
    _click_alert(bot, lead_id, button, user=OTHER, channel=ALLOWED_CHANNEL)
    bot.slack.calls("chat.update")
    assert _lead(bot, lead_id).status == "Spam"
    assert _audit(bot, lead_id)[0].who == OTHER


def test_a_rate_limited_update_is_retried(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    bot.fake.rate_limit("chat.update", times=1, retry_after=1)
    _click_alert(bot, lead_id, _button(_alert_message(bot, lead_id), "Contacted"))
    first, second = bot.slack.calls("chat.update", n=2)
    assert first.args["ts"] == second.args["ts"] == TS
    assert bot.fake.rejected == ["chat.update"]
    assert len(_audit(bot, lead_id)) == 1


def test_a_stale_or_forged_value_changes_nothing(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    forged = {"action_id": "lead_status:Spam", "type": "button", "value": '{"lead_id": "x"}'}
    _click_alert(bot, lead_id, forged)
    (answer,) = bot.slack.responses("a1")
    assert "out of date" in answer["text"]
    assert _lead(bot, lead_id).status == "Quote Request"


def test_a_click_on_a_merged_lead_says_where_it_went(bot: Bot) -> None:
    kept = add_lead(bot.engine)
    add_merge(bot.engine, merged_id=kept + 5, kept_id=kept)
    value = json.dumps({"lead_id": kept + 5, "status": "Spam"})
    bot.slack.click(
        {"action_id": "lead_status:Spam", "type": "button", "value": value},
        user=ALLOWED,
        channel=CHANNEL,
    )
    (answer,) = bot.slack.responses("a1")
    assert answer["text"] == f"Lead {kept + 5} was merged into lead {kept}."
    assert _lead(bot, kept).status == "Quote Request"


def test_buttons_on_a_show_answer_replace_that_answer(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    bot.slack.command(f"show {lead_id}", user=ALLOWED, channel=CHANNEL)
    (card,) = bot.slack.responses("r1")
    bot.slack.click(
        _button(card, "Contacted"), user=ALLOWED, channel=CHANNEL, ephemeral=True, message=card
    )
    (updated,) = bot.slack.responses("a1")
    assert updated["replace_original"] is True
    text = json.dumps(updated, ensure_ascii=False)
    assert "✅ Lead" in text and "→ *Contacted*" in text and "by <@U0ALLOWED> (slack)" in text
    assert not bot.fake.calls_to("chat.update")  # an ephemeral message is not chat.update's
    assert _lead(bot, lead_id).status == "Contacted"


def test_details_button_shows_one_lead(bot: Bot) -> None:
    ids = add_leads(bot.engine, 2)
    bot.slack.command("list", user=OTHER, channel=CHANNEL)
    (page,) = bot.slack.responses("r1")
    row = next(b for b in page["blocks"] if b.get("block_id") == f"lead_row:{ids[0]}")
    bot.slack.click(
        {"action_id": "lead_open", "type": "button", "value": row["accessory"]["value"]},
        user=OTHER,
        channel=CHANNEL,
        ephemeral=True,
    )
    (card,) = bot.slack.responses("a1")
    assert card["replace_original"] is False and card["response_type"] == "ephemeral"
    assert any(b.get("block_id") == f"lead_show:{ids[0]}" for b in card["blocks"])


def test_view_conversation_opens_the_transcript(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, name="Ana")
    add_conversation(bot.engine, lead_id, ["Hola, ¿precio de 20 paneles?", "¡Claro! <b>Hoy</b>"])
    message = _alert_message(bot, lead_id)
    e = _element(message, "lead_view_conversation")
    bot.slack.click(
        {"action_id": e["action_id"], "type": "button", "value": e["value"]},
        user=OTHER,
        channel=CHANNEL,
        message=message,
    )
    (opened,) = bot.slack.calls("views.open")
    assert opened.args["trigger_id"].endswith(".2.trigger")
    view = opened.args["view"]
    check_view(view)
    text = json.dumps(view, ensure_ascii=False)
    assert "Hola, ¿precio de 20 paneles?" in text and "&lt;b&gt;Hoy&lt;/b&gt;" in text
    assert "*Customer*" in text and "*Agent*" in text and "2 messages" in text
    assert view["title"]["text"] == f"Lead {lead_id}"


def test_a_long_transcript_is_cut_to_the_limits_with_a_note(bot: Bot) -> None:
    lead_id = add_lead(bot.engine)
    texts = [f"message {i} " + "x" * 2500 for i in range(150)]
    add_conversation(bot.engine, lead_id, texts[:75], external_id="wa-1")
    add_conversation(bot.engine, lead_id, texts[75:], external_id="wa-2")
    bot.slack.click(
        {"action_id": "lead_view_conversation", "type": "button", "value": str(lead_id)},
        user=OTHER,
        channel=CHANNEL,
    )
    (opened,) = bot.slack.calls("views.open")
    view = opened.args["view"]
    check_view(view)  # ≤ 100 blocks, every section ≤ 3,000 characters
    footer = view["blocks"][-1]["elements"][0]["text"]
    assert footer.startswith("✂️ Cut to fit Slack: showing ") and "of 150 messages" in footer
    assert "message 0 " in json.dumps(view)


def test_view_conversation_of_an_unknown_lead(bot: Bot) -> None:
    bot.slack.click(
        {"action_id": "lead_view_conversation", "type": "button", "value": "987654"},
        user=OTHER,
        channel=CHANNEL,
    )
    (opened,) = bot.slack.calls("views.open")
    assert "There is no lead 987654" in json.dumps(opened.args["view"])


def test_opening_the_home_tab_publishes_the_dashboard(bot: Bot) -> None:
    add_lead(bot.engine, name="Top Person", score=97, status="Opportunity")
    add_leads(bot.engine, 12)
    status, _ = bot.slack.event(
        {"type": "app_home_opened", "user": OTHER, "channel": "D0HOME", "tab": "home"}
    )
    assert status == 200
    (published,) = bot.slack.calls("views.publish")
    assert published.args["user_id"] == OTHER
    view = published.args["view"]
    check_view(view)
    (figures,) = [b for b in view["blocks"] if "fields" in b]
    assert figures["fields"][0]["text"] == "*Total leads*\n13"
    text = json.dumps(view, ensure_ascii=False)
    assert "Opportunity: 1" in text and "Top 10 leads" in text
    lead_rows = [b for b in view["blocks"] if b.get("block_id", "").startswith("home_lead:")]
    assert len(lead_rows) == 10
    assert "Top Person" in json.dumps(view["blocks"][view["blocks"].index(lead_rows[0]) - 1])


def test_the_messages_tab_publishes_nothing(bot: Bot) -> None:
    bot.slack.event({"type": "app_home_opened", "user": OTHER, "channel": "D0", "tab": "messages"})
    bot.slack.settle()
    assert not bot.fake.calls_to("views.publish")


def test_home_buttons_set_status_and_refresh_home(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request", score=95)
    value = json.dumps({"lead_id": lead_id, "status": "Contacted"})
    bot.slack.click(
        {"action_id": "lead_status:Contacted", "type": "button", "value": value},
        user=ALLOWED,
        home=True,
        response=None,
        block_id=f"home_lead:{lead_id}",
    )
    (published,) = bot.slack.calls("views.publish")
    assert published.args["user_id"] == ALLOWED
    assert "Quote Request → *Contacted*" in json.dumps(published.args["view"], ensure_ascii=False)
    assert _lead(bot, lead_id).status == "Contacted"


def test_home_buttons_refuse_others_in_the_home_tab(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request", score=95)
    value = json.dumps({"lead_id": lead_id, "status": "Spam"})
    bot.slack.click(
        {"action_id": "lead_status:Spam", "type": "button", "value": value},
        user=OTHER,
        home=True,
        response=None,
    )
    (published,) = bot.slack.calls("views.publish")
    assert "Sorry, you can't change lead statuses" in json.dumps(
        published.args["view"], ensure_ascii=False
    )
    assert _lead(bot, lead_id).status == "Quote Request" and _audit(bot, lead_id) == []


def test_home_refresh_republishes(bot: Bot) -> None:
    add_leads(bot.engine, 1)
    bot.slack.click(
        {"action_id": "home_refresh", "type": "button", "value": "refresh"},
        user=OTHER,
        home=True,
        response=None,
    )
    (published,) = bot.slack.calls("views.publish")
    assert published.args["user_id"] == OTHER


def test_an_unknown_action_is_acknowledged_and_ignored(bot: Bot) -> None:
    status, _ = bot.slack.click(
        {"action_id": "something_old", "type": "button", "value": "1"}, user=OTHER, channel=CHANNEL
    )
    assert status == 200
    bot.slack.settle()
    assert bot.fake.responses_to("a1") == []

"""Click old copies of a lead's buttons: a click carries the version it saw, never undoes a newer one.

Driven as Slack sends it: signed block_actions and slash commands against the running
bot, the Web API faked. A click on a message rendered before the lead's last status
decision changes nothing (no audit row), refreshes what was clicked and says what the
lead is now; pressing the refreshed button applies. A typed command is a fresh decision.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, select

from bot.alerts import alert_blocks
from storage.lead_view import load_lead_card
from storage.models import Lead, StatusChange
from storage.queries import set_status
from tests.bot.conftest import ALLOWED, ALLOWED_CHANNEL, CHANNEL, OTHER, Bot
from tests.bot.factories import add_lead

TS = "1700000000.000042"


def _alert(bot: Bot, lead_id: int) -> dict[str, Any]:
    """Return the alert message as it is rendered now (what a channel shows)."""
    with Session(bot.engine) as s:
        blocks = alert_blocks(load_lead_card(s, lead_id).alert)
    return {"type": "message", "ts": TS, "blocks": blocks}


def _elements(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for b in message["blocks"] for e in b.get("elements", []) if "action_id" in e]


def _button(message: dict[str, Any], status: str) -> dict[str, Any]:
    (e,) = [e for e in _elements(message) if e["action_id"] == f"lead_status:{status}"]
    return {"action_id": e["action_id"], "type": "button", "value": e["value"], "text": e["text"]}


def _option(message: dict[str, Any], status: str) -> dict[str, Any]:
    (menu,) = [e for e in _elements(message) if e["action_id"] == "lead_status_select"]
    (option,) = [o for o in menu["options"] if o["text"]["text"] == status]
    return {"action_id": "lead_status_select", "type": "static_select", "selected_option": option}


def _state(bot: Bot, lead_id: int) -> tuple[str, list[tuple[str, str]]]:
    with Session(bot.engine) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        rows = s.exec(
            select(StatusChange).where(StatusChange.lead_id == lead_id).order_by(StatusChange.id)
        ).all()
        return lead.status, [(r.who, r.to_status) for r in rows]


def _click(bot: Bot, message: dict[str, Any], action: dict[str, Any], **kw: Any) -> None:
    kw.setdefault("user", ALLOWED)
    kw.setdefault("channel", CHANNEL)
    status, _ = bot.slack.click(action, message=message, message_ts=TS, **kw)
    assert status == 200


def test_a_click_on_an_old_copy_is_refused_and_refreshes_the_alert(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request", score=91)
    old = _alert(bot, lead_id)  # both people see this copy
    _click(bot, old, _button(old, "Spam"), user=OTHER, channel=ALLOWED_CHANNEL, response="x")
    bot.slack.calls("chat.update")
    assert _state(bot, lead_id) == ("Spam", [(OTHER, "Spam")])

    _click(bot, old, _button(old, "Contacted"), response="late")
    (told,) = bot.slack.responses("late")
    assert told["response_type"] == "ephemeral"
    assert "changed since this message" in told["text"]
    assert "now *Spam* by <@U0OTHER>" in told["text"] and "press *Contacted* again" in told["text"]
    assert _state(bot, lead_id) == ("Spam", [(OTHER, "Spam")])  # no write, no audit row
    # The clicked alert now shows the lead as it is, with buttons at its version.
    refreshed = bot.slack.calls("chat.update", n=2)[-1].args
    message = {"type": "message", "ts": TS, "blocks": refreshed["blocks"]}
    assert "Status: *Spam* · set by <@U0OTHER>" in json.dumps(
        refreshed["blocks"], ensure_ascii=False
    )
    assert json.loads(_button(message, "Contacted")["value"])["version"] == 1

    _click(bot, message, _button(message, "Contacted"), response="again")
    bot.slack.calls("chat.update", n=3)
    assert _state(bot, lead_id) == ("Contacted", [(OTHER, "Spam"), (ALLOWED, "Contacted")])


def test_a_late_duplicate_never_undoes_a_typed_decision(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    alert = _alert(bot, lead_id)
    contacted = _button(alert, "Contacted")
    _click(bot, alert, contacted, response="first")
    bot.slack.calls("chat.update")
    # A typed command applies whatever the lead's version: it is a fresh decision.
    bot.slack.command(f"status {lead_id} spam", user=ALLOWED, channel=CHANNEL, response="typed")
    assert "→ *Spam*" in bot.slack.responses("typed")[0]["text"]
    # The first click arrives again (a new request, so the replay guard cannot tell).
    _click(bot, alert, contacted, user=OTHER, channel=ALLOWED_CHANNEL, response="dup")
    assert "changed since this message" in bot.slack.responses("dup")[0]["text"]
    assert _state(bot, lead_id) == ("Spam", [(ALLOWED, "Contacted"), (ALLOWED, "Spam")])


def test_the_select_menu_carries_the_version_too(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    old = _alert(bot, lead_id)
    with Session(bot.engine) as s:  # a decision made elsewhere (the CLI)
        set_status(s, lead_id, "Not Interested", who="ann", via="cli")
        s.commit()
    _click(bot, old, _option(old, "Follow-up"), response="sel")
    assert "now *Not Interested* by ann" in bot.slack.responses("sel")[0]["text"]
    assert _state(bot, lead_id) == ("Not Interested", [("ann", "Not Interested")])


def test_the_same_status_on_an_old_copy_is_a_quiet_no_op(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    old = _alert(bot, lead_id)
    _click(bot, old, _button(old, "Spam"), response="one")
    bot.slack.calls("chat.update")
    _click(bot, old, _button(old, "Spam"), user=OTHER, channel=ALLOWED_CHANNEL, response="two")
    bot.slack.calls("chat.update", n=2)
    bot.slack.settle()
    assert bot.fake.responses_to("two") == []  # nothing to explain: it already is Spam
    assert _state(bot, lead_id) == ("Spam", [(ALLOWED, "Spam")])


def test_an_old_show_answer_is_refused_and_replaced_with_a_fresh_card(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    bot.slack.command(f"show {lead_id}", user=ALLOWED, channel=CHANNEL)
    (card,) = bot.slack.responses("r1")
    bot.slack.command(f"status {lead_id} opportunity", user=ALLOWED, channel=CHANNEL, response="t")
    bot.slack.responses("t")
    bot.slack.click(
        _button(card, "Spam"), user=ALLOWED, channel=CHANNEL, ephemeral=True, message=card
    )
    (fresh,) = bot.slack.responses("a1")
    assert fresh["replace_original"] is True
    text = json.dumps(fresh, ensure_ascii=False)
    assert "changed since this message" in text and "now *Opportunity*" in text
    assert json.loads(_button(fresh, "Spam")["value"])["version"] == 1
    assert _state(bot, lead_id)[0] == "Opportunity"


def test_an_old_home_tab_is_refused_and_republished(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request", score=95)
    with Session(bot.engine) as s:
        set_status(s, lead_id, "Spam", who="ann", via="cli")
        s.commit()
    stale = json.dumps({"lead_id": lead_id, "status": "Contacted", "version": 0})
    bot.slack.click(
        {"action_id": "lead_status:Contacted", "type": "button", "value": stale},
        user=ALLOWED, home=True, response=None, block_id=f"home_lead:{lead_id}",
    )  # fmt: skip
    (published,) = bot.slack.calls("views.publish")
    view = json.dumps(published.args["view"], ensure_ascii=False)
    assert "changed since this message" in view and '\\"version\\": 1' in view
    assert _state(bot, lead_id) == ("Spam", [("ann", "Spam")])


def test_a_value_from_before_versions_counts_as_version_0(bot: Bot) -> None:
    decided = add_lead(bot.engine, status="Quote Request")
    fresh = add_lead(bot.engine, status="Quote Request", name="Bo")
    with Session(bot.engine) as s:
        set_status(s, decided, "Spam", who="ann", via="cli")
        s.commit()
    for lead_id, response in ((decided, "d"), (fresh, "f")):
        value = json.dumps({"lead_id": lead_id, "status": "Contacted"})  # an old alert's value
        _click(bot, _alert(bot, lead_id),
               {"action_id": "lead_status:Contacted", "type": "button", "value": value},
               response=response)  # fmt: skip
    assert "changed since this message" in bot.slack.responses("d")[0]["text"]
    bot.slack.calls("chat.update", n=2)
    assert _state(bot, decided)[0] == "Spam"
    assert _state(bot, fresh) == ("Contacted", [(ALLOWED, "Contacted")])

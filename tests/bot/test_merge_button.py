"""Show who a lead is in Slack and merge a possible duplicate with the card's Merge button."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlmodel import Session, select

from leads.cli import main
from storage.models import Lead, LeadConversation, LeadIdentity, LeadMerge, StatusChange
from tests.bot.conftest import ALLOWED, CHANNEL, OTHER, Bot
from tests.bot.factories import T0, add_conversation, add_lead, add_merge


def _pair(bot: Bot, **second: Any) -> tuple[int, int]:
    """Insert two look-alike leads at one company, each with a conversation and identity."""
    first = add_lead(
        bot.engine, name="Ana García", email="ana.garcia@acme-corp.com", phone=None,
        status="Quote Request",
    )  # fmt: skip
    fields = {"name": "Ana Garcia", "email": "agarcia@acme-corp.com", "phone": "+34612000111"}
    fields.update(second)
    other = add_lead(bot.engine, created_at=T0.replace(hour=10), **fields)
    add_conversation(bot.engine, first, ["Hola, soy Ana García"], external_id="wa-1")
    add_conversation(bot.engine, other, ["Hi, Ana Garcia here"], external_id="wa-2")
    with Session(bot.engine) as s:
        s.add(LeadIdentity(kind="email", value="ana.garcia@acme-corp.com", lead_id=first))
        s.add(LeadIdentity(kind="email", value="agarcia@acme-corp.com", lead_id=other))
        if fields["phone"]:
            s.add(LeadIdentity(kind="phone", value=fields["phone"], lead_id=other))
        s.commit()
    return first, other


def _show(bot: Bot, lead_id: int, response: str = "r1") -> dict:
    bot.slack.command(f"show {lead_id}", user=ALLOWED, channel=CHANNEL, response=response)
    (answer,) = bot.slack.responses(response)
    return answer


def _merge_button(card: dict, other: int) -> dict:
    for block in card["blocks"]:
        if str(block.get("block_id", "")).endswith(f":{other}") and "accessory" in block:
            e = block["accessory"]
            return {"action_id": e["action_id"], "type": "button", "value": e["value"],
                    "text": e["text"]}  # fmt: skip
    raise AssertionError(f"no Merge button for lead {other}")


def _click(bot: Bot, card: dict, other: int, *, user: str = ALLOWED, response: str = "a1") -> None:
    status, _ = bot.slack.click(
        _merge_button(card, other), user=user, channel=CHANNEL, ephemeral=True, message=card,
        response=response,
    )  # fmt: skip
    assert status == 200


def _text(answer: dict) -> str:
    return json.dumps(answer, ensure_ascii=False)


def _audit(bot: Bot, lead_id: int) -> list[StatusChange]:
    with Session(bot.engine) as s:
        return list(s.exec(select(StatusChange).where(StatusChange.lead_id == lead_id)))


def _merges(bot: Bot) -> list[LeadMerge]:
    with Session(bot.engine) as s:
        return list(s.exec(select(LeadMerge).order_by(LeadMerge.id)))


def test_card_lists_merges_shared_details_and_a_possible_duplicate(
    bot: Bot, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first, other = _pair(bot)
    add_merge(bot.engine, merged_id=other + 50, kept_id=first)  # reason "same email"
    with Session(bot.engine) as s:
        s.add(
            LeadIdentity(kind="phone", value="+34911234567", lead_id=first, shared=True,
                         names=["a b", "c d", "e f", "g h"])
        )  # fmt: skip
        s.commit()
    card = _show(bot, first)
    text = _text(card)
    assert f"Merged lead {other + 50}" in text and "same email" in text
    assert "Shared phone +34911234567: seen with 4 different names" in text
    assert f"Possible duplicate of *#{other}*" in text and "Ana Garcia" in text
    button = _merge_button(card, other)
    assert json.loads(button["value"]) == {"lead_id": first, "other": other}
    assert any(b.get("block_id") == f"lead_show:{first}" for b in card["blocks"])
    # `leads show` says the same.
    assert main(["--db", db_url, "show", str(first)]) == 0
    shown = capsys.readouterr().out
    assert f"Possible duplicate of #{other}" in shown and f"Merged lead {other + 50}" in shown
    # A different name at the same company is no duplicate.
    lone = add_lead(bot.engine, name="Luis Pérez", email="luis@acme-corp.com")
    assert "Possible duplicate" not in _text(_show(bot, lone, "r2"))


def test_merge_button_merges_answers_and_unmerge_undoes_it(
    bot: Bot, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first, other = _pair(bot, status="Opportunity", status_by_human=True, score=70)
    card = _show(bot, other)  # the newer lead's card: the older one stays
    _click(bot, card, first)
    (answer,) = bot.slack.responses("a1")
    assert answer["replace_original"] is True
    text = _text(answer)
    assert f"Lead {other} merged into lead {first}" in text
    assert f"leads unmerge {other}" in text and "Quote Request → *Opportunity*" in text
    assert f"merged by {ALLOWED} in Slack" in text  # the card lists the new merge's reason
    with Session(bot.engine) as s:
        assert s.get(Lead, other) is None
        kept = s.get(Lead, first)
        assert kept is not None and kept.status == "Opportunity" and kept.status_by_human
        assert "agarcia@acme-corp.com" in kept.alt_emails and kept.phone == "+34612000111"
        links = s.exec(select(LeadConversation.lead_id)).all()
        assert sorted(links) == [first, first]
    (merge,) = _merges(bot)
    assert (merge.kept_lead_id, merge.merged_lead_id) == (first, other)
    assert merge.reason == f"merged by {ALLOWED} in Slack"
    (row,) = _audit(bot, first)
    assert (row.who, row.via, row.from_status, row.to_status) == (
        ALLOWED, "slack", "Quote Request", "Opportunity",
    )  # fmt: skip

    assert main(["--db", db_url, "unmerge", str(other)]) == 0
    capsys.readouterr()
    with Session(bot.engine) as s:
        back = s.get(Lead, other)
        kept = s.get(Lead, first)
        assert back is not None and back.status == "Opportunity" and back.name == "Ana Garcia"
        assert kept is not None and kept.status == "Quote Request" and not kept.status_by_human
        assert kept.alt_emails == [] and kept.phone is None
        assert s.exec(
            select(LeadConversation.lead_id).where(LeadConversation.lead_id == other)
        ).all() == [other]
    # The split is remembered: the pair is no longer suggested.
    assert "Possible duplicate" not in _text(_show(bot, first, "r2"))


def test_someone_not_allowed_is_told_and_nothing_merges(bot: Bot) -> None:
    first, other = _pair(bot)
    card = _show(bot, first)
    _click(bot, card, other, user=OTHER)
    (answer,) = bot.slack.responses("a1")
    assert answer["text"].startswith("Sorry, you can't merge leads here.")
    assert answer["replace_original"] is False
    with Session(bot.engine) as s:
        assert s.get(Lead, other) is not None
    assert _merges(bot) == [] and _audit(bot, first) == []


def test_a_second_click_and_a_replay_change_nothing(bot: Bot) -> None:
    first, other = _pair(bot)
    card = _show(bot, first)
    sent: list[tuple[str, str]] = []
    post = bot.slack.post

    def capture(body: str, content_type: str, **kw: Any) -> tuple[int, str]:
        sent.append((body, content_type))
        return post(body, content_type, **kw)

    bot.slack.post = capture  # type: ignore[method-assign]
    _click(bot, card, other)
    bot.slack.responses("a1")
    _click(bot, card, other, response="a2")  # a second click: a new request
    (again,) = bot.slack.responses("a2")
    assert f"Lead {other} is already part of lead {first}; nothing changed." in _text(again)
    body, content_type = sent[0]
    assert post(body, content_type) == (200, "")  # the first click, replayed
    bot.slack.settle()
    assert len(_merges(bot)) == 1 and len(_audit(bot, first)) == 1
    assert len(bot.fake.responses_to("a1")) == 1


def test_an_out_of_date_button_says_so(bot: Bot) -> None:
    first, other = _pair(bot)
    card = _show(bot, first)
    with Session(bot.engine) as s:
        lead = s.get(Lead, other)
        s.delete(lead)
        s.commit()
    _click(bot, card, other)
    (answer,) = bot.slack.responses("a1")
    assert answer["text"] == f"There is no lead {other}; nothing was merged."
    assert _merges(bot) == []

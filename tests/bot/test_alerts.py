"""Check the lead alert message: content, interactive elements, Block Kit limits, storage."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from bot.alerts import BUTTON_STATUSES, alert_blocks, alert_text
from storage.lead_view import load_lead_card
from storage.models import Conversation, Lead, LeadConversation
from storage.queries import LeadNotFound
from storage.statuses import STATUSES
from tests.bot.blockkit import check_blocks

ALERT = {
    "id": 42,
    "name": "María José de la Fuente",
    "email": "mj@fuente.es",
    "phone": "+34612345678",
    "alt_emails": [],
    "alt_phones": [],
    "agent": "Ventas Bot",
    "source": "whatsapp",
    "status": "Quote Request",
    "score": 92,
    "quality": "high",
    "created_at": "2026-11-20T09:14:00Z",
    "updated_at": "2026-11-20T09:20:00Z",
    "conversation_ids": ["wa-000123"],
    "top_factors": ["asked for a quote", "gave a phone number", "- very short chat"],
    "request": "Presupuesto para 20 paneles solares en Sevilla",
    "intent": "quote",
    "factors_for": ["asked for a quote", "gave a phone number"],
    "factors_against": ["very short chat"],
    "language": "es",
}


def _text(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def _actions(blocks: list[dict]) -> list[dict]:
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    return actions["elements"]


def test_alert_shows_the_lead() -> None:
    blocks = alert_blocks(ALERT)
    check_blocks(blocks)
    header = blocks[0]["text"]["text"]
    assert "92" in header and "High" in header and "María José" in header
    text = _text(blocks)
    for value in ("mj@fuente.es", "+34612345678", "Ventas Bot", "WhatsApp",
                  "2026-11-20T09:14:00Z", "20 paneles solares", "asked for a quote",
                  "very short chat", "Quote Request"):  # fmt: skip
        assert value in text, value


def test_alert_carries_the_exact_interactive_elements() -> None:
    elements = _actions(alert_blocks(ALERT))
    buttons = [e for e in elements if e["action_id"].startswith("lead_status:")]
    assert [b["action_id"] for b in buttons] == [f"lead_status:{s}" for s in BUTTON_STATUSES]
    assert set(BUTTON_STATUSES) == {
        "Contacted", "Quote Request", "Opportunity", "Not Interested", "Spam"
    }  # fmt: skip
    for b in buttons:
        status = b["action_id"].split(":", 1)[1]
        assert json.loads(b["value"]) == {"lead_id": 42, "status": status, "version": 0}
    (select,) = [e for e in elements if e["action_id"] == "lead_status_select"]
    assert select["type"] == "static_select"
    assert [o["text"]["text"] for o in select["options"]] == list(STATUSES)
    assert [json.loads(o["value"]) for o in select["options"]] == [
        {"lead_id": 42, "status": s, "version": 0} for s in STATUSES
    ]
    (view,) = [e for e in elements if e["action_id"] == "lead_view_conversation"]
    assert view["type"] == "button" and view["value"] == "42"


def test_status_elements_carry_the_version_the_alert_shows() -> None:
    elements = _actions(alert_blocks({**ALERT, "status_version": 7}))
    values = [e.get("value") for e in elements if e["action_id"].startswith("lead_status:")]
    values += [o["value"] for e in elements if e.get("options") for o in e["options"]]
    assert values and all(json.loads(v)["version"] == 7 for v in values)


def test_status_change_shows_new_status_and_who() -> None:
    blocks = alert_blocks(ALERT, changed_by="U0ALICE", status="Opportunity")
    check_blocks(blocks)
    (context,) = [b for b in blocks if b["type"] == "context"]
    line = context["elements"][0]["text"]
    assert "*Opportunity*" in line and "<@U0ALICE>" in line
    elements = _actions(blocks)
    (select,) = [e for e in elements if e["action_id"] == "lead_status_select"]
    assert json.loads(select["initial_option"]["value"])["status"] == "Opportunity"
    primary = [e["action_id"] for e in elements if e.get("style") == "primary"]
    assert primary == ["lead_status:Opportunity"]
    assert "set by <@U0ALICE>" in alert_text(ALERT, changed_by="U0ALICE", status="Opportunity")
    hostile = {**ALERT, "name": "<!channel> & co", "request": "<https://evil|click>"}
    text = alert_text(hostile)
    assert "<!channel>" not in text and "&lt;!channel&gt; &amp; co" in text
    assert "<https://evil|click>" not in text


def test_a_name_is_shown_verbatim_not_as_a_mention() -> None:
    blocks = alert_blocks(ALERT, changed_by="Bob <!channel>")
    text = _text(blocks)
    assert "<!channel>" not in text
    assert "Bob &lt;!channel&gt;" in text


def test_huge_values_stay_within_block_kit_limits() -> None:
    alert = {
        **ALERT,
        "name": "N" * 500,
        "email": "e" * 3000 + "@x.com",
        "request": "<quote> & " * 5000,
        "factors_for": ["f" * 900] * 40,
        "factors_against": ["a" * 900] * 40,
        "conversation_ids": [f"wa-{i:06d}" for i in range(800)],
        "id": 10**12,
    }
    blocks = alert_blocks(alert, changed_by="U" + "X" * 180, status="Potential Customer")
    check_blocks(blocks)
    assert len(alert_text(alert)) < 600


def test_alert_without_optional_parts_renders() -> None:
    alert = {"id": 1, "score": 81, "quality": "high", "top_factors": ["- no contact"]}
    blocks = alert_blocks(alert)
    check_blocks(blocks)
    assert "no contact" in _text(blocks)
    assert blocks[0]["text"]["text"].endswith("Lead 1")


def test_alert_from_lead_reads_storage(engine: Engine) -> None:
    with Session(engine) as s:
        conv = Conversation(source="widget", external_id="w-9", content_hash="h")
        lead = Lead(
            name="Ana", email="ana@x.it", source="widget", status="Opportunity", score=85,
            quality="high", top_factors=["wants a demo", "- free email"], request="demo",
            intent="opportunity", language="it", status_by_human=True,
            created_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
        )  # fmt: skip
        s.add(conv)
        s.add(lead)
        s.flush()
        s.add(LeadConversation(conversation_id=conv.id, lead_id=lead.id))
        s.commit()
        lead_id = lead.id
    with Session(engine) as s:
        alert = load_lead_card(s, lead_id).alert
        with pytest.raises(LeadNotFound):
            load_lead_card(s, lead_id + 100)
    assert alert["id"] == lead_id and alert["email"] == "ana@x.it"
    assert alert["conversation_ids"] == ["w-9"]
    assert alert["factors_for"] == ["wants a demo"]
    assert alert["factors_against"] == ["free email"]
    assert alert["request"] == "demo" and alert["language"] == "it"
    assert alert["created_at"] == "2026-11-20T09:00:00Z"
    check_blocks(alert_blocks(alert))

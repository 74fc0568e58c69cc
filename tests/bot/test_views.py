"""Push every message and view of the bot to its extremes and check Block Kit's limits hold."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from bot.filters import TOP_MAX, page_value
from bot.views import (
    conversation_modal,
    cut,
    help_message,
    home_view,
    lead_card,
    lead_line,
    leads_page,
    stats_message,
)
from storage.queries import LeadFilter, Stats
from storage.statuses import STATUSES
from tests.bot.blockkit import check_blocks, check_message, check_view

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
HUGE = "Ñ<&>" * 600  # 2,400 characters that grow when escaped


def record(i: int, **over: object) -> dict:
    base = {
        "id": i,
        "name": HUGE[:200],
        "email": ("x" * 300) + "@example.com",
        "phone": "+34612345678",
        "alt_emails": [],
        "alt_phones": [],
        "agent": "A" * 200,
        "source": "whatsapp",
        "status": "Quote Request",
        "score": 99,
        "quality": "high",
        "created_at": "2026-11-20T09:14:00Z",
        "updated_at": "2026-11-20T09:14:00Z",
        "conversation_ids": [f"wa-{n}" for n in range(300)],
        "top_factors": [HUGE[:300]] * 20,
        "request": HUGE,
        "factors_for": [HUGE[:300]] * 10,
        "factors_against": [HUGE[:300]] * 10,
    }
    base.update(over)
    return base


def test_the_biggest_top_fits_one_message() -> None:
    message = leads_page(
        [record(i) for i in range(TOP_MAX)],
        heading="Top 25 leads · " + "x" * 5000,
        start=0,
        total=10**6,
        next_value=page_value(
            LeadFilter(agent="A" * 200, status="Quote Request"), "score", 999_975
        ),
        note="n" * 4000,
    )
    check_message(message)
    assert len(message["blocks"]) <= 50


def test_escaping_never_leaves_half_an_entity() -> None:
    text = "&amp;" * 1000
    assert cut(text, 2999).endswith("…")
    assert not cut(text, 2999)[:-1].endswith(("&", "&a", "&am", "&amp"))
    assert cut("short", 10) == "short"


def test_lead_line_escapes_markup() -> None:
    line = lead_line(record(1, name="<!channel> *bold*", email="a@b.c"))
    assert "<!channel>" not in line and "&lt;!channel&gt;" in line


def test_the_lead_card_fits_with_a_long_history() -> None:
    changes = [
        SimpleNamespace(
            at=NOW,
            who="U0ALLOWED",
            from_status=STATUSES[i % 9],
            to_status=STATUSES[(i + 1) % 9],
            via="slack",
        )
        for i in range(40)
    ]
    message = lead_card(record(7), changes, changed_by="U0ALLOWED", notice="y" * 5000)
    check_message(message)
    assert "(35 earlier)" in json.dumps(message)


def test_stats_with_hundreds_of_agents_fit() -> None:
    st = Stats(
        total=1_000_000,
        high=123_456,
        medium=234_567,
        low=1,
        very_low=2,
        average_score=55.5,
        by_status={s: 111_111 for s in STATUSES},
        by_source={"whatsapp": 500_000, "widget": 500_000},
        by_agent={f"Agent {'x' * 150} {i}": 1000 for i in range(500)},
        deliveries_failed=3,
        last_delivery_error="channel_not_found " * 100,
    )
    message = stats_message(st, "all leads " * 30)
    check_message(message)
    text = json.dumps(message, ensure_ascii=False)
    assert "+485 more: 485,000" in text and "1,000,000" in text


def test_help_fits_with_any_note() -> None:
    check_message(help_message("I don't know the command '" + HUGE + "'."))


def test_home_with_ten_huge_leads_fits() -> None:
    st = Stats(total=10, high=10, average_score=99.0, by_status={"Quote Request": 10})
    view = home_view(st, [record(i) for i in range(10)], now=NOW, notice="z" * 4000)
    check_view(view)
    assert view["type"] == "home"


def test_home_with_no_leads_says_so() -> None:
    view = home_view(Stats(), [], now=NOW)
    check_view(view)
    assert "No leads yet" in json.dumps(view)


@pytest.mark.parametrize(
    ("messages", "lengths", "is_cut"),
    [
        (1, 10, False),
        (40, 50, False),
        (5, 100_000, True),  # a few enormous messages
        (2_000, 20, True),  # very many short ones
        (300, 2_900, True),  # each almost a section by itself
    ],
)
def test_transcripts_are_cut_to_the_modal_limits(messages: int, lengths: int, is_cut: bool) -> None:
    convs = [
        {
            "id": f"wa-{c}",
            "source": "whatsapp",
            "started_at": "2026-11-20T09:14:00Z",
            "messages": [
                {"role": "customer" if i % 2 == 0 else "agent", "text": "<" * lengths, "at": None}
                for i in range(messages)
            ],
        }
        for c in range(3)
    ]
    view = conversation_modal(123456789012, HUGE, convs, note=HUGE)
    check_view(view)
    footer = view["blocks"][-1]["elements"][0]["text"]
    if is_cut:
        assert footer.startswith("✂️ Cut to fit Slack") and "leads show 123456789012" in footer
    else:
        assert footer.startswith(f"{messages * 3} messages")


def test_check_blocks_itself_fails_on_each_limit() -> None:
    def section(text: str) -> dict:
        return {"type": "section", "text": {"type": "mrkdwn", "text": text}}

    button = {"type": "button", "action_id": "a", "text": {"type": "plain_text", "text": "b"}}
    broken = [
        [section("x")] * 51,
        [section("x" * 3001)],
        [{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}],
        [{"type": "actions", "elements": [{**button, "value": "v" * 2001}]}],
        [{"type": "actions", "elements": [{**button, "action_id": "a" * 256}]}],
        [{"type": "actions", "elements": [button, button]}],
        [{"type": "section", "block_id": "same", "text": {"type": "mrkdwn", "text": "x"}}] * 2,
        [
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "static_select",
                        "action_id": "s",
                        "options": [
                            {"text": {"type": "plain_text", "text": "o" * 76}, "value": "1"}
                        ],
                    }
                ],
            }
        ],
        [{"type": "rich_unknown"}],
    ]
    for blocks in broken:
        with pytest.raises(AssertionError):
            check_blocks(blocks)
    with pytest.raises(AssertionError):
        check_view({"type": "modal", "title": {"text": "t" * 25}, "blocks": [section("x")]})
    with pytest.raises(AssertionError):
        check_view({"type": "home", "blocks": [section("x")] * 101})
    check_view({"type": "home", "blocks": [section("x")] * 100})  # the limit itself is fine

"""Check Block Kit payloads against the limits Slack enforces (shared by the bot tests).

`check_blocks` checks one message's blocks, `check_view` a modal or Home tab, and
`check_fake` every payload a FakeSlack received (Web API calls and response_url posts).
"""

from __future__ import annotations

import json
from typing import Any

MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
SECTION_TEXT = 3000
FIELD_TEXT = 2000
MAX_FIELDS = 10
HEADER_TEXT = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
OPTION_TEXT = 75
OPTION_VALUE = 150
MAX_OPTIONS = 100
ACTION_ID = 255
BLOCK_ID = 255
ACTIONS_ELEMENTS = 25
CONTEXT_ELEMENTS = 10
MESSAGE_TEXT = 40_000
VIEW_TITLE = 24
PRIVATE_METADATA = 3000
CALLBACK_ID = 255
_MESSAGE_METHODS = ("chat.postMessage", "chat.update", "chat.postEphemeral", "chat.scheduleMessage")
_VIEW_METHODS = ("views.open", "views.publish", "views.update", "views.push")


def _check_element(i: int, e: dict[str, Any]) -> None:
    aid = e.get("action_id", "")
    assert len(aid) <= ACTION_ID, f"block {i}: action_id longer than {ACTION_ID}"
    if e["type"] == "button":
        assert 0 < len(e["text"]["text"]) <= BUTTON_TEXT, f"block {i}: button text"
        assert e["text"]["type"] == "plain_text", f"block {i}: button text must be plain_text"
        assert len(e.get("value", "")) <= BUTTON_VALUE, f"block {i}: button value too long"
    elif e["type"] in ("static_select", "overflow"):
        assert 0 < len(e["options"]) <= MAX_OPTIONS, f"block {i}: options"
        for o in e["options"]:
            assert 0 < len(o["text"]["text"]) <= OPTION_TEXT, f"block {i}: option text"
            assert len(o["value"]) <= OPTION_VALUE, f"block {i}: option value too long"
        if "initial_option" in e:
            assert e["initial_option"] in e["options"], f"block {i}: initial_option not an option"


def check_blocks(blocks: list[dict[str, Any]], *, max_blocks: int = MAX_BLOCKS) -> None:
    """Raise AssertionError naming the first Block Kit limit that `blocks` break."""
    assert isinstance(blocks, list) and 0 < len(blocks) <= max_blocks, len(blocks)
    block_ids: set[str] = set()
    for i, block in enumerate(blocks):
        kind = block["type"]
        if "block_id" in block:
            bid = block["block_id"]
            assert 0 < len(bid) <= BLOCK_ID, f"block {i}: block_id length"
            assert bid not in block_ids, f"duplicate block_id {bid}"
            block_ids.add(bid)
        if kind == "header":
            assert block["text"]["type"] == "plain_text"
            assert 0 < len(block["text"]["text"]) <= HEADER_TEXT, f"block {i} header too long"
        elif kind == "section":
            assert "text" in block or "fields" in block, f"block {i} section is empty"
            if "text" in block:
                assert 0 < len(block["text"]["text"]) <= SECTION_TEXT, f"block {i} text too long"
            fields = block.get("fields", [])
            assert len(fields) <= MAX_FIELDS, f"block {i} has {len(fields)} fields"
            for f in fields:
                assert 0 < len(f["text"]) <= FIELD_TEXT, f"block {i} field too long"
            if "accessory" in block:
                _check_element(i, block["accessory"])
        elif kind == "context":
            assert 0 < len(block["elements"]) <= CONTEXT_ELEMENTS
            for e in block["elements"]:
                assert 0 < len(e.get("text", "x")) <= SECTION_TEXT, f"block {i} context text"
        elif kind == "actions":
            assert 0 < len(block["elements"]) <= ACTIONS_ELEMENTS
            # Slack wants action ids unique within their block (the same id may repeat
            # in another block, e.g. one status button per lead of a list).
            action_ids: set[str] = set()
            for e in block["elements"]:
                aid = e["action_id"]
                assert aid not in action_ids, f"duplicate action_id {aid} in block {i}"
                action_ids.add(aid)
                _check_element(i, e)
        elif kind in ("divider", "image"):
            pass
        else:
            raise AssertionError(f"unexpected block type {kind}")


def check_view(view: dict[str, Any]) -> None:
    """Raise AssertionError naming the first limit a modal or Home tab view breaks."""
    assert view["type"] in ("modal", "home"), view["type"]
    check_blocks(view["blocks"], max_blocks=MAX_VIEW_BLOCKS)
    if view["type"] == "modal":
        assert 0 < len(view["title"]["text"]) <= VIEW_TITLE, "modal title too long"
        for button in ("close", "submit"):
            if button in view:
                assert 0 < len(view[button]["text"]) <= VIEW_TITLE, f"modal {button} too long"
    assert len(view.get("private_metadata", "")) <= PRIVATE_METADATA
    assert len(view.get("callback_id", "")) <= CALLBACK_ID


def check_message(message: dict[str, Any]) -> None:
    """Raise AssertionError when a message body (chat.* arguments, a response) breaks a limit."""
    assert len(message.get("text") or "") <= MESSAGE_TEXT, "message text too long"
    blocks = message.get("blocks")
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    if blocks:
        check_blocks(blocks)


def check_fake(fake: Any) -> int:
    """Check every payload `fake` (a FakeSlack) received; return how many were checked."""
    checked = 0
    for call in fake.calls:
        if call.method in _MESSAGE_METHODS:
            check_message(call.args)
            checked += 1
        elif call.method in _VIEW_METHODS:
            view = call.args["view"]
            check_view(json.loads(view) if isinstance(view, str) else view)
            checked += 1
    for _name, body in fake.responses:
        check_message(body)
        checked += 1
    return checked

"""Check Block Kit payloads against the limits Slack enforces (shared by the bot tests)."""

from __future__ import annotations

from typing import Any

MAX_BLOCKS = 50
SECTION_TEXT = 3000
FIELD_TEXT = 2000
MAX_FIELDS = 10
HEADER_TEXT = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
OPTION_TEXT = 75
OPTION_VALUE = 150
ACTION_ID = 255
ACTIONS_ELEMENTS = 25
CONTEXT_ELEMENTS = 10


def check_blocks(blocks: list[dict[str, Any]]) -> None:
    """Raise AssertionError naming the first Block Kit limit that `blocks` break."""
    assert isinstance(blocks, list) and 0 < len(blocks) <= MAX_BLOCKS, len(blocks)
    action_ids: set[str] = set()
    for i, block in enumerate(blocks):
        kind = block["type"]
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
        elif kind == "context":
            assert 0 < len(block["elements"]) <= CONTEXT_ELEMENTS
            for e in block["elements"]:
                assert len(e.get("text", "")) <= SECTION_TEXT
        elif kind == "actions":
            assert 0 < len(block["elements"]) <= ACTIONS_ELEMENTS
            for e in block["elements"]:
                aid = e["action_id"]
                assert len(aid) <= ACTION_ID
                assert aid not in action_ids, f"duplicate action_id {aid}"
                action_ids.add(aid)
                if e["type"] == "button":
                    assert 0 < len(e["text"]["text"]) <= BUTTON_TEXT
                    assert len(e.get("value", "")) <= BUTTON_VALUE
                if e["type"] == "static_select":
                    assert 0 < len(e["options"]) <= 100
                    for o in e["options"]:
                        assert len(o["text"]["text"]) <= OPTION_TEXT
                        assert len(o["value"]) <= OPTION_VALUE
        elif kind in ("divider", "image"):
            pass
        else:
            raise AssertionError(f"unexpected block type {kind}")

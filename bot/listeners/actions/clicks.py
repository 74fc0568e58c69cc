"""Read who clicked where, and answer the clicker alone: shared by the action listeners."""

from __future__ import annotations

from typing import Any

from slack_bolt import Respond
from slack_sdk import WebClient


def clicked_in(body: dict[str, Any]) -> tuple[str, str | None, dict[str, Any]]:
    """Return (user, channel, container) of a click."""
    container = body.get("container") or {}
    user = (body.get("user") or {}).get("id") or ""
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    return user, channel, container


def tell(body: dict[str, Any], respond: Respond, client: WebClient, user: str, text: str) -> None:
    """Say `text` to the clicker only."""
    if body.get("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)
        return
    container = body.get("container") or {}
    if container.get("channel_id"):
        client.chat_postEphemeral(channel=container["channel_id"], user=user, text=text)

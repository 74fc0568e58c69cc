"""Build and send webhook deliveries exactly as WhatsApp, Chatwoot and chat tools sign them."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import time
from typing import Any
from urllib.parse import urlsplit

WA_SECRET = "wa-app-secret"
WA_VERIFY = "wa-verify-token"
CW_TOKEN = "cw-path-token"
CHAT_SECRET = "chat-secret"
BUSINESS = "15550001111"


def env() -> dict[str, str]:
    """Return the capture secrets as `leads serve` reads them."""
    return {
        "WHATSAPP_VERIFY_TOKEN": WA_VERIFY,
        "WHATSAPP_APP_SECRET": WA_SECRET,
        "CHATWOOT_WEBHOOK_TOKEN": CW_TOKEN,
        "LEADS_WEBHOOK_SECRET": CHAT_SECRET,
    }


def request(
    base: str, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> tuple[int, str]:
    """Send one request; return (status, body text)."""
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.request(method, path, body=body or None, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def wa_message(
    msg_id: str, sender: str, ts: int, kind: str = "text", **fields: Any
) -> dict[str, Any]:
    """Return one Cloud API inbound message of `kind` (text body by default)."""
    msg: dict[str, Any] = {"from": sender, "id": msg_id, "timestamp": str(ts), "type": kind}
    if kind == "text":
        msg["text"] = {"body": fields.get("body", "hello")}
    else:
        msg[kind] = fields
    return msg


def wa_payload(
    messages: list[dict[str, Any]], sender: str = "34612345678", name: str = "Javi"
) -> bytes:
    """Return a notification body as Meta sends it, for `messages` from `sender`."""
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": BUSINESS, "phone_number_id": "1234567890"},
        "contacts": [{"profile": {"name": name}, "wa_id": sender}],
        "messages": messages,
    }
    doc = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "WABA_ID", "changes": [{"value": value, "field": "messages"}]}],
    }
    return json.dumps(doc).encode()


def wa_headers(body: bytes, secret: str = WA_SECRET) -> dict[str, str]:
    """Return the headers Meta signs a delivery with."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Hub-Signature-256": f"sha256={digest}"}


def chat_headers(body: bytes, ts: int | None = None, secret: str = CHAT_SECRET) -> dict[str, str]:
    """Return the X-Leads-* headers for the generic route."""
    stamp = str(int(time.time()) if ts is None else ts)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256)
    return {
        "Content-Type": "application/json",
        "X-Leads-Timestamp": stamp,
        "X-Leads-Signature": f"v0={digest.hexdigest()}",
    }


def chatwoot_message(
    msg_id: int,
    conv_id: int,
    content: str,
    message_type: str = "incoming",
    *,
    private: bool = False,
    created_at: str = "2026-12-01 10:00:00 UTC",
) -> bytes:
    """Return a Chatwoot message_created event from a web widget conversation."""
    contact = {
        "id": 7,
        "name": "Ana Lopez",
        "email": "ana@lopez-design.example",
        "phone_number": "+34600111222",
        "type": "contact",
    }
    doc = {
        "event": "message_created",
        "id": msg_id,
        "content": content,
        "created_at": created_at,
        "message_type": message_type,
        "content_type": "text",
        "private": private,
        "sender": contact if message_type == "incoming" else {"id": 1, "type": "user"},
        "account": {"id": 1, "name": "Acme"},
        "inbox": {"id": 3, "name": "Website"},
        "conversation": {
            "id": conv_id,
            "channel": "Channel::WebWidget",
            "inbox_id": 3,
            "meta": {"sender": contact, "assignee": {"id": 1, "name": "Sales Assistant"}},
        },
    }
    return json.dumps(doc).encode()

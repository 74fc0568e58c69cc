"""Turn live webhook bodies (WhatsApp Cloud API, Chatwoot, the generic chat route) into records.

Pure functions: bytes in, a `Capture` out, or `PayloadError` with a reason that never
quotes the input. Nothing here touches the database; `jobs.ingest.store` stores captures.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from jobs.ingest.schema import MAX_TEXT, ConversationIn, describe
from jobs.ingest.webhook import WebhookPayload
from storage.conversations import ConversationData, MessageData

CHATWOOT_EVENTS = frozenset(
    {"message_created", "conversation_created", "conversation_updated", "contact_updated"}
)
# Chatwoot's message_type, sent as a name or (older versions) as its enum number.
_CW_TYPES = {0: "incoming", 1: "outgoing", 2: "activity", 3: "template"}


class PayloadError(ValueError):
    """Say why a webhook body is not what its route expects (no personal data)."""


@dataclass
class Capture:
    """Carry the conversations one delivery holds.

    `sessions=True` (WhatsApp): each record's `external_id` names a customer + business
    pair, not a conversation; the store step assigns each message to a session.
    """

    conversations: list[ConversationData] = field(default_factory=list)
    sessions: bool = False


def _digits(value: str | None) -> str:
    return re.sub(r"\D", "", value or "")


def parse_whatsapp(body: bytes) -> Capture:
    """Return the customer messages of one Cloud API notification (statuses are ignored)."""
    try:
        payload = WebhookPayload.model_validate_json(body)
    except ValidationError as exc:
        raise PayloadError(describe(exc)) from None
    families: dict[str, ConversationData] = {}
    for entry in payload.entry:
        for change in entry.changes:
            value = change.value
            names = {c.wa_id: c.profile.name for c in value.contacts if c.wa_id and c.profile}
            meta = value.metadata
            business = _digits(meta.display_phone_number if meta else None) or (
                _digits(meta.phone_number_id if meta else None) or "unknown"
            )
            for msg in value.messages:
                at = datetime.fromtimestamp(msg.timestamp, UTC)
                key = f"wa-{business}-{msg.sender}"
                conv = families.get(key)
                if conv is None:
                    conv = families[key] = ConversationData(
                        source="whatsapp",
                        external_id=key,
                        messages=[],
                        agent=meta.display_phone_number if meta else None,
                        started_at=at,
                        contact_name=names.get(msg.sender),
                        contact_phone=f"+{msg.sender}",
                        append=True,
                    )
                text = msg.text_or_placeholder()[:MAX_TEXT]
                conv.messages.append(MessageData("customer", text, at, msg.id))
    for conv in families.values():
        conv.messages.sort(key=lambda m: m.at or conv.started_at)
        conv.started_at = conv.messages[0].at
    return Capture(list(families.values()), sessions=True)


def parse_chat(body: bytes) -> Capture:
    """Return the one conversation (project import format) the generic route carries."""
    try:
        conv = ConversationIn.model_validate_json(body)
    except ValidationError as exc:
        raise PayloadError(describe(exc)) from None
    # A chat tool may resend a conversation with only its latest messages: merge, never replace.
    return Capture([conv.to_data(append=True)])


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PayloadError(f"{where} is not a JSON object")
    return value


def _when(value: Any) -> datetime | None:
    """Read Chatwoot's times: Unix seconds, or "2020-03-03 13:05:57 UTC", or ISO 8601."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if not 0 <= value <= 4_102_444_800:
            raise PayloadError("created_at is out of range")
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str) and value:
        text = value.strip().removesuffix(" UTC").replace(" ", "T", 1)
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise PayloadError("created_at is not a time") from None
        return when.replace(tzinfo=UTC) if when.utcoffset() is None else when.astimezone(UTC)
    return None


def _text(value: Any, limit: int = 200) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.replace("\x00", "")[:limit]


def _cw_message(msg: dict[str, Any]) -> MessageData | None:
    """Return one Chatwoot message as ours, or None for a private note or activity."""
    kind = msg.get("message_type")
    kind = _CW_TYPES.get(kind, kind) if isinstance(kind, int) else kind
    if msg.get("private") is True or kind not in ("incoming", "outgoing", "template"):
        return None
    text = _text(msg.get("content"), MAX_TEXT)
    if text is None:
        attachments = msg.get("attachments")
        if not attachments:
            return None
        first = attachments[0] if isinstance(attachments, list) and attachments else {}
        kind_name = _text(first.get("file_type")) if isinstance(first, dict) else None
        text = f"[{kind_name or 'attachment'}]"
    role = "customer" if kind == "incoming" else "agent"
    msg_id = msg.get("id")
    external = str(msg_id) if isinstance(msg_id, int | str) and str(msg_id) else None
    if external is not None and len(external) > 100:
        raise PayloadError("message id longer than 100 characters")
    return MessageData(role, text, _when(msg.get("created_at")), external)


def _account_id(doc: dict[str, Any]) -> str:
    account = doc.get("account")
    value = account.get("id", 0) if isinstance(account, dict) else 0
    return str(value) if isinstance(value, int | str) else "0"


def parse_chatwoot(body: bytes) -> Capture:
    """Return the conversation a Chatwoot account webhook carries (other events: none)."""
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PayloadError(f"not valid JSON ({exc.__class__.__name__})") from None
    doc = _object(doc, "the body")
    event = doc.get("event")
    if not isinstance(event, str):
        raise PayloadError("missing field event")
    if event not in CHATWOOT_EVENTS or event == "contact_updated":
        # contact_updated names no conversation: its details arrive with the next message.
        return Capture()
    if event == "message_created":
        conversation = _object(doc.get("conversation"), "conversation")
        messages = [doc]
    else:
        conversation = doc  # conversation_* events carry the conversation itself
        found = doc.get("messages")
        messages = [m for m in found if isinstance(m, dict)] if isinstance(found, list) else []
    conv_id = conversation.get("id")
    if not isinstance(conv_id, int | str) or not str(conv_id):
        raise PayloadError("missing field conversation.id")
    if not isinstance(account_id := _account_id(doc), str) or len(f"{account_id}{conv_id}") > 150:
        raise PayloadError("conversation.id or account.id is too long")
    parsed = [m for m in (_cw_message(m) for m in messages) if m is not None]
    if not parsed:
        return Capture()  # a private note, an activity line, a conversation without messages
    channel = str(conversation.get("channel") or "")
    meta = conversation.get("meta") if isinstance(conversation.get("meta"), dict) else {}
    contact = meta.get("sender") if isinstance(meta, dict) else None
    if not isinstance(contact, dict):
        sender = doc.get("sender")
        contact = sender if isinstance(sender, dict) and sender.get("type") == "contact" else {}
    assignee = meta.get("assignee") if isinstance(meta, dict) else None
    agent = _text(assignee.get("name")) if isinstance(assignee, dict) else None
    inbox = doc.get("inbox") if isinstance(doc.get("inbox"), dict) else {}
    agent = agent or (_text(inbox.get("name")) if isinstance(inbox, dict) else None)
    phone = _text(contact.get("phone_number"), 64)
    first_at = next((m.at for m in parsed if m.at), None)
    return Capture(
        [
            ConversationData(
                source="whatsapp" if "whatsapp" in channel.casefold() else "widget",
                external_id=f"cw-{account_id}-{conv_id}",
                messages=sorted(parsed, key=lambda m: m.at or datetime.min.replace(tzinfo=UTC)),
                agent=agent,
                started_at=first_at,
                contact_name=_text(contact.get("name")),
                contact_phone=phone,
                append=True,
                # the pre-chat form's address; extraction checks it is one
                contact_email=_text(contact.get("email"), 320),
            )
        ]
    )

"""Read WhatsApp Cloud API webhook payloads: one conversation per sender per day.

A file holds one payload, an array of them, several concatenated, or one per line (the
form to use for large volumes: only that form is streamed). Every payload's text messages
are grouped by sender and UTC day into `wa-<from>-<YYYYMMDD>`; a later payload appends to
that conversation, and a message delivered twice (webhooks retry) is stored once (the
message table has no column for WhatsApp's message id, so sender, time and text identify
a message). A payload that fails validation is rejected whole, with the line it starts on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from jobs.ingest.base import Item, Options, Rejected, decode
from jobs.ingest.schema import Name, Text, describe
from storage.conversations import ConversationData, MessageData


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class WAText(_Model):
    body: Text


class WACaption(_Model):
    caption: Text | None = None


class WAButton(_Model):
    text: Text | None = None


class WAReply(_Model):
    title: Text | None = None


class WAInteractive(_Model):
    button_reply: WAReply | None = None
    list_reply: WAReply | None = None


class WALocation(_Model):
    name: Text | None = None
    address: Text | None = None


class WAReaction(_Model):
    emoji: Text | None = None


class WAMessage(_Model):
    """Validate one inbound message; only the fields that carry text are read."""

    sender: Annotated[str, Field(alias="from", min_length=1, max_length=32, pattern=r"^\d+$")]
    id: Annotated[str, Field(max_length=200)] | None = None
    # Unix seconds (sent as a string); bounded so a corrupt value cannot overflow a date.
    timestamp: Annotated[int, Field(ge=0, le=4_102_444_800)]
    type: str = "text"
    text: WAText | None = None
    image: WACaption | None = None
    video: WACaption | None = None
    document: WACaption | None = None
    button: WAButton | None = None
    interactive: WAInteractive | None = None
    location: WALocation | None = None
    reaction: WAReaction | None = None

    def text_or_placeholder(self) -> str:
        """Return what the person wrote, or a short placeholder naming the message type.

        Live capture never drops a message silently: an image without a caption is still
        "[image]", a location "[location: name, address]", a reaction "[reaction 👍]".
        """
        body = self.body()
        if self.type == "text" and body:
            return body
        if self.type in ("button", "interactive") and body:
            return body
        detail = body
        if self.location is not None:
            detail = ", ".join(p for p in (self.location.name, self.location.address) if p)
        elif self.reaction is not None:
            detail = self.reaction.emoji
        kind = self.type or "message"
        return f"[{kind}: {detail}]" if detail else f"[{kind}]"

    def body(self) -> str | None:
        """Return the text a person wrote, or None for a message without any."""
        if self.text is not None:
            return self.text.body
        media = self.image or self.video or self.document
        if media is not None:
            return media.caption
        if self.button is not None:
            return self.button.text
        if self.interactive is not None:
            reply = self.interactive.button_reply or self.interactive.list_reply
            return reply.title if reply else None
        return None


class WAProfile(_Model):
    name: Name | None = None


class WAContact(_Model):
    profile: WAProfile | None = None
    wa_id: str | None = None


class WAMetadata(_Model):
    display_phone_number: Name | None = None
    phone_number_id: Name | None = None


class WAValue(_Model):
    metadata: WAMetadata | None = None
    contacts: list[WAContact] = []
    messages: list[WAMessage] = []


class WAChange(_Model):
    value: WAValue


class WAEntry(_Model):
    changes: list[WAChange] = []


class WebhookPayload(_Model):
    """Validate one webhook delivery (`object` is usually "whatsapp_business_account")."""

    entry: list[WAEntry]


def conversations(payload: WebhookPayload, opts: Options) -> Iterator[ConversationData]:
    """Yield one appendable conversation per sender and UTC day found in `payload`."""
    groups: dict[str, ConversationData] = {}
    for entry in payload.entry:
        for change in entry.changes:
            value = change.value
            names = {c.wa_id: c.profile.name for c in value.contacts if c.wa_id and c.profile}
            business = value.metadata.display_phone_number if value.metadata else None
            for msg in value.messages:
                body = msg.body()
                if not body:
                    continue  # reactions, stickers, media without a caption: nothing to read
                at = datetime.fromtimestamp(msg.timestamp, UTC)
                key = f"wa-{msg.sender}-{at:%Y%m%d}"
                conv = groups.get(key)
                if conv is None:
                    conv = groups[key] = ConversationData(
                        source=opts.source or "whatsapp",
                        external_id=key,
                        messages=[],
                        agent=opts.agent or business,
                        started_at=at,
                        contact_name=names.get(msg.sender),
                        contact_phone=f"+{msg.sender}",
                        append=True,
                    )
                conv.messages.append(MessageData("customer", body, at))
    for conv in groups.values():
        conv.messages.sort(key=lambda m: m.at or conv.started_at)
        conv.started_at = conv.messages[0].at
        yield conv


def parse(lines: Iterable[tuple[int, bytes]], opts: Options) -> Iterator[Item]:
    """Yield the conversations of every payload and one rejection per bad payload."""
    it = iter(lines)
    for lineno, raw in it:
        if not raw.strip():
            continue
        first = decode(raw)
        if isinstance(first, Rejected):
            yield Rejected(lineno, first.reason)
            continue
        if _is_object(first):
            yield from _parse_line(lineno, first, opts)
            yield from _by_line(it, opts)
        else:
            yield from _by_document(lineno, raw, it, opts)
        return


def _is_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _parse_line(lineno: int, text: str, opts: Options) -> Iterator[Item]:
    try:
        payload = WebhookPayload.model_validate_json(text)
    except ValidationError as exc:
        yield Rejected(lineno, describe(exc))
        return
    yield from conversations(payload, opts)


def _by_line(lines: Iterator[tuple[int, bytes]], opts: Options) -> Iterator[Item]:
    for lineno, raw in lines:
        if not raw.strip():
            continue
        text = decode(raw)
        if isinstance(text, Rejected):
            yield Rejected(lineno, text.reason)
        else:
            yield from _parse_line(lineno, text, opts)


def _by_document(
    first_line: int, first: bytes, rest: Iterator[tuple[int, bytes]], opts: Options
) -> Iterator[Item]:
    """Parse a pretty-printed payload, an array or concatenated payloads, read whole."""
    data = first + b"".join(raw for _, raw in rest)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        yield Rejected(line, f"invalid UTF-8 (byte 0x{data[exc.start]:02x})")
        return
    for line, value in _values(text, first_line):
        if isinstance(value, Rejected):
            yield value
            return
        try:
            payload = WebhookPayload.model_validate(value)
        except ValidationError as exc:
            yield Rejected(line, describe(exc))
            continue
        yield from conversations(payload, opts)


def _values(text: str, first_line: int) -> Iterator[tuple[int, Any]]:
    """Yield `(line, value)` for each top-level JSON value; arrays yield their items."""
    decoder = json.JSONDecoder()
    pos, line, depth = 0, first_line, 0  # depth 1: inside a top-level array
    counted = 0

    def at(p: int) -> int:
        nonlocal counted, line
        line += text.count("\n", counted, p)
        counted = p
        return line

    while True:
        while pos < len(text) and (text[pos].isspace() or (depth and text[pos] == ",")):
            pos += 1
        if pos >= len(text):
            if depth:
                yield at(pos), Rejected(at(pos), "not valid JSON (unterminated array)")
            return
        if not depth and text[pos] == "[":
            depth, pos = 1, pos + 1
            continue
        if depth and text[pos] == "]":
            depth, pos = 0, pos + 1
            continue
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield at(exc.pos), Rejected(at(exc.pos), f"not valid JSON ({exc.msg})")
            return
        yield at(pos), value
        pos = end

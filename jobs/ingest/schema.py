"""Validate imported conversations with pydantic and describe failures without personal data."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from storage.conversations import ConversationData, MessageData

MAX_TEXT = 100_000  # a pasted document fits; extraction reads a bounded part (model/extract.py)
SOURCES = ("widget", "whatsapp")
ROLES = ("customer", "agent")


def _utc(value: datetime | None) -> datetime | None:
    # A time without an offset is taken as UTC, the only zone the contract uses.
    if value is None:
        return None
    # (tzinfo, not utcoffset(): pydantic's zone answers utcoffset through Python, slowly.)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Field checks run in pydantic's core; the two Python checks (no NUL, times in UTC) run
# once per conversation in ConversationIn, as a validator per field costs several times more.
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Name = Annotated[str, Field(max_length=200)]


class MessageIn(BaseModel):
    """Validate one message of the import format."""

    model_config = ConfigDict(extra="ignore")

    role: Literal["customer", "agent"]
    text: Text
    at: datetime | None = None


class ContactIn(BaseModel):
    """Validate what the channel knows about the customer."""

    model_config = ConfigDict(extra="ignore")

    name: Name | None = None
    phone: Annotated[str, Field(max_length=64)] | None = None
    # What a widget's pre-chat form captured; read like an address the customer wrote.
    email: Annotated[str, Field(max_length=320)] | None = None


class ConversationIn(BaseModel):
    """Validate one line of the JSON Lines import format (see DESIGN.md)."""

    model_config = ConfigDict(extra="ignore")

    id: Annotated[str, Field(min_length=1, max_length=200)]
    source: Literal["widget", "whatsapp"]
    agent: Name | None = None
    started_at: datetime | None = None
    contact: ContactIn | None = None
    messages: Annotated[list[MessageIn], Field(min_length=1)]

    @model_validator(mode="after")
    def _no_nul(self, info: ValidationInfo) -> ConversationIn:
        # PostgreSQL cannot store NUL in text; refuse it here rather than fail a whole batch.
        if info.context and info.context.get("nul_free"):
            return self  # the caller saw no \u0000 escape in the raw JSON
        contact = self.contact
        fields = {"id": self.id, "agent": self.agent}
        if contact is not None:
            fields |= {
                "contact.name": contact.name,
                "contact.phone": contact.phone,
                "contact.email": contact.email,
            }
        for where, value in fields.items():
            if value and "\x00" in value:
                raise ValueError(f"{where} contains a NUL character")
        for i, m in enumerate(self.messages):
            if "\x00" in m.text:
                raise ValueError(f"messages.{i}.text contains a NUL character")
        return self

    def to_data(self, *, append: bool = False) -> ConversationData:
        """Return the plain storage form of this conversation, its times in UTC."""
        contact = self.contact
        messages = [MessageData(m.role, m.text, _utc(m.at)) for m in self.messages]
        return ConversationData(
            source=self.source,
            external_id=self.id,
            messages=messages,
            agent=self.agent,
            started_at=_utc(self.started_at) or messages[0].at,
            contact_name=contact.name if contact else None,
            contact_phone=contact.phone if contact else None,
            contact_email=contact.email if contact else None,
            append=append,
        )


def nul_free(raw: str) -> bool:
    """Return whether JSON text `raw` cannot hold a NUL character (it has no \\u0000 escape).

    JSON can carry NUL only as that escape (a raw control character is invalid JSON).
    A literal backslash before "u0000" makes this answer False, which only costs the check.
    """
    return "\\u0000" not in raw


def describe(exc: ValidationError, *, limit: int = 3) -> str:
    """Return a short reason for a validation error that never quotes the input."""
    parts = []
    errors = exc.errors(include_url=False, include_input=False)
    for err in errors[:limit]:
        loc = ".".join(str(p) for p in err["loc"])
        kind = err["type"]
        if kind == "missing":
            parts.append(f"missing field {loc}")
        elif kind == "json_invalid":
            parts.append(f"not valid JSON ({err['msg'].removeprefix('Invalid JSON: ')})")
        elif kind == "model_type" and not loc:
            parts.append("not a JSON object")
        elif kind == "literal_error" and loc.endswith("role"):
            parts.append(f"unknown role at {loc} (expected customer or agent)")
        elif kind == "literal_error" and loc == "source":
            parts.append("unknown source (expected widget or whatsapp)")
        elif kind == "too_short" and loc == "messages":
            parts.append("empty messages")
        elif kind == "string_too_long" and err.get("ctx", {}).get("max_length") == MAX_TEXT:
            parts.append(f"text longer than {MAX_TEXT:,} characters at {loc}")
        else:
            parts.append(f"{loc}: {err['msg']}" if loc else err["msg"])
    if len(errors) > limit:
        parts.append(f"and {len(errors) - limit} more")
    return "; ".join(parts)

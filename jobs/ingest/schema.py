"""Validate imported conversations with pydantic and describe failures without personal data."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from storage.conversations import ConversationData, MessageData

MAX_TEXT = 100_000  # a pasted document fits; extraction reads a bounded part (model/extract.py)
SOURCES = ("widget", "whatsapp")
ROLES = ("customer", "agent")


def _no_nul(value: str) -> str:
    # PostgreSQL cannot store NUL in text; refuse it here rather than fail a whole batch.
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    return value


def _utc(value: datetime) -> datetime:
    # A time without an offset is taken as UTC, the only zone the contract uses.
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)


Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_no_nul)]
Name = Annotated[str, Field(max_length=200), AfterValidator(_no_nul)]
When = Annotated[datetime, AfterValidator(_utc)]


class MessageIn(BaseModel):
    """Validate one message of the import format."""

    model_config = ConfigDict(extra="ignore")

    role: Literal["customer", "agent"]
    text: Text
    at: When | None = None


class ContactIn(BaseModel):
    """Validate what the channel knows about the customer."""

    model_config = ConfigDict(extra="ignore")

    name: Name | None = None
    phone: Annotated[str, Field(max_length=64), AfterValidator(_no_nul)] | None = None


class ConversationIn(BaseModel):
    """Validate one line of the JSON Lines import format (see DESIGN.md)."""

    model_config = ConfigDict(extra="ignore")

    id: Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_no_nul)]
    source: Literal["widget", "whatsapp"]
    agent: Name | None = None
    started_at: When | None = None
    contact: ContactIn | None = None
    messages: Annotated[list[MessageIn], Field(min_length=1)]

    def to_data(self, *, append: bool = False) -> ConversationData:
        """Return the plain storage form of this conversation."""
        contact = self.contact
        started = self.started_at or self.messages[0].at
        return ConversationData(
            source=self.source,
            external_id=self.id,
            messages=[MessageData(m.role, m.text, m.at) for m in self.messages],
            agent=self.agent,
            started_at=started,
            contact_name=contact.name if contact else None,
            contact_phone=contact.phone if contact else None,
            append=append,
        )


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

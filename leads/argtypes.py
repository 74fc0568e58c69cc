"""Check command-line values before anything touches the database."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

MAX_ID = 2**63 - 1  # the largest id SQLite and PostgreSQL BIGINT can hold


def lead_id(text: str) -> int:
    """Return `text` as a lead id (a whole number from 1 to 2**63-1), else a usage error."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a lead id (a whole number)") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"lead ids run from 1 to {MAX_ID}, got {text}")
    return value


def iso_time(text: str) -> datetime:
    """Return an ISO 8601 time as an aware datetime (UTC when no offset), else a usage error."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an ISO 8601 time such as 2026-12-08T09:30:00Z"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)

"""Turn leads into export rows and write them as CSV or JSON Lines, streaming."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy.orm import Session

from storage.models import Lead
from storage.queries import LeadFilter, conversation_ids, iter_leads

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "email",
    "phone",
    "alt_emails",
    "alt_phones",
    "agent",
    "source",
    "status",
    "score",
    "quality",
    "created_at",
    "updated_at",
    "conversation_ids",
    "top_factors",
    # Later columns go after the first fifteen, which never move.
    "owner",
)
_LIST_COLUMNS = ("alt_emails", "alt_phones", "conversation_ids", "top_factors")
# A spreadsheet runs a cell that starts with these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def iso_utc(value: datetime | None) -> str | None:
    """Return an ISO 8601 UTC timestamp ending in Z, or None."""
    if value is None:
        return None
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def lead_record(lead: Lead, conv_ids: list[str]) -> dict[str, Any]:
    """Return a lead as a dict keyed by the export columns (lists stay lists)."""
    return {
        "id": lead.id,
        "name": lead.name,
        "email": lead.email,
        "phone": lead.phone,
        "alt_emails": list(lead.alt_emails or []),
        "alt_phones": list(lead.alt_phones or []),
        "agent": lead.agent,
        "source": lead.source,
        "status": lead.status,
        "score": lead.score,
        "quality": lead.quality,
        "created_at": iso_utc(lead.created_at),
        "updated_at": iso_utc(lead.updated_at),
        "conversation_ids": conv_ids,
        "top_factors": list(lead.top_factors or []),
        # A lead being built by processing (a plain namespace) has no owner yet.
        "owner": getattr(lead, "owner", None),
    }


def records(
    session: Session, flt: LeadFilter = LeadFilter(), *, sort: str = "created", chunk: int = 1000
) -> Iterator[dict[str, Any]]:
    """Yield an export record for every lead matching `flt`, `chunk` leads at a time."""
    batch: list[Lead] = []
    for lead in iter_leads(session, flt, sort=sort, chunk=chunk):
        batch.append(lead)
        if len(batch) >= chunk:
            yield from _with_conversations(session, batch)
            batch = []
    yield from _with_conversations(session, batch)


def _with_conversations(session: Session, leads: list[Lead]) -> Iterator[dict[str, Any]]:
    ids = conversation_ids(session, [lead.id for lead in leads if lead.id is not None])
    for lead in leads:
        yield lead_record(lead, ids.get(lead.id or 0, []))


def neutralise(cell: str) -> str:
    """Return `cell` made inert for spreadsheets: a leading formula character gets a quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_cells(record: dict[str, Any]) -> list[str]:
    """Return one CSV row for a record: lists joined with ';', formulas neutralised."""
    cells = []
    for col in COLUMNS:
        value = record.get(col)
        if value is None:
            text = ""
        elif col in _LIST_COLUMNS:
            text = ";".join(str(v) for v in value)
        else:
            text = str(value)
        cells.append(neutralise(text))
    return cells


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write a header and one CSV line per record to `out`; return how many records."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    n = 0
    for record in rows:
        writer.writerow(csv_cells(record))
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write one JSON object per line per record to `out`; return how many records."""
    n = 0
    for record in rows:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n

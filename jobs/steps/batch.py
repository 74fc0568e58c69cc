"""Hold what one batch carries between steps: its config, counts, items and outcomes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from jobs.merge import CONVERSATION, LINK
from model.types import Extraction, Prediction
from storage.claims import Claimed

log = logging.getLogger("jobs.process")

Extractor = Callable[[dict[str, Any], str], Extraction]
Scorer = Callable[[Sequence[dict[str, Any]], Sequence[Extraction]], list[Prediction]]
# (conversation id, content hash) or ("context", id, hash) -> (extraction, prediction, error)
Cache = dict[tuple[Any, ...], tuple[Extraction | None, Prediction | None, str | None]]
# (conversation id, content hash) -> the conversation as the extraction helper read it
Docs = dict[tuple[int, str], dict[str, Any]]

# Values per IN (...) list: far below SQLite's and PostgreSQL's parameter limits.
IN_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class ProcessConfig:
    """Say how to process: batch size, alert threshold, phone region and which model.

    `model_path` wins when set; else the current model in `model_dir` that `leads train`
    accepted; else the shipped model. `max_batches` bounds one `run_once` call (None:
    until nothing is due). `conflict_retries` bounds retries of a batch that lost an
    identity race to another worker (PostgreSQL). A detail seen with more than
    `shared_key_limit` different full names merges nobody; a lead keeps at most
    `max_alternates` alternate emails and phones. `extract_workers` helper processes
    extract ahead of the batches when the backlog is large (-1: one per spare core, 1 to
    2; 0: none).
    """

    batch_size: int = 500
    alert_threshold: int = 80
    default_region: str = "US"
    model_path: str | None = ""
    model_dir: str = "models"
    max_batches: int | None = None
    conflict_retries: int = 20
    shared_key_limit: int = 3
    max_alternates: int = 10
    extract_workers: int = -1


@dataclass(slots=True)
class ProcessStats:
    """Count what processing did; `add` sums another batch's counts in."""

    claimed: int = 0
    processed: int = 0  # linked to a lead and done
    skipped: int = 0  # unchanged since last processed, or no customer message: done, no lead
    failed: int = 0
    new_leads: int = 0
    merged: int = 0
    alerts_queued: int = 0
    batches: int = 0
    retries: int = 0

    def add(self, other: ProcessStats) -> None:
        """Add another count to this one."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


class Conflict(Exception):
    """Signal that another worker changed a lead this batch read; retry the batch."""


@dataclass(slots=True)
class Item:
    """Carry one conversation through the batch."""

    row: Claimed
    doc: dict[str, Any]
    extraction: Extraction
    prediction: Prediction | None = None
    emails: tuple[tuple[str, str], ...] = ()  # (as written, identity key)
    phones: tuple[tuple[str, str], ...] = ()
    domains: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # full name at each company domain (identity keys)
    roles: frozenset[str] = frozenset()  # email keys that are team inboxes: never identities
    context: bool = False  # another conversation of a lead in the batch, scored for comparison

    @property
    def start(self) -> datetime:
        """Return when the conversation started (import time when unknown)."""
        return self.row.started_at or self.row.imported_at


@dataclass(slots=True)
class Batch:
    """Hold one claimed batch's connection, settings and outcomes while its steps run."""

    conn: Connection
    config: ProcessConfig
    now: datetime
    extractor: Extractor
    scorer: Scorer
    cache: Cache
    docs: Docs = field(default_factory=dict)  # read by the helper: not read again
    stats: ProcessStats = field(default_factory=lambda: ProcessStats(batches=1))
    done: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)  # conversation -> lead before the batch
    linked: set[int] = field(default_factory=set)  # the batch's conversations that had a lead
    rescored: set[int] = field(default_factory=set)  # leads whose conversations are all rescored
    owners: dict[tuple[str, str], int] = field(default_factory=dict)  # identity -> lead
    leads: dict[int, dict[str, Any]] = field(default_factory=dict)  # locked existing leads
    shared: set[tuple[str, str]] = field(default_factory=set)  # details that merge nobody
    seen_names: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # per detail
    stored_names: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # as read
    # lead -> {conversation: the detail that linked it to that lead}, for merge reasons
    linked_by: dict[int, dict[int, tuple[str, str]]] = field(default_factory=dict)
    claimed: set[tuple[str, str]] = field(default_factory=set)  # new keys given to a lead

    def fail(self, row: Claimed, reason: str, exc: Exception | None = None) -> None:
        """Record that a conversation failed; the reason names the step, no customer data."""
        self.failed[row.id] = reason
        self.cache[(row.id, row.content_hash)] = (None, None, reason)
        if exc is not None:
            log.warning("conversation %d: %s", row.id, reason)
            log.debug("conversation %d failed", row.id, exc_info=exc)


def chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    """Yield slices of at most IN_CHUNK values, for IN (...) lists."""
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]


def links_of(conn: Connection, conv_ids: list[int]) -> dict[int, int]:
    """Return the lead each of these conversations is linked to (those that have one)."""
    links: dict[int, int] = {}
    for chunk in chunks(conv_ids):
        rows = conn.execute(
            select(LINK.c.conversation_id, LINK.c.lead_id).where(LINK.c.conversation_id.in_(chunk))
        )
        links.update(dict(rows.all()))
    return links


def conversations_of(
    conn: Connection, lead_ids: list[int]
) -> dict[int, list[tuple[datetime, int, str]]]:
    """Return, per lead, its conversations as (start, id, external id)."""
    refs: dict[int, list[tuple[datetime, int, str]]] = {i: [] for i in lead_ids}
    c = CONVERSATION.c
    for chunk in chunks(lead_ids):
        rows = conn.execute(
            select(LINK.c.lead_id, func.coalesce(c.started_at, c.imported_at), c.id, c.external_id)
            .join(CONVERSATION, c.id == LINK.c.conversation_id)
            .where(LINK.c.lead_id.in_(chunk))
        )
        for lead_id, start, conv_id, external_id in rows:
            refs[lead_id].append((start, conv_id, external_id))
    return refs

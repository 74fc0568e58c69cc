"""Turn due conversations into leads: claim, extract, find the person, score, store, alert.

One batch is one transaction: it claims up to `batch_size` due conversations (see
storage/claims.py), extracts each, finds or creates each person's lead (merging leads a
conversation shows to be one person), scores the batch with one `predict` call, writes
leads, identities, links, status changes and alerts with a few bulk statements, and
marks the conversations done. A worker killed at any point leaves the batch due, so a
rerun processes each conversation exactly once; the outbox key `alert:lead:{id}` is
unique, so an alert is never queued twice.

A lead's score, intent, factors, request, language and (model-set) status are those of
its best-scored conversation (ties: the newest). A person who once asked for a quote
stays a lead worth calling; when they say otherwise the team sets the status, which is
never overwritten (the score still moves). No score is stored per conversation: the
lead's stored score is the best so far, so a new conversation only has to beat it; when
a conversation processed before changes (it may have been the best one), its lead's
other conversations (the newest CONTEXT_CONVERSATIONS) are extracted and scored in the
same predict call, and the lead is recomputed from all of them.
The name is the most confident one found; a stored name gives way only to a fuller form.

Two workers on PostgreSQL who both meet a new person at once would both create a lead
for them. Each batch therefore takes advisory locks on its identity keys (one global
order) before reading who owns them: the second worker waits for the first to commit and
then finds its lead. Should a race still slip through (a unique violation, a lead merged
away, a deadlock), the batch rolls back and runs again, reusing its extractions.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from psycopg.types.json import Json as PgJson
from rapidfuzz import fuzz
from sqlalchemy import (
    JSON,
    Connection,
    Engine,
    Table,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, OperationalError

from jobs.identity import (
    NAME_SIMILARITY,
    company_domain,
    fold_name,
    name_key,
    normalise_email,
    normalise_phone,
)
from jobs.merge import (
    CONVERSATION,
    HISTORY,
    IDENTITY,
    LEAD,
    LINK,
    MERGE,
    SCORE_FIELDS,
    add_contact,
    fold,
    move_and_record,
)
from model.types import Extraction, Prediction, Request
from storage.claims import (
    Claimed,
    claim_due,
    load_conversations,
    lock_keys,
    take_write_lock,
    tune_connection,
)
from storage.export import lead_record
from storage.models import (
    OutboxItem,
    utcnow,
)
from storage.queries import alert_key, conversation_dicts

log = logging.getLogger(__name__)

Extractor = Callable[[dict[str, Any], str], Extraction]
Scorer = Callable[[Sequence[dict[str, Any]], Sequence[Extraction]], list[Prediction]]

OUTBOX = OutboxItem.__table__  # type: ignore[attr-defined]

# Values per IN (...) list: far below SQLite's and PostgreSQL's parameter limits.
_IN_CHUNK = 2000
# A fuller name this close in confidence to the most confident one is preferred.
_NEAR = 0.15
# A name stated at least this surely may complete a stored one.
_STATED = 0.7
# Other conversations of a lead scored with a batch to find its best one (newest first).
CONTEXT_CONVERSATIONS = 20
MERGE_REASON = "a conversation shares contact details with both leads"


@dataclass(frozen=True, slots=True)
class ProcessConfig:
    """Say how to process: batch size, alert threshold, phone region and which model.

    `model_path` wins when set; else the current model in `model_dir` that `leads train`
    accepted; else the shipped model. `max_batches` bounds one `run_once` call (None:
    until nothing is due). `conflict_retries` bounds retries of a batch that lost an
    identity race to another worker (PostgreSQL).
    """

    batch_size: int = 500
    alert_threshold: int = 80
    default_region: str = "US"
    model_path: str | None = ""
    model_dir: str = "models"
    max_batches: int | None = None
    conflict_retries: int = 20


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


class _Conflict(Exception):
    """Signal that another worker changed a lead this batch read; retry the batch."""


def bundle_path(config: ProcessConfig) -> Path | None:
    """Return the model bundle to score with (None: the shipped one)."""
    if config.model_path:
        return Path(config.model_path)
    from model.artifacts import current_bundle_path

    return current_bundle_path(Path(config.model_dir))


_SCORERS: dict[tuple[str, float], Scorer] = {}


def load_scorer(config: ProcessConfig) -> Scorer:
    """Return `predict` bound to the configured bundle, loaded once per process and file.

    Raises model.artifacts.ModelError with a message for the user when the bundle is
    unusable.
    """
    from model.predict import load_bundle, predict

    path = bundle_path(config)
    key = (str(path or ""), path.stat().st_mtime if path is not None and path.exists() else 0.0)
    if key not in _SCORERS:
        bundle = load_bundle(path)

        def scorer(convs: Sequence[dict], extractions: Sequence[Extraction]) -> list[Prediction]:
            return predict(convs, extractions, bundle)

        _SCORERS.clear()
        _SCORERS[key] = scorer
    return _SCORERS[key]


def default_extractor(conversation: dict[str, Any], default_region: str) -> Extraction:
    """Extract with the entity rules (model.extract)."""
    from model.extract import extract

    return extract(conversation, default_region)


def run_once(
    engine: Engine,
    config: ProcessConfig,
    *,
    now: datetime | None = None,
    extractor: Extractor | None = None,
    scorer: Scorer | None = None,
    stats: ProcessStats | None = None,
    progress: Callable[[ProcessStats], None] | None = None,
) -> bool:
    """Process due conversations batch by batch; return True if any was due.

    Runs until nothing is due or `config.max_batches` batches are done. `stats`, when
    given, accumulates the counts; `progress` is called with each batch's counts.
    """
    extractor = extractor or default_extractor
    scorer = scorer or load_scorer(config)
    found = False
    batches = 0
    while config.max_batches is None or batches < config.max_batches:
        result = process_batch(
            engine, config, now=now or utcnow(), extractor=extractor, scorer=scorer
        )
        if result is None:
            break
        found = True
        batches += 1
        if stats is not None:
            stats.add(result)
        if progress is not None:
            progress(result)
    return found


def process_batch(
    engine: Engine,
    config: ProcessConfig,
    *,
    now: datetime,
    extractor: Extractor,
    scorer: Scorer,
) -> ProcessStats | None:
    """Process one batch in one transaction; return its counts, or None if nothing was due.

    On PostgreSQL a batch that lost a race with another worker (unique violation on an
    identity, a lead merged away under it, a deadlock) rolls back and runs again;
    extraction and scoring results are reused across attempts.
    """
    cache: dict[tuple[Any, ...], tuple[Extraction | None, Prediction | None, str | None]] = {}
    retryable = engine.dialect.name == "postgresql"
    attempt = 0
    while True:
        try:
            with engine.begin() as conn:
                take_write_lock(conn)
                tune_connection(conn)
                claimed = claim_due(conn, config.batch_size)
                if not claimed:
                    return None
                result = _Batch(conn, config, now, extractor, scorer, cache).run(claimed)
            result.retries = attempt
            return result
        except (IntegrityError, OperationalError, _Conflict) as exc:
            if not retryable or attempt >= config.conflict_retries or not _is_race(exc):
                raise
            attempt += 1
            log.debug("batch lost a race with another worker (%s); retry %d", exc, attempt)
            time.sleep(random.uniform(0.005, 0.02) * attempt)


def _is_race(exc: Exception) -> bool:
    if isinstance(exc, _Conflict | IntegrityError):
        return True
    # 40P01 deadlock_detected, 40001 serialization_failure, 55P03 lock_not_available.
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code in ("40P01", "40001", "55P03")


@dataclass(slots=True)
class _Item:
    """Carry one conversation through the batch."""

    row: Claimed
    doc: dict[str, Any]
    extraction: Extraction
    prediction: Prediction | None = None
    emails: tuple[tuple[str, str], ...] = ()  # (as written, identity key)
    phones: tuple[tuple[str, str], ...] = ()
    domains: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # full name at each company domain (identity keys)
    context: bool = False  # another conversation of a lead in the batch, scored for comparison

    @property
    def start(self) -> datetime:
        """Return when the conversation started (import time when unknown)."""
        return self.row.started_at or self.row.imported_at


class _UnionFind:
    """Group nodes that are linked, directly or through others."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        parent = self.parent.setdefault(x, x)
        if parent != x:
            parent = self.parent[x] = self.find(parent)
        return parent

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


@dataclass(slots=True)
class _LeadPlan:
    """Hold what the batch will write for one lead."""

    state: dict[str, Any]
    is_new: bool
    items: list[_Item]
    merged_ids: list[int]
    new_keys: list[tuple[str, str]]
    old_status: str | None
    status_changed: bool
    factors_for: list[str]
    factors_against: list[str]


class _Batch:
    """Process one claimed batch inside the caller's transaction."""

    def __init__(
        self,
        conn: Connection,
        config: ProcessConfig,
        now: datetime,
        extractor: Extractor,
        scorer: Scorer,
        cache: dict[tuple[Any, ...], tuple[Extraction | None, Prediction | None, str | None]],
    ) -> None:
        self.conn = conn
        self.config = config
        self.now = now
        self.extractor = extractor
        self.scorer = scorer
        self.cache = cache
        self.stats = ProcessStats(batches=1)
        self.done: list[int] = []
        self.failed: dict[int, str] = {}
        self.linked: set[int] = set()  # conversations of this batch that already had a lead
        self.links: dict[int, int] = {}  # conversation id -> its lead before this batch
        self.rescored: set[int] = set()  # leads whose every conversation is scored again

    def run(self, claimed: list[Claimed]) -> ProcessStats:
        """Process the claimed conversations and write the results; return the counts."""
        self.stats.claimed = len(claimed)
        todo = []
        for row in claimed:
            if row.processed_hash == row.content_hash:
                self.done.append(row.id)  # nothing changed since it was processed
                self.stats.skipped += 1
            else:
                todo.append(row)
        items = self._extract(todo)
        plans: list[_LeadPlan] = []
        if items:
            # Score before taking the identity locks (PostgreSQL): another worker waiting
            # on them waits only for the writes.
            self.links = self._links([it.row.id for it in items])
            context = self._context(items)
            self._score(items + [it for its in context.values() for it in its])
            items = [it for it in items if it.prediction is not None]
            groups = self._group(items) if items else []
            plans = [
                self._plan_lead(group_items, lead_ids, context) for group_items, lead_ids in groups
            ]
        self._write(plans)
        self.stats.processed = sum(len(p.items) for p in plans)
        self.stats.failed = len(self.failed)
        return self.stats

    # --- extraction and scoring -------------------------------------------------------

    def _extract(self, rows: list[Claimed]) -> list[_Item]:
        items = []
        for row, doc in zip(rows, conversation_dicts(self.conn, rows), strict=True):
            if not any(
                m["role"] == "customer" and (m["text"] or "").strip() for m in doc["messages"]
            ):
                self.done.append(row.id)  # an agent-only conversation names nobody
                self.stats.skipped += 1
                continue
            key = (row.id, row.content_hash)
            cached = self.cache.get(key)
            if cached is not None:
                extraction, prediction, error = cached
                if error is not None:
                    self._fail(row, error)
                    continue
                assert extraction is not None
                items.append(_Item(row, doc, extraction, prediction))
                continue
            try:
                extraction = self.extractor(doc, self.config.default_region)
            except Exception as exc:  # a bad conversation must not stop the others
                self._fail(row, f"extraction failed ({type(exc).__name__})", exc)
                continue
            items.append(_Item(row, doc, extraction))
        for it in items:
            it.emails, it.phones, it.domains = _identity_keys(it.extraction)
            it.names = tuple(k for d in it.domains for k in [name_key(it.extraction.name, d)] if k)
        return items

    def _score(self, items: list[_Item]) -> None:
        todo = [it for it in items if it.prediction is None]
        if not todo:
            return
        try:
            predictions = self.scorer([it.doc for it in todo], [it.extraction for it in todo])
            if len(predictions) != len(todo):
                raise ValueError("the scorer returned a different number of predictions")
            for it, p in zip(todo, predictions, strict=True):
                it.prediction = p
        except Exception:
            # Find the rows that make the model raise; the others still get scored.
            for it in todo:
                try:
                    it.prediction = self.scorer([it.doc], [it.extraction])[0]
                except Exception as exc:
                    if not it.context:
                        self._fail(it.row, f"scoring failed ({type(exc).__name__})", exc)
        for it in todo:
            if it.context:
                key: Any = ("context", it.row.id, it.row.content_hash)
                self.cache[key] = (it.extraction if it.prediction else None, it.prediction, None)
            else:
                key = (it.row.id, it.row.content_hash)
                self.cache[key] = (it.extraction, it.prediction, self.failed.get(it.row.id))

    def _fail(self, row: Claimed, reason: str, exc: Exception | None = None) -> None:
        # The reason names the step and the exception type only: no customer data.
        self.failed[row.id] = reason
        self.cache[(row.id, row.content_hash)] = (None, None, reason)
        if exc is not None:
            log.warning("conversation %d: %s", row.id, reason)
            log.debug("conversation %d failed", row.id, exc_info=exc)

    # --- who is who ---------------------------------------------------------------------

    def _group(self, items: list[_Item]) -> list[tuple[list[_Item], list[int]]]:
        """Return the batch's conversations grouped by person, each with its existing leads.

        Reads only (and locks the leads on PostgreSQL); nothing is written yet.
        """
        lock_keys(self.conn, (f"{kind}:{key}" for kind, key in _batch_keys(items)))
        owners = self.owners = self._owners(items)
        links = self._links([it.row.id for it in items])
        if any(links.get(i) != self.links.get(i) for i in links):
            # Another worker merged a lead of this batch since it was scored.
            raise _Conflict("a conversation moved to another lead")
        self.linked = set(links)
        uf = _UnionFind()
        for it in items:
            node = ("c", it.row.id)
            uf.find(node)
            for _, key in it.emails:
                uf.union(node, ("email", key))
            for _, key in it.phones:
                uf.union(node, ("phone", key))
            for key in it.names:
                uf.union(node, ("name", key))
            if it.row.id in links:
                uf.union(node, ("lead", links[it.row.id]))
        for (kind, key), lead_id in owners.items():
            uf.union((kind, key), ("lead", lead_id))
        self._match_names(items, uf)

        groups: dict[Any, tuple[list[_Item], set[int]]] = {}
        for it in items:
            groups.setdefault(uf.find(("c", it.row.id)), ([], set()))[0].append(it)
        for node in list(uf.parent):
            if node[0] == "lead":
                root = uf.find(node)
                if root in groups:
                    groups[root][1].add(node[1])
        lead_ids = sorted({i for _, ids in groups.values() for i in ids})
        self.leads = self._lock_leads(lead_ids)
        out = []
        for group_items, ids in groups.values():
            group_items.sort(key=lambda it: (it.start, it.row.id))
            out.append((group_items, sorted(ids)))
        return out

    def _context(self, items: list[_Item]) -> dict[int, list[_Item]]:
        """Return, per lead that is rescored, its other conversations (newest first, capped).

        A lead's stored score is the best of its conversations, so a new conversation
        only has to beat it. A conversation processed before may have been that best
        one, though, so its lead's other conversations are extracted and scored with
        the batch: no score needs to be stored per conversation.
        """
        in_batch = {it.row.id for it in items}
        rescored = self.rescored = {self.links[i] for i in in_batch if i in self.links}
        refs = self._conversations_of(sorted(rescored))
        wanted: dict[int, list[int]] = {}
        for lead_id in rescored:
            newest = sorted(refs[lead_id], reverse=True)
            ids = [ref[1] for ref in newest if ref[1] not in in_batch][:CONTEXT_CONVERSATIONS]
            if ids:
                wanted[lead_id] = ids
        out: dict[int, list[_Item]] = {}
        if not wanted:
            return out
        rows = {
            row.id: row
            for row in load_conversations(
                self.conn, sorted({i for ids in wanted.values() for i in ids})
            )
        }
        ordered = list(rows.values())
        docs = dict(zip(rows, conversation_dicts(self.conn, ordered), strict=True))
        for lead_id, ids in wanted.items():
            for conv_id in ids:
                row = rows.get(conv_id)
                if row is None:
                    continue
                key = ("context", row.id, row.content_hash)
                cached = self.cache.get(key)
                if cached is not None:
                    if cached[0] is not None:
                        out.setdefault(lead_id, []).append(
                            _Item(row, docs[conv_id], cached[0], cached[1])
                        )
                    continue
                try:
                    extraction = self.extractor(docs[conv_id], self.config.default_region)
                except Exception:  # scored earlier; the lead keeps its other conversations
                    self.cache[key] = (None, None, "extraction failed")
                    continue
                item = _Item(row, docs[conv_id], extraction, context=True)
                out.setdefault(lead_id, []).append(item)
        return out

    def _owners(self, items: list[_Item]) -> dict[tuple[str, str], int]:
        owners: dict[tuple[str, str], int] = {}
        c = IDENTITY.c
        for kind, keys_of in (
            ("email", lambda it: [k for _, k in it.emails]),
            ("phone", lambda it: [k for _, k in it.phones]),
            ("name", lambda it: it.names),
        ):
            keys = sorted({key for it in items for key in keys_of(it)})
            for chunk in _chunks(keys):
                rows = self.conn.execute(
                    select(c.value, c.lead_id).where(c.kind == kind, c.value.in_(chunk))
                )
                owners.update({(kind, value): lead_id for value, lead_id in rows})
        return owners

    def _links(self, conv_ids: list[int]) -> dict[int, int]:
        links: dict[int, int] = {}
        for chunk in _chunks(conv_ids):
            rows = self.conn.execute(
                select(LINK.c.conversation_id, LINK.c.lead_id).where(
                    LINK.c.conversation_id.in_(chunk)
                )
            )
            links.update(dict(rows.all()))
        return links

    def _match_names(self, items: list[_Item], uf: _UnionFind) -> None:
        """Join this batch's conversations that give a similar full name at one company.

        Across batches the exact name key (see jobs.identity) does this through the
        identity index; within a batch rapidfuzz also forgives typos.
        """
        by_domain: dict[str, list[tuple[str, _Item]]] = {}
        for it in items:
            if it.names:
                folded = fold_name(it.extraction.name or "")
                for domain in it.domains:
                    by_domain.setdefault(domain, []).append((folded, it))
        for group in by_domain.values():
            for i, (name_a, a) in enumerate(group):
                for name_b, b in group[i + 1 :]:
                    if fuzz.token_sort_ratio(name_a, name_b) >= NAME_SIMILARITY:
                        uf.union(("c", a.row.id), ("c", b.row.id))

    def _lock_leads(self, lead_ids: list[int]) -> dict[int, dict[str, Any]]:
        leads: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(lead_ids):
            stmt = select(LEAD).where(LEAD.c.id.in_(chunk)).order_by(LEAD.c.id)
            if self.conn.dialect.name == "postgresql":
                # Lock in id order: another worker can neither merge these away nor
                # rewrite them before this batch commits, and never deadlocks on them.
                stmt = stmt.with_for_update()
            leads.update({row.id: dict(row._mapping) for row in self.conn.execute(stmt)})
        if len(leads) != len(lead_ids):
            raise _Conflict("a lead was merged away by another worker")
        return leads

    def _conversations_of(self, lead_ids: list[int]) -> dict[int, list[tuple[datetime, int, str]]]:
        refs: dict[int, list[tuple[datetime, int, str]]] = {i: [] for i in lead_ids}
        c = CONVERSATION.c
        for chunk in _chunks(lead_ids):
            rows = self.conn.execute(
                select(
                    LINK.c.lead_id, func.coalesce(c.started_at, c.imported_at), c.id, c.external_id
                )
                .join(CONVERSATION, c.id == LINK.c.conversation_id)
                .where(LINK.c.lead_id.in_(chunk))
            )
            for lead_id, start, conv_id, external_id in rows:
                refs[lead_id].append((start, conv_id, external_id))
        return refs

    def _plan_lead(
        self, items: list[_Item], lead_ids: list[int], context: dict[int, list[_Item]]
    ) -> _LeadPlan:
        """Decide one person's lead: merge its existing leads, fold in the conversations."""
        leads = sorted(
            (self.leads[i] for i in lead_ids), key=lambda lead: (lead["created_at"], lead["id"])
        )
        merged_ids = []
        if leads:
            state = dict(leads[0])
            old_status: str | None = state["status"]
            for other in leads[1:]:
                before = dict(state)
                fold(state, other)
                move_and_record(self.conn, before, other, reason=MERGE_REASON, now=self.now)
                merged_ids.append(other["id"])
        else:
            old_status = None
            state = _new_lead(items[0])
        for it in items:
            for value, key in it.emails:
                add_contact(state, "email", value, key)
            for value, key in it.phones:
                add_contact(state, "phone", value, key)
            if it.start < state["created_at"]:
                state["created_at"] = it.start
                state["agent"], state["source"] = it.row.agent, it.row.source
        # The best conversation decides the score (see the module docstring): the
        # rescored leads' conversations compete one by one, the others with their
        # stored best.
        others = [it for lead in leads for it in context.get(lead["id"], ())]
        scored = [it for it in (*items, *others) if it.prediction is not None]
        stored = [lead for lead in leads if lead["id"] not in self.rescored]
        found = [(it.extraction.name, it.extraction.name_confidence, it.start) for it in scored]
        if stored:
            state["name"] = _complete_name(state["name"], found)
        else:
            state["name"] = _choose_name(state["name"], found)
        best = max(scored, key=lambda it: (it.prediction.score, it.start, it.row.id))  # type: ignore[union-attr]
        p = best.prediction
        assert p is not None
        best_lead = max(stored, key=lambda lead: lead["score"], default=None)
        if best_lead is not None and best_lead["score"] > p.score:
            for f in SCORE_FIELDS:
                state[f] = best_lead[f]
            model_status = None if best_lead["status_by_human"] else best_lead["status"]
            factors_for, factors_against = split_factors(state["top_factors"])
        else:
            state.update(
                intent=p.intent,
                score=int(p.score),
                quality=p.quality,
                top_factors=list(p.top_factors),
                request=request_text(best.extraction.request),
                language=best.extraction.language,
            )
            model_status = p.status
            factors_for, factors_against = list(p.factors_for), list(p.factors_against)
        status_changed = False
        if not state["status_by_human"] and model_status and model_status != state["status"]:
            state["status"] = model_status
            status_changed = True
        state["updated_at"] = self.now

        new_keys = {k for k in _batch_keys(items) if k not in self.owners}
        return _LeadPlan(
            state=_fit(state),
            is_new=not leads,
            items=items,
            merged_ids=merged_ids,
            new_keys=sorted(new_keys),
            old_status=old_status,
            status_changed=status_changed,
            factors_for=factors_for,
            factors_against=factors_against,
        )

    # --- writing -------------------------------------------------------------------------

    def _write(self, plans: list[_LeadPlan]) -> None:
        conn, now = self.conn, self.now
        new = [p for p in plans if p.is_new]
        if new:
            if conn.dialect.name == "sqlite":
                # SQLite hands out max(id) + 1, which would reuse a merged-away lead's id
                # (still named by its merge row, its alert key and `leads unmerge`).
                # This transaction is the only writer, so choosing ids here is safe, and
                # a plain executemany is far faster than INSERT .. RETURNING row by row.
                first = _next_lead_id(conn)
                for offset, p in enumerate(new):
                    p.state["id"] = first + offset
                conn.execute(insert(LEAD), [p.state for p in new])
            else:
                ids = conn.execute(
                    text(
                        "SELECT nextval(pg_get_serial_sequence('lead', 'id')) "
                        "FROM generate_series(1, :n)"
                    ),
                    {"n": len(new)},
                ).scalars()
                for p, lead_id in zip(new, ids, strict=True):
                    p.state["id"] = lead_id
                _bulk(conn, LEAD, [p.state for p in new])
        old = [p for p in plans if not p.is_new]
        if old and conn.dialect.name == "postgresql":
            # The rows exist and are locked: an upsert rewrites them in one statement,
            # where an executemany UPDATE would run once per row.
            _bulk(conn, LEAD, [p.state for p in old], conflict="(id) DO UPDATE SET")
        elif old:
            columns = [k for k in old[0].state if k != "id"]
            conn.execute(
                update(LEAD)
                .where(LEAD.c.id == bindparam("b_id"))
                .values({k: bindparam(f"v_{k}", type_=LEAD.c[k].type) for k in columns}),
                [{"b_id": p.state["id"], **{f"v_{k}": p.state[k] for k in columns}} for p in old],
            )
        identities = sorted({(kind, key, p.state["id"]) for p in plans for kind, key in p.new_keys})
        if identities:
            _bulk(
                conn,
                IDENTITY,
                [{"kind": k, "value": v, "lead_id": i} for k, v, i in identities],
            )
        linked = self.linked
        new_links = [
            {"conversation_id": it.row.id, "lead_id": p.state["id"], "linked_at": now}
            for p in plans
            for it in p.items
            if it.row.id not in linked
        ]
        if new_links:
            _bulk(conn, LINK, new_links)
        history = [
            {
                "lead_id": p.state["id"],
                "at": now,
                "who": "model",
                "from_status": p.old_status,
                "to_status": p.state["status"],
                "via": "model",
            }
            for p in plans
            if p.status_changed
        ]
        if history:
            _bulk(conn, HISTORY, history)
        self._queue_alerts(plans)
        self.stats.new_leads = len(new)
        self.stats.merged = sum(len(p.merged_ids) for p in plans)
        self.done.extend(it.row.id for p in plans for it in p.items)
        self._mark_conversations()

    def _queue_alerts(self, plans: list[_LeadPlan]) -> None:
        threshold = self.config.alert_threshold
        hot = [p for p in plans if p.state["score"] >= threshold]
        if not hot:
            return
        # A lead merged into another was announced under its own id: not again.
        keys = {alert_key(i) for p in hot for i in (p.state["id"], *p.merged_ids)}
        queued: set[str] = set()
        for chunk in _chunks(sorted(keys)):
            queued.update(self.conn.scalars(select(OUTBOX.c.key).where(OUTBOX.c.key.in_(chunk))))
        hot = [
            p
            for p in hot
            if not any(alert_key(i) in queued for i in (p.state["id"], *p.merged_ids))
        ]
        refs = self._conversations_of([p.state["id"] for p in hot])
        rows = []
        for p in hot:
            conv_ids = [ref[2] for ref in sorted(refs[p.state["id"]])]
            record = lead_record(SimpleNamespace(**p.state), conv_ids)  # type: ignore[arg-type]
            payload = {
                **record,
                "request": p.state["request"],
                "intent": p.state["intent"],
                "factors_for": p.factors_for,
                "factors_against": p.factors_against,
                "language": p.state["language"],
            }
            rows.append(
                {
                    "key": alert_key(p.state["id"]),
                    "kind": "alert",
                    "lead_id": p.state["id"],
                    "payload": payload,
                    "created_at": self.now,
                    "attempts": 0,
                    "next_attempt_at": self.now,
                    "failed": False,
                }
            )
        if rows:
            _bulk(self.conn, OUTBOX, rows, conflict="(key) DO NOTHING")
            self.stats.alerts_queued = len(rows)

    def _mark_conversations(self) -> None:
        # One statement per outcome, not one per row: PostgreSQL runs executemany
        # UPDATEs row by row.
        c = CONVERSATION.c
        by_reason: dict[str, list[int]] = {}
        for conv_id, reason in self.failed.items():
            by_reason.setdefault(reason, []).append(conv_id)
        outcomes: list[tuple[list[int], dict[str, Any]]] = [
            (self.done, {"state": "done", "processed_hash": c.content_hash, "error": None})
        ]
        outcomes += [
            (ids, {"state": "failed", "error": reason}) for reason, ids in by_reason.items()
        ]
        for ids, values in outcomes:
            for chunk in _chunks(sorted(ids)):
                self.conn.execute(
                    update(CONVERSATION)
                    .where(c.id.in_(chunk))
                    .values(**values, attempts=c.attempts + 1, processed_at=self.now)
                )


def _bulk(
    conn: Connection, table: Table, rows: list[dict[str, Any]], *, conflict: str = ""
) -> None:
    """Insert many rows (same keys) in one statement; `conflict` follows ON CONFLICT.

    "(id) DO UPDATE SET" rewrites every given column. SQLite runs a plain executemany,
    which is fast there. PostgreSQL gets one INSERT .. SELECT FROM unnest(arrays): a
    multi-row VALUES statement costs psycopg more CPU to prepare than the server to
    run, and an executemany runs once per row on the server.
    """
    columns = list(rows[0])
    if conn.dialect.name != "postgresql":
        stmt = sqlite.insert(table)
        if conflict.endswith("DO NOTHING"):
            stmt = stmt.on_conflict_do_nothing()
        elif conflict:
            stmt = stmt.on_conflict_do_update(
                index_elements=[table.c.id],
                set_={c: stmt.excluded[c] for c in columns if c != "id"},
            )
        conn.execute(stmt, rows)
        return
    dialect = postgresql.dialect()
    names = ", ".join(f'"{c}"' for c in columns)
    arrays = ", ".join(
        f"CAST(:a{i} AS {table.c[c].type.compile(dialect=dialect)}[])"
        for i, c in enumerate(columns)
    )
    sql = f'INSERT INTO "{table.name}" ({names}) SELECT * FROM unnest({arrays})'
    if conflict:
        sql += f" ON CONFLICT {conflict}"
        if conflict.endswith("SET"):
            sql += " " + ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in columns if c != "id")
    params = {}
    for i, c in enumerate(columns):
        values = [r[c] for r in rows]
        if isinstance(table.c[c].type, JSON):
            values = [None if v is None else PgJson(v) for v in values]
        params[f"a{i}"] = values
    conn.execute(text(sql), params)


def _identity_keys(
    x: Extraction,
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Return (email, key) pairs, (phone, key) pairs and company domains of an extraction."""
    emails = tuple((e, k) for e in x.emails for k in [normalise_email(e)] if k and len(k) <= 320)
    phones = tuple((p, k) for p in x.phones for k in [normalise_phone(p)] if k)
    domains = tuple(dict.fromkeys(d for e, _ in emails for d in [company_domain(e)] if d))
    return emails, phones, domains


def _next_lead_id(conn: Connection) -> int:
    """Return an id no lead has ever had (SQLite: above every live and merged-away id)."""
    live = conn.scalar(select(func.max(LEAD.c.id))) or 0
    gone = conn.scalar(select(func.max(MERGE.c.merged_lead_id))) or 0
    return max(live, gone) + 1


def _new_lead(first: _Item) -> dict[str, Any]:
    """Return the state of a lead created for a conversation, before scoring."""
    return {
        "name": None,
        "email": None,
        "phone": None,
        "alt_emails": [],
        "alt_phones": [],
        "agent": first.row.agent,
        "source": first.row.source,
        "status": "",
        "status_by_human": False,
        "intent": None,
        "score": 0,
        "quality": "very_low",
        "top_factors": [],
        "request": None,
        "language": None,
        "created_at": first.start,
    }


def _choose_name(
    stored: str | None, found: Iterable[tuple[str | None, float, datetime]]
) -> str | None:
    """Return the lead's name: the most confident one its conversations give, else `stored`.

    Ties go to the earlier conversation. A fuller form of the chosen name ("Ann Lee"
    for "Ann") found nearly as confidently is preferred.
    """
    candidates = sorted(
        ((-conf, start, name) for name, conf, start in found if name and name.strip()),
        key=lambda c: (c[0], c[1]),
    )
    if not candidates:
        return stored
    best_conf, _, best = -candidates[0][0], candidates[0][1], candidates[0][2]
    short = fold_name(best)
    fuller = [
        name
        for neg, _, name in candidates
        if -neg >= best_conf - _NEAR and fold_name(name).startswith(short + " ")
    ]
    return max(fuller, key=len) if fuller else best


def _complete_name(
    stored: str | None, found: Iterable[tuple[str | None, float, datetime]]
) -> str | None:
    """Return the stored name, or a fuller form of it that a conversation gives.

    Used when not all of a lead's conversations were read again: the stored name was
    the most confident one of the others ("Javi" becomes "Javier García").
    """
    if not stored:
        return _choose_name(None, found)
    short = fold_name(stored)
    fuller = [
        n for n, conf, _ in found if n and conf >= _STATED and fold_name(n).startswith(short + " ")
    ]
    return max(fuller, key=len) if fuller else stored


def split_factors(top_factors: list[str]) -> tuple[list[str], list[str]]:
    """Return (for, against) from stored top factors (against ones start with "- ")."""
    against = [f[2:] for f in top_factors if f.startswith("- ")]
    return [f for f in top_factors if not f.startswith("- ")], against


def request_text(request: Request) -> str | None:
    """Return the request as one line: the summary and the stated figures."""
    parts = []
    if request.quantity:
        parts.append(f"quantity {request.quantity}")
    if request.budget is not None:
        parts.append(f"budget {request.budget:g} {request.currency or ''}".rstrip())
    if request.deadline:
        parts.append(f"by {request.deadline}")
    text = request.summary.strip()
    if parts:
        text = f"{text} ({', '.join(parts)})" if text else ", ".join(parts)
    return text or None


_LIMITS = {
    "name": 200,
    "email": 320,
    "phone": 32,
    "agent": 200,
    "source": 16,
    "status": 32,
    "intent": 32,
    "quality": 16,
    "language": 8,
}


def _fit(state: dict[str, Any]) -> dict[str, Any]:
    """Return the lead state with strings cut to their column sizes."""
    for key, limit in _LIMITS.items():
        value = state.get(key)
        if isinstance(value, str) and len(value) > limit:
            state[key] = value[:limit]
    return state


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


__all__ = [
    "Extractor",
    "ProcessConfig",
    "ProcessStats",
    "Scorer",
    "bundle_path",
    "load_scorer",
    "process_batch",
    "request_text",
    "run_once",
]


def _batch_keys(items: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """Yield (kind, value) for every identity the items carry: emails, phones, name keys."""
    for it in items:
        yield from (("email", key) for _, key in it.emails)
        yield from (("phone", key) for _, key in it.phones)
        yield from (("name", key) for key in it.names)

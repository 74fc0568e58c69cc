"""Turn due conversations into leads: claim, extract, score, identify, decide, store, alert.

One batch is one transaction: it claims up to `batch_size` due conversations
(`steps.claim`), extracts each (`steps.extract`), scores the batch and the context a
rescored lead needs with one `predict` call (`steps.score`), groups the conversations by
person and finds their leads (`steps.identify`), decides each person's lead, merging
leads a conversation shows to be one person (`steps.lead_state`), writes leads,
identities, links and status changes with a few bulk statements (`steps.store`), queues
alerts (`steps.alerts`) and marks the conversations done. A worker killed at any point
leaves the batch due, so a rerun processes each conversation exactly once; the outbox
key `alert:lead:{id}` is unique, so an alert is never queued twice.

No score is stored per conversation: the lead's stored score is the best so far, so a
new conversation only has to beat it; when a conversation processed before changes (it
may have been the best one), its lead's other conversations are scored again in the same
predict call and the lead is recomputed from all of them.

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
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from jobs.steps import alerts, claim, extract, identify, lead_state, prefetch, score, store
from jobs.steps.batch import (
    Batch,
    Cache,
    Conflict,
    Docs,
    Extractor,
    ProcessConfig,
    ProcessStats,
    Scorer,
    links_of,
)
from jobs.steps.extract import default_extractor
from jobs.steps.lead_state import request_text
from jobs.steps.score import CONTEXT_CONVERSATIONS, bundle_path, load_scorer
from storage.claims import Claimed, count_due
from storage.models import utcnow

log = logging.getLogger(__name__)


def run_once(
    engine: Engine,
    config: ProcessConfig,
    *,
    now: datetime | None = None,
    extractor: Extractor | None = None,
    scorer: Scorer | None = None,
    stats: ProcessStats | None = None,
    progress: Callable[[ProcessStats], None] | None = None,
    helper: prefetch.Prefetcher | None = None,
) -> bool:
    """Process due conversations batch by batch; return True if any was due.

    Runs until nothing is due or `config.max_batches` batches are done. `stats`, when
    given, accumulates the counts; `progress` is called with each batch's counts;
    `helper` is an extraction helper from `start_helper` (closed here).
    """
    if helper is None and extractor is None:
        # Started before the model loads, so its own start-up overlaps that second.
        helper = start_helper(engine, config)
    extractor = extractor or default_extractor
    found = False
    batches = 0
    try:
        scorer = scorer or load_scorer(config)
        while config.max_batches is None or batches < config.max_batches:
            result = process_batch(
                engine,
                config,
                now=now or utcnow(),
                extractor=extractor,
                scorer=scorer,
                ahead=helper,
            )
            if result is None:
                break
            found = True
            batches += 1
            if stats is not None:
                stats.add(result)
            if progress is not None:
                progress(result)
    finally:
        if helper is not None:
            helper.close()
    return found


def start_helper(engine: Engine, config: ProcessConfig) -> prefetch.Prefetcher | None:
    """Return a helper extracting ahead when the backlog repays starting one, else None.

    `run_once` starts one itself; a caller that loads the model first (to report a bad
    model before working) starts it earlier and passes it in, and `run_once` closes it.
    """
    workers = prefetch.workers_for(config.extract_workers)
    if workers == 0 or engine.url.database in (None, "", ":memory:"):
        return None  # an in-memory SQLite database is invisible to another process
    with engine.connect() as conn:
        due = count_due(conn)
    if due < prefetch.MIN_DUE or (config.max_batches or due) * config.batch_size < prefetch.MIN_DUE:
        return None
    return prefetch.Prefetcher(engine, config.default_region, workers)


def process_batch(
    engine: Engine,
    config: ProcessConfig,
    *,
    now: datetime,
    extractor: Extractor,
    scorer: Scorer,
    ahead: prefetch.Prefetcher | None = None,
) -> ProcessStats | None:
    """Process one batch in one transaction; return its counts, or None if nothing was due.

    On PostgreSQL a batch that lost a race with another worker (unique violation on an
    identity, a lead merged away under it, a deadlock) rolls back and runs again;
    extraction and scoring results are reused across attempts.
    """
    cache: Cache = {}
    docs: Docs = {}
    retryable = engine.dialect.name == "postgresql"
    attempt = 0
    while True:
        try:
            with engine.begin() as conn:
                claimed = claim.claim(conn, config.batch_size)
                if not claimed:
                    return None
                if ahead is not None:
                    ahead.fill(cache, claimed, docs)
                batch = Batch(conn, config, now, extractor, scorer, cache, docs)
                result = run_batch(batch, claimed)
            result.retries = attempt
            return result
        except (IntegrityError, OperationalError, Conflict) as exc:
            if not retryable or attempt >= config.conflict_retries or not _is_race(exc):
                raise
            attempt += 1
            log.debug("batch lost a race with another worker (%s); retry %d", exc, attempt)
            time.sleep(random.uniform(0.005, 0.02) * attempt)


def run_batch(batch: Batch, claimed: list[Claimed]) -> ProcessStats:
    """Run every step over claimed conversations inside the batch's transaction."""
    batch.stats.claimed = len(claimed)
    items = extract.extract(batch, claim.changed(batch, claimed))
    plans: list[lead_state.LeadPlan] = []
    if items:
        # Score before taking the identity locks (PostgreSQL): another worker waiting
        # on them waits only for the writes.
        batch.links = links_of(batch.conn, [it.row.id for it in items])
        context = score.gather_context(batch, items)
        score.score(batch, items + [it for its in context.values() for it in its])
        items = [it for it in items if it.prediction is not None]
        groups = identify.group(batch, items) if items else []
        plans = [lead_state.plan_lead(batch, its, ids, context) for its, ids in groups]
    store.write_leads(batch, plans)
    alerts.queue_alerts(batch, plans)
    store.mark_conversations(batch)
    batch.stats.processed = sum(len(p.items) for p in plans)
    batch.stats.failed = len(batch.failed)
    return batch.stats


def _is_race(exc: Exception) -> bool:
    if isinstance(exc, Conflict | IntegrityError):
        return True
    # 40P01 deadlock_detected, 40001 serialization_failure, 55P03 lock_not_available.
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code in ("40P01", "40001", "55P03")


__all__ = [
    "CONTEXT_CONVERSATIONS",
    "Extractor",
    "ProcessConfig",
    "ProcessStats",
    "Scorer",
    "bundle_path",
    "default_extractor",
    "load_scorer",
    "process_batch",
    "request_text",
    "run_once",
    "start_helper",
]

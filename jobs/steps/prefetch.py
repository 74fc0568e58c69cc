"""Extract upcoming due conversations in a helper process while this one scores and stores.

Extraction is the costliest step and depends on nothing but a conversation's content,
so it can run ahead of the batches: a helper process reads the next due conversations
(read-only, no claim), extracts them and hands back (id, content hash, extraction).
When a batch claims a conversation whose stored hash still matches, the extraction
goes into the batch's cache and the extract step skips the work; anything else (a
chunk not started yet, a conversation changed since, an extraction that raised) is
extracted in the batch as before. Claims, transactions and exactly-once processing
are untouched: the helper only ever reads.

A process running no other thread (`leads process`) forks the helper after loading the
extraction rules and the language identifier itself: the helper starts at once and
shares them instead of loading its own copy. A threaded one (`leads serve` runs this job
beside the web server) starts it with "spawn", since forking a threaded process is unsafe.
While a batch waits for a chunk a helper is still on, this process extracts the
furthest chunk no helper has started, so on two cores both processes extract.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from sqlalchemy import Engine, select

from jobs.collector import freeze_long_lived
from jobs.forking import fork_is_safe
from jobs.steps.batch import Cache, Docs
from model.types import Extraction
from storage.claims import CONVERSATION, Claimed, load_conversations
from storage.queries import conversation_dicts

log = logging.getLogger(__name__)

# Below this many due conversations the helper's start-up (about a second) is not repaid.
MIN_DUE = 3_000
CHUNK = 100
AHEAD = 10  # chunks queued ahead of the batches: bounds the memory the results take

Result = list[tuple[int, str, Extraction, dict[str, Any]]]  # id, hash, extraction, doc


def workers_for(setting: int) -> int:
    """Return how many helper processes to use: `setting`, or when -1 one per spare core.

    At least one even on one core: extraction then runs beside the rest, as before.
    """
    if setting >= 0:
        return setting
    return max(1, min(2, (os.cpu_count() or 1) - 1))


class Prefetcher:
    """Keep up to AHEAD chunks of upcoming due conversations extracting in helpers."""

    def __init__(self, engine: Engine, default_region: str, workers: int) -> None:
        """Start `workers` helper processes reading the database `engine` points at."""
        self._engine = engine
        self._url = engine.url.render_as_string(hide_password=False)
        self._region = default_region
        context = _start_method()
        # One slot per chunk number modulo _SLOTS: OPEN, then STARTED by a helper or
        # TAKEN by this process, whichever comes first (under the array's lock).
        self._slots = context.Array("b", _SLOTS)
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_share_slots,
            initargs=(self._slots,),
        )
        self._queued: deque[tuple[int, list[int], Future[Result | None]]] = deque()
        self._chunks = 0
        self._last_id = 0
        self._exhausted = False
        self.hits = 0
        self.taken = 0  # chunks this process extracted itself while waiting for the helpers
        self._top_up()

    def _top_up(self) -> None:
        while not self._exhausted and len(self._queued) < AHEAD:
            c = CONVERSATION.c
            with self._engine.connect() as conn:
                ids = list(
                    conn.execute(
                        select(c.id)
                        .where(c.state == "due", c.id > self._last_id)
                        .order_by(c.id)
                        .limit(CHUNK)
                    ).scalars()
                )
            if not ids:
                self._exhausted = True
                return
            self._last_id = ids[-1]
            slot = self._chunks % _SLOTS
            self._chunks += 1
            self._slots[slot] = OPEN
            try:
                future = self._pool.submit(extract_chunk, self._url, ids, self._region, slot)
            except BrokenProcessPool:  # a helper died (killed, out of memory): go on inline
                log.warning("extraction helper stopped; extracting in the batches")
                self._exhausted = True
                return
            self._queued.append((slot, ids, future))

    def fill(self, cache: Cache, claimed: list[Claimed], docs: Docs | None = None) -> None:
        """Put the helpers' extractions of `claimed` into the batch cache, their reads in `docs`.

        Waits for the chunks that hold them. While a helper is still on one, this
        process extracts the furthest chunk no helper has started rather than wait
        idle: on two cores both extract, and when the helpers keep up this process
        never loads the extraction rules at all.
        """
        wanted = {row.id: row.content_hash for row in claimed}
        if not wanted:
            return
        top = max(wanted)
        while self._queued and self._queued[0][1][0] <= top:
            future = self._queued[0][2]
            while not future.done() and self._take_one():
                pass
            self._queued.popleft()
            try:
                results = future.result()
            except Exception as exc:  # a helper failure costs only speed
                log.warning("extraction helper failed (%s); extracting inline", type(exc).__name__)
                continue
            for conv_id, digest, extraction, doc in results or ():
                if wanted.get(conv_id) == digest:
                    cache.setdefault((conv_id, digest), (extraction, None, None))
                    if docs is not None:
                        docs[(conv_id, digest)] = doc
                    self.hits += 1
        self._top_up()

    def _take_one(self) -> bool:
        """Extract here the furthest queued chunk no helper has started; False if none.

        Futures are never cancelled for this: Python 3.11's pool fails to report a
        dead helper to the other futures when one of them was cancelled.
        """
        for i in range(len(self._queued) - 1, 0, -1):
            slot, ids, future = self._queued[i]
            if future.done() or not _claim(self._slots, slot, TAKEN):
                continue
            mine: Future[Result | None] = Future()
            try:
                # through this process's own engine: no second connection pool
                mine.set_result(extract_rows(self._engine, ids, self._region))
            except Exception as exc:  # as from a helper: the batch extracts it again
                mine.set_exception(exc)
            self._queued[i] = (slot, ids, mine)
            self.taken += 1
            return True
        return False

    def close(self) -> None:
        """Stop the helpers without waiting for chunks nobody will use."""
        for slot, _, _ in self._queued:
            _claim(self._slots, slot, TAKEN)  # a helper that reaches one returns at once
        self._pool.shutdown(wait=True)


OPEN, STARTED, TAKEN = 0, 1, 2
_LOCK_WAIT = 5.0  # seconds
_SLOTS = 4 * AHEAD  # more than the chunks ever queued at once: a slot is never reused early
_SHARED: list[Any] = []  # in a helper: the slots array


def _share_slots(slots: Any) -> None:
    """Keep the slots array in a helper (its pool initializer)."""
    _SHARED[:] = [slots]


def _claim(slots: Any, slot: int, state: int) -> bool:
    """Move `slot` from OPEN to `state`; return False if another process got there first.

    A helper killed inside this section would hold the lock for ever: after a few
    seconds the slot counts as taken, and whoever asked extracts or skips accordingly
    (the batch extracts whatever no one did).
    """
    lock = slots.get_lock()
    if not lock.acquire(timeout=_LOCK_WAIT):
        return False
    try:
        if slots[slot] != OPEN:
            return False
        slots[slot] = state
        return True
    finally:
        lock.release()


def _start_method() -> multiprocessing.context.BaseContext:
    """Return "fork" after loading the extraction rules here, or "spawn" when threaded."""
    if not fork_is_safe():
        return multiprocessing.get_context("spawn")
    from model.extract import warm_up

    warm_up()
    freeze_long_lived()  # frozen objects are never written by the collector: pages stay shared
    return multiprocessing.get_context("fork")


# Keyed by process too: a forked helper must open its own connections, never use the
# ones it inherited from its parent.
_ENGINES: dict[tuple[int, str], Engine] = {}


def extract_chunk(
    url: str, ids: list[int], default_region: str, slot: int | None = None
) -> Result | None:
    """Return `extract_rows` for `ids`, read through this helper's own engine for `url`.

    Runs in a helper process. It first claims the chunk's `slot` and returns None if
    the batch's process took it.
    """
    if slot is not None and _SHARED and not _claim(_SHARED[0], slot, STARTED):
        return None
    from storage.db import make_engine

    key = (os.getpid(), url)
    engine = _ENGINES.get(key)
    if engine is None:
        engine = _ENGINES[key] = make_engine(url)
        out = extract_rows(engine, ids, default_region)
        # The first chunk loaded the rules and the language model, which stay: as in the
        # CLI, keep the collector from walking them again.
        freeze_long_lived()
        return out
    return extract_rows(engine, ids, default_region)


def extract_rows(engine: Engine, ids: list[int], default_region: str) -> Result:
    """Return (id, content hash, extraction, doc) for the conversations `ids` that need one.

    Skips what the batch would not extract (nothing changed, no customer message); an
    extraction that raises is left to the batch, which fails that conversation with
    its reason.
    """
    from jobs.steps.extract import default_extractor

    out: Result = []
    with engine.connect() as conn:
        rows = [r for r in load_conversations(conn, ids) if r.processed_hash != r.content_hash]
        docs = conversation_dicts(conn, rows, times=False) if rows else []
    for row, doc in zip(rows, docs, strict=True):
        if not any(m["role"] == "customer" and (m["text"] or "").strip() for m in doc["messages"]):
            continue
        try:
            extraction = default_extractor(doc, default_region)
        except Exception:  # the batch extracts it again and reports the failure
            continue
        out.append((row.id, row.content_hash, extraction, doc))
    return out

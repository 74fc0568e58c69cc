"""Extract upcoming due conversations in a helper process while this one scores and stores.

Extraction is the costliest step and depends on nothing but a conversation's content,
so it can run ahead of the batches: a helper process reads the next due conversations
(read-only, no claim), extracts them and hands back (id, content hash, extraction).
When a batch claims a conversation whose stored hash still matches, the extraction
goes into the batch's cache and the extract step skips the work; anything else (a
chunk not started yet, a conversation changed since, an extraction that raised) is
extracted in the batch as before. Claims, transactions and exactly-once processing
are untouched: the helper only ever reads.

The helper is started with "spawn", never "fork": `leads serve` runs this job in a
thread beside the web server, and forking a threaded process is unsafe.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from sqlalchemy import Engine, select

from jobs.collector import freeze_long_lived
from jobs.steps.batch import Cache
from model.types import Extraction
from storage.claims import CONVERSATION, Claimed, load_conversations
from storage.queries import conversation_dicts

log = logging.getLogger(__name__)

# Below this many due conversations the helper's start-up (about a second) is not repaid.
MIN_DUE = 3_000
CHUNK = 100
AHEAD = 10  # chunks queued ahead of the batches: bounds the memory the results take

Result = list[tuple[int, str, Extraction]]


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
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn")
        )
        self._queued: deque[tuple[list[int], Future[Result]]] = deque()
        self._last_id = 0
        self._exhausted = False
        self.hits = 0
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
            try:
                future = self._pool.submit(extract_chunk, self._url, ids, self._region)
            except BrokenProcessPool:  # a helper died (killed, out of memory): go on inline
                log.warning("extraction helper stopped; extracting in the batches")
                self._exhausted = True
                return
            self._queued.append((ids, future))

    def fill(self, cache: Cache, claimed: list[Claimed]) -> None:
        """Put the helpers' extractions of `claimed` into the batch cache.

        Waits for the chunks that hold them: this process then never loads the
        extraction rules and the language identifier (about 60 MB), and its own work
        (scoring, identity, writing) overlaps the helpers' extraction.
        """
        wanted = {row.id: row.content_hash for row in claimed}
        if not wanted:
            return
        top = max(wanted)
        while self._queued and self._queued[0][0][0] <= top:
            _, future = self._queued.popleft()
            try:
                results = future.result()
            except (CancelledError, Exception) as exc:  # a helper failure costs only speed
                log.warning("extraction helper failed (%s); extracting inline", type(exc).__name__)
                continue
            for conv_id, digest, extraction in results:
                if wanted.get(conv_id) == digest:
                    cache.setdefault((conv_id, digest), (extraction, None, None))
                    self.hits += 1
        self._top_up()

    def close(self) -> None:
        """Stop the helpers without waiting for chunks nobody will use."""
        for _, future in self._queued:
            future.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)


_ENGINES: dict[str, Engine] = {}


def extract_chunk(url: str, ids: list[int], default_region: str) -> Result:
    """Return (id, content hash, extraction) for the conversations `ids` that need one.

    Runs in a helper process. Skips what the batch would not extract (nothing changed,
    no customer message); an extraction that raises is left to the batch, which fails
    that conversation with its reason.
    """
    from jobs.steps.extract import default_extractor
    from storage.db import make_engine

    engine = _ENGINES.get(url)
    first = engine is None
    if engine is None:
        engine = _ENGINES[url] = make_engine(url)
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
        out.append((row.id, row.content_hash, extraction))
    if first:
        # The first chunk loaded the rules and the language model, which stay: as in the
        # CLI, keep the collector from walking them again.
        freeze_long_lived()
    return out

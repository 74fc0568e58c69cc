"""Extraction ahead of the batches in a helper process changes speed, never results."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from sqlalchemy import text

from jobs import forking
from jobs.process import run_once
from jobs.steps import prefetch
from storage.db import open_database
from tests.jobs.process_helpers import backlog, config, ingest, snapshot


def _count_hits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record, as each helper closes, how many extractions the batches took from it."""
    hits: list[int] = []
    close = prefetch.Prefetcher.close

    def close_and_count(self: prefetch.Prefetcher) -> None:
        hits.append(self.hits)
        close(self)

    monkeypatch.setattr(prefetch.Prefetcher, "close", close_and_count)
    return hits


def _process(url: str, workers: int) -> dict[str, list[tuple]]:
    engine = open_database(url)
    try:
        convs, _ = backlog(60)
        ingest(engine, convs)
        run_once(engine, config(batch_size=40, extract_workers=workers))
        out = snapshot(engine)
    finally:
        engine.dispose()
    # Runs differ only in when they ran (import and processing times); compare the rest.
    return {table: [tuple(_untimed(v) for v in row) for row in rows] for table, rows in out.items()}


def _untimed(value: object) -> object:
    if hasattr(value, "isoformat"):
        return "<time>"
    if isinstance(value, str):
        return _TIME.sub("<time>", value)
    return value


_TIME = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?")


@pytest.mark.parametrize("threaded", [False, True], ids=["fork", "spawn"])
def test_helper_extractions_give_the_same_leads(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, threaded: bool
) -> None:
    """Forked (a lone thread) or spawned (beside others, as in `leads serve`): same leads."""
    started: list[str] = []
    start_method = prefetch._start_method

    def recorded() -> Any:
        context = start_method()
        started.append(context.get_start_method())
        return context

    monkeypatch.setattr(prefetch, "_start_method", recorded)
    # Earlier tests may leave idle server threads in this process: say how many there are.
    monkeypatch.setattr(forking.threading, "active_count", lambda: 2 if threaded else 1)
    monkeypatch.setattr(prefetch, "MIN_DUE", 10)
    monkeypatch.setattr(prefetch, "CHUNK", 15)
    hits = _count_hits(monkeypatch)
    inline = _process(f"sqlite:///{tmp_path / 'inline.db'}", 0)
    assert hits == []  # no helper when told to use none
    helped = _process(f"sqlite:///{tmp_path / 'helped.db'}", 1)
    assert hits and hits[0] > 0, "the helper's extractions were never used"
    assert helped == inline
    forks = not threaded and sys.platform.startswith("linux")  # never on macOS
    assert started == ["fork" if forks else "spawn"]


def test_no_helper_for_a_small_backlog_or_an_in_memory_database(engine: Any) -> None:
    from jobs.process import start_helper

    convs, _ = backlog(5)
    ingest(engine, convs)
    assert start_helper(engine, config(extract_workers=1)) is None
    memory = open_database("sqlite://")
    assert start_helper(memory, config(extract_workers=1)) is None


def test_a_changed_conversation_is_extracted_again(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper result for an older copy of a conversation is never used."""
    from jobs.steps.batch import Cache
    from storage.claims import claim_due

    monkeypatch.setattr(prefetch, "CHUNK", 10)
    engine = open_database(f"sqlite:///{tmp_path / 'changed.db'}")
    convs, _ = backlog(8)
    ingest(engine, convs)
    helper = prefetch.Prefetcher(engine, "US", 1)
    try:
        for _, _, future in helper._queued:
            future.result(timeout=60)  # the helper has read and extracted every chunk
        with engine.begin() as conn:
            # The conversation changes after the helper read it (its hash moves on).
            conn.execute(text("UPDATE conversation SET content_hash = 'changed' WHERE id = 1"))
        with engine.begin() as conn:
            claimed = claim_due(conn, 10)
        cache: Cache = {}
        helper.fill(cache, claimed)
    finally:
        helper.close()
        engine.dispose()
    assert all(conv_id != 1 for conv_id, _ in cache)
    assert cache, "nothing was taken from the helper"


def test_the_helper_reads_each_backend(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The helper opens the same database by URL (PostgreSQL: with its search_path)."""
    from jobs.process import ProcessStats
    from tests.jobs.process_helpers import lead_of

    monkeypatch.setattr(prefetch, "MIN_DUE", 10)
    monkeypatch.setattr(prefetch, "CHUNK", 15)
    hits = _count_hits(monkeypatch)
    engine = open_database(db_url)
    try:
        convs, _ = backlog(40)
        ingest(engine, convs)
        stats = ProcessStats()
        run_once(engine, config(batch_size=30, extract_workers=1), stats=stats)
        assert hits and hits[0] > 0
        assert stats.processed == len(convs) == len(lead_of(engine))
    finally:
        engine.dispose()


def test_a_killed_helper_costs_speed_not_conversations(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the helper process dies mid-run, the batches extract everything themselves."""
    import os
    import signal

    from jobs.process import ProcessStats
    from tests.jobs.process_helpers import lead_of

    monkeypatch.setattr(prefetch, "MIN_DUE", 10)
    monkeypatch.setattr(prefetch, "CHUNK", 10)
    fill = prefetch.Prefetcher.fill
    killed: list[int] = []

    def fill_then_kill(self: prefetch.Prefetcher, cache: Any, claimed: Any, docs: Any) -> None:
        fill(self, cache, claimed, docs)
        if not killed:
            for pid in list(self._pool._processes):  # the helper, as an OOM killer would
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    monkeypatch.setattr(prefetch.Prefetcher, "fill", fill_then_kill)
    engine = open_database(f"sqlite:///{tmp_path / 'killed.db'}")
    try:
        convs, _ = backlog(40)
        ingest(engine, convs)
        stats = ProcessStats()
        run_once(engine, config(batch_size=20, extract_workers=1), stats=stats)
        assert killed
        assert stats.processed == len(convs) == len(lead_of(engine)) and stats.failed == 0
    finally:
        engine.dispose()


def test_a_waiting_batch_takes_over_chunks_no_helper_has_started(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each chunk is extracted once: by the helper or by the batch's process, never both."""
    from jobs.steps.batch import Cache, Docs
    from jobs.steps.extract import default_extractor
    from storage.claims import claim_due
    from storage.queries import conversation_dicts

    monkeypatch.setattr(prefetch, "CHUNK", 8)  # the 80 conversations fill 10 chunks
    engine = open_database(f"sqlite:///{tmp_path / 'taken.db'}")
    convs, _ = backlog(40)
    ingest(engine, convs)
    helper = prefetch.Prefetcher(engine, "US", 1)
    try:
        chunks = len(helper._queued)
        # Holding the lock keeps the helper from starting another chunk meanwhile.
        with helper._slots.get_lock():
            while helper._take_one():
                pass
        with engine.begin() as conn:
            claimed = claim_due(conn, 100)
            docs = conversation_dicts(conn, claimed, times=False)
        cache: Cache = {}
        read: Docs = {}
        helper.fill(cache, claimed, read)
        states = [helper._slots[slot] for slot in range(chunks)]
    finally:
        helper.close()
        engine.dispose()
    assert helper.taken >= 1, "no chunk was taken over"
    assert states.count(prefetch.TAKEN) == helper.taken
    assert states.count(prefetch.STARTED) == chunks - helper.taken
    assert helper.hits == len(claimed) == len(convs) == chunks * 8
    for row, doc in zip(claimed, docs, strict=True):
        extraction, _, _ = cache[(row.id, row.content_hash)]
        assert extraction == default_extractor(doc, "US")
        assert read[(row.id, row.content_hash)] == doc  # the batch need not read it again


def test_a_lock_left_held_costs_only_speed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A helper killed while claiming a chunk leaves the lock held: claims time out."""
    import multiprocessing
    import threading

    monkeypatch.setattr(prefetch, "_LOCK_WAIT", 0.2)
    slots = multiprocessing.get_context("spawn").Array("b", 4)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:  # another owner that never lets go while we claim
        with slots.get_lock():
            held.set()
            release.wait(10)

    owner = threading.Thread(target=hold)
    owner.start()
    try:
        assert held.wait(5)
        assert prefetch._claim(slots, 1, prefetch.TAKEN) is False
        assert slots[1] == prefetch.OPEN
    finally:
        release.set()
        owner.join()
    assert prefetch._claim(slots, 1, prefetch.TAKEN) is True
    assert prefetch._claim(slots, 1, prefetch.STARTED) is False  # taken already

"""Parse in a helper process while storing: the same result as inline, and failures said."""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

import jobs.ingest as ingest_module
from jobs.ingest import ingest
from jobs.ingest.ahead import can_parse_ahead, parse_ahead
from jobs.ingest.base import Item, Lines, Options
from storage.conversations import ConversationData, content_hash
from storage.db import open_database
from storage.models import Conversation
from tests.jobs.test_ingest import FIXTURES, conversations, counts

ROOT = Path(__file__).resolve().parents[2]
VOLATILE = {"id", "imported_at", "updated_at"}


def mixed_file(path: Path, n: int = 700) -> Path:
    """Write `n` conversations with a few bad lines and a repeated id among them."""
    rng = random.Random(7)
    lines = []
    for i in range(n):
        texts = [rng.choice(["quote for 40 chairs?", "hola, precio?", "ok", "thanks"])]
        texts += ["sure", "call me on 07911 123456"][: rng.randint(0, 2)]
        messages = [
            {"role": "customer" if j % 2 == 0 else "agent", "text": t, "at": f"2026-11-20T09:{j:02d}:00Z"}
            for j, t in enumerate(texts)
        ]  # fmt: skip
        lines.append(json.dumps({"id": f"c-{i}", "source": "widget", "messages": messages}))
        if i % 97 == 5:
            lines.append('{"id": "broken", "source": ')
    lines.append(lines[0].replace("quote", "QUOTE").replace("hola", "HOLA").replace("ok", "OK"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(engine: Engine) -> dict:
    return {
        key: {k: v for k, v in row.items() if k not in VOLATILE}
        for key, row in conversations(engine).items()
    }


@pytest.mark.parametrize(
    "name", ["conversations.jsonl", "webhook_payload.json", "WhatsApp Chat with Javi.txt", None]
)
def test_parsing_ahead_stores_exactly_what_inline_parsing_stores(
    engine: Engine, tmp_path: Path, name: str | None
) -> None:
    path = FIXTURES / name if name else mixed_file(tmp_path / "mixed.jsonl")
    inline_engine = open_database(f"sqlite:///{tmp_path / 'inline.db'}")
    try:
        inline = ingest(inline_engine, [path], batch_size=100, ahead=False)
        expected = stored(inline_engine)
    finally:
        inline_engine.dispose()
    ahead = ingest(engine, [path], batch_size=100, ahead=True)
    assert counts(ahead) == counts(inline)
    assert [(r.line, r.reason) for r in ahead.rejections] == [
        (r.line, r.reason) for r in inline.rejections
    ]
    assert stored(engine) == expected
    assert expected  # the comparison compared something
    if name is None:
        assert counts(ahead) == (700, 1, 0, 8)  # the repeated id is an update, 8 bad lines


def test_the_helper_hands_over_hashes_and_progress(tmp_path: Path) -> None:
    path = mixed_file(tmp_path / "mixed.jsonl", n=300)
    with path.open("rb") as fh:
        lines = Lines(fh)
        seen: list[int] = []
        items = []
        for item in parse_ahead(ingest_module.jsonl.parse, lines, Options(str(path)), chunk=50):
            seen.append(lines.bytes_read)
            items.append(item)
    assert seen == sorted(seen) and seen[0] < seen[-1] == path.stat().st_size
    convs = [i for i in items if isinstance(i, ConversationData)]
    assert len(convs) == 301
    assert all(c.content_hash == content_hash(c) for c in convs)


def raising_parser(lines: Iterable[tuple[int, bytes]], opts: Options) -> Iterator[Item]:
    for n, item in enumerate(ingest_module.jsonl.parse(lines, opts)):
        if n == 300:
            raise ingest_module.IngestError("line 301 is not what this parser expected")
        yield item


def dying_parser(lines: Iterable[tuple[int, bytes]], opts: Options) -> Iterator[Item]:
    for n, item in enumerate(ingest_module.jsonl.parse(lines, opts)):
        if n == 300:
            os._exit(9)  # as if killed: no exception, no goodbye
        yield item


def test_a_parser_error_stops_the_file_with_its_reason(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(ingest_module.FORMATS, "jsonl", raising_parser)
    report = ingest(engine, [mixed_file(tmp_path / "a.jsonl")], batch_size=100, ahead=True)
    [failure] = report.failed_files
    assert "line 301 is not what this parser expected" in failure


def test_a_helper_that_dies_loses_nothing_and_a_second_run_completes(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = mixed_file(tmp_path / "a.jsonl")
    monkeypatch.setitem(ingest_module.FORMATS, "jsonl", dying_parser)
    report = ingest(engine, [path], batch_size=100, ahead=True)
    [failure] = report.failed_files
    assert "parsing helper stopped before the end of the file (exit code 9)" in failure
    assert "run the import again" in failure
    with engine.connect() as conn:
        kept = len(conn.execute(select(Conversation.id)).all())  # type: ignore[call-overload]
    # Whole batches only: what reached this process before the helper died, never a part.
    assert kept % 100 == 0 and 0 < kept < 300
    monkeypatch.undo()
    again = ingest(engine, [path], batch_size=100, ahead=True)
    assert not again.failed_files
    assert (again.imported, again.unchanged) == (700 - kept, kept)


def test_stopping_early_stops_the_helper(tmp_path: Path) -> None:
    path = mixed_file(tmp_path / "big.jsonl", n=3000)
    before = set(os.listdir("/proc"))
    with path.open("rb") as fh:
        items = parse_ahead(ingest_module.jsonl.parse, Lines(fh), Options(str(path)), chunk=10)
        next(items)
        children = [p for p in set(os.listdir("/proc")) - before if p.isdigit()]
        items.close()  # the helper is blocked on a full pipe: it must not stay behind
    assert children, "the helper should have been running"
    for pid in children:
        status = Path(f"/proc/{pid}/status")
        assert not status.exists() or "State:\tZ" not in status.read_text()


def test_standard_input_is_parsed_ahead_too(engine: Engine) -> None:
    raw = (FIXTURES / "conversations.jsonl").read_bytes()
    report = ingest(engine, [io.BufferedReader(io.BytesIO(raw))], ahead=True)
    assert counts(report) == (3, 0, 0, 0)


def test_only_a_process_without_other_threads_forks() -> None:
    alone = threading.active_count() == 1
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not can_parse_ahead()
    finally:
        stop.set()
        worker.join()
    if alone:
        assert can_parse_ahead() == ((os.cpu_count() or 1) > 1)


def test_the_command_parses_a_large_file_ahead(db_url: str, tmp_path: Path) -> None:
    path = mixed_file(tmp_path / "large.jsonl", n=12_000)
    assert path.stat().st_size >= ingest_module.MIN_BYTES
    proc = subprocess.run(
        [sys.executable, "-m", "leads", "--db", db_url, "--verbose", "ingest", str(path)],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200"},
        timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr  # the bad lines
    assert b"12,000 imported, 1 updated, 0 unchanged, 124 rejected" in proc.stdout
    if (os.cpu_count() or 1) > 1:
        assert b"in a helper process" in proc.stderr


def test_every_field_of_a_record_crosses_the_pipe() -> None:
    from dataclasses import fields
    from datetime import UTC, datetime

    from jobs.ingest.ahead import _pack, _unpack
    from storage.conversations import MessageData

    at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    conv = ConversationData(
        "whatsapp", "wa-1", [MessageData("customer", "hola", at, "wamid.1")], "Ventas",
        at, "Ana", "+34 612 345 678", True, "f" * 64,
    )  # fmt: skip
    back = _unpack(_pack(conv))
    # missing is set by the store, never by a parser: it is the one field left behind
    for f in fields(ConversationData):
        if f.name != "missing":
            assert getattr(back, f.name) == getattr(conv, f.name), f.name
    assert type(back.messages[0]) is MessageData


class Unpicklable(Exception):
    def __reduce__(self):  # type: ignore[no-untyped-def]
        raise TypeError("cannot pickle this")


def unpicklable_parser(lines: Iterable[tuple[int, bytes]], opts: Options) -> Iterator[Item]:
    yield from ()
    raise Unpicklable("parsing went wrong")


def test_an_error_that_cannot_cross_the_pipe_is_still_named(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(ingest_module.FORMATS, "jsonl", unpicklable_parser)
    report = ingest(engine, [mixed_file(tmp_path / "a.jsonl", n=10)], ahead=True)
    [failure] = report.failed_files
    assert "parsing failed: Unpicklable" in failure


def test_the_helper_never_returns_into_the_importer(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jobs.ingest.ahead as ahead_module

    def broken(*args: object) -> int:
        raise RuntimeError("the helper itself failed")

    monkeypatch.setattr(ahead_module, "_run", broken)
    report = ingest(engine, [mixed_file(tmp_path / "a.jsonl", n=10)], ahead=True)
    [failure] = report.failed_files
    # 70 is the helper's own code for its failure: it left without running any more
    assert "parsing helper stopped before the end of the file (exit code 70)" in failure
    with engine.connect() as conn:
        assert conn.execute(select(Conversation.id)).first() is None  # type: ignore[call-overload]

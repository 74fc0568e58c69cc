"""Import conversations (JSON Lines, WhatsApp webhooks, WhatsApp chat exports) into storage.

`ingest()` streams each file, validates every record, and upserts whole conversations in
batches, one transaction per batch: an interrupted import leaves only whole conversations,
and running it again completes it (what was stored is then "unchanged").
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine

from jobs.ingest import jsonl, webhook, whatsapp_export
from jobs.ingest.ahead import MIN_BYTES, HelperStopped, can_parse_ahead, parse_ahead
from jobs.ingest.base import Item, Lines, Options, Rejected
from jobs.ingest.store import store_conversations
from storage.conversations import (
    ConversationData,
    Outcome,
    merge_conversation,
)

log = logging.getLogger(__name__)

FORMATS: dict[str, Callable[[Iterable[tuple[int, bytes]], Options], Iterator[Item]]] = {
    "jsonl": jsonl.parse,
    "webhook": webhook.parse,
    "whatsapp": whatsapp_export.parse,
}
BATCH_SIZE = 1_000
# Keep the first rejections for the report; the count covers them all (bounded memory).
MAX_KEPT_REJECTIONS = 1_000
PEEK_BYTES = 64 * 1024

# progress(name, bytes done, total bytes or None for a stream)
Progress = Callable[[str, int, int | None], None]
InputSource = str | os.PathLike[str] | BinaryIO


@dataclass(frozen=True, slots=True)
class Rejection:
    """Name one record that was not imported: file, line and reason (no message text)."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass
class IngestReport:
    """Count what an import did; `failed_files` are files that could not be read at all."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    missing_kept: int = 0  # stored messages a re-imported copy lacked, kept
    rejections: list[Rejection] = field(default_factory=list)
    failed_files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when every record of every file was imported or unchanged."""
        return not self.rejected and not self.failed_files

    def summary(self) -> str:
        """Return the one-line summary people read."""
        return (
            f"{self.imported:,} imported, {self.updated:,} updated, {self.unchanged:,} unchanged, "
            f"{self.rejected:,} rejected"
            + (f", {len(self.failed_files)} file(s) unreadable" if self.failed_files else "")
            + (
                f", {self.missing_kept:,} messages missing from the new copy, kept"
                if self.missing_kept
                else ""
            )
        )

    def reject(self, file: str, line: int, reason: str) -> None:
        """Count a rejected record, keeping the first ones for the report."""
        self.rejected += 1
        if len(self.rejections) < MAX_KEPT_REJECTIONS:
            self.rejections.append(Rejection(file, line, reason))
        log.info("rejected %s:%d: %s", file, line, reason)

    def count(self, outcome: Outcome) -> None:
        """Count one stored conversation by what happened to it."""
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)


class IngestError(Exception):
    """Say why a whole file could not be imported (unreadable, unknown format)."""


def detect_format(head: bytes, name: str) -> str | None:
    """Return the format of a file from its first bytes, then its extension; None if unsure."""
    text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace").lstrip()
    suffix = Path(name).suffix.casefold()
    if text.startswith("["):
        # A JSON array holds webhook payloads; an export line starts with "[" then a digit.
        return (
            "whatsapp" if whatsapp_export.looks_like_export(text.split("\n", 1)[0]) else "webhook"
        )
    if text.startswith("{"):
        try:
            doc = json.loads(text.split("\n", 1)[0])
        except ValueError:
            doc = None
        if isinstance(doc, dict):
            return "webhook" if "entry" in doc else "jsonl"
        if '"entry"' in text and suffix != ".jsonl":
            return "webhook"  # a pretty-printed payload
        return "jsonl"
    lines = text.splitlines()[:50]
    if any(whatsapp_export.looks_like_export(line) for line in lines):
        return "whatsapp"
    by_suffix = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "webhook", ".txt": "whatsapp"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    if any(line.lstrip().startswith("{") for line in lines):
        return "jsonl"
    return None


@contextmanager
def _opened(src: InputSource) -> Iterator[tuple[str, BinaryIO, int | None]]:
    if isinstance(src, str | os.PathLike):
        name = os.fspath(src)
        if name == "-":
            yield "<stdin>", sys.stdin.buffer, None
            return
        with open(name, "rb", buffering=1 << 16) as fh:
            yield name, fh, os.fstat(fh.fileno()).st_size
        return
    yield str(getattr(src, "name", "<stream>")), src, None


class _Prefixed(io.RawIOBase):
    """Read `head` again, then the rest of `stream`: detection reads ahead, even on a pipe."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head = memoryview(head)
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_head(stream: BinaryIO) -> bytes:
    """Return the first PEEK_BYTES (fewer at the end), however the stream delivers them."""
    parts, size = [], 0
    while size < PEEK_BYTES:
        chunk = stream.read(PEEK_BYTES - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def ingest(
    engine: Engine,
    sources: Iterable[InputSource],
    *,
    agent: str | None = None,
    source: str | None = None,
    format: str | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    ahead: bool | None = None,
) -> IngestReport:
    """Import every source (path, "-" for stdin, or a binary stream) and report the outcome.

    `format` forces jsonl, webhook or whatsapp (else detected per file); `agent` and
    `source` fill in what a format does not say (see each format's module). `ahead`
    parses in a helper process while this one stores (jobs/ingest/ahead.py): None
    decides by the file's size and whether this process may fork.
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    report = IngestReport()
    for src in sources:
        label = os.fspath(src) if isinstance(src, str | os.PathLike) else "<stream>"
        try:
            with _opened(src) as (name, stream, total):
                label = name
                _ingest_stream(
                    engine, stream, Options(name, agent, source), format, total,
                    progress, batch_size, report, ahead,
                )  # fmt: skip
        except (IngestError, HelperStopped) as exc:
            report.failed_files.append(f"{label}: {exc}")
        except OSError as exc:
            report.failed_files.append(f"{label}: cannot read ({exc.strerror or exc})")
    log.info("import finished: %s", report.summary())
    return report


def _ingest_stream(
    engine: Engine,
    stream: BinaryIO,
    opts: Options,
    fmt: str | None,
    total: int | None,
    progress: Progress | None,
    batch_size: int,
    report: IngestReport,
    ahead: bool | None,
) -> None:
    if fmt is None:
        head = _read_head(stream)
        fmt = detect_format(head, opts.name)
        if fmt is None:
            raise IngestError("cannot tell the format; pass --format jsonl|webhook|whatsapp")
        stream = io.BufferedReader(_Prefixed(head, stream), 1 << 16)  # type: ignore[assignment]
    lines = Lines(stream)
    batch: dict[tuple[str, str], ConversationData] = {}

    def flush() -> None:
        if batch:
            for outcome in store_conversations(engine, list(batch.values())):
                report.count(outcome)
            report.missing_kept += sum(conv.missing for conv in batch.values())
            batch.clear()
        if progress is not None:
            progress(opts.name, lines.bytes_read, total)

    if ahead is None:
        ahead = (total is None or total >= MIN_BYTES) and can_parse_ahead()
    items = parse_ahead(FORMATS[fmt], lines, opts) if ahead else FORMATS[fmt](lines, opts)
    with closing(items):  # a failed store stops the helper at once, not when collected
        for item in items:
            if isinstance(item, Rejected):
                report.reject(opts.name, item.line, item.reason)
                continue
            pending = batch.get(item.key)
            if pending is not None:
                if item.append:
                    merge_conversation(pending, item)
                    continue
                flush()  # a repeated id: store the earlier one first, as if imported in turn
            batch[item.key] = item
            if len(batch) >= batch_size:
                flush()
        flush()


__all__ = ["FORMATS", "IngestError", "IngestReport", "Rejection", "detect_format", "ingest"]

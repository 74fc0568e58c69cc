"""Share what every import format needs: numbered byte lines, options and rejections."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from storage.conversations import ConversationData


@dataclass(frozen=True, slots=True)
class Rejected:
    """Say that one line (or the record starting there) was not imported, and why."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Options:
    """Carry the command-line choices a format may need."""

    name: str  # the file's path as given, "<stdin>" for standard input
    agent: str | None = None
    source: str | None = None


Item = ConversationData | Rejected


class Lines:
    """Iterate `(line number, raw bytes)` over a binary stream, counting bytes read.

    Bytes, not text: each line is decoded on its own so one bad byte rejects one line.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.bytes_read = 0
        self.lineno = 0

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        for raw in self.stream:
            self.bytes_read += len(raw)
            self.lineno += 1
            if self.lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a UTF-8 byte order mark, as Windows tools write
            yield self.lineno, raw


def decode(raw: bytes) -> str | Rejected:
    """Return the line as text without its line ending, or why it is not UTF-8."""
    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        return Rejected(0, f"invalid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")

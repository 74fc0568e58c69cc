"""Parse an import in a helper process while this process stores what was parsed.

An import spends about as long validating records (pydantic, content hashes) as
storing them (SQLite inserts), and the two depend only one way. On two cores a forked
helper runs the format's parser over the stream and sends each chunk of parsed records,
their content hashes already taken, through a pipe; this process stores one chunk while
the helper parses the next. The pipe holds a chunk or two, so the helper never runs
far ahead and memory stays bounded.

Nothing about the outcome changes: records arrive in file order, rejections with their
line numbers, and an error that stops a file (an unreadable stream) is raised here as it
would have been inline. A helper that dies (killed, out of memory) stops the file with
an error saying so; batches stored before stay, and running the import again completes
it. Forking is safe only in a process running no other thread, so `can_parse_ahead`
says when to use it (the CLI); elsewhere the parser runs inline.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from multiprocessing.connection import Connection

from jobs.forking import fork_is_safe
from jobs.ingest.base import Item, Lines, Options
from storage.conversations import ConversationData, MessageData, content_hash

log = logging.getLogger(__name__)

CHUNK = 250  # records per message through the pipe: small enough to start storing soon
# Below this size the fork and the pickling cost more than the overlap saves.
MIN_BYTES = 1 << 20

# The pipe's buffer: about seven chunks of ordinary chats, Linux's default upper limit.
PIPE_BYTES = 1 << 20

Parser = Callable[[Iterable[tuple[int, bytes]], Options], Iterator[Item]]


class HelperStopped(Exception):
    """Say that the parsing helper ended without finishing the stream."""


def can_parse_ahead() -> bool:
    """Return whether this process may fork a parsing helper and has a core to give it."""
    return fork_is_safe() and (os.cpu_count() or 1) > 1


def parse_ahead(
    parse: Parser, lines: Lines, opts: Options, *, chunk: int = CHUNK
) -> Iterator[Item]:
    """Yield what `parse(lines, opts)` yields, parsed in a forked helper process.

    Keeps `lines.bytes_read` up to date for progress. Raises what the parser raised, or
    HelperStopped if the helper died; stops the helper if the caller stops early.
    """
    log.debug("parsing %s in a helper process", opts.name)
    receive, send = multiprocessing.Pipe(duplex=False)
    _widen(send)
    # os.fork rather than multiprocessing.Process, which closes standard input in the
    # child: `leads ingest -` reads it there.
    pid = os.fork()
    if pid == 0:  # the helper: parse, send, and leave without running any exit handler
        code = 70  # EX_SOFTWARE, unless _run returns: the helper itself failed
        try:
            # What it inherited lives until it exits: its collections need not walk it
            # (and walking would copy the parent's pages).
            gc.freeze()
            receive.close()
            code = _run(send, parse, lines, opts, chunk)
        finally:
            # Whatever happens, the helper never returns into the importer's code.
            os._exit(code)
    send.close()  # this process only reads: EOF then means the helper is gone
    finished = False
    try:
        while True:
            try:
                message = receive.recv()
            except EOFError:
                raise HelperStopped(
                    "the parsing helper stopped before the end of the file"
                    f" ({_wait(pid)}); what was stored before is kept:"
                    " run the import again to complete it"
                ) from None
            if message is None:
                finished = True
                return
            if isinstance(message, BaseException):
                raise message
            items, lines.bytes_read = message
            for item in items:
                yield _unpack(item) if type(item) is tuple else item
    finally:
        receive.close()
        if not finished:  # the caller stopped early, or an error: the helper may still run
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        _wait(pid)


def _wait(pid: int) -> str:
    """Reap the helper `pid`; return how it ended, in words."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return "already reaped"
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit code {os.waitstatus_to_exitcode(status)}"


def _widen(conn: Connection) -> None:
    """Let the pipe hold several chunks, so the helper parses on while this process stores."""
    # Not Linux, or above the system's limit: the pipe keeps its default size.
    with suppress(ImportError, AttributeError, OSError):
        import fcntl

        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)


def _run(send: Connection, parse: Parser, lines: Lines, opts: Options, chunk: int) -> int:
    """Parse the stream and send chunks of (records, bytes read), then None; in the helper.

    Returns the helper's exit code: 0 when everything (or the error) was sent.
    """
    try:
        batch: list[Item | tuple] = []
        for item in parse(lines, opts):
            if isinstance(item, ConversationData):
                if not item.append:
                    # The store compares whole copies by this hash: take it here, in parallel.
                    item.content_hash = content_hash(item)
                batch.append(_pack(item))
            else:
                batch.append(item)
            if len(batch) >= chunk:
                send.send((batch, lines.bytes_read))
                batch = []
        send.send((batch, lines.bytes_read))
        send.send(None)
        return 0
    except BrokenPipeError:
        return 1  # the importing process stopped reading; nothing to tell it
    except BaseException as exc:  # raised again in the importing process
        try:
            send.send(exc)
        except Exception:  # an exception that does not pickle: say what it was
            send.send(HelperStopped(f"parsing failed: {type(exc).__name__}"))
        return 0
    finally:
        send.close()


def _pack(conv: ConversationData) -> tuple:
    """Return `conv` as plain tuples: they pickle in about half the time of the classes."""
    return (
        conv.source, conv.external_id, [tuple(m) for m in conv.messages], conv.agent,
        conv.started_at, conv.contact_name, conv.contact_phone, conv.append, conv.content_hash,
        conv.contact_email,
    )  # fmt: skip


def _unpack(packed: tuple) -> ConversationData:
    """Return the ConversationData that `_pack` packed."""
    source, external_id, messages, agent, started_at, name, phone, append, digest, email = packed
    return ConversationData(
        source, external_id, [MessageData._make(m) for m in messages], agent, started_at,
        name, phone, append, digest, contact_email=email,
    )  # fmt: skip

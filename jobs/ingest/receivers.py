"""Receive live capture webhooks: authenticate, parse, store, then acknowledge.

Routes (Starlette), each owned here beside the file importers:
`GET/POST /webhooks/whatsapp`, `POST /webhooks/chatwoot/{token}`, `POST /webhooks/chat`.
A route whose secret is not configured answers 404. A 200 is sent only after the
delivery is committed, so a provider that saw no 200 redelivers and nothing is lost.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import Engine
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from jobs.ingest.capture import Capture, PayloadError, parse_chat, parse_chatwoot, parse_whatsapp
from jobs.ingest.store import CaptureWriter

log = logging.getLogger(__name__)
MAX_BODY = 1_000_000  # bytes; larger bodies get 413 unread
MAX_SKEW = 300  # seconds a signed generic request stays valid
SOURCES = ("whatsapp", "chatwoot", "chat")


@dataclass(frozen=True, slots=True)
class CaptureConfig:
    """Hold the capture secrets (from the environment) and settings; empty = route off."""

    whatsapp_verify_token: str = ""
    whatsapp_app_secret: str = ""
    chatwoot_token: str = ""
    chatwoot_secret: str = ""  # Chatwoot's per-webhook HMAC secret, where it sends one
    chat_secret: str = ""
    idle_hours: float = 24.0

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, idle_hours: float = 24.0) -> CaptureConfig:
        """Read the secrets from `env` (WHATSAPP_*, CHATWOOT_*, LEADS_WEBHOOK_SECRET)."""

        def get(name: str) -> str:
            return env.get(name, "").strip()

        return cls(
            whatsapp_verify_token=get("WHATSAPP_VERIFY_TOKEN"),
            whatsapp_app_secret=get("WHATSAPP_APP_SECRET"),
            chatwoot_token=get("CHATWOOT_WEBHOOK_TOKEN"),
            chatwoot_secret=get("CHATWOOT_WEBHOOK_SECRET"),
            chat_secret=get("LEADS_WEBHOOK_SECRET"),
            idle_hours=idle_hours,
        )

    def disabled(self) -> list[str]:
        """Return a line per route that answers 404 because its secret is not set."""
        off = []
        if not self.whatsapp_verify_token:
            off.append("GET /webhooks/whatsapp (set WHATSAPP_VERIFY_TOKEN)")
        if not self.whatsapp_app_secret:
            off.append("POST /webhooks/whatsapp (set WHATSAPP_APP_SECRET)")
        if not self.chatwoot_token:
            off.append("POST /webhooks/chatwoot/{token} (set CHATWOOT_WEBHOOK_TOKEN)")
        if not self.chat_secret:
            off.append("POST /webhooks/chat (set LEADS_WEBHOOK_SECRET)")
        return off


class CaptureCounters:
    """Count webhooks received, rejected and duplicated per source (for /metrics)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.received: Counter[str] = Counter()
        self.rejected: Counter[str] = Counter()
        self.duplicated: Counter[str] = Counter()

    def add(self, counter: Counter[str], source: str) -> None:
        """Add one to `counter` for `source`, safely from any thread."""
        with self._lock:
            counter[source] += 1


class _Rejected(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


async def _body(request: Request) -> bytes:
    """Return the body, refusing (413) anything over MAX_BODY before reading it all."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
        raise _Rejected(413, "body larger than 1 MB")
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _Rejected(413, "body larger than 1 MB")
        parts.append(chunk)
    return b"".join(parts)


def _hex_hmac(secret: str, data: bytes) -> str:
    return hmac.new(secret.encode(), data, hashlib.sha256).hexdigest()


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def _check_whatsapp(request: Request, body: bytes, config: CaptureConfig) -> None:
    given = request.headers.get("x-hub-signature-256", "")
    if not _same(given, "sha256=" + _hex_hmac(config.whatsapp_app_secret, body)):
        raise _Rejected(401, "bad or missing X-Hub-Signature-256")


def _check_chat(request: Request, body: bytes, config: CaptureConfig, now: float) -> None:
    stamp = request.headers.get("x-leads-timestamp", "")
    if not stamp.isdigit() or abs(now - int(stamp)) > MAX_SKEW:
        raise _Rejected(401, "missing or stale X-Leads-Timestamp")
    signed = f"v0:{stamp}:".encode() + body
    given = request.headers.get("x-leads-signature", "")
    if not _same(given, "v0=" + _hex_hmac(config.chat_secret, signed)):
        raise _Rejected(401, "bad X-Leads-Signature")


def _check_chatwoot(request: Request, body: bytes, config: CaptureConfig, now: float) -> None:
    if not _same(request.path_params.get("token", ""), config.chatwoot_token):
        raise _Rejected(404, "Not Found")  # a wrong path secret looks like no route at all
    if not config.chatwoot_secret:
        return
    # Chatwoot versions that sign send sha256=HMAC(secret, "{timestamp}.{body}").
    stamp = request.headers.get("x-chatwoot-timestamp", "")
    if not stamp.isdigit() or abs(now - int(stamp)) > MAX_SKEW:
        raise _Rejected(401, "missing or stale X-Chatwoot-Timestamp")
    given = request.headers.get("x-chatwoot-signature", "")
    expected = "sha256=" + _hex_hmac(config.chatwoot_secret, f"{stamp}.".encode() + body)
    if not _same(given, expected):
        raise _Rejected(401, "bad X-Chatwoot-Signature")


def capture_routes(
    engine: Engine,
    config: CaptureConfig,
    counters: CaptureCounters,
    clock: Callable[[], float] = time.time,
) -> list[Route]:
    """Return the capture routes, storing into `engine`."""
    writer = CaptureWriter(engine, idle_hours=config.idle_hours)

    async def receive(
        request: Request,
        source: str,
        enabled: bool,
        check: Callable[[Request, bytes], None],
        parse: Callable[[bytes], Capture],
    ) -> Response:
        if not enabled:
            return PlainTextResponse("Not Found", status_code=404)
        counters.add(counters.received, source)
        try:
            body = await _body(request)
            check(
                request,
                body,
            )
            try:
                capture = parse(body)
            except PayloadError as exc:
                raise _Rejected(400, str(exc)) from None
        except _Rejected as exc:
            counters.add(counters.rejected, source)
            log.info("%s webhook rejected (%d): %s", source, exc.status, exc.reason)
            return PlainTextResponse(exc.reason, status_code=exc.status)
        try:
            stored = await asyncio.wrap_future(writer.submit(capture))
        except Exception as exc:
            log.error("%s webhook not stored: %s", source, type(exc).__name__)
            return PlainTextResponse("not stored; retry later", status_code=503)
        if stored.duplicate:
            counters.add(counters.duplicated, source)
        return PlainTextResponse("ok")

    async def whatsapp_verify(request: Request) -> Response:
        if not config.whatsapp_verify_token:
            return PlainTextResponse("Not Found", status_code=404)
        q = request.query_params
        token = q.get("hub.verify_token", "")
        if q.get("hub.mode") == "subscribe" and _same(token, config.whatsapp_verify_token):
            return PlainTextResponse(q.get("hub.challenge", ""))
        return PlainTextResponse("Forbidden", status_code=403)

    async def whatsapp(request: Request) -> Response:
        return await receive(
            request,
            "whatsapp",
            bool(config.whatsapp_app_secret),
            lambda r, b: _check_whatsapp(r, b, config),
            parse_whatsapp,
        )

    async def chatwoot(request: Request) -> Response:
        return await receive(
            request,
            "chatwoot",
            bool(config.chatwoot_token),
            lambda r, b: _check_chatwoot(r, b, config, clock()),
            parse_chatwoot,
        )

    async def chat(request: Request) -> Response:
        return await receive(
            request,
            "chat",
            bool(config.chat_secret),
            lambda r, b: _check_chat(r, b, config, clock()),
            parse_chat,
        )

    return [
        Route("/webhooks/whatsapp", whatsapp_verify, methods=["GET"]),
        Route("/webhooks/whatsapp", whatsapp, methods=["POST"]),
        Route("/webhooks/chatwoot/{token}", chatwoot, methods=["POST"]),
        Route("/webhooks/chat", chat, methods=["POST"]),
    ]

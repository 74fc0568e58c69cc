"""Assemble the one ASGI app `leads serve` runs: Slack, capture webhooks, health and metrics.

Each package owns its routes (Slack's in `bot/web.py`, capture in
`jobs/ingest/receivers.py`); this module only puts them together and adds the
operational routes. Kept light at import: no model, no scikit-learn.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select, text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from jobs.ingest.receivers import SOURCES, CaptureConfig, CaptureCounters, capture_routes
from storage.db import schema_is_current
from storage.models import Conversation, OutboxItem

# model_check() -> None when the model is loaded, else why not ("loading", an error).
ModelCheck = Callable[[], str | None]


class ModelLoader:
    """Load the scoring model once in the background and say whether it is ready."""

    def __init__(self, load: Callable[[], Any]) -> None:
        self._load = load
        self._problem: str | None = "model still loading"
        self._started = False
        self._lock = threading.Lock()

    def start(self) -> None:
        """Begin loading in a daemon thread (once)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._run, name="model-load", daemon=True).start()

    def _run(self) -> None:
        try:
            self._load()
        except Exception as exc:
            self._problem = f"model not loaded: {exc}"
        else:
            self._problem = None

    def __call__(self) -> str | None:
        """Return None once loaded, else the reason /ready gives."""
        return self._problem


def _ready_problem(engine: Engine, model_check: ModelCheck | None) -> str | None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        return f"database not reachable ({type(exc).__name__})"
    try:
        if not schema_is_current(engine):
            return "database migrations are not current; run any leads command to upgrade"
    except Exception as exc:
        return f"cannot read the migration state ({type(exc).__name__})"
    return model_check() if model_check is not None else None


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value


def metrics_text(engine: Engine, counters: CaptureCounters, now: datetime | None = None) -> str:
    """Return the Prometheus text exposition of capture, processing and delivery figures."""
    now = now or datetime.now(UTC)
    conv, out = Conversation.__table__.c, OutboxItem.__table__.c  # type: ignore[attr-defined]
    with engine.connect() as conn:
        due, oldest = conn.execute(
            select(func.count(), func.min(conv.updated_at)).where(conv.state == "due")
        ).one()
        delivered = conn.execute(select(func.count()).where(out.sent_at.is_not(None))).scalar()
        failed = conn.execute(select(func.count()).where(out.failed.is_(True))).scalar()
    oldest = _utc(oldest)
    lag = max(0.0, (now - oldest).total_seconds()) if oldest else 0.0
    lines: list[str] = []

    def family(name: str, kind: str, help_: str, samples: list[tuple[str, float]]) -> None:
        lines.extend([f"# HELP {name} {help_}", f"# TYPE {name} {kind}"])
        lines.extend(f"{name}{labels} {value:g}" for labels, value in samples)

    for name, counter, help_ in (
        ("leads_webhooks_received_total", counters.received, "Webhook requests received."),
        ("leads_webhooks_rejected_total", counters.rejected, "Webhook requests refused."),
        ("leads_webhooks_duplicated_total", counters.duplicated, "Deliveries already stored."),
    ):
        family(name, "counter", help_, [(f'{{source="{s}"}}', counter[s]) for s in SOURCES])
    family("leads_conversations_due", "gauge", "Conversations waiting to be processed.",
           [("", due)])  # fmt: skip
    family("leads_processing_lag_seconds", "gauge",
           "Age of the oldest conversation waiting to be processed.", [("", lag)])  # fmt: skip
    family("leads_alerts_delivered_total", "counter", "Outbox items delivered.",
           [("", delivered or 0)])  # fmt: skip
    family("leads_alerts_failed_total", "counter", "Outbox items that failed for good.",
           [("", failed or 0)])  # fmt: skip
    return "\n".join(lines) + "\n"


def build_web_app(
    engine: Engine,
    capture: CaptureConfig,
    *,
    slack_app: Any | None = None,
    model_check: ModelCheck | None = None,
    counters: CaptureCounters | None = None,
    clock: Callable[[], float] = time.time,
) -> Starlette:
    """Return the Starlette app: Slack (when `slack_app`), capture, /health, /ready, /metrics."""
    counters = counters or CaptureCounters()

    async def health(_request: Request) -> Response:
        return PlainTextResponse("ok")

    async def ready(_request: Request) -> Response:
        problem = await run_in_threadpool(_ready_problem, engine, model_check)
        if problem:
            return PlainTextResponse(problem, status_code=503)
        return PlainTextResponse("ready")

    async def metrics(_request: Request) -> Response:
        body = await run_in_threadpool(metrics_text, engine, counters)
        return PlainTextResponse(body, media_type="text/plain; version=0.0.4")

    routes: list[Any] = [
        Route("/health", health, methods=["GET"]),
        Route("/ready", ready, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        *capture_routes(engine, capture, counters, clock),
    ]
    if slack_app is not None:
        from bot.web import slack_route

        routes.append(slack_route(slack_app))
    app = Starlette(routes=routes)
    app.state.counters = counters
    return app

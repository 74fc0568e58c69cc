"""Answer a replayed (or re-sent) Slack request with 200 and do nothing else."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse
from sqlalchemy import Engine

from storage.models import utcnow
from storage.replay import first_seen

log = logging.getLogger(__name__)
# Bolt rejects signatures older than five minutes, so a record outlives its usefulness then.
WINDOW = timedelta(minutes=5)


def replay_guard(engine: Engine) -> Callable[..., Any]:
    """Return a Bolt global middleware that lets each request body through only once.

    Bolt checks the signature before global middleware runs, so only correctly signed
    requests are recorded. A replay within the window carries the same body (the
    signature covers it), and so does Slack's own retry (X-Slack-Retry-Num) of a request
    we were slow to acknowledge: both get an empty 200 and change nothing. The record is
    a database row, so every process serving Slack sees it.
    """

    def middleware(req: BoltRequest, resp: BoltResponse, next: Callable[[], Any]) -> Any:
        if req.mode == "socket_mode":  # no signature to replay; Slack's envelope acks
            return next()
        body = req.raw_body.encode("utf-8", "surrogateescape")
        digest = hashlib.sha256(body).hexdigest()
        if first_seen(engine, digest, now=utcnow(), window=WINDOW):
            return next()
        retry = (req.headers.get("x-slack-retry-num") or [""])[0]
        log.info("ignored a repeated Slack request%s", f" (Slack retry {retry})" if retry else "")
        return BoltResponse(status=200, body="")

    return middleware

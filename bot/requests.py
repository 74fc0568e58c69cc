"""Turn a raw HTTP request into a Bolt answer, whatever server carries it, never a crash."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from slack_bolt import App, BoltRequest, BoltResponse

log = logging.getLogger(__name__)


def dispatch_raw(
    app: App, raw: bytes, query: str, headers: Mapping[str, str | list[str]]
) -> BoltResponse:
    """Dispatch one Slack POST; answer 400 when its body cannot be parsed at all.

    Bolt parses the body while building the request, before it checks the signature, so
    junk (bad JSON in `payload`, a body that is not form or JSON) would otherwise raise
    before any middleware could answer. An unparseable body is never signed by Slack.
    """
    try:
        request = BoltRequest(
            body=raw.decode("utf-8", errors="replace"),
            query=query,
            headers={k.lower(): v for k, v in headers.items()},
        )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        log.info("rejected an unparseable Slack request (%s)", type(exc).__name__)
        return BoltResponse(status=400, body="Bad Request: the body is not a Slack payload")
    return app.dispatch(request)

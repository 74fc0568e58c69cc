"""Serve the Bolt app on Starlette: the `POST /slack/events` route of the one ASGI app."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.starlette.handler import to_starlette_response
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot.requests import dispatch_raw

PATH = "/slack/events"
# Slack's payloads are a few kilobytes; refuse anything absurd before reading it.
MAX_BODY = 1_000_000


def slack_route(app: App, path: str = PATH) -> Route:
    """Return the route that hands Slack's signed requests to `app` (Bolt verifies them)."""

    async def endpoint(request: Request) -> Response:
        if request.method != "POST":
            return PlainTextResponse("Not Found", status_code=404)
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return PlainTextResponse("Payload Too Large", status_code=413)
        body = await request.body()
        if len(body) > MAX_BODY:
            return PlainTextResponse("Payload Too Large", status_code=413)
        # Bolt's App is synchronous (listeners query the database): keep the loop free.
        # dispatch_raw answers 400 to a body Bolt cannot parse instead of crashing.
        bolt_response = await run_in_threadpool(
            dispatch_raw, app, body, request.url.query, dict(request.headers.items())
        )
        return to_starlette_response(bolt_response)

    return Route(path, endpoint, methods=["GET", "POST"])

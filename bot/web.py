"""Serve the Bolt app on Starlette: the `POST /slack/events` route of the one ASGI app."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

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
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return PlainTextResponse("body is not UTF-8", status_code=400)
        # Bolt's App is synchronous (listeners query the database): keep the loop free.
        bolt_response = await run_in_threadpool(app.dispatch, to_bolt_request(request, body))
        return to_starlette_response(bolt_response)

    return Route(path, endpoint, methods=["GET", "POST"])

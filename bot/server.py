"""Serve the Bolt app over HTTP: POST /slack/events, signed requests only; GET /health."""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_bolt import App

from bot.requests import dispatch_raw

LOG = logging.getLogger("bot.server")
PATH = "/slack/events"
# Slack's payloads are a few kilobytes; refuse anything absurd before reading it.
MAX_BODY = 1_000_000


class SlackHTTPServer(ThreadingHTTPServer):
    """Answer Slack's requests, each in its own thread, for one Bolt app."""

    daemon_threads = True

    def __init__(self, app: App, host: str, port: int, path: str = PATH) -> None:
        self.app = app
        self.path = path
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        """Return the events URL this server answers on."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{self.path}"

    def start_in_thread(self) -> threading.Thread:
        """Serve in a daemon thread (tests, benchmarks, serve with a scheduler); return it."""
        thread = threading.Thread(target=self.serve_forever, name="slack-http", daemon=True)
        thread.start()
        return thread


class _Handler(BaseHTTPRequestHandler):
    server: SlackHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        LOG.debug("%s " + format, self.address_string(), *args)

    def _send(self, status: int, body: bytes | str, headers: dict[str, Any] | None = None) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        sent_type = False
        for name, values in (headers or {}).items():
            if name.lower() == "content-length":
                continue
            sent_type = sent_type or name.lower() == "content-type"
            for value in values if isinstance(values, list | tuple) else [values]:
                self.send_header(name, str(value))
        if not sent_type:
            self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path.partition("?")[0] == "/health":
            self._send(200, "ok")
        else:
            self._send(404, "Not Found")

    def do_POST(self) -> None:
        path, _, query = self.path.partition("?")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if path != self.server.path:
            self._send(404, "Not Found")
            return
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            self._send(413, "Payload Too Large")
            return
        raw = self.rfile.read(length) if length else b""
        response = dispatch_raw(self.server.app, raw, query, dict(self.headers.items()))
        self._send(response.status, response.body or "", response.headers)

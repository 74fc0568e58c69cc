"""Serve a local fake of the Slack Web API that records every call and answers like Slack.

Modes: `fail(method, error)` answers `{"ok": false, "error": ...}` (permanent-looking
errors such as channel_not_found); `rate_limit(method, times, retry_after)` answers HTTP
429 with Retry-After, as Slack does, the next `times` calls; `down(method, times)` answers
HTTP 503; `drop(method, times)` reads and performs the next `times` calls, then closes
the connection without an answer (the post landed, the client cannot know); `lose(method,
times)` reads the body and drops the connection without acting (nothing landed).
chat.postMessage stores messages (with metadata) per channel; conversations.history
answers them newest first, metadata only with include_all_metadata, as Slack does.
Channels behave like Slack's: chat.postMessage takes a `#name` or an id and answers
with the id; conversations.history, files.list and chat.update take ids only (a name is
channel_not_found); conversations.list pages through the channels (names without "#");
`leave(channel)` makes history answer not_in_channel until conversations.join.
Response URLs (`/response/<name>`) record what a command's `respond()` posted.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

BOT_TOKEN = "xoxb-test-token"
_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")


@dataclass
class Call:
    """Record one Web API call: method, parsed arguments and the token used."""

    method: str
    args: dict[str, Any]
    token: str | None


@dataclass
class _Rule:
    kind: str  # fail | ratelimit | down | drop | lose
    remaining: int | None  # None: for ever
    error: str = ""
    retry_after: int = 1


@dataclass
class FakeSlack:
    """Run the fake on 127.0.0.1 in a thread; point SLACK_API_URL at `api_url`."""

    calls: list[Call] = field(default_factory=list)
    responses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)
    valid_tokens: set[str] = field(default_factory=lambda: {BOT_TOKEN})
    rejected: list[str] = field(default_factory=list)  # methods answered with an error or 429

    def __post_init__(self) -> None:
        self.messages: dict[str, list[dict[str, Any]]] = {}  # channel id -> posts
        self.files: list[dict[str, Any]] = []  # completed uploads with their channel
        self._rules: dict[str, list[_Rule]] = {}
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._names: dict[str, str] = {}
        self.channels: dict[str, str] = {}  # name (no "#") -> id, as conversations.list shows
        self.outside: set[str] = set()  # channel ids the bot is not a member of
        for name in ("general", "leads", "leads-alerts"):  # the workspace's channels
            self.channels[name] = self.channel_id(name)
        self._files = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> FakeSlack:
        """Start serving; return self."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        """Return the server's root URL (no trailing slash)."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        """Return the Web API base URL, as SLACK_API_URL expects it (trailing slash)."""
        return f"{self.base_url}/api/"

    def response_url(self, name: str = "r1") -> str:
        """Return a response_url whose posts are recorded under `name`."""
        return f"{self.base_url}/response/{name}"

    # -- behaviour switches ----------------------------------------------------
    def fail(self, method: str, error: str, times: int | None = None) -> None:
        """Answer `method` with ok=false and `error` (the next `times` calls, or always)."""
        self._rules.setdefault(method, []).append(_Rule("fail", times, error=error))

    def rate_limit(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """Answer the next `times` calls of `method` with 429 and Retry-After."""
        self._rules.setdefault(method, []).append(
            _Rule("ratelimit", times, retry_after=retry_after)
        )

    def down(self, method: str, times: int | None = None) -> None:
        """Answer `method` with HTTP 503 (the next `times` calls, or always)."""
        self._rules.setdefault(method, []).append(_Rule("down", times))

    def drop(self, method: str, times: int = 1) -> None:
        """Perform the next `times` calls of `method`, then drop the connection unanswered."""
        self._rules.setdefault(method, []).append(_Rule("drop", times))

    def lose(self, method: str, times: int = 1) -> None:
        """Read the next `times` calls of `method`, then drop the connection without acting."""
        self._rules.setdefault(method, []).append(_Rule("lose", times))

    def posts(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Return the messages posted (to one channel, by name or id), oldest first."""
        if channel is not None:
            return list(self.messages.get(self.channel_id(channel), []))
        return [m for msgs in self.messages.values() for m in msgs]

    @staticmethod
    def channel_id(channel: str) -> str:
        """Return the channel id the fake gives a `#name` or bare name (ids pass through)."""
        if _ID.match(channel) or not channel:
            return channel
        return "C" + format(abs(hash(channel.lstrip("#"))) % 10**8, "08d")

    def add_channel(self, name: str) -> str:
        """Make a channel exist (conversations.list shows it); return its id."""
        name = name.lstrip("#")
        with self._lock:
            return self.channels.setdefault(name, self.channel_id(name))

    def leave(self, channel: str) -> None:
        """Make the bot a non-member of `channel`: its history answers not_in_channel."""
        self.outside.add(self.add_channel(channel) if not _ID.match(channel) else channel)

    def reset_rules(self) -> None:
        """Answer every method normally again."""
        self._rules.clear()

    # -- queries for assertions ------------------------------------------------
    def calls_to(self, method: str) -> list[Call]:
        """Return the recorded calls of one method, oldest first."""
        return [c for c in self.calls if c.method == method]

    def responses_to(self, name: str = "r1") -> list[dict[str, Any]]:
        """Return what was posted to one response_url."""
        return [body for n, body in self.responses if n == name]

    # -- the server ------------------------------------------------------------
    def _rule_for(self, method: str) -> _Rule | None:
        with self._lock:
            for rule in self._rules.get(method, []):
                if rule.remaining is None:
                    return rule
                if rule.remaining > 0:
                    rule.remaining -= 1
                    return rule
        return None

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        ts = f"1700000000.{next(self._ts):06d}"
        given = str(args.get("channel") or args.get("channel_id") or "")
        by_id = ("conversations.history", "files.list", "chat.update", "conversations.join")
        if method in by_id and given and not _ID.match(given):
            return {"ok": False, "error": "channel_not_found"}  # Slack wants the id here
        if method == "chat.postMessage" and given and not _ID.match(given):
            self.add_channel(given)
        channel = self.channel_id(given)
        if method == "auth.test":
            return {"ok": True, "url": "https://fake.slack.com/", "team": "Fake",
                    "user": "leadsbot", "team_id": "T0FAKE", "user_id": "U0BOT",
                    "bot_id": "B0BOT", "is_enterprise_install": False}  # fmt: skip
        if method == "chat.postMessage":
            message: dict[str, Any] = {"type": "message", "text": args.get("text"), "ts": ts}
            metadata = args.get("metadata")
            if isinstance(metadata, str):
                metadata = json.loads(metadata)
            if metadata:
                message["metadata"] = metadata
            with self._lock:
                self.messages.setdefault(channel, []).append(message)
            return {"ok": True, "channel": channel, "ts": ts, "message": message}
        if method == "conversations.list":
            limit = int(args.get("limit") or 100)
            start = int(args.get("cursor") or 0)
            with self._lock:
                listed = sorted(self.channels.items())
            page = [{"id": i, "name": n, "is_channel": True, "is_archived": False}
                    for n, i in listed[start : start + limit]]  # fmt: skip
            more = start + limit < len(listed)
            return {"ok": True, "channels": page,
                    "response_metadata": {"next_cursor": str(start + limit) if more else ""}}  # fmt: skip
        if method == "conversations.history":
            if channel in self.outside:
                return {"ok": False, "error": "not_in_channel"}
            limit = int(args.get("limit") or 100)
            keep = str(args.get("include_all_metadata")).lower() in ("1", "true")
            recent = list(reversed(self.messages.get(channel, [])))[:limit]
            shown = [m if keep else {k: v for k, v in m.items() if k != "metadata"}
                     for m in recent]  # fmt: skip
            return {"ok": True, "messages": shown, "has_more": False}
        if method == "files.list":
            shown = [f for f in self.files if f.get("channel") == channel]
            return {"ok": True, "files": list(reversed(shown))}
        if method == "chat.update":
            return {"ok": True, "channel": channel, "ts": args.get("ts"), "text": args.get("text")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method in ("views.open", "views.publish", "views.update", "views.push"):
            view = args.get("view")
            if isinstance(view, str):
                view = json.loads(view)
            return {"ok": True, "view": {"id": f"V{next(self._ts)}", **(view or {})}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._files):05d}"
            self._names[file_id] = str(args.get("filename") or "")
            return {
                "ok": True,
                "upload_url": f"{self.base_url}/upload/{file_id}",
                "file_id": file_id,
            }
        if method == "files.completeUploadExternal":
            files = args.get("files")
            if isinstance(files, str):
                files = json.loads(files)
            done = [{"id": f["id"], "title": f.get("title")} for f in files or []]
            with self._lock:
                for f in done:
                    name = self._names.get(f["id"], "")
                    self.files.append({**f, "name": name, "channel": channel})
            return {"ok": True, "files": done}
        if method == "conversations.open":
            # A direct message with the bot: its channel id is stable per user.
            return {"ok": True, "channel": {"id": "D" + str(args.get("users") or "")}}
        if method == "conversations.join":
            self.outside.discard(channel)
            return {"ok": True, "channel": {"id": channel}}
        return {"ok": False, "error": "unknown_method"}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:  # keep test output quiet
                pass

            def _send(
                self, status: int, body: dict[str, Any] | str, headers: dict[str, str] | None = None
            ) -> None:
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> bytes:
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def do_GET(self) -> None:
                self._dispatch(b"")

            def do_POST(self) -> None:
                self._dispatch(self._body())

            def _dispatch(self, raw: bytes) -> None:
                url = urlparse(self.path)
                parts = url.path.strip("/").split("/")
                if parts[0] == "upload" and len(parts) == 2:
                    fake.uploads[parts[1]] = raw
                    self._send(200, "OK - " + str(len(raw)))
                    return
                if parts[0] == "response" and len(parts) == 2:
                    fake.responses.append((parts[1], json.loads(raw or b"{}")))
                    self._send(200, "ok")
                    return
                if parts[0] != "api" or len(parts) != 2:
                    self._send(404, {"ok": False, "error": "not_found"})
                    return
                method = parts[1]
                args: dict[str, Any] = {k: v[0] for k, v in parse_qs(url.query).items()}
                ctype = self.headers.get("Content-Type", "")
                if raw and "json" in ctype:
                    args.update(json.loads(raw))
                elif raw:
                    args.update({k: v[0] for k, v in parse_qs(raw.decode()).items()})
                auth = self.headers.get("Authorization", "")
                token = auth.removeprefix("Bearer ") if auth else args.get("token")
                fake.calls.append(Call(method, args, token))
                rule = fake._rule_for(method)
                if rule is not None and rule.kind in ("drop", "lose"):
                    if rule.kind == "drop":
                        fake._answer(method, args)  # Slack acted on it; the answer is lost
                    self.close_connection = True
                    return
                if rule is not None:
                    fake.rejected.append(method)
                    if rule.kind == "ratelimit":
                        self._send(429, {"ok": False, "error": "ratelimited"},
                                   {"Retry-After": str(rule.retry_after)})  # fmt: skip
                    elif rule.kind == "down":
                        self._send(503, {"ok": False, "error": "service_unavailable"})
                    else:
                        self._send(200, {"ok": False, "error": rule.error})
                    return
                if token not in fake.valid_tokens:
                    self._send(200, {"ok": False, "error": "invalid_auth"})
                    return
                self._send(200, fake._answer(method, args))

        return Handler

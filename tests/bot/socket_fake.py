"""Play Slack's Socket Mode side: apps.connections.open and a plain WebSocket that pushes envelopes.

Only what the bot's client uses: the opening handshake, unmasked text frames from the
server, masked frames from the client (acks, pings, close). Non-443 ports are plain TCP
in slack_sdk's client, so no TLS is needed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
from typing import Any

from tests.fakes.slack_api import FakeSlack

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class SocketModeFake(FakeSlack):
    """Answer apps.connections.open with a ws:// URL served by this fake, and push envelopes."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.acks: list[dict[str, Any]] = []
        self.connected = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._conn: socket.socket | None = None
        self._send_lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def ws_url(self) -> str:
        """Return the WebSocket URL handed out by apps.connections.open."""
        return f"ws://127.0.0.1:{self._listener.getsockname()[1]}/link/?ticket=fake"

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "apps.connections.open":
            return {"ok": True, "url": self.ws_url}
        return super()._answer(method, args)

    def stop(self) -> None:
        """Stop the Web API and the WebSocket."""
        super().stop()
        self._listener.close()
        if self._conn is not None:
            self._conn.close()

    # -- the WebSocket -----------------------------------------------------------
    def push(self, envelope: dict[str, Any]) -> None:
        """Send one envelope (a JSON text frame) to the connected client."""
        if not self.connected.wait(10) or self._conn is None:
            raise AssertionError("the bot never opened the Socket Mode connection")
        data = json.dumps(envelope).encode()
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([len(data)])
        elif len(data) < 65536:
            header += bytes([126]) + struct.pack("!H", len(data))
        else:
            header += bytes([127]) + struct.pack("!Q", len(data))
        with self._send_lock:
            self._conn.sendall(header + data)

    def wait_ack(self, envelope_id: str, timeout: float = 8) -> dict[str, Any]:
        """Return the client's ack of one envelope, waiting for it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for ack in self.acks:
                if ack.get("envelope_id") == envelope_id:
                    return ack
            time.sleep(0.01)
        raise AssertionError(f"no ack for envelope {envelope_id}")

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                return
            request += chunk
        key = ""
        for line in request.decode().split("\r\n"):
            if line.lower().startswith("sec-websocket-key:"):
                key = line.split(":", 1)[1].strip()
        accept = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()
        conn.sendall(
            (
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"
            ).encode()
        )
        self._conn = conn
        self.connected.set()
        self.push({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0LEADS"}})
        self._read_frames(conn)

    def _read_frames(self, conn: socket.socket) -> None:
        buffer = b""

        def take(n: int) -> bytes:
            nonlocal buffer
            while len(buffer) < n:
                chunk = conn.recv(65536)
                if not chunk:
                    raise ConnectionError
                buffer += chunk
            out, buffer = buffer[:n], buffer[n:]
            return out

        try:
            while True:
                first, second = take(2)
                opcode, length = first & 0x0F, second & 0x7F
                if length == 126:
                    (length,) = struct.unpack("!H", take(2))
                elif length == 127:
                    (length,) = struct.unpack("!Q", take(8))
                mask = take(4) if second & 0x80 else b"\0\0\0\0"
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(take(length)))
                if opcode == 0x1:
                    self.acks.append(json.loads(payload))
                elif opcode == 0x9:  # ping: answer pong with the same data
                    with self._send_lock:
                        conn.sendall(bytes([0x8A, len(payload)]) + payload)
                elif opcode == 0x8:
                    return
        except (ConnectionError, OSError, ValueError):
            return

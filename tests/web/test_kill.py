"""kill -9 `leads serve` during concurrent signed deliveries: every 200 is stored exactly once."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from storage.db import open_database
from storage.models import Message
from tests.web.helpers import env as capture_env
from tests.web.helpers import wa_headers, wa_message, wa_payload

SENDERS = 16
CUSTOMERS = 4  # several senders write to one conversation at once
T0 = 1_796_000_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(db_url: str, port: int, cwd: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "LEADS_"))}
    env.update(capture_env(), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "leads", "--db", db_url, "serve", "--port", str(port),
         "--no-scheduler"],
        env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.05)
    raise AssertionError("leads serve did not start")


def _deliver(port: int, n: int) -> int:
    """Send delivery `n`; return the HTTP status, or 0 when the connection broke."""
    customer = f"3460000{n % CUSTOMERS:04d}"
    body = wa_payload([wa_message(f"wamid.k{n}", customer, T0 + n, body=f"message {n}")],
                      sender=customer)  # fmt: skip
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/webhooks/whatsapp", body=body, headers=wa_headers(body))
        return conn.getresponse().status
    except OSError:
        return 0


def test_kill_9_during_deliveries_loses_and_doubles_nothing(db_url: str, tmp_path: Path) -> None:
    port = _free_port()
    proc = _start(db_url, port, tmp_path)
    acked: set[int] = set()
    lock = threading.Lock()
    stop = threading.Event()
    counter = iter(range(10**9))

    def sender() -> None:
        while not stop.is_set():
            with lock:
                n = next(counter)
            status = _deliver(port, n)
            if status == 200:
                with lock:
                    acked.add(n)
            elif status == 0:
                return  # the server is gone

    threads = [threading.Thread(target=sender, daemon=True) for _ in range(SENDERS)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 10
    while len(acked) < 150 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stop.set()
    for t in threads:
        t.join(timeout=15)
    assert len(acked) >= 50, "too few deliveries before the kill to mean anything"

    # Restart; the provider redelivers what it may not have seen acknowledged, and more.
    proc = _start(db_url, port, tmp_path)
    try:
        with lock:
            sent = max(acked) + SENDERS + 1
        for n in range(sent):
            assert _deliver(port, n) == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    engine = open_database(db_url)
    try:
        m = Message.__table__.c  # type: ignore[attr-defined]
        with engine.connect() as conn:
            ids = Counter(conn.execute(select(m.external_id)).scalars())
            total = conn.execute(select(func.count()).select_from(Message.__table__)).scalar()  # type: ignore[arg-type]
    finally:
        engine.dispose()
    assert all(ids[f"wamid.k{n}"] == 1 for n in acked)
    assert max(ids.values()) == 1 and total == sent

"""Benchmark live capture: signed WhatsApp deliveries from 16 concurrent senders on loopback.

The server runs in its own process (uvicorn, the app `leads serve` builds) with one extra
bare Starlette route, so the ratio shows what parsing, signing and committing cost over
the HTTP stack itself. SQLite always; PostgreSQL when LEADS_BENCH_DATABASE_URL is set.
Targets (SQLite): >= 500 deliveries/s and p99 < 150 ms.
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SENDERS = 16
DELIVERIES = 4_000
BARE = 4_000
CUSTOMERS = 400
TARGET_RATE = 500.0
TARGET_P99_MS = 150.0
SECRET = "bench-app-secret"
T0 = 1_796_000_000


def serve(db_url: str, port: int) -> None:
    """Run the capture app plus a bare route on `port` until killed (the server process)."""
    import uvicorn
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    from jobs.ingest.receivers import CaptureConfig
    from leads.web import build_web_app
    from storage.db import open_database

    engine = open_database(db_url)
    app = build_web_app(engine, CaptureConfig(whatsapp_app_secret=SECRET))

    async def bare(_request: object) -> PlainTextResponse:
        return PlainTextResponse("ok")

    app.router.routes.append(Route("/bare", bare, methods=["POST"]))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _body(n: int) -> tuple[bytes, dict[str, str]]:
    import hashlib
    import hmac
    import json

    customer = f"34600{n % CUSTOMERS:06d}"
    doc = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "WABA", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550001111", "phone_number_id": "1"},
            "contacts": [{"profile": {"name": "Bench Customer"}, "wa_id": customer}],
            "messages": [{"from": customer, "id": f"wamid.bench{n}", "type": "text",
                          "timestamp": str(T0 + n), "text": {"body": f"quote for {n} chairs"}}],
        }}]}],
    }  # fmt: skip
    body = json.dumps(doc).encode()
    sig = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    return body, {"Content-Type": "application/json", "X-Hub-Signature-256": f"sha256={sig}"}


def _run(port: int, path: str, count: int) -> tuple[float, list[float]]:
    """Send `count` deliveries from SENDERS keep-alive connections; return (seconds, latencies)."""
    bodies = [_body(n) for n in range(count)]
    latencies: list[float] = []
    lock = threading.Lock()
    nxt = iter(range(count))

    def sender() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while True:
            with lock:
                n = next(nxt, None)
            if n is None:
                break
            body, headers = bodies[n]
            start = time.perf_counter()
            conn.request("POST", path, body=body, headers=headers)
            resp = conn.getresponse()
            resp.read()
            mine.append(time.perf_counter() - start)
            if resp.status != 200:
                raise RuntimeError(f"delivery {n} got {resp.status}")
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=sender) for _ in range(SENDERS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, latencies


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else 0.0


def _bench(label: str, db_url: str) -> bool:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.webhooks", "--serve", db_url, str(port)],
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the benchmark server did not start") from None
                time.sleep(0.1)
        _run(port, "/bare", 200)  # warm-up
        bare_s, bare_lat = _run(port, "/bare", BARE)
        took, lat = _run(port, "/webhooks/whatsapp", DELIVERIES)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    rate, bare_rate = DELIVERIES / took, BARE / bare_s
    p50, p99 = _p(lat, 50), _p(lat, 99)
    ok = rate >= TARGET_RATE and p99 < TARGET_P99_MS
    print(
        f"{label:10} {rate:8.0f}/s  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  "
        f"bare route {bare_rate:6.0f}/s (p99 {_p(bare_lat, 99):5.1f} ms)  "
        f"ratio {rate / bare_rate:4.2f}"
        + ("" if label != "SQLite" else f"  {'ok' if ok else 'MISSED'} (>= 500/s, p99 < 150 ms)")
    )
    return ok


def main() -> None:
    """Run the benchmark on SQLite, and on PostgreSQL when LEADS_BENCH_DATABASE_URL is set."""
    print(f"{DELIVERIES:,} signed WhatsApp deliveries, {SENDERS} concurrent senders, loopback")
    with tempfile.TemporaryDirectory() as tmp:
        _bench("SQLite", f"sqlite:///{Path(tmp) / 'bench.db'}")
    pg = os.environ.get("LEADS_BENCH_DATABASE_URL")
    if pg:
        _bench("PostgreSQL", pg)
    else:
        print("PostgreSQL: skipped (set LEADS_BENCH_DATABASE_URL)")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--serve":
        serve(sys.argv[2], int(sys.argv[3]))
    else:
        main()

"""Measure `/leads` answer times with 1,000,000 leads: signed request → ack → response_url post.

The real bot (Bolt app + HTTP server) runs on the cached 1M-lead SQLite database; a fake
Slack Web API on localhost receives the answers. Each sample is the time from sending the
signed slash command until the answer arrives at the response URL.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.seed import default_path, seed_leads
from bot.app import build_app
from bot.client import make_client
from bot.config import BotConfig
from jobs.ingest.receivers import CaptureConfig
from leads.web import build_web_app
from storage.db import open_database
from tests.bot.slack_driver import SlackDriver
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.web.server import ServerThread

N = 1_000_000
TARGET_P95_MS = 300.0
SAMPLES = 60
WARMUP = 5
SECRET = "bench-signing-secret"
TARGETED = ("top", "list status:quote sort:score")
# Measured too, for the record; Slack's own limit (3 s) is their target.
OTHERS = ("list", "top 25 source:whatsapp score:>70", "show 123456", "stats")


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def _measure(slack: SlackDriver, fake: FakeSlack, text: str, n: int) -> tuple[list, list]:
    answers, acks = [], []
    for i in range(n):
        name = f"{abs(hash(text)) % 10**6}-{i}"
        start = time.perf_counter()
        status, _ = slack.command(text, user="U0BENCH", channel="C0BENCH", response=name)
        acked = time.perf_counter()
        if status != 200:
            raise RuntimeError(f"/leads {text}: HTTP {status}")
        while not fake.responses_to(name):
            if time.perf_counter() - start > 10:
                raise RuntimeError(f"/leads {text}: no answer within 10 s")
            time.sleep(0.0005)
        answers.append((time.perf_counter() - start) * 1000)
        acks.append((acked - start) * 1000)
        # Keep the fake's record short so looking for the answer costs nothing.
        fake.responses.clear()
    return answers, acks


def main() -> None:
    """Print p50/p95 of the answer time per command (target p95 < 300 ms) and of the ack."""
    path = default_path(N)
    url = f"sqlite:///{path}"
    seed_leads(url, N)
    engine = open_database(url)
    fake = FakeSlack().start()
    app = build_app(
        client=make_client(BOT_TOKEN, base_url=fake.api_url),
        signing_secret=SECRET,
        engine=engine,
        config=BotConfig(page_size=10),
    )
    server = ServerThread(build_web_app(engine, CaptureConfig(), slack_app=app))
    slack = SlackDriver(server.base + "/slack/events", fake, SECRET)
    print(f"database: {path} with {N:,} leads; {SAMPLES} signed requests per command")
    print(f"{'/leads command':38} {'ack p95':>8} {'p50 ms':>8} {'p95 ms':>8}  target p95 < 300 ms")
    worst = 0.0
    try:
        for text in TARGETED + OTHERS:
            _measure(slack, fake, text, WARMUP)
            answers, acks = _measure(slack, fake, text, SAMPLES)
            p95 = _p95(answers)
            targeted = text in TARGETED
            if targeted:
                worst = max(worst, p95)
                verdict = "ok" if p95 < TARGET_P95_MS else "MISSED"
            else:
                verdict = "(not targeted; Slack allows 3,000 ms)"
            print(
                f"{text:38} {_p95(acks):8.1f} {statistics.median(answers):8.1f} {p95:8.1f}  {verdict}"
            )
    finally:
        server.shutdown()
        fake.stop()
        engine.dispose()
    print(
        f"worst targeted p95: {worst:.1f} ms (target < {TARGET_P95_MS:.0f} ms, "
        f"ratio {worst / TARGET_P95_MS:.2f})"
    )

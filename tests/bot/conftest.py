"""Run the real bot (Bolt app + HTTP server) against the fake Slack Web API, per backend."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine

from bot.app import build_app
from bot.client import make_client
from bot.config import BotConfig
from jobs.ingest.receivers import CaptureConfig
from leads.web import build_web_app
from tests.bot.blockkit import check_fake
from tests.bot.slack_driver import SlackDriver
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.web.server import ServerThread

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
ALLOWED = "U0ALLOWED"
OTHER = "U0OTHER"
ALLOWED_CHANNEL = "C0DEALS"
CHANNEL = "C0GENERAL"
PAGE_SIZE = 3


@dataclass
class Bot:
    """Hold the running bot's pieces for a test."""

    slack: SlackDriver
    fake: FakeSlack
    engine: Engine
    server: BotServer


class BotServer(ServerThread):
    """Serve the whole web app (as `leads serve` does) with the bot's events URL at hand."""

    @property
    def url(self) -> str:
        """Return the Slack events URL."""
        return self.base + "/slack/events"


def start_bot(engine: Engine, fake: FakeSlack, config: BotConfig) -> BotServer:
    """Start the web app (Slack route included) on a free port, its client pointed at `fake`."""
    app = build_app(
        client=make_client(BOT_TOKEN, base_url=fake.api_url),
        signing_secret=SECRET,
        engine=engine,
        config=config,
    )
    return BotServer(build_web_app(engine, CaptureConfig(), slack_app=app))


@pytest.fixture
def bot(engine: Engine, fake_slack: FakeSlack) -> Iterator[Bot]:
    """Yield a running bot; afterwards every payload Slack received must pass Block Kit's limits."""
    config = BotConfig(
        allowed_users=(ALLOWED,), allowed_channels=(ALLOWED_CHANNEL,), page_size=PAGE_SIZE
    )
    server = start_bot(engine, fake_slack, config)
    try:
        yield Bot(SlackDriver(server.url, fake_slack, SECRET), fake_slack, engine, server)
    finally:
        server.shutdown()
    check_fake(fake_slack)

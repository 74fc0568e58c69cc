"""Give every listener what it needs besides Slack: the database and the bot's config."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import BoltContext, BoltResponse
from sqlalchemy import Engine
from sqlmodel import Session

from bot.config import BotConfig
from storage.queries import distinct_agents

AGENTS_TTL_SECONDS = 60.0


@dataclass
class Services:
    """Hold the engine and config; Bolt's context carries it to listeners as "services"."""

    engine: Engine
    config: BotConfig
    agents_ttl: float = AGENTS_TTL_SECONDS
    _agents: tuple[float, list[str]] | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    # SQLite cannot lock a row: two clicks at once in this process take turns here.
    write_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def session(self) -> Session:
        """Return a new session; objects stay readable after commit (answers are built after)."""
        return Session(self.engine, expire_on_commit=False)

    def agents(self) -> list[str]:
        """Return the agent names on leads, cached briefly: the list changes rarely."""
        with self._lock:
            now = time.monotonic()
            if self._agents is None or now - self._agents[0] > self.agents_ttl:
                with self.session() as session:
                    self._agents = (now, distinct_agents(session))
            return self._agents[1]

    def middleware(self, context: BoltContext, next: Callable[[], BoltResponse]) -> Any:
        """Put these services into the request context (Bolt global middleware)."""
        context["services"] = self
        return next()


def services_of(context: BoltContext) -> Services:
    """Return the services the app's middleware put into `context`."""
    return context["services"]

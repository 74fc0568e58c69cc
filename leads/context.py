"""Carry what every command needs: settings, a lazily opened database, the console."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from rich.console import Console

from leads.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass
class Context:
    """Give commands the settings and a migrated database engine on first use."""

    settings: Settings
    console: Console = field(default_factory=Console)
    # Errors are never wrapped: a path or a key cut across two lines can't be
    # grepped or copied, and the terminal wraps long lines by itself anyway.
    err: Console = field(default_factory=lambda: Console(stderr=True, soft_wrap=True))

    @cached_property
    def engine(self) -> Engine:
        """Open the configured database, running pending migrations first."""
        from storage.db import open_database  # commands that never open it skip SQLAlchemy

        return open_database(self.settings["database.url"])

    def close(self) -> None:
        """Close the database connections this command opened, if it opened any.

        A process would close them on exit; `main()` called many times in one process
        (tests, an embedding program) would otherwise keep one pool per call alive, all
        the more since the CLI freezes start-up objects out of the cycle collector.
        """
        engine = self.__dict__.get("engine")
        if engine is not None:
            engine.dispose()

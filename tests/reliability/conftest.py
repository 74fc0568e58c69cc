"""Share the running-bot fixture of tests/bot with the reliability scenarios."""

from tests.bot.conftest import bot  # noqa: F401

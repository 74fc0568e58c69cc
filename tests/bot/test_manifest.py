"""Check that the Slack app manifest and the setup guide match what the bot serves."""

from __future__ import annotations

import re
from pathlib import Path

from bot.web import PATH

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = (ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8")
GUIDE = (ROOT / "docs" / "slack-setup.md").read_text(encoding="utf-8")


def _list_after(key: str) -> list[str]:
    # The items ("- name") of one YAML list in the manifest, comments dropped.
    block = MANIFEST.split(f"{key}:", 1)[1]
    items = []
    for line in block.splitlines()[1:]:
        m = re.match(r"^\s+- ([\w:./-]+)", line)
        if not m:
            break
        items.append(m.group(1))
    return items


def test_every_request_url_is_the_served_path() -> None:
    urls = re.findall(r"(?:url|request_url): (\S+)", MANIFEST)
    assert len(urls) == 3  # the command, interactivity, events
    assert all(u.endswith(PATH) for u in urls)


def test_the_command_home_tab_and_event_are_declared() -> None:
    assert "- command: /leads" in MANIFEST
    assert "home_tab_enabled: true" in MANIFEST
    assert "is_enabled: true" in MANIFEST  # interactivity: buttons, selects
    assert _list_after("bot_events") == ["app_home_opened"]


def test_the_bot_scopes_cover_what_the_bot_calls() -> None:
    scopes = set(_list_after("bot"))
    assert {"commands", "chat:write", "chat:write.public", "files:write", "users:read"} <= scopes
    # The at-most-once check after a lost answer: history, channel ids, join, files.
    assert {"channels:history", "groups:history", "channels:read", "groups:read",
            "channels:join", "files:read"} <= scopes  # fmt: skip
    for scope in scopes:
        assert f"`{scope}`" in GUIDE, scope


def test_the_guide_names_every_secret_and_command() -> None:
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "slack/manifest.yml",
    ):
        assert name in GUIDE
    for command in ("top", "list", "show", "status", "stats", "export", "help"):
        assert f"/leads {command}" in GUIDE

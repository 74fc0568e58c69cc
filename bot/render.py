"""Render Block Kit from jinja2 templates in bot/templates/<message>_<part>.j2."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined


def mrkdwn_escape(value: Any) -> str:
    """Return text safe inside Slack mrkdwn: &, < and > are control characters there."""
    text = "" if value is None else str(value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate(value: Any, limit: int, marker: str = "…") -> str:
    """Return `value` cut to at most `limit` characters, ending with `marker` when cut."""
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: max(0, limit - len(marker))] + marker


@cache
def _env() -> Environment:
    # Built on first use, not at import: no I/O at import time.
    env = Environment(
        loader=PackageLoader("bot", "templates"),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Templates emit JSON: every interpolated value goes through |tojson.
    env.filters["mrkdwn"] = mrkdwn_escape
    env.filters["truncate_to"] = truncate
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    return env


def render_text(template: str, **context: Any) -> str:
    """Render a text template (e.g. a notification's fallback text)."""
    return _env().get_template(template).render(**context).strip()


def render_json(template: str, **context: Any) -> Any:
    """Render a template that produces JSON (blocks, a view) and parse it."""
    text = _env().get_template(template).render(**context)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:  # a template bug, not user input: say where
        raise ValueError(f"{template} rendered invalid JSON: {exc}") from exc

"""Build the Slack Web API client: base URL from SLACK_API_URL, rate limits retried."""

from __future__ import annotations

import os

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

DEFAULT_API_URL = "https://slack.com/api/"


class SlackSetupError(RuntimeError):
    """Say what is wrong with the Slack credentials and how to fix it."""


def api_url() -> str:
    """Return the Web API base URL: SLACK_API_URL (tests point it at a fake) or Slack's."""
    url = os.environ.get("SLACK_API_URL") or DEFAULT_API_URL
    return url if url.endswith("/") else url + "/"


def make_client(
    token: str, *, base_url: str | None = None, rate_limit_retries: int = 3
) -> WebClient:
    """Return a WebClient that waits out 429s (Retry-After) and retries dropped connections."""
    return WebClient(
        token=token,
        base_url=base_url or api_url(),
        timeout=10,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=rate_limit_retries),
        ],
    )


def check_token(client: WebClient) -> dict:
    """Call auth.test and return its answer; raise SlackSetupError with the fix when it fails."""
    try:
        answer = client.auth_test()
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error")
        raise SlackSetupError(
            f"Slack refused SLACK_BOT_TOKEN ({error}). Copy the Bot User OAuth Token "
            "(xoxb-…) from your app's OAuth & Permissions page and reinstall the app if "
            "scopes changed."
        ) from exc
    except OSError as exc:
        raise SlackSetupError(f"Could not reach Slack at {client.base_url}: {exc}") from exc
    return dict(answer.data) if isinstance(answer.data, dict) else {}

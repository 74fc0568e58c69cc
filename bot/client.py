"""Build the Slack Web API client: base URL from SLACK_API_URL, rate limits retried."""

from __future__ import annotations

import os

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

DEFAULT_API_URL = "https://slack.com/api/"
# Methods that post something: after a dropped connection Slack may have acted on them,
# so resending blindly could post twice. The outbox checks the channel instead.
NOT_RETRIED = ("chat.postMessage", "chat.postEphemeral", "chat.scheduleMessage",
               "files.completeUploadExternal", "files.upload")  # fmt: skip


class SafeConnectionRetryHandler(ConnectionErrorRetryHandler):
    """Retry dropped connections only for calls that post nothing (reads, updates)."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        method = request.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        if method in NOT_RETRIED:
            return False
        return super()._can_retry(state=state, request=request, response=response, error=error)


class SlackSetupError(RuntimeError):
    """Say what is wrong with the Slack credentials and how to fix it."""


def api_url() -> str:
    """Return the Web API base URL: SLACK_API_URL (tests point it at a fake) or Slack's."""
    url = os.environ.get("SLACK_API_URL") or DEFAULT_API_URL
    return url if url.endswith("/") else url + "/"


def make_client(
    token: str, *, base_url: str | None = None, rate_limit_retries: int = 3
) -> WebClient:
    """Return a WebClient that waits out 429s and retries dropped connections of reads.

    A 429 means Slack did nothing, so waiting and resending is safe; a dropped connection
    after a post may hide a post that landed, so posts are never resent here.
    """
    return WebClient(
        token=token,
        base_url=base_url or api_url(),
        timeout=10,
        retry_handlers=[
            SafeConnectionRetryHandler(max_retry_count=2),
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

"""Post alerts and the digest to the fake Slack Web API and check what it received."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from bot.client import make_client
from bot.notifier import SlackNotifier, delivery_error, digest_blocks
from jobs.digest import Digest
from jobs.notify import DeliveryError
from storage.export import COLUMNS, write_csv
from tests.bot.blockkit import check_blocks
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.jobs.outbox_helpers import alert_payload

END = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _notifier(fake: FakeSlack, retries: int = 0) -> SlackNotifier:
    client = make_client(BOT_TOKEN, base_url=fake.api_url, rate_limit_retries=retries)
    return SlackNotifier(client, "#leads-alerts", "#leads")


def _digest(n_top: int = 5) -> Digest:
    top = [{**alert_payload(i, 95 - i), "request": "quote <for> & " * 50} for i in range(n_top)]
    return Digest(
        start=END - timedelta(hours=24), end=END, hours=24, timezone="Europe/Madrid",
        total=12, by_quality={"high": 3, "medium": 4, "low": 2, "very_low": 3},
        by_status={"Quote Request": 3, "Spam": 2, "Info Only": 7}, average_score=61.5,
        previous_total=9, previous_average=58.0, top=top,
        daily=[{"day": f"2026-11-{d:02d}", "high": 1, "medium": 2, "low": 0, "very_low": d % 3}
               for d in range(7, 21)],
        records=[alert_payload(i) for i in range(12)],
    )  # fmt: skip


def test_alert_payload(fake_slack: FakeSlack) -> None:
    ref = _notifier(fake_slack).send_alert(alert_payload(7))
    (call,) = fake_slack.calls_to("chat.postMessage")
    assert call.token == BOT_TOKEN
    assert call.args["channel"] == "#leads-alerts"
    assert "Person 7" in call.args["text"] and "90" in call.args["text"]
    blocks = call.args["blocks"]
    check_blocks(blocks)
    assert any(b["type"] == "actions" for b in blocks)
    assert ref == {"channel": ref["channel"], "ts": ref["ts"]} and ref["ts"]


def test_digest_message_csv_and_chart(fake_slack: FakeSlack) -> None:
    digest = _digest()
    out = io.StringIO()
    write_csv(digest.records, out)
    ref = _notifier(fake_slack).send_digest(digest, out.getvalue())
    (post,) = fake_slack.calls_to("chat.postMessage")
    assert post.args["channel"] == "#leads"
    check_blocks(post.args["blocks"])
    assert "12 new leads" in post.args["text"]
    assert "2026-11-20" in post.args["text"]
    (complete,) = fake_slack.calls_to("files.completeUploadExternal")
    # Shared into the digest channel by the id chat.postMessage answered with.
    assert complete.args["channel_id"] == ref["channel"] and ref["channel"].startswith("C")
    assert len(fake_slack.uploads) == 2
    names = [c.args["filename"] for c in fake_slack.calls_to("files.getUploadURLExternal")]
    assert names == ["leads-2026-11-20.csv", "leads-14-days-2026-11-20.png"]
    csv_file, png_file = (fake_slack.uploads[f] for f in sorted(fake_slack.uploads))
    rows = list(csv.reader(io.StringIO(csv_file.decode("utf-8"))))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 13
    assert png_file.startswith(b"\x89PNG\r\n\x1a\n") and len(png_file) > 2000
    assert ref["files"] and len(ref["files"]) == 2


def test_digest_blocks_stay_within_limits() -> None:
    digest = _digest(n_top=5)
    digest.by_status = {f"status {i} " + "x" * 200: i for i in range(40)}
    blocks = digest_blocks(digest)
    check_blocks(blocks)
    assert sum(1 for b in blocks if b["type"] == "section") <= 10


def test_digest_upload_failure_keeps_the_message_for_the_retry(fake_slack: FakeSlack) -> None:
    notifier = _notifier(fake_slack)
    digest = _digest()
    fake_slack.down("files.completeUploadExternal", times=1)
    with pytest.raises(DeliveryError) as failed:
        notifier.send_digest(digest, "id\r\n")
    assert not failed.value.permanent
    done = failed.value.ref
    assert done and done["ts"]
    ref = notifier.send_digest(digest, "id\r\n", done=done)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1  # the summary is not repeated
    assert ref["ts"] == done["ts"] and len(ref["files"]) == 2


@pytest.mark.parametrize(
    ("error", "permanent"),
    [("channel_not_found", True), ("not_in_channel", True), ("is_archived", True),
     ("invalid_auth", True), ("account_inactive", True), ("internal_error", False),
     ("fatal_error", False)],
)  # fmt: skip
def test_error_mapping(fake_slack: FakeSlack, error: str, permanent: bool) -> None:
    fake_slack.fail("chat.postMessage", error)
    with pytest.raises(DeliveryError) as failed:
        _notifier(fake_slack).send_alert(alert_payload(1))
    assert failed.value.permanent is permanent
    assert error in str(failed.value)


def test_rate_limit_maps_to_retry_after(fake_slack: FakeSlack) -> None:
    fake_slack.rate_limit("chat.postMessage", times=1, retry_after=42)
    with pytest.raises(DeliveryError) as failed:
        _notifier(fake_slack).send_alert(alert_payload(1))
    assert not failed.value.permanent and failed.value.retry_after == 42


def test_5xx_and_connection_errors_are_retryable(fake_slack: FakeSlack) -> None:
    fake_slack.down("chat.postMessage", times=1)
    with pytest.raises(DeliveryError) as failed:
        _notifier(fake_slack).send_alert(alert_payload(1))
    assert not failed.value.permanent
    client = make_client(BOT_TOKEN, base_url="http://127.0.0.1:9/api/")  # nothing listens
    with pytest.raises(DeliveryError) as refused:
        SlackNotifier(client, "#a", "#b").send_alert(alert_payload(1))
    assert not refused.value.permanent


def test_delivery_error_for_unknown_exception() -> None:
    assert delivery_error(RuntimeError("x"), "alert").permanent is False


def test_empty_digest_still_posts_with_a_chart(fake_slack: FakeSlack) -> None:
    empty = Digest(
        start=END - timedelta(hours=24), end=END, hours=24, timezone="UTC",
        by_quality=dict.fromkeys(("high", "medium", "low", "very_low"), 0),
        daily=[{"day": f"2026-11-{d:02d}", "high": 0, "medium": 0, "low": 0, "very_low": 0}
               for d in range(7, 21)],
    )  # fmt: skip
    _notifier(fake_slack).send_digest(empty, empty.csv_text())
    (post,) = fake_slack.calls_to("chat.postMessage")
    check_blocks(post.args["blocks"])
    assert "0 new leads" in post.args["text"]
    csv_file, png_file = (fake_slack.uploads[f] for f in sorted(fake_slack.uploads))
    assert csv_file.decode().splitlines() == [",".join(COLUMNS)]
    assert png_file.startswith(b"\x89PNG")

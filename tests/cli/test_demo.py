"""Run `leads demo` in a fresh directory: console output, one lead per person, then Slack."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session

from leads.cli import main
from storage.db import make_engine
from storage.models import Conversation, Lead, OutboxItem
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack


def _samples() -> list[dict]:
    path = resources.files("leads").joinpath("samples", "conversations.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_samples_are_varied() -> None:
    samples = _samples()
    assert 190 <= len(samples) <= 210
    assert {c["source"] for c in samples} == {"widget", "whatsapp"}
    assert len({c["id"] for c in samples}) == len(samples)
    texts = " ".join(m["text"] for c in samples for m in c["messages"])
    for word in ("quote", "presupuesto", "preventivo", "orçamento", "devis", "Angebot"):
        assert word in texts


def test_demo_on_the_console(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("COLUMNS", "140")
    (tmp_path / "leads-demo.db").write_text("not a database: the demo recreates the file")
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    for part in ("Dashboard", "Top 10 leads", "Alerts as Slack would show them",
                 "Digest as Slack would show it", "Last 14 days", "[View conversation]",
                 "200 imported"):  # fmt: skip
        assert part in out, part
    engine = make_engine(f"sqlite:///{tmp_path / 'leads-demo.db'}")
    try:
        with Session(engine) as s:
            convs = s.scalar(select(func.count()).select_from(Conversation))
            leads = s.scalar(select(func.count()).select_from(Lead))
            kinds = dict(
                s.execute(select(OutboxItem.kind, func.count()).group_by(OutboxItem.kind)).all()
            )
            unsent = s.scalar(
                select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_(None))
            )
            languages = {lang for (lang,) in s.execute(select(Lead.language).distinct())}
            high = s.scalar(select(func.count()).select_from(Lead).where(Lead.score >= 80))
    finally:
        engine.dispose()
    samples = _samples()
    assert convs == len(samples)
    # Returning customers (widget first, then WhatsApp) are one lead each.
    assert leads == 186
    assert kinds["digest"] == 1 and kinds["alert"] == high and unsent == 0
    assert {"en", "es", "it", "pt", "fr", "de"} <= languages


def test_demo_posts_to_slack_when_a_token_is_set(
    tmp_path: Path, fake_slack: FakeSlack, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    assert main(["demo", "--file", "demo2.db", "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "Alerts posted to Slack" in out and "Top 3 leads" in out
    posts = fake_slack.calls_to("chat.postMessage")
    alerts = [p for p in posts if p.args["channel"] == "#leads-alerts"]
    digests = [p for p in posts if p.args["channel"] == "#leads"]
    assert len(alerts) > 10 and len(digests) == 1
    assert len(fake_slack.uploads) == 2  # the CSV and the chart
    assert fake_slack.calls_to("auth.test")  # the token was checked first


def test_demo_stops_on_a_bad_token(
    tmp_path: Path, fake_slack: FakeSlack, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-wrong")
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    assert main(["demo"]) == 2
    assert "invalid_auth" in capsys.readouterr().err
    assert not (tmp_path / "leads-demo.db").exists()

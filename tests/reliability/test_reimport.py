"""Re-import a shorter copy of a processed conversation: every message and the lead stay as they were."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import func, select

from leads.cli import main
from storage.db import open_database
from storage.models import Lead, Message


def _sample() -> dict:
    """Return a bundled sample chat in which the customer leaves an email late on."""
    lines = resources.files("leads").joinpath("samples", "conversations.jsonl").read_text("utf-8")
    for line in lines.splitlines():
        conv = json.loads(line)
        customer = [m for m in conv["messages"] if m["role"] == "customer"]
        if len(customer) >= 2 and "@" in customer[-1]["text"] and "@" not in customer[0]["text"]:
            return conv
    raise AssertionError("no suitable sample")


def _lead(db_url: str) -> tuple[int, str | None, int, int]:
    engine = open_database(db_url)
    try:
        with engine.connect() as conn:
            (lead,) = conn.execute(select(Lead.score, Lead.email, Lead.id)).all()  # type: ignore[call-overload]
            n = conn.execute(select(func.count()).select_from(Message)).scalar_one()
    finally:
        engine.dispose()
    return lead.score, lead.email, lead.id, n


def test_a_shorter_copy_keeps_every_message_and_the_lead(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conv = _sample()
    full, short = tmp_path / "full.jsonl", tmp_path / "short.jsonl"
    full.write_text(json.dumps(conv) + "\n", encoding="utf-8")
    # The copy stops before the message with the email; an agent line is new in it.
    cut = {**conv, "messages": [*conv["messages"][:1], {"role": "agent", "text": "Thanks!"}]}
    short.write_text(json.dumps(cut) + "\n", encoding="utf-8")

    assert main(["--db", db_url, "ingest", str(full)]) == 0
    assert main(["--db", db_url, "process", "--no-deliver"]) == 0
    before = _lead(db_url)
    assert before[1] and before[3] == len(conv["messages"])
    capsys.readouterr()

    assert main(["--db", db_url, "ingest", str(short)]) == 0
    out = capsys.readouterr().out
    missing = len(conv["messages"]) - 1
    assert f"{missing} messages missing from the new copy, kept" in out
    assert main(["--db", db_url, "process", "--no-deliver"]) == 0
    score, email, lead_id, messages = _lead(db_url)
    assert messages == len(conv["messages"]) + 1  # nothing lost, the new line added
    assert (email, lead_id) == before[1:3]  # the email still comes from a kept message
    assert abs(score - before[0]) <= 2  # scored on the whole transcript, not the short copy

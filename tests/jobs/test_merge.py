"""Merge leads that turn out to be one person, and undo it (jobs.merge, `leads unmerge`)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from jobs.merge import UnmergeError, unmerge
from leads.cli import main
from storage.models import LeadIdentity, LeadMerge, StatusChange
from storage.queries import LeadNotFound, get_lead, set_status
from tests.jobs.process_helpers import T0, conv, ingest, lead_of, leads, process, snapshot

QUOTE = "Please send me a quote for 50 office chairs."


def _two_leads_then_bridge(engine: Engine) -> tuple[int, int]:
    ingest(
        engine,
        [
            conv("u1", [f"Hi, I'm Sofia Marino. {QUOTE} sofia.marino@gmail.com"]),
            conv(
                "u2",
                ["Ciao, vorrei un preventivo per 20 sedie. Sono Sofia"],
                source="whatsapp",
                phone="+39 347 123 4567",
                start=T0 + timedelta(hours=1),
            ),
        ],
    )
    process(engine)
    first = lead_of(engine)
    return first["u1"], first["u2"]


def _bridge(engine: Engine) -> None:
    ingest(
        engine,
        [
            conv(
                "u3",
                ["It's Sofia Marino: sofia.marino@gmail.com, WhatsApp +39 347 123 4567"],
                start=T0 + timedelta(days=1),
            )
        ],
    )
    assert process(engine).merged == 1


def test_unmerge_restores_the_merged_lead(engine: Engine) -> None:
    kept_id, merged_id = _two_leads_then_bridge(engine)
    with Session(engine) as s:
        set_status(s, merged_id, "Follow-up", who="U1", via="slack")
        s.commit()
    before = leads(engine)
    _bridge(engine)
    with Session(engine) as s:
        with pytest.raises(LeadNotFound) as gone:
            get_lead(s, merged_id)
        assert gone.value.merged_into == kept_id

    result = unmerge(engine, merged_id)
    assert (result.kept_lead_id, result.restored_lead_id) == (kept_id, merged_id)
    assert result.conversations == 1 and result.identities == 1
    now = leads(engine)
    restored = now[merged_id]
    for field in ("name", "email", "phone", "status", "status_by_human", "score", "created_at"):
        assert restored[field] == before[merged_id][field], field
    links = lead_of(engine)
    assert links == {"u1": kept_id, "u2": merged_id, "u3": kept_id}
    kept = now[kept_id]
    assert kept["phone"] is None and kept["alt_phones"] == []  # the phone went back
    assert (kept["status"], kept["status_by_human"]) == (before[kept_id]["status"], False)
    with Session(engine) as s:
        owner = s.get(LeadIdentity, ("phone", "+393471234567"))
        assert owner is not None and owner.lead_id == merged_id
        merge = s.exec(select(LeadMerge)).scalars().one()
        assert merge.undone_at is not None
        history = s.exec(select(StatusChange).where(StatusChange.via == "slack")).scalars().one()
        assert history.lead_id == merged_id
    with pytest.raises(UnmergeError, match="was not merged away"):
        unmerge(engine, merged_id)  # already undone

    # Nothing is due, so the undone merge stays undone on the next run.
    state = snapshot(engine)
    process(engine)
    assert snapshot(engine) == state


def test_unmerge_command(db_url: str, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    kept_id, merged_id = _two_leads_then_bridge(engine)
    _bridge(engine)
    assert main(["--db", db_url, "unmerge", str(kept_id)]) == 1
    assert "was not merged away" in capsys.readouterr().err
    assert main(["--db", db_url, "unmerge", str(merged_id)]) == 0
    out = capsys.readouterr().out
    assert f"Lead {merged_id} restored from lead {kept_id}" in out
    assert main(["--db", db_url, "unmerge", "999"]) == 1
    assert "No merge took lead 999" in capsys.readouterr().err


def test_a_new_lead_never_reuses_a_merged_away_id(engine: Engine) -> None:
    kept_id, merged_id = _two_leads_then_bridge(engine)
    _bridge(engine)
    ingest(engine, [conv("u4", ["Hi, I'm Olga Berg, olga.berg@gmail.com"])])
    process(engine)
    assert lead_of(engine)["u4"] not in (kept_id, merged_id)


def test_a_decision_folded_in_by_a_merge_bumps_the_status_version() -> None:
    from datetime import UTC, datetime

    from jobs.merge import fold

    at = datetime(2026, 11, 1, tzinfo=UTC)
    base = {"name": None, "email": None, "phone": None, "alt_emails": [], "alt_phones": [],
            "created_at": at, "agent": None, "source": "widget"}  # fmt: skip
    kept = {**base, "status": "Quote Request", "status_by_human": False, "status_version": 0}
    merged = {**base, "status": "Spam", "status_by_human": True, "status_version": 3}
    fold(kept, merged)
    # An old alert of the kept lead (version 0) can no longer undo the merged-in decision.
    assert (kept["status"], kept["status_version"]) == ("Spam", 4)

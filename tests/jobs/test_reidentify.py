"""Repair leads an older, forgiving identity merged: `leads reidentify` splits them.

The database is built as the old identity left it (rows inserted directly): colleagues who
share a surname at one company in one lead, people on a team inbox in another, people on
a switchboard in a third, each lead with a status and audit rows. Conversations are real
and extracted and scored with the shipped model.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select, update
from sqlmodel import Session

from jobs.merge import unmerge
from jobs.reidentify import reidentify
from leads.cli import main
from storage.models import (
    Conversation,
    Lead,
    LeadConversation,
    LeadIdentity,
    LeadMerge,
    StatusChange,
)
from tests.jobs.process_helpers import T0, config, conv, ingest, lead_of, process

COLLEAGUES = ["Elena", "Ines", "Katia", "Luca"]
INBOX = ["Marco Verdi", "Sara Neri", "Paolo Gallo", "Giulia Conti", "Anna Greco"]
BOARD = ["Tomas Novak", "Jonas Weber", "Maria Silva", "Pierre Moreau", "Chloe Costa"]


def _ask(name: str, detail: str) -> list[str]:
    return [f"Hello, my name is {name}.", f"Please send a quote for 20 office chairs. {detail}"]


def _old_database(engine: Engine) -> dict[str, int]:
    """Store the conversations and the leads a forgiving identity made of them."""
    convs, groups = [], {"rossi": [], "inbox": [], "board": [], "alone": []}
    for i, first in enumerate(COLLEAGUES):
        email = f"{first.lower()}.rossi@acme-corp.com"
        start = T0 + timedelta(minutes=i)
        convs.append(conv(f"co-{first}", _ask(f"{first} Rossi", f"Email {email}"), start=start))
        groups["rossi"].append(f"co-{first}")
    convs.append(
        conv("co-Elena-wa", ["Hi again, elena.rossi@acme-corp.com here", "Any news?"],
             source="whatsapp", start=T0 + timedelta(days=1))
    )  # fmt: skip
    groups["rossi"].append("co-Elena-wa")
    for i, name in enumerate(INBOX):
        convs.append(conv(f"inbox-{i}", _ask(name, "Write to info@teamco-shop.com"),
                          start=T0 + timedelta(hours=1, minutes=i)))  # fmt: skip
        groups["inbox"].append(f"inbox-{i}")
    for i, name in enumerate(BOARD):
        convs.append(conv(f"board-{i}", _ask(name, "Call me at +34 911 234 567"),
                          start=T0 + timedelta(hours=2, minutes=i)))  # fmt: skip
        groups["board"].append(f"board-{i}")
    convs.append(conv("alone", _ask("Nora Lind", "nora.lind@gmail.com"), start=T0))
    groups["alone"].append("alone")
    ingest(engine, convs)
    ids: dict[str, int] = {}
    with Session(engine) as s:
        s.execute(
            update(Conversation).values(
                state="done", processed_hash=Conversation.content_hash, processed_at=T0
            )
        )
        conv_id = dict(s.execute(select(Conversation.external_id, Conversation.id)).all())
        statuses = {"rossi": ("Opportunity", True), "inbox": ("Quote Request", False),
                    "board": ("Follow-up", True), "alone": ("Quote Request", False)}  # fmt: skip
        for group, externals in groups.items():
            status, by_human = statuses[group]
            lead = Lead(
                name={
                    "rossi": "Elena Rossi",
                    "inbox": "Marco Verdi",
                    "board": "Tomas Novak",
                    "alone": "Nora Lind",
                }[group],
                email={
                    "rossi": "elena.rossi@acme-corp.com",
                    "inbox": "info@teamco-shop.com",
                    "alone": "nora.lind@gmail.com",
                }.get(group),
                alt_emails=[f"{n.lower()}.rossi@acme-corp.com" for n in COLLEAGUES[1:]]
                if group == "rossi"
                else [],
                phone="+34911234567" if group == "board" else None,
                agent="Sales Assistant",
                source="widget",
                status=status,
                status_by_human=by_human,
                score=75,
                quality="medium",
                created_at=T0,
                updated_at=T0,
            )
            s.add(lead)
            s.flush()
            assert lead.id is not None
            ids[group] = lead.id
            for ext in externals:
                s.add(LeadConversation(conversation_id=conv_id[ext], lead_id=lead.id))
            s.add(StatusChange(lead_id=lead.id, who="model", from_status=None,
                               to_status="Quote Request", via="model", at=T0))  # fmt: skip
            if by_human:
                s.add(StatusChange(lead_id=lead.id, who="maria", from_status="Quote Request",
                                   to_status=status, via="cli", at=T0 + timedelta(hours=5)))  # fmt: skip
        # What the old identity stored: every detail owned by the lead it merged into.
        for first in COLLEAGUES:
            s.add(LeadIdentity(kind="email", value=f"{first.lower()}.rossi@acme-corp.com",
                               lead_id=ids["rossi"]))  # fmt: skip
        s.add(LeadIdentity(kind="email", value="info@teamco-shop.com", lead_id=ids["inbox"]))
        s.add(LeadIdentity(kind="phone", value="+34911234567", lead_id=ids["board"]))
        s.add(LeadIdentity(kind="email", value="nora.lind@gmail.com", lead_id=ids["alone"]))
        s.commit()
    return ids


def _snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Return every row of the tables reidentify may touch, in a stable order."""
    out = {}
    with engine.connect() as c:
        for model in (Lead, LeadIdentity, LeadConversation, StatusChange, LeadMerge):
            table = model.__table__  # type: ignore[attr-defined]
            rows = c.execute(select(table)).all()
            out[table.name] = sorted(tuple(map(repr, r)) for r in rows)
    return out


def _history(engine: Engine, lead_id: int) -> list[tuple[str, str | None, str, str]]:
    with Session(engine) as s:
        rows = s.scalars(
            select(StatusChange).where(StatusChange.lead_id == lead_id).order_by(StatusChange.id)
        )
        return [(r.who, r.from_status, r.to_status, r.via) for r in rows]


def test_reidentify_splits_wrong_merges_keeps_statuses_and_is_idempotent(
    engine: Engine, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _old_database(engine)
    before = _snapshot(engine)
    assert main(["--db", db_url, "reidentify", "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert f"Lead {ids['rossi']} held 4 people: it would keep co-Elena, co-Elena-wa" in shown
    assert "Dry run: nothing was changed." in shown
    assert _snapshot(engine) == before

    assert main(["--db", db_url, "reidentify"]) == 0
    shown = capsys.readouterr().out
    assert f"Lead {ids['rossi']} held 4 people: it keeps co-Elena, co-Elena-wa" in shown
    assert "its status Opportunity, set by a person, goes to each part" in shown
    owner = lead_of(engine)
    # Elena's two conversations stay on her lead; everyone else is a lead of their own.
    assert owner["co-Elena"] == owner["co-Elena-wa"] == ids["rossi"]
    people = [f"co-{n}" for n in COLLEAGUES] + [f"inbox-{i}" for i in range(5)]
    people += [f"board-{i}" for i in range(5)] + ["alone"]
    assert len({owner[p] for p in people}) == len(people)
    with Session(engine) as s:
        leads = {lead.id: lead for lead in s.scalars(select(Lead))}
        ines = leads[owner["co-Ines"]]
        assert ines.name == "Ines Rossi" and ines.email == "ines.rossi@acme-corp.com"
        assert (ines.status, ines.status_by_human) == ("Opportunity", True)
        elena = leads[ids["rossi"]]
        assert elena.name == "Elena Rossi" and elena.alt_emails == []
        for i in range(5):
            board = leads[owner[f"board-{i}"]]
            assert (board.status, board.status_by_human) == ("Follow-up", True)
            assert board.phone == "+34911234567"
            inbox = leads[owner[f"inbox-{i}"]]
            assert not inbox.status_by_human and inbox.name == INBOX[i]
        identity = {(r.kind, r.value): r for r in s.scalars(select(LeadIdentity))}
    assert identity[("email", "ines.rossi@acme-corp.com")].lead_id == owner["co-Ines"]
    assert identity[("email", "elena.rossi@acme-corp.com")].lead_id == ids["rossi"]
    assert identity[("phone", "+34911234567")].shared
    assert ("email", "info@teamco-shop.com") not in identity  # a team inbox identifies nobody
    assert ("name", "acme-corp.com ines rossi") in identity
    # The audit trail: the original rows stay, each part says where its status came from.
    assert _history(engine, ids["rossi"])[:2] == [
        ("model", None, "Quote Request", "model"),
        ("maria", "Quote Request", "Opportunity", "cli"),
    ]
    assert _history(engine, ids["rossi"])[2][0].startswith("leads reidentify: other people")
    assert _history(engine, owner["co-Ines"]) == [
        (f"leads reidentify: split from lead {ids['rossi']}", "Opportunity", "Opportunity", "cli")
    ]
    (inbox_row,) = _history(engine, owner["inbox-3"])
    assert inbox_row[0] == f"leads reidentify: split from lead {ids['inbox']}"
    assert inbox_row[3] == "model"

    # Idempotent: a second run changes nothing at all.
    after = _snapshot(engine)
    assert main(["--db", db_url, "reidentify"]) == 0
    assert "Nothing to repair" in capsys.readouterr().out
    assert _snapshot(engine) == after

    # The next batch joins each returning person to their own part, nobody to the old lead.
    ingest(engine, [
        conv("ines-back", ["Hi, ines.rossi@acme-corp.com again", "Any news on the chairs?"],
             source="whatsapp", start=T0 + timedelta(days=2)),
        conv("board-new", _ask("Hugo Lenz", "Call me at +34 911 234 567"),
             start=T0 + timedelta(days=2)),
    ])  # fmt: skip
    process(engine)
    owner = lead_of(engine)
    assert owner["ines-back"] == owner["co-Ines"]
    assert owner["board-new"] not in {owner[f"board-{i}"] for i in range(5)}


def test_reidentify_never_undoes_an_unmerge(engine: Engine) -> None:
    email, phone = "sam.ortega@gmail.com", "+34 622 111 333"
    ingest(engine, [conv("sam-1", _ask("Sam Ortega", f"Email {email}"))])
    process(engine)
    ingest(engine, [conv("sam-2", _ask("Sam Ortega", f"Call {phone}"), start=T0 + timedelta(1))])
    process(engine)
    ingest(engine, [conv("sam-3", _ask("Sam Ortega", f"{email} or {phone}"),
                         start=T0 + timedelta(2))])  # fmt: skip
    process(engine)
    with Session(engine) as s:
        (merge,) = s.scalars(select(LeadMerge)).all()
    unmerge(engine, merge.merged_lead_id)
    before, rows = lead_of(engine), _snapshot(engine)
    assert len(set(before.values())) == 2
    result = reidentify(engine, config())
    assert not result.splits and not result.changed
    assert lead_of(engine) == before and _snapshot(engine) == rows

"""Check identity is precision first: shared details and look-alike names never merge people.

A scaled-down version of the issue's company-sized load, with the real extractor and
model: colleagues at one domain who share surnames, a team inbox, a switchboard, and
customers who come back on WhatsApp with their email.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from jobs.merge import unmerge
from leads.cli import main
from model.extract import extract
from model.types import Extraction
from storage.models import LeadIdentity, LeadMerge
from tests.jobs.process_helpers import T0, conv, ingest, lead_of, leads, process

FIRST = ["Elena", "Ines", "Katia", "Luca", "Marco", "Sara", "Paolo", "Giulia", "Anna", "Tomas"]
LAST = ["Rossi", "Bianchi", "Ferrari"]


def _ask(name: str, detail: str) -> list[str]:
    return [f"Hello, my name is {name}.", f"Please send a quote for 20 office chairs. {detail}"]


def _load(shared_domain: bool) -> tuple[list, int]:
    convs, people = [], 0
    for i in range(30):  # colleagues at one company, many sharing a surname
        first, last = FIRST[i % len(FIRST)], LAST[i % len(LAST)]
        domain = "acme-corp.com" if shared_domain else f"firm{i}.com"
        email = f"{first.lower()}.{last.lower()}{i}@{domain}"
        convs.append(conv(f"co-{i}", _ask(f"{first} {last}", f"My email is {email}")))
        people += 1
    for i in range(12):  # different people who all give the team inbox
        name = f"{FIRST[i % 10]} Inbox{chr(65 + i)}"
        convs.append(conv(f"inbox-{i}", _ask(name, "Write to info@teamco-shop.com")))
        people += 1
    for i in range(8):  # different people calling from one switchboard
        name = f"{FIRST[i]} Board{chr(65 + i)}"
        convs.append(conv(f"board-{i}", _ask(name, "Call me at +34 911 234 567")))
        people += 1
    for i in range(6):  # customers who come back on WhatsApp with their email
        name, email = f"Ret{chr(65 + i)} Back", f"returning{i}@gmail.com"
        convs.append(conv(f"ret-w-{i}", _ask(name, f"Email: {email}")))
        later = T0 + timedelta(days=1)
        convs.append(
            conv(f"ret-wa-{i}", [f"Hi again, it's me, {email}", "Any news on the quote?"],
                 source="whatsapp", start=later)
        )  # fmt: skip
        people += 1
    return convs, people


def test_shared_details_and_shared_domains_never_merge_people(
    engine: Engine, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    convs, people = _load(shared_domain=True)
    ingest(engine, convs)
    process(engine)
    owner = lead_of(engine)
    assert len(set(owner.values())) == people
    for i in range(6):
        assert owner[f"ret-w-{i}"] == owner[f"ret-wa-{i}"]
    with engine.connect() as c:
        shared = c.execute(select(LeadIdentity.value).where(LeadIdentity.shared)).scalars().all()
        inbox = c.execute(
            select(LeadIdentity).where(LeadIdentity.value == "info@teamco-shop.com")
        ).first()
    assert "+34911234567" in shared
    with engine.connect() as c:
        board = c.execute(
            select(LeadIdentity.lead_id).where(LeadIdentity.value == "+34911234567")
        ).scalar_one()
    assert main(["--db", db_url, "show", str(board)]) == 0
    assert "Shared phone +34911234567" in capsys.readouterr().out
    assert inbox is None  # a role address is never an identity
    # Every person at their own domain gives the same count.
    own, _ = _load(shared_domain=False)
    assert len(own) == len(convs)


def test_a_merge_says_why_and_an_unmerge_is_remembered(
    engine: Engine, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest(engine, [conv("a-1", _ask("Nora Quist", "Email nora.quist@example-co.com"))])
    process(engine)
    ingest(engine, [conv("a-2", _ask("Nora Quist", "Phone +34 612 345 678"), source="whatsapp")])
    process(engine)
    assert len(leads(engine)) == 2  # nothing links them yet
    both = "Mail nora.quist@example-co.com or call +34 612 345 678"
    ingest(engine, [conv("a-3", _ask("Nora Quist", both), start=T0 + timedelta(days=2))])
    process(engine)
    assert len(leads(engine)) == 1
    with engine.connect() as c:
        merge = c.execute(select(LeadMerge)).one()
    assert merge.reason.startswith("same ")
    assert main(["--db", db_url, "show", str(merge.kept_lead_id)]) == 0
    shown = capsys.readouterr().out
    assert f"Merged lead {merge.merged_lead_id}" in shown and merge.reason[:20] in shown
    unmerge(engine, merge.merged_lead_id)
    assert len(leads(engine)) == 2
    ingest(engine, [conv("a-4", _ask("Nora Quist", both), start=T0 + timedelta(days=3))])
    process(engine)
    assert len(leads(engine)) == 2  # the split is remembered


def test_alternates_are_bounded(engine: Engine) -> None:
    phones = [f"+34 612 000 {100 + i}" for i in range(15)]
    texts = [f"Call me at {p}, my email is nora.quist@example-co.com" for p in phones]
    ingest(engine, [conv(f"b-{i}", ["My name is Nora Quist.", t]) for i, t in enumerate(texts)])
    process(engine, max_alternates=4)
    (lead,) = leads(engine).values()
    assert len(lead["alt_phones"]) == 4


def test_a_reprocessed_conversation_stays_with_its_lead_when_its_name_reads_differently(
    engine: Engine,
) -> None:
    first = _ask("Nora Quist", "Email nora.quist@example-co.com")
    ingest(engine, [conv("c-1", first)])
    process(engine)
    (lead_id,) = leads(engine)

    def reads_another_name(doc: dict, region: str) -> Extraction:
        return replace(extract(doc, region), name="Lisa Berg", name_confidence=0.9)

    # The same conversation again, longer, and now another name is read from it.
    ingest(engine, [conv("c-1", [*first, "Lisa here, Nora's colleague."])])
    process(engine, extractor=reads_another_name)
    assert lead_of(engine) == {"c-1": lead_id}
    assert list(leads(engine)) == [lead_id]

"""Process conversations into leads on SQLite and PostgreSQL with the real extractor and model."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from jobs.process import ProcessStats, request_text
from model.extract import extract
from model.types import Request
from storage.models import Conversation, LeadMerge, OutboxItem, StatusChange
from storage.queries import set_status
from tests.jobs.process_helpers import T0, conv, ingest, lead_of, leads, process, snapshot

QUOTE = "Please send me a quote for 50 office chairs, we need them by March."

# Each case: conversations imported and processed together, then which ones share a lead.
DEDUPE_CASES = {
    "same email, different case": (
        [
            conv("a1", [f"Hi, I'm Laura Benson. {QUOTE} My email is Laura.Benson@acme-tools.com"]),
            conv("a2", ["Hello again, laura.benson@ACME-TOOLS.com here. Any news on the quote?"]),
        ],
        [{"a1", "a2"}],
    ),
    "Gmail dots and googlemail": (
        [
            conv("b1", [f"Hi, I'm Peter Clarke. {QUOTE} Email: peter.clarke@gmail.com"]),
            conv("b2", ["It's Peter, write to peterclarke@googlemail.com please"]),
        ],
        [{"b1", "b2"}],
    ),
    "+tag": (
        [
            conv("c1", [f"Hi, I'm Nora Quinn. {QUOTE} nora.quinn+shop@gmail.com"]),
            conv("c2", ["Nora here, my email is noraquinn@gmail.com"]),
        ],
        [{"c1", "c2"}],
    ),
    "same phone: widget then WhatsApp sender": (
        [
            conv("d1", [f"Hi, I'm Javier Ruiz. {QUOTE} Call me on +34 612 345 678"]),
            conv(
                "d2",
                ["Hola, soy Javier, ¿tenéis novedades del presupuesto?"],
                source="whatsapp",
                phone="+34612345678",
                name="Javier Ruiz",
                start=T0 + timedelta(days=1),
            ),
        ],
        [{"d1", "d2"}],
    ),
    "same name only: never merged": (
        [
            conv("e1", [f"Hi, I'm Laura Gomez. {QUOTE} laura.gomez@gmail.com"]),
            conv("e2", [f"Hi, I'm Laura Gomez. {QUOTE} lgomez77@hotmail.com"]),
            conv("e3", ["Hi, I'm Laura Gomez, do you ship to Porto?"]),
        ],
        [{"e1"}, {"e2"}, {"e3"}],
    ),
    "same name and company domain": (
        [
            conv("f1", [f"Hi, I'm Mark Fischer. {QUOTE} mark.fischer@nordwerk.de"]),
            conv("f2", ["This is Mark Fischer again, please use m.fischer@nordwerk.de"]),
        ],
        [{"f1", "f2"}],
    ),
    "same company domain, different people": (
        [
            conv("g1", [f"Hi, I'm Mark Fischer. {QUOTE} mark.fischer@nordwerk.de"]),
            conv("g2", [f"Hi, I'm Anna Weber. {QUOTE} anna.weber@nordwerk.de"]),
        ],
        [{"g1"}, {"g2"}],
    ),
    "team inbox: different people, one lead each": (
        [
            conv("i1", [f"Hi, I'm Elena Rossi. {QUOTE} info@ferrovia-tools.it"]),
            conv("i2", [f"Hi, I'm Luca Bianchi. {QUOTE} info@ferrovia-tools.it"]),
            conv("i3", [f"Hi, I'm Katia Verdi. {QUOTE} Sales@Ferrovia-Tools.it"]),
        ],
        [{"i1"}, {"i2"}, {"i3"}],
    ),
    "colleagues sharing a surname at one company": (
        [
            conv("j1", [f"Hi, I'm Ines Moretti. {QUOTE} ines.moretti@ferrovia-tools.it"]),
            conv("j2", [f"Hi, I'm Ivo Moretti. {QUOTE} ivo.moretti@ferrovia-tools.it"]),
        ],
        [{"j1"}, {"j2"}],
    ),
    "same name and public domain": (
        [
            conv("h1", [f"Hi, I'm Tom Hardy. {QUOTE} tom.hardy@gmail.com"]),
            conv("h2", [f"Hi, I'm Tom Hardy. {QUOTE} t.hardy1980@gmail.com"]),
        ],
        [{"h1"}, {"h2"}],
    ),
}


def _groups(engine: Engine) -> list[set[str]]:
    by_lead: dict[int, set[str]] = {}
    for external_id, lead_id in lead_of(engine).items():
        by_lead.setdefault(lead_id, set()).add(external_id)
    return sorted(by_lead.values(), key=min)


@pytest.mark.parametrize("batch_size", [1, 50], ids=["one per batch", "one batch"])
@pytest.mark.parametrize("case", DEDUPE_CASES, ids=list(DEDUPE_CASES))
def test_one_lead_per_person(engine: Engine, case: str, batch_size: int) -> None:
    convs, expected = DEDUPE_CASES[case]
    ingest(engine, convs)
    stats = process(engine, batch_size=batch_size)
    assert _groups(engine) == sorted(expected, key=min)
    assert stats.processed == len(convs)
    assert stats.new_leads + 0 >= len(expected)  # one-per-batch may create, then merge
    assert len(leads(engine)) == len(expected)


def test_bridging_conversation_merges_two_leads(engine: Engine) -> None:
    ingest(
        engine,
        [
            conv("m1", [f"Hi, I'm Sofia Marino. {QUOTE} sofia.marino@gmail.com"]),
            conv(
                "m2",
                ["Ciao, vorrei un preventivo per 20 sedie"],
                source="whatsapp",
                phone="+39 347 123 4567",
                start=T0 + timedelta(hours=1),
            ),
        ],
    )
    process(engine)
    first = lead_of(engine)
    assert first["m1"] != first["m2"]
    with Session(engine) as s:
        set_status(s, first["m2"], "Follow-up", who="U1", via="slack")
        s.commit()
    ingest(
        engine,
        [
            conv(
                "m3",
                ["Sono Sofia Marino, my email is sofia.marino@gmail.com and my WhatsApp is "
                 "+39 347 123 4567"],
                start=T0 + timedelta(days=2),
            )
        ],
    )  # fmt: skip
    stats = process(engine)
    assert stats.merged == 1
    after = lead_of(engine)
    assert after["m1"] == after["m2"] == after["m3"] == first["m1"]  # the earlier lead is kept
    (lead,) = leads(engine).values()
    assert lead["email"] == "sofia.marino@gmail.com"
    assert lead["phone"] == "+393471234567"
    assert lead["created_at"] == T0
    assert (lead["status"], lead["status_by_human"]) == ("Follow-up", True)  # the person's
    with Session(engine) as s:
        merge = s.exec(select(LeadMerge)).scalars().one()
        assert (merge.kept_lead_id, merge.merged_lead_id) == (first["m1"], first["m2"])
        history = s.exec(select(StatusChange.lead_id).where(StatusChange.via == "slack")).all()
        assert [h[0] for h in history] == [first["m1"]]  # the history moved with it


def test_human_status_is_never_overwritten_but_the_score_moves(engine: Engine) -> None:
    ingest(engine, [conv("s1", ["Hi, do you sell chairs?"])])
    process(engine)
    (lead_id,) = lead_of(engine).values()
    before = leads(engine)[lead_id]
    with Session(engine) as s:
        set_status(s, lead_id, "Not Interested", who="U1", via="slack")
        s.commit()
    ingest(
        engine,
        [conv("s1", ["Hi, do you sell chairs?", f"I'm Ruth Adler. {QUOTE} Budget 4,000 EUR. "
                     "Call me on +44 7911 123456 or ruth.adler@adler-design.co.uk"])],
    )  # fmt: skip
    process(engine)
    after = leads(engine)[lead_id]
    assert (after["status"], after["status_by_human"]) == ("Not Interested", True)
    assert after["score"] > before["score"]  # the changed conversation was scored again
    assert after["phone"] == "+447911123456"
    with Session(engine) as s:
        model_rows = s.exec(
            select(func.count()).select_from(StatusChange).where(StatusChange.via == "model")
        ).scalar_one()
    assert model_rows == 1  # only the first, initial status


def test_failing_conversation_is_marked_and_the_rest_proceed(engine: Engine) -> None:
    def extractor(conversation: dict, region: str):  # type: ignore[no-untyped-def]
        if conversation["id"] == "bad":
            raise RuntimeError("customer text julia@secret.example in the message")
        return extract(conversation, region)

    ingest(
        engine,
        [
            conv("ok1", [f"Hi, I'm Ivo Petrov. {QUOTE} ivo.petrov@gmail.com"]),
            conv("bad", ["My email is julia@secret.example"]),
            conv("ok2", ["Hello, do you deliver to Lyon? anne.morel@orange.fr"]),
        ],
    )
    stats = process(engine, extractor=extractor)
    assert (stats.processed, stats.failed) == (2, 1)
    with Session(engine) as s:
        rows = {c.external_id: c for c in s.exec(select(Conversation)).scalars()}
    assert rows["bad"].state == "failed"
    assert rows["bad"].error == "extraction failed (RuntimeError)"  # no personal data
    assert {rows["ok1"].state, rows["ok2"].state} == {"done"}
    assert set(lead_of(engine)) == {"ok1", "ok2"}
    assert process(engine, extractor=extractor).claimed == 0  # failed stays failed
    ingest(engine, [conv("bad", ["My email is julia@secret.example", "thanks"])])
    assert process(engine).processed == 1  # a changed import makes it due again


def test_rerun_changes_nothing_and_queues_no_second_alert(engine: Engine) -> None:
    ingest(
        engine,
        [
            conv("r1", [f"Hi, I'm Ines Costa. {QUOTE} Budget 5000 EUR. ines.costa@gmail.com "
                        "+351 912 345 678"]),
            conv("r2", ["Hello, what are your opening hours?"]),
            conv("r3", [("agent", "Hi! How can I help?")]),  # no customer message: no lead
        ],
    )  # fmt: skip
    stats = process(engine, alert_threshold=0)
    assert (stats.processed, stats.skipped, stats.new_leads, stats.alerts_queued) == (2, 1, 2, 2)
    before = snapshot(engine)
    again = process(engine, alert_threshold=0)
    assert again == ProcessStats()
    ingest(engine, [conv("r2", ["Hello, what are your opening hours?"])])  # unchanged
    assert process(engine, alert_threshold=0) == ProcessStats()
    assert snapshot(engine) == before
    # A changed conversation rescored above the threshold again queues nothing new.
    ingest(engine, [conv("r1", [f"Hi, I'm Ines Costa. {QUOTE} ines.costa@gmail.com", "thanks!"])])
    assert process(engine, alert_threshold=0).alerts_queued == 0
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(OutboxItem)).scalar_one() == 2


def test_alert_payload(engine: Engine) -> None:
    ingest(
        engine,
        [conv("p1", [f"Hi, I'm Ines Costa. {QUOTE} ines.costa@gmail.com +351 912 345 678"])],
    )
    process(engine, alert_threshold=0)
    (lead_id,) = lead_of(engine).values()
    with Session(engine) as s:
        item = s.exec(select(OutboxItem)).scalars().one()
    assert (item.key, item.kind, item.lead_id) == (f"alert:lead:{lead_id}", "alert", lead_id)
    p = item.payload
    assert p["id"] == lead_id and p["conversation_ids"] == ["p1"]
    assert p["email"] == "ines.costa@gmail.com" and p["phone"] == "+351912345678"
    assert p["name"] == "Ines Costa" and p["language"] == "en"
    assert "50" in p["request"]
    assert p["factors_for"] and isinstance(p["factors_against"], list)
    assert p["intent"] and 0 <= p["score"] <= 100


def test_high_threshold_queues_nothing(engine: Engine) -> None:
    ingest(engine, [conv("q1", [f"Hi, I'm Ines Costa. {QUOTE} ines.costa@gmail.com"])])
    assert process(engine, alert_threshold=100).alerts_queued <= 1
    with Session(engine) as s:
        n = s.exec(select(func.count()).select_from(OutboxItem)).scalar_one()
        score = leads(engine)[next(iter(lead_of(engine).values()))]["score"]
    assert n == (1 if score >= 100 else 0)


@pytest.mark.parametrize(
    ("request_", "text"),
    [
        (Request(), None),
        (Request(summary="a quote for chairs"), "a quote for chairs"),
        (
            Request(summary="chairs", quantity=50, budget=4000.0, currency="EUR", deadline="March"),
            "chairs (quantity 50, budget 4000 EUR, by March)",
        ),
        (Request(quantity=3), "quantity 3"),
    ],
)
def test_request_text(request_: Request, text: str | None) -> None:
    assert request_text(request_) == text

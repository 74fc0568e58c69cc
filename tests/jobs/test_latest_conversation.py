"""A returning customer's latest conversation moves the lead unless a person set its status."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine, func, select
from sqlmodel import Session

from jobs.steps.lead_state import SUGGESTS
from leads.cli import main
from storage.lead_view import load_lead_cards
from storage.models import OutboxItem
from storage.queries import set_status
from tests.jobs.process_helpers import T0, conv, ingest, lead_of, leads, process

EMAIL = "ines.costa@gmail.com"
QUOTE = f"Hi, I'm Ines Costa. Please send me a quote for 50 office chairs by March. {EMAIL}"
BOUGHT = f"Hi, Ines Costa here ({EMAIL}). Thanks, but we bought the chairs elsewhere."
HOURS = f"Hi, {EMAIL} here, what are your opening hours?"
DESKS = f"Hi, {EMAIL} here. Now we would like a quote for 20 desks please."
LATER = T0 + timedelta(hours=6)


def _only_lead(engine: Engine) -> dict:
    (lead_id,) = set(lead_of(engine).values())
    return leads(engine)[lead_id]


def test_bought_elsewhere_later_moves_the_lead(engine: Engine) -> None:
    ingest(engine, [conv("q1", [QUOTE])])
    assert process(engine, alert_threshold=80).alerts_queued == 1
    assert _only_lead(engine)["status"] == "Quote Request"
    ingest(engine, [conv("q2", [BOUGHT], source="whatsapp", start=LATER)])
    stats = process(engine, alert_threshold=80)
    lead = _only_lead(engine)
    assert (lead["status"], lead["status_by_human"]) == ("Not Interested", False)
    assert lead["score"] < 40
    assert stats.alerts_queued == 0
    with Session(engine) as s:  # the alert of the quote was queued once, never again
        assert s.exec(select(func.count()).select_from(OutboxItem)).scalar_one() == 1


def test_same_conversations_in_one_batch_follow_the_newest(engine: Engine) -> None:
    ingest(engine, [conv("q2", [BOUGHT], start=LATER), conv("q1", [QUOTE])])
    process(engine)
    assert _only_lead(engine)["status"] == "Not Interested"


def _quote_then(engine: Engine, conv_id: str, text: str) -> tuple[dict, dict]:
    """Process a quote request, then `text` from the same person later: the lead each time."""
    ingest(engine, [conv("q1", [QUOTE])])
    process(engine)
    before = _only_lead(engine)
    ingest(engine, [conv(conv_id, [text], start=LATER)])
    process(engine)
    return before, _only_lead(engine)


def test_a_later_question_does_not_bury_a_quote(engine: Engine) -> None:
    before, after = _quote_then(engine, "q3", HOURS)
    assert (after["status"], after["score"]) == ("Quote Request", before["score"])


def test_a_new_quote_request_lifts_a_lead_that_said_no(engine: Engine) -> None:
    ingest(engine, [conv("q2", [BOUGHT])])
    process(engine)
    assert _only_lead(engine)["status"] == "Not Interested"
    ingest(engine, [conv("q4", [DESKS], start=LATER)])
    process(engine)
    lead = _only_lead(engine)
    assert lead["status"] == "Quote Request" and lead["score"] >= 80


def _person_sets_then(engine: Engine, first: str, status: str, later: str) -> tuple[int, dict]:
    """Process `first`, have a person set `status`, process `later`: the lead's id and row."""
    ingest(engine, [conv("p1", [first])])
    process(engine)
    lead_id = _only_lead(engine)["id"]
    with Session(engine) as s:
        set_status(s, lead_id, status, who="U1", via="slack")
        s.commit()
    ingest(engine, [conv("p2", [later], start=LATER)])
    process(engine)
    return lead_id, leads(engine)[lead_id]


def test_a_person_status_stands_and_the_change_is_shown(
    engine: Engine, db_url: str, capsys
) -> None:  # type: ignore[no-untyped-def]
    lead_id, lead = _person_sets_then(engine, QUOTE, "Contacted", BOUGHT)
    assert (lead["status"], lead["status_by_human"]) == ("Contacted", True)
    assert lead["top_factors"][0] == f"{SUGGESTS}Not Interested"
    with Session(engine) as s:
        card = load_lead_cards(s, [lead_id])[lead_id]
    assert f"{SUGGESTS}Not Interested" in card.alert["factors_for"]
    assert main(["--db", db_url, "show", str(lead_id)]) == 0
    assert f"{SUGGESTS}Not Interested" in " ".join(capsys.readouterr().out.split())
    # A newer word from the customer replaces the note rather than adding another.
    ingest(engine, [conv("q4", [DESKS], start=LATER + timedelta(hours=1))])
    process(engine)
    factors = leads(engine)[lead_id]["top_factors"]
    assert [f for f in factors if f.startswith(SUGGESTS)] == [f"{SUGGESTS}Quote Request"]


# Spam from an address that wrote before: the lead follows it only when nothing of the
# lead reads as a buyer (written for this test, not drawn from any evaluation set).
SENDER = "promo.deals@gmail.com"
QUESTION = f"Hi, {SENDER} here, what are your opening hours?"
PRIZE = (
    "CONGRATULATIONS! You have WON a 1000 USD gift card! Claim it now at "
    f"http://bit.ly/win-now or email {SENDER}"
)
EASY_MONEY = f"Earn 500 dollars a day from home! Easy work, no experience. Write to {SENDER} today"
SPAM_FROM_BUYER = f"Win a FREE iPhone! Click http://bit.ly/free-ip now, offer ends today! {EMAIL}"


def test_spam_after_a_question_makes_the_lead_spam(engine: Engine) -> None:
    ingest(engine, [conv("s1", [QUESTION])])
    process(engine)
    assert _only_lead(engine)["status"] == "Info Only"
    ingest(engine, [conv("s2", [PRIZE], start=LATER)])
    process(engine)
    lead = _only_lead(engine)
    assert lead["status"] == "Spam" and lead["score"] < 40


def test_a_sender_of_repeated_spam_is_spam_whatever_one_copy_reads(engine: Engine) -> None:
    """Before, the best-scored copy decided: one copy read as a question kept it Info Only."""
    ingest(
        engine,
        [
            conv("s1", [PRIZE]),
            conv("s2", [QUESTION], start=T0 + timedelta(hours=1)),
            conv("s3", [EASY_MONEY], start=T0 + timedelta(hours=2)),
        ],
    )
    process(engine)
    assert _only_lead(engine)["status"] == "Spam"


def test_a_buyer_whose_later_message_reads_as_spam_keeps_the_lead(engine: Engine) -> None:
    before, after = _quote_then(engine, "s9", SPAM_FROM_BUYER)
    assert (after["status"], after["score"]) == ("Quote Request", before["score"])
    # in one batch too
    ingest(engine, [conv("q1b", [QUOTE.replace("50", "60")], start=LATER + timedelta(hours=1))])
    ingest(engine, [conv("s9b", [SPAM_FROM_BUYER + " !"], start=LATER + timedelta(hours=2))])
    process(engine)
    assert _only_lead(engine)["status"] == "Quote Request"


def test_a_person_status_stands_against_later_spam(engine: Engine) -> None:
    _, lead = _person_sets_then(engine, QUESTION, "Follow-up", PRIZE)
    assert (lead["status"], lead["status_by_human"]) == ("Follow-up", True)
    assert lead["top_factors"][0] == f"{SUGGESTS}Spam"

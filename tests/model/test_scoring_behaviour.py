"""Behaviour tests of the shipped scoring model: invariances, directions, caps, reasons."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from model.artifacts import WEIGHTS_FILE, ModelError, shipped_path
from model.extract import extract
from model.features import allowed_factor_labels
from model.predict import _promote_lead_questions, load_bundle, predict
from model.reachable import REACHABLE_REASON
from model.rules import GUARD_REASONS
from model.spared import spare_buyers
from model.types import Extraction


@pytest.fixture(scope="module")
def bundle():
    return load_bundle()


def conv(*texts: str, source: str = "widget", contact: dict | None = None) -> dict:
    """Build an import-format conversation; texts prefixed 'A:' are the agent's."""
    messages = []
    for text in texts:
        role = "agent" if text.startswith("A:") else "customer"
        messages.append({"role": role, "text": text.removeprefix("A:").strip()})
    out = {"id": "t-1", "source": source, "messages": messages}
    if contact:
        out["contact"] = contact
    return out


def score(bundle, conversations):
    return predict(conversations, [extract(c) for c in conversations], bundle)


INTENT_CASES = [
    ("Hi, could you send me a quote for 200 office chairs? I'm {name}, {email}", "quote_request"),
    (
        "Hola, necesito presupuesto para 40 paneles solares. Soy {name}, mi correo es {email}",
        "quote_request",
    ),
    (
        "Buongiorno, vorrei un preventivo per 100 magliette. Mi chiamo {name}, email {email}",
        "quote_request",
    ),
    (
        "We're opening a new office and want to buy standing desks for the team. {name}, {email}",
        "opportunity",
    ),
    (
        "Bonjour, nous voulons devenir distributeur de vos produits. Je suis {name}, {email}",
        "opportunity",
    ),
    ("What are your opening hours on Saturday? thanks, {name} {email}", "info_only"),
    ("Meu pedido #55123 ainda não chegou, podem verificar? {name} {email}", "support"),
    ("Meine Bestellung ORD-883312 ist kaputt angekommen. {name}, {email}", "support"),
    ("No thanks, we are not interested anymore. {name} {email}", "not_interested"),
    ("We offer cheap SEO services to rank your website first on Google! {name} {email}", "spam"),
]
NAMES = [
    ("John Smith", "john.smith@gmail.com"),
    ("María José de la Fuente", "mj.fuente@empresa.es"),
    ("Thomas Müller", "t.mueller@mail.de"),
    ("Giulia Romano", "giulia88@libero.it"),
]


# Every variant of each case gets the same intent. The French distributor's short
# statement of interest sat on the line between opportunity and info_only (some names
# tipped it to info_only in the eleventh session); since the bundle learns HINT3's real
# one-line purchase questions it reads as opportunity with every name.
@pytest.mark.parametrize(("template", "intent"), INTENT_CASES)
def test_name_or_email_change_keeps_intent(bundle, template, intent):
    variants = [conv(template.format(name=n, email=e)) for n, e in NAMES]
    intents = {p.intent for p in score(bundle, variants)}
    assert intents == {intent}


QUOTE_BASES = [
    conv("Hello, do you sell LED panels?"),
    conv(
        "Hola, ¿tienen sillas de oficina?", "A: ¡Claro! ¿Qué necesita?", "somos una empresa pequeña"
    ),
    conv("We're looking at coffee machines for our new office. john@acme.com"),
    conv(
        "Bonjour, vous faites des t-shirts personnalisés ?",
        source="whatsapp",
        contact={"name": "Camille", "phone": "+33612345678"},
    ),
    conv("Guten Tag, ich interessiere mich für Ihre Solarmodule"),
]


@pytest.mark.parametrize("base", QUOTE_BASES)
def test_asking_for_a_quote_raises_the_score(bundle, base):
    more = json.loads(json.dumps(base))
    more["messages"].append({"role": "customer", "text": "please send me a quote for 50 units"})
    before, after = score(bundle, [base, more])
    assert after.probability > before.probability
    assert after.score >= before.score


SPAM_WITH_CONTACT = [
    "Congratulations! You won a $1000 gift card, claim at http://bit.ly/3xWin or email claims@prize-center.com",
    "We offer SEO services, first page on Google guaranteed. Write to seo.expert@rankboost.com, call +1 415 555 2671",
    "FREE entry in our weekly draw! Text WIN to 80082 now. info@winbig.co.uk",
    "Invest in crypto today and double your money in 7 days! contact me: trader.pro@gmail.com +44 7700 900123",
    "Hola, soy de WebPro Solutions, hacemos páginas web baratas. Escríbame a ventas@webpro.es, tel +34 612 345 678",
    "Ihr Konto wurde gesperrt, bestätigen Sie Ihre Daten unter https://secure-verify.info/login - support@bank-verify.de",
]


@pytest.mark.parametrize("text", SPAM_WITH_CONTACT)
def test_spam_with_valid_email_stays_below_40(bundle, text):
    for c in (
        conv(text),
        conv(text, source="whatsapp", contact={"name": "Mark", "phone": "+14155552671"}),
    ):
        (p,) = score(bundle, [c])
        assert p.intent == "spam"
        assert p.status == "Spam"
        assert p.score < 40


NOT_INTERESTED = [
    "No thanks, not interested. John Smith, john@acme.com, +1 415 555 2671",
    "Non mi interessa più, grazie. Marco Rossi marco.rossi@libero.it 333 123 4567",
    "Bitte kontaktieren Sie mich nicht mehr. Thomas Müller, t.mueller@mail.de",
]


@pytest.mark.parametrize("text", NOT_INTERESTED)
def test_a_refusal_is_very_low_even_with_contact_details(bundle, text):
    """Very low is for what nobody should chase; every labeller files refusals there."""
    (p,) = score(bundle, [conv(text, "A: Could I get your name and email?", "thanks, bye")])
    assert p.intent == "not_interested"
    assert (p.quality, p.score < 40) == ("very_low", True), p.score


def test_a_decline_that_asks_for_a_call_is_never_hot(bundle):
    # "call me if prices drop" with the customer's own number: since a person's number
    # reads apart from an SMS scam's (model/phone_kind.py), the heads weigh the request
    # and the refusal about equally, and in doubt a lead is kept (issue 11); it must
    # still never be alerted as hot, and say the refusal first
    text = (
        "We already chose another supplier, sorry. "
        "Call me if prices drop: +34 612 345 678, javi@empresa.es"
    )
    (p,) = score(bundle, [conv(text, "A: Could I get your name and email?", "thanks, bye")])
    assert p.intent in ("not_interested", "quote_request", "opportunity")
    assert p.quality in ("low", "very_low"), p.score
    assert p.factors_against[0] == "said they are not interested", p.factors_against


def test_factors_use_the_vocabulary_and_follow_the_input(bundle):
    allowed = allowed_factor_labels() | set(GUARD_REASONS)
    cases = [
        conv(
            "Please send me a quote for 300 safety helmets, we need them by next Friday. "
            "My name is Laura Clark, laura.clark@company.com, +1 415 555 2671"
        ),
        conv("hi"),
        conv("URGENT! You have won a prize, click http://bit.ly/3xWin NOW!!!"),
        conv("Where is your shop?", "A: In Madrid!", "ok thanks"),
        # lifted to high by model.reachable, whose reason is part of the vocabulary
        conv(
            "Sehr geehrte Damen und Herren,\n\nwir benötigen ein Angebot für Fachbodenregale "
            "für unser Ersatzteillager:\n- ca. 60 Regalfelder\n- Tragkraft 150 kg je Boden\n"
            "- inkl. Montage\n\nMit freundlichen Grüßen\nJulia Brandt\nEinkauf\n"
            "Tel.: 0511 123456"
        ),
    ]
    preds = score(bundle, cases)
    for p in preds:
        assert len(p.factors_for) <= 3 and len(p.factors_against) <= 3
        for factor in [*p.factors_for, *p.factors_against]:
            base = re.sub(r' \(".*"\)$', "", factor)
            assert base in allowed, factor
    good, short, spam, _, lifted = preds
    assert lifted.factors_for[0] == REACHABLE_REASON and lifted.score >= 80
    assert good.score >= 80
    assert "stated a quantity" in good.factors_for or "left an email address" in good.factors_for
    assert any(f.startswith("looks like a vendor pitch or spam") for f in spam.factors_against)
    assert good.factors_for != short.factors_for
    assert good.factors_against != short.factors_against


def test_no_reason_against_a_lead_names_a_buyers_theme(bundle):
    # A word column of a buyer's theme can weigh against quality (a hashed collision, an
    # odd weight); said as "- showed buying interest" it would read as nonsense.
    from model.datasets import load_corpus

    chats = [e.conversation for e in load_corpus() if e.split == "test"][:600]
    chats += [conv("quanto costa installare 12 pannelli solari?", "+39 354 123 2878")]
    buyers = ("asked for a quote", "showed buying interest")
    for p in score(bundle, chats):
        assert not any(f.startswith(buyers) for f in p.factors_against), p.factors_against


def test_status_follows_intent(bundle):
    preds = score(
        bundle, [conv(t.format(name="Ann Lee", email="ann@lee.com")) for t, _ in INTENT_CASES]
    )
    expected = {
        "quote_request": "Quote Request",
        "info_only": "Info Only",
        "support": "Info Only",
        "not_interested": "Not Interested",
        "spam": "Spam",
    }
    for p in preds:
        if p.intent == "opportunity":
            assert p.status in ("Opportunity", "Potential Customer")
        else:
            assert p.status == expected[p.intent]


def test_predict_is_pure_and_batched(bundle):
    cases = [conv(t.format(name="Ann Lee", email="ann@lee.com")) for t, _ in INTENT_CASES]
    batch = score(bundle, cases)
    singles = [score(bundle, [c])[0] for c in cases]
    assert batch == singles
    assert score(bundle, []) == []


def test_load_refuses_another_sklearn_major_version(tmp_path: Path):
    copy = tmp_path / "bundle"
    shutil.copytree(shipped_path(), copy)
    meta_path = copy / "meta.json"
    meta = json.loads(meta_path.read_text())
    major = int(meta["versions"]["sklearn"].split(".")[0])
    meta["versions"]["sklearn"] = f"{major + 1}.0.0"
    meta_path.write_text(json.dumps(meta))
    # Plain weights do not depend on scikit-learn's pickles: they still load.
    assert load_bundle(copy).classes
    (copy / WEIGHTS_FILE).unlink()  # a bundle with only its skops file does
    with pytest.raises(ModelError, match="leads train"):
        load_bundle(copy)
    assert load_bundle(shipped_path()).classes  # the original still loads


def test_load_refuses_a_missing_bundle(tmp_path: Path):
    with pytest.raises(ModelError, match="leads train"):
        load_bundle(tmp_path)


CLASSES = ["info_only", "not_interested", "opportunity", "quote_request", "spam", "support"]


@pytest.mark.parametrize(
    ("logits", "score", "expected"),
    [
        # a strong lead asking a question, with some buying intent: the lead intent wins
        ([3.0, -5.0, 1.0, -1.0, -5.0, 0.0], 85, "opportunity"),
        ([0.0, -5.0, -2.0, 1.0, -5.0, 3.0], 90, "quote_request"),
        # the same question from a weaker lead stays a question
        ([3.0, -5.0, 1.0, -1.0, -5.0, 0.0], 79, "info_only"),
        # no buying intent at all (both lead intents below 5%): stays a question
        ([6.0, -5.0, -2.0, -2.0, -5.0, 0.0], 95, "info_only"),
        # only questions are ever moved: a refusal or spam keeps its intent
        ([0.0, 3.0, 1.0, 0.0, -5.0, 0.0], 95, "not_interested"),
        ([0.0, -5.0, 1.0, 0.0, 3.0, 0.0], 95, "spam"),
    ],
)
def test_strong_lead_questions_take_the_likelier_lead_intent(
    logits: list[float], score: int, expected: str
) -> None:
    raw = np.array([logits])
    classes = np.array(CLASSES)
    got = _promote_lead_questions(
        raw, classes, np.argmax(raw, axis=1), np.array([score]), [""], [Extraction()]
    )
    assert classes[got[0]] == expected


def test_a_buyer_asking_how_to_pay_is_a_lead_not_info(bundle) -> None:  # type: ignore[no-untyped-def]
    c = conv(
        "hi do you have the standing desk in white in stock?",
        "A: Yes, we have 12 in stock. How many would you need?",
        "I want to buy 3 today, can I pay by card? my email is dana.reyes@example.org",
        source="whatsapp",
        contact={"name": "Dana Reyes", "phone": "+1 415 555 2671"},
    )
    (p,) = predict([c], [extract(c)], bundle)
    assert p.status in ("Opportunity", "Potential Customer", "Quote Request")


@pytest.mark.parametrize(
    ("logits", "expected"),
    [
        # spam only a little likelier than a quote request: the buyer is not hidden
        ([0.0, -5.0, 1.0, 3.0, 3.5, 0.0], "quote_request"),
        ([0.0, -5.0, 2.9, 1.0, 3.0, 0.0], "opportunity"),
        # spam at least twice as likely as any lead intent stays spam
        ([0.0, -5.0, 1.0, 2.0, 2.8, 0.0], "spam"),
        ([0.0, -5.0, -3.0, -3.0, 4.0, 0.0], "spam"),
        # other intents are left alone
        ([3.0, -5.0, 2.9, 1.0, 0.0, 0.0], "info_only"),
    ],
)
def test_spam_must_be_clearly_likelier_than_a_lead(logits: list[float], expected: str) -> None:
    raw = np.array([logits])
    classes = np.array(CLASSES)
    assert classes[spare_buyers(raw, classes, np.argmax(raw, axis=1))[0]] == expected


def test_a_company_buyer_with_a_signature_block_is_not_spam(bundle) -> None:  # type: ignore[no-untyped-def]
    c = conv(
        "Good afternoon,\n\nWe are planning our annual sales conference for about 120 people "
        "in March and would like a quotation for the venue hire and lunch.\n\nKind regards,\n"
        "Helen Marsh\nOffice Manager\nNorthgate Logistics Ltd\nhelen.marsh@northgate-log.co.uk",
        "A: Thank you Helen, do you have a budget per head in mind?",
        "Around £40 per head.",
    )
    (p,) = predict([c], [extract(c)], bundle)
    assert p.intent != "spam"
    assert p.status in ("Quote Request", "Opportunity", "Potential Customer")

"""The generator's quality target and the quality head's intent-mix columns."""

from __future__ import annotations

import numpy as np
import pytest

from corpus.generate import _good_probability
from model.extract import extract
from model.features import STRUCT_COLUMNS, intent_mix
from model.predict import load_bundle, predict
from model.types import quality_band

BARE = {
    "has_email": False,
    "has_phone": False,
    "has_name": False,
    "has_qty": False,
    "has_budget": False,
    "has_deadline": False,
    "customer_turns": 2,
    "hesitant": False,
}


def band(intent: str, **story) -> str:
    return quality_band(round(100 * _good_probability(intent, {**BARE, **story})))


@pytest.mark.parametrize("intent", ["quote_request", "opportunity"])
def test_a_buyer_with_a_way_to_reach_them_is_high_without_one_medium(intent):
    assert band(intent, has_email=True) == "high"
    assert band(intent, has_phone=True, customer_turns=1) == "high"
    assert band(intent) == "medium"
    assert band(intent, has_qty=True, has_deadline=True) == "medium"


@pytest.mark.parametrize("intent", ["quote_request", "opportunity"])
def test_putting_the_decision_off_drops_a_buyer_to_medium(intent):
    assert band(intent, has_email=True, hesitant=True) == "medium"
    assert band(intent, hesitant=True) == "medium"


def test_each_other_intent_stays_in_one_band_however_complete():
    complete = {"has_email": True, "has_phone": True, "has_name": True, "customer_turns": 4}
    for intent, expected in [
        ("info_only", "low"),
        ("support", "very_low"),
        ("not_interested", "very_low"),
        ("spam", "very_low"),
    ]:
        assert band(intent) == expected
        assert band(intent, **complete) == expected


def test_intent_mix_is_the_probabilities_then_the_same_with_contact_only():
    names = [name for name, _ in STRUCT_COLUMNS]
    struct = np.zeros((2, len(names)))
    struct[0, names.index("no_contact")] = 1.0  # first row: no contact details
    struct[1, names.index("has_email")] = 1.0
    probs = np.array([[0.7, 0.3], [0.2, 0.8]])
    mix = intent_mix(probs, struct)
    assert mix.tolist() == [[0.7, 0.3, 0.0, 0.0], [0.2, 0.8, 0.2, 0.8]]


def _conv(text: str) -> dict:
    return {"id": "t", "source": "widget", "messages": [{"role": "customer", "text": text}]}


def test_contact_details_lift_a_quote_request_far_more_than_a_question():
    bundle = load_bundle()
    assert bundle.w_mix.size == 2 * len(bundle.classes)
    convs = [
        _conv("Hi, please send me a quote for 50 office chairs"),
        _conv("Hi, please send me a quote for 50 office chairs. ann.lee@example.com"),
        _conv("Hi, what are your opening hours on Saturday?"),
        _conv("Hi, what are your opening hours on Saturday? ann.lee@example.com"),
    ]
    q, q_mail, info, info_mail = (
        p.score for p in predict(convs, [extract(c) for c in convs], bundle)
    )
    assert q_mail - q > info_mail - info
    assert quality_band(q_mail) == "high"


def test_a_lead_is_never_argued_against_with_a_bare_lead_reason():
    # a low P(quote) is no reason worded "asked for a quote": against a lead it takes
    # the customer's own words
    convs = [
        _conv("Hi, what are your opening hours on Saturday?"),
        _conv("My order #48213 has not arrived, can you check? ann.lee@example.com"),
        _conv("WIN a FREE iPhone now!!! click http://bit.ly/3xWin"),
    ]
    bare = {"asked for a quote", "showed buying interest"}
    for p in predict(convs, [extract(c) for c in convs], load_bundle()):
        assert not bare & set(p.factors_against), p.factors_against


def test_a_quote_request_is_not_argued_against_as_a_question_it_is_not():
    # P(info_only) below the average conversation's is no reason worded "only asked
    # for information"; a bare intent reason needs the message to read like that intent
    convs = [
        _conv("Hi, please send me a quote for 200 office chairs by Friday. ann.lee@example.com"),
        _conv("Hola, necesito presupuesto para 40 paneles solares. Mi correo: ana@empresa.es"),
    ]
    for p in predict(convs, [extract(c) for c in convs], load_bundle()):
        assert p.status == "Quote Request"
        assert "only asked for information" not in p.factors_against, p.factors_against

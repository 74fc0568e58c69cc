"""A chat of nothing but greetings or thanks is Info Only: nobody has asked for anything yet."""

from __future__ import annotations

import pytest

from model.extract import extract
from model.predict import SMALL_TALK_REASON, load_bundle, predict
from model.small_talk import says_nothing


@pytest.fixture(scope="module")
def bundle():
    return load_bundle()


def _predict(bundle, texts: list[str], source: str = "widget", sender: str | None = None):
    chats = [
        {
            "source": source,
            "messages": [{"role": "customer", "text": t}],
            **({"contact": {"phone": sender}} if sender else {}),
        }
        for t in texts
    ]
    return predict(chats, [extract(c, "US") for c in chats], bundle)


# one or two per language the chats come in (not the examples in model/small_talk.py)
GREETINGS = [
    "Hello!",
    "good evening",
    "Thank you so much",  # "so" is no small talk: the model decides (see below)
    "hola, buenas noches",
    "muchas gracias",
    "Oi, boa tarde",
    "bonsoir",
    "Guten Abend",
    "Vielen Dank!",
    "buonasera",
    "Hoi!",
    "Dzień dobry",
    "ok 👍",
]


def test_greetings_and_thanks_alone_are_info_only(bundle) -> None:
    texts = [t for t in GREETINGS if says_nothing(t)]
    assert len(texts) == len(GREETINGS) - 1
    for text, p in zip(texts, _predict(bundle, texts), strict=True):
        assert p.status == "Info Only", text
        assert 40 <= p.score <= 59, text
        assert p.factors_against == [SMALL_TALK_REASON], text


def test_a_greeting_with_a_phone_number_stays_in_its_band(bundle) -> None:
    (p,) = _predict(bundle, ["Bom dia"], source="whatsapp", sender="+351912345678")
    assert p.status == "Info Only"
    assert 40 <= p.score <= 59


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I need a quote for 20 chairs",
        "Hello, do you deliver to Lyon?",
        "yes please",
        "Hi, 2 chairs",
        "hello, my email is ana@x.es",
        "Bom dia, tudo bem?",
        "Thank you so much",
        "Hallo, ich möchte bestellen",
        "test test asdf",
    ],
)
def test_anything_more_than_small_talk_is_left_to_the_model(text: str) -> None:
    assert not says_nothing(text)


def test_a_buyer_who_says_hello_first_is_still_a_buyer(bundle) -> None:
    (p,) = _predict(bundle, ["Hello! Could you send me a quote for 40 office chairs?"])
    assert p.status == "Quote Request"
    assert SMALL_TALK_REASON not in p.factors_against

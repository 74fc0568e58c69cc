"""A chat of nothing but test words or keyboard mash is filed Spam; nothing else is."""

from __future__ import annotations

import pytest

from model.datasets import load_corpus, load_sms
from model.extract import extract
from model.features import customer_text
from model.junk import is_junk
from model.predict import load_bundle, predict
from model.rules import JUNK_REASON


@pytest.mark.parametrize(
    "text",
    [
        "test test asdf",
        "Test",
        "testing 1 2 3",
        "asdfghjkl",
        "qwerty",
        "qweasd",
        "sdfsdf",
        "aaaaaa",
        "prueba prueba",
        "teste 123",
        "lorem ipsum",
        "zxcvbnm test",
        # national keyboards: the home row ends in the language's own letters
        "asdfjklö",
        "ñlkjh",
        "asdfghjklç",
        "qsdfghjklmù",
        "test asdfjklö 123",
        # two neighbouring keys struck in turn
        "hjhjhjhj",
        "test 1 dfdfdfd",
        # or held one after the other
        "hhhhjjj",
        "test\nkkkkkll",
        # greetings beside two junk words or more: still nobody there
        "test\nqwerty\nhello?",
        "hola\nprueba prueba",
    ],
)
def test_test_words_and_mash_are_junk(text: str) -> None:
    assert is_junk(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "123",
        "ok",
        "hello test",  # a greeting: somebody may follow up
        "hi hi hello test test",  # more greetings than junk
        "test drive available on saturday?",
        "tre",  # Italian for three
        "poi?",
        "were",
        "tree",
        "quiero probar el producto",
        "is this a test?",
        "jolö",  # a run of two keys is not mash
        "sköna",
        "hahahaha",  # laughter: h and a are no neighbours
        "jkjk",  # too short to tell
        "assess",  # two neighbouring letters, but no blocks held one after the other
        "sassss",
        "test " * 20,  # too long to be a quick probe; the model decides
    ],
)
def test_words_that_mean_something_are_not_junk(text: str) -> None:
    assert not is_junk(text)


def _chat(text: str) -> dict:
    return {"id": "j", "source": "widget", "messages": [{"role": "customer", "text": text}]}


def test_a_junk_chat_is_filed_spam_with_its_reason() -> None:
    conv = _chat("test test asdf")
    (p,) = predict([conv], [extract(conv)], load_bundle())
    assert (p.intent, p.status, p.quality) == ("spam", "Spam", "very_low")
    assert p.score <= 5
    assert p.top_factors == [f"- {JUNK_REASON}"]


def test_a_tester_who_left_contact_details_is_not_junk() -> None:
    conv = _chat("test test, my email is dana.reyes@example.org")
    (p,) = predict([conv], [extract(conv)], load_bundle())
    assert JUNK_REASON not in p.factors_against


def test_no_chat_of_the_corpus_or_the_sms_set_is_junk() -> None:
    # the rule only ever fires on probes: the data the model is measured on never holds one
    # (the SMS set is read from ../shared when present; a clone without it checks the corpus)
    rows = [*load_corpus(), *(load_sms("test") or ()), *(load_sms("train") or ())]
    assert rows
    assert not [e for e in rows if is_junk(customer_text(e.conversation))]


def test_test_words_on_whatsapp_are_junk_though_the_sender_has_a_number() -> None:
    from tests.model.chats import chat, verdict

    p = verdict(
        chat("test", "qwertz", "asdasd", contact={"name": "🙂", "phone": "+48 799 123 456"})
    )
    assert p.status == "Spam", (p.status, p.score, p.top_factors)
    # a number typed in the chat is a way to reach someone: not junk
    typed = verdict(chat("test", "call 601 555 111", contact={"phone": "+48 799 123 456"}))
    assert JUNK_REASON not in typed.factors_against

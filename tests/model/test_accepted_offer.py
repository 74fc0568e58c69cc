"""A customer who says yes to the agent's offer is a buyer, whatever their words read as."""

from __future__ import annotations

import pytest

from model.accepted_offer import accepts_offer
from tests.model.chats import assert_not_hidden, chat, verdict

A, C = "agent", "customer"


@pytest.mark.parametrize(
    "turns",
    [
        [(C, "do you do wedding cakes?"), (A, "We do! Would you like a tasting?"), (C, "yes please")],
        [(C, "Bonjour"), (A, "Souhaitez-vous un rendez-vous ?"), (C, "Oui svp, jeudi")],
        [(C, "Hoi"), (A, "Zullen we een afspraak maken om op te meten?"), (C, "Ja graag!")],
        [(C, "hola"), (A, "¿Querés hacer la clase de prueba?"), (C, "dale, el martes")],
        [(C, "Dzień dobry"), (A, "Czy chce Pani umówić wizytę?"), (C, "Tak, poproszę")],
    ],
)  # fmt: skip
def test_saying_yes_to_the_agents_offer(turns: list[tuple[str, str]]) -> None:
    assert accepts_offer(chat(*turns))


@pytest.mark.parametrize(
    "turns",
    [
        [(C, "do you do wedding cakes?"), (A, "We do! Would you like a tasting?"), (C, "no thanks")],
        [(C, "hi"), (A, "Would you like a quote?"), (C, "ok but we went with another baker")],
        [(C, "Hi, we offer SEO"), (A, "No thanks."), (C, "ok, can I send you our prices?")],
        [(C, "yes please"), (A, "Thanks for your message.")],  # said before any offer
    ],
)  # fmt: skip
def test_no_yes_to_an_offer(turns: list[tuple[str, str]]) -> None:
    assert not accepts_offer(chat(*turns))


def test_a_buyer_who_accepts_the_agents_offer_is_not_filed_spam() -> None:
    turns = [
        (C, "Hola! vi en insta que arrancan cursos nuevos, tienen algo para adultos nivel "
            "intermedio? necesito mejorar el inglés para el laburo"),
        (A, "¡Hola! Sí, martes y jueves a las 19. ¿Querés hacer la prueba de nivel gratis?"),
        (C, "dale, la prueba sí. online no, prefiero presencial"),
        (A, "Genial. Necesito nombre completo, DNI y un mail"),
        (C, "Martín Gabriel Sosa, DNI 35.123.456, martin.sosa@correo.example"),
    ]  # fmt: skip
    assert_not_hidden(verdict(chat(*turns)))


def _spam_beyond_any_bar(texts: list[str], conversations: list[dict]):
    """Return spare_buyers' intents for chats the heads call spam by a margin beyond every bar."""
    import numpy as np

    from model.spared import spare_buyers

    classes = np.array(["info_only", "not_interested", "opportunity", "quote_request", "spam"])
    logits = np.tile([-6.0, -2.0, 1.0, 0.0, 9.0], (len(texts), 1))  # spam e^8 times likelier
    intent_idx = np.full(len(texts), 4)
    out = spare_buyers(logits, classes, intent_idx, texts, None, conversations)
    return classes[out].tolist()


def test_a_buyer_who_took_the_businesss_offer_is_spared_beyond_any_bar() -> None:
    asked = [(C, "Are you free on 14 August? We'd love a call, and prices please")]
    offer = (A, "Congratulations! The date is free. When suits you for a call?")
    said = [(C, "Great! Tomorrow after 6? Ring Tom: 07700 900 461")]
    texts = [
        "Are you free on 14 August? We'd love a call, and prices please\n"
        "Great! Tomorrow after 6? Ring Tom: 07700 900 461",
        # a link, a prize word, or no offer taken: the heads' verdict stands
        "Are you free on 14 August? We'd love a call, prices at https://x.example/p\n"
        "Great! Tomorrow after 6? Ring Tom: 07700 900 461",
        "You won a prize! We'd love a call\nGreat! Tomorrow after 6? Ring Tom: 07700 900 461",
    ]
    conversations = [chat(*asked, offer, *said)] * 3
    assert _spam_beyond_any_bar(texts, conversations) == ["opportunity", "spam", "spam"]
    assert _spam_beyond_any_bar(texts[:1], [chat(*asked, *said)]) == ["spam"]

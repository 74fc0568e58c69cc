"""A chat promoting its writer's own channel or account is Spam; a buyer's chat never is."""

from __future__ import annotations

import pytest

from model.promo import promotes_own_media
from model.rules import PROMO_REASON
from tests.model.chats import chat, verdict


@pytest.mark.parametrize(
    "text",
    [
        "Hey everyone, check out my channel, new uploads every week!",
        "pls subscribe to my youtube, almost at 1k",
        "sub4sub anyone?",
        "listen to my new mixtape on soundcloud",
        "sígueme y suscríbete a mi canal",
        "abonnez-vous à ma chaîne svp",
        "Schaut euch mein neues Video an!",
        "iscrivetevi al mio canale",
        "volg mij en bekijk mijn kanaal",
        "zobacz mój nowy filmik",
        "follow my page for daily giveaways",
        "like and share my new blog please",
        "síganme en mi perfil, subo fotos cada día",
        "abonniert meine Seite!",
    ],
)
def test_self_promotion_in_eight_languages(text: str) -> None:
    assert promotes_own_media(text)


@pytest.mark.parametrize(
    "text",
    [
        "I need a quote to redesign my website",
        "We sell through our channel partners in Spain, can you ship there?",
        "I saw your video on YouTube, how much is the blue sofa?",
        "Mi canal de ventas es online, ¿tenéis precios para distribuidores?",
        "Can you check my order status?",
        # a buyer asks a business to look at their own site, never to follow it
        "Can you check my website and tell me what a redesign would involve?",
        "Could someone visit my site tomorrow to measure the kitchen?",
        "The contact form on my web page stopped working, can you look at it?",
    ],
)
def test_buyers_and_questions_are_no_self_promotion(text: str) -> None:
    assert not promotes_own_media(text)


def test_self_promotion_is_filed_spam_with_its_reason() -> None:
    p = verdict(chat("Hey everyone, check out my channel, new uploads every week!"))
    assert p.status == "Spam"
    assert p.score < 40
    assert p.factors_against == [PROMO_REASON]


def test_a_request_keeps_the_models_call() -> None:
    # the writer's own video beside a purchase: the model decides, the rule does not
    p = verdict(chat("Watch my video review, then send me a quote for 40 chairs please"))
    assert p.factors_against != [PROMO_REASON]

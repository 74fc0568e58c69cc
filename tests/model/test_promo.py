"""A chat promoting its writer's own channel or account is Spam; a buyer's chat never is."""

from __future__ import annotations

import pytest

from model.promo import promotion_rest
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
        # a video site's share text
        "Check out this playlist on YouTube:",
        "mira este video en youtube 😂",
        "Regarde cette vidéo sur YouTube",
        "Bekijk deze video op YouTube!",
        # a plea for subscribers or followers to the writer
        "sub me pls, I sub back",
        "Subscribe to me, new uploads daily",
        "síganme en tiktok",
        "folgt mir auf insta",
        "seguitemi, grazie",
        "obserwujcie mnie!",
        # bait for likes
        "Like this comment so everyone can see it!!",
        "dale like si te gusta",
        "deixa o like aí galera",
        "zostawcie łapkę",
        # the writer's own media with a word between
        "go listen to my new rap song",
    ],
)
def test_self_promotion_in_eight_languages(text: str) -> None:
    assert promotion_rest(text) is not None


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
        # ordering a subscription, a question about one's own channels, checking out
        "Please subscribe me to the wine club, the red selection",
        "Subscribe me to your newsletter",
        "Can I watch my channels on this TV?",
        "I can't check out, the payment page fails",
        "I like this sofa, is it in stock?",
        "Could you share the price list so my team can see it?",
        "I saw this video on YouTube of your kitchen and want one like it",
        "Thumbs up for the fast delivery!",
    ],
)
def test_buyers_and_questions_are_no_self_promotion(text: str) -> None:
    assert promotion_rest(text) is None


def test_self_promotion_is_filed_spam_with_its_reason() -> None:
    p = verdict(chat("Hey everyone, check out my channel, new uploads every week!"))
    assert p.status == "Spam"
    assert p.score < 40
    assert p.factors_against == [PROMO_REASON]


def test_a_request_keeps_the_models_call() -> None:
    # the writer's own video beside a purchase: the model decides, the rule does not
    p = verdict(chat("Watch my video review, then send me a quote for 40 chairs please"))
    assert p.factors_against != [PROMO_REASON]


@pytest.mark.parametrize(
    "text",
    [
        "visit my channel for new covers every friday!",
        "Visitez ma chaîne, nouvelles vidéos chaque semaine",
        "besuch meinen Kanal, neue Videos jeden Tag",
        "odwiedź mój kanał, nowe filmiki co tydzień",
    ],
)
def test_the_invitations_own_words_are_no_request(text: str) -> None:
    # "visit" asks for a visit only outside the invitation to the writer's channel
    assert verdict(chat(text)).factors_against == [PROMO_REASON]


@pytest.mark.parametrize(
    "text",
    [
        "check out my instagram for the logo, how much would 50 mugs cost?",
        "watch my video of the leak and come visit tomorrow to fix it please",
    ],
)
def test_a_request_beside_the_invitation_keeps_the_models_call(text: str) -> None:
    assert verdict(chat(text)).factors_against != [PROMO_REASON]

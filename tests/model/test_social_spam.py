"""Behaviour tests: spam that promotes the writer's own channel or page, without hiding buyers.

The sentences are written for these tests (not taken from the generator's families or from
any evaluation set): self-promotion without a link is spam in every trained language,
while a buyer who mentions their own channel or asks for marketing services is a lead.
"""

from __future__ import annotations

import re

import pytest

from corpus import social
from corpus.generate import DEFAULT_SIZE, generate
from model.extract import extract
from model.predict import load_bundle, predict

SELF_PROMOTION = {
    "en": "hi!! I just started a cooking channel, would love if you guys subscribed to me",
    "es": "hola a todos, abrí mi canal de cocina, suscríbanse y denle like a mis videos",
    "it": "ciao! ho aperto il mio canale di cucina, iscrivetevi e seguitemi",
    "pt": "oi gente, abri meu canal de culinária, se inscrevam e me sigam",
    "fr": "coucou, j'ai lancé ma chaîne de cuisine, abonnez-vous et likez mes vidéos",
    "de": "hey, ich hab meinen Kochkanal gestartet, abonniert mich und folgt mir",
}

BUYERS = {
    "en": "I have a small cooking channel and would like 60 aprons with my logo, how much?",
    "es": "tengo un canal de cocina y quiero 60 delantales con mi logo, ¿cuánto cuestan?",
    "it": "ho un canale di cucina e vorrei 60 grembiuli con il mio logo, quanto costano?",
    "pt": "tenho um canal de culinária e quero 60 aventais com minha logo, quanto custa?",
    "fr": "j'ai une chaîne de cuisine et je voudrais 60 tabliers avec mon logo, combien ?",
    "de": "ich habe einen Kochkanal und hätte gern 60 Schürzen mit meinem Logo, was kostet das?",
}


def _chat(i: int, text: str) -> dict:
    return {"id": f"soc-{i}", "source": "widget", "messages": [{"role": "customer", "text": text}]}


@pytest.fixture(scope="module")
def bundle():
    return load_bundle()


# "subscribed to me" is read like a customer who subscribed to the business's channel
# (the remarks of the social block), the wording of a known miss: a fix shows up here
_MISSED = {"en"}


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(
            lang,
            marks=pytest.mark.xfail(lang in _MISSED, reason="known miss", strict=True),
        )
        for lang in sorted(SELF_PROMOTION)
    ],
)
def test_self_promotion_without_a_link_is_spam(bundle, lang):
    conv = _chat(0, SELF_PROMOTION[lang])
    (p,) = predict([conv], [extract(conv)], bundle)
    assert p.status == "Spam", (lang, p.status, p.score, p.top_factors)


@pytest.mark.parametrize("lang", sorted(BUYERS))
def test_a_buyer_who_mentions_their_channel_is_not_hidden(bundle, lang):
    conv = _chat(1, BUYERS[lang])
    (p,) = predict([conv], [extract(conv)], bundle)
    assert p.status not in ("Spam", "Not Interested") and p.score >= 40, (lang, p.status, p.score)


# buying verbs a buyer uses: in a spam line they would teach that buying reads as spam
_BUYING = re.compile(
    r"\b(want|wanna|need|buy|quiero|quieres|necesito|compra|voglio|vuoi|compra|quero|quer|"
    r"veux|veut|acheter|will|willst|kaufen|brauche)\b",
    re.IGNORECASE,
)


def test_social_spam_lines_carry_no_buying_verbs():
    for lang, families in social.SOCIAL_SPAM.items():
        for family in families:
            for line in family:
                assert not _BUYING.search(line), (lang, line)


def test_the_social_block_is_a_fixed_share_and_teaches_the_intent_only():
    examples = generate(DEFAULT_SIZE // 10, seed=5)
    assert len(examples) == DEFAULT_SIZE // 10
    block = [e for e in examples if "/social" in e.family]
    assert 0.12 < len(block) / len(examples) < 0.15
    for e in block:
        assert e.truth.get("intent_only", False) == (e.intent in ("spam", "info_only"))

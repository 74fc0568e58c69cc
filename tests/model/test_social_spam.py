"""The social spam block (corpus/social.py, opt-in) and buyers who mention their own channel.

The buyer sentences are written for these tests (not taken from the generator's families
or from any evaluation set): a buyer who mentions their own channel is a lead.
"""

from __future__ import annotations

import re

import pytest

from corpus import social
from corpus.generate import SOCIAL_BASE, generate
from model.extract import extract
from model.predict import load_bundle, predict
from tests.model.chats import assert_not_hidden

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


@pytest.mark.parametrize("lang", sorted(BUYERS))
def test_a_buyer_who_mentions_their_channel_is_not_hidden(bundle, lang):
    conv = _chat(1, BUYERS[lang])
    (p,) = predict([conv], [extract(conv)], bundle)
    assert_not_hidden(p, lang)


# what a buyer says too, buying verbs and introducing oneself ("sou gestora de uma
# clínica"): in a spam line they would teach that buying or introducing oneself is spam
_BUYING = re.compile(
    r"\b(want|wanna|need|buy|quiero|quieres|necesito|compra|voglio|vuoi|quero|quer|"
    r"veux|veut|acheter|will|willst|kaufen|brauche|"
    r"i'm|i am|soy|sono|sou|je suis|ich bin|bin)\b",
    re.IGNORECASE,
)


def test_social_spam_lines_carry_no_buying_verbs_or_introductions():
    for lang, families in social.SOCIAL_SPAM.items():
        for family in families:
            for line in family:
                assert not _BUYING.search(line), (lang, line)


def test_the_social_block_is_a_fixed_share_and_teaches_the_intent_only():
    assert not any("/social" in e.family for e in generate(300, seed=5))
    examples = generate(SOCIAL_BASE // 10, seed=5, social=True)
    # the advert buyers of generator version 8 come on top of the n asked for
    examples = [e for e in examples if "/market" not in e.family]
    assert len(examples) == SOCIAL_BASE // 10
    block = [e for e in examples if "/social" in e.family]
    assert 0.12 < len(block) / len(examples) < 0.15
    for e in block:
        assert e.truth.get("intent_only", False) == (e.intent in ("spam", "info_only"))

"""Kinds read on fresh outside set Y, tested in words of our own.

"d'ailleurs" is "by the way", not "elsewhere"; talking again later puts it off; lower
case words after a name question are a name only after a known given name; pay by the
day in Dutch; staying with the present supplier said in the infinitive; thanks
nonetheless close a refusal.
"""

from __future__ import annotations

from model.concepts import declines, declines_firmly
from model.easy_money import offers_easy_money
from model.extract import extract
from model.hedge import ends_hedging
from model.last_word import _THANKS_ANYWAY
from tests.model.chats import assert_not_hidden, chat, verdict

A = "agent"


def test_dailleurs_is_by_the_way() -> None:
    text = "C'est Marc Petit d'ailleurs. On ne pourra venir qu'en octobre."
    assert not declines(text) and not declines_firmly(text)
    assert declines("merci, on a trouvé ailleurs")


def test_a_buyer_who_talks_again_later_is_not_hidden_and_put_off() -> None:
    conv = chat(
        "Bonjour, vos tarifs pour un séminaire de 40 personnes en mars ? marc.petit@orange.fr",
        (A, "Avec plaisir, voici la brochure. Une visite ?"),
        "C'est Marc Petit d'ailleurs. On ne pourra pas visiter avant février.",
        "Ok on en reparle en février alors, merci !",
    )
    p = verdict(conv)
    assert_not_hidden(p)
    assert ends_hedging(conv)


def test_lower_case_words_after_a_name_question_need_a_given_name_first() -> None:
    conv = chat(
        "kan ik een proefles boeken?",
        (A, "Zeker! Hoe heet je?"),
        "ik ben Daan. zaterdag kan",
        "mn vader betaalt haha, zijn nummer is 06-12 34 56 78",
    )
    assert extract(conv).name == "Daan"


def test_pay_by_the_day_in_dutch_is_easy_money() -> None:
    assert offers_easy_money("thuiswerk, verdienste €150-€400 per dag, interesse?")


def test_staying_with_the_present_supplier_in_the_infinitive_declines() -> None:
    assert declines("nous avons décidé de rester chez notre prestataire actuel")


def test_thanks_nonetheless_close_a_refusal() -> None:
    assert _THANKS_ANYWAY.search("merci néanmoins pour votre réactivité")
    assert _THANKS_ANYWAY.search("thanks nonetheless for the quick quote")

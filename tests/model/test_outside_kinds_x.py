"""Kinds read on fresh outside set X, tested in words of our own.

Holding off till later; a promised daily return said the other way round; a snack bar,
a farm, a builder's firm and a flower workshop name no one; an email said to be wrong in
Portuguese; "Abs," closes with a name; choosing another place in the end and ending a
contract decline; a question that asks for a quote outright with contact details.
"""

from __future__ import annotations

import pytest

from model.concepts import declines
from model.easy_money import offers_easy_money
from model.extract import extract
from model.hedge import ends_hedging
from model.person_names import profile_name
from model.rules import apply_rules
from model.types import Extraction, Prediction
from tests.model.chats import chat

A = "agent"


def test_holding_off_till_later_puts_it_off() -> None:
    last = "bit steep. hold off till after harvest, ill give yous a bell in a few weeks"
    assert ends_hedging(chat("price on 100m of poly pipe?", (A, "$420."), last))


def test_a_daily_return_said_the_other_way_round_is_easy_money() -> None:
    assert offers_easy_money("mi tío me da señales todos los días con un 25% de ganancia")


@pytest.mark.parametrize(
    "profile",
    ["Snack Le Palmier", "Valdir da Fazenda", "Ciro Impresa Edile", "Bloemenatelier Roos"],
)
def test_a_snack_bar_a_farm_a_builder_and_a_workshop_name_no_one(profile: str) -> None:
    assert profile_name(profile) is None


def test_an_email_said_to_be_wrong_in_portuguese() -> None:
    conv = chat("o email que indiquei está errado, o certo é rui.matos@gmail.com")
    conv["contact"] = {"email": "rui.matos@gmial.com"}
    assert extract(conv).emails == ["rui.matos@gmail.com"]


def test_abs_closes_with_a_name() -> None:
    assert extract(chat("Pode ser quinta às 10h. Abs, Fernanda Rocha")).name == "Fernanda Rocha"


@pytest.mark.parametrize(
    "text",
    [
        "acabámos por escolher um espaço mais perto de casa",
        "we ended up going with a venue in town",
        "z końcem miesiąca wypowiadamy umowę",
        "nous souhaitons résilier notre contrat",
    ],
)
def test_choosing_another_in_the_end_or_ending_a_contract_declines(text: str) -> None:
    assert declines(text)


def test_a_question_asking_for_a_quote_outright_with_contact_is_a_quote_request() -> None:
    text = "Dzień dobry, proszę o wycenę 40 palet bloczków z dostawą. tel. 601 234 567"
    question = Prediction("info_only", "Info Only", 40, "low", 0.4, [], [])
    x = Extraction(phones=["+48601234567"], language="pl")
    p = apply_rules([text], [x], [question])[0]
    assert (p.status, p.score) == ("Quote Request", 60)
    assert p.factors_for[0] == "asked for a quote"

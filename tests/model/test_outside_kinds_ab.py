"""Kinds read on outside set AB, tested in words of our own.

Not doing the work at all declines, in eight languages; a contact list sold with a
price is spam; an Italian surveyor's or accountant's title ("Geom.", "Rag.") is no name.
"""

from __future__ import annotations

import pytest

from model.audience import sells_reviews
from model.concepts import declines
from model.extract import extract
from tests.model.chats import chat, verdict


@pytest.mark.parametrize(
    "text",
    [
        "finalement nous n'allons pas faire les travaux, merci quand même",
        "al final no vamos a hacer la obra este año",
        "we're not going ahead with the renovation after all",
        "we gaan de verbouwing toch niet doen dit jaar",
    ],
)
def test_not_doing_the_work_at_all_declines(text: str) -> None:
    assert declines(text)


def test_a_contact_list_sold_with_a_price_is_spam() -> None:
    assert sells_reviews("base de datos con 30.000 emails de empresas por solo 99 €")
    assert not sells_reviews("can you send me the list of 20 products with prices?")
    conv = chat(
        "Sehr geehrte Damen und Herren, wir bieten eine Datenbank mit 40.000 E-Mail-Adressen "
        "deutscher Unternehmen für nur 199 €. Interesse? Kostenlose Probe auf Anfrage."
    )
    assert verdict(conv).status == "Spam"


def test_an_italian_surveyors_title_is_no_name() -> None:
    conv = chat("Buongiorno, richiedo un preventivo.\n\nCordiali saluti\nGeom. Luca Berti")
    assert extract(conv).name == "Luca Berti"

"""Kinds read on outside set Z, tested in words of our own.

A number the customer calls a mobile is read as one (Argentina's 9, a Colombian mobile
Mexico reads as a personal line) and, unread, still reads as theirs rather than an SMS
code; an address's country domain places the numbers beside it; the price of an amount
asked in a support chat is a quote request; English "how much" is a price to the guards;
gone with another kind of seller, doing it oneself and not taking the offer up decline;
still comparing is a hedge, also before a sign-off or a corrected address; a designer's
or an accountant's address beside the customer's is someone else's.
"""

from __future__ import annotations

import pytest

from model.concepts import asks_to_buy, declines
from model.extract import extract
from model.features import normalise
from model.hedge import ends_hedging
from model.phone_kind import said_own
from model.quote_words import asks_for_quote
from model.said_mobile import reread_mobiles
from tests.model.chats import assert_not_hidden, chat, verdict

A = "agent"


def test_an_argentine_mobile_written_as_a_landline_gets_its_nine() -> None:
    conv = chat(
        "hola, quería reservar dos lugares para el taller del sábado",
        (A, "¡Genial! ¿Me pasás un teléfono de contacto?"),
        "sí, mi cel es 11 4962-3071",
    )
    assert extract(conv).phones == ["+5491149623071"]


def test_a_number_called_a_mobile_is_read_where_it_is_one() -> None:
    text = "mi celular es 300 918 2264, escríbeme por ahí"
    # Mexico reads it as a personal-rate line; only Colombia reads it as a mobile
    assert reread_mobiles(text, [("+523009182264", 14, 26)], "es") == [("+573009182264", 14, 26)]


def test_a_mobile_two_countries_read_is_left_as_it_was() -> None:
    text = "mi cel es 945 120 387"  # a mobile in Peru and in Chile alike: no guess
    assert reread_mobiles(text, [], "es") == []


def test_a_landline_is_not_made_a_mobile_without_the_word() -> None:
    text = "el teléfono de la oficina es 011 4962-3071"
    assert reread_mobiles(text, [("+541149623071", 29, 42)], "es")[0][0] == "+541149623071"


@pytest.mark.parametrize(
    "number", ["0987 112 340", "7160 2291", "6-812-5530", "11 4962-3071", "093 118 402"]
)
def test_a_buyer_whose_own_number_no_region_reads_is_not_hidden(number: str) -> None:
    conv = chat(
        "Buenas, quisiera agendar una visita para ver el departamento del 3er piso",
        (A, "¡Claro! ¿El martes a las 17 h le queda bien?"),
        f"Perfecto, mi cel es {number} por cualquier cosa",
    )
    assert_not_hidden(verdict(conv), number)


def test_a_number_said_to_be_ones_own_reads_as_a_phone_not_a_code() -> None:
    assert said_own("my number is ", 13) and said_own("meu zap: ", 9)
    assert not said_own("call our number ", 16) and not said_own("text WIN to ", 12)
    assert "zzphone" in normalise("mon portable : 0471 22 93 10")
    assert "zzlongnum" in normalise("call 09061 701461 now to claim")


def test_an_address_country_domain_places_the_number_beside_it() -> None:
    conv = chat(
        "Goeiedag, graag een offerte voor 200 T-shirts met logo voor onze jeugdwerking.\n"
        "Groeten,\nLien Maes\nlien.maes@scoutsgroep-lier.be\n0472 18 55 60"
    )
    assert extract(conv).phones == ["+32472185560"]


def test_the_price_of_an_amount_asked_in_a_support_chat_is_a_quote_request() -> None:
    conv = chat(
        "Hi, my delivery was late again and the driver left it in the rain. Anyway looking "
        "for 60 more bags of compost, how much delivered? Ruth 07700 900214"
    )
    p = verdict(conv)
    assert p.status == "Quote Request" and p.score >= 60, p


def test_how_much_asks_a_price() -> None:
    assert asks_to_buy("how much would 30 of the oak chairs be delivered?")
    assert not asks_to_buy("how much time do you need for the survey?")


@pytest.mark.parametrize(
    "text",
    [
        "just letting you know we've gone with a local firm this time",
        "we decided to do it ourselves in the end, thanks for your time",
        "On a décidé de le faire nous-mêmes finalement.",
        "We hebben besloten het toch zelf te doen, dus we gaan er niet op in.",
        "we are not taking it forward for now",
    ],
)
def test_turning_it_down_in_these_words_declines(text: str) -> None:
    assert declines(text)


def test_still_comparing_is_a_hedge_also_before_a_sign_off_and_a_corrected_address() -> None:
    conv = chat(
        "Bonjour, combien pour 80 menus imprimés recto verso ?",
        (A, "Environ 95 € HT. Je vous envoie le devis ?"),
        "Oui merci, on compare un peu mais envoyez : lea.roux@gmail.com",
        "pardon c'est lea.roux2@gmail.com",
        "Super merci ! Léa",
    )
    assert ends_hedging(conv)
    assert not ends_hedging(chat("combien pour 80 menus ?", "envoyez le devis à lea@x.fr"))


def test_a_designers_address_beside_the_customers_is_someone_elses() -> None:
    conv = chat(
        "Olá! Queremos orçamento de 500 folders. Os arquivos estão com a nossa designer, "
        "a Bia (bia@estudiolinha.com.br), ela manda direto.\n\nAtt., Marta Lins\n"
        "marta.lins@clinicavida.com.br"
    )
    assert extract(conv).emails == ["marta.lins@clinicavida.com.br"]


def test_an_offer_asked_for_in_italian_is_a_quote_request_not_a_pitch() -> None:
    conv = chat(
        "Buongiorno,\nci servirebbe un'offerta per:\n- 2.000 staffe zincate 40x40\n"
        "- 500 tasselli M10\n\nResa franco Verona. Gradite condizioni di pagamento.\n\n"
        "Cordiali saluti\nIng. Paolo Vitali\nUfficio Acquisti – Vitali Impianti S.p.A.\n"
        "Cell. 348 221 9034\nacquisti@vitali-impianti.it"
    )
    p = verdict(conv)
    assert_not_hidden(p)
    assert p.status == "Quote Request", p


def test_a_scams_own_international_number_is_not_a_persons() -> None:
    assert not said_own("Call me on My Telephone Number 234-80-33357110", 31, 46)
    assert said_own("mi cel es 0991 234 567", 10, 22)


def test_how_much_money_made_is_no_price() -> None:
    assert not asks_to_buy("How much are we making? Anywhere from $500 a month")


def test_an_offer_asked_for_in_polish_asks_for_a_quote() -> None:
    assert asks_for_quote("Dzień dobry, proszę o ofertę na 300 kartonów z nadrukiem", "pl")
    assert not asks_for_quote("Mamy dla Państwa specjalną ofertę!", "pl")

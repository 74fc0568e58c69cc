"""Kinds read on outside set AM, tested in words of our own.

"Que no sea muy caro" wishes a price, it turns none down; signing with another firm
("on a finalement signé chez …", "lo hemos cogido en …") declines; after a decline, the
price named as a reason ("ceny i tak się zmienią", "3.000 € de diferencia") does not
reopen it; "musimy zrezygnować" cancels; crypto earnings told by the sum are the "pig
butchering" scam; "queríamos orçamento" asks for a quote.
"""

from __future__ import annotations

from model.concepts import declines, objects
from model.easy_money import promises_return
from model.extract import extract
from model.quote_words import asks_for_quote
from tests.model.chats import assert_not_hidden, chat, verdict


def test_a_price_wished_low_is_no_objection() -> None:
    assert not objects("para la cocina lo que nos recomendéis, que no sea muy caro")
    assert not objects("something simple, nothing too expensive")
    assert objects("es muy caro para nosotros, lo dejamos")
    conv = chat(
        "Hola, queremos cambiar las ventanas de casa, 6 ventanas. ¿Nos dais presupuesto?",
        ("agent", "¡Claro! ¿Aluminio o PVC?"),
        "PVC blanco. Lo que nos aconsejéis, que no sea muy caro 😅 Lucía Gómez, 612 443 210",
    )
    assert_not_hidden(verdict(conv))


def test_signing_with_another_firm_declines() -> None:
    assert declines("Merci, mais on a finalement signé chez un concurrent, désolée.")
    assert declines("Al final lo hemos comprado en una tienda de Valencia.")
    assert not declines("Wir haben den Vertrag mit Ihnen abgeschlossen, wann kommen Sie?")


def test_the_price_named_as_a_reason_does_not_reopen_a_decline() -> None:
    conv = chat(
        "Dzień dobry, dziękuję za wycenę okien. Niestety musimy zrezygnować, kredyt nie przeszedł.",
        ("agent", "Szkoda! Zachować ofertę na przyszłość?"),
        "Nie trzeba, ceny i tak się zmienią. Dziękuję.",
    )
    assert verdict(conv).status == "Not Interested"


def test_crypto_earnings_told_by_the_sum_are_a_scam() -> None:
    text = "trabajo con criptomonedas, gano unos 900 € a la semana, empiezas con 200 €"
    assert promises_return(text)
    assert not promises_return("¿aceptáis pago en bitcoin? el sofá cuesta 900 €")
    conv = chat("Hola, ¿eres Marcos? perdón, número equivocado 🙈", text)
    assert verdict(conv).status == "Spam"


def test_we_wanted_a_quote_asks_for_one() -> None:
    assert asks_for_quote("Boa noite, queríamos orçamento para uma cozinha completa", "pt")


def test_a_domain_retyped_alone_mends_the_address_before_it() -> None:
    conv = chat(
        "Graag een offerte voor 40 m2 laminaat. Sanne de Wit, sannedewit@hotmial.com",
        "oeps, hotmail.com natuurlijk",
    )
    assert extract(conv).emails == ["sannedewit@hotmail.com"]
    other = chat(
        "Mijn mail is sanne@gmail.com", "Op kantoor gebruik ik outlook.com, maar dat is goed"
    )
    assert extract(other).emails == ["sanne@gmail.com"]

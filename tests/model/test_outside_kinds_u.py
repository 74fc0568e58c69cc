"""Kinds read on fresh outside set U, tested in words of our own.

"My other number" declines nothing; thanks for a quote and a decline in one sentence;
keys held one after another; a lead seller paid per lead; a boyfriend to check with;
"no nome de", "under the name of"; "leave your contact" asks for a name; a Swiss
"Grüezi" reads a Swiss mobile.
"""

from __future__ import annotations

import pytest

from model.concepts import declines, refuses
from model.extract import extract
from model.hedge import ends_hedging
from model.junk import is_junk
from model.vendor_voice import speaks_as_vendor
from tests.model.chats import assert_not_hidden, chat, verdict

A = "agent"


@pytest.mark.parametrize(
    "text",
    [
        "meu outro número é 21 98765-4321, à tarde",
        "my other mobile is 07911 123456, after six",
        "mi otro móvil es el 612 345 678",
    ],
)
def test_another_number_of_ones_own_declines_nothing(text: str) -> None:
    assert not declines(text)
    assert not refuses(text)


def test_a_buyer_who_leaves_another_number_is_not_hidden() -> None:
    conv = chat(
        "oi, quanto fica um portão de alumínio de 3 metros?",
        (A, "Fica em torno de R$ 2.400 instalado. Quer que a gente vá medir?"),
        "pode vir sim. meu outro número é 21 98765-4321 caso não consiga nesse",
        contact={"name": "Marcos", "phone": "+5521912345678"},
    )
    assert_not_hidden(verdict(conv))


def test_thanks_for_the_quote_and_a_decline_in_one_sentence() -> None:
    text = (
        "Boa tarde. Agradeço o orçamento da pintura, mas entretanto já fechei com outra "
        "empresa mais barata. Obrigada na mesma."
    )
    assert verdict(chat(text, (A, "Obrigado pelo aviso!"))).status == "Not Interested"


def test_keys_held_one_after_another_are_mash() -> None:
    assert is_junk("test\nffffgggghhhh\nasdf")
    assert not is_junk("hellooo")


def test_a_lead_seller_paid_per_lead_speaks_as_a_vendor() -> None:
    assert speaks_as_vendor("wij helpen installateurs aan 30 nieuwe aanvragen per maand")
    assert speaks_as_vendor("we run the ads and you only pay per lead")


def test_checking_with_a_boyfriend_puts_it_off() -> None:
    last = "vou ver com o meu namorado e depois digo qualquer coisa"
    assert ends_hedging(chat("Quanto custa a sessão?", (A, "São 60 €."), last))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a encomenda foi no nome de Beatriz Lopes", "Beatriz Lopes"),
        ("the order is under the name of Mark Ellis", "Mark Ellis"),
    ],
)
def test_an_order_under_a_name(text: str, name: str) -> None:
    assert extract(chat(text)).name == name


def test_leave_your_contact_asks_for_the_name_that_opens_the_reply() -> None:
    conv = chat(
        "Czy możemy umówić się na rozmowę o księgowości?",
        (A, "Oczywiście. Proszę zostawić kontakt."),
        "Anna Wróbel, anna (at) wrobel.pl",
    )
    assert extract(conv).name == "Anna Wróbel"


def test_a_swiss_greeting_reads_a_swiss_mobile() -> None:
    conv = chat("Grüezi, ich hätte gern einen Termin. Handy 078 123 45 67")
    assert extract(conv).phones == ["+41781234567"]

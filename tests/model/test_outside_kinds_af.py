"""Kinds read on outside set AF, tested in words of our own.

"Not interested in buying, only renting" specifies what is wanted; damage said to be no
worse ("non è rotto") is no refusal; "won't need it now" and "lo he contratado con …"
decline; a Dutch fault told with "doet het niet meer" is a fault.
"""

from __future__ import annotations

from model.concepts import declines
from model.faults import without_faults
from tests.model.chats import assert_not_hidden, chat, verdict


def test_not_interested_in_buying_only_renting_asks_for_a_quote() -> None:
    conv = chat(
        "Buongiorno, vorremmo un preventivo per il noleggio di 3 furgoni per 36 mesi. "
        "Non ci interessa l'acquisto, solo il noleggio. Tel. 051 223 4455",
    )
    p = verdict(conv)
    assert_not_hidden(p)
    assert p.status == "Quote Request", p


def test_damage_said_to_be_no_worse_is_no_refusal() -> None:
    conv = chat(
        "buongiorno quanto viene a sistemare lo sportello di una punto, è ammaccato ma non è "
        "rotto. passo domani, se non rispondo chiamate mia moglie al 347 112 9087",
    )
    assert_not_hidden(verdict(conv))
    assert "non" not in without_faults("è ammaccato ma non è rotto")


def test_wont_need_it_and_signed_with_another_decline() -> None:
    assert declines("Just letting you know I won't need it now, sorted something closer.")
    assert declines("Al final lo hemos contratado con la aseguradora del banco, gracias.")


def test_a_dutch_fault_with_doet_het_niet_meer_is_a_fault() -> None:
    assert "niet" not in without_faults("de trapondersteuning doet het niet meer")

"""Kinds read on outside set AL, tested in words of our own.

"Do you have a slot today?" ("¿tenéis hueco?") asks for a booking; asking whether a
practice takes new patients books; another's price given for ours to beat is a buyer
bargaining, no decline; the treatment done at another's in the end, and "remove my
number from your list", decline; "no sé nada" (not heard back) and "não encontro" (can't
find it) describe a problem, no refusal; "¿ya están …?" asks after something; a phone
retyped with a digit left out replaces the first; thanks and a given name on the last
line under an address sign the message; a door left open in Portuguese ("talvez para o
ano") is low, not very low.
"""

from __future__ import annotations

from model.concepts import declines, lead_concept
from model.extract import extract
from model.faults import without_faults
from model.phones import mistyped
from model.signup import signs_up
from tests.model.chats import assert_not_hidden, chat, verdict

WA = {"name": "Rocío", "phone": "+34611223344"}


def test_a_slot_asked_for_is_a_booking() -> None:
    assert lead_concept("hola, ¿tenéis hueco mañana por la tarde para un corte?") is not None
    conv = chat(
        "hola!! se me ha caído un empaste 😭 teneis hueco hoy??", "siii 18:15 perfecto", contact=WA
    )
    assert_not_hidden(verdict(conv))


def test_asking_whether_new_patients_are_taken_books() -> None:
    text = "Bonjour, est-ce que vous prenez de nouveaux patients ? Je voudrais commencer vite."
    assert signs_up(text, text.lower())


def test_another_price_to_beat_is_no_decline() -> None:
    conv = chat(
        "How much for a full service on a 2015 Golf?",
        ("agent", "Around £240 with oil and filters."),
        "ok, can you email a written quote to sam.hill@gmail.com",
        ("agent", "Will do today."),
        "cheers. fyi the other garage quoted £210 so hoping you can match it",
    )
    p = verdict(conv)
    assert_not_hidden(p)
    assert p.status != "Not Interested", p


def test_done_at_another_s_and_off_the_list_decline() -> None:
    assert declines("Finalement on va le faire chez le dentiste de mon quartier.")
    assert declines("Proszę usunąć mój numer z listy, chodzę już gdzie indziej.")
    assert declines("Retirem o meu contacto da lista, por favor.")


def test_not_heard_back_and_cannot_find_are_no_refusals() -> None:
    assert "no sé nada" not in without_faults("me dijeron que me llamarían y no sé nada")
    assert "não encontro" not in without_faults("não encontro a fatura na área de cliente")
    conv = chat("¿Ya están los resultados de mi gato? Me dijeron que llamarían y no sé nada")
    assert verdict(conv).status not in ("Not Interested", "Spam")


def test_a_digit_left_out_is_a_retyping() -> None:
    assert mistyped("0176 5281903", "0176 52819034")
    assert not mistyped("0176 5281903", "0176 9999999")
    conv = chat(
        "Anmeldung bitte: Jana Kurz, 0151 2233445",
        "sorry, eine Ziffer vergessen: 0151 22334455",
    )
    assert extract(conv).phones == ["+4915122334455"]


def test_thanks_and_a_given_name_under_an_address_sign_it() -> None:
    conv = chat(
        "¿Me lo mandáis por correo?",
        ("agent", "Claro, ¿a qué dirección?"),
        "nuria.vidal.p@gmail.com\nGracias, Nuria",
    )
    assert extract(conv).name == "Nuria"

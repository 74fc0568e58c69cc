"""Kinds read on fresh outside set R, tested in words of our own.

A returning guest's question about the booking they hold, an order number written as
one compound, collecting what was ordered; deciding against an offer and asking for no
more calls; giving it up in Polish; a decision put off in shorthand, with family or
"no promises"; an agency's representative and a pitch to win the reader clients; Polish
first-degree names on a profile; "how may I address you?"; a parent's role before the
name; a name after thanks with an initial; a reply that gives a slot, then the name.
"""

from __future__ import annotations

import pytest

from model.existing_customer import asks_as_customer
from model.extract import extract
from model.hedge import ends_hedging
from model.name_questions import asks_for_name
from model.vendor_voice import speaks_as_vendor
from tests.model.chats import chat, verdict

A = "agent"


@pytest.mark.parametrize(
    "text",
    [
        "hey, we've got a booking with you for the weekend, is parking included?",
        "Guten Tag, wann ist mein Auto fertig? Auftragsnummer 88213",
        "goedendag, kan ik morgen de bestelde taart ophalen? ordernummer 5521",
        "dzień dobry, o której mogę odebrać zamówiony tort?",
    ],
)
def test_questions_about_what_the_customer_already_has(text: str) -> None:
    assert asks_as_customer(text)


def test_asking_for_more_beside_a_booking_is_still_a_buyer() -> None:
    assert not asks_as_customer("I've got an account with you, can I get a quote for 30 desks?")


@pytest.mark.parametrize(
    "turns",
    [
        [
            (A, "Guten Tag, haben Sie unser Angebot für die Fenster erhalten?"),
            "Ja, danke. Wir haben uns aber dagegen entschieden. Bitte keine weiteren Anrufe.",
        ],
        [
            "ile kosztuje sesja zdjęciowa na chrzciny?",
            (A, "Pakiet podstawowy to 900 zł."),
            "aj, sporo. to chyba sobie odpuszczę, dzięki",
        ],
        [
            (A, "Hello Mr Hart, following up on the quote for the decking."),
            "Thanks, but we've decided not to go ahead this year. Please don't call me again.",
        ],
    ],
)
def test_deciding_against_or_giving_up_is_not_interested(turns: list) -> None:
    p = verdict(chat(*turns, contact={"name": "Robin", "phone": "+447700900123"}))
    assert p.status == "Not Interested", (p.status, p.score, p.top_factors)


@pytest.mark.parametrize(
    "last",
    [
        "cool, can i get back to u on that after payday",
        "hmm teurer als gedacht, ich überleg mal",
        "d'accord, je vois avec mon frère et je vous redis",
        "bello, ma non vi prometto niente, ne stiamo vedendo altri",
        "ok, no prometo nada pero puede ser",
    ],
)
def test_putting_it_off_with_family_or_without_promises_is_a_hedge(last: str) -> None:
    assert ends_hedging(chat("How much for a patio?", (A, "About 3,000."), last))


@pytest.mark.parametrize(
    "text",
    [
        "Dzień dobry, reprezentuję agencję SEO Wzrost. Pomagamy salonom fryzjerskim "
        "pozyskiwać klientów z Google. Czy możemy porozmawiać?",
        "Hi, I represent a lead generation agency. We help plumbers get 15 new customers a month.",
    ],
)
def test_an_agencys_representative_speaks_as_a_vendor(text: str) -> None:
    assert speaks_as_vendor(text.lower())


def test_a_pitch_for_new_clients_in_polish_is_spam() -> None:
    conv = chat(
        "Dzień dobry, jestem Karol z agencji Klientomat. Pomagamy gabinetom weterynaryjnym "
        "zdobywać nowych pacjentów co miesiąc. Czy znajdzie Pan 10 minut na rozmowę? 601 222 333",
        (A, "Nie, dziękujemy."),
    )
    assert verdict(conv).status == "Spam"


@pytest.mark.parametrize(("profile", "name"), [("Ania", "Ania"), ("Bartek 🚲", "Bartek")])
def test_a_polish_working_name_on_a_profile_is_a_name(profile: str, name: str) -> None:
    conv = chat("ile kosztuje przegląd roweru?", contact={"name": profile, "phone": "+48601222333"})
    assert extract(conv).name == name


def test_a_polish_pet_form_on_a_profile_is_still_a_nickname() -> None:
    conv = chat(
        "ile kosztuje przegląd roweru?", contact={"name": "Madzia", "phone": "+48601222333"}
    )
    assert extract(conv).name is None


def test_how_may_i_address_you_asks_for_a_name() -> None:
    assert asks_for_name("Jak mogę się do Pani zwracać?")
    assert asks_for_name("Perfect. How should I address you?")


def test_the_name_after_a_parents_role() -> None:
    conv = chat("Bonjour, je suis la mère, Claire Fontaine. Mon fils voudrait un stage de voile.")
    assert extract(conv).name == "Claire Fontaine"


def test_an_initial_and_a_surname_after_thanks_close_the_message() -> None:
    conv = chat("Bitte schicken Sie mir den Katalog per Post. Vielen Dank, R. Brandt")
    assert extract(conv).name == "R. Brandt"


def test_a_reply_giving_a_slot_then_the_full_name() -> None:
    conv = chat(
        "quero marcar uma consulta",
        (A, "Temos terça às 9h ou quarta às 15h. Qual o seu nome completo?"),
        "quarta 15h!! Jaqueline Barros",
    )
    assert extract(conv).name == "Jaqueline Barros"


def test_a_street_after_a_slot_is_no_name() -> None:
    conv = chat(
        "quiero una visita para medir la cocina",
        (A, "¿Qué día y a qué nombre?"),
        "el lunes. Calle Mayor",
    )
    assert extract(conv).name is None


@pytest.mark.parametrize(
    "turns",
    [
        [
            "Hola, ¿tienen clases de salsa para principiantes los jueves?",
            (A, "¡Sí! Jueves a las 20h, 45 € al mes. ¿Te apunto?"),
            "sí, apúntame por favor, ¿se paga en efectivo?",
        ],
        [
            "dzień dobry, czy są jeszcze miejsca na kurs pływania dla dzieci?",
            (A, "Tak, grupa sobotnia o 9:00, 280 zł za semestr."),
            "super, chciałabym zapisać córkę. jak się płaci?",
        ],
    ],
)
def test_a_question_that_signs_up_is_an_opportunity(turns: list) -> None:
    p = verdict(chat(*turns, contact={"name": "Marta", "phone": "+34612345678"}))
    assert p.status == "Opportunity", (p.status, p.score, p.top_factors)
    assert p.score >= 80, (p.score, p.top_factors)


def test_moving_an_appointment_already_held_is_support() -> None:
    conv = chat(
        "coucou, j'ai rdv jeudi 15h pour une coupe, on peut décaler à vendredi ?",
        (A, "Oui, vendredi 15h c'est noté."),
        "merci !",
        contact={"name": "Julie", "phone": "+33612345678"},
    )
    assert verdict(conv).status == "Info Only"


@pytest.mark.parametrize(
    ("text", "email"),
    [
        (
            "mi correo es lucia mora ochenta y tres todo junto arroba gmail punto com",
            "luciamora83@gmail.com",
        ),
        ("email: tom baker twenty one all together at outlook dot com", "tombaker21@outlook.com"),
        ("c'est marc leroy tout attaché arobase orange point fr", "marcleroy@orange.fr"),
    ],
)
def test_an_address_dictated_all_together_is_joined(text: str, email: str) -> None:
    assert extract(chat(text)).emails == [email]


def test_together_without_an_address_is_no_email() -> None:
    assert extract(chat("we are all together at the office on monday")).emails == []

"""An existing customer asking about what they already have is Info Only, not a new sale."""

from __future__ import annotations

import pytest

from model.existing_customer import asks_as_customer
from tests.model.chats import chat, verdict


@pytest.mark.parametrize(
    "text",
    [
        "I have a booking for Friday at 8, can I bring my dog?",
        "can I pause my membership for two weeks in August?",
        "tengo una reserva para el sábado, ¿se puede cambiar a las 9?",
        "tenho reserva para amanhã, o check-in é a que horas?",
        "j'ai un rendez-vous jeudi, je peux venir 30 minutes plus tard ?",
        "ich habe schon einen Termin am Montag, kann ich den verschieben?",
        "ho una prenotazione per stasera, posso aggiungere una persona?",
        "ik heb al een afspraak staan op vrijdag, kan die een uur later?",
        "mam już rezerwację na sobotę, czy mogę przyjść wcześniej?",
        "the oven you installed stopped heating, is it still under warranty?",
        # booked already, said with the verb, or fetching what one ordered
        "I've got Max booked in for a wash on Thursday, can we make it 2pm instead?",
        "ho già prenotato il tavolo per sabato, possiamo arrivare alle nove?",
        "zarezerwowałam pokój na weekend, czy jest parking?",
        "puis-je venir récupérer ma commande samedi plutôt que vendredi ?",
        "kann ich meine Brille schon morgen abholen?",
        "mam wizytę w czwartek o 10, czy mogę ją przesunąć na piątek?",
        # an order, a job or a contract by its number
        "is my bike ready yet? job 4471, the blue one",
        "Onze printer (contract 31-8842) geeft weer een papierstoring, vorige week ook al",
        "¿cuándo llega el pedido 88213?",
        # bought already
        "I bought the oak desk last week and one leg is loose, what should I do?",
        "comprei o kit de jardim ontem e veio sem as instruções",
        "wir haben letzten Monat zwei Stühle gekauft, einer wackelt",
        # had one, and it went wrong
        "I had an appointment at 9 today and nobody turned up",
        "miałam umówiony serwis na dziś i nikt nie przyjechał",
        "tenía una cita a las 10 y nadie vino",
        # a contract in one's name, an instalment of it, "on a un contrat"
        "o contrato está no nome do meu marido, posso pagar a 3ª parcela por pix?",
        "can I pay the 2nd instalment by bank transfer?",
        "on a un contrat de maintenance avec vous et la chaudière s'arrête encore",
        # booked with words between, at the business ("u was"), a month's fee, handed in
        "I have a boiler service visit booked for the 9th, could it be moved to the 11th?",
        "mam u was zamówienie na tort urodzinowy, czy mogę go odebrać o 15?",
        "ich habe bei euch einen Termin am Freitag, habt ihr samstags auch offen?",
        "¿la cuota de marzo se puede pagar por transferencia?",
        "czy czesne za październik mogę zapłacić przelewem?",
        "I dropped off my bike on Monday for a service, is it ready yet?",
        "abbiamo lasciato due giacche sabato, sono pronte?",
        "j'ai déposé ma montre mardi pour la pile, elle est prête ?",
        # Polish typed without its letters
        "zamowilam w piatek tort na sobote, nr zamowienia 2210, czy bedzie na 10?",
    ],
)
def test_questions_about_what_one_has(text: str) -> None:
    assert asks_as_customer(text)


@pytest.mark.parametrize(
    "text",
    [
        "same again please, 30 mugs like our last order",
        "my order arrived, I'd like a quote for 50 more",
        "I'd like to make a booking for 6 people on Saturday",
        "what is the price of the gold membership?",
        "we have a shop in Leeds and want to stock your candles",
        "I have booked a demo already, could you also send me a quote for 20 seats?",
        "mam pytanie, ile kosztuje wymiana szyby?",
        "we want to order 300 units of the blue mug",
        "same as the order from last week please, 40 more",
        "can I pay in 3 instalments if I buy the sofa?",
        "what's your hourly rate for a plumber?",
        "I left a message yesterday about a quote for a new roof",
        "what is the monthly fee for the premium plan?",
    ],
)
def test_a_new_sale_is_no_support_question(text: str) -> None:
    assert not asks_as_customer(text)


@pytest.mark.parametrize(
    "turns",
    [
        [
            ("customer", "Hola, tengo una reserva para el 12, ¿puedo llegar a las 23h? "
                         "Vuelo tarde. Soy Marta Gil, 612 345 678"),
            ("agent", "Sí, la recepción abre 24 h."),
            ("customer", "¡Genial, gracias!"),
        ],
        [("customer", "Hi, can I freeze my membership for 3 weeks? I'm away in March. Tom, 07700 900123")],
        [
            ("customer", "Hallo, ik heb al een afspraak staan op 23 dec. Zijn jullie ook open op 27 dec?"),
            ("agent", "Ja, van 9 tot 17 uur."),
            ("customer", "Top, dank je!"),
        ],
        [("customer", "Dzień dobry, okna od was mam od roku i klamka się zacięła. Czy to jest na gwarancji? "
                      "Jan Nowak, 601 234 567")],
        [
            ("customer", "hi! got Luna booked in for her nails at 9 tomorrow, any chance of 11 instead? "
                         "Kelly 07700 900 456"),
            ("agent", "Yes, 11 works, see you then!"),
            ("customer", "brill thanks"),
        ],
        [("customer", "Bonjour, je peux passer récupérer mon gâteau le 31 au matin au lieu de l'après-midi ? "
                      "Claire, 06 12 34 56 78")],
        [("customer", "Dzień dobry, mam wizytę u fryzjera w sobotę o 12 i muszę ją przełożyć. "
                      "Czy coś jest w poniedziałek? Anna, 601 234 567")],
        [
            ("customer", "Moin, ist meine Uhr schon fertig? Reparatur 5521, die mit dem Lederarmband"),
            ("agent", "Ja, fertig, 45 €. Abholung bis 18 Uhr."),
            ("customer", "super, komme morgen"),
        ],
    ],
)  # fmt: skip
def test_an_existing_customers_question_is_info_only(turns: list[tuple[str, str]]) -> None:
    p = verdict(chat(*turns))
    assert p.status == "Info Only", (p.status, p.score, p.factors_against)
    assert 40 <= p.score < 60


def test_a_customers_question_with_another_in_it_is_no_refusal() -> None:
    turns = [
        ("customer", "How do I add another user to my account? I'm the admin but can't find it"),
        ("agent", "Settings > Team > Invite."),
        ("customer", "found it, thanks"),
    ]
    p = verdict(chat(*turns))
    assert p.status == "Info Only", (p.status, p.score, p.top_factors)


def test_an_existing_customers_payment_question_is_not_spam() -> None:
    turns = [
        ("customer", "Oi! Somos os noivos do dia 12/05, contrato no nome de Carla Mendes. A 2ª "
                     "parcela pode ser paga por pix? O boleto não chegou"),
        ("agent", "Pode sim, vou te mandar a chave."),
        ("customer", "obrigada!"),
    ]  # fmt: skip
    p = verdict(chat(*turns))
    assert p.status == "Info Only", (p.status, p.score, p.top_factors)

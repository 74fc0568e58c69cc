"""Kinds read on outside set AC, tested in words of our own.

A weekly return promised is a scam even beside a question; a staffing agency offering
to mail its rates speaks as a vendor; a number given after the agent asked for a mobile
is read as one; a street after a surname and a company's dotted legal form are no part
of a name; a profile's given names under a surname complete it, as do its accents; a
booking made online makes its holder an existing customer. (A household's profile,
"Famille Rochat", stays no one's name: set AC's writer differs from the earlier ones.)
"""

from __future__ import annotations

from model.easy_money import promises_return
from model.existing_customer import asks_as_customer
from model.extract import extract
from model.vendor_voice import speaks_as_vendor
from tests.model.chats import chat, verdict

A = "agent"


def test_a_weekly_return_promised_is_a_scam_even_beside_a_question() -> None:
    assert promises_return("zarabiaj nawet 25% tygodniowo na naszej platformie")
    conv = chat(
        "Hola! Soy asesora financiera. ¿Sabía que puede ganar un 20% semanal con criptomonedas? "
        "Depósito mínimo 200 €. ¿Le muestro una demo de 5 minutos?",
        contact={"name": "Laura Inversiones", "phone": "+447418200111"},
    )
    assert verdict(conv).status == "Spam"


def test_offering_to_mail_our_rates_is_a_vendors_voice() -> None:
    assert speaks_as_vendor("wij leveren flexkrachten. zal ik vrijblijvend onze tarieven mailen?")
    assert not speaks_as_vendor("kan ik een offerte krijgen voor 3 ramen?")


def test_a_number_given_after_the_agent_asked_for_a_mobile_is_one() -> None:
    conv = chat(
        "Hola! ¿Puedo probar una clase de yoga el martes?",
        (A, "¡Claro! Pasame tu nombre y un cel así te anoto"),
        "Dale. Julieta Romero, 11 4729-3308",
    )
    assert extract(conv).phones == ["+5491147293308"]


def test_a_street_after_a_surname_is_no_part_of_the_name() -> None:
    conv = chat("hab bestellt auf den Namen Krüger Aachener Straße 12, wo bleibt das Essen")
    assert extract(conv).name == "Krüger"


def test_a_companys_dotted_legal_form_is_no_name() -> None:
    conv = chat(
        "Prima, zet maar een optie. Factuur op naam van Zonnestraal B.V. graag.",
        contact={"name": "Eva | Zonnestraal", "phone": "+31612000111"},
    )
    assert extract(conv).name == "Eva"


def test_two_given_names_under_a_surname_and_a_profiles_accents_complete_the_name() -> None:
    conv = chat(
        "Buongiorno, passo a ritirare la torta ordinata a nome Ferraro, a che ora chiudete?",
        contact={"name": "Maria Grazia", "phone": "+393401234567"},
    )
    assert extract(conv).name == "Maria Grazia Ferraro"
    form = chat(
        "Chcialbym zapisac sie na karnet. Tel. 509 887 124. Lukasz Wrobel",
        (A, "Dziękujemy!"),
    )
    form["contact"] = {"name": "Łukasz"}
    assert extract(form).name == "Łukasz Wrobel"


def test_a_booking_made_online_makes_an_existing_customer() -> None:
    text = "fiz uma reserva pelo site para sábado, 2 pessoas. o ponto de encontro é mesmo na praça?"
    assert asks_as_customer(text)


def test_a_buyer_read_blind_who_typed_contact_and_named_a_price_is_high() -> None:
    conv = chat(
        "Hoi! Wat kost het om onze schuur te laten schilderen, ca 20m2?",
        (A, "Rond de € 600."),
        "Ok top. Mail maar naar ruud.smits@ziggo.nl",
        contact={"name": "Ruud", "phone": "+31612874590"},
    )
    p = verdict(conv)  # the blind heads alone score it 72
    assert p.status == "Quote Request" and p.score >= 80, p

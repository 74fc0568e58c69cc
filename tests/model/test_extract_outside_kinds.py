"""Extraction of kinds of detail that chats written outside the project showed us missing.

Dutch and Polish name questions, household and role profiles, signatures with titles,
replies opening with an acknowledgement, and phones on a signature line. Each case is
written in other words than the chats that showed the kind of miss."""

from __future__ import annotations

import pytest

from model.extract import extract
from model.name_questions import asks_for_name
from tests.model.chats import chat


@pytest.mark.parametrize(
    "question",
    [
        "Mag ik uw naam en e-mailadres?",
        "Wat is je naam?",
        "Hoe heet u?",
        "Met wie spreek ik?",
        "Op welke naam zet ik de reservering?",
        "Jak się pani nazywa?",
        "Jak pan się nazywa?",
        "Jak się nazywasz?",
        "Proszę podać imię i nazwisko.",
        "Z kim rozmawiam?",
        "Na jakie nazwisko mam wystawić fakturę?",
    ],
)
def test_dutch_and_polish_name_questions(question: str) -> None:
    assert asks_for_name(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wat is de naam van uw bedrijf?",
        "Jak się nazywa ten model?",
        "Hoe heet het product dat u zoekt?",
    ],
)
def test_questions_about_a_thing_are_not_name_questions(question: str) -> None:
    assert not asks_for_name(question)


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (
            "Mag ik uw naam voor de offerte?",
            "Pieter van Dijk, Dorpsstraat 4 Zwolle",
            "Pieter van Dijk",
        ),
        ("Jak się Pan nazywa?", "Tomasz Nowak. Pasuje w piątek?", "Tomasz Nowak"),
    ],
)
def test_answers_to_dutch_and_polish_name_questions(
    question: str, answer: str, expected: str
) -> None:
    conv = chat(("customer", "Ik wil graag een prijs"), ("agent", question), ("customer", answer))
    assert extract(conv).name == expected


@pytest.mark.parametrize(
    "profile",
    ["Fam. de Boer", "Familie Schmidt", "Family Jones", "Famiglia Rossi", "HR Emma", "Recruiter"],
)
def test_household_and_role_profiles_name_nobody(profile: str) -> None:
    conv = chat(
        ("customer", "Hoeveel kost een weekend?"),
        contact={"phone": "+31612345678", "name": profile},
    )
    assert extract(conv).name is None


def test_i_am_a_role_is_not_a_name() -> None:
    conv = chat(("customer", "Hi, I'm a recruiter from a staffing firm with an offer for you"))
    assert extract(conv).name is None


@pytest.mark.parametrize(
    "text",
    ["Hi, I'm a plumber from Leeds and need 20 valves", "I am an Architect on a villa project"],
)
def test_english_i_am_a_noun_is_what_someone_is(text: str) -> None:
    assert extract(chat(("customer", text))).name is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sign-off, then the name with a title and a company on the same line
        (
            "Could we see a demo next week?\n\nBest,\nMaya Lindqvist | Head of Operations | Borealis Freight\n"
            "maya@borealis-freight.com",
            "Maya Lindqvist",
        ),
        ("We no longer need the boiler, thanks.\n\nGroetjes, Sanne Bakker", "Sanne Bakker"),
        ("Graag een offerte op naam van Ruud Hendriks", "Ruud Hendriks"),
        ("Proszę wystawić fakturę na nazwisko Anna Wiśniewska", "Anna Wiśniewska"),
    ],
)
def test_signatures_with_titles_and_names_the_order_is_for(text: str, expected: str) -> None:
    assert extract(chat(("customer", text))).name == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "dale! Lucas Martín Ferreyra, el mail es lucas.mf arroba gmail punto com",
            "Lucas Martín Ferreyra",
        ),
        ("perfeito, Carla Mendes", "Carla Mendes"),
        ("perfeito, vou pensar e te aviso", None),  # the reply itself, not a name
        ("Perfeito! Valeu", None),
    ],
)
def test_an_acknowledgement_before_the_answer_is_skipped(answer: str, expected: str | None) -> None:
    conv = chat(
        ("customer", "Quero reservar"),
        ("agent", "Qual é o seu nome completo?"),
        ("customer", answer),
    )
    assert extract(conv).name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a landline on the last line of a signature block, no country code, no "tel"
        (
            "Merci de m'envoyer votre tarif.\nCordialement,\nLucie Fabre\nlucie@atelierfabre.fr\n04 78 92 15 30",
            ["+33478921530"],
        ),
        (
            "Kunt u een offerte sturen?\n\nGroet,\nBram Peters\nbram@petersbouw.nl | 020 794 3321",
            ["+31207943321"],
        ),
        # behind a one-letter label ("T", "M"); not a fax's "F"
        ("Graag een offerte.\nGroet,\nBram Peters\nT 020 794 3321", ["+31207943321"]),
        ("Graag een offerte.\nGroet,\nBram Peters\nF 020 794 3321", []),
        # inside a sentence, a landline-shaped run is not taken without a phone word
        ("Ma commande 04 78 92 15 30 n'est pas arrivée, pouvez-vous vérifier ?", []),
    ],
)
def test_a_number_on_a_signature_line_is_a_phone(text: str, expected: list[str]) -> None:
    assert extract(chat(("customer", text))).phones == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name over a title line and a company line, no sign-off
        (
            "Please resend it to the right address.\n\nHelen Marsh\nHead of Procurement, Kestrel Labs\n"
            "+44 20 7946 0321",
            "Helen Marsh",
        ),
        # a sign-off, a blank line, then the name
        (
            "Merci d'avance pour le devis.\nBien cordialement,\n\nCamille Roux\nAcheteuse",
            "Camille Roux",
        ),
        # an abbreviated regards-type closing before a first name
        ("Wat kost een jaarcontract voor 3 printers? mvg Pieter", "Pieter"),
        ("Name's Oliver Grant, you can call me on 07700 900123", "Oliver Grant"),
        # a closing written without its umlaut is a closing, not a name
        ("Können Sie mir ein Angebot schicken?\n\nBeste Gruße\nJonas", "Jonas"),
    ],
)
def test_signature_blocks_and_short_closings(text: str, expected: str) -> None:
    assert extract(chat(("customer", text))).name == expected


def test_a_polish_request_for_contact_details_is_answered_with_a_name() -> None:
    conv = chat(
        ("customer", "Chcielibyśmy umówić demo systemu."),
        ("agent", "Chętnie, proszę zostawić dane kontaktowe."),
        ("customer", "Zofia Kamińska\nKoordynatorka, Dentica\nzofia.k@dentica.pl"),
    )
    assert extract(conv).name == "Zofia Kamińska"


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        # an initial or a title with the surname, completed by the given name written
        ("J. Becker", "Ja, bitte. Jonas Becker, Tel. 0421 334455", "Jonas Becker"),
        ("Mme Diallo", "Bonjour, c'est pour Fatoumata Diallo, elle a rendez-vous jeudi", "Fatoumata Diallo"),
        ("Sr. Ortega", "buenas, la reserva es de Ramiro Ortega", "Ramiro Ortega"),
        # a given name that starts otherwise is someone else
        ("J. Becker", "Die Rechnung bitte an Petra Becker", "J. Becker"),
    ],
)  # fmt: skip
def test_a_partial_profile_is_completed_from_the_chat(
    profile: str, text: str, expected: str
) -> None:
    conv = chat(text, contact={"name": profile, "phone": "+4915112345678"})
    assert extract(conv).name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun dropped: "(ich) bin", "c" for "c'est", a full name only
        ("Passt so. Bin Lukas Hofer, 0664 123 45 67", "Lukas Hofer"),
        ("ok ça marche. c Julien Marchand", "Julien Marchand"),
        # an opening phrase after another sentence
        ("Olá pessoal! Aqui é a Renata, da loja do centro", "Renata"),
        ("Thanks for getting back to me. This is Owen Price from accounts", "Owen Price"),
        # a couple
        ("Somos Lucía y Andrés, nos casamos en mayo", "Lucía"),
        # a firm after "von" following a full name
        ("Hallo, ich bin Jana Köhler von Bergblick Software", "Jana Köhler"),
    ],
)
def test_names_said_in_a_hurry_or_after_another_sentence(text: str, expected: str) -> None:
    assert extract(chat(text)).name == expected


@pytest.mark.parametrize(
    "text",
    [
        "bin gleich da, 5 min",
        "c bon merci",
        "Siamo a Modica, ci serve un preventivo",
        "Somos de Sevilla y queremos presupuesto",
    ],
)
def test_words_that_only_look_like_those_openings_name_nobody(text: str) -> None:
    assert extract(chat(text)).name is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name left right before the number, at a sentence's start
        ("Friday works. Maeve, 087 123 4567", "Maeve"),
        ("ok boek maar. joris van dam, 06 12 34 56 78", "Joris van Dam"),
    ],
)
def test_a_name_before_the_number(text: str, expected: str) -> None:
    assert extract(chat(text)).name == expected


@pytest.mark.parametrize(
    "text",
    [
        "Monday, 087 123 4567",
        "Call me, 087 123 4567",
        "order 55, 087 123 4567",
        "Mrs. Maria Lopes Suite 541 6343 Main Street",  # an address: too few digits
    ],
)
def test_other_words_before_a_number_name_nobody(text: str) -> None:
    assert extract(chat(text)).name is None


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        ("Rita B", "the order is under Rita Byrne", "Rita Byrne"),  # a given name and an initial
        ("Dona Lúcia 🌸", "Lúcia Ferraz", "Lúcia Ferraz"),  # an honorific, then the full name
    ],
)
def test_a_profile_with_an_initial_or_an_honorific_is_completed(
    profile: str, text: str, expected: str
) -> None:
    conv = chat(text, contact={"name": profile, "phone": "+353871234567"})
    assert extract(conv).name == expected


def test_an_answer_followed_by_an_emoji_is_a_name() -> None:
    conv = chat(("agent", "Como é o seu nome?"), ("customer", "Mariana Couto 😊 obrigada!"))
    assert extract(conv).name == "Mariana Couto"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's for Pippa, on file under Grace Holloway", "Grace Holloway"),
        ("Sounds good 👍 Oskar Lindqvist, oskar@lindqvist.example", "Oskar Lindqvist"),
    ],
)
def test_a_name_under_which_a_file_is_kept_or_before_the_email(text: str, expected: str) -> None:
    assert extract(chat(text)).name == expected


@pytest.mark.parametrize(
    ("profile", "expected"), [("Opa Henk 🥰", "Henk"), ("Tía Carmen", "Carmen")]
)
def test_a_family_title_before_a_given_name_is_skipped(profile: str, expected: str) -> None:
    conv = chat("Zijn jullie zondag open?", contact={"name": profile, "phone": "+31612345678"})
    assert extract(conv).name == expected


def test_the_forms_email_called_wrong_is_replaced() -> None:
    conv = chat(
        "great, send the contract please. the email on the form is wrong, it's "
        "tom.hale84@gmail.com not thale84"
    )
    conv["contact"] = {"email": "thale84@gmail.com"}
    assert extract(conv).emails == ["tom.hale84@gmail.com"]


def test_looking_at_a_site_is_no_spelled_email() -> None:
    assert extract(chat("I was looking at northwind-it.com and saw you do backups")).emails == []

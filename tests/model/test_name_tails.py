"""Names signed before an address or a number, with an initial, after "a nome", before "btw";
brand names are no person's (this project's own sentences, eight languages)."""

from __future__ import annotations

import pytest

from model.extract import extract
from model.person_names import is_person_name
from tests.model.test_extract_names import conversation, name_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing name followed by the signer's number without a joint
        ("Preciso de um orçamento para 3 portas. Cumprimentos, Rui Tavares 913 442 871", "Rui Tavares"),
        ("Necesito presupuesto para 40 m2 de tarima. Saludos, Elena Ruiz 655 123 987", "Elena Ruiz"),
        # an address after the name, with or without a comma
        ("Please send the quote. Tom Baxter, 14 Mill Road", "Tom Baxter"),
        ("Merci pour le devis. Julie Moreau, 4 rue des Lilas", "Julie Moreau"),
        ("ok, mandadme el presupuesto. Lucía Serrano calle Alcalá 220 4ºA", "Lucía Serrano"),
        ("proszę o wycenę, sobota pasuje. Jan Kowalski, ul. Lipowa 12", "Jan Kowalski"),
        ("Bitte Angebot schicken. Anna Schmidt, Hauptstraße 12", "Anna Schmidt"),
        ("Graag een offerte. Pieter de Vries, Dorpsstraat 8", "Pieter de Vries"),
        ("D'accord pour jeudi. Claire Martin, rue des Lilas 4", "Claire Martin"),
        # an initial and a surname after a regards-type closing
        ("Wir haben uns anders entschieden. Gruß M. Becker", "M. Becker"),
        ("Grazie comunque. Saluti, G. Ferri", "G. Ferri"),
    ],
)  # fmt: skip
def test_a_signed_name_before_its_owners_details(text: str, expected: str | None) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok prenota a nome Chiara Bellini per venerdì", "Chiara Bellini"),
        ("naam is Joris Verbeek, fiets staat bij jullie", "Joris Verbeek"),
        ("hoi! mn naam is Fleur, wanneer zijn jullie open?", "Fleur"),
        ("please book it under the name Daniel Osei", "Daniel Osei"),
        ("Lotte Janssens trouwens 😊", "Lotte Janssens"),
        ("Marta Kowalczyk btw", "Marta Kowalczyk"),
    ],
)
def test_names_given_without_my(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    "text",
    ["prenota a nome della ditta Rossi", "Sorry btw", "de naam is niet zo belangrijk"],
)
def test_no_name_where_none_is_given(text: str) -> None:
    assert name_of(text) is None


def test_a_person_from_a_brand_keeps_only_their_name() -> None:
    assert name_of("Hallo, ik ben Sanne van BrightHire Werving. We zoeken mensen") == "Sanne"
    assert name_of("Hallo, ik ben Sanne van Dijk. Wat kost een offerte?") == "Sanne van Dijk"


@pytest.mark.parametrize("name", ["Inversiones Global", "Recruitment Partners"])
def test_brands_are_no_persons(name: str) -> None:
    assert not is_person_name(name)


@pytest.mark.parametrize(
    "name", ["Sean McDonald", "Ava MacKenzie", "Luca DiMarco", "Ana LaFleur", "MaryAnn Cole"]
)
def test_surnames_with_an_inner_capital_are_persons(name: str) -> None:
    assert is_person_name(name)


def test_a_brand_profile_names_no_one() -> None:
    chat = conversation(
        ("customer", "Hola, ¿hacéis envíos a Canarias?"), contact={"name": "Inversiones Global"}
    )
    assert extract(chat).name is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name after a closing sentence, or with kisses
        ("We found someone closer to home. Thanks anyway. Nigel", "Nigel"),
        ("Perfecto, nos vemos el martes. ¡Gracias! Pilar", "Pilar"),
        ("Sophie xx", "Sophie"),
        # an opening later in a message, with a full name and "by the way"
        ("Je vérifie mes dates et je vous reviens. C'est Amélie Roy en passant", "Amélie Roy"),
        ("I'll check with my wife first. This is Owen Price btw", "Owen Price"),
        # a name and its details said before a last remark
        ("Jeudi matin. Julien Faure, j.faure@atelier-faure.fr. Merci d'avance.", "Julien Faure"),
    ],
)
def test_more_signed_and_passing_names(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize("text", ["Thanks. Paris is fine for the delivery", "ok x", "Box xx"])
def test_no_signed_name_where_the_words_go_on(text: str) -> None:
    assert name_of(text) is None


def test_an_answer_after_a_polish_yes_please() -> None:
    chat = conversation(
        ("agent", "Proszę o imię, nazwisko i e-mail, prześlę wycenę."),
        ("customer", "tak poproszę, Tomasz Lis, t.lis@example.pl"),
    )
    assert extract(chat).name == "Tomasz Lis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regards word and the name end a run-on message, no comma, no line break
        ("was kostet das ungefähr der Raum hat 40 Quadratmeter lg Monika Huber", "Monika Huber"),
        ("ok send me the quote when you can cheers Dave", "Dave"),
        # two people joined by "and": the first is the writer
        ("i nomi sono Giulia Conti e Marco Ferri", "Giulia Conti"),
        ("soy Lucía Pardo y Andrés Gil viene conmigo", "Lucía Pardo"),
        # a Portuguese double surname keeps its "e"
        ("o meu nome é Ana Silva e Sousa", "Ana Silva e Sousa"),
    ],
)
def test_names_at_the_end_and_between_two_people(text: str, expected: str) -> None:
    assert name_of(text) == expected


def test_a_mistyped_phone_corrected_keeps_only_the_right_one() -> None:
    chat = conversation(
        ("customer", "Meine Nummer: 0151 2345 6781"),
        ("customer", "Entschuldigung, falsch. Richtig ist 0151 2345 6718"),
    )
    assert extract(chat).phones == ["+4915123456718"]


@pytest.mark.parametrize(
    ("first", "correction", "right"),
    [
        ("Meine Nummer: 0151 2345 6781", "Moment, Nummer falsch: 0151 2345 6718", "+4915123456718"),
        ("Meine Nummer: 0151 2345 6781", "falsche Nummer, richtig: 0151 2345 6718", "+4915123456718"),
        ("my mobile is 07700 900123", "wrong number sorry, 07700 900132", "+447700900132"),
        ("mi móvil es 612 345 678", "número equivocado, es el 612 345 687", "+34612345687"),
    ],
)  # fmt: skip
def test_a_number_called_wrong_is_corrected(first: str, correction: str, right: str) -> None:
    chat = conversation(("customer", first), ("customer", correction))
    assert extract(chat).phones == [right]


def test_a_second_number_after_sorry_is_kept() -> None:
    chat = conversation(
        ("customer", "Mobile 07700 900123"),
        ("customer", "sorry, and my other mobile is 07700 900132"),
    )
    assert len(extract(chat).phones) == 2


def test_a_corrected_form_address_is_replaced() -> None:
    chat = conversation(
        (
            "customer",
            "J'ai fait une faute dans le mail du formulaire, c'est paul.roy@lafournee.example",
        ),
        contact={"email": "paul.roy@lafourne.example"},
    )
    assert extract(chat).emails == ["paul.roy@lafournee.example"]


def test_the_mistyped_number_still_reads_as_a_persons_number() -> None:
    # dropped as the customer's phone, but no SMS code either: a buyer, not spam
    from tests.model.chats import chat, verdict

    p = verdict(
        chat(
            ("agent", "Hallo! Wie kann ich helfen?"),
            "Wir sind eine Schreinerei mit 12 Leuten und hätten gern einen Rückruf wegen "
            "Ihrer Zeiterfassung, gern morgen früh.",
            ("agent", "Gern! Unter welcher Nummer?"),
            "0151 2345 6781",
            "sorry, Zahlendreher, richtig ist 0151 2345 6718",
        )
    )
    assert p.status in ("Opportunity", "Potential Customer", "Quote Request"), (p.status, p.score)

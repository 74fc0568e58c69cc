"""Which country a national phone number is read in: sender, place named, language, default.

Widget chats have no sender number, so a place the customer names ("we're in Lisbon",
"w Krakowie") or, failing that, the language decides; each case says what the
number would wrongly become (or that it would be lost) without that evidence.
"""

from __future__ import annotations

from typing import Any

import phonenumbers
import pytest

from model.extract import extract
from model.phones import find_phones, fits_grouping
from model.places import named_regions, table


def widget(*texts: str) -> dict[str, Any]:
    """Return a widget conversation of customer messages (no sender number)."""
    return {
        "id": "r-1",
        "source": "widget",
        "agent": "Sales Assistant",
        "messages": [{"role": "customer", "text": t} for t in texts],
    }


def whatsapp(sender: str, *texts: str) -> dict[str, Any]:
    """Return a WhatsApp conversation from `sender`."""
    return {**widget(*texts), "source": "whatsapp", "contact": {"phone": sender}}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # English: without the place, read in the English-speaking countries (AU here).
        ("en", "Hi, we're a dental practice in Lisbon. Call me on 912 345 678",
         ["+351912345678"]),
        ("en", "Hi, we're based in Amsterdam, call me at 020 123 4567", ["+31201234567"]),
        ("en", "Hi, our office is in Milan, call 02 1234 5678", ["+390212345678"]),
        ("en", "Hi, Kraków office here, call 12 345 67 89", ["+48123456789"]),
        # Spanish: a Bogotá number is a valid US one too (601 is Mississippi).
        ("es", "Hola, somos de Bogotá, llámenme al 601 234 5678", ["+576012345678"]),
        # Portuguese: landlines without a phone word are taken only with the place.
        ("pt", "Somos uma clínica em Lisboa. Marta Sousa, 21 123 4567", ["+351211234567"]),
        ("pt", "Oi, aqui é a Joana, de São Paulo. (11) 3456-7890", ["+551134567890"]),
        ("pt", "Oi, aqui é a Joana de São Paulo, meu celular é (11) 91234-5678",
         ["+5511912345678"]),
        # Italian.
        ("it", "Buongiorno, siamo a Milano, tel 02 1234 5678", ["+390212345678"]),
        # French and German.
        ("fr", "Bonjour, nous sommes à Genève, appelez le 022 123 45 67", ["+41221234567"]),
        ("de", "Hallo, wir sind in Zürich, Tel 044 123 45 67", ["+41441234567"]),
        ("de", "Hallo aus Wien! Rückruf bitte: 0664 1234567", ["+436641234567"]),
        # Dutch and Polish (no trained model): a landline after the name.
        ("nl", "Goedemiddag, wij zitten in Gent. Groet, Pieter, 09 233 45 67", ["+3292334567"]),
        ("pl", "Dzień dobry, jesteśmy w Krakowie. Anna Nowak, 12 345 67 89", ["+48123456789"]),
    ],
)  # fmt: skip
def test_a_named_place_sets_the_country(language: str, text: str, expected: list[str]) -> None:
    result = extract(widget(text), default_region="US")
    assert result.language == language
    assert result.phones == expected


@pytest.mark.parametrize(
    ("text", "without_place"),
    [
        ("Somos uma clínica. Marta Sousa, 21 123 4567", []),
        ("Oi, aqui é a Joana. (11) 3456-7890", []),
        ("Dzień dobry, jesteśmy. Anna Nowak, 12 345 67 89", []),
        ("Hola, somos una empresa, llámenme al 601 234 5678", ["+16012345678"]),
        # read in the first English-speaking country where it is valid
        ("Hi, our office, call 02 1234 5678", ["+61212345678"]),
        ("Hi, our office is here, call me at 020 123 4567", ["+61201234567"]),
    ],
)
def test_without_the_place_the_language_and_default_decide(
    text: str, without_place: list[str]
) -> None:
    # The counterpart of the cases above: the place is what changes the reading.
    assert extract(widget(text), default_region="US").phones == without_place


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Goedemiddag, wij willen graag een offerte. Groet, Sanne de Vries, 06 12345678",
         ["+31612345678"]),
        ("pl", "Dzień dobry, proszę o wycenę. Jan Kowalski, 601 234 567", ["+48601234567"]),
        ("pt", "Olá, sou a Marta, 912 345 678, queria um orçamento", ["+351912345678"]),
        # Valid US numbers, but grouped as Brazil and Mexico write them, and valid in
        # exactly one of the language's countries.
        ("pt", "Olá, sou a Ana, (21) 2345-6789, queria um orçamento", ["+552123456789"]),
        ("es", "Hola, soy Ana, mi cel 55 1234 5678", ["+525512345678"]),
        # Dutch and Polish phone words introduce landlines.
        ("nl", "Goedendag, graag een offerte. Bel me op 020 123 4567", ["+31201234567"]),
        ("pl", "Dzień dobry, proszę o wycenę. Mój numer: (22) 123 45 67", ["+48221234567"]),
        # Valid in Germany and France too, but grouped as only Switzerland writes them.
        ("de", "Hallo, wir sind hier, Tel 044 123 45 67", ["+41441234567"]),
        ("fr", "Bonjour, nous sommes ici, appelez le 022 123 45 67", ["+41221234567"]),
        ("de", "Hallo, meine Nummer ist 030 1234567", ["+49301234567"]),
        ("fr", "Bonjour, mon portable: 06 12 34 56 78", ["+33612345678"]),
        # Grouped as the US writes them: the default region keeps them.
        ("en", "Hi, it's Ana, 212 555 0199", ["+12125550199"]),
        ("es", "Hola, soy Ana, mi cel 212 555 0199", ["+12125550199"]),
        ("pt", "Olá, sou a Ana, 2125550199, queria um orçamento", ["+12125550199"]),
    ],
)  # fmt: skip
def test_without_sender_or_place_the_language_reads_national_numbers(
    language: str, text: str, expected: list[str]
) -> None:
    result = extract(widget(text), default_region="US")
    assert result.language == language
    assert result.phones == expected


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        ("Mag ik uw telefoonnummer?", "020 123 4567", ["+31201234567"]),
        ("Czy mogę prosić o numer telefonu?", "tak, 601 234 567", ["+48601234567"]),
        ("Czy mogę prosić o numer telefonu?", "22 123 45 67", ["+48221234567"]),
    ],
)
def test_digits_alone_are_read_in_the_language_of_the_agents_question(
    question: str, answer: str, expected: list[str]
) -> None:
    conversation = widget(answer)
    conversation["messages"].insert(0, {"role": "agent", "text": question})
    # Without the agent's Dutch, "020 123 4567" was read in Australia.
    assert extract(conversation, default_region="US").phones == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dzień dobry, zamówienie 601234567 nie dotarło, mój numer 602 345 678", ["+48602345678"]),
        ("Goedemiddag, factuur 0612345678 klopt niet, bel me op 06 87654321", ["+31687654321"]),
    ],
)
def test_an_order_number_beside_a_phone_stays_an_order_number(
    text: str, expected: list[str]
) -> None:
    assert extract(widget(text)).phones == expected


def test_a_city_that_is_also_a_surname_counts_only_after_in_or_from() -> None:
    # 987 654 321 is a Peruvian mobile and a Spanish landline; 912 345 678 a
    # Portuguese mobile and a Peruvian one.
    peru = extract(widget("Hola, escribo desde Lima, mi celular 987 654 321"))
    assert peru.phones == ["+51987654321"]
    portugal = extract(widget("Olá, sou a Ana Lima, o meu número é 912 345 678"))
    assert portugal.phones == ["+351912345678"]


def test_the_sender_wins_over_a_named_place() -> None:
    # Valid in Spain (the sender's) and in Portugal (the place's) as different numbers.
    result = extract(whatsapp("+34 612 345 678", "Estamos en Lisboa, llámame al 912 345 678"))
    assert result.phones == ["+34612345678", "+34912345678"]


def test_an_explicit_country_code_wins_over_a_named_place() -> None:
    result = extract(widget("We're in Lisbon, my Spanish mobile is +34 612 345 678"))
    assert result.phones == ["+34612345678"]


def test_a_number_invalid_in_the_place_falls_back_to_the_default_region() -> None:
    result = extract(widget("We're in Lisbon, but my US cell is (212) 555-0199"))
    assert result.phones == ["+12125550199"]


@pytest.mark.parametrize(
    "text",
    [
        # valid in China and Mexico too, but the chat is in English
        "Our factory is in China, my number is 415 555 0132",
        "Hi, I run a Mexican restaurant, call me 415-555-0132",
        # a demonym describes goods and food as often as where someone is
        "Hola, tengo un restaurante mexicano, llámame al 415-555-0132",
    ],
)
def test_a_place_the_chat_does_not_speak_for_keeps_a_valid_default_reading(text: str) -> None:
    assert extract(widget(text), default_region="US").phones == ["+14155550132"]


def test_a_destination_is_not_where_the_customer_is() -> None:
    # Read in Poland, this Spanish mobile would be a valid Polish one.
    result = extract(widget("Envío a Polonia, mi teléfono 612 345 678"))
    assert result.phones == ["+34612345678"]


def test_two_places_reading_one_number_differently_leave_it_to_the_language() -> None:
    # 912 345 678 is a Lisbon mobile and a Madrid landline: Portuguese decides.
    result = extract(widget("Olá! Estamos em Lisboa e também em Madrid, liga 912 345 678"))
    assert result.phones == ["+351912345678"]


def test_a_twin_city_names_no_country_unless_the_country_is_named() -> None:
    assert extract(widget("Hi from Valencia, call 961 234 567")).phones == []
    assert extract(widget("Hi from Valencia, Spain, call 961 234 567")).phones == ["+34961234567"]


@pytest.mark.parametrize(
    "text",
    [
        "Hola, desde Lisboa, pedido 912345678 no ha llegado",
        "Our shop in Porto: order #912345678 is late",
        "We're in Lisbon, order number 912345678",
        "Estamos em Lisboa, encomenda 912345678",
        "We're in Amsterdam, invoice 0201234567",
        "Wij zitten in Utrecht, factuur 0301234567",
        "w Warszawie, faktura 221234567",
        "Jesteśmy w Krakowie, NIP 1234563218",
        "Estamos em Lisboa, NIF 212345678",
        "Our office in Amsterdam, postcode 1012 AB, total 1500 EUR",
        "In Warsaw since 12.03.2024, we need 250 units at 19.99",
        "Somos de Madrid, presupuesto 15000 euros para 300 sillas el 12/03/2026",
        "Siamo a Milano, ordine 0212345678, totale 1.234,56 €",
        "Wir sind in Wien, Bestellnummer 0664123456, am 12.03.2026",
        "Nous sommes à Genève, commande n° 0221234567",
        "Dzień dobry, numer zamówienia 221234567 nie dotarł",
        "Goedemiddag, bestelnummer 0201234567 is niet aangekomen",
        "Goedemiddag, wij hebben 250 stoelen nodig voor 12-03-2026, budget 15000 euro",
        "Dzień dobry, potrzebujemy 300 kamizelek do 15.04.2026, budżet 120 000 zł",
        "Dzień dobry, proszę o przelew na konto 61 1090 1014 0000 0712 1981 2874",
        "Dzień dobry, jesteśmy w Warszawie, kod pocztowy 00-950, NIP 526-104-08-28",
        "Goedemiddag, wij zitten in Amsterdam, KvK 12345678, 1012 AB",
    ],
)
def test_ids_prices_and_dates_by_a_place_or_in_dutch_and_polish_are_not_phones(text: str) -> None:
    assert extract(widget(text)).phones == []


@pytest.mark.parametrize(
    ("text", "language", "regions"),
    [
        ("we're in Lisbon", "en", ("PT",)),
        ("our shop in Porto", "en", ("PT",)),
        ("desde Madrid", "es", ("ES",)),
        ("aus Wien", "de", ("AT",)),
        ("based in Kraków", "en", ("PL",)),
        ("jesteśmy w Krakowie", "pl", ("PL",)),
        ("wij zitten in Amsterdam", "nl", ("NL",)),
        ("SOMOS DE SAO PAULO", "pt", ("BR",)),
        ("uma empresa brasileira", "pt", ("BR",)),
        ("a Swiss company", "en", ("CH",)),
        ("uma empresa brasileira em Lisboa", "pt", ("BR", "PT")),
        ("sono di Porto Alegre", "it", ("BR",)),  # the longest name first
        ("based in New Mexico", "en", ("US",)),  # not Mexico
        ("Valencia, Venezuela", "es", ("VE",)),
        ("from Lisbon to Madrid", "en", ("PT",)),
        ("ti porto il campione domani", "it", ()),  # Porto only capitalised
        ("in Valencia", "en", ()),
        ("escribo desde Lima", "es", ("PE",)),  # a city and a surname: after "desde"
        ("sou a Ana Lima", "pt", ()),
        ("in London", "en", ()),
        ("in Paris", "en", ()),
        ("shipping to Madrid", "en", ()),
        ("envío a Polonia", "es", ()),
        ("przesyłka do Krakowa", "pl", ()),
        ("vou até Lisboa", "pt", ()),  # accented destination words too
        ("hablo español y portugués", "es", ()),  # languages are no place
        ("", "en", ()),
    ],
)
def test_named_regions(text: str, language: str, regions: tuple[str, ...]) -> None:
    assert named_regions(text, language) == regions


def test_named_regions_without_demonyms() -> None:
    text = "uma empresa brasileira em Lisboa"
    assert named_regions(text, "pt", demonyms=False) == ("PT",)


def test_place_table_names_only_regions_phonenumbers_knows() -> None:
    data = table()
    regions = {name.region for name in data.names.values() if name.region is not None}
    assert len(regions) > 60
    assert all(phonenumbers.country_code_for_region(r) for r in regions)
    assert data.names["lisboa"].region == "PT"
    assert data.names["valencia"].region is None  # ES and VE


@pytest.mark.parametrize(
    ("raw", "region", "fits"),
    [
        ("(212) 555-0199", "US", True),
        ("212 5550199", "US", True),
        ("2125550199", "US", True),
        ("(21) 2345-6789", "US", False),
        ("(21) 2345-6789", "BR", True),
        ("55 1234 5678", "US", False),
        ("55 1234 5678", "MX", True),
        ("612 345 678", "ES", True),
        ("91 234 56 78", "ES", True),
        ("06 12345678", "NL", True),
    ],
)
def test_fits_grouping(raw: str, region: str, fits: bool) -> None:
    assert fits_grouping(raw, phonenumbers.parse(raw, region), region) is fits


def test_find_phones_reads_places_before_the_default_region() -> None:
    text = "call 02 1234 5678 or (212) 555-0199"
    assert [v for v, _, _ in find_phones(text, "US", places=("IT",))] == [
        "+390212345678",
        "+12125550199",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # too short for the identifier (read as English): the cue word is Portuguese
        ("Podem me ligar? 912 345 678", ["+351912345678"]),
        ("Kunt u mij bellen? 020 123 4567", ["+31201234567"]),
        ("Zadzwoń: 601 234 567", ["+48601234567"]),
    ],
)
def test_a_cue_word_of_another_language_reads_its_countrys_numbers(
    text: str, expected: list[str]
) -> None:
    assert extract(widget(text)).phones == expected


def test_a_shared_cue_word_names_no_country() -> None:
    # "call" and "number" are every language's: a Spanish-looking mobile stays unread in
    # an English chat without a Spanish word
    assert extract(widget("Hi, call me on 612 345 678")).phones == []

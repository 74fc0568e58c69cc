"""Phone numbers dictated in words are read like typed ones (model/spelled.py)."""

from __future__ import annotations

import pytest

from model.extract import extract
from model.spelled import spelled_runs


def _chat(text: str, source: str = "widget", contact: dict | None = None) -> dict:
    conv = {"id": "s-1", "source": source, "messages": [{"role": "customer", "text": text}]}
    if contact:
        conv["contact"] = contact
    return conv


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # in pairs, as French numbers are said
        ("Nadia Benali, zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
         "+33612345678"),
        ("mon portable : zéro sept, quatre-vingt-dix-neuf, vingt et un, onze, soixante-dix",
         "+33799211170"),
        # digit by digit
        ("my cell is four one five, eight nine two, three four five six", "+14158923456"),
        ("mi móvil es seis uno dos, tres cuatro cinco, seis siete ocho", "+34612345678"),
        ("Il mio numero: tre quattro sette, ventitré, quarantotto, novantuno, zero",
         "+393472348910"),
        ("Meine Nummer: null eins sieben zwei, dreiundvierzig, einundsechzig, fünf, sieben, null",
         "+491724361570"),
        ("o meu é nove um dois, três quatro cinco, seis sete oito", "+351912345678"),
        ("mijn nummer is nul zes twaalf vierendertig zesenvijftig achtenzeventig",
         "+31612345678"),
        ("mój numer to pięć zero jeden dwa trzy cztery pięć sześć siedem", "+48501234567"),
        # tens and units joined by "y"
        ("llámame al seis cuarenta y dos, treinta y uno, veintidós, cero nueve", "+34642312209"),
        # in hundreds, as Polish, Spanish and Portuguese numbers are often said
        ("numer pięćset jeden, dwieście trzydzieści cztery, sto dwanaście", "+48501234112"),
        ("mi móvil: seiscientos cuarenta, ciento veinte, trescientos tres", "+34640120303"),
        ("o meu é novecentos e dezassete, duzentos e quarenta, cento e oito", "+351917240108"),
    ],
)  # fmt: skip
def test_a_dictated_number_is_read_in_the_eight_languages(text: str, phone: str) -> None:
    result = extract(_chat(text))
    assert result.phones == [phone]
    ev = result.evidence[phone]
    spoken = text[ev.start : ev.end]
    assert spoken.split()[0].strip(",").lower() in text.lower()
    assert not any(c.isdigit() for c in spoken)


def test_a_whatsapp_senders_country_reads_a_dictated_national_number() -> None:
    chat = _chat(
        "el fijo de la oficina: nueve uno dos, tres cuatro cinco, seis siete ocho",
        source="whatsapp",
        contact={"name": "Ana Ruiz", "phone": "+34 612 345 678"},
    )
    assert extract(chat).phones == ["+34612345678", "+34912345678"]


@pytest.mark.parametrize(
    "text",
    [
        "I need one or two, maybe three chairs and four tables",
        "we are two, three or four people, five at most, six if my brother comes",
        "uno, dos, tres: ¿cuál es el mejor plan?",
        "zwei Sofas, drei Sessel und vier Stühle bitte",
        "le six, le sept ou le huit décembre, deux nuits",
        "one two three four",  # a test message, too short to be a number
        "sto bene, grazie, e tu?",  # "sto" is Polish 100 and Italian "I am"
        "trescientos invitados, doscientas sillas y cien mesas",
    ],
)
def test_number_words_in_a_sentence_are_no_phone(text: str) -> None:
    assert spelled_runs(text) == []
    assert extract(_chat(text)).phones == []


def test_typed_digits_inside_a_dictated_run_count() -> None:
    (run,) = spelled_runs("call me: 06 douze trente-quatre cinquante-six soixante-dix-huit")
    assert run[0] == "0612345678"


def test_the_run_points_into_the_text_as_written() -> None:
    # "İ" lower-cases to two characters; the run's offsets must still be the text's own
    text = "İSTANBUL office, call zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"
    ((digits, start, end),) = spelled_runs(text)
    assert digits == "0612345678"
    assert text[start:end] == "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"

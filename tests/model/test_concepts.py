"""The concept words a blind reading keeps, shared by the eight languages (model.concepts)."""

from __future__ import annotations

import pytest

from model.concepts import CONCEPTS, concept_of, concept_tokens, lead_concept
from model.features import _read_as, analyse


@pytest.mark.parametrize(
    ("concept", "words"),
    [
        (
            "quote",
            [
                "quote",
                "presupuesto",
                "orçamento",
                "devis",
                "angebot",
                "preventivo",
                "offerte",
                "wycenę",
            ],
        ),
        ("price", ["price", "precio", "preço", "prix", "preis", "prezzo", "prijs", "cennik"]),
        (
            "demo",
            [
                "demo",
                "demostración",
                "demonstração",
                "démonstration",
                "vorführung",
                "dimostrazione",
                "demonstratie",
                "prezentację",
            ],
        ),
        (
            "call",
            [
                "call",
                "llamar",
                "ligar",
                "rappeler",
                "anrufen",
                "chiamare",
                "terugbellen",
                "zadzwonić",
            ],
        ),
        (
            "interest",
            [
                "interested",
                "interesado",
                "interessado",
                "intéressé",
                "interessiert",
                "interessato",
                "geïnteresseerd",
                "zainteresowany",
            ],
        ),
        (
            "prize",
            [
                "winner",
                "premio",
                "prêmio",
                "gagné",
                "gewonnen",
                "vinto",
                "gefeliciteerd",
                "wygrałeś",
            ],
        ),
    ],
)
def test_a_concept_is_read_in_all_eight_languages(concept: str, words: list[str]) -> None:
    assert [concept_of(w) for w in words] == [concept] * len(words)


def test_words_of_no_concept_and_short_words_of_other_languages_are_dropped() -> None:
    # "al" (Spanish "to the"), "bel" (Italian "beautiful"), "inner": no concept
    assert [concept_of(w) for w in ["al", "bel", "inner", "keuken", "biurze", "the"]] == [None] * 6


def test_every_entry_is_lower_case_and_belongs_to_one_concept() -> None:
    seen: dict[str, str] = {}
    for concept, entries in CONCEPTS.items():
        for entry in entries.split():
            assert entry == entry.lower(), entry
            assert seen.setdefault(entry, concept) == concept, (entry, seen[entry], concept)


def test_a_blind_reading_keeps_placeholders_punctuation_and_concepts_in_order() -> None:
    text = "Goedemiddag, wat kost een offerte voor zznum stoelen? Bel zzlongnum"
    assert _read_as(text, "nl") == "zzcprice zzcquote zznum ? zzlongnum"
    assert concept_tokens("Proszę o wycenę i prezentację") == ["zzcquote", "zzcdemo"]
    # a trained language is read whole, its concepts after it
    assert _read_as("a quote please", "en") == "a quote please \n zzbrk zzcquote"
    assert _read_as("hello there", "en") == "hello there"


def test_no_word_pair_spans_the_break_before_the_concepts() -> None:
    # "nicht" at the end of a sentence and a phone number last: the pair of the number
    # and "zzcnot" said only where the chat's words happened to end
    read = _read_as("die Maschine pumpt nicht ab. Tim zzlongnum", "de")
    feats = analyse(read)
    assert "zzlongnum zzcnot" not in feats
    assert "tim zzlongnum" in feats and "zzcnot" in feats
    assert not [f for f in feats if "zzbrk" in f]
    two = analyse(_read_as("quote price please", "en"))
    assert "zzcquote zzcprice" in two and "please zzcquote" not in two


@pytest.mark.parametrize(
    "text",
    [
        "Anotame para el sábado!",
        "apúntame a la clase de las 7",
        "zapisz mnie na czwartek",
        # someone else signed up, Polish typed without its letters, "we book"
        "queremos apuntarlo al curso de verano",
        "chcemy sie zapisac na kurs",
        "to rezerwujemy sobotę",
    ],
)
def test_signing_up_in_the_imperative_names_an_opportunity(text: str) -> None:
    assert lead_concept(text) == "opportunity"


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Est-ce que vous prenez des nouveaux clients?", "opportunity"),
        ("are you taking new patients at the moment?", "opportunity"),
        ("Nehmen Sie noch neue Mandanten an?", "opportunity"),
        ("przyjmujecie jeszcze nowych pacjentów?", "opportunity"),
        ("Tempi di consegna e costo?", "quote_request"),
        ("qual o custo da instalação?", "quote_request"),
        ("je souhaiterais une cotation pour 6 palettes", "quote_request"),
        ("now what time do you open?", None),
    ],
)
def test_new_clients_and_cost_words_name_a_request(text: str, concept: str | None) -> None:
    assert lead_concept(text) == concept

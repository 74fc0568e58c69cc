"""Chat shorthand the heads never saw is spelled out before hashing (model.shorthand)."""

from __future__ import annotations

import re

import pytest

from model.datasets import load_corpus
from model.shorthand import _SHORTHAND, spell_out
from tests.model.chats import chat, verdict


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("a q hora abris?", "es", "a que hora abris?"),
        ("Q tal, tb quiero saber", "es", "que tal, también quiero saber"),
        ("vcs abrem amanhã? pq preciso", "pt", "vcs abrem amanhã? porque preciso"),
        ("gostei no produto", "pt", "gostei em_o produto"),
        ("cmq ke orari avete?", "it", "comunque che orari avete?"),
        ("bjr, vous ouvrez dimanche stp?", "fr", "bonjour, vous ouvrez dimanche s'il te plaît?"),
        ("a q hora abris?", "de", "a q hora abris?"),  # only a language's own shorthand
        ("qualquer coisa", "pt", "qualquer coisa"),  # whole words only
        ("dale, resérvamelo para el sábado", "es", "dale, reservar para el sábado"),
        ("agendame el martes y cotizanos 3 puertas", "es", "agendar el martes y cotizar 3 puertas"),
        ("reservamelo", "pt", "reservamelo"),
    ],
)
def test_shorthand_is_spelled_out_in_its_own_language(
    text: str, language: str, expected: str
) -> None:
    assert spell_out(text, language) == expected


def test_no_training_chat_of_the_language_holds_the_shorthand() -> None:
    # the premise of spelling out: the heads never learnt these words themselves
    words = re.compile(r"\w+")
    for example in load_corpus():
        table = _SHORTHAND.get(example.language)
        if not table:
            continue
        text = " ".join(m["text"].lower() for m in example.conversation["messages"])
        assert not set(table) & set(words.findall(text)), (example.language, text[:80])


@pytest.mark.parametrize(
    ("short", "spelled"),
    [
        ("a q hora abris los sabados? tengo q recoger un paquete",
         "a que hora abris los sabados? tengo que recoger un paquete"),
        ("oi, vcs entregam no sábado? pq preciso mto", "oi, vcs entregam no sábado? porque preciso muito"),
        ("cmq ke orari avete sabato?", "comunque che orari avete sabato?"),
    ],
)  # fmt: skip
def test_shorthand_reads_as_its_words(short: str, spelled: str) -> None:
    a, b = verdict(chat(short)), verdict(chat(spelled))
    assert (a.status, a.score) == (b.status, b.score)


@pytest.mark.parametrize("text", ["a q hora cerrais hoy?", "hasta q hora abris?"])
def test_a_question_in_shorthand_is_no_refusal(text: str) -> None:
    # "q", which no training chat holds, hashed onto a column weighing towards refusals
    p = verdict(chat(text))
    assert p.status not in ("Not Interested", "Spam"), (p.status, p.score)


def test_no_training_chat_holds_a_spanish_imperative_with_joined_pronouns() -> None:
    # the premise: the heads know "reservar", never "resérvamelo"
    from model.shorthand import _ES_ENCLITIC

    for example in load_corpus():
        if example.language == "es":
            text = " ".join(m["text"] for m in example.conversation["messages"])
            assert not _ES_ENCLITIC.search(text), text[:80]


def test_a_booking_said_as_an_imperative_reads_as_its_infinitive() -> None:
    def turns(word: str) -> list[tuple[str, str]]:
        return [
            ("customer", "hola, hay lugar el sábado para la alineación? es un fiat cronos"),
            ("agent", "Sí, a las 10:00. ¿Te lo dejo agendado?"),
            ("customer", f"dale, {word}, gracias!"),
        ]

    a, b = verdict(chat(*turns("agendámelo"))), verdict(chat(*turns("agendar")))
    # the same words; only the message's length, a feature of its own, differs
    assert a.status == b.status and abs(a.score - b.score) <= 2, (a, b)

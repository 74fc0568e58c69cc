"""Asking for a quote in so many words is a Quote Request, in the chat's own language."""

from __future__ import annotations

import pytest

from model.quote_words import asks_for_quote
from tests.model.chats import chat, verdict


@pytest.mark.parametrize(
    ("text", "language", "asks"),
    [
        ("could you send us a quote for 12 office chairs?", "en", True),
        ("quería pedir presupuesto para una cena de empresa de 40 personas", "es", True),
        ("me passa um orçamento pra pintura da fachada?", "pt", True),
        ("pourriez-vous me faire un devis pour 30 t-shirts brodés ?", "fr", True),
        ("wir hätten gerne ein Angebot für 8 Laptops", "de", True),
        ("vorrei un preventivo per il trasloco di un bilocale", "it", True),
        ("graag een offerte voor het schilderen van 6 kozijnen", "nl", True),
        ("prosimy o wycenę 200 kubków z nadrukiem", "pl", True),
        # a budget stated, not a quote asked for
        ("Presupuesto: 500 €. Queremos empezar en marzo", "es", False),
        ("o nosso orçamento é de 3000 euros", "pt", False),
        # Italian "offerte" are offers; a quote thanked for is no request
        ("grazie, confronto un paio di offerte e vi dico", "it", False),
        ("thanks for the quote, we'd like to go ahead", "en", False),
        ("merci pour le devis, on signe", "fr", False),
    ],
)
def test_a_quote_asked_for_in_words(text: str, language: str, asks: bool) -> None:
    assert asks_for_quote(text, language) is asks


@pytest.mark.parametrize(
    "turns",
    [
        [
            (
                "customer",
                "Dzień dobry, prosimy o wycenę 300 segregatorów z logo, dostawa do Łodzi.",
            ),
            ("agent", "Dzień dobry, wycenę wyślę dziś po południu."),
            ("customer", "Dziękuję, czekam. Anna Nowak, a.nowak@example.pl"),
        ],
        [
            ("customer", "hola! quería pedir presupuesto para un bautizo, unas 50 personas"),
            ("agent", "¡Hola! ¿Me dejas tu nombre y un correo?"),
            ("customer", "laura gil, lauragil@example.es"),
        ],
    ],
)
def test_a_quote_request_in_words_is_filed_so(turns: list[tuple[str, str]]) -> None:
    assert verdict(chat(*turns)).status == "Quote Request"

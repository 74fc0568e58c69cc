"""Behaviour of the request summary, quantity, budget, deadline, and of language detection."""

from __future__ import annotations

from typing import Any

import pytest

from model.extract import extract
from model.language import detect_language


def conversation(*turns: tuple[str, str]) -> dict[str, Any]:
    """Return an import-format widget conversation from (role, text) pairs."""
    at = "2026-11-20T09:00:00Z"
    return {
        "id": "t-1",
        "source": "widget",
        "agent": "Sales Assistant",
        "started_at": at,
        "messages": [{"role": r, "text": t, "at": at} for r, t in turns],
    }


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "I'm not interested in the basic plan, I want the enterprise plan",
            "enterprise plan",
            "basic",
        ),
        ("We don't need the starter kit but we need 20 pro kits", "20 pro kits", "starter"),
        ("No me interesa el plan básico, quiero el plan empresa", "plan empresa", "básico"),
        ("Non mi interessa il piano base, vorrei il piano premium", "piano premium", "base"),
        (
            "Le forfait basique ne m'intéresse pas, je voudrais le forfait pro",
            "forfait pro",
            "basique",
        ),
        ("Ich brauche kein Basispaket, ich möchte das Premiumpaket", "Premiumpaket", "Basispaket"),
        ("Não quero o plano básico, quero o plano empresarial", "plano empresarial", "básico"),
    ],
)
def test_summary_skips_what_is_negated(text: str, wanted: str, unwanted: str) -> None:
    summary = extract(conversation(("customer", text))).request.summary
    assert wanted in summary
    assert unwanted not in summary


@pytest.mark.parametrize(
    ("text", "quantity", "budget", "currency", "deadline"),
    [
        (
            "Hi, I need a quote for 25 licenses by Friday, budget $5,000",
            25,
            5000.0,
            "USD",
            "by Friday",
        ),
        ("We need 3 laptops within 2 weeks", 3, None, None, "within 2 weeks"),
        (
            "Quiero 50 licencias para el viernes, presupuesto 3.000 €",
            50,
            3000.0,
            "EUR",
            "para el viernes",
        ),
        (
            "Vorrei un preventivo per 200 pezzi entro fine mese, budget 3000 euro",
            200,
            3000.0,
            "EUR",
            "entro fine mese",
        ),
        (
            "Je voudrais un devis pour 12 postes avant le 15 mars. Budget : 10k€",
            12,
            10000.0,
            "EUR",
            "avant le 15 mars",
        ),
        (
            "Wir brauchen 30 Lizenzen bis Ende des Monats, Budget ca. 4.500 EUR",
            30,
            4500.0,
            "EUR",
            "bis Ende des Monats",
        ),
        (
            "Preciso de um orçamento para 100 unidades até sexta-feira, R$ 2.500",
            100,
            2500.0,
            "BRL",
            "até sexta-feira",
        ),
        ("Can we get 40 chairs ASAP? Around £1,200.50", 40, 1200.5, "GBP", "asap"),
        ("Just a question about your opening hours", None, None, None, None),
        # a time of day or a span in Dutch and Polish is no count
        ("De monteur zou om 9 uur komen, maar er is niemand", None, None, None, None),
        ("Czy technik może przyjechać o 8 rano?", None, None, None, None),
        ("We hebben 14 kozijnen die geschilderd moeten worden", 14, None, None, None),
    ],
)
def test_request_figures(
    text: str,
    quantity: int | None,
    budget: float | None,
    currency: str | None,
    deadline: str | None,
) -> None:
    request = extract(conversation(("customer", text))).request
    assert (request.quantity, request.budget, request.currency, request.deadline) == (
        quantity,
        budget,
        currency,
        deadline,
    )


def test_summary_is_one_line_from_the_customer_with_evidence() -> None:
    result = extract(
        conversation(
            ("agent", "Hi! We sell the best plans, want a demo?"),
            ("customer", "Hello!\nWe'd like a quote for\n15 seats of the Team plan"),
        )
    )
    request = result.request
    assert "\n" not in request.summary
    assert "quote" in request.summary
    assert request.evidence is not None and request.evidence.message == 1


def test_agent_figures_are_not_the_customers_request() -> None:
    result = extract(
        conversation(
            ("agent", "Our Pro plan is $49 per user for 10 users, order by Friday!"),
            ("customer", "ok thanks"),
        )
    )
    assert result.request.budget is None
    assert result.request.quantity is None
    assert result.request.deadline is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hi, I need a quote for 20 licenses, thanks", "en"),
        ("Hola, me llamo María y quiero un presupuesto", "es"),
        ("Ciao, mi chiamo Marco e vorrei un preventivo", "it"),
        ("Olá, meu nome é João e preciso de um orçamento", "pt"),
        ("Bonjour, je m'appelle Pierre et je voudrais un devis", "fr"),
        ("Hallo, ich bin Thomas und ich brauche ein Angebot", "de"),
        ("Buongiorno, sono interessato al vostro prodotto", "it"),
        ("Oi, tudo bem? Quero saber o preço", "pt"),
        ("¿Tienen envío a Valencia? Necesito precio", "es"),
        ("Können Sie mir bitte ein Angebot schicken?", "de"),
        ("Pourriez-vous m'envoyer les prix, s'il vous plaît ?", "fr"),
        ("12345 !!!", "en"),
        ("hey do u guys do bulk discounts? mike.t@gmail.com", "en"),
    ],
)
def test_language_is_an_iso_code(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert extract(conversation(("customer", text))).language == language


def test_language_reads_the_customer_not_the_agent() -> None:
    result = extract(
        conversation(
            ("agent", "Hello! How can I help you today? We are happy to help with anything"),
            ("customer", "Hola, quiero información sobre los precios, por favor"),
        )
    )
    assert result.language == "es"


@pytest.mark.parametrize(
    ("texts", "summary"),
    [
        (
            ["Hi, my name is John Smith", "my email is john@x.com", "How much is the Pro plan?"],
            "How much is the Pro plan",
        ),
        (["Hola, soy Ana", "612 345 678"], ""),
        (["Do you ship to Canada?"], "Do you ship to Canada"),
    ],
)
def test_summary_is_never_just_contact_details(texts: list[str], summary: str) -> None:
    result = extract(conversation(*(("customer", t) for t in texts)))
    assert result.request.summary == summary


@pytest.mark.parametrize(
    ("text", "summary", "quantity"),
    [
        # no wish word the rules know: the first plain clause, but not the introduction
        (
            "Goedemiddag, ik ben Marieke de Vries van Bakkerij Zon. Kunnen jullie een offerte "
            "sturen voor 3 koelvitrines? Bel me op 06 12345678",
            "Kunnen jullie een offerte sturen voor 3 koelvitrines",
            3,
        ),
        (
            "Dzień dobry, nazywam się Tomasz Kowalski. Proszę o wycenę 20 krzeseł biurowych.",
            "Proszę o wycenę 20 krzeseł biurowych",
            20,
        ),
        (
            "Dzień dobry, jestem Anna Nowak z firmy Meblex. Czy dostarczacie 12 biurek do Krakowa?",
            "Czy dostarczacie 12 biurek do Krakowa",
            12,
        ),
        ("Hi, I'm Dev Patel. Could you send 3 samples of the blue tiles?", "Could you send 3 samples of the blue tiles", 3),
        ("Il mio nome è Sara Rossi", "", None),
        ("Goedendag, met Sanne Jansen. Kunnen jullie 8 bureaustoelen leveren?", "Kunnen jullie 8 bureaustoelen leveren", 8),
        ("This is Ana Costa. Could you send 4 samples to Porto?", "Could you send 4 samples to Porto", 4),
        # a weak cue before a lower-case word, or in text all in capitals, says something
        ("ik ben bang dat 2 dozen kapot zijn", "Ik ben bang dat 2 dozen kapot zijn", 2),
        ("IK BEN ECHT 2 DOZEN KWIJT", "IK BEN ECHT 2 DOZEN KWIJT", 2),
        # "call me" asks for a call: it is no introduction
        ("Call me Monday about the 40 chairs", "Call me Monday about the 40 chairs", 40),
    ],
)  # fmt: skip
def test_an_introduction_is_not_what_was_asked(
    text: str, summary: str, quantity: int | None
) -> None:
    request = extract(conversation(("customer", text))).request
    assert (request.summary, request.quantity) == (summary, quantity)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Goedemiddag, wij willen graag een offerte voor 20 stoelen", "nl"),
        ("Dzień dobry, proszę o wycenę 20 krzeseł dla biura", "pl"),
        ("Hej, vi vill gärna ha en offert på tjugo stolar", "sv"),
    ],
)
def test_languages_beyond_the_trained_six_are_named(text: str, language: str) -> None:
    from model.language import is_trained_language

    assert detect_language(text) == language
    assert not is_trained_language(language)
    assert extract(conversation(("customer", text))).language == language


@pytest.mark.parametrize(
    ("customer", "agent", "language"),
    [
        ("ceny rolet 4 szt?", "Dzień dobry! Rolety kosztują 180 zł za sztukę z montażem.", "pl"),
        ("wat kost dat?", "Goedemiddag! Twee kuub zand kost 95 euro inclusief bezorging.", "nl"),
    ],
)
def test_a_short_unsure_message_takes_the_language_of_the_answer(
    customer: str, agent: str, language: str
) -> None:
    assert detect_language(customer) != language  # too short to tell on its own
    assert extract(conversation(("customer", customer), ("agent", agent))).language == language


def test_an_unsure_message_from_a_country_keeps_its_language_over_the_answers() -> None:
    # the WhatsApp sender's country decides before a business answering in English does
    chat = conversation(
        ("customer", "Podem enviar um orçamento para 45 office chairs?"),
        ("agent", "Sure! Could you share your email?"),
    )
    chat["source"], chat["contact"] = "whatsapp", {"phone": "+351912345678"}
    assert extract(chat).language == "pt"


def test_a_clear_message_keeps_its_language_whatever_the_answer() -> None:
    chat = conversation(
        ("customer", "Hola, quiero información sobre los precios de los paneles, por favor"),
        ("agent", "Hello! Our panels start at 240 euros each, installation included."),
    )
    assert extract(chat).language == "es"


def test_short_or_unsure_text_takes_the_default() -> None:
    assert detect_language("ok 123", default="de") == "de"
    assert detect_language("test test asdf", default="es") == "es"

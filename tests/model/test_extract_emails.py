"""Behaviour of email extraction: forms in six languages, invalid ones, primary first."""

from __future__ import annotations

from typing import Any

import pytest

from model.emails import find_emails
from model.extract import extract


def conversation(*turns: tuple[str, str], source: str = "widget") -> dict[str, Any]:
    """Return an import-format conversation from (role, text) pairs."""
    at = "2026-11-20T09:00:00Z"
    return {
        "id": "t-1",
        "source": source,
        "agent": "Sales Assistant",
        "started_at": at,
        "messages": [{"role": r, "text": t, "at": at} for r, t in turns],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my email is john.smith@acme.com", ["john.smith@acme.com"]),
        ("Email: <Ana.Ruiz@Example.ORG>.", ["ana.ruiz@example.org"]),
        ("write to mailto:pierre@societe.fr please", ["pierre@societe.fr"]),
        ("(lena.weber@firma.de)", ["lena.weber@firma.de"]),
        ("two: a.one@x.com, b.two@y.net; done", ["a.one@x.com", "b.two@y.net"]),
        ("o'connor@pub.ie is mine", ["o'connor@pub.ie"]),
        ("tag john+leads@acme.co.uk!", ["john+leads@acme.co.uk"]),
        ("e-mail—john@x.com", ["john@x.com"]),
        ("«marie@exemple.fr»", ["marie@exemple.fr"]),
        ("“ana@empresa.es”", ["ana@empresa.es"]),
        ("¿es pepe@empresa.es?", ["pepe@empresa.es"]),
        ("Email: max.mustermann@t-online.de.", ["max.mustermann@t-online.de"]),
        ("john@company.com/jane@company.com", ["john@company.com", "jane@company.com"]),
        # obfuscated, English
        ("john at acme dot com", ["john@acme.com"]),
        ("john (at) acme (dot) com", ["john@acme.com"]),
        ("john [at] acme [dot] co [dot] uk", ["john@acme.co.uk"]),
        ("reach me at john dot smith at gmail dot com", ["john.smith@gmail.com"]),
        ("john @ acme . com", ["john@acme.com"]),
        ("john.doe@gmail dot com", ["john.doe@gmail.com"]),
        ("email is john@ gmail.com", ["john@gmail.com"]),
        ("JOHN AT GMAIL DOT COM", ["john@gmail.com"]),
        ("marco[chiocciola]libero[punto]it", ["marco@libero.it"]),
        ("hans ät firma punkt de", ["hans@firma.de"]),
        # Spanish
        ("mi correo es maria arroba empresa punto es", ["maria@empresa.es"]),
        ("juan.perez arroba gmail punto com", ["juan.perez@gmail.com"]),
        # Italian
        ("la mia email è marco chiocciola ditta punto it", ["marco@ditta.it"]),
        ("giulia.bianchi chiocciola libero punto it", ["giulia.bianchi@libero.it"]),
        # French
        ("mon mail: claire arobase orange point fr", ["claire@orange.fr"]),
        # German
        ("meine Mail: thomas punkt mueller at firma punkt de", ["thomas.mueller@firma.de"]),
        # Portuguese
        ("meu email é joao arroba empresa ponto com ponto br", ["joao@empresa.com.br"]),
        ("ana ponto costa arroba sapo ponto pt", ["ana.costa@sapo.pt"]),
        # Polish and Dutch words for "@" and "."
        ("mój mail: ewa kropka lis małpa onet kropka pl", ["ewa.lis@onet.pl"]),
        ("jan punt deboer apenstaartje ziggo punt nl", ["jan.deboer@ziggo.nl"]),
        # the generic domains small businesses register
        ("it's lena dot ortiz at harbourlight dot events", ["lena.ortiz@harbourlight.events"]),
        ("mail tom at greenleaf dot studio", ["tom@greenleaf.studio"]),
    ],
)
def test_finds_emails_in_every_written_form(text: str, expected: list[str]) -> None:
    assert [value for value, _, _ in find_emails(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "a@@b..com",
        "a @ @b.com",
        "broken: john@acme..com",
        "john@@acme.com",
        "user@localhost",
        "x@acme.test",
        "@acme.com",
        "john@",
        "john.@acme.com",
        ".john@acme.com",
        "j..ohn@acme.com",
        "john@-acme.com",
        "I am at home. Call me",
        "Meet at 5. com",
        "write me at gmail dot com",
        "the meeting is at noon dot",
        "we arrive at the hotel point blank",
        "I work at acme dot com",
        "we are at acme dot solutions",
    ],
)
def test_rejects_invalid_addresses_without_repairing_them(text: str) -> None:
    assert find_emails(text) == []


def test_span_points_at_the_address_as_written() -> None:
    text = "Hi! Mail: <John@Acme.com> thanks"
    ((value, start, end),) = find_emails(text)
    assert value == "john@acme.com"
    assert text[start:end] == "John@Acme.com"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [("customer", "mail me at first@acme.com or second@acme.com")],
            ["first@acme.com", "second@acme.com"],
        ),
        (
            [
                ("customer", "my email is old@acme.com"),
                ("customer", "actually please use new.me@acme.com instead"),
            ],
            ["new.me@acme.com", "old@acme.com"],
        ),
        (
            [("customer", "Mejor usa lucia@correo.es en lugar de lucia.old@correo.es")],
            ["lucia@correo.es", "lucia.old@correo.es"],
        ),
    ],
)
def test_primary_email_is_first_given_or_preferred(
    turns: list[tuple[str, str]], expected: list[str]
) -> None:
    assert extract(conversation(*turns)).emails == expected


def test_evidence_for_each_email() -> None:
    result = extract(conversation(("customer", "hello"), ("customer", "It's ana@acme.com, thanks")))
    assert result.evidence["ana@acme.com"].message == 1
    ev = result.evidence["ana@acme.com"]
    assert "It's ana@acme.com, thanks"[ev.start : ev.end] == "ana@acme.com"


@pytest.mark.parametrize(
    "text",
    [
        "sorry typo, it's john.smith@acme.com not jon.smith@acme.com",
        "perdón, me equivoqué: john.smith@acme.com, no jon.smith@acme.com",
        "scusate, l'email giusta è john.smith@acme.com e non jon.smith@acme.com",
    ],
)
def test_a_correction_keeps_only_the_corrected_address(text: str) -> None:
    result = extract(conversation(("customer", "mail: jon.smith@acme.com"), ("customer", text)))
    assert result.emails == ["john.smith@acme.com"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["Send it to me at ana@northwind.example and cc my colleague bob@northwind.example"],
            ["ana@northwind.example"],
        ),
        (
            ["Mi correo es lucia@taller.example, y el de mi compañera es marta@taller.example"],
            ["lucia@taller.example"],
        ),
        (
            [
                "Jan de Boer, jan@bouw.example",
                "Mijn collega Els ook graag in de cc: els@bouw.example",
            ],
            ["jan@bouw.example"],
        ),
        # "cc me" is the customer; a colleague's address alone is the way to reach the lead
        (
            ["Send the quote to buying@acme.example and cc me at ana@acme.example"],
            ["buying@acme.example", "ana@acme.example"],
        ),
        (["Please contact my colleague Bob at bob@acme.example"], ["bob@acme.example"]),
    ],
)
def test_a_colleagues_address_beside_the_customers_own_is_dropped(
    texts: list[str], expected: list[str]
) -> None:
    conv = {"source": "widget", "messages": [{"role": "customer", "text": t} for t in texts]}
    assert extract(conv).emails == expected

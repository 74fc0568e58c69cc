"""A customer's corrected email replaces the wrong one; a name only an address spells is a fallback."""

from __future__ import annotations

from typing import Any

import pytest

from jobs.identity import is_role_address
from model.emails import is_role_local, name_from_email
from model.extract import FROM_EMAIL, extract
from model.name_reader import PROFILE


def conversation(*turns: tuple[str, str], contact: dict[str, str] | None = None) -> dict[str, Any]:
    """Return an import-format conversation from (role, text) pairs."""
    conv: dict[str, Any] = {
        "id": "t-1",
        "source": "widget",
        "agent": "Sales Assistant",
        "messages": [{"role": r, "text": t} for r, t in turns],
    }
    if contact is not None:
        conv["contact"] = contact
    return conv


WRONG, RIGHT = "ana.ruiz@gmial.com", "ana.ruiz@gmail.com"

# (first message, correcting message) in the six trained languages.
CORRECTIONS = {
    "en sorry": (f"My email is {WRONG}", f"sorry, it's {RIGHT}"),
    "en correction": (f"email: {WRONG}", f"Correction: {RIGHT}"),
    "en mistyped": (f"you can write to {WRONG}", f"I mistyped, it's {RIGHT}"),
    "es": (f"Mi correo es {WRONG}", f"Perdón, me equivoqué: es {RIGHT}"),
    "fr": (f"Mon adresse est {WRONG}", f"Désolée, c'est {RIGHT}"),
    "de": (f"Meine E-Mail ist {WRONG}", f"Entschuldigung, ich habe mich vertippt: {RIGHT}"),
    "it": (f"La mia email è {WRONG}", f"Scusa, ho sbagliato, è {RIGHT}"),
    "pt": (f"Meu e-mail é {WRONG}", f"Desculpe, digitei errado, é {RIGHT}"),
}


@pytest.mark.parametrize("case", CORRECTIONS, ids=list(CORRECTIONS))
def test_a_corrected_email_replaces_the_wrong_one(case: str) -> None:
    first, second = CORRECTIONS[case]
    result = extract(conversation(("customer", first), ("agent", "Thanks!"), ("customer", second)))
    assert result.emails == [RIGHT]
    assert WRONG not in result.evidence


def test_a_correction_in_the_same_message() -> None:
    text = f"Write to {WRONG}, sorry, correction: {RIGHT}"
    assert extract(conversation(("customer", text))).emails == [RIGHT]


def test_two_addresses_without_a_correction_are_both_kept() -> None:
    text = "Email me at ana.ruiz@acme.es or at my personal one ana.ruiz@gmail.com"
    assert extract(conversation(("customer", text))).emails == [
        "ana.ruiz@acme.es",
        "ana.ruiz@gmail.com",
    ]


def test_an_apology_with_one_address_keeps_it() -> None:
    text = f"Sorry for the late reply, my email is {RIGHT}"
    assert extract(conversation(("customer", text))).emails == [RIGHT]


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("ana.ruiz@acme.es", "Ana Ruiz"),
        ("pierre_martin@orange.fr", "Pierre Martin"),
        ("giulia-bianchi@libero.it", "Giulia Bianchi"),
        ("mario.rossi77@libero.it", "Mario Rossi"),
        ("info@acme.es", None),  # a team inbox
        ("sales.team@acme.es", None),
        ("customer.service@acme.es", None),
        ("office.chairs@acme.com", None),  # not a given name
        ("ana.info@acme.es", None),  # a business word
        ("anaruiz@acme.es", None),  # cannot be split
        ("ana@acme.es", None),  # both parts are needed
    ],
)
def test_name_from_email(address: str, name: str | None) -> None:
    assert name_from_email(address) == name


def test_role_list_is_shared_with_identity() -> None:
    for address in ("info@acme.es", "Sales@acme.es", "hola@acme.es", "ana.ruiz@acme.es"):
        assert is_role_local(address.split("@")[0]) == is_role_address(address)


def test_name_only_in_the_address_is_a_weaker_fallback() -> None:
    result = extract(conversation(("customer", "Do you ship to Porto? ana.ruiz@acme.es")))
    assert (result.name, result.name_confidence) == ("Ana Ruiz", FROM_EMAIL)
    assert FROM_EMAIL < PROFILE
    assert result.evidence["name"] == result.evidence["ana.ruiz@acme.es"]


def test_a_stated_or_profile_name_wins_over_the_address() -> None:
    stated = extract(conversation(("customer", "Hi, I'm Laura. Write to ana.ruiz@acme.es")))
    assert stated.name == "Laura" and stated.name_confidence > FROM_EMAIL
    profile = extract(
        conversation(("customer", "Write to ana.ruiz@acme.es"), contact={"name": "Laura Gómez"})
    )
    assert (profile.name, profile.name_confidence) == ("Laura Gómez", PROFILE)


def test_a_team_inbox_gives_no_name() -> None:
    result = extract(conversation(("customer", "Please send the quote to info@acme.es")))
    assert result.name is None and result.name_confidence == 0.0


def test_naming_the_wrong_one_after_the_right_one_keeps_the_right_one() -> None:
    text = f"sorry, it's {RIGHT} not {WRONG}"
    assert extract(conversation(("customer", text))).emails == [RIGHT]

"""Check the identity keys: normalised emails and phones, public domains, name similarity."""

from __future__ import annotations

import pytest

from jobs.identity import (
    company_domain,
    is_public_domain,
    normalise_email,
    normalise_phone,
)
from jobs.identity import (
    similar_names as same_name,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John.Smith@Example.org", "john.smith@example.org"),  # case
        ("john.smith@gmail.com", "johnsmith@gmail.com"),  # Gmail ignores dots
        ("J.O.H.N.smith@googlemail.com", "johnsmith@gmail.com"),  # googlemail is gmail
        ("johnsmith+leads@gmail.com", "johnsmith@gmail.com"),  # +tag
        ("ana+quotes@acme.io", "ana@acme.io"),  # +tag on any domain
        ("  Ana@ACME.io ", "ana@acme.io"),  # surrounding space
    ],
)
def test_same_mailbox_same_key(a: str, b: str) -> None:
    assert normalise_email(a) == normalise_email(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("john.smith@acme.com", "johnsmith@acme.com"),  # dots matter outside Gmail
        ("john@gmail.com", "john@hotmail.com"),
        ("ana@acme.io", "ana@acme.com"),
    ],
)
def test_different_mailboxes_different_keys(a: str, b: str) -> None:
    assert normalise_email(a) != normalise_email(b)


@pytest.mark.parametrize("value", ["", "no-at-sign", "@acme.com", "ana@"])
def test_not_an_email(value: str) -> None:
    assert normalise_email(value) is None


@pytest.mark.parametrize(
    ("value", "key"),
    [("+34612345678", "+34612345678"), ("+34 612 345 678", "+34612345678"), ("612345678", None)],
)
def test_phone_keys(value: str, key: str | None) -> None:
    assert normalise_phone(value) == key


@pytest.mark.parametrize(
    ("domain", "public"),
    [
        ("gmail.com", True),
        ("hotmail.es", True),
        ("yahoo.co.uk", True),
        ("outlook.de", True),
        ("libero.it", True),
        ("acme.com", False),
        ("müller-bau.de", False),
    ],
)
def test_public_domains(domain: str, public: bool) -> None:
    assert is_public_domain(domain) is public
    assert (company_domain(f"x@{domain}") is None) is public


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("María José de la Fuente", "Maria Jose de la Fuente", True),  # accents
        ("John Smith", "Smith John", True),  # order
        ("Jon Smith", "John Smith", True),  # typo
        ("THOMAS MÜLLER", "Thomas Muller", True),
        ("John Smith", "Jane Smith", False),
        ("John", "John Smith", False),  # a first name alone is not enough
        ("John", "John", False),
        (None, "John Smith", False),
    ],
)
def test_same_name(a: str | None, b: str | None, same: bool) -> None:
    assert same_name(a, b) is same

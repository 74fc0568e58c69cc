"""The everyday-address fast path accepts nothing email-validator would not, and agrees on it."""

from __future__ import annotations

import random

import pytest
from email_validator import EmailNotValidError, validate_email

from model.emails import _everyday, normalize_email

# Pieces chosen for the validator's edges: dots and hyphens in odd places, "xn--" and
# "ab--" labels, digits-only TLDs, special-use domains, upper case, non-ASCII letters,
# and lengths at and just past each limit.
LOCALS = ["ana", "Ana.Ruiz", "a", "a.b", "a..b", ".a", "a.", "a_b", "a+tag", "a-b", "a--b",
          "x" * 64, "x" * 65, "jos\u00e9", "ANA", "a%b", "1", "0.0", "a_", "_a", "a.-b"]  # fmt: skip
DOMAINS = ["acme.es", "ACME.com", "a.co", "mail.acme.co.uk", "xn--bcher-kva.de",
           "ab--cd.com", "a-b.io", "-ab.com", "ab-.com", "acme.c", "acme.123", "acme",
           "acme.test", "acme.local", "localhost", "x.onion", "acme.invalid", "in-addr.arpa",
           "y" * 63 + ".com", "y" * 64 + ".com", "b\u00fccher.de", "acme..com", "acme.com.",
           "a1.b2.c3.museum", "acme." + "z" * 63, "acme." + "z" * 64]  # fmt: skip


def _validator(address: str) -> str | None:
    try:
        return validate_email(address, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        return None


def _fuzz(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abcxyz019.-_+AZ"
    out = [f"{local}@{domain}" for local in LOCALS for domain in DOMAINS]
    for _ in range(n):
        local = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        labels = [
            "".join(rng.choice("abz09-") for _ in range(rng.randint(1, 8)))
            for _ in range(rng.randint(1, 4))
        ]
        labels.append(rng.choice(["com", "es", "io", "c0m", "test", "arpa", "x", "co"]))
        out.append(f"{local}@{'.'.join(labels)}")
    # one at the total length limit and one past it
    for total in (254, 255):
        domain = ".".join(["d" * 60] * 3) + ".com"
        out.append("l" * (total - len(domain) - 1) + "@" + domain)
    return out


def test_everything_the_fast_path_accepts_the_validator_accepts_the_same() -> None:
    accepted = 0
    for address in _fuzz(20_000):
        fast = _everyday(address)
        if fast is not None:
            accepted += 1
            assert fast == _validator(address), address
    assert accepted > 2_000, "the fast path accepted almost nothing: the check says little"


@pytest.mark.parametrize(
    "address",
    ["ana.ruiz@acme.es", "Dev.Patel+leads@Mail.Example.co.uk", "m-rossi_77@studio-rossi.it"],
)
def test_everyday_addresses_skip_the_validator(address: str) -> None:
    assert _everyday(address) == address.lower() == _validator(address)


@pytest.mark.parametrize(
    "address",
    ["jos\u00e9@acme.es", "ana@b\u00fccher.de", "ana@xn--bcher-kva.de", "a..b@acme.es",
     "ana@acme.test", "ana@ab--cd.com", "x" * 65 + "@acme.es", "ana@acme"],
)  # fmt: skip
def test_other_addresses_are_left_to_the_validator(address: str) -> None:
    assert _everyday(address) is None
    normalize_email.cache_clear()
    assert normalize_email(address) == _validator(address)

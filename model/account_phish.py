"""Tell an account-takeover notice: the reader's account will be blocked unless verified.

"Your WhatsApp Business account will be blocked within 24 hours … verify it at https://…",
"su cuenta será suspendida, verifíquela aquí": phishing sent to every business inbox,
which the heads, reading "account", "business" and a code, can file as a lead. Read by
`model.rules`: a short message that says *your* account or profile will be blocked,
suspended or deleted, asks to verify or confirm it, and carries a link is Spam. A
customer whose own account is locked writes "my account" and sends no link. Written
from general knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re

from model.concepts import has_link

_YOUR_ACCOUNT = re.compile(
    r"\b(?:your|uw|je|su|tu|seu|sua|tua|votre|ton|ihr|ihre|dein|deine|il suo|il tuo|la sua|"
    r"wasz\w*|twoj\w*|pana|pani)\s+(?:[\w-]+\s+){0,2}?(?:account|cuenta|conta|compte|konto|"
    r"profile|perfil|profil|profilo|profiel|page|página|pagina|seite|strona)\b"
)
_BLOCKED = re.compile(
    r"\b(?:block\w*|suspen\w*|deactivat\w*|disabled|deleted|closed|locked|geblokkeerd|"
    r"opgeschort|verwijderd|gedeactiveerd|bloque\w*|suspendid\w*|eliminad\w*|desactivad\w*|"
    r"bloquead\w*|suspens\w*|desativad\w*|excluíd\w*|supprim\w*|désactiv\w*|gesperrt|"
    r"gelöscht|deaktiviert|bloccat\w*|sospes\w*|disattivat\w*|eliminat\w*|zablokowan\w*|"
    r"zawieszon\w*|usunięt\w*|dezaktywowan\w*)"
)
_VERIFY = re.compile(
    r"\b(?:verif\w*|confirm\w*|bevestig\w*|valid\w*|bestätig\w*|conferm\w*|potwierd\w*|"
    r"zweryfikuj\w*|weryfikac\w*)"
)
_ACCOUNT_WORDS = (
    "account",
    "cuenta",
    "conta",
    "compte",
    "konto",
    "perfil",
    "profil",
    "page",
    "pagina",
    "página",
    "seite",
    "strona",
)
MAX_CHARS = 800  # a notice is one or two short messages


def threatens_account(text: str, low: str) -> bool:
    """Return True for a short notice that the reader's account will be blocked unless
    verified through a link. `low` is `text` lower-cased."""
    return (
        len(text) <= MAX_CHARS
        and ("http" in low or "www." in low)  # most chats link nowhere: no search
        and any(word in low for word in _ACCOUNT_WORDS)
        and _YOUR_ACCOUNT.search(low) is not None
        and _BLOCKED.search(low) is not None
        and _VERIFY.search(low) is not None
        and has_link(low)
    )

"""Tell a fake delivery notice: a parcel held, a small fee or the address to confirm, a link.

The commonest scam sent to phones and business inboxes alike ("DPD: your parcel is on
hold, pay 1.99 to release it: https://…"). A business's chat gets it too, and the heads,
which read "parcel", "pay" and a tracking number as an order, can file it a lead. Read by
`model.rules`: a message that names a parcel, says it is held or undeliverable, and
carries a link is Spam. A customer asking about their own held parcel writes no link.
Written from general knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re

from model.concepts import has_link
from model.text import openings

_PARCEL = (
    r"parcel|package|shipment|delivery|paquete|env[ií]o|encomenda|pacote|colis|livraison|"
    r"paket|sendung|lieferung|pacco|spedizione|consegna|pakket|zending|bezorging|"
    r"przesy[lł]k\w*|paczk\w*"
)
_HELD = (
    r"on hold|held|suspended|could not be delivered|undeliverable|failed delivery|"
    r"delivery attempt|awaiting (?:payment|confirmation)|incomplete address|"
    r"retenid[oa]|retid[oa]|pendiente de pago|no (?:pudo|se pudo) (?:ser )?entregar|"
    r"não (?:pôde|foi possível) (?:ser )?entreg\w+|en attente|bloqu[ée]e?|"
    r"n'a pas pu (?:être )?livr\w+|adresse incompl[eè]te|zur[üu]ckgehalten|angehalten|"
    r"nicht zugestellt|konnte nicht zugestellt|in attesa|bloccat[oa]|trattenut[oa]|"
    r"non (?:è stat[oa] )?consegnat[oa]|vastgehouden|in de wacht|niet (?:worden )?bezorgd|"
    r"wstrzyman\w*|zatrzyman\w*|oczekuje na (?:op[lł]at\w*|dop[lł]at\w*)|"
    r"niepe[lł]n\w* adres\w*"
)
_NOTICE = re.compile(rf"\b{openings(_PARCEL)}(?:{_PARCEL})\b[^\n]{{0,120}}?\b(?:{_HELD})\b")
MAX_CHARS = 600  # a notice is one short message


def fake_delivery(text: str, low: str) -> bool:
    """Return True for a short delivery notice of a held parcel carrying a link.

    `low` is `text` lower-cased.
    """
    # the notice's words first: most texts name no parcel, and has_link walks every dot
    return len(text) <= MAX_CHARS and _NOTICE.search(low) is not None and has_link(low)

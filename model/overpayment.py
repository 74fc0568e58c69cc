"""Tell the overpayment scam: a cheque for more than the price, the rest to be sent on.

"We will send a cheque for 18,000 EUR, please keep your fee and transfer the rest to our
agent": the cheque bounces after the business has wired "the rest". It comes dressed as
an order (a freight job, a catering order, a rental), so the heads read a buyer. What
is read, in the eight languages: a cheque, and the rest, the balance or the difference
to be sent on. A buyer who pays by cheque sends no money back.
Written from general knowledge of the scam; no evaluation record used.
"""

from __future__ import annotations

import re

OVERPAYMENT_REASON = "pays by cheque and asks for the rest to be sent on: an overpayment scam"

_CHEQUE = re.compile(
    r"\b(?:cheques?|checks?|chèques?|schecks?|assegn[oi]|czek\w*|cheque bancário)\b"
)
_SEND_ON = re.compile(
    r"\b(?:(?:transfer|wire|send|forward|pass on|refund|return) (?:back )?(?:the|any) "
    r"(?:rest|balance|remainder|remaining|difference|excess|surplus)|"
    r"(?:transfier\w*|envíe\w*|envie\w*|devuelva\w*|gire\w*) (?:el resto|la diferencia|el "
    r"sobrante|el excedente)|(?:transfir\w*|envi\w*|devolv\w*) (?:o resto|a diferença|o "
    r"restante|o excedente)|(?:vire\w*|transfér\w*|revers\w*|renvoy\w*) (?:le reste|la "
    r"différence|le surplus|l'excédent)|(?:überweis\w*|send\w*|zurück\w*) (?:sie )?(?:den "
    r"rest\w*|die differenz|den überschuss)|(?:trasferi\w*|bonific\w*|restitui\w*|invi\w*) "
    r"(?:il resto|la differenza|l'eccedenza)|(?:overmak\w*|maak|stort\w*) (?:het restant|"
    r"het verschil|de rest)|(?:przela\w*|przelej|zwróci\w*|odesła\w*|odeśl\w*) (?:reszt\w*|"
    r"różnic\w*|nadwyżk\w*))"
)


def overpays(low: str) -> bool:
    """Return True when lower-cased `low` pays by cheque and asks for the rest sent on."""
    return _CHEQUE.search(low) is not None and _SEND_ON.search(low) is not None

"""Tell a customer who takes the next step: sending the photos, plans or measurements.

A customer who says "I'll send you the photos this afternoon" is carrying the sale on,
whatever else the message says ("we already have a quote from another sign maker, but
their lead time is too long"): nobody sends material for a quote they are turning
down. Read by `model.last_word`, so a message that mentions another firm and sends
the photos is not re-read as a decline. The phrases are a sending verb in the first
person (or to the reader) and, within a few words, the material a quote needs, in the
eight languages; written from general knowledge, no evaluation record used.
"""

from __future__ import annotations

import re

from model.text import openings

_GAP = r"(?:[^\W\d_]+\s+){0,3}?"  # "je vous envoie ce soir les photos"
_MATERIAL = (
    r"photos?|pictures?|pics|plans?|drawings?|measurements|dimensions|files?|artwork|specs?|"
    r"floor ?plans?|fotos?|planos|medidas|archivos?|ficheiros?|arquivos?|plantas?|"
    r"mesures|fichiers?|cotes|bilder|pläne|maße|masse|grundriss\w*|dateien|datei|unterlagen|"
    r"planimetri\w*|misure|disegni|foto's|tekeningen|maten|afmetingen|plattegrond\w*|"
    r"bestand\w*|zdjęci\w*|wymiar\w*|rysun\w*|plik\w*|rzut\w*"
)
_SEND = (
    # en: "I'll send (over) the photos", "sending you the plans", "will email the drawings"
    r"(?:i'll|i will|i can|we'll|we will|will|i'm|we're|i am|we are|let me)\s+"
    r"(?:send|email|e-mail|forward|sending|emailing|forwarding)|"
    # es: "te mando las fotos", "le envío los planos"
    r"(?:te|le|les|os)\s+(?:mando|envío|envio|paso|mandaré|enviaré|mandamos|enviamos|"
    r"voy a (?:mandar|enviar|pasar))|"
    # pt: "te mando as fotos", "vou enviar as medidas"
    r"(?:vou|vamos)\s+(?:mandar|enviar|passar)|(?:te|lhe|vos)\s+(?:mando|envio|passo)|"
    r"(?:mandarei|enviarei)|"
    # fr: "je vous envoie les photos", "on vous fait parvenir les plans"
    r"(?:je|on|nous)\s+(?:vous|te|t')\s*(?:envoie|enverrai|envoyons|enverrons|"
    r"fais parvenir|ferai parvenir|transmets|transmettrai)|"
    # de: "ich schicke Ihnen die Fotos", "schick dir gleich die Maße"
    r"(?:ich|wir)\s+(?:schicke|sende|schicken|senden|maile|mailen)|"
    r"(?:schicke|schick|sende)\s+(?:ihnen|dir|euch)|"
    # it: "vi mando le foto", "le invio le misure"
    r"(?:vi|le|ti)\s+(?:mando|invio|manderò|invierò|mandiamo|inviamo|giro)|"
    # nl: "ik stuur u de foto's", "ik mail de tekeningen"
    r"(?:ik|wij|we)\s+(?:stuur|stuuren|sturen|mail|mailen)|"
    # pl: "wyślę zdjęcia", "prześlę wymiary"
    r"wyślę|prześlę|podeślę|wyślemy|prześlemy|podeślemy"
)
_SENDS = re.compile(rf"\b{openings(_SEND)}(?:{_SEND})\s+{_GAP}(?:{_MATERIAL})\b")


def sends_material(text: str) -> bool:
    """Return True when `text` says the customer sends the photos, plans, measurements or
    files a quote needs ("je vous envoie les photos par mail cet après-midi")."""
    return _SENDS.search(text.lower()) is not None

"""Tell a message that only sends people to a link: "visit www.… now", "click here: bit.ly/…".

Since generator version 7 buyers share links too (a product page, their own site, a
photo), so a link alone no longer makes the heads say spam, and they should not: "I want
this sofa https://…" is a buyer (issue 11). What stays spam is a link pushed at the
reader with nothing asked: an imperative to visit, click, download, join or watch, in a
short message that names no request, asks no question and leaves no way to reach the
writer. Written from general knowledge of such messages in the eight languages the
chats come in; no evaluation record was used.
"""

from __future__ import annotations

import re

from model.concepts import has_link
from model.text import openings

# Imperatives that send the reader somewhere, in the eight languages ("mira", "guarda",
# "veja" are left out: a buyer says "mira la foto …" of what they want; "visita" and
# "visite" are nouns too: "una visita del fontanero").
_GO = (
    r"visit|click|check out|go to|head to|download|join|sign up|register|watch|subscribe|"
    r"follow|listen to|"
    r"visiten|entra en|entren en|haz clic|hagan clic|pincha|descarga|descargue|"
    r"únete|unete|regístrate|registrate|acesse|acessem|acessa|clique|cliquem|baixe|baixa|"
    r"cadastre-se|entre no|entre em|visitez|cliquez|clique ici|rendez-vous sur|allez sur|"
    r"téléchargez|telechargez|inscrivez-vous|rejoignez|besuchen sie|besucht|besuche|"
    r"klicken sie|klickt|klick|gehen sie auf|geht auf|lade dir|laden sie|registriere dich|"
    r"visitate|clicca|cliccate|cliccare|vai su|andate su|scarica|scaricate|iscriviti|"
    r"registrati|bezoek|klik|ga naar|schrijf je in|odwiedź|odwiedz|kliknij|wejdź na|"
    r"wejdz na|pobierz|zarejestruj się|dołącz|dolacz"
)
# said to the reader, not of oneself: "I visited https://… and want it" is a buyer
_INVITES = re.compile(
    rf"(?<!\bi )(?<!\bwe )(?<!\bto )(?<!\bcan )(?<!\bcould )\b{openings(_GO)}(?:{_GO})\b"
)
_URL = re.compile(r"\S+://\S+|www\.\S+")
MAX_CHARS = 400  # a pushed link is a line or two; a longer text is a conversation


def pushed_link_rest(text: str, low: str | None = None) -> str | None:
    """Return the words of `text` beside its links and invitations when it is a short
    message that sends the reader to a link, else None.

    The caller checks that those words name no request (the invitation itself is not
    one: "visit www.…" is no site visit) and that the chat left no contact details;
    `low` is `text` lower-cased, when the caller has it.
    """
    if len(text) > MAX_CHARS:
        return None
    low = text.lower() if low is None else low
    if not has_link(low):
        return None
    words = _URL.sub(" ", low)  # "youtube.com/watch?v=…" neither asks nor invites
    if "?" in words or _INVITES.search(words) is None:
        return None
    return _INVITES.sub(" ", words)

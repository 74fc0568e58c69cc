"""Tell a chat that asks the business to do a job: "can you build us a site like …?".

The concept table (model/concepts.py) names what a buyer asks for in nouns and a few
verbs: a quote, a price, a purchase, a demo, a call, a visit, a booking. A request for
work ("could you redesign it?", "¿podéis pintar el salón?", "können Sie uns eine Website
bauen?") names none of them, so the guards of "never hide a buyer" did not read it as
one, and "Can you build us a site like https://… but for a dental practice?" was filed
Spam (issue 11). Only the guards read this (the heads' features are untouched): a
question or plea addressed to the business, then within the same sentence a verb of
making, fixing, installing, delivering or organising, in the eight languages the chats
come in. Written from general knowledge; no evaluation record was used.
"""

from __future__ import annotations

import re

from model.text import openings

_GAP = r"(?:[^\W\d_]+\s+){0,4}?"  # up to four words between ("could you please quickly …")
_ASK_VERB = (
    # en
    r"(?:can|could|would|will) (?:you|u|someone|somebody|your team)\s+" + _GAP + r"(?:"
    r"build|make|design|redesign|create|develop|install|fit|fix|repair|replace|deliver|"
    r"ship|paint|clean|set up|organise|organize|print|cater|translate|renovate|refurbish|"
    r"rebuild|redo|do)\b|"
    # es
    r"(?:pueden|podéis|podeis|podrían|podrian|puede|podría|podria|puedes|podrías|podrias)\s+"
    + _GAP
    + r"(?:hacer|construir|diseñar|rediseñar|crear|instalar|reparar|arreglar|cambiar|"
    r"enviar|mandar|entregar|pintar|limpiar|montar|organizar|imprimir|traducir|reformar)|"
    # pt
    r"(?:podem|poderiam|pode|poderia|consegue|conseguem|conseguiriam)\s+"
    + _GAP
    + r"(?:fazer|construir|criar|instalar|reparar|consertar|trocar|enviar|mandar|entregar|"
    r"pintar|limpar|montar|organizar|imprimir|traduzir|reformar)|"
    # fr
    r"(?:pouvez-vous|pourriez-vous|vous pouvez|vous pourriez|peux-tu|pourrais-tu|tu peux)\s+"
    + _GAP
    + r"(?:faire|construire|concevoir|créer|creer|refaire|installer|réparer|reparer|"
    r"remplacer|livrer|envoyer|peindre|nettoyer|monter|organiser|imprimer|traduire|rénover)|"
    # it
    r"(?:potete|potreste|può|puo|potrebbe|puoi|potresti)\s+"
    + _GAP
    + r"(?:fare|costruire|creare|progettare|installare|riparare|sostituire|consegnare|"
    r"spedire|inviare|dipingere|pulire|montare|organizzare|stampare|tradurre|rifare)|"
    # de, nl, pl: the verb may close the sentence ("können Sie uns eine Website bauen?")
    r"(?:können sie|könnten sie|könnt ihr|kannst du|kunnen jullie|kunt u|kun je|"
    r"czy możecie|czy może pan|czy może pani|czy mogą państwo|czy moglibyście)\b[^.!?\n]{0,60}?"
    r"\b(?:bauen|machen|erstellen|gestalten|installieren|reparieren|austauschen|liefern|"
    r"schicken|senden|streichen|reinigen|montieren|organisieren|drucken|übersetzen|"
    r"renovieren|maken|bouwen|ontwerpen|installeren|repareren|vervangen|leveren|sturen|"
    r"schilderen|schoonmaken|monteren|organiseren|drukken|vertalen|zrobić|zbudować|"
    r"zaprojektować|zainstalować|naprawić|wymienić|dostarczyć|wysłać|pomalować|"
    r"wyczyścić|zamontować|zorganizować|wydrukować|przetłumaczyć|wyremontować)"
)
_ASKS = re.compile(rf"\b{openings(_ASK_VERB)}(?:{_ASK_VERB})")


def asks_for_work(text: str) -> bool:
    """Return True when `text` asks the business to make, fix, install, deliver or organise
    something ("could you redesign it?")."""
    return _ASKS.search(text.lower()) is not None

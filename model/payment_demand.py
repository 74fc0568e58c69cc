"""Tell a fake invoice: a payment demanded for an unpaid bill, with a threat and a deadline.

(Or the fake registry's: a fee to stay listed in a register, or be struck off.)

Directory listings nobody ordered, "renewals" of a domain, an "annual insertion": the
sender writes that an invoice is unpaid, asks the business to pay and threatens
penalties, suspension or debt collection within hours. The heads read "facture",
"règlement" and a phone number as a purchase and file a lead, or read it as a customer's
question about a bill. Read by `model.rules`: unpaid, a demand to pay and a threat
together are Spam. A customer who questions a bill they received writes none of the
demand's own words ("please settle within 48 hours"). Written from general knowledge of
the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re

from model.concepts import has_link
from model.text import openings

_BILL = r"invoice|bill|factura|fatura|boleto|facture|rechnung|fattura|factuur|faktur\w*"
_UNPAID = (
    r"unpaid|outstanding|overdue|past due|impagad\w*|pendiente de pago|vencid\w*|em aberto|"
    r"impayée?s?|en souffrance|unbezahlt\w*|überfällig\w*|offen(?:e|en)?|insolut\w*|"
    r"non pagat\w*|scadut\w*|openstaand\w*|onbetaald\w*|achterstallig\w*|nieopłacon\w*|"
    r"niezapłacon\w*|zaległ\w*"
)
_DEMAND = (
    r"please (?:pay|settle|remit|make (?:the )?payment)|"
    r"(?:favor de|le rogamos|rogamos) (?:pagar|abonar|realizar el pago|regularizar)|"
    r"(?:por favor,? )?(?:efetue|realize|regularize) o pagamento|"
    r"(?:veuillez|merci de|nous vous remercions de) (?:procéder au (?:règlement|paiement)|régler)|"
    r"bitte (?:überweisen|begleichen|zahlen|bezahlen)|(?:begleichen|überweisen) sie|"
    r"(?:la preghiamo|vi preghiamo|si prega) di (?:saldare|pagare|provvedere al pagamento)|"
    r"gelieve (?:te betalen|over te maken|het bedrag)|"
    r"prosimy o (?:zapłatę|uregulowanie|wpłatę|pilną wpłatę|uiszczenie)"
)
_THREAT = (
    r"within \d+ (?:hours|days)|debt collect\w*|collection agency|legal action|penalt\w*|"
    r"suspen\w*|en (?:un plazo de )?\d+ horas|recobro|acciones legales|recargo\w*|"
    r"em \d+ horas|cobrança judicial|protesto|sous \d+ heures|contentieux|recouvrement|"
    r"pénalités|innerhalb (?:von )?\d+ (?:stunden|tagen)|inkasso\w*|mahngebühr\w*|sperrung|"
    r"entro \d+ (?:ore|giorni)|recupero crediti|sospensione|binnen \d+ (?:uur|dagen)|incasso\w*|"
    r"deurwaarder|w ciągu \d+ (?:godzin|dni)|w terminie \d+ dni|windykac\w*|"
    # struck off a register: the fake registry's threat
    r"(?:removal|removed|deleted|deletion) from|eliminaci[oó]n del|exclus[aã]o do|radiation|"
    r"löschung|cancellazione dal|verwijdering uit|wykreśleni\w*|usunięci\w* z"
)
# ... or a fee to keep a listing in a register nobody joined ("opłata aktualizacyjna",
# "annual registration fee", "Eintragungsgebühr"): the fake registry's bill
_REGISTER_FEE = re.compile(
    r"\b(?:(?:registration|listing|renewal|update) fee|tasa de (?:registro|renovación)|"
    r"taxa de (?:registo|registro|renovação)|frais d'(?:inscription|enregistrement|"
    r"actualisation)|(?:eintragungs|aktualisierungs|registrierungs)gebühr|"
    r"(?:tassa|quota) di (?:iscrizione|rinnovo)|(?:registratie|inschrijvings)kosten|"
    r"opłat\w* (?:aktualizac\w*|rejestracyjn\w*|rocznej|roczną))\b"
)
# read on every chat not filed Spam: the first letters' lookahead rules out most positions;
# a dot does not end the span ("Rechnung Nr. 4471 … offen")
_UNPAID_BILL = re.compile(rf"\b{openings(_BILL)}(?:{_BILL})\b[^!?\n]{{0,160}}?\b(?:{_UNPAID})\b")
_DEMANDS = re.compile(rf"\b{openings(_DEMAND)}(?:{_DEMAND})")
_THREATENS = re.compile(rf"\b(?:{_THREAT})")
MAX_CHARS = 3_000


def demands_payment(text: str, low: str) -> bool:
    """Return True when `text` says a bill is unpaid, demands payment and threatens, or
    threatens to remove the business's unverified map listing unless it pays a fee, or
    asks it to renew its expiring domain through a link for a fee.

    `low` is `text` lower-cased.
    """
    if len(text) > MAX_CHARS:
        return False
    if "google" in low and _threatens_listing(low):
        return True  # "uw Google Bedrijfsprofiel is niet geverifieerd … kosten €99"
    if "dom" in low and _renews_domain(low):
        return True  # "Uw domeinnaam … verloopt … verlengen via onderstaande link. Kosten"
    return (
        _DEMANDS.search(low) is not None  # the rarest part first: most chats stop here
        and (_UNPAID_BILL.search(low) is not None or _REGISTER_FEE.search(low) is not None)
        and _THREATENS.search(low) is not None
    )


# The map listing scam: a business profile "not verified" will be removed unless a fee is
# paid, in the eight languages
_YOUR_LISTING = re.compile(
    r"\b(?:your|uw|je|su|seu|sua|votre|ihr|ihre|il suo|la sua|wasz\w*|pana|pani) (?:google )?"
    r"(?:business ?)?(?:profile|listing|bedrijfsprofiel|profiel|vermelding|perfil|ficha|fiche|"
    r"profil|unternehmensprofil|eintrag|profilo|scheda|profilu|wizytówk\w*)"
)
_UNVERIFIED = re.compile(
    r"\b(?:not (?:been )?verified|unverified|no (?:está )?verificad\w*|não (?:está )?verificad\w*|"
    r"non vérifiée?|nicht verifiziert|non (?:è )?verificat\w*|niet geverifieerd|"
    r"niezweryfikowan\w*|nie (?:jest )?zweryfikowan\w*)"
)
_REMOVED = re.compile(
    r"\b(?:removed|deleted|suspended|eliminad\w*|removid\w*|suprimid\w*|supprimée?|"
    r"suspendue?|entfernt|gelöscht|gesperrt|rimoss\w*|sospes\w*|verwijderd|geschorst|"
    r"usunięt\w*|zawieszon\w*)"
)
_FEE = re.compile(r"[€$£]|\b(?:fee|cost|kosten|coste|custo|frais|gebühr|costo|opłat\w*|zł)\b")


def _threatens_listing(low: str) -> bool:
    """Return True when `low` says the reader's listing is unverified, will be removed,
    and names a fee."""
    return all(p.search(low) for p in (_YOUR_LISTING, _UNVERIFIED, _REMOVED, _FEE))


# The domain renewal scam: the reader's domain "expires" and must be renewed through the
# sender's link for a fee (domain slamming). A customer of a web host asks about "my
# domain"; the scam says "your domain" and links to where to pay.
_YOUR_DOMAIN = re.compile(
    r"\b(?:your|uw|je|su|seu|sua|votre|ihr|ihre|il suo|il vostro|wasz\w*|twoj\w*|pana|pani) "
    r"(?:domain|domein|domaine|dominio|domínio|domeinnaam|nom de domaine|nombre de dominio|"
    r"nome de domínio|domainname|domain-name|nome a dominio|domen\w*)"
)
_EXPIRES = re.compile(
    r"\b(?:expir\w*|verloop\w*|verloopt|caduc\w*|vence\w*|vencer\w*|abl[äa]uf\w*|scad\w*|"
    r"wygas\w*)|\bläuft\b[^.!?\n]{0,40}?\bab\b"
)
_RENEW = re.compile(
    r"\b(?:renew\w*|verleng\w*|renouvel\w*|renov\w*|verlänger\w*|rinnov\w*|odnow\w*|przedłuż\w*)"
)


def _renews_domain(low: str) -> bool:
    """Return True when `low` says the reader's domain expires, asks to renew it, names a
    fee and links out."""
    return has_link(low) and all(p.search(low) for p in (_YOUR_DOMAIN, _EXPIRES, _RENEW, _FEE))

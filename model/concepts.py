"""Map the words that carry a chat's intent to concepts shared by eight languages.

A chat in a language the model was not trained on is read blind (features._read_as):
its words hash onto columns learnt from other languages' words. A few words carry most
of a chat's intent in any language, though: a quote, a price, a demo, a call back, "not
interested", a prize. This table, written by hand from general knowledge of the eight
languages the chats come in (no data set or evaluation record was used), maps them to
one token per concept. The blind heads learn the concepts from the six trained
languages' chats, read the same way, and then find them in Dutch or Polish.

An entry ending in "*" is a word prefix (for inflected forms: "wycen*" is "wycena",
"wycenę", "wyceny"); any other entry is a whole word. Text is matched lower-cased with
its accents kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

# concept -> words and prefixes in en, es, pt, fr, de, it, nl, pl
CONCEPTS: dict[str, str] = {
    "quote": """quote quotes quotation estimate ballpark presupuesto presupuestos cotización
        cotizar cotizacion orçamento orçamentos orcamento cotação devis estimation angebot
        angebote kostenvoranschlag preventivo preventivi offerte offertes prijsopgave
        wycen* ofert* kosztorys*""",
    "price": """price prices pricing priced cost costs rate rates precio precios cuánto cuanto
        cuesta cuestan costaría costaria tarifa tarifas preço preços preco quanto custa
        custam custaria prix tarif tarifs combien coûte coute coûtent coûterait preis preise
        kostet kosten teuer prezzo prezzi costa costano costerebbe prijs prijzen
        kost hoeveel tarieven cena ceny cenę cenie cenach cennik* ile kosztuj* koszt*""",
    "buy": """buy buying purchase purchasing comprar compra compro comprarlo acheter achète
        achat kaufen kauf kaufe comprare acquistare acquisto kopen koop aanschaffen kupi*
        kupować zakup*""",
    "order": """order ordering orders pedido pedidos pedir encomenda encomendar commande
        commander bestellen bestellung bestelle ordine ordinare ordinazione bestelling
        bestel zamówi* zamawia*""",
    "demo": """demo demos demonstration trial meeting demostración demostracion reunión
        demonstração demonstracao reunião démonstration démo rendez-vous vorführung
        präsentation termin dimostrazione appuntamento demonstratie afspraak presentatie
        prezentacj* spotkani* pokaz*""",
    "call": """call callback phone ring llamar llámame llamame llamada ligar ligue liguem
        ligação appeler rappeler appelez rappelez anrufen zurückrufen rückruf
        anruf chiamare richiamare chiamata chiamatemi bellen terugbellen opbellen zadzwoni*
        oddzwoni* dzwoni* telefon*""",
    "visit": """visit visiting survey visita visitar visite besichtigung vorbeikommen
        sopralluogo bezichtiging langskomen wizyt* oględzin* przyjecha*""",
    "interest": """interested interest interesado interesada interesa interesse
        interessado interessada intéressé intéressée intéresse interessiert interessato
        interessata interessa geïnteresseerd geinteresseerd interesseert zainteresowan*
        interesuj*""",
    "refuse": """unsubscribe stop already elsewhere competitor ya já déjà schon bereits
        abbestellen già afmelden reeds elders już rezygnuj* wypisz*""",
    "not": """not don't dont never no non nicht kein keine keinen nie pas jamais ne não nao
        nunca niet geen nooit nigdy żadn*""",
    "bought": """bought purchased compré compre comprei comprado acheté achete gekauft
        comprato gekocht aangeschaft kupiłem kupiłam kupiliśmy""",
    "problem": """problem problems broken issue faulty refund return complaint damaged
        late missing problema roto rota reembolso devolución devolucion reclamación
        quebrado quebrada reembolso devolução reclamação panne cassé cassée remboursement
        retour réclamation defekt kaputt erstattung rückgabe reklamation beschwerde
        guasto rotto rotta rimborso reso reclamo probleem kapot defect terugbetaling
        retour klacht cancel cancelled cancelar annuler stornieren annullare annuleren
        problem* zepsut* uszkodz* zwrot* reklamacj* anuluj*""",
    # Only words that are spam evidence on their own: not "free" or "gratis" (free
    # delivery? an email at free.fr), "marketing" or "agency" (a buyer may want either),
    # or "bieten" (Dutch/German "offer", which buyers ask for too).
    "prize": """win won winner prize congratulations ganar ganado ganador premio
        felicidades ganhe ganhou prêmio prémio parabéns gagner gagné gagnant félicitations
        gewinnen gewonnen gewinner glückwunsch vincere vinto vincitore congratulazioni
        winnen winnaar gefeliciteerd wygra* nagrod* gratulacj*""",
    "pitch": """seo backlinks followers crypto bitcoin ofrecemos oferecemos proposons
        offriamo oferujemy pozycjonowan*""",
    "book": """book booking booked appointment reservation reserve consultation enrol enroll
        reservar reserva cita inscribirme apuntarme marcar agendar agendamento marcação
        inscrever réserver réservation inscrire inscription buchen buchung reservieren
        reservierung anmelden anmeldung beratungstermin prenotare prenotazione prenotazioni
        iscrivermi iscrizione boeken reserveren reservering inschrijven aanmelden
        rezerwacj* zarezerwowa* zapisać zapisy konsultacj* terminy terminu terminie""",
    "urgent": """urgent urgently asap today tomorrow urgente hoy mañana hoje amanhã
        aujourd'hui demain dringend heute morgen eilig oggi domani vandaag spoed pilne
        pilnie dzisiaj dziś jutro""",
}

_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def _tables() -> tuple[dict[str, str], list[tuple[str, str]]]:
    words: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for concept, entries in CONCEPTS.items():
        for entry in entries.split():
            if entry.endswith("*"):
                prefixes.append((entry[:-1], concept))
            else:
                words.setdefault(entry, concept)
    prefixes.sort(key=lambda pc: len(pc[0]), reverse=True)
    return words, prefixes


_WORDS, _PREFIXES = _tables()


@lru_cache(maxsize=65536)
def concept_of(word: str) -> str | None:
    """Return the concept a lower-cased word stands for, or None."""
    found = _WORDS.get(word)
    if found is not None:
        return found
    for prefix, concept in _PREFIXES:
        if word.startswith(prefix):
            return concept
    return None


def concept_tokens(text: str) -> list[str]:
    """Return one token ("zzcquote", "zzcprice", …) per concept word in `text`, in order."""
    # concept_of is cached: a chat's words are mostly the common ones
    return ["zzc" + c for c in map(concept_of, _WORD.findall(text.lower())) if c is not None]


# What a reader who does not know a chat's language can still take as evidence of spam
# (issue 11: "a pitch for the customer's own services, prize/crypto/SEO offers, links to
# unrelated sites"): a link, or a prize or pitch word. An email's domain is no link.
_LINK = re.compile(
    r"https?://|www\.|(?<![@\w.-])[\w-]+\.(?:com|net|org|info|io|co|ly|me|xyz|top|club|site|"
    r"online|biz|ru|cn|shop|live|link|click)\b",
    re.IGNORECASE,
)
_SPAM_CONCEPTS = frozenset({"zzcprize", "zzcpitch"})
# Followers and subscribers (an influencer selling posts), rewards, vouchers and games
# of chance, in the eight languages: only this guard reads them (the heads' prize and
# pitch concepts are narrower, so as not to move the trained figures).
_AUDIENCE = re.compile(
    r"\b(?:followers?|seguidores|abonn[ée]s|volgers|obserwuj[aą]cych|subscribers|"
    r"suscriptores|inscritos|abonnenten|iscritti|subskrybent\w*|influencer\w*|"
    # rewards, vouchers and games of chance: what a prize message offers
    r"rewards?|recompensas?|récompenses?|belohnung|ricompens[ae]|beloning|vouchers?|"
    r"gutscheine?|waardebon|cup[oó]n|cupom|lotter(?:y|ie|ia)|loter[ií]a|loterie|loterij|"
    r"jackpot|casino|kasyno|claim)\b",
    re.IGNORECASE,
)
_QUOTE_CONCEPTS = frozenset({"zzcquote", "zzcprice"})
_LEAD_CONCEPTS = frozenset(
    {"zzcbuy", "zzcorder", "zzcdemo", "zzccall", "zzcvisit", "zzcbook", "zzcinterest"}
)


def spam_evidence(text: str) -> bool:
    """Return True when `text` holds a link, a prize or pitch word or an audience for sale."""
    if _LINK.search(text) or _AUDIENCE.search(text):
        return True
    return not _SPAM_CONCEPTS.isdisjoint(concept_tokens(text))


def lead_concept(text: str) -> str | None:
    """Return "quote_request" or "opportunity" when `text` names what a buyer asks for."""
    tokens = set(concept_tokens(text))
    if tokens & _QUOTE_CONCEPTS:
        return "quote_request"
    if tokens & _LEAD_CONCEPTS:
        return "opportunity"
    return None


_REFUSAL_CONCEPTS = frozenset({"zzcrefuse", "zzcnot", "zzcbought"})


# Declining without a "no": going with another firm, cancelling, withdrawing. Only the
# guard reads these; "other" alone is no refusal, but it keeps a refusal one.
_DECLINE = re.compile(
    r"\b(?:another|other|others|elsewhere|instead|cancel\w*|withdraw\w*|otr[oa]s?|"
    r"cancelar|retirar|outr[oa]s?|autres?|ailleurs|annul\w*|andere[nmrs]?|anderswo|"
    r"woanders|storn\w*|altr[oaie]|altrove|ander|elders|annuleren|inn[aey]|inną|innego|"
    r"innej|anul\w*|rezygn\w*)\b",
    re.IGNORECASE,
)


def refuses(text: str) -> bool:
    """Return True when `text` says no, not, stop, already, bought, other or cancel."""
    return _DECLINE.search(text) is not None or not _REFUSAL_CONCEPTS.isdisjoint(
        concept_tokens(text)
    )

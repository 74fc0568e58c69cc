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

from model.decline_phrases import DECLINE_PHRASES, NOT_DECLINING
from model.quote_words import HOW_MUCH
from model.text import by_first_letter, openings

# concept -> words and prefixes in en, es, pt, fr, de, it, nl, pl
CONCEPTS: dict[str, str] = {
    "quote": """quote quotes quotation estimate ballpark presupuesto presupuestos cotización
        cotizar cotizacion orçamento orçamentos orcamento cotação devis estimation angebot
        angebote kostenvoranschlag preventivo preventivi offerte offertes prijsopgave
        offerteaanvraag prijsofferte prijsopgaaf kostenraming wycen* ofert* kosztorys*""",
    "price": """price prices pricing priced cost costs rate rates charge charges fee fees cobran
        cobráis cobrais cobrar cobraría cobraria cobram cobrariam precio precios cuánto cuanto
        cuesta cuestan costaría costaria tarifa tarifas preço preços preco quanto custa custam
        custaria prix tarif tarifs combien coûte coute coûtent coûterait preis preise kostet kosten
        teuer choschtet chostet koschtet prezzo prezzi costa costano costerebbe prijs prijzen kost
        hoeveel tarieven tarief prijslijst prijsindicatie cena ceny cenę cenie cenach cennik* cenow*
        ile kosztuj* koszt*""",
    "buy": """buy buying purchase purchasing comprar compra compro comprarlo acheter achète
        achat kaufen kauf kaufe comprare acquistare acquisto kopen koop aanschaffen aanschaf
        kupi* kupować kupno zakup*""",
    "order": """order ordering orders pedido pedidos pedir encomenda encomendar commande
        commander bestellen bestellung bestelle ordine ordinare ordinazione bestelling
        bestel zamówi* zamawia*""",
    "demo": """demo demos demonstration trial meeting demostración demostracion reunión
        demonstração demonstracao reunião démonstration démo rendez-vous vorführung
        präsentation termin dimostrazione appuntamento demonstratie afspraak presentatie
        kennismakingsgesprek prezentacj* demonstracj* spotkani* pokaz*""",
    "call": """call callback phone ring llamar llámame llamame llamada ligar ligue liguem
        ligação appeler rappeler appelez rappelez anrufen zurückrufen rückruf
        anruf chiamare richiamare chiamata chiamatemi bellen terugbellen opbellen zadzwoni*
        oddzwoni* dzwoni* telefon*""",
    "visit": """visit visiting survey callout call-out visita visitar visite besichtigung
        vorbeikommen besuch hausbesuch sopralluogo bezichtiging langskomen bezoek bezoeken
        begehung inmeting rondleiding wizyt* oględzin* przyjecha*""",
    "interest": """interested interest interesado interesada interesa interesse
        interessado interessada intéressé intéressée intéresse interessiert interessato
        interessata interessa geïnteresseerd geinteresseerd interesseert zainteresowan*
        interesuj*""",
    "refuse": """unsubscribe stop already elsewhere competitor ya já déjà schon bereits
        abbestellen già afmelden uitschrijven reeds elders już rezygnuj* zrezygnow* wypisz*""",
    "not": """not don't dont never no non nicht kein keine keinen nie pas jamais ne não nao
        nunca niet geen nooit nigdy żadn*""",
    "bought": """bought purchased compré compre comprei comprado acheté achete gekauft
        comprato gekocht aangeschaft kupiłem kupiłam kupiliśmy""",
    "problem": """problem problems broken issue faulty refund return complaint damaged
        late missing problema roto rota reembolso devolución devolucion reclamación
        quebrado quebrada reembolso devolução reclamação panne cassé cassée remboursement
        retour réclamation defekt kaputt erstattung rückgabe reklamation beschwerde
        guasto rotto rotta rimborso reso reclamo probleem kapot defect terugbetaling
        retour klacht beschadigd terugsturen cancel cancelled cancelar annuler stornieren
        annullare annuleren problem* zepsut* uszkodz* awari* usterk* zwrot* reklamacj*
        anuluj*""",
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
        reservar reserva cita hueco huecos inscribirme apuntarme marcar agendar agendamento marcação
        inscrever réserver réservation créneau inscrire inscription buchen buchung reservieren
        reservierung anmelden anmeldung beratungstermin prenotare prenotazione prenotazioni
        iscrivermi iscrizione boeken reserveren reservering inschrijven aanmelden plekje
        rezerwacj* zarezerwowa* zapisać zapisy konsultacj* terminy terminu terminie umówić
        umówienie umówienia""",
    "urgent": """urgent urgently asap today tomorrow urgente hoy mañana hoje amanhã
        aujourd'hui demain dringend heute morgen eilig oggi domani vandaag spoed pilne
        pilnie dzisiaj dziś jutro""",
}

_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
# Words the pattern splits at an apostrophe into others: "won't" is no prize "won",
# "d'ailleurs" ("by the way") no "ailleurs" ("elsewhere"); their not is read apart
_IDIOMS = re.compile(r"\b(?:won['’]t|d['’]ailleurs)\b")


def _plain(low: str) -> str:
    """Return `low` with `_IDIOMS` read as what they mean ("will", nothing)."""
    if "won" not in low and "ailleurs" not in low:
        return low
    return _IDIOMS.sub(lambda m: " will " if m.group()[0] == "w" else " ", low)


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
    low = _plain(text.lower())  # concept_of is cached: a chat's words are mostly common
    return ["zzc" + c for c in map(concept_of, _WORD.findall(low)) if c is not None]


# The guards ask several questions of one chat's text in turn; its words are read once
# (sets and prefixes, not long alternations: a regex tries each at every word start).


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """Return `text` lower-cased, its words and its concept tokens."""
    low = text.lower()
    words = frozenset(_WORD.findall(_plain(low)))
    concepts = frozenset("zzc" + c for c in map(concept_of, words) if c is not None)
    if "how much" in low and HOW_MUCH.search(low):  # two words the table cannot hold
        concepts |= {"zzcprice"}
    return low, words, concepts


def words_in(text: str) -> frozenset[str]:
    """Return the words of `text` as the concept table reads them (lower case, idioms read)."""
    return _words(text)[1]


def _any_word(words: frozenset[str], whole: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    return not whole.isdisjoint(words) or any(w.startswith(prefixes) for w in words)


# What a reader who does not know a chat's language can still take as evidence of spam
# (issue 11: "a pitch for the customer's own services, prize/crypto/SEO offers, links to
# unrelated sites"): a link, or a prize or pitch word. An email's domain is no link.
_LINK_START = ("http://", "https://", "www.")
_TLD = re.compile(
    r"\.(?:com|net|org|info|io|co|ly|me|xyz|top|club|site|online|biz|ru|cn|shop|live|link|"
    r"click|tk|ml|ga|cf|gq|us|uk|eu|es|fr|de|it|pt|br|nl|pl|tv|gl|be|ws|cc)\b"
)
_SPAM_CONCEPTS = frozenset({"zzcprize", "zzcpitch"})
# Followers and subscribers (an influencer selling posts), rewards, vouchers and games of
# chance, in eight languages: only this guard reads them (the heads' concepts are narrower).
_AUDIENCE_WORDS = """follower followers followern seguidores abonnés abonnes volgers obserwujących obserwujacych
    subscribers suscriptores inscritos abonnenten iscritti reward rewards recompensa
    recompensas récompense récompenses belohnung ricompensa ricompense beloning voucher
    vouchers gutschein gutscheine waardebon cupón cupon cupom lottery lotterie lotteria
    lotería loteria loterie loterij jackpot casino kasyno claim"""
_AUDIENCE = frozenset(_AUDIENCE_WORDS.split())
_AUDIENCE_PREFIXES = ("subskrybent", "influencer")
_QUOTE_CONCEPTS = frozenset({"zzcquote", "zzcprice"})
_LEAD_CONCEPTS = frozenset(
    {"zzcbuy", "zzcorder", "zzcdemo", "zzccall", "zzcvisit", "zzcbook", "zzcinterest"}
)


def has_link(low: str) -> bool:
    """Return True for a URL or a bare site name ("cryptowin.xyz"), not an email's domain."""
    if any(start in low for start in _LINK_START):
        return True
    for m in _TLD.finditer(low):
        i = m.start()
        while i > 0 and (low[i - 1].isalnum() or low[i - 1] in "_-"):
            i -= 1
        if i < m.start() and (i == 0 or low[i - 1] not in "@."):
            return True
    return False


# A link that hides where it goes (a shortener), sits on a throwaway or cheap domain, or
# names a prize, a login or easy money in its host: what scams link to, written from
# general knowledge; not a buyer's link to a product, their site or a photo ("I want this
# sofa https://shop…/sofa"). A bait word is a whole part of the host ("win-iphone-now.com").
_SHORTENERS = (
    r"bit\.ly|tinyurl\.com|goo\.gl(?!/maps)|t\.co|ow\.ly|is\.gd|v\.gd|buff\.ly|cutt\.ly|"
    r"rebrand\.ly|shorturl\.at|tiny\.cc|rb\.gy|t\.ly|s\.id|adf\.ly|shorte\.st|bc\.vc"
)
_CHEAP_TLDS = (
    r"tk|ml|ga|cf|gq|xyz|top|info|biz|click|win|loan|work|men|icu|buzz|online|site|club|"
    r"vip|bid|review|stream|download|racing|party|trade|date|faith|science|gdn|cc|ws|su"
)
_SCAM_HOST_WORDS = (
    r"win|winner|prize|claim|free|bonus|casino|bet|crypto|bitcoin|loan|cash|money|earn|"
    r"verify|secure|login|account|gift|reward|lucky|promo|giveaway|investment|profit"
)
_SUSPICIOUS_LINK = re.compile(
    rf"(?<![\w.@-])(?<!maps\.app\.)(?<!photos\.app\.)(?:{_SHORTENERS})/"
    rf"|(?<![@\w-])(?:[\w-]+\.)*[\w-]+\.(?:{_CHEAP_TLDS})\b(?![.@-]\w)"
    rf"|(?:https?://|www\.)[\w.-]*?(?<![a-z])(?:{_SCAM_HOST_WORDS})(?![a-z])[\w-]*\."
    r"|https?://\d{1,3}(?:\.\d{1,3}){3}\b"
)


def suspicious_link(low: str) -> bool:
    """Return True for a link a scam would send (a shortener, a throwaway domain, a bait host).

    `low` is lower-cased text, its links as they were or substituted (`features`). An
    email's domain is no link.
    """
    # "zzbadlink": such a link in a text whose links features._substitute replaced
    return "zzbadlink" in low or _SUSPICIOUS_LINK.search(low) is not None


def spam_evidence(text: str) -> bool:
    """Return True when `text` holds a suspicious link, a prize or pitch word or an audience
    for sale."""
    low, words, concepts = _words(text)
    return (
        not _SPAM_CONCEPTS.isdisjoint(concepts)
        or _any_word(words, _AUDIENCE, _AUDIENCE_PREFIXES)
        or suspicious_link(low)
    )


# Asking to be called in forms the table leaves out ("appelez-moi", "ligue-me", "chiamami",
# "rufen Sie mich an"; "call me", not "call us"). Guard-only: the table makes the features.
_CALL_FORM_WORDS = """llamarme llámeme llameme llámenme llamenme llamadme ligue-me liga-me
    liguem-me ligar-me appelez-moi rappelez-moi appelle-moi rappelle-moi ruf rufen chiamami
    chiamarmi richiamami richiamarmi bel zadzwoń oddzwoń dzwoń"""
_CALL_FORMS = frozenset(_CALL_FORM_WORDS.split())
# Trying the product first, the other languages' "trial" ("posso testar a vossa app?",
# "un essai", "ausprobieren"). Guard-only; "prueba", "teste", "essai", "prova" stay test
# words for model.junk, which files a chat of nothing else as junk before any guard.
_TRIAL_FORM_WORDS = """probar probarlo probarla pruebas testar testá-lo experimentar essai
    essayer tester provare provarlo testen ausprobieren testversion probemonat probetraining
    proberen uitproberen proefperiode proefles wypróbować przetestować"""
_TRIAL_FORMS = frozenset(_TRIAL_FORM_WORDS.split())
# Signing up in the imperative or with a joined pronoun ("anotame!", "apúntame",
# "inscris-moi", "zapisz mnie"): the book concept has the infinitives only; and French's
# "un rdv", which it lacks. Guard-only.
_SIGNUP_FORM_WORDS = """anotame anótame anotarme apuntame apúntame inscríbeme inscribeme
    matricúlame matriculame matricularme inscreva-me inscrever-me inscris-moi inscrivez-moi
    iscrivimi iscrivetemi zapisz zapiszcie apuntarlo apuntarla apuntarle apuntarnos
    anotarlo anotarla inscribirlo inscribirla inscribirnos matricularlo matricularla
    iscriverlo iscriverla iscriverci zapisac zapisać zapisania rezerwujemy rezerwuję
    rezerwuje zarezerwowac rdv rendez-vous"""
SIGNUP_FORMS = frozenset(_SIGNUP_FORM_WORDS.split())
_GUARD_FORMS = _CALL_FORMS | _TRIAL_FORMS | SIGNUP_FORMS
# The price table's other nouns ("tempi di consegna e costo?", "qual o custo?"), guard-only.
_PRICE_FORMS = frozenset(["costo", "costi", "custo", "custos", "coût", "coûts", "cout", "cotation"])
# Asking whether the business takes new clients: a buyer looking for a provider.
_NEW_WORDS = ("new", "nouv", "neu", "nuov", "nuev", "nov", "nieuw", "now")
_NEW_CLIENTS = re.compile(
    r"\b(?:taking|accepting|take|accept) (?:on )?new (?:clients|patients|customers|students)|"
    r"\b(?:aceptan|aceptáis|admiten|toman) (?:nuevos|nuevas) (?:clientes|pacientes|alumn[oa]s)|"
    r"\b(?:aceitam|atendem) (?:novos|novas) (?:clientes|pacientes|alun[oa]s)|"
    r"\b(?:prenez|acceptez)(?:-vous)? (?:des |de )?nouveaux (?:clients|patients|élèves)|"
    r"\b(?:nehmen|nimmt|nehmt) (?:sie |ihr )?(?:noch )?neue (?:kunden|patienten|mandanten|schüler)|"
    r"\b(?:accettate|prendete) (?:ancora )?nuovi (?:clienti|pazienti|studenti)|"
    r"\b(?:nemen|neemt) (?:jullie|u) (?:nog )?nieuwe (?:klanten|patiënten|cliënten|leerlingen)|"
    r"\bprzyjmuj(?:ecie|e pan|e pani|ą państwo) (?:jeszcze )?nowych (?:klientów|pacjentów)"
)


def lead_concept(text: str, *, interest: bool = True) -> str | None:
    """Return "quote_request" or "opportunity" when `text` names what a buyer asks for.

    Without `interest`, being interested does not count: an offer's "Interested?" asks
    the reader, and the offer rules read it so.
    """
    low, words, concepts = _words(text)
    if concepts & _QUOTE_CONCEPTS or not _PRICE_FORMS.isdisjoint(words):
        return "quote_request"
    leads = _LEAD_CONCEPTS if interest else _LEAD_CONCEPTS - {"zzcinterest"}
    if concepts & leads or not _GUARD_FORMS.isdisjoint(words):
        return "opportunity"
    if any(w in low for w in _NEW_WORDS):  # every "new clients" phrase holds one
        return "opportunity" if _NEW_CLIENTS.search(low) else None
    return None


_REFUSAL_CONCEPTS = frozenset({"zzcrefuse", "zzcnot", "zzcbought"})
# Declining without a "no": going with another firm, cancelling, withdrawing. Only the
# guard reads these; "other" alone is no refusal, but it keeps a refusal one.
_DECLINE_WORDS = """another other others elsewhere instead otro otra otros otras cancelar retirar outro
    outra outros outras autre autres ailleurs andere anderen anderem anderer anderes
    anderswo woanders altro altra altri altre altrove ander elders annuleren inna inne
    inny inną innego innej"""
_DECLINE = frozenset(_DECLINE_WORDS.split())
_CANCEL_STEMS = "cancel withdraw annul storn anul rezygn odwoł odwol absag disdi afzeg décommand"
# the starts of cancelling in any form: "odwołać wizytę", "absagen", "kündigen", "opzeggen"
DECLINE_PREFIXES = (*_CANCEL_STEMS.split(), "desmarc", "kündig", "opzeg", "zrezygn")
# "Went with a different supplier", "chose someone else": a decline said with "different"
# or "else", read only where a refusal is kept from being undone (`chose_another`), never
# by `declines` ("nothing else, thanks" must not send a buyer's chat to a re-reading) nor
# by the spam guard ("50 more in a different colour" is a buyer's).
_OTHER_ONE_WORDS = """different else diferente diferentes distinto distinta différent
    différente diverso diversa anders"""
_OTHER_ONE = frozenset(_OTHER_ONE_WORDS.split())


def _contracted_not(low: str) -> bool:
    """Return True for an English "n't" ("don't", "won't", "can't").

    The word pattern stops at an apostrophe, so the table's "don't" never matches a
    word; the guards read the contraction here (the heads' own features are untouched).
    """
    return "n't" in low or "n’t" in low


# A bare no the concept table leaves out ("nein danke", "nee, laat maar", "nope"): the
# guards read it; the table also makes the heads' features and stays as trained.
_BARE_NO = frozenset(["nein", "nö", "nee", "nope", "nah"])


def refuses(text: str) -> bool:
    """Return True when `text` says no, not, stop, already, bought, other or cancel."""
    low, words, concepts = _words(NOT_DECLINING.sub(" ", text.lower()))
    return (
        not _REFUSAL_CONCEPTS.isdisjoint(concepts)
        or not _BARE_NO.isdisjoint(words)
        or _contracted_not(low)
        or _any_word(words, _DECLINE, DECLINE_PREFIXES)
    )


def chose_another(text: str) -> bool:
    """Return True when `text` says "different" or "else" ("went with a different firm")."""
    return not _OTHER_ONE.isdisjoint(_words(text)[1])  # read once with `refuses`


# Declining beyond a bare "no": bought, elsewhere, another firm, a competitor, cancel. Not
# "already" ("ya os escribo": "I'll write soon"), not a bare no ("no, that's all, thanks").
_COMPETITORS = frozenset({"competitor", "competitors", "competencia", "concorrente", "concurrent"})
_BOUGHT = frozenset(CONCEPTS["bought"].split())
_DECLINES = _BOUGHT | _DECLINE | _COMPETITORS


_DECLINE_START = re.compile(r"\b(?:" + "|".join(DECLINE_PREFIXES) + ")")
# How people decline in phrases (model.decline_phrases): read without a question only,
# "too expensive, any discount?" is a buyer negotiating.
_PRICE_OBJECTION_WORDS = DECLINE_PHRASES
# "nothing too dear", "que no sea muy caro", "pas trop cher": a wish, no objection
_WISHED = re.compile(r"\b(?:not|nothing|no|não|pas|rien de|nicht|non|niet|nie|nada)\s+(?:\w+\s+)?$")
PRICE_OBJECTION = re.compile(rf"\b{openings(_PRICE_OBJECTION_WORDS)}(?:{_PRICE_OBJECTION_WORDS})\b")


def objects(low: str) -> bool:
    """Return True for a decline phrase no question follows and no "not" wishes away: "too
    expensive, any discount?" negotiates, "que no sea muy caro" asks, while "is Lauren on?
    … we'll stay with our current supplier" declines."""
    return any(
        "?" not in low[m.end() :] and not _WISHED.search(low, max(0, m.start() - 16), m.start())
        for m in PRICE_OBJECTION.finditer(low)
    )


# Said without the heads, a decline must be firm: "other" alone is also "the other
# address" ("de andere wordt niet meer gelezen"); with a firm after it, it declines.
_ELSEWHERE = frozenset(["elsewhere", "ailleurs", "anderswo", "woanders", "altrove", "elders"])
# ... and said in two words ("kupiłem gdzie indziej", "lo compré en otro sitio")
_ELSEWHERE_PHRASE = re.compile(
    r"\b(?:gdzie indziej|en otro (?:sitio|lado|lugar)|(?:noutro|em outro|noutra|em outra) "
    r"(?:sítio|lado|lugar|loja)|ergens anders|da un'altra parte|somewhere else)\b"
)
_OTHER_FIRM = re.compile(
    # from another, whoever they are: "da un altro installatore", "bei einem anderen Händler"
    r"\b(?:from|da|bei|van|bij|od|chez)\s+(?:(?:an?|un[oa]?|un'|einem|einer|een|une)\s+)?"
    r"(?:another|other|altr[oa]|autre|anderen?|ander|inn\w+)\s+[^\W\d_]+|"
    r"\b(?:another|other|otr[oa]|outr[oa]|autre|anderen?|altr[oa]|ander|inn[aąeyi]\w*)\s+"
    r"(?:\w+\s+)?(?:supplier|vendor|company|firm|provider|contractor|shop|store|agency|"
    r"proveedor|empresa|compañía|compania|tienda|fornecedor|loja|companhia|fournisseur|entreprise|"
    r"compagnie|prestataire|soci[ée]t[ée]|compagnia|"
    r"anbieter|dienstleister|firma|händler|lieferanten?|fornitore|ditta|azienda|negozio|"
    r"leverancier|aanbieder|bedrijf|winkel|firm[aęyie]|dostawc\w*|wykonawc\w*|sklep\w*)\b"
)


def declines_firmly(text: str, *, bought: bool = True) -> bool:
    """Return True when `text` declines so plainly that no reading of its words is needed:
    bought, elsewhere, a competitor, cancel, another firm, or a price turned down.

    Without `bought`, "bought" does not count ("kupiłem mieszkanie, ile za elektrykę?":
    a buyer who bought a flat asks for work on it).
    """
    low = NOT_DECLINING.sub(" ", _plain(text.lower()))
    words = set(_WORD.findall(low))
    return (
        not words.isdisjoint((_BOUGHT if bought else frozenset()) | _ELSEWHERE | _COMPETITORS)
        or _DECLINE_START.search(low) is not None
        or _OTHER_FIRM.search(low) is not None
        or _ELSEWHERE_PHRASE.search(low) is not None
        or objects(low)
    )


def may_decline(text: str, low: str | None = None) -> bool:
    """Return True when some part of `text` may decline (`declines` on a part): a decline
    word or a price objection, with or without a question elsewhere in the text. One
    search of a whole chat: most chats hold none of these, and this rules them out.
    """
    return _MAY_DECLINE.search(text.lower() if low is None else low) is not None


_ANY_DECLINE = "|".join(sorted(map(re.escape, _DECLINES), key=len, reverse=True))
_ANY_START = "|".join(DECLINE_PREFIXES)
# one pass: a decline word, the start of a cancel word or a price objection
_MAY_DECLINE = re.compile(
    rf"\b{openings(f'{_ANY_DECLINE}|{_ANY_START}|{_PRICE_OBJECTION_WORDS}')}(?:(?:"
    rf"{by_first_letter(_ANY_DECLINE)})\b|(?:{by_first_letter(_ANY_START)})|"
    rf"(?:{by_first_letter(_PRICE_OBJECTION_WORDS)})\b)"
)


def declines(text: str) -> bool:
    """Return True when `text` declines in more words than a no: bought, elsewhere, cancel,
    or a price turned down without a question."""
    # read for every lead of several messages: a few C scans, no set built; "won't" is "will not"
    low = text.lower().replace("won't", "will not").replace("won’t", "will not")
    # most messages decline nothing: the one-pass search finds every word, start and phrase
    # the tests below look for, so a miss rules them all out
    if _MAY_DECLINE.search(low) is None and _ELSEWHERE_PHRASE.search(low) is None:
        return False
    low = NOT_DECLINING.sub(" ", _plain(low))  # "meu outro número é …", a cancellation cover
    return (
        not _DECLINES.isdisjoint(_WORD.findall(low))
        or _DECLINE_START.search(low) is not None
        or _ELSEWHERE_PHRASE.search(low) is not None
        or objects(low)
    )


_PURCHASE_CONCEPTS = frozenset({"zzcquote", "zzcprice", "zzcbuy", "zzcorder"})


def asks_to_buy(text: str) -> bool:
    """Return True when `text` names a quote, a price, a purchase or an order."""
    return not _PURCHASE_CONCEPTS.isdisjoint(_words(text)[2])


# Asking for more of what one bought ("we bought 50 last year and need another 50"): a
# need or want, then within a few words a number or "more", "another", "again". A
# returning buyer says "bought"; only a no, a not, elsewhere, a competitor, cancel or
# stop makes that a refusal (`refuses_outright`).
_NEED = (
    r"need|needs|want|wants|would like|'d like|looking for|necesito|necesitamos|quiero|"
    r"queremos|quería|queríamos|busco|buscamos|preciso|precisamos|quero|queria|gostaria|"
    r"gostaríamos|procuro|procuramos|besoin|veux|voulons|voudrais|voudrions|souhaite|"
    r"souhaitons|cherche|cherchons|brauche|brauchen|benötigen|möchte|möchten|ich will|"
    r"wir wollen|suche|suchen|bisogno|voglio|vogliamo|vorrei|vorremmo|cerco|cerchiamo|"
    r"nodig|ik wil|willen|zoek|zoeken|potrzebuję|potrzebujemy|chcę|chcemy|chciałbym|"
    r"chciałabym|chcielibyśmy|szukam|szukamy"
)
_MORE = (
    r"\d+|zznum|more|another|again|otr[oa]s?|más|mais|outr[oa]s?|encore|autres?|weitere[n]?|"
    r"mehr|nochmal|altr[ie]|ancora|meer|nog|więcej|kolejne"
)
_ASKS_FOR_MORE = re.compile(rf"\b(?:{_NEED})\b(?:\W+[^\W\d_]+){{0,4}}?\W+(?:{_MORE})\b")
# What makes "bought" a refusal: elsewhere, a competitor, stop or unsubscribe, and cancel
# in any form (`DECLINE_PREFIXES`); "another" or "other" alone does not ("need another 50").
_OUTRIGHT_LIST = "elsewhere ailleurs anderswo woanders altrove elders stop unsubscribe abbestellen"
_OUTRIGHT_WORDS = _COMPETITORS | frozenset(_OUTRIGHT_LIST.split()) | {"afmelden"}


def asks_for_more(text: str) -> bool:
    """Return True when `text` needs or wants a number of something, or more of it."""
    return _ASKS_FOR_MORE.search(text.lower()) is not None


def refuses_outright(text: str) -> bool:
    """Return True when `text` says no or not, elsewhere, a competitor, cancel or stop."""
    low, words, concepts = _words(text)
    return (
        "zzcnot" in concepts
        or not _BARE_NO.isdisjoint(words)
        or _contracted_not(low)
        or _any_word(words, _OUTRIGHT_WORDS, DECLINE_PREFIXES)
    )

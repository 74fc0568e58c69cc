"""Tell a buyer who ends by hedging: "I'll think about it and let you know".

A buyer who closes with "let me check with my husband and I'll get back to you", "ci
penso e vi faccio sapere" or "jeszcze się zastanowię i dam znać" is worth a follow-up,
not an alert yet: the decision is put off. Read in the customer's last two messages
only: a hedge earlier in the chat ("I'll ask my boss" … "boss says yes, book it") is
settled. Such a lead is scored at most HEDGE_SCORE ("medium").

Writers disagree here (DATA_CARD.md, "Known limits"): sets I and M file a hedging buyer
medium, sets C and E high, set G one of each; on the read sets the cap rights 6 chats
and makes 5 wrong, and lifts the generated test families' AUC 0.9104 -> 0.9110.
Written from general knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from model.last_word import customer_said, signs_off
from model.policy import LEAD_INTENTS, N_FACTORS
from model.reachable import REACHABLE_REASON
from model.text import openings
from model.types import Prediction, quality_band

_PARTNER = (
    r"wife|husband|partner|boss|manager|team|mujer|marido|pareja|jefe|jefa|socio|socia|"
    r"esposa|esposo|chefe|sócio|sócia|mari|conjoint|conjointe|chum|blonde|femme|patron|"
    r"patronne|associé|associée|frau|mann|freund|freundin|chef|chefin|verlobten|moglie|"
    r"compagno|compagna|capo|vrouw|man|vriend|vriendin|baas|żoną|zona|mężem|mezem|"
    r"szefem|szefową|wspólnikiem|"
    # family deciding with them: "je vois avec ma soeur c'est elle qui se marie"
    r"sister|brother|mum|mom|dad|parents|hermana|hermano|padres|irmã|irmão|pais|soeur|sœur|"
    r"frère|schwester|bruder|eltern|sorella|fratello|genitori|zus|broer|ouders|"
    r"siostrą|bratem|rodzicami|"
    r"boyfriend|girlfriend|fiancé|fiancée|novio|novia|namorado|namorada|noivo|noiva|copain|"
    r"copine|fidanzato|fidanzata|ragazzo|ragazza|chłopakiem|dziewczyną|narzeczonym|narzeczoną"
)
_HEDGE_WORDS = (
    # English
    rf"i'll (?:have a )?think (?:about it|it over)|let me think|(?:i|we)'ll (?:get back to you|"
    rf"let you know)|(?:can|could|may) (?:i|we) get back to (?:you|u|ya) on|"
    rf"(?:i|we)(?:'ll| will) get back to (?:u|ya)|no promises|hold off (?:till?|until)|"
    rf"(?:i'll|ill|we'll) give (?:you|yous|ya) a (?:bell|ring|call) (?:in|next|after|when)|"
    rf"(?:check|talk|discuss) (?:it |this )?with my (?:{_PARTNER})|"
    # Spanish
    rf"(?:me )?lo (?:pienso|pensaré|voy a pensar)|(?:te|le|os) (?:aviso|digo algo)|"
    rf"d[eé]j(?:ame|anos|eme|enos) (?:lo )?pensar(?:lo)?|no (?:te |le |os |les )?prometo nada|"
    rf"(?:os|le|te) escribo (?:yo )?(?:más adelante|cuando)|(?:lo )?(?:hablo|consulto) con mi (?:{_PARTNER})|"
    # Portuguese
    rf"vou pensar|não (?:te |lhe |vos )?prometo nada|"
    rf"(?:te|lhe) (?:aviso|digo algo|confirmo)|depois (?:te|lhe|vos) digo|"
    rf"(?:falo|vejo|ver) com (?:o meu|a minha|meu|minha) (?:{_PARTNER})|"
    # French
    rf"(?:je vais|on va|nous allons) (?:y )?(?:réfléchir|penser)|je (?:vous )?reviens (?:vers vous|"
    rf"là-dessus)|je vous reviens|je vous (?:recontacte|redis|tiens au courant)|"
    rf"j'en (?:parle|discute) (?:avec|à) (?:mon|ma) (?:{_PARTNER})|je (?:vois|verrai) avec (?:mon|ma|mes) "
    rf"(?:{_PARTNER})|je (?:ne )?(?:vous )?promets rien|"
    # German
    rf"(?:ich|wir) überleg(?:e|en) (?:es )?(?:mir|uns) (?:das|es|noch)|"
    rf"(?:ich|wir) überleg(?:e|en|'s|s)? (?:mir |uns |es |das )?(?:mal|nochmal|noch mal)|"
    rf"(?:ich melde mich|wir melden uns|meld(?:e)? mich dann|und meld(?:e)? mich)|"
    rf"(?:ich )?verspreche (?:aber )?nichts|(?:bespreche|kläre|besprechen|klären) (?:das|es) "
    rf"(?:\w+ ){{0,4}}?mit (?:meinem|meiner|unserem|unserer|der|dem) (?:{_PARTNER}|leitung)|"
    # Italian
    rf"ci (?:penso|pensiamo)|non (?:vi |ti |le )?(?:prometto|promettiamo) (?:niente|nulla)|(?:vi|le|ti) faccio sapere|(?:vi|la|le|ti) (?:ricontatto|risento)|"
    rf"ne parlo con (?:mio|mia|il mio|la mia) (?:{_PARTNER})|"
    # Dutch
    rf"ik denk er(?:over)? (?:nog )?(?:even )?(?:over )?na|(?:ik )?beloof (?:niks|niets)|"
    rf"(?:ik|we) laten? (?:het |iets |wat )?(?:nog )?(?:iets |even )?weten|ik kom er(?:op)? (?:nog )?terug|"
    rf"met (?:mijn|m'n) (?:{_PARTNER}) (?:bespreken|overleggen)|"
    rf"(?:overleg|bespreek) (?:het |dit )?(?:even )?met (?:mijn|m'n) (?:{_PARTNER})|"
    # Polish
    rf"(?:jeszcze )?się zastanowię|nic nie obiecuję|nic nie obiecuje|dam (?:znać|znac)|odezwę się|muszę to przemyśleć|"
    rf"(?:pogadam|porozmawiam|skonsultuję to) z (?:{_PARTNER})"
)
# only an idea of the price for now: "gewoon om een idee te hebben van de prijs", "je veux
# avoir une idée du prix", "solo para hacerme una idea del precio"
_IDEA_WORDS = (
    r"(?:get|have|give me) (?:an? )?(?:rough )?idea of (?:the )?(?:price|cost|costs)|"
    r"(?:hacerme|tener|darme) una idea (?:del precio|de (?:los )?precios|del costo)|"
    r"(?:ter|fazer|ficar com) uma ideia (?:do preço|de preço|dos preços|do valor)|"
    r"(?:avoir|me faire|se faire) une idée (?:du prix|des prix|du coût|du tarif)|"
    r"(?:eine )?(?:grobe |ungefähre )?vorstellung (?:vom preis|von den kosten|der kosten)|"
    r"(?:farmi|avere|fare) un'idea (?:del prezzo|dei prezzi|del costo|dei costi)|"
    r"(?:een )?idee (?:te )?(?:hebben|krijgen) van de (?:prijs|kosten)|"
    r"(?:mieć|miec) (?:jakieś |jakies )?rozeznanie (?:w )?(?:cenach|kosztach)|"
    # only comparing prices for now: "ahorita nomás estoy comparando precios"
    r"(?:just|only) (?:comparing prices|shopping around)|"
    r"(?:solo|sólo|nomás|nomas|solamente) estoy comparando|(?:só|so) estou comparando|"
    r"je compare (?:juste|seulement)|(?:ich )?vergleiche (?:nur|erst mal|erstmal)|"
    r"sto solo confrontando|(?:ik )?vergelijk (?:alleen|even)|tylko porównuję|"
    # still comparing: "on compare un peu mais envoyez le devis", "wir vergleichen noch"
    r"(?:we're|we are|i'm|i am) (?:still )?comparing (?:a few|a bit|around|options)|"
    r"(?:on|je|nous) compar(?:e|ons) (?:un peu|encore|d'abord)|"
    r"estamos comparando (?:un poco|todavía|aún|opciones)|estamos (?:a )?compar(?:ar|ando) "
    r"(?:ainda|opções)|wir vergleichen (?:noch|gerade|erst)|stiamo (?:ancora )?confrontando|"
    r"(?:we|wij) vergelijken (?:nog|eerst)|jeszcze porównujemy|"
    # only gathering prices: "just getting prices at the minute", "to só levantando preço"
    r"(?:just|only) (?:getting|gathering|collecting) (?:a few |some )?(?:prices|quotes)|"
    r"(?:solo|sólo|nomás) (?:estoy )?(?:pidiendo|juntando|recopilando) (?:precios|presupuestos)|"
    r"(?:(?:só|so|apenas) (?:to|tô|estou)|(?:to|tô|estou) (?:só|so|apenas)) (?:levantando|"
    r"pesquisando|juntando) (?:preço|preços|orçamentos?)|"
    r"je (?:me renseigne|demande) (?:juste|seulement) (?:les prix|des devis)|"
    r"(?:ich )?(?:hole|sammle) (?:erst mal |erstmal |nur )?(?:angebote|preise) ein|"
    r"sto (?:solo )?raccogliendo (?:preventivi|prezzi)|"
    r"(?:ik )?(?:ben )?(?:alleen|gewoon) (?:prijzen|offertes) (?:aan het )?(?:verzamelen|opvragen)|"
    r"(?:na razie )?(?:tylko )?zbieram (?:oferty|wyceny|ceny)|"
    # comparing with a quote already in hand: "la confronto con un altro preventivo"
    r"compare (?:it |this |them )?(?:with|to|against) (?:another|other|the other) "
    r"(?:quote|quotes|offer)|(?:lo|la) compar(?:o|amos) con (?:otro|otra|el otro) "
    r"(?:presupuesto|cotización|oferta)|comparar com (?:outro|outra|o outro) (?:orçamento|proposta)|"
    r"(?:je|on) (?:le |la )?compare (?:avec|à) (?:un autre|une autre|l'autre) (?:devis|offre)|"
    r"(?:vergleiche|vergleichen) (?:es |das |sie )?mit (?:einem|dem) ander\w* angebot|"
    r"(?:la |lo )?confront(?:o|iamo) con (?:un altro|un'altra|l'altro) (?:preventivo|offerta)|"
    r"vergelijk (?:het |hem )?met (?:een|de) andere offerte|porównam z (?:inną|drugą) ofertą|"
    # checking with the one who decides, named by a pronoun: "vou ver com ele"
    r"(?:vou ver|vejo|falo) com (?:ele|ela|eles)|(?:lo veo|lo hablo|lo consulto) con (?:él|ella)|"
    r"je (?:vois|verrai) avec (?:lui|elle|eux)|(?:kläre|bespreche) (?:das|es) mit (?:ihm|ihr)|"
    r"ne parlo con (?:lui|lei)|overleg (?:het )?(?:even )?met (?:hem|haar)|"
    r"pogadam z (?:nim|nią)|"
    # the board decides first: "eerst nog voorleggen aan het bestuur", "present it to the board"
    r"(?:present|take) (?:it|this) to (?:the|our) board|voorleggen aan (?:het|ons) bestuur|"
    r"(?:consultarlo|presentarlo) (?:con|a) la (?:junta|directiva)|"
    r"(?:levar|apresentar) (?:isso |isto )?(?:à|a) (?:direção|diretoria)|"
    r"(?:soumettre|présenter) (?:ça |cela )?au (?:conseil|bureau|comité)|"
    r"dem vorstand vorlegen|(?:sottoporlo|presentarlo) al (?:consiglio|direttivo)|"
    r"przedstawić (?:to )?zarządowi|"
    # checking with someone first, or still looking: "déjame checarlo con mi prometido",
    # "vou conversar com meus irmãos e te falo", "muss erst mit meinen Eltern reden"
    r"let me check with|(?:need|have) to (?:check|talk|run it) (?:with|by|past) (?:my|the)|"
    r"still (?:looking (?:at|around)|shopping around)|"
    r"d[eé]j(?:ame|eme|anos) (?:lo )?(?:checar|chequear|ver|consultar)(?:lo)? con|"
    r"ahorita (?:les?|te) (?:escribo|aviso|confirmo)|"
    r"(?:vou|vamos) (?:conversar|falar|ver) com (?:\w+ ){1,3}?e (?:te|lhe|vos) (?:falo|digo|aviso)|"
    r"deixa eu ver (?:\w+ ){0,4}?e (?:te|lhe) falo|ainda (?:tô|to|estou) vendo outr[oa]s|"
    r"(?:ich )?muss (?:erst|noch) (?:mal )?mit (?:meine[mnr]?|unsere[mnr]?|der|dem) (?:\w+ )?"
    r"(?:reden|sprechen|besprechen)|"
    r"chiedo (?:agli altri|a (?:mio|mia) \w+)|ci sentiamo (?:in serata|stasera|domani|più tardi)|"
    r"eerst (?:nog )?(?:even )?rondkijken|(?:ff|even) checken bij (?:mijn|m'n)|"
    r"przemyślę|muszę (?:się )?zastanowić|"
    # talking again later: "ok on en reparle en septembre", "ne riparliamo a settembre"
    r"(?:we'll|let's|we will) (?:talk|speak) (?:again |about it )?(?:in|after|next)|"
    r"(?:lo )?hablamos (?:en|después|despues|más adelante|mas adelante)|"
    r"(?:a gente )?falamos (?:em|depois|mais (?:pra|para) frente)|on en (?:re)?parle (?:en|à|"
    r"dans|plus tard)|on se reparle|(?:wir )?(?:sprechen|hören) uns (?:im|nach|später|wieder)|"
    r"ne (?:ri)?parliamo (?:a|dopo|più avanti)|ci risentiamo|we spreken (?:elkaar )?(?:in|na|"
    r"later)|wrócimy do tematu|pogadamy (?:we|w|po)"
)
_HEDGE = re.compile(
    rf"\b{openings(f'{_HEDGE_WORDS}|{_IDEA_WORDS}')}(?:{_HEDGE_WORDS}|{_IDEA_WORDS})\b"
)
LAST_MESSAGES = 2
# The highest score of a buyer who puts the decision off: "medium", worth a follow-up.
HEDGE_SCORE = 79
HEDGE_REASON = "will think it over or get back to them"


def ends_hedging(conversation: dict) -> bool:
    """Return True when one of the customer's last two messages puts the decision off; a
    sign-off or an address corrected after them ("pardon c'est chloe.m@…", "Top merci !
    Chloé") does not count as one."""
    said = customer_said(conversation)
    end = len(said)
    while end > 1 and (signs_off(said[end - 1]) or _only_contact(said[end - 1])):
        end -= 1
    return any(_HEDGE.search(t.lower()) for t in said[max(0, end - LAST_MESSAGES) :])


_CONTACT_WORDS = 6


def _only_contact(text: str) -> bool:
    """Return True for a few words that give an address ("sorry, it's ana.r@x.com")."""
    return "@" in text and len(text.split()) <= _CONTACT_WORDS and "?" not in text


def cap_hedges(conversations: Sequence[dict], predictions: Sequence[Prediction]) -> None:
    """Score each lead that ends hedging (`ends_hedging`) at most HEDGE_SCORE, in place."""
    for conversation, p in zip(conversations, predictions, strict=True):
        if p.intent in LEAD_INTENTS and p.score > HEDGE_SCORE and ends_hedging(conversation):
            p.score, p.quality = HEDGE_SCORE, quality_band(HEDGE_SCORE)
            p.probability = min(p.probability, HEDGE_SCORE / 100.0)
            p.factors_for = [f for f in p.factors_for if f != REACHABLE_REASON]
            p.factors_against = [HEDGE_REASON, *p.factors_against][:N_FACTORS]

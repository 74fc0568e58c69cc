"""Tell a chat from an existing customer about what they already have: support, not a sale.

"I have a booking for the 3rd, can I add a second driver?", "can I freeze my membership?",
"ik heb al een afspraak staan op 23 dec", "czy to jest na gwarancji?": the words of a
booking, an appointment or an order make the heads read a buyer, and every outside
writer files these Info Only. What is read: the customer's own booking, order,
membership, subscription, contract or account ("my …", "I have a …"), its number, or a
warranty, in the eight languages; and nothing new asked for besides (no quote, price,
purchase or order outside those words, no "more of it", no reorder "like last time").
Written from general knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re

from model.concepts import asks_for_more, asks_to_buy
from model.name_words import MONTHS
from model.text import openings

THING = (
    r"booking|reservation|appointment|order|membership|subscription|contract|account|pass|"
    r"reservación|reservacion|reserva|cita|pedido|suscripción|suscripcion|membresía|membresia|contrato|cuenta|"
    r"marcação|marcacao|encomenda|assinatura|conta|"
    r"réservation|commande|adhésion|abonnement|rendez-vous|contrat|compte|"
    r"buchung|reservierung|bestellung|mitgliedschaft|abo|vertrag|termin|konto|"
    r"prenotazione|ordine|abbonamento|appuntamento|contratto|"
    r"reservering|boeking|bestelling|lidmaatschap|afspraak|toegangspas|"
    r"rezerwacj[aęi]|zamówieni[ae]|zamowieni[ae]|karnet|abonament|umow[aęy]|wizyt[aęey]|zleceni[ae]"
)
_MINE = (
    r"my|our|i have an?|we have an?|(?:i|we)(?:'ve| have)(?: already)? got (?:an?|the)|"
    r"mi|mis|nuestra|nuestro|tengo una?|tenemos una?|"
    r"minha|meu|nossa|nosso|tenho uma?|temos uma?|"
    r"ma|mon|mes|notre|j'ai une?|j'ai déjà une?|nous avons une?|on a (?:déjà )?une?|"
    r"meine|mein|meinen|unsere|unser|ich habe (?:schon |bereits )?(?:bei (?:euch|ihnen) )?"
    r"(?:eine|einen|ein)|"
    r"wir haben (?:schon |bereits )?(?:bei (?:euch|ihnen) )?(?:eine|einen|ein)|"
    r"la mia|il mio|la nostra|il nostro|ho (?:già )?una?|abbiamo (?:già )?una?|"
    r"mijn|onze|ons|ik heb (?:al )?(?:bij (?:jullie|u) )?een|we hebben (?:al )?(?:bij (?:jullie|u) )?een|"
    r"moja|mój|moj|moje|nasza|nasz|mam(?: już)?|mamy(?: już)?|"
    # had one: "I had an appointment today and nobody came"
    r"i had an?|we had an?|tenía una?|teníamos una?|tinha uma?|tínhamos uma?|"
    r"j'avais une?|nous avions une?|ich hatte (?:eine|einen|ein)|wir hatten (?:eine|einen|ein)|"
    r"avevo una?|avevamo una?|ik had een|we hadden een|miał(?:am|em)|mieliśmy"
)
# "mam u was wizytę", "ich habe bei Ihnen einen Termin": the business named between
_WITH_YOU = (
    r"with you(?: guys)?|con (?:ustedes|vosotros|vocês)|com (?:vocês|vós)|chez vous|"
    r"bei (?:euch|ihnen)|da voi|bij (?:jullie|u)|u (?:was|pana|pani|państwa)"
)
_MONTHS = "|".join(MONTHS)
# a home bought: the customer's, not a purchase from the business
_HOME = (
    r"house|home|flat|apartment|property|casa|piso|apartamento|chalet|maison|appartement|"
    r"appartamento|haus|wohnung|eigentumswohnung|huis|woning|appartement|mieszkanie|dom"
)
_A_HOME = (
    rf"\s+(?:(?:a|an|the|our|my|un|una|um|uma|une|le|la|il|lo|l')\s*)?(?:new\s+|nuev[oa]\s+|"
    rf"nov[oa]\s+|nouvel(?:le)?\s+|nuov[oa]\s+|now[eya]\s+)?(?:{_HOME})\b"
)
# Booked already, said with the verb ("I've got Biscuit booked in", "ho prenotato",
# "zarezerwowałam"), or fetching what one ordered ("récupérer ma bûche", "can I collect
# my order"): the thing exists.
_BOOKED = (
    r"(?:i've got|i have got|i've|i have|we've|we have|got|has|has got|had)\s+(?:\w+\s+){0,4}?"
    r"booked(?:\s+in)?|"
    r"(?:he|hemos)\s+(?:reservado|pedido)|(?:reservei|reservámos|encomendei)|"
    # bought or ordered so long ago: "odkurzacz kupiony 10 dni temu", "bought it 2 weeks ago"
    r"(?:kupion\w*|zamówion\w*|bought|purchased|ordered) (?:\w+ ){0,3}?\d+ (?:days?|weeks?|"
    r"dni|tygodni\w*) (?:ago|temu)|(?:comprad[oa]|pedid[oa]) hace \d+|comprad[oa] há \d+|"
    r"achetée?s? il y a \d+|vor \d+ (?:tagen|wochen) (?:gekauft|bestellt)|"
    r"(?:comprat[oa]|ordinat[oa]) \d+ (?:giorni|settimane) fa|geleden (?:heb |hebben )?"
    r"(?:gekocht|besteld)|"
    # made one: "fiz uma reserva pelo site", "I made a booking online"
    r"(?:i|we) (?:made|have made|'ve made) (?:a|the|my|our) (?:booking|reservation)|"
    r"(?:hice|hicimos) (?:una|la) reserva|(?:fiz|fizemos) (?:uma|a) reserva|"
    r"(?:j'ai|nous avons|on a) fait (?:une|la) réservation|(?:ho|abbiamo) fatto (?:una|la) "
    r"prenotazione|(?:ich habe|wir haben) (?:eine|die) (?:buchung|reservierung) gemacht|"
    r"(?:ik heb|we hebben) (?:een|de) (?:boeking|reservering) gemaakt|"
    r"zrobił(?:em|am|iśmy) rezerwacj\w*|"
    r"(?:j'ai|nous avons|on a)\s+(?:\w+\s+)?(?:réservé|commandé)|(?:j'ai|nous avons|on a) passé "
    r"(?:une |la )?commande|"
    r"(?:ich habe|wir haben)\s+(?:\w+\s+){0,2}(?:gebucht|reserviert|bestellt)|"
    r"(?:ho|abbiamo)\s+(?:già\s+)?(?:prenotato|ordinato)|"
    r"(?:ik heb|we hebben|wij hebben)\s+(?:\w+\s+){0,2}(?:geboekt|gereserveerd|besteld)|"
    r"zarezerwował\w*|zarezerwowal\w*|zam[óo]wi[łl](?:em|am|iśmy|ismy|yśmy|ysmy)|(?:mam|mamy|miał(?:am|em)|mieliśmy) (?:u (?:was|pana|pani|państwa) )?(?:umówion|zamówion)\w*|"
    # bought already: "comprei a cesta … chegou amassado", "I bought the desk last week"
    # (not a home: "we hebben een huis gekocht … kunnen jullie de tuin bekijken?" is a buyer)
    rf"(?:(?:i|we) (?:bought|purchased)|compr(?:é|amos|ei|ámos)|(?:j'ai|nous avons) acheté|"
    rf"(?:ho|abbiamo) (?:già )?(?:comprato|acquistato)|kupił(?:em|am|iśmy|yśmy))(?!{_A_HOME})|"
    rf"(?:ich habe|wir haben)\s+(?:(?!{_HOME}\b)\w+\s+){{0,4}}?gekauft|"
    rf"(?:ik heb|we hebben|wij hebben)\s+(?:(?!{_HOME}\b)\w+\s+){{0,3}}?gekocht|"
    # handed something in: "ho lasciato un cappotto venerdì", "I dropped off my bike"
    r"(?:(?:i|we) (?:dropped off|left|brought in)|dejé|dejamos|deixei|deixámos|"
    r"(?:j'ai|nous avons|on a) (?:laissé|déposé)|(?:ho|abbiamo) (?:lasciato|portato)|"
    r"zostawił(?:em|am|iśmy)|oddał(?:em|am|iśmy))\s+(?!(?:an?|un[ao]?|uma?|une|il|la|el|o|a)?\s*"
    r"(?:message|messaggio|mensaje|mensagem|voicemail|comment\w*|review|wiadomoś\w*|"
    r"recado|nota|note)\b)|"
    r"(?:ich habe|wir haben|ik heb|we hebben)\s+(?:\w+\s+){0,3}?(?:abgegeben|vorbeigebracht|"
    r"afgegeven|binnengebracht)|"
    r"(?:pick up|collect|recoger|retirar|levantar|récupérer|retirer|abholen|ritirare|ophalen|"
    r"odebrać|odebrac)\s+(?:my|our|mi|mis|nuestro|nuestra|o meu|a minha|os meus|as minhas|"
    r"ma|mon|mes|notre|meine|meinen|mein|unsere|il mio|la mia|i miei|le mie|mijn|onze|"
    r"moj\w*|mój|nasz\w*)\s+\w+|"
    # or what was ordered: "odebrać zamówiony wieniec", "ritirare l'ordine"
    r"(?:pick up|collect|recoger|retirar|levantar|récupérer|retirer|abholen|ritirare|ophalen|"
    r"odebrać|odebrac)\s+(?:the |el |la |los |las |o |a |os |as |le |les |die |den |das |"
    r"l'|il |i |le |de |het )?(?:order|pedido|encomenda|commande|bestellung|ordine|bestelling|"
    r"zamówienie|zamowienie|zamówion\w*|zamowion\w*|bestellte\w*|commandée?s?|encomendad\w*|"
    r"ordinat[oaie])\b|"
    r"(?:meine|meinen|mein|unsere|unseren|unser)\s+\w+\s+(?:\w+\s+){0,3}?abholen"
)
_EXISTING_WORDS = (
    rf"(?:{_MINE})\s+(?:{_WITH_YOU}\s+)?(?:\w+\s+)?(?:{THING})\b|"
    # a month's fee: "la cuota de noviembre", "the fee for November", "czesne za listopad"
    rf"(?:fee|cuota|mensualidad|mensalidade|cotisation|beitrag|mitgliedsbeitrag|quota|retta|"
    rf"contributie|składk\w*|czesne|opłat\w* za) (?:for |of |de |do |da |di |del |für |"
    rf"voor |za )?(?:{_MONTHS})\b|"
    # a booking held without an article ("tenho reserva para hoje")
    r"(?:tengo|tenemos|tenho|temos|ho|abbiamo|mam|mamy)\s+(?:ya\s+|já\s+|già\s+|już\s+)?"
    r"(?:reservación|reserva|marcação|prenotazione|rezerwację)\b|"
    # an appointment held: "j'ai rdv samedi", "tengo cita el lunes", "ho appuntamento"
    r"(?:j'ai|on a|nous avons)\s+(?:déjà\s+)?(?:rdv|rendez-vous)\b|(?:tengo|tenemos)\s+(?:ya\s+)?"
    r"cita\b|(?:tenho|temos)\s+(?:já\s+)?(?:consulta|horário)\s+(?:marcad[oa]|para)\b|"
    r"(?:ho|abbiamo)\s+(?:già\s+)?(?:l')?appuntamento\b|"
    # a customer already, said so: "somos clientes vossos", "we're customers of yours"
    r"(?:somos|soy|sou)\s+(?:clientes?|client[ae]s?)\s+(?:vossos?|vuestros?|de ustedes|de vocês|"
    r"seus|suyos)|(?:we're|we are|i'm|i am)\s+(?:an?\s+)?(?:existing\s+)?(?:customers?|clients?)"
    r"\s+of yours|(?:nous sommes|je suis)\s+(?:déjà\s+)?clients?\s+chez vous|"
    r"(?:wir sind|ich bin)\s+(?:bereits\s+|schon\s+)?kund(?:e|en|in)\s+bei\s+(?:euch|ihnen)|"
    r"(?:siamo|sono)\s+(?:già\s+)?(?:vostri|vostro|vostra)\s+client[ie]|"
    r"(?:wij zijn|we zijn|ik ben)\s+(?:al\s+)?klant\s+bij\s+(?:jullie|u)|"
    r"(?:jesteśmy|jestem)\s+(?:już\s+)?(?:waszymi|waszym|pana|pani)\s+klient\w*|"
    # its number
    r"(?:booking|order|member|reservation|membership)\s*(?:number|no\.?|nr\.?|#|ref\w*)(?!\w)|"
    r"(?:n[°º]|número|numero|numer|nr\.?)\s+(?:de |do |da |di )?(?:reserva|pedido|encomenda|"
    r"réservation|commande|prenotazione|ordine|rezerwacji|zam[óo]wienia|zlecenia|contrato)\b|"
    r"(?:buchungs|bestell|mitglieds|kunden|auftrags|reserverings|boekings|bestel|order|lid)nummer\b|"
    # a contract or booking in one's name, an instalment of it ("contrato no nome de …",
    # "a 4ª parcela", "the second instalment")
    r"(?:contract|booking|reservation|contrato|reserva|contrat|réservation|vertrag|buchung|"
    r"contratto|prenotazione|contract|reservering|umowa|rezerwacja) (?:is )?(?:in|no|en|au|"
    r"auf|a|op|na) (?:the )?(?:name|nome|nombre|nom|namen|naam|nazwisko)|"
    # digits spelled out as literals: a "\d" here would cost the whole pattern its
    # first-letters lookahead (`text.openings`), 4x slower on every lead
    r"(?:(?:1|2|3|4|5|6|7|8|9|10|11|12)(?:ª|º|st|nd|rd|th|e|è|\.)|next|last|second|third|"
    r"próxima|última|segunda|"
    r"terceira|primera|tercera|siguiente|prochaine|deuxième|troisième|nächste|zweite|dritte|"
    r"prossima|seconda|terza|volgende|tweede|derde|następn\w*|drug\w*|trzeci\w*) "
    r"(?:instal(?:l)?ment|parcela|prestação|cuota|mensualité|échéance|rate|rata|termijn)\b|"
    # an order, a job or a contract by its number ("Auftrag 2231", "contract 55-2190")
    r"(?:order|job|ticket|contract|pedido|encomenda|commande|auftrag|bestellung|vertrag|"
    r"ordine|contratto|bestelling|opdracht|zamówienie|zlecenie|umowa)\s*(?:#|nr\.?|no\.?|"
    r"n[°º])?\s*\d[\d-]{2,}(?![\d-]|\s*[^\W\d_])|"
    # a warranty
    r"(?:under|on|in|en|na|sous|unter|onder)\s+(?:(?:the|de|la|die|der|a)\s+)?(?:warranty|garantía|garantia|"
    r"garantie|garanzia|gwarancji)\b|warranty\b|gwarancj\w*|" + _BOOKED
)
# the lookahead on first letters spares trying every branch at each word start
_EXISTING = re.compile(rf"\b{openings(_EXISTING_WORDS)}(?:{_EXISTING_WORDS})")
# Ordering the same again refers to a past order too: that is a sale.
_REORDER = re.compile(
    r"\b(?:last|previous|same|again|último|ultimo|anterior|otra vez|de nuevo|dernière|"
    r"derniere|précédente|letzte[nrs]?|vorige|ostatni\w*|poprzedni\w*|de novo|"
    # "o mesmo" is the same one; "é mesmo no Largo?" is "really", "na mesma" "anyway"
    r"(?:o|a|do|da) mesm[oa])\b"
    # "last week", "vorige week": when, not what was ordered before
    r"(?!\s+(?:week|month|year|semana|mes|semaine|mois|woche|monat|settimana|mese|maand|jaar|"
    r"tydzień|tygodni\w*|miesiąc\w*))"
)


# A contract running out, or held with the present supplier: a buyer about to change
# ("ons contract met de huidige schoonmaker loopt in maart af"), no customer of ours.
_SWITCHING = re.compile(
    r"\b(?:contract|contrato|contrat|vertrag|contratto|umow\w*)\b[^.!?\n]{0,60}?\b(?:expires?|"
    r"runs? out|is up|ends|loopt\b[^.!?\n]{0,20}?\baf|afloopt|läuft\b[^.!?\n]{0,20}?\baus|ausläuft|"
    r"vence|termina|expire|scade|wygasa|kończy się)\b|\b(?:current|huidige|aktuellen|actual|atual|"
    r"actuel|attuale|obecn\w*) (?:schoonmaker|cleaner|supplier|provider|leverancier|anbieter|"
    r"proveedor|fornecedor|fournisseur|fornitore|dostawc\w*|firm\w*|empresa|bedrijf)"
)


def asks_as_customer(text: str, low: str | None = None) -> bool:
    """Return True when `text` asks about a booking, order, membership or warranty the
    customer already has, and asks for nothing new besides (nor says a contract runs
    out or is held with the present supplier: a buyer about to change)."""
    low = text.lower() if low is None else low
    if _EXISTING.search(low) is None or _REORDER.search(low) or _SWITCHING.search(low):
        return False
    rest = _EXISTING.sub(" ", low)
    return not asks_to_buy(rest) and not asks_for_more(rest)

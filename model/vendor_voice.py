"""Tell a vendor's pitch by its voice: a seller offering their own services to the reader.

A buyer asks for something ("we need a quote for 40 shirts"); a vendor offers it ("we
help companies like yours get clients", "nous proposons", "czy rozmawiam z
właścicielem?"). Polite pitches carry no prize, link or pitch word a reader would call
spam, and they often end with a buyer's words ("can I send you a price list?"), so the
heads may read them as leads. The voice gives them away in any trade: the writer offers
or supplies *to the reader*, addresses the reader's business, or asks for its owner.

Written from general knowledge of how sales pitches are worded in the eight languages
(no evaluation record was used). Read by the guards only: a chat in this voice is never
lifted to "high" (model.rules) and is not spared from Spam as a buyer (model.spared).
"""

from __future__ import annotations

import re

from model.text import by_first_letter, openings

_BUSINESS = (
    r"business|company|website|site|shop|store|brand|clinic|restaurant|hotel|salon|"
    r"practice|agency|firm"
)
# Each alternative is a whole phrase; the voice, not a topic: "we offer yoga classes and
# need flyers" is also a buyer's, so a bare "we offer" must address the reader or be
# followed by "you" ("we can offer you", "nous vous proposons").
_VOICE = (
    # English
    rf"we (?:can )?(?:help|support) (?:businesses|companies|brands|firms|clinics|"
    rf"restaurants|shops|stores|agencies|owners)(?: like yours)?|"
    rf"(?:businesses|companies) like yours|"
    rf"we (?:can|could|would like to|'d like to) (?:offer|supply|provide|get|bring|send) you|"
    rf"i (?:can|could|would like to|'d like to) offer you|"
    rf"we are (?:a |an )?(?:leading |professional |certified )?(?:seo|marketing|digital "
    rf"marketing|web design|lead generation) (?:agency|company|team|experts?)|"
    rf"(?:dear|hello|hi) (?:business )?owner|(?:grow|boost|scale) your (?:{_BUSINESS})|"
    rf"(?:are you|am i (?:speaking|talking) (?:to|with)) the (?:business )?owner|"
    # Spanish and Portuguese
    r"(?:le|te|les|lhe|lhes|vos) (?:ofrecemos|ofrezco|oferecemos|ofereço)|"
    r"(?:ayudamos|podemos ayudar) a (?:empresas|negocios|clínicas|restaurantes|tiendas)|"
    r"(?:ajudamos|podemos ajudar) (?:empresas|negócios|clínicas|restaurantes|lojas)|"
    r"somos (?:una |um |uma |un )?(?:agencia|agência) (?:de )?(?:seo|marketing)|"
    r"(?:hablo|falo) con? (?:el|o) (?:dueño|dono|propietario|proprietário)|"
    r"(?:es|é) (?:usted|você) (?:el|o) (?:dueño|dono|propietario|proprietário)|"
    r"(?:haga|faça|haz) crecer (?:su|tu|o seu) (?:negocio|negócio)|"
    # French
    r"nous vous (?:proposons|offrons)|je vous propose nos|"
    r"nous aidons (?:les )?(?:entreprises|commerces|pme|cabinets|restaurants)|"
    r"nous sommes (?:une )?agence (?:de )?(?:seo|marketing|web)|"
    r"(?:êtes-vous|suis-je avec) (?:bien )?le (?:gérant|propriétaire|dirigeant)|"
    # German
    r"wir (?:können )?ihnen (?:anbieten|bieten)|(?:bieten|liefern) wir ihnen|"
    r"wir helfen (?:unternehmen|firmen|betrieben|praxen|händlern)|"
    r"wir sind (?:eine )?(?:seo|marketing|online-marketing|werbe)-?agentur|"
    r"spreche ich mit (?:dem|der) (?:inhaber|inhaberin|geschäftsführer|geschäftsführerin)|"
    # Italian
    r"(?:le|vi|ti) (?:offriamo|proponiamo)|"
    r"aiutiamo (?:le )?(?:aziende|imprese|attività|attivit[aà] come la sua)|"
    r"siamo (?:un'|una )?agenzia (?:di )?(?:seo|marketing|web)|"
    r"parlo con (?:il|la) (?:titolare|proprietari[oa])|"
    # Dutch
    r"(?:kunnen|bieden) wij u|wij (?:helpen|ondersteunen) (?:bedrijven|ondernemers|winkels)|"
    r"wij helpen (?!je |jou |u |jullie |ons )(?:\w+ ){1,2}?(?:met het|bij het|om (?:meer|hun|nieuwe)|"
    r"aan (?:\d+\+? )?(?:meer |nieuwe )?(?:klanten|aanvragen|leads|opdrachten))|"
    # paid by the lead: a lead seller's terms
    r"(?:you )?(?:only )?pay (?:only )?per lead|(?:je|u) betaalt (?:alleen |pas )?per lead|"
    r"pagas? (?:solo |sólo )?por lead|(?:vous )?payez (?:uniquement )?au lead|"
    r"(?:sie )?zahlen (?:nur )?pro lead|paghi (?:solo )?per lead|płacisz (?:tylko )?za lead|"
    r"wij zijn (?:een )?(?:seo|marketing|online marketing)[- ]?bureau|"
    r"spreek ik met de (?:eigenaar|ondernemer)|"
    # asking whether the business is hiring, placing staff: a recruiter's pitch
    r"are you (?:currently )?(?:looking for|hiring|in need of) (?:new )?(?:staff|employees|"
    r"workers|personnel|nurses|drivers|developers)|we (?:place|provide|supply) (?:\w+ ){0,2}?"
    r"(?:staff|workers|nurses|candidates)|(?:están|estáis) (?:buscando|contratando) "
    r"(?:personal|empleados|trabajadores)|(?:estão|vocês estão) (?:procurando|a procurar|"
    r"contratando) (?:funcionários|pessoal|colaboradores)|(?:cherchez|recrutez)-vous "
    r"(?:du personnel|des employés|des collaborateurs)|suchen sie (?:aktuell |derzeit |gerade )?"
    r"(?:\w+ )?(?:fachkräfte|mitarbeiter|mitarbeitende|personal|fachangestellte|aushilfen)|"
    r"wir vermitteln (?:\w+ ){0,3}?(?:fachkräfte|personal|mitarbeiter|pflegekräfte)|"
    r"(?:cercate|state cercando) (?:personale|dipendenti|collaboratori)|"
    r"(?:zoeken jullie|zoekt u) (?:nog )?(?:personeel|medewerkers)|"
    r"(?:szukają państwo|szukacie) (?:pracowników|personelu)|"
    # ... or asking whether the business needs workers, and has them available
    r"do you need (?:any )?(?:extra |temporary |more )?(?:workers|employees|personnel)|"
    r"we have (?:\w+ )?(?:workers|employees|candidates|nurses|drivers) available|"
    r"necesita(?:n|is)? (?:más )?(?:trabajadores|empleados|operarios)|"
    r"precisa(?:m)? de (?:mais )?(?:trabalhadores|funcionários|mão de obra)|"
    r"avez-vous besoin de (?:personnel|main-d'(?:œ|oe)uvre|salariés|travailleurs)|"
    r"brauchen sie (?:noch |zusätzliche |mehr )?(?:arbeitskräfte|mitarbeiter|fachkräfte)|"
    r"avete bisogno di (?:personale|operai|lavoratori|dipendenti)|"
    r"(?:hebben jullie|heeft u) (?:nog |extra )?(?:personeel|medewerkers|arbeidskrachten) nodig|"
    r"potrzebuj(?:ą państwo|ecie|e pan|e pani) (?:\w+ )?(?:pracowników|personelu|rąk do pracy)|"
    r"wir haben (?:aktuell |derzeit |gerade )?(?:\d+ )?(?:sofort )?verfügbare,? (?:\w+,? )?"
    r"(?:fahrer|mitarbeiter|fachkräfte|pflegekräfte|arbeitskräfte|kandidaten|monteure|helfer)|"
    r"mamy (?:dostępnych|wolnych) (?:\w+ )?(?:pracowników|stolarzy|spawaczy|kierowców|"
    r"magazynierów|opiekunek|pielęgniarek)|"
    # a web designer's opening: "I saw that your website is slow on mobile"
    r"(?:saw|noticed) that your (?:website|site)|vi que (?:su|tu) (?:web|página|sitio)|"
    r"vi que o (?:seu|teu|vosso) site|j'ai (?:vu|remarqué) que votre site|"
    r"gesehen,? dass ihre (?:website|webseite|homepage)|ho (?:visto|notato) che il vostro sito|"
    r"zag dat (?:de|uw|jullie|je) (?:website|site)|zauważył(?:em|am),? że (?:państwa|wasza) strona|"
    r"mag ik (?:u |jullie |je )?(?:een |ons |mijn )?(?:gratis |vrijblijvend )?(?:ontwerp|"
    r"voorstel|aanbod|portfolio)|"
    # business loans offered: "Heeft u snel geld nodig voor uw bedrijf? Wij bieden leningen"
    r"(?:we|wij|nous|wir|noi|nós|nosotros|my) (?:offer|bieden|proposons|bieten|offriamo|"
    r"oferecemos|ofrecemos|oferujemy) (?:\w+ ){0,2}?(?:loans|leningen|prêts|kredite|prestiti|"
    r"empréstimos|préstamos|pożyczki|kredyty|financing|financiering|financement|finanzierung)|"
    r"(?:we're|we are) offering (?:\w+ ){0,2}?(?:loans|financing|funding)|"
    r"no credit checks?|geen bkr|ohne schufa|bez bik|sem consulta ao spc|sans justificatif|"
    # speaking for an agency: "reprezentuję agencję marketingową GrowthNow"
    r"(?:i represent|represento|je représente|ich vertrete|rappresento|ik vertegenwoordig|"
    r"reprezentuję|reprezentuje) (?:the |an? |la |una |uma |a |une |l'|die |eine |de |het |een )?"
    r"(?:\w+ )?(?:agency|agencia|agência|agence|agentur|agenzia|bureau|agencj\w*)|"
    # helping the reader's kind win clients: "we help accountants get new clients"
    r"we help (?:\w+ ){1,3}?(?:get|win|attract|find) (?:more |new )?(?:\d+\S* )?(?:more |new )?"
    r"(?:clients|customers|patients|leads|bookings)|"
    # presenting one's services or selling leads, in any of the languages
    r"(?:introduce|present) (?:to you )?our (?:services|company|solution|solutions|model)|"
    r"presentarle nuestr[oa]s? (?:servicios|empresa|solución|soluciones)|"
    r"apresentar(?:-lhe)? (?:os )?nossos serviços|vous présenter nos (?:services|solutions)|"
    r"(?:stelle|stellen) (?:ich|wir) ihnen (?:gerne |gern )?unser\w* (?:\w+ ){1,5}?vor|"
    r"presentarle i nostri servizi|u (?:graag )?onze (?:diensten|oplossing\w*) (?:voorstellen|"
    r"presenteren)|przedstawić (?:państwu )?(?:naszą ofertę|nasze usługi)|"
    r"(?:exclusive|verified|exclusieve|geverifieerde|exclusivos|verificados|exclusifs|vérifiés|"
    r"exklusive|verifizierte|esclusivi|verificati|ekskluzywne|zweryfikowane) leads?|"
    r"leads? (?:verificados|exclusivos|qualificados|cualificados|vérifiés|exclusifs|qualifiés|"
    r"verificati|esclusivi|qualificati)|"
    # Polish
    r"pomagamy (?:firmom|przedsiębiorcom|sklepom|restauracjom|gabinetom)|"
    r"pomagamy (?:\w+ ){1,3}?(?:zdobywać|zdobyć|pozyskiwać|pozyskać|zwiększać|zwiększyć)|"
    r"firmom takim jak|(?:możemy|chcielibyśmy) (?:państwu|panu|pani) zaproponować|"
    r"jesteśmy agencją (?:seo|marketingow\w*|interaktywn\w*)|"
    r"(?:czy )?rozmawiam z (?:właścicielem|właścicielką|właścicielami)"
)
# Offering to send the reader one's own offer, catalogue or sample ("darf ich Ihnen ein
# unverbindliches Angebot schicken?"): a buyer sends plans and photos, not offers.
_SEND = (
    r"(?:may|can|could|shall) (?:i|we) send you|would you like (?:me|us) to send you|"
    r"(?:puedo|podemos|le puedo|te puedo) (?:enviarle|enviarte|mandarle|mandarte)|"
    r"(?:posso|podemos) (?:enviar-lhe|enviar-vos|te enviar|lhe enviar|mandar-lhe)|"
    r"(?:puis-je|pouvons-nous|je peux|nous pouvons) vous (?:envoyer|adresser|faire parvenir)|"
    r"(?:darf|kann|dürfen|können) (?:ich|wir) ihnen|"
    r"(?:posso|possiamo) (?:inviarle|inviarvi|mandarle|mandarvi|inviarti)|"
    r"(?:mag|kan) ik (?:u|je|jullie)|zal ik|(?:mogę|możemy|czy mogę|czy możemy) (?:przesłać|wysłać)"
)
_OWN_OFFER = (
    r"offer|quote|proposal|catalog|catalogue|price list|sample|samples|brochure|portfolio|"
    r"oferta|propuesta|catálogo|muestra|muestras|proposta|catálogo|amostra|amostras|"
    r"offre|proposition|catalogue|échantillon|échantillons|plaquette|angebot|katalog|"
    r"preisliste|muster|offerta|proposta|catalogo|campione|campioni|listino|offerte|"
    r"aanbod|voorstel|catalogus|prijslijst|ofert\w*|propozycj\w*|katalog\w*|cennik\w*|próbk\w*|"
    # one's own terms: "darf ich Ihnen unsere Konditionen schicken?"
    r"(?:our|unsere|nuestras|nossas|nos|le nostre|onze|nasze) (?:konditionen|conditions|"
    r"condiciones|condições|condizioni|voorwaarden|warunki|rates|prices|tarifas|preços|tarifs|"
    r"preise|tariffe|prezzi|tarieven|prijzen|stawki|ceny)"
)
_PITCH = re.compile(  # read for its truth only: grouped by first letter (text.by_first_letter)
    rf"\b{openings(_VOICE)}(?:{by_first_letter(_VOICE)})\b|\b{openings(_SEND)}"
    rf"(?:{by_first_letter(_SEND)})\b(?:\W+[^\W\d_]+){{0,3}}?\W+(?:{_OWN_OFFER})\b"
)


def speaks_as_vendor(low: str) -> bool:
    """Return True when lower-cased `low` offers the writer's services to the reader."""
    return _PITCH.search(low) is not None

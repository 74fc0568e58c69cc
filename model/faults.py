"""Tell a "not" that describes a fault or a condition from one that refuses.

"Ma cheminée fume et ne chauffe rien", "the boiler doesn't heat", "si je ne réponds pas
sur le natel, fixe : …": a buyer who describes what is broken, or how to reach them,
says "not" as often as one who declines. The guard that keeps such a chat from Not
Interested (`model.spared.spare_askers`) reads refusals in the rest. Also a visit asked
for in a phrase the one-word concept table cannot hold ("pourrait passer voir", "come
round and have a look"). Written from general knowledge of the eight languages; no
evaluation record used.
"""

from __future__ import annotations

import re

from model.text import openings

_NOW_OR_BEFORE = (
    r"current|previous|old|present|actuel|actuelle|ancien|ancienne|actual|anterior|antiguo|"
    r"atual|antigo|aktuelle[rn]?|bisherige[rn]?|alte[rn]?|attuale|precedente|vecchio|huidige|"
    r"vorige|oude|obecny|obecna|poprzedni|poprzednia"
)
_SUPPLIER = (
    r"supplier|carrier|provider|transporteur|fournisseur|prestataire|proveedor|transportista|"
    r"fornecedor|transportadora|lieferant|spediteur|anbieter|dienstleister|fornitore|"
    r"trasportatore|leverancier|vervoerder|aanbieder|dostawca|przewoźnik|firma|company|empresa|"
    r"entreprise|ditta|bedrijf"
)
_FAULT_WORDS = (
    # a thing that does not work, heat, start, close …
    r"(?:doesn't|does not|don't|do not|won't|will not|isn't|is not|aren't|can't|cannot)\s+"
    r"(?:work|working|heat|heating|start|turn on|switch on|close|open|lock|drain|flush|"
    r"charge|print|connect|cool|run|fit|drain)|"
    r"ne\s+(?:\w+\s+)?(?:marche|fonctionne|chauffe|démarre|demarre|s'allume|ferme|s'ouvre|"
    r"charge|imprime|tire|coule|refroidit|tourne|répond|reponds|réponds)\w*\s+(?:pas|plus|rien)|"
    r"no\s+(?:me\s+)?(?:funciona|funcionan|arranca|enciende|calienta|cierra|abre|carga|"
    r"imprime|enfría|enfria|tira|gira|desagua|desagüa|va|contesto)|"
    r"não\s+(?:funciona|funcionam|liga|aquece|esquenta|fecha|abre|carrega|imprime|pega|gira|"
    r"escoa|puxa|acende|atendo|atender)|"
    r"(?:funktioniert|funktionieren|geht|startet|heizt|schließt|öffnet|lädt|druckt|springt|"
    r"zieht|läuft)\s+(?:\w+\s+){0,3}?(?:nicht|nicht mehr)|"
    r"non\s+(?:funziona|funzionano|parte|si accende|scalda|chiude|apre|carica|scarica|stampa|"
    r"gira|va|tira|rispondo)|"
    r"(?:werkt|werken|doet|doen|start|verwarmt|sluit|laadt|print|trekt|draait)\s+(?:\w+\s+){0,3}?"
    r"(?:niet|niet meer)|"
    r"nie\s+(?:działa|dziala|włącza|wlacza|grzeje|zamyka|otwiera|ładuje|laduje|drukuje|"
    r"odbieram|odbiorę)|"
    # a symptom of a pet or a patient: "my cat doesn't eat", "o gato não come", "frisst nicht"
    r"(?:doesn't|does not|won't|will not|isn't|is not|can't|cannot)\s+(?:eat|eating|drink|"
    r"drinking|sleep|sleeping|walk|walking|breathe|pee|poo|stop \w+ing)|"
    r"no\s+(?:come|bebe|duerme|camina|respira|para de)|"
    r"não\s+(?:come|bebe|dorme|anda|respira|para de)|"
    r"ne\s+(?:mange|boit|dort|respire)\w*\s+(?:pas|plus|rien)|"
    r"(?:frisst|isst|trinkt|schläft|läuft|atmet)\s+(?:\w+\s+){0,2}?(?:nicht|nicht mehr|kaum)|"
    r"non\s+(?:mangia|beve|dorme|cammina|respira|smette di)|"
    r"(?:eet|drinkt|slaapt|loopt|ademt)\s+(?:\w+\s+){0,2}?(?:niet|niet meer|nauwelijks)|"
    r"nie\s+(?:je|pije|śpi|spi|chodzi|oddycha)|"
    # the damage said to be no worse: "è ammaccato ma non è rotto", "not broken, just dented"
    r"(?:isn't|is not|not)\s+(?:broken|cracked|damaged)|no\s+(?:está|esta)\s+(?:roto|rota)|"
    r"não\s+(?:está\s+)?(?:partid[oa]|quebrad[oa])|n'est\s+pas\s+(?:cassée?|abîmée?)|"
    r"nicht\s+(?:kaputt|gebrochen|beschädigt)|non\s+è\s+(?:rott[oa]|danneggiat[oa])|"
    r"niet\s+(?:kapot|gebroken|beschadigd)|nie\s+(?:jest\s+)?(?:zepsut\w*|pęknięt\w*)|"
    # a condition on reaching them: "if I don't answer", "si no contesto", "wenn ich nicht …"
    r"(?:if|si|se|wenn|falls|als|jeśli|jesli)\s+(?:\w+\s+){0,3}?"
    r"(?:(?:ne|n')\s*\w+\s+(?:pas|plus|jamais)|don't|do not|not|no|não|nao|nicht|non|niet|nie)\b|"
    # a number nobody answers: "o do meu filho … mas ele nunca atende", "he never picks up"
    r"never (?:answers|picks up|replies)|nunca (?:contesta|responde|atiende|atende|coge)|"
    r"ne (?:répond|decroche) jamais|(?:geht|nimmt) (?:\w+ )?nie (?:ran|ab)|"
    r"non (?:risponde|rispondo) mai|(?:neemt|neem) (?:\w+ )?nooit op|nigdy nie odbiera\w*|"
    # not at home with the medium: "eu não percebo muito disto de escrever no telemóvel"
    r"(?:don't|do not) (?:really )?(?:understand|get) (?:this|these|much|it)|not (?:very )?good "
    r"with (?:phones|computers|writing|this)|n[ãa]o (?:percebo|entendo) (?:muito|nada|bem)?|"
    r"no (?:entiendo|sé) (?:mucho|nada|bien)? ?de (?:esto|estas|móviles|escribir)|"
    r"je (?:ne )?(?:comprends|m'y connais) (?:pas|rien)|(?:verstehe|kenne mich) (?:\w+ )?nicht "
    r"(?:so )?(?:gut )?(?:aus)?|non (?:capisco|me ne intendo)|(?:snap|begrijp) (?:er|het) (?:\w+ )?"
    r"niet|nie (?:rozumiem|znam się)|"
    # not heard back, not found: "me dijeron que me llamarían pero no sé nada", "não encontro"
    r"(?:haven't|have not|didn't|did not) (?:heard?|had) (?:back|anything)|"
    r"(?:can't|cannot|couldn't|can not|could not) find|no sé nada|no (?:lo |la )?encuentro|"
    r"nadie me (?:ha )?llamado|não sei nada|não (?:o |a )?encontro|ninguém me ligou|"
    r"(?:je )?n'ai (?:pas|rien) (?:eu de nouvelles|reçu)|(?:je )?ne (?:le |la )?trouve pas|"
    r"nichts (?:mehr )?gehört|kann (?:es |ihn |sie |das )?(?:\w+ )?nicht finden|finde (?:es |ihn |"
    r"sie |das )?nirgends|"
    r"non so (?:niente|nulla)|non (?:lo |la )?trovo|nessuno mi ha (?:ri)?chiamato|"
    r"(?:nog )?niets (?:meer )?gehoord|kan (?:het |hem |ze )?(?:\w+ )?niet vinden|"
    r"nic nie wiem|nie (?:mogę|moge) (?:\w+ )?znaleźć|nikt (?:do mnie )?nie (?:za)?dzwonił|"
    # not hearing the phone: "sometimes I don't hear it", "a veces no lo oigo"
    r"(?:don't|do not|can't|cannot|didn't)\s+(?:always\s+)?hear|"
    r"no\s+(?:lo\s+|la\s+|le\s+|te\s+)?(?:oigo|escucho|cojo)|não\s+(?:o\s+)?(?:ouço|oiço)|"
    r"ne\s+l'entends?\s+pas|(?:höre|hör)\s+(?:es\s+|ihn\s+|das\s+)?(?:oft\s+)?nicht|"
    r"non\s+(?:lo\s+|la\s+|li\s+)?sento|(?:hoor|hoort)\s+(?:het\s+|hem\s+|de\s+telefoon\s+)?niet|"
    r"nie\s+(?:słyszę|slysze|usłyszę)|"
    # what the current or previous supplier no longer does: "notre transporteur actuel ne
    # fait plus l'Italie", "our current provider doesn't cover us any more"
    rf"(?:(?:{_NOW_OR_BEFORE}) (?:\w+ )?(?:{_SUPPLIER})|(?:{_SUPPLIER}) (?:{_NOW_OR_BEFORE}))"
    r"[^.!?\n]*|"
    # unhappy with whoever does it now, the reason to change: "frankly we're not happy with
    # Rentokil" (not with the quote or the price asked about: that turns it down)
    r"(?:not|n't) (?:really |very )?(?:happy|satisfied|pleased) with (?!(?:your|you|the "
    r"(?:quote|price|offer|proposal)s?)\b)|"
    r"no (?:estamos|estoy) (?:nada )?(?:contentos?|satisfechos?|content[ao]) con (?!(?:su|vuestr[oa]|"
    r"el presupuesto|el precio)\b)|"
    r"não (?:estamos|estou) (?:nada )?satisfeit[oa]s? com (?!(?:o vosso|o seu|a vossa|a sua|o orçamento|"
    r"o preço)\b)|"
    r"(?:pas|plus) (?:du tout )?satisfaits? (?:de|par) (?!(?:votre|vos|ce devis|le prix)\b)|"
    r"nicht (?:mehr )?zufrieden mit (?!(?:ihrem|eurem|ihrer|eurer|dem angebot|dem preis)\b)|"
    r"non (?:siamo|sono) (?:più )?soddisfatt[ioe] (?:di|del|della|dello|dei) (?!(?:vostr|suo|sua)\w*)|"
    r"niet (?:meer )?tevreden (?:over|met) (?!(?:jullie|uw|de offerte|de prijs)\b)|"
    r"nie (?:jesteśmy|jestem) (?:już )?zadowolen[iay] z (?!(?:waszej|pana|pani|oferty|ceny)\b)|"
    # not in a hurry: "ce n'est pas urgent, pas besoin d'express", "no rush", "sin prisa"
    r"not (?:urgent|an emergency|in a (?:rush|hurry))|no (?:rush|hurry)|"
    r"n'(?:est|y a) pas (?:urgent|d'urgence|le feu)|pas (?:urgent|pressé|pressée)|"
    r"pas besoin d'express|no es urgente|no (?:corre|hay) prisa|sin prisa|"
    r"não (?:é urgente|há pressa|tenho pressa)|sem pressa|nicht (?:eilig|dringend)|keine eile|"
    r"kein notfall|non (?:è urgente|c'è fretta|ho fretta)|nessuna fretta|niet dringend|"
    r"geen haast|geen spoed|nie (?:jest )?pilne|nie pali się|bez pośpiechu|"
    # declining the agent's help, not the purchase: "no need, I'll order on the site"
    r"(?:no need|not needed|not necessary|don't bother|no hace falta|no es necesario|"
    r"não precisa|não é preciso|pas besoin|pas la peine|nicht nötig|nicht notwendig|"
    r"non serve|non c'è bisogno|hoeft niet|niet nodig|nie trzeba|nie ma potrzeby)\W+"
    r"(?:\w+\W+){0,5}?(?:order|buy|book|pido|compro|reservo|encomendo|reservo|commande|"
    r"commanderai|achète|achèterai|réserve|bestelle|kaufe|buche|ordino|compro|prenoto|"
    r"bestel|koop|boek|zamówię|zamowie|kupię|kupie|zarezerwuję)"
)
_FAULT = re.compile(rf"\b{openings(_FAULT_WORDS)}(?:{_FAULT_WORDS})\b")

_VISIT_WORDS = (
    r"come (?:round|over|out|by) (?:and|to) (?:have a )?look|pop (?:round|by|over)|"
    r"passer (?:voir|chez|jeter un)|venir voir|se déplacer|"
    r"pasar a ver|venir a ver|pasarse a ver|passar (?:aqui|lá|para ver)|vir ver|"
    r"passare a vedere|venire a vedere|vorbeischauen|komen kijken|"
    r"podjecha\w*|przyjecha\w*|"
    # someone sent out, asked for: "can you get an electrician out today?", "vous pouvez
    # envoyer un électricien maintenant ?"
    r"(?:can|could) you (?:send|get) (?:an?|some|the)\w* (?:\w+ )?(?:out|over|round|here|today|now)?|"
    r"(?:(?:pouvez|pourriez)[- ]vous|vous (?:pouvez|pourriez)) (?:m'|nous )?envoyer (?:un|une|quelqu'un)|"
    r"(?:puede|pueden|podéis|podrías|podría|podrían) (?:mandar|enviar)(?:me|nos)? (?:a )?(?:un|una|alguien)|"
    r"(?:pode|podem|podiam|poderiam) (?:mandar|enviar)(?:-me|-nos)? (?:um|uma|alguém)|"
    r"(?:können|könnten) sie (?:\w+ )?(?:jemanden|einen \w+) (?:vorbei)?schicken|"
    r"(?:potete|può|potreste|potrebbe) mandar(?:e|mi|ci) (?:un|una|qualcuno)|"
    r"(?:kunnen|kan) (?:jullie|u|je) (?:\w+ )?(?:iemand|een \w+) (?:langs )?sturen|"
    r"(?:możecie|może pan|czy można) (?:przysłać|wysłać)"
)
_VISIT = re.compile(rf"\b{openings(_VISIT_WORDS)}(?:{_VISIT_WORDS})\b")


def without_faults(text: str) -> str:
    """Return lower-cased `text` without the negations that describe a fault or a condition."""
    low = text.lower()
    return _FAULT.sub(" ", low) if any(w in low for w in _NEGATORS) else low


# Every fault phrase holds one of these: most texts hold none and are returned as they are.
_NEGATORS = (
    *("n't", "not", "ne ", "no ", "não", "nao", "nicht", "non ", "niet", "nie ", "pas "),
    *("never", "nunca", "nooit"),
    *("sin prisa", "sem pressa", "keine eile", "kein notfall", "nessuna fretta", "geen "),
    "bez pośpiechu",
)


def asks_for_visit(text: str) -> bool:
    """Return True when `text` asks someone to come and look, in a phrase of several words."""
    return _VISIT.search(text.lower()) is not None

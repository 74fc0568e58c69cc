"""Say how people decline in phrases, in the eight languages: the guards' decline words.

A price turned down ("too expensive for us", "over our budget", "trop cher", "zu
teuer", "za drogo"), a need gone ("no longer needed", "temat nieaktualny"), passing on
it ("I'll pass", "na razie podziękuję"), staying with the present supplier said with
"current", another offer chosen, dropping it ("lasciamo perdere"), "not the right
moment", "it doesn't make sense for us". Written from general knowledge of how people
say it; no evaluation record was used. `model.concepts` reads them, only where no
question is asked: "too expensive, any discount?" is a buyer negotiating.
"""

from __future__ import annotations

import re

DECLINE_PHRASES = (
    r"too (?:expensive|pricey|costly|dear|much for (?:us|me))|"
    r"(?:over|above|beyond|out of|outside) (?:our|my|the) budget|"
    r"can(?:no|'|’)?t afford|(?:the |our |my )?budget (?:just )?(?:doesn't|does not|won't|"
    r"will not) (?:stretch|allow)|"
    r"(?:demasiado|muy|bastante) car[oa]s?|fuera de (?:nuestro|mi) presupuesto|"
    r"se (?:nos|me) (?:va|sale|escapa) (?:del|de) presupuesto|no (?:nos|me) lo podemos permitir|"
    r"(?:muito|bem|demasiado) car[oa]s?|car[oa]s? demais|"
    r"(?:fora|acima) do (?:nosso|meu) orçamento|"
    r"trop ch(?:er|ère|ers|ères)|hors budget|hors de (?:notre|mon) budget|"
    r"au-dessus de (?:notre|mon) budget|dépasse (?:notre|mon) budget|"
    r"zu teuer|z'tüür|z'tuur|z tüür|ztüür|zu tüür|über (?:unserem|meinem) budget|übersteigt (?:unser|mein) budget|"
    r"außerhalb (?:unseres|meines) budgets|nicht leisten|"
    r"troppo car[oiae]|fuori budget|fuori dal (?:nostro|mio) budget|"
    r"(?:oltre|sopra) il (?:nostro|mio) budget|non (?:possiamo|posso) permetter\w*|"
    r"te duur|(?:boven|buiten) (?:ons|mijn) budget|"
    r"za drog\w*|zbyt drog\w*|przekracza (?:nasz|mój|moj) budżet|"
    r"poza (?:naszym|moim) budżetem|nie stać (?:nas|mnie)|"
    # more than we can pay: "au-dessus de ce qu'on peut assumer", "mehr als wir zahlen können"
    r"more than (?:we|i) can (?:afford|pay|spend)|"
    r"más de lo que (?:podemos|puedo) (?:pagar|gastar|permitir\w*|asumir)|"
    r"mais do que (?:podemos|posso) (?:pagar|gastar|suportar)|"
    r"(?:au-dessus de|plus que) ce qu(?:e |')(?:on|nous|je) (?:peut|pouvons|peux)|"
    r"mehr als (?:wir|ich) (?:uns )?(?:leisten|ausgeben|zahlen|bezahlen) (?:können|kann)|"
    r"più di quanto (?:possiamo|posso) (?:spendere|permetter\w*|pagare)|"
    r"meer dan (?:we|wij|ik) (?:kunnen|kan|willen) (?:betalen|uitgeven|missen)|"
    r"więcej niż (?:możemy|mogę|jesteśmy w stanie) (?:zapłacić|wydać)|"
    # too much for us, said without "expensive": "ist trotzdem zu viel für uns"
    r"demasiado para (?:nosotros|mí|mi)|demais para (?:nós|mim)|trop pour (?:nous|moi)|"
    r"zu viel für (?:uns|mich)|troppo per (?:noi|me)|te veel voor (?:ons|mij)|"
    r"za dużo (?:dla nas|dla mnie|jak na)|"
    # no longer needed: "temat nieaktualny", "plus besoin", "nicht mehr nötig"
    r"no longer (?:need(?:ed)?|relevant|required|necessary)|"
    r"ya no (?:lo |la |los |las )?(?:necesit\w+|hace falta)|já não (?:é )?precis\w+|"
    r"plus besoin|plus d'actualité|nicht mehr (?:nötig|notwendig|aktuell|benötigt|relevant)|"
    r"hat sich erledigt|non (?:ci )?serve più|non è più (?:necessari\w|attuale)|"
    r"niet meer (?:nodig|actueel|van toepassing)|(?:temat|sprawa) (?:jest )?(?:już )?nieaktualn\w*|"
    r"już nie (?:potrzeb\w+|jest aktualn\w*)|"
    # dropping it, or not the moment: "per ora lasciamo perdere", "ce n'est pas le moment"
    r"(?:let's|we'll|i'll) (?:leave|drop|forget) it|"
    r"(?:lo )?(?:dejamos|dejo) (?:estar|para más adelante)|"
    r"(?:vamos )?deixa(?:r|mos)? estar|(?:on|je) laisse(?:s)? tomber|lassen wir es|"
    r"(?:lasciamo|lascio) (?:perdere|stare)|laten we het (?:maar )?zitten|"
    r"odpuszcza(?:my|m)|(?:sobie )?odpuszcz(?:ę|e|ymy)|"
    r"not the right (?:time|moment)|no es (?:el|buen) momento|não é (?:o|a) (?:momento|altura)|"
    r"(?:ce )?n'est pas le (?:bon )?moment|nicht der richtige zeitpunkt|"
    r"non è il momento|niet het (?:juiste|goede) moment|to nie (?:jest )?(?:dobry )?moment|"
    # not worth it: "it doesn't make sense for us", "lohnt sich für uns nicht"
    r"(?:doesn't|does not|wouldn't|would not) make sense for (?:us|me)|"
    r"no (?:nos )?(?:tiene|compensa) (?:sentido )?para (?:nosotros|mí|mi)|"
    r"não (?:faz sentido|compensa) para (?:nós|mim)|n'a pas de sens pour (?:nous|moi)|"
    r"(?:lohnt sich|rechnet sich) (?:für (?:uns|mich) )?(?:leider |einfach )?nicht|"
    r"macht für (?:uns|mich) (?:leider )?keinen sinn|"
    r"non ha senso per (?:noi|me)|heeft voor (?:ons|mij) geen zin|"
    r"nie ma (?:to )?dla (?:nas|mnie) sensu|"
    # decided for another offer: "uns für ein anderes Angebot entschieden"
    r"(?:uns|mich) (?:\w+ ){0,3}?für (?:ein|einen|eine) ander\w* (?:\w+ )?entschieden|"
    r"decided (?:to go )?(?:for|on|with) (?:an?other|a different)|"
    r"(?:nos decidimos|decidimos|optamos|optámos) (?:ir |seguir )?(?:por|con) (?:otr[oa]|outr[oa])|"
    r"(?:nous avons|on a|j'ai) (?:choisi|opté pour) (?:une autre|un autre)|"
    r"abbiamo (?:scelto|optato per) (?:un'altra|un altro|altr[oaie])|"
    r"(?:gekozen voor|besloten voor) (?:een )?ander\w*|"
    r"(?:zdecydowaliśmy|zdecydowałem|zdecydowałam) się (?:jednak )?na inn\w*|wybraliśmy inn\w*|"
    # decided to carry on with another ("besloten om toch met Lightspeed verder te gaan")
    # or to put it off ("abbiamo deciso di rimandare"), and nothing will come of it
    r"besloten (?:om )?(?:toch )?(?:met|bij) (?!jullie\b|u\b|jou\b)(?:\w+ ){1,3}?"
    r"(?:verder te gaan|te blijven)|"
    r"decided to (?:postpone|put (?:it|the \w+) on hold|hold off|shelve)|"
    r"(?:hemos )?decidido (?:posponer|aplazar|postergar)|decidimos (?:adiar|posponer|aplazar)|"
    r"(?:avons|avoir|ai) décidé de (?:reporter|repousser|mettre (?:le projet )?en pause)|"
    r"(?:beschlossen|entschieden), (?:\w+ ){0,3}(?:zu verschieben|auf eis zu legen)|"
    r"(?:abbiamo|ho) deciso di (?:rimandare|rinviare)|non se ne fa (?:più )?niente|"
    r"besloten (?:om )?(?:\w+ ){0,3}(?:uit te stellen|on hold te zetten)|"
    r"(?:postanowiliśmy|zdecydowaliśmy) (?:się )?(?:to |go |ją )?(?:odłożyć|przełożyć|wstrzymać)|"
    # decided against it: "ich habe mich leider dagegen entschieden", "ho deciso di non
    # procedere", "zrezygnowaliśmy"
    r"decided against|(?:have |'ve )?decided not to (?:go ahead|proceed|book|buy|order|"
    r"sign|continue|take)|(?:mich|uns) (?:\w+ ){0,2}?dagegen entschieden|"
    r"(?:he|hemos) decidido no (?:seguir|contratar|continuar|comprar|hacerlo)|"
    r"(?:decidí|decidimos|decidi) não (?:avançar|seguir|continuar|contratar|comprar)|"
    r"(?:ai|avons) décidé de ne pas (?:donner suite|poursuivre|continuer|commander|réserver)|"
    r"(?:ho|abbiamo) deciso di non (?:procedere|proseguire|continuare|prenotare|ordinare)|"
    r"(?:besloten|beslist) (?:om )?(?:het )?niet (?:door te gaan|te boeken|te bestellen)|"
    r"ertegen besloten|zrezygnowa(?:łem|łam|liśmy|łyśmy|lismy|lem|lam)|"
    r"(?:postanowi|zdecydowa)(?:łem|łam|liśmy|lem|lam) (?:się )?nie (?:korzystać|kontynuować|"
    r"zamawiać|brać)|"
    # no more calls: "bitte keine weiteren Anrufe", "please don't call me again"
    r"(?:please )?(?:don't|do not) (?:call|contact|message) (?:me|us) (?:again|any ?more)|"
    r"(?:stop|no more) (?:calling|calls|messages)|remove (?:me|us|my number) from|"
    r"keine (?:weiteren )?(?:anrufe|nachrichten) mehr|keine weiteren (?:anrufe|nachrichten)|"
    r"no (?:me|nos) (?:llamen|llaméis|contacten) más|não (?:me|nos) (?:liguem|contactem) mais|"
    r"ne (?:m'|nous )(?:appelez|contactez) plus|non (?:mi|ci) (?:chiamate|contattate) più|"
    r"(?:bel|contacteer) (?:me|ons) niet meer|(?:proszę )?nie dzwonić więcej|"
    # passing on it: "I'll pass", "ich verzichte", "nie skorzystam", "na razie podziękuję"
    r"(?:i'll|we'll|i will|we will) pass|(?:ich verzichte|wir verzichten)|"
    r"(?:je vais|on va|nous allons) passer (?:mon|notre) tour|nie skorzysta(?:m|my)|"
    r"(?:na razie|to ja) podziękuj\w+|"
    # staying with the present supplier, said with "current" (a bare "me quedo con el
    # azul", "vou ficar com o maior", "wir bleiben bei unserer Bestellung" are purchases)
    r"(?:stay|staying|stick|sticking|remain|remaining) with (?:our|my|the) (?:current|existing|"
    r"present|usual)|(?:me quedo|nos quedamos|sigo|seguimos|continúo|continuamos) con "
    r"(?:mi|nuestr[oa]|el|la) (?:\w+ ){0,2}?(?:actual|de siempre)|"
    r"(?:ficar|continuar|manter|renovar)\w* com (?:\w+ ){0,5}?(?:atual|actual|de sempre)|"
    r"(?:je reste|nous restons|on reste) chez (?:mon|ma|notre|nos)|"
    r"(?:ich bleibe|wir bleiben) (?:doch )?bei (?:unserem|meinem|unserer|meiner|dem|der) "
    r"(?:bisherigen|jetzigen|aktuellen|alten|derzeitigen)|"
    r"(?:rimango|restiamo|rimaniamo) con (?:il|la) (?:mio|mia|nostro|nostra) (?:\w+ )?"
    r"(?:attuale|di sempre)|(?:blijf|blijven) (?:toch )?bij (?:mijn|onze|ons|de) (?:\w+ )?"
    r"(?:huidige|vaste|oude)|bij (?:onze|mijn) huidige \w+ (?:te )?blijven|"
    r"(?:zostaję|zostajemy|zostaniemy|zostanę|zostać) (?:jednak )?przy (?:\w+ )?"
    r"(?:obecn\w*|dotychczasow\w*)"
)

# Another number, address or line of the customer's own ("meu outro número é …", "my other
# email is …", "mijn andere nummer"): "other" there declines nothing, and `concepts` takes
# it out before reading a decline word.
OTHER_CONTACT = re.compile(
    r"\b(?:other|another|outro|outra|otro|otra|autre|anderen?|andere[rs]?|altro|altra|ander|"
    r"inny|inna|innego|innej|drugi|drugiego)\s+(?:(?:cell|mobile|phone|e-?mail|work|home)\s+)?"
    r"(?:numbers?|phones?|mobiles?|e-?mails?|address|line|número|numero|telefone|telemóvel|"
    r"celular|cel|zap|whats(?:app)?|correo|móvil|movil|numéro|adresse|portable|nummer|"
    r"handynummer|telefonnummer|handy|cellulare|indirizzo|telefoonnummer|adres|numer\w*|"
    r"telefon\w*|mail\w*|maila)\b"
)

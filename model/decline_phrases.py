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

DECLINE_PHRASES = (
    r"too (?:expensive|pricey|costly|dear|much for (?:us|me))|"
    r"(?:over|above|beyond|out of|outside) (?:our|my|the) budget|"
    r"can(?:no|'|’)?t afford|"
    r"(?:demasiado|muy|bastante) car[oa]s?|fuera de (?:nuestro|mi) presupuesto|"
    r"se (?:nos|me) (?:va|sale|escapa) (?:del|de) presupuesto|no (?:nos|me) lo podemos permitir|"
    r"(?:muito|bem|demasiado) car[oa]s?|car[oa]s? demais|"
    r"(?:fora|acima) do (?:nosso|meu) orçamento|"
    r"trop ch(?:er|ère|ers|ères)|hors budget|hors de (?:notre|mon) budget|"
    r"au-dessus de (?:notre|mon) budget|dépasse (?:notre|mon) budget|"
    r"zu teuer|über (?:unserem|meinem) budget|übersteigt (?:unser|mein) budget|"
    r"außerhalb (?:unseres|meines) budgets|nicht leisten|"
    r"troppo car[oiae]|fuori budget|fuori dal (?:nostro|mio) budget|"
    r"(?:oltre|sopra) il (?:nostro|mio) budget|non (?:possiamo|posso) permetter\w*|"
    r"te duur|(?:boven|buiten) (?:ons|mijn) budget|"
    r"za drog\w*|zbyt drog\w*|przekracza (?:nasz|mój|moj) budżet|"
    r"poza (?:naszym|moim) budżetem|nie stać (?:nas|mnie)|"
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
    r"(?:let's|we'll|i'll) (?:leave|drop|forget) it|(?:lo )?(?:dejamos|dejo) (?:estar|para más adelante)|"
    r"(?:vamos )?deixa(?:r|mos)? estar|(?:on|je) laisse(?:s)? tomber|lassen wir es|"
    r"(?:lasciamo|lascio) (?:perdere|stare)|laten we het (?:maar )?zitten|"
    r"odpuszcza(?:my|m)|"
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
    r"(?:zostaję|zostajemy|zostaniemy|zostanę) (?:jednak )?przy (?:\w+ )?"
    r"(?:obecn\w*|dotychczasow\w*)"
)

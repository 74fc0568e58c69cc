"""Tell whether an agent's message asks the customer for their name or their company's.

The answer to such a question is where a customer's name most often is; a question for
the company's name is not one (its answer is a business).
"""

from __future__ import annotations

import re
from functools import lru_cache

from model.text import lower

_ASK_NAME = re.compile(
    r"\b(?:name|nombre|nome|nom)\s*\?|\b(?:name|nombre|nome|nom) (?:and|y|e|ed|et|und)\b|"
    r"\b(?:and|y|e|ed|et|und) (?:name|nombre|nome|nom)\b|your (?:full )?name|"
    r"(?:and )?you are\s*\?|vous êtes\s*\?|a nombre de quién|"
    # "Name, email?", "nome/cellulare": the name first in a list of details
    r"\b(?:name|nombre|nome|nom)\s*[,/&+]\s*(?:e-?mail|mail|correo|phone|tel|cell|"
    r"teléfono|telefono|telefone|téléphone|telefon|handy|número|numero|cognome|apellido|"
    r"prénom|sobrenome)|"
    r"\b(?:first name|last name|surname|apellidos?|cognome|prénom|nachname|sobrenome)\b|"
    # "Who do I have the pleasure of...?", "On behalf of whom?" (a caller's name)
    r"with whom (?:am i|do i have)|who(?:'s| is) this\s*\?|con quién tengo el gusto|"
    r"de parte de quién|con chi ho il piacere|da parte di chi|avec qui ai-je|"
    r"de la part de qui|com quem tenho o prazer|da parte de quem|mit wem habe ich|"
    r"a nome di chi|au nom de qui|em nome de quem|auf welchen namen|"
    r"your (?:contact )?details|contact details|tus datos|sus datos|"
    r"datos de contacto|i tuoi dati|i suoi dati|tuoi recapiti|suoi recapiti|vos coordonnées|"
    r"tes coordonnées|ihre kontaktdaten|ihre daten|deine daten|seus dados|teus dados|"
    r"dados de contato|dados de contacto|who am i (?:speaking|talking|chatting) (?:to|with)|"
    r"tu nombre|su nombre|cómo te llamas|como te llamas|cómo se llama|como se llama|"
    r"con quién hablo|il tuo nome|il suo nome|come ti chiami|come si chiama|con chi parlo|"
    r"votre nom|ton nom|comment vous appelez|comment tu t'appelles|à qui ai-je|"
    r"ihr name|ihren namen|dein name|deinen namen|wie heißen sie|wie heisst du|"
    r"wie heißt du|mit wem spreche|seu nome|teu nome|qual o seu nome|qual é o seu nome|"
    r"como se chama|como você se chama|com quem eu falo|com quem falo|"
    # a name asked for the thing being prepared: "Can I take a name for the order?",
    # "Who should I address the quote to?", "¿A qué nombre la reserva?"
    r"\b(?:take|get|have|grab|leave) (?:a|the) name\b|\bname for the\b|"
    r"(?:what|which) name\b|under (?:what|which|whose) name|"
    r"who (?:should|shall|do) (?:i|we) (?:address|make|put|send)|"
    r"(?:a|con) (?:qué|que) nombre|un nombre para|a quién (?:dirijo|dirigimos|va dirigid)|"
    r"(?:a|con) (?:che|quale) nome|un nome per|a chi (?:intest|indirizz)|"
    r"(?:à|sous) quel nom|un nom pour|à qui (?:dois-je |puis-je )?(?:adresser|établir)|"
    r"(?:welchen|welchem) namen|einen namen für|an wen (?:darf|soll|kann) ich|"
    r"(?:com|em) (?:que|qual) nome|um nome para|para quem (?:faço|envio|emito)|"
    # Dutch and Polish (languages the scoring model was not trained on; names are found)
    r"\b(?:uw|je|jouw) (?:volledige )?naam\b|\bnaam\s*\?|hoe heet (?:u|je|jij)|"
    r"met wie (?:spreek|heb) ik|op welke naam|onder welke naam|"
    r"jak (?:si[eę] )?(?:pan|pani|pa[nń]stwo) (?:si[eę] )?nazywa|jak si[eę] nazywasz|"
    r"(?:pana|pani|twoje|twoja) (?:imi[eę]|nazwisko)|imi[eę] i nazwisko|"
    r"z kim rozmawiam|na jakie nazwisko|na czyje nazwisko|\bimi[eę]\s*\?|"
    r"(?:poprosz[eę]|prosz[eę]) (?:jeszcze |te[zż] )?(?:o )?(?:imi[eę]|nazwisko)|"
    r"\bimi[eę]\s*[,/&+]\s*(?:nazwisko|telefon|e-?mail|numer)|"
    r"\bnaam\s*[,/&+]\s*(?:e-?mail|telefoon|telefoonnummer|nummer|adres)|"
    # how to address the customer: "Jak mogę się do Pana zwracać?", "how should I call you?"
    r"jak (?:mog[eę]|mam|moge) si[eę] do (?:pana|pani|ciebie) zwraca[cć]|"
    r"hoe mag ik (?:u|je) (?:noemen|aanspreken)|"
    r"how (?:should|shall|may|can|do) i (?:address|call) you|what (?:should|shall) i call you|"
    r"c[oó]mo (?:me dirijo a usted|(?:puedo|debo) llamarl[eoa]|le llamo)|"
    r"como (?:posso|devo) (?:trat[aá]-l[oa]|cham[aá]-l[oa])|"
    r"comment (?:dois-je|puis-je|je peux) vous appeler|"
    r"wie (?:darf|soll) ich sie (?:ansprechen|nennen)|come (?:posso|devo) chiamarl[ao]|"
    r"dane kontaktowe|(?:pana|pani|twoje|pa[nń]stwa) dane|contactgegevens|"
    # leaving one's contact: "Proszę zostawić kontakt", "laat uw gegevens achter"
    r"(?:zostawić|zostaw|podać|podaj) (?:nam |mi )?(?:kontakt|swoje dane|numer)|"
    r"leave (?:us |me )?(?:your )?(?:contact|details|name and number)|"
    r"(?:uw|je|jouw) gegevens",
)
# Longer phrases first: the regex takes the first alternative that fits.
# "What's your company name?" asks for a business, not a person.
_COMPANY_NAME = re.compile(
    r"(?:company|business|shop|store|brand|organi[sz]ation)(?:'s)? name|"
    r"name of (?:the|your) (?:company|business|shop)|"
    r"nombre de (?:la|tu|su) (?:empresa|compañía|negocio|tienda)|"
    r"nome (?:dell'azienda|della (?:ditta|società|sua azienda))|"
    r"nom de (?:l'entreprise|la société|votre (?:entreprise|société))|"
    r"firmenname|name (?:der|ihrer) firma|nome da (?:empresa|loja|sua empresa)"
)

# "What's your dog's name?", "¿Cómo se llama el niño?", "imię i nazwisko dziecka": the
# name of a pet, a child, a patient or a guest, not the customer's own.
_OTHER = (
    r"dog|cat|pet|puppy|kitten|horse|child|kid|son|daughter|baby|guest|patient|student|"
    r"pupil|boy|girl"
)
_OTHER_NAME = re.compile(
    rf"\b(?:{_OTHER})(?:'s|’s) (?:full )?name|\bname of (?:the|your|his|her) (?:{_OTHER})\b|"
    # someone else named by a pronoun: "podaj jej imię", "what's her name?"
    r"\b(?:her|his|their) (?:full )?name|\b(?:jej|jego|ich) imi[eę]|"
    r"(?:nombre|c[oó]mo se llama)\s+(?:de\s+)?(?:el|la|tu|su|del|de la|vuestr[oa])\s+"
    r"(?:perr[oa]|gat[oa]|mascota|niñ[oa]|hij[oa]|beb[eé]|paciente|alumn[oa]|invitad[oa])|"
    r"(?:nome|come si chiama)\s+(?:del|della|dello|il|la|lo|tuo|tua|suo|sua)\s+"
    r"(?:cane|gatto|bambin[oa]|figli[oa]|paziente|alunn[oa]|ospite)|"
    r"(?:nome|como se chama)\s+(?:do|da|o|a|seu|sua|teu|tua)\s+"
    r"(?:c[aã]o|cachorr[oa]|gat[oa]|crian[cç]a|filh[oa]|paciente|beb[eéê]|alun[oa])|"
    r"(?:\bnom|comment s['’]appelle)\s+(?:de\s+)?(?:l['’]|le\s+|la\s+|votre\s+|ton\s+|ta\s+|du\s+)"
    r"(?:enfant|chien|chat|fils|fille|bébé|patient|patiente|élève|animal)|"
    r"(?:name|wie hei(?:ß|ss)t)\s+(?:ihres|deines|ihr|dein|ihre|deine|des|der|das)\s+"
    r"(?:hund(?:es)?|katze|kind(?:es)?|sohn(?:es)?|tochter|baby|patient(?:en)?|schülers?)|"
    r"(?:naam van|hoe heet)\s+(?:de|het|uw|je|jouw)\s+(?:hond|kat|kind|zoon|dochter|baby|leerling)|"
    r"imi[eę](?:\s+i\s+nazwisko)?\s+(?:dziecka|syna|córki|psa|kota|pacjenta|ucznia)"
)


@lru_cache(maxsize=4096)
def asks_for_company(text: str) -> bool:
    """Return True when an agent message asks for the customer's company name.

    Cached, like asks_for_name: a bot asks the same few questions in every chat.
    """
    return _COMPANY_NAME.search(lower(text)) is not None


@lru_cache(maxsize=4096)
def asks_for_name(text: str) -> bool:
    """Return True when an agent message asks the customer for their name."""
    low = _OTHER_NAME.sub(" ", _COMPANY_NAME.sub(" ", lower(text)))
    return _ASK_NAME.search(low) is not None

"""Cue phrases around a name in chat text, as regex alternations for model.names.

Introductions ("my name is", "soy", "ich bin"), who is writing, contact-person
labels and sign-offs, in the six languages, Dutch and Polish; all lower case,
matched on `model.text.lower` copies. Kept apart from the rules that use them.
"""

from __future__ import annotations

# Phrases after which a person states their own name. Strong ones are unambiguous,
# so a lower-case name is believed; weak ones ("I'm", "soy", "sono") are followed by
# adjectives and states just as often, so they need a capitalised, non-common word.
STRONG_CUES = (
    r"my name is|my name's|my full name is|name:|full name:|the name is|the name's|name's|"
    r"me llamo|mi nombre es|mi nombre completo es|nombre:|mi chiamo|il mio nome è|"
    r"il mio nome e'|mio nome è|nome:|je m'appelle|je m’appelle|mon nom est|mon nom c'est|"
    r"nom:|mein name ist|mein name lautet|ich heiße|ich heisse|meu nome é|"
    r"meu nome e|me chamo|chamo-me|o meu nome é|nome completo:|a nombre de|au nom de|"
    r"em nome de|intestato a|auf den namen|"
    # the full name, which a customer gives after a first name or a profile name
    r"(?:il |o )?m(?:io|eu) nome completo (?:è|é|e'|e)|mon nom complet (?:est|c'est)|"
    r"mein (?:vollständiger|voller) name ist|"
    # Dutch and Polish (not trained on by the scoring model, but their names are found)
    r"mijn naam is|m'n naam is|mn naam is|ik heet|naam:|mijn volledige naam is|"
    r"nazywam się|mam na imię|"
    # "Mis datos: Nuria Soler Puig, tel. …": the name first in a list of one's details
    r"my details:|mis datos:|meus dados:|mes coordonnées ?:|meine daten:|i miei dati:|"
    r"mijn gegevens:|moje dane:|"
    r"moje imię to|moje nazwisko to|imię i nazwisko:|imię:|op (?:de )?naam van|na nazwisko"
)
# Dutch and Polish weak cues take capitalised names only: without those languages'
# common words, "jestem już zainteresowany" would read as a lower-case name.
CAPITALS_ONLY = frozenset(
    {"ik ben", "jestem", "u spreekt met", "je spreekt met", "hier is", "z tej strony", "naam is"}
)
WEAK_CUES = (
    r"i'm|i’m|i am|im|call me|names|soy|yo soy|le habla|te habla|sono|je suis|ich bin|eu sou|sou|"
    # a couple writing: "Somos Daniela y Jorge", "siamo Marco e Giulia"; not where they
    # are or come from ("siamo a Modica", "somos de Sevilla")
    r"somos(?! (?:de|del|en|a|da|do|em|no|na)\b)|siamo(?! (?:a|in|di|da|del|nel|al|ad)\b)|"
    r"ik ben|jestem|"
    # who is writing: "les escribe Marta López", "vi scrive Paolo", "quem fala é a Ana"
    r"les escribe|le escribe|te escribe|os escribe|les saluda|le saluda|vi scrive|"
    # a booking under a name: "apúntame como Nerea Gil", "mettimi come Sara"
    r"apúntame como|apuntame como|anótame como|anotame como|apúntanos como|mettimi come|"
    # ... or right after signing up: "zapiszcie mnie, Aleksandra Lewandowska"
    r"zapiszcie mnie,|zapisz mnie,|sign me up,|put me down,|inscrivez-moi,|apúntame,|"
    r"le scrive|ti scrive|hier schreibt|es schreibt|quem fala é|quem escreve é|"
    r"u spreekt met|je spreekt met|hier is|z tej strony|"
    r"full name|nombre completo|nome completo|nom complet|"
    # a booking or a name given without "my": "prenota a nome Sara Galli", "naam is Jan"
    r"a nome(?: di)?|no nome d[eao]|under the name(?: of)?|naam is|"
    # a booking or a file held under a name: "it's under Dawn Mitchell", "booked under kevin"
    r"(?:it's|its|is|booked|on file|order|reservation) under(?! the name)"
)
# "The contact person is X": a form label or a sentence naming who to deal with. Not
# "my contact person at your company", which is the business's (see `model.names`).
CONTACT_CUES = (
    r"contact person(?: is)?|contact name|persona de contacto(?: es)?|"
    r"persona di contatto(?: è)?|referente(?: è)?|interlocut(?:eur|rice)(?: est)?|"
    r"pessoa de conta(?:c)?to(?: é)?|ansprechpartner(?:in)?(?: ist| bin ich| wäre)?|"
    r"kontaktperson(?: ist)?"
)
# "This is X" / "C'est X" also open "this is great"; only at the start of a message or
# line, after at most a greeting, are they an introduction.
OPENING_CUES = (
    r"this is|it's|it’s|its|aquí|aquí habla|qui è|qui parla|ici|c'est|c’est|hier ist|"
    r"hier spricht|hier|aqui é|aqui e|aqui fala|"
    # Dutch "met Sanne Jansen" and Polish "tu Piotr Wiśniewski", as on the telephone
    r"met|tu"
)
# Greetings that may open "<name> here" ("Morning! Priya Raman here").
GREETINGS = (
    r"hiya|hi|hello|hey|(?:good )?(?:morning|afternoon|evening)|hola|buenas tardes|"
    r"buenas noches|buenos días|buenas|ciao|salve|buongiorno|buonasera|bonjour|bonsoir|"
    r"salut|hallo|"
    r"guten (?:morgen|tag|abend)|moin|olá|oi|bom dia|boa tarde|boa noite|goedemorgen|"
    r"goedemiddag|goedenavond|goedendag|hoi|dzień dobry|cześć|witam"
)
# Besides greetings, what may come before "this is", "hier", "met" opening a line: a yes,
# a thanks ("Sure, this is Ana").
LEAD_IN_WORDS = (
    r"yes|sure|sí|si|sì|oui|ja|sim|ok|thanks|thank you|thx|(?:muchas )?gracias|"
    r"merci(?: beaucoup)?|(?:vielen )?dank(?:e)?|grazie(?: mille)?|obrigad[oa]|bedankt|"
    r"dank je(?: wel)?|dziękuję"
)
# Labels before a phone number in a signature or after a name ("mobile 07700 …",
# "telemóvel 912 …", "Handy 0151 …"), in the eight languages.
PHONE_LABELS = (
    r"tel|tel\.|tél|tél\.|phone|mob|mobile|cell|gsm|tlf|telefon|telefone|telefono|teléfono|"
    r"telemóvel|telemovel|móvil|movil|celular|cel|whatsapp|whats|zap|handy|portable|port|"
    r"cellulare|cell\.|mobiel|kom|kom\.|komórka|nr|nr\."
)
# Closings a signature follows, on their own line or before the name.
SIGN_OFF = (
    r"best regards|kind regards|warm regards|regards|best wishes|best|thanks|thank you|"
    r"many thanks|cheers|sincerely|yours sincerely|yours truly|saludos|un saludo|"
    r"saludos cordiales|atentamente|gracias|muchas gracias|cordiales saludos|un abrazo|"
    r"un saluto|saluti|cordiali saluti|distinti saluti|grazie|grazie mille|cordialement|"
    r"bien à vous|bien cordialement|merci|merci beaucoup|bonne journée|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|"
    r"liebe grüße|beste grüße|grüße|gruß|danke|vielen dank|atenciosamente|abraços|"
    r"beste gruße|liebe gruße|viele gruße|gruße|grusse|gruesse|gruss|"
    r"abraço|obrigado|obrigada|cumprimentos|melhores cumprimentos|"
    r"met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|"
    r"groeten|groetjes|groet|bedankt|dank u wel|dank je wel|alvast bedankt|"
    r"z poważaniem|pozdrawiam serdecznie|serdecznie pozdrawiam|pozdrawiam|pozdrowienia|"
    r"dziękuję|dzięki|"
    # abbreviated closings: Dutch, German, French, English, Polish, Spanish
    r"mvg|m\.v\.g\.|mfg|vg|lg|cdlt|rgds|pzdr|pozdr|slds"
)
# "Thanks, Laura" usually thanks the agent, so on one line only regards-type
# closings count as a signature.
REGARDS = (
    r"best regards|kind regards|warm regards|regards|best wishes|cheers|sincerely|abs|att|atte|"
    r"saludos|un saludo|saludos cordiales|atentamente|cordiales saludos|un saluto|saluti|"
    r"cordiali saluti|distinti saluti|cordialement|bien à vous|bien cordialement|"
    r"mit freundlichen grüßen|viele grüße|liebe grüße|beste grüße|grüße|gruß|"
    r"beste gruße|liebe gruße|viele gruße|gruße|grusse|gruesse|gruss|"
    r"atenciosamente|abraços|cumprimentos|melhores cumprimentos|"
    r"met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|"
    r"groeten|groetjes|groet|z poważaniem|pozdrawiam serdecznie|serdecznie pozdrawiam|"
    r"pozdrawiam|pozdrowienia|mvg|m\.v\.g\.|mfg|vg|lg|cdlt|rgds|pzdr|pozdr|slds"
)

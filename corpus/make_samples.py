"""Write leads/samples/conversations.jsonl, the demo's sample chats, reproducibly.

    python -m corpus.make_samples            # rewrites leads/samples/conversations.jsonl

About 200 conversations of a fictional solar installer, "Solara", in English, Spanish,
Italian, Portuguese, French and German, from the website widget and WhatsApp: quote
requests, larger opportunities, information questions, support, people not
interested, and spam or vendor pitches. Some customers write twice (first on the
widget with their email and phone, later on WhatsApp from the same number), so the
demo shows one lead per person. The personas and dialogues are written here by hand,
apart from the model's training generator, so the demo is not its training data.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 5150
OUT = Path(__file__).resolve().parents[1] / "leads" / "samples" / "conversations.jsonl"
# The sample's last day; conversations spread over the 14 days before it.
LAST_DAY = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)

# First conversations per language (186) plus the returning customers' second ones
# make 200; the share of first conversations that come from WhatsApp.
PER_LANGUAGE = {"en": 42, "es": 34, "it": 28, "pt": 28, "fr": 27, "de": 27}
WHATSAPP_SHARE = 0.45
# The mix of what people write about, in every language.
KINDS = {
    "quote": 0.28,
    "opportunity": 0.12,
    "info": 0.2,
    "support": 0.12,
    "not_interested": 0.14,
    "spam": 0.14,
}
RETURNING = 14  # customers who write again on WhatsApp after a widget chat

AGENTS = {
    ("en", "widget"): "Solara Web Assistant",
    ("en", "whatsapp"): "Solara WhatsApp",
    ("es", "widget"): "Asistente Web Solara",
    ("es", "whatsapp"): "Solara WhatsApp",
    ("it", "widget"): "Assistente Solara",
    ("it", "whatsapp"): "Solara WhatsApp",
    ("pt", "widget"): "Assistente Solara",
    ("pt", "whatsapp"): "Solara WhatsApp",
    ("fr", "widget"): "Assistant Solara",
    ("fr", "whatsapp"): "Solara WhatsApp",
    ("de", "widget"): "Solara Beratung",
    ("de", "whatsapp"): "Solara WhatsApp",
}

PEOPLE = {
    "en": (["Olivia", "Harry", "Amelia", "Jack", "Sophie", "Daniel", "Grace", "Ethan", "Chloe",
            "Ryan", "Megan", "Liam", "Hannah", "Noah"],
           ["Whitfield", "Carter", "Nguyen", "O'Brien", "Patel", "Harrison", "Brooks", "Kowalski",
            "Fraser", "Lindqvist", "Morgan", "Okafor"]),
    "es": (["Lucía", "Javier", "Carmen", "Álvaro", "Marta", "Sergio", "Nuria", "Pablo", "Elena",
            "Iñigo", "Rocío", "Andrés"],
           ["García", "Fernández", "Martín", "Ruiz", "Navarro", "Ortega", "Castillo", "Iglesias",
            "de la Torre", "Vidal"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Elisa", "Davide",
            "Sara", "Alessandro"],
           ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Gallo",
            "Conti", "De Luca"]),
    "pt": (["Beatriz", "João", "Mariana", "Tiago", "Inês", "Rafael", "Carolina", "Gonçalo",
            "Ana Luísa", "Pedro"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
            "Martins", "Sousa", "Almeida"]),
    "fr": (["Camille", "Louis", "Manon", "Hugo", "Léa", "Antoine", "Chloé", "Julien",
            "Margaux", "Théo"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine",
            "Rousseau", "Blanc", "Chevalier"]),
    "de": (["Lena", "Jonas", "Sophie", "Maximilian", "Anna", "Felix", "Laura", "Tobias",
            "Katharina", "Lukas"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann",
            "Schäfer", "Koch", "Richter"]),
}  # fmt: skip

# (country code, national number pattern: # = a digit) per language.
PHONES = {
    "en": [("+44", "7### ######"), ("+1", "(415) ###-####")],
    "es": [("+34", "6## ### ###")],
    "it": [("+39", "3## ### ####")],
    "pt": [("+351", "9## ### ###"), ("+55", "11 9####-####")],
    "fr": [("+33", "6 ## ## ## ##")],
    "de": [("+49", "15# #######")],
}
FREE_MAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es"],
    "it": ["gmail.com", "libero.it", "hotmail.it"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com"],
    "fr": ["gmail.com", "orange.fr", "free.fr"],
    "de": ["gmail.com", "web.de", "gmx.de"],
}
COMPANIES = {
    "en": [("Brookfield Homes", "brookfieldhomes.co.uk"), ("Harbor Logistics", "harborlogistics.com")],
    "es": [("Construcciones Levante", "clevante.es"), ("Hoteles Miramar", "hotelesmiramar.es")],
    "it": [("Edilnord", "edilnord.it"), ("Agriturismo Le Querce", "lequerce.it")],
    "pt": [("Quinta do Vale", "quintadovale.pt"), ("Logística Tejo", "logisticatejo.pt")],
    "fr": [("Résidences Azur", "residences-azur.fr"), ("Fromagerie Vallet", "fromagerie-vallet.fr")],
    "de": [("Bauwerk Nord GmbH", "bauwerk-nord.de"), ("Hotel Seeblick", "hotel-seeblick.de")],
}  # fmt: skip
CITIES = {
    "en": ["Bristol", "Leeds", "Oakland", "Brighton"],
    "es": ["Valencia", "Sevilla", "Zaragoza", "Málaga"],
    "it": ["Bologna", "Torino", "Bari", "Verona"],
    "pt": ["Porto", "Braga", "Coimbra", "São Paulo"],
    "fr": ["Lyon", "Nantes", "Toulouse", "Montpellier"],
    "de": ["Hamburg", "Freiburg", "Leipzig", "Münster"],
}
PRODUCTS = {
    "en": ["solar panels", "home batteries", "EV chargers", "heat pumps"],
    "es": ["paneles solares", "baterías domésticas", "cargadores para coche eléctrico",
           "bombas de calor"],
    "it": ["pannelli solari", "batterie di accumulo", "colonnine di ricarica", "pompe di calore"],
    "pt": ["painéis solares", "baterias", "carregadores para carro elétrico", "bombas de calor"],
    "fr": ["panneaux solaires", "batteries domestiques", "bornes de recharge",
           "pompes à chaleur"],
    "de": ["Solarmodule", "Stromspeicher", "Wallboxen", "Wärmepumpen"],
}  # fmt: skip
WHEN = {
    "en": ["before Christmas", "in January", "this spring", "within a month"],
    "es": ["antes de Navidad", "en enero", "esta primavera", "en un mes"],
    "it": ["prima di Natale", "a gennaio", "in primavera", "entro un mese"],
    "pt": ["antes do Natal", "em janeiro", "na primavera", "dentro de um mês"],
    "fr": ["avant Noël", "en janvier", "au printemps", "d'ici un mois"],
    "de": ["vor Weihnachten", "im Januar", "im Frühjahr", "innerhalb eines Monats"],
}

# Dialogues: "C:" lines are the customer's, "A:" lines the agent's. Slots: {first} {full}
# {email} {phone} {qty} {product} {city} {when} {company} {budget}. A line ending in
# "[widget]" or "[whatsapp]" is said only on that channel.
SCRIPTS: dict[str, dict[str, list[list[str]]]] = {
    "en": {
        "quote": [
            ["C: Hi, I'd like a quote for {qty} {product} for our house in {city}.",
             "A: Happy to help! Could you tell me your name and how we can reach you?",
             "C: {full}, {email}, mobile {phone} [widget]",
             "C: I'm {full}, my email is {email} [whatsapp]",
             "A: Thanks {first}. When would you like the installation?",
             "C: Ideally {when}. Budget is around {budget}."],
            ["C: how much for {qty} {product} installed? roof is south facing",
             "A: It depends on the roof, but we can prepare a quote. Where is the property?",
             "C: {city}. you can call me on {phone} or write to {email}",
             "A: Perfect, a technician will send the quote within 48 hours."],
        ],
        "opportunity": [
            ["C: Hello, I'm the facilities manager at {company}. We're planning {product} for "
             "{qty} sites and want to talk to someone about a framework agreement.",
             "A: That sounds great. Could you share your contact details?",
             "C: {full}, {email}, direct line {phone}. We'd like to start {when}.",
             "A: Thank you, our business team will contact you this week."],
            ["C: We are a housing developer ({company}) building {qty} homes in {city}, "
             "interested in a partnership for {product}.",
             "A: We'd love to hear more. Can we set up a call?",
             "C: Sure, {email} works, or {phone}."],
        ],
        "info": [
            ["C: Do you install in {city}?",
             "A: Yes, we cover {city} and the surrounding area.",
             "C: ok thanks, and what warranty do {product} have?",
             "A: 25 years on panels and 10 years on installation work."],
            ["C: What are your opening hours on Saturdays?",
             "A: We're open 9:00 to 13:00 on Saturdays.", "C: Great, thanks!"],
        ],
        "support": [
            ["C: Our inverter shows error E-041 since yesterday and the app says offline.",
             "A: Sorry about that! Could you give me your customer number?",
             "C: It's SOL-{qty}88, the installation was last year in {city}.",
             "A: Thanks, a technician will call you to run a remote check."],
        ],
        "not_interested": [
            ["C: Just browsing really, {product} are too expensive for us right now.",
             "A: No problem! Would you like us to send you our financing options?",
             "C: No thanks, not interested at the moment."],
            ["C: please stop calling me, I already said no", "A: Apologies, we'll remove you.",
             "C: thanks"],
        ],
        "spam": [
            ["C: Hi! We help solar companies get 10x more leads with SEO and paid ads. "
             "Can I send you our rates? Check {link}",
             "A: Thanks, we're not looking for marketing services."],
            ["C: Congratulations, you won a $500 gift card! Claim now at {link}"],
        ],
    },
    "es": {
        "quote": [
            ["C: Hola, quería un presupuesto para {qty} {product} en mi casa de {city}.",
             "A: ¡Claro! ¿Me indicas tu nombre y un teléfono o email de contacto?",
             "C: Soy {full}, mi correo es {email} y mi móvil {phone} [widget]",
             "C: Soy {full}, correo {email} [whatsapp]",
             "A: Gracias, {first}. ¿Para cuándo lo necesitas?",
             "C: Lo ideal sería {when}, tenemos unos {budget} de presupuesto."],
            ["C: cuánto costaría instalar {qty} {product}? es un chalet en {city}",
             "A: Te preparamos un presupuesto sin compromiso. ¿Cómo te contactamos?",
             "C: al {phone} por las tardes o a {email}"],
        ],
        "opportunity": [
            ["C: Buenas, llamo de {company}. Estamos estudiando {product} para {qty} "
             "edificios y buscamos un instalador para todo el proyecto.",
             "A: Nos interesa mucho. ¿Nos dejas tus datos?",
             "C: {full}, {email}, teléfono {phone}. Queremos empezar {when}."],
        ],
        "info": [
            ["C: ¿Trabajáis en {city}?", "A: Sí, cubrimos {city} y alrededores.",
             "C: Vale, gracias. ¿Hay subvenciones para {product}?",
             "A: Sí, te explicamos las ayudas vigentes en la visita."],
            ["C: A qué hora abrís los sábados?", "A: De 9 a 13 h.", "C: Gracias!"],
        ],
        "support": [
            ["C: El inversor marca un error desde ayer y la app no muestra producción.",
             "A: Lo sentimos. ¿Nos das tu número de cliente?",
             "C: SOL-{qty}21, nos lo instalasteis en {city}."],
        ],
        "not_interested": [
            ["C: Solo estaba mirando precios, de momento no me interesa.",
             "A: Sin problema. ¿Quieres que te enviemos información de financiación?",
             "C: No, gracias."],
        ],
        "spam": [
            ["C: Hola!! Ofrecemos posicionamiento SEO y campañas para empresas solares, "
             "primer mes gratis: {link}"],
            ["C: Gana 3.000 € al mes desde casa con criptomonedas, escríbeme {link}"],
        ],
    },
    "it": {
        "quote": [
            ["C: Buongiorno, vorrei un preventivo per {qty} {product} a {city}.",
             "A: Certo! Mi lascia nome e un contatto?",
             "C: {full}, email {email}, cellulare {phone} [widget]",
             "C: Sono {full}, la mia email è {email} [whatsapp]",
             "A: Grazie {first}. Per quando le servirebbe?",
             "C: Possibilmente {when}, budget circa {budget}."],
            ["C: quanto costa installare {qty} {product}? casa indipendente a {city}",
             "A: Le prepariamo un preventivo gratuito. Come la ricontattiamo?",
             "C: {phone} oppure {email}"],
        ],
        "opportunity": [
            ["C: Salve, sono di {company}. Stiamo valutando {product} per {qty} strutture e "
             "cerchiamo un partner per tutto il progetto.",
             "A: Molto interessante, possiamo organizzare una chiamata?",
             "C: Sì: {full}, {email}, tel. {phone}. Vorremmo partire {when}."],
        ],
        "info": [
            ["C: Lavorate anche a {city}?", "A: Sì, copriamo {city} e provincia.",
             "C: Ok, e che garanzia hanno i {product}?", "A: 25 anni sui pannelli."],
        ],
        "support": [
            ["C: L'inverter dà un errore da ieri e l'app è offline.",
             "A: Ci dispiace! Mi dà il suo codice cliente?", "C: SOL-{qty}45, impianto a {city}."],
        ],
        "not_interested": [
            ["C: Stavo solo guardando, per ora non mi interessa.",
             "A: Nessun problema, le lasciamo le info sul finanziamento?", "C: No grazie."],
        ],
        "spam": [
            ["C: Offriamo servizi di web marketing per installatori, prova gratuita: {link}"],
        ],
    },
    "pt": {
        "quote": [
            ["C: Olá, queria um orçamento para {qty} {product} em {city}.",
             "A: Claro! Pode indicar o seu nome e um contacto?",
             "C: {full}, email {email}, telemóvel {phone} [widget]",
             "C: Sou {full}, o meu email é {email} [whatsapp]",
             "A: Obrigado, {first}. Para quando precisa?",
             "C: Idealmente {when}, orçamento de uns {budget}."],
            ["C: quanto custa instalar {qty} {product}? moradia em {city}",
             "A: Preparamos um orçamento sem compromisso. Como o contactamos?",
             "C: {phone} ou {email}"],
        ],
        "opportunity": [
            ["C: Bom dia, sou da {company}. Queremos {product} para {qty} armazéns e "
             "procuramos um parceiro para o projeto completo.",
             "A: Com todo o gosto. Podemos marcar uma reunião?",
             "C: Sim. {full}, {email}, {phone}. Gostaríamos de começar {when}."],
        ],
        "info": [
            ["C: Fazem instalações em {city}?", "A: Sim, trabalhamos em {city}.",
             "C: E qual é a garantia dos {product}?", "A: 25 anos nos painéis."],
        ],
        "support": [
            ["C: O inversor está com erro desde ontem e a app não mostra produção.",
             "A: Lamentamos! Qual é o seu número de cliente?", "C: SOL-{qty}63, em {city}."],
        ],
        "not_interested": [
            ["C: Só estava a ver preços, de momento não tenho interesse.",
             "A: Sem problema! Quer receber as opções de financiamento?", "C: Não, obrigado."],
        ],
        "spam": [
            ["C: Aumente as suas vendas com os nossos serviços de marketing digital! {link}"],
        ],
    },
    "fr": {
        "quote": [
            ["C: Bonjour, je souhaiterais un devis pour {qty} {product} à {city}.",
             "A: Avec plaisir ! Pouvez-vous me donner votre nom et un contact ?",
             "C: {full}, {email}, portable {phone} [widget]",
             "C: {full}, mon e-mail est {email} [whatsapp]",
             "A: Merci {first}. Pour quand souhaitez-vous l'installation ?",
             "C: Idéalement {when}, budget d'environ {budget}."],
            ["C: combien pour {qty} {product} posés ? maison à {city}",
             "A: Nous vous préparons un devis gratuit. Comment vous joindre ?",
             "C: {phone} ou {email}"],
        ],
        "opportunity": [
            ["C: Bonjour, je suis chez {company}. Nous étudions des {product} pour {qty} "
             "bâtiments et cherchons un partenaire pour l'ensemble du projet.",
             "A: Très intéressant, pouvons-nous organiser un appel ?",
             "C: Oui : {full}, {email}, {phone}. Nous voudrions commencer {when}."],
        ],
        "info": [
            ["C: Vous intervenez à {city} ?", "A: Oui, nous couvrons {city} et ses environs.",
             "C: D'accord. Quelle garantie pour les {product} ?", "A: 25 ans sur les panneaux."],
        ],
        "support": [
            ["C: L'onduleur affiche une erreur depuis hier et l'appli est hors ligne.",
             "A: Désolés ! Pouvez-vous nous donner votre numéro client ?",
             "C: SOL-{qty}17, installation à {city}."],
        ],
        "not_interested": [
            ["C: Je regardais juste, ça ne m'intéresse pas pour le moment.",
             "A: Pas de souci ! Voulez-vous nos offres de financement ?", "C: Non merci."],
        ],
        "spam": [
            ["C: Boostez votre visibilité ! Référencement Google garanti en 30 jours : {link}"],
        ],
    },
    "de": {
        "quote": [
            ["C: Guten Tag, ich hätte gern ein Angebot für {qty} {product} in {city}.",
             "A: Sehr gern! Wie ist Ihr Name und wie erreichen wir Sie?",
             "C: {full}, {email}, mobil {phone} [widget]",
             "C: {full}, meine E-Mail ist {email} [whatsapp]",
             "A: Danke, {first}. Wann soll installiert werden?",
             "C: Am liebsten {when}, Budget etwa {budget}."],
            ["C: was kosten {qty} {product} mit Montage? Einfamilienhaus in {city}",
             "A: Wir erstellen Ihnen ein kostenloses Angebot. Wie können wir Sie erreichen?",
             "C: {phone} oder {email}"],
        ],
        "opportunity": [
            ["C: Hallo, ich bin von {company}. Wir planen {product} für {qty} Standorte und "
             "suchen einen Partner für das gesamte Projekt.",
             "A: Das klingt spannend. Können wir einen Termin vereinbaren?",
             "C: Gern: {full}, {email}, Tel. {phone}. Start wäre {when}."],
        ],
        "info": [
            ["C: Installieren Sie auch in {city}?", "A: Ja, wir sind in {city} und Umgebung tätig.",
             "C: Welche Garantie haben die {product}?", "A: 25 Jahre auf die Module."],
        ],
        "support": [
            ["C: Der Wechselrichter zeigt seit gestern einen Fehler, die App ist offline.",
             "A: Das tut uns leid! Haben Sie Ihre Kundennummer?",
             "C: SOL-{qty}52, Anlage in {city}."],
        ],
        "not_interested": [
            ["C: Ich wollte mich nur informieren, aktuell kein Interesse.",
             "A: Kein Problem! Sollen wir Ihnen Finanzierungsangebote schicken?", "C: Nein danke."],
        ],
        "spam": [
            ["C: Wir bieten SEO und Google Ads für Solarfirmen, jetzt kostenlos testen: {link}"],
        ],
    },
}  # fmt: skip

RETURN_LINES = {
    "en": "Hi again, it's {first}. I asked for a quote on the website, any news? My email is {email}.",
    "es": "Hola de nuevo, soy {first}. Pedí un presupuesto en la web, ¿hay novedades? Mi correo es {email}.",
    "it": "Salve, sono {first}. Avevo chiesto un preventivo sul sito, novità? La mia email è {email}.",
    "pt": "Olá outra vez, sou {first}. Pedi um orçamento no site, há novidades? O meu email é {email}.",
    "fr": "Re-bonjour, c'est {first}. J'ai demandé un devis sur le site, des nouvelles ? Mon e-mail : {email}.",
    "de": "Hallo nochmal, hier ist {first}. Ich hatte auf der Website ein Angebot angefragt, gibt es Neuigkeiten? E-Mail: {email}.",
}  # fmt: skip
RETURN_REPLY = {
    "en": "Thanks {first}! Your quote is ready, we'll send it today.",
    "es": "¡Gracias {first}! Tu presupuesto está listo, te lo enviamos hoy.",
    "it": "Grazie {first}! Il preventivo è pronto, lo inviamo oggi.",
    "pt": "Obrigado {first}! O orçamento está pronto, enviamos hoje.",
    "fr": "Merci {first} ! Votre devis est prêt, nous l'envoyons aujourd'hui.",
    "de": "Danke {first}! Ihr Angebot ist fertig, wir senden es heute.",
}
LINKS = ["https://bit.ly/solar-leads-x", "http://cheap-seo.example/offer", "https://t.me/win-now"]
BUDGETS = {"en": ["£8,000", "$12,000", "£15k"], "default": ["8.000 €", "12.000 €", "15.000 €"]}


@dataclass
class Person:
    """Hold one customer's identity across their conversations."""

    lang: str
    first: str
    full: str
    email: str
    phone: str
    company: str


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def _ascii(text: str) -> str:
    table = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüñçß'", "aaaaaaeeeeiiiiooooouuuuncs-")
    return text.lower().translate(table).replace(" ", "")


def _person(rng: random.Random, lang: str, business: bool) -> Person:
    firsts, lasts = PEOPLE[lang]
    first, last = rng.choice(firsts), rng.choice(lasts)
    code, pattern = rng.choice(PHONES[lang])
    company, domain = rng.choice(COMPANIES[lang])
    local = rng.choice([f"{_ascii(first)}.{_ascii(last)}", f"{_ascii(first)[0]}{_ascii(last)}",
                        f"{_ascii(first)}{rng.randint(1, 99)}"])  # fmt: skip
    email = f"{local}@{domain if business else rng.choice(FREE_MAIL[lang])}"
    return Person(lang, first, f"{first} {last}", email, f"{code} {_digits(rng, pattern)}",
                  company)  # fmt: skip


def _fill(text: str, person: Person, slots: dict[str, str]) -> str:
    return text.format(first=person.first, full=person.full, email=person.email,
                       phone=person.phone, company=person.company, **slots)  # fmt: skip


def _messages(
    rng: random.Random, script: list[str], source: str, person: Person, start: datetime
) -> list[dict[str, Any]]:
    lang = person.lang
    slots = {
        "qty": str(rng.choice([2, 4, 6, 8, 10, 12, 16, 20, 24, 40])),
        "product": rng.choice(PRODUCTS[lang]),
        "city": rng.choice(CITIES[lang]),
        "when": rng.choice(WHEN[lang]),
        "budget": rng.choice(BUDGETS.get(lang, BUDGETS["default"])),
        "link": rng.choice(LINKS),
    }
    out, at = [], start
    for line in script:
        role, text = ("customer", line[3:]) if line.startswith("C: ") else ("agent", line[3:])
        for channel in ("widget", "whatsapp"):
            tag = f" [{channel}]"
            if text.endswith(tag):
                if channel != source:
                    text = ""
                text = text.removesuffix(tag)
        if not text:
            continue
        at += timedelta(seconds=rng.randint(20, 240))
        out.append({"role": role, "text": _fill(text, person, slots), "at": _iso(at)})
    return out


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _start(rng: random.Random) -> datetime:
    # More recent days are busier, as a growing inbox is; office-ish hours.
    day = min(13, int(rng.triangular(0, 14, 0)))
    return (LAST_DAY - timedelta(days=day)).replace(
        hour=rng.randint(8, 20), minute=rng.randint(0, 59)
    )


def _conversation(
    n: int, source: str, person: Person, messages: list[dict[str, Any]], start: datetime
) -> dict[str, Any]:
    conv: dict[str, Any] = {
        "id": f"{'wa' if source == 'whatsapp' else 'web'}-{n:05d}",
        "source": source,
        "agent": AGENTS[(person.lang, source)],
        "started_at": _iso(start),
        "messages": messages,
    }
    if source == "whatsapp":
        # What WhatsApp itself tells: the profile name and the sender's number.
        conv["contact"] = {"name": person.first, "phone": person.phone}
    return conv


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """Return the sample conversations, the same list for the same seed."""
    rng = random.Random(seed)
    convs: list[dict[str, Any]] = []
    returning: list[tuple[Person, datetime]] = []
    used: set[str] = set()
    n = 0
    for lang, count in PER_LANGUAGE.items():
        kinds = rng.choices(list(KINDS), weights=list(KINDS.values()), k=count)
        for kind in kinds:
            n += 1
            source = "whatsapp" if rng.random() < WHATSAPP_SHARE else "widget"
            person = _person(rng, lang, business=kind == "opportunity")
            while person.email in used or person.phone in used:  # distinct people stay apart
                person = _person(rng, lang, business=kind == "opportunity")
            used.update((person.email, person.phone))
            start = _start(rng)
            script = rng.choice(SCRIPTS[lang][kind])
            convs.append(_conversation(n, source, person,
                                       _messages(rng, script, source, person, start), start))  # fmt: skip
            if kind == "quote" and source == "widget":
                returning.append((person, start))
    for person, first_start in rng.sample(returning, min(RETURNING, len(returning))):
        n += 1
        start = first_start + timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 5))
        start = min(start, LAST_DAY - timedelta(minutes=rng.randint(5, 600)))
        start = max(start, first_start + timedelta(hours=2))
        lines = [f"C: {RETURN_LINES[person.lang]}", f"A: {RETURN_REPLY[person.lang]}"]
        convs.append(_conversation(n, "whatsapp", person,
                                   _messages(rng, lines, "whatsapp", person, start), start))  # fmt: skip
    convs.sort(key=lambda c: c["started_at"])
    return convs


def main() -> None:
    """Write the samples to conversations.jsonl next to this script."""
    convs = generate()
    with OUT.open("w", encoding="utf-8") as fh:
        for conv in convs:
            fh.write(json.dumps(conv, ensure_ascii=False) + "\n")
    print(f"wrote {len(convs)} conversations to {OUT}")


if __name__ == "__main__":
    main()

"""Write a varied conversation load in the import format, for the speed benchmarks.

Not the training corpus's generator: its own phrasing, so speed is measured on text the
model and the rules were not built from. The mix (issue 13): many companies, a few very
big ones (one domain holds many people, some on a team inbox), six languages, both
channels, people who come back (same email or phone, often on the other channel), short
and long chats, and a few pathological ones (thousands of messages, a 100 kB message).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

FIRST = ["Ava", "Noah", "Lucía", "Mateo", "Jonas", "Lea", "Chloé", "Louis", "Giulia", "Marco",
         "Beatriz", "João", "Aiko", "Omar", "Fatima", "Sven", "Ingrid", "Pavel", "Zofia", "Kemal",
         "Priya", "Arjun", "Mei", "Tomás", "Sofía", "Emil", "Freya", "Dmitri", "Amara", "Kwame"]  # fmt: skip
LAST = ["Okafor", "Lindqvist", "Moreno", "Schäfer", "Dubois", "Ricci", "Almeida", "Tanaka",
        "Haddad", "Nowak", "Kaya", "Iyer", "Chen", "Vargas", "Berg", "Petrov", "Mensah",
        "García-López", "van Dijk", "O'Brien", "Rossi", "Costa", "Weber", "Novak"]  # fmt: skip
WORDS = ["nord", "lumen", "vega", "atlas", "kora", "pixel", "terra", "orbit", "delta", "sol",
         "brio", "mosaic", "alba", "cobalt", "fjord", "zenit", "nimbus", "quartz", "sable"]  # fmt: skip
TLDS = [".com", ".es", ".de", ".fr", ".it", ".com.br", ".co.uk", ".io", ".nl", ".pt"]
FREE = ["gmail.com", "outlook.com", "yahoo.es", "gmx.de", "orange.fr", "libero.it"]
ASKS = {
    "en": ["Could you send me a quote for {n} {item}?", "What does the {item} plan cost per month?",
           "We need {n} {item} by next month, is that possible?", "Do you ship {item} abroad?",
           "I only wanted to know your opening hours.", "Is the {item} still under warranty?"],
    "es": ["¿Me podéis pasar presupuesto para {n} {item}?", "¿Cuánto cuesta el plan {item}?",
           "Necesitamos {n} {item} para el mes que viene.", "Solo quería saber el horario."],
    "de": ["Können Sie mir ein Angebot für {n} {item} schicken?", "Was kostet {item} im Monat?",
           "Wir brauchen {n} {item} bis nächsten Monat.", "Wann haben Sie geöffnet?"],
    "fr": ["Pouvez-vous m'envoyer un devis pour {n} {item} ?", "Quel est le prix du {item} ?",
           "Nous avons besoin de {n} {item} le mois prochain.", "Quels sont vos horaires ?"],
    "pt": ["Podem enviar um orçamento para {n} {item}?", "Quanto custa o plano {item}?",
           "Precisamos de {n} {item} no próximo mês.", "Qual é o horário de funcionamento?"],
    "it": ["Potete mandarmi un preventivo per {n} {item}?", "Quanto costa il piano {item}?",
           "Ci servono {n} {item} il mese prossimo.", "Che orari avete?"],
}  # fmt: skip
CONTACT = {
    "en": "I'm {name}, you can reach me at {detail}.",
    "es": "Soy {name}, mi contacto: {detail}",
    "de": "Ich bin {name}, erreichbar unter {detail}.",
    "fr": "Je suis {name}, contact : {detail}",
    "pt": "Sou {name}, meu contato é {detail}.",
    "it": "Sono {name}, mi trovate a {detail}.",
}
ITEMS = ["licences", "laptops", "solar panels", "office chairs", "pro", "enterprise", "kits"]
AGENT_LINES = ["Thanks, let me check that for you.", "Sure! Could you share your email?",
               "Gracias, lo reviso.", "Danke, ich prüfe das.", "Merci, je vérifie.", "Ok!"]  # fmt: skip
SPAM = ["WIN a FREE iPhone now!!! click http://bit.ly/x{n}", "Cheap followers, visit promo{n}.biz",
        "Crypto returns 300% guaranteed, DM me", "SEO services for your site, best price"]  # fmt: skip
REGIONS = {"es": ("+34 6{0:02d} {1:03d} {2:03d}"), "de": "+49 151 {0:02d}{1:03d}{2:03d}",
           "fr": "+33 6 {0:02d} {1:03d} {2:03d}", "it": "+39 3{0:02d} {1:03d} {2:03d}",
           "pt": "+351 91{0:01d} {1:03d} {2:03d}", "en": "+1 415 {1:03d} {2:04d}"}  # fmt: skip
T0 = datetime(2026, 9, 1, tzinfo=UTC)


def _company(rng: random.Random) -> str:
    return rng.choice(WORDS) + rng.choice(WORDS) + rng.choice(TLDS)


def _people(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Return n people: most at small companies, a share at one big domain or on free mail."""
    big = "grupo-" + rng.choice(WORDS) + ".com"
    companies = [_company(rng) for _ in range(max(50, n // 8))]
    people = []
    for i in range(n):
        lang = rng.choice(list(ASKS))
        first, last = rng.choice(FIRST), rng.choice(LAST)
        roll = rng.random()
        domain = big if roll < 0.15 else rng.choice(FREE) if roll < 0.45 else rng.choice(companies)
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        email = f"{local}{i}@{domain}"
        if roll < 0.02:
            email = f"info@{domain}"  # a team inbox several people give
        digits = (rng.randrange(100), rng.randrange(1000), rng.randrange(1000))
        phone = REGIONS[lang].format(*digits)
        people.append({"name": f"{first} {last}", "lang": lang, "email": email, "phone": phone})
    return people


def _messages(rng: random.Random, person: dict[str, Any], start: datetime) -> list[dict[str, Any]]:
    lang = person["lang"]
    texts: list[tuple[str, str]] = []
    if rng.random() < 0.07:
        texts.append(("customer", rng.choice(SPAM).format(n=rng.randrange(999))))
    else:
        ask = rng.choice(ASKS[lang]).format(n=rng.randrange(2, 500), item=rng.choice(ITEMS))
        texts.append(("customer", ask))
        texts.append(("agent", rng.choice(AGENT_LINES)))
        if rng.random() < 0.8:
            detail = person["email"] if rng.random() < 0.6 else person["phone"]
            texts.append(("customer", CONTACT[lang].format(name=person["name"], detail=detail)))
        for _ in range(rng.choice((0, 0, 1, 2, 4, 8))):
            texts.append((rng.choice(("customer", "agent")), rng.choice(AGENT_LINES)))
    roll = rng.random()
    if roll < 0.0005:  # a runaway chat: thousands of messages
        texts += [("customer", f"ping {k}") for k in range(3000)]
    elif roll < 0.001:  # a pasted document
        texts.append(("customer", ("lorem ipsum dolor sit amet " * 4000)[:100_000]))
    return [
        {"role": role, "text": text, "at": (start + timedelta(seconds=40 * k)).isoformat()}
        for k, (role, text) in enumerate(texts)
    ]


def conversations(n: int, *, seed: int = 13, returning: float = 0.25) -> Iterator[dict[str, Any]]:
    """Yield n conversations; about `returning` of them are by someone who wrote before."""
    rng = random.Random(seed)
    people = _people(rng, max(1, int(n * (1 - returning))))
    for i in range(n):
        person = people[i] if i < len(people) else rng.choice(people)
        source = rng.choice(("widget", "whatsapp"))
        start = T0 + timedelta(minutes=7 * i)
        doc: dict[str, Any] = {
            "id": f"load-{seed}-{i:07d}",
            "source": source,
            "agent": rng.choice(("Sales Assistant", "Soporte", "WhatsApp Desk")),
            "started_at": start.isoformat().replace("+00:00", "Z"),
            "messages": _messages(rng, person, start),
        }
        if source == "whatsapp":
            doc["contact"] = {"name": person["name"].split()[0], "phone": person["phone"]}
        yield doc


def write_jsonl(path: Path, n: int, *, seed: int = 13) -> Path:
    """Write n conversations to `path` as JSON Lines; return the path."""
    with path.open("w", encoding="utf-8") as fh:
        for doc in conversations(n, seed=seed):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path

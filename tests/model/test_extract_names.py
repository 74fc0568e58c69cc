"""Behaviour of name extraction: self-introductions, answers, signatures, profile names."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest

from model.extract import extract
from model.person_names import given_names, is_given_name, looks_like_person


def conversation(
    *turns: tuple[str, str],
    source: str = "widget",
    contact: dict[str, str] | None = None,
    agent: str = "Sales Assistant",
) -> dict[str, Any]:
    """Return an import-format conversation from (role, text) pairs."""
    at = "2026-11-20T09:00:00Z"
    conv: dict[str, Any] = {
        "id": "t-1",
        "source": source,
        "agent": agent,
        "started_at": at,
        "messages": [{"role": r, "text": t, "at": at} for r, t in turns],
    }
    if contact is not None:
        conv["contact"] = contact
    return conv


def _name_with_profile(profile: str, text: str) -> str | None:
    """Return the name extracted from one WhatsApp message sent under `profile`."""
    contact = {"name": profile, "phone": "+34612345678"}
    return extract(conversation(("customer", text), source="whatsapp", contact=contact)).name


def name_of(text: str) -> str | None:
    """Return the name extracted from a single customer message."""
    return extract(conversation(("customer", text))).name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English
        ("Hi, my name is John Smith and I need a quote", "John Smith"),
        ("hello my name is sarah connor", "Sarah Connor"),
        ("Hi, I'm Emily Clarke from Northwind, we need 40 seats", "Emily Clarke"),
        ("I am Robert O'Neil, procurement lead", "Robert O'Neil"),
        ("This is Mark, quick question about pricing", "Mark"),
        ("Mark here, quick question", "Mark"),
        ("Name: Chise T. Horiguchi", "Chise T. Horiguchi"),
        ("name: hyuuma t. maida", "Hyuuma T. Maida"),
        ("Hi there! Im Tom. Do you ship to Canada?", "Tom"),
        # Spanish
        ("Hola, me llamo María José de la Fuente", "María José de la Fuente"),
        ("Buenas, soy Carlos Gómez de la empresa Hierros SA", "Carlos Gómez"),
        ("mi nombre es lucía fernández y quiero info", "Lucía Fernández"),
        ("Hola! Soy Ana, de Madrid", "Ana"),
        # Italian
        ("Ciao, mi chiamo Giulia Bianchi", "Giulia Bianchi"),
        ("Buongiorno, sono Marco Rossi della ditta Rossi srl", "Marco Rossi"),
        ("Salve, il mio nome è Francesca De Luca", "Francesca De Luca"),
        # French
        ("Bonjour, je m'appelle Pierre Dupont", "Pierre Dupont"),
        ("Bonjour, je suis Claire Martin de la société Lumen", "Claire Martin"),
        ("mon nom est Jean-Luc Picard", "Jean-Luc Picard"),
        # German
        ("Hallo, ich bin Thomas Müller von der Firma Bau AG", "Thomas Müller"),
        ("Guten Tag, mein Name ist Anna Schmidt", "Anna Schmidt"),
        ("ich heiße Jürgen Weiß", "Jürgen Weiß"),
        ("Hallo, hier ist Lena Vogel", "Lena Vogel"),
        # Portuguese
        ("Olá, sou o João Silva", "João Silva"),
        ("Oi, meu nome é Ana Paula Costa", "Ana Paula Costa"),
        ("Bom dia, me chamo Luís Gonçalves dos Santos", "Luís Gonçalves dos Santos"),
        ("olá, aqui é a Beatriz", "Beatriz"),
        # articles, titles and capitals
        ("Hallo, ich bin der Thomas", "Thomas"),
        ("Hola, soy la Marta y necesito precios", "Marta"),
        ("My name is Mr. John Smith", "John Smith"),
        ("MY NAME IS JOHN SMITH", "John Smith"),
        ("me llamo MARÍA DE LA FUENTE", "María de la Fuente"),
        ("Hi, I'm Will Turner", "Will Turner"),
        ("Je m'appelle Jean de La Fontaine", "Jean de La Fontaine"),
        ("Sou o João d'Ávila", "João d'Ávila"),
        ("Mi chiamo Giulia dell'Acqua", "Giulia dell'Acqua"),
        ("My name is Vincent van der Berg", "Vincent van der Berg"),
        ("I'm Siobhan O'Connor-Smith", "Siobhan O'Connor-Smith"),
        ("Hi, Tom Hardy from Hardy Builders. Need a quote", "Tom Hardy"),
        ("Buongiorno, Sara Neri della ditta Neri, cerco un preventivo", "Sara Neri"),
        ("Bonjour, Luc Girard de chez Optima", "Luc Girard"),
        ("Hallo, Eva Braun von der Firma Solartec", "Eva Braun"),
        ("Soy Carlos de Hierros SA", "Carlos"),
        ("Hola, soy Juan de Dios Pérez", "Juan de Dios Pérez"),
        ("Hi! Its Jake, quick one", "Jake"),
        ("Call me Jake", "Jake"),
        ("Hello, Sarah Johnson here from Lakeside Dental", "Sarah Johnson"),
        # any greeting before "… here", not only hi / hello
        ("Morning! Aidan Walsh here from Walsh Joinery, need a price", "Aidan Walsh"),
        ("Good afternoon, Grace Lee here. Do you deliver?", "Grace Lee"),
        ("Buenos días, Marta Ruiz al habla", "Marta Ruiz"),
        ("Guten Morgen, Felix Brandt hier, kurze Frage", "Felix Brandt"),
        ("Ich bin Frau Schmidt", "Schmidt"),
        # lower-case chat after a weak cue
        ("hi im sarah, looking for a quote", "Sarah"),
        ("hola soy maria, quiero precio", "Maria"),
        ("ciao sono luca", "Luca"),
        ("bonjour je suis marie, vous livrez ?", "Marie"),
        ("hallo ich bin der thomas", "Thomas"),
        ("oi sou o joão", "João"),
        ("im ahmed and i need help", "Ahmed"),
        # "full name" without "my ... is" or a colon
        ("email is a@b.co. Full name Ahmed Karim. Call me later", "Ahmed Karim"),
        ("nombre completo Rocío Gil Navarro", "Rocío Gil Navarro"),
        # an introduction after thanks, as in a reply to the agent
        ("Thanks, this is Jane Doe from Delta", "Jane Doe"),
        ("Merci, ici Paul Martin", "Paul Martin"),
        ("Danke, hier ist Jonas Weber", "Jonas Weber"),
        ("Obrigada, aqui é a Ana Costa", "Ana Costa"),
    ],
)
def test_self_introductions_in_six_languages(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm Interested in your enterprise plan",
        "I'm Looking for a CRM",
        "I'm Not sure yet",
        "I am Happy with the demo",
        "this is Urgent, please call",
        "this is Acme Corp, we need a quote",
        "ok, this is urgent",
        "Thanks, this is Great",
        "thanks this is ridiculous",
        "Thanks, this is Delta Logistics",
        "Soy Interesado en el plan",
        "Sono interessato al prodotto",
        "Je suis intéressé par votre offre",
        "Ich bin Kunde bei Ihnen",
        "Ich bin Interessiert an einem Angebot",
        "Sou cliente de vocês",
        "Estoy buscando un proveedor",
        "I'm from Spain and need pricing",
        "Thanks, Laura!",
        "Hello, how much is it?",
        "Hi, Monday from 9 works",
        "Hello, Paris office here",
        "It's Monday already, any news?",
        "Wow this is Great",
        "the price this is Amazing",
        "Ich arbeite im Vertrieb bei Bau AG",
        "Ich bin Architekt und brauche Pläne",
        "I'm Canadian, do you ship here?",
        "I'm Head of Sales at Acme",
        "I'm Jake's assistant",
        "My manager's name is David Stone",
        "His name is Tom, he will call",
        "Call me tomorrow",
        "call me at 555 1234",
        "i'm done.",
        "im lost",
        "i'm confused",
        "i'm waiting",
        "i'm super interested",
        "im after a quote",
        "je suis perdu",
        "sono interessata.",
        "soy nuevo aquí",
        "ich bin neu hier",
        "sou novo",
        "She moved here from Estonia last year",
        "i'm originally from norway",
    ],
)
def test_words_after_i_am_are_not_names(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        ("Could I get your name and email?", "John Smith, john@acme.com", "John Smith"),
        ("May I have your name?", "sure! maria lopez", "Maria Lopez"),
        ("Who am I speaking with?", "Dave", "Dave"),
        ("¿Cuál es tu nombre?", "Claro, Javier Ortega", "Javier Ortega"),
        ("¿Cómo te llamas?", "Carmen", "Carmen"),
        ("Come ti chiami?", "Luca Ferri", "Luca Ferri"),
        ("Quel est votre nom ?", "Oui, Sophie Laurent", "Sophie Laurent"),
        ("Wie ist Ihr Name?", "Klaus Becker", "Klaus Becker"),
        ("Qual é o seu nome?", "Sim, Pedro Alves", "Pedro Alves"),
        (
            "Can I get your name and email?",
            "Sure thing - Robert Chen, rc@chenlaw.com",
            "Robert Chen",
        ),
        ("¿Me indica su nombre y teléfono?", "Dra. Isabel Montero, 654 321 987", "Isabel Montero"),
        (
            "Puis-je avoir vos coordonnées ?",
            "Oui bien sûr. Sophie Lefèvre, acheteuse",
            "Sophie Lefèvre",
        ),
        ("Mi lascia i suoi dati?", "Certo: Marco Galli", "Marco Galli"),
        ("Ihre Kontaktdaten bitte?", "Ja gerne, Markus Weber, Tel. 089 12345678", "Markus Weber"),
        ("Pode me passar seus dados?", "Claro! Rafael Souza", "Rafael Souza"),
        (
            "¿A nombre de quién hago la cotización?",
            "A nombre de Alejandro Ruiz Torres",
            "Alejandro Ruiz Torres",
        ),
        ("Je suis Léa. Vous êtes ?", "Jean-Pierre Martin, DRH chez Alpha", "Jean-Pierre Martin"),
        ("Como se chama?", "Chamo-me Inês Ferreira.", "Inês Ferreira"),
        # the name asked for what is being prepared: an order, a quote, a booking
        ("Can I take a name for the order?", "mike sullivan", "Mike Sullivan"),
        (
            "Who should I address the quote to?",
            "Robert Chen. Office line is (773) 402-1188 ext. 214",
            "Robert Chen",
        ),
        ("¿A qué nombre hago la reserva?", "Lucía Fernández", "Lucía Fernández"),
        ("A che nome prenoto?", "giulia bianchi", "Giulia Bianchi"),
        ("À quel nom dois-je établir le devis ?", "Camille Roux", "Camille Roux"),
        ("Auf welchen Namen darf ich reservieren?", "Jonas Krüger", "Jonas Krüger"),
        ("Em que nome faço a reserva?", "Mariana Lopes", "Mariana Lopes"),
        # family name first, as forms and paperwork write it
        ("Wie ist Ihr Name?", "Müller, Hans", "Hans Müller"),
        ("Votre nom ?", "DUPUIS Marc", "Marc Dupuis"),
        ("Votre nom ?", "Dupuis, Marc Dupuis", "Marc Dupuis"),
        ("¿Me dice su nombre?", "García López, Ana", "Ana García López"),
        # after a comma, a family name that is also a given name: the comma says the order
        ("May I have your name?", "Smith, John", "John Smith"),
        ("May I have your name?", "Taylor, Emma", "Emma Taylor"),
        ("Your name please?", "Thomas, John", "John Thomas"),
    ],
)
def test_answer_to_agents_name_question_is_a_self_introduction(
    question: str, answer: str, expected: str
) -> None:
    result = extract(
        conversation(("customer", "Hi, I need a quote"), ("agent", question), ("customer", answer))
    )
    assert result.name == expected
    assert result.evidence["name"].message == 2


@pytest.mark.parametrize(
    "answer",
    [
        "I'd rather not say",
        "Prefer not to say",
        "john@acme.com",
        "why?",
        "ok",
        "Sure",
        "thinking...",
        "busy",
        "Thanks, John",  # thanks the agent: no family name first
        "NO Thanks",
    ],
)
def test_answers_that_are_not_names(answer: str) -> None:
    result = extract(
        conversation(("customer", "Hi"), ("agent", "May I have your name?"), ("customer", answer))
    )
    assert result.name is None


def test_answer_without_a_question_is_not_a_name() -> None:
    assert extract(conversation(("customer", "Dave"))).name is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please send the quote.\n\nBest regards,\nJane Doe\nProcurement Manager", "Jane Doe"),
        ("Can you call me tomorrow?\nThanks,\nMichael Brown", "Michael Brown"),
        ("Send it over\n- Mark", "Mark"),
        ("Send it over -- Mark", "Mark"),
        ("Kind regards, Oliver Twist", "Oliver Twist"),
        ("Quedo atento.\nSaludos,\nRaúl Jiménez", "Raúl Jiménez"),
        ("Attendo notizie.\nCordiali saluti,\nAlessandro Conti", "Alessandro Conti"),
        ("Merci d'avance.\nCordialement,\nÉlise Moreau", "Élise Moreau"),
        ("Vielen Dank.\nMit freundlichen Grüßen\nThomas Müller\nEinkauf", "Thomas Müller"),
        ("Aguardo retorno.\nAtenciosamente,\nFernanda Lima", "Fernanda Lima"),
        ("Chiamatemi pure. Grazie!\nChiara Romano", "Chiara Romano"),
        ("Send me the catalog\n-- \nPeter Novak\nOperations | Novak Logistics", "Peter Novak"),
        # the signed name followed on its line by its owner's number or email
        ("Please send a quote. Kind regards, Oliver Twist, 07700 900123", "Oliver Twist"),
        ("Quedo atento.\nSaludos,\nRaúl Jiménez - 612 345 678", "Raúl Jiménez"),
        ("Attendo notizie. Cordiali saluti, Anna Neri, tel. 347 111 2222", "Anna Neri"),
        ("Merci. Cordialement, Luc Petit, luc.petit@exemple.fr", "Luc Petit"),
    ],
)
def test_sign_offs_and_signature_blocks(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallo, mijn naam is Bram Visser en ik zoek een nieuwe printer", "Bram Visser"),
        ("Goedendag, ik ben Femke, hebben jullie nog plek op zaterdag?", "Femke"),
        ("Kunnen jullie mij bellen?\nMet vriendelijke groet,\nJoost van Dam", "Joost van Dam"),
        ("Graag een prijsopgave. Groeten, Lotte Bakker", "Lotte Bakker"),
        ("Dzień dobry, nazywam się Katarzyna Wójcik i mam pytanie o cennik", "Katarzyna Wójcik"),
        ("Cześć, jestem Tomek, czy jest jeszcze wolny termin?", "Tomek"),
        ("Proszę o ofertę.\nZ poważaniem,\nMarek Zieliński", "Marek Zieliński"),
        ("Czekam na odpowiedź. Pozdrawiam, Agnieszka Lewandowska", "Agnieszka Lewandowska"),
        # "van" is also "from": a business noun after it ends the name
        ("Goedemiddag, ik ben Marieke de Vries van Bakkerij Zon, graag een offerte", "Marieke de Vries"),
        ("Hoi, ik ben Sanne van Kapsalon Knip. Hebben jullie nog stoelen?", "Sanne"),
        ("Dzień dobry, jestem Anna Nowak z Piekarni Kłos", "Anna Nowak"),
        # introduced as on the telephone: "met Sanne Jansen", "tu Piotr Wiśniewski"
        ("Goedendag, met Sanne Jansen. Ik zou graag een offerte ontvangen", "Sanne Jansen"),
        ("Dzień dobry, tu Piotr Wiśniewski z Hurtowni Meblowej", "Piotr Wiśniewski"),
        ("Guten Tag, hier spricht Frau Dr. Sabine Krüger von der Praxis Krüger", "Sabine Krüger"),
    ],
)  # fmt: skip
def test_dutch_and_polish_introductions_and_sign_offs(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Goedendag, met de bus zijn we er om 10 uur",
        "Dzień dobry, tu jest problem z zamówieniem",
        "Hola, tu pedido ya salió",
        "Ciao, tu sai se è disponibile?",
    ],
)
def test_met_and_tu_are_words_before_anything_but_a_name(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben geïnteresseerd in jullie aanbod, wat kost het?",
        "Jestem zainteresowany ofertą, ile to kosztuje?",
        "Dziękuję, ale nie jestem już zainteresowany, kupiłem gdzie indziej.",
        "ik ben nog aan het vergelijken",
        "Bedankt voor de snelle reactie!",
        "Dziękuję za informację.",
        # after a sign-off, only contact details may follow the name on its line
        "Kind regards, Oliver Twist, see you at the fair",
    ],
)
def test_dutch_and_polish_phrases_that_name_nobody(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ("Javier Ortega", "Javier Ortega"),
        ("giulia", "Giulia"),
        ("Lucía 🌻", "Lucía"),
        ("✨ Ana Ruiz ✨", "Ana Ruiz"),
        # a person, then their firm or team: the person ("Carlos" of the sales team)
        ("Carlos | Ventas", "Carlos"),
        ("Kristof | Van Damme Bouw", "Kristof"),
        ("Andrea RRHH", "Andrea"),
        ("Tienda Sol | Ventas", None),
        ("Meta Support", None),  # "Support" is a business's, not a team after a person
        ("Tandartspraktijk Oosterpoort", None),
        # a couple's profile, a person "from" their firm: the first person
        ("Marta & Luis 💍", "Marta"),
        ("Tomasz z Biura", "Tomasz"),
        ("Anna Kowalska z Agencji", "Anna Kowalska"),
        ("🔥🔥", None),
        ("Promo", None),
        ("Tienda Sol", None),
        ("ACME LTD", None),
        ("Pizza Shop", None),
        ("Sales Team", None),
        ("Ana 1990", None),
        # businesses, roles and promotions, also inside compounds and camel case
        ("Büroservice Nord", None),
        ("Fornecedor Leads", None),
        ("LeadGen Pro", None),
        ("Asesora Financiera", None),
        ("Investmentberaterin", None),
        ("WebAgency Milano", None),
        ("Prémios", None),
        ("Gewinnspiel", None),
        ("Textilhandel Gruber", None),
        ("Llama al Fijo de Casa", None),
        ("Ofertas Top", None),
        ("Inmobiliaria Sol", None),
        ("Pizzeria Da Mario", None),
        ("Dr. Smile Clinic", None),
        ("Dr. Smile", None),
        ("Autohaus Weber", None),
        ("Casa Bella", None),
        ("Best Deals", None),
        ("Mamá de Leo", None),
        ("Les Délices", None),
        ("Doctor", None),
        ("SUPER PROMO", None),
        # nickname profiles: a pet or short form alone names no one (name_words.HYPOCORISTICS)
        ("Javi", None),
        ("Pepe 🍕", None),
        ("Kathi 🌸", None),
        ("Grzesiek", None),
        ("Zé", None),
        ("Mausi 🐱", None),
        # people: English short forms and Polish working names, emoji, accents, particles
        ("Tomek", "Tomek"),
        ("Mike 🏀", "Mike"),
        ("Dave", "Dave"),
        ("Javier", "Javier"),
        ("Javi Ruiz", "Javi Ruiz"),
        ("María José", "María José"),
        ("Thiago ✌️", "Thiago"),
        ("Ana Paula Costa", "Ana Paula Costa"),
        ("Jean-Luc", "Jean-Luc"),
        ("Thomas Müller", "Thomas Müller"),
        ("Siobhan O'Connor", "Siobhan O'Connor"),
        ("Nguyen Van An", "Nguyen Van An"),
        ("Priya", "Priya"),
        ("Fatima Zahra", "Fatima Zahra"),
        ("Kemal", "Kemal"),
        ("Sven", "Sven"),
        ("Zoë", "Zoë"),
        ("mark", "Mark"),
        ("ANNA", "Anna"),
        ("JOSE LUIS", "Jose Luis"),
        ("Jean DUPONT", "Jean DUPONT"),
        ("María José de la Fuente", "María José de la Fuente"),
        ("Dr. Ana Ruiz", "Ana Ruiz"),
        ("Mike McDonald", "Mike McDonald"),
        ("Ana Sá", "Ana Sá"),
        # short business words count only as whole words
        ("Genevieve", "Genevieve"),
        ("Prokop", "Prokop"),
        ("Barbara", "Barbara"),
        ("Suresh", "Suresh"),
        ("Esther", "Esther"),
        ("Mike Weber", "Mike Weber"),
        ("Markéta", "Markéta"),
    ],
)
def test_whatsapp_profile_name_only_when_it_looks_like_a_person(
    profile: str, expected: str | None
) -> None:
    result = extract(
        conversation(
            ("customer", "hola, precio?"),
            source="whatsapp",
            contact={"name": profile, "phone": "+34 612 345 678"},
        )
    )
    assert result.name == expected
    assert "name" not in result.evidence


def test_given_names_gazetteer_ships_with_the_package() -> None:
    # Read through importlib.resources, as from an installed wheel: package data, not a
    # path into the checkout.
    text = files("model").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) > 10_000
    assert lines == sorted(set(lines)), "one name a line, sorted, no repeats"
    assert all(line == line.lower() and line.strip() == line for line in lines)
    assert {"javi", "lucía", "zoë", "jean-luc", "priya", "thiago", "zé"} <= set(lines)
    assert given_names()[0] == frozenset(lines)
    assert is_given_name("JOSÉ") and is_given_name("Lucia") and is_given_name("Anna-Lena")
    assert not is_given_name("Promo")


def test_every_name_of_the_gazetteer_is_a_person_in_any_case() -> None:
    names = sorted(given_names()[0])
    for case in (str.title, str.lower, str.upper):
        assert [n for n in names if not looks_like_person(case(n))] == []


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        ("Marta", "abbiamo una prenotazione a nome Bianchi, si può fare il check-in tardi?",
         "Marta Bianchi"),
        ("Sophie 🌷", "Bonjour, c'est au nom de Fournier, je passe demain ?", "Sophie Fournier"),
        ("Jonas", "Hallo, die Bestellung läuft auf den Namen Hofmann.", "Jonas Hofmann"),
        # a given name stated is no surname; the profile stays as it was
        ("Marta", "Sono Giulia, ciao!", "Giulia"),
    ],
)  # fmt: skip
def test_a_stated_surname_completes_the_profiles_given_name(
    profile: str, text: str, expected: str
) -> None:
    assert _name_with_profile(profile, text) == expected


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        ("Jonas 🚲", "Donnerstag passt 👍 Name ist Jonas Becker", "Jonas Becker"),
        ("Inès", "oui stp, Inès Garnier. je prends mon tapis ?", "Inès Garnier"),
        ("Piotr", "proszę o kontakt, Piotr Zając, biuro", "Piotr Zając"),
        # a firm after the given name is no surname
        ("Emma", "Hi, Emma van BrightHire Recruitment here", "Emma"),
        ("Nora", "Nora de l'Atelier Bleu, on voudrait un devis", "Nora"),
    ],
)  # fmt: skip
def test_the_profiles_given_name_is_completed_from_the_chat(
    profile: str, text: str, expected: str
) -> None:
    assert _name_with_profile(profile, text) == expected


def test_a_lower_case_name_stops_at_a_bare_article() -> None:
    asked = ("agent", "¿Me dice su nombre completo y la dirección, por favor?")
    said = ("customer", "si el lunes me va bien soy rosa maria vidal perez la calle es mayor 3")
    assert extract(conversation(asked, said)).name == "Rosa Maria Vidal Perez"
    said = ("customer", "soy juan de la cruz y la direccion es mayor 3")
    assert extract(conversation(asked, said)).name == "Juan de la Cruz"


def test_stated_name_beats_profile_and_profile_completes_a_first_name() -> None:
    stated = extract(
        conversation(
            ("customer", "Soy Marta Gil"), source="whatsapp", contact={"name": "Mamá de Leo"}
        )
    )
    assert stated.name == "Marta Gil"
    completed = extract(
        conversation(
            ("customer", "Soy Javier"), source="whatsapp", contact={"name": "Javier Ortega"}
        )
    )
    assert completed.name == "Javier Ortega"


@pytest.mark.parametrize(
    "turns",
    [
        [("agent", "Hi, I'm Laura from Acme. How can I help?"), ("customer", "Thanks Laura")],
        [("agent", "Soy Laura, ¿en qué te ayudo?"), ("customer", "Hola Laura, quiero precios")],
        [
            ("agent", "My name is Laura Pérez, may I have your email?"),
            ("customer", "sure, it's x@acme.com"),
        ],
    ],
)
def test_agent_name_is_never_the_leads(turns: list[tuple[str, str]]) -> None:
    assert extract(conversation(*turns)).name is None


def test_customer_repeating_the_agents_name_is_dropped() -> None:
    result = extract(
        conversation(
            ("agent", "Hi, I'm Laura, your sales assistant."),
            ("customer", "Hi! This is Laura? I'm Peter Novak"),
        )
    )
    assert result.name == "Peter Novak"


def test_email_local_part_raises_confidence() -> None:
    plain = extract(conversation(("customer", "I'm Ana Ruiz")))
    matched = extract(conversation(("customer", "I'm Ana Ruiz, ana.ruiz@acme.com")))
    other = extract(conversation(("customer", "I'm Ana Ruiz, info@acme.com")))
    assert matched.name_confidence > plain.name_confidence
    assert other.name_confidence == plain.name_confidence


def test_name_evidence_points_at_the_name() -> None:
    text = "Hola, me llamo Lucía Fernández"
    result = extract(conversation(("customer", text)))
    ev = result.evidence["name"]
    assert text[ev.start : ev.end] == "Lucía Fernández"


def test_answer_may_come_in_the_second_message_after_the_question() -> None:
    result = extract(
        conversation(
            ("customer", "Hi, I need a quote"),
            ("agent", "Sure! Could I get your name?"),
            ("customer", "Sure!"),
            ("customer", "Ana Ruiz"),
            ("customer", "Great"),
        )
    )
    assert result.name == "Ana Ruiz"


def test_only_the_next_two_messages_answer_the_question() -> None:
    result = extract(
        conversation(
            ("agent", "May I have your name?"),
            ("customer", "one sec"),
            ("customer", "checking with my boss"),
            ("customer", "Budget"),
        )
    )
    assert result.name is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soy Ana de Textilsur, ana@textilsur.es", "Ana"),
        ("Ich bin Anna von Siemens, anna@siemens.de", "Anna"),
        ("Soy María de la Fuente, maria@fuente.es", "María de la Fuente"),
        ("Sou o Pedro da Silva, pedro@silva.com.br", "Pedro da Silva"),
        ("Ich bin Anna von Trapp, anna@gmail.com", "Anna von Trapp"),
    ],
)
def test_company_after_de_is_cut_only_when_it_is_the_email_domain(text: str, expected: str) -> None:
    assert name_of(text) == expected


def answer_to(question: str, answer: str) -> str | None:
    """Return the name extracted when a customer answers an agent's question."""
    return extract(
        conversation(("customer", "Hi, I need a quote"), ("agent", question), ("customer", answer))
    ).name


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (
            "¿Con quién tengo el gusto?",
            "Marta Ibáñez Soler. Si no contesto por aquí llama al fijo, 93 210 44 87",
            "Marta Ibáñez Soler",
        ),
        ("¿De parte de quién?", "Rubén Castillo, rcastillo@hotmail.es", "Rubén Castillo"),
        ("¿Me dejas nombre y correo?", "Nuria Prats. nuria.prats@gmail.com", "Nuria Prats"),
        (
            "Con chi ho il piacere di parlare?",
            "Valentina Greco, responsabile acquisti. Tel 347 882 1190",
            "Valentina Greco",
        ),
        ("Mi lascia nome ed email?", "Davide Lombardi, d.lombardi@libero.it", "Davide Lombardi"),
        ("Nome, cognome e cellulare?", "Elena Marchetti\n333 918 2274", "Elena Marchetti"),
        ("Who am I speaking with?", "Hannah Price. Best to reach me by email", "Hannah Price"),
        ("With whom am I speaking?", "Oliver Grant, ops manager at Lumen", "Oliver Grant"),
        ("Mit wem spreche ich?", "Jonas Krüger. Am besten mobil erreichbar", "Jonas Krüger"),
        ("Mit wem habe ich das Vergnügen?", "Sabine Wolf, Einkauf", "Sabine Wolf"),
        ("C'est à quel nom ?", "Camille Roux. Mon portable : 06 41 22 87 10", "Camille Roux"),
        ("À qui ai-je l'honneur ?", "Hugo Lambert, gérant", "Hugo Lambert"),
        ("Com quem tenho o prazer?", "Rita Moreira, rita.moreira@sapo.pt", "Rita Moreira"),
        ("Com quem falo?", "Tiago Mendes. Pode ligar depois das 18h", "Tiago Mendes"),
        # a stated name beats the agent's name said first
        ("¿Con quién hablo?", "Laura, soy Pedro Gómez", "Pedro Gómez"),
        ("Con chi parlo?", "Giulia, sono Marco Ferri", "Marco Ferri"),
        # who to send something to; a list of details asked for with the name first
        (
            "Who should I send the proposal to?",
            "Nadia Rahman, nadia@rahman.example",
            "Nadia Rahman",
        ),
        ("Proszę podać imię, nazwisko i telefon.", "Ewa Mazur, 601 234 567", "Ewa Mazur"),
        ("Graag uw naam, telefoonnummer en adres.", "Tom Peeters, 0470 12 34 56", "Tom Peeters"),
    ],
)
def test_answer_starting_with_the_name_then_other_details(
    question: str, answer: str, expected: str
) -> None:
    assert answer_to(question, answer) == expected


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("¿Con quién tengo el gusto?", "Si no contesto, llama al fijo de casa, 93 210 44 87"),
        ("¿A nombre de quién?", "Llama Al Fijo mejor, 93 210 44 87"),
        ("Con chi ho il piacere di parlare?", "Se non rispondo qui chiama pure al fisso"),
        ("Com quem falo?", "Se não atender aqui ligue para o fixo, 21 555 0143"),
        ("Com quem falo?", "Se não atender aqui chama no fixo"),
        ("À qui ai-je l'honneur ?", "Si je ne réponds pas ici appelez le fixe au 01 45 67 89 10"),
        ("Mit wem spreche ich?", "Rufen Sie mich bitte auf dem Festnetz an"),
        ("Who am I speaking with?", "If I don't answer here call the landline"),
        ("¿Me dices tu nombre?", "Asesora Financiera, de Banco Sol"),
        # one word opening a sentence is a name only when it is a known given name
        ("Con chi ho il piacere di parlare?", "Urgente. Mi serve entro venerdì"),
        ("Mit wem spreche ich?", "Dringend! Bitte schnell antworten"),
        ("Com quem falo?", "Orçamento, por favor"),
    ],
)
def test_call_imperatives_and_roles_in_an_answer_are_not_names(question: str, answer: str) -> None:
    assert answer_to(question, answer) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hola, si no contesto aquí llama al fijo de casa",
        "Se non rispondo qui chiama al fisso",
        "Se não atender ligue para o fixo de casa",
        "Si je ne réponds pas, appelez le fixe",
        "Bitte ruf mich auf dem Festnetz an",
        "Please call the landline if I don't answer",
    ],
)
def test_call_imperatives_are_not_names(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "vale, llámame al 612 44 90 13 o escribe a nuria.prats@gmail.com\nNuria Prats",
            "Nuria Prats",
        ),
        ("mandatemi il listino a d.greco at libero punto it\nDavide Greco", "Davide Greco"),
        ("pode ser por email, rita.moreira@sapo.pt, obrigada!\nRita Moreira", "Rita Moreira"),
        (
            "oui envoyez le devis à hugo.lambert arobase orange point fr\nHugo Lambert",
            "Hugo Lambert",
        ),
        ("bitte an sabine.wolf at web dot de, danke!\nSabine Wolf", "Sabine Wolf"),
        ("please send it to hannah.price@outlook.com\nHannah Price", "Hannah Price"),
        ("Necesito presupuesto para 20 sillas\nMaría José de la Fuente", "María José de la Fuente"),
        ("Preciso de orçamento\n\nJoão Pedro da Silva\n", "João Pedro da Silva"),
    ],
)
def test_name_alone_on_the_last_line_is_a_signature(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lena Becker",  # nothing before it: no signature
        "ok thanks\nLena",  # one word
        "ok thanks\nlena becker",  # not written as a name
        "Thanks for the quick reply\nThanks a lot",
        "Please send the pdf\nBest regards",
        "Grazie per la risposta\nGrazie Mille",
        "Merci pour le devis\nMerci Beaucoup",
        "Gracias por todo\nMuchas Gracias",
        "Danke für das Angebot\nVielen Dank",
        "Obrigado pelo retorno\nMuito Obrigado",
        "Need 3 units\nSamsung Galaxy",
        "Need 3 units\nAcme Consulting",
        "Necesito 3 unidades\nMaría Consultora",
        "Call me back\nCasa Bella",
        "ciao\nGiulia Romano Rossi Bianchi Verdi",
    ],
)
def test_lines_that_are_not_a_bare_signature(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ansprechpartner bin ich, Florian Gruber", "Florian Gruber"),
        ("Ansprechpartnerin: Julia Weber", "Julia Weber"),
        ("Ansprechpartner ist Frau Weber", "Weber"),
        ("Bitte um Angebot. Kontaktperson: Max Huber", "Max Huber"),
        ("persona de contacto: Luis Ortega", "Luis Ortega"),
        ("Necesito precio. Persona de contacto es Inés Campos", "Inés Campos"),
        ("referente: Paolo Neri, tel 347 111 2233", "Paolo Neri"),
        ("Il referente è Paolo", "Paolo"),
        ("interlocutrice : Claire Dubois", "Claire Dubois"),
        ("Interlocuteur est Marc Petit", "Marc Petit"),
        ("pessoa de contato: Rita Moreira", "Rita Moreira"),
        ("Pessoa de contacto é Joana Reis", "Joana Reis"),
        ("Contact person: Anna Schmidt", "Anna Schmidt"),
        ("The contact person is Greg Holt", "Greg Holt"),
    ],
)
def test_contact_person_cues(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mein Ansprechpartner bei Ihnen war Herr Maier",
        "my contact person at your company is Laura Green",
        "mi persona de contacto en vuestra empresa es Laura",
        "Ansprechpartner: Einkaufsabteilung",
        "Ansprechpartner ist unser Einkauf",
        "referente per il progetto è il titolare",
        "Contact person: Sales Department",
        "interlocuteur : Service Achats",
    ],
)
def test_contact_person_cues_without_a_persons_name(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        ("Beatriz", "O meu nome completo é Beatriz Carvalho Lopes", "Beatriz Carvalho Lopes"),
        ("Rocío", "Mi nombre completo es Rocío Gil Navarro", "Rocío Gil Navarro"),
        ("Anna", "il mio nome completo è Anna Maria Ricci", "Anna Maria Ricci"),
        ("Jean", "mon nom complet est Jean Paul Martin", "Jean Paul Martin"),
        ("Anna", "mein vollständiger Name ist Anna Lena Schmidt", "Anna Lena Schmidt"),
        ("Greg", "my full name is Gregory Holt", "Gregory Holt"),
        # the profile still completes a bare first name
        ("Beatriz Carvalho", "sou a Beatriz", "Beatriz Carvalho"),
    ],
)
def test_full_name_in_text_beats_a_shorter_profile_name(
    profile: str, text: str, expected: str
) -> None:
    assert _name_with_profile(profile, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hola, soy asesora financiera",
        "Soy Asesora Financiera de Banco Sol",
        "soy gerente de compras",
        "Soy Directora Comercial",
        "sono consulente del lavoro",
        "Sono Consulente",
        "sono titolare di un bar",
        "sou consultora imobiliária",
        "Sou Gerente de loja",
        "je suis conseillère en patrimoine",
        "Je suis Conseiller",
        "je suis Responsable achats",
        "ich bin Investmentberaterin",
        "Ich bin Produktmanager bei Acme",
        "ich bin Geschäftsführerin",
        "ich bin Handelsvertreter",
        "I'm Sales Manager at Acme",
        "I am Agent for several brands",
    ],
)
def test_jobs_and_roles_after_i_am_are_not_names(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soy Marta Gil, asesora financiera", "Marta Gil"),
        ("Sono Stefano Conti, titolare", "Stefano Conti"),
        ("Sou a Joana Reis, consultora", "Joana Reis"),
        ("Je suis Hugo Lambert, conseiller", "Hugo Lambert"),
        ("Ich bin Florian Gruber, Geschäftsführer", "Florian Gruber"),
        ("I'm Oliver Grant, account manager", "Oliver Grant"),
    ],
)
def test_name_before_a_job_is_kept(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    "profile", ["Consultora Inmobiliaria", "Produktmanager", "Agente Immobiliare", "Gerente Loja"]
)
def test_job_titles_as_profile_names_are_not_people(profile: str) -> None:
    result = extract(
        conversation(("customer", "hola"), source="whatsapp", contact={"name": profile})
    )
    assert result.name is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name closing a one-line message, after its last sentence
        ("Do you have the oak table in stock? Hannah Reid, 07911 123456", "Hannah Reid"),
        ("Necesito 30 cajas para el lunes. Lucía Romero, lucia.romero@correo.es", "Lucía Romero"),
        ("Vorrei un preventivo per il trasloco. Giulia Ferri", "Giulia Ferri"),
        ("Nous cherchons un traiteur pour 80 personnes. Amélie Roux, Directrice", "Amélie Roux"),
        ("Bitte um Rückruf. Viele Grüße, Lena Schmidt, Vertrieb", "Lena Schmidt"),
        ("Thanks for the help! Cheers, Daniel Ortiz, Head of Facilities", "Daniel Ortiz"),
    ],
)
def test_a_full_name_closing_a_message(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Is it available in black? Thanks, Laura",  # a first name alone may be the agent's
        "Do you ship to Spain? Victoria Station is close to our office",
        "Can I order more? Rose Gold finish would be great",
        "We need 5 chairs. Jordan Smith Ltd, 0161 496 0000",
        "Price please. Grand Total 300 euros",
        "Tom Hardy, please send the quote",  # no sentence before it: not a closing
    ],
)
def test_closing_words_that_are_not_a_signed_name(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is writing, in the words each language uses for it
        ("Hola, le escribe Carmen Ruiz, necesito información", "Carmen Ruiz"),
        ("Buongiorno, vi scrive Paolo Rossi della ditta Rossi srl", "Paolo Rossi"),
        ("Hallo, hier schreibt Jonas Weber von Weber GmbH", "Jonas Weber"),
        ("Olá, quem fala é a Beatriz Santos, da loja Bela Flor", "Beatriz Santos"),
        ("Goedemiddag, u spreekt met Pieter Jansen van Jansen BV", "Pieter Jansen"),
        ("Dzień dobry, z tej strony Jan Kowalski, chciałbym zapytać o cenę", "Jan Kowalski"),
        # a full name opening the message, then the company
        ("Tom Hardy from Hardy Builders. Could you quote for scaffolding?", "Tom Hardy"),
    ],
)
def test_who_is_writing(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hier is de foto van de schade",
        "Acme Corp from London here",
        "Paris from our team will call you",  # one word: not enough without a greeting
        "Sales from the north office asked me to write",
    ],
)
def test_openings_that_name_nobody(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hola, soy José Martín, precio del sofá?", "José Martín"),
        ("me llamo Pepe, precio del sofá?", "Pepe"),
        ("hola, precio del sofá?", None),
    ],
)
def test_a_nickname_profile_leaves_the_name_to_the_customers_words(
    text: str, expected: str | None
) -> None:
    result = extract(
        conversation(
            ("customer", text),
            source="whatsapp",
            contact={"name": "Pepe ⚽", "phone": "+34 612 345 678"},
        )
    )
    assert result.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hier" / "aquí" after any greeting, not only hi or hello
        ("Guten Abend, hier Thomas Berger, Einkauf der Firma Rahn.", "Thomas Berger"),
        ("Buenas tardes, aquí Laura Méndez, quería un presupuesto", "Laura Méndez"),
        # a business after "di" / "de" that no email names: the words before it
        ("Salve, sono Paolo di Edilizia Ferri, mi serve un preventivo", "Paolo"),
        ("Olá, aqui é a Carla de Construções Lima", "Carla"),
        ("Buenas tardes, aquí Laura Méndez de Reformas Sur", "Laura Méndez"),
        # a phone labelled in the customer's language after a signed name
        ("Claro. Marta Lopes, marta@lopes.example, telemóvel 913 222 111", "Marta Lopes"),
        ("Gern. Jonas Weber, jonas@weber.example, Handy 0151 2345678", "Jonas Weber"),
        # a booking under a name
        ("vale, apúntame como Lucía Ramos", "Lucía Ramos"),
        # a job after "sono" / "soy" typed in lower case is no name; a known name is
        ("ciao, sono architetto freelance, quanto costa il sito?", None),
        ("hola soy fotógrafo autónomo, cuánto cuesta?", None),
        ("ciao sono marco, quanto costa?", "Marco"),
    ],
)
def test_openings_bookings_and_jobs(text: str, expected: str | None) -> None:
    assert name_of(text) == expected


def test_a_dutch_closing_after_a_details_question_is_no_name() -> None:
    # "met" opens "met Sanne Jansen"; "Met vriendelijke groet" is the closing above a name
    result = extract(
        conversation(
            ("customer", "Kunnen we een demo plannen?"),
            ("agent", "Zeker! Mag ik uw naam en e-mailadres?"),
            ("customer", "Met vriendelijke groet,\n\nSanne Bakker\nInkoop\nsanne@bakker.example"),
        )
    )
    assert result.name == "Sanne Bakker"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Lovely! And what's your puppy's name?", "Biscuit"),
        ("Great, what's the name of the child joining the class?", "Oliver Hughes"),
        ("Perfecto, ¿cómo se llama el niño?", "Mateo Ruiz"),
        ("Parfait, quel est le nom de votre chien ?", "Filou"),
        ("Gern, wie heißt Ihr Kind?", "Lena Vogel"),
        ("Ottimo, come si chiama il bambino?", "Tommaso Gallo"),
        ("Claro, qual é o nome do seu cão?", "Pipoca"),
        ("Prima, hoe heet de hond?", "Dribbel"),
        ("Proszę podać imię i nazwisko dziecka", "Jan Lewandowski"),
    ],
)
def test_a_name_asked_for_a_child_or_a_pet_is_not_the_customers(question: str, answer: str) -> None:
    result = extract(
        conversation(
            ("customer", "Hi, I'd like to book a session"),
            ("agent", question),
            ("customer", answer),
            source="whatsapp",
            contact={"name": "Sarah Clarke", "phone": "+447700900111"},
        )
    )
    assert result.name == "Sarah Clarke"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Austrian, Polish and Dutch titles are skipped like "Dr"
        ("Mit freundlichen Grüßen\nMag. Eva Huber\nSteuerberatung", "Eva Huber"),
        ("Pozdrawiam,\nmgr inż. Piotr Zając", "Piotr Zając"),
        # the name first in a list of one's details
        ("Perfecto. Mis datos: Nuria Soler Puig, tel. 934 112 233", "Nuria Soler Puig"),
        ("Ok! Meine Daten: Jonas Brandt, jonas@brandt.example", "Jonas Brandt"),
        # a department signs a notice: no person
        ("Uw abonnement verloopt vandaag.\nMet vriendelijke groet,\nAfdeling Klantenservice", None),
    ],
)
def test_titles_detail_lists_and_departments(text: str, expected: str | None) -> None:
    assert name_of(text) == expected


def test_a_profile_completes_a_stated_surname() -> None:
    # "on the name of Vermeulen" with the profile "Lies Vermeulen": the full name
    result = extract(
        conversation(
            ("customer", "Hallo, is mijn fiets al klaar? Hij staat op naam van Jacobs."),
            source="whatsapp",
            contact={"name": "Bram Jacobs", "phone": "+32470123456"},
        )
    )
    assert result.name == "Bram Jacobs"

"""Tell a customer who signs up or books in the chat: a buyer the heads read as a question.

"queríamos apuntarlo al teórico", "martes 19, anotame", "ona chce się zapisać na kurs",
"un rdv samedi ?": a customer who puts themselves (or their child, their mother) down
for a course, a class or an appointment is taking what the business sells, however
much the rest of the chat reads like questions (can I pay by card? what should I
bring?). Every outside writer files these Opportunity, most of them high. What is read:
an imperative or infinitive of signing up with its pronoun (`concepts.SIGNUP_FORMS`,
which the concept table lacks), in a chat whose concept words name a booking, and no
booking the customer already holds ("j'ai rdv samedi, on peut décaler ?" is support).
Written from general knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re

from model.concepts import SIGNUP_FORMS, lead_concept, words_in
from model.existing_customer import asks_as_customer
from model.text import openings

SIGNUP_REASON = "signs up or books a place"
# The lowest score of a sign-up with a way to reach the customer: a "high" lead, as
# the heads score a booking with contact details (without them, "medium").
SIGNUP_SCORE = 80
SIGNUP_NO_CONTACT_SCORE = 60


# A trial lesson or session asked for: the first booking of a school, studio or gym
# ("¿puedo ir a una clase de prueba?", "vcs fazem aula experimental?"), worth a call
# ("medium") even before the customer signs up.
_TRIAL_LESSON = re.compile(
    r"\b(?:trial (?:class|lesson|session|workout)|taster (?:class|session)|"
    r"clases? de prueba|clase muestra|aulas? experimenta(?:l|is)|aula de (?:teste|experiência)|"
    r"(?:cours|séance|leçon) d'essai|probetraining|probestunde|schnupperstunde|"
    r"schnuppertraining|lezion[ei] di prova|prova gratuita|proefles(?:sen)?|proeftraining|"
    r"(?:lekcj|zaj[eę]ci)\w* próbn\w*|(?:lekcj|zaj[eę]ci)\w* probn\w*|"
    # ... or the free first assessment of a tutor, a clinic or a coach
    r"free (?:assessment|evaluation|consultation|first session)|"
    r"(?:evaluaci[oó]n|valoraci[oó]n|consulta) gratuita|(?:avalia[cç][aã]o|consulta) gratuita|"
    r"(?:bilan|évaluation|consultation) gratuite?|kostenlose (?:erstberatung|einstufung|"
    r"probestunde)|(?:valutazione|consulenza) gratuita|gratis (?:intake|kennismaking\w*)|"
    r"darmow\w* (?:konsultacj\w*|ocen\w*))\b"
)


# Asking for an appointment in so many words: "quería pedir cita", "je voudrais prendre
# rendez-vous", "ich möchte einen Termin vereinbaren", "vorrei prenotare una visita".
_APPOINTMENT_WORDS = (
    r"(?:book|make|schedule|get) (?:an|a|my|the) (?:appointment|consultation|first "
    r"(?:visit|session))|(?:pedir|solicitar|reservar|sacar|agendar) (?:una )?(?:cita|hora|turno)|"
    r"(?:marcar|agendar) (?:uma )?(?:consulta|avalia[cç][aã]o|hor[aá]rio)|"
    r"prendre (?:un )?(?:rendez-vous|rdv)|(?:einen )?termin (?:vereinbaren|ausmachen|buchen)|"
    r"prenotare (?:una |un )?(?:visita|appuntamento|seduta)|fissare (?:un )?appuntamento|"
    r"(?:een )?afspraak (?:maken|inplannen|plannen)|umówić (?:się )?(?:na )?(?:wizyt\w*|termin\w*)|"
    # taken on as a new patient: "est-ce que vous prenez de nouveaux patients ?"
    r"(?:taking|take|accepting|accept) (?:on )?new patients|(?:prenez|acceptez) (?:de )?nouveaux "
    r"patients|(?:aceptáis|aceptan|admitís|admiten|cogéis|cogen) (?:nuevos )?pacientes nuevos|"
    r"(?:aceptáis|aceptan|admitís|admiten) nuevos pacientes|(?:aceitam|recebem) (?:novos )?"
    r"pacientes novos|(?:aceitam|recebem) novos pacientes|(?:nehmen sie|nehmt ihr) (?:noch )?"
    r"neue patienten|(?:prendete|accettate) (?:nuovi )?pazienti nuovi|(?:prendete|accettate) "
    r"nuovi pazienti|nieuwe patiënten (?:aan(?:nemen)?|op)|(?:przyjmujecie|przyjmują państwo) "
    r"nowych pacjentów"
)
_APPOINTMENT_ASKED = re.compile(rf"\b{openings(_APPOINTMENT_WORDS)}(?:{_APPOINTMENT_WORDS})\b")


# ... not asked whether one is needed: "moet ik een afspraak maken of kan ik langskomen?"
_NEEDED = re.compile(
    r"\b(?:need to|have to|must i|do i|should i|hay que|tengo que|debo|preciso|é preciso|"
    r"faut-il|il faut|dois-je|muss ich|müssen wir|soll ich|devo|bisogna|serve|moet ik|moeten we|"
    r"hoef ik|trzeba|czy muszę|czy trzeba)\b"
)
_NEEDED_REACH = 25


# Enrolling in a course, a class or a membership, in any form ("quiero inscribirme", "ich
# würde mich gern anmelden", "zapisuję się", "vorrei iscrivermi"): a quote request whose
# customer also enrols is an Opportunity, the price asked on the way.
_ENROL_WORDS = (
    r"sign (?:me|us|him|her) up|enrol\w*|register (?:for|my|me)|"
    r"inscribir\w*|inscríb\w*|apuntarme|apúntame|apuntame|anotarme|matricular\w*|"
    r"inscrever\w*|inscreva\w*|matricular-me|"
    r"(?:m'|nous |me )inscrire|inscris-moi|inscrivez-moi|"
    r"anmelden|melde (?:mich|ihn|sie) (?:\w+ )?an|"
    r"iscriver\w*|iscrivermi|iscrivimi|"
    r"inschrijven|schrijf (?:me|mij|ik|hem|haar) (?:\w+ )?in|aanmelden|"
    r"zapisa[ćc]|zapisuj\w*|zapisz\w*|zapiszcie"
)
_ENROLS = re.compile(rf"\b{openings(_ENROL_WORDS)}(?:{_ENROL_WORDS})\b")


def enrols(text: str, low: str) -> bool:
    """Return True when customer `text` (`low` lower-cased) enrols, asks for an appointment
    or a trial, and holds no booking already (`existing_customer`)."""
    # one-pass patterns only: read on every quote request (a sign-up form needs a word set)
    return (
        _ENROLS.search(low) is not None
        or _TRIAL_LESSON.search(low) is not None
        or _asks_appointment(low)
    ) and not asks_as_customer(text, low)


def _asks_appointment(low: str) -> bool:
    """Return True when `low` asks for an appointment, not whether one is needed."""
    m = _APPOINTMENT_ASKED.search(low)
    return m is not None and not _NEEDED.search(low, max(0, m.start() - _NEEDED_REACH), m.start())


def signs_up(text: str, low: str) -> bool:
    """Return True when customer `text` signs up or books (see the module's docstring), or
    asks for an appointment in so many words."""
    if _asks_appointment(low):
        return not asks_as_customer(text, low)
    if SIGNUP_FORMS.isdisjoint(words_in(text)):
        return False
    return lead_concept(text) == "opportunity" and not asks_as_customer(text, low)


def asks_for_a_trial(low: str) -> bool:
    """Return True when lower-cased customer text asks for a trial lesson or session."""
    return _TRIAL_LESSON.search(low) is not None and not asks_as_customer(low, low)

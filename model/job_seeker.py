"""Tell a chat that asks for a job, not a purchase: an application, a CV, an internship.

Job seekers write into the sales chat too ("are you hiring? I'd like to send my CV").
Their words are a buyer's ("interested in", "I'd like to", "where do I apply"), so the
heads filed four of five such chats Potential Customer. A salesperson files them Info
Only. The phrases are narrow and written from general knowledge of the eight languages
the chats come in (no data set used): words that only name job seeking ("internship",
"vacante", "Bewerbung", "sollicitatie"), or a common word only in a job-seeking phrase
("send my CV", "busco trabajo", "poste de"); a chat that also asks for a quote, a price,
a purchase or an order is left to the model (a firm that is hiring may still buy).
"""

from __future__ import annotations

import re

from model.text import by_first_letter, openings

_JOB_PHRASES = (
    # en ("vacancy" alone is a hotel room too; "looking for work" only where it ends)
    r"are you hiring|you(?:'re| are) hiring|job openings?|job vacanc(?:y|ies)|"
    r"internships?|my (?:cv|resume|résumé)|job application|apply for (?:a|the|this|your) "
    r"(?:job|position|role|vacancy)|are you (?:looking for|in need of) (?:staff|workers|help)|"
    r"do you need (?:any )?(?:staff|workers|extra hands)|looking for (?:a job|employment|work(?=\s*(?:[.,!?;]|$)))|"
    # es
    r"busco (?:trabajo|empleo)|vacantes?|mi (?:currículum|curriculum|cv)|"
    r"oferta de (?:trabajo|empleo)|postularme|prácticas profesionales|"
    r"(?:buscan|buscáis|necesitan|necesitáis) (?:personal|gente|empleados)|"
    # pt
    r"vagas? de (?:emprego|trabalho|estágio)|procuro (?:emprego|trabalho)|"
    r"meu (?:currículo|curriculo|cv)|estágios?|candidatar-me|estão contratando|"
    r"(?:vocês )?contratam|precisam de (?:funcionários|pessoal)|"
    # fr ("poste de" is a workstation too)
    r"ma candidature|candidature spontanée|offres? d'emploi|mon (?:cv|curriculum)|"
    r"(?:un|en|de) stage|postuler|recrutez|cherchez (?:du|des) (?:personnel|employés)|"
    r"embauchez|"
    # de ("bewerben" alone is also to advertise)
    r"mich bewerben|bewerbe mich|bewerbung|stellenangebot\w*|stellenanzeige\w*|"
    r"praktikum\w*|lebenslauf|ausbildungsplatz|stelle als|werkstudent\w*|"
    # asked of the business ("braucht ihr noch Leute?"); "wir suchen Aushilfen" buys
    r"(?:sucht ihr|suchen sie|braucht ihr|brauchen sie) (?:noch )?"
    r"(?:aushilfen|mitarbeiter\w*|personal|leute)|stellt ihr (?:noch )?ein|"
    # it
    r"candidatura|il mio (?:curriculum|cv)|tirocini\w*|offerta di lavoro|cerco lavoro|"
    r"posizion[ei] apert[ea]|cercate (?:personale|collaboratori)|state assumendo|assumete|"
    # nl
    r"vacatures?|sollicit\w*|stageplek\w*|mijn cv|bijbaan\w*|"
    r"zoeken jullie (?:nog )?(?:personeel|mensen|medewerkers)|"
    # pl ("praktyka" is a practice too)
    r"szukam pracy|ofert\w* pracy|moje cv|staż\w*|praktyki (?:zawodowe|studenckie)|"
    r"szukacie (?:pracowników|osób|ludzi)|zatrudniacie|"
    # whether an advertised job is still open, in the eight languages
    r"is the (?:position|job|role|vacancy) (?:of \w+ )?still (?:open|available)|"
    r"(?:sigue|está|esta) (?:disponible|abierta) la vacante|"
    r"el puesto (?:de \w+ )?sigue (?:disponible|libre)|"
    r"a vaga (?:de \w+ )?(?:ainda )?(?:está|esta|continua) (?:disponível|disponivel|aberta|"
    r"em aberto)|estão a contratar|(?:le|ce) poste (?:de \w+ )?est(?:-il)? (?:toujours|encore) "
    r"(?:disponible|libre|à pourvoir)|ist die stelle (?:als \w+ )?noch (?:frei|offen|zu vergeben|"
    r"verfügbar)|la posizione (?:di \w+ )?è ancora (?:aperta|disponibile)|"
    r"is de functie (?:van \w+ )?nog (?:open|beschikbaar)|"
    r"(?:oferta|stanowisko|praca) (?:jest )?(?:nadal|wciąż|jeszcze) aktualn[ae]|"
    # one's own years of experience, said by an applicant (a firm says "we have")
    r"i have \d+ years'? (?:of )?experience|i've got \d+ years'? (?:of )?experience|"
    r"tengo \d+ años de experiencia|tenho \d+ anos de experi[eê]ncia|"
    r"j'ai \d+ ans d'exp[ée]rience|ich habe \d+ jahre (?:berufs)?erfahrung|"
    r"ho \d+ anni di esperienza|ik heb \d+ jaar (?:werk)?ervaring|"
    r"mam \d+ (?:lat|lata) doświadczenia"
)
# matched on the lower-cased text, whole words; the lookahead skips most word starts
_JOB = re.compile(rf"\b{openings(_JOB_PHRASES)}(?:{by_first_letter(_JOB_PHRASES)})\b")  # truth only


def seeks_a_job(text: str, low: str | None = None) -> bool:
    """Return True when `text` asks about a job, an application or an internship.

    `low` is `text` lower-cased, when the caller has it.
    """
    return _JOB.search(text.lower() if low is None else low) is not None

"""Tell a refusal that leaves the door open: "not this year, maybe in the autumn".

A customer who turns a quote down with "maybe next time", "fica pra próxima" or "we'll
come back to you if the seminar is rescheduled" is a lead to come back to later; one
who went with a competitor and says nothing of later is lost. Salespeople file both Not
Interested but score them apart: the outside writers left to judge the band put most
refusals that speak of later "low" and most that close the door "very low". Such a
refusal is scored `OPEN_DOOR_SCORE` ("low"), its status kept. What is read: the
customer's words about a later time, a next occasion or a change of plan, in the eight
languages; not a bare "for now" ("per ora non mi interessa", "na razie rezygnujemy"),
which closes as often as it opens (tried: 10 more refusals moved, 7 of them wrongly).
Written from general knowledge of how people say it; no evaluation record used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from model.last_word import customer_said
from model.policy import N_FACTORS
from model.text import openings
from model.types import Prediction, quality_band

OPEN_DOOR_SCORE = 45
OPEN_DOOR_REASON = "turned it down for now, left the door open"

_LATER = (
    # English
    r"maybe (?:later|next (?:time|year|month|season|vintage|spring|summer|autumn|fall|winter)|"
    r"another time|in the (?:summer|autumn|fall|spring|winter|new year|future))|"
    r"might (?:come back|still need|get back|be in touch|need you)|another time|next time|"
    r"(?:keep|kept) (?:your|you) (?:details|number|on file)|"
    r"if (?:anything|that|it|things) changes?|(?:get|come) back to you (?:later|next|in)|"
    r"(?:in|for) the future|down the line|"
    # Spanish
    r"(?:quizás|quizá|tal vez|a lo mejor) (?:más adelante|el año que viene|en otra ocasión|"
    r"más tarde)|para la próxima|en otra ocasión|si cambia algo|más adelante|"
    # Portuguese
    r"fica (?:pra|para a) próxima|(?:mais )?(?:pra|para a) frente|"
    r"se mudar (?:alguma coisa|algo)|numa próxima|noutra altura|quem sabe|"
    r"talvez (?:para o ano|no próximo ano|mais tarde|mais para a frente)|"
    # French
    r"peut-être (?:plus tard|l'année prochaine|à la rentrée|une autre fois|une prochaine fois)|"
    r"(?:on|nous) reviendr(?:a|ons) (?:peut-être )?vers vous|"
    r"je garde vos coordonnées|une prochaine fois|rien n'est prévu pour le moment|"
    r"si (?:le|la) \w+ est (?:reprogrammé|reporté)e?|"
    # German
    r"vielleicht (?:später|nächstes jahr|im (?:herbst|frühling|sommer|winter)|ein andermal)|"
    r"(?:melden|meld) (?:uns|mich) (?:wieder|gerne|dann)|ein andermal|"
    r"wenn sich (?:etwas|was) ändert|zu einem späteren zeitpunkt|"
    # Italian
    r"magari (?:più avanti|l'anno prossimo|in futuro|un'altra volta)|"
    r"(?:vi|la|ti) ricontatt\w*|la prossima volta|ne riparliamo|più avanti|"
    # Dutch
    r"misschien (?:later|volgend jaar|in de (?:zomer|herfst|lente|winter)|een andere keer)|"
    r"een volgende keer|komen we (?:er )?op terug|later (?:dit|in het) jaar|"
    # Polish
    r"może (?:kiedyś|później|w przyszłości|za rok|następnym razem|innym razem)|"
    r"odezwę się|odezwiemy się|następnym razem"
)
_DOOR_OPEN = re.compile(rf"\b{openings(_LATER)}(?:{_LATER})\b")


def leaves_door_open(conversation: dict) -> bool:
    """Return True when the customer speaks of a later time or a change of plan."""
    return any(_DOOR_OPEN.search(text.lower()) for text in customer_said(conversation))


def lift_open_doors(conversations: Sequence[dict], predictions: Sequence[Prediction]) -> None:
    """Score each refusal that leaves the door open (`leaves_door_open`) OPEN_DOOR_SCORE."""
    for conversation, p in zip(conversations, predictions, strict=True):
        if p.intent == "not_interested" and leaves_door_open(conversation):
            p.score, p.quality = OPEN_DOOR_SCORE, quality_band(OPEN_DOOR_SCORE)
            p.probability = OPEN_DOOR_SCORE / 100.0
            p.factors_against = [OPEN_DOOR_REASON, *p.factors_against][:N_FACTORS]

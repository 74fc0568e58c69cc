"""Tell a chat that promotes its writer's own channel, music, page or account ("sub to my channel").

Comment spam of the kind video sites and social networks get, pasted into a sales chat:
nobody is buying anything. The model learnt spam from vendor pitches, scams and SMS;
this other medium's self-promotion it mostly filed Info Only (issue 11). The check is
narrow, written from general knowledge of such messages in eight languages (no
evaluation record was used): an invitation to subscribe, follow or watch that names
the writer's own channel, video, music or account, and no request a buyer makes.
"""

from __future__ import annotations

import re

from model.text import openings

# the writer's own media: a channel, videos, music, an account on a named network
_MINE = (
    r"(?:my|our|mi|mis|nuestro|meu|meus|nosso|ma|mes|notre|mein|meine|meinen|unser|unseren|"
    r"il mio|i miei|mio|miei|mijn|ons|onze|mój|moj|moje|mojego|mój nowy)"
)
_MEDIA = (
    r"(?:channel|channels|vid|vids|video|videos|song|songs|music|mixtape|beats?|track|"
    r"cover|covers|vlog|stream|streams|playlist|instagram|insta|tiktok|youtube|twitch|"
    r"canal|canales|vídeo|vídeos|canción|música|chaîne|chaine|vidéo|vidéos|chanson|"
    r"musique|kanal|lied|musik|canale|canzone|musica|kanaal|liedje|muziek|kanał|"
    r"piosenk\w*|muzyk\w*|filmik\w*)"
)
# A page, site, blog or profile of one's own, with an invitation only a promoter makes:
# a buyer asks a business to "check my website" (a redesign, a broken form), never to
# follow, like or share it.
_PAGE = (
    r"(?:page|pages|website|site|blog|profile|podcast|album|página|pagina|sitio|web|"
    r"perfil|álbum|profil|seite|webseite|sito|profilo|profiel|stron[aęy]|stronk[aęi])"
)
_PAGE_INVITE = (
    r"(?:subscribe|follow|like|share|sígueme|sigueme|síganme|suscríbete|suscribete|"
    r"siga|segue|inscreva-se|suivez|abonnez-vous|abonnez|folgt|abonniert|seguite|"
    r"seguimi|volg|obserwuj|polub\w*)"
)
_INVITE = (
    r"(?:subscribe|sub|check out|checkout|check|watch|visit|listen to|listen|like|follow|"
    r"share|support|go to|come to|suscríbete|suscribete|suscribanse|mira|miren|visita|"
    r"escucha|sigue|síganme|sigueme|sígueme|inscreva-se|inscrevam-se|se inscreva|assista|"
    r"assistam|visite|ouça|siga|segue|abonnez-vous|abonne-toi|abonnez|regardez|regarde|"
    r"écoutez|ecoutez|suivez|abonniert|abonniere|abonnieren|schaut|schau|hört|folgt|"
    r"iscriviti|iscrivetevi|guardate|guarda|ascoltate|ascolta|seguite|seguimi|"
    r"abonneer|abonneren|bekijk|kijk|luister|volg|subskrybuj|sub(?:uj|ujcie)|obejrzyj|"
    r"zobacz|posłuchaj|obserwuj)"
)
_PROMO = re.compile(
    rf"\b{_INVITE}\b[^.!?\n]{{0,40}}?\b{_MINE}\s+(?:new\s+|nuevo\s+|novo\s+|nouvelle\s+|"
    rf"neue[sn]?\s+|nuovo\s+|nieuwe\s+)?{_MEDIA}\b"
    rf"|\b{_PAGE_INVITE}\b[^.!?\n]{{0,40}}?\b{_MINE}\s+(?:new\s+)?{_PAGE}\b"
    r"|\bsub\s*(?:4|for)\s*sub\b|\bsubscribe to me\b|\bfollow me (?:on|back)\b"
)  # matched on the lower-cased text: IGNORECASE costs several times as much


# Every match holds a word starting with one of these (the start of each _MEDIA word,
# and "sub" and "follow" of the other branches): most chats hold none, and looking for
# them in the lower-cased text (a first-two-letters lookahead first:
# model.text.openings) costs a fraction of the whole pattern's search.
_STEM_WORDS = (
    "chann|canal|chaîne|chaine|kana|vid|víd|song|músic|musi|muzi|muzy|mixtape|beat|"
    "track|cover|vlog|stream|playlist|insta|tiktok|youtube|twitch|canci|chanson|lied|"
    "canzon|piosenk|filmik|sub|follow|page|pági|pagi|web|site|sitio|sito|blog|profil|"
    "perfil|podcast|album|álbum|seite|stron"
)
_STEMS = re.compile(rf"\b{openings(_STEM_WORDS)}(?:{_STEM_WORDS})")


def promotes_own_media(text: str, low: str | None = None) -> bool:
    """Return True when `text` invites people to the writer's own channel, music or account.

    `low` is `text` lower-cased, when the caller has it.
    """
    low = text.lower() if low is None else low
    return _STEMS.search(low) is not None and _PROMO.search(low) is not None

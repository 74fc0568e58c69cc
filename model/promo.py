"""Tell a chat that promotes its writer's own channel, music, page or account ("sub to my channel").

Comment spam of the kind video sites and social networks get, pasted into a sales chat:
nobody is buying anything. The model learnt spam from vendor pitches, scams and SMS;
this other medium's self-promotion it mostly filed Info Only (issue 11). The check is
narrow, written from general knowledge of such messages in eight languages (no
evaluation record was used), and the caller files a match Spam only when the chat makes
no request a buyer makes. What it reads:

- an invitation to subscribe, follow or watch that names the writer's own channel,
  video, music or account ("check out my new song");
- a video site's share text ("Check out this video on YouTube:");
- a plea for subscribers or followers to the writer ("sub me", "sub back", "sígueme");
- bait for likes ("like this comment so everyone can see", "dale like").

A business is never asked to like, follow or subscribe to its customer, so none of
these is a buyer's sentence.
"""

from __future__ import annotations

import re

from model.text import by_first_letter, openings

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
    r"zobacz|posłuchaj|obserwuj|visitez|besucht|besuch|visitate|visitami|bezoek|"
    r"odwiedź|odwiedzcie|odwiedźcie)"
)
# words between "my" and the media that still make it the writer's own ("my new rap video")
_OWN_WORDS = (
    r"(?:(?:new|newest|latest|first|own|original|music|rap|rapping|cover|gaming|youtube|"
    r"nuevo|nueva|novo|nova|nouvelle|nouveau|neue[sn]?|nuovo|nuova|nieuwe|nowy|nowa)\s+){0,2}"
)
# A video site's share text, in the languages the chats come in: "check out this video on
# YouTube" (a buyer who shares a video to show what they want names what they want).
_THIS = (
    r"(?:this|these|that|este|esta|estos|esse|essa|ce|cette|ces|dieses|diesen|diese|"
    r"questo|questa|deze|dit|ten|tę|ta|ten\s+nowy)"
)
_ON = r"(?:on|en|no|na|sur|auf|su|op|w|in)"
_NETWORK = r"(?:youtube|soundcloud|vimeo|tiktok|instagram|twitch|spotify|facebook)"
_LOOK = (
    r"(?:take a look at|look at|confira|confiram|veja|vejam|mirad|regardez|regarde|"
    r"seht|sieh|kijk naar)"
)
# A plea for subscribers or followers to the writer themself, in the eight languages.
_FOLLOW_ME = (
    # "subscribe me to the wine club" is a buyer's order, "subscribe to me" a plea: a bare
    # "sub me" must end its clause
    r"(?:subscribe|subscribed|sub|subs)\s+(?:(?:to|on)\s+(?:me|mê)\b|(?:me|mê)\b"
    r"(?=\s*(?:$|[.!?,:;)(\n]|(?:please|pls|plz|guys|and|if|back|i|i'll|thanks|thank|"
    r"too|now)\b)))|"
    r"sub(?:scribe)?\s+back\b|sub\s*(?:4|for)\s*sub\b|follow\s+me\b|"
    r"sígueme|sigueme|síganme|siganme|seguime|suivez-moi|suis-moi|folgt mir|folge mir|"
    r"abonniert mich|seguitemi|segue-me|sigam-me|me sigam|volg mij|volg me|"
    r"obserwuj(?:cie)? mnie|subskrybuj(?:cie)? mnie"
)
# Bait for likes that serves the writer: a customer never asks a business to like their
# comment. ("Thumbs up if you are watching in 2015" is a fan's poll, not a promotion.)
_LIKE_BAIT = (
    # said to the reader: "if you don't like this comment" is an argument
    r"like this comment(?<!n't like this comment)(?<!not like this comment)"
    r"(?<!dont like this comment)(?<!you like this comment)(?<!\bi like this comment)|"
    r"(?:like|share)\b[^.!?\n]{0,40}so (?:that )?(?:everyone|everybody|more people|"
    r"others|people) (?:can|could|will) see|"
    r"dale like|den like|denle like|like si|deix(?:a|e|em) (?:o |seu |um )?like|"
    r"mettez un like|lasst (?:ein|einen) like|lasciate un like|geef een like|"
    r"zostaw(?:cie)? (?:like|łapkę|suba)|daj(?:cie)? (?:like|łapkę|suba)"
)
# Every branch starts with an invitation, a plea or a bait word, so a first-two-letters
# lookahead (model.text.openings) lets the engine give up at most positions at once.
_BODY = (
    rf"(?P<invite>{_INVITE})\b[^.!?\n]{{0,40}}?\b{_MINE}\s+{_OWN_WORDS}{_MEDIA}\b"
    rf"|{_PAGE_INVITE}\b[^.!?\n]{{0,40}}?\b{_MINE}\s+(?:new\s+)?{_PAGE}\b"
    rf"|(?:{_INVITE}|{_LOOK})\b[^.!?\n]{{0,20}}?\b{_THIS}\s+{_MEDIA}\s+{_ON}\s+{_NETWORK}\b"
    rf"|(?:{_FOLLOW_ME}|{_LIKE_BAIT})\b"
)
_PROMO = re.compile(rf"\b{openings(_BODY)}(?:{_BODY})")  # on lower-cased text: see below
# An invitation to one's own media is said to the reader; "can I watch my channels on it?"
# is a buyer's question.
_ASKED = re.compile(r"(?:^|\W)(?:i|to|we|can|could|i'd|i'll) $")

# Every match holds a word starting with one of these (the start of each _MEDIA word,
# and of the follow and like words of the other branches): most chats hold none, and looking for
# them in the lower-cased text (a first-two-letters lookahead first:
# model.text.openings) costs a fraction of the whole pattern's search.
_STEM_WORDS = (
    "chann|canal|chaîne|chaine|kana|vid|víd|song|músic|musi|muzi|muzy|mixtape|beat|"
    "track|cover|vlog|stream|playlist|insta|tiktok|youtube|twitch|canci|chanson|lied|"
    "canzon|piosenk|filmik|sub|follow|page|pági|pagi|web|site|sitio|sito|blog|profil|"
    "perfil|podcast|album|álbum|seite|stron|síg|sig|segu|suiv|suis|folg|volg|obserw|"
    "like|share|dale|den|deix|mett|lass|geef|zostaw|daj"
)
_STEMS = re.compile(rf"\b{openings(_STEM_WORDS)}(?:{by_first_letter(_STEM_WORDS)})")


def _promotions(low: str) -> list[tuple[int, int]]:
    """Return the spans of `low` (lower-cased text) that invite people to the writer's media."""
    if _STEMS.search(low) is None:
        return []
    return [
        m.span()
        for m in _PROMO.finditer(low)
        if m["invite"] is None or _ASKED.search(low[max(0, m.start() - 7) : m.start()]) is None
    ]


def promotion_rest(text: str, low: str | None = None) -> str | None:
    """Return `text` without its invitations to the writer's own media, or None if it has none.

    What a buyer asks for is read in the rest: "visit my channel" holds the word a buyer
    asks for a visit with, and is no such request; "check out my instagram for the logo,
    how much for 50 mugs?" still asks a price.
    """
    low = text.lower() if low is None else low
    spans = _promotions(low)
    if not spans:
        return None
    # lower() keeps the length of almost every text; where it does not, blank `low` instead
    rest = text if len(low) == len(text) else low
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return rest

"""Tell a chat that says nothing to act on yet: a greeting, thanks or an "ok", and no more.

People open the chat widget, say "hi" or "bom dia", and leave; others only write
"thanks!" after an agent answered. The model reads one or two words it has seen in
every kind of chat, and filed such chats anything from a quote request to Not
Interested at 14 ("Good morning!"). A salesperson files them Info Only: nobody asked for
anything yet. The check is narrow: every word must be a greeting, a thanks, a farewell or
an acknowledgement in one of the eight languages the chats come in (written from general
knowledge, no data set used), with no figure, link or address; "yes", "please", a
question word or any other word leaves the chat to the model.
"""

from __future__ import annotations

import re

_SMALL_TALK_WORDS = """
    hi hello hey hiya heya howdy yo good morning afternoon evening day night thanks thank
    you thx ty tks cheers bye goodbye ok okay k kk cool great nice there everyone all
    hola buenos buenas buen día dia días dias tardes noches gracias muchas mil saludos
    adiós adios chao vale genial
    olá ola oi bom boa bons tarde noite obrigado obrigada obg valeu tchau muito
    bonjour bonsoir salut coucou merci beaucoup bonne journée journee soirée soiree au
    revoir d'accord
    hallo guten morgen tag abend danke dankeschön dankeschoen schön vielen servus moin
    tschüss tschuess
    ciao buongiorno buonasera buona giornata serata salve grazie arrivederci
    hoi goedemorgen goedemiddag goedenavond dag dank bedankt doei
    cześć czesc dzień dobry dobrze wieczór dziękuję dziekuje dzięki dzieki hej
"""
SMALL_TALK = frozenset(_SMALL_TALK_WORDS.split())
# words, with an apostrophe inside ("d'accord"); a digit, "@" or "/" is never small talk
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NOT_TALK = re.compile(r"[\d@/]")
MAX_CHARS = 80


def says_nothing(text: str, low: str | None = None) -> bool:
    """Return True when every word of `text` is a greeting, thanks, farewell or "ok".

    `low` is `text` lower-cased, when the caller has it.
    """
    if len(text) > MAX_CHARS or _NOT_TALK.search(text):
        return False
    words = _WORD.findall((text.lower() if low is None else low).replace("’", "'"))
    return bool(words) and all(word in SMALL_TALK for word in words)

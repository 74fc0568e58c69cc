"""Words that hide look-alike letters of another alphabet are a spam trick (model.disguise).

Chats written for this test, not drawn from any evaluation set. A Latin "a" or a Greek
"ο" inside a Cyrillic word (or a Cyrillic "а" inside a Latin one) dodges keyword filters;
nobody writing to a business does it, so two such words file a chat Spam whatever it
asks. One such word, or whole words in another alphabet ("iPhone" in a Russian
sentence), never does.
"""

from __future__ import annotations

import pytest

from model.disguise import hides_letters
from model.rules import DISGUISE_REASON
from tests.model.chats import assert_not_hidden, chat, verdict

# Each has two or more words with letters from another alphabet (marked in the comment).
DISGUISED = [
    # Latin a, o, e, c inside Cyrillic words
    "Хотите зapaбoтaть 700$ в нeдeлю? Пишите в личку",
    # Greek alpha and omicron inside Cyrillic words
    "Бесплатное οбучение, дοход с первοго дня, ссылка в прοфиле",
    # Cyrillic а and о inside Latin words: a phishing notice
    "Your PаyPal аccount is lоcked, verify now at the link",
    # the trick beside a buyer's words: still spam
    "Хочу купить? Лучшая цeнa нa кpиптo, пишите",
]

PLAIN = [
    "Здравствуйте, сколько стоит iPhone 15 Pro с доставкой в Москву?",
    "Добрый день! Нужен Wi-Fi роутер для офиса на 20 человек, пришлите цену",
    "Hello, I need a quote for 40 chairs",
    "Γεια σας, θα ήθελα μια προσφορά για 10 καρέκλες",
    # one odd word (a pasted name with a Latin letter) is not the trick
    "Добрый день, меня зовут Аннa, нужна цена на 5 столов",
    "Привет! Ваш магазин открыт в субботу?",
]


@pytest.mark.parametrize("text", DISGUISED)
def test_disguised_words_are_found(text: str) -> None:
    assert hides_letters(text)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_in_any_alphabet_is_not(text: str) -> None:
    assert not hides_letters(text)


@pytest.mark.parametrize("text", DISGUISED)
def test_a_disguised_chat_is_filed_spam_with_the_reason(text: str) -> None:
    p = verdict(chat(text))
    assert p.status == "Spam", (p.status, p.score, p.top_factors)
    assert p.score < 40
    # the heads alone file none of these Spam: the rule does, and says why
    assert p.factors_against == [DISGUISE_REASON]


@pytest.mark.parametrize("text", PLAIN[:2] + PLAIN[4:5])
def test_a_russian_buyer_is_not_filed_spam(text: str) -> None:
    p = verdict(chat(text))
    assert_not_hidden(p)

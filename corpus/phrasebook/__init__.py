"""Hold customer lines per intent and language, in template families, for the generator.

One module per language (`en`, `es`, `it`, `pt`, `fr`, `de`), each with `FAMILIES:
dict[intent, list[family]]`, a family being paraphrases of one way of saying it. They
were written by hand for this project, without looking at any evaluation set, to give
the model wording from many domains (goods, services, bookings, B2B purchasing).
"""

from __future__ import annotations

import importlib

LANGUAGES = ("en", "es", "it", "pt", "fr", "de")


def families(lang: str) -> dict[str, list[list[str]]]:
    """Return the phrasebook families of one language, keyed by intent."""
    module = importlib.import_module(f"corpus.phrasebook.{lang}")
    return module.FAMILIES

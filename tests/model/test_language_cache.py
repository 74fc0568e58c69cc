"""The unpacked language model is cached between processes and reads the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from model import language

TEXTS = [
    "Hallo, ich hätte gern ein Angebot für zwei Sofas",
    "Bonjour, je voudrais un devis pour l'installation",
    "Buongiorno, quanto costa la consegna a Milano?",
    "Olá, queria saber o preço do plano anual",
    "Hola, necesito presupuesto para 300 chalecos",
    "Goedemiddag, ik wil graag een offerte voor tien stoelen",
    "Dzień dobry, proszę o wycenę dla naszej firmy",
    "WE NEED PRICING FOR THE ENTERPRISE TIER",
    "ok",
]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the cache at an empty folder; forget any identifier already loaded."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path
    language._identifier.cache_clear()


def _rankings() -> list[list[tuple[str, float]]]:
    return [language.language_ranking(t) for t in TEXTS]


def test_the_cached_model_ranks_exactly_as_the_packaged_one(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = _rankings()  # first load: unpacked from the package, then cached
    folder = language._cache_folder()
    assert folder is not None and folder.parent.parent == cache_home
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{a}.npy" for a in language._ARRAYS)

    language._identifier.cache_clear()
    unpacked: list[bool] = []
    unpack = language._unpack
    monkeypatch.setattr(language, "_unpack", lambda: unpacked.append(True) or unpack())
    cached = _rankings()
    assert unpacked == [], "the second load unpacked the package again"
    assert cached == packaged
    assert [r[0][0] for r in cached[:7]] == ["de", "fr", "it", "pt", "es", "nl", "pl"]


def test_a_damaged_cache_is_rebuilt(cache_home: Path) -> None:
    expected = _rankings()
    folder = language._cache_folder()
    assert folder is not None
    (folder / "ptc.npy").write_bytes(b"not an array")
    language._identifier.cache_clear()
    assert language._read_cache(folder) is None
    assert _rankings() == expected


def test_an_unwritable_cache_costs_only_speed(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = cache_home / "blocked"
    blocked.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    language._identifier.cache_clear()
    assert language.detect_language("Hallo, ich hätte gern ein Angebot") == "de"
    assert not any(p.name.startswith("langid") for p in cache_home.rglob("*"))

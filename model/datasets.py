"""Load what the model learns from: the packaged training corpus and the public SMS set.

The corpus is written at build time by the generator in the top-level `corpus/` package
(`make model`), as compressed JSON Lines with a meta file (hash, generator version,
seed, size) beside it, and shipped as package data: training and evaluation read it
here, so an installed wheel trains without the generator.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.types import Extraction

INTENTS = ("quote_request", "opportunity", "info_only", "support", "not_interested", "spam")
DATA_DIR = Path(__file__).resolve().parent / "data"
CORPUS_FILE = DATA_DIR / "corpus.jsonl.gz"
CORPUS_META = DATA_DIR / "corpus.meta.json"
SMS_FILE = "sms_spam_collection.tsv"


class CorpusMissing(FileNotFoundError):
    """Say that the packaged training corpus is not there (run `make model`)."""


@dataclass(slots=True)
class Example:
    """Hold one labelled conversation and the latent story it was generated from."""

    conversation: dict[str, Any]
    intent: str
    good: int
    family: str
    language: str
    split: str
    truth: dict[str, Any] = field(default_factory=dict)


def corpus_hash(examples: Sequence[Example]) -> str:
    """Return a SHA-256 over conversations and labels, to prove a build's inputs."""
    digest = hashlib.sha256()
    for ex in examples:
        row = [ex.conversation, ex.intent, ex.good, ex.family, ex.split]
        digest.update(json.dumps(row, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def write_corpus(
    examples: Sequence[Example], meta: dict[str, Any], directory: Path = DATA_DIR
) -> Path:
    """Write examples as gzipped JSON Lines plus a meta file (with the hash); return the file.

    The gzip header carries no time stamp, so the same examples give the same bytes.
    """
    path = directory / CORPUS_FILE.name
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh,
    ):
        for ex in examples:
            row = {
                "conversation": ex.conversation,
                "intent": ex.intent,
                "good": ex.good,
                "family": ex.family,
                "language": ex.language,
                "split": ex.split,
                "truth": ex.truth,
            }
            fh.write((json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode())
    full = {**meta, "size": len(examples), "hash": corpus_hash(examples)}
    (directory / CORPUS_META.name).write_text(json.dumps(full, indent=2, sort_keys=True) + "\n")
    return path


def corpus_meta(directory: Path = DATA_DIR) -> dict[str, Any]:
    """Return the packaged corpus's meta (generator version, seed, size, hash)."""
    path = directory / CORPUS_META.name
    if not path.is_file():
        raise CorpusMissing(f"no training corpus at {path}: run `make model` to generate it")
    return json.loads(path.read_text(encoding="utf-8"))


def load_corpus(directory: Path = DATA_DIR) -> list[Example]:
    """Return the packaged training corpus's examples, checked against its recorded hash."""
    path = directory / CORPUS_FILE.name
    if not path.is_file():
        raise CorpusMissing(f"no training corpus at {path}: run `make model` to generate it")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        examples = [
            Example(
                row["conversation"],
                row["intent"],
                row["good"],
                row["family"],
                row["language"],
                row["split"],
                row.get("truth") or {},
            )
            for row in map(json.loads, fh)
        ]
    expected = corpus_meta(directory).get("hash")
    if expected and corpus_hash(examples) != expected:
        raise ValueError(
            f"{path} does not match its recorded hash: regenerate it with `make model`"
        )
    return examples


def bench_data_dir() -> Path:
    """Return the shared benchmark data directory (env LEADS_BENCH_DATA overrides)."""
    env = os.environ.get("LEADS_BENCH_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared/benchmarks/data"


def _sms_part(index: int) -> str:
    """Return the fixed split of SMS row `index`: 80% train, 20% test, by a stable hash."""
    return "train" if zlib.crc32(f"sms-{index}".encode()) % 10 < 8 else "test"


def load_sms(part: str, data_dir: Path | None = None) -> list[Example] | None:
    """Return the SMS Spam Collection rows of one split as examples, or None if missing.

    Spam rows are labelled intent spam; ham rows (personal chat, not a sales lead)
    info_only; neither is a good lead.
    """
    path = (data_dir or bench_data_dir()) / SMS_FILE
    if not path.is_file():
        return None
    out = []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    for index, line in enumerate(lines):
        label, _, text = line.partition("\t")
        if label not in ("ham", "spam") or _sms_part(index) != part:
            continue
        conv = {
            "id": f"sms-{index}",
            "source": "widget",
            "messages": [{"role": "customer", "text": text}],
        }
        intent = "spam" if label == "spam" else "info_only"
        out.append(Example(conv, intent, 0, "sms", "en", part, {}))
    return out


def sms_hash(data_dir: Path | None = None) -> str | None:
    """Return the SHA-256 of the SMS file, or None if it is missing."""
    path = (data_dir or bench_data_dir()) / SMS_FILE
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def default_extract(default_region: str = "US") -> Callable[[dict], Extraction]:
    """Return the project's entity extractor (the same one serving uses)."""
    from model.extract import extract

    return lambda conversation: extract(conversation, default_region)


def extract_all(
    conversations: Sequence[dict], extract_fn: Callable[[dict], Extraction] | None = None
) -> list[Extraction]:
    """Run extraction over a batch."""
    fn = extract_fn or default_extract()
    return [fn(c) for c in conversations]

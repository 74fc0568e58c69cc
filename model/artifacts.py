"""Save, load and version model bundles safely (skops, explicit trusted types, no pickle).

A bundle on disk is a directory holding `model.skops` (the fitted estimators and arrays),
`weights.npz` (the same heads as plain arrays) and `meta.json` (library versions, seed,
corpus hash, metrics, version, phrase table). Scoring loads `weights.npz` with numpy
alone (no pickle, no scikit-learn or skops import: a second and about 90 MB less in every
scoring process); `model.skops` stays the full record, and is read when a bundle written
by an earlier version has no `weights.npz`. A model directory keeps versions `v0001/`,
`v0002/`, ... and a `current` pointer file.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from sklearn.linear_model import LogisticRegression

MODEL_FILE = "model.skops"
WEIGHTS_FILE = "weights.npz"
META_FILE = "meta.json"
CURRENT_FILE = "current"
BLIND_DIR = "blind"
FORMAT_VERSION = 1

# skops reports these as not trusted by default; they are exactly what our bundles hold.
ALLOWED_UNTRUSTED_TYPES = frozenset(
    {
        "numpy.dtype",
        "numpy.float64",
        "numpy.int8",
        "numpy.ndarray",
        "builtins.dict",
        "builtins.list",
        "builtins.str",
        "builtins.float",
        "builtins.int",
        "builtins.tuple",
        "sklearn.linear_model._logistic.LogisticRegression",
    }
)


class ModelError(Exception):
    """Signal a model artifact that cannot be used, with a message for the user."""


@dataclass(slots=True)
class LinearHead:
    """Hold a trained linear head as scoring reads it: weights, intercepts and classes."""

    coef_: np.ndarray
    intercept_: np.ndarray
    classes_: np.ndarray


@dataclass(slots=True)
class Bundle:
    """Hold a trained model ready for `predict`: the two heads as plain arrays plus metadata.

    `w_text` (text columns x 7) and `w_struct` (structured columns x 7) hold the six intent
    columns then the quality column, so one sparse product serves both heads; `w_mix`
    weighs the quality head's intent-mix columns (empty for a bundle without them), and
    `struct_mean` holds the training means of the structured then the intent-mix columns.
    """

    intent_model: LogisticRegression | LinearHead
    quality_model: LogisticRegression | LinearHead
    platt: np.ndarray
    text_theme: np.ndarray
    struct_mean: np.ndarray
    meta: dict[str, Any]
    phrases: dict[int, str] = field(default_factory=dict)
    path: Path | None = None
    classes: tuple[str, ...] = ()
    w_text: np.ndarray = field(default_factory=lambda: np.zeros((0, 7)))
    w_struct: np.ndarray = field(default_factory=lambda: np.zeros((0, 7)))
    bias: np.ndarray = field(default_factory=lambda: np.zeros(7))
    w_mix: np.ndarray = field(default_factory=lambda: np.zeros(0))
    # the heads for chats in languages the main heads were not trained on (train_blind),
    # kept in the bundle's `blind/` folder; None in bundles written before them
    blind: Bundle | None = None

    def __post_init__(self) -> None:
        """Precompute the stacked weight matrices used by predict."""
        from model.features import N_TEXT_FEATURES, STRUCT_COLUMNS

        self.classes = tuple(str(c) for c in self.intent_model.classes_)
        # the quality head may have more columns than the intent head: the intent-mix
        # columns (features.intent_mix) come after the text and structured ones
        width = self.intent_model.coef_.shape[1]
        quality = self.quality_model.coef_
        coef = np.ascontiguousarray(np.vstack([self.intent_model.coef_, quality[:, :width]]).T)
        # Row slices of a C-ordered array are contiguous views: no copy. The intent head
        # then reads its weights from the same memory (15 MB saved in every scoring process).
        if coef.shape[0] <= N_TEXT_FEATURES or quality.shape[1] < width:
            raise ValueError(f"heads of {coef.shape[0]} and {quality.shape[1]} columns")
        if coef.shape[0] != N_TEXT_FEATURES + len(STRUCT_COLUMNS):
            # e.g. a team's model trained before a structured column was added
            raise ModelError(
                f"The model at {self.path or 'this path'} reads "
                f"{coef.shape[0] - N_TEXT_FEATURES} structured columns; this version "
                f"makes {len(STRUCT_COLUMNS)}. Run `leads train` to rebuild it."
            )
        self.w_text = coef[:N_TEXT_FEATURES]
        self.w_struct = coef[N_TEXT_FEATURES:]
        self.intent_model.coef_ = coef[:, : len(self.classes)].T
        self.w_mix = np.ascontiguousarray(quality[0, width:])
        self.bias = np.concatenate([self.intent_model.intercept_, self.quality_model.intercept_])

    @property
    def version(self) -> str:
        """Return the version label recorded in the metadata ("shipped" if none)."""
        return str(self.meta.get("version", "shipped"))


def library_versions() -> dict[str, str]:
    """Return the versions of the libraries a bundle depends on."""
    import scipy
    import sklearn
    import skops

    return {
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "skops": skops.__version__,
    }


def save_bundle(bundle: Bundle, directory: str | Path) -> Path:
    """Write the bundle into `directory` (created) and return it.

    Heads loaded from `weights.npz` (plain arrays, as scoring loads them: the shipped
    model kept as a version before the first retrain) are written as `weights.npz` and
    `meta.json` only; `model.skops` records fitted scikit-learn heads.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    if isinstance(bundle.intent_model, LinearHead) or isinstance(bundle.quality_model, LinearHead):
        (directory / MODEL_FILE).unlink(missing_ok=True)
    else:
        import skops.io as sio

        payload = {
            "intent": bundle.intent_model,
            "quality": bundle.quality_model,
            "platt": np.asarray(bundle.platt, dtype=np.float64),
            "text_theme": np.asarray(bundle.text_theme, dtype=np.int8),
            "struct_mean": np.asarray(bundle.struct_mean, dtype=np.float64),
        }
        sio.dump(payload, directory / MODEL_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    _save_weights(bundle, directory / WEIGHTS_FILE)
    meta = {
        **bundle.meta,
        "format": FORMAT_VERSION,
        "versions": library_versions(),
        "phrases": {str(k): v for k, v in sorted(bundle.phrases.items())},
    }
    (directory / META_FILE).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    if bundle.blind is not None:
        save_bundle(bundle.blind, directory / BLIND_DIR)
    else:
        shutil.rmtree(directory / BLIND_DIR, ignore_errors=True)
    bundle.path = directory
    return directory


def shipped_path() -> Path:
    """Return the directory of the bundle shipped inside the package."""
    return Path(str(resources.files("model") / "artifacts"))


def _major(version: str) -> str:
    return version.split(".", 1)[0]


def read_meta(directory: Path) -> dict[str, Any]:
    """Return a bundle's metadata, or raise ModelError if it is missing or unreadable."""
    try:
        return json.loads((directory / META_FILE).read_text())
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"The model at {directory} is missing or damaged ({exc}). Run `leads train` to build one."
        ) from exc


def _save_weights(bundle: Bundle, path: Path) -> None:
    """Write the arrays scoring needs as an .npz file (plain arrays only, no pickle)."""
    heads = {"intent": bundle.intent_model, "quality": bundle.quality_model}
    arrays = {
        f"{name}_{part}": np.asarray(getattr(head, f"{part}_"))
        for name, head in heads.items()
        for part in ("coef", "intercept")
    }
    arrays |= {f"{name}_classes": np.asarray(head.classes_) for name, head in heads.items()}
    np.savez_compressed(
        path,
        **arrays,
        platt=np.asarray(bundle.platt, dtype=np.float64),
        text_theme=np.asarray(bundle.text_theme, dtype=np.int8),
        struct_mean=np.asarray(bundle.struct_mean, dtype=np.float64),
    )


def _load_weights(path: Path, meta: dict[str, Any], directory: Path) -> Bundle:
    """Load a bundle from its .npz weights with numpy alone (allow_pickle stays off)."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in npz.files}
        heads = {
            name: LinearHead(
                coef_=np.asarray(arrays[f"{name}_coef"], dtype=np.float64),
                intercept_=np.asarray(arrays[f"{name}_intercept"], dtype=np.float64),
                classes_=arrays[f"{name}_classes"],
            )
            for name in ("intent", "quality")
        }
        platt, themes, means = arrays["platt"], arrays["text_theme"], arrays["struct_mean"]
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ModelError(f"The model file {path} cannot be read ({exc}).") from exc
    phrases = {int(k): str(v) for k, v in meta.pop("phrases", {}).items()}
    try:
        return Bundle(
            intent_model=heads["intent"],
            quality_model=heads["quality"],
            platt=np.asarray(platt, dtype=np.float64),
            text_theme=np.asarray(themes, dtype=np.int8),
            struct_mean=np.asarray(means, dtype=np.float64),
            meta=meta,
            phrases=phrases,
            path=directory,
        )
    except (ValueError, IndexError) as exc:
        raise ModelError(f"The model file {path} does not fit this version ({exc}).") from exc


def load_bundle_from(path: str | Path) -> Bundle:
    """Load a bundle directory (or its model file), checking versions and trusted types."""
    path = Path(path)
    directory = path.parent if path.suffix in (".skops", ".npz") else path
    meta = read_meta(directory)
    bundle = _load_main(directory, meta)
    if (directory / BLIND_DIR / META_FILE).is_file():
        bundle.blind = load_bundle_from(directory / BLIND_DIR)
    return bundle


def _load_main(directory: Path, meta: dict[str, Any]) -> Bundle:
    """Load the main heads of the bundle in `directory` (weights.npz, else model.skops)."""
    if (directory / WEIGHTS_FILE).is_file():
        return _load_weights(directory / WEIGHTS_FILE, meta, directory)
    import sklearn
    import skops.io as sio

    recorded = str(meta.get("versions", {}).get("sklearn", "?"))
    if _major(recorded) != _major(sklearn.__version__):
        raise ModelError(
            f"The model at {directory} was built with scikit-learn {recorded}, but "
            f"{sklearn.__version__} is installed (a different major version). "
            "Run `leads train` to rebuild it with the installed version."
        )
    model_file = directory / MODEL_FILE
    try:
        untrusted = sio.get_untrusted_types(file=model_file)
    except Exception as exc:  # skops raises several types for a damaged zip
        raise ModelError(f"The model file {model_file} cannot be read ({exc}).") from exc
    unexpected = sorted(set(untrusted) - ALLOWED_UNTRUSTED_TYPES)
    if unexpected:
        raise ModelError(
            f"The model file {model_file} contains types this version does not trust: "
            f"{', '.join(unexpected)}. Run `leads train` to rebuild it."
        )
    payload = sio.load(model_file, trusted=list(untrusted))
    phrases = {int(k): str(v) for k, v in meta.pop("phrases", {}).items()}
    return Bundle(
        intent_model=payload["intent"],
        quality_model=payload["quality"],
        platt=np.asarray(payload["platt"], dtype=np.float64),
        text_theme=np.asarray(payload["text_theme"], dtype=np.int8),
        struct_mean=np.asarray(payload["struct_mean"], dtype=np.float64),
        meta=meta,
        phrases=phrases,
        path=directory,
    )


# ----------------------------------------------------------------------- registry


def versions(model_dir: str | Path) -> list[str]:
    """Return the version directories in `model_dir`, oldest first."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        return []
    return sorted(
        p.name
        for p in model_dir.iterdir()
        if p.is_dir() and p.name.startswith("v") and p.name[1:].isdigit()
    )


def current_version(model_dir: str | Path) -> str | None:
    """Return the version the `current` pointer names, or None."""
    pointer = Path(model_dir) / CURRENT_FILE
    if not pointer.is_file():
        return None
    name = pointer.read_text().strip()
    return name if (Path(model_dir) / name).is_dir() else None


def current_bundle_path(model_dir: str | Path) -> Path | None:
    """Return the directory of the current bundle in `model_dir`, or None if there is none."""
    name = current_version(model_dir)
    return Path(model_dir) / name if name else None


def _set_current(model_dir: Path, name: str) -> None:
    """Point `current` at `name` atomically (write then rename)."""
    tmp = model_dir / f".{CURRENT_FILE}.tmp"
    tmp.write_text(name + "\n")
    tmp.replace(model_dir / CURRENT_FILE)


def next_version(model_dir: str | Path) -> str:
    """Return the next free version name, e.g. v0003."""
    existing = versions(model_dir)
    number = int(existing[-1][1:]) + 1 if existing else 1
    return f"v{number:04d}"


def publish(bundle: Bundle, model_dir: str | Path) -> str:
    """Save `bundle` as a new version in `model_dir`, make it current, return its name."""
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    name = next_version(model_dir)
    bundle.meta["version"] = name
    staging = model_dir / f".{name}.tmp"
    if staging.exists():
        shutil.rmtree(staging)
    save_bundle(bundle, staging)
    staging.rename(model_dir / name)
    bundle.path = model_dir / name
    _set_current(model_dir, name)
    return name


def rollback(model_dir: str | Path) -> str:
    """Make the version before the current one current again and return its name."""
    model_dir = Path(model_dir)
    names = versions(model_dir)
    current = current_version(model_dir)
    if current is None or current not in names:
        raise ModelError(f"There is no current model in {model_dir} to roll back from.")
    position = names.index(current)
    if position == 0:
        raise ModelError(f"{current} is the oldest model in {model_dir}; nothing to roll back to.")
    previous = names[position - 1]
    _set_current(model_dir, previous)
    return previous

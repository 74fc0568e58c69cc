"""Keep `leads` quick to start: commands import only what their work needs (issue 13).

Each command runs in a fresh interpreter, so the assertion sees exactly what one
invocation imported; the timing itself is a benchmark (benchmarks/bench_coldstart.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from leads.cli import build_parser, chosen_command
from leads.commands import HELPS
from storage.db import open_database

# Libraries a command that never scores, trains or talks to Slack must not import.
HEAVY = ("sklearn", "numpy", "scipy", "model", "slack_bolt", "slack_sdk", "alembic", "jinja2")

PROBE = """
import json, runpy, sys
sys.argv = ["leads", *json.loads(sys.argv[1])]
try:
    runpy.run_module("leads", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def imported_by(*args: str) -> set[str]:
    """Return the top-level packages one fresh `leads ARGS` run imports."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Return the URL of a migrated SQLite database (migrating is the one place Alembic runs)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('startup')}/leads.db"
    open_database(url).dispose()
    return url


def test_help_imports_no_database_library() -> None:
    mods = imported_by("--help")
    assert not mods & {"sqlalchemy", "sqlmodel", "rich", *HEAVY}, mods


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("list", "--format", "json"),
        ("show", "1"),
        ("status", "1", "spam"),
        ("stats",),
        ("export",),
        ("digest",),
        ("deliver", "--list"),
    ],
)
def test_commands_that_never_score_skip_the_model_slack_and_alembic(
    migrated: str, args: tuple[str, ...]
) -> None:
    mods = imported_by("--db", migrated, *args)
    assert "sqlalchemy" in mods  # the probe really ran the command
    assert not mods & set(HEAVY), sorted(mods & set(HEAVY))


def test_processing_scores_without_scikit_learn_skops_or_scipy(
    migrated: str, tmp_path: Path
) -> None:
    """Scoring reads the bundle's plain arrays and hashes with mmh3 (model/hashing.py).

    scipy's import alone costs a scoring process 0.1 s: the hashed rows are a CSR of
    their own (`hashing.HashedRows`).
    """
    chat = {
        "id": "c-1",
        "source": "widget",
        "messages": [{"role": "customer", "text": "Quote for 40 chairs please, ana@x.es"}],
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(chat) + "\n")
    assert "sqlalchemy" in imported_by("--db", migrated, "ingest", str(path))
    mods = imported_by("--db", migrated, "process", "--no-deliver")
    assert "model" in mods and "mmh3" in mods  # the probe really scored
    assert not mods & {"sklearn", "skops", "scipy"}, sorted(mods & {"sklearn", "skops", "scipy"})
    with open_database(migrated).connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT count(*) FROM lead")).scalar() == 1


def test_a_new_database_is_still_migrated(tmp_path: Path) -> None:
    """Skipping Alembic must not skip creating the schema: a new file gets the newest one."""
    from sqlalchemy import create_engine, inspect, text

    from storage.db import head_revision

    url = f"sqlite:///{tmp_path}/fresh.db"
    assert imported_by("--db", url, "stats").isdisjoint({"alembic"})  # created in one step
    engine = create_engine(url)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert version == [head_revision()]
    assert {"conversation", "message", "lead", "outbox"} <= tables
    assert imported_by("--db", url, "stats").isdisjoint({"alembic"})


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["list"], "list"),
        (["--db", "sqlite:///x.db", "show", "3"], "show"),
        (["--db=sqlite:///x.db", "stats"], "stats"),
        (["--conf", "list", "export"], "export"),  # argparse accepts the abbreviation
        (["-v", "process"], "process"),
        (["--help"], None),
        (["nonsense"], None),
        ([], None),
    ],
)
def test_chosen_command_finds_the_command_word(argv: list[str], command: str | None) -> None:
    assert chosen_command(argv) == command


def test_every_command_module_registers_under_its_help() -> None:
    """The help `leads --help` shows without importing a module is the module's own."""
    import importlib

    parser = build_parser()
    for name, summary in HELPS.items():
        module = importlib.import_module(f"leads.commands.{name}")
        assert (name, summary) == (module.NAME, module.HELP)
    assert "ingest" in parser.format_help()


def test_unknown_command_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    from leads.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'frobnicate'" in err and "ingest" in err

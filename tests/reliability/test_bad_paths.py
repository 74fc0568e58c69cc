"""Each bad path of the CLI ends in one clear line and the documented exit code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from leads.cli import main
from storage.db import open_database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, err.strip().splitlines()[-1] if err.strip() else ""


@pytest.fixture
def db(tmp_path: Path) -> str:
    """Return the URL of a migrated, empty SQLite database."""
    url = f"sqlite:///{tmp_path / 'leads.db'}"
    open_database(url).dispose()
    return url


def test_export_out_into_missing_directory(db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, line = _run(capsys, "--db", db, "export", "--out", str(tmp_path / "no" / "x.csv"))
    assert code == 2 and "does not exist" in line
    assert not (tmp_path / "no").exists()


def test_export_out_onto_directory(db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, line = _run(capsys, "--db", db, "export", "--out", str(tmp_path))
    assert code == 2 and "is a directory" in line
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("lead", ["99999999999999999999999", "9223372036854775808", "0", "-5"])
@pytest.mark.parametrize("cmd", [["show"], ["status"]])
def test_lead_id_out_of_range(db: str, capsys, cmd: list[str], lead: str) -> None:  # type: ignore[no-untyped-def]
    extra = ["spam"] if cmd == ["status"] else []
    code, line = _run(capsys, "--db", db, *cmd, "--", lead, *extra)
    assert code == 2 and "lead id" in line


def test_config_is_a_directory(db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, line = _run(capsys, "--config", str(tmp_path), "--db", db, "stats")
    assert code == 2 and "is a directory" in line


def test_config_not_utf8(db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe[slack]\n")
    code, line = _run(capsys, "--config", str(bad), "--db", db, "stats")
    assert code == 2 and "not UTF-8" in line


def test_tables_without_migration_record(db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(tmp_path / "leads.db") as conn:
        conn.execute("DROP TABLE alembic_version")
    code, line = _run(capsys, "--db", db, "stats")
    assert code == 2 and "no migration record" in line and "SELECT" not in line

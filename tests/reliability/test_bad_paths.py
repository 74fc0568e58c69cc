"""Each bad path of the CLI ends in one clear line and the documented exit code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from leads.cli import main
from storage.db import open_database
from tests.bot.conftest import ALLOWED, CHANNEL, Bot


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


def test_a_database_that_cannot_be_opened_is_named_with_a_fix(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'no such folder' / 'leads.db'}"
    code, line = _run(capsys, "--db", url, "stats")
    assert code == 2
    assert "unable to open database file" in line and "folder exists" in line
    assert "sqlalche.me" not in line  # the driver's reason, not the library's help link
    # no server listens on port 1; the password never reaches the message
    url = "postgresql+psycopg://bob:hunter2@127.0.0.1:1/leads"
    code, line = _run(capsys, "--db", url, "stats")
    assert code == 2 and "server is running" in line
    assert "hunter2" not in line and "bob:***@" in line


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("payload=%7Bnot%20json", "application/x-www-form-urlencoded"),
        ("{not json", "application/json"),
        ("payload=%5B1%2C2%5D", "application/x-www-form-urlencoded"),
    ],
)
@pytest.mark.parametrize("signed", [True, False])
def test_an_unparseable_slack_post_gets_an_answer(
    bot: Bot, body: str, ctype: str, signed: bool
) -> None:
    """Over real HTTP, as `leads serve` answers: a 4xx with a reason, never a dropped request."""
    status, text = bot.slack.post(body, ctype, signature=None if signed else "")
    assert status in (400, 401) and text
    if signed:
        assert status == 400 and "not a Slack payload" in text
    # The server still answers a good request afterwards.
    assert bot.slack.command("help", user=ALLOWED, channel=CHANNEL)[0] == 200

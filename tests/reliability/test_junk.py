"""Feed generated junk to every entry point: no traceback, a clear message, nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import build_app
from bot.client import make_client
from bot.config import BotConfig
from bot.requests import dispatch_raw
from jobs.ingest import jsonl, whatsapp_export
from jobs.ingest.base import Options, Rejected
from leads.cli import main
from leads.settings import SettingsError, load
from storage.conversations import ConversationData
from storage.db import open_database

FAST = settings(
    max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WORDS = ["show", "status", "list", "export", "ingest", "stats", "--db", "--config", "--out",
         "--format", "--limit", "--min-score", "99999999999999999999999", "-1", "0", "spam",
         "json", "csv", "/", "", "\x00", "--help"]  # fmt: skip


def _lines(data: bytes) -> list[tuple[int, bytes]]:
    return list(enumerate(data.splitlines(keepends=True), start=1))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a directory holding a migrated SQLite database for CLI runs."""
    path = tmp_path_factory.mktemp("junk")
    open_database(f"sqlite:///{path / 'leads.db'}").dispose()
    return path


@FAST
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=6))
def test_cli_arguments(workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    argv = [a for a in argv if a not in ("ingest", "--out", "--config", "--db", "--help")]
    db = workdir / "leads.db"
    before = db.read_bytes()
    try:
        code = main(["--db", f"sqlite:///{db}", *argv])
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1, 2), (argv, code, err)
    if code:
        assert err.strip(), argv  # a message says what was wrong
    if "status" not in argv:
        assert db.read_bytes() == before  # only a status change may write


@FAST
@given(st.binary(max_size=300))
def test_config_loader(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("cfg") / "leads.toml"
    path.write_bytes(data)
    try:
        load(str(path), environ={})
    except SettingsError as exc:
        message = str(exc)
        assert message and "\n" not in message.strip().split("\n")[0]
        assert "Traceback" not in message


@FAST
@given(st.binary(max_size=400))
def test_jsonl_parser(data: bytes) -> None:
    items = list(jsonl.parse(_lines(data), Options("junk.jsonl")))
    for item in items:
        assert isinstance(item, ConversationData | Rejected)
        if isinstance(item, Rejected):
            assert item.reason and item.line >= 1


@FAST
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.builds(lambda d, t: f"[{d}, 10:00:00] Ana: {t}",
                      st.sampled_from(["01/02/26", "31/02/26", "99/99/99", "1/1/1"]),
                      st.text(max_size=20)),
        ),
        max_size=8,
    )
)  # fmt: skip
def test_whatsapp_export_parser(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    for item in whatsapp_export.parse(_lines(data), Options("WhatsApp Chat with Ana.txt")):
        assert isinstance(item, ConversationData | Rejected)
        if isinstance(item, Rejected):
            assert item.reason


@pytest.fixture(scope="module")
def slack_app(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Return the real Bolt app on a fresh SQLite database (Web API never reached)."""
    path = tmp_path_factory.mktemp("bolt") / "leads.db"
    engine = open_database(f"sqlite:///{path}")
    app = build_app(
        client=make_client("xoxb-junk", base_url="http://127.0.0.1:9/api/"),
        signing_secret="junk-secret",
        engine=engine,
        config=BotConfig(),
    )
    return app, path


@FAST
@given(
    body=st.one_of(
        st.binary(max_size=200),
        st.builds(lambda t: b"payload=" + t.encode(), st.text(max_size=60)),
        st.builds(lambda t: t.encode(), st.text(max_size=60)),
    ),
    ctype=st.sampled_from(["application/x-www-form-urlencoded", "application/json", "", "x/y"]),
)
def test_slack_request_handler(slack_app, body: bytes, ctype: str) -> None:  # type: ignore[no-untyped-def]
    app, path = slack_app
    headers = {"Content-Type": ctype, "X-Slack-Request-Timestamp": "1",
               "X-Slack-Signature": "v0=00"}  # fmt: skip
    response = dispatch_raw(app, body, "", headers)
    assert response.status in (400, 401)
    with sqlite3.connect(path) as conn:  # nothing recorded from an unsigned request
        assert conn.execute("select count(*) from slack_request").fetchone() == (0,)


def test_ingest_junk_file_names_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.jsonl"
    junk.write_bytes(b'{"id": 1}\n\xff\xfe\nnot json\n')
    code = main(["--db", f"sqlite:///{tmp_path / 'l.db'}", "ingest", str(junk)])
    out, err = capsys.readouterr()
    assert code in (1, 2) and "Traceback" not in out + err
    assert "junk.jsonl:1:" in out + err and "junk.jsonl:3:" in out + err

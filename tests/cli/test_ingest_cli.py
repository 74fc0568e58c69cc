"""Drive `leads ingest` as a user would: summary, rejections, exit codes, stdin, progress."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

import leads.commands.ingest as ingest_command
from leads.cli import main
from storage.db import open_database
from storage.models import Conversation, Message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
ROOT = Path(__file__).resolve().parent.parent.parent
GOOD = FIXTURES / "conversations.jsonl"


def run(db_url: str, *args: str, capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", db_url, "ingest", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def stored(db_url: str) -> int:
    engine = open_database(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Conversation)).scalar_one()
    finally:
        engine.dispose()


def test_import_then_same_file_again(db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(db_url, GOOD, capsys=capsys)
    assert code == 0, err
    assert "3 imported, 0 updated, 0 unchanged, 0 rejected" in out
    code, out, _ = run(db_url, GOOD, capsys=capsys)
    assert code == 0
    assert "0 imported, 0 updated, 3 unchanged, 0 rejected" in out
    assert stored(db_url) == 3


def test_bad_lines_are_named_and_exit_code_is_1(db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "mixed.jsonl"
    good = GOOD.read_text(encoding="utf-8").splitlines()
    bad.write_bytes(
        "\n".join(
            [good[0], "{broken", good[2], '{"id": "x", "source": "fax", "messages": []}']
        ).encode()
        + b"\n\xff\n"
    )
    code, out, err = run(db_url, bad, capsys=capsys)
    assert code == 1
    assert "2 imported, 0 updated, 0 unchanged, 3 rejected" in out
    assert f"{bad}:2: not valid JSON" in err
    assert f"{bad}:4: unknown source" in err
    assert f"{bad}:5: invalid UTF-8" in err
    assert stored(db_url) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing.jsonl",), "cannot read missing.jsonl: no such file"),
        ((str(GOOD), "missing.jsonl"), "cannot read missing.jsonl: no such file"),
        ((str(FIXTURES),), "not a readable file"),
        (("-", "-"), "read only once"),
    ],
)
def test_unreadable_file_exits_2_and_imports_nothing(db_url: str, capsys, args, message) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(db_url, *args, capsys=capsys)
    assert code == 2
    assert message in err
    assert stored(db_url) == 0


def test_errors_are_one_line_whatever_the_path_length(db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # A checkout deep in the file system once broke "not a readable file" across
    # two lines; a message has to stay greppable at any width.
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    code, _, err = run(db_url, deep, capsys=capsys)
    assert code == 2
    assert err == f"leads ingest: cannot read {deep}: not a readable file\n"


def test_unknown_format_exits_2(db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes"
    notes.write_text("random words\n", encoding="utf-8")
    code, _, err = run(db_url, notes, capsys=capsys)
    assert code == 2
    assert "--format jsonl|webhook|whatsapp" in err


def test_several_files_of_different_formats(db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    files = [GOOD, FIXTURES / "webhook_payload.json", FIXTURES / "WhatsApp Chat with Javi.txt"]
    code, out, _ = run(db_url, *files, capsys=capsys)
    assert code == 0
    assert "6 imported" in out


def test_options_reach_the_import(db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    chat = tmp_path / "chat.log"
    chat.write_text("20/11/26, 09:01 - Luis: Hola\n20/11/26, 09:02 - Marta: Dime\n", "utf-8")
    code, _, err = run(db_url, chat, capsys=capsys)
    assert code == 1 and "pass --agent NAME" in err
    code, out, _ = run(db_url, chat, "--agent", "Marta", "--format", "whatsapp", capsys=capsys)
    assert code == 0 and "1 imported" in out
    record = {"id": "c-1", "messages": [{"role": "customer", "text": "hi"}]}
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, out, _ = run(db_url, plain, "--source", "widget", capsys=capsys)
    assert code == 0 and "1 imported" in out
    engine = open_database(db_url)
    with engine.connect() as conn:
        rows = conn.execute(select(Conversation.source, Conversation.agent)).all()  # type: ignore[call-overload]
    engine.dispose()
    assert sorted(rows) == [("whatsapp", "Marta"), ("widget", None)]


def test_stdin(db_url: str, capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(GOOD.read_bytes())), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(db_url, "-", capsys=capsys)
    assert code == 0
    assert "3 imported" in out


def test_stdin_in_a_real_process(db_url: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "leads", "--db", db_url, "ingest", "-"],
        input=(FIXTURES / "webhook_later.jsonl").read_bytes() + b"{bad\n",
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200"},
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert b"2 imported, 0 updated, 0 unchanged, 1 rejected" in proc.stdout
    assert b"<stdin>:4: not valid JSON" in proc.stderr


def test_large_file_shows_a_progress_bar(
    db_url: str, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ingest_command, "PROGRESS_BYTES", 100)
    code, _, err = run(db_url, GOOD, capsys=capsys)
    assert code == 0
    assert "conversations.jsonl" in err  # the bar's label, on stderr
    monkeypatch.setattr(ingest_command, "PROGRESS_BYTES", 10**9)
    code, _, err = run(db_url, GOOD, capsys=capsys)
    assert "conversations.jsonl" not in err


def test_output_and_logs_never_show_message_text(
    db_url: str, tmp_path: Path, capsys, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    secret = "call me on +34 600 111 222, me@private.example"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"id": "c", "source": "widget", "messages": [{"role": "x", "text": secret}]})
        + "\n"
        + json.dumps(
            {"id": "d", "source": "widget", "messages": [{"role": "agent", "text": secret}]}
        ),
        encoding="utf-8",
    )
    code = main(["-v", "--db", db_url, "ingest", str(bad)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "unknown role" in err and "rejected" in caplog.text
    for shown in (out, err, caplog.text):
        assert "600 111" not in shown and "private" not in shown


def test_a_shorter_re_import_keeps_every_message_and_says_so(  # type: ignore[no-untyped-def]
    db_url: str, tmp_path: Path, capsys
) -> None:
    msgs = [
        {"role": "customer", "text": f"message {i}", "at": f"2026-11-20T09:1{i}:00Z"}
        for i in range(5)
    ]
    full = {"id": "c-short", "source": "widget", "messages": msgs}
    short = {**full, "messages": [*msgs[:2], {"role": "agent", "text": "new reply"}]}
    first, second = tmp_path / "full.jsonl", tmp_path / "short.jsonl"
    first.write_text(json.dumps(full) + "\n")
    second.write_text(json.dumps(short) + "\n")
    assert run(db_url, first, capsys=capsys)[0] == 0
    code, out, _ = run(db_url, second, capsys=capsys)
    assert code == 0
    assert "0 imported, 1 updated, 0 unchanged, 0 rejected" in out
    assert "3 messages missing from the new copy, kept" in out
    engine = open_database(db_url)
    try:
        with engine.connect() as conn:
            texts = (
                conn.execute(
                    select(Message.__table__.c.text).order_by(Message.__table__.c.position)  # type: ignore[attr-defined]
                )
                .scalars()
                .all()
            )
    finally:
        engine.dispose()
    # The message without a time sorts first; every stored one is still there.
    assert sorted(texts) == sorted([m["text"] for m in msgs] + ["new reply"])
    code, out, _ = run(db_url, second, capsys=capsys)  # the same short copy again: no change
    assert "0 imported, 0 updated, 1 unchanged" in out

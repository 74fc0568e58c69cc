"""Drive `leads list/show/status/stats/export` as a user would, on leads stored directly."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from leads.cli import main
from storage.db import open_database
from storage.export import COLUMNS
from storage.models import Conversation, Lead, LeadConversation, Message, StatusChange

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(db_url: str) -> str:
    """Return a database URL holding three leads with conversations."""
    engine = open_database(db_url)
    people = [
        ("María José de la Fuente", "mj@fuente.es", 92, "Quote Request", "Ventas Bot", "whatsapp"),
        ("Tom Baker", "tom@baker.co.uk", 64, "Opportunity", "Sales Assistant", "widget"),
        ("=SUM(A1)", None, 12, "Spam", "Sales Assistant", "widget"),
    ]
    with Session(engine) as s:
        for i, (name, email, score, status, agent, source) in enumerate(people):
            conv = Conversation(
                source=source, external_id=f"conv-{i}", agent=agent, content_hash="h",
                started_at=T0 + timedelta(hours=i),
            )  # fmt: skip
            s.add(conv)
            s.flush()
            s.add(Message(conversation_id=conv.id, position=0, role="customer", text=f"hello {i}"))
            lead = Lead(
                name=name, email=email, score=score, status=status, agent=agent, source=source,
                quality="high" if score >= 80 else "medium" if score >= 60 else "very_low",
                created_at=T0 + timedelta(hours=i), updated_at=T0 + timedelta(hours=i),
                top_factors=["asked for a quote"] if score > 50 else ["- looks like spam"],
            )  # fmt: skip
            s.add(lead)
            s.flush()
            s.add(LeadConversation(conversation_id=conv.id, lead_id=lead.id))
        s.commit()
    engine.dispose()
    return db_url


def run(db: str, *args: str, capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("args", "names"),
    [
        ((), ["=SUM(A1)", "Tom Baker", "María José de la Fuente"]),
        (("--sort", "score"), ["María José de la Fuente", "Tom Baker", "=SUM(A1)"]),
        (("--status", "quote"), ["María José de la Fuente"]),
        (("--status", "QUOTE request"), ["María José de la Fuente"]),
        (("--agent", "sales assistant", "--sort", "score"), ["Tom Baker", "=SUM(A1)"]),
        (("--agent", "Ventas"), ["María José de la Fuente"]),
        (("--source", "widget", "--min-score", "50"), ["Tom Baker"]),
        (("--max-score", "70", "--sort", "score"), ["Tom Baker", "=SUM(A1)"]),
        (("--limit", "1", "--sort", "score"), ["María José de la Fuente"]),
    ],
)
def test_list_json(db: str, capsys, args: tuple[str, ...], names: list[str]) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(db, "list", *args, "--format", "json", capsys=capsys)
    assert code == 0
    rows = json.loads(out)
    assert [r["name"] for r in rows] == names
    assert all(list(r) == list(COLUMNS) for r in rows)


def test_list_table_for_people(db: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "200")  # rich reads the width when the console is made
    code, out, _ = run(db, "list", "--sort", "score", "--format", "table", capsys=capsys)
    assert code == 0
    assert "Tom Baker" in out and "92" in out and "┃" in out


@pytest.mark.parametrize("width", [50, 80, 120])
def test_list_table_fits_a_narrow_terminal_without_cutting_names(
    db: str, capsys, monkeypatch, width: int
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, _ = run(db, "list", "--format", "table", capsys=capsys)
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= width
    flat = "".join(out.split())
    assert "…" not in "".join(line for line in out.splitlines() if "Fuente" in line)
    assert "Fuente" in flat and "mj@fuente.es" in flat.replace("│", "")


def test_piped_list_prints_every_value_whole_like_export(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """Piped (no terminal), list is tab-separated with export's header and cells."""
    code, listed, _ = run(db, "list", "--sort", "score", capsys=capsys)
    assert code == 0
    rows = [line.split("\t") for line in listed.splitlines()]
    assert rows[0] == list(COLUMNS)
    code, exported, _ = run(db, "export", "--sort", "score", capsys=capsys)
    export_rows = list(csv.reader(io.StringIO(exported)))
    assert rows == export_rows
    assert rows[1][1:3] == ["María José de la Fuente", "mj@fuente.es"]
    code, as_csv, _ = run(db, "list", "--sort", "score", "--format", "csv", capsys=capsys)
    assert list(csv.reader(io.StringIO(as_csv))) == export_rows


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--status", "hot"), "Unknown status 'hot'"),
        (("--agent", "nobody"), "No agent matches 'nobody'"),
        (("--min-score", "90", "--max-score", "10"), "above --max-score"),
        (("--limit", "0"), "--limit must be at least 1"),
    ],
)
def test_list_bad_filters_explain(db: str, capsys, args, message) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(db, "list", *args, capsys=capsys)
    assert code == 2
    assert message in " ".join(err.split())
    assert out == ""


def test_list_score_out_of_range_is_an_argument_error(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "list", "--min-score", "101"])
    assert exc.value.code == 2
    assert "a score is from 0 to 100" in capsys.readouterr().err


def test_show_text_and_json(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(db, "show", "1", capsys=capsys)
    assert code == 0
    assert "María José de la Fuente" in out and "hello 0" in out and "conv-0" in out
    code, out, _ = run(db, "show", "2", "--format", "json", capsys=capsys)
    record = json.loads(out)
    assert record["email"] == "tom@baker.co.uk"
    assert record["conversations"][0]["messages"][0]["text"] == "hello 1"


def test_show_unknown_lead(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(db, "show", "999", capsys=capsys)
    assert code == 1
    assert "No lead with id 999" in err


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (["quote"], "Quote Request"),
        (["not", "interested"], "Not Interested"),
        (["FOLLOW"], "Follow-up"),
        (["oportunity"], "Opportunity"),
        (["Información"], None),
    ],
)
def test_status_forgiving(db: str, capsys, typed: list[str], expected: str | None) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(db, "status", "2", *typed, "--who", "ana", capsys=capsys)
    engine = open_database(db)
    with Session(engine) as s:
        lead = s.get(Lead, 2)
        audit = list(s.exec(select(StatusChange)))
    engine.dispose()
    if expected is None:
        assert code == 2 and "Valid statuses" in " ".join(err.split())
        assert lead.status == "Opportunity" and audit == []
        return
    assert code == 0 and expected in out
    assert lead.status == expected and lead.status_by_human
    assert [(a.who, a.from_status, a.to_status, a.via) for a in audit] == [
        ("ana", "Opportunity", expected, "cli")
    ]


def test_status_ambiguous_and_unknown_lead(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(db, "status", "2", "o", capsys=capsys)
    assert code == 2 and "could be" in err
    code, _, err = run(db, "status", "77", "spam", capsys=capsys)
    assert code == 1 and "No lead with id 77" in err


def test_stats(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(db, "stats", "--format", "json", capsys=capsys)
    figures = json.loads(out)
    assert code == 0
    assert (figures["total"], figures["high"], figures["medium"]) == (3, 1, 1)
    assert figures["average_score"] == pytest.approx(56.0)
    assert figures["by_source"] == {"widget": 2, "whatsapp": 1}
    code, out, _ = run(db, "stats", capsys=capsys)
    assert "average score" in out and "Quote Request" in out


def test_export_csv_to_file(db: str, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "leads.csv"
    code, _, err = run(db, "export", "--sort", "score", "--out", str(target), capsys=capsys)
    assert code == 0 and "Exported 3 lead(s)" in err
    raw = target.read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1][1] == "María José de la Fuente"
    assert rows[3][1] == "'=SUM(A1)"  # neutralised against formula injection
    assert rows[3][COLUMNS.index("top_factors")] == "'- looks like spam"
    assert not list(tmp_path.glob(".*.part"))


def test_export_jsonl_filters(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(db, "export", "--format", "jsonl", "--source", "widget", capsys=capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["name"] for r in lines] == ["=SUM(A1)", "Tom Baker"]
    assert lines[1]["score"] == 64 and lines[1]["conversation_ids"] == ["conv-1"]


def test_python_dash_m_leads_runs(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "leads", "--db", url, "stats", "--format", "json"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"] == 0


def test_train_without_labels_says_what_it_learns_from(db: str, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The fixture's leads have no status a person set: nothing is trained or published.
    models = tmp_path / "models"
    code, out, _ = run(db, "train", "--model-dir", str(models), capsys=capsys)
    assert code == 0
    assert "Not trained: nothing to learn from yet" in out
    assert "Slack button" in out
    from model.artifacts import versions

    assert versions(models) == []  # nothing published (only the attempt is recorded)

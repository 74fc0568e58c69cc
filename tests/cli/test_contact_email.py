"""An address a widget's pre-chat form captured (`contact.email`) reaches the lead."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from leads.cli import main
from model.extract import extract
from storage.conversations import ConversationData, MessageData, content_hash

AT = "2026-11-20T09:00:00Z"


def _chat(cid: str, text: str, contact: dict | None) -> dict:
    doc: dict = {
        "id": cid,
        "source": "widget",
        "agent": "Sales Assistant",
        "messages": [{"role": "customer", "text": text, "at": AT}],
    }
    if contact is not None:
        doc["contact"] = contact
    return doc


def _run(db: str, *args: str, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", db, *args])
    return code, capsys.readouterr().out


def test_form_email_is_the_leads_email_through_ingest_and_process(
    db_url: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    chats = [
        _chat(
            "f-1",
            "Hi, we need a quote for 40 office chairs delivered to Leeds next month.",
            {"name": "Priya Raman", "email": "Priya.Raman@Acme-Chairs.co.uk"},
        ),
        # what a form's email field may hold that is no address: nothing is made up
        _chat("f-2", "Hello, could you send me prices for 12 standing desks?", {"email": "n/a"}),
    ]
    path = tmp_path / "form.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in chats), encoding="utf-8")
    assert _run(db_url, "ingest", str(path), capsys=capsys)[0] == 0
    assert _run(db_url, "process", "--no-deliver", capsys=capsys)[0] == 0
    code, out = _run(db_url, "export", capsys=capsys)
    assert code == 0
    rows = {r["name"] or "": r for r in csv.DictReader(io.StringIO(out))}
    assert rows["Priya Raman"]["email"] == "priya.raman@acme-chairs.co.uk"
    others = [r for name, r in rows.items() if name != "Priya Raman"]
    assert len(others) == 1 and others[0]["email"] == ""
    # the same file again changes nothing: the address is part of the stored content
    code, out = _run(db_url, "ingest", str(path), capsys=capsys)
    assert "0 imported, 0 updated, 2 unchanged" in out


def test_a_correction_in_the_chat_replaces_the_forms_address() -> None:
    x = extract(
        _chat(
            "f-3",
            "Quote for 20 chairs please. Sorry, the email in the form has a typo, "
            "it's ana.ruiz@example.org",
            {"email": "ana.ruiz@exmaple.org"},
        )
    )
    assert x.emails == ["ana.ruiz@example.org"]


def test_the_forms_address_comes_first_and_points_at_no_message() -> None:
    x = extract(
        _chat("f-4", "Price for 5 desks? Also cc bob@example.org", {"email": "ana@example.org"})
    )
    assert x.emails[0] == "ana@example.org"
    assert "ana@example.org" not in x.evidence


def test_a_conversation_without_a_form_address_keeps_its_stored_hash() -> None:
    # stored hashes say whether a re-import changed anything: adding the field must not
    # make every conversation stored before it look changed
    at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    conv = ConversationData(
        "widget", "h-1", [MessageData("customer", "hola", at)], "Bot", at, "Ana", "+34612345678"
    )
    doc = ["Bot", at.isoformat(), "Ana", "+34612345678", [["customer", "hola", at.isoformat()]]]
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    assert content_hash(conv) == hashlib.sha256(raw).hexdigest()
    conv.contact_email = "ana@example.org"
    assert content_hash(conv) != hashlib.sha256(raw).hexdigest()

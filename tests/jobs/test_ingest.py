"""Import each format into real storage (SQLite and PostgreSQL) and check what was stored."""

from __future__ import annotations

import io
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

import jobs.ingest as ingest_module
import jobs.ingest.store as store_module
from jobs.ingest import IngestReport, ingest
from storage.models import Conversation, Message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
JAVI_EXPORT = FIXTURES / "WhatsApp Chat with Javi.txt"
ANA_EXPORT = FIXTURES / "WhatsApp Chat - Ana" / "_chat.txt"


def conversations(engine: Engine) -> dict[tuple[str, str], dict]:
    """Return every stored conversation by (source, id), with its messages as tuples."""
    conv, msg = Conversation.__table__, Message.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        rows = {r.id: dict(r._mapping) for r in conn.execute(select(conv))}
        for m in conn.execute(select(msg).order_by(msg.c.conversation_id, msg.c.position)):
            rows[m.conversation_id].setdefault("messages", []).append((m.role, m.text, m.at))
    return {(r["source"], r["external_id"]): r for r in rows.values()}


def counts(report: IngestReport) -> tuple[int, int, int, int]:
    return report.imported, report.updated, report.unchanged, report.rejected


def line(conv_id: str = "c-1", **overrides: object) -> str:
    """Return one valid JSON Lines record, with fields replaced by `overrides`."""
    record: dict = {
        "id": conv_id,
        "source": "widget",
        "agent": "Web Concierge",
        "messages": [
            {"role": "customer", "text": "Quote for 40 chairs?", "at": "2026-11-20T09:14:00Z"},
            {"role": "agent", "text": "Sure!", "at": "2026-11-20T09:15:00Z"},
        ],
    }
    record.update(overrides)
    return json.dumps(record, ensure_ascii=False)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- JSON Lines ---------------------------------------------------------------------------


def test_jsonl_fixture_imports_every_conversation(engine: Engine) -> None:
    report = ingest(engine, [FIXTURES / "conversations.jsonl"])
    assert counts(report) == (3, 0, 0, 0)
    stored = conversations(engine)
    assert set(stored) == {("whatsapp", "wa-000123"), ("widget", "web-42"), ("widget", "web-43")}
    javi = stored[("whatsapp", "wa-000123")]
    assert (javi["agent"], javi["contact_name"], javi["contact_phone"]) == (
        "Sales Assistant",
        "Javi",
        "+34 612 345 678",
    )
    assert javi["state"] == "due"
    assert javi["message_count"] == 2
    assert len(javi["content_hash"]) == 64
    assert [(r, t) for r, t, _ in javi["messages"]] == [
        ("customer", "Hola, ¿tenéis el plan anual para 12 personas?"),
        ("agent", "¡Claro! Te paso el precio."),
    ]
    web = stored[("widget", "web-42")]
    # +01:00 in the file is stored as UTC; started_at falls back to the first message.
    assert web["started_at"] == datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    assert web["messages"][0][1] == "Can you send a quote for 40 chairs?\nDelivery to Leeds."
    assert stored[("widget", "web-43")]["messages"] == [("customer", "Just browsing", None)]


SECRET = "Secret text call me at +34 600 111 222 or me@private.example"
LONG = "x" * 100_001


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (b"this is not json " + SECRET.encode(), "not valid JSON"),
        (b"\xff\xfe" + SECRET.encode(), "invalid UTF-8"),
        (('{"id": "c-9", "source": "widget", "messages": [{"role": "customer", "text": "' + SECRET + '"}]').encode(), "not valid JSON"),
        (line("c-9", messages=None).replace('"messages": null, ', "").encode(), "messages"),
        (line("c-9", id=None).encode(), "id"),
        (json.dumps({"source": "widget", "messages": [{"role": "customer", "text": SECRET}]}).encode(), "missing field id"),
        (line("c-9", messages=[{"role": "customer"}]).encode(), "missing field messages.0.text"),
        (line("c-9", messages=[{"role": "bot", "text": SECRET}]).encode(), "unknown role"),
        (line("c-9", source="email").encode(), "unknown source"),
        (line("c-9", messages=[]).encode(), "empty messages"),
        (line("c-9", messages=[{"role": "customer", "text": LONG}]).encode(), "longer than 100,000"),
        (line("c-9", messages=[{"role": "customer", "text": "a\u0000b"}]).encode(), "NUL"),
        (line("c-9", contact={"name": "Ana\u0000"}).encode(), "contact.name contains a NUL"),
        (line("c-9", agent="\u0000").encode(), "agent contains a NUL"),
        (line("c-9", messages=[{"role": "customer", "text": "hi", "at": "yesterday"}]).encode(), "messages.0.at"),
        (b'["c-9", "widget"]', "not a JSON object"),
        (line("c-9", id="x" * 201).encode(), "id"),
    ],
)  # fmt: skip
def test_bad_line_is_rejected_with_its_number_and_good_lines_import(
    engine: Engine, tmp_path: Path, bad: bytes, reason: str
) -> None:
    content = (line("c-1") + "\n").encode() + bad + b"\n" + (line("c-3") + "\n").encode()
    report = ingest(engine, [write(tmp_path, "mixed.jsonl", content)])
    assert counts(report) == (2, 0, 0, 1)
    [rejection] = report.rejections
    assert (rejection.file, rejection.line) == (str(tmp_path / "mixed.jsonl"), 2)
    assert reason in rejection.reason
    # The reason names the problem, never the content (message text, email, phone).
    assert "Secret" not in rejection.reason and "600" not in rejection.reason
    assert set(conversations(engine)) == {("widget", "c-1"), ("widget", "c-3")}


def test_a_written_backslash_u0000_is_text_not_a_nul(engine: Engine, tmp_path: Path) -> None:
    # The NUL pre-check looks for the escape in the raw JSON; an escaped backslash
    # before "u0000" is six ordinary characters and must import as written.
    text = "path C:\\u0000\\file"
    report = ingest(
        engine,
        [
            write(
                tmp_path,
                "ok.jsonl",
                line("c-1", messages=[{"role": "customer", "text": text}]) + "\n",
            )
        ],
    )
    assert counts(report) == (1, 0, 0, 0)
    with engine.connect() as conn:
        assert conn.execute(select(Message.text)).scalar_one() == text


def test_rejection_reasons_never_quote_the_input(engine: Engine, tmp_path: Path) -> None:
    bad = line("c-1", source=SECRET, messages=[{"role": SECRET, "text": SECRET, "at": SECRET}])
    report = ingest(engine, [write(tmp_path, "bad.jsonl", bad + "\n")])
    assert report.rejected == 1
    assert "Secret" not in report.rejections[0].reason
    assert "unknown source" in report.rejections[0].reason


def test_same_file_again_is_unchanged_and_writes_nothing(engine: Engine) -> None:
    path = FIXTURES / "conversations.jsonl"
    ingest(engine, [path])
    # Processing ran meanwhile: an unchanged re-import must not make it due again.
    with engine.begin() as conn:
        conn.execute(update(Conversation.__table__).values(state="done", processed_hash="p"))  # type: ignore[attr-defined]
    before = conversations(engine)
    report = ingest(engine, [path])
    assert counts(report) == (0, 0, 3, 0)
    assert conversations(engine) == before


@pytest.mark.parametrize(
    "change",
    [
        {"messages": [
            {"role": "customer", "text": "Quote for 40 chairs?", "at": "2026-11-20T09:14:00Z"},
            {"role": "agent", "text": "Sure!", "at": "2026-11-20T09:15:00Z"},
            {"role": "customer", "text": "Email: a@b.example", "at": "2026-11-20T09:16:00Z"},
        ]},
        {"messages": [{"role": "customer", "text": "Quote for 41 chairs?"}]},
        {"agent": "Another Agent"},
        {"contact": {"name": "Tom"}},
    ],
)  # fmt: skip
def test_changed_content_updates_and_marks_due(
    engine: Engine, tmp_path: Path, change: dict
) -> None:
    ingest(engine, [write(tmp_path, "a.jsonl", line("c-1") + "\n" + line("c-2") + "\n")])
    with engine.begin() as conn:
        conn.execute(
            update(Conversation.__table__).values(state="failed", error="boom", attempts=3)  # type: ignore[attr-defined]
        )
    first = conversations(engine)
    report = ingest(
        engine, [write(tmp_path, "b.jsonl", line("c-1", **change) + "\n" + line("c-2"))]
    )
    assert counts(report) == (0, 1, 1, 0)
    after = conversations(engine)
    c1 = after[("widget", "c-1")]
    assert (c1["state"], c1["error"], c1["attempts"]) == ("due", None, 0)
    assert c1["id"] == first[("widget", "c-1")]["id"]
    assert c1["content_hash"] != first[("widget", "c-1")]["content_hash"]
    old = [m["text"] for m in json.loads(line())["messages"]]
    new = [m["text"] for m in change.get("messages", [])]
    # Imports never destroy: the stored messages stay and the new copy's are added.
    texts = [t for _, t, _ in c1["messages"]]
    assert sorted(texts) == sorted(set(old) | set(new))
    assert c1["message_count"] == len(texts)
    assert after[("widget", "c-2")]["state"] == "failed"  # unchanged: left alone


def test_same_id_twice_in_one_file_is_imported_then_updated(engine: Engine, tmp_path: Path) -> None:
    more = json.loads(line())["messages"] + [{"role": "customer", "text": "and tables"}]
    content = "\n".join([line("c-1"), line("c-2"), line("c-1", messages=more)])
    report = ingest(engine, [write(tmp_path, "dup.jsonl", content)])
    assert counts(report) == (2, 1, 0, 0)
    assert conversations(engine)[("widget", "c-1")]["message_count"] == 3


def test_source_and_agent_options_fill_in_missing_fields(engine: Engine, tmp_path: Path) -> None:
    record = json.loads(line("c-1"))
    del record["source"], record["agent"]
    content = json.dumps(record) + "\n" + line("c-2", agent="Own Agent")
    report = ingest(
        engine, [write(tmp_path, "a.jsonl", content)], source="whatsapp", agent="Default Bot"
    )
    assert counts(report) == (2, 0, 0, 0)
    stored = conversations(engine)
    assert stored[("whatsapp", "c-1")]["agent"] == "Default Bot"
    # A line that says its own source and agent keeps them.
    assert stored[("widget", "c-2")]["agent"] == "Own Agent"


def test_interrupted_import_leaves_whole_conversations_and_rerun_completes(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "a.jsonl", "\n".join(line(f"c-{i}") for i in range(7)))
    real = store_module.upsert_conversations
    calls = []

    def crash_on_third_batch(engine: Engine, batch: list) -> list:
        calls.append(len(batch))
        if len(calls) == 3:
            # Part of the batch is written, then the process dies: the transaction is lost.
            with engine.begin() as conn:
                real(conn, batch[:1])
                raise KeyboardInterrupt
        return real(engine, batch)

    monkeypatch.setattr(store_module, "upsert_conversations", crash_on_third_batch)
    with pytest.raises(KeyboardInterrupt):
        ingest(engine, [path], batch_size=2)
    stored = conversations(engine)
    assert set(stored) == {("widget", f"c-{i}") for i in range(4)}
    assert all(len(c["messages"]) == c["message_count"] == 2 for c in stored.values())
    monkeypatch.setattr(store_module, "upsert_conversations", real)
    report = ingest(engine, [path], batch_size=2)
    assert counts(report) == (3, 0, 4, 0)


def test_missing_file_is_reported_and_other_files_still_import(
    engine: Engine, tmp_path: Path
) -> None:
    report = ingest(engine, [tmp_path / "nope.jsonl", FIXTURES / "conversations.jsonl"])
    assert report.imported == 3
    assert len(report.failed_files) == 1 and "nope.jsonl" in report.failed_files[0]
    assert not report.ok


def test_binary_stream_source(engine: Engine) -> None:
    report = ingest(engine, [io.BytesIO((line("c-1") + "\n").encode())])
    assert counts(report) == (1, 0, 0, 0)


# --- WhatsApp Cloud API webhooks -----------------------------------------------------------

JAVI_DAY1 = ("whatsapp", "wa-34612345678-20251120")
JAVI_DAY2 = ("whatsapp", "wa-34612345678-20251121")
ANA_DAY1 = ("whatsapp", "wa-351912345678-20251120")


def test_webhook_groups_per_sender_per_day(engine: Engine) -> None:
    report = ingest(engine, [FIXTURES / "webhook_payload.json"])
    assert counts(report) == (2, 0, 0, 0)
    stored = conversations(engine)
    assert set(stored) == {JAVI_DAY1, ANA_DAY1}
    javi = stored[JAVI_DAY1]
    assert (javi["contact_name"], javi["contact_phone"], javi["agent"]) == (
        "Javi",
        "+34612345678",
        "15550783881",
    )
    # The image without a caption carries no text and is left out.
    assert [(r, t) for r, t, _ in javi["messages"]] == [
        ("customer", "Hola, quiero un presupuesto"),
        ("customer", "Para 12 personas"),
    ]
    assert javi["started_at"] == datetime(2025, 11, 20, 9, 14, tzinfo=UTC)
    assert stored[ANA_DAY1]["contact_name"] == "Ana"


def test_later_webhook_payload_appends_without_duplicates(engine: Engine) -> None:
    ingest(engine, [FIXTURES / "webhook_payload.json"])
    with engine.begin() as conn:
        conn.execute(update(Conversation.__table__).values(state="done"))  # type: ignore[attr-defined]
    # Repeats wamid.A3, adds A4 the same day and A9 the next day; a status-only payload.
    report = ingest(engine, [FIXTURES / "webhook_later.jsonl"])
    assert counts(report) == (1, 1, 0, 0)
    stored = conversations(engine)
    javi = stored[JAVI_DAY1]
    assert [t for _, t, _ in javi["messages"]] == [
        "Hola, quiero un presupuesto",
        "Para 12 personas",
        "Mi correo es javi@example.com",
    ]
    assert (javi["state"], javi["message_count"]) == ("due", 3)
    assert stored[JAVI_DAY2]["messages"][0][1] == "¿Seguís ahí?"
    assert stored[ANA_DAY1]["state"] == "done"
    # Every payload again: nothing new.
    again = ingest(engine, [FIXTURES / "webhook_payload.json", FIXTURES / "webhook_later.jsonl"])
    assert counts(again) == (0, 0, 4, 0)


def test_later_payload_without_contact_keeps_the_stored_name(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, [FIXTURES / "webhook_payload.json"])
    later = _payload("w9", 1763640000, "¿Hay stock?")
    later["entry"][0]["changes"][0]["value"]["metadata"] = {}
    report = ingest(engine, [write(tmp_path, "later.json", json.dumps(later))])
    assert counts(report) == (0, 1, 0, 0)
    javi = conversations(engine)[JAVI_DAY1]
    assert (javi["contact_name"], javi["agent"], javi["message_count"]) == (
        "Javi",
        "15550783881",
        3,
    )


def _payload(wamid: str, ts: int, body: str, sender: str = "34612345678") -> dict:
    message = {
        "from": sender,
        "id": wamid,
        "timestamp": str(ts),
        "type": "text",
        "text": {"body": body},
    }
    value = {"metadata": {"display_phone_number": "15550783881"}, "messages": [message]}
    return {"object": "whatsapp_business_account", "entry": [{"changes": [{"value": value}]}]}


PAYLOADS = [
    _payload("w1", 1763630040, "uno"),
    _payload("w2", 1763630100, "dos"),
    _payload("w1", 1763630040, "uno"),
]


@pytest.mark.parametrize(
    "content",
    [
        "\n".join(json.dumps(p) for p in PAYLOADS),  # one per line
        json.dumps(PAYLOADS, indent=2),  # an array
        "\n".join(json.dumps(p, indent=2) for p in PAYLOADS),  # concatenated, pretty-printed
    ],
    ids=["lines", "array", "concatenated"],
)  # fmt: skip
def test_webhook_file_forms_merge_payloads_in_one_file(
    engine: Engine, tmp_path: Path, content: str
) -> None:
    report = ingest(engine, [write(tmp_path, "hooks.json", content)], agent="Ventas Bot")
    assert counts(report) == (1, 0, 0, 0)
    conv = conversations(engine)[JAVI_DAY1]
    assert [t for _, t, _ in conv["messages"]] == ["uno", "dos"]
    assert conv["agent"] == "Ventas Bot"


@pytest.mark.parametrize(
    ("content", "line_no", "reason"),
    [
        (json.dumps(PAYLOADS[0]) + "\n{not json\n" + json.dumps(PAYLOADS[1]), 2, "not valid JSON"),
        (json.dumps(PAYLOADS[0]) + "\n" + json.dumps({"object": "x"}) + "\n" + json.dumps(PAYLOADS[1]), 2, "missing field entry"),
        (json.dumps(PAYLOADS[0]) + "\n" + json.dumps(_payload("w3", 1, "x", sender="+34 6")) + "\n" + json.dumps(PAYLOADS[1]), 2, "from"),
        (json.dumps(PAYLOADS[0]) + "\n" + json.dumps(_payload("w3", 1763630100, "x" * 100_001)) + "\n" + json.dumps(PAYLOADS[1]), 2, "longer than 100,000"),
        (json.dumps(PAYLOADS[0]).encode() + b"\n\xc3\x28\n" + json.dumps(PAYLOADS[1]).encode(), 2, "invalid UTF-8"),
        (json.dumps(PAYLOADS[0]) + "\n" + json.dumps(_payload("w3", 10**15, "x")) + "\n" + json.dumps(PAYLOADS[1]), 2, "timestamp"),
    ],
)  # fmt: skip
def test_bad_webhook_payload_is_rejected_with_its_line(
    engine: Engine, tmp_path: Path, content: str | bytes, line_no: int, reason: str
) -> None:
    report = ingest(engine, [write(tmp_path, "hooks.json", content)])
    assert counts(report) == (1, 0, 0, 1)
    assert report.rejections[0].line == line_no
    assert reason in report.rejections[0].reason
    assert [t for _, t, _ in conversations(engine)[JAVI_DAY1]["messages"]] == ["uno", "dos"]


def test_webhook_array_reports_the_line_of_the_bad_payload(engine: Engine, tmp_path: Path) -> None:
    content = json.dumps([PAYLOADS[0], {"object": "x"}, PAYLOADS[1]], indent=1)
    report = ingest(engine, [write(tmp_path, "hooks.json", content)])
    assert counts(report) == (1, 0, 0, 1)
    expected = content.splitlines().index(" {", 2) + 1  # the second element's opening brace
    assert report.rejections[0].line == expected


# --- WhatsApp chat exports -----------------------------------------------------------------


def test_android_export_with_multiline_and_system_lines(engine: Engine) -> None:
    report = ingest(engine, [JAVI_EXPORT])
    assert counts(report) == (1, 0, 0, 0)
    [conv] = conversations(engine).values()
    assert conv["source"] == "whatsapp"
    assert conv["external_id"].startswith("wa-chat-")
    assert (conv["contact_name"], conv["agent"]) == ("Javi", "Sales Assistant")
    assert conv["messages"] == [
        ("customer", "Hola, quería un presupuesto\npara 12 personas.\nGracias", datetime(2026, 11, 20, 9, 14, tzinfo=UTC)),
        ("agent", "¡Claro! ¿Para qué fecha?", datetime(2026, 11, 20, 9, 15, tzinfo=UTC)),
        ("customer", "Para el 15 de diciembre", datetime(2026, 11, 20, 9, 17, tzinfo=UTC)),
        ("agent", "Perfecto, te lo envío hoy", datetime(2026, 11, 20, 9, 19, tzinfo=UTC)),
    ]  # fmt: skip


def test_ios_export_in_its_folder_with_am_pm_and_crlf(engine: Engine) -> None:
    report = ingest(engine, [ANA_EXPORT])
    assert counts(report) == (1, 0, 0, 0)
    [conv] = conversations(engine).values()
    assert (conv["contact_name"], conv["agent"]) == ("Ana", "Tom (Sales)")
    assert conv["messages"] == [
        ("customer", "Olá! Do you deliver to Lisbon?", datetime(2026, 11, 20, 9, 14, 5, tzinfo=UTC)),
        ("agent", "Yes, within 3 days.\nWe can also install it.", datetime(2026, 11, 20, 9, 15, tzinfo=UTC)),
        ("customer", "Great, send me a quote please", datetime(2026, 11, 20, 13, 3, 30, tzinfo=UTC)),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header_a", "header_b", "when_a", "when_b"),
    [
        ("[03/12/26, 14:05:09] ", "[04/12/26, 08:00:00] ", (2026, 12, 3, 14, 5, 9), (2026, 12, 4, 8, 0, 0)),
        ("03/12/26, 14:05 - ", "04/12/26, 08:00 - ", (2026, 12, 3, 14, 5, 0), (2026, 12, 4, 8, 0, 0)),
        ("03/12/2026, 2:05 pm - ", "25/12/2026, 8:00 am - ", (2026, 12, 3, 14, 5, 0), (2026, 12, 25, 8, 0, 0)),
        ("12/3/26, 2:05\u202fPM - ", "12/25/26, 12:00\u202fAM - ", (2026, 12, 3, 14, 5, 0), (2026, 12, 25, 0, 0, 0)),
        ("[12/3/26, 2:05:00 PM] ", "[12/25/26, 12:30:00 PM] ", (2026, 12, 3, 14, 5, 0), (2026, 12, 25, 12, 30, 0)),
        ("3.12.26, 14:05 - ", "4.12.26, 08:00 - ", (2026, 12, 3, 14, 5, 0), (2026, 12, 4, 8, 0, 0)),
        ("03/12/2026, 2:05 p. m. - ", "04/12/2026, 8:00 a. m. - ", (2026, 12, 3, 14, 5, 0), (2026, 12, 4, 8, 0, 0)),
        ("2026-12-03, 14:05 - ", "2026-12-04, 08:00 - ", (2026, 12, 3, 14, 5, 0), (2026, 12, 4, 8, 0, 0)),
    ],
)  # fmt: skip
def test_export_date_and_time_forms(
    engine: Engine, tmp_path: Path, header_a: str, header_b: str, when_a: tuple, when_b: tuple
) -> None:
    text = f"{header_a}Luis: Hola\n{header_b}Ventas: Buenos días\n"
    report = ingest(engine, [write(tmp_path, "Chat de WhatsApp con Luis.txt", text)])
    assert counts(report) == (1, 0, 0, 0)
    [conv] = conversations(engine).values()
    assert conv["messages"] == [
        ("customer", "Hola", datetime(*when_a, tzinfo=UTC)),
        ("agent", "Buenos días", datetime(*when_b, tzinfo=UTC)),
    ]


SYSTEM_LINES = [
    "20/11/26, 09:00 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.",
    "20/11/26, 09:00 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.",
    "20/11/26, 09:00 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.",
    '20/11/26, 09:00 - Ventas created group "Pedidos"',
    "20/11/26, 09:00 - Luis joined using this group's invite link",
    "20/11/26, 09:00 - Luis se unió usando el enlace de invitación de este grupo",
    "20/11/26, 09:00 - Luis: <Multimedia omitido>",
    "20/11/26, 09:00 - Luis: <Mídia oculta>",
    "20/11/26, 09:00 - Luis: Se eliminó este mensaje.",
    "20/11/26, 09:00 - Luis: null",
    "[20/11/26, 09:00:00] Luis: \u200e<attached: 00000012-PHOTO-2026-11-20-09-00-00.jpg>",
    "[20/11/26, 09:00:00] Luis: \u200eaudio omitted",
    "20/11/26, 09:00 - Ventas: Missed voice call",
    "20/11/26, 09:00 - Luis: IMG-20261120-WA0001.jpg (file attached)",
    "20/11/26, 09:00 - Luis: <View once voice message omitted>",
    "20/11/26, 09:00 - Luis: Waiting for this message. This may take a while.",
]


@pytest.mark.parametrize("system", SYSTEM_LINES)
def test_export_skips_system_lines(engine: Engine, tmp_path: Path, system: str) -> None:
    text = f"{system}\n20/11/26, 09:01 - Luis: Hola\n20/11/26, 09:02 - Ventas: Dime\n"
    report = ingest(engine, [write(tmp_path, "WhatsApp Chat with Luis.txt", text)])
    assert counts(report) == (1, 0, 0, 0)
    [conv] = conversations(engine).values()
    assert [(r, t) for r, t, _ in conv["messages"]] == [("customer", "Hola"), ("agent", "Dime")]


CHAT = (
    "20/11/26, 09:01 - Luis: Hola\n20/11/26, 09:02 - Marta: Dime\n20/11/26, 09:03 - Luis: Precio?\n"
)


@pytest.mark.parametrize(
    ("file_name", "agent", "roles", "conv_agent"),
    [
        ("WhatsApp Chat with Luis.txt", None, ["customer", "agent", "customer"], "Marta"),
        ("WhatsApp Chat with Marta.txt", None, ["agent", "customer", "agent"], "Luis"),
        ("Chat de WhatsApp con Luis (2).txt", None, ["customer", "agent", "customer"], "Marta"),
        ("Conversa do WhatsApp com Luis.txt", None, ["customer", "agent", "customer"], "Marta"),
        ("WhatsApp-Chat mit Luis.txt", None, ["customer", "agent", "customer"], "Marta"),
        ("export.txt", "Marta", ["customer", "agent", "customer"], "Marta"),
        ("export.txt", "luis", ["agent", "customer", "agent"], "luis"),
        # --agent wins over the file name.
        ("WhatsApp Chat with Luis.txt", "Luis", ["agent", "customer", "agent"], "Luis"),
    ],
)
def test_export_agent_side(
    engine: Engine,
    tmp_path: Path,
    file_name: str,
    agent: str | None,
    roles: list[str],
    conv_agent: str,
) -> None:
    report = ingest(engine, [write(tmp_path, file_name, CHAT)], agent=agent)
    assert counts(report) == (1, 0, 0, 0)
    [conv] = conversations(engine).values()
    assert [r for r, _, _ in conv["messages"]] == roles
    assert conv["agent"] == conv_agent


def test_export_phone_number_name_becomes_the_contact_phone(engine: Engine, tmp_path: Path) -> None:
    chat = "20/11/26, 09:01 - +34 612 34 56 78: Hola\n20/11/26, 09:02 - Ventas: Dime\n"
    report = ingest(engine, [write(tmp_path, "WhatsApp Chat with +34 612 34 56 78.txt", chat)])
    assert counts(report) == (1, 0, 0, 0)
    [conv] = conversations(engine).values()
    assert conv["contact_phone"] == "+34612345678"
    assert [r for r, _, _ in conv["messages"]] == ["customer", "agent"]


@pytest.mark.parametrize(
    ("file_name", "content", "reason"),
    [
        ("chat.txt", CHAT, "cannot tell which sender is the agent"),
        ("WhatsApp Chat with Pedro.txt", CHAT, "sent no message"),
        ("WhatsApp Chat with Luis.txt", "20/11/26, 09:00 - Messages and calls are end-to-end encrypted.\n", "no chat messages"),
    ],
)  # fmt: skip
def test_export_that_cannot_be_imported_is_rejected(
    engine: Engine, tmp_path: Path, file_name: str, content: str, reason: str
) -> None:
    report = ingest(engine, [write(tmp_path, file_name, content)])
    assert counts(report) == (0, 0, 0, 1)
    assert reason in report.rejections[0].reason
    assert report.rejections[0].line == 1
    assert conversations(engine) == {}


def test_export_bad_lines_are_rejected_and_the_rest_imports(engine: Engine, tmp_path: Path) -> None:
    content = (
        CHAT.encode()
        + b"20/11/26, 09:04 - Luis: caf\xe9\n"
        + f"20/11/26, 09:05 - Luis: {'x' * 100_001}\n".encode()
        + b"31/02/26, 09:06 - Luis: Fecha imposible\n"
    )
    report = ingest(engine, [write(tmp_path, "WhatsApp Chat with Luis.txt", content)])
    assert counts(report) == (1, 0, 0, 3)
    assert [(r.line, r.reason.split(" (")[0]) for r in report.rejections] == [
        (4, "invalid UTF-8"),
        (5, "text longer than 100,000 characters"),
        (6, "invalid date or time"),
    ]
    [conv] = conversations(engine).values()
    assert conv["message_count"] == 3


def test_longer_re_export_updates_the_same_conversation(engine: Engine, tmp_path: Path) -> None:
    first = ingest(engine, [JAVI_EXPORT])
    assert counts(first) == (1, 0, 0, 0)
    [before] = conversations(engine).values()
    longer = tmp_path / "again" / "WhatsApp Chat with Javi.txt"
    longer.parent.mkdir()
    shutil.copy(JAVI_EXPORT, longer)
    with longer.open("a", encoding="utf-8") as fh:
        fh.write("21/11/26, 10:00 - Javi: ¿Me lo mandas por correo?\n")
    # Same chat, exported again with the agent named instead of the file name.
    moved = tmp_path / "export.txt"
    shutil.copy(longer, moved)
    assert counts(ingest(engine, [longer])) == (0, 1, 0, 0)
    assert counts(ingest(engine, [moved], agent="Sales Assistant")) == (0, 0, 1, 0)
    shorter = ingest(engine, [JAVI_EXPORT])  # the shorter one again: nothing is lost
    assert counts(shorter) == (0, 0, 1, 0)
    assert shorter.missing_kept == 1
    assert "1 messages missing from the new copy, kept" in shorter.summary()
    [after] = conversations(engine).values()
    assert len(after["messages"]) == len(before["messages"]) + 1
    assert after["id"] == before["id"]
    assert after["external_id"] == before["external_id"]


# --- Format detection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fmt", "name"),
    [
        (FIXTURES / "conversations.jsonl", "jsonl", "a.data"),
        (FIXTURES / "webhook_payload.json", "webhook", "a.txt"),
        (FIXTURES / "webhook_later.jsonl", "webhook", "a.jsonl"),
        (JAVI_EXPORT, "whatsapp", "WhatsApp Chat with Javi.data"),
        (ANA_EXPORT, "whatsapp", "WhatsApp Chat with Ana.json"),
    ],
)
def test_format_is_detected_from_content_not_the_extension(
    engine: Engine, tmp_path: Path, path: Path, fmt: str, name: str
) -> None:
    disguised = tmp_path / name  # an extension that says nothing, or something misleading
    shutil.copy(path, disguised)
    with disguised.open("rb") as fh:
        assert ingest_module.detect_format(fh.read(65536), disguised.name) == fmt
    report = ingest(engine, [disguised])
    assert report.imported >= 1 and report.rejected == 0


@pytest.mark.parametrize(
    ("head", "name", "fmt"),
    [
        (b"\xef\xbb\xbf" + line().encode(), "x", "jsonl"),
        (b"not json\n" + line().encode(), "x.jsonl", "jsonl"),
        (b"not json\n" + line().encode(), "x", "jsonl"),
        (b"[\n {\"object\": \"whatsapp_business_account\",", "x", "webhook"),
        (b"{\n  \"object\": \"whatsapp_business_account\",\n  \"entry\": []}", "x", "webhook"),
        (b"Some notes\n[1/2/26, 10:00:00] A: b\n", "x", "whatsapp"),
        (b"random words", "x.txt", "whatsapp"),
        (b"random words", "x", None),
        (b"", "x", None),
    ],
)  # fmt: skip
def test_detect_format(head: bytes, name: str, fmt: str | None) -> None:
    assert ingest_module.detect_format(head, name) == fmt


class Trickle(io.RawIOBase):
    """Deliver a few bytes per read, as a pipe from a slow writer does."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        n = min(7, len(buffer), len(self.data))
        buffer[:n], self.data = self.data[:n], self.data[n:]
        return n


def test_format_is_detected_on_a_stream_that_trickles_in(engine: Engine) -> None:
    data = (FIXTURES / "webhook_later.jsonl").read_bytes()
    report = ingest(engine, [Trickle(data)])  # type: ignore[list-item]
    assert counts(report) == (2, 0, 0, 0)


def test_format_option_overrides_detection(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", line("c-1"))
    assert counts(ingest(engine, [path], format="jsonl")) == (1, 0, 0, 0)
    with pytest.raises(ValueError, match="unknown format"):
        ingest(engine, [path], format="csv")


def test_unknown_format_fails_the_file(engine: Engine, tmp_path: Path) -> None:
    report = ingest(engine, [write(tmp_path, "notes", "random words\n")])
    assert "--format" in report.failed_files[0]

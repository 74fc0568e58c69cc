"""Drive the live capture routes over real HTTP (uvicorn on loopback), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, select

from jobs.ingest.receivers import CaptureConfig
from leads.cli import main
from leads.web import build_web_app
from storage.models import Conversation, Message
from tests.web.helpers import (
    BUSINESS,
    CW_TOKEN,
    WA_VERIFY,
    chat_headers,
    chatwoot_message,
    env,
    request,
    wa_headers,
    wa_message,
    wa_payload,
)
from tests.web.server import ServerThread

T0 = 1_796_000_000  # 2026-11-29, Unix seconds


@pytest.fixture
def server(engine: Engine) -> Iterator[ServerThread]:
    """Serve the web app with every capture secret set."""
    srv = ServerThread(build_web_app(engine, CaptureConfig.from_env(env())))
    try:
        yield srv
    finally:
        srv.shutdown()


def stored(engine: Engine) -> dict[str, list[tuple[str, str, str | None]]]:
    """Return external id -> [(role, text, message id)] in stored order."""
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    c, m = Conversation.__table__.c, Message.__table__.c  # type: ignore[attr-defined]
    with engine.connect() as conn:
        rows = conn.execute(
            select(c.external_id, m.role, m.text, m.external_id)
            .join(Message.__table__, m.conversation_id == c.id)  # type: ignore[attr-defined]
            .order_by(c.external_id, m.position)
        )
        for ext, role, text, msg_id in rows:
            out.setdefault(ext, []).append((role, text, msg_id))
    return out


def post_wa(server: ServerThread, messages: list[dict[str, Any]], **kw: Any) -> tuple[int, str]:
    body = wa_payload(messages, **kw)
    return request(server.base, "POST", "/webhooks/whatsapp", body, wa_headers(body))


def test_the_verification_handshake_answers_the_challenge_only_to_the_right_token(
    server: ServerThread,
) -> None:
    ok = f"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token={WA_VERIFY}&hub.challenge=1158201444"
    assert request(server.base, "GET", ok) == (200, "1158201444")
    wrong = ok.replace(WA_VERIFY, "guess")
    assert request(server.base, "GET", wrong)[0] == 403
    assert request(server.base, "GET", ok.replace("subscribe", "unsubscribe"))[0] == 403


def test_every_whatsapp_message_type_is_kept_in_time_order(
    server: ServerThread, engine: Engine
) -> None:
    s = "34612345678"
    messages = [
        wa_message("wamid.1", s, T0, body="Hola, quiero un presupuesto"),
        wa_message("wamid.2", s, T0 + 1, "image", caption="the room", mime_type="image/jpeg"),
        wa_message("wamid.3", s, T0 + 2, "image", mime_type="image/jpeg"),
        wa_message("wamid.4", s, T0 + 3, "audio", mime_type="audio/ogg"),
        wa_message("wamid.5", s, T0 + 4, "document", caption="plan.pdf"),
        wa_message("wamid.6", s, T0 + 5, "location", name="Oficina", address="Gran Via 1"),
        wa_message("wamid.7", s, T0 + 6, "button", text="Yes please", payload="YES"),
        wa_message(
            "wamid.8",
            s,
            T0 + 7,
            "interactive",
            type="button_reply",
            button_reply={"id": "b1", "title": "Call me"},
        ),
        wa_message("wamid.9", s, T0 + 8, "reaction", message_id="wamid.1", emoji="👍"),
        wa_message("wamid.10", s, T0 + 9, "sticker", mime_type="image/webp"),
    ]
    assert post_wa(server, messages) == (200, "ok")
    [(ext, msgs)] = stored(engine).items()
    assert ext == f"wa-{BUSINESS}-{s}-{T0}"
    assert [t for _, t, _ in msgs] == [
        "Hola, quiero un presupuesto",
        "[image: the room]",
        "[image]",
        "[audio]",
        "[document: plan.pdf]",
        "[location: Oficina, Gran Via 1]",
        "Yes please",
        "Call me",
        "[reaction: 👍]",
        "[sticker]",
    ]
    assert {role for role, _, _ in msgs} == {"customer"}
    assert [i for _, _, i in msgs] == [f"wamid.{n}" for n in range(1, 11)]


def test_a_redelivered_message_is_stored_once_and_counted_as_duplicate(
    server: ServerThread, engine: Engine
) -> None:
    msg = [wa_message("wamid.dup", "34600000001", T0, body="Do you ship to Lisbon?")]
    for _ in range(3):
        assert post_wa(server, msg)[0] == 200
    assert [len(v) for v in stored(engine).values()] == [1]
    _, metrics = request(server.base, "GET", "/metrics")
    assert 'leads_webhooks_duplicated_total{source="whatsapp"} 2' in metrics
    assert 'leads_webhooks_received_total{source="whatsapp"} 3' in metrics


def test_out_of_order_messages_are_ordered_by_their_own_time(
    server: ServerThread, engine: Engine
) -> None:
    s = "34600000002"
    assert post_wa(server, [wa_message("wamid.b", s, T0 + 60, body="second")])[0] == 200
    assert post_wa(server, [wa_message("wamid.a", s, T0, body="first")])[0] == 200
    assert post_wa(server, [wa_message("wamid.c", s, T0 + 120, body="third")])[0] == 200
    [msgs] = stored(engine).values()
    assert [t for _, t, _ in msgs] == ["first", "second", "third"]


def test_idle_silence_starts_a_new_conversation(server: ServerThread, engine: Engine) -> None:
    s = "34600000003"
    for n, offset in enumerate((0, 3_600, 3_600 + 25 * 3_600)):
        assert post_wa(server, [wa_message(f"wamid.i{n}", s, T0 + offset, body=f"m{n}")])[0] == 200
    convs = stored(engine)
    assert sorted(convs) == [f"wa-{BUSINESS}-{s}-{T0}", f"wa-{BUSINESS}-{s}-{T0 + 93_600}"]
    assert [t for _, t, _ in convs[f"wa-{BUSINESS}-{s}-{T0}"]] == ["m0", "m1"]


@pytest.mark.parametrize(
    ("body", "headers_for", "status", "reason"),
    [
        (wa_payload([wa_message("wamid.x", "1", T0)]), "bad", 401, "X-Hub-Signature-256"),
        (wa_payload([wa_message("wamid.x", "1", T0)]), "none", 401, "X-Hub-Signature-256"),
        (b'{"entry": [', "good", 400, "not valid JSON"),
        (b'{"object": "whatsapp_business_account"}', "good", 400, "missing field entry"),
        (b"\xff\xfe", "good", 400, "JSON"),
    ],
)
def test_bad_deliveries_are_refused_and_leave_no_trace(
    server: ServerThread, engine: Engine, body: bytes, headers_for: str, status: int, reason: str
) -> None:
    headers = {"good": wa_headers(body), "bad": wa_headers(body, "other"), "none": {}}[headers_for]
    got, text = request(server.base, "POST", "/webhooks/whatsapp", body, headers)
    assert got == status
    assert reason in text
    assert stored(engine) == {}


def test_an_empty_messages_list_and_statuses_are_acknowledged_and_store_nothing(
    server: ServerThread, engine: Engine
) -> None:
    assert post_wa(server, []) == (200, "ok")
    statuses = {
        "object": "whatsapp_business_account",
        "entry": [{"changes": [{"field": "messages", "value": {
            "metadata": {"display_phone_number": BUSINESS},
            "statuses": [{"id": "wamid.1", "status": "delivered", "timestamp": str(T0)}],
        }}]}],
    }  # fmt: skip
    body = json.dumps(statuses).encode()
    assert request(server.base, "POST", "/webhooks/whatsapp", body, wa_headers(body))[0] == 200
    assert stored(engine) == {}


def test_a_body_over_one_megabyte_gets_413(server: ServerThread, engine: Engine) -> None:
    big = wa_payload([wa_message("wamid.big", "1", T0, body="x" * 2_000_000)])
    assert request(server.base, "POST", "/webhooks/whatsapp", big, wa_headers(big))[0] == 413
    assert stored(engine) == {}


def test_chatwoot_keeps_incoming_and_outgoing_and_ignores_private_notes(
    server: ServerThread, engine: Engine
) -> None:
    path = f"/webhooks/chatwoot/{CW_TOKEN}"
    events = [
        chatwoot_message(11, 42, "Hi, do you do office fit-outs?"),
        chatwoot_message(
            12, 42, "Yes! What size?", "outgoing", created_at="2026-12-01 10:01:00 UTC"
        ),
        chatwoot_message(
            13,
            42,
            "VIP, call her back",
            "outgoing",
            private=True,
            created_at="2026-12-01 10:02:00 UTC",
        ),
    ]
    for body in events:
        assert (
            request(server.base, "POST", path, body, {"Content-Type": "application/json"})[0] == 200
        )
    assert request(server.base, "POST", "/webhooks/chatwoot/wrong", events[0])[0] == 404
    assert stored(engine) == {
        "cw-1-42": [
            ("customer", "Hi, do you do office fit-outs?", "11"),
            ("agent", "Yes! What size?", "12"),
        ]
    }
    with engine.connect() as conn:
        row = conn.execute(select(Conversation.__table__)).one()  # type: ignore[attr-defined]
    assert (row.source, row.contact_name, row.contact_phone, row.agent) == (
        "widget", "Ana Lopez", "+34600111222", "Sales Assistant"
    )  # fmt: skip
    # the pre-chat form's address is kept, for extraction to read as the customer's
    assert row.contact_email == "ana@lopez-design.example"


def test_the_generic_route_takes_a_signed_conversation_and_refuses_a_stale_one(
    server: ServerThread, engine: Engine
) -> None:
    conv = {
        "id": "site-77", "source": "widget", "agent": "Web Bot",
        "contact": {"name": "Lena Ortiz"},
        "messages": [
            {"role": "customer", "text": "Need 12 desks, email lena@ortiz.example",
             "at": "2026-12-01T09:00:00Z"},
            {"role": "agent", "text": "Noted!", "at": "2026-12-01T09:01:00Z"},
        ],
    }  # fmt: skip
    body = json.dumps(conv).encode()
    assert request(server.base, "POST", "/webhooks/chat", body, chat_headers(body))[0] == 200
    stale = chat_headers(body, ts=1_700_000_000)
    assert request(server.base, "POST", "/webhooks/chat", body, stale)[0] == 401
    forged = chat_headers(body, secret="nope")
    assert request(server.base, "POST", "/webhooks/chat", body, forged)[0] == 401
    bad = b'{"id": "x", "source": "fax", "messages": []}'
    status, reason = request(server.base, "POST", "/webhooks/chat", bad, chat_headers(bad))
    assert (status, "unknown source" in reason) == (400, True)
    assert list(stored(engine)) == ["site-77"]


def test_routes_without_their_secret_answer_404(engine: Engine) -> None:
    srv = ServerThread(build_web_app(engine, CaptureConfig()))
    try:
        body = wa_payload([wa_message("wamid.1", "1", T0)])
        assert request(srv.base, "POST", "/webhooks/whatsapp", body, wa_headers(body))[0] == 404
        assert request(srv.base, "GET", "/webhooks/whatsapp?hub.mode=subscribe")[0] == 404
        assert request(srv.base, "POST", "/webhooks/chatwoot/x", b"{}")[0] == 404
        assert request(srv.base, "POST", "/webhooks/chat", b"{}")[0] == 404
    finally:
        srv.shutdown()
    assert len(CaptureConfig().disabled()) == 4


def test_ready_and_metrics_answer(engine: Engine) -> None:
    problems = iter(["model still loading", None])
    srv = ServerThread(build_web_app(engine, CaptureConfig(), model_check=lambda: next(problems)))
    try:
        assert request(srv.base, "GET", "/health") == (200, "ok")
        assert request(srv.base, "GET", "/ready") == (503, "model still loading")
        assert request(srv.base, "GET", "/ready") == (200, "ready")
        status, text = request(srv.base, "GET", "/metrics")
        assert status == 200
        for name in ("leads_conversations_due", "leads_processing_lag_seconds",
                     "leads_alerts_delivered_total", "leads_alerts_failed_total",
                     'leads_webhooks_rejected_total{source="chatwoot"} 0'):  # fmt: skip
            assert name in text
    finally:
        srv.shutdown()


def test_captured_conversations_are_processed_and_exported_once(
    server: ServerThread, engine: Engine, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    s = "34699887766"
    texts = ["Hola, soy Marta de Reformas Sur", "Necesito presupuesto para 40 sillas",
             "Mi correo es marta@reformas-sur.example"]  # fmt: skip
    for n in (2, 0, 1, 0):  # out of order, and one redelivered
        msg = wa_message(f"wamid.p{n}", s, T0 + 60 * n, body=texts[n])
        assert post_wa(server, [msg], sender=s, name="Marta")[0] == 200
    body = chatwoot_message(21, 99, "Hi, I'd like a quote for 3 offices")
    path = f"/webhooks/chatwoot/{CW_TOKEN}"
    assert request(server.base, "POST", path, body, {"Content-Type": "application/json"})[0] == 200
    assert main(["--db", db_url, "process", "--no-deliver"]) == 0
    assert main(["--db", db_url, "export", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    convs = [cid for row in rows for cid in row["conversation_ids"]]
    assert len(convs) == len(set(convs)) == 2
    marta = next(r for r in rows if r["phone"] == f"+{s}")
    assert marta["email"] == "marta@reformas-sur.example"
    assert marta["source"] == "whatsapp"
    ana = next(r for r in rows if r["phone"] == "+34600111222")
    assert ana["source"] == "widget"
    [msgs] = [v for k, v in stored(engine).items() if k.startswith("wa-")]
    assert [t for _, t, _ in msgs] == texts
    # A redelivery after processing changes nothing: the conversation stays processed.
    assert post_wa(server, [wa_message("wamid.p1", s, T0 + 60, body=texts[1])])[0] == 200
    with engine.connect() as conn:
        states = conn.execute(select(Conversation.__table__.c.state)).scalars().all()  # type: ignore[attr-defined]
    assert set(states) == {"done"}


def test_chatwoot_signature_is_checked_when_its_secret_is_set(engine: Engine) -> None:
    import hashlib
    import hmac
    import time

    config = CaptureConfig(chatwoot_token=CW_TOKEN, chatwoot_secret="cw-hmac")
    srv = ServerThread(build_web_app(engine, config))
    body = chatwoot_message(31, 5, "Hello there")
    path = f"/webhooks/chatwoot/{CW_TOKEN}"

    def signed(stamp: int, secret: str = "cw-hmac") -> dict[str, str]:
        mac = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256)
        return {
            "X-Chatwoot-Timestamp": str(stamp),
            "X-Chatwoot-Signature": f"sha256={mac.hexdigest()}",
        }

    now = int(time.time())
    try:
        assert request(srv.base, "POST", path, body)[0] == 401
        assert request(srv.base, "POST", path, body, signed(now, "wrong"))[0] == 401
        assert request(srv.base, "POST", path, body, signed(now - 3_600))[0] == 401
        assert stored(engine) == {}
        assert request(srv.base, "POST", path, body, signed(now))[0] == 200
    finally:
        srv.shutdown()
    assert list(stored(engine)) == ["cw-1-5"]

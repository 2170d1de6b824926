"""The API under hostile requests (issue #15, D2, D5, D6, D10-D12): clear 4xx answers, the token
checked before the body is read, reading outside the server process within a budget."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from sourcetrace.api import create_app
from sourcetrace.api.limits import MAX_BODY_BYTES
from sourcetrace.api.worker import Budget, shared_pool
from sourcetrace.ingest import SourceDoc
from sourcetrace.store import ingest_source, open_store

TOKEN = "ingest-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "– Vi har mistet mange menn, sier Ola Nordmann til NRK. Han la til at 30 soldater ble drept."


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "robust.db")


@pytest.fixture()
def client(db: str) -> TestClient:
    return TestClient(create_app(db, token=TOKEN))


@contextlib.contextmanager
def serving(app) -> Iterator[int]:
    """The app on a loopback port in a thread, as ``sourcetrace serve`` runs it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _response_head(sock: socket.socket) -> str:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode("latin-1")


def test_offset_past_sql_integers_is_422_and_the_connection_stays_usable(client):
    for path in ("/api/documents", "/api/quotes", "/api/speakers", "/api/figures", "/api/attributions"):
        answer = client.get(path, params={"offset": 2**63})
        assert answer.status_code == 422, path
    assert client.get("/api/documents", params={"offset": 10**9}).json()["items"] == []


def test_422_never_echoes_the_input(client):
    secret = "ECHO-ME-" * 5000
    answer = client.post("/api/documents", headers=AUTH, json={"text": 5, "bogus": secret})
    assert answer.status_code == 422
    assert "ECHO-ME" not in answer.text and len(answer.text) < 2000
    fields = {tuple(e["loc"]) for e in answer.json()["detail"]}
    assert ("body", "text") in fields and ("body", "bogus") in fields
    answer = client.get("/api/search", params={"q": secret})
    assert answer.status_code == 422 and "ECHO-ME" not in answer.text


def test_lone_surrogate_in_posted_text_is_422_not_500(client):
    for field in ("text", "title", "html"):
        body = b'{"text": "Kyiv sier Ola.", "%s": "Kyiv \\ud800 sier Ola."}' % field.encode()
        if field == "html":
            body = body.replace(b'"text": "Kyiv sier Ola.", ', b"")
        answer = client.post("/api/documents", headers={**AUTH, "Content-Type": "application/json"}, content=body)
        assert answer.status_code == 422, (field, answer.text)
        detail = answer.json()["detail"]
        if isinstance(detail, str):  # refused by our reading of the record
            assert f"lone surrogate, which is not text ('{field}'" in detail
        else:  # refused by the request model
            assert ["body", field] in [e["loc"] for e in detail]


def test_token_is_checked_before_the_body_is_read(db):
    with serving(create_app(db, token=TOKEN)) as port, socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(
            b"POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 200000000\r\n\r\n" + b"{" * 1000
        )
        head = _response_head(sock)  # arrives with 199,998,999 bytes never sent
    assert head.startswith("HTTP/1.1 401")


def test_body_over_the_limit_is_413_while_streaming(db):
    with serving(create_app(db, token=TOKEN)) as port:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(
                b"POST /api/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN.encode()
                + b"\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {MAX_BODY_BYTES + 1}\r\n\r\n".encode()
            )
            assert _response_head(sock).startswith("HTTP/1.1 413")
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(
                b"POST /api/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN.encode()
                + b"\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            )
            chunk = b"x" * 1_000_000
            with contextlib.suppress(OSError):  # the server may close once it has answered
                for _ in range(MAX_BODY_BYTES // len(chunk) + 2):
                    sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            assert _response_head(sock).startswith("HTTP/1.1 413")


def test_documents_show_file_names_not_server_paths(db):
    store = open_store(db)
    ingest_source(store, SourceDoc(text=TEXT, origin="/srv/secret/corpus/nrk.jsonl:7"), lang="nb", model="blank")
    store.close()
    client = TestClient(create_app(db))
    listed = client.get("/api/documents").json()["items"][0]
    assert listed["origin"] == "nrk.jsonl:7"
    reading = client.get(f"/api/documents/{listed['id']}").json()
    assert reading["document"]["origin"] == "nrk.jsonl:7"
    assert "/srv/secret" not in client.get(f"/api/documents/{listed['id']}").text


def test_document_over_the_time_budget_is_422_and_health_answers_meanwhile(db):
    app = create_app(db, token=TOKEN, budget=Budget(seconds=5, memory_mb=4096, workers=1, per_char=0))
    client = TestClient(app)
    assert client.post("/api/documents", headers=AUTH, json={"text": TEXT, "language": "nb"}).status_code == 201
    slow = " ".join(f"{TEXT} Avsnitt {n}." for n in range(4000))  # far over 5 s to read
    result: dict[str, object] = {}

    def post() -> None:
        answer = client.post("/api/documents", headers=AUTH, json={"text": slow, "language": "nb"})
        result["status"], result["detail"] = answer.status_code, answer.json()["detail"]

    poster = threading.Thread(target=post)
    poster.start()
    answered_meanwhile = 0
    while poster.is_alive():
        assert client.get("/api/health").json()["status"] == "ok"
        answered_meanwhile += 1
    poster.join()
    assert result["status"] == 422 and "time budget (5 s)" in str(result["detail"])
    assert answered_meanwhile >= 10
    # the killed worker was replaced: the next document is read
    again = client.post("/api/documents", headers=AUTH, json={"text": TEXT + " Igjen.", "language": "nb"})
    assert again.status_code == 201, again.text


def test_document_over_the_memory_budget_is_413(db):
    # the loaded pipelines take about 410 MB of address space, a short reading 425 MB, reading
    # 546,000 characters about 650 MB (the small Norwegian pipeline, measured 2026-12-05); at
    # 560 MB the worker died outside Python instead of raising MemoryError, hence the margin
    client = TestClient(create_app(db, token=TOKEN, budget=Budget(seconds=300, memory_mb=600, workers=1)))
    answer = client.post("/api/documents", headers=AUTH, json={"text": TEXT * 6000, "language": "nb"})
    assert answer.status_code == 413, answer.text
    assert "memory budget (600 MB)" in json.loads(answer.text)["detail"]
    small = client.post("/api/documents", headers=AUTH, json={"text": TEXT, "language": "nb"})
    assert small.status_code == 201, small.text


def test_reader_processes_run_below_the_servers_cpu_priority(db):
    # a long reading must take the CPU the server leaves idle, not slow down every read request
    budget = Budget(seconds=60, memory_mb=4096, workers=1, niceness=7)
    client = TestClient(create_app(db, token=TOKEN, budget=budget))
    assert client.post("/api/documents", headers=AUTH, json={"text": TEXT, "language": "nb"}).status_code == 201
    reader_niceness = shared_pool(budget)._get().schedule(os.nice, args=(0,)).result(timeout=60)
    assert reader_niceness == min(19, os.nice(0) + 7)

"""Every answer of the real app carries the server's own time in ``Server-Timing``."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from corpus_samples import corpus
from sourcetrace.api import create_app
from sourcetrace.store import open_store

TIMING = re.compile(r"^app;dur=(\d+\.\d)$")


def test_each_answer_says_how_long_the_server_took(tmp_path):
    store = open_store(str(tmp_path / "timed.db"))
    for reading in corpus():
        store.save(reading)
    client = TestClient(create_app(store=store, token="secret"))
    answers = [
        client.get("/api/documents"),
        client.get("/api/speakers"),
        client.get("/api/documents/nothing-here"),  # 404
        client.get("/api/documents?offset=-1"),  # 422
        client.post("/api/documents", json={"text": "x"}),  # 401, refused before the body
    ]
    assert [answer.status_code for answer in answers] == [200, 200, 404, 422, 401]
    for answer in answers:
        match = TIMING.match(answer.headers.get("server-timing", ""))
        assert match, answer.headers
        assert 0 <= float(match.group(1)) < 60_000
    store.close()

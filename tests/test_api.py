"""The REST API on a real SQLite file: contract shapes, filters, auth, errors as JSON."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from corpus_samples import corpus
from sourcetrace.api import create_app
from sourcetrace.model import Reading
from sourcetrace.store import content_id, open_store

TOKEN = "ingest-secret"
READ = "read-secret"


@pytest.fixture()
def db(tmp_path) -> str:
    path = str(tmp_path / "api.db")
    store = open_store(path)
    for reading in corpus():
        store.save(reading)
    store.close()
    return path


@pytest.fixture()
def client(db) -> TestClient:
    return TestClient(create_app(db, token=TOKEN))


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_documents_list_has_the_agreed_shape_and_filters(client):
    body = client.get("/api/documents").json()
    assert set(body) == {"items", "total", "limit", "offset"}
    assert body["total"] == 3 and body["limit"] == 50 and body["offset"] == 0
    item = body["items"][0]
    assert set(item) == {
        "id",
        "title",
        "source",
        "language",
        "published",
        "origin",
        "n_quotes",
        "n_attributions",
    }
    assert item["title"] == "Prisoner swap" and item["published"] == "2024-05-25"
    only = client.get(
        "/api/documents", params={"language": "nb", "speaker": "Alexander Gorin"}
    ).json()
    assert [d["title"] for d in only["items"]] == ["Blokkadeenheter"]
    dated = client.get(
        "/api/documents", params={"date_from": "2024-01-01", "date_to": "2024-12-31"}
    ).json()
    assert dated["total"] == 2
    assert client.get("/api/documents", params={"relation": "verified"}).json()["total"] == 1
    assert (
        client.get("/api/documents", params={"q": "luftvern"}).json()["items"][0]["title"]
        == "Droneåtak"
    )
    page = client.get("/api/documents", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and len(page["items"]) == 1 and page["offset"] == 1


def test_a_document_is_its_whole_reading(client):
    reading = corpus()[0]
    response = client.get(f"/api/documents/{reading.document.id}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == reading.model_dump(mode="json")
    Reading.model_validate(response.json())


def test_missing_document_is_a_json_404(client):
    for path in ("/api/documents/nope", "/api/documents/nope/provenance"):
        response = client.get(path)
        assert response.status_code == 404
        assert "nope" in response.json()["detail"]


def test_provenance_graph_types_its_nodes(client):
    reading = corpus()[0]
    graph = client.get(f"/api/documents/{reading.document.id}/provenance").json()
    kinds = {n["id"]: n["kind"] for n in graph["nodes"]}
    assert kinds["this document"] == "document"
    assert kinds["The Guardian"] == "outlet"
    assert kinds["video på Telegram"] == "medium"
    assert kinds["Alexander Gorin"] == "speaker"
    assert kinds["Videoen"] == "claim"
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    assert labels["this document"] == "Blokkadeenheter"
    assert {"source": "The Guardian", "target": "Videoen", "relation": "verified"} in graph["edges"]
    assert all(e["source"] in kinds and e["target"] in kinds for e in graph["edges"])


def test_speakers_and_their_quotes(client):
    speakers = client.get("/api/speakers").json()
    first = speakers["items"][0]
    assert first == {"name": "Mykola Tkatsjenko", "kind": "named", "n_quotes": 2, "n_documents": 1}
    quotes = client.get("/api/speakers/Mykola Tkatsjenko/quotes").json()
    assert quotes["total"] == 2
    assert set(quotes["items"][0]) == {"document_id", "document_title", "quote"}
    assert quotes["items"][0]["quote"]["speaker"]["name"] == "Mykola Tkatsjenko"
    assert client.get("/api/speakers", params={"q": "hrytsenko"}).json()["total"] == 1


def test_record_endpoints_filter(client):
    assert client.get("/api/quotes", params={"kind": "indirect"}).json()["total"] == 1
    doc_id = corpus()[1].document.id
    quotes = client.get("/api/quotes", params={"document_id": doc_id}).json()
    assert [q["quote"]["text"] for q in quotes["items"]] == ["Our people are home,"]
    attributions = client.get("/api/attributions", params={"relation": "could-not-verify"}).json()
    assert attributions["items"][0]["attribution"]["source"]["name"] == "The Example Times"
    assert client.get("/api/attributions", params={"source": "The Guardian"}).json()["total"] == 2
    figures = client.get("/api/figures", params={"claimant": "Mykola Tkatsjenko"}).json()
    assert figures["items"][0]["figure"]["counts"] == "killed"


def test_search_returns_plain_text_snippets(client):
    body = client.get("/api/search", params={"q": "enorme tap"}).json()
    assert body["total"] == 1
    hit = body["items"][0]
    assert set(hit) == {"document_id", "title", "snippet"}
    assert "enorme tap" in hit["snippet"] and "<" not in hit["snippet"]
    assert client.get("/api/search", params={"q": '"unbalanced ('}).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/api/search",
        "/api/search?q=",
        "/api/documents?limit=0",
        "/api/documents?limit=100000",
        "/api/documents?offset=-1",
        "/api/documents?date_from=yesterday",
        "/api/documents?relation=rumoured",
        "/api/quotes?kind=sarcastic",
    ],
)
def test_bad_parameters_are_422_json(client, url):
    response = client.get(url)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_ingest_needs_the_token(client, db):
    text = "Ukraine says 12 drones were shot down overnight, officials said on Sunday."
    assert client.post("/api/documents", json={"text": text}).status_code == 401
    assert (
        client.post("/api/documents", json={"text": text}, headers=auth("wrong")).status_code == 401
    )
    closed = TestClient(create_app(db))
    assert (
        closed.post("/api/documents", json={"text": text}, headers=auth(TOKEN)).status_code == 403
    )
    assert client.get("/api/documents").json()["total"] == 3


def test_ingest_stores_once_and_the_document_can_be_read(client):
    text = (
        "Kyiv was attacked by 40 drones overnight, the Ukrainian air force said on Sunday.\n\n"
        '"Most of them were shot down," a spokesman told reporters.'
    )
    body = {
        "text": text,
        "source": "Example Wire",
        "published": "2024-06-02",
        "title": "Drones over Kyiv",
    }
    first = client.post("/api/documents", json=body, headers=auth(TOKEN))
    assert first.status_code == 201
    assert first.json() == {"id": content_id(text), "created": True}
    again = client.post("/api/documents", json=body, headers=auth(TOKEN))
    assert again.status_code == 200 and again.json() == {"id": content_id(text), "created": False}
    reading = client.get(f"/api/documents/{content_id(text)}").json()
    assert reading["document"]["text"] == text
    assert reading["document"]["source"] == "Example Wire"
    assert reading["document"]["published"] == "2024-06-02"
    assert reading["document"]["language"] == "en"
    listed = client.get("/api/documents", params={"outlet": "Example Wire"}).json()
    assert listed["items"][0]["title"] == "Drones over Kyiv"


def test_ingest_html(client):
    html = (
        "<html><head><title>Strike on Odesa port</title></head><body><article><h1>Strike on Odesa port</h1>"
        "<p>Two people were killed when a missile hit the port of Odesa on Monday, the regional governor said.</p>"
        "<p>The claim could not be independently verified.</p></article></body></html>"
    )
    response = client.post("/api/documents", json={"html": html}, headers=auth(TOKEN))
    assert response.status_code == 201
    reading = client.get(f"/api/documents/{response.json()['id']}").json()
    assert "missile hit the port of Odesa" in reading["document"]["text"]
    assert "<p>" not in reading["document"]["text"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": "x", "html": "<p>x</p>"},
        {"text": "   "},
        {"text": "hello", "published": "not a date"},
        {"text": "hello", "colour": "red"},
        {"text": 5},
    ],
)
def test_bad_ingest_bodies_are_422_json(client, body):
    response = client.post("/api/documents", json=body, headers=auth(TOKEN))
    assert response.status_code == 422
    assert "detail" in response.json()


def test_a_read_token_closes_reading(db):
    client = TestClient(create_app(db, token=TOKEN, read_token=READ))
    assert client.get("/api/documents").status_code == 401
    assert client.get("/api/documents", headers=auth("wrong")).status_code == 401
    assert client.get("/api/documents", headers=auth(READ)).json()["total"] == 3
    assert client.get("/api/search?q=tap", headers=auth(READ)).status_code == 200
    assert (
        client.get("/api/documents", headers=auth(TOKEN)).status_code == 200
    )  # ingest token reads too
    assert client.get("/api/speakers/Mykola Tkatsjenko/quotes").status_code == 401


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/speakers",
        "/api/quotes",
    ):
        assert path in spec["paths"]
    assert client.get("/docs").status_code == 200


def test_root_serves_something(client):
    assert client.get("/").status_code == 200

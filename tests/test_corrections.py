"""Corrections of the speakers: made over the API with the ingest token, kept apart from the
machine reading, applied to the stored documents at once and again after re-analysis."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from corpus_samples import corpus, make_reading
from sourcetrace.api import create_app
from sourcetrace.corrections import Correction, apply_corrections
from sourcetrace.model import Span
from sourcetrace.store import DocumentFilter, open_store

TOKEN = "edit-secret"
TEXT = (
    "– Vi led enorme tap, sier soldaten Alexander Gorin.\n\n"
    "– Vi fikk ikke trekke oss tilbake, sier Gorin.\n\n"
    "– Ingen hjelper oss, sier en annen soldat."
)


def gorin_reading():
    """The machine reading: 'Gorin' as a speaker of its own, the last quote without a name."""
    reading = make_reading(
        TEXT,
        "nb",
        title="Gorin",
        published=dt.date(2023, 3, 27),
        quotes=[
            ("Vi led enorme tap", "Alexander Gorin", "direct", None),
            ("Vi fikk ikke trekke oss tilbake", "Gorin", "direct", None),
            ("Ingen hjelper oss", "en annen soldat", "direct", None),
        ],
    )
    gorin = next(s for s in reading.speakers if s.name == "Gorin")
    at = TEXT.rindex("Gorin")
    gorin.mentions = [Span(start=at, end=at + 5)]
    return reading


def speakers_of(reading) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in reading.quotes]


def test_merge_rename_and_set_speaker_change_every_reference():
    machine = gorin_reading()
    merged = apply_corrections(
        machine, [Correction(kind="merge", names=["gorin"], to="Alexander Gorin", id=1)]
    )
    assert speakers_of(merged) == ["Alexander Gorin", "Alexander Gorin", "en annen soldat"]
    assert [s.name for s in merged.speakers] == ["Alexander Gorin", "en annen soldat"]
    assert len(merged.speakers[0].mentions) == 2
    assert merged.document.meta["corrections"] == [1]
    assert speakers_of(machine)[1] == "Gorin"  # the machine reading itself is left alone

    renamed = apply_corrections(
        merged, [Correction(kind="rename", names=["Alexander Gorin"], to="Oleksandr Gorin", id=2)]
    )
    assert speakers_of(renamed)[:2] == ["Oleksandr Gorin", "Oleksandr Gorin"]
    assert {q.speaker.id for q in renamed.quotes[:2]} == {renamed.speakers[0].id}

    fixed = apply_corrections(
        renamed,
        [
            Correction(
                kind="set-speaker",
                document_id=machine.document.id,
                quote_id="q3",
                to="Ivan Petrov",
                id=3,
            )
        ],
    )
    assert speakers_of(fixed)[2] == "Ivan Petrov"
    assert "Ivan Petrov" in [s.name for s in fixed.speakers]
    # the same correction again changes nothing
    twice = apply_corrections(
        fixed, [Correction(kind="rename", names=["Alexander Gorin"], to="Oleksandr Gorin")]
    )
    assert twice.model_dump(exclude={"document"}) == fixed.model_dump(exclude={"document"})


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "set-speaker", "to": "X"},
        {"kind": "merge", "to": "X", "names": []},
        {"kind": "rename", "to": "X", "names": ["A", "B"]},
        {"kind": "rename", "to": "  ", "names": ["A"]},
    ],
)
def test_incomplete_corrections_are_refused(bad):
    with pytest.raises(ValueError):
        Correction(**bad)


def test_corrections_survive_reanalysis(tmp_path):
    store = open_store(str(tmp_path / "c.db"))
    try:
        machine = gorin_reading()
        store.save(machine)
        doc_id = machine.document.id
        store.add_correction(Correction(kind="merge", names=["Gorin"], to="Alexander Gorin"))
        store.add_correction(
            Correction(kind="set-speaker", document_id=doc_id, quote_id="q3", to="Ivan Petrov")
        )
        assert speakers_of(store.reading(doc_id)) == [
            "Alexander Gorin",
            "Alexander Gorin",
            "Ivan Petrov",
        ]
        store.save(gorin_reading())  # a re-analysis gives the machine reading again
        assert speakers_of(store.reading(doc_id)) == [
            "Alexander Gorin",
            "Alexander Gorin",
            "Ivan Petrov",
        ]
        names = {s["name"]: s["n_quotes"] for s in store.speakers().items}
        assert names.get("Alexander Gorin") == 2 and "Gorin" not in names
        assert store.documents(DocumentFilter(speaker="Ivan Petrov")).total == 1
        assert [c.kind for c in store.corrections(doc_id)] == ["merge", "set-speaker"]
    finally:
        store.close()


@pytest.fixture()
def client(tmp_path) -> TestClient:
    path = str(tmp_path / "api.db")
    store = open_store(path)
    store.save(gorin_reading())
    for reading in corpus()[1:]:
        store.save(reading)
    store.close()
    return TestClient(create_app(path, token=TOKEN))


def test_corrections_over_the_api_need_the_ingest_token(client):
    doc_id = gorin_reading().document.id
    body = {"kind": "set-speaker", "document_id": doc_id, "quote_id": "q3", "to": "Ivan Petrov"}
    assert client.post("/api/corrections", json=body).status_code == 401
    wrong = client.post("/api/corrections", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    made = client.post("/api/corrections", json=body, headers=auth)
    assert made.status_code == 201 and made.json()["changed_documents"] == [doc_id]
    reading = client.get(f"/api/documents/{doc_id}").json()
    assert reading["quotes"][2]["speaker"]["name"] == "Ivan Petrov"

    merged = client.post(
        "/api/corrections",
        json={"kind": "merge", "names": ["Gorin"], "to": "Alexander Gorin"},
        headers=auth,
    ).json()
    assert merged["changed_documents"] == [doc_id]
    said = client.get("/api/speakers/Alexander Gorin/quotes").json()
    assert said["total"] == 2
    listed = client.get("/api/corrections", params={"document_id": doc_id}).json()
    assert [c["kind"] for c in listed] == ["set-speaker", "merge"]

    missing = client.post("/api/corrections", json={**body, "document_id": "nope"}, headers=auth)
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]
    incomplete = client.post(
        "/api/corrections", json={"kind": "set-speaker", "to": "X"}, headers=auth
    )
    assert incomplete.status_code == 422 and "quote_id" in incomplete.json()["detail"]

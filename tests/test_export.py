"""Exports read back with each format's own library: PROV with ``prov``, GraphML and GEXF with
networkx, CSV with the csv module, Parquet with pyarrow, ClaimReview with the pyld JSON-LD
processor; the same through ``sourcetrace export`` and the REST API."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from prov.model import (
    PROV_ATTR_AGENT,
    PROV_ATTR_ENTITY,
    PROV_ATTR_USED_ENTITY,
    PROV_LABEL,
    ProvDocument,
)

from corpus_samples import corpus
from sourcetrace.analysis import analyze
from sourcetrace.api import create_app
from sourcetrace.export import (
    ExportError,
    ExportInput,
    RatedClaim,
    claims_from_readings,
    formats,
    get_exporter,
)
from sourcetrace.ingest import SourceDoc
from sourcetrace.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = "https://schema.org/"


def render(name: str, readings, claims=None):
    data = ExportInput(readings, claims if claims is not None else claims_from_readings(readings))
    return get_exporter(name).render(data)


def quoted_by(prov_doc: ProvDocument) -> dict[str, set[str]]:
    """Quote text -> labels of the agents the quote is attributed to, over every bundle."""
    records = list(prov_doc.get_records())
    for bundle in prov_doc.bundles:
        records += list(bundle.get_records())
    values = {
        str(r.identifier): {str(v) for v in r.get_attribute("prov:value")}
        for r in records
        if r.is_element()
    }
    labels = {
        str(r.identifier): {str(v) for v in r.get_attribute(PROV_LABEL)}
        for r in records
        if r.is_element()
    }
    quoted = {
        str(next(iter(r.get_attribute(PROV_ATTR_USED_ENTITY))))
        for r in records
        if r.get_type().localpart == "Derivation"
        and "prov:Quotation" in {str(t) for t in r.get_asserted_types()}
    }
    out: dict[str, set[str]] = {}
    for r in records:
        if r.get_type().localpart != "Attribution":
            continue
        entity = str(next(iter(r.get_attribute(PROV_ATTR_ENTITY))))
        agent = str(next(iter(r.get_attribute(PROV_ATTR_AGENT))))
        if entity in quoted:
            for text in values.get(entity, ()):
                out.setdefault(text, set()).update(labels.get(agent, ()))
    return out


def test_every_format_is_registered_and_unknown_ones_are_named():
    names = {exporter.name for exporter in formats()}
    assert {
        "prov-json",
        "prov-n",
        "prov-o",
        "graphml",
        "gexf",
        "csv",
        "parquet",
        "claimreview",
    } <= names
    with pytest.raises(ExportError) as caught:
        get_exporter("excel")
    assert "excel" in str(caught.value) and "prov-json" in str(caught.value)


def test_prov_json_traces_the_seed_quote_to_alexander_gorin_and_reads_back(seed_reading):
    text = render("prov-json", [seed_reading]).decode()
    read_back = ProvDocument.deserialize(content=text, format="json")
    assert len(read_back.bundles) == 1
    bundle = next(iter(read_back.bundles))
    assert seed_reading.document.id in str(bundle.identifier)
    gorin = [
        q.text for q in seed_reading.quotes if q.speaker and q.speaker.name == "Alexander Gorin"
    ]
    assert gorin
    traced = quoted_by(read_back)
    for quote in gorin:
        assert "Alexander Gorin" in traced[quote]
    # the same document after a round trip: nothing lost, nothing invented
    again = ProvDocument.deserialize(content=read_back.serialize(format="json"), format="json")
    assert again == read_back


def test_prov_n_is_the_same_provenance_as_prov_json():
    readings = corpus()
    provn = render("prov-n", readings).decode()
    from_json = ProvDocument.deserialize(
        content=render("prov-json", readings).decode(), format="json"
    )
    assert sorted(provn.splitlines()) == sorted(from_json.get_provn().splitlines())
    assert "wasDerivedFrom(" in provn and "prov:Quotation" in provn
    assert 'st:relation="verified"' in provn


def test_prov_o_turtle_reads_back_with_prov_and_rdflib():
    readings = corpus()
    turtle = render("prov-o", readings).decode()
    read_back = ProvDocument.deserialize(content=turtle, format="rdf", rdf_format="turtle")
    traced = quoted_by(read_back)
    assert "Alexander Gorin" in traced["Vi led enorme tap"]
    assert "Olena Hrytsenko" in traced["Our people are home,"]


def test_graphml_and_gexf_hold_the_provenance_graph():
    readings = corpus()
    graph = nx.read_graphml(io.BytesIO(render("graphml", readings)))
    kinds = nx.get_node_attributes(graph, "kind")
    labels = nx.get_node_attributes(graph, "label")
    assert sum(1 for k in kinds.values() if k == "document") == len(readings)
    assert kinds["speaker:Alexander Gorin"] == "speaker"
    names = nx.get_node_attributes(graph, "name")
    from sourcetrace.api.graph import provenance_graph

    drawn = provenance_graph(readings[0])
    assert {n["id"] for n in drawn["nodes"]} <= set(names.values())
    assert kinds["medium:video på Telegram"] == "medium"
    assert labels[f"document:{readings[0].document.id}"] == "Blokkadeenheter"
    relations = {(u, v, d["relation"]) for u, v, d in graph.edges(data=True)}
    assert ("medium:video på Telegram", "speaker:Alexander Gorin", "speaker") in relations
    gexf = nx.read_gexf(io.BytesIO(render("gexf", readings)))
    assert gexf.number_of_nodes() == graph.number_of_nodes()
    assert gexf.number_of_edges() == graph.number_of_edges()


def test_csv_tables_link_rows_back_to_the_text():
    readings = corpus()
    files = render("csv", readings)
    assert set(files) == {
        f"{n}.csv" for n in ("documents", "speakers", "quotes", "attributions", "figures", "hedges")
    }
    texts = {r.document.id: r.document.text for r in readings}
    quotes = list(csv.DictReader(io.StringIO(files["quotes.csv"].decode("utf-8"))))
    assert len(quotes) == sum(len(r.quotes) for r in readings)
    for row in quotes:
        assert texts[row["document_id"]][int(row["start"]) : int(row["end"])] == row["text"]
    assert {row["speaker"] for row in quotes} == {
        "Alexander Gorin",
        "Olena Hrytsenko",
        "Mykola Tkatsjenko",
    }
    attributions = list(csv.DictReader(io.StringIO(files["attributions.csv"].decode("utf-8"))))
    verified = next(row for row in attributions if row["relation"] == "verified")
    text = texts[verified["document_id"]]
    assert (
        text[int(verified["evidence_start"]) : int(verified["evidence_end"])]
        == verified["evidence"]
    )
    documents = list(csv.DictReader(io.StringIO(files["documents.csv"].decode("utf-8"))))
    assert {row["title"] for row in documents} == {"Blokkadeenheter", "Prisoner swap", "Droneåtak"}


def test_parquet_tables_have_the_csv_columns():
    pq = pytest.importorskip("pyarrow.parquet")
    readings = corpus()
    files = render("parquet", readings)
    table = pq.read_table(io.BytesIO(files["quotes.parquet"]))
    as_csv = next(csv.reader(io.StringIO(render("csv", readings)["quotes.csv"].decode())))
    assert table.column_names == as_csv
    assert table.num_rows == sum(len(r.quotes) for r in readings)
    figures = pq.read_table(io.BytesIO(files["figures.parquet"])).to_pylist()
    assert sorted(row["value"] for row in figures) == [4.0, 34.0, 90.0]


def test_claimreview_expands_as_json_ld():
    from pyld import jsonld

    rated = RatedClaim(
        claim="34 people were wounded",
        rating="Mostly true",
        rating_value=4,
        reviewer="Example Check",
        claimant="Alexander Gorin",
        appearances=["https://example.org/video"],
        review_url="https://example.org/check/1",
    )
    document = json.loads(render("claimreview", corpus(), [rated]))
    expanded = jsonld.expand(document)
    assert len(expanded) == 1
    review = expanded[0]
    assert review["@type"] == [SCHEMA + "ClaimReview"]
    assert review[SCHEMA + "claimReviewed"][0]["@value"] == "34 people were wounded"
    rating = review[SCHEMA + "reviewRating"][0]
    assert rating[SCHEMA + "alternateName"][0]["@value"] == "Mostly true"
    assert rating[SCHEMA + "ratingValue"][0]["@value"] == 4
    item = review[SCHEMA + "itemReviewed"][0]
    assert item["@type"] == [SCHEMA + "Claim"]
    assert item[SCHEMA + "author"][0][SCHEMA + "name"][0]["@value"] == "Alexander Gorin"
    assert (
        item[SCHEMA + "appearance"][0][SCHEMA + "url"][0]["@value"] == "https://example.org/video"
    )
    assert review[SCHEMA + "url"][0]["@value"] == "https://example.org/check/1"


def test_claimreview_without_ratings_exports_the_stored_verdicts():
    from pyld import jsonld

    expanded = jsonld.expand(json.loads(render("claimreview", corpus())))
    verdicts = {
        (
            r[SCHEMA + "claimReviewed"][0]["@value"],
            r[SCHEMA + "reviewRating"][0][SCHEMA + "alternateName"][0]["@value"],
        )
        for r in expanded
    }
    assert verdicts == {("Videoen", "Verified"), ("the figures", "Could not verify")}


@pytest.fixture()
def db(tmp_path) -> str:
    path = str(tmp_path / "export.db")
    store = open_store(path)
    for reading in corpus():
        store.save(reading)
    store.close()
    return path


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "sourcetrace.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def test_export_command_writes_files_and_folders(db, tmp_path):
    folder = tmp_path / "tables"
    done = cli("export", "--db", db, "--format", "csv", "--out", str(folder))
    assert done.returncode == 0, done.stderr
    assert "exported 3 documents as csv" in done.stderr
    rows = list(csv.DictReader((folder / "speakers.csv").open(encoding="utf-8")))
    assert "Olena Hrytsenko" in {row["name"] for row in rows}

    one = corpus()[0].document.id
    target = tmp_path / "one.graphml"
    done = cli("export", "--db", db, "-f", "graphml", "--document", one, "--out", str(target))
    assert done.returncode == 0, done.stderr
    graph = nx.read_graphml(target)
    assert [n for n, k in graph.nodes(data="kind") if k == "document"] == [f"document:{one}"]

    done = cli("export", "--db", db, "-f", "excel", "--out", str(tmp_path / "x"))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "unknown export format 'excel'" in done.stderr and "prov-json" in done.stderr
    done = cli("export", "--db", db, "-f", "prov-json", "--document", "nope")
    assert done.returncode != 0 and "no document nope" in done.stderr


def test_export_over_the_api(db):
    client = TestClient(create_app(db, read_token="r"))
    auth = {"Authorization": "Bearer r"}
    assert client.get("/api/export", params={"format": "csv"}).status_code == 401
    listed = client.get("/api/export/formats", headers=auth).json()
    assert "graphml" in {f["name"] for f in listed}

    one = corpus()[1].document.id
    response = client.get(
        f"/api/documents/{one}/export", params={"format": "prov-json"}, headers=auth
    )
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    read_back = ProvDocument.deserialize(content=response.text, format="json")
    assert "Our people are home," in quoted_by(read_back)

    response = client.get("/api/export", params={"format": "csv"}, headers=auth)
    assert response.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        documents = archive.read("documents.csv").decode().splitlines()
    assert len(documents) == 4

    bad = client.get("/api/export", params={"format": "excel"}, headers=auth)
    assert bad.status_code == 400 and "prov-json" in bad.json()["detail"]
    missing = client.get("/api/documents/nope/export", params={"format": "csv"}, headers=auth)
    assert missing.status_code == 404


def test_graphml_carries_text_with_characters_xml_cannot_hold():
    # a control character pasted into a quote and a name (a Telegram export, a crafted request)
    reading = analyze(
        SourceDoc(text="Kraftig angrep\n\n– Vi led\x01 enorme tap, sier Ola\x02 Nordmann.\n", origin="control"),
        lang="nb",
    )
    graph = nx.read_graphml(io.BytesIO(render("graphml", [reading])))
    labels = " ".join(str(value) for _node, value in graph.nodes(data="label"))
    assert "\x01" not in labels and "\x02" not in labels
    assert any("Nordmann" in str(node) for node in graph.nodes)

"""Claims across documents: the three-document chain, conflicting figures, decisions that
survive re-analysis, vague quantities, grades and the claim commands, on the real pipeline and
a real store (fixtures in tests/fixtures/claims, invented texts)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.claims import ClaimStore, claims_from_reading
from sourcetrace.claims.grades import RegistryError, registry, reliability
from sourcetrace.claims.report import ClaimReport
from sourcetrace.ingest import SourceDoc
from sourcetrace.ingest.sources import iter_sources, read_text_file
from sourcetrace.store import ingest_source, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "claims"
CHAIN = FIXTURES / "chain"
CONFLICT = FIXTURES / "conflict"


def _text_doc(path: Path, outlet: str, published: dt.date, language: str) -> SourceDoc:
    doc = read_text_file(path)
    doc.source, doc.published, doc.language = outlet, published, language
    return doc


def _chain_docs() -> list[SourceDoc]:
    (post,) = list(iter_sources([str(CHAIN / "result.json")]))
    return [
        post,
        _text_doc(CHAIN / "en-example-times-video.txt", "Example Times", dt.date(2024, 2, 12), "en"),
        _text_doc(CHAIN / "nb-eksempelavisen-video.txt", "Eksempelavisen", dt.date(2024, 2, 13), "nb"),
    ]


@pytest.fixture(scope="module")
def chain_store(tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("claims") / "chain.db"))
    ids = []
    for doc in _chain_docs():
        result = ingest_source(store, doc, lang=doc.language)
        ids.append(result.id)
        ClaimStore(store).link_documents([result.id])  # incrementally, as ingest does
    yield store, ids
    store.close()


def test_three_documents_form_one_chain_back_to_the_soldiers_video(chain_store):
    store, (post_id, english_id, norwegian_id) = chain_store
    report = ClaimReport(ClaimStore(store))
    holding = [
        c for c in report.clusters if {post_id, english_id, norwegian_id} <= {m.document_id for m in c.claims}
    ]
    assert len(holding) == 1, [[m.text for m in c.claims] for c in report.clusters]
    cluster = holding[0]
    languages = {claim.language for claim in cluster.claims}
    assert {"en", "nb"} <= languages
    chain = report.chains[cluster.id]
    assert chain.earliest == post_id
    assert chain.primary == post_id
    assert [a.document_id for a in chain.appearances] == [post_id, english_id, norwegian_id]
    relations = {(edge.source, edge.target, edge.relation) for edge in chain.edges}
    assert (f"doc:{norwegian_id}", f"doc:{english_id}", "relays") in relations
    verified = [e for e in chain.edges if e.relation == "verified" and e.source == f"doc:{english_id}"]
    assert verified and verified[0].target.startswith("medium:video")
    assert any(e.relation == "posted as" and e.target == f"doc:{post_id}" for e in chain.edges)
    view = report.cluster_view(cluster)
    assert view["grade"]["credibility"] <= 2
    assert any("primary source" in line for line in view["grade"]["evidence"])
    assert view["grade"]["misp"][0].startswith('admiralty-scale:source-reliability="')


def test_a_users_rejection_survives_reanalysis(chain_store, tmp_path):
    store, (post_id, english_id, norwegian_id) = chain_store
    claims = ClaimStore(store)
    links = [
        link
        for link in claims.links()
        if {claims.claims([link.claim_a])[link.claim_a].document_id,
            claims.claims([link.claim_b])[link.claim_b].document_id} == {english_id, norwegian_id}
    ]
    assert links, "the English and Norwegian versions are linked"
    target = links[0]
    claims.decide_link(target.claim_a, target.claim_b, "rejected")
    # re-analysis: the document is read again and its claims rebuilt under the same ids
    reading = store.reading(norwegian_id)
    assert reading is not None
    store.save(reading)
    ClaimStore(store).link_documents([norwegian_id])
    after = {(link.claim_a, link.claim_b): link.state for link in ClaimStore(store).links()}
    assert after[(target.claim_a, target.claim_b)] == "rejected"
    for cluster in ClaimStore(store).clusters():
        ids = {c.id for c in cluster.claims}
        if target.claim_a in ids and target.claim_b in ids:
            # still together only through other links, never through the rejected one
            assert all(
                (link.claim_a, link.claim_b) != (target.claim_a, target.claim_b)
                for link in cluster.links
            )
    claims.decide_link(target.claim_a, target.claim_b, "suggested")


def test_unknown_claim_or_state_is_a_clear_error(chain_store):
    from sourcetrace.claims import ClaimError

    store, _ = chain_store
    with pytest.raises(ClaimError, match="no claim"):
        ClaimStore(store).decide_link("nope", "neither", "confirmed")
    with pytest.raises(ClaimError, match="state must be"):
        ClaimStore(store).decide_link("a", "b", "maybe")


def test_fourteen_against_three_killed_is_a_conflict_keeping_both(tmp_path):
    store = open_store(str(tmp_path / "conflict.db"))
    try:
        for name, outlet, day in (
            ("en-officials-14.txt", "Example Times", 5),
            ("en-channel-3.txt", "Example Wire", 6),
        ):
            doc = _text_doc(CONFLICT / name, outlet, dt.date(2024, 3, day), "en")
            ClaimStore(store).link_documents([ingest_source(store, doc, lang="en").id])
        report = ClaimReport(ClaimStore(store))
        killed = [c for c in report.conflicts if c.indicator == "killed"]
        assert killed, "14 and 3 killed in Kupiansk disagree"
        values = sorted(side.value for side in killed[0].figures)
        assert values == [3.0, 14.0]
        claimants = {side.claimant for side in killed[0].figures}
        assert "Frontline Truth" in claimants
        assert "do not overlap" in killed[0].why
        assert all(side.date for side in killed[0].figures)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Dozens of civilians were killed in the shelling of Kherson on Monday.", "en", 12),
        ("Snesevis av sivile ble drept i angrepet på Kherson mandag.", "nb", 20),
        ("Hundrevis av soldater er såret i kampene ved Bakhmut.", "nb", 100),
    ],
)
def test_vague_quantities_get_the_acled_value(text, language, value):
    reading = analyze(SourceDoc(text=text, origin="vague"), lang=language)
    figures = [c for c in claims_from_reading(reading) if c.figure is not None]
    assert figures and figures[0].figure.best == value
    assert figures[0].figure.vague
    assert figures[0].figure.indicator in ("killed", "wounded")


def test_registry_defaults_are_marked_and_a_corpus_file_overrides(tmp_path):
    letter, evidence = reliability("Reuters")
    assert letter == "B" and "shipped default" in evidence[0]
    assert reliability("Someone Unknown")[0] == "F"
    override = tmp_path / "sources.toml"
    override.write_text('[[source]]\nname = "Reuters"\nreliability = "A"\n', encoding="utf-8")
    letter, evidence = reliability("Reuters", path=str(override))
    assert letter == "A" and "corpus registry" in evidence[0]
    broken = tmp_path / "broken.toml"
    broken.write_text('[[source]]\nname = "X"\nreliability = "Q"\n', encoding="utf-8")
    with pytest.raises(RegistryError, match="reliability A-F"):
        registry(str(broken))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command as users run it (errors handled by ``main``)."""
    return subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )


def test_claims_and_conflicts_commands(chain_store):
    store, (post_id, _, _) = chain_store
    db = store.engine.url.database
    result = _run("claims", "--db", db, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"clusters"}
    cluster = next(c for c in data["clusters"] if any(m["document_id"] == post_id for m in c["claims"]))
    claim = cluster["claims"][0]
    assert {"document", "text", "source", "relation", "language"} <= set(claim)
    assert claim["document"].endswith("result.json#7")
    assert "conflicts" in cluster and "grade" in cluster
    text = _run("claims", "--db", db)
    assert text.returncode == 0 and "primary source" in text.stdout
    conflicts = _run("conflicts", "--db", db, "--format", "json")
    assert conflicts.returncode == 0 and "conflicts" in json.loads(conflicts.stdout)
    bad = _run("claims", "--db", db, "--format", "xml")
    assert bad.returncode == 2 and "--format" in bad.stderr and "Traceback" not in bad.stderr
    missing = _run("link", "--db", db, "--confirm", "nope", "neither")
    assert missing.returncode == 2 and "no claim" in missing.stderr
    relinked = _run("link", "--db", db)
    assert relinked.returncode == 0 and "links suggested" in relinked.stdout


def test_claims_api_reads_openly_and_writes_with_the_token(chain_store):
    from fastapi.testclient import TestClient

    from sourcetrace.api import create_app

    store, (post_id, _, _) = chain_store
    client = TestClient(create_app(store=store, token="secret"))
    listed = client.get("/api/clusters")
    assert listed.status_code == 200
    clusters = listed.json()["clusters"]
    assert clusters and listed.json()["total"] == len(clusters)
    main = next(c for c in clusters if any(m["document_id"] == post_id for m in c["claims"]))
    member = main["claims"][-1]["id"]
    one = client.get(f"/api/clusters/{member}")
    assert one.status_code == 200 and one.json()["id"] == main["id"]
    assert one.json()["chain"]["primary"] == post_id
    assert client.get("/api/clusters/nope").status_code == 404
    assert "conflicts" in client.get("/api/conflicts").json()
    first, second = main["claims"][0]["id"], main["claims"][1]["id"]
    body = {"state": "confirmed"}
    assert client.put(f"/api/links/{first}/{second}", json=body).status_code == 401
    auth = {"Authorization": "Bearer secret"}
    done = client.put(f"/api/links/{first}/{second}", json=body, headers=auth)
    assert done.status_code == 200 and done.json()["state"] == "confirmed"
    links = client.get("/api/links", params={"claim": first}).json()["links"]
    assert any(link["state"] == "confirmed" for link in links)
    bad = client.put(f"/api/links/{first}/{second}", json={"state": "maybe"}, headers=auth)
    assert bad.status_code == 422
    unknown = client.put(f"/api/links/{first}/nope", json=body, headers=auth)
    assert unknown.status_code == 404


def test_export_of_one_claim_carries_its_cluster_and_grade(chain_store, tmp_path):
    """`sourcetrace export --claim ID`: the documents of that claim's cluster, and in
    ClaimReview each of its claims rated by the cluster's grade."""
    from pyld import jsonld

    store, (post_id, english_id, norwegian_id) = chain_store
    report = ClaimReport(ClaimStore(store))
    cluster = next(c for c in report.clusters if post_id in {m.document_id for m in c.claims})
    code = report.cluster_view(cluster)["grade"]["code"]
    out = tmp_path / "claim.jsonld"
    env = {**os.environ, "SOURCETRACE_DB": str(store.engine.url.database)}
    run = subprocess.run(
        [sys.executable, "-m", "sourcetrace.cli", "export", "-f", "claimreview",
         "--claim", cluster.claims[0].id, "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert "exported 3 documents" in run.stderr
    expanded = jsonld.expand(json.loads(out.read_text(encoding="utf-8")))
    ratings = [
        item["https://schema.org/reviewRating"][0]["https://schema.org/alternateName"][0]["@value"]
        for item in expanded
        if "https://schema.org/reviewRating" in item
    ]
    assert ratings and all(rating.startswith(f"{code}: ") for rating in ratings)
    missing = subprocess.run(
        [sys.executable, "-m", "sourcetrace.cli", "export", "-f", "csv", "--claim", "no-such",
         "-o", str(tmp_path / "t")],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert missing.returncode != 0 and "no claim no-such" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_claim_export_over_the_api(chain_store):
    from fastapi.testclient import TestClient

    from sourcetrace.api import create_app

    store, (post_id, _english_id, _norwegian_id) = chain_store
    cluster = next(
        c for c in ClaimStore(store).clusters() if post_id in {m.document_id for m in c.claims}
    )
    client = TestClient(create_app(store=store))
    answer = client.get(f"/api/claims/{cluster.claims[0].id}/export", params={"format": "prov-json"})
    assert answer.status_code == 200, answer.text
    assert "attachment" in answer.headers["content-disposition"]
    bundles = json.loads(answer.content)["bundle"]
    assert len(bundles) == 3  # one bundle per document of the cluster
    assert client.get("/api/claims/no-such/export", params={"format": "csv"}).status_code == 404


def test_csv_export_has_claim_and_conflict_tables(tmp_path):
    """With linked claims in the store, the tables gain claims (cluster and grade per row) and
    conflicts (one row per side, both kept)."""
    import csv

    from sourcetrace.export import export_input, get_exporter

    store = open_store(str(tmp_path / "conflict.db"))
    try:
        ids = []
        for name, outlet, day in (
            ("en-officials-14.txt", "Example Times", 5),
            ("en-channel-3.txt", "Example Wire", 6),
        ):
            doc = _text_doc(CONFLICT / name, outlet, dt.date(2024, 3, day), "en")
            ids.append(ingest_source(store, doc, lang="en").id)
            ClaimStore(store).link_documents([ids[-1]])
        files = get_exporter("csv").render(export_input(store))
    finally:
        store.close()
    conflicts = list(csv.DictReader(files["conflicts.csv"].decode().splitlines()))
    assert conflicts and {row["document_id"] for row in conflicts} <= set(ids)
    values = {float(row["value"]) for row in conflicts}
    assert len(values) >= 2  # both sides kept, never one picked
    header = files["claims.csv"].decode().splitlines()[0].split(",")
    assert header[:3] == ["document_id", "claim_id", "cluster_id"] and "grade" in header


def test_graph_and_prov_exports_carry_the_cluster_and_its_grade(chain_store):
    """GraphML gains a cluster node linked from each document that carries the claim; PROV
    entities of linked claims carry st:cluster and st:grade (read back with their libraries)."""
    import io

    import networkx as nx
    from prov.model import ProvDocument

    from sourcetrace.export import export_input, get_exporter

    store, ids = chain_store
    data = export_input(store)
    graph = nx.read_graphml(io.BytesIO(get_exporter("graphml").render(data)))
    clusters = [node for node, attrs in graph.nodes(data=True) if attrs.get("kind") == "cluster"]
    assert clusters
    carriers = {source for source, target in graph.in_edges(clusters[0])}
    assert {f"document:{doc_id}" for doc_id in ids} <= carriers
    prov = ProvDocument.deserialize(content=get_exporter("prov-json").render(data).decode(), format="json")
    grades = [
        value
        for bundle in prov.bundles
        for record in bundle.get_records()
        for key, value in record.attributes
        if str(key).endswith("grade")
    ]
    assert grades and all(len(str(grade)) == 2 for grade in grades)  # "B2", "C3", ...

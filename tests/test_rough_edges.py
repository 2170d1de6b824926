"""What a new user hit first, each fixed on the real app: /docs offline, the same article read
twice in two formats, JSONL records with other key names, untitled documents, and the speaker
filter by any name of the speaker."""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from corpus_samples import corpus, make_reading
from sourcetrace.api import create_app
from sourcetrace.ingest.sources import iter_sources
from sourcetrace.model import Span
from sourcetrace.store import DocumentFilter, open_store

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Landsbyen Nordvik evakuert etter nye angrep\n\n"
    "Alle innbyggerne i landsbyen Nordvik ble evakuert natt til fredag etter at byen ble beskutt "
    "for tredje gang denne uken, opplyser fylkesmannen.\n\n"
    "– Vi har ikke lenger strøm eller vann, og folk er redde, sier ordfører Ingrid Solberg til "
    "lokalavisen.\n\n"
    "Solberg sier at minst tolv hus er ødelagt. Opplysningene er ikke bekreftet av en uavhengig kilde."
)


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "sourcetrace.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        cwd=cwd,
    )


# --- /docs without a network -----------------------------------------------------------------


def test_api_docs_load_only_local_assets(tmp_path):
    client = TestClient(create_app(str(tmp_path / "docs.db")))
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
    assert len(assets) >= 2
    for asset in assets:
        assert asset.startswith("/"), f"{asset} is not served by this server"
        fetched = client.get(asset)
        assert fetched.status_code == 200 and len(fetched.content) > 0
    scripts = [a for a in assets if a.endswith(".js")]
    assert any("swagger-ui-bundle" in a for a in scripts)
    assert "SwaggerUIBundle" in client.get(scripts[0]).text
    assert "cdn" not in page.text.lower()
    spec = client.get("/openapi.json").json()
    assert "/api/documents/{doc_id}/export" in spec["paths"]


# --- the same article as .txt and .html -------------------------------------------------------


def test_same_article_as_txt_and_html_is_stored_once_with_both_origins(tmp_path):
    (tmp_path / "nordvik.txt").write_text(ARTICLE, encoding="utf-8")
    paragraphs = ARTICLE.split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs[1:])
    (tmp_path / "nordvik.html").write_text(
        f"<!doctype html><html><head><title>{paragraphs[0]}</title>"
        '<link rel="canonical" href="https://example.org/nordvik"></head><body>'
        "<nav>Forside Nyheter Sport</nav>"
        f"<article><h1>{html.escape(paragraphs[0])}</h1>\n{body}</article>"
        "<footer>Kontakt redaksjonen</footer></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "same.db"
    done = cli(
        "ingest", "nordvik.txt", "nordvik.html", "--db", str(db), "--model", "blank", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "1 new" in done.stdout and "1 already stored" in done.stdout
    store = open_store(str(db))
    try:
        listed = store.documents(DocumentFilter()).items
        assert len(listed) == 1
        reading = store.reading(listed[0]["id"])
        origins = [o["origin"] for o in reading.document.meta["origins"]]
        assert [Path(o).name for o in origins] == ["nordvik.txt", "nordvik.html"]
        assert reading.document.url == "https://example.org/nordvik"  # filled from the HTML copy
        solberg = [s for s in store.speakers().items if "Solberg" in s["name"]]
        assert solberg and solberg[0]["n_documents"] == 1
        # ingesting either again changes nothing
        again = cli("ingest", "nordvik.html", "--db", str(db), "--model", "blank", cwd=tmp_path)
        assert "1 already stored" in again.stdout
        assert len(store.reading(listed[0]["id"]).document.meta["origins"]) == 2
    finally:
        store.close()


def test_same_canonical_url_with_nearly_the_same_words_is_one_article(tmp_path):
    from sourcetrace.ingest import SourceDoc
    from sourcetrace.store import ingest_source

    store = open_store(str(tmp_path / "url.db"))
    try:
        first = ingest_source(
            store,
            SourceDoc(text=ARTICLE, origin="a.html", url="https://example.org/nordvik"),
            lang="nb",
            model="blank",
        )
        headless = ARTICLE.split("\n\n", 1)[1]
        second = ingest_source(
            store,
            SourceDoc(text=headless, origin="b.json", url="https://example.org/nordvik"),
            lang="nb",
            model="blank",
        )
        assert (second.id, second.status) == (first.id, "exists")
        updated = ingest_source(
            store,
            SourceDoc(
                text="Helt ny tekst om noe annet.",
                origin="c.html",
                url="https://example.org/nordvik",
            ),
            lang="nb",
            model="blank",
        )
        assert updated.status == "created" and updated.id != first.id
    finally:
        store.close()


# --- JSONL key aliases -------------------------------------------------------------------------


def test_jsonl_aliases_are_read_and_unused_keys_warned_once(tmp_path, caplog):
    path = tmp_path / "scraped.jsonl"
    records = [
        {
            "outlet": "Nordvik Avis",
            "body": ARTICLE,
            "date": "2024-03-01",
            "link": "https://example.org/1",
            "headline": "Evakuert",
            "score": 3,
        },
        {
            "content": "Andre artikkel om angrepet.",
            "published_at": "2024-03-02T10:00:00Z",
            "outlet": "Nordvik Avis",
            "score": 5,
            "tags": ["krig"],
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="sourcetrace.ingest"):
        docs = list(iter_sources([str(path)]))
    assert [d.source for d in docs] == ["Nordvik Avis", "Nordvik Avis"]
    assert docs[0].text == ARTICLE and docs[0].url == "https://example.org/1"
    assert docs[0].title == "Evakuert"
    assert [d.published for d in docs] == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]
    assert docs[1].meta["extra"] == {"score": 5, "tags": ["krig"]}  # kept, not lost
    warnings = [r.getMessage() for r in caplog.records if "not used" in r.getMessage()]
    assert len(warnings) == 2  # 'score' once for both records, then 'tags' when it appears
    assert "score" in warnings[0] and "tags" not in warnings[0] and "tags" in warnings[1]
    assert str(path) in warnings[0]


# --- untitled documents ------------------------------------------------------------------------


def test_untitled_documents_get_a_title_and_keep_their_origin(tmp_path):
    plain = tmp_path / "2024-03-01-notat.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    long_line = tmp_path / "long.txt"
    long_line.write_text(
        ("ordene gjentas " * 30).strip() + ". – Vi er redde, sier Solberg.", encoding="utf-8"
    )
    db = tmp_path / "titles.db"
    done = cli(
        "ingest", str(plain), str(long_line), "--db", str(db), "--model", "blank", "--lang", "nb"
    )
    assert done.returncode == 0, done.stderr
    store = open_store(str(db))
    try:
        items = {Path(d["origin"]).name: d for d in store.documents(DocumentFilter()).items}
        assert (
            items["2024-03-01-notat.txt"]["title"] == "Landsbyen Nordvik evakuert etter nye angrep"
        )
        cut = items["long.txt"]["title"]
        assert cut.endswith("…") and len(cut) <= 121 and cut.startswith("ordene gjentas")
        reading = store.reading(items["2024-03-01-notat.txt"]["id"])
        assert reading.document.meta["title_derived"] in ("first heading", "first line")
        assert reading.document.origin.endswith("2024-03-01-notat.txt")
    finally:
        store.close()


# --- the speaker filter ------------------------------------------------------------------------

TEXT = "– Vi led enorme tap, sier soldaten Alexander Gorin.\n\nGorin er 24 år gammel."


def _gorin_store(path: str):
    reading = make_reading(
        TEXT,
        "nb",
        title="Gorin",
        published=dt.date(2023, 3, 27),
        quotes=[("Vi led enorme tap", "Alexander Gorin", "direct", None)],
    )
    second = TEXT.rindex("Gorin")
    reading.speakers[0].mentions.append(Span(start=second, end=second + len("Gorin")))
    store = open_store(path)
    store.save(reading)
    for other in corpus()[1:]:
        store.save(other)
    return store


@pytest.mark.parametrize(
    "asked", ["Alexander Gorin", "gorin", "GORIN", "Alexander Górin", "alexander  gorin"]
)
def test_speaker_filter_matches_any_name_of_the_cluster(tmp_path, asked):
    store = _gorin_store(str(tmp_path / "speakers.db"))
    try:
        found = store.documents(DocumentFilter(speaker=asked)).items
        assert [d["title"] for d in found] == ["Gorin"]
        quotes = store.quotes(speaker=asked).items
        assert [q["quote"]["text"] for q in quotes] == ["Vi led enorme tap"]
        assert store.documents(DocumentFilter(speaker="Gor")).total == 0  # names, not substrings
    finally:
        store.close()


def test_speaker_filter_over_the_api_and_on_a_store_made_before_it(tmp_path):
    from alembic import command
    from alembic.config import Config

    from sourcetrace.store.engine import MIGRATIONS

    path = str(tmp_path / "old.db")
    _gorin_store(path).close()
    store = open_store(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")  # as a store written before the names were kept
    store.close()
    client = TestClient(create_app(path))  # opening it upgrades and fills the names in
    found = client.get("/api/documents", params={"speaker": "gorin"}).json()
    assert [d["title"] for d in found["items"]] == ["Gorin"]
    said = client.get("/api/speakers/gorin/quotes").json()
    assert [q["quote"]["text"] for q in said["items"]] == ["Vi led enorme tap"]

"""The web reader in headless Chromium (Debian's chromium driven by Playwright).

Two servers: the REAL demo (``sourcetrace demo --no-serve`` into a fresh SQLite store, then
``sourcetrace serve``) for the seed article, the list, speaker, search pages and an ingested
hostile document; and a small fixture app (the reader's pages over hand-made Readings) for what
the real pipeline may not produce on demand: characters outside the BMP before quotes, and
hostile speaker names, media and links.

``SOURCETRACE_SCREENSHOT=1`` also saves the seed article view to ``docs/screenshot-reader.png``
(or to the path the variable gives).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("SOURCETRACE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
CLI = [sys.executable, "-c", "from sourcetrace.cli import main; main()"]
SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
HOSTILE = f"""Angrep mot byen {SCRIPT}

– Vi hørte eksplosjonene hele natten, {IMG} sier ordfører Kari Nordmann til NRK.

Forsvaret bekrefter angrepet. <b onmouseover="window.__xss=1">Hold over meg</b>
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as res:  # noqa: S310 - local test server
        return json.loads(res.read().decode("utf-8"))


def _wait_up(url: str, proc: subprocess.Popen | None = None, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            out = proc.stdout.read() if proc.stdout else ""
            raise AssertionError(f"server exited with {proc.returncode}: {out[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310
                return
        except OSError:
            time.sleep(0.25)
    raise AssertionError(f"server at {url} did not come up in {timeout}s")


def _cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    # console errors too (a blocked inline style, say), except for API answers the test asked for
    pg.on("console", lambda m: m.type == "error" and "Failed to load resource" not in m.text
          and pg.errors.append(m.text))
    yield pg
    context.close()


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The real demo store served by ``sourcetrace serve``, plus one ingested hostile document."""
    for command in ("demo", "serve", "ingest"):
        if _cli(command, "--help", timeout=120).returncode != 0:
            pytest.skip(f"`sourcetrace {command}` does not exist yet")
    tmp = tmp_path_factory.mktemp("demo")
    db = tmp / "demo.db"
    made = _cli("demo", "--no-serve", "--db", str(db))
    assert made.returncode == 0, made.stderr[-3000:]
    found = re.search(r"(/documents/[0-9a-f]+)", made.stdout)
    assert found, f"demo printed no seed article path: {made.stdout!r}"
    hostile = tmp / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    added = _cli("ingest", str(hostile), "--db", str(db), "--lang", "nb")
    assert added.returncode == 0, added.stderr[-3000:]
    port = _free_port()
    proc = subprocess.Popen(
        [*CLI, "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_up(f"{base}/api/health", proc)
        docs = _get(f"{base}/api/documents?limit=500")["items"]
        hostile_id = next(d["id"] for d in docs if (d.get("origin") or "").endswith("hostile.txt"))
        yield {"base": base, "seed": found.group(1), "docs": docs, "hostile": hostile_id, "db": db}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


# --- the seed article on the real demo ----------------------------------------------------------


def _highlights(page: Any) -> dict[str, dict[str, str]]:
    """Quote id -> {speaker, text} from the highlighted <mark> elements (a quote may be cut in
    several marks by cues, hedges or figures inside it)."""
    marks = page.eval_on_selector_all(
        "article mark.q",
        "els => els.map(e => ({id: e.dataset.quoteId, speaker: e.dataset.speaker, text: e.textContent}))",
    )
    out: dict[str, dict[str, str]] = {}
    for m in marks:
        entry = out.setdefault(m["id"], {"speaker": m["speaker"], "text": ""})
        assert entry["speaker"] == m["speaker"], "one quote, two speakers"
        entry["text"] += m["text"]
    return out


def test_seed_article_shows_quotes_speakers_and_sourcing(demo: dict[str, Any], page: Any, tmp_path: Path) -> None:
    base = demo["base"]
    doc_id = demo["seed"].rsplit("/", 1)[1]
    reading = _get(f"{base}/api/documents/{doc_id}")
    graph = _get(f"{base}/api/documents/{doc_id}/provenance")
    text = reading["document"]["text"]

    _open(page, base + demo["seed"])
    page.wait_for_selector("article mark.q", timeout=30_000)
    shown = _highlights(page)

    spans = {q["id"]: (q["span"]["start"], q["span"]["end"]) for q in reading["quotes"]}
    expected = {
        q["id"]: {"speaker": q["speaker"]["name"] if q["speaker"] else "", "text": text[slice(*spans[q["id"]])]}
        for q in reading["quotes"] if spans[q["id"]][1] > spans[q["id"]][0]
    }
    assert len(shown) >= 3, f"only {len(shown)} quotes highlighted"
    assert "Alexander Gorin" in {v["speaker"] for v in shown.values()}
    # every quote of the API's own Reading is highlighted with its speaker, over exactly its span
    # (a quote overlapping another shares its characters, so only its speaker is compared)
    assert set(shown) <= set(expected)
    for qid, want in expected.items():
        (a, b) = spans[qid]
        alone = not any(o != qid and spans[o][0] < b and a < spans[o][1] for o in expected)
        if alone:
            assert shown.get(qid) == want, qid
        elif qid in shown:
            assert shown[qid]["speaker"] == want["speaker"], qid

    # one colour per speaker, listed in the legend
    legend = page.eval_on_selector_all(".legend li", "els => els.map(e => e.dataset.speaker)")
    assert set(legend) == {v["speaker"] or "unknown speaker" for v in expected.values()}
    colours = page.eval_on_selector_all(
        "article mark.q", "els => els.map(e => [e.dataset.speaker, getComputedStyle(e).getPropertyValue('--spk-bg')])")
    by_speaker: dict[str, set[str]] = {}
    for speaker, colour in colours:
        by_speaker.setdefault(speaker, set()).add(colour)
    assert all(len(c) == 1 for c in by_speaker.values()), by_speaker
    if 1 < len(by_speaker) <= 10:  # the palette has ten colours
        assert len({next(iter(c)) for c in by_speaker.values()}) == len(by_speaker)

    # clicking Gorin's quote shows speaker, cue and medium from the Reading
    gorin = next(q for q in reading["quotes"] if q["speaker"] and q["speaker"]["name"] == "Alexander Gorin")
    page.click(f"article mark.q[data-quote-id='{gorin['id']}']")
    panel = page.wait_for_selector(f".quote-details[data-quote-id='{gorin['id']}']")
    assert panel.query_selector(".d-speaker").text_content().startswith("Alexander Gorin")
    if gorin["cue"]:
        assert panel.query_selector(".d-cue").text_content() == gorin["cue"]["text"]
    if gorin["medium"]:
        assert panel.query_selector(".d-medium").text_content() == gorin["medium"]

    # the provenance graph is drawn by Cytoscape with every node of the API's graph
    assert graph["edges"], "the API gives the seed article no provenance edges"
    assert page.query_selector("#graph canvas") is not None
    n_nodes = page.evaluate("() => window.__sourcetrace.cy ? window.__sourcetrace.cy.nodes().length : -1")
    assert n_nodes == len(graph["nodes"]) >= 1
    sourcing = page.eval_on_selector_all("#sourcing li", "els => els.length")
    assert sourcing == len(reading["attributions"])

    assert page.errors == []
    shot = tmp_path / "reader.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    target = os.environ.get("SOURCETRACE_SCREENSHOT")
    if target:
        out = ROOT / "docs" / "screenshot-reader.png" if target == "1" else Path(target)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.evaluate("() => window.scrollTo(0, 0)")
        page.screenshot(path=str(out))


def test_list_speaker_and_search_pages(demo: dict[str, Any], page: Any) -> None:
    base = demo["base"]
    _open(page, base + "/")
    rows = page.eval_on_selector_all("#documents tbody tr", "els => els.length")
    assert rows == len(demo["docs"])
    with page.expect_navigation():
        page.click(f"a.doc-link[href='{demo['seed']}']")
    page.wait_for_selector("article mark.q", timeout=30_000)

    english = _get(f"{base}/api/documents?language=en")["items"]
    _open(page, base + "/?language=en")
    titles = page.eval_on_selector_all("#documents a.doc-link", "els => els.map(e => e.textContent)")
    assert titles == [d["title"] for d in english] and titles
    _open(page, base + "/?limit=2")
    first = page.eval_on_selector_all("#documents a.doc-link", "els => els.map(e => e.getAttribute('href'))")
    with page.expect_navigation():
        page.click("a.page-link:has-text('Next')")
    page.wait_for_selector("body[data-ready='1']")
    second = page.eval_on_selector_all("#documents a.doc-link", "els => els.map(e => e.getAttribute('href'))")
    assert len(first) == len(second) == 2 and not set(first) & set(second)

    quotes = _get(f"{base}/api/speakers/{urllib.request.quote('Alexander Gorin')}/quotes")["items"]
    _open(page, base + "/speakers/Alexander%20Gorin")
    items = page.eval_on_selector_all("#speaker-quotes > li", "els => els.length")
    assert items == len(quotes) >= 1
    assert page.get_attribute("#speaker-quotes > li a", "href").startswith("/documents/")

    _open(page, base + "/search?q=Gorin")
    hits = page.eval_on_selector_all("#search-results a", "els => els.map(e => e.getAttribute('href'))")
    assert demo["seed"] in hits
    assert page.errors == []


def test_hostile_article_text_is_shown_never_run(demo: dict[str, Any], page: Any) -> None:
    base = demo["base"]
    _open(page, f"{base}/documents/{demo['hostile']}")
    page.wait_for_selector("article p")
    page.hover("article p:last-child")
    article = page.text_content("article")
    assert SCRIPT in article and IMG in article
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.query_selector("article img, article script, article b") is None
    _open(page, base + "/")  # the title may carry the payload too
    _open(page, base + "/search?q=" + urllib.request.quote("window"))
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.errors == []


def test_read_token_is_asked_for_and_kept(demo: dict[str, Any], page: Any) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [*CLI, "serve", "--db", str(demo["db"]), "--port", str(port), "--read-token", "s3cret"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_up(f"{base}/api/health", proc)
        _open(page, base + "/")
        assert page.query_selector("#documents") is None
        page.fill("input[name=token]", "s3cret")
        with page.expect_navigation():
            page.click("form.error button")
        page.wait_for_selector("#documents")
        assert page.eval_on_selector_all("#documents tbody tr", "els => els.length") == len(demo["docs"])
        _open(page, base + demo["seed"])  # kept for the session
        page.wait_for_selector("article mark.q")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- hand-made Readings on a fixture app -------------------------------------------------------

ASTRAL = f"Rapport 🛰 fra fronten 𝔘𝔨𝔯𝔞𝔦𝔫𝔞 {SCRIPT}\n\n" \
    "– Vi mistet 𝟑 stillinger 🙁 i natt, sier soldaten 🪖 til NRK.\n\n" \
    "Avisen 🇺🇦 skriver at angrepet skal ha startet klokka fire."


def _span(text: str, part: str, after: int = 0) -> dict[str, int]:
    start = text.index(part, after)
    return {"start": start, "end": start + len(part)}


def _fixture_reading() -> dict[str, Any]:
    from sourcetrace.model import Reading

    t = ASTRAL
    paras, pos = [], 0
    for block in t.split("\n\n"):
        start = t.index(block, pos)
        pos = start + len(block)
        paras.append({"span": {"start": start, "end": pos}, "role": "heading" if start == 0 else "body", "text": block})
    q1 = "Vi mistet 𝟑 stillinger 🙁 i natt,"
    q2 = "angrepet skal ha startet klokka fire"
    reading = {
        "pipeline_version": "fixture",
        "document": {
            "id": "f" * 64, "language": "nb", "title": f"{SCRIPT} fixture", "source": IMG,
            "url": "javascript:window.__xss=1", "text": t, "paragraphs": paras,
        },
        "quotes": [
            {"id": "q1", "kind": "direct", "text": q1, "span": _span(t, q1),
             "speaker": {"id": "s1", "name": IMG, "kind": "descriptive"},
             "cue": {"text": "sier", "span": _span(t, "sier")}, "medium": SCRIPT, "recipient": "NRK"},
            {"id": "q2", "kind": "indirect", "text": q2, "span": _span(t, q2),
             "speaker": {"id": "s2", "name": "Avisen 🇺🇦", "kind": "organisation"},
             "cue": {"text": "skriver", "span": _span(t, "skriver")}, "hedges": ["h1"]},
        ],
        "speakers": [{"id": "s1", "name": IMG, "kind": "descriptive"},
                     {"id": "s2", "name": "Avisen 🇺🇦", "kind": "organisation"}],
        "hedges": [{"id": "h1", "cue": "skal ha", "meaning": "reportedly", "span": _span(t, "skal ha")}],
        "figures": [{"id": "f1", "value": 3, "text": "𝟑", "span": _span(t, "𝟑"), "unit": "positions"}],
        "attributions": [{"id": "a1", "source": {"name": "Avisen 🇺🇦", "kind": "organisation"}, "relation": "reported",
                          "evidence": {"text": "Avisen 🇺🇦 skriver", "span": _span(t, "Avisen 🇺🇦 skriver")}}],
        "provenance": [{"source": "this document", "target": "Avisen 🇺🇦", "relation": "reported"},
                       {"source": "this document", "target": IMG, "relation": "quoted"}],
    }
    return Reading.model_validate(reading).model_dump(mode="json")


@pytest.fixture(scope="module")
def fixture_server() -> Iterator[str]:
    import uvicorn
    from fastapi import FastAPI, HTTPException

    from sourcetrace.web import mount

    reading = _fixture_reading()
    doc = reading["document"]
    app = FastAPI()

    @app.get("/api/documents")
    def documents() -> dict[str, Any]:
        item = {k: doc.get(k) for k in ("id", "title", "source", "language", "published", "origin")}
        return {"items": [{**item, "n_quotes": 2, "n_attributions": 1}], "total": 1, "limit": 50, "offset": 0}

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        if doc_id != doc["id"]:
            raise HTTPException(404, "no such document")
        return reading

    @app.get("/api/documents/{doc_id}/provenance")
    def provenance(doc_id: str) -> dict[str, Any]:
        raise HTTPException(500, "fall back to the Reading's edges")

    mount(app)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    _wait_up(f"{base}/static/app.html")
    yield base
    server.should_exit = True
    thread.join(timeout=10)


def test_spans_after_astral_characters_highlight_exactly(fixture_server: str, page: Any) -> None:
    """Spans count code points; the highlights must cover the same characters in JS (UTF-16)."""
    reading = _fixture_reading()
    _open(page, f"{fixture_server}/documents/{reading['document']['id']}")
    shown = _highlights(page)
    assert {k: v["text"] for k, v in shown.items()} == {q["id"]: q["text"] for q in reading["quotes"]}
    assert shown["q1"]["speaker"] == IMG
    assert page.text_content("article .hedge") == "skal ha"
    assert page.text_content("article .fig") == "𝟑"
    assert page.text_content("article p.role-heading").startswith("Rapport 🛰")
    assert page.evaluate("() => window.__sourcetrace.cy.nodes().length") == 3  # Reading edges


def test_hostile_names_media_and_links_stay_text(fixture_server: str, page: Any) -> None:
    reading = _fixture_reading()
    _open(page, f"{fixture_server}/documents/{reading['document']['id']}")
    page.click("article mark.q[data-quote-id='q1']")
    panel = page.wait_for_selector(".quote-details[data-quote-id='q1']")
    assert panel.query_selector(".d-speaker a").text_content() == IMG
    assert panel.query_selector(".d-medium").text_content() == SCRIPT
    assert page.text_content("h1") == f"{SCRIPT} fixture"
    assert page.query_selector("a[href^='javascript']") is None
    assert page.query_selector("#app img, #app script") is None
    _open(page, fixture_server + "/")
    assert page.text_content("#documents a.doc-link") == f"{SCRIPT} fixture"
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.errors == []


def test_missing_document_is_a_clear_message(fixture_server: str, page: Any) -> None:
    _open(page, f"{fixture_server}/documents/nope")
    assert "No document with id" in page.text_content("#app .error")


@pytest.fixture(autouse=True, scope="module")
def _chromium_present() -> None:
    if shutil.which(CHROMIUM) is None and not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM}")


# --- API docs offline and export downloads (issue #13) ------------------------------------------


def test_api_docs_render_with_the_network_cut_off(demo: dict[str, Any], page: Any) -> None:
    """Swagger UI comes from this server only: every other address is refused and it still draws."""
    base = demo["base"]
    outside: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(f"{base}/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
    assert "sourcetrace" in page.text_content(".swagger-ui .info .title")
    page.wait_for_selector(
        ".opblock-summary-path[data-path='/api/documents/{doc_id}/export']", timeout=30_000
    )
    assert outside == []


def test_reader_offers_every_export_as_a_download(demo: dict[str, Any], page: Any) -> None:
    from prov.model import ProvDocument

    base = demo["base"]
    _open(page, base + demo["seed"])
    formats = page.eval_on_selector_all(".doc-exports a.export-link", "els => els.map(e => e.dataset.format)")
    assert {"prov-json", "prov-n", "graphml", "csv", "claimreview"} <= set(formats)
    with page.expect_download() as download:
        page.click(".doc-exports a.export-link[data-format='prov-json']")
    saved = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Alexander Gorin" in saved
    assert len(ProvDocument.deserialize(content=saved, format="json").bundles) == 1
    _open(page, base + "/")
    assert page.query_selector(".doc-exports a.export-link[data-format='graphml']") is not None
    assert page.errors == []


def test_telegram_posts_show_their_public_link_and_media(demo: dict[str, Any], page: Any) -> None:
    export = ROOT / "tests" / "fixtures" / "ingest" / "telegram_export" / "result.json"
    added = _cli(
        "ingest", str(export), "--db", str(demo["db"]), "--model", "blank", "--lang", "en",
        "--telegram-username", "@frontsvodki",
    )
    assert added.returncode == 0, added.stderr[-3000:]
    docs = _get(f"{demo['base']}/api/documents?limit=500")["items"]
    video = next(d for d in docs if (d.get("origin") or "").endswith("result.json#4"))
    _open(page, f"{demo['base']}/documents/{video['id']}")
    assert page.get_attribute("a.tg-link", "href") == "https://t.me/frontsvodki/4"
    assert "video" in page.text_content(".tg-media")
    photo = next(d for d in docs if (d.get("origin") or "").endswith("result.json#3"))
    _open(page, f"{demo['base']}/documents/{photo['id']}")
    assert "photo" in page.text_content(".tg-media")
    assert page.errors == []


def test_a_speaker_corrected_in_the_reader_stays_corrected(demo: dict[str, Any], page: Any) -> None:
    """Set a quote's speaker in the details panel (with the server's editor token)."""
    port = _free_port()
    proc = subprocess.Popen(
        [*CLI, "serve", "--db", str(demo["db"]), "--port", str(port), "--token", "edit-secret"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_up(f"{base}/api/health", proc)
        _open(page, base + demo["seed"])
        page.click("article mark.q[data-quote-id='q1']")
        panel = page.wait_for_selector(".quote-details[data-quote-id='q1']")
        panel.query_selector("details.correct summary").click()
        panel.query_selector("input[name='to']").fill("Oleksandr Gorin")
        panel.query_selector("input[name='token']").fill("wrong")
        panel.query_selector("button.set-speaker").click()
        page.wait_for_selector(".correction-status:has-text('Not saved')")
        panel.query_selector("input[name='token']").fill("edit-secret")
        with page.expect_navigation():
            panel.query_selector("button.set-speaker").click()
        page.wait_for_selector("body[data-ready='1']")
        speaker = page.get_attribute("article mark.q[data-quote-id='q1']", "data-speaker")
        assert speaker == "Oleksandr Gorin"
        doc_id = demo["seed"].rsplit("/", 1)[1]
        assert _get(f"{base}/api/corrections?document_id={doc_id}")[0]["to"] == "Oleksandr Gorin"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()

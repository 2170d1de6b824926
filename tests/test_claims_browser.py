"""The claim pages in headless Chromium over a real store holding the three-document chain:
clusters list, claim page (versions side by side, timeline, chain graph, grade, reject with the
token), conflicts page."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.claims import ClaimStore
from sourcetrace.ingest.sources import iter_sources, read_text_file
from sourcetrace.store import ingest_source, open_store

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHAIN = ROOT / "tests" / "fixtures" / "claims" / "chain"
CHROMIUM = os.environ.get("SOURCETRACE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
CLI = [sys.executable, "-c", "from sourcetrace.cli import main; main()"]
TOKEN = "claims-token"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_up(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - local test server
                return
        except OSError:
            time.sleep(0.25)
    raise AssertionError(f"server at {url} did not come up")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("claims-web") / "chain.db"
    store = open_store(str(db))
    (post,) = list(iter_sources([str(CHAIN / "result.json")]))
    english = read_text_file(CHAIN / "en-example-times-video.txt")
    english.source, english.published = "Example Times", dt.date(2024, 2, 12)
    norwegian = read_text_file(CHAIN / "nb-eksempelavisen-video.txt")
    norwegian.source, norwegian.published = "Eksempelavisen", dt.date(2024, 2, 13)
    for doc, language in ((post, None), (english, "en"), (norwegian, "nb")):
        ClaimStore(store).link_documents([ingest_source(store, doc, lang=language).id])
    store.close()
    port = _free_port()
    proc = subprocess.Popen(
        [*CLI, "serve", "--db", str(db), "--port", str(port), "--token", TOKEN],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_up(f"{base}/api/health", proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture()
def page() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1300, "height": 1000})
        pg.errors = []  # type: ignore[attr-defined]
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        yield pg
        browser.close()


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


def test_claim_pages_show_versions_chain_grade_and_take_a_decision(served: str, page: Any) -> None:
    _open(page, f"{served}/claims")
    first = page.locator("#clusters li a").first
    assert first.count() == 1
    first.click()
    page.wait_for_selector("#versions section", timeout=30_000)
    languages = page.eval_on_selector_all("#versions section", "els => els.map(e => e.lang)")
    assert {"en", "nb"} <= set(languages)
    timeline = page.locator("#timeline li").all_inner_texts()
    assert len(timeline) == 3 and "earliest" in timeline[0] and "primary source" in timeline[0]
    assert page.locator("#chain-graph canvas").count() > 0
    grade = page.locator("#grade").inner_text()
    assert "admiralty-scale:source-reliability" in grade
    page.on("dialog", lambda dialog: dialog.accept(TOKEN))
    page.locator("#links button", has_text="Reject").first.click()
    page.wait_for_selector("#decision-note:has-text('Recorded')", timeout=30_000)
    assert "Recorded: rejected" in page.locator("#decision-note").inner_text()
    _open(page, f"{served}/conflicts")
    page.wait_for_selector("h1", timeout=30_000)
    assert "Conflicting figures" in page.locator("h1").inner_text()
    assert page.errors == []

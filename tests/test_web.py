"""The web reader's server side: page routes, static files, headers, and that no untrusted text
can reach markup (pages are a static shell; the JS builds the DOM without parsing HTML)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sourcetrace.web import PAGES, STATIC, mount

JS = sorted((STATIC / "js").glob("*.js"))
PAYLOADS = ['<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=1">']


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = FastAPI()
    mount(app)
    return TestClient(app)


def _shell() -> str:
    return (STATIC / "app.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "path",
    ["/", "/documents", "/documents/abc123", "/speakers", "/speakers/Alexander%20Gorin",
     "/speakers/a%2Fb", "/search?q=Gorin"],
)
def test_pages_serve_the_shell_with_a_strict_policy(client: TestClient, path: str) -> None:
    res = client.get(path)
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("text/html")
    csp = res.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert res.headers["x-content-type-options"] == "nosniff"
    assert '<script type="module" src="/static/js/main.js">' in res.text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_untrusted_path_text_is_never_reflected(client: TestClient, payload: str) -> None:
    for path in (f"/documents/{quote(payload, safe='')}", f"/speakers/{quote(payload, safe='')}",
                 f"/search?q={quote(payload, safe='')}"):
        res = client.get(path)
        assert res.status_code in (200, 404)  # a "/" in the payload leaves the page route
        if res.status_code == 200:
            assert res.text == _shell()
        assert "__xss" not in res.text


def test_static_modules_and_vendored_cytoscape_are_served(client: TestClient) -> None:
    for js in JS:
        res = client.get(f"/static/js/{js.name}")
        assert res.status_code == 200, js.name
        assert "javascript" in res.headers["content-type"]
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]
    vendor = client.get("/static/vendor/cytoscape.min.js")
    assert vendor.status_code == 200
    assert "cytoscape" in vendor.text[:2000].lower()
    assert client.get("/static/nope.js").status_code == 404


def test_every_module_the_shell_imports_exists() -> None:
    names = {p.name for p in JS}
    for js in JS:
        for target in re.findall(r'from\s+"\./([\w.-]+)"', js.read_text(encoding="utf-8")):
            assert target in names, f"{js.name} imports missing {target}"
    assert {"main.js", "document.js", "pages.js", "graph.js", "text.js", "dom.js"} <= names


def test_no_cdn_or_remote_code() -> None:
    """Everything the page loads comes from /static: no CDN link in HTML, CSS or our JS."""
    remote = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|@import\s+url\(\s*["']?https?:|from\s+["']https?:|import\(\s*["']https?:""", re.I)
    for path in [STATIC / "app.html", STATIC / "style.css", *JS]:
        text = path.read_text(encoding="utf-8")
        assert not remote.search(text), f"remote reference in {path.name}"
    html = _shell()
    for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert ref.startswith("/static/") or ref.startswith("/"), ref


def test_scripts_never_parse_html_from_data() -> None:
    """The reader builds the DOM with createElement/textContent only."""
    sink = re.compile(r"\.(?:innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment")
    for js in JS:
        text = js.read_text(encoding="utf-8")
        assert not sink.search(text), f"HTML sink in {js.name}"


def test_vendored_library_is_documented() -> None:
    root = Path(__file__).resolve().parents[1]
    assert (STATIC / "vendor" / "cytoscape.LICENSE").is_file()
    package = (root / "web-src" / "package.json").read_text(encoding="utf-8")
    assert '"cytoscape"' in package
    assert "npm run build" in (root / "web-src" / "README.md").read_text(encoding="utf-8")


def test_page_routes_match_the_api_app(tmp_path: Path) -> None:
    """Mounted on the real app, the pages do not shadow the JSON API and vice versa."""
    api = pytest.importorskip("sourcetrace.api")
    app = api.create_app(str(tmp_path / "web.db"))
    with TestClient(app) as c:
        assert c.get("/").headers["content-type"].startswith("text/html")
        assert c.get("/documents/xyz").headers["content-type"].startswith("text/html")
        docs = c.get("/api/documents")
        assert docs.status_code == 200 and docs.json()["items"] == []
        assert c.get("/api/documents/xyz").status_code == 404
        assert c.get("/static/js/main.js").status_code == 200
    assert {"/", "/documents/{doc_id}", "/speakers/{name:path}", "/search"} <= set(PAGES)

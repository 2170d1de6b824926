"""URLs: a local server on 127.0.0.1 is refused unless private addresses are allowed, and
timeouts, size caps and redirects are enforced hop by hop."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sourcetrace.ingest import InputError, SourceDoc, web
from sourcetrace.ingest.sources import iter_sources

PAGE = (
    Path(__file__).parent / "fixtures" / "ingest" / "pages" / "en-kharkiv-strike.html"
).read_bytes()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if "no_length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            if key != "no_length":
                self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        port = self.server.server_address[1]
        routes = {
            "/page.html": lambda: self._send(200, PAGE),
            "/plain": lambda: self._send(200, b"Kyiv said 30 drones were shot down.", "text/plain"),
            "/redirect": lambda: self._send(302, b"", Location="/page.html"),
            "/loop": lambda: self._send(302, b"", Location="/loop"),
            "/elsewhere": lambda: self._send(
                302, b"", Location=f"http://127.0.0.2:{port}/page.html"
            ),
            "/big": lambda: self._send(200, b"x" * 5000, "text/plain"),
            "/missing": lambda: self._send(404, b"not here", "text/plain"),
        }
        if self.path == "/big-stream":
            self.close_connection = True
            self._send(200, b"<p>" + b"y" * 5000, no_length=True)
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, b"late", "text/plain")
        elif self.path in routes:
            routes[self.path]()
        else:
            self._send(404, b"", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_loopback_is_refused_without_the_flag(server: str):
    with pytest.raises(
        InputError, match="refused: 127.0.0.1 is a loopback address.*--allow-private"
    ):
        web.fetch(f"{server}/page.html")
    port = server.rsplit(":", 1)[1]
    with pytest.raises(InputError, match="refused: localhost is a loopback address"):
        web.fetch(f"http://localhost:{port}/page.html")


def test_allowed_page_is_extracted(server: str):
    doc = web.fetch(f"{server}/page.html", allow_private=True)
    assert doc.author == "Anna Lindqvist" and doc.origin == f"{server}/page.html"
    assert "Oleh Syniehubov wrote on Telegram" in doc.text and "<p>" not in doc.text
    plain = web.fetch(f"{server}/plain", allow_private=True)
    assert plain.text == "Kyiv said 30 drones were shot down." and plain.meta["format"] == "text"


def test_redirects_are_followed_checked_and_limited(server: str, monkeypatch):
    doc = web.fetch(f"{server}/redirect", allow_private=True)
    assert doc.meta["fetched_url"] == f"{server}/page.html"
    with pytest.raises(InputError, match="too many redirects"):
        web.fetch(f"{server}/loop", allow_private=True, max_redirects=3)
    # every hop is checked: here 127.0.0.1 passes and the redirect's 127.0.0.2 does not
    monkeypatch.setattr(web, "_kind", lambda ip: "loopback" if str(ip) == "127.0.0.2" else None)
    with pytest.raises(InputError) as caught:
        web.fetch(f"{server}/elsewhere")
    assert str(caught.value).startswith(f"{server}/elsewhere: redirected to http://127.0.0.2:")
    assert str(caught.value).endswith(
        "refused: 127.0.0.2 is a loopback address (127.0.0.2); pass --allow-private to read it"
    )


def test_size_cap_timeout_and_http_errors(server: str):
    with pytest.raises(InputError, match="too large: 5000 bytes"):
        web.fetch(f"{server}/big", allow_private=True, max_bytes=1000)
    with pytest.raises(InputError, match="too large: more than 1000 bytes"):
        web.fetch(f"{server}/big-stream", allow_private=True, max_bytes=1000)
    with pytest.raises(InputError, match="HTTP 404"):
        web.fetch(f"{server}/missing", allow_private=True)
    with pytest.raises(InputError, match="timed out"):
        web.fetch(f"{server}/slow", allow_private=True, timeout=0.3)


def test_through_iter_sources(server: str):
    (refused,) = iter_sources([f"{server}/page.html"])
    assert refused.origin == f"{server}/page.html" and refused.message.startswith("refused:")
    (doc,) = iter_sources([f"{server}/page.html"], allow_private=True)
    assert isinstance(doc, SourceDoc) and doc.title.startswith("Russian missile strike")


@pytest.mark.parametrize(
    "address, kind",
    [
        ("127.0.0.5", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("::ffff:127.0.0.1", "loopback"),
        ("0.0.0.0", "private"),
        ("100.64.0.1", "non-public"),
        ("224.0.0.1", "multicast"),
        ("93.184.215.14", None),
        ("2a00:1450:4001::1", None),
    ],
)
def test_address_classes(address: str, kind: str | None):
    assert web._kind(ipaddress.ip_address(address)) == kind


def test_not_http(tmp_path: Path):
    with pytest.raises(InputError, match="only http and https"):
        web.check_host("ftp://example.org/x", allow_private=True)

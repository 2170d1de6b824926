"""The web reader: HTML page routes and static files added onto the API app.

Every page is the same static shell (``static/app.html``); the JavaScript modules read the
route from the address and fetch the JSON API. No data is ever rendered into HTML on the
server, so untrusted article text cannot reach markup here; in the browser it is only ever set
with ``textContent``. The pages also carry a strict Content-Security-Policy (scripts only from
this origin) as a second line of defence.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
#: where the vendored Swagger UI is served (see web-src/build.mjs)
SWAGGER = "/static/vendor/swagger-ui"

#: scripts and connections only from this origin; cytoscape sets element styles, hence
#: ``'unsafe-inline'`` for styles only.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-cache",
}

#: page routes served by the shell; the JS router in ``static/js/main.js`` mirrors them.
PAGES = ("/", "/documents", "/documents/{doc_id}", "/speakers", "/speakers/{name:path}", "/search")
PAGES += ("/claims", "/claims/{claim_id}", "/conflicts")


def _shell() -> FileResponse:
    return FileResponse(STATIC / "app.html", media_type="text/html; charset=utf-8", headers=HEADERS)


def mount(app: FastAPI) -> None:
    """Add the reader's pages and ``/static`` to ``app`` (the JSON API lives under ``/api``)."""

    async def page() -> FileResponse:
        return _shell()

    for path in PAGES:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)

    async def docs() -> HTMLResponse:
        """Swagger UI from the vendored ``swagger-ui-dist`` (web-src/), never from a CDN."""
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} API",
            swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png",
        )

    app.add_api_route("/docs", docs, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

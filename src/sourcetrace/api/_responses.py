"""Answers shared by many routes, documented once so the OpenAPI schema lists them wherever they
can come (schemathesis holds the app to its schema)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class Problem(BaseModel):
    """An error answer: a sentence, or FastAPI's list of field errors for a malformed request."""

    detail: str | list[dict[str, Any]]


#: what a route behind the ingest token answers when the token is missing, wrong or off
TOKEN_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "no or a wrong ingest token", "model": Problem},
    403: {"description": "writing over the API is off: start the server with --token", "model": Problem},
}
#: a route with a body, whose own checks may refuse a request with a sentence
REFUSED: dict[int | str, dict[str, Any]] = {
    400: {"description": "the body is not JSON", "model": Problem},
    422: {"description": "the request is malformed or cannot be carried out", "model": Problem},
}

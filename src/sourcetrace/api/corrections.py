"""Corrections of the speakers (rename, merge, set the speaker of a quote): read with the read
token, made with the ingest token. They are stored apart from the machine readings and applied
again after every re-analysis (:mod:`sourcetrace.corrections`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field

from ..corrections import Correction, CorrectionKind

readers = APIRouter(tags=["corrections"])
editors = APIRouter(tags=["corrections"])


class NewCorrection(BaseModel):
    """A correction to make; see :class:`sourcetrace.corrections.Correction`."""

    model_config = ConfigDict(extra="forbid")
    kind: CorrectionKind
    to: str = Field(min_length=1, max_length=300)
    names: list[str] = Field(default_factory=list, max_length=50)
    document_id: str | None = None
    quote_id: str | None = None


@readers.get("/api/corrections")
def corrections(request: Request, document_id: str | None = None) -> list[dict[str, Any]]:
    """Corrections in the order they were made (those that apply to ``document_id``, if given)."""
    store = request.app.state.store
    return [c.model_dump(mode="json") for c in store.corrections(document_id)]


@editors.post("/api/corrections", status_code=201)
def correct(request: Request, body: NewCorrection) -> dict[str, Any]:
    """Keep a correction and apply it now; answers with it and the documents it changed."""
    try:
        correction = Correction(**body.model_dump())
    except ValueError as exc:
        errors = getattr(exc, "errors", None)
        message = errors()[0]["msg"] if callable(errors) else str(exc)
        raise HTTPException(422, message.removeprefix("Value error, ")) from None
    try:
        stored, changed = request.app.state.store.add_correction(correction)
    except KeyError:
        raise HTTPException(404, f"no document {correction.document_id}") from None
    return {"correction": stored.model_dump(mode="json"), "changed_documents": changed}

"""Export endpoints: one document or the whole corpus in any registered export format
(:mod:`sourcetrace.export`), as a download; formats that write several files come as a zip."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from ..export import ExportError, ExportInput, export_input, formats, get_exporter, render_bytes

router = APIRouter(tags=["export"])
#: a download: one file, or a zip for the formats that write several files
DOWNLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            media: {}
            for media in ["application/zip", *(exporter.media_type for exporter in formats())]
        }
    },
    400: {"description": "unknown format"},
    404: {"description": "no such document or claim"},
    422: {"description": "the export cannot be made"},
}
FormatQuery = Query(
    description="export format; GET /api/export/formats lists them",
    examples=["prov-json", "graphml", "csv"],
)


@router.get("/api/export/formats")
def export_formats() -> list[dict[str, Any]]:
    """The registered export formats."""
    return [
        {
            "name": exporter.name,
            "description": exporter.description,
            "media_type": exporter.media_type,
            "several_files": exporter.several_files,
        }
        for exporter in formats()
    ]


def _download(
    request: Request, format_name: str, document_id: str | None, claim_id: str | None = None
) -> Response:
    store = request.app.state.store
    try:
        exporter = get_exporter(format_name)
    except ExportError as exc:
        raise HTTPException(400, str(exc)) from None
    if document_id is not None and store.stored_version(document_id) is None:
        raise HTTPException(404, f"no document {document_id}")
    data: ExportInput
    if claim_id is not None:
        from ..export.run import claim_input

        try:
            data = claim_input(store, claim_id)
        except ExportError as exc:
            raise HTTPException(404, str(exc)) from None
    else:
        data = export_input(store, document_id)
    try:
        content, media_type, suffix = render_bytes(exporter, exporter.render(data))
    except ExportError as exc:
        raise HTTPException(422, str(exc)) from None
    key = document_id or claim_id
    stem = f"sourcetrace-{key[:16]}" if key else "sourcetrace-corpus"
    return Response(
        content,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{stem}-{exporter.name}{suffix}"'},
    )


@router.get(
    "/api/documents/{doc_id}/export",
    responses=DOWNLOAD_RESPONSES,
)
def export_document(
    request: Request,
    doc_id: str,
    format: str = FormatQuery,  # noqa: A002 - the query name
) -> Response:
    """One document in an export format, as a file to download."""
    return _download(request, format, doc_id)


@router.get("/api/export", responses=DOWNLOAD_RESPONSES)
def export_corpus(request: Request, format: str = FormatQuery) -> Response:  # noqa: A002
    """The whole corpus in an export format, as a file to download."""
    return _download(request, format, None)


@router.get(
    "/api/claims/{claim_id}/export",
    responses=DOWNLOAD_RESPONSES,
)
def export_claim(
    request: Request,
    claim_id: str,
    format: str = FormatQuery,  # noqa: A002 - the query name
) -> Response:
    """The documents of one claim's cluster in an export format; in ClaimReview its claims are
    rated by the cluster's grade."""
    return _download(request, format, None, claim_id)

"""Running an export: gathering its input from a store and putting its output on disk or into
one download."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..model import Reading
from ..store import Store
from .claims import RatedClaim, claims_from_readings
from .registry import Exporter, ExportError, ExportInput, Rendered


def export_input(
    store: Store,
    document_id: str | None = None,
    rated_claims: list[RatedClaim] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportInput:
    """The readings of one document or of the whole corpus, with the rated claims (given, or
    derived from the stored verdicts). ``progress(done, total)`` is called per document."""
    ids = [document_id] if document_id is not None else store.document_ids()
    readings: list[Reading] = []
    for done, doc_id in enumerate(ids, 1):
        reading = store.reading(doc_id)
        if reading is None:
            raise ExportError(f"no document {doc_id} in the store")
        readings.append(reading)
        if progress is not None:
            progress(done, len(ids))
    if rated_claims is None:
        rated_claims = claims_from_readings(readings)
    return ExportInput(readings=readings, rated_claims=rated_claims)


def write_rendered(exporter: Exporter, rendered: Rendered, out: Path) -> list[Path]:
    """Write one file, or the files of a several-file format into the folder ``out``. Nothing
    is overwritten silently: an existing file is replaced, an existing non-folder refused."""
    if isinstance(rendered, bytes):
        if out.is_dir():
            out = out / f"sourcetrace{exporter.suffix}"
        if not out.parent.is_dir():
            raise ExportError(f"{out}: folder {out.parent} does not exist")
        out.write_bytes(rendered)
        return [out]
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: {exporter.name} writes several files; give a folder")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in rendered.items():
        path = out / name
        path.write_bytes(content)
        written.append(path)
    return written


def render_bytes(exporter: Exporter, rendered: Rendered) -> tuple[bytes, str, str]:
    """One download: ``(content, media type, file suffix)``; several files become a zip."""
    if isinstance(rendered, bytes):
        return rendered, exporter.media_type, exporter.suffix
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in rendered.items():
            archive.writestr(name, content)
    return buffer.getvalue(), "application/zip", ".zip"

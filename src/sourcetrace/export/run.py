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


#: Admiralty information credibility (1 confirmed .. 6 cannot be judged) as ClaimReview's
#: 1 (false) .. 5 (true) rating and in words; 6 has no value on that scale
CREDIBILITY_RATINGS = {
    1: (5, "confirmed by other sources"),
    2: (4, "probably true"),
    3: (3, "possibly true"),
    4: (2, "doubtful"),
    5: (1, "improbable"),
    6: (None, "truth cannot be judged"),
}


def claim_input(store: Store, claim_id: str) -> ExportInput:
    """The documents in which the cluster holding ``claim_id`` appears, with each of its claims
    rated by the cluster's explained grade (reliability letter, credibility number)."""
    from ..claims.chain import build_chain
    from ..claims.grades import grade_cluster
    from ..claims.report import ClaimReport
    from ..claims.store import ClaimError, ClaimStore
    from ..model import Span

    claims = ClaimStore(store)
    try:
        cluster = claims.cluster_of(claim_id)
    except ClaimError as exc:
        raise ExportError(str(exc)) from None
    readings: dict[str, Reading] = {}
    for claim in cluster.claims:
        if claim.document_id not in readings:
            reading = store.reading(claim.document_id)
            if reading is not None:
                readings[claim.document_id] = reading
    report = ClaimReport(claims)
    chain = report.chains.get(cluster.id) or build_chain(cluster, readings)
    grade = grade_cluster(cluster.claims, chain, report.conflicts_of(cluster), report.record)
    value, words = CREDIBILITY_RATINGS[grade.credibility]
    rated = [
        RatedClaim(
            claim=claim.text,
            rating=f"{grade.code}: {words}",
            rating_value=value,
            reviewer="sourcetrace (machine grade; see its evidence)",
            claimant=claim.claimant,
            appearances=[claim.origin or claim.document_id],
            date=claim.date,
            document_id=claim.document_id,
            span=Span(start=claim.start, end=claim.end),
        )
        for claim in cluster.claims
    ]
    return ExportInput(readings=list(readings.values()), rated_claims=rated)


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

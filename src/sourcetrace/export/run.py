"""Running an export: gathering its input from a store and putting its output on disk or into
one download."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    return ExportInput(
        readings=readings,
        rated_claims=rated_claims,
        claim_rows=claim_tables(store, {r.document.id for r in readings}),
    )


def claim_tables(store: Store, document_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The claims of these documents that belong to a cluster, with the cluster's grade, and
    the conflicting figures among them (one row per side): empty when nothing is linked."""
    from ..claims.report import ClaimReport
    from ..claims.store import ClaimStore

    report = ClaimReport(ClaimStore(store))
    if not report.clusters:
        return {}
    claims: list[dict[str, Any]] = []
    for cluster in report.clusters:
        if not any(c.document_id in document_ids for c in cluster.claims):
            continue
        grade = report.cluster_view(cluster)["grade"]["code"]
        for claim in cluster.claims:
            if claim.document_id not in document_ids:
                continue
            figure = claim.figure
            claims.append(
                {
                    "document_id": claim.document_id,
                    "claim_id": claim.id,
                    "cluster_id": cluster.id,
                    "kind": claim.kind,
                    "text": claim.text,
                    "start": claim.start,
                    "end": claim.end,
                    "claimant": claim.claimant,
                    "relation": claim.relation,
                    "language": claim.language,
                    "published": claim.published,
                    "indicator": figure.indicator if figure else claim.indicator,
                    "value": figure.best if figure else None,
                    "grade": grade,
                }
            )
    sides = report.claim_store.claims(side.claim for c in report.conflicts for side in c.figures)
    home = {claim_id: claim.document_id for claim_id, claim in sides.items()}
    conflicts = [
        {
            "conflict_id": conflict.id,
            "indicator": conflict.indicator,
            "place": conflict.place,
            "claim_id": side.claim,
            "document_id": home.get(side.claim),
            "value": side.value,
            "low": side.low,
            "high": side.high,
            "claimant": side.claimant,
            "date": side.date,
            "why": conflict.why,
        }
        for conflict in report.conflicts
        if any(home.get(side.claim) in document_ids for side in conflict.figures)
        for side in conflict.figures
    ]
    return {"claims": claims, "conflicts": conflicts}


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
    return ExportInput(
        readings=list(readings.values()),
        rated_claims=rated,
        claim_rows=claim_tables(store, set(readings)),
    )


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

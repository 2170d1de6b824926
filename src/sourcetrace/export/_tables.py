"""The corpus as flat tables, one per record kind, for the CSV and Parquet exports.

Column names are part of the export's contract (documented in docs/exports.md): every row
carries its ``document_id`` and the character offsets ``[start, end)`` into that document's
original text, so a row links back to the exact words it was read from."""

from __future__ import annotations

from typing import Any

from ..model import Reading, Span, TextSpan

Row = dict[str, Any]

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "document_id",
        "title",
        "source",
        "language",
        "published",
        "author",
        "url",
        "origin",
        "n_chars",
        "n_quotes",
        "n_attributions",
        "n_figures",
        "n_speakers",
    ),
    "speakers": (
        "document_id",
        "speaker_id",
        "name",
        "kind",
        "title",
        "entity_type",
        "n_mentions",
        "first_start",
        "first_end",
    ),
    "quotes": (
        "document_id",
        "quote_id",
        "kind",
        "text",
        "start",
        "end",
        "speaker_id",
        "speaker",
        "speaker_kind",
        "cue",
        "cue_start",
        "cue_end",
        "medium",
        "addressee",
        "recipient",
        "hedge_ids",
    ),
    "attributions": (
        "document_id",
        "attribution_id",
        "source_id",
        "source",
        "source_kind",
        "relation",
        "recipient",
        "object",
        "object_start",
        "object_end",
        "evidence",
        "evidence_start",
        "evidence_end",
        "medium",
        "date",
    ),
    "figures": (
        "document_id",
        "figure_id",
        "value",
        "value_max",
        "bound",
        "text",
        "start",
        "end",
        "unit",
        "counts",
        "claimant_id",
        "claimant",
    ),
    "hedges": (
        "document_id",
        "hedge_id",
        "cue",
        "meaning",
        "start",
        "end",
        "scope",
        "scope_start",
        "scope_end",
    ),
}


def _offsets(prefix: str, span: Span | TextSpan | None) -> Row:
    where = span.span if isinstance(span, TextSpan) else span
    return {
        f"{prefix}start": where.start if where else None,
        f"{prefix}end": where.end if where else None,
    }


def _document_rows(reading: Reading) -> list[Row]:
    doc = reading.document
    return [
        {
            "document_id": doc.id,
            "title": doc.title,
            "source": doc.source,
            "language": doc.language,
            "published": doc.published.isoformat() if doc.published else None,
            "author": doc.author,
            "url": doc.url,
            "origin": doc.origin,
            "n_chars": len(doc.text),
            "n_quotes": len(reading.quotes),
            "n_attributions": len(reading.attributions),
            "n_figures": len(reading.figures),
            "n_speakers": len(reading.speakers),
        }
    ]


def _speaker_rows(reading: Reading) -> list[Row]:
    return [
        {
            "document_id": reading.document.id,
            "speaker_id": speaker.id,
            "name": speaker.name,
            "kind": speaker.kind,
            "title": speaker.title,
            "entity_type": speaker.entity_type,
            "n_mentions": len(speaker.mentions),
            **_offsets("first_", speaker.mentions[0] if speaker.mentions else None),
        }
        for speaker in reading.speakers
    ]


def _quote_rows(reading: Reading) -> list[Row]:
    return [
        {
            "document_id": reading.document.id,
            "quote_id": quote.id,
            "kind": quote.kind,
            "text": quote.text,
            **_offsets("", quote.span),
            "speaker_id": quote.speaker.id if quote.speaker else None,
            "speaker": quote.speaker.name if quote.speaker else None,
            "speaker_kind": quote.speaker.kind if quote.speaker else None,
            "cue": quote.cue.text if quote.cue else None,
            **_offsets("cue_", quote.cue),
            "medium": quote.medium,
            "addressee": quote.addressee,
            "recipient": quote.recipient,
            "hedge_ids": " ".join(quote.hedges),
        }
        for quote in reading.quotes
    ]


def _attribution_rows(reading: Reading) -> list[Row]:
    return [
        {
            "document_id": reading.document.id,
            "attribution_id": attribution.id,
            "source_id": attribution.source.id,
            "source": attribution.source.name,
            "source_kind": attribution.source.kind,
            "relation": attribution.relation,
            "recipient": attribution.recipient,
            "object": attribution.object.text if attribution.object else None,
            **_offsets("object_", attribution.object),
            "evidence": attribution.evidence.text,
            **_offsets("evidence_", attribution.evidence),
            "medium": attribution.medium,
            "date": attribution.date,
        }
        for attribution in reading.attributions
    ]


def _figure_rows(reading: Reading) -> list[Row]:
    return [
        {
            "document_id": reading.document.id,
            "figure_id": figure.id,
            "value": figure.value,
            "value_max": figure.value_max,
            "bound": figure.bound,
            "text": figure.text,
            **_offsets("", figure.span),
            "unit": figure.unit,
            "counts": figure.counts,
            "claimant_id": figure.claimant.id if figure.claimant else None,
            "claimant": figure.claimant.name if figure.claimant else None,
        }
        for figure in reading.figures
    ]


def _hedge_rows(reading: Reading) -> list[Row]:
    return [
        {
            "document_id": reading.document.id,
            "hedge_id": hedge.id,
            "cue": hedge.cue,
            "meaning": hedge.meaning,
            **_offsets("", hedge.span),
            "scope": hedge.scope.text if hedge.scope else None,
            **_offsets("scope_", hedge.scope),
        }
        for hedge in reading.hedges
    ]


_ROWS = {
    "documents": _document_rows,
    "speakers": _speaker_rows,
    "quotes": _quote_rows,
    "attributions": _attribution_rows,
    "figures": _figure_rows,
    "hedges": _hedge_rows,
}


#: the cross-document tables, written when the store has linked claims
CLAIM_COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": (
        "document_id",
        "claim_id",
        "cluster_id",
        "kind",
        "text",
        "start",
        "end",
        "claimant",
        "relation",
        "language",
        "published",
        "indicator",
        "value",
        "grade",
    ),
    "conflicts": (
        "conflict_id",
        "indicator",
        "place",
        "claim_id",
        "document_id",
        "value",
        "low",
        "high",
        "claimant",
        "date",
        "why",
    ),
}


def tables(
    readings: list[Reading], claim_rows: dict[str, list[Row]] | None = None
) -> dict[str, list[Row]]:
    """Every table with its rows, columns in :data:`COLUMNS` (and :data:`CLAIM_COLUMNS`)
    order."""
    out: dict[str, list[Row]] = {}
    for name, rows_of in _ROWS.items():
        columns = COLUMNS[name]
        out[name] = [
            {column: row[column] for column in columns}
            for reading in readings
            for row in rows_of(reading)
        ]
    for name, rows in (claim_rows or {}).items():
        out[name] = [{column: row.get(column) for column in CLAIM_COLUMNS[name]} for row in rows]
    return out


def columns_of(name: str) -> tuple[str, ...]:
    """The columns of table ``name``, in order."""
    return COLUMNS.get(name) or CLAIM_COLUMNS[name]

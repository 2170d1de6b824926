"""Rated claims, the input of the ClaimReview export.

A :class:`RatedClaim` is deliberately a plain record so that whatever rates claims (a user in the
reader, the claim clusters and grades of the claims work) can feed the exporter a list of them.
Until ratings are stored, :func:`claims_from_readings` derives them from what the store already
holds: a source's verdict on a statement (verified, confirmed, denied, could not verify, ...)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from ..model import Reading, Span

#: verdicts a source gives on a statement, with a rating on the 1 (false) to 5 (true) scale
#: ClaimReview consumers expect; ``None`` where the verdict is not a truth value
VERDICT_RATINGS: dict[str, tuple[str, int | None]] = {
    "verified": ("Verified", 5),
    "confirmed": ("Confirmed", 5),
    "identified": ("Identified", 4),
    "could-not-verify": ("Could not verify", None),
    "denied": ("Denied", 1),
}


class RatedClaim(BaseModel):
    """One claim with a rating: what ClaimReview calls ``claimReviewed`` and ``reviewRating``."""

    model_config = ConfigDict(extra="forbid")

    claim: str = Field(description="the claim as worded in the text")
    rating: str = Field(description="the verdict in words (reviewRating.alternateName)")
    rating_value: int | None = Field(default=None, ge=1, le=5, description="1 false .. 5 true")
    reviewer: str | None = Field(default=None, description="who rated it (ClaimReview.author)")
    claimant: str | None = Field(default=None, description="who made the claim (Claim.author)")
    appearances: list[str] = Field(default_factory=list, description="URLs or origins")
    review_url: str | None = None
    date: dt.date | None = None
    document_id: str | None = None
    span: Span | None = None


def claims_from_readings(readings: list[Reading]) -> list[RatedClaim]:
    """The verdicts the store holds: every attribution whose relation is a verdict on a stated
    object (the Guardian *verified* the video, the ministry *denied* the report)."""
    claims: list[RatedClaim] = []
    for reading in readings:
        doc = reading.document
        appearance = doc.url or doc.origin
        for attribution in reading.attributions:
            verdict = VERDICT_RATINGS.get(attribution.relation)
            if verdict is None or attribution.object is None:
                continue
            label, value = verdict
            claims.append(
                RatedClaim(
                    claim=attribution.object.text,
                    rating=label,
                    rating_value=value,
                    reviewer=attribution.source.name,
                    appearances=[appearance] if appearance else [],
                    review_url=doc.url,
                    date=doc.published,
                    document_id=doc.id,
                    span=attribution.object.span,
                )
            )
    return claims

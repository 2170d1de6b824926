"""``claimreview``: rated claims as schema.org ``ClaimReview`` in JSON-LD, the markup fact-check
search tools read. Input is a plain list of :class:`~sourcetrace.export.claims.RatedClaim`
records (see docs/exports.md); until users rate claims in the store, the verdicts the store
holds (a source verified, confirmed or denied a statement) are exported.

The context is inline (``@vocab`` schema.org) so the file is self-contained JSON-LD: a processor
expands it without fetching anything."""

from __future__ import annotations

import json
from typing import Any

from .claims import RatedClaim
from .registry import Exporter, ExportInput, register

CONTEXT = {"@vocab": "https://schema.org/"}


def claim_review(claim: RatedClaim) -> dict[str, Any]:
    """One ``ClaimReview`` node."""
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": claim.rating}
    if claim.rating_value is not None:
        rating |= {"ratingValue": claim.rating_value, "bestRating": 5, "worstRating": 1}
    item: dict[str, Any] = {
        "@type": "Claim",
        "appearance": [{"@type": "CreativeWork", "url": where} for where in claim.appearances],
    }
    if claim.claimant:
        item["author"] = {"@type": "Person", "name": claim.claimant}
    if claim.date:
        item["datePublished"] = claim.date.isoformat()
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": claim.claim,
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim.reviewer:
        review["author"] = {"@type": "Organization", "name": claim.reviewer}
    if claim.review_url:
        review["url"] = claim.review_url
    if claim.date:
        review["datePublished"] = claim.date.isoformat()
    return review


def render(data: ExportInput) -> bytes:
    document = {"@context": CONTEXT, "@graph": [claim_review(c) for c in data.rated_claims]}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


register(
    Exporter(
        name="claimreview",
        description="rated claims as schema.org ClaimReview (JSON-LD)",
        media_type="application/ld+json",
        suffix=".claimreview.jsonld",
        render=render,
    )
)

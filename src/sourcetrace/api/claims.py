"""REST routers for claims: clusters, conflicts and link decisions (writes need the ingest
token, like every write). Mounted by :func:`sourcetrace.api.app.create_app`."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.params import Depends
from pydantic import BaseModel, ConfigDict

from ..claims import ClaimError, ClaimStore
from ..claims.chain import build_chain
from ..claims.report import ClaimReport, conflict_view
from ..store import Store
from ._responses import REFUSED, TOKEN_RESPONSES

Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


class LinkDecision(BaseModel):
    """A user's decision on whether two claims are the same claim."""

    model_config = ConfigDict(extra="forbid")
    state: Literal["confirmed", "rejected", "suggested"]


def claim_routers(store: Store, reader: list[Depends], writer: list[Depends]) -> list[APIRouter]:
    """The claims routers by resource: clusters, conflicts, links."""
    clusters = APIRouter(prefix="/api/clusters", tags=["claims"], dependencies=reader)
    conflicts = APIRouter(prefix="/api/conflicts", tags=["claims"], dependencies=reader)
    links = APIRouter(prefix="/api/links", tags=["claims"])

    def report() -> ClaimReport:
        return ClaimReport(ClaimStore(store))

    @clusters.get("")
    def list_clusters(limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Clusters of the same claim across documents, most documents first."""
        current = report()
        page = current.clusters[offset : offset + limit]
        return {
            "clusters": [current.cluster_view(cluster) for cluster in page],
            "total": len(current.clusters),
            "limit": limit,
            "offset": offset,
        }

    @clusters.get("/{claim_id}", responses={404: {"description": "no such claim"}})
    def cluster(claim_id: str) -> dict[str, Any]:
        """The cluster holding a claim (cluster ids are claim ids): versions, chain, grade."""
        current = report()
        for found in current.clusters:
            if claim_id == found.id or claim_id in {c.id for c in found.claims}:
                return current.cluster_view(found)
        try:
            single = ClaimStore(store).cluster_of(claim_id)
        except ClaimError as exc:
            raise HTTPException(404, str(exc)) from None
        current.chains[single.id] = build_chain(single, {})
        return current.cluster_view(single)

    @conflicts.get("")
    def list_conflicts(limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Figures about the same count that disagree beyond their ranges, both sides kept."""
        found = report().conflicts
        return {
            "conflicts": [conflict_view(c) for c in found[offset : offset + limit]],
            "total": len(found),
            "limit": limit,
            "offset": offset,
        }

    @links.get("", dependencies=reader)
    def list_links(claim: str | None = None) -> dict[str, Any]:
        """Links with score, state and evidence; ``claim`` keeps those touching one claim."""
        return {"links": [asdict(link) for link in ClaimStore(store).links(claim)]}

    @links.put(
        "/{claim_a}/{claim_b}",
        dependencies=writer,
        responses={404: {"description": "no such claim"}, **TOKEN_RESPONSES, **REFUSED},
    )
    def decide(claim_a: str, claim_b: str, body: LinkDecision) -> dict[str, Any]:
        """Confirm or reject that two claims are the same; kept when documents are re-read."""
        try:
            return asdict(ClaimStore(store).decide_link(claim_a, claim_b, body.state))
        except ClaimError as exc:
            status = 404 if "no claim" in str(exc) else 422
            raise HTTPException(status, str(exc)) from None

    return [clusters, conflicts, links]

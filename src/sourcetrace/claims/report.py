"""Clusters as users see them: claims, chain, conflicts and grade, one dictionary per cluster.

The CLI (``sourcetrace claims``, ``sourcetrace conflicts``) and the REST routers print or serve
these dictionaries, so both show the same thing."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model import Reading
from .chain import Chain, build_chain
from .conflicts import Conflict, find_conflicts, find_denials, find_rivals
from .grades import grade_cluster, independent_outlets, track_record
from .records import Claim
from .store import ClaimStore, Cluster


def claim_view(claim: Claim) -> dict[str, Any]:
    data = {
        "id": claim.id,
        "document": claim.origin or claim.document_id,
        "document_id": claim.document_id,
        "text": claim.text,
        "source": claim.claimant,
        "relation": claim.relation,
        "language": claim.language,
        "kind": claim.kind,
        "outlet": claim.outlet,
        "published": claim.published,
        "medium": claim.medium,
        "hedges": claim.hedges,
        "context": claim.context,
    }
    if claim.figure is not None:
        data["figure"] = asdict(claim.figure)
    return data


def conflict_view(conflict: Conflict) -> dict[str, Any]:
    data = conflict.as_dict()
    for side in data["figures"]:
        side["document"] = side["document"] or side["claim"]
    return data


class ClaimReport:
    """Every cluster of a store with its chain, conflicts and grade, computed once."""

    def __init__(self, claims: ClaimStore, sources: str | None = None):
        self.claim_store = claims
        self.sources = sources
        self.clusters: list[Cluster] = claims.clusters()
        self._readings: dict[str, Reading] = {}
        cluster_of = {c.id: cluster.id for cluster in self.clusters for c in cluster.claims}
        related = claims.related_pairs()
        by_id = claims.claims({claim_id for pair in related for claim_id in pair})
        linked = {frozenset((link.claim_a, link.claim_b)) for cluster in self.clusters for link in cluster.links}
        self.conflicts: list[Conflict] = find_conflicts(
            claims.figure_claims(), cluster_of, related, linked
        ) + find_denials([(cluster.id, cluster.claims) for cluster in self.clusters], linked)
        self.conflicts += find_rivals(
            [(by_id[a], by_id[b]) for a, b in sorted(related) if a in by_id and b in by_id],
            known=self.conflicts,
        )
        self.chains: dict[str, Chain] = {
            cluster.id: build_chain(cluster, self._readings_of(cluster)) for cluster in self.clusters
        }
        self.record = track_record(
            [
                (cluster.claims, len(independent_outlets(self.chains[cluster.id])))
                for cluster in self.clusters
            ],
            self.conflicts,
        )

    def _readings_of(self, cluster: Cluster) -> dict[str, Reading]:
        for doc_id in {c.document_id for c in cluster.claims}:
            if doc_id not in self._readings:
                reading = self.claim_store.store.reading(doc_id)
                if reading is not None:
                    self._readings[doc_id] = reading
        return self._readings

    def conflicts_of(self, cluster: Cluster) -> list[Conflict]:
        ids = {c.id for c in cluster.claims}
        return [c for c in self.conflicts if any(side.claim in ids for side in c.figures)]

    def cluster_view(self, cluster: Cluster) -> dict[str, Any]:
        chain = self.chains[cluster.id]
        conflicts = self.conflicts_of(cluster)
        grade = grade_cluster(cluster.claims, chain, conflicts, self.record, self.sources)
        return {
            "id": cluster.id,
            "claims": [claim_view(c) for c in cluster.claims],
            "links": [asdict(link) for link in cluster.links],
            "chain": chain.as_dict(),
            "conflicts": [conflict_view(c) for c in conflicts],
            "grade": grade.as_dict(),
        }

    def as_dict(self) -> dict[str, Any]:
        return {"clusters": [self.cluster_view(cluster) for cluster in self.clusters]}

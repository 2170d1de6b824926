"""Claims across documents and languages: records, linking, the chain to the first source,
conflicting figures and grades. A layer over the stored readings (see docs/claims.md)."""

from .records import Claim, FigureValue, claims_from_reading
from .store import ClaimError, ClaimStore, Cluster, Link, LinkReport

__all__ = [
    "Claim",
    "ClaimError",
    "ClaimStore",
    "Cluster",
    "FigureValue",
    "Link",
    "LinkReport",
    "claims_from_reading",
]

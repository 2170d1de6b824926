"""Claims across documents and languages: records, linking, the chain to the first source,
conflicting figures and grades. A layer over the stored readings (see docs/claims.md).

The names below are imported on first use (PEP 562), so that importing a submodule such as
``claims.cli`` (which every ``sourcetrace`` command does to register its commands) does not
pull in the store, SQLAlchemy, networkx and numpy: ``sourcetrace analyze`` starts in under a second.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .records import Claim, FigureValue, claims_from_reading
    from .store import ClaimError, ClaimStore, Cluster, Link, LinkReport

#: public name -> the submodule that defines it
_LAZY = {
    "Claim": "records",
    "FigureValue": "records",
    "claims_from_reading": "records",
    "ClaimError": "store",
    "ClaimStore": "store",
    "Cluster": "store",
    "Link": "store",
    "LinkReport": "store",
}

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


def __getattr__(name: str) -> Any:
    """Import the submodule that defines ``name`` the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

"""Conflicting figures: two claims about the same count whose values cannot both be true.

Two figure claims are about the same count when they are linked into one cluster, or when they
have the same indicator, the same place and as-of dates within the window. They conflict when
the intervals their wording allows do not overlap ("at least 14" and "3"; "about 20" and "35").
A conflict keeps both sides as they were claimed (never picks one), with each claimant, hedges
and date, and says in words why it is unresolved.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass
from typing import Any

from .link import fold, same_name
from .records import Claim

#: days between two as-of dates that still count as the same moment for a toll
WINDOW_DAYS = 3
#: days between two related figures' dates that can still be about the same count
RELATED_DAYS = 7
#: "at least 14" reads as at most this many times 14 when compared (tolls are counted up)
OPEN_BOUND_FACTOR = 1.5


@dataclass
class ConflictSide:
    claim: str
    value: float
    low: float
    high: float | None
    bound: str
    text: str
    claimant: str | None
    hedges: list[str]
    date: str | None
    document: str | None
    outlet: str | None
    language: str


@dataclass
class Conflict:
    id: str
    indicator: str
    place: str | None
    figures: list[ConflictSide]
    basis: str
    why: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _interval(claim: Claim) -> tuple[float, float]:
    """The values a figure allows; an open "at least N" is read as up to 1.5 N, because a toll
    given as "at least 34" disagrees with "more than 60" in practice."""
    figure = claim.figure
    assert figure is not None
    if figure.high is not None:
        return figure.low, figure.high
    return figure.low, figure.low * OPEN_BOUND_FACTOR if figure.low > 0 else math.inf


def disagree(first: Claim, second: Claim) -> bool:
    """True when the two figures' allowed intervals do not overlap and the later one is not
    simply an updated count (a toll that rose from one day to the next is no conflict)."""
    low_a, high_a = _interval(first)
    low_b, high_b = _interval(second)
    if not (high_a < low_b or high_b < low_a):
        return False
    return not is_update(first, second)


def is_update(first: Claim, second: Claim) -> bool:
    """The later figure is higher and is about a later day: a count going up, not a dispute."""
    date_a = (first.figure.as_of if first.figure else None) or first.published
    date_b = (second.figure.as_of if second.figure else None) or second.published
    if not date_a or not date_b or date_a[:10] == date_b[:10]:
        return False
    earlier, later = (first, second) if date_a[:10] < date_b[:10] else (second, first)
    assert earlier.figure is not None and later.figure is not None
    return later.figure.best >= earlier.figure.best


def _days(first: str | None, second: str | None) -> int | None:
    if not first or not second:
        return None
    return abs((dt.date.fromisoformat(first[:10]) - dt.date.fromisoformat(second[:10])).days)


def same_count(first: Claim, second: Claim) -> bool:
    """Same indicator, same place and as-of dates within :data:`WINDOW_DAYS`."""
    a, b = first.figure, second.figure
    if a is None or b is None or a.indicator != b.indicator or not a.place or not b.place:
        return False
    gap = _days(a.as_of or first.published, b.as_of or second.published)
    return same_name(a.place, b.place) and gap is not None and gap <= WINDOW_DAYS


def same_unit(first: Claim, second: Claim) -> bool:
    """"Two children" and "three people" count different groups; an unknown unit matches."""
    a, b = first.figure, second.figure
    return not (a and b and a.unit and b.unit and a.unit != b.unit)


def comparable(first: Claim, second: Claim) -> bool:
    """Two figures that may count the same thing: same indicator, no clash of places, dates
    within :data:`RELATED_DAYS` (the evidence that they are about one event comes from the linker)."""
    a, b = first.figure, second.figure
    if a is None or b is None or a.indicator != b.indicator or not same_unit(first, second):
        return False
    if a.place and b.place and not same_name(a.place, b.place):
        return False
    gap = _days(a.as_of or first.published, b.as_of or second.published)
    return gap is None or gap <= RELATED_DAYS


def _side(claim: Claim) -> ConflictSide:
    figure = claim.figure
    assert figure is not None
    return ConflictSide(
        claim=claim.id,
        value=figure.best,
        low=figure.low,
        high=figure.high,
        bound=figure.bound,
        text=claim.context or claim.text,
        claimant=claim.claimant,
        hedges=claim.hedges,
        date=figure.as_of or claim.published,
        document=claim.origin,
        outlet=claim.outlet,
        language=claim.language,
    )


def _describe(side: ConflictSide) -> str:
    who = side.claimant or side.outlet or "an unnamed source"
    value = f"{side.value:g}"
    if side.bound in ("at_least", "more_than", "vague"):
        value = f"at least {side.low:g}"
    elif side.bound == "range" and side.high is not None:
        value = f"{side.low:g}-{side.high:g}"
    hedged = f" ({', '.join(side.hedges)})" if side.hedges else ""
    return f"{who} says {value}{hedged}"


def _why(first: ConflictSide, second: ConflictSide, basis: str) -> str:
    reasons = [f"{_describe(first)}; {_describe(second)}: the ranges do not overlap"]
    if first.claimant and second.claimant and not same_name(first.claimant, second.claimant):
        reasons.append("the claimants differ and neither is confirmed by the other")
    if first.date != second.date:
        reasons.append(f"the figures are as of {first.date or '?'} and {second.date or '?'}")
    if first.hedges or second.hedges:
        reasons.append("at least one side is hedged")
    reasons.append(f"matched by {basis}; unresolved until a user or a later source settles it")
    return "; ".join(reasons)


def find_conflicts(
    figures: list[Claim],
    cluster_of: dict[str, str] | None = None,
    related: set[tuple[str, str]] | None = None,
) -> list[Conflict]:
    """Conflicts among figure claims: same cluster (``cluster_of`` maps claim id to cluster id)
    or same indicator, place and time window; values disagreeing beyond their ranges."""
    cluster_of = cluster_of or {}
    related = related or set()
    by_id = {claim.id: claim for claim in figures if claim.figure and claim.figure.indicator}
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in by_id.values():
        figure = claim.figure
        assert figure is not None and figure.indicator is not None
        # pairs are only looked at inside a cluster or inside one indicator-and-place group,
        # so the work grows with the group sizes, not with the square of the store
        if claim.id in cluster_of:
            groups.setdefault(("cluster:" + cluster_of[claim.id], figure.indicator), []).append(claim)
        if figure.place:
            groups.setdefault(("place:" + fold(figure.place)[:5], figure.indicator), []).append(claim)
    candidates: dict[tuple[str, str], tuple[Claim, Claim]] = {}
    for claims in groups.values():
        for i, first in enumerate(claims):
            for second in claims[i + 1 :]:
                candidates.setdefault(tuple(sorted((first.id, second.id))), (first, second))
    for pair in related:
        if pair[0] in by_id and pair[1] in by_id:
            candidates.setdefault(tuple(sorted(pair)), (by_id[pair[0]], by_id[pair[1]]))
    conflicts: list[Conflict] = []
    for key, (first, second) in sorted(candidates.items()):
        assert first.figure is not None and second.figure is not None
        if (
            first.document_id == second.document_id
            or first.figure.indicator != second.figure.indicator
            or not same_unit(first, second)
            or not disagree(first, second)
        ):
            continue
        cluster = cluster_of.get(first.id)
        if cluster is not None and cluster == cluster_of.get(second.id):
            basis = "linked claims (one cluster)"
        elif key in related or (key[1], key[0]) in related:
            basis = "related claims on the same count"
        elif same_count(first, second):
            basis = "same indicator, place and dates"
        else:
            continue
        sides = sorted([_side(first), _side(second)], key=lambda s: (s.date or "", s.claim))
        conflicts.append(
            Conflict(
                id=f"{sides[0].claim}-{sides[1].claim}",
                indicator=first.figure.indicator or "",
                place=first.figure.place or second.figure.place,
                figures=sides,
                basis=basis,
                why=_why(sides[0], sides[1], basis),
            )
        )
    return conflicts

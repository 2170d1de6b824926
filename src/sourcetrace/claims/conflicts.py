"""Conflicting figures: two claims about the same count whose values cannot both be true.

Two figure claims are about the same count when they are linked into one cluster, or when they
have the same indicator, the same place and as-of dates within the window. They conflict when
the intervals their wording allows do not overlap ("at least 14" and "3"; "about 20" and "35").
A conflict keeps both sides as they were claimed (never picks one), with each claimant, hedges
and date, and says in words why it is unresolved.

Besides figures: a denial (or a dismissal, "fairy tale") against the claim it denies, and rival
accounts of one thing from opposite sides of the war (:func:`rival`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass
from typing import Any

from .indicators import (
    attacker_side,
    counted_down,
    counts_in,
    cumulative_count,
    denies_responsibility,
    earlier_year,
    gives_a_verdict,
    has_count,
    in_progress,
    included_count_indicator,
    increment_count,
    indicator_of_count,
    names_attack_day,
    one_strike_count,
    points_back,
    region_named,
    takes_a_stand,
    tells_a_toll,
    vague_most,
    vague_quantities,
)
from .link import (
    LinkSettings,
    count_value,
    counted_group,
    counts_combatants,
    disputing_side,
    fold,
    own_words,
    same_name,
    site_and_whole,
)
from .link import indicator as own_indicator
from .parties import opposite_sides, other_side, side_named
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
    #: None on the side of a denial that gives no figure
    value: float | None
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


def _interval(claim: Claim, ceiling_claimed: bool = True) -> tuple[float, float]:
    """The values a figure allows; an open "at least N" is read as up to 1.5 N, because a toll
    given as "at least 34" disagrees with "more than 60" in practice, and "up to N" ("as many
    as N") as down to N / 1.5, because a claimant saying "up to 20 were killed" claims about
    20, and disagrees with "as many as 35" (with ``ceiling_claimed`` False, "up to N" allows
    all from 0 to N); a vague quantity has no ceiling."""
    figure = claim.figure
    assert figure is not None
    if ceiling_claimed and figure.bound == "at_most" and figure.high:
        # "up to 20 killed", "as many as 35": the claimant gives the high count, not any count
        # up to it; read as down to the high over 1.5, as "at least 14" reads up to 21
        return figure.high / OPEN_BOUND_FACTOR, figure.high
    if figure.high is not None:
        return figure.low, figure.high
    if figure.bound == "vague":
        # "hundreds killed" allows 310 and "dozens of bodies" 120, "several aircraft" does not
        # allow 41: the most a vague word allows is the language's data, not 1.5 times its
        # lowest reading
        return figure.low, vague_most(own_words(claim), figure.low, claim.language)
    return figure.low, figure.low * OPEN_BOUND_FACTOR if figure.low > 0 else math.inf


def disagree(first: Claim, second: Claim) -> bool:
    """True when the two figures' allowed intervals do not overlap and the later one is not
    simply an updated count (a toll that rose from one day to the next is no conflict)."""
    low_a, high_a = _interval(first)
    low_b, high_b = _interval(second)
    if not (high_a < low_b or high_b < low_a):
        return _soldiers_against_people(first, second)
    gap = _days(_as_of(first), _as_of(second))
    if gap is not None and gap > RELATED_DAYS:
        return False  # counts weeks apart are of different moments (or events), not a dispute
    return not is_update(first, second)


def _clash(first: Claim, second: Claim) -> str:
    """What two conflicting figures disagree on, in words: the ranges when even all that
    their words allow ("up to 40" allows 9) cannot meet, else whom the strike killed."""
    low_a, high_a = _interval(first, ceiling_claimed=False)
    low_b, high_b = _interval(second, ceiling_claimed=False)
    if high_a < low_b or high_b < low_a:
        return "the ranges do not overlap"
    return "one side counts soldiers or officers killed, the other a toll that does not"


def _soldiers_against_people(first: Claim, second: Claim) -> bool:
    """One side counts soldiers or officers killed and the other side, within days, a toll
    that does not name them ("up to 50 officers were killed", the attacker's ministry; "as many
    as 12 people were killed, including three children", the struck city's police): whom the
    strike killed is the dispute, whatever the two numbers allow ("up to 50" allows 12). On
    real coverage of one strike the attacker's "up to 50 officers" disputed none of the other
    side's tolls of 4 to 12 dead."""
    if {own_indicator(first), own_indicator(second)} != {"killed"} or not opposed(first, second):
        return False
    if (counts_combatants(first) is True) == (counts_combatants(second) is True):
        return False
    gap = _days(_as_of(first), _as_of(second))
    return gap is not None and gap <= RELATED_DAYS


def _as_of(claim: Claim) -> str | None:
    """The day a figure counts: its own date, or the month its sentence names when that is
    another month than the figure's day ("in April twelve people were killed" in a June
    report counts April's dead, not June's)."""
    day = (claim.figure.as_of if claim.figure else None) or claim.published
    if claim.as_of and len(claim.as_of) == 7 and day and day[:7] != claim.as_of:
        return claim.as_of + "-15"
    return day


def recalled(claim: Claim) -> bool:
    """The figure recalls an earlier month ("in April twelve people were killed" in a June
    report): its sentence names only a month, and not the month it was counted or published
    in. Such a figure is dated to a month, not a day, so "within days of another count" cannot
    be told; it is compared only with the claims it is linked to (its own cluster)."""
    day = (claim.figure.as_of if claim.figure else None) or claim.published
    return bool(claim.as_of and len(claim.as_of) == 7 and day and day[:7] != claim.as_of)


def opposed(first: Claim, second: Claim) -> bool:
    """The two claimants speak for opposite sides of the war (``[sides]`` in claims.toml)."""
    return opposite_sides(disputing_side(first), disputing_side(second))


#: a count of no casualties says none was killed and none wounded
_COVERS = {"casualties": frozenset({"killed", "wounded", "casualties"})}


def same_indicator(first: Claim, second: Claim) -> bool:
    """Both figures count the same thing; "no casualties" (a zero) counts the killed and the
    wounded too."""
    a, b = first.figure, second.figure
    if a is None or b is None or not a.indicator or not b.indicator:
        return False
    # what each counts in its own words ("several aircraft caught fire" counts aircraft even
    # when the sentence's figure was read otherwise), as the linker reads it; a part counts
    # what the count it is included in counts
    own_a, own_b = _part_counts(first) or own_indicator(first), _part_counts(second) or own_indicator(second)
    if a.bound != "zero" and b.bound != "zero" and own_a and own_b:
        # "440 drones and 32 missiles" read once as the drones and once as the missiles: both
        # claims name drones first, but the figures compared count different things
        return own_a == own_b and (
            _figure_counts(first) == _figure_counts(second) or own_a not in (a.indicator, b.indicator)
        )
    if a.indicator == b.indicator:
        return True
    return any(
        zero.bound == "zero" and other.indicator in _COVERS.get(zero.indicator or "", ())
        for zero, other in ((a, b), (b, a))
    )


def _part_counts(claim: Claim) -> str | None:
    """What a part of a count counts ("and injured 93 others, among them 18 children": the
    18 are wounded), from the words before the figure in its sentence; None when the figure
    is no included part. On real coverage the 18 injured children were read with the
    sentence's first verb, "killed", and disputed "three children" among the dead."""
    context = claim.context or ""
    at = context.find(claim.text)
    if claim.figure is None or at <= 0:
        return None
    return included_count_indicator(context[:at], claim.language)


def _figure_counts(claim: Claim) -> str | None:
    """What the figure itself counts: the indicator its own words name nearest their first
    count when the figure's value is that count ("drones set several aircraft on fire", read
    as a count of drones, counts aircraft: "several" is the figure), else the figure's
    indicator ("440 drones and 32 missiles" read as the 32 missiles stays missiles)."""
    figure = claim.figure
    assert figure is not None
    words = own_words(claim)
    first = sorted(
        [(count.start, count.value) for count in counts_in(words, claim.language)]
        + [(vague.start, vague.value) for vague in vague_quantities(words, claim.language)]
    )
    if first and first[0][1] == figure.best:
        return indicator_of_count(words, claim.language, owned=True) or figure.indicator
    return figure.indicator


def is_update(first: Claim, second: Claim) -> bool:
    """The later figure is higher and is about a later day: a count going up, not a dispute.
    A zero from another claimant is a denial, never the start of a count.

    Claimants on opposite sides of the war never revise each other's count ("Russia says 60
    soldiers", "Ukraine says 34 civilians" is a dispute whatever the order); claimants on one
    side revise one count (the city's 16 and the ministry's 31 killed). Two tolls about one day
    and published on one day by claimants not known to be opposed are read as a count rising
    through the day: which came first is unknown, and tolls are counted up."""
    bounds = {claim.figure.bound for claim in (first, second) if claim.figure}
    if "zero" not in bounds:
        if opposed(first, second):
            return False
        if _same_claimant(first, second) or (disputing_side(first) and disputing_side(first) == disputing_side(second)):
            return True  # one claimant (or one side) revising its own count does not dispute itself
        if _counting_on(first, second) or _counting_down(first, second):
            return True
    # ordered by the day counted, then by the day published ("only three", published the day
    # after "at least 14" about the same Tuesday, came later and is lower: a dispute)
    key_a = ((_as_of(first) or "")[:10], (first.published or "")[:10])
    key_b = ((_as_of(second) or "")[:10], (second.published or "")[:10])
    if not key_a[0] or not key_b[0]:
        return False
    if key_a == key_b or _counted_on_unknown_order(first, second):
        return "zero" not in bounds
    earlier, later = (first, second) if key_a < key_b else (second, first)
    assert earlier.figure is not None and later.figure is not None
    if earlier.figure.bound == "zero" and not (
        earlier.claimant and later.claimant and same_name(earlier.claimant, later.claimant)
    ):
        return False
    return later.figure.best >= earlier.figure.best


def _counted_between(claim: Claim) -> tuple[str, str]:
    """The first and last day a toll may have been counted on: the day its sentence names,
    but from the attack's day to the day published when the day named is the attack's ("after
    Saturday's strike" in Tuesday's report; :func:`names_attack_day`)."""
    day = (_as_of(claim) or "")[:10]
    published = (claim.published or "")[:10]
    if day and published and day < published and names_attack_day(claim.context or claim.text, claim.language):
        return day, published
    return day, day


def _counted_on_unknown_order(first: Claim, second: Claim) -> bool:
    """Which of two tolls was counted later cannot be told: one is dated only by its attack's
    day and the other's day falls between that day and the day it was published. On real
    coverage "44 died in the strike on 14 January" (published the 17th) was ordered before
    "30 confirmed dead" of the 16th, and the lower count read as the later, a dispute."""
    span_a, span_b = _counted_between(first), _counted_between(second)
    if span_a[0] == span_a[1] and span_b[0] == span_b[1]:
        return False
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def _counting_on(first: Claim, second: Claim) -> bool:
    """Two tolls within :data:`WINDOW_DAYS` of each other, one of them given as a stage of a
    count still going on ("so far", "first reported", "has risen to", "foreløpige tall";
    ``[progress]`` in claims.toml): the later count supersedes the earlier, whichever date the
    sentences name (a live blog's "26 now known dead" the morning after "31 killed overnight"
    was written into the other report's event date). Only for claimants not known to be
    opposed; the caller checks that."""
    if not {own_indicator(first), own_indicator(second)} <= TOLLS:
        return False
    gap = _days(_as_of(first), _as_of(second))
    if gap is None or gap > WINDOW_DAYS:
        return False
    # the whole sentence: "first reported 30 dead" says it before the figure's own words
    return any(in_progress(claim.context or claim.text, claim.language) for claim in (first, second))


def _counting_down(first: Claim, second: Claim) -> bool:
    """Two counts of a thing that falls as well as rises while it is counted (the missing, who
    are found; ``counted_down`` in claims/data/indicators.toml) within :data:`RELATED_DAYS`: the
    later supersedes the earlier whichever is higher ("22 still missing" on Thursday, "13
    missing" on Friday, as the rubble was cleared). Only for claimants not known to be opposed;
    the caller checks that."""
    counted = {own_indicator(first), own_indicator(second)}
    if len(counted) != 1 or not counted_down(counted.pop()):
        return False
    gap = _days(_as_of(first), _as_of(second))
    return gap is not None and gap <= RELATED_DAYS


def increment(claim: Claim) -> bool:
    """The figure is an increment of a toll, not the toll ("two more bodies were pulled out",
    "three more dead were found", "to til ble funnet døde"; ``[increment]`` in claims.toml): a
    step of a count going on, compared with no count. On real coverage of one strike "three
    more dead were found" disputed the 26 dead of the day before."""
    figure = claim.figure
    if figure is None:
        return False
    words = own_words(claim)
    context = claim.context or words
    at = context.find(words)
    if at < 0:
        context, at = words, 0
    count = next((count for count in counts_in(words, claim.language) if count.value == figure.best), None)
    if count is None:
        return False
    if increment_count(context[: at + count.start], context[at + count.end :], claim.language):
        return True
    # a part of an increment ("three more dead were found: one adult and two children") is a
    # part of the step, not of the toll: the two children are no dispute of "three children"
    if counted_group(claim) in (None, "all"):
        return False
    return any(
        increment_count(context[: earlier.start], context[earlier.end :], claim.language)
        for earlier in counts_in(context[: at + count.start], claim.language)
    )


#: weapons that each side shoots down over its own land: a side's count of them is of the
#: other side's weapons unless its words name whose they are
INTERCEPTED_WEAPONS = frozenset({"drones", "missiles", "bombs"})


def weapons_owner(claim: Claim) -> str | None:
    """Whose drones or missiles a count counts: the side its own words name with the weapon
    ("45 Ukrainian drones", "50 of 69 Russian attack drones"; ``[sides]`` before an
    ``[attack]`` word in claims.toml), else the side its claimant fights: an air force or a
    defence ministry counts what was fired at its own side and what it shot down."""
    if own_indicator(claim) not in INTERCEPTED_WEAPONS:
        return None
    return attacker_side(own_words(claim), claim.language) or other_side(disputing_side(claim))


def weapons_of_two_sides(first: Claim, second: Claim) -> bool:
    """Two counts of drones or missiles whose weapons belong to different sides ("the air
    force destroyed 8 of 9 drones launched by Russia" / "the defence ministry says 45
    Ukrainian drones were downed"): each side counts the other's attack on it, two counts of
    two attacks, not a dispute of one. On real coverage of one night's drone raids both
    ways, every count from Kyiv disputed every count from Moscow."""
    if not opposed(first, second):
        return False
    owners = weapons_owner(first), weapons_owner(second)
    return None not in owners and owners[0] != owners[1]


def _up_to_figure(claim: Claim) -> str:
    """A figure's sentence up to the end of its own text: where "a second missile" is named."""
    context = claim.context or ""
    at = context.find(claim.text)
    return claim.text if at < 0 else context[: at + len(claim.text)]


def _one_strike_and_whole(first: Claim, second: Claim) -> bool:
    """One counts a single strike of several ("A second missile hit a village on the edge of
    the city, wounding five"; "A third missile hit buildings in another city, but no casualties
    were reported"; ``[one_strike]`` in claims.toml) and the other, a higher count, does not:
    a part of the attack's toll, not a dispute of it, as a count at one site is
    (:func:`site_and_whole`). On real coverage of one strike the five wounded by the second
    missile disputed each report's 40 to 61 wounded."""
    one = [one_strike_count(_up_to_figure(claim), claim.language) for claim in (first, second)]
    if one[0] == one[1]:
        return False
    part, whole = (first, second) if one[0] else (second, first)
    part_value, whole_value = count_value(part), count_value(whole)
    return part_value is not None and whole_value is not None and part_value < whole_value


def _days(first: str | None, second: str | None) -> int | None:
    if not first or not second:
        return None
    return abs((dt.date.fromisoformat(first[:10]) - dt.date.fromisoformat(second[:10])).days)


def same_count(first: Claim, second: Claim) -> bool:
    """Same indicator, same place and as-of dates within :data:`WINDOW_DAYS`."""
    a, b = first.figure, second.figure
    if a is None or b is None or not same_indicator(first, second) or not a.place or not b.place:
        return False
    gap = _days(_as_of(first), _as_of(second))
    return _same_place(first, second, a.place, b.place) and gap is not None and gap <= WINDOW_DAYS


def same_unit(first: Claim, second: Claim) -> bool:
    """"Two children" and "three people" count different groups; an unknown unit matches.
    Claimants of opposite sides may name one count's victims differently ("18 civilians",
    "50 soldiers"): that is what they dispute, so their units need not match."""
    a, b = first.figure, second.figure
    # opposite sides naming the same dead as soldiers and as civilians is the dispute itself
    if a and b and a.unit and b.unit and a.unit != b.unit and not opposed(first, second):
        return False
    # "four of them children" counts a part of "23 killed", whatever units the figures carry
    group_a, group_b = counted_group(first), counted_group(second)
    return group_a is None or group_b is None or group_a == group_b


def comparable(first: Claim, second: Claim) -> bool:
    """Two figures that may count the same thing: same indicator, no clash of places, dates
    within :data:`RELATED_DAYS` (the evidence that they are about one event comes from the linker)."""
    a, b = first.figure, second.figure
    if a is None or b is None or not same_indicator(first, second) or not same_unit(first, second):
        return False
    place_a, place_b = _place(first), _place(second)
    if place_a and place_b and not _same_place(first, second, place_a, place_b):
        return False
    gap = _days(_as_of(first), _as_of(second))
    return gap is None or gap <= RELATED_DAYS


def same_count_related(first: Claim, second: Claim, score: float, cosine: float, settings: LinkSettings) -> bool:
    """Two figures about one count by the linker's evidence: a link score of at least
    ``related_threshold``, or, for claimants of opposite sides, a close embedding
    (``rival_similarity``): the score weighs a side clash and a value clash against "same
    claim", which is what a dispute between the sides is made of."""
    if score >= settings.related_threshold:
        return True
    return cosine >= settings.rival_similarity and opposed(first, second)


def _same_place(first: Claim, second: Claim, place_a: str, place_b: str) -> bool:
    """One place by name, and both a region or both not: "the Kharkiv region" counts more
    than the city of Kharkiv (a part against the whole, not a dispute)."""
    return same_name(place_a, place_b) and _region(first, place_a) == _region(second, place_b)


def _places_clash(first: Claim, second: Claim) -> bool:
    """Both figures name where they count, and not one place: "wounding three people in
    Zaporizhzhia" (a round-up's other item) and "75 wounded in Dnipropetrovsk" are two counts
    even when the linker joined them, as for related figures (:func:`comparable`). Not for
    claimants of opposite sides: the place a sentence names beside a disputed count is as
    often the side's own ("Moscow-controlled", "U.S.-made rockets", "Ukraine's military") as
    the count's, and on real coverage it cut Kyiv's 400 dead from Moscow's 63."""
    place_a, place_b = _place(first), _place(second)
    return bool(place_a and place_b and not same_name(place_a, place_b) and not opposed(first, second))


def _region_and_city(first: Claim, second: Claim) -> bool:
    """One names a region and the other the city of that name: the whole and a part, two
    counts even when the linker joined them."""
    place_a, place_b = _place(first), _place(second)
    return bool(
        place_a and place_b and same_name(place_a, place_b)
        and _region(first, place_a) != _region(second, place_b)
    )


def _region(claim: Claim, place: str) -> bool:
    return region_named(claim.context or claim.text, place, claim.language)


def cumulative(claim: Claim) -> bool:
    """The figure is a running total over the war or a long period ("since the invasion"),
    compared only with other totals: one day's toll is another count."""
    figure = claim.figure
    return bool(figure) and cumulative_count(claim.context or claim.text, figure.best, claim.language)


def _recalls_a_year(claim: Claim) -> bool:
    """The figure's sentence tells of an earlier year than the report ("In April last year, 63
    people were killed", "one year after a strike that killed 20"): a background toll of
    another event, compared only with tolls recalled alike. The linker joined such a toll to
    the day's; as the toll of today's strike it disputed the other side's count."""
    return earlier_year(claim.context or claim.text, claim.language)


def _place(claim: Claim) -> str | None:
    """The place a figure counts in; a place that is part of the claimant's name ("Russia" of
    "Russia's defence ministry") says who speaks, not where the count is."""
    place = claim.figure.place if claim.figure else None
    if place and claim.claimant and fold(place) in fold(claim.claimant):
        return None
    return place


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
    if side.value is None:
        return f"{who} {'denies it' if side.bound == 'denied' else 'says so'}"
    value = f"{side.value:g}"
    if side.bound == "zero":
        value = "none"
    elif side.bound in ("at_least", "more_than", "vague"):
        value = f"at least {side.low:g}"
    elif side.bound == "range" and side.high is not None:
        value = f"{side.low:g}-{side.high:g}"
    hedged = f" ({', '.join(side.hedges)})" if side.hedges else ""
    return f"{who} says {value}{hedged}"


def _why(first: ConflictSide, second: ConflictSide, basis: str, clash: str = "the ranges do not overlap") -> str:
    reasons = [f"{_describe(first)}; {_describe(second)}: {clash}"]
    if first.claimant and second.claimant and not same_name(first.claimant, second.claimant):
        reasons.append("the claimants differ and neither is confirmed by the other")
    if first.date != second.date:
        reasons.append(f"the figures are as of {first.date or '?'} and {second.date or '?'}")
    if first.hedges or second.hedges:
        reasons.append("at least one side is hedged")
    reasons.append(f"matched by {basis}; unresolved until a user or a later source settles it")
    return "; ".join(reasons)


def figure_conflict_basis(first: Claim, second: Claim, same_cluster: bool, related: bool) -> str | None:
    """Why two figure claims are a conflict ("linked claims (one cluster)", "related claims on
    the same count", "same indicator, place and dates"), or None when they are not: in other
    documents, on the same count of the same group, disagreeing beyond their ranges. The one
    decision the store and the evaluation (evaluation/claims/pairs.py) both make."""
    if (
        first.figure is None
        or second.figure is None
        or (first.document_id == second.document_id and not _two_sides_in_one_report(first, second))
        or not same_indicator(first, second)
        or not same_unit(first, second)
        or not disagree(first, second)
        or cumulative(first) != cumulative(second)
        or _recalls_a_year(first) != _recalls_a_year(second)
        or _region_and_city(first, second)
        or _places_clash(first, second)
        or site_and_whole(first, second)
        or _one_strike_and_whole(first, second)
        or weapons_of_two_sides(first, second)
        or increment(first)
        or increment(second)
    ):
        return None
    if first.document_id == second.document_id:
        return "one report gives both sides' counts"
    if same_cluster:
        return "linked claims (one cluster)"
    if recalled(first) or recalled(second):
        return None  # a toll recalled from an earlier month is compared only with its own claim
    if related:
        return "related claims on the same count"
    if same_count(first, second):
        return "same indicator, place and dates"
    return None


def _two_sides_in_one_report(first: Claim, second: Claim) -> bool:
    """One report sets the two sides' counts of one thing side by side ("Kyiv says over 11,000
    Russian soldiers have been killed; the Kremlin says 498 Russian soldiers"): a dispute the
    report itself tells, though no link joins two claims of one document. Only claimants of
    opposite sides, counting the same kind of dead (soldiers against soldiers), the same army
    when the figures name one, in no two named places and within days: "Russia says 23,000
    Ukrainian soldiers, Ukraine says 20,100 Russian soldiers" are two counts, not one disputed.
    On real reports of the war's losses each report's two sides were never compared."""
    if not opposed(first, second):
        return False
    combatants_a, combatants_b = counts_combatants(first), counts_combatants(second)
    if combatants_a is None or combatants_a != combatants_b:
        return False
    army_a, army_b = _army(first), _army(second)
    if army_a != army_b and not (army_a is None and army_b == disputing_side(first)) and not (
        army_b is None and army_a == disputing_side(second)
    ):
        return False  # an unnamed army is the claimant's own ("2,500 soldiers", says Kyiv)
    place_a, place_b = _place(first), _place(second)
    if place_a and place_b and not same_name(place_a, place_b):
        return False
    gap = _days(_as_of(first), _as_of(second))
    return gap is not None and gap <= RELATED_DAYS


def _army(claim: Claim) -> str | None:
    """Whose soldiers a count counts, as its own words name them ("498 Russian soldiers")."""
    return side_named(claim.text, claim.language)


def find_conflicts(
    figures: list[Claim],
    cluster_of: dict[str, str] | None = None,
    related: set[tuple[str, str]] | None = None,
    linked: set[frozenset[str]] | None = None,
) -> list[Conflict]:
    """Conflicts among figure claims: same cluster (``cluster_of`` maps claim id to cluster id)
    or same indicator, place and time window; values disagreeing beyond their ranges.

    With ``linked`` (the links as pairs of claim ids), two figures of one cluster are compared
    as "linked claims" only when a link joins them or their claimants speak for opposite
    sides: a cluster is a chain of links, and on real coverage a round-up's "three wounded in
    Zaporizhzhia" reached Dnipro's 75 wounded through two links about other things, while
    Kyiv's 400 dead and Moscow's 63 in one cluster are the dispute itself, linked or not (the
    pair evaluation scores pairs by their own link only)."""
    cluster_of = cluster_of or {}
    related = related or set()
    by_id = {claim.id: claim for claim in figures if claim.figure and claim.figure.indicator}
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in by_id.values():
        figure = claim.figure
        assert figure is not None and figure.indicator is not None
        # pairs are only looked at inside a cluster or inside one indicator-and-place group,
        # so the work grows with the group sizes, not with the square of the store
        counted = (
            _COVERS.get(figure.indicator, {figure.indicator})
            if figure.bound == "zero"
            else {own_indicator(claim) or figure.indicator}
        )
        for indicator in sorted(counted):
            if claim.id in cluster_of:
                groups.setdefault(("cluster:" + cluster_of[claim.id], indicator), []).append(claim)
            if figure.place:
                groups.setdefault(("place:" + fold(figure.place)[:5], indicator), []).append(claim)
            # one report giving both sides' counts (:func:`_two_sides_in_one_report`)
            groups.setdefault(("document:" + claim.document_id, indicator), []).append(claim)
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
        cluster = cluster_of.get(first.id)
        basis = figure_conflict_basis(
            first,
            second,
            same_cluster=cluster is not None
            and cluster == cluster_of.get(second.id)
            and (linked is None or frozenset(key) in linked or opposed(first, second)),
            related=key in related or (key[1], key[0]) in related,
        )
        if basis is None:
            continue
        sides = sorted([_side(first), _side(second)], key=lambda s: (s.date or "", s.claim))
        conflicts.append(
            Conflict(
                id=f"{sides[0].claim}-{sides[1].claim}",
                indicator=(first.figure if first.figure.bound != "zero" else second.figure).indicator or "",
                place=first.figure.place or second.figure.place,
                figures=sides,
                basis=basis,
                why=_why(sides[0], sides[1], basis, _clash(first, second)),
            )
        )
    return conflicts


#: relations that assert a claim (a denial against one of them is a dispute)
ASSERTING = frozenset({"said", "claimed", "confirmed", "verified", "identified", "reported", "counted", "posted"})
#: characters before a denial in which the claim it denies is looked for
DENIAL_REACH = 600


def denial_targets(claims: list[Claim]) -> list[tuple[str, str]]:
    """(denial, denied claim) pairs within one document: a denial ("Kyiv rejected the claim as
    false", "avviser dette") answers the nearest claim before it by another claimant. Linking
    the two puts the denial into the denied claim's cluster, where grades and conflicts see it."""
    ordered = sorted(claims, key=lambda claim: claim.start)
    pairs = []
    for index, denial in enumerate(ordered):
        if denial.relation != "denied":
            continue
        for target in reversed(ordered[:index]):
            if denial.start - target.end > DENIAL_REACH:
                break
            if target.relation in ASSERTING and not _same_claimant(denial, target):
                pairs.append((denial.id, target.id))
                break
    return pairs


def denial_disputes(denial: Claim, other: Claim) -> bool:
    """Whether a denial can dispute ``other`` at all: a denial of who did it ("the Kremlin
    denies its forces were behind the bombing", "Russland nekter for å stå bak";
    ``[responsibility]`` in claims.toml) disputes an account of who struck, never a count or
    a toll of the strike. On real coverage of one strike such a denial, linked into the toll's
    cluster, was told as disputing "79 injured" and "the deadliest attack"."""
    if not denies_responsibility(own_words(denial), denial.language):
        return True
    return other.figure is None and own_indicator(other) not in TOLLS


def _same_claimant(first: Claim, second: Claim) -> bool:
    return bool(first.claimant and second.claimant and same_name(first.claimant, second.claimant))


def _claim_side(claim: Claim) -> ConflictSide:
    if claim.figure is not None and claim.relation != "denied":
        return _side(claim)
    return ConflictSide(
        claim=claim.id,
        value=None,
        low=0.0,
        high=None,
        bound="denied" if claim.relation == "denied" else "asserted",
        text=claim.context or claim.text,
        claimant=claim.claimant,
        hedges=claim.hedges,
        date=claim.published,
        document=claim.origin,
        outlet=claim.outlet,
        language=claim.language,
    )


def find_denials(
    clusters: list[tuple[str, list[Claim]]],
    linked: set[frozenset[str]] | None = None,
) -> list[Conflict]:
    """Denial against confirmation: in one cluster, a claimant denies what another asserts in
    another document. Both sides are kept; nothing here says which is right.

    With ``linked`` (the cluster's links as pairs of claim ids), a denial disputes only the
    claims linked to the claim it answers (its own document's claim it is linked to) or to the
    denial itself (a dismissal joined to the claim it dismisses in another document), as the
    evaluation decides: a cluster is a chain of links, and "Islamic Jihad denies any part in
    the blast" disputes Israel's claim that its rocket hit the hospital, not every death toll
    the chain reaches."""
    conflicts = []
    for _cluster_id, claims in clusters:
        denials = [claim for claim in claims if claim.relation == "denied"]
        for denial in denials:
            targets = {
                claim.id
                for claim in claims
                if claim.document_id == denial.document_id and frozenset((claim.id, denial.id)) in (linked or set())
            }
            for other in claims:
                if (
                    other.document_id == denial.document_id
                    or other.relation not in ASSERTING
                    or _same_claimant(denial, other)
                    or not denial_disputes(denial, other)
                ):
                    continue
                if linked is not None and not any(
                    frozenset((target, other.id)) in linked for target in (*targets, denial.id)
                ):
                    continue
                sides = sorted([_claim_side(denial), _claim_side(other)], key=lambda s: (s.date or "", s.claim))
                basis = "a denial of a linked claim"
                conflicts.append(
                    Conflict(
                        id=f"{sides[0].claim}-{sides[1].claim}",
                        indicator=other.indicator or "claim",
                        place=other.figure.place if other.figure else None,
                        figures=sides,
                        basis=basis,
                        why=_why_denied(denial, other),
                    )
                )
    return conflicts


#: what a toll counts: a toll says how many, not what happened, so it is no rival account
#: of a cause ("two were killed at the hospital" / "an interceptor fell on it")
TOLLS = frozenset({"killed", "wounded", "missing", "casualties"})


def rival(first: Claim, second: Claim) -> bool:
    """Two accounts of one thing from opposite sides of the war, at least one without a
    figure to compare ("the hospital was hit by a Kh-101" / "an interceptor fell on it"; "65
    prisoners were aboard" / "it carried S-300 missiles"), published within
    :data:`RELATED_DAYS` of each other; with a close embedding (``rival_similarity``) they are
    rival versions of one thing, not the same claim. Figures on one count are compared by
    value instead (:func:`find_conflicts`)."""
    gap = _days(first.published, second.published)
    return (
        first.document_id != second.document_id
        and gap is not None
        and gap <= RELATED_DAYS
        and first.relation in ASSERTING
        and second.relation in ASSERTING
        and (_account(first) or _account(second))
        and not (_stand_taken(first) or _stand_taken(second))
        and not (_a_toll(first) or _a_toll(second))
        and opposed(first, second)
        and not _told_of_two_places(first, second)
    )


def _a_toll(claim: Claim) -> bool:
    """The claim counts the dead, wounded or missing, with a count or without one ("reported
    civilian casualties"): it says how many were hurt, not what happened."""
    return own_indicator(claim) in TOLLS or tells_a_toll(own_words(claim), claim.language)


def _where_told(claim: Claim) -> list[str]:
    """The places an account tells of, without names that stand for a side ("Russia", "Kyiv",
    "Moskva": "Moskva fastholder at …" names who speaks, not where; a country holds every city
    the other account names)."""
    return [place for place in claim.places if side_named(place, claim.language) is None]


def _told_of_two_places(first: Claim, second: Claim) -> bool:
    """Both accounts name where they happened and no place is in both: two things, not two
    versions of one. On real coverage of a strike on Belgorod, one report's line on shelling
    of Vovchansk by Ukrainian officials stood as the rival of every Russian account of the
    Belgorod collapse; each side's accounts name the place they are about."""
    places_a, places_b = _where_told(first), _where_told(second)
    return bool(places_a and places_b) and not any(
        same_name(place_a, place_b) for place_a in places_a for place_b in places_b
    )


def _stand_taken(claim: Claim) -> bool:
    """The claimant takes a stand in its words rather than telling what happened: the cue
    between the claimant's name and the claim ("Zelenskyy condemned the Russians' silence",
    "takket redningsmannskapene"; ``[not_account]``). On real coverage such statements were
    told as rivals of every account the other side gave of the strike."""
    # a verdict on the other side in the claim itself ("Russia deserves a tribunal") is a
    # stand too, whatever verb brings it
    if gives_a_verdict(own_words(claim), claim.language):
        return True
    context, text = claim.context or "", claim.text
    at = context.find(text)
    if not claim.claimant or at < 0:
        return False
    named = context.find(claim.claimant)
    if named < 0:
        named = context.find(claim.claimant.split()[-1])
    cue = context[named:at] if 0 <= named < at else context[:at]
    return takes_a_stand(cue, claim.language)


def _account(claim: Claim) -> bool:
    """The claim tells what happened without saying how many: no figure and no count in its
    own words. A count the reading made no figure of ("34 % of Russia's strategic carriers",
    a share) still says how many, so it is compared by value or not at all; read as a rival
    account, it disputed every count of its event ("several aircraft caught fire")."""
    words = own_words(claim)
    if points_back(words, claim.language):
        # "This was reported by …": the attribution of the sentence before, no account
        return False
    # "several aircraft caught fire" says how many too (a vague quantity is a count)
    return claim.figure is None and not has_count(words, claim.language) and not vague_quantities(words, claim.language)


def _who_where(side: ConflictSide) -> tuple[str | None, str | None]:
    return side.document, fold(side.claimant) if side.claimant else None


def find_rivals(pairs: list[tuple[Claim, Claim]], known: list[Conflict] | None = None) -> list[Conflict]:
    """Rival accounts among related pairs (see :func:`rival`); both sides are kept. A pair of
    claimants and documents already in a ``known`` conflict (a denial of the same claim) or
    already told as rivals is not told twice."""
    told = {frozenset(_who_where(side) for side in conflict.figures) for conflict in known or []}
    conflicts = []
    for first, second in pairs:
        if not rival(first, second):
            continue
        sides = sorted([_claim_side(first), _claim_side(second)], key=lambda s: (s.date or "", s.claim))
        who_where = frozenset(_who_where(side) for side in sides)
        if who_where in told:
            continue
        # one rival account per pair of claimants and documents: a sentence read both as a
        # quote and as an indirect claim was told twice
        told.add(who_where)
        conflicts.append(
            Conflict(
                id=f"{sides[0].claim}-{sides[1].claim}",
                indicator=first.indicator or second.indicator or "claim",
                place=None,
                figures=sides,
                basis="rival accounts from opposite sides",
                why=_why_rival(first, second),
            )
        )
    return conflicts


def _why_rival(first: Claim, second: Claim) -> str:
    who_a = first.claimant or first.outlet or "an unnamed source"
    who_b = second.claimant or second.outlet or "an unnamed source"
    return (
        f"{who_a} ({disputing_side(first)}) and {who_b} ({disputing_side(second)}) speak for "
        "opposite sides and give different accounts of the same thing; neither confirms the "
        "other; unresolved until a user or an independent source settles it"
    )


def _why_denied(denial: Claim, other: Claim) -> str:
    who = denial.claimant or denial.outlet or "an unnamed source"
    asserted = other.claimant or other.outlet or "an unnamed source"
    reasons = [f"{who} denies what {asserted} {other.relation or 'says'}"]
    if other.relation in ("confirmed", "verified", "identified"):
        reasons.append("the claim was also confirmed or verified, and the denial stands against it")
    reasons.append("unresolved until a user or a later source settles it")
    return "; ".join(reasons)

"""Resolving a matched date expression against the publication date.

News conventions: a weekday is the most recent such day on or before publication ("tirsdag"),
a month without a year the most recent such month not after it ("i januar"), "last November"
the one before the current month. Without a publication date relative expressions keep
``value=None`` and say in ``relative`` what they are relative to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .date_vocab import DateVocab

# English names whatever the process locale (calendar.month_name follows it)
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
_ISO_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M"}


@dataclass(frozen=True)
class Resolved:
    value: str | None
    granularity: str  # day | month | year | duration | unknown
    relative: str | None


def _count(n: int, unit: str) -> str:
    return f"{_WORDS.get(n, str(n))} {unit}{'s' if n != 1 else ''}"


def offset_phrase(unit: str, n: int) -> str:
    """English description of an offset from publication ("the year before publication")."""
    if n == 0:
        return f"the publication {unit}" if unit != "day" else "the publication day"
    side = "before" if n < 0 else "after"
    if abs(n) == 1:
        return f"the {unit} {side} publication"
    return f"{_count(abs(n), unit)} {side} publication"


def _month_name(n: int) -> str:
    return MONTH_NAMES[n - 1]


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve(g: dict[str, str], v: DateVocab, pub: dt.date | None) -> Resolved | None:
    """The value of one match given its named groups ``g``; None when it is no date.

    Near the calendar's edges ("i går" published 0001-01-01, "next year" in 9999) the value
    would fall outside years 1-9999, which neither ``datetime`` nor ISO 8601 dates hold: such a
    match is resolved as if no publication date were known (value None, the relative phrase kept).
    """
    try:
        resolved = _resolve(g, v, pub)
    except (OverflowError, ValueError):
        resolved = None
    else:
        if resolved is None or pub is None or _in_calendar(resolved.value):
            return resolved
    return _resolve(g, v, None) if pub is not None else resolved


def _in_calendar(value: str | None) -> bool:
    """Whether every year in ``value`` (a date, month, year or ``a/b`` interval) is 1-9999."""
    if value is None or value.startswith("P"):
        return True
    for part in value.split("/"):
        year = part.split("-")[0]
        if not (year.isdigit() and len(year) == 4 and year != "0000"):
            return False
    return True


def _resolve(g: dict[str, str], v: DateVocab, pub: dt.date | None) -> Resolved | None:
    """:func:`resolve` without the guard at the calendar's edges.

    Groups: day, month, monthnum, year, weekday, season, rel, num, unit, ago, and the flags
    prev ("last", "forrige"), next ("by", "til", "through": the coming one), start/end ("the
    end of January"), newyear.
    """
    if g.get("newyear"):
        return Resolved(
            f"{pub.year}-01-01" if pub else None, "day", "New Year's Day of the publication year"
        )
    month = (
        v.month(g["month"])
        if g.get("month")
        else (int(g["monthnum"]) if g.get("monthnum") else None)
    )
    year = int(g["year"]) if g.get("year") else None
    day = int(g["day"]) if g.get("day") else None
    rel = v.relative.get(" ".join(g["rel"].lower().split())) if g.get("rel") else None
    prev, nxt = bool(g.get("prev")), bool(g.get("next"))
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and month is not None:
        return _day_month(day, month, year, rel, pub)
    if month is not None:
        resolved = _month(month, year, rel, prev, nxt, pub)
        return _edge(resolved, "end" if g.get("end") else "start" if g.get("start") else None)
    if g.get("season"):
        season = v.seasons.get(" ".join(g["season"].lower().split()))
        return _season(season, year, rel, prev, nxt, pub) if season else None
    if year is not None:
        return Resolved(str(year), "year", None)
    if g.get("weekday"):
        wd = v.weekday(g["weekday"])
        return _weekday(wd, prev, nxt, pub) if wd else None
    if rel:
        return _relative(rel, pub)
    if g.get("unit") and g.get("num"):
        n = v.number(g["num"])
        unit = v.units.get(g["unit"].lower())
        if n is None or unit is None:
            return None
        if g.get("ago"):
            return _ago(n, unit, pub)
        time = "T" if unit in ("hour", "minute") else ""
        return Resolved(f"P{time}{n}{_ISO_UNIT[unit]}", "duration", None)
    return None


def _edge(resolved: Resolved, edge: str | None) -> Resolved:
    """The month's first or last day ("the end of January")."""
    if edge is None:
        return resolved
    if resolved.value is None or len(resolved.value) != 7:
        relative = f"the {edge} of {resolved.relative}" if resolved.relative else None
        return Resolved(resolved.value, resolved.granularity, relative)
    y, m = (int(x) for x in resolved.value.split("-"))
    last = (dt.date(*_add_months(y, m, 1), 1) - dt.timedelta(days=1)).day
    value = f"{resolved.value}-{last:02d}" if edge == "end" else f"{resolved.value}-01"
    return Resolved(
        value, "day", f"the {edge} of {resolved.relative}" if resolved.relative else None
    )


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season_of(d: dt.date) -> tuple[str, int]:
    """The season a day falls in and the year it started (winter starts in December)."""
    if d.month in (1, 2):
        return "winter", d.year - 1
    name = next(n for n, m in sorted(SEASON_START.items(), key=lambda x: -x[1]) if d.month >= m)
    return name, d.year


def _season_label(season: str, y: int) -> str:
    return f"winter {y}-{y + 1}" if season == "winter" else f"{season} {y}"


def _season(
    season: str,
    year: int | None,
    rel: dict[str, int] | None,
    prev: bool,
    nxt: bool,
    pub: dt.date | None,
) -> Resolved:
    """A season: the current or last one, the coming one after "til"/"through", or a stated year."""
    if year is not None:
        return Resolved(str(year), "year", _season_label(season, year))
    offset = rel.get("year") if rel else None
    if pub is None:
        if offset is not None:
            return Resolved(None, "unknown", f"{season} of {_year_phrase(offset)}")
        if nxt:
            return Resolved(None, "unknown", f"the {season} after publication")
        return Resolved(None, "unknown", f"the most recent {season} before publication")
    current, cur_year = _season_of(pub)
    start = SEASON_START[season]
    if offset is not None:
        y = pub.year + offset
    elif season == current:
        y = cur_year - 1 if prev else cur_year
    elif nxt:  # the coming one
        y = pub.year if start > pub.month else pub.year + 1
    else:  # the last one begun
        y = pub.year if start <= pub.month else pub.year - 1
    return Resolved(str(y), "year", _season_label(season, y))


def _year_phrase(offset: int) -> str:
    return offset_phrase("year", offset)


def _day_month(
    day: int, month: int, year: int | None, rel: dict[str, int] | None, pub: dt.date | None
) -> Resolved | None:
    label = f"{day} {_month_name(month)}"
    if year is not None:
        return (
            Resolved(dt.date(year, month, day).isoformat(), "day", None)
            if _valid(year, month, day)
            else None
        )
    if not _valid(2000, month, day):  # a leap year accepts 29 February
        return None
    offset = rel.get("year") if rel else None
    if pub is None:
        return Resolved(None, "day", f"{label} of {_year_phrase(offset or 0)}")
    if offset is not None:
        y = pub.year + offset
    else:
        y = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    if not _valid(y, month, day):
        return Resolved(None, "day", f"{label} of {_year_phrase(y - pub.year)}")
    return Resolved(
        dt.date(y, month, day).isoformat(), "day", f"{label} of {_year_phrase(y - pub.year)}"
    )


def _month(
    month: int,
    year: int | None,
    rel: dict[str, int] | None,
    prev: bool,
    nxt: bool,
    pub: dt.date | None,
) -> Resolved:
    name = _month_name(month)
    if year is not None:
        return Resolved(f"{year}-{month:02d}", "month", None)
    offset = rel.get("year") if rel else None
    if pub is None:
        if (prev or nxt) and offset is None:
            side = "after" if nxt else "before"
            return Resolved(
                None, "month", f"the {'next' if nxt else 'last'} {name} {side} publication"
            )
        return Resolved(None, "month", f"{name} of {_year_phrase(offset or 0)}")
    if offset is not None:
        y = pub.year + offset
    elif nxt:
        y = pub.year if month >= pub.month else pub.year + 1
    elif prev:
        y = pub.year if month < pub.month else pub.year - 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return Resolved(f"{y}-{month:02d}", "month", f"{name} of {_year_phrase(y - pub.year)}")


def _weekday(wd: int, prev: bool, nxt: bool, pub: dt.date | None) -> Resolved:
    name = DAY_NAMES[wd - 1]
    side = "after" if nxt else "before"
    if pub is None:
        return Resolved(None, "day", f"the {name} {side} publication")
    if nxt:
        delta = (wd - pub.isoweekday()) % 7 or 7
        return Resolved(
            (pub + dt.timedelta(days=delta)).isoformat(), "day", f"the {name} after publication"
        )
    if prev:  # "forrige torsdag": the Thursday of the week before
        monday = pub - dt.timedelta(days=pub.isoweekday() - 1 + 7)
        return Resolved(
            (monday + dt.timedelta(days=wd - 1)).isoformat(),
            "day",
            f"the {name} of the week before publication",
        )
    delta = (pub.isoweekday() - wd) % 7
    return Resolved(
        (pub - dt.timedelta(days=delta)).isoformat(), "day", f"the {name} before publication"
    )


def _relative(rel: dict[str, int], pub: dt.date | None) -> Resolved | None:
    unit, n = next(iter(rel.items()))
    if unit == "night":  # "overnight", "i natt": the night into the day n after publication
        end = pub + dt.timedelta(days=n) if pub else None
        phrase = (
            "the night before publication"
            if n == 0
            else f"the night into {offset_phrase('day', n)}"
        )
        return Resolved(f"{end - dt.timedelta(days=1)}/{end}" if end else None, "day", phrase)
    if unit == "weekend":  # 0: the last weekend on or before publication, 1: the coming one
        phrase = "the weekend before publication" if n <= 0 else "the weekend after publication"
        if pub is None:
            return Resolved(None, "unknown", phrase)
        sat = pub - dt.timedelta(days=(pub.isoweekday() - 6) % 7) + dt.timedelta(weeks=n)
        if n > 0 and pub.isoweekday() >= 6:
            sat = pub - dt.timedelta(days=pub.isoweekday() - 6) + dt.timedelta(weeks=n)
        return Resolved(f"{sat}/{sat + dt.timedelta(days=1)}", "unknown", phrase)
    phrase = offset_phrase(unit, n)
    if unit == "day":
        value = (pub + dt.timedelta(days=n)).isoformat() if pub else None
        return Resolved(value, "day", phrase)
    if unit == "week":  # an ISO interval, Monday to Sunday
        if pub is None:
            return Resolved(None, "unknown", phrase)
        monday = pub - dt.timedelta(days=pub.isoweekday() - 1) + dt.timedelta(weeks=n)
        return Resolved(f"{monday}/{monday + dt.timedelta(days=6)}", "unknown", phrase)
    if unit == "month":
        if pub is None:
            return Resolved(None, "month", phrase)
        y, m = _add_months(pub.year, pub.month, n)
        return Resolved(f"{y}-{m:02d}", "month", phrase)
    if unit == "year":
        return Resolved(str(pub.year + n) if pub else None, "year", phrase)
    return None


def _ago(n: int, unit: str, pub: dt.date | None) -> Resolved:
    phrase = f"{_count(n, unit)} before publication"
    if unit in ("hour", "minute"):
        return Resolved(pub.isoformat() if pub else None, "day", phrase)
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        return Resolved((pub - dt.timedelta(days=days)).isoformat() if pub else None, "day", phrase)
    if unit == "month":
        if pub is None:
            return Resolved(None, "month", phrase)
        y, m = _add_months(pub.year, pub.month, -n)
        return Resolved(f"{y}-{m:02d}", "month", phrase)
    return Resolved(str(pub.year - n) if pub else None, "year", phrase)

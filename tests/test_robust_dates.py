"""Dates at the calendar's edges (issue #15, D4): relative expressions published on 0001-01-01
or 9999-12-31 are read without a crash, and every value they get is a real date."""

from __future__ import annotations

import datetime as dt

import pytest

import sourcetrace.pipeline  # noqa: F401  (registers the factories)
from conftest import blank_pipes

TEXTS = {
    "nb": (
        "I går og i morgen, i dag og i natt, i fjor og neste år, i helgen og neste helg. "
        "Neste tirsdag, forrige torsdag, i januar, i desember, neste vinter, i fjor sommer, "
        "slutten av desember, for tre dager siden, for to uker siden, for ett år siden."
    ),
    "en": (
        "Yesterday and tomorrow, today and overnight, last year and next year, this weekend "
        "and next weekend. Next Tuesday, last Thursday, in January, in December, next winter, "
        "the end of December, three days ago, two weeks ago, a month ago, one year ago."
    ),
}
EDGES = (dt.date.min, dt.date.max, dt.date(1, 1, 3), dt.date(9999, 12, 29))


@pytest.fixture(scope="module")
def pipes():
    return blank_pipes("sourcetrace_dates")


def _is_calendar_value(value: str) -> bool:
    for part in value.split("/"):
        fields = [int(x) for x in part.split("-")]
        dt.date(fields[0], *(fields[1:] + [1, 1])[:2])  # raises outside the calendar
    return True


@pytest.mark.parametrize("code", sorted(TEXTS))
@pytest.mark.parametrize("published", EDGES, ids=str)
def test_relative_dates_at_the_calendar_edges(pipes, code: str, published: dt.date):
    nlp = pipes(code)
    doc = nlp.make_doc(TEXTS[code])
    doc._.st_published = published
    found = nlp(doc)._.st_dates
    assert len(found) >= 10
    for date in found:
        assert date.value is None or date.value.startswith("P") or _is_calendar_value(date.value)
    yesterday = next(d for d in found if d.span.text.lower() in ("i går", "yesterday"))
    if published == dt.date.min:  # the day before 0001-01-01 is no date: kept relative
        assert (yesterday.value, yesterday.relative) == (None, "the day before publication")
    else:
        assert yesterday.value == (published - dt.timedelta(days=1)).isoformat()

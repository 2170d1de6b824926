"""Date expressions, resolved with and without a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

import sourcetrace.pipeline  # noqa: F401  (registers the factories)
from conftest import blank_pipes
from sourcetrace.pipeline.date_vocab import vocab


@pytest.fixture(scope="module")
def pipes():
    return blank_pipes("sourcetrace_dates")


def dates(pipes, code: str, text: str, published: dt.date | None = None) -> dict[str, tuple]:
    nlp = pipes(code)
    doc = nlp.make_doc(text)
    doc._.st_published = published
    doc = nlp(doc)
    return {d.span.text: (d.value, d.granularity, d.relative) for d in doc._.st_dates}


def test_seed_without_published_date(pipes, seed_text):
    found = dates(pipes, "nb", seed_text)
    assert found["i januar"] == (None, "month", "January of the publication year")
    assert found["i november i fjor"] == (None, "month", "November of the year before publication")
    assert found["i 2014"] == ("2014", "year", None)
    assert found["14 dager"] == ("P14D", "duration", None)


def test_seed_with_published_date(pipes, seed_text):
    found = dates(pipes, "nb", seed_text, dt.date(2023, 3, 2))
    assert found["i januar"][0] == "2023-01"
    assert found["i november i fjor"][0] == "2022-11"
    assert found["i 2014"][0] == "2014"


def test_month_without_year_is_the_last_one_not_after_publication(pipes):
    assert (
        dates(pipes, "nb", "Det skjedde i januar.", dt.date(2023, 3, 15))["i januar"][0]
        == "2023-01"
    )
    found = dates(pipes, "nb", "Det skjedde i november.", dt.date(2023, 2, 1))
    assert found["i november"] == ("2022-11", "month", "November of the year before publication")


BOKMAL = (
    "Angrepet skjedde tirsdag 14. mars 2023. Tirsdag kveld kom nye meldinger. I går ble tre drept, "
    "og i fjor døde 200. Den 1. januar var det stille. Han kom til Kyiv for tre dager siden og ble "
    "der i to uker. Natt til søndag ble byen beskutt. Forrige uke kom en ny rapport. "
    "Mellom 14.03.2023 og 2023-03-20 skjedde det. Neste tirsdag møtes de. Like etter nyttår smalt det. "
    "I dag er det stille. Forrige torsdag kom de. Det skal være ferdig innen utgangen av april."
)


def test_bokmal_with_published_date(pipes):
    found = dates(pipes, "nb", BOKMAL, dt.date(2023, 3, 15))  # a Wednesday
    assert found["tirsdag 14. mars 2023"] == ("2023-03-14", "day", None)
    assert found["Tirsdag kveld"] == ("2023-03-14", "day", "the Tuesday before publication")
    assert found["I går"] == ("2023-03-14", "day", "the day before publication")
    assert found["i fjor"] == ("2022", "year", "the year before publication")
    assert found["Den 1. januar"][0] == "2023-01-01"
    assert found["for tre dager siden"] == ("2023-03-12", "day", "three days before publication")
    assert found["to uker"] == ("P2W", "duration", None)
    assert found["Natt til søndag"][0] == "2023-03-12"
    assert found["Forrige uke"][0] == "2023-03-06/2023-03-12"
    assert found["14.03.2023"][0] == "2023-03-14"
    assert found["2023-03-20"][0] == "2023-03-20"
    assert found["Neste tirsdag"] == ("2023-03-21", "day", "the Tuesday after publication")
    assert found["Like etter nyttår"][0] == "2023-01-01"
    assert found["I dag"] == ("2023-03-15", "day", "the publication day")
    assert found["Forrige torsdag"][0] == "2023-03-09"  # the Thursday of the week before
    assert found["innen utgangen av april"][0] == "2023-04-30"  # "innen": the coming April


def test_bokmal_without_published_date(pipes):
    found = dates(pipes, "nb", BOKMAL)
    assert found["tirsdag 14. mars 2023"][0] == "2023-03-14"  # absolute dates need no context
    assert found["Tirsdag kveld"] == (None, "day", "the Tuesday before publication")
    assert found["I går"] == (None, "day", "the day before publication")
    assert found["Forrige uke"] == (None, "unknown", "the week before publication")


def test_seasons(pipes):
    pub = dt.date(2026, 11, 12)
    found = dates(
        pipes, "nn", "Dei kom i fjor vår. Sidan juni har dei kjempa. I haust har det roa seg.", pub
    )
    assert found["i fjor vår"] == ("2025", "year", "spring 2025")
    assert found["Sidan juni"][0] == "2026-06"
    assert found["I haust"] == ("2026", "year", "autumn 2026")
    found = dates(pipes, "nb", "Kampene vil fortsette gjennom vinteren og til våren.", pub)
    assert found["gjennom vinteren"][2] == "winter 2026-2027"
    assert found["til våren"][2] == "spring 2027"


def test_possessive_var_is_no_season(pipes):
    assert dates(pipes, "nb", "Byen er under vår kontroll.", dt.date(2026, 11, 12)) == {}


def test_numbers_that_are_no_dates(pipes):
    found = dates(pipes, "nb", "34 mennesker ble skadet og 22 døde. Han har 2 barn.")
    assert found == {}


def test_english(pipes):
    text = (
        "Russian forces shelled the city late Tuesday, officials said on Wednesday. The attack came "
        "one minute into the new year. Last week, on March 14, 2023, and on 9 November things changed. "
        "Last November the troops withdrew; in January they returned. In 2014 Russia annexed Crimea. "
        "Three days ago the fighting resumed and it lasted 14 days. He may have left. "
        "Overnight, drones hit Kyiv. The deal is due by the end of January."
    )
    found = dates(pipes, "en", text, dt.date(2023, 1, 1))  # a Sunday
    assert found["late Tuesday"] == ("2022-12-27", "day", "the Tuesday before publication")
    assert found["on Wednesday"][0] == "2022-12-28"
    assert found["one minute into the new year"][0] == "2023-01-01"
    assert found["Last week"][0] == "2022-12-19/2022-12-25"
    assert found["on March 14, 2023"] == ("2023-03-14", "day", None)
    assert found["on 9 November"][0] == "2022-11-09"
    assert found["Last November"][0] == "2022-11"
    assert found["in January"][0] == "2023-01"
    assert found["In 2014"][0] == "2014"
    assert found["Three days ago"][0] == "2022-12-29"
    assert found["14 days"] == ("P14D", "duration", None)
    assert found["Overnight"][0] == "2022-12-31/2023-01-01"
    assert found["by the end of January"][0] == "2023-01-31"
    assert not any("may" in key.lower() for key in found)  # the modal is no month


def test_english_relative_without_published_date(pipes):
    found = dates(pipes, "en", "The strike came on Tuesday, a week after the talks in March.")
    assert found["on Tuesday"] == (None, "day", "the Tuesday before publication")
    assert found["in March"] == (None, "month", "March of the publication year")


def test_vocabulary_comes_from_dateparser_and_data():
    nb = vocab("nb")
    assert nb.month("januar") == 1 and nb.weekday("tirsdag") == 2
    assert nb.relative["i fjor"] == {"year": -1}
    assert vocab("en").month("may") is None and vocab("en").month("May") == 5


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "ru",
            "В январе 2023 года и в прошлом году, во вторник и 14 марта.",
            ["2023-01", "2022", "2023-03-14", "2023-03-14"],
        ),
        (
            "uk",
            "У січні, минулого року, у вівторок і 14 березня 2022 року.",
            ["2023-01", "2022", "2023-03-14", "2022-03-14"],
        ),
    ],
)
def test_russian_and_ukrainian(pipes, code, text, expected):
    found = dates(pipes, code, text, dt.date(2023, 3, 20))
    assert [v[0] for v in found.values()] == expected


def test_newspaper_names_are_no_dates(pipes):
    found = dates(
        pipes,
        "en",
        "The Sunday Times reported on Tuesday that the Mail on Sunday was wrong.",
        dt.date(2026, 11, 20),
    )
    assert list(found) == ["on Tuesday"]

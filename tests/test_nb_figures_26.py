"""Norwegian figures whose verb is split or multi-word (issue #10, session 26), on sentences
written for this test in the shape of NTB/NRK agency reports read this session: a verb whose
object or particle stands after the number ("mistet fire personer livet", "skjøt 12 droner ned")
says what the number counts only read across it; the shooter's verb with its particle before
the number ("skjøt ned 14 droner", "skjøt luftvernet ned 9") and the past "ødela" count the
destroyed; the hurt sent or taken to hospital are hospitalised, as the English table reads them."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def figures(text: str, lang: str = "nb") -> list[tuple[float, str | None]]:
    """(value, counts) of every figure read in ``text`` as a small news document."""
    doc = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [(f.value, f.counts) for f in doc.figures]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Etter det vi vet mistet fire personer livet da blokka ble truffet.", "nb"),
        ("I natt mistet minst sju sivile livet i angrepet, opplyser politiet.", "nb"),
        ("Ifølge fylkesguvernøren mista fem menneske livet i åtaket.", "nn"),
    ],
)
def test_split_lost_their_lives_is_killed(text: str, lang: str) -> None:
    assert [counts for _value, counts in figures(text, lang)] == ["killed"]


def test_bare_mistet_stays_losses_beside_a_split_one() -> None:
    found = figures(
        "Hæren mistet 40 stridsvogner i kampene i høst, ifølge analytikere. I samme kamper mistet "
        "over 200 soldater livet."
    )
    assert [counts for _value, counts in found] == ["casualties", "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Luftvernet skjøt ned 14 russiske droner over Kyiv i natt, opplyser forsvaret.",
        "I natt skjøt luftvernet ned 9 droner over regionen, melder guvernøren.",
        "Forsvaret skjøt 12 droner ned over Kharkiv, ifølge luftforsvaret.",
        "Styrkene stanset og ødela 18 droner over grenseområdet, sier departementet.",
    ],
)
def test_shot_down_before_or_around_the_number_is_destroyed(text: str) -> None:
    assert [counts for _value, counts in figures(text)] == ["destroyed"]


def test_shot_at_is_no_destroyed_but_shot_down_is() -> None:
    found = figures(
        "Russland skjøt 30 droner mot Odesa i natt. Luftvernet skjøt ned 25 droner over byen, "
        "ifølge luftforsvaret."
    )
    assert [counts for _value, counts in found] == ["drones", "destroyed"]


@pytest.mark.parametrize(
    "text",
    [
        "Tre personer er sendt til sykehus etter angrepet, opplyser ordføreren.",
        "Ordføreren melder at seks personer ble fraktet til sykehus i løpet av natten.",
    ],
)
def test_sent_to_hospital_is_hospitalised(text: str) -> None:
    assert [counts for _value, counts in figures(text)] == ["hospitalised"]


# -- who claims a figure the agency relays (verb-second order) -------------------------------------


def claimants(text: str, lang: str = "nb") -> list[str | None]:
    """The claimant's name of every figure read in ``text`` as a small news document."""
    doc = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [f.claimant.name if f.claimant is not None else None for f in doc.figures]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Ifølge Interfax har russiske myndigheter registrert 27 droner over Brjansk.", "russiske myndigheter"),
        ("Ifølge nyhetsbyrået Tass oppgir guvernøren 120 skadde boliger i byen.", "guvernøren"),
        ("I helgen har Forsvaret registrert 41 droner over grenseområdet.", "Forsvaret"),
    ],
)
def test_subject_after_the_finite_verb_claims_not_the_agency(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("AFP siterer det regionale politiet på at 16 personer ble skadet.", "det regionale politiet"),
        ("Nyhetsbyrået siterte militæret på at 35 droner ble skutt ned over natten.", "militæret"),
    ],
)
def test_the_cited_party_claims_not_the_outlet_citing_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]

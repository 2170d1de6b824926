"""Figures of war reports and budget reports (issue #10, session 25), on sentences written for
this test in the shape of agency and budget reports read this session: an adjective between a
number and its scale word leaves the scale ("300 friske millioner kroner" is 300 million kroner);
a bare "milliarder" is a sum of money, and a bare scaled number in a list after a sum counts what
the sum counts; "til"/"på" open what a sum goes to ("2 milliarder til neste år" is no count of
years); soldiers who "falt" were killed; the dead and wounded joined before a bare number are
casualties; and "nearing"/"approaching" give the size of their subject."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def read(text: str, lang: str):
    """The reading of ``text`` as a small news document in ``lang``."""
    return analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)


def figures(text: str, lang: str) -> list[tuple[float, str | None, str | None]]:
    """(value, unit, counts) of every figure read in ``text``."""
    return [(f.value, f.unit, f.counts) for f in read(text, lang).figures]


# -- sums of money ---------------------------------------------------------------------------------


def test_adjective_between_number_and_scale_keeps_the_scale() -> None:
    found = figures("Statsråden har funnet 250 friske millioner kroner til minerydding.", "nb")
    assert found == [(250_000_000.0, "money", "money")]


def test_bare_milliarder_after_a_sum_counts_money() -> None:
    found = figures(
        "De 12,4 milliarder kronene fordeles slik: 7,1 milliarder til nødhjelp og 5,3 milliarder "
        "til våpen.",
        "nb",
    )
    assert [unit for _value, unit, _counts in found] == ["money", "money", "money"]


def test_bare_milliard_alone_is_money() -> None:
    found = figures("Neste år skal 3 milliarder gå til gjenoppbygging av strømnettet.", "nb")
    assert [(value, unit) for value, unit, _counts in found] == [(3_000_000_000.0, "money")]


@pytest.mark.parametrize(
    "text",
    [
        "Regjeringen bruker 5 milliarder kroner i år og 4 milliarder til neste år.",
        "Forsvaret har brukt 2 milliarder på droner i høst.",
    ],
)
def test_what_a_sum_goes_to_is_not_its_unit(text: str) -> None:
    units = {unit for _value, unit, _counts in figures(text, "nb")}
    assert units == {"money"}


# -- what a toll counts ----------------------------------------------------------------------------


def test_soldiers_who_fell_were_killed_but_falling_numbers_are_no_toll() -> None:
    fell = figures("Forsvarsministeren sa at mellom 40 og 70 soldater falt hver uke.", "nb")
    assert [(unit, counts) for _value, unit, counts in fell] == [("soldiers", "killed")]
    dropped = figures("Antallet angrep falt fra 300 til 120 i løpet av sommeren, ifølge hæren.", "nb")
    assert all(counts != "killed" for _value, _unit, counts in dropped)


def test_killed_or_wounded_before_a_bare_number_are_casualties() -> None:
    found = figures(
        "The number of soldiers killed or wounded on both sides is nearing 400,000, officials said.",
        "en",
    )
    assert [(value, counts) for value, _unit, counts in found] == [(400_000.0, "casualties")]


def test_nearing_gives_the_size_of_its_subject() -> None:
    found = figures("The tally of shelling attacks is nearing 9,000, the monitors said.", "en")
    assert [(value, unit) for value, unit, _counts in found] == [(9_000.0, "attacks")]


# -- who claims a tally, and what a deportation counts ---------------------------------------------


def claimants(text: str, lang: str) -> list[str | None]:
    """The claimant's name of every figure read in ``text``."""
    return [f.claimant.name if f.claimant else None for f in read(text, lang).figures]


def test_a_capital_that_opens_a_tally_claims_it_not_the_speaker_before() -> None:
    found = claimants(
        "Kyiv sier at 3000 russiske soldater er drept, sier talsmannen. Fra Moskva er det "
        "offisielle tallet rundt 700.",
        "nb",
    )
    assert found[-1] == "Moskva"


def test_deported_children_are_displaced() -> None:
    found = figures("Ombudsmannen sier at 1600 barn er deportert fra de okkuperte områdene.", "nb")
    assert [(unit, counts) for _value, unit, counts in found] == [("children", "displaced")]


def test_another_person_killed_counts_one() -> None:
    found = figures(
        "Three men were killed at the market, the mayor said. Another person was killed on the "
        "road out of town. It was another attack on the town.",
        "en",
    )
    assert [(value, counts) for value, _unit, counts in found] == [(3.0, "killed"), (1.0, "killed")]


def test_a_whole_whose_part_was_killed_is_not_killed() -> None:
    found = figures("Bomben traff en leir med 900 soldater og drepte 200 av dem, ifølge hæren.", "nb")
    assert [(value, counts) for value, _unit, counts in found][0] == (900.0, "soldiers")
    assert (200.0, "killed") in [(value, counts) for value, _unit, counts in found]
    joined = figures("Twelve people were killed and three of them were children, police said.", "en")
    assert joined[0][2] == "killed"


def test_the_height_of_a_block_is_no_count() -> None:
    found = figures("En ni etasjers boligblokk ble truffet, og fire personer ble såret.", "nb")
    assert [value for value, _unit, _counts in found] == [4.0]

"""Conflicting figures, round claims24 (issue #11): kinds of false conflicts seen on real
coverage (a building collapse in a Russian border city reported by both sides' media, and two
strikes on Kyiv whose tolls rose over days), retold in invented sentences:

- two accounts from opposite sides that name two different places are two things, not rival
  versions of one ("shelling of a village near Kharkiv" against "a missile fragment hit a
  block in Belgorod");
- a line that only attributes the sentence before ("This was reported by the head of the city
  administration") tells nothing of its own, so it is no rival account;
- the wounded counted in hospital are the hospitals' count, a part of the attack's wounded, not
  a dispute of it.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import conflicts
from sourcetrace.claims.records import Claim, FigureValue


def _claim(
    claim_id: str,
    text: str,
    context: str | None = None,
    claimant: str | None = None,
    relation: str = "said",
    kind: str = "indirect",
    figure: FigureValue | None = None,
    published: str = "2025-03-09",
    language: str = "en",
    places: list[str] | None = None,
) -> Claim:
    return Claim(
        id=claim_id, document_id="doc-" + claim_id, kind=kind, text=text, start=0, end=len(text),
        context=context or text, claimant=claimant, claimant_kind="named" if claimant else None,
        relation=relation, language=language, published=published, figure=figure,
        **({"places": places} if places is not None else {}),
    )


def _figure(
    claim_id: str,
    indicator: str,
    value: float,
    text: str,
    sentence: str,
    claimant: str | None = None,
    day: str = "2025-03-09",
    language: str = "en",
) -> Claim:
    figure = FigureValue(indicator=indicator, best=value, low=value, high=value, bound="exact", unit=None,
                         place=None, as_of=day)
    return _claim(claim_id, text, context=sentence, claimant=claimant, relation="counted", kind="figure",
                  figure=figure, published=day, language=language)


@pytest.mark.parametrize(
    ("kyiv_text", "kyiv_places", "moscow_text", "moscow_places", "language"),
    [
        ("Ukrainian officials reported shelling of Lyptsi, a village north of Kharkiv",
         ["Lyptsi", "Kharkiv"],
         "Russia's defence ministry said a fragment of a downed rocket hit a block of flats in Kursk",
         ["Kursk"], "en"),
        ("Ukrainske myndigheter melder om beskytning av Lyptsi nord for Kharkiv",
         ["Lyptsi", "Kharkiv"],
         "Det russiske forsvarsdepartementet sier at en rakettdel traff en boligblokk i Kursk",
         ["Kursk"], "nb"),
    ],
)
def test_accounts_of_two_places_are_no_rivals(kyiv_text, kyiv_places, moscow_text, moscow_places, language):
    """Each side's account names the place it tells of; with no place in common they are two
    things, however close their sentences read."""
    kyiv = _claim("k", kyiv_text, claimant=kyiv_text.split(" reported")[0].split(" melder")[0],
                  relation="reported", language=language, places=kyiv_places)
    moscow = _claim("m", moscow_text, claimant=moscow_text.split(" said")[0].split(" sier")[0],
                    language=language, places=moscow_places)
    assert conflicts.find_rivals([(kyiv, moscow)]) == []
    # the same place named by both sides (one as a region) keeps the rival accounts; a side's
    # name ("Russia", "Kyiv") is who speaks, not where
    kyiv = _claim("k", "Kyiv says a Russian missile hit the market in Kursk region", claimant="Kyiv",
                  places=["Kursk region", "Kyiv"])
    moscow = _claim("m", "Russia's defence ministry said the market in Kursk was hit by air defence debris",
                    claimant="Russia's defence ministry", places=["Kursk", "Russia"])
    assert len(conflicts.find_rivals([(kyiv, moscow)])) == 1
    # "Moskva fastholder at …" names who speaks: a side's name places no account
    moscow = _claim("m", "Moskva fastholder at flyet hadde krigsfanger om bord", claimant="Moskva",
                    language="nb", places=["Moskva"])
    kyiv = _claim("k", "Ukrainian military sources said the plane near Belgorod carried air-defence missiles",
                  claimant="Ukrainian military sources", places=["Belgorod"])
    assert len(conflicts.find_rivals([(kyiv, moscow)])) == 1


@pytest.mark.parametrize(
    ("pointer", "claimant", "language"),
    [
        ("This was reported by the head of Ukraine's Kharkiv regional administration, Oleh Sinehubov",
         "the head of Ukraine's Kharkiv regional administration", "en"),
        ("That was confirmed by Kyiv's city military administration", "Kyiv's city military administration", "en"),
        ("Det opplyser det ukrainske forsvaret", "det ukrainske forsvaret", "nb"),
    ],
)
def test_a_line_pointing_back_is_no_rival_account(pointer, claimant, language):
    """"This was reported by …" attributes the sentence before; it tells nothing of its own
    and is no rival of the other side's count of drones."""
    attribution = _claim("a", pointer, claimant=claimant, relation="reported", language=language)
    drones = _figure("d", "destroyed", 87, "87 Ukrainian drones",
                     "Russia's defence ministry said it destroyed 87 Ukrainian drones overnight.",
                     claimant="Russia's defence ministry", language="en")
    assert conflicts.find_rivals([(attribution, drones)]) == []
    # a line carrying what was reported is still an account
    account = _claim("a", "That the depot was hit by a Ukrainian missile was reported by the governor",
                     claimant="Russia's defence ministry", relation="reported")
    other = _claim("b", "Ukraine's general staff said the depot caught fire after a Russian drone fell on it",
                   claimant="Ukraine's general staff")
    assert len(conflicts.find_rivals([(account, other)])) == 1


@pytest.mark.parametrize(
    ("whole_text", "whole_sentence", "part_text", "part_sentence", "language"),
    [
        ("61 people", "At least 61 people were injured in the attack, the mayor said.",
         "24 wounded", "There are 24 wounded in hospitals, among them five children.", "en"),
        ("61 people", "At least 61 people were injured in the attack, the mayor said.",
         "24 people", "By the evening 24 people had been hospitalised.", "en"),
        ("61 personer", "Minst 61 personer ble skadd i angrepet, opplyser ordføreren.",
         "24 skadde", "24 skadde ligger på sykehus, blant dem fem barn.", "nb"),
    ],
)
def test_the_wounded_in_hospital_are_a_part(whole_text, whole_sentence, part_text, part_sentence, language):
    """The wounded the hospitals hold are a part of everyone wounded: no dispute of the toll."""
    whole = _figure("w", "wounded", 61, whole_text, whole_sentence, claimant="the mayor", language=language)
    part = _figure("p", "wounded", 24, part_text, part_sentence, day="2025-03-10", language=language)
    assert conflicts.figure_conflict_basis(whole, part, same_cluster=True, related=True) is None
    # without words of a hospital, a lower count of the wounded a day later is still a dispute
    lower = _figure("p", "wounded", 24, "24 people", "Only 24 people were injured, the channel wrote.",
                    day="2025-03-10")
    assert conflicts.figure_conflict_basis(whole, lower, same_cluster=True, related=True) is not None


@pytest.mark.parametrize(
    ("toll_text", "claimant", "language"),
    [
        ("Ukrainian officials reported civilian casualties after the shelling", "Ukrainian officials", "en"),
        ("Ukrainske myndigheter meldte om sivile ofre etter beskytningen", "Ukrainske myndigheter", "nb"),
    ],
)
def test_a_toll_without_a_count_is_no_rival_of_a_cause(toll_text, claimant, language):
    """"Reported civilian casualties" says people were hurt, not what happened: no rival of the
    other side's account of what struck the building."""
    toll = _claim("t", toll_text, claimant=claimant, relation="reported", language=language)
    cause = _claim("c", "Russia's defence ministry said the block was hit by a fragment of a downed rocket",
                   claimant="Russia's defence ministry")
    assert conflicts.find_rivals([(toll, cause)]) == []


def test_a_clock_names_no_place():
    """"As of 16:40 Moscow time, rescuers had recovered six bodies" counts in no city called
    Moscow: read as the place, it kept a border city's toll apart from its own stages. A city
    named as where the count is stays its place."""
    import datetime as dt

    from sourcetrace.analysis import SourceDoc, analyze
    from sourcetrace.claims.records import claims_from_reading

    day = dt.date(2025, 3, 9)
    texts = {
        "en": ("As of 16:40 Moscow time, rescuers had recovered six bodies from the rubble in Kursk.", 6, "Kursk"),
        "nb": ("Klokka 16.40 Moskva-tid hadde redningsmannskaper funnet seks døde i ruinene i Kursk.", 6, "Kursk"),
    }
    for language, (text, value, place) in texts.items():
        reading = analyze(SourceDoc(text=text, origin="clock.txt", language=language, published=day), lang=language)
        claims = [claim for claim in claims_from_reading(reading) if claim.figure and claim.figure.best == value]
        assert claims, language
        for claim in claims:
            assert all("mosk" not in name.lower() and "mosc" not in name.lower() for name in claim.places), claim.places
            assert claim.figure.place in (None, place), claim.figure.place


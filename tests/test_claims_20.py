"""Conflicting figures, round claims20 (issue #11): kinds of false conflicts seen on real
coverage (one night's drone raids reported by both sides; a strike on a Russian border city
and the tolls of it updated over days), retold in invented sentences:

- each side counts the drones or missiles fired at it and shot down over its own land: Kyiv's
  count of Russian drones and Moscow's count of Ukrainian drones are two attacks, not one
  disputed count;
- "both sides deny targeting civilians" denies an intent, not a toll: it disputes no count.
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
) -> Claim:
    return Claim(
        id=claim_id, document_id="doc-" + claim_id, kind=kind, text=text, start=0, end=len(text),
        context=context or text, claimant=claimant, claimant_kind="named" if claimant else None,
        relation=relation, language=language, published=published, figure=figure,
    )


def _figure(
    claim_id: str,
    indicator: str,
    value: float,
    text: str,
    sentence: str,
    claimant: str | None = None,
    day: str = "2025-03-09",
    unit: str | None = None,
    language: str = "en",
) -> Claim:
    figure = FigureValue(indicator=indicator, best=value, low=value, high=value, bound="exact", unit=unit,
                         place=None, as_of=day)
    return _claim(claim_id, text, context=sentence, claimant=claimant, relation="counted", kind="figure",
                  figure=figure, published=day, language=language)


@pytest.mark.parametrize(
    ("kyiv_text", "kyiv_sentence", "moscow_value", "moscow_text", "moscow_sentence", "language"),
    [
        ("14 of the 17 drones",
         "Ukraine's air force said it had downed 14 of the 17 drones launched overnight.",
         38, "38 Ukrainian drones",
         "Russia's defence ministry said 38 Ukrainian drones were shot down over four regions.", "en"),
        ("60 out of 75 Russian attack drones",
         "Ukraine's air force said its units downed 60 out of 75 Russian attack drones.",
         25, "at least 25 drones",
         "Russia's defence ministry said at least 25 drones were intercepted over its regions.", "en"),
        ("14 av 17 droner",
         "Det ukrainske luftforsvaret opplyser at 14 av 17 droner ble skutt ned i natt.",
         38, "38 ukrainske droner",
         "Det russiske forsvarsdepartementet sier at 38 ukrainske droner ble skutt ned.", "nb"),
    ],
)
def test_each_side_counts_the_drones_fired_at_it(kyiv_text, kyiv_sentence, moscow_value, moscow_text,
                                                 moscow_sentence, language):
    """Kyiv's downed drones are Russian, Moscow's are Ukrainian: two counts, whatever the night."""
    kyiv_claimant, moscow_claimant = (
        ("Ukraine's air force", "Russia's defence ministry") if language == "en"
        else ("Det ukrainske luftforsvaret", "Det russiske forsvarsdepartementet")
    )
    kyiv = _figure("k", "drones", float(kyiv_text.split()[0]), kyiv_text, kyiv_sentence, claimant=kyiv_claimant,
                   language=language)
    moscow = _figure("m", "drones", moscow_value, moscow_text,
                     moscow_sentence, claimant=moscow_claimant, language=language)
    assert conflicts.find_conflicts([kyiv, moscow], cluster_of={"k": "c", "m": "c"}) == []
    # both name the Ukrainian drones: Moscow's 40 shot down against Kyiv's 12 in the raid is
    # one count, disputed
    shot = _figure("s", "drones", 40, "40 Ukrainian drones",
                   "Russia's defence ministry said 40 Ukrainian drones were shot down over Bryansk.",
                   claimant="Russia's defence ministry")
    sent = _figure("r", "drones", 12, "12 Ukrainian drones",
                   "Ukraine's General Staff said 12 Ukrainian drones took part in the raid on Bryansk.",
                   claimant="Ukraine's General Staff")
    assert len(conflicts.find_conflicts([shot, sent], cluster_of={"s": "c", "r": "c"})) == 1


@pytest.mark.parametrize(
    "denial_text",
    [
        "Both sides deny targeting civilians in the war.",
        "Moscow denies that its forces target non-combatants.",
    ],
)
def test_a_denial_of_targeting_civilians_disputes_no_toll(denial_text):
    """A denial of intent says nothing about how many were hurt."""
    denial = _claim("d", denial_text, claimant="Both sides", relation="denied")
    toll = _claim("t", "87 people were wounded in the shelling, the governor said.", claimant="the governor",
                  relation="said")
    assert conflicts.denial_disputes(denial, toll) is False


@pytest.mark.parametrize(
    ("text", "sentence", "language"),
    [
        ("44 people", "44 people have died after Saturday's missile strike on the block, the mayor said.", "en"),
        ("44 people", "The strike on the block on 14 March has killed 44 people, the mayor said.", "en"),
        ("44 personer", "44 personer er drept etter lørdagens rakettangrep mot blokken, sier ordføreren.", "nb"),
        ("44 personar", "44 personar er drepne etter åtaket mot blokka laurdag, seier ordføraren.", "nn"),
    ],
)
def test_a_toll_dated_by_its_attack_was_counted_later(text, sentence, language):
    """Tuesday's "44 dead after Saturday's strike" was counted on some day from Saturday to
    Tuesday: Monday's 30 may be the earlier count, so the two are a toll rising, not a
    dispute."""
    monday = _figure("a", "killed", 30, "30 people", "30 people have been confirmed dead, officials said.",
                     claimant="officials", day="2025-03-16")
    tuesday = _figure("b", "killed", 44, text, sentence, claimant="the mayor", day="2025-03-14", language=language)
    tuesday.published = "2025-03-17"
    assert conflicts.figure_conflict_basis(monday, tuesday, same_cluster=True, related=True) is None
    # a count dated by the day it was given, not by the attack, is the earlier count: Saturday's
    # 44 against Monday's 30 from another claimant stays a dispute
    counted = _figure("c", "killed", 44, "44 people", "As of Saturday evening, 44 people were dead, the mayor said.",
                      claimant="the mayor", day="2025-03-14")
    counted.published = "2025-03-17"
    assert conflicts.figure_conflict_basis(monday, counted, same_cluster=True, related=True) is not None


def _capped(claim_id: str, value: float, text: str, claimant: str, day: str) -> Claim:
    figure = FigureValue(indicator="killed", best=value, low=0.0, high=value, bound="at_most", unit="people",
                         place=None, as_of=day)
    return _claim(claim_id, text, claimant=claimant, relation="counted", kind="figure", figure=figure,
                  published=day)


def test_up_to_a_count_claims_about_that_count():
    """"As many as 35 died" on Sunday and "up to 20 were killed" on Monday are two claims of
    about 35 and about 20, the later lower: not two ceilings that 0 to 20 satisfies alike.
    Against 15 the same day "up to 20" is no dispute."""
    as_many = _capped("b", 35, "as many as 35 people", "a local official", "2025-03-09")
    up_to = _capped("a", 20, "up to 20 people", "the regional police", "2025-03-10")
    assert conflicts.disagree(as_many, up_to)
    fifteen = _figure("c", "killed", 15, "15 people", "15 people were killed, rescuers said.", claimant="rescuers",
                      day="2025-03-10")
    assert not conflicts.disagree(up_to, fifteen)


@pytest.mark.parametrize(
    ("text", "sentence", "language"),
    [
        ("Nine people", "Nine people are in a serious condition, the governor said.", "en"),
        ("12 people", "12 people wounded in the attack are still receiving medical care, the governor said.", "en"),
        ("Ni personer", "Ni personer er alvorlig skadd, opplyser guvernøren.", "nb"),
        ("Ni personar", "Ni personar ligg framleis på sjukehus, seier guvernøren.", "nn"),
    ],
)
def test_the_gravely_wounded_are_a_part_of_the_wounded(text, sentence, language):
    """"Nine are in a serious condition" the day after "30 were wounded" counts a part of the
    wounded, not a lower count of them."""
    wounded = _figure("w", "wounded", 30, "30 people", "30 people were wounded in the strike, officials said.",
                      claimant="officials", day="2025-03-09")
    grave = _figure("g", "wounded", 9 if "12" not in text else 12, text, sentence, claimant="the governor",
                    day="2025-03-10", language=language)
    assert conflicts.figure_conflict_basis(wounded, grave, same_cluster=True, related=True) is None


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The strike killed at least 14 people, including two children, and injured 60 others, among them "
         "11 children, officials said.", "en"),
        ("Angrepet drepte minst 14 personer og skadet 60 andre, blant dem 11 barn, opplyser myndighetene.", "nb"),
    ],
)
def test_a_part_counts_what_its_whole_counts(sentence, language):
    """"Injured 60 others, among them 11 children": the 11 are wounded children, whatever the
    sentence's first verb; they dispute no count of the children killed."""
    text = "11 children" if language == "en" else "11 barn"
    part = _figure("p", "killed", 11, text, sentence, claimant="officials", day="2025-03-09", unit="children",
                   language=language)
    dead = _figure("d", "killed", 2, "two children", "The dead include two children, the police said.",
                   claimant="the police", day="2025-03-10", unit="children")
    assert conflicts.figure_conflict_basis(part, dead, same_cluster=True, related=True) is None

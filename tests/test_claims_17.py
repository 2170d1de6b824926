"""Conflicting figures, round claims17 (issue #11): kinds of false conflicts seen on real
coverage of two strikes (a restaurant hit in a frontline city, an apartment block hit in a
western city; tolls updated over days, the attacker's own account), retold in invented
sentences:

- an increment ("three more dead were found", "two more bodies", "to til ble funnet døde")
  was compared as a toll, and so was a part of it ("one adult and two children");
- a count of the missing falls as people are found: a later, lower count is no dispute;
- the count of one strike of several ("a second missile hit a village, wounding five") is a
  part of the attack's toll, as a count at one site is;
- a verdict on the other side ("Russia deserves a tribunal") is no rival account of what
  happened, and one pair of claimants and documents is told as rivals once.
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
    published: str = "2024-05-08",
    language: str = "en",
    document: str | None = None,
) -> Claim:
    return Claim(
        id=claim_id, document_id=document or "doc-" + claim_id, kind=kind, text=text, start=0, end=len(text),
        context=context or text, claimant=claimant, claimant_kind="named" if claimant else None,
        relation=relation, language=language, published=published, figure=figure,
    )


def _figure(
    claim_id: str,
    indicator: str,
    value: float,
    text: str,
    sentence: str,
    day: str,
    claimant: str | None = None,
    unit: str = "people",
    language: str = "en",
) -> Claim:
    figure = FigureValue(indicator=indicator, best=value, low=value, high=value, bound="exact", unit=unit,
                         place=None, as_of=day)
    return _claim(claim_id, text, context=sentence, claimant=claimant, relation="counted", kind="figure",
                  figure=figure, published=day, language=language)


def _basis(first: Claim, second: Claim) -> str | None:
    """The conflict basis for two figures the linker joined."""
    return conflicts.figure_conflict_basis(first, second, same_cluster=True, related=True)


@pytest.mark.parametrize(
    ("text", "sentence", "language"),
    [
        ("four more dead", "Rescuers found four more dead under the rubble on Friday, the police said.", "en"),
        ("four more bodies", "Four more bodies were pulled out of the rubble overnight, rescuers said.", "en"),
        ("fire til", "Redningsmannskapene fant fire til døde i ruinene fredag, opplyser politiet.", "nb"),
        ("fire", "Redningsmannskapene fant enda fire døde i ruinene fredag, opplyser politiet.", "nb"),
    ],
)
def test_an_increment_of_a_toll_disputes_no_toll(text, sentence, language):
    """"Four more dead" on Friday is a step of the count, not a lower toll than Thursday's 30."""
    toll = _figure("t", "killed", 30, "30 people", "30 people have been killed, the governor said.", "2024-05-09",
                   claimant="the governor")
    step = _figure("s", "killed", 4, text, sentence, "2024-05-10", claimant="the police", language=language)
    assert _basis(toll, step) is None
    # the same figure without the increment word is a lower count the day after: a conflict
    plain = _figure("p", "killed", 4, "four dead", "Rescuers found four dead under the rubble on Friday.",
                    "2024-05-10", claimant="the police")
    assert _basis(toll, plain) is not None
    # "to til tre" is a range of two to three, not "two more"
    ranged = _figure("r", "killed", 2, "to til tre", "Politiet fant to til tre døde i ruinene fredag.", "2024-05-10",
                     claimant="politiet", language="nb")
    assert _basis(toll, ranged) is not None


def test_a_part_of_an_increment_is_no_part_of_the_toll():
    """"Four more dead were found: two adults and two children" names the children of the
    step; Thursday's "including five children" names those of the toll."""
    whole_part = _figure("w", "killed", 5, "five children",
                         "The toll stands at 30, including five children, the governor said.", "2024-05-09",
                         claimant="the governor", unit="children")
    step_part = _figure("s", "killed", 2, "two children",
                        "Four more dead were found under the rubble: two adults and two children.", "2024-05-10",
                        claimant="the police", unit="children")
    assert _basis(whole_part, step_part) is None


def test_a_falling_count_of_the_missing_is_no_dispute():
    """The missing are found as the rubble is cleared: 20 on Thursday, 11 on Friday."""
    thursday = _figure("a", "missing", 20, "20 people", "20 people are still missing, the president said.",
                       "2024-05-09", claimant="the president")
    friday = _figure("b", "missing", 11, "11 people", "11 people are still considered missing, the police said.",
                     "2024-05-10", claimant="the police")
    assert _basis(thursday, friday) is None
    # a toll does not fall: 30 dead on Thursday against 11 on Friday stays a conflict
    dead_a = _figure("c", "killed", 30, "30 people", "30 people were killed, the president said.", "2024-05-09",
                     claimant="the president")
    dead_b = _figure("d", "killed", 11, "11 people", "11 people were killed, the police said.", "2024-05-10",
                     claimant="the police")
    assert _basis(dead_a, dead_b) is not None


@pytest.mark.parametrize(
    ("text", "sentence", "language"),
    [
        ("four", "A second missile hit a village on the edge of the city, wounding four.", "en"),
        ("four people", "The third rocket struck a depot outside the town and left four people injured.", "en"),
        ("fire", "Den andre raketten traff en landsby utenfor byen, og fire ble skadd.", "nb"),
    ],
)
def test_the_count_of_one_strike_of_several_disputes_no_toll(text, sentence, language):
    whole = _figure("w", "wounded", 50, "50 people", "50 people were wounded in the strike, the police said.",
                    "2024-05-08", claimant="the police")
    part = _figure("p", "wounded", 4, text, sentence, "2024-05-09", language=language)
    assert _basis(whole, part) is None
    # the same count without the strike named is a lower count the day after: a conflict
    other = _figure("o", "wounded", 4, "four", "The strike on the city wounded four.", "2024-05-09")
    assert _basis(whole, other) is not None


def test_a_verdict_on_the_other_side_is_no_rival_account():
    """"Russia deserves a tribunal" judges; "the missile hit a cafe" tells what happened."""
    ministry = _claim("m", "its missiles hit a meeting of Ukrainian officers in the city",
                      context="Russia's defence ministry said its missiles hit a meeting of Ukrainian officers in the city.",
                      claimant="Russia's defence ministry", published="2024-05-10")
    verdict = _claim("v", "Russia deserves only a tribunal for what it has done",
                     context="President Volodymyr Zelensky said the strike showed that Russia deserves only a "
                     "tribunal for what it has done.", claimant="Volodymyr Zelensky")
    nb_verdict = _claim("n", "Russland fortjener et tribunal", context="Zelenskyj sa at Russland fortjener et tribunal.",
                        claimant="Volodymyr Zelenskyj", language="nb")
    account = _claim("a", "the missile hit a crowded cafe", context="Kyiv said the missile hit a crowded cafe.",
                     claimant="Kyiv")
    assert not conflicts.rival(ministry, verdict)
    assert not conflicts.rival(ministry, nb_verdict)
    assert conflicts.rival(ministry, account)


def test_one_pair_of_claimants_and_documents_is_told_as_rivals_once():
    """A sentence read as a quote and as an indirect claim is one account, told once."""
    ministry = _claim("m", "its missiles hit a meeting of Ukrainian officers in the city",
                      context="Russia's defence ministry said its missiles hit a meeting of Ukrainian officers in the city.",
                      claimant="Russia's defence ministry", published="2024-05-10")
    quote = _claim("q", "hit a crowded cafe", context='Kyiv said the missile "hit a crowded cafe".', claimant="Kyiv",
                   kind="quote", document="doc-kyiv")
    indirect = _claim("i", "the missile hit a crowded cafe", context='Kyiv said the missile "hit a crowded cafe".',
                      claimant="Kyiv", document="doc-kyiv")
    told = conflicts.find_rivals([(ministry, quote), (ministry, indirect)])
    assert len(told) == 1


def test_officers_against_a_toll_of_people_is_a_dispute_whatever_the_numbers_allow():
    """The attacker's ministry says "up to 40 officers" were killed; the struck city's police
    count 9 dead, including two children. "Up to 40" allows 9, but whom the strike killed is
    the dispute; one side's own later count of 12 people is no dispute of its 9."""
    ministry = _claim(
        "m", "up to 40 officers",
        context="Up to 40 officers were killed in the strike on the city, Russia's defence ministry said.",
        claimant="Russia's defence ministry", relation="counted", kind="figure", published="2024-05-10",
        figure=FigureValue(indicator="killed", best=40, low=0, high=40, bound="at_most", unit="officers",
                           as_of="2024-05-10"),
    )
    police = _figure("p", "killed", 9, "9 people", "9 people were killed, including two children, Ukraine's police said.",
                     "2024-05-09", claimant="Ukraine's police")
    assert _basis(ministry, police) is not None
    assert "soldiers or officers" in conflicts.find_conflicts([ministry, police], {"m": "c", "p": "c"})[0].why
    later = _figure("l", "killed", 12, "12 people", "12 people were killed, Ukraine's emergency service said.",
                    "2024-05-10", claimant="Ukraine's emergency service")
    assert _basis(police, later) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("at least seven people were killed, including children, and 40 were wounded", "en"),
        ("minst sju ble drept, blant dem barn, og 40 ble skadd", "nb"),
    ],
)
def test_a_toll_including_children_counts_everyone(text, language):
    """"Seven killed, including children" counts everyone; "five of them children" a part."""
    from sourcetrace.claims.indicators import part_in_text

    assert part_in_text(text, language) is None
    assert part_in_text("five of them were children", "en") == "children"


def test_a_toll_of_an_earlier_year_is_background():
    """"One year after a strike on another city killed 20" recalls last year's dead; it is no
    count of today's strike, though the linker joined the two."""
    background = _figure("b", "killed", 20, "20 people",
                         "The attack came one year after a missile strike on a mall in another city killed 20 people.",
                         "2024-05-09")
    # the next day's report of a lower toll: a conflict with the background toll were it today's
    today = _figure("t", "killed", 9, "nine people", "At least nine people were killed, the governor said.",
                    "2024-05-10", claimant="the governor")
    assert _basis(background, today) is None
    nb_background = _figure("n", "killed", 20, "20", "I fjor ble 20 drept i et angrep på et kjøpesenter.",
                            "2024-05-09", language="nb")
    assert _basis(nb_background, today) is None


def test_mercenaries_destroyed_are_a_toll_of_combatants():
    """"Up to 20 foreign mercenaries were destroyed" (the attacker's ministry) is a count of
    combatants killed, disputed by the struck city's toll of people."""
    from sourcetrace.claims.indicators import COMBATANT_UNITS, indicator_of

    assert indicator_of("destroyed", "mercenaries") == "killed"
    assert "mercenaries" in COMBATANT_UNITS

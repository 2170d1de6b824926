"""Claim links within one language that join different claims, round claims25 (issue #11):
kinds seen on real groups of reports on one strike, retold in invented sentences.

- a verb before its count is the count's: "killing at least five people and injuring more than
  30" counts the dead, though "injuring" starts nearer the five's first letter than "killing";
- one first count counting two things ("14 are missing" / "14 are dead") is a coincidence, not a
  match of counts: it no longer outweighs the clash of indicators;
- a statement that names only its source ("according to regional officials", "governor Ivan
  Petrenko reports", "(Reuters)") says nothing, and is linked to nothing.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import link
from sourcetrace.claims.indicators import indicator_of_count
from sourcetrace.claims.records import Claim, FigureValue


def _claim(claim_id: str, text: str, claimant: str | None, kind: str = "indirect", language: str = "en",
           indicator: str | None = None, value: float | None = None, day: str = "2024-03-10") -> Claim:
    figure = None
    if value is not None:
        figure = FigureValue(indicator=indicator, best=value, low=value, high=value, bound="exact",
                             unit="people", place=None, as_of=day)
    return Claim(
        id=claim_id, document_id="doc-" + claim_id, kind=kind, text=text, start=0, end=len(text), context=text,
        claimant=claimant, claimant_kind="named" if claimant else None, relation="said", language=language,
        published=day, indicator=indicator, figure=figure,
    )


@pytest.mark.parametrize(
    ("text", "language", "owned"),
    [
        ("A missile hit a busy cafe in the town centre on Friday evening, killing at least five people and "
         "injuring more than 30 others, officials said.", "en", False),
        ("A missile hit a busy cafe in the town centre on Friday evening, killing at least five people and "
         "injuring more than 30 others, officials said.", "en", True),
    ],
)
def test_a_verb_before_its_count_is_the_counts(text, language, owned):
    """The dead come first in the sentence and "killing" stands right before their count: the
    count is of the killed, for the linker and for conflicts alike."""
    assert indicator_of_count(text, language, owned=owned) == "killed"


def test_a_toll_of_the_dead_is_not_linked_to_the_wounded():
    """"killing at least five ... injuring more than 30" and another report's "32 wounded" are
    two claims: read as a count of the wounded, the first was a stage of the second's toll."""
    dead = _claim("a", "A missile hit a busy cafe in the town centre on Friday evening, killing at least five "
                       "people and injuring more than 30 others", "regional officials")
    wounded = _claim("b", "32 wounded", "regional officials", kind="figure", indicator="wounded", value=32)
    decision = link.decide(dead, wounded, similarity=0.93)
    assert decision.evidence["indicator_clash"] == 1.0
    assert not decision.linked


@pytest.mark.parametrize(
    ("missing_text", "dead_text", "language"),
    [
        ("14 people are still listed as missing", "14 people have now been confirmed dead", "en"),
        ("14 personer er fortsatt savnet", "14 personer er nå bekreftet døde", "nb"),
    ],
)
def test_one_number_counting_two_things_is_no_shared_count(missing_text, dead_text, language):
    """The missing and the dead of one strike share a number by chance: their first counts
    are no match, and the pair stays apart."""
    missing = _claim("m", missing_text, "the interior minister", language=language)
    dead = _claim("d", dead_text, "the regional governor", language=language)
    decision = link.decide(missing, dead, similarity=0.89)
    assert decision.evidence["indicator_clash"] == 1.0
    assert decision.evidence["own_count_match"] == 0.0
    assert not decision.linked


@pytest.mark.parametrize(
    ("text", "claimant", "language"),
    [
        ("according to regional officials", "regional officials", "en"),
        ("governor Ivan Petrenko reports", "Ivan Petrenko", "en"),
        ("(Reuters)", "Reuters", "en"),
        ("ifølge lokale myndigheter", "lokale myndigheter", "nb"),
    ],
)
def test_a_statement_naming_only_its_source_is_linked_to_nothing(text, claimant, language):
    """A sourcing phrase with nothing attributed reads like every claim of the same source; it
    is no claim to link (a figure of the same source scored above the threshold before)."""
    source_only = _claim("s", text, claimant, kind="statement", language=language)
    figure = _claim("f", "at least 20 people", claimant, kind="figure", language=language, indicator="killed",
                    value=20)
    assert link.says_only_its_source(source_only)
    decision = link.decide(source_only, figure, similarity=0.93, mutual_best=True)
    assert not decision.linked
    assert "source" in decision.evidence["reason"]


@pytest.mark.parametrize(
    ("text", "claimant", "relation"),
    [
        ("The ministry could not confirm the death toll", "The ministry", "said"),
        ("This was reported by the regional military administration", "regional military administration", "said"),
        ("Kyiv denies it", "Kyiv", "denied"),
    ],
)
def test_a_statement_that_says_something_stays_linkable(text, claimant, relation):
    """A statement with words of its own, or a denial, is a claim."""
    statement = _claim("s", text, claimant, kind="statement")
    statement.relation = relation
    assert not link.says_only_its_source(statement)

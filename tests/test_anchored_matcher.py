"""The anchored matcher runs a rule's ``Matcher`` only on windows that hold every fixed word
one of its patterns needs: the matches are those of the plain ``Matcher``, and a window
around an anchor without the pattern's other fixed words is never matched."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from sourcetrace.pipeline.entity_rules import AnchoredMatcher

#: "på X" is anchored at "på" (its longer word), yet only a window with an "X" can hold it
ON_X = [{"LOWER": {"IN": ["på", "via"]}}, {"ORTH": "X"}]
#: a gapped cue: "kan ... ha vært"
MAY_HAVE = [{"LOWER": "kan"}, {"IS_ALPHA": True, "OP": "?"}, {"LOWER": "ha"}, {"LOWER": "vært"}]

SENTENCES = [
    "Han skrev på Facebook og senere på X at angrepet var over.",
    "Det kan ha vært en drone, men det kan også være noe annet.",
    "Meldingen kom via X, og den kan nok ha vært sendt fra Moskva.",
    "Ingen av ordene står her.",
]


def _plain(nlp: spacy.language.Language, doc) -> list[tuple[int, int, int]]:
    matcher = Matcher(nlp.vocab)
    matcher.add("on_x", [ON_X])
    matcher.add("may_have", [MAY_HAVE])
    return sorted(set(matcher(doc)), key=lambda m: (m[1], m[2]))


class _Counted:
    """A rule's ``Matcher``, counting the windows it is run on."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.windows = 0

    def __call__(self, span):
        self.windows += 1
        return self.matcher(span)


def test_anchored_matches_are_the_plain_matchers_on_fewer_windows() -> None:
    nlp = spacy.blank("nb")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("on_x", [ON_X], greedy=None)
    anchored.add("may_have", [MAY_HAVE], greedy=None)
    counted = [_Counted(rule.matcher) for rule in anchored.rules]
    for rule, counter in zip(anchored.rules, counted, strict=True):
        rule.matcher = counter
    found = 0
    for text in SENTENCES:
        doc = nlp(text)
        expected = _plain(nlp, doc)
        assert anchored(doc) == expected
        found += len(expected)
    assert found == 4
    # "på X" runs on the windows with an "X" only (not around "på Facebook"), "kan ... ha
    # vært" not around "kan også være"
    assert [counter.windows for counter in counted] == [2, 2]


def test_a_window_without_the_patterns_other_fixed_words_is_not_matched() -> None:
    """'på Facebook': the anchor stands, the "X" does not, so the rule's pattern is left out
    for the document's windows there; with "X" further on, only its own window may match."""
    nlp = spacy.blank("nb")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("on_x", [ON_X], greedy=None)
    rule = anchored.rules[0]
    strings = nlp.vocab.strings
    no_x = nlp("Han skrev på Facebook i går.")
    at_no_x = ({}, {strings["på"]: [2]})
    assert rule.literal_positions(at_no_x) == []
    with_x = nlp("Han skrev på Facebook og på X i går.")
    at_x = ({strings["X"]: [6]}, {strings["på"]: [2, 5]})
    needed = rule.literal_positions(at_x)
    assert needed == [[[2, 5], [6]]]
    assert not rule.may_match(1, 4, needed)  # around "på Facebook"
    assert rule.may_match(4, 8, needed)  # around "på X"
    assert anchored(no_x) == []
    assert [(s, e) for _key, s, e in anchored(with_x)] == [(5, 7)]


def test_each_distinct_fixed_word_is_looked_up_once_per_document() -> None:
    """Patterns that share fixed words (a rule's variants) share their look-up: the positions
    found are those each pattern's own words give."""
    nlp = spacy.blank("nb")
    matcher = AnchoredMatcher(nlp.vocab)
    variants = [ON_X, [{"LOWER": {"IN": ["på", "via"]}}, {"ORTH": "X"}, {"ORTH": "."}], MAY_HAVE]
    matcher.add("variants", variants)
    rule = matcher.rules[0]
    assert len(rule.distinct_literals) < sum(len(literals) for literals in rule.literals)
    doc = nlp("Han skrev på X. Det kan ha vært via X.")
    at: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
    for column, attr in ((0, "orth"), (1, "lower")):
        for token in doc:
            at[column].setdefault(getattr(token, attr), []).append(token.i)
    expected = []
    for literals in rule.literals:
        found = []
        for column, keys in literals:
            spots = sorted(i for key in keys for i in at[column].get(key, []))
            if not spots:
                break
            found.append(spots)
        else:
            expected.append(found)
    assert rule.literal_positions(at) == expected
    assert matcher(doc) == sorted(set(_plain_variants(nlp, doc, variants)), key=lambda m: (m[1], m[2]))


def _plain_variants(nlp: spacy.language.Language, doc, variants) -> list[tuple[int, int, int]]:
    plain = Matcher(nlp.vocab)
    plain.add("variants", variants)
    return list(plain(doc))

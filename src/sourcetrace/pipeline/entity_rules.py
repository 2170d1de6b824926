"""A spaCy ``Matcher`` run only around anchor words, for patterns from language data.

The ``Matcher`` tests every pattern at every token, and Python-level predicates (``IN`` sets,
``REGEX``) cost about a microsecond a token each: too slow for a reading at tens of thousands of
words a second. Every pattern here has an *anchor*, its first token with a fixed ``ORTH`` or
``LOWER`` value (or ``IN`` list); anchors are found with one vectorised lookup over the doc, and
the matcher runs only on small windows around them. Results are those of the plain matcher, as
long as no ``+``/``*`` operator repeats more than ``MAX_REPEAT`` times.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import regex_cache

MAX_REPEAT = 8

# Names in guillemets glued to a compound ("«Storm»-enheten") must be tokens of their own to be
# entities: split a closing mark before a hyphen, and the hyphen after it.
_QUOTED_COMPOUND_INFIX = r"(?<=\w)[»”\"'’](?=-)|(?<=[»”\"'’])-(?=\w)"
# A year ending a sentence ("i 2014.") is no ordinal: split its full stop.
_YEAR_STOP_SUFFIX = r"(?<=(?<![0-9.])[0-9]{4})\.$"
# ... and so does a code ending one ("av typen Kh-101.", "skriver E24."): no abbreviation
_CODE_STOP_SUFFIX = "|".join(
    rf"(?<=[A-Za-z]-[0-9]{{{n}}})\.$|(?<=[A-Z][0-9]{{{n}}})\.$" for n in range(1, 5)
)


def tokenizer_fixes(nlp: Language) -> None:
    """Tokenizer rules our entities and dates need (idempotent): ``«Storm»-enheten`` gives
    ``Storm » - enheten``, a sentence-final ``2014.`` gives ``2014 .``, ``Kh-101.`` gives ``Kh-101 .``.

    Each tokenizer regex is compiled and set once with all its new rules in front, and the
    special cases are loaded once after both: compiling spaCy's suffix and infix patterns, and
    the reload of every special case that setting one triggers (English has 1,347), cost tens
    of milliseconds each at start-up (``docs/models.md``)."""
    tok = nlp.tokenizer
    changes: dict[str, Any] = {}
    fixes: dict[str, list[str]] = {}
    for attr, rule in (
        ("infix_finditer", _QUOTED_COMPOUND_INFIX),
        ("suffix_search", _YEAR_STOP_SUFFIX),
        ("suffix_search", _CODE_STOP_SUFFIX),
    ):
        fixes.setdefault(attr, []).append(rule)
    for attr, rules in fixes.items():
        current = getattr(getattr(getattr(tok, attr, None), "__self__", None), "pattern", None)
        if current is None:
            continue
        pattern = current
        for rule in rules:  # the later rule in front, as one call after the other would put it
            if rule not in current:
                pattern = f"{rule}|{pattern}"
        if pattern == current:
            continue
        compiled = regex_cache.compile(pattern)
        changes[attr] = compiled.finditer if attr == "infix_finditer" else compiled.search
    if not changes:
        return
    # every setter reloads all special cases: set the patterns with none, then load them once
    special_cases = dict(tok.rules or {})
    tok.rules = {}
    for attr, value in changes.items():
        setattr(tok, attr, value)
    tok.rules = special_cases


_RANGE = re.compile(r"^\{(\d*),?(\d*)\}$")


def max_length(token: dict[str, Any]) -> int:
    """How many tokens one pattern token may cover at most (``_max`` caps a ``*``)."""
    if "_max" in token:
        return int(token["_max"])
    op = token.get("OP")
    if op in (None, "!", "?", "1"):
        return 1
    if op in ("+", "*"):
        return MAX_REPEAT
    m = _RANGE.match(str(op))
    if m:
        return int(m.group(2) or m.group(1) or MAX_REPEAT)
    return MAX_REPEAT


def _literals(pattern: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """The attribute (ORTH/LOWER) and values of each token of ``pattern`` that must occur at
    least once with a fixed value or list of values (the anchor among them)."""
    out: list[tuple[str, list[str]]] = []
    for token in pattern:
        if token.get("OP") not in (None, "1", "+"):
            continue
        for attr in ("ORTH", "LOWER"):
            value = token.get(attr)
            if isinstance(value, str):
                out.append((attr, [value]))
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                out.append((attr, [str(v) for v in value["IN"]]))
    return out


def _anchor(pattern: list[dict[str, Any]]) -> tuple[int, str, list[str]]:
    """Index, attribute (ORTH/LOWER) and values of a pattern's anchor token.

    The anchor is a token that must occur once, with a fixed value or list of values; of
    several, the one with the longest shortest value (the rarest words: "uklart" before "det").
    """
    best: tuple[int, int, str, list[str]] | None = None
    for i, token in enumerate(pattern):
        if token.get("OP") not in (None, "1", "+"):
            continue
        for attr in ("ORTH", "LOWER"):
            value = token.get(attr)
            if isinstance(value, str):
                values = [value]
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                values = [str(v) for v in value["IN"]]
            else:
                continue
            rank = min(len(v) for v in values)
            if best is None or rank > best[0]:
                best = (rank, i, attr, values)
    if best is None:
        raise ValueError(f"pattern needs a token with a fixed ORTH or LOWER value: {pattern}")
    return best[1], best[2], best[3]


class _Rule:
    """One key's patterns: its own ``Matcher``, anchor words and window reach."""

    def __init__(
        self, vocab: Vocab, key: str, patterns: list[list[dict[str, Any]]], greedy: str | None
    ):
        self.matcher = Matcher(vocab)
        self.matcher.add(
            key,
            [[{k: v for k, v in t.items() if k != "_max"} for t in p] for p in patterns],
            greedy=greedy,
        )
        keys: dict[str, set[int]] = {"ORTH": set(), "LOWER": set()}
        self.before = self.after = 0
        for pattern in patterns:
            i, attr, values = _anchor(pattern)
            keys[attr].update(vocab.strings.add(v) for v in values)
            self.before = max(self.before, sum(max_length(t) for t in pattern[:i]))
            self.after = max(self.after, sum(max_length(t) for t in pattern[i + 1 :]))
        self.orth = np.array(sorted(keys["ORTH"]), dtype="uint64")
        self.lower = np.array(sorted(keys["LOWER"]), dtype="uint64")
        self.orth_keys = frozenset(keys["ORTH"])
        self.lower_keys = frozenset(keys["LOWER"])
        #: per pattern, the fixed words it needs (column 0: ORTH, 1: LOWER; each a set of keys,
        #: one of which must stand in a window for the pattern to match there): "på X" is
        #: anchored at "på" (the longer word), yet a window without an "X" holds no match
        self.literals: list[list[tuple[int, frozenset[int]]]] = [
            [
                (0 if attr == "ORTH" else 1, frozenset(vocab.strings.add(v) for v in values))
                for attr, values in _literals(pattern)
            ]
            for pattern in patterns
        ]
        #: the distinct fixed words of all the patterns (a rule's variants repeat the same
        #: ones: 13 distinct among 168), and per pattern the indices of its own among them, so
        #: that each is looked up once per document
        distinct: dict[tuple[int, frozenset[int]], int] = {}
        self.literal_ids: list[list[int]] = [
            [distinct.setdefault(literal, len(distinct)) for literal in literals] for literals in self.literals
        ]
        self.distinct_literals: list[tuple[int, frozenset[int]]] = list(distinct)

    def windows(
        self, arr: np.ndarray, n: int, at: tuple[dict[int, list[int]], dict[int, list[int]]] | None = None
    ) -> list[tuple[int, int]]:
        """Merged token ranges around the anchors (``arr``: ORTH and LOWER columns).

        ``at`` (the positions of each ORTH and each LOWER value in the document, see
        :func:`positions`) replaces the array scan by set lookups: most rules have no anchor in a
        given document, and ``np.isin`` over a few hundred tokens costs more than the lookups."""
        if at is None:
            hit = np.isin(arr[:, 0], self.orth) | np.isin(arr[:, 1], self.lower)
            anchors: list[int] = np.flatnonzero(hit).tolist()
        else:
            orth_at, lower_at = at
            found = [i for key in self.orth_keys.intersection(orth_at) for i in orth_at[key]]
            found += [i for key in self.lower_keys.intersection(lower_at) for i in lower_at[key]]
            anchors = sorted(set(found))
        return self.merged(anchors, n)

    def literal_positions(
        self, at: tuple[dict[int, list[int]], dict[int, list[int]]]
    ) -> list[list[list[int]]]:
        """Per pattern, per fixed word it needs, the sorted token positions holding one of that
        word's values (``at``: the positions of each ORTH and LOWER key that some rule needs); a
        pattern some word of which the document lacks is left out."""
        out: list[list[list[int]]] = []
        # per distinct fixed word, its positions (None: not in the document), found when first
        # needed: a pattern stops at its first missing word, as the others need not be read
        spots_of: dict[int, list[int] | None] = {}
        for ids in self.literal_ids:
            found: list[list[int]] = []
            for literal in ids:
                if literal in spots_of:
                    spots = spots_of[literal]
                else:
                    column, keys = self.distinct_literals[literal]
                    present = at[column]
                    # the keys both hold, by a set operation over the smaller side
                    shared = present.keys() & keys if len(keys) <= len(present) else keys.intersection(present)
                    hits = [present[key] for key in shared]
                    spots = spots_of[literal] = (
                        None if not hits else hits[0] if len(hits) == 1 else sorted(p for places in hits for p in places)
                    )
                if spots is None:
                    break
                found.append(spots)
            else:
                out.append(found)
        return out

    @staticmethod
    def may_match(start: int, end: int, literal_positions: list[list[list[int]]]) -> bool:
        """Whether some pattern's fixed words all stand in tokens ``start:end``
        (``literal_positions``: from :meth:`literal_positions`): a window without them holds no
        match, so the matcher need not run there."""
        for needed in literal_positions:
            for spots in needed:
                first = bisect_left(spots, start)
                if first == len(spots) or spots[first] >= end:
                    break
            else:
                return True
        return False

    def merged(self, anchors: list[int], n: int) -> list[tuple[int, int]]:
        """The token ranges this rule's patterns can reach around ``anchors`` (sorted, no
        repeats) in a doc of ``n`` tokens, overlapping ones merged."""
        out: list[tuple[int, int]] = []
        for i in anchors:
            start, end = max(0, i - self.before), min(n, i + 1 + self.after)
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
        return out


def positions(column: np.ndarray) -> dict[int, list[int]]:
    """Each value of a token attribute column -> the token positions holding it, in order."""
    at: dict[int, list[int]] = {}
    for i, value in enumerate(column.tolist()):
        at.setdefault(value, []).append(i)
    return at


class AnchoredMatcher:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.rules: list[_Rule] = []
        # anchor word -> the rules it anchors: a document's words are looked up once per
        # matcher, not once per rule (a rule's key set against all of a doc's distinct words)
        self._by_orth: dict[int, list[int]] = {}
        self._by_lower: dict[int, list[int]] = {}
        # every fixed word some rule needs (its anchors among them), by column
        self._needed_orth: set[int] = set()
        self._needed_lower: set[int] = set()

    def add(
        self, key: str, patterns: list[list[dict[str, Any]]], greedy: str | None = "LONGEST"
    ) -> None:
        rule = _Rule(self.vocab, key, patterns, greedy)
        for value in rule.orth_keys:
            self._by_orth.setdefault(value, []).append(len(self.rules))
        for value in rule.lower_keys:
            self._by_lower.setdefault(value, []).append(len(self.rules))
        for literals in rule.literals:
            for column, keys in literals:
                (self._needed_orth if column == 0 else self._needed_lower).update(keys)
        self.rules.append(rule)

    def __len__(self) -> int:
        return len(self.rules)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(match_id, start, end)`` in doc token positions, as ``Matcher`` would give."""
        if not self.rules or not len(doc):
            return []
        arr = doc.to_array([ORTH, LOWER])
        # each rule's anchor positions: one pass per column over the doc's words gives every
        # word that anchors some rule (few) to its rules; rules without one are not visited
        # (a set lookup per word: ``np.isin`` costs more on a doc of a few hundred words)
        anchors: dict[int, set[int]] = {}
        at: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
        for by_value, needed, found_at, column in (
            (self._by_orth, self._needed_orth, at[0], arr[:, 0]),
            (self._by_lower, self._needed_lower, at[1], arr[:, 1]),
        ):
            for position, value in enumerate(column.tolist()):
                if value in needed:
                    found_at.setdefault(value, []).append(position)
                    for rule_at in by_value.get(value, ()):
                        anchors.setdefault(rule_at, set()).add(position)
        found: set[tuple[int, int, int]] = set()
        for rule_at in sorted(anchors):
            rule = self.rules[rule_at]
            needed = rule.literal_positions(at)
            for start, end in rule.merged(sorted(anchors[rule_at]), len(doc)) if needed else ():
                if not rule.may_match(start, end, needed):
                    continue
                for key, s, e in rule.matcher(doc[start:end]):
                    found.add((key, s + start, e + start))
        return sorted(found, key=lambda m: (m[1], m[2]))

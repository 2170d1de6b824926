"""A first-character guard for the long cue alternations the rules run over whole texts.

Python's ``re`` tries every alternative of a pattern such as ``(?<!\\w)(?:ifølge|sier|...)``
at every position of the text; it has no prefix scan for alternations. When every match must
begin with one of a known set of characters, a leading ``(?=[...])`` rejects the other
positions in one test. The guard is a necessary condition of a match, so the matches found
(and their groups) are exactly those of the pattern without it; a pattern whose first
character cannot be told (``\\w``, ``.``, a negated class, a match of nothing) is left as it
is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from . import regex_cache

#: a character range wider than this is not spelled out in the guard (and no guard is made)
_MAX_RANGE = 512
#: character classes a guard names as they are written (``\\d`` is every decimal digit)
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with (single characters, or ``\\d`` and
    ``\\s`` for those classes), or None when that cannot be told or the pattern can match the
    empty string. Kept in the pipeline build's regex cache: parsing a long alternation costs
    as much as compiling it."""
    return regex_cache.remember("first", pattern, flags, lambda: _first_characters(pattern, flags))


def _first_characters(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    found, nullable = _first_of_sequence(list(parsed))
    if found is None or nullable or not found:
        return None
    return frozenset(found)


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a lookahead for its first characters (:func:`first_characters`), or
    ``pattern`` itself when they cannot be told. Compile the result with the same ``flags``:
    under ``re.IGNORECASE`` the guard's class folds case as the pattern's letters do."""
    first = first_characters(pattern, flags)
    if first is None:
        return pattern
    members = (char if len(char) > 1 else re.escape(char) for char in sorted(first))
    return "(?=[" + "".join(members) + "])" + pattern


#: stands for any whitespace in a prefix while the guard is built (written ``\\s``, which
#: matches what ``str.isspace`` holds of)
_ANY_SPACE = " "
#: more prefixes than this and no prefix guard is made
_MAX_PREFIXES = 5_000
#: an item whose match the analysis cannot spell out: anything may follow from here
_UNKNOWN: tuple[set[str], set[str]] = (set(), {""})


def prefix_guard(pattern: str, length: int = 4) -> str | None:
    """A lookahead for the first ``length`` characters a match of ``pattern`` can begin with,
    or None when they cannot be told (or a match may be empty). Case-sensitive patterns only,
    without flags (a lower-cased text's cue alternation).

    The lookahead is a trie: ``(?=a(?:n(?:kl|me)|v(?:de|fe))|b(?:e(?:kr|ne))|...)``. ``re``
    enters one of its alternatives only when the text's next character is that alternative's
    first, so at a word start it rejects in a few tests the words whose first letters begin no
    match, which a first-character guard (:func:`guarded`) lets through into the alternation:
    put it after a leading ``(?<!\\w)``, so only word starts try it. A prefix the analysis
    cannot follow to ``length`` characters (a ``\\w``, a repeat) is kept as far as it goes;
    whitespace is any whitespace (``\\s``). The guard is a necessary condition of a match: the
    matches (and their groups) are those of ``pattern`` without it."""
    return regex_cache.remember(f"prefix_guard{length}", pattern, 0, lambda: _prefix_guard(pattern, length))


def _prefix_guard(pattern: str, length: int) -> str | None:
    try:
        parsed = sre_parse.parse(pattern, 0)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):  # an inline global flag
        return None
    found = _prefixes_of_sequence(list(parsed), length)
    if found is None:
        return None
    prefixes = {
        "".join(_ANY_SPACE if char.isspace() else char for char in prefix)
        for prefix in found[0] | found[1]
    }
    if not prefixes or "" in prefixes:
        return None
    return "(?=" + _trie(prefixes) + ")"


def _trie(prefixes: set[str]) -> str:
    """An alternation matching the beginnings of the text that start with one of ``prefixes``
    (none empty): by first character, the rest nested; the last characters as one class."""
    if all(len(prefix) == 1 for prefix in prefixes):
        return _char_class(prefixes)
    by_first: dict[str, set[str]] = {}
    for prefix in prefixes:
        by_first.setdefault(prefix[0], set()).add(prefix[1:])
    alternatives = []
    for first in sorted(by_first):
        rest = by_first[first]
        head = r"\s" if first == _ANY_SPACE else re.escape(first)
        if "" in rest:  # anything may follow this character
            alternatives.append(head)
            continue
        inner = _trie(rest)
        alternatives.append(head + (inner if len(rest) == 1 or _is_class(inner) else f"(?:{inner})"))
    return "|".join(alternatives)


def _char_class(chars: set[str]) -> str:
    members = [r"\s" if char == _ANY_SPACE else re.escape(char) for char in sorted(chars)]
    return members[0] if len(members) == 1 else "[" + "".join(members) + "]"


def _is_class(text: str) -> bool:
    """Whether ``text`` (from :func:`_char_class`) is one character or class, no alternation."""
    return text.startswith("[") or text == r"\s" or (len(text) <= 2 and "|" not in text)


def _prefixes_of_sequence(items: list[tuple[Any, Any]], length: int) -> tuple[set[str], set[str]] | None:
    """``(whole, open_ended)`` of a sequence of parsed items: the strings shorter than
    ``length`` it matches whole, and the beginnings of its other matches (cut to ``length``,
    or shorter where what follows cannot be told). None: not to be told, or too many."""
    partial: set[str] = {""}
    open_ended: set[str] = set()
    for opcode, argument in items:
        found = _prefixes_of_item(opcode, argument, length)
        if found is None:
            return None
        whole_item, open_item = found
        grown: set[str] = set()
        for before in partial:
            for text in whole_item:
                whole = before + text
                (grown if len(whole) < length else open_ended).add(whole[:length])
            for text in open_item:
                open_ended.add((before + text)[:length])
        if len(grown) + len(open_ended) > _MAX_PREFIXES:
            return None
        partial = grown
        if not partial:
            break
    return partial, open_ended


def _class_chars(argument: Any, categories: dict[Any, str]) -> set[str] | None:
    """The characters a character class (``[...]``) matches, a category standing as the
    marker ``categories`` gives it; None for a negation, another category or a wide range."""
    chars: set[str] = set()
    for member, value in argument:
        if member is sre.LITERAL:
            chars.add(chr(value))
        elif member is sre.RANGE and value[1] - value[0] < _MAX_RANGE:
            chars |= {chr(code) for code in range(value[0], value[1] + 1)}
        elif member is sre.CATEGORY and value in categories:
            chars.add(categories[value])
        else:
            return None
    return chars


def _prefixes_of_item(opcode: Any, argument: Any, length: int) -> tuple[set[str], set[str]] | None:
    if opcode is sre.LITERAL:
        return {chr(argument)}, set()
    if opcode is sre.IN:
        chars = _class_chars(argument, {sre.CATEGORY_SPACE: _ANY_SPACE})
        return _UNKNOWN if chars is None else (chars, set())
    if opcode is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = argument
        if add_flags or del_flags:  # a scoped flag changes how the letters match
            return None
        return _prefixes_of_sequence(list(inner), length)
    if opcode is getattr(sre, "ATOMIC_GROUP", None):
        return _prefixes_of_sequence(list(argument), length)
    if opcode is sre.BRANCH:
        whole: set[str] = set()
        open_ended: set[str] = set()
        for branch in argument[1]:
            found = _prefixes_of_sequence(list(branch), length)
            if found is None:
                return None
            whole |= found[0]
            open_ended |= found[1]
        return whole, open_ended
    if opcode in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        minimum, maximum, inner = argument
        found = _prefixes_of_sequence(list(inner), length)
        if found is None:
            return None
        if minimum == maximum == 1:
            return found
        # after one repetition more may follow: what it begins with is open-ended
        return ({""} if minimum == 0 else set()), found[0] | found[1]
    if opcode in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}, set()  # zero-width: the next item says what comes
    return _UNKNOWN


def _first_of_sequence(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of parsed items, and whether it can match nothing."""
    out: set[str] = set()
    for opcode, argument in items:
        first, nullable = _first_of_item(opcode, argument)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_of_item(opcode: Any, argument: Any) -> tuple[set[str] | None, bool]:
    if opcode is sre.LITERAL:
        return {chr(argument)}, False
    if opcode is sre.IN:
        return _class_chars(argument, _CATEGORIES), False
    if opcode is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = argument
        if add_flags or del_flags:  # a scoped flag changes how the letters match
            return None, False
        return _first_of_sequence(list(inner))
    if opcode is getattr(sre, "ATOMIC_GROUP", None):
        return _first_of_sequence(list(argument))
    if opcode is sre.BRANCH:
        chars = set()
        any_nullable = False
        for branch in argument[1]:
            first, nullable = _first_of_sequence(list(branch))
            if first is None:
                return None, False
            chars |= first
            any_nullable = any_nullable or nullable
        return chars, any_nullable
    if opcode in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        minimum, _maximum, inner = argument
        first, nullable = _first_of_sequence(list(inner))
        if first is None:
            return None, False
        return first, minimum == 0 or nullable
    if opcode in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        # zero-width (\b, ^, a lookaround): it consumes nothing, the next item says more
        return set(), True
    return None, False


def dispatched(alternatives: list[str], flags: int = 0) -> tuple[str, dict[str, int]] | None:
    """One alternation of ``alternatives`` (priority order kept) grouped by the character a
    match begins with, and the name of the empty marker group that tells which alternative
    matched (``m.lastgroup``).

    ``(?:A0|A1|...)`` makes Python's ``re`` enter every alternative at every position it tries;
    grouped as ``(?=a)(?:A0|A3)|(?=b)(?:A1)|...`` one cheap lookahead per first character
    rejects the groups that cannot begin there. At a given position only the group of that
    character can match, and it holds the alternatives able to begin there in their original
    order, so the match found (leftmost, then the earliest alternative) is the one the plain
    alternation finds. An alternative appears once per first character it can begin with,
    marked ``(?P<aN_C>)`` after it (alternative ``N``, character code ``C``) as names must be
    unique. None when some alternative's first characters cannot be told, or include a class
    (``\\d``, ``\\s``) that could overlap a letter's group, or ``flags`` fold case (a letter's
    group and its other case's would overlap)."""
    if flags & re.IGNORECASE:
        return None
    firsts = [first_characters(alternative, flags) for alternative in alternatives]
    if any(first is None or any(len(char) > 1 for char in first) for first in firsts):
        return None
    markers: dict[str, int] = {}
    groups = []
    for char in sorted(set().union(*firsts)):  # type: ignore[arg-type]
        members = []
        for index, (alternative, first) in enumerate(zip(alternatives, firsts, strict=True)):
            if first is not None and char in first:
                name = f"a{index}_{ord(char)}"
                markers[name] = index
                members.append(f"(?:{alternative})(?P<{name}>)")
        groups.append(f"(?={re.escape(char)})(?:{'|'.join(members)})")
    return "(?:" + "|".join(groups) + ")", markers


#: what a pattern must not hold to be joined with others: group references and names (their
#: numbers and names would clash or shift) and inline global flags (allowed only at the start)
_NOT_JOINABLE = re.compile(r"\\[1-9]|\\g<|\(\?P[<=]|\(\?[aiLmsux]+\)")


def _anchored(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` is ``^`` followed by the rest, as a whole (not ``^a|b``): ``re``
    tries such a pattern at the start of the text only."""
    if not pattern.startswith("^") or flags & re.MULTILINE:
        return False
    try:
        parsed = list(sre_parse.parse(pattern, flags))
    except re.error:
        return False
    return bool(parsed) and parsed[0] == (sre.AT, sre.AT_BEGINNING)


def any_of(patterns: list[str], flags: int = 0) -> list[re.Pattern[str]]:
    """``patterns`` compiled for ``any(p.search(text) for p in ...)``, the entries anchored at
    the start (``^...``) joined behind one ``^``: ``re`` tries such a pattern at the start of
    the text only, so the layout's twenty-odd furniture patterns cost one test per paragraph
    instead of twenty. Whether some entry matches is the same (an alternation matches where
    one of its alternatives does); which match ``search`` returns may differ, so ask that
    question only. The other entries stay one pattern each (each keeps ``re``'s own literal
    prefix scan, which one guarded alternation of them does not beat), and so do all when one
    holds a group reference, a named group or an inline global flag."""
    if len(patterns) < 2 or any(_NOT_JOINABLE.search(p) for p in patterns):
        return [regex_cache.compile(p, flags) for p in patterns]
    anchored = [p[1:] for p in patterns if _anchored(p, flags)]
    others = [regex_cache.compile(p, flags) for p in patterns if not _anchored(p, flags)]
    if len(anchored) < 2:
        return [regex_cache.compile(p, flags) for p in patterns]
    try:
        joined = regex_cache.compile("^(?:" + "|".join(f"(?:{p})" for p in anchored) + ")", flags)
    except re.error:
        return [regex_cache.compile(p, flags) for p in patterns]
    return [joined, *others]


#: texts a :func:`fullmatch_test` remembers its answer for
_FULLMATCH_KEPT = 1 << 16


def fullmatch_test(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """``pattern.fullmatch(text) is not None``, remembered per text (the last
    :data:`_FULLMATCH_KEPT`): the rules ask a long alternation (the figures' units, every word
    after a number) about the same few thousand words over and over, and a look-up costs a
    tenth of the match. The answer is a fact about the text, the same in every document."""
    return lru_cache(maxsize=_FULLMATCH_KEPT)(lambda text: pattern.fullmatch(text) is not None)

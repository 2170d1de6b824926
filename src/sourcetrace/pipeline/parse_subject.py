"""The speaker's name as the dependency parse gives it: the subject of the cue verb.

The rules in :mod:`.cues` read a speaker phrase from the words next to the cue; the English
entity recogniser (UNER-trained, F 0.53) then decides where a name starts and ends, and it often
runs an organisation or place into the person's name ("the Refugee Council Enver Solomon" as
one LOC) or cuts a compound name short. The parse is more reliable about one thing: which
proper-noun chain is the subject of the cue verb (LAS 0.79 on EWT), and where that chain starts
and ends (``compound``/``flat`` links). This module reads only that, so the reading can prefer
it where the rules and the entity recogniser disagree with it.

It also tells where a reported clause starts: a complement clause of the cue verb
(``complement_deps``), and "that" as a determiner rather than a complementizer
(``determiner_deps``).

A language switches it on by naming its dependency labels in ``speakers.toml`` ``[parse]``
(``subject_deps``, ``name_deps``, ``apposition_deps``, ``complement_deps``,
``determiner_deps``); without them, or without a parser, nothing here changes the reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .annotations import has_model_annotation

if TYPE_CHECKING:  # cues.py reads names through this module: no import at run time
    from .cues import Lexicon

#: the part of speech of a name token in a parse
_PROPER = "PROPN"


def _name_chain(subject: Token, lx: Lexicon) -> tuple[int, int] | None:
    """Token range of the proper name headed by ``subject``: the head and its ``compound`` /
    ``flat`` dependents that are names themselves, contiguous ("Mohamed El - Hassan Mohamed",
    "Alia Salem"); None when the chain has a gap."""
    members = {subject.i}
    todo = [subject]
    while todo:
        token = todo.pop()
        for child in token.children:
            # a capitalised part counts whatever its tag ("Oksana" tagged ADJ)
            if child.dep_ in lx.name_deps and (
                child.pos_ == _PROPER or child.text[:1].isupper() or child.text == "-"
            ):
                members.add(child.i)
                todo.append(child)
    # hyphens between two name parts belong to the name ("El-Hassan")
    doc = subject.doc
    first, last = min(members), max(members)
    for index in range(first, last + 1):
        if index not in members and doc[index].text == "-":
            members.add(index)
    if len(members) != last - first + 1:
        return None
    # a name part next to the chain that the parser links to it under another label ("Valeska"
    # with "Paris" as its object, a place name taken for one) is still part of the name
    while True:
        if first > 0 and _linked_part(doc[first - 1], members):
            first -= 1
        elif first > 1 and _glued(doc, first - 1):
            first -= 2  # "Abdel-|Rahman": the tokenizer's hyphen splits one name in two
        elif last + 1 < len(doc) and _linked_part(doc[last + 1], members):
            last += 1
        elif last + 2 < len(doc) and _glued(doc, last + 1):
            last += 2
        else:
            break
        members.update(range(first, last + 1))
    return first, last + 1


def _glued(doc: Doc, hyphen: int) -> bool:
    """A hyphen written without spaces between two capitalised words ("Abdel-Rahman")."""
    return (
        doc[hyphen].text == "-"
        and not doc[hyphen].whitespace_
        and not doc[hyphen - 1].whitespace_
        and doc[hyphen - 1].text[:1].isupper()
        and doc[hyphen + 1].text[:1].isupper()
    )


def _mistagged_name_head(token: Token, lx: Lexicon) -> bool:
    """A capitalised head the tagger did not call a name but the parse hangs a proper noun on
    as a name part: initials ("J.R." tagged NOUN, "Tolland" its ``flat`` part) head a name."""
    return token.text[:1].isupper() and any(
        child.dep_ in lx.name_deps and child.pos_ == _PROPER and child.i == token.i + 1
        for child in token.children
    )


def _linked_part(token: Token, members: set[int]) -> bool:
    """A proper noun with a direct dependency link to one of ``members``."""
    if token.pos_ != _PROPER:
        return False
    return token.head.i in members or any(token.doc[m].head.i == token.i for m in members)


def parsed_subject_name(
    doc: Doc, lx: Lexicon, cue: int, lo: int, hi: int
) -> tuple[int, int, int] | None:
    """Token range of the proper name that the parse makes the subject of the cue verb at
    ``cue``, within ``lo:hi``: the subject itself when it is a name, or the name set beside a
    role noun in apposition ("the council's spokesman, Ivan Petrenko, said"), and the first
    token of the subject's whole phrase (its left edge: what the parse counts as part of it).
    None without a parser, without such a subject, or when the language names no dependency
    labels."""
    if not lx.subject_deps or not has_model_annotation(doc, "DEP"):
        return None
    verb = doc[cue]
    subject = next((c for c in verb.children if c.dep_ in lx.subject_deps), None)
    if subject is None and verb.dep_ in lx.conjunct_deps:
        # "Karin Lund did not rule out taxes, said ...": a coordinated verb without a subject
        # of its own has the first verb's
        subject = next((c for c in verb.head.children if c.dep_ in lx.subject_deps), None)
    if subject is None or not lo <= subject.i < hi:
        return None
    left = subject.left_edge.i
    if subject.pos_ != _PROPER and not _mistagged_name_head(subject, lx):
        subject = next(
            (
                c
                for c in subject.children
                if c.dep_ in lx.apposition_deps and c.pos_ == _PROPER and lo <= c.i < hi
            ),
            None,
        )
        if subject is None:
            return None
    chain = _name_chain(subject, lx)
    if chain is None or _dateline_place(doc, lx, chain[1], hi):
        return None
    return chain[0], chain[1], left


def _dateline_place(doc: Doc, lx: Lexicon, end: int, hi: int) -> bool:
    """Whether the name ending at ``end`` is a dateline's place ("Khartoum, Sep 16 (IANS) - At
    least 40 ... were killed, a witness said"): a comma after it and an outlet in brackets
    within a few words. The parser may make it the subject of the closing cue; a place in a
    dateline never speaks."""
    if end >= hi or doc[end].text != ",":
        return False
    return any(
        doc[t].text == "(" and t + 2 < hi and doc[t + 2].text == ")" and doc[t + 1].lower_ in lx.outlets
        for t in range(end + 1, min(hi - 2, end + 6))
    )


def parse_joins(doc: Doc, lx: Lexicon, token: int, start: int, end: int) -> bool | None:
    """Whether the parse links ``doc[token]`` to the name ``doc[start:end]`` next to it:
    "Amneh" joins "Jafari"; "Arlington" in "University of Texas Arlington Amneh Jafari" hangs
    on "Texas" and does not. Any direct link counts, whatever its label: the parser mislabels
    names it takes for places ("Valeska" with "Paris" as its object) but still links them.
    None when there is no parse to ask or the language names no name links."""
    if not lx.name_deps or not has_model_annotation(doc, "DEP"):
        return None
    word = doc[token]
    if start <= word.head.i < end:
        return True
    # UD's flat names hang every part on the first one, or on a title before it ("Mayor Ivan
    # Petrenko": both names on "Mayor"): parts sharing a head are one name too
    return any(
        doc[inner].head.i == token
        or (doc[inner].head.i == word.head.i and doc[inner].dep_ in lx.name_deps)
        for inner in range(start, end)
    )


def parsed_complement(doc: Doc, lx: Lexicon, verb: int, start: int) -> bool:
    """Whether the parse makes the words from ``start`` a clause the verb at ``verb`` reports:
    a complement clause (``complement_deps``, UD ``ccomp``) of the verb that opens there ("North
    Korea stated | it would attack ..."), so a cue the lexicon does not list for bare clauses
    still takes one. False without a parser or labels."""
    if not lx.complement_deps or not has_model_annotation(doc, "DEP"):
        return False
    return any(
        child.dep_ in lx.complement_deps and child.left_edge.i == start and child.i > verb
        for child in doc[verb].children
    )


def determiner_not_complementizer(doc: Doc, lx: Lexicon, token: int) -> bool:
    """Whether the parse reads a complementizer's word as a determiner ("estimates that number
    is closer to 40,000"): then it opens the reported clause instead of standing before it."""
    if not lx.determiner_deps or not has_model_annotation(doc, "DEP"):
        return False
    if doc[token].dep_ not in lx.determiner_deps:
        return False
    # "that" cannot determine a plural noun: "adding that daily losses had risen" is a clause
    # the parser misread
    head = doc[token].head
    if "Plur" in head.morph.get("Number"):
        return False
    # a determiner stands before its noun with only the noun's own modifiers between ("told
    # Putin that Russian forces had taken control": "that" hung on "control" across a clause)
    return head.i > token and all(doc[t].head.i == head.i for t in range(token + 1, head.i))

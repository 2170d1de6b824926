"""The person a role in a body stands for, where the text gave that role with a name.

English writes a role with its body after a linking preposition: a feature introduces
"Petro Kovalenko, head of the town's civil administration" and later cites "the head of the
civil administration" or "the head of the administration". The guide names the speaker by the
fullest name the document gives, so the role phrase is that person. The body must be the same
(every word the later phrase gives the body was written with the role), and the text must give
that role in that body to one person only: two heads of two administrations leave the phrase a
description of its own, never a guess between them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .annotations import doc_lowers
from .cues import PER_LABELS, Lexicon, is_cap, is_title

#: the most words a role's body runs to after the role word ("of the Donetsk regional
#: military administration Vadim Filashkin" is eight); past that it is a sentence
MAX_BODY_WORDS = 10
#: the fewest words a name in apposition has: a first name alone ("Taras, head of ...") is
#: too thin to hang a role phrase on
MIN_NAME_WORDS = 2
#: the tagger's verb tags: a verb after the body ends it
VERB_POS = frozenset({"VERB", "AUX"})


def _name_before(doc: Doc, role: int) -> tuple[int, int] | None:
    """The name set off before the role by a comma: "Petro Kovalenko, head of ..."."""
    comma = role - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    start = comma
    while start > 0 and is_cap(doc[start - 1].text) and doc[start - 1].is_alpha:
        start -= 1
    if comma - start < MIN_NAME_WORDS:
        return None
    return (start, comma)


def _name_after(doc: Doc, first: int, stop: int) -> tuple[int, int] | None:
    """The person the tagger names among the role's body words ``doc[first:stop]``: "the head
    of the regional police Andriy Savchuk told ..." (capitals alone would take the body's
    own, "Kherson MVA", for a name)."""
    for ent in doc.ents:
        if ent.label_ in PER_LABELS and first < ent.start < stop and len(ent) >= MIN_NAME_WORDS:
            return (ent.start, ent.end)
    return None


def role_holder(
    doc: Doc, lx: Lexicon, start: int, end: int, in_quote: Callable[[int], bool]
) -> tuple[int, int] | None:
    """The token range of the one name the text gave the role of the definite phrase
    ``doc[start:end]`` ("the head of the civil administration") before it, with a body that
    holds every word the phrase gives the body; None when the phrase is no definite role in a
    body, when no name was given it, or when two names were."""
    words = [token.lower_ for token in doc[start:end]]
    if (
        len(words) < 4
        or words[0] not in lx.definite_determiners
        or words[1] not in lx.titles
        or not is_title(words[1], lx)
        or words[2] not in lx.np_link
    ):
        return None
    role = words[1]
    body = {word for word in words[3:] if word.isalpha() and word not in lx.determiners}
    if not body:
        return None
    lowers = doc_lowers(doc)
    found: set[tuple[str, ...]] = set()
    holder: tuple[int, int] | None = None
    for at in range(start - 1, -1, -1):
        if lowers[at] != role or in_quote(doc[at].idx):
            continue
        if at + 1 >= len(doc) or lowers[at + 1] not in lx.np_link:
            continue  # "head" with no body after it
        # the body runs to the punctuation or the verb after it ("..., head of the
        # administration, said", "head of the police Andriy Savchuk told ...")
        stop = at + 1
        while (
            stop < len(doc)
            and stop - at <= MAX_BODY_WORDS
            and not doc[stop].is_punct
            and doc[stop].pos_ not in VERB_POS
        ):
            stop += 1
        name = _name_before(doc, at)
        if name is None:
            name = _name_after(doc, at + 1, stop)
            if name is not None:
                stop = name[0]  # the name closes the body
        if name is None or not body <= set(lowers[at + 1 : stop]):
            continue
        found.add(tuple(lowers[name[0] : name[1]]))
        holder = holder or name
    if len(found) != 1:
        return None
    return holder

"""The fullest description a text gives a speaker it calls by a bare noun.

The guide names a speaker without a name by "the descriptive phrase as written", and by the
fullest form the document gives: a feature writes "legene på Ahus" once and "Legene mener ..."
elsewhere, or "politiets vaktsjef" before "Vaktsjefen skriver ...". The bare noun is the same
referent, so the speaker is the described form. A text that describes the noun two ways
("legene på Ahus", "legene ved Rikshospitalet") does not say which one speaks: the bare noun
stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .annotations import doc_lowers, span_text
from .cues import Lexicon, is_cap, is_title

#: the most capitalised words a place or body after the preposition may have ("på Oslo
#: universitetssykehus" is two); more is a sentence, not a name
MAX_NAME_WORDS = 3
#: the fewest letters of a stem a definite ending is read off (as speakers.DEFINITE_STEM)
DEFINITE_STEM = 4
#: the tagger's noun tags: a word after the preposition or before the head that is a noun
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class DescriptionPreps:
    """The language's prepositions that tie a noun to where it belongs: before a name
    ("soldatene i Bakhmut", "legene på Ahus") and, fewer, before a definite noun ("legene på
    sykehuset"; "i" there mostly says when or in what: "i helgen", "i kampene")."""

    names: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()


def _stems(word: str, lx: Lexicon) -> set[str]:
    """The word without each definite ending it may carry ("vaktsjefen" -> "vaktsjef")."""
    return {
        word[: -len(ending)]
        for ending in lx.definite_suffixes
        if word.endswith(ending) and len(word) - len(ending) >= DEFINITE_STEM
    }


def _place_end(doc: Doc, prep: int, lx: Lexicon, preps: DescriptionPreps) -> int | None:
    """The end of a place or body after the preposition at ``prep``: a name of up to
    ``MAX_NAME_WORDS`` capitalised words ("i Lviv", "på Ahus") or, after a preposition of
    belonging, one definite noun ("på sykehuset", never "i kampene"); None when none follows."""
    first = prep + 1
    if first >= len(doc) or doc[prep].lower_ not in preps.names:
        return None
    word = doc[first]
    if is_cap(word.text) and word.is_alpha and word.pos_ in NOUN_POS and not word.is_sent_start:
        end = first + 1
        while (
            end < len(doc)
            and end - first < MAX_NAME_WORDS
            and is_cap(doc[end].text)
            and doc[end].is_alpha
            and not doc[end].is_sent_start
        ):
            end += 1
        named = doc[first:end].text.lower()
        if named in lx.platforms or named in lx.outlets or word.lower_ in lx.platforms:
            return None  # "på Telegram", "i VG": where it was said, not where one belongs
        return end
    if (
        doc[prep].lower_ in preps.nouns
        and word.is_lower
        and word.is_alpha
        and word.pos_ == "NOUN"
        and word.lower_ not in lx.time_words  # "i helgen": when, not where
        and word.lower_ not in lx.documents  # "i rapporten": where it was said
        and word.lower_ not in lx.medium_nouns
        and _stems(word.lower_, lx)
    ):
        return first + 1
    return None


def _with_place(doc: Doc, head: int, lx: Lexicon, preps: DescriptionPreps) -> str | None:
    """The head noun with the place or body it belongs to after it: "legene på Ahus",
    "legene på sykehuset i Kharkiv" (a place may be placed in turn); None when no such
    phrase follows."""
    end = _place_end(doc, head + 1, lx, preps)
    if end is None:
        return None
    further = _place_end(doc, end, lx, preps)
    return span_text(doc[head : further or end])


def _with_owner(doc: Doc, head: int, lx: Lexicon) -> str | None:
    """The head noun after the genitive of the body it belongs to: "politiets vaktsjef",
    "Forsvarets talsperson"; None when no such genitive stands before it."""
    if head == 0:
        return None
    owner = doc[head - 1]
    low = owner.lower_
    if not owner.is_alpha or low in lx.pronouns or low in lx.determiners:
        return None  # "hans vaktsjef": a possessive pronoun, no description
    for ending in lx.genitive_endings:
        if not low.endswith(ending) or len(low) - len(ending) < DEFINITE_STEM:
            continue
        bare = low[: -len(ending)]
        if owner.pos_ == "PROPN":
            # "statsminister Støres sønn": the owner's title before the name is the owner's
            start = head - 1
            if start > 0 and doc[start - 1].is_lower and is_title(doc[start - 1].lower_, lx):
                start -= 1
            return span_text(doc[start : head + 1])
        if owner.pos_ in NOUN_POS and _stems(bare, lx):
            return span_text(doc[head - 1 : head + 1])
    return None


def fuller_description(
    doc: Doc, name: str, lx: Lexicon, preps: DescriptionPreps, own: frozenset[int]
) -> str | None:
    """The one described form the text gives the bare noun ``name`` anywhere: the noun as
    written with a place or body after it, or with the genitive of its owner before it (a
    genitive makes a Norwegian noun indefinite: "Vaktsjefen" is "politiets vaktsjef").
    None when the text gives no such form, or more than one, or when the speaker's own
    phrase (a token of ``own``) goes on with a description not read here ("Soldater i den
    ukrainske 3. brigade"): that one is the speaker's, not another found elsewhere."""
    head = name.lower()
    if not head.isalpha() or not preps.names:
        return None
    # "moren på flyplassen": kin are known by whose ("ordførerens sønn"), a place says only
    # where they were
    kin = head in lx.kin_nouns
    indefinite = _stems(head, lx)
    found: list[str] = []
    # the kept lower-case column: a Token only for the words that are the noun
    for i, low in enumerate(doc_lowers(doc)):
        if low != head and low not in indefinite:
            continue
        token = doc[i]
        if token.pos_ not in NOUN_POS:
            continue  # "du på miljøet": a pronoun is described by no place
        phrase = _with_place(doc, token.i, lx, preps) if low == head and not kin else None
        phrase = phrase or _with_owner(doc, token.i, lx)
        if phrase is not None:
            found.append(phrase)
        elif token.i in own and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in preps.names:
            return None
    if not found:
        return None
    # "mullah Krekars datter" and, later, "Krekars datter": one description, written in full once
    longest = max(found, key=len)
    words = longest.casefold().split()
    for phrase in found:
        tail = phrase.casefold().split()
        if words[len(words) - len(tail) :] != tail:
            return None
    return longest

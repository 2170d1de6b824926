"""Where a text names a person it first described, by the only name it may print.

A feature opens with a description ("A Ukrainian medic training abroad has said ...", "said
the commander, who asked not to be named") and gives a first name or a pseudonym right after,
saying so ("Taras, who asked that his surname not be used", "We are calling him Mykola"). The
guide names the speaker by the fullest name the document gives, so the description is that
name. The link is made only where the text says a name is withheld (the language's
``withheld_name_cues``), in the sentence that first gives the name or the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from .cues import is_cap

#: the most words between the name and the phrase that says it is withheld ("Taras, who
#: asked ...": two; "calling him Mykola": none)
MAX_CUE_GAP = 3


def cue_pattern(cues: list[str]) -> re.Pattern[str] | None:
    """One case-blind pattern for the language's phrases that say a name is withheld, each
    matched as whole words; None when the language lists none."""
    phrases = sorted({cue.strip().lower() for cue in cues if cue.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(phrase) for phrase in phrases) + r")\b", re.IGNORECASE)


def withheld_name_window(
    doc: Doc, name: str, cues: re.Pattern[str], in_quote: Callable[[int], bool]
) -> tuple[int, int] | None:
    """The characters (start of the sentence before, start of the name) around the first
    place outside quotes the text writes the one-word ``name``, when its sentence says the
    name is withheld within ``MAX_CUE_GAP`` words of it ("Taras, who asked that ...", "we are
    calling him Mykola"); None otherwise. A cue further off is about someone else ("said an
    official who asked not to be named, adding that Zelensky ...")."""
    if " " in name or not name.isalpha():
        return None
    for token in doc:
        if token.text != name or not is_cap(token.text) or in_quote(token.idx):
            continue
        sentence = token.sent
        for match in cues.finditer(sentence.text):
            begin = sentence.start_char + match.start()
            cue = doc.char_span(begin, sentence.start_char + match.end(), alignment_mode="expand")
            if cue is None or in_quote(begin):
                continue
            gap = cue.start - token.i - 1 if cue.start > token.i else token.i - cue.end
            if gap <= MAX_CUE_GAP:
                opens = sentence.start
                if opens > 0:
                    opens = doc[opens - 1].sent.start
                return (doc[opens].idx, token.idx)
        return None  # the first time the name is written decides
    return None


def withheld_name_after(
    doc: Doc,
    end: int,
    cues: re.Pattern[str],
    in_quote: Callable[[int], bool],
    is_first_name: Callable[[str], bool],
) -> str | None:
    """The first name the sentence of a description gives after it (the description ends at
    token ``end``) next to a phrase that says the rest is withheld: "said the operator, who
    asked to be identified only by his first name, Oleh", "the nurse, Iryna, who asked not to
    be named"; a known first name only (a capital word there may be a place or a unit)."""
    if end >= len(doc):
        return None
    sentence = doc[end - 1].sent
    for match in cues.finditer(sentence.text):
        begin = sentence.start_char + match.start()
        cue = doc.char_span(begin, sentence.start_char + match.end(), alignment_mode="expand")
        if cue is None or cue.start < end or in_quote(begin):
            continue
        around = list(range(max(end, cue.start - MAX_CUE_GAP - 1), cue.start))
        around += list(range(cue.end, min(sentence.end, cue.end + MAX_CUE_GAP + 1)))
        for at in around:
            token = doc[at]
            if token.is_alpha and is_cap(token.text) and not in_quote(token.idx) and is_first_name(token.text):
                return token.text
    return None

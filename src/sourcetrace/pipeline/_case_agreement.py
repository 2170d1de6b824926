"""Where a name stops growing leftwards in a language that tells its phrases by case.

In Russian and Ukrainian a name's words agree with its head: the words before a nominative
head are nominative too. A word before it in another case, or in another script, closes a
phrase of its own ("В ответ на слова Зеленского | Кремль опроверг", "в интервью каналу Fox
News | Зеленский сказал"): the genitive's or the dative's object is someone else's name, never
the first words of the speaker's."""

from __future__ import annotations

from spacy.tokens import Doc

from .cues import Lexicon


def _cyrillic(text: str) -> bool:
    """Whether a word is written in Cyrillic (any of its letters)."""
    return any("\u0400" <= char <= "\u04ff" for char in text)


def ends_other_phrase(doc: Doc, lx: Lexicon, before: int, head: int) -> bool:
    """Whether the word at ``before`` belongs to another phrase than the name whose head word
    is at ``head`` (``before < head``): its script differs from the head's, or the head can
    only be nominative (no genitive reading) and the word before cannot be. Only in the
    languages that read issuers in the genitive (``genitive_issuer``, with a morphology);
    acronyms carry no case and never close a phrase by it."""
    if not lx.genitive_issuer:
        return False
    word, head_word = doc[before].text, doc[head].text
    if not word.isalpha() or not head_word.isalpha():
        return False
    if _cyrillic(word) != _cyrillic(head_word):
        return True
    nominative, genitive = lx.may_be_subject, lx.may_be_genitive
    if nominative is None or genitive is None or word.isupper() or head_word.isupper():
        return False
    head_low = head_word.lower()
    return nominative(head_low) and not genitive(head_low) and not nominative(word.lower())

"""The per-document token columns the quote readers test words by instead of building a
``Token`` for each: every column holds what the ``Token`` would say, for every word, and is
read again after the document's words change (retokenizing)."""

from __future__ import annotations

import spacy

from sourcetrace.pipeline import build_pipeline
from sourcetrace.pipeline.token_arrays import punct_flags, punct_or_space, token_starts

#: a dash line, a colon, quote marks of two kinds, a line break and a number, in one text
_TEXT = (
    "– Vi trenger hjelp nå, sier ordfører Eva Lunde til avisen.\n\n"
    "Ifølge politiet ble «minst 12» skadd i natt. Hun la til: \"Det er alvorlig.\"  "
)


def test_the_columns_say_what_each_token_says() -> None:
    doc = spacy.blank("nb")(_TEXT)
    assert token_starts(doc) == [t.idx for t in doc]
    assert punct_flags(doc) == [t.is_punct for t in doc]
    assert punct_or_space(doc) == [t.is_punct or t.is_space for t in doc]
    # the same list again: the column is read once per document
    assert token_starts(doc) is token_starts(doc)


def test_the_columns_follow_a_retokenized_document() -> None:
    doc = spacy.blank("nb")("Han sa at Nye Kristiansand er stengt.")
    assert punct_or_space(doc)[-1] is True
    before = token_starts(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])
    assert len(token_starts(doc)) == len(doc) == len(before) - 1
    assert token_starts(doc) == [t.idx for t in doc]
    assert punct_flags(doc) == [t.is_punct for t in doc]
    assert punct_or_space(doc) == [t.is_punct or t.is_space for t in doc]


def test_an_empty_document_has_empty_columns() -> None:
    doc = spacy.blank("nb")("")
    assert token_starts(doc) == punct_flags(doc) == punct_or_space(doc) == []


def test_the_reading_keeps_the_columns_it_read_on_the_document() -> None:
    """Reading a document (rules only) fills the columns of the document read, each the same
    as the tokens say, so a later reader of the same document finds them there."""
    doc = build_pipeline("nb", model="blank")(_TEXT)
    kept = {key: value for key, value in doc.user_data.items() if isinstance(key, tuple) and key[:1] == ("sourcetrace",)}
    assert kept[("sourcetrace", "starts")] == [t.idx for t in doc]
    assert kept[("sourcetrace", "punct")] == [t.is_punct for t in doc]

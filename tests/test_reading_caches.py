"""What the rules keep per word, phrase or document so as not to ask again: each kept answer
is the one asked afresh, and a kept mention is handed out as a copy of its own."""

from __future__ import annotations

import re

import pytest
import spacy

from sourcetrace.pipeline import cues
from sourcetrace.pipeline.cues import lexicon, make_mention
from sourcetrace.pipeline.regex_prefilter import fullmatch_test


def test_cue_words_hold_every_word_a_cue_begins_with() -> None:
    """A word outside ``cue_words`` is no cue whatever stands around it; the cue verbs and the
    first words of the multi-word cues are in it."""
    lx = lexicon("nb")
    assert lx.cue_verbs <= lx.cue_words
    assert set(lx.particle_cues) <= lx.cue_words
    assert set(lx.adjective_cues) <= lx.cue_words
    assert "sier" in lx.cue_words and "bilen" not in lx.cue_words
    doc = spacy.blank("nb")("Bilen sier ingenting, sier naboen.")
    assert lx.is_cue(doc, 0, len(doc)) == 0
    assert lx.is_cue(doc, 4, len(doc)) == 5


def test_a_phrase_read_again_is_not_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = spacy.blank("nb")("Ifølge forsker Kari Nordmann ved instituttet er det uklart.")
    lx = lexicon("nb")
    reads: list[tuple[int, int]] = []
    read = cues._make_mention

    def counted(doc_, lx_, start: int, end: int):
        reads.append((start, end))
        return read(doc_, lx_, start, end)

    monkeypatch.setattr(cues, "_make_mention", counted)
    first = make_mention(doc, lx, 1, 4)
    second = make_mention(doc, lx, 1, 4)
    assert reads == [(1, 4)]
    assert first is not None and second is not None and first is not second
    assert (second.name, second.kind, second.title) == (first.name, first.kind, first.title)
    first.cluster = 7  # a reader sets the cluster of its own copy
    assert make_mention(doc, lx, 1, 4).cluster == -1
    assert make_mention(doc, lx, 2, 4) is not None and reads == [(1, 4), (2, 4)]


def test_a_kept_fullmatch_answer_is_the_patterns() -> None:
    pattern = re.compile(r"(?:drone|rakett)(?:r|ne|er|ene)?", re.I)
    test = fullmatch_test(pattern)
    for word in ("droner", "Rakettene", "dronen", "drone r", "", "rakett", "ROKETT"):
        assert test(word) == (pattern.fullmatch(word) is not None)
        assert test(word) == (pattern.fullmatch(word) is not None)  # the kept answer

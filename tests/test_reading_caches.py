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


def test_sentence_starts_are_kept_until_the_layout_sets_them_again() -> None:
    """Sourcing and figures each index the sentences: the starts are read once per document,
    and a document the layout reads again is read with the starts it has then."""
    import sourcetrace.pipeline  # noqa: F401  (registers the factories)
    from sourcetrace.pipeline.sourcing import sentence_starts

    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sourcetrace_layout", config={"lang": "nb"})
    doc = nlp("Soldaten kom hjem i går. Han sa lite. Naboene visste ingenting.")
    starts = sentence_starts(doc)
    assert starts == [0, 6, 10]
    assert sentence_starts(doc) is starts  # kept, not read again
    doc[3].is_sent_start = True  # "i går. ..." set apart by hand, as another component might
    nlp.get_pipe("sourcetrace_layout")(doc)
    assert sentence_starts(doc) == [0, 3, 6, 10]


def test_the_gazetteer_matches_are_the_rulers_without_its_warnings_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The entity component's gazetteer gives ``EntityRuler.match``'s matches, in its order,
    without entering ``warnings.catch_warnings`` once per document (which copies the process's
    warning filters)."""
    import warnings

    from tests.conftest import blank_pipes

    nlp = blank_pipes("sourcetrace_entities")("nb")
    component = nlp.get_pipe("sourcetrace_entities")
    doc = nlp.make_doc("Forsvarsdepartementet i Oslo og Kyiv bekreftet at Russland angrep Ukraina.")
    expected = component.ruler.match(doc)
    assert expected  # the gazetteer names some of these

    entered: list[bool] = []
    context = warnings.catch_warnings

    def counted(*args, **kwargs):
        entered.append(True)
        return context(*args, **kwargs)

    monkeypatch.setattr(warnings, "catch_warnings", counted)
    found = component._gazetteer(doc)
    monkeypatch.undo()
    assert [(doc.vocab.strings[e.label_], e.start, e.end) for e in found] == expected
    assert not entered


def test_a_kept_mention_is_copied_without_dataclasses_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    """A kept mention is handed out as a shallow copy of its fields (``dataclasses.replace``
    walks the fields on every reuse and cost three times as much)."""
    import dataclasses

    doc = spacy.blank("nb")("Ifølge major Ola Hansen i hæren er broen ødelagt.")
    lx = lexicon("nb")
    first = make_mention(doc, lx, 1, 4)

    replaced: list[bool] = []
    replace = dataclasses.replace

    def counted(*args, **kwargs):
        replaced.append(True)
        return replace(*args, **kwargs)

    monkeypatch.setattr(dataclasses, "replace", counted)
    second = make_mention(doc, lx, 1, 4)
    monkeypatch.undo()
    assert not replaced
    assert first is not None and second is not None and second is not first
    assert vars(second) == vars(first)
    second.name = "endret"
    assert make_mention(doc, lx, 1, 4).name == first.name

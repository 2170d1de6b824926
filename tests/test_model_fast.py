"""``--model fast``: the smaller shipped English pipeline (one width-64 tok2vec under
morphologizer, parser and NER) loads offline and reads war reporting; a language with no fast
pipeline of its own reads with its default one."""

from __future__ import annotations

import sys

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline import models

#: written for this test (not in EWT, UNER or GUM)
TEXT = (
    '"We will rebuild every school in the city," mayor Daniel Brooks told reporters on Monday.\n\n'
    "Ukrainian officials said at least 12 people were killed in the strike on Kharkiv."
)


def _fast_path():
    path = models.shipped_fast_path("en")
    if path is None or path == models.shipped_model_path("en"):
        pytest.skip("no fast English pipeline shipped (training/Makefile: train-en-fast, ship-en-fast)")
    return path


def test_fast_english_pipeline_is_small_and_parses_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    path = _fast_path()
    assert path.name == "en-fast"
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1_000_000
    assert size <= 10, "the fast pipeline is the small one"
    monkeypatch.setitem(sys.modules, "spacy_lookups_data", None)
    nlp = models.load_base("en", models.FAST)
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "parser", "ner"]
    doc = nlp("Ukrainian officials said Volodymyr Zelensky visited the wounded soldiers in Kharkiv on Monday.")
    by_text = {t.text: t for t in doc}
    assert by_text["officials"].dep_ == "nsubj" and by_text["officials"].head.text == "said"
    assert by_text["soldiers"].pos_ == "NOUN"


def test_fast_reading_finds_the_quote_its_speaker_and_the_figure() -> None:
    _fast_path()
    reading = analyze(SourceDoc(text=TEXT, origin="fast-test"), lang="en", model=models.FAST)
    quotes = {q.text: q for q in reading.quotes}
    assert "We will rebuild every school in the city," in quotes
    speaker = quotes["We will rebuild every school in the city,"].speaker
    assert speaker is not None and speaker.name == "Daniel Brooks"
    assert any(f.value == 12 for f in reading.figures)


def test_a_language_without_a_fast_pipeline_reads_with_its_default() -> None:
    assert models.shipped_fast_path("nb") == models.shipped_model_path("nb")
    fast = models.load_base("nb", models.FAST)
    default = models.load_base("nb")
    assert fast.pipe_names == default.pipe_names

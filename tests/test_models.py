"""The pipelines we ship load offline from package data and annotate unseen text.

The sentences below are not in NorNE/NDT or EWT; they are news-style war reporting, the text
sourcetrace reads.
"""

from __future__ import annotations

import sys

import pytest

from sourcetrace.pipeline import models

MAX_MB = 30


def _shipped(lang: str):
    path = models.shipped_model_path(lang)
    if path is None:
        pytest.skip(f"no shipped {lang} pipeline (train it with training/Makefile)")
    return path


def _load_offline(lang: str, monkeypatch: pytest.MonkeyPatch):
    """Load with lookup tables made unimportable: the model must carry everything it needs."""
    _shipped(lang)
    monkeypatch.setitem(sys.modules, "spacy_lookups_data", None)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return models.load_base(lang)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_shipped_pipeline_is_small_and_has_no_training_paths(lang: str) -> None:
    path = _shipped(lang)
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1_000_000
    assert size <= MAX_MB
    text = (path / "config.cfg").read_text(encoding="utf-8")
    assert "corpus/" not in text


def test_norwegian_pipeline_tags_and_finds_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = _load_offline("nb", monkeypatch)
    doc = nlp("Forsvarsminister Tore Sandvik sa onsdag at Nato vil sende flere soldater til Litauen.")
    by_text = {t.text: t for t in doc}
    assert by_text["Sandvik"].pos_ == "PROPN"
    assert by_text["sa"].pos_ in ("VERB", "AUX")
    assert by_text["soldater"].morph.get("Number") == ["Plur"]
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Tore Sandvik") == "PER"
    assert labels.get("Litauen") in {"GPE", "LOC"}


def test_nynorsk_uses_the_bokmal_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = _load_offline("nn", monkeypatch)
    doc = nlp("Statsministeren seier at Jonas Gahr Støre reiser til Kyiv i morgon.")
    assert any(e.label_ == "PER" and "Støre" in e.text for e in doc.ents)


def test_english_pipeline_parses_tags_and_finds_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = _load_offline("en", monkeypatch)
    doc = nlp("Ukrainian officials said Volodymyr Zelensky visited the wounded soldiers in Kharkiv on Monday.")
    by_text = {t.text: t for t in doc}
    assert by_text["Zelensky"].pos_ == "PROPN"
    assert by_text["said"].lemma_ == "say"
    assert by_text["soldiers"].lemma_ == "soldier"
    assert by_text["officials"].dep_ == "nsubj"
    assert by_text["officials"].head.text == "said"
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Volodymyr Zelensky") == "PER"
    assert labels.get("Kharkiv") == "LOC"


def test_reading_pipeline_leaves_out_what_it_does_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English reading loads no lemmatizer or fine tagger (start-up time), and its
    annotations are those of the whole shipped pipeline with those two switched off."""
    _shipped("en")
    skipped = models.load_base("en", skip_unused=True)
    assert "trainable_lemmatizer" not in skipped.component_names
    assert "tagger" not in skipped.component_names
    whole = models.disable_unused(_load_offline("en", monkeypatch))
    assert "tagger" in whole.component_names and "tagger" not in whole.pipe_names
    text = (
        "Ukrainian officials said Volodymyr Zelensky visited the wounded soldiers in Kharkiv on "
        "Monday. \"We will rebuild,\" the mayor told reporters."
    )
    one, other = skipped(text), whole(text)
    assert [(t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in one] == [
        (t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in other
    ]


def _training_config(name: str):
    """A training config of ``training/configs``, interpolated as ``spacy train`` reads it."""
    from pathlib import Path

    import spacy

    path = Path(__file__).resolve().parents[1] / "training" / "configs" / name
    if not path.is_file():
        pytest.fail(f"{path} is missing")
    return spacy.util.load_config(path, overrides={"paths.train": "t", "paths.dev": "d"}, interpolate=True)


def test_small_english_parser_pipeline_config_trains_what_the_reading_reads() -> None:
    """The small English pipeline with a parser (docs/models.md): one narrow shared tok2vec
    under the three components the reading reads, parser and recogniser of hidden width 64;
    the tagger only trains the tok2vec (the reading never loads it), no lemmatizer."""
    config = _training_config("en-small-parser.cfg")
    pipeline = list(config["nlp"]["pipeline"])
    assert [name for name in pipeline if name in models.unused_components(pipeline)] == ["tagger"]
    assert {"tok2vec", "morphologizer", "parser", "ner"} <= set(pipeline)
    encode = config["components"]["tok2vec"]["model"]["encode"]
    assert 64 <= encode["width"] <= 96 and encode["depth"] <= 3
    for name in ("parser", "ner"):
        model = config["components"][name]["model"]
        assert model["hidden_width"] == 64
        assert model["tok2vec"]["@architectures"] == "spacy.Tok2VecListener.v1"


def test_smaller_parser_config_keeps_the_shipped_vectors_and_recogniser() -> None:
    """``en-parser64.cfg`` retrains only the parser: tok2vec, morphologizer and NER come from
    the shipped English pipeline, frozen, so their annotations stay the shipped ones."""
    config = _training_config("en-parser64.cfg")
    frozen = set(config["training"]["frozen_components"])
    assert frozen == {"tok2vec", "morphologizer", "ner"}
    assert "tok2vec" in config["training"]["annotating_components"]
    for name in frozen:
        assert config["components"][name]["source"].endswith("models/en")
    assert config["components"]["parser"]["model"]["hidden_width"] == 64

"""The shipped pipelines' parser and entity recogniser run only over the sentences whose
annotations the rules read (``pipeline.sentence_scope``), on sentences we wrote."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from sourcetrace.analysis import _prepare
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline import build_pipeline
from sourcetrace.pipeline.models import shipped_model_path

pytestmark = pytest.mark.skipif(
    shipped_model_path("en") is None or shipped_model_path("nb") is None,
    reason="the shipped English and Bokmål pipelines are not installed",
)

EN_TEXT = (
    "The convoy reached the bridge at dawn. Officials said the road was closed for repairs. "
    "the rain fell all night on the wet fields.\n\n"
    "Maria Petrova runs the shelter in Kharkiv with her brother. "
    "“We have no more beds,” she told reporters on Tuesday."
)


def _read_until(nlp: Language, text: str, lang: str, stop: str) -> Doc:
    """``text`` read by ``nlp`` up to (not including) the component ``stop``."""
    doc = _prepare(SourceDoc(text=text, origin="written.txt"), lang, None).parts[0][0]
    for name, component in nlp.pipeline:
        if name == stop:
            return doc
        doc = component(doc)
    raise AssertionError(f"{stop} is not in {nlp.pipe_names}")


def _sentence(doc: Doc, opening: str):
    return next(s for s in doc.sents if s.text.strip().startswith(opening))


def test_the_shipped_pipelines_run_parser_and_recogniser_through_their_scopes() -> None:
    english = build_pipeline("en")
    assert {"sourcetrace_scope_ner", "sourcetrace_scope_parser"} <= set(english.pipe_names)
    assert "parser" in english.disabled and "ner" in english.disabled
    # a language lists the scopes it reads with (``_meta.toml``): Bokmål lists none
    bokmal = build_pipeline("nb")
    assert "ner" in bokmal.pipe_names
    assert not any(name.startswith("sourcetrace_scope_") for name in bokmal.pipe_names)
    # the recogniser's scope runs before the parser's: the parser reads sentences with names
    assert english.pipe_names.index("sourcetrace_scope_ner") < english.pipe_names.index(
        "sourcetrace_scope_parser"
    )


def test_sentences_without_cue_quote_or_name_are_not_parsed_and_keep_their_starts() -> None:
    nlp = build_pipeline("en")
    before = _read_until(nlp, EN_TEXT, "en", "sourcetrace_scope_parser")
    starts = [s.start for s in before.sents]
    doc = nlp.get_pipe("sourcetrace_scope_parser")(before)
    assert [s.start for s in doc.sents] == starts
    for opening in ("The convoy", "the rain"):
        assert all(t.dep_ == "" and t.head.i == t.i for t in _sentence(doc, opening))
    said = next(t for t in _sentence(doc, "Officials") if t.text == "said")
    assert any(child.dep_ == "nsubj" and child.text == "Officials" for child in said.children)
    told = next(t for t in doc if t.text == "told")
    assert any(child.dep_ == "nsubj" and child.text == "she" for child in told.children)


def test_the_recogniser_reads_only_sentences_that_can_hold_a_name() -> None:
    lang, text = "en", EN_TEXT
    nlp = build_pipeline(lang)
    scope = nlp.get_pipe("sourcetrace_scope_ner")
    doc = _read_until(nlp, text, lang, "sourcetrace_scope_ner")
    wanted = scope.selector.wanted(doc)
    lower_start = next(s for s in doc.sents if s.text.strip()[:1].islower())
    assert (lower_start.start, lower_start.end) not in wanted
    name = _sentence(doc, "Maria")
    assert (name.start, name.end) in wanted
    doc = scope(doc)
    assert all(t.ent_iob_ == "O" for t in lower_start)
    assert any(e.text == "Maria Petrova" for e in doc.ents)


@pytest.mark.parametrize("component", ["parser", "ner"])
def test_with_every_sentence_wanted_a_scope_gives_the_components_own_reading(
    component: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scope hands the component the shared vectors of the sentences it cuts out, so with
    all sentences cut out the annotations are the component's own, token for token."""
    lang, text = "en", EN_TEXT
    nlp = build_pipeline(lang)
    scope = nlp.get_pipe(f"sourcetrace_scope_{component}")
    monkeypatch.setattr(scope.selector, "wanted", lambda doc: [(s.start, s.end) for s in doc.sents])
    scoped = scope(_read_until(nlp, text, lang, f"sourcetrace_scope_{component}"))
    if component == "ner":
        # the recogniser ran before the sentences were split: it sees no sentence starts
        plain = _prepare(SourceDoc(text=text, origin="written.txt"), lang, None).parts[0][0]
        for name in ("tok2vec", "morphologizer", "ner"):
            plain = nlp.get_pipe(name)(plain)
        assert [(e.start, e.end, e.label_) for e in scoped.ents] == [
            (e.start, e.end, e.label_) for e in plain.ents
        ]
    else:
        plain = nlp.get_pipe(component)(_read_until(nlp, text, lang, f"sourcetrace_scope_{component}"))
        assert [(t.head.i, t.dep_) for t in scoped] == [(t.head.i, t.dep_) for t in plain]


def test_scopes_are_switched_off_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCETRACE_SCOPE", "off")
    nlp = build_pipeline.__wrapped__("en")  # not the cached pipeline
    assert not any(name.startswith("sourcetrace_scope_") for name in nlp.pipe_names)
    assert "parser" in nlp.pipe_names and "ner" in nlp.pipe_names

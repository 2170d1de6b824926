"""The reading pipeline: spaCy components, each a registered factory driven by language data.

``build_pipeline("nb")`` gives a ``Language`` with our components appended to a base pipeline
(the trained pipeline shipped for the language, a named spaCy pipeline, or a blank one). Users
can add the same factories to their own ``nlp``::

    import sourcetrace.pipeline  # registers the factories
    nlp.add_pipe("sourcetrace_layout"); nlp.add_pipe("sourcetrace_quotes") ...
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from .. import lang as langdata
from . import (  # noqa: F401  (importing registers the factories)
    annotations,
    dates,
    entities,
    figures,
    hedges,
    layout,
    quotes,
    sentence_scope,
    sourcing,
    speakers,
)
from .gc_policy import collect_less_often
from .models import disable_unused, load_base
from .regex_cache import session as regex_session

#: Our components in pipeline order, after the base pipeline's own.
COMPONENTS = (
    "sourcetrace_layout",
    "sourcetrace_entities",
    "sourcetrace_quotes",
    "sourcetrace_sourcing",
    "sourcetrace_speakers",
    "sourcetrace_figures",
    "sourcetrace_hedges",
    "sourcetrace_dates",
)


def _tokenizer_data(nlp: Language, lang: str) -> None:
    """The language's tokenizer needs from ``_meta.toml``: abbreviations kept whole
    (``abbreviations``: "тис." is no sentence end) and number ranges split at their dash
    (``split_number_dashes``: "300–400" reads as a range), and the tokenizer's abbreviations
    that are words ending a sentence (``not_abbreviations``: "i to." is "two" and a full stop)."""
    from spacy.attrs import ORTH
    from spacy.util import compile_infix_regex

    meta = langdata.load(lang)["_meta"]
    for word in meta.get("abbreviations", []):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
        nlp.tokenizer.add_special_case(word.capitalize(), [{ORTH: word.capitalize()}])
    for word in meta.get("not_abbreviations", []):
        nlp.tokenizer.add_special_case(word, [{ORTH: word[:-1]}, {ORTH: "."}])
    if meta.get("split_number_dashes") and nlp.tokenizer.infix_finditer is not None:
        infixes = [*nlp.Defaults.infixes, r"(?<=[0-9])[–—-](?=[0-9])"]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if meta.get("split_glued_speech_dashes") and nlp.tokenizer.prefix_search is not None:
        # "», -добавили в МО РФ", "»,- сообщил X": a speech dash typed against the cue or the
        # comma is a token of its own, as "», - добавили" gives
        from spacy.util import compile_prefix_regex, compile_suffix_regex

        prefixes = [r"-(?=[^\W\d_])", *nlp.Defaults.prefixes]
        suffixes = [r"(?<=,)-", *nlp.Defaults.suffixes]
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def add_components(nlp: Language, lang: str) -> Language:
    """Append our components to ``nlp`` for language ``lang`` (nb, nn, en, ...)."""
    _tokenizer_data(nlp, lang)
    # The punctuation rules our components are written for decide every sentence start, and
    # paragraph starts are forced by the layout; a parser keeps boundaries set before it (alone it
    # splits an opening quote mark off as a sentence), so both go in front of it.
    parser = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    before = {"before": parser} if parser else {}
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", **before)
    for name in COMPONENTS:
        if name in nlp.pipe_names:
            continue
        where = before if name == "sourcetrace_layout" else {}
        nlp.add_pipe(name, config={"lang": lang}, **where)
    scope_components(nlp, lang)
    return nlp


def scope_components(nlp: Language, lang: str) -> None:
    """Let the statistical components a language lists in ``_meta.toml`` (``sentence_scopes``:
    ``parser``, ``ner``; see ``sentence_scope.SCOPES``) run only over the sentences whose
    annotations the rules read; the component stays in the pipeline, disabled, and its scope
    runs it. ``SOURCETRACE_SCOPE=off`` runs every component over every sentence as before."""
    import os

    if os.environ.get("SOURCETRACE_SCOPE", "on") == "off":
        return
    wanted = langdata.load(lang)["_meta"].get("sentence_scopes", [])
    after = "sourcetrace_layout"  # sentences are split there; the parser scope reads entities
    for component in sentence_scope.SCOPES:  # in their order: entities before the parse
        if component not in wanted or component not in nlp.pipe_names:
            continue
        nlp.add_pipe(
            "sourcetrace_sentence_scope",
            name=f"sourcetrace_scope_{component}",
            after=after,
            config={"lang": lang, "component": component},
        )
        nlp.disable_pipe(component)
        after = f"sourcetrace_scope_{component}"


@lru_cache(maxsize=8)
def build_pipeline(lang: str, model: str | None = None) -> Language:
    """The full reading pipeline for ``lang``; ``model`` names a base pipeline or ``blank``."""
    langdata.load(lang)  # raises UnsupportedLanguage early
    # the shipped pipeline: what the reading does not read is neither loaded nor run
    nlp = load_base(lang, model, skip_unused=model is None)
    if model is None:
        disable_unused(nlp)
    collect_less_often()  # a pipeline is built once, then reads many documents
    with regex_session(lang):  # the rules' patterns compiled by an earlier process are reused
        return add_components(nlp, lang)

"""Base pipelines: the trained pipelines we ship, a user's spaCy pipeline, or a blank one.

No model hub is reachable where sourcetrace runs, so the default is what ships inside the
package (``sourcetrace/models/CODE/``, trained by ``training/``); when it is absent the reading
components run on a blank tokenizer with rules and gazetteers.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from .. import lang as langdata


class ModelError(RuntimeError):
    pass


def shipped_model_path(lang: str) -> Path | None:
    """Folder of the pipeline we ship for ``lang`` (Nynorsk uses Bokmål's), if installed."""
    meta = langdata.load(lang)["_meta"]
    name = meta.get("model", lang)
    folder = resources.files("sourcetrace") / "models" / name
    path = Path(str(folder))
    return path if (path / "config.cfg").is_file() else None


#: ``--model fast``: the smaller, faster pipeline shipped beside a language's default
#: (``models/NAME-fast``, English: one width-64 tok2vec shared by morphologizer, parser and NER,
#: about twice the default reading's words per second for a few speakers fewer; docs/models.md)
FAST = "fast"


def shipped_fast_path(lang: str) -> Path | None:
    """Folder of the fast pipeline shipped for ``lang``, if one is; else its default pipeline's
    (the Bokmål default is already the small one), if installed."""
    meta = langdata.load(lang)["_meta"]
    name = meta.get("model", lang)
    path = Path(str(resources.files("sourcetrace") / "models" / f"{name}-fast"))
    return path if (path / "config.cfg").is_file() else shipped_model_path(lang)


def shipped_syntax_path(lang: str) -> Path | None:
    """Folder of the parser we ship for ``lang`` (NDT labels for nb/nn), when installed and
    switched on with ``SOURCETRACE_SYNTAX=1``. Off by default: on the real-text dev split it
    adds no speaker accuracy yet (docs/evaluation.md) and costs a third of the reading speed."""
    name = langdata.load(lang)["_meta"].get("syntax")
    if not name or os.environ.get("SOURCETRACE_SYNTAX", "0") != "1":
        return None
    path = Path(str(resources.files("sourcetrace") / "models" / name))
    return path if (path / "config.cfg").is_file() else None


#: components of a shipped pipeline whose annotations no reading component reads: lemmas, and
#: fine-grained tags when a morphologizer gives the parts of speech (no attribute ruler maps the
#: tags to them). The reading pipeline runs without them (the same reading in less time, for
#: English); :func:`load_base` still gives the whole pipeline.
_LEMMATIZERS = ("lemmatizer", "trainable_lemmatizer")


def unused_components(names: list[str]) -> list[str]:
    """Of a shipped pipeline's components ``names``, those the reading does not use."""
    unused = [name for name in names if name in _LEMMATIZERS]
    if "tagger" in names and "morphologizer" in names and "attribute_ruler" not in names:
        unused.append("tagger")
    return unused


def disable_unused(nlp: Language) -> Language:
    """Switch off the components of a shipped pipeline the reading does not use."""
    for name in unused_components(nlp.pipe_names):
        nlp.disable_pipe(name)
    return nlp


def add_syntax(nlp: Language, lang: str) -> Language:
    """Add our parser to a shipped pipeline that has none: speaker and source phrases are
    read from its subjects and noun phrases (``cues.py``); rules remain the fallback."""
    path = shipped_syntax_path(lang)
    if path is None or "parser" in nlp.pipe_names:
        return nlp
    syntax = spacy.load(path)
    nlp.add_pipe("parser", source=syntax)
    return nlp


def load_base(lang: str, model: str | None = None, *, skip_unused: bool = False) -> Language:
    """``model``: None (shipped, else blank), ``"blank"``, ``"fast"`` (:func:`shipped_fast_path`),
    a package name or a folder path.

    ``skip_unused``: leave out of the shipped pipeline the components the reading does not use
    (:func:`unused_components`) instead of loading them: the reading is the same, and building
    and deserialising them is start-up time an ``analyze`` of one file pays for nothing."""
    spacy_lang = langdata.spacy_lang(lang)
    if model == "blank":
        return spacy.blank(spacy_lang)
    if model == FAST:
        fast = shipped_fast_path(lang)
        if fast is None:  # no trained pipeline ships for the language: rules and gazetteers
            return add_base_components(spacy.blank(spacy_lang), lang)
        return add_syntax(spacy.load(fast), lang)
    if model:
        try:
            return spacy.load(model)
        except OSError as exc:
            raise ModelError(
                f"cannot load spaCy pipeline {model!r}: not installed or not a pipeline folder"
            ) from exc
    path = shipped_model_path(lang)
    if path is not None:
        exclude: list[str] = []
        if skip_unused:
            names = spacy.util.load_config(path / "config.cfg")["nlp"]["pipeline"]
            exclude = unused_components(list(names))
        return add_syntax(spacy.load(path, exclude=exclude), lang)
    return add_base_components(spacy.blank(spacy_lang), lang)


def add_base_components(nlp: Language, lang: str) -> Language:
    """Add the models a language names in ``_meta.toml`` (``base_components``) in front of our
    components: Russian reads entities with natasha (``sourcetrace_natasha_ner``)."""
    from . import natasha_ner  # noqa: F401  (registers the factory)

    for name in langdata.load(lang)["_meta"].get("base_components", []):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp

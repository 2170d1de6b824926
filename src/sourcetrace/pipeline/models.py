"""Base pipelines: the trained pipelines we ship, a user's spaCy pipeline, or a blank one.

No model hub is reachable where sourcetrace runs, so the default is what ships inside the
package (``sourcetrace/models/CODE/``, trained by ``training/``); when it is absent the reading
components run on a blank tokenizer with rules and gazetteers.
"""

from __future__ import annotations

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


def load_base(lang: str, model: str | None = None) -> Language:
    """``model``: None (shipped, else blank), ``"blank"``, a package name or a folder path."""
    spacy_lang = langdata.spacy_lang(lang)
    if model == "blank":
        return spacy.blank(spacy_lang)
    if model:
        try:
            return spacy.load(model)
        except OSError as exc:
            raise ModelError(
                f"cannot load spaCy pipeline {model!r}: not installed or not a pipeline folder"
            ) from exc
    path = shipped_model_path(lang)
    if path is not None:
        return spacy.load(path)
    return spacy.blank(spacy_lang)

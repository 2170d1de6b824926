"""Per-language knowledge (cue verbs, patterns, hedges, medium words) loaded from data files.

Each language is a folder ``lang/data/CODE/`` of TOML files, one per concern (``layout.toml``,
``quotes.toml``, ``sourcing.toml``, ``figures.toml``, ``hedges.toml``, ``dates.toml``, ...).
A folder may hold ``_meta.toml`` with ``inherits = "nb"``: the parent's data is loaded first
and this language's files are merged over it (lists extend, tables merge). Adding a language
is adding a folder, not editing code. A language that inflects by endings names its
morphology in ``_meta.toml`` and lists lemmas under ``[lexemes]`` (see ``morph.py``).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED = ("nb", "nn", "en", "ru", "uk")


class UnsupportedLanguage(ValueError):
    pass


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = _merge(out[key], value)
        elif key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


def _read_folder(code: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    folder = resources.files("sourcetrace.lang") / "data" / code
    if not folder.is_dir():
        raise UnsupportedLanguage(code)
    meta: dict[str, Any] = {}
    files: dict[str, dict[str, Any]] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        if entry.name == "_meta.toml":
            meta = data
        else:
            files[entry.name[: -len(".toml")]] = data
    return meta, files


@cache
def load(code: str) -> dict[str, dict[str, Any]]:
    """All data of a language, as ``{concern: table}`` (e.g. ``load("nb")["quotes"]``)."""
    meta, files = _read_folder(code)
    parent = meta.get("inherits")
    merged: dict[str, dict[str, Any]] = {k: dict(v) for k, v in load(parent).items()} if parent else {}
    for concern, table in files.items():
        merged[concern] = _merge(merged.get(concern, {}), table)
    merged["_meta"] = {**(merged.get("_meta", {}) if parent else {}), **meta, "code": code}
    backend = merged["_meta"].get("morphology")
    if backend:
        # inflecting languages list lemmas; their forms are generated once, here (lang/morph.py)
        from .morph import expand_lexemes, for_language

        analyser = for_language(code, backend)
        merged = {k: expand_lexemes(v, analyser) if k != "_meta" else v for k, v in merged.items()}
    return merged


def concern(code: str, name: str) -> dict[str, Any]:
    """One concern of a language's data; empty when the language has none."""
    return load(code).get(name, {})


def spacy_lang(code: str) -> str:
    """The spaCy language class to tokenise ``code`` with."""
    return load(code)["_meta"].get("spacy_lang", code)

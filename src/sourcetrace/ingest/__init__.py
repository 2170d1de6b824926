"""Ingest: whatever users hold (text, HTML, Telegram exports, JSON Lines, folders, URLs) turned
into :class:`SourceDoc` records, the one input the analysis takes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .text import InputError, decode, normalise

__all__ = ["SourceDoc", "IngestFailure", "InputError", "decode", "normalise"]


@dataclass
class SourceDoc:
    """One document to read. ``text`` is the original text every span will refer to."""

    text: str
    origin: str
    language: str | None = None
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class IngestFailure:
    """A document that could not be read; ``origin`` names file and line or message id."""

    origin: str
    message: str

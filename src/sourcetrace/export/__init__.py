"""Exports: the corpus (or one document) in formats other tools read.

Formats live in a registry (:mod:`.registry`); each module in this package whose name does not
start with ``_`` registers one or more of them when imported, and all are imported here. So
``sourcetrace export``, ``GET /api/export`` and the reader's download links list whatever is
registered."""

from __future__ import annotations

import importlib
import pkgutil

from .claims import RatedClaim, claims_from_readings
from .registry import Exporter, ExportError, ExportInput, Rendered, formats, get_exporter, register
from .run import export_input, render_bytes, write_rendered

_HELPERS = {"registry", "claims", "run"}

for _module in pkgutil.iter_modules(__path__):
    if not _module.name.startswith("_") and _module.name not in _HELPERS:
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = [
    "ExportError",
    "ExportInput",
    "Exporter",
    "RatedClaim",
    "Rendered",
    "claims_from_readings",
    "export_input",
    "formats",
    "get_exporter",
    "register",
    "render_bytes",
    "write_rendered",
]

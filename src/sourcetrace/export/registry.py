"""The export registry: every format is one small module that registers an :class:`Exporter`
here (as Datasette registers output renderers), so the CLI, the API and the reader list and call
formats without knowing them. Adding a format is adding a module; nothing else changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model import Reading
from .claims import RatedClaim

#: one file's bytes, or several named files (a folder on disk, a zip over HTTP)
Rendered = bytes | dict[str, bytes]


class ExportError(Exception):
    """An export that cannot be made: unknown format, missing optional library, nothing to export."""


@dataclass(frozen=True)
class ExportInput:
    """What an exporter reads: the stored readings and the claims a user has rated."""

    readings: list[Reading]
    rated_claims: list[RatedClaim] = field(default_factory=list)
    #: rows of the cross-document tables (claims in clusters, conflicting figures), when the
    #: store has linked claims: see :func:`sourcetrace.export.run.claim_tables`
    claim_rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Exporter:
    """One export format.

    ``several_files`` formats render a mapping of file names to bytes (written as a folder);
    the others render one file. ``suffix`` names the file a download or a folder path gets."""

    name: str
    description: str
    media_type: str
    suffix: str
    render: Callable[[ExportInput], Rendered]
    several_files: bool = False


_EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Add a format; a second format under the same name is a programming error."""
    if exporter.name in _EXPORTERS:
        raise ValueError(f"export format {exporter.name!r} is registered twice")
    _EXPORTERS[exporter.name] = exporter
    return exporter


def formats() -> list[Exporter]:
    """Every registered format, by name."""
    return [_EXPORTERS[name] for name in sorted(_EXPORTERS)]


def get_exporter(name: str) -> Exporter:
    """The format called ``name``; :class:`ExportError` listing the known ones otherwise."""
    exporter = _EXPORTERS.get(name.strip().lower())
    if exporter is None:
        known = ", ".join(sorted(_EXPORTERS))
        raise ExportError(f"unknown export format {name!r}; choose one of: {known}")
    return exporter

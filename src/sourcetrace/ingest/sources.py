"""Turn the paths users give into documents: files, stdin (and, as they are added, folders,
HTML, Telegram exports, JSON Lines and URLs)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from . import IngestFailure, InputError, SourceDoc
from .text import decode


def read_text_file(path: Path) -> SourceDoc:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return SourceDoc(text=decode(data, str(path)), origin=str(path))


def iter_sources(
    paths: list[str], allow_private: bool = False, progress: bool = False
) -> Iterator[SourceDoc | IngestFailure]:
    """Every document named by ``paths``; unreadable ones come as :class:`IngestFailure`."""
    for raw in paths:
        try:
            if raw == "-":
                yield SourceDoc(text=decode(sys.stdin.buffer.read(), "stdin"), origin="stdin")
            else:
                yield read_text_file(Path(raw))
        except InputError as exc:
            message = str(exc)
            prefix = f"{raw}: "
            yield IngestFailure(origin=raw, message=message[len(prefix):] if message.startswith(prefix) else message)

"""Turn what users name (files, folders, ``-`` for stdin, URLs) into documents, lazily.

The kind of input is told by extension and, where that says nothing (stdin, unknown
extensions, ``.json``), by sniffing the content. Containers (Telegram exports, JSON Lines, JSON
lists, folders) are streamed, so thousands of documents pass through in constant memory. Nothing
here raises for bad input: a document that cannot be read comes out as an
:class:`IngestFailure` naming ``file``, ``file:line`` or ``file#message-id``, and the rest go on.
"""

from __future__ import annotations

import io
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import ijson

from . import IngestFailure, InputError, SourceDoc
from .html import looks_like_html, read_html
from .jsonstream import TooDeep, loads
from .records import iter_json_array, iter_jsonl, record_doc
from .telegram import NotAnExport, UnsupportedExport, iter_export, read_header
from .text import decode

MAX_BYTES = 5_000_000  # one document; containers may be larger, each document in them may not
TEXT_EXT = {".txt", ".md", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
FOLDER_EXT = TEXT_EXT | HTML_EXT | JSONL_EXT | JSON_EXT
# sub-folders of a Telegram export that hold its media, not documents
_EXPORT_MEDIA = {
    "photos",
    "video_files",
    "files",
    "voice_messages",
    "round_video_messages",
    "stickers",
    "contacts",
    "animations",
    "audio_files",
    "css",
    "js",
    "images",
}

Item = SourceDoc | IngestFailure


def _failure(origin: str, exc: Exception) -> IngestFailure:
    message = str(exc)
    prefix = f"{origin}: "
    return IngestFailure(origin=origin, message=message.removeprefix(prefix))


def read_text_file(path: Path) -> SourceDoc:
    """A plain-text file (kept for callers that read one file)."""
    return SourceDoc(text=decode(_read_bytes(path, None), str(path)), origin=str(path))


def _read_bytes(path: Path, max_bytes: int | None) -> bytes:
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(f"{path}: too large: {path.stat().st_size} bytes (limit {max_bytes})")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _json_doc(f: IO[bytes], origin: str, max_bytes: int, username: str | None) -> Iterator[Item]:
    """A ``.json`` input: a Telegram export, a list of records, or one record."""
    start = 3 if f.read(3) == b"\xef\xbb\xbf" else 0  # a UTF-8 BOM, which ijson refuses
    f.seek(start)
    head = f.read(64).lstrip()
    f.seek(start)
    if head.startswith(b"["):
        yield from iter_json_array(f, origin, max_bytes)
        return
    try:
        header = read_header(f)
    except UnsupportedExport as exc:
        yield IngestFailure(origin=origin, message=str(exc))
        return
    except NotAnExport:
        header = None
    except ijson.JSONError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "parse error"
        yield IngestFailure(origin=origin, message=f"malformed JSON: {first}")
        return
    f.seek(start)
    if header is not None:
        yield from iter_export(f, origin, header, username=username, max_bytes=max_bytes)
        return
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield IngestFailure(
            origin=origin,
            message=f"too large: more than {max_bytes} bytes and not a Telegram export",
        )
        return
    try:
        obj = loads(data.decode("utf-8-sig"))
        if isinstance(obj, TooDeep):
            yield IngestFailure(origin=origin, message=obj.message)
            return
        yield record_doc(obj, origin, max_bytes)
    except UnicodeDecodeError:
        yield IngestFailure(origin=origin, message="not UTF-8 JSON")
    except json.JSONDecodeError as exc:
        yield IngestFailure(
            origin=origin, message=f"malformed JSON: {exc.msg} at line {exc.lineno}"
        )
    except InputError as exc:
        yield IngestFailure(origin=origin, message=f"not a Telegram export nor a document: {exc}")


def _sniffed(f: IO[bytes], origin: str, max_bytes: int, username: str | None) -> Iterator[Item]:
    """Input whose kind only its content tells (stdin, unknown extensions): JSON Lines are
    streamed, JSON goes to :func:`_json_doc`, the rest is an HTML page or text."""
    first = f.readline()
    while first and not first.strip():
        first = f.readline()
    if _is_json_object(first):
        second = f.readline()
        if second:
            yield from iter_jsonl(itertools.chain([first, second], f), origin, max_bytes)
        else:  # one JSON object on one line: a record, or a minified export
            yield from _json_doc(io.BytesIO(first), origin, max_bytes, username)
        return
    if first.lstrip().removeprefix(b"\xef\xbb\xbf").startswith((b"{", b"[")):
        if f.seekable():
            f.seek(0)
            yield from _json_doc(f, origin, max_bytes, username)
        else:
            yield from _json_doc(io.BytesIO(first + f.read()), origin, max_bytes, username)
        return
    data = first + f.read(max_bytes + 1 - len(first))
    if len(data) > max_bytes:
        yield IngestFailure(origin=origin, message=f"too large: more than {max_bytes} bytes")
        return
    try:
        if looks_like_html(data):
            yield read_html(decode(data, origin), origin)
        else:
            yield SourceDoc(text=decode(data, origin), origin=origin, meta={"format": "text"})
    except InputError as exc:
        yield _failure(origin, exc)


def _is_json_object(line: bytes) -> bool:
    """A line holding one JSON object (one nested too deep counts: it fails on its own later)."""
    line = line.removeprefix(b"\xef\xbb\xbf")
    try:
        value = loads(line)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(value, dict) or (isinstance(value, TooDeep) and line.lstrip().startswith(b"{"))


def read_file(
    path: Path, max_bytes: int = MAX_BYTES, username: str | None = None
) -> Iterator[Item]:
    """The documents in one file, by its extension (sniffed when it says nothing)."""
    origin = str(path)
    ext = path.suffix.lower()
    try:
        if ext in JSONL_EXT:
            with path.open("rb") as f:
                yield from iter_jsonl(f, origin, max_bytes)
        elif ext in JSON_EXT:
            with path.open("rb") as f:
                yield from _json_doc(f, origin, max_bytes, username)
        elif ext in HTML_EXT:
            yield read_html(decode(_read_bytes(path, max_bytes), origin), origin)
        elif ext in TEXT_EXT:
            doc = SourceDoc(
                text=decode(_read_bytes(path, max_bytes), origin),
                origin=origin,
                meta={"format": "text"},
            )
            yield doc
        else:
            with path.open("rb") as f:
                yield from _sniffed(f, origin, max_bytes, username)
    except InputError as exc:
        yield _failure(origin, exc)
    except FileNotFoundError:
        yield IngestFailure(origin=origin, message="no such file")
    except IsADirectoryError:
        yield IngestFailure(origin=origin, message="is a folder")
    except OSError as exc:
        yield IngestFailure(origin=origin, message=f"cannot read: {exc.strerror or exc}")


def walk(folder: Path) -> Iterator[Path]:
    """Readable files under ``folder``, recursively, in name order; hidden entries skipped.
    A Telegram export folder is read through its ``result.json``, not its media folders."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    is_export = (folder / "result.json").is_file()
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if is_export and entry.name in _EXPORT_MEDIA:
                continue
            yield from walk(entry)
        elif entry.is_file() and entry.suffix.lower() in FOLDER_EXT:
            if is_export and entry.name != "result.json" and entry.suffix.lower() in HTML_EXT:
                continue  # an export in both formats: its messages*.html repeat result.json
            yield entry


def _stdin(max_bytes: int, username: str | None) -> Iterator[Item]:
    yield from _sniffed(sys.stdin.buffer, "stdin", max_bytes, username)


def iter_sources(
    paths: Iterable[str],
    allow_private: bool = False,
    progress: Callable[[str], None] | None = None,
    max_bytes: int = MAX_BYTES,
    telegram_username: str | None = None,
) -> Iterator[Item]:
    """Every document named by ``paths``; unreadable ones come as :class:`IngestFailure`.

    ``progress``, if given, is told the name of each input (file, URL, stdin) as it starts.
    """
    for raw in paths:
        if raw == "-":
            if progress:
                progress("stdin")
            yield from _stdin(max_bytes, telegram_username)
        elif raw.lower().startswith(("http://", "https://")):
            if progress:
                progress(raw)
            from .web import fetch

            try:
                yield fetch(raw, allow_private=allow_private, max_bytes=max_bytes)
            except InputError as exc:
                yield _failure(raw, exc)
        else:
            path = Path(raw)
            if path.is_dir():
                for file in walk(path):
                    if progress:
                        progress(str(file))
                    yield from read_file(file, max_bytes, telegram_username)
            elif not path.exists():
                yield IngestFailure(origin=raw, message="no such file or folder")
            else:
                if progress:
                    progress(raw)
                yield from read_file(path, max_bytes, telegram_username)

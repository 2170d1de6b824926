"""JSON Lines corpora (one document a line) and JSON files holding one document or a list.

A record is an object with ``text`` or ``html`` and, optionally, ``url``, ``published``,
``source``, ``language``, ``id``, ``title`` and ``author``; common other names for them
(:data:`KEY_ALIASES`: ``outlet``, ``body``, ``content``, ``date``, ``published_at``, ``link``, ...)
are read as these, and keys that are not used are named once per file in a warning (and kept in
``meta.extra``). A bad line fails that line only, and its failure names ``file:line``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import IO, Any

import ijson

from . import IngestFailure, InputError, SourceDoc
from .html import parse_date, read_html
from .jsonstream import TooDeep, bad_text, bounded_items, loads, safe_stream

_FIELDS = ("text", "html", "url", "published", "source", "language", "id", "title", "author")
#: other names exports and scrapers give the fields; the field's own name wins when both are set
KEY_ALIASES = {
    "outlet": "source",
    "publisher": "source",
    "site": "source",
    "site_name": "source",
    "channel": "source",
    "body": "text",
    "content": "text",
    "article": "text",
    "body_text": "text",
    "body_html": "html",
    "content_html": "html",
    "raw_html": "html",
    "date": "published",
    "published_at": "published",
    "publish_date": "published",
    "published_date": "published",
    "date_published": "published",
    "datePublished": "published",
    "pubdate": "published",
    "link": "url",
    "href": "url",
    "canonical_url": "url",
    "headline": "title",
    "byline": "author",
    "lang": "language",
}
log = logging.getLogger("sourcetrace.ingest")


def canonical_keys(obj: dict[str, Any]) -> dict[str, Any]:
    """The record with aliased keys renamed to the fields they stand for (a field given under
    its own name is kept, and its alias left as an unused key)."""
    out = dict(obj)
    for alias, field in KEY_ALIASES.items():
        if alias in obj and field not in out:
            out[field] = out.pop(alias)
    return out


def unused_keys(obj: Any) -> list[str]:
    """The keys of a record that no field reads, even under an alias."""
    if not isinstance(obj, dict):
        return []
    return [key for key in canonical_keys(obj) if key not in _FIELDS]


def _warn_unused(obj: Any, origin: str, warned: set[str]) -> None:
    """Warn once per file about each key that is not used, with the names that are."""
    new = [key for key in unused_keys(obj) if key not in warned]
    if new:
        warned.update(new)
        log.warning(
            "%s: key%s not used: %s (read: %s, or aliases such as outlet, body, date, link)",
            origin,
            "s" if len(new) > 1 else "",
            ", ".join(new),
            ", ".join(_FIELDS),
        )


def record_doc(obj: Any, origin: str, max_bytes: int | None = None) -> SourceDoc:
    """One record as a document; :class:`InputError` (message without ``origin``) if bad."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}")
    bad = bad_text(obj)
    if bad is not None:
        raise InputError(f"holds {bad}")
    obj = canonical_keys(obj)
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        raise InputError("no 'text' or 'html' field")
    body = text if text is not None else html
    if not isinstance(body, str):
        raise InputError(f"'{'text' if text is not None else 'html'}' is not a string")
    if max_bytes is not None and len(body) > max_bytes // 4 and len(body.encode()) > max_bytes:
        raise InputError(f"too large: {len(body.encode())} bytes (limit {max_bytes})")
    published = None
    if obj.get("published") not in (None, ""):
        published = parse_date(obj["published"])
        if published is None:
            raise InputError(f"published: not a date: {str(obj['published'])[:40]!r}")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    if text is not None:
        if not text.strip():
            raise InputError("empty text")
        doc = SourceDoc(text=text, origin=origin, url=url, meta={"format": "jsonl"})
    else:
        try:
            doc = read_html(html, origin, url=url)
        except InputError as exc:
            raise InputError(str(exc).removeprefix(f"{origin}: ")) from None
        doc.meta["format"] = "jsonl+html"
    if published is not None:
        doc.published = published
    for key in ("source", "title", "author"):
        if isinstance(obj.get(key), str):
            setattr(doc, key, obj[key])
    if isinstance(obj.get("language"), str) and obj["language"].strip():
        doc.language = obj["language"].strip().lower()
    if obj.get("id") is not None:
        doc.meta["id"] = obj["id"]
    extra = {k: v for k, v in obj.items() if k not in _FIELDS}
    if extra:
        doc.meta.setdefault("extra", extra)
    return doc


def iter_jsonl(
    lines: Iterable[bytes], origin: str, max_bytes: int | None = None
) -> Iterator[SourceDoc | IngestFailure]:
    """Every record of a JSON Lines stream; blank lines are skipped."""
    warned: set[str] = set()
    for n, raw in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if not raw.strip():
            continue
        if max_bytes is not None and len(raw) > max_bytes:
            yield IngestFailure(
                origin=where, message=f"too large: {len(raw)} bytes (limit {max_bytes})"
            )
            continue
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield IngestFailure(origin=where, message=f"not UTF-8: byte {exc.start}")
            continue
        try:
            obj = loads(line)
        except json.JSONDecodeError as exc:
            yield IngestFailure(
                origin=where, message=f"malformed JSON: {exc.msg} at column {exc.colno}"
            )
            continue
        if isinstance(obj, TooDeep):
            yield IngestFailure(origin=where, message=obj.message)
            continue
        _warn_unused(obj, origin, warned)
        try:
            yield record_doc(obj, where, max_bytes)
        except InputError as exc:
            yield IngestFailure(origin=where, message=str(exc))


def iter_json_array(
    f: IO[bytes], origin: str, max_bytes: int | None = None
) -> Iterator[SourceDoc | IngestFailure]:
    """A JSON file holding a list of records, streamed; failures name ``file#index``."""
    n = -1
    warned: set[str] = set()
    try:
        for n, obj in enumerate(bounded_items(safe_stream(f), "item")):
            where = f"{origin}#{n}"
            if isinstance(obj, TooDeep):
                yield IngestFailure(origin=where, message=obj.message)
                continue
            _warn_unused(obj, origin, warned)
            try:
                yield record_doc(obj, where, max_bytes)
            except InputError as exc:
                yield IngestFailure(origin=where, message=str(exc))
    except ijson.JSONError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "parse error"
        yield IngestFailure(origin=origin, message=f"malformed JSON after item {n}: {first}")

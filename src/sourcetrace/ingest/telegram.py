"""Telegram Desktop exports ("Export chat history", JSON format: ``result.json``).

The export is one JSON object: the chat's ``name``, ``type`` and ``id``, then ``messages``, a list
that can hold hundreds of thousands of posts. It is read with ijson, one message at a time, so
memory does not grow with the export. Every ordinary message with text is a document; service
messages (channel created, pinned, ...) and media without a caption are not.

What the format gives, and what it does not: the channel's public @username is NOT in the export,
so a public ``https://t.me/<username>/<id>`` link can only be made when the caller knows the
username (``username=``, or a non-standard top-level ``username`` key some tools add). Otherwise
channels and supergroups get ``https://t.me/c/<id>/<msg>``, the link form Telegram itself uses for
a message, which opens for members of the chat (``meta["link_kind"] = "members"``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import IO, Any

import ijson

from . import IngestFailure, SourceDoc
from .jsonstream import TooDeep, bad_text, bounded_items, safe_stream

# media_type (and the photo key) -> the medium a quote in the post was given through
_MEDIUM = {
    "video_file": "video on Telegram",
    "video_message": "video on Telegram",
    "animation": "video on Telegram",
    "voice_message": "voice message on Telegram",
    "audio_file": "audio on Telegram",
    "photo": "photo on Telegram",
}
_POST = "Telegram post"
#: media a quote in the post's text was most likely spoken in
SPEECH_MEDIA = frozenset(v for v in _MEDIUM.values() if not v.startswith("photo"))
_LINKABLE = {"public_channel", "private_channel", "public_supergroup", "private_supergroup"}


class NotAnExport(ValueError):
    """The JSON is not a Telegram chat export."""


class UnsupportedExport(NotAnExport):
    """A Telegram export of a kind that is not read (the whole account's)."""


def read_header(f: IO[bytes]) -> dict[str, Any]:
    """The export's top-level scalars (``name``, ``type``, ``id``, ...) and whether it has
    ``messages``; reads on past ``messages`` only if a header key comes after it.

    Uses ijson's basic events with a depth count (its prefixed events cost O(depth) each, which
    a hostile export nested 30,000 deep turns into minutes)."""
    header: dict[str, Any] = {}
    has_messages = False
    depth = 0
    key: str | None = None
    for event, value in ijson.basic_parse(safe_stream(f), use_float=True):
        if depth == 0 and event != "start_map":
            raise NotAnExport("not a JSON object")
        if event == "map_key" and depth == 1:
            key = value
        elif event in ("start_map", "start_array"):
            if depth == 1 and key == "messages" and event == "start_array":
                has_messages = True
                if "name" in header and "id" in header:
                    break
            elif depth == 1 and key == "chats" and event == "start_map":
                raise UnsupportedExport("a full account export; export one channel's history instead")
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
        elif depth == 1 and key in ("name", "type", "id", "username") and event in ("string", "number"):
            header[key] = value
    if not has_messages:
        raise NotAnExport("no 'messages' list")
    return header


def flatten_text(text: Any) -> str:
    """The plain text of a message: ``text`` is a string or a list of strings and entity objects
    (``{"type": "bold", "text": "..."}``), whose texts are joined in order."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        parts: list[str] = []
        for part in text:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def _links(text: Any) -> list[str]:
    """Link targets of a message's entities (``text_link`` href, ``link`` text)."""
    out: list[str] = []
    if isinstance(text, list):
        for part in text:
            if not isinstance(part, dict):
                continue
            if part.get("type") == "text_link" and part.get("href"):
                out.append(str(part["href"]))
            elif part.get("type") == "link" and part.get("text"):
                out.append(str(part["text"]))
    return out


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _author(msg: dict[str, Any], channel: Any) -> str | None:
    """A channel post's signature, or the sender in a group (in a channel ``from`` is the
    channel itself, which is the source, not the author)."""
    for key in ("author", "from"):
        value = msg.get(key)
        if isinstance(value, str) and value.strip() and value != channel:
            return value
    return None


def medium_of(msg: dict[str, Any]) -> tuple[str | None, str]:
    """``(media_type, medium)``: photos carry a ``photo`` key rather than a media_type."""
    media_type = msg.get("media_type")
    if media_type is None and "photo" in msg:
        media_type = "photo"
    return media_type, _MEDIUM.get(str(media_type), _POST) if media_type else _POST


def message_doc(
    msg: dict[str, Any], header: dict[str, Any], origin: str, username: str | None = None
) -> SourceDoc | None:
    """One message as a document, or None when it is not one (service, no text)."""
    if msg.get("type", "message") != "message":
        return None
    raw = msg.get("text")
    text = flatten_text(raw)
    if not text.strip():
        return None
    msg_id = msg.get("id")
    chat_id = header.get("id")
    channel = header.get("name")
    username = username or header.get("username")
    media_type, medium = medium_of(msg)
    meta: dict[str, Any] = {
        "format": "telegram",
        "channel": channel,
        "channel_id": chat_id,
        "chat_type": header.get("type"),
        "message_id": msg_id,
        "medium": medium,
    }
    link = None
    if username and msg_id is not None:
        link = f"https://t.me/{str(username).lstrip('@')}/{msg_id}"
        meta["link_kind"] = "public"
    elif header.get("type") in _LINKABLE and chat_id is not None and msg_id is not None:
        link = f"https://t.me/c/{chat_id}/{msg_id}"
        meta["link_kind"] = "members"
    if link:
        meta["link"] = link
    for key in (
        "forwarded_from",
        "forwarded_from_id",
        "saved_from",
        "reply_to_message_id",
        "edited",
        "via_bot",
        "from",
        "from_id",
    ):
        if msg.get(key) is not None:
            meta[key] = msg[key]
    if media_type:
        meta["media_type"] = media_type
    for key in ("duration_seconds", "mime_type"):
        if msg.get(key) is not None:
            meta[key] = msg[key]
    links = _links(raw)
    if links:
        meta["links"] = links
    return SourceDoc(
        text=text,
        origin=f"{origin}#{msg_id}",
        published=_date(msg.get("date")),
        source=channel if isinstance(channel, str) else None,
        author=_author(msg, channel),
        url=link if meta.get("link_kind") == "public" else None,
        meta=meta,
    )


def iter_export(
    f: IO[bytes],
    origin: str,
    header: dict[str, Any],
    username: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[SourceDoc | IngestFailure]:
    """Every message document of the export ``f`` (positioned at its start), streamed."""
    last_id: Any = None
    bad = bad_text(header)
    if bad is not None:
        yield IngestFailure(origin=origin, message=f"the export's header holds {bad}")
        return
    try:
        for msg in bounded_items(safe_stream(f), "messages.item"):
            if isinstance(msg, TooDeep):
                after = f"the message after #{last_id}" if last_id is not None else "the first message"
                yield IngestFailure(origin=f"{origin}#?", message=f"{after}: {msg.message}")
                continue
            if not isinstance(msg, dict):
                yield IngestFailure(
                    origin=f"{origin}#?",
                    message=f"a message that is not an object after #{last_id}",
                )
                continue
            last_id = msg.get("id", last_id)
            bad = bad_text(msg)
            if bad is not None:
                yield IngestFailure(origin=f"{origin}#{msg.get('id')}", message=f"holds {bad}")
                continue
            try:
                doc = message_doc(msg, header, origin, username)
            except (TypeError, ValueError, AttributeError) as exc:  # odd shapes: that message only
                yield IngestFailure(
                    origin=f"{origin}#{msg.get('id')}", message=f"unreadable message: {exc}"
                )
                continue
            if doc is None:
                continue
            size = len(doc.text.encode()) if max_bytes is not None else 0
            if max_bytes is not None and size > max_bytes:
                yield IngestFailure(
                    origin=doc.origin, message=f"too large: {size} bytes (limit {max_bytes})"
                )
                continue
            yield doc
    except ijson.JSONError as exc:
        where = f"after message #{last_id}" if last_id is not None else "before the first message"
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else "parse error"
        yield IngestFailure(
            origin=origin,
            message=f"malformed JSON {where}: {first_line}; the rest of the file is skipped",
        )

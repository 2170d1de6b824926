"""JSON read safely: nesting depth bounded while streaming, and text that cannot be text flagged.

Why this exists: ``json.loads`` recurses once per level (a line of 1,000 ``[`` raises
``RecursionError``), and ``ijson.items`` builds whatever nesting it is given (a 60 KB message nested
30,000 deep took 2 GB). Both are replaced here by readers that stop building a value as soon as it
is deeper than :data:`MAX_DEPTH` and report it as :class:`TooDeep`, so the caller fails that one
document and reads on.

Text that is not text: yajl (ijson's C backend) raises ``UnicodeDecodeError`` on bytes that are not
UTF-8 (and the whole stream ends there), and silently turns a lone surrogate escape (``"\\ud800"``)
into ``?``. :class:`SafeUTF8` sits between the file and ijson and turns both into Unicode
noncharacters reserved for internal use (U+FDD0 for bytes that are not UTF-8, U+FDD1 for a lone
surrogate escape); :func:`bad_text` finds them (and real lone surrogates from ``json.loads``) so
the document that holds them fails with a message saying where, and the stream goes on.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import ijson
from ijson.common import ObjectBuilder

#: Deepest nesting a document may have (a Telegram message is about 4 deep, a record 2-3).
MAX_DEPTH = 64

BAD_BYTES = "\ufdd0"
LONE_SURROGATE = "\ufdd1"
_ERRORS = "sourcetrace-json-bad-bytes"
codecs.register_error(_ERRORS, lambda exc: (BAD_BYTES, exc.end))  # type: ignore[arg-type]

# a backslash pair first (so parity is kept), then a valid surrogate pair, then a lone surrogate
_ESCAPES = re.compile(
    r"(\\\\)|(\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2})|(\\u[dD][89a-fA-F][0-9a-fA-F]{2})"
)
_BAD_CHAR = re.compile("[\ud800-\udfff\ufdd0\ufdd1]")


@dataclass(frozen=True)
class TooDeep:
    """A value nested deeper than the limit; it was skipped, not built."""

    limit: int

    @property
    def message(self) -> str:
        return f"nested too deep: more than {self.limit} levels of lists or objects"


class SafeUTF8(io.RawIOBase):
    """A binary stream that yields the UTF-8 of ``raw`` with bytes that are not UTF-8 and lone
    surrogate escapes replaced by the markers above (see the module docstring)."""

    _HOLD = 12  # the longest escape we rewrite, kept back until the next chunk decides it

    def __init__(self, raw: IO[bytes], chunk: int = 1 << 16):
        super().__init__()
        self._raw = raw
        self._chunk = chunk
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors=_ERRORS)
        self._carry = ""
        self._out = b""
        self._eof = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        while not self._out and not self._eof:
            data = self._raw.read(self._chunk)
            final = not data
            text = self._carry + self._decoder.decode(data, final=final)
            if final:
                self._eof = True
                cut = len(text)
            else:
                cut = max(0, len(text) - self._HOLD)
                while cut > 0 and text[cut - 1] == "\\":
                    cut -= 1
            parts: list[str] = []
            done = 0
            for match in _ESCAPES.finditer(text):
                if match.start() >= cut:
                    break
                if match.group(3):
                    parts.append(text[done : match.start()])
                    parts.append(LONE_SURROGATE)
                    done = match.end()
                cut = max(cut, match.end())
            parts.append(text[done:cut])
            self._carry = text[cut:]
            self._out = "".join(parts).encode("utf-8")

    def readinto(self, buffer: Any) -> int:
        self._fill()
        size = min(len(buffer), len(self._out))
        buffer[:size] = self._out[:size]
        self._out = self._out[size:]
        return size


def safe_stream(raw: IO[bytes]) -> IO[bytes]:
    """``raw`` wrapped in :class:`SafeUTF8` and buffered, ready for ijson."""
    return io.BufferedReader(SafeUTF8(raw))


def bad_text(value: Any, max_depth: int = MAX_DEPTH) -> str | None:
    """Why ``value`` (a string, or lists and dicts of them) cannot be stored as text, or None.

    Names the first offending character: a lone surrogate (``json.loads`` of ``"\\ud800"``), or
    a marker :class:`SafeUTF8` left for bytes that are not UTF-8 or a lone surrogate escape."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, where, depth = stack.pop()
        if isinstance(item, str):
            match = _BAD_CHAR.search(item)
            if match is None:
                continue
            at = f"{where + ' ' if where else ''}at character {match.start()}"
            if match.group() == BAD_BYTES:
                return f"bytes that are not UTF-8 ({at})"
            return f"a lone surrogate, which is not text ({at})"
        if depth >= max_depth:
            continue
        if isinstance(item, dict):
            for key, sub in reversed(list(item.items())):
                stack.append((key, "a key", depth + 1))
                stack.append((sub, where or f"'{key}'", depth + 1))
        elif isinstance(item, list):
            stack.extend((sub, where, depth + 1) for sub in reversed(item))
    return None


def bounded_items(
    stream: IO[bytes], prefix: str, max_depth: int = MAX_DEPTH
) -> Iterator[Any | TooDeep]:
    """Like ``ijson.items(stream, prefix)``, but an item nested deeper than ``max_depth`` comes
    out as :class:`TooDeep` (skipped, never built) and the items after it are still read.

    Built on ijson's basic events: ``ijson.parse`` spells out every event's full prefix, which
    for a value nested n deep costs O(n) per event, O(n²) in all (30,000 levels: 20 s, 2.5 GB).
    ``stream`` should come from :func:`safe_stream`; ijson errors propagate."""
    target = prefix.split(".") if prefix else []
    # per open container outside an item: the path component of its children (a map's current
    # key, an array's "item"), so a value is at ``prefix`` when these equal ``target``
    children: list[str | None] = []
    builder: ObjectBuilder | None = None
    depth = 0
    skipping = False
    for event, value in ijson.basic_parse(stream, use_float=True):
        if builder is None and not skipping:
            if event == "map_key":
                children[-1] = value
                continue
            if event in ("end_map", "end_array"):
                children.pop()
                continue
            at_target = len(children) == len(target) and children == target
            if event in ("start_map", "start_array"):
                if not at_target:
                    children.append(None if event == "start_map" else "item")
                    continue
                builder = ObjectBuilder()
                builder.event(event, value)
                depth = 1
                if depth > max_depth:
                    builder, skipping = None, True
            elif at_target:
                yield value
            continue
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > max_depth and not skipping:
                builder, skipping = None, True
        elif event in ("end_map", "end_array"):
            depth -= 1
        if builder is not None:
            builder.event(event, value)
        if depth == 0:
            if skipping:
                yield TooDeep(max_depth)
                skipping = False
            elif builder is not None:
                yield builder.value
            builder = None


def loads(data: str | bytes, max_depth: int = MAX_DEPTH) -> Any | TooDeep:
    """``json.loads`` with nesting bounded: :class:`TooDeep` for a value deeper than
    ``max_depth``; malformed JSON raises ``json.JSONDecodeError`` as ``json.loads`` would.

    The depth is measured first with ijson's events (C, no values built), so the stdlib decoder
    only ever sees bounded input and keeps its familiar error messages."""
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    depth = 0
    measured = True
    try:
        for event in ijson.basic_parse(io.BytesIO(raw)):
            kind = event[0]
            if kind in ("start_map", "start_array"):
                depth += 1
                if depth > max_depth:
                    return TooDeep(max_depth)
            elif kind in ("end_map", "end_array"):
                depth -= 1
    except (ijson.JSONError, UnicodeDecodeError):
        measured = False  # malformed up to here: json.loads below says so in its own words
    try:
        value = json.loads(data)
    except RecursionError:
        return TooDeep(max_depth)
    if not measured and _depth(value) > max_depth:  # ijson stopped early at NaN, which json takes
        return TooDeep(max_depth)
    return value


def _depth(value: Any) -> int:
    """Nesting depth of a built value, without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            stack.extend((sub, depth + 1) for sub in (item.values() if isinstance(item, dict) else item))
    return deepest

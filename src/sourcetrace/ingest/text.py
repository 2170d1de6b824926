"""Plain-text ingest: bytes to text, and normalisation that remembers where each character was.

The pipeline reads the *normalised* text (NFC, ``\\r\\n`` folded, odd spaces made plain, zero-width
characters dropped); every span it reports is mapped back through :class:`NormalisedText` to the
ORIGINAL text, which is what users highlight.
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass

from charset_normalizer import from_bytes


class InputError(ValueError):
    """Bad input: the message names what is wrong and is shown to the user as it is."""


_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_SPACE = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u2002", "\u2003", "\u3000", "\t"}


def decode(data: bytes, name: str = "input") -> str:
    """Decode bytes as UTF-8 (with or without BOM), else as the charset detected."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: binary input, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError(f"{name}: cannot decode: not text in a known encoding") from None
        text = str(best)
    if _looks_binary(text):
        raise InputError(f"{name}: binary input, not text")
    if not text.strip():
        raise InputError(f"{name}: empty input")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return control > max(2, len(sample) // 100)


@dataclass(frozen=True)
class NormalisedText:
    original: str
    text: str
    # offsets[i] = index in ``original`` of normalised character i; offsets[len(text)] = len(original)
    offsets: array

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised half-open range to the original text."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + self._width(end - 1)

    def _width(self, i: int) -> int:
        # how many original characters normalised character i came from
        return max(1, self.offsets[i + 1] - self.offsets[i]) if i + 1 < len(self.offsets) else 1


def normalise(original: str) -> NormalisedText:
    """NFC, newlines folded to ``\\n``, unusual spaces to `` ``, zero-width characters dropped."""
    out: list[str] = []
    offsets = array("i")
    i = 0
    n = len(original)
    while i < n:
        c = original[i]
        if c == "\r":
            out.append("\n")
            offsets.append(i)
            i += 2 if i + 1 < n and original[i + 1] == "\n" else 1
            continue
        if c in _DROP:
            i += 1
            continue
        if c in _SPACE:
            c = " "
        elif c in "\u2028\u2029\f\v":
            c = "\n"
        # compose a base character with following combining marks (NFC keeps offsets exact)
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", original[i:j]) if j > i + 1 else c
        for ch in chunk:
            out.append(ch)
            offsets.append(i)
        i = j
    offsets.append(n)
    return NormalisedText(original=original, text="".join(out), offsets=offsets)

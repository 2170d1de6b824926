"""Plain-text ingest: bytes to text, and normalisation that remembers where each character was.

The pipeline reads the *normalised* text (NFC, ``\\r\\n`` folded, odd spaces made plain, zero-width
characters dropped); every span it reports is mapped back through :class:`NormalisedText` to the
ORIGINAL text, which is what users highlight.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass


class InputError(ValueError):
    """Bad input: the message names what is wrong and is shown to the user as it is."""


_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_SPACE = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u2002", "\u2003", "\u3000", "\t"}


#: Legacy encodings the supported languages (Norwegian, English, Russian, Ukrainian) are found in.
#: Detection is limited to these so that Norwegian cp1252 is not taken for Central European cp1250.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "cp1251", "koi8_r", "koi8_u", "utf_16", "mac_cyrillic")


def decode(data: bytes, name: str = "input") -> str:
    """Decode bytes as UTF-8 (with or without BOM), else as the charset detected."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: binary input, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # imported here: only text that is not UTF-8 needs it, and start-up should not pay for it
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
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
    # normalised character i came from original[offsets[i]:ends[i]];
    # offsets[len(text)] = len(original)
    offsets: array
    ends: array

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised half-open range to the original text."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.ends[end - 1]


#: characters whose normalisation moves later offsets (a folded CR LF, a dropped character)
_SHIFTING = frozenset({"\r", *_DROP})
#: two or more spaces inside a line, after a non-space: folded to one (web text pads words)
_SPACE_RUN = re.compile(r"[^\s][ \u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t]{2,}")
#: characters replaced one for one: the fast path translates them in a single pass
_ONE_FOR_ONE = str.maketrans({**dict.fromkeys(_SPACE, " "), **dict.fromkeys("\u2028\u2029\f\v", "\n")})


_ONE_FOR_ONE_CHARS = frozenset(chr(code) for code in _ONE_FOR_ONE)
#: ``array("i", range(n))`` for the longest text seen so far, sliced for shorter ones: a slice is
#: one copy of memory, building from ``range`` one Python integer per character
_IDENTITY = array("i")


#: the longest identity kept between texts (4 bytes a character); a longer text builds its own
_IDENTITY_KEPT = 1 << 20


def _identity(n: int) -> array:
    """A new ``array("i", range(n))``."""
    global _IDENTITY
    if n > _IDENTITY_KEPT:
        return array("i", range(n))
    if len(_IDENTITY) < n:
        _IDENTITY = array("i", range(min(_IDENTITY_KEPT, max(n, 2 * len(_IDENTITY)))))
    return _IDENTITY[:n]


def normalise(original: str) -> NormalisedText:
    """NFC, newlines folded to ``\\n``, unusual spaces to `` ``, zero-width characters dropped."""
    distinct = set(original)
    if (
        distinct.isdisjoint(_SHIFTING)
        and not any(unicodedata.combining(c) for c in distinct)
        and not _SPACE_RUN.search(original)
    ):
        # Nearly every text: no character moves, so offsets are the identity and the
        # character-by-character pass below (a fifth of the rules layer's time) is not needed.
        n = len(original)
        offsets = _identity(n + 1)
        ends = offsets[1:]
        ends.append(n)
        # ``str.translate`` looks every character up in its table, slowly past ASCII: only a
        # text holding one of the characters it replaces goes through it
        text = original if distinct.isdisjoint(_ONE_FOR_ONE_CHARS) else original.translate(_ONE_FOR_ONE)
        return NormalisedText(original=original, text=text, offsets=offsets, ends=ends)
    out: list[str] = []
    offsets = array("i")
    ends = array("i")
    i = 0
    n = len(original)
    while i < n:
        c = original[i]
        if c == "\r":
            out.append("\n")
            offsets.append(i)
            i += 2 if i + 1 < n and original[i + 1] == "\n" else 1
            ends.append(i)
            continue
        if c in _DROP:
            i += 1
            continue
        if c in _SPACE:
            c = " "
        elif c in "\u2028\u2029\f\v":
            c = "\n"
        if c == " " and len(out) > 1 and out[-1] == " " and out[-2] not in " \n":
            # a second space after a word ("повідомив очільник  Харківської ОВА"): one space,
            # mapped to the whole run, so a phrase reads on past it (indentation is kept)
            i += 1
            ends[-1] = i
            continue
        # compose a base character with following combining marks (NFC keeps offsets exact)
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", original[i:j]) if j > i + 1 else c
        for ch in chunk:
            out.append(ch)
            offsets.append(i)
            ends.append(j)
        i = j
    offsets.append(n)
    ends.append(n)
    return NormalisedText(original=original, text="".join(out), offsets=offsets, ends=ends)

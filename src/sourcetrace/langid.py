"""Language identification with lingua, among the languages our readers tell apart.

Danish and Swedish are in the candidate set so that they are recognised (and refused) rather
than read as Norwegian; German likewise (without it German comes out as Danish), and Polish and
Belarusian so that they are refused rather than read as Russian or Ukrainian.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_CODES = {
    Language.BOKMAL: "nb",
    Language.NYNORSK: "nn",
    Language.DANISH: "da",
    Language.SWEDISH: "sv",
    Language.ENGLISH: "en",
    Language.RUSSIAN: "ru",
    Language.UKRAINIAN: "uk",
    Language.GERMAN: "de",
    Language.POLISH: "pl",
    Language.BELARUSIAN: "be",
}
NAMES = {"nb": "Norwegian Bokmål", "nn": "Norwegian Nynorsk", "da": "Danish", "sv": "Swedish",
         "en": "English", "ru": "Russian", "uk": "Ukrainian", "de": "German", "pl": "Polish", "be": "Belarusian"}


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


#: the thread :func:`warm` started, joined before the first detection
_warming: list[threading.Thread] = []


def warm(text: str, sample: int = 4000) -> None:
    """Start loading lingua's models for ``text``'s candidate languages in a background thread.

    Lingua loads a language's n-gram models on first use (1.2-1.5 s of CPU for a short
    Norwegian text: Bokmål, Nynorsk and Danish, 1- to 5-grams) and releases the GIL while it
    does, so ``analyze`` starts this before it imports spaCy and the pipeline modules; on two
    cores start-up then waits for the longer of the two, not both. The result is thrown away:
    :func:`detect` asks again, with the same detector and the models it finds loaded."""
    worker = threading.Thread(
        target=_detector().detect_language_of, args=(text[:sample],), name="lingua-warm", daemon=True
    )
    worker.start()
    _warming.append(worker)


def detect(text: str, sample: int = 4000) -> str | None:
    """ISO code of the text's language, or None when lingua cannot tell."""
    while _warming:  # one model loaded once: wait for the warming thread rather than race it
        _warming.pop().join()
    found = _detector().detect_language_of(text[:sample])
    return _CODES.get(found) if found is not None else None

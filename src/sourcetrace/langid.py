"""Language identification with lingua, among the languages our readers tell apart.

Danish and Swedish are in the candidate set so that they are recognised (and refused) rather
than read as Norwegian; German likewise (without it German comes out as Danish), and Polish and
Belarusian so that they are refused rather than read as Russian or Ukrainian.
"""

from __future__ import annotations

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


def detect(text: str, sample: int = 4000) -> str | None:
    """ISO code of the text's language, or None when lingua cannot tell."""
    found = _detector().detect_language_of(text[:sample])
    return _CODES.get(found) if found is not None else None

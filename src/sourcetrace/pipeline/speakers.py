"""``sourcetrace_speakers``: Speaker and source mentions clustered: short names joined to full ones, pronouns and descriptive references resolved.

Skeleton: the factory and its data loading are in place; the reading is being written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import get_list


class Speakers:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "speakers")

    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "st_mentions") if "doc._.st_mentions".startswith("doc._") else None
        return doc


@Language.factory("sourcetrace_speakers", default_config={"lang": ""}, assigns=["doc._.st_mentions"])
def make_speakers(nlp: Language, name: str, lang: str) -> Speakers:
    return Speakers(nlp, name, lang=lang)

"""``sourcetrace_quotes``: Direct and indirect quotes with their cue, speaker mention, medium and recipient.

Skeleton: the factory and its data loading are in place; the reading is being written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import get_list


class Quotes:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "quotes")

    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "st_quotes") if "doc._.st_quotes".startswith("doc._") else None
        return doc


@Language.factory("sourcetrace_quotes", default_config={"lang": ""}, assigns=["doc._.st_quotes"])
def make_quotes(nlp: Language, name: str, lang: str) -> Quotes:
    return Quotes(nlp, name, lang=lang)

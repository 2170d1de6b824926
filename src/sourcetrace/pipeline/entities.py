"""``sourcetrace_entities``: Entities: the trained pipeline's, completed by gazetteer rules.

Skeleton: the factory and its data loading are in place; the reading is being written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import get_list


class Entities:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "entities")

    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "ents") if "doc.ents".startswith("doc._") else None
        return doc


@Language.factory("sourcetrace_entities", default_config={"lang": ""}, assigns=["doc.ents"])
def make_entities(nlp: Language, name: str, lang: str) -> Entities:
    return Entities(nlp, name, lang=lang)

"""``sourcetrace_hedges``: Hedges and evidentiality markers with their scope.

Skeleton: the factory and its data loading are in place; the reading is being written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import get_list


class Hedges:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "hedges")

    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "st_hedges") if "doc._.st_hedges".startswith("doc._") else None
        return doc


@Language.factory("sourcetrace_hedges", default_config={"lang": ""}, assigns=["doc._.st_hedges"])
def make_hedges(nlp: Language, name: str, lang: str) -> Hedges:
    return Hedges(nlp, name, lang=lang)

"""``sourcetrace_sourcing``: Sourcing relations: reported, verified, identified, confirmed, denied, could-not-verify.

Skeleton: the factory and its data loading are in place; the reading is being written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import get_list


class Sourcing:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "sourcing")

    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "st_attributions") if "doc._.st_attributions".startswith("doc._") else None
        return doc


@Language.factory("sourcetrace_sourcing", default_config={"lang": ""}, assigns=["doc._.st_attributions"])
def make_sourcing(nlp: Language, name: str, lang: str) -> Sourcing:
    return Sourcing(nlp, name, lang=lang)

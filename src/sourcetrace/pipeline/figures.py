"""``sourcetrace_figures``: Figures: numbers in digits and words with what they count and who claims them.

Skeleton: the factory and its data loading are in place; the reading is being written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import get_list


class Figures:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "figures")

    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "st_figures") if "doc._.st_figures".startswith("doc._") else None
        return doc


@Language.factory("sourcetrace_figures", default_config={"lang": ""}, assigns=["doc._.st_figures"])
def make_figures(nlp: Language, name: str, lang: str) -> Figures:
    return Figures(nlp, name, lang=lang)

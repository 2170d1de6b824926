"""``sourcetrace_dates``: Date mentions resolved against the published date, or left relative.

Skeleton: the factory and its data loading are in place; the reading is being written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import get_list


class Dates:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "dates")

    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "st_dates") if "doc._.st_dates".startswith("doc._") else None
        return doc


@Language.factory("sourcetrace_dates", default_config={"lang": ""}, assigns=["doc._.st_dates"])
def make_dates(nlp: Language, name: str, lang: str) -> Dates:
    return Dates(nlp, name, lang=lang)

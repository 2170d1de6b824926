"""The noun a bare number gives the size of through a verb of quantity.

Reports of tallies often put the counted noun in the subject and the bare number after a verb:
"attacks numbered 23,245", "the number of strikes exceeded 2,500", "drone assaults jumped from
2,264 to 22,495". Without a noun after the number the figure reader would drop it as a bare
number; this reader finds the verb of quantity in the number's clause before it and the noun
just before that verb, which is what the number counts ("the number of strikes exceeded": the
strikes). The scan reads words and tags only: the shipped pipeline parses few sentences, so
dependency labels are mostly absent.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

# words between the number and its verb ("jumped from 2,264 in the first half of 2024 to
# 22,495": ten) and between the verb and its subject noun ("the toll of civilians killed and
# wounded increased": four)
_VERB_REACH = 12
_SUBJECT_REACH = 5
_CLAUSE_ENDS = frozenset(
    {",", ";", ":", "(", ")", "–", "—", ".", "!", "?", '"', "«", "»", "“", "”"}
)
_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN"})
_NAMING_POS = frozenset({"NOUN", "PROPN"})


class SizedSubjectReader:
    """Reads, for a bare number, the noun whose size a verb of quantity before it gives.

    Built from a language's figures data: ``quantity_verbs`` (the forms of verbs that give a
    size: "numbered", "totalled", "exceeded", "rose", "steg", "økte") and
    ``relative_pronouns`` (which stand for the noun before them: "which", "som"). A language
    that lists no verbs reads nothing.
    """

    def __init__(self, data: dict[str, Any]):
        self.quantity_verbs = frozenset(w.lower() for w in data.get("quantity_verbs", []))
        self.relative_pronouns = frozenset(w.lower() for w in data.get("relative_pronouns", []))

    @property
    def enabled(self) -> bool:
        """Whether the language lists verbs of quantity at all."""
        return bool(self.quantity_verbs)

    def subject(self, doc: Doc, number: Token, sent_start: int) -> Token | None:
        """The noun whose size the verb of quantity before ``number`` gives, or None: the
        nearest verb back in the number's clause must be one of quantity, and a noun must
        stand a few words before it, in the same clause."""
        verb = self._verb_before(doc, number.i, sent_start)
        if verb is None or verb.lower_ not in self.quantity_verbs:
            return None
        relative = False
        for k in range(verb.i - 1, max(sent_start, verb.i - _SUBJECT_REACH) - 1, -1):
            tok = doc[k]
            if tok.lower_ in self.relative_pronouns and not relative:
                relative = True  # "drone assaults, which jumped from 2,264": the antecedent
                continue
            if tok.text in _CLAUSE_ENDS and not (relative and tok.text == "," and k + 1 < verb.i):
                return None
            if tok.pos_ in _NOUN_POS:
                if k > sent_start and doc[k - 1].like_num:
                    return None  # "began 18 months ago is nearing 500,000": a span, no subject
                return tok
        return None

    @staticmethod
    def _verb_before(doc: Doc, number: int, sent_start: int) -> Token | None:
        """The nearest verb before token ``number`` in its clause, or None. A noun met before
        any preposition ends the search: the number then names or belongs to that noun
        ("police posts 250 and 251"), while nouns behind a preposition lie in a phrase of
        time or place ("rose from 310 in the first half of 2024 to 2,140")."""
        behind_preposition = False
        for k in range(number - 1, max(sent_start, number - _VERB_REACH) - 1, -1):
            tok = doc[k]
            if tok.text in _CLAUSE_ENDS:
                return None
            if tok.pos_ in _VERB_POS:
                return tok
            if tok.pos_ == "ADP":
                behind_preposition = True
            elif tok.pos_ in _NAMING_POS and not behind_preposition:
                return None
        return None

"""The subject of a reporting verb claims the count in its object: one reader for every
language, driven by ``figures.toml``.

Why this exists: a party's statement with no "at"/"that" clause ("Ukraina melder om drøyt 9000
drepte", "the ministry estimated 300 houses", "Голова ОВА X повідомляв про двох загиблих") is
neither a quote nor a sourcing statement, so neither gives the figure a claimant, yet the count
is the subject's. Languages say it in one of two shapes, and the language data lists the words
of the shape it uses:

- ``claim_verbs``: a verb (with its particle) that takes the count as its object, in the
  figure's clause; the subject is the short name that opens the clause (after any
  ``subject_openers``, ", mens Russland melder om 5937 falne"), or any party the speakers
  component read there (", while police estimated 4,000");
- ``about_preps``: any reporting cue of the cue lexicon followed by an "about" preposition
  whose object holds the figure; the subject is the noun phrase before the cue (after any
  adverbial the sentence opens with, "До этого | глава региона X писал о ...").

Either way the subject is resolved against the mentions the speakers component read, so the
claimant is the referent it resolved; a pronoun subject is left to the pronoun readers, except
a ``subject_pronouns`` one ("The review board will report on Friday. It lists 12 failures"): a
body that issues a report is no speaker, so no pronoun reader resolves it, and the pronoun that
opens the next sentence stands for the subject of the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from . import regex_cache
from .annotations import FigureAnn, Mention, doc_lowers, doc_text, span_text
from .cues import has_suffix, make_mention, np_before
from .cues import lexicon as cues_lexicon
from .sourcing_phrases import clause_bounds

#: the longest name taken as the subject that opens a claim verb's clause ("Det britiske
#: forsvarsdepartementet"); longer openers are adverbials or descriptions, not the party
_MAX_OPENER_WORDS = 4
#: the parts of speech of a common-noun subject that names a party ("the regional police")
_DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
#: the parts of speech of the noun phrase a subject pronoun carries over ("The 9/11 Panel")
_SUBJECT_POS = _DESCRIPTION_POS | {"NUM"}
#: how many words may stand between an "about" preposition and the figure ("про | ще двох")
_MAX_ABOUT_GAP = 3


@dataclass(frozen=True)
class ReportingSubjectReader:
    """Who claims a figure that stands in the object of a reporting verb (see the module)."""

    lang: str
    claim_verb_re: re.Pattern[str] | None
    claim_verb_any_re: re.Pattern[str] | None
    subject_openers: frozenset[str]
    about_preps: frozenset[str]
    #: pronoun -> grammatical number ("Sing"/"Plur") of the subjects it may stand for
    subject_pronouns: Mapping[str, str]
    #: the finite auxiliaries a subject follows after a fronted adverbial ("Ifølge Tass har
    #: russiske myndigheter registrert 33": verb-second word order)
    inverted_auxiliaries: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, lang: str, data: Mapping[str, Any]) -> ReportingSubjectReader:
        """The reader of one language's ``figures.toml`` (``claim_verbs``, ``subject_openers``,
        ``about_preps``); a language that lists none of them has no such claimant."""
        verbs = data.get("claim_verbs")
        return cls(
            lang=lang,
            claim_verb_re=regex_cache.compile(r"(?:" + verbs + r")\s*$", re.I) if verbs else None,
            claim_verb_any_re=regex_cache.compile(r"(?:" + verbs + r")(?!\w)", re.I) if verbs else None,
            subject_openers=frozenset(w.lower() for w in data.get("subject_openers", [])),
            about_preps=frozenset(w.lower() for w in data.get("about_preps", [])),
            subject_pronouns={k.lower(): v for k, v in data.get("subject_pronouns", {}).items()},
            inverted_auxiliaries=frozenset(w.lower() for w in data.get("inverted_auxiliaries", [])),
        )

    def claimant(self, fig: FigureAnn, sent: Span, mentions: list[Mention]) -> Mention | None:
        """The subject of the reporting verb whose object holds ``fig``, by whichever shape
        the language lists, or None."""
        found = self._claim_verb_subject(fig, sent, mentions)
        if found is None:
            found = self._about_subject(fig, sent, mentions)
        return found

    def _claim_verb_subject(
        self, fig: FigureAnn, sent: Span, mentions: list[Mention]
    ) -> Mention | None:
        """``claim_verbs``: "Ukraina melder om drøyt 9000 drepte soldater, mens Russland melder
        om 5937 falne": a name of at most four words that opens the figure's clause."""
        if self.claim_verb_re is None:
            return None
        doc = sent.doc
        start = fig.span.start
        c_start, _end = clause_bounds(sent, start, fig.span.end)
        lowers = doc_lowers(doc)  # the kept columns and text: no Token per word
        while c_start < start and lowers[c_start] in self.subject_openers:
            c_start += 1  # ", mens Russland melder om": the conjunction opens no name
        # the verb may open the figure's span as its bound ("estimated 300 houses")
        verb = self.claim_verb_re.search(span_text(doc[c_start:start])) or (
            self.claim_verb_re.search(span_text(doc[c_start : start + 1]))
            if start + 1 < fig.span.end
            else None
        )
        if verb is None:
            verb = self._earlier_in_object(doc, c_start, start)
        if verb is None:
            inverted = self._subject_after_verb(doc, c_start, start)
            if inverted is None:
                return None
            head = inverted
        else:
            head = doc.char_span(
                doc[c_start].idx, doc[c_start].idx + verb.start(), alignment_mode="contract"
            )
            if head is not None:
                head = self._subject_after_auxiliary(head)
        if head is not None and len(head) > _MAX_OPENER_WORDS:
            # "Police estimated the crowd at 30,000 while organisers put the total at 80,000":
            # no comma splits the clauses; the subject opens after the last conjunction
            opener = next(
                (
                    t
                    for t in range(head.end - 1, head.start, -1)
                    if doc[t].lower_ in self.subject_openers
                    # "United for Peace and Justice": a conjunction inside a name opens nothing
                    and not (doc[t - 1].text[:1].isupper() and doc[t + 1].text[:1].isupper())
                ),
                None,
            )
            if opener is not None:
                head = doc[opener + 1 : head.end]
        while head is not None and len(head) > 1 and head[-1].pos_ == "ADV":
            # "mens Moskva nylig oppga 1350", "Kyiv also recorded 40": an adverb before the
            # verb belongs to no name
            head = head[:-1]
        if head is None or not 0 < len(head) <= _MAX_OPENER_WORDS:
            return None
        if head[0].i == sent.start and head[0].pos_ == "PRON":
            # "De melder om": who "de" are is the pronoun reader's to say, unless the language
            # lets the pronoun carry the last sentence's subject ("It lists 12 failures")
            return self._previous_subject(head, sent) if len(head) == 1 else None
        if any(t.is_punct or t.like_num for t in head):
            return None
        for mention in mentions:
            if mention.span is not None and mention.span.start == head.start:
                # "..., while police estimated 4,000": a party the speakers component read
                # claims it, named or not; a pronoun is the pronoun readers' to resolve
                return None if mention.kind == "pronoun" else mention
        for mention in mentions:
            if (
                mention.span is not None
                and mention.kind != "pronoun"
                and head.start < mention.span.start
                and mention.span.end == head.end
            ):
                # "Regional governor Anna Kovalenko put the toll at three": the name the
                # speakers component read after the title
                return mention
        if not head[0].text[:1].isupper():
            # "..., while police estimated 4,000", "mens politiet anslår 4000": a common noun
            # that names a party (tagged text only); a pronoun is the pronoun readers' to resolve
            if head[-1].pos_ != "NOUN" or any(t.pos_ not in _DESCRIPTION_POS for t in head):
                return None
            return Mention(span=head, name=head.text, kind="descriptive")
        if head[0].pos_ == "DET" and not self._names_party(head):
            # "The strike raised the death toll to 40": capitalised only as the sentence's
            # first word, the subject is an event, not a party that counts
            return None
        kind = "named" if head[-1].ent_type_ in ("PER", "PERSON") else "organisation"
        return Mention(span=head, name=head.text, kind=kind)

    def _subject_after_auxiliary(self, head: Span) -> Span | None:
        """The words before a claim verb, less a fronted adverbial and the auxiliary after it
        ("Ifølge Tass har russiske myndigheter | registrert 33", "I natt har Forsvaret |
        registrert 55"): in verb-second order the subject follows the finite verb, and the
        relaying agency or the time before it claims nothing. ``head`` as it is when it opens
        with no adverbial (a preposition or an adverb) or holds no such auxiliary; None when
        nothing stands between the auxiliary and the verb."""
        if not self.inverted_auxiliaries or head[0].pos_ not in ("ADP", "ADV"):
            return head
        aux = next(
            (t.i for t in reversed(head[1:]) if t.lower_ in self.inverted_auxiliaries), None
        )
        if aux is None:
            return head
        return head.doc[aux + 1 : head.end] if aux + 1 < head.end else None

    def _subject_after_verb(self, doc: Doc, c_start: int, start: int) -> Span | None:
        """The subject between a claim verb and its figure after a fronted prepositional
        phrase ("Ifølge Tass oppgir russiske myndigheter 44 droner"): verb-second order puts
        the verb before its subject, so no verb stands right before the figure. None unless the
        clause opens with a preposition and one to four words with no number, punctuation or
        verb stand between the verb and the figure."""
        if (
            not self.inverted_auxiliaries
            or self.claim_verb_any_re is None
            or doc[c_start].pos_ != "ADP"
        ):
            return None
        found, subject = self._after_last_claim_verb(doc, c_start, start)
        if found is None or subject is None or not 0 < len(subject) <= _MAX_OPENER_WORDS:
            return None
        if any(t.like_num or t.is_punct or t.pos_ in ("VERB", "AUX") or not t.pos_ for t in subject):
            return None
        return subject

    def _previous_subject(self, pronoun: Span, sent: Span) -> Mention | None:
        """The party a ``subject_pronouns`` pronoun opening ``sent`` stands for: the subject of
        the sentence before in the same paragraph, when it names a party and agrees in number
        ("The review board will report on Friday. It lists 12 failures"), or None."""
        number = self.subject_pronouns.get(pronoun[0].lower_)
        doc = sent.doc
        if number is None or sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if "\n\n" in doc_text(doc)[before.start_char : sent.start_char]:
            return None  # a new paragraph: the pronoun does not reach back across it
        # the noun phrase that opens the sentence before and its verb follows (parts of
        # speech: English is read without a dependency parse)
        end = before.start
        while end < before.end and doc[end].pos_ in _SUBJECT_POS:
            end += 1
        if end == before.start or end >= before.end or doc[end].pos_ not in ("AUX", "VERB"):
            return None
        span = doc[before.start : end]
        numbers = span[-1].morph.get("Number")
        if numbers and number not in numbers:
            return None  # "The governors met. It lists": the pronoun stands for another
        if not 0 < len(span) <= _MAX_OPENER_WORDS or any(t.is_punct for t in span):
            return None
        if not span[0].text[:1].isupper() or not self._names_party(span):
            return None  # "The strike hit a school. It killed": an event counts nothing
        kind = "named" if span[-1].ent_type_ in ("PER", "PERSON") else "organisation"
        return Mention(span=span, name=span.text, kind=kind)

    def _after_last_claim_verb(
        self, doc: Doc, c_start: int, start: int
    ) -> tuple[re.Match[str] | None, Span | None]:
        """The last claim verb in ``doc[c_start:start]`` and the words between it and ``start``
        (None, None when there is no such verb; the words None when they cut a token)."""
        if self.claim_verb_any_re is None:
            return None, None
        text = span_text(doc[c_start:start])  # cut from the kept text, not joined per word
        found = max(self.claim_verb_any_re.finditer(text), key=lambda match: match.start(), default=None)
        if found is None:
            return None, None
        return found, doc.char_span(doc[c_start].idx + found.end(), doc[start].idx, alignment_mode="expand")

    def _earlier_in_object(self, doc: Doc, c_start: int, start: int) -> re.Match[str] | None:
        """The claim verb whose object list the figure at ``start`` goes on ("Polls put support
        at between 15% and 23%", "recorded 40 attacks in Kyiv and 12 in Kharkiv"): the last
        match before it with no verb between (the tagger's parts of speech), or None."""
        if self.claim_verb_any_re is None:
            return None
        found, after = self._after_last_claim_verb(doc, c_start, start)
        if found is None or after is None or not any(t.like_num for t in after):
            return None  # no figure of the list before this one: no list
        if any(t.pos_ in ("VERB", "AUX") or not t.pos_ for t in after):
            return None  # another verb, or no parse to tell: the object has ended
        return found

    def _names_party(self, head: Span) -> bool:
        """Whether a subject opened by a determiner names a party: a name in it, or a last
        word that is an office, a body or a person of the speakers lexicon ("The health
        ministry", "The governor", "The organisers"), as against an event ("The attack", "Det
        nye angrepet")."""
        if any(t.pos_ == "PROPN" or t.ent_type_ for t in head):
            return True
        lx = cues_lexicon(self.lang)
        last = head[-1].lower_
        return (
            last in lx.titles
            or last in lx.plural_words
            or has_suffix(last, lx.org_suffixes)
            # "The organisers expected some 30,000 people": people who count are a party too
            or has_suffix(last, lx.person_suffixes)
        )

    def _about_subject(self, fig: FigureAnn, sent: Span, mentions: list[Mention]) -> Mention | None:
        """``about_preps``: "Голова ОВА X зранку повідомляв про двох загиблих": the noun
        phrase before a reporting cue whose "about" object holds the figure. The mention read
        for the same words or the same name is reused."""
        if not self.about_preps:
            return None
        doc = sent.doc
        lx = cues_lexicon(self.lang)
        prep = fig.span.start - 1
        while (
            prep > sent.start
            and prep >= fig.span.start - _MAX_ABOUT_GAP
            and doc[prep].lower_ not in self.about_preps
        ):
            if doc[prep].is_punct:
                return None
            prep -= 1  # "про | ще двох загиблих"
        if prep <= sent.start or doc[prep].lower_ not in self.about_preps:
            return None
        cue = prep - 1
        while cue > sent.start and doc[cue].lower_ in lx.adverbs:
            cue -= 1  # "повідомляв | також | про"
        if not lx.is_cue(doc, cue, sent.end):
            return None
        # the subject after any adverbial the sentence opens with ("До этого | глава региона X")
        phrase = next(
            (found for lo in range(sent.start, cue) if (found := np_before(doc, lx, cue, lo)) is not None),
            None,
        )
        if phrase is None:
            return None
        subject = make_mention(doc, lx, *phrase)
        if subject is None or subject.kind == "pronoun" or subject.span is None:
            return None
        for known in mentions:
            if known.span is not None and known.span.start < subject.span.end and subject.span.start < known.span.end:
                return known
        # the same words written elsewhere ("в сообщении Минобороны РФ") carry the name the
        # speakers component resolved them to ("Министерство обороны России")
        return next(
            (
                known
                for known in mentions
                if known.name == subject.name
                or (known.span is not None and known.span.text == subject.span.text)
            ),
            subject,
        )

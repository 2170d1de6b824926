"""Finding the speaker of a cue inside ``sourcetrace_quotes``: the subject before the cue
(through an apposition), the sentence subject for "..., saying" and "og sier", the phrase after
it, compound tenses ("skal Putin ha sagt"), self-given names ("som presenterer seg som X").

A mixin for the per-document reader :class:`~sourcetrace.pipeline.quotes._QuoteReading`: it needs ``self.lx`` and
``self._cue_speakers`` (cue token -> speaker, per document).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..lang.first_names import gender as first_name_gender
from .annotations import Mention, doc_lowers, has_model_annotation, span_text
from .cues import (
    PER_LABELS,
    Lexicon,
    attributes_then_body,
    capitalised_adjective,
    document_issuer,
    has_suffix,
    inflected_outlet_end,
    is_cap,
    is_nominal,
    is_plural,
    is_role_word,
    is_title,
    joined_name,
    make_mention,
    name_between_commas,
    names_outlet,
    np_after,
    np_before,
    own_name_before,
    particle_name,
    subject_at,
    without_place_tail,
)
from .parse_subject import parse_joins, parsed_subject_name
from .quote_marks import DASHES
from .token_arrays import punct_flags, token_texts

SENT_END = frozenset({".", "!", "?", "…", "!?", "?!", "...", ".»", ".”"})
#: the marks that set off a name («Рыбарь», „Труха“, "Mash")
_NAME_OPEN = frozenset({"«", "“", '"', "„"})
_NAME_CLOSE = frozenset({"»", "”", '"', "“"})



def _parsed_antecedent(doc: Doc, lx: Lexicon, k: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause set off by a comma hangs on, as the parse gives it:
    "The commander, who said his unit had lost ten men, asked ..." -> "The commander". Only
    when the parse makes the cue verb a relative clause (``relative_deps``) of a noun before
    the comma; None otherwise, and without a parse."""
    if not lx.relative_deps or not has_model_annotation(doc, "DEP"):
        return None
    verb = doc[k]
    if verb.dep_ not in lx.relative_deps or doc[k - 2].text != ",":
        return None
    head = verb.head
    start = head.left_edge.i
    if not lo <= start <= head.i < k - 2:
        return None
    return start, k - 2

def _relative_antecedent(doc: Doc, lx: Lexicon, rel: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase right before the relative pronoun at ``rel``, read without a parse:
    "Han snakket med en soldat som fortalte at ...", "Ordføreren Ivan Petrenko, som sier at
    ...". The phrase may be a preposition's object (the soldier told, not the one who talked
    to him), so the walk back stops at a preposition, a finite verb or punctuation; a place
    ("i byen, der ...") speaks for no one."""
    end = rel - 1 if rel - 1 > lo and doc[rel - 1].text == "," else rel
    left = end - 1
    while left >= lo and not (
        doc[left].is_punct
        or doc[left].lower_ in lx.np_stop
        or doc[left].lower_ in lx.cue_verbs
        or (doc[left].pos_ in ("VERB", "AUX") and "Fin" in doc[left].morph.get("VerbForm"))
    ):
        left -= 1
    if left + 1 >= end:
        return None
    found = np_before(doc, lx, end, left + 1)
    if found is None or not is_nominal(doc, lx, found[1] - 1):
        return None
    if doc[found[1] - 1].ent_type_ in ("GPE", "LOC", "GPE_LOC"):
        return None
    return found


def _conjoined_relative_subject(doc: Doc, lx: Lexicon, k: int, lo: int) -> tuple[int, int] | None:
    """The antecedent of the relative clause whose verb the cue at ``k`` is coordinated with,
    as the parse gives it ("Ivan Sokol, the leader of the protests, who had declared himself
    mayor and insisted ..." -> "Ivan Sokol", through the apposition); None without a parse or
    when the coordinated verb has a subject of its own that is no relative pronoun."""
    if not lx.relative_deps or not lx.subject_deps or not has_model_annotation(doc, "DEP"):
        return None
    verb = doc[k]
    if verb.dep_ != "conj" or any(c.dep_ in lx.subject_deps for c in verb.children):
        return None
    head = verb.head
    if head.dep_ not in lx.relative_deps or not any(
        c.dep_ in lx.subject_deps and c.lower_ in lx.relatives for c in head.children
    ):
        return None
    noun = head.head
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head  # the name the description is set off after
    parts = [noun.i, *(c.i for c in noun.children if c.dep_ in _NAME_PART_DEPS)]
    start, end = min(parts), max(parts) + 1
    if not lo <= start < end <= head.i:
        return None
    return start, end


#: dependency labels joining the words of one name ("Ivan <- Sokol" flat, "Kyiv <- Mayor")
_NAME_PART_DEPS = frozenset({"flat", "flat:name", "compound"})


def _hyphenated(doc: Doc, start: int, end: int) -> str:
    """The lower-case compound a tokenizer split at its hyphen ("пресс - службе"), else the
    word at ``start``."""
    if start + 2 < end and doc[start + 1].text == "-" and not doc[start].whitespace_:
        return f"{doc[start].lower_}-{doc[start + 2].lower_}"
    return doc[start].lower_


@dataclass
class ReadState:
    """Per-document bookkeeping."""

    text: str = ""
    used_cues: set[int] = field(default_factory=set)
    partial_cues: set[int] = field(default_factory=set)  # cues of quotes inside a sentence
    after_cues: set[int] = field(default_factory=set)  # cues right after a quote
    quoted: list[tuple[int, int]] = field(default_factory=list)  # direct-quote char ranges
    nested: list = field(default_factory=list)  # quotes inside quotes, with their own cue
    more: list = field(default_factory=list)  # reported words after a cue set mid-sentence
    # id(QuoteAnn) -> token ranges of its cue clause (medium and recipient are read there)
    clauses: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # the paragraph whose quote was opened and not closed (it runs on into the next one)
    open_para: int | None = None
    # a quote opened in marks runs on, unmarked, through the paragraphs before this one, which
    # closes it ('«Da jeg våknet ...' / 'Jeg tok en dusj ...' / '... forberede min død.»')
    open_through: int | None = None
    paragraphs: list = field(default_factory=list)  # the document's non-empty paragraphs
    # the document sets speech with a hyphen ("- Ja, sier han."): its short hyphen lines
    # ("- Hvem da?") are dialogue, not list items
    hyphen_dialogue: bool = False
    # character ranges inside quote marks in the paragraph being read: a cue word there is
    # quoted ('any process "must be well thought out": "..."'), not the writer's cue
    marked: list[tuple[int, int]] = field(default_factory=list)
    # start characters of the quotes split off at a cue between speech dashes inside one pair
    # of marks ('“A? – питає жінка. – B”'): said words however short, never scare quotes
    interrupted: set[int] = field(default_factory=set)
    # the doc's SENT_START column, read once per document (not once per paragraph)
    sent_starts: list[int] | None = None

    def inside_marks(self, char: int) -> bool:
        """Whether the character at ``char`` stands inside quote marks."""
        return any(start <= char < end for start, end in self.marked)

#: the most words a fronted adverbial before an inverted cue takes when the clause after the
#: pronoun subject has no complementizer ("I dag tror de krigen er over")
_FRONTED_WORDS = 3
def _closes_clause(doc: Doc, end: int, hi: int) -> bool:
    """Only punctuation stands between token ``end`` and the clause end ``hi``, or a comma or
    bracket opens an aside about the phrase ("жителька Кам'янського (Запорізька область), яке
    ...")."""
    puncts = punct_flags(doc)
    return (end < hi and token_texts(doc)[end] in (",", "(")) or all(puncts[r] for r in range(end, hi))


#: the most words a topic after a cue takes before its speaker ("розповідає про хату | жителька")
_TOPIC_WORDS = 8


class CueReader:
    """Speaker of a cue, from the words around it."""

    lx: Lexicon
    _cue_speakers: dict[int, Mention]
    # (cue, cue end, lo, hi) -> speaker and subject start: one Mention per reading of a cue
    _cue_pos: dict[tuple[int, int, int, int], tuple[Mention | None, int | None]]

    def _aux_cue(self, doc: Doc, k: int, end: int) -> tuple[int, int] | None:
        """A cue in a compound tense after an auxiliary ("skal Putin ha sagt", "har han
        uttalt"): the participle's token range."""
        if doc[k].lower_ not in self.lx.auxiliaries:
            return None
        for m in range(k + 1, min(end, k + 6)):
            if doc[m].is_punct:
                return None
            cue_end = self.lx.is_cue(doc, m, end)
            if cue_end:
                return m, cue_end
        return None

    def _ends(self, doc: Doc, i: int) -> bool:
        """Token ``i`` ends a sentence (not the full stop of "Col." split off by the tokenizer)."""
        text = token_texts(doc)[i]  # the scans call this per token: no Token built
        if text not in SENT_END:
            # "skreiv ho på X. Han ...": a platform swallowed the full stop
            return len(text) > 1 and text[-1] == "." and text[:-1].lower() in self.lx.platforms
        return not (text == "." and i > 0 and is_title(doc_lowers(doc)[i - 1] + ".", self.lx))

    def _speaker_at(self, doc: Doc, k: int, cue_end: int, lo: int, hi: int) -> Mention | None:
        return self._speaker_pos(doc, k, cue_end, lo, hi)[0]

    def _later_clause_speaker(self, doc: Doc, k: int, main: int) -> Mention | None:
        """'While X claimed ..., Y denied any gains, saying ...': a participle cue shares
        the speaker of the nearest cue verb before it; where that verb stands in a clause of
        its own after the main cue (a comma between), its subject, not the main cue's."""
        lx = self.lx
        for t in range(k - 1, main, -1):
            if doc[t].lower_ in lx.participle_cues or not lx.is_cue(doc, t, k):
                continue
            if not any(doc[c].text == "," for c in range(main + 1, t)):
                return None
            lo = max(c for c in range(main + 1, t) if doc[c].text == ",") + 1
            subject = next((c for c in doc[t].children if c.dep_ in lx.subject_deps), None)
            if subject is not None and lo <= subject.left_edge.i and subject.right_edge.i < t:
                # the parse's subject keeps a coordination whole ("the Joint Force of the army
                # and its allied groups"), where the words read leftwards stop at "and"
                found: tuple[int, int] | None = (subject.left_edge.i, subject.right_edge.i + 1)
            else:
                found = np_before(doc, lx, t, lo)
            if found is None:
                return None
            start, end = found
            if start - 1 > lo and doc[start - 1].lower_ in lx.conjunctions:
                # "the Joint Force of the army and its allied groups denied": both, together
                first = np_before(doc, lx, start - 1, lo)
                if first is not None and first[1] == start - 1:
                    start = first[0]
            if end - start > 3 and doc[end - 1].lower_ in lx.medium_nouns:
                # "... in a statement denied": the medium is how they said it, not who
                end = next((p for p in range(end - 2, end - 4, -1) if doc[p].lower_ in lx.medium_preps), end)
            return make_mention(doc, lx, start, end)
        return None

    def _speaker_pos(
        self, doc: Doc, k: int, cue_end: int, lo: int, hi: int
    ) -> tuple[Mention | None, int | None]:
        """Speaker of the cue at ``k``: the subject before it (through an apposition: "Petro
        Yatsenko, a spokesman for ..., told"), the sentence subject for "..., saying" and "og
        sier", else the phrase after it (for "told", the phrase after is the recipient)."""
        key = (k, cue_end, lo, hi)
        cached = self._cue_pos.get(key)
        if cached is None:
            cached = self._read_speaker(doc, k, cue_end, lo, hi)
            if self.lx.joint_speakers:
                cached = self._joint(doc, cached, k, lo)
            issuer = document_issuer(doc, self.lx, cached[0])
            if issuer is not None:
                cached = (issuer, cached[1])
                self._cue_speakers[k] = issuer
            poster = self._document_poster(doc, cached[0], lo)
            if poster is not None:
                cached = poster
            cited = self._cited_before(doc, cached[0], k)
            if cited is not None:
                cached = (cited, cached[1])
            self._cue_pos[key] = cached
        return cached

    def _document_poster(
        self, doc: Doc, speaker: Mention | None, lo: int
    ) -> tuple[Mention | None, int | None] | None:
        """Who put out the document read as a cue's speaker, when it is the object of a verb of
        issuing ("Ivan Petrov posted | a statement on Twitter | claiming ...", "The army issued
        | a statement | saying ..."): the verb's subject, read as a cue's would be (the guide: a
        document is never the speaker, whoever issued it is). None otherwise."""
        lx = self.lx
        if speaker is None or speaker.span is None or speaker.kind != "descriptive" or not lx.issue_verbs:
            return None
        verb = speaker.span.start - 1
        if verb <= lo or doc[verb].lower_ not in lx.issue_verbs:
            return None
        if not any(token.lower_ in lx.documents for token in speaker.span):
            return None
        poster, start = self._read_speaker(doc, verb, verb + 1, lo, verb + 1)
        if poster is None or poster.span is None or poster.span.start >= verb:
            return None
        return poster, start

    def _cited_before(self, doc: Doc, speaker: Mention | None, k: int) -> Mention | None:
        """The one an outlet subject cites before the cue at ``k`` ("Издание «Медуза» со
        ссылкой на | двух сотрудников завода | пишет, что", "Британська газета з посиланням на
        | джерела в Генштабі | пише"): the outlet relays, the cited one reports (a sourcing
        statement names both). None when the subject cites no one or is no news outlet (a
        monitoring group citing residents reports what it gathered itself)."""
        lx = self.lx
        if not lx.citing or speaker is None or speaker.span is None or speaker.span.start >= k:
            return None
        for t in range(speaker.span.start + 1, k):
            for seq in lx.citing:
                end = t + len(seq)
                if end >= k or tuple(tok.lower_ for tok in doc[t:end]) != seq:
                    continue
                if not names_outlet(make_mention(doc, lx, speaker.span.start, t), lx):
                    return None
                start, stop = np_after(doc, lx, end, k)
                return make_mention(doc, lx, start, stop) if stop > start else None
        return None

    def _joint(
        self, doc: Doc, found: tuple[Mention | None, int | None], k: int, lo: int
    ) -> tuple[Mention | None, int | None]:
        """'..., the health ministry and the hospital's director said Thursday.': a subject
        read leftwards from a closing cue stops at "and"; with the phrase before it, set off by
        a comma (or a partial quote's closing mark after one), both are one joint speaker."""
        speaker, start = found
        lx = self.lx
        if (
            speaker is None
            or speaker.span is None
            or start is None
            or not (lo + 1 < speaker.span.start == start < k)
            or doc[start - 1].lower_ not in lx.coordinators
        ):
            return found
        first = np_before(doc, lx, start - 1, lo)
        if first is None or first[1] != start - 1:
            return found
        if first[0] == lo and speaker.span.end <= k and is_nominal(doc, lx, first[1] - 1):
            # "Farmers and aid groups say ...", "The Ministry of Arts and Humanities said": the
            # subject opening the sentence is both phrases joined, no second one alone
            joint = make_mention(doc, lx, first[0], speaker.span.end)
            return (joint, first[0]) if joint is not None else found
        if first[0] <= lo + 1:
            return found
        before = doc[first[0] - 1].text
        set_off = before == "," or (before in ('"', "”") and doc[first[0] - 2].text == ",")
        joint = make_mention(doc, lx, first[0], speaker.span.end) if set_off else None
        return (joint, first[0]) if joint is not None else found

    def _inverted_subject(
        self, doc: Doc, k: int, cue_end: int, lo: int, hi: int
    ) -> Mention | None:
        """In a verb-second language, the subject right after a cue verb that something else
        opens the sentence with: "Derimot meiner han at ...", "I dag sier statsminister Kari
        Nordmann at ...". A phrase there followed by the complementizer can only be the
        subject: the cue takes no object before its clause (recipient verbs aside)."""
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        puncts = punct_flags(doc)
        lx = self.lx
        if not lx.verb_second or k == lo or cue_end >= hi or lowers[k] in lx.recipient_verbs:
            return None
        if puncts[k - 1] or lowers[k - 1] in lx.coordinators:
            return None  # "..., sier han": the closing cue has its own reading
        if (
            is_cap(texts[k - 1])
            and doc[k - 1].ent_type_ in PER_LABELS
            # "Om USAs president Donald Trump sa Peskov at ...": a name inside the phrase a
            # preposition fronts is what is spoken about; the subject follows the verb
            and not (k - 1 > lo and doc[lo].pos_ == "ADP" and lowers[lo] not in lx.according_firsts)
        ):
            return None  # "... Jan Haugseth tror også synet at ...": the subject came first
        low = lowers[cue_end]
        if low in lx.according_firsts:
            return None  # "Helseministeren sier ifølge Interfax at": a source, no subject
        before = np_before(doc, lx, k, lo)
        opens_adverbial = (
            lowers[lo] in lx.according_firsts
            or lowers[lo] in lx.np_stop
            or lowers[lo] in lx.adverbs
            or doc[lo].pos_ in ("ADP", "ADV", "SCONJ")
        )  # "Ifølge Interfax sa Konasjenkov at", "I dag sier X at": the subject comes after
        # "..., mens vitner forteller AFP at": a clause a conjunction opens inside the sentence
        # keeps its subject before the verb, as a sentence does that opens with it; a word
        # opening the sentence may be a preposition ("Om Frankrikes president X sa Y at": Y
        # speaks, about X)
        opens_clause = (
            before is not None
            and before[0] - 1 > lo
            and (lowers[before[0] - 1] in lx.conjunctions or lowers[before[0] - 1] in lx.coordinators)
        )
        if before is not None and ((before[0] == lo and not opens_adverbial) or opens_clause):
            opener = make_mention(doc, lx, *before)
            head = doc[before[1] - 1].lower_
            speaks = opener is not None and (
                # a lone capitalised word opening the sentence ("Derimot" in an untagged
                # text) is no name; a name of two words or one the tagger marks is
                (opener.kind == "named" and (len(opener.name.split()) >= 2 or doc[before[0]].ent_type_ != ""))
                or opener.kind in ("organisation", "pronoun")
                # a description only with a person noun at its head ("Et vitne"), not a time
                # phrase or an object fronted in a verb-second clause ("Same dag skriv X at")
                or (
                    opener.kind == "descriptive"
                    # "Vitner forteller AFP at", "Flere sa til NRK": a plural person noun or a
                    # word for people too
                    and (
                        has_suffix(head, lx.person_suffixes)
                        or is_title(head, lx)
                        or is_plural(head, lx)
                        or head in lx.person_adjectives
                    )
                )
            )
            if speaks:
                # "Et vitne forteller nyhetsbyrået Reuters at ...": the phrase the sentence
                # opens with is the subject; the one after the cue is told
                return None
        pronoun = low in lx.pronouns and low not in lx.placeholders
        if pronoun and low in lx.determiners:
            # "Ifølge BBC sier den ukrainske forsvarsledelsen at": "den" opens a noun phrase as
            # its article, no pronoun pointing back to the outlet named before; only where the
            # phrase runs up to the complementizer ("I dag tror de krigen snart er over": "de"
            # is the subject of a bare clause)
            phrase = subject_at(doc, lx, cue_end, hi)
            pronoun = not (
                phrase is not None
                and phrase[0] == cue_end
                and cue_end + 1 < phrase[1] < hi
                and lowers[phrase[1]] in lx.complementizers
            )
        if pronoun:
            end = cue_end + 1
        else:
            phrase = subject_at(doc, lx, cue_end, hi)
            if phrase is None or phrase[0] != cue_end:
                return None
            end = _joint_inverted_end(doc, lx, phrase[1], hi)
        while end < hi and lowers[end] in lx.adverbs:
            end += 1
        if end >= hi:
            return None
        if lowers[end] not in lx.complementizers and not (
            # "Likevel mener han det er ...": a personal pronoun right after a cue that takes a
            # bare clause, behind a short fronted adverbial, is the subject, whatever opens the
            # clause after it ("Mange italienere mener han må ...": the subject came first)
            pronoun
            and k - lo <= _FRONTED_WORDS
            and (doc[lo].pos_ in ("ADP", "ADV") or lowers[lo] in lx.adverbs or lowers[lo] in lx.time_words)
            and not any(lowers[t] in lx.relatives or lowers[t] in lx.coordinators for t in range(lo, k))
            and lowers[k] in lx.bare_cues
            and not puncts[end]
            and lowers[end] not in lx.np_stop
        ):
            return None
        while end > cue_end and lowers[end - 1] in lx.adverbs:
            end -= 1
        return make_mention(doc, lx, cue_end, end)

    def _read_speaker(
        self, doc: Doc, k: int, cue_end: int, lo: int, hi: int
    ) -> tuple[Mention | None, int | None]:
        """The rules' speaker, unless the parse names the cue verb's subject otherwise (see
        :func:`_parse_preferred`)."""
        found, start = self._rule_speaker(doc, k, cue_end, lo, hi)
        parsed = parsed_subject_name(doc, self.lx, k, lo, hi)
        if parsed is None:
            if found is not None and self.lx.subject_deps and has_model_annotation(doc, "DEP"):
                _apposed_title(doc, self.lx, found, k)
            return found, start
        if _role_closing_report(doc, found, parsed, k):
            return found, start
        better = _parse_preferred(doc, self.lx, found, parsed)
        if better is not None:
            _apposed_title(doc, self.lx, better, k)
        if better is not found and better is not None:
            self._cue_speakers[k] = better
            if start is None and parsed[2] < k:
                # the rules lost the subject in a long apposition ("X, chief financial officer
                # and treasurer at ..., said 500 ...") and read the phrase after the cue; the
                # parse's subject stands before it, so the reported clause follows the cue
                start = parsed[2]
        return better, start

    def _rule_speaker(
        self, doc: Doc, k: int, cue_end: int, lo: int, hi: int
    ) -> tuple[Mention | None, int | None]:
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        lx = self.lx
        if lowers[k] in lx.impersonal and cue_end == k + 2:
            found = self._impersonal_speaker(doc, k, cue_end, hi)
            if found is None:
                # "I uttalelsen, som Reuters omtaler, heter det at ...": the medium fronted
                t = next((t for t in range(lo, k) if lowers[t] in lx.medium_nouns), None)
                if t is not None:
                    found = _medium_mention(doc, lx, t, lo)
                    self._cue_speakers[k] = found
            return found, None
        relayed = (
            self._relayed_speaker(doc, k, lo)
            or self._passive_relayed(doc, k, lo)
            or self._cited_between_commas(doc, k, lo)
        )
        if relayed is not None and relayed.span is not None:
            self._cue_speakers[k] = relayed
            return relayed, relayed.span.start
        located = _located_body_before_object(doc, lx, lo, k)
        if located is not None:
            self._cue_speakers[k] = located
            return located, lo
        inverted = self._inverted_subject(doc, k, cue_end, lo, hi)
        if inverted is not None:
            self._cue_speakers[k] = inverted
            return inverted, None
        before = np_before(doc, lx, k, lo)
        relative = (
            k - 1 > lo and lowers[k - 1] in lx.relatives and lowers[k - 1] not in lx.complementizers
        )
        if before is None and relative:
            before = np_before(doc, lx, k - 1, lo)  # "Russian soldiers who say they were sent ..."
            if before is not None:
                # "The crowd was dispersed by police who said": the relative's antecedent is
                # the agent after the preposition, not the clause the agent ends
                agent = next(
                    (t for t in range(before[1] - 2, before[0] - 1, -1) if lowers[t] in lx.agent_preps),
                    None,
                )
                if agent is not None:
                    before = (agent + 1, before[1])
                sender = next(
                    (
                        t
                        for t in range(before[1] - 2, before[0], -1)
                        if lowers[t] in lx.role_links and lowers[t - 1] in lx.medium_nouns
                    ),
                    None,
                )
                if sender is not None:
                    # "Deriblant en e-post fra en kvinne som syntes ...": the one the message
                    # came from thinks, not the message (the guide: a document -> its issuer)
                    before = (sender + 1, before[1])
        if before is None and k - 2 > lo and lowers[k - 1] in lx.relatives:
            before = _parsed_antecedent(doc, lx, k, lo)  # "The commander, who said ..."
        if before is None and relative:
            before = _relative_antecedent(doc, lx, k - 1, lo)  # "en soldat som fortalte at"
        if before is not None and relative:
            # "X er blant dem som mener at": the one counted among them, not the pronoun
            before = _counted_among(doc, lx, before, lo) or before
        if before is None and k - 2 > lo and texts[k - 1] == "," and texts[k - 2] == ")":
            # "Kari Nordmann (tidligere statssekretær i UD), mener krigen kan vare lenge": a
            # name and its parenthesis before the comma are the subject, not a report
            before = _subject_before_parenthesis(doc, lx, lo, k - 2)
        if (
            before is None
            and k > lo
            and texts[k - 1] == ","
            and lowers[k] not in lx.recipient_verbs
            and lowers[k] not in lx.participle_cues
        ):
            # "..., meiner fylkesrådmannen, før ...": a cue set off by commas names its speaker
            # after it; the names listed before the comma are no apposition
            after = self._closing_speaker(doc, k, cue_end, hi)
            if after is not None and lx.dative_outlets and (
                after.name.lower() in lx.outlets or after.text.lower() in lx.outlets
            ):
                # "Ірина, мати військового, розповіла ТСН, що ...": the outlet is the one told
                # (a dative); the subject is the apposition before the comma
                after = None
            if after is not None:
                self._cue_speakers[k] = after
                return after, None
        if before is None and lowers[k] not in lx.participle_cues:
            before = self._apposition(doc, k, lo) or self._relative_subject(doc, k, lo)
            alias = self._alias(doc, before[1], k) if before is not None else None
            if alias is not None and alias.span is not None:
                # "The commander of ..., who uses the call sign "Hrim," described"
                alias.title = doc[before[0] : before[1]].text
                self._cue_speakers[k] = alias
                return alias, before[0]
        shared = (
            before is None
            and k > lo
            and (
                lowers[k] in lx.participle_cues
                or lowers[k - 1] in lx.coordinators
                # "Han ønsker ..., men er klar på at ...": the copula of an adjective cue
                # joined to the verb before shares that verb's subject
                or (
                    k - 1 > lo
                    and lowers[k] in lx.adjective_cues
                    and lowers[k - 1] in lx.copulas
                    and lowers[k - 2] in lx.coordinators
                )
            )
        )
        if shared and (chained := _conjoined_relative_subject(doc, lx, k, lo)) is not None:
            # "X, the leader of the protests, who had declared ... and insisted ...": the cue
            # joined to a relative clause's verb has the relative's antecedent as subject
            m = make_mention(doc, lx, *chained)
            if m is not None:
                self._cue_speakers[k] = m
                return m, chained[0]
        if shared:
            # '"...," Putin told reporters, adding that ...': the main cue's speaker
            main = [c for c in self._cue_speakers if lo <= c < k]
            later = self._later_clause_speaker(doc, k, max(main)) if main and lx.subject_deps else None
            if later is not None:
                return later, k
            if main:
                return self._cue_speakers[max(main)], k
        if shared:
            alias = self._alias(doc, lo, k)  # "One of them, identified only as Yevgeny, ... saying"
            if alias is not None:
                self._cue_speakers[k] = alias
                return alias, alias.span.start if alias.span is not None else None
            start = lo
            if texts[lo].isupper() and len(texts[lo]) > 2:
                # a dateline: "MOSCOW, Nov 10 (Reuters) - The Kremlin ..."
                dash = next((c for c in range(lo, k) if texts[c] in DASHES), None)
                start = dash + 1 if dash is not None else lo
            else:
                # a blogger's words run into the dateline of the story reposted ("... his
                # choice of words: WASHINGTON (Reuters) - Farm groups criticized ..., saying"):
                # the subject is the story's, after the dateline's dash
                start = _after_inner_dateline(doc, lo, k)
            colon = next((c for c in range(lo, min(k, lo + 4)) if texts[c] == ":"), None)
            if colon is not None and colon > lo and all(is_cap(texts[t]) for t in range(lo, colon)):
                start = colon + 1  # a dateline: "Kathmandu: Indian coach X lost, but insisted"
            before = subject_at(doc, lx, start, k)
            if before is None:  # "In Moscow, Kremlin spokesman Dmitry Peskov declined ..., saying"
                comma = next((c for c in range(lo, k) if texts[c] == ","), None)
                if comma is not None and comma + 1 < k:
                    before = subject_at(doc, lx, comma + 1, k)
            elif (apposed := name_between_commas(doc, before[1], k)) is not None:
                # "Kyivs ordfører, Vitalij Klitsjko, oppfordret ... og bekreftet at": the name
                # set off after the role is the subject the joined cue shares
                before = apposed
            if before is not None and any(doc[t].lower_ in lx.time_words for t in range(*before)):
                # "Klokken sju ringte broren hans og sa at ...": a fronted time is no subject;
                # a verb-second clause has its subject right after the finite verb
                before = _subject_after_fronted(doc, lx, before[1], k)
        if before is not None:
            # 'a soldier who goes by the call sign "Fox" said': the name given inside the phrase
            m = self._alias(doc, before[0], before[1] + 1) if before[1] - before[0] > 2 else None
            if m is not None:
                m.title = doc[before[0] : before[1]].text
                m = self._name_over_alias(doc, before[0], m)
            else:
                m = make_mention(doc, lx, *before)
            if m is not None:
                self._cue_speakers[k] = m
                if before[1] == k - 1:
                    return m, _role_before_name(doc, lx, before[0], lo)
                return m, before[0]
        if lowers[k] in lx.recipient_verbs or lowers[k] in lx.participle_cues:
            return None, None
        particle = lx.particle_cues.get(lowers[k])
        if particle is not None and cue_end > k + 2 and lowers[cue_end - 1] == particle:
            # "la han til", "slår Bukkvoll fast": the speaker stands inside the cue
            m = make_mention(doc, lx, k + 1, cue_end - 1)
            if m is not None:
                self._cue_speakers[k] = m
                return m, None
        j = _past_medium(doc, lx, cue_end, hi)
        if j + 2 < hi and lowers[j] in lx.topic_preps:
            # "— розповідає про ситуацію в селі староста Петро Гнатюк": what is told about
            # comes first; the speaker is the phrase that opens on a role word after it and
            # closes the clause ("заявили про знищення ДРГ у області" names no speaker after)
            j = next(
                (
                    t
                    for t in range(j + 2, min(hi, j + _TOPIC_WORDS))
                    if is_role_word(lowers[t], lx)
                    and _closes_clause(doc, np_after(doc, lx, t, hi)[1], hi)
                ),
                j,
            )
        stop = (
            frozenset({lx.particle_cues[lowers[k]]})
            if lowers[k] in lx.particle_cues
            else frozenset()
        )
        if (
            j + 1 < hi
            and lowers[j] in lx.locative_sources
            and (
                is_cap(texts[j + 1])
                or has_suffix(lowers[j + 1], lx.org_suffixes)
                # "«...», — сообщили в пресс-службе МЧС.": a body noun split at its hyphen
                or has_suffix(_hyphenated(doc, j + 1, hi), lx.org_suffixes)
            )
        ):
            j += 1  # "«...», — зазначили в Одеській ОВА.": the body speaks
        s, e = np_after(doc, lx, j, hi, stop)
        if e <= s:
            return None, None
        if (
            lx.dative_outlets
            and e - s >= 2
            and lowers[e - 1] in lx.outlets
            # a name or a role before it: "цитирует губернатора Сергея Ильина ТАСС"
            and (is_cap(texts[s]) or lowers[s] in lx.titles)
            # "пишет Telegram-канал Baza": the outlet is the channel's name
            and not has_suffix(lowers[e - 2], lx.org_suffixes)
        ):
            e -= 1  # "— цитирует Картаполова ТАСС": the outlet relays the one it quotes
        if all(lowers[t] in lx.time_words for t in range(s, e)):
            return None, None  # "wrote Wednesday that ..."
        if not lx.verb_second and _finite_verb_at(doc, lx, _past_name(doc, e, hi)):
            # "X did not rule out taxes, said the country would cut": a phrase after the cue
            # that a finite verb follows is the reported clause's subject, not a speaker set
            # after the cue; the cue's subject is the first verb's, and the clause follows
            return self._coordinated_subject(doc, k, lo)
        named = self._self_named(doc, s, e, hi)
        m = named if named is not None else make_mention(doc, lx, s, e)
        m = apposed_name(doc, lx, m, s, e)
        if m is not None and m.kind == "descriptive" and e < hi and lowers[e] in lx.alias_firsts:
            # "forteller en annen soldat med navn Valerij": the name given after the
            # description is who speaks
            m = self._alias(doc, e, min(hi, e + 8)) or m
        if (
            m is not None
            and m.kind == "pronoun"
            and k > lo
            and texts[k - 1] == ","
            and e < hi
            and doc[e].pos_ in ("VERB", "AUX")
            and (opening := subject_at(doc, lx, lo, k)) is not None
            and (opener := make_mention(doc, lx, *opening)) is not None
        ):
            # "Hans tilhengere, kjente mennesker i mange land, mener han er uskyldig": a verb
            # after the pronoun makes it the reported clause's subject; the phrase the sentence
            # opens with (its apposition set off by commas) speaks
            self._cue_speakers[k] = opener
            return opener, opening[0]
        if m is not None:
            self._cue_speakers[k] = m
        return m, None

    def _coordinated_subject(
        self, doc: Doc, k: int, lo: int
    ) -> tuple[Mention | None, int | None]:
        """The subject a cue verb shares with the verb before it ("Karin Lund did not rule out
        taxes, said ..."): the name or body opening the clause (after a colon, when one sets
        the clause off), when a comma joins the two verbs. With the clause's start, which
        tells the reading that the reported clause follows the cue."""
        if k - 1 <= lo or doc[k - 1].text != ",":
            return None, None
        start = max((t + 1 for t in range(lo, k) if doc[t].text in (":", ";")), default=lo)
        phrase = subject_at(doc, self.lx, start, k)
        if phrase is None or phrase[0] != start:
            return None, None
        m = make_mention(doc, self.lx, *phrase)
        if m is None or m.kind not in ("named", "organisation"):
            return None, None
        self._cue_speakers[k] = m
        return m, phrase[0]

    def _relayed_speaker(self, doc: Doc, k: int, lo: int) -> Mention | None:
        """The person an outlet relays ("TASS quoted the commander as saying ...", "Interfax
        cited an official as saying ..."): the relaying verb's object before "as" speaks, not
        the outlet (which the sourcing step records as the source). None for the passive "was
        quoted as saying", where the subject is the speaker."""
        lx = self.lx
        if not lx.relay_verbs or k - 1 <= lo or doc[k - 1].lower_ not in lx.relay_as:
            return None
        verb = next(
            (j for j in range(k - 2, max(lo, k - 12) - 1, -1) if doc[j].lower_ in lx.relay_verbs),
            None,
        )
        if verb is None or verb + 1 >= k - 1:
            return None
        if verb > lo and doc[verb - 1].lower_ in lx.passive_auxiliaries:
            return None  # "was quoted by Reuters as saying": the subject speaks, not the agent
        return make_mention(doc, lx, verb + 1, k - 1)

    def _cited_between_commas(self, doc: Doc, k: int, lo: int) -> Mention | None:
        """The source an outlet cites between commas right before the cue ("Russian state
        media, citing the defence ministry, reported that ..."): the words are the cited one's,
        as after "according to X, citing Y" (the outlet's relay is a sourcing statement)."""
        lx = self.lx
        if not lx.relay_participles or k - 3 <= lo or doc[k - 1].text != ",":
            return None
        opening = next(
            (j for j in range(k - 3, max(lo, k - 12) - 1, -1) if doc[j].text == ","),
            None,
        )
        if opening is None or opening <= lo or doc[opening + 1].lower_ not in lx.relay_participles:
            return None
        return make_mention(doc, lx, opening + 2, k - 1)

    def _passive_relayed(self, doc: Doc, k: int, lo: int) -> Mention | None:
        """The subject of a passive relay ("..., a senior official was quoted as saying"): the
        one quoted speaks. Read before the participle cue's usual sentence subject, which a
        parse finds in the reported clause ("The port will reopen, an official was quoted as
        saying" has "The port" as the subject of its root)."""
        lx = self.lx
        if not lx.relay_verbs or k - 3 <= lo or doc[k - 1].lower_ not in lx.relay_as:
            return None
        # the relay verb right before "as", or before its agent ("was quoted by Reuters as")
        verb = next(
            (j for j in range(k - 2, max(lo, k - 8), -1) if doc[j].lower_ in lx.relay_verbs),
            None,
        )
        if verb is None or verb - 1 <= lo or doc[verb - 1].lower_ not in lx.passive_auxiliaries:
            return None
        if verb < k - 2 and doc[verb + 1].lower_ not in lx.agent_preps:
            return None
        rng = np_before(doc, lx, verb - 1, lo)
        return make_mention(doc, lx, *rng) if rng is not None else None

    def _closing_speaker(self, doc: Doc, k: int, cue_end: int, hi: int) -> Mention | None:
        """The speaker right after a cue that closes a clause ("..., sa helseministeren, og
        ...", "..., meiner X."): a phrase that ends at a comma or the sentence's end."""
        lx = self.lx
        j = _past_medium(doc, lx, cue_end, hi)
        run = j
        while run < hi and doc[run].lower_ in lx.time_words:
            run += 1
        last = doc[run - 1].lower_ if run > j else ""
        if run > j and last not in lx.place_preps and last not in lx.locative_sources:
            j = run  # "..., сообщило в среду Министерство обороны России."
        if lx.dative_outlets and j + 1 < hi and doc[j].lower_ in lx.recipient_preps:
            # "..., заявил журналистам пресс-секретарь X.": the ones told (a dative noun) stand
            # between the cue and its speaker
            j += 1
        if (
            j + 1 < hi
            and doc[j].lower_ in lx.locative_sources
            and (
                is_cap(doc[j + 1].text)
                or has_suffix(doc[j + 1].lower_, lx.org_suffixes)
                or has_suffix(_hyphenated(doc, j + 1, hi), lx.org_suffixes)
                or attributes_then_body(doc, lx, j + 1, hi)  # "в повітряному командуванні"
            )
        ):
            j += 1  # "..., зазначили в Повітряних силах.", "..., уточнили в штабі.": the body
        s, e = np_after(doc, lx, j, hi)
        if (
            e < hi
            and doc[e].text in ('"', "»", "”")
            and any(doc[t].text in ('"', "«", "“", "„") for t in range(s, e))
        ):
            e += 1  # 'в пресс-службе "Россети Центр"': the body's name closes with its mark
        if s < e < hi - 1 and doc[e].lower_ in lx.and_words:
            # "..., sier Ola Nordmann og Kari Berg.": two people named together speak together
            second = np_after(doc, lx, e + 1, hi)
            if second[0] == e + 1 and joined_name(doc, lx, e, second[1]):
                e = second[1]
        if _clause_goes_on_in_marks(doc, e, hi):
            # 'X, a group involved in aid work, said the militia “shelled the camp”': the
            # phrase is the subject of the reported clause whose verb opens the quotation
            return None
        if e <= s or (
            e < hi
            and not doc[e].is_punct
            and doc[e].lower_ not in lx.recipient_preps
            # "..., skriver departementet på Telegram.": the medium after the speaker
            and doc[e].lower_ not in lx.medium_preps
        ):
            return None
        if all(doc[t].lower_ in lx.time_words for t in range(s, e)):
            return None
        if not is_nominal(doc, lx, e - 1):
            return None  # "..., said the lapses raise questions": a clause, not a speaker
        found = apposed_name(doc, lx, make_mention(doc, lx, s, e), s, e)
        return found if found is not None and found.kind != "unknown" else None

    def _impersonal_speaker(self, doc: Doc, k: int, cue_end: int, hi: int) -> Mention | None:
        """Speaker of "heter det i en uttalelse fra Kreml": the source after "fra", else the
        medium itself ("i oppdateringen"), which the speakers component ties to its issuer."""
        lx = self.lx
        medium: Mention | None = None
        for t in range(cue_end, hi):
            low = doc[t].lower_
            if low in lx.source_preps:
                s, e = np_after(doc, lx, t + 1, hi)
                m = make_mention(doc, lx, s, e) if e > s else None
                if m is not None:
                    self._cue_speakers[k] = m
                    return m
            if medium is None and low in lx.medium_nouns:
                if lx.genitive_issuer and (issuer := self._genitive_issuer(doc, t + 1, hi)):
                    self._cue_speakers[k] = issuer
                    return issuer
                medium = _medium_mention(doc, lx, t, cue_end)
        if medium is None and lx.locative_sources and cue_end < hi and (
            is_cap(doc[cue_end].text) or doc[cue_end].lower_ in lx.lowercase_names
        ):
            # "..., сообщается в Минобороны России.": a body where the medium noun would stand
            # is where the report comes from, as "сообщили в X" names it
            s, e = np_after(doc, lx, cue_end, hi)
            body = make_mention(doc, lx, s, e) if e > s else None
            if body is not None and body.kind == "organisation":
                self._cue_speakers[k] = body
                return body
        if medium is not None:
            self._cue_speakers[k] = medium
        return medium

    def _genitive_issuer(self, doc: Doc, start: int, hi: int) -> Mention | None:
        """The body in the genitive after a medium noun ("в повідомленні | штабу", "в сводке |
        Минобороны России"): a noun phrase, not a time or a preposition."""
        lx = self.lx
        if start + 2 < hi and doc[start].lower_ in lx.medium_preps:
            # "в сообщении | в Telegram-канале | ЗАЭС": the channel's owner ("Telegram-канале"
            # may be one token or three)
            k = start + 1
            if k + 2 < hi and doc[k + 1].text == "-":
                k += 2
            if doc[k].lower_.rsplit("-", 1)[-1] in lx.medium_nouns:
                start = k + 1
        named = _name_in_marks(doc, start, hi)
        if named is not None:
            # "говорится в Telegram-канале «Рыбарь»": the channel named in quote marks (a
            # name of one to three words, never a quote) is the one that speaks
            return named
        if start >= hi or doc[start].is_punct or doc[start].lower_ in lx.np_stop:
            return None
        if doc[start].lower_ in lx.time_words or doc[start].like_num:
            return None
        s, e = np_after(doc, lx, start, hi)
        e = without_place_tail(doc, lx, s, e)  # "в заявлении Минобороны | в Москве"
        head = s
        while (
            lx.may_be_attribute is not None
            and head < hi
            and head - s < 3
            and lx.may_be_attribute(doc[head].text)
        ):
            head += 1
        if (
            s < head < hi
            and doc[head].is_alpha
            and doc[head].is_lower
            and doc[head].lower_ not in lx.np_stop
            and doc[head].lower_ not in lx.medium_preps
        ):
            # "в повідомленні | військової частини", "в сообщении | оборонного ведомства": the
            # adjectives and the noun they go with, which a phrase reader stops short of
            e = max(e, head + 1)
            return Mention(span=doc[s:e], name=span_text(doc[s:e]), kind="organisation")
        if any(has_suffix(doc[t].lower_, lx.org_suffixes) for t in range(s, min(e, s + 2))):
            # "Генерального штабу ЗСУ": the body as a whole, not a title and a name
            return Mention(span=doc[s:e], name=span_text(doc[s:e]), kind="organisation")
        found = make_mention(doc, lx, s, e) if e > s else None
        if found is None or found.kind not in ("organisation", "named", "descriptive"):
            return None
        return found

    def _alias(self, doc: Doc, lo: int, hi: int) -> Mention | None:
        """A name given for an anonymous speaker in ``lo:hi`` ("identified only as Yevgeny")."""
        firsts = self.lx.alias_firsts
        for t in range(lo, hi):
            if doc[t].lower_ not in firsts:
                continue
            for seq in self.lx.aliases:
                e = t + len(seq)
                if e < hi and all(doc[t + i].lower_ == w for i, w in enumerate(seq)):
                    if doc[e].text in ("«", "“", '"') and e + 1 < hi:
                        e += 1  # 'who uses the call sign "Hrim,"'
                    k = e
                    while k < hi and is_cap(doc[k].text) and not doc[k].is_punct and k - e < 3:
                        k += 1
                    if k > e:
                        return Mention(
                            span=doc[e:k], name=span_text(doc[e:k]), kind="named", entity_type="PER"
                        )
        return None

    def _name_over_alias(self, doc: Doc, start: int, alias: Mention) -> Mention:
        """The person's own name when the subject phrase gives one before the call sign
        ("Волонтер Олександр з позивним «Бриз»", "Парамедик Ірина Коваль з позивним «Сова»"):
        the guide takes a call sign as the name only when it is the only name the text gives
        ("Офіцер ... з позивним «Лис»", "a gunner who goes by the call sign "Birch"")."""
        if alias.span is None:
            return alias
        marker = next(
            (
                t
                for t in range(start, alias.span.start)
                if any(
                    all(t + i < len(doc) and doc[t + i].lower_ == w for i, w in enumerate(seq))
                    for seq in self.lx.aliases
                )
            ),
            None,
        )
        if marker is None:
            return alias
        named = own_name_before(doc, self.lx, start, marker)
        return alias if named is None else named

    def _apposition(self, doc: Doc, k: int, lo: int) -> tuple[int, int] | None:
        """ "X, 71, said" / "X, a spokesman for Y, told" / "..., Iryna, said": the name in or
        before the commas right before the cue."""
        cue = doc[k].lower_
        while k - 1 > lo and (
            doc[k - 1].lower_ in self.lx.auxiliaries
            # "The governor, Oleh Syniehubov, later said": an adverb between the apposition and
            # the cue
            or doc[k - 1].lower_ in self.lx.adverbs
            # "Ordfører i X, Lars Berg (Sp), er tydelig på at": the copula of an adjective cue
            or (doc[k - 1].lower_ in self.lx.copulas and cue in self.lx.adjective_cues)
        ):
            k -= 1  # "Valeska Paris, an Australian woman ..., has claimed"
        if k - 1 <= lo or doc[k - 1].text != ",":
            return None
        for c2 in range(k - 2, max(lo, k - 25) - 1, -1):
            if doc[c2].text != ",":
                continue
            a0 = c2 + 1
            while a0 < k - 1 and doc[a0].text in ("»", "”", '"'):
                a0 += 1  # 'One popular channel, "Aviator Notes," which is ..., wrote'
            opener = doc[a0].lower_
            if opener in self.lx.coordinators:
                return None  # "Rystende, men ikke overraskende, sier X": a clause, no apposition
            while a0 < k - 1 and doc[a0].lower_ in self.lx.determiners:
                a0 += 1
            app = doc[a0 : k - 1]
            core = len(app)
            if core >= 3 and app[-1].text == ")" and app[-3].text == "(":
                core -= 3  # "En beboer i blokken, Natalija Horbenko (58), fortalte"
            if (
                0 < core <= 4
                and all(is_cap(t.text) or t.lower_ in self.lx.name_particles for t in app[:core])
                and not is_title(app[core - 1].lower_, self.lx)  # ", an Ottawa New Democrat MP,"
            ):
                return a0, k - 1
            if (
                len(app) > 8
                and opener not in self.lx.relatives
                and opener not in self.lx.determiners
                and opener not in self.lx.apposition_openers
                # "Sergej Zybinskij, talsperson for den vestlige kampgruppen i ..., sier": a
                # role noun opens a long apposition too
                and not is_title(opener, self.lx)
                and not has_suffix(opener, self.lx.person_suffixes)
                # "The agency, made up of rescuers who work under ..., earlier said": a past
                # participle opens a long apposition too (a tagger may read it as finite; a
                # finite verb there would leave the cue after the comma without a subject)
                and not (doc[a0].pos_ == "VERB" and "Past" in doc[a0].morph.get("Tense"))
            ):
                return None  # not an apposition: a clause ("MOSCOW, Nov 10 (Reuters) - ...")
            if c2 <= lo:
                return None
            before = np_before(doc, self.lx, c2, lo)
            if before is not None and all(t.like_num for t in doc[before[0] : before[1]]):
                continue  # "Serhii Bondarenko, 34, a volunteer driver, said"
            if before is not None and not self._nominal(doc, self._head(doc, *before)):
                return None  # "Minst 11 menneske er drepne, av dei to born, opplyser X"
            if (
                before is not None
                and a0 > c2 + 1
                and doc[c2 + 1].lower_ in self.lx.indefinite
                and len(app) <= 4
                and not any(is_cap(t.text) for t in doc[before[0] + 1 : before[1]])
            ):
                return before[0], k - 1  # "Olena's neighbour, a retired teacher, said"
            if before is not None and self._named_opening(doc, lo, before[0]):
                return lo, before[0] - 1  # "Ірина, мати військового, який ..., розповіла"
            return before
        return None

    def _named_opening(self, doc: Doc, lo: int, start: int) -> bool:
        """Whether the sentence opens with a name set off by a comma right before ``start``
        (1-3 capitalised words that read as a person's name)."""
        comma = start - 1
        if comma <= lo or doc[comma].text != "," or comma - lo > 3:
            return False
        if not all(is_cap(t.text) and t.is_alpha for t in doc[lo:comma]):
            return False
        found = make_mention(doc, self.lx, lo, comma)
        return found is not None and found.kind == "named"

    def _head(self, doc: Doc, s: int, e: int) -> int:
        """The head of the phrase ``s:e``: its last word before a preposition ("En ukrainsk
        soldat | i området", "The mother | of one of them")."""
        lx = self.lx
        for t in range(s + 1, e):
            if doc[t].lower_ in lx.np_link or doc[t].lower_ in lx.np_stop:
                return t - 1
        return e - 1

    def _nominal(self, doc: Doc, t: int) -> bool:
        return is_nominal(doc, self.lx, t)

    def _relative_subject(self, doc: Doc, k: int, lo: int) -> tuple[int, int] | None:
        """A subject with a clause on it, set off by a comma before the cue: "Kilder NRK har
        snakket med, bekrefter at ...", "Soldater som har rømt, forteller ..."."""
        lx = self.lx
        if k - 1 <= lo + 1 or doc[k - 1].text != "," or k - 1 - lo > 9:
            return None
        if any(doc[t].is_punct for t in range(lo, k - 1)):
            return None
        # the head noun: the word before the relative pronoun ("Flere eksperter som har sett
        # videoene, mener ..."), else the first word after the determiners
        rel = next((t for t in range(lo + 1, k - 1) if doc[t].lower_ in lx.relatives), None)
        h = lo if rel is None else rel - 1
        while rel is None and h < k - 1 and doc[h].lower_ in lx.determiners:
            h += 1
        low = doc[h].lower_
        if not (
            has_suffix(low, lx.person_suffixes)
            or is_plural(low, lx)
            # "De som er positive til ham, sier ...", "Mange som kjenner ham, mener ...": a
            # plural pronoun or a quantifier standing for people before the relative clause
            or (rel is not None and (lx.pronouns.get(low, {}).get("number") == "pl" or low in lx.person_adjectives))
        ):
            return None
        return lo, k - 1

    def _self_named(self, doc: Doc, s: int, e: int, hi: int) -> Mention | None:
        """ "ein russisk soldat som presenterer seg som Dmitrij Kozlov": the name given."""
        e0 = e
        # the kept columns: this runs for every cue's phrase, a Token per word test otherwise
        lowers, texts, puncts = doc_lowers(doc), token_texts(doc), punct_flags(doc)
        comma = next((c for c in range(e, min(hi, e + 5)) if puncts[c]), None)
        if comma is not None and texts[comma] == "," and comma + 1 < hi:
            e = comma + 1  # "en dronepilot i brigaden, som kaller seg «Sokil», til Nettavisen"
        for seq in self.lx.naming:
            n = len(seq)
            if e + n < hi and all(lowers[e + i] == w for i, w in enumerate(seq)):
                j0 = e + n
                if j0 < hi and texts[j0] == ",":
                    j0 += 1  # "who gave only her first name, Olena, as ..."
                marked = j0 < hi and texts[j0] in ("«", "“", '"')
                j0 += marked  # "som kallar seg «Bizon»"
                while j0 < hi and texts[j0].islower() and lowers[j0] in self.lx.titles:
                    j0 += 1  # "который представляется сержантом Денисом Кравцовым"
                j = j0
                while j < hi and is_cap(texts[j]) and not puncts[j]:
                    j += 1
                if j > j0:
                    m = make_mention(doc, self.lx, j0, j)
                    if m is not None and m.kind == "named":
                        m.span = doc[s : j + (marked and j < hi and doc[j].text in ("»", "”", '"'))]
                        m.title = doc[s + (doc[s].lower_ in self.lx.determiners) : e0].text
                        return m
        return None


def _role_closing_report(doc: Doc, found: Mention | None, parsed: tuple[int, int, int], k: int) -> bool:
    """Whether the rules' speaker is a body or role set off by a comma right before a closing
    cue, after a report that ends in a name ("The shelling wounded a teacher, Maria Koval, |
    the regional governor | said."): a small parse makes the name the subject and the role
    its apposition, but an apposition is closed by a comma before the verb, and the name is
    itself set off after, or run on from, words the sentence opens with (no fronted
    adverbial: "In Kyiv, Maria Koval, the regional governor said" keeps the name), so it
    stands inside the report and the role speaks."""
    if found is None or found.span is None or found.kind in ("named", "pronoun"):
        return False
    span = found.span
    start, end, left = parsed
    sent_start = doc[k].sent.start
    return (
        span.end == k
        and span.start > sent_start
        and doc[span.start - 1].text == ","
        and end <= span.start - 1
        and left > sent_start
        and start > sent_start + 1
        # set off by a comma, or run on from a lower-case word ("driver Oleg Sirko who ...")
        and (doc[start - 1].text == "," or doc[start - 1].is_lower)
        and doc[sent_start].pos_ not in ("ADP", "ADV", "SCONJ")
    )


def _parse_preferred(
    doc: Doc, lx: Lexicon, found: Mention | None, parsed: tuple[int, int, int]
) -> Mention | None:
    """The speaker to keep when the parse makes the name ``parsed`` the cue verb's subject.

    The parse wins where the rules found no one, where they read a person's name that the
    parse bounds otherwise (an organisation or place run into it, "University of Texas
    Arlington Amneh Jafari"; a compound name cut short), and where they took a phrase that is
    not the subject at all (the place closing an apposition, "..., University of Arkansas,
    Fayetteville, said"). An organisation or description overlapping the parsed name is the
    rules' when the parse makes the whole phrase the subject (it cuts "the Irving Independent
    School District" at its adjective); one that runs in words from outside the subject's
    phrase ("the Council on American-Islamic Relations Alia Salem") is not."""
    start, end, left = parsed
    if found is not None and found.span is not None:
        span = found.span
        overlaps = span.start < end and start < span.end
        if found.kind == "pronoun" or (overlaps and found.kind != "named" and span.start >= left):
            return found
        chain_text = span_text(doc[start:end])
        if found.name == chain_text:
            return found
        if (
            found.kind == "named"
            and found.name.endswith(" " + chain_text)
            and start > 0
            and parse_joins(doc, lx, start - 1, start, end)
        ):
            return found  # the rules' longer name is one the parse links too ("Oksana Demydiuk")
        if (
            found.kind == "named"
            and found.name.endswith(" " + chain_text)
            and _inside_person_entity(doc, span.start, start)
        ):
            # "local governor Yuri Slyusar said", parsed "Yuri" aux: the entity recogniser
            # reads the whole name as one person, as the rules do, so the parse's cut loses
            return found
    better = make_mention(doc, lx, start, end)
    chain = doc[start:end]
    if better is None or better.kind != "named":
        return found
    dropped = chain.text[: len(chain.text) - len(better.name)].split()
    if chain.text.endswith(better.name) and not any(
        is_title(word.lower(), lx) or not is_cap(word) for word in dropped if word != "-"
    ):
        better.name = chain.text  # "Mohamed El-Hassan Mohamed": the parse's whole name
    if found is not None and found.span is not None and found.span.start <= start < found.span.end:
        better.title = better.title or found.title
    return better


def _subject_after_fronted(doc: Doc, lx: Lexicon, start: int, k: int) -> tuple[int, int] | None:
    """The subject of a verb-second clause that opens with an adverbial ending before
    ``start``: the phrase right after the first finite verb before the cue at ``k``
    ("Klokken sju ringte | broren hans | og sa"); None in a language whose subject does not
    follow a fronted adverbial, or when no such phrase stands there."""
    if not lx.verb_second:
        return None
    verb = next((t for t in range(start, k) if _finite_verb_at(doc, lx, t)), None)
    if verb is None or verb + 1 >= k:
        return None
    found = subject_at(doc, lx, verb + 1, k)
    if found is not None and found[1] < k and "Yes" in doc[found[1]].morph.get("Poss"):
        # "broren hans": the possessive after the noun is part of the phrase (someone new,
        # not the man named before)
        found = (found[0], found[1] + 1)
    return found


def _past_name(doc: Doc, at: int, hi: int) -> int:
    """The first token from ``at`` that is not part of a capitalised name ("the United |
    States | would"), or ``hi``."""
    while at < hi and doc[at].text[:1].isupper() and doc[at].is_alpha:
        at += 1
    return at


def _clause_goes_on_in_marks(doc: Doc, at: int, hi: int) -> bool:
    """Whether an opening quotation mark stands at ``at`` and the quotation it opens begins
    with a verb (an adverb before it allowed): the words before the mark are then the
    subject of a clause the quotation finishes, never a speaker closing the sentence."""
    if at + 1 >= hi or doc[at].text not in ("“", "«", "„", '"'):
        return False
    if doc[at].text == '"' and (doc[at].whitespace_ or not doc[at - 1].whitespace_):
        return False  # a straight mark glued to the word after it is the one that opens
    word = at + 1
    while word + 1 < hi and doc[word].pos_ == "ADV":
        word += 1
    token = doc[word]
    return token.pos_ == "AUX" or (token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"))


def _finite_verb_at(doc: Doc, lx: Lexicon, at: int) -> bool:
    """Whether ``doc[at]`` is a finite auxiliary the language lists ("would", "has", "is")
    or a finite verb by a tagger."""
    if at >= len(doc):
        return False
    token = doc[at]
    if token.lower_ in lx.finite_auxiliaries:
        return True
    return token.pos_ in ("AUX", "VERB") and "Fin" in token.morph.get("VerbForm")


def _inside_person_entity(doc: Doc, lo: int, start: int) -> bool:
    """Whether the token at ``start`` continues a person entity that began at or after ``lo``
    (the entity recogniser joins the words before ``start`` into the same name)."""
    if start <= lo or doc[start].ent_iob_ != "I" or doc[start].ent_type_ not in PER_LABELS:
        return False
    first = start
    while first > lo and doc[first].ent_iob_ == "I":
        first -= 1
    return doc[first].ent_iob_ == "B" and doc[first].ent_type_ in PER_LABELS


def _role_before_name(doc: Doc, lx: Lexicon, name_start: int, lo: int) -> int:
    """Where the speaker phrase of a closing cue starts when a role set off by commas stands
    before the name ("Four were killed, | the governor of the region, | Ivan Petrenko, said";
    '"...," | the mayor of the city, | Anna Koval, wrote'): at the role, which is the
    speaker's and no part of the reported clause before it. ``name_start`` when there is
    none: the role opens with a definite determiner, holds a title word among its first
    words and no verb, and a comma sets it off on both sides."""
    if name_start - 2 <= lo or doc[name_start - 1].text != ",":
        return name_start
    comma = next(
        (c for c in range(name_start - 2, max(lo, name_start - 12), -1) if doc[c].text == ","),
        None,
    )
    if comma is None:
        return name_start
    start = comma + 1
    while start < name_start - 1 and doc[start].text in _NAME_CLOSE:
        start += 1  # '"...," the mayor of the city, Anna Koval, wrote': the quote's closing mark
    role = doc[start : name_start - 1]
    if (
        len(role) < 2
        or role[0].lower_ not in lx.definite_determiners
        or not any(is_title(t.lower_, lx) for t in role[1:4])
        or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in role)
    ):
        return name_start
    return start


def _apposed_title(doc: Doc, lx: Lexicon, m: Mention, cue: int) -> None:
    """'Oleksandr Symchyshyn, the city's mayor, said': the role set in commas between the
    parsed subject's name and its cue is the title the name was given, by which "the governor"
    later is someone else. Only a description (no name in it) counts; only where the language
    reads a parse (``subject_deps``), as the parse bounds the name before the commas."""
    if m.kind != "named" or m.title or m.span is None:
        return
    comma = m.span.end
    if comma >= cue - 2 or doc[comma].text != "," or doc[cue - 1].text != ",":
        return
    opener = doc[comma + 1]
    if (
        lx.adverbial_participles
        and opener.is_lower
        and opener.lower_.endswith(lx.adverbial_participles)
        and doc[comma + 2].lower_ in lx.np_stop
    ):
        return  # "Oleg Kiper, writing on Telegram, said": the verb's adverbial, not his role
    role = make_mention(doc, lx, comma + 1, cue - 1)
    if role is not None and role.kind == "descriptive" and role.span is not None:
        m.title = role.span.text


def apposed_name(doc: Doc, lx: Lexicon, m: Mention | None, s: int, e: int) -> Mention | None:
    """'said the ministry's spokesman, Igor Konashenkov.', "sier Venstres førstekandidat i
    Trondheim, Jon Gunnes.": the name set after the role, when the sentence ends with it."""
    if m is None or m.kind != "descriptive" or e + 2 >= len(doc) or doc[e].text != ",":
        return m
    r = e + 1
    while r < len(doc) and _name_word(doc[r].text) and not doc[r].is_punct and r - e <= 4:
        r += 1
    # one name will do when it ends the sentence ("sier Hannahs far, Andrew."): the speakers
    # component joins it to the full name the text gave before
    enough = 2 if r < len(doc) and doc[r].text == "," else 1
    if r - e - 1 == 1 and first_name_gender(doc[e + 1].text) is not None:
        enough = 1  # "said the leader of the crew, Maksym, a gunner": a known first name alone
    end = r
    while end < len(doc) and end - r < 2 and doc[end].lower_ in lx.time_words:
        end += 1  # "..., Salem Muftah al-Refaidy søndag."
    if r - e - 1 >= enough and (end >= len(doc) or doc[end].is_punct):
        full = make_mention(doc, lx, e + 1, r)
        if (
            full is not None
            and full.kind == "organisation"
            and r - e - 1 == 1
            and first_name_gender(doc[e + 1].text) is not None
        ):
            # a first name alone after a person's role, tagged a place: the person
            full.kind, full.entity_type = "named", "PER"
        if full is not None and full.kind == "named":
            full.span, full.title = doc[s:r], m.text
            more = _apposed_description(doc, lx, r)
            if more:
                # "..., Maksym, a gunner with long service.": the second apposition
                # describes him too, so "the soldier" later can take him up
                full.title = f"{m.text}, {more}"
            return full
    return m


def _apposed_description(doc: Doc, lx: Lexicon, comma: int) -> str | None:
    """An indefinite description set off by a comma after a name, up to the sentence's end
    ("Maksym, | a gunner with long service."): its words as written, else None."""
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ not in lx.indefinite:
        return None
    end = comma + 1
    while end < len(doc) and not doc[end].is_punct and end - comma <= 8:
        end += 1
    if end >= len(doc) or doc[end].text not in (".", ",", ";"):
        return None
    return span_text(doc[comma + 1 : end])


def _name_word(text: str) -> bool:
    """A word of a person's name: capitalised, or a particle joined to one ("al-Refaidy")."""
    return is_cap(text) or particle_name(text)


_NAME_MARKS = frozenset({"«", "»", '"', "“", "”", "„"})


def _located_body_before_object(doc: Doc, lx: Lexicon, lo: int, k: int) -> Mention | None:
    """ "В Минобороны России обращение назвали «...»", "В Кремле эту информацию назвали":
    the body named with a locative preposition speaks through the impersonal plural, with the
    verb's object between (words that may be accusative, or determiners). None elsewhere, and
    where a word between can only be a subject ("В Киеве жители рассказали")."""
    if lx.may_be_object is None or k - lo < 3 or doc[lo].lower_ not in lx.locative_sources:
        return None
    end = lo + 1
    while end < k and (is_cap(doc[end].text) or doc[end].text in _NAME_MARKS):
        end += 1
    if end == lo + 1 or end >= k or k - end > 3:
        return None
    if has_suffix(doc[end].lower_, lx.org_suffixes):
        return None  # "У Національній поліції": the body's head noun, not an object
    if end - lo > 2 and capitalised_adjective(lx, doc[end - 1].text):
        # "В Офісі Генерального | прокурора повідомили": a capitalised adjective ending the
        # run has its noun after it, in the name, not the verb's object
        return None
    for t in range(end, k):
        word = doc[t]
        if not (word.is_alpha and word.is_lower):
            return None
        if word.lower_ not in lx.subject_breaks and not lx.may_be_object(word.text):
            return None
    return make_mention(doc, lx, lo + 1, end)


def _past_medium(doc: Doc, lx: Lexicon, j: int, hi: int) -> int:
    """Where the speaker after a cue starts: past adverbs, a time phrase and a medium phrase
    standing between ("говорит в видео мужчина", "заявив у своєму зверненні президент", "Об
    этом заявил в среду в Telegram губернатор")."""
    while j < hi and doc[j].lower_ in lx.adverbs:
        j += 1
    j = _past_time(doc, lx, j, hi)
    if j + 2 < hi and doc[j].lower_ in lx.medium_preps:
        # the medium noun right after the preposition or after one word ("в своём обращении")
        for k in (j + 1, j + 2):
            if doc[k].lower_ in lx.medium_nouns or doc[k].lower_ in lx.platforms:
                j = k + 1
                while j < hi and doc[j].lower_ in lx.adverbs:
                    j += 1
                break
    j = _past_time(doc, lx, j, hi)
    if lx.dative_outlets:
        j = past_outlet_told(doc, lx, j, hi)
    return j


def _past_time(doc: Doc, lx: Lexicon, j: int, hi: int) -> int:
    """Past a time phrase after a cue ("в среду", "вчера вечером"): the run of time words, up to
    its last word that is no preposition, so that "в | Telegram" or "в | Минобороны" after the
    day is left to the medium and body readers."""
    end = j
    for t in range(j, hi):
        low = doc[t].lower_
        if low not in lx.time_words:
            break
        if low not in lx.place_preps and low not in lx.locative_sources and low not in lx.medium_preps:
            end = t + 1
    return end


def past_outlet_told(doc: Doc, lx: Lexicon, j: int, hi: int) -> int:
    """Past the outlet told, in the dative, between a cue and its speaker ("уточнил РБК
    источник, ...", "повідомив Радіо Свобода голова ...", "рассказали ТАСС в оперативных
    службах"): the outlet passed the words on, the phrase after it said them."""
    # four tokens: a two-word name in marks ("«Українській правді»")
    for n in (4, 3, 2, 1):
        end = j + n
        if end >= hi or doc[end].is_punct and doc[end].text not in ("«", '"', "„"):
            continue
        told = span_text(doc[j:end]).lower().strip("«»\"„“")
        if told not in lx.outlets and not _outlet_in_marks_inflected(doc, lx, j, end, hi):
            continue
        if end + 1 < hi and doc[end].lower_ in lx.locative_sources and not doc[end + 1].is_punct:
            return end + 1  # "рассказали ТАСС | в | оперативных службах": the body
        if doc[end].lower_ in lx.complementizers or doc[end].lower_ in lx.np_stop:
            # "сообщил ТАСС, что ...", "повідомляє РБК-Україна з посиланням на ...": the
            # outlet is the one reporting
            return j
        return end
    return j


def _outlet_in_marks_inflected(doc: Doc, lx: Lexicon, start: int, end: int, hi: int) -> bool:
    """Whether ``doc[start:end]`` is an outlet's name in quote marks in an oblique case, told
    the words between a cue and its speaker ("рассказала «Фонтанке» сестра ..."): the marks
    and a speaker opening in lower case after them are required, so that a bare word never
    passes (:func:`inflected_outlet_end`)."""
    if end >= hi or doc[end].is_punct or not doc[end].is_alpha or not doc[end].text.islower():
        return False  # the speaker after the outlet opens in lower case ("сестра", "источник")
    return inflected_outlet_end(doc, lx, start, hi) == end


def _name_in_marks(doc: Doc, start: int, hi: int) -> Mention | None:
    """A name of one to three capitalised words in quote marks at ``start`` («Рыбарь»,
    «Старше Эдды»), as an organisation; None for anything longer or with a word in lower
    case."""
    if start >= hi or doc[start].text not in _NAME_OPEN:
        return None
    close = next(
        (t for t in range(start + 1, min(hi, start + 5)) if doc[t].text in _NAME_CLOSE), None
    )
    if close is None or close == start + 1 or not is_cap(doc[start + 1].text):
        return None
    if any(
        (doc[t].is_punct and doc[t].text != "-") or (doc[t].is_alpha and not is_cap(doc[t].text))
        for t in range(start + 1, close)
    ):
        return None  # «Мы не сдадимся» is a quote, not a name
    inner = doc[start + 1 : close]
    return Mention(span=inner, name=span_text(inner), kind="organisation")


def _medium_mention(doc: Doc, lx: Lexicon, t: int, lo: int) -> Mention:
    """The medium noun at ``t`` as the speaker of an impersonal cue ("i uttalelsen", "i en
    uttalelse"), with its determiner when one stands right before it (not before ``lo``)."""
    start = t - 1 if t > lo and doc[t - 1].lower_ in lx.determiners else t
    return Mention(span=doc[start : t + 1], name=span_text(doc[start : t + 1]), kind="descriptive")


def _counted_among(
    doc: Doc, lx: Lexicon, antecedent: tuple[int, int], lo: int
) -> tuple[int, int] | None:
    """The subject a copula counts among those a relative clause reports on ("Kari Nordvik
    er blant dem som mener at", "Per Olsen er en av dem som sier at", with an apposition
    "Lederen i laget, Kari Nordvik, er blant dem som"): the pronoun "dem" names no one, the
    subject is who holds the view. None when the antecedent is no such pronoun after its
    preposition and a copula, or the words before the copula are no subject."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    start, end = antecedent
    if end - start == 2 and lowers[start] in lx.among_preps:
        start += 1  # the phrase read leftwards took in the preposition: "blant dem"
    if end - start != 1 or lowers[start] not in lx.among_pronouns:
        return None
    prep = start - 1
    if prep <= lo or lowers[prep] not in lx.among_preps:
        return None
    copula = prep - 1
    if copula > lo and lowers[copula] in lx.among_counts:
        copula -= 1  # "er en av dem"
    if copula <= lo or lowers[copula] not in lx.copulas:
        return None
    if texts[copula - 1] == ",":
        # "Lederen i laget, Kari Nordvik, er": the name set off by commas
        opening = max((c for c in range(lo, copula - 1) if texts[c] == ","), default=None)
        if opening is not None:
            return name_between_commas(doc, opening, copula)
        return None
    return np_before(doc, lx, copula, lo)


def _after_inner_dateline(doc: Doc, lo: int, k: int) -> int:
    """Where a sentence's words start after a wire dateline inside it ("CITY (Agency) -"):
    the token after its dash; ``lo`` when there is none."""
    texts = token_texts(doc)
    for dash in range(k - 2, lo + 3, -1):
        if texts[dash] not in DASHES or texts[dash - 1] != ")":
            continue
        opening = next((c for c in range(dash - 2, max(lo, dash - 6) - 1, -1) if texts[c] == "("), None)
        if opening is not None and opening > lo and texts[opening - 1].isupper() and len(texts[opening - 1]) > 2:
            return dash + 1
    return lo


def _subject_before_parenthesis(doc: Doc, lx: Lexicon, lo: int, close: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence at ``lo`` when a parenthesis closing at ``close``
    follows it right away ("Kari Nordmann (forsker ved NUPI / tidligere offiser), sier at"):
    the writer's description of the subject, set off before the cue's comma, so the cue reports
    what follows it. None when the words before the parenthesis are no whole phrase (a clause
    before the comma is a report the cue closes)."""
    texts = token_texts(doc)
    opening = next((t for t in range(close - 1, lo, -1) if texts[t] in ("(", ")")), None)
    if opening is None or texts[opening] != "(":
        return None
    phrase = subject_at(doc, lx, lo, opening)
    if phrase is None or phrase != (lo, opening):
        return None
    return phrase


def _joint_inverted_end(doc: Doc, lx: Lexicon, end: int, hi: int) -> int:
    """The end of an inverted subject ending at ``end`` that an and-word joins to a second
    phrase running up to the complementizer ("Likevel hevder Per Hansen og Kari Olsen at"):
    both speak together, so the subject runs on over the second; else ``end`` stands (the
    "og" of "sier X og legger til" joins verbs, and no complementizer follows a phrase)."""
    if end + 1 >= hi or doc[end].lower_ not in lx.and_words:
        return end
    second = subject_at(doc, lx, end + 1, hi)
    if second is None or second[0] != end + 1 or not (end + 1 < second[1] < hi):
        return end
    after = second[1]
    while after < hi and doc[after].lower_ in lx.adverbs:
        after += 1
    return second[1] if after < hi and doc[after].lower_ in lx.complementizers else end

"""Indirect speech inside ``sourcetrace_quotes``: "X forteller (videre) at ...", "X said
(that) ...", "..., opplyser politiet til NTB", "ifølge X ...", "according to X". The quote
text is the reported clause.

A mixin for the per-document reader :class:`~sourcetrace.pipeline.quotes._QuoteReading` (see :class:`.quote_cues.CueReader`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from .annotations import Mention, QuoteAnn, doc_lowers, has_model_annotation, span_text
from .cues import (
    Lexicon,
    adjective_comma,
    attributes_then_body,
    body_tail,
    capitalised_adjective,
    document_owner,
    has_suffix,
    is_cap,
    is_outlet_word,
    make_mention,
    name_between_commas,
    names_outlet,
    np_after,
    np_before,
    numbered_name_genitive,
    subject_at,
    without_ending,
)
from .parse_subject import determiner_not_complementizer, parsed_complement
from .quote_cues import (
    CueReader,
    ReadState,
    _medium_mention,
    apposed_name,
    past_outlet_told,
)
from .quote_marks import DASHES
from .token_arrays import punct_flags, punct_or_space, token_starts, token_texts

#: a wire's credit after its dateline, read as one token ("/ТАСС/.", "/Интерфакс/.")
_AGENCY_CREDIT = re.compile(r"/[^\W\d_][\w.-]*(?:\s[\w.-]+)?/\.?")


class IndirectReader(CueReader):
    """Reported speech, sentence by sentence, outside the direct quotes."""

    def _indirect(self, doc: Doc, para, state: ReadState) -> list[QuoteAnn]:
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        char_starts = token_starts(doc)
        lx = self.lx
        out: list[QuoteAnn] = []
        # only the direct quotes of this paragraph matter here
        quoted = [(a, b) for a, b in state.quoted if a < para.end_char and b > para.start_char]
        firsts = lx.according_firsts
        # sentence bounds inside the paragraph
        # sentences, and lines: "- A, officials said\n- B" (a bulleted list in one paragraph)
        starts: list[int] = []
        after_newline = True
        # token columns, not Token objects: a sentence start is SENT_START 1
        if state.sent_starts is None:
            state.sent_starts = doc.to_array(SENT_START).tolist()
        sent_starts = state.sent_starts[para.start : para.end]
        for i, sent_start in zip(range(para.start, para.end), sent_starts, strict=True):
            if after_newline or sent_start == 1 and not _cue_after_exclamation(doc, lx, i, para.end):
                starts.append(i)
            after_newline = lowers[i].isspace() and "\n" in lowers[i]
        bounds = list(zip(starts, [*starts[1:], para.end], strict=False))
        for s0, s1 in bounds:
            if texts[s0] in DASHES and inside(quoted, char_starts[min(s0 + 1, s1 - 1)]):
                # "- ..., sa X til NTB, og mente det burde ...": after a dash quote and its cue,
                # a second cue joined by a coordinator reports a clause of its own
                s0 = _after_quote(doc, quoted, s0, s1)
                if s0 >= s1:
                    continue
            if s0 == para.start:
                s0 = _after_dateline(doc, s0, s1)
            if s0 == para.start and (label := self._entry_label(doc, s0, s1, state)) is not None:
                out.append(label)  # "Генштаб: за добу відбулося 143 зіткнення." (a live blog)
                continue
            k = s0
            while k < s1:
                low = lowers[k]
                ann = None
                if low in lx.claim_nouns and not inside(quoted, char_starts[k]):
                    claim = self._claim_noun(doc, k, s0, s1, state)
                    if claim is not None:
                        out.append(claim)
                        k += 1
                        continue
                if low in lx.relative_naming_cues and not inside(quoted, char_starts[k]):
                    named = self._relative_naming(doc, k, s0, s1)
                    if named is not None:
                        out.append(named)
                        k += 1
                        continue
                if (
                    low not in lx.indirect_cues and low not in firsts and low not in lx.unnamed_that
                ) or inside(quoted, char_starts[k]):
                    k += 1
                    continue
                if low in lx.unnamed_that and (
                    unnamed := self._unnamed_according(doc, k, s0, s1, state)
                ):
                    ann = unnamed  # "Вказується, що ...": goes on with the report before it
                elif low in lx.indirect_cues and (
                    k not in state.used_cues or k in state.partial_cues
                ):
                    ann = self._indirect_cue(doc, k, s0, s1, state)
                elif low in firsts:
                    ann = self._according(doc, k, s0, s1, state)
                if ann is not None and ann.kind == "indirect" and ann.span.start in state.used_cues:
                    # "– A, sier X til avisa, skriver NTB.": the outlet relays the direct quote;
                    # the cue clause before its closing cue is no report of its own
                    ann = None
                if ann is not None:
                    if (
                        out
                        and out[-1].span.start < k < out[-1].span.end
                        and ann.speaker is not None
                        and ann.speaker.span is not None
                        and ann.speaker.span.start >= out[-1].span.start
                        # "... was Ivan Sokol, who had declared ... and insisted ...": a report
                        # nested in a relative clause of the first leaves the first whole
                        and not (doc[k].dep_ == "conj" and doc[k].head.dep_ in lx.relative_deps)
                    ):
                        # "Ukraine said it had struck ..., while Moscow insisted ...": the first
                        # report ends where the second speaker begins
                        cut = ann.speaker.span.start
                        while cut > out[-1].span.start and (
                            doc[cut - 1].is_punct or lowers[cut - 1] in self.lx.conjunctions
                        ):
                            cut -= 1
                        if cut - out[-1].span.start >= 3:
                            out[-1].span = doc[out[-1].span.start : cut]
                    elif (
                        out
                        and lx.partial_quote_clauses
                        and out[-1].span.start + 3 <= k < out[-1].span.end
                        and low in lx.participle_cues
                        and _after_comma(doc, k)
                    ):
                        # 'The mayor said the attack was "barbaric," adding that ...': the
                        # first report ends at the comma before the participle's own clause
                        out[-1].span = doc[out[-1].span.start : k - (texts[k - 1] in (",", "-"))]
                    elif (
                        out
                        and out[-1].span.start < k < out[-1].span.end
                        and ann.speaker is not None
                        and out[-1].speaker is not None
                        and out[-1].speaker.name == ann.speaker.name
                        and out[-1].cue is not None
                        and out[-1].cue[0].lower_ in self.lx.participle_cues
                        and ann.speaker.span is not None
                        and out[-1].cue.start < ann.speaker.span.end + 3
                    ):
                        # "X, writing on the Telegram messaging app, said the two men ...": the
                        # participle's "clause" runs into the main cue of the same speaker; what
                        # it reports is the main cue's clause, so it ends before that cue
                        cut = k
                        while cut > out[-1].span.start and doc[cut - 1].is_punct:
                            cut -= 1
                        if cut - out[-1].span.start >= 3 and not _medium_tail(doc, self.lx, out[-1].span.start, cut):
                            out[-1].span = doc[out[-1].span.start : cut]
                        else:
                            out.pop()
                    out.append(ann)
                    out.extend(state.more)
                    state.more.clear()
                k += 1
        for ann in out:
            if ann.kind == "indirect":
                cut = _before_withheld(doc, lx, ann.span.start, ann.span.end)
                if cut - ann.span.start >= 3:
                    ann.span = doc[ann.span.start : cut]
            ann.span = _balanced(doc, ann.span, para.end)
        return out

    def _clause(
        self, doc: Doc, start: int, end: int, state: ReadState, introduced: bool = False
    ) -> tuple[int, int] | None:
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        blanks = punct_or_space(doc)
        char_starts = token_starts(doc)
        stop = end
        while end > start and blanks[end - 1]:
            end -= 1
        while start < end and blanks[start]:
            start += 1
        while start < end and _AGENCY_CREDIT.fullmatch(texts[start]):
            start += 1  # "МОСКВА, 18 декабря. /ТАСС/. Россия ...": the wire's credit, kept as one token
        if start < end and texts[start].isupper() and len(texts[start]) > 2:
            # a dateline: "LONDON (Reuters) - Russia has ...", "KYIV, Ukraine (AP) — ..."
            # (not the hyphen inside an agency's name: "ІНТЕРФАКС-УКРАЇНА – ...")
            dash = next(
                (
                    t
                    for t in range(start + 1, min(end, start + 12))
                    if texts[t] in DASHES and (doc[t - 1].whitespace_ or doc[t].whitespace_)
                ),
                None,
            )
            if dash is not None:
                start = dash + 1
        elif start < end:
            # a dated one: "Sept 18 (Reuters) - A suspect has been ...": an outlet in
            # parentheses right before the dash
            dash = next(
                (
                    t
                    for t in range(start + 3, min(end, start + 8))
                    if (texts[t] in DASHES or (self.lx.partial_quote_clauses and is_cap(texts[t])))
                    and texts[t - 1] == ")"
                    and texts[t - 3] == "("
                    and lowers[t - 2] in self.lx.outlets
                ),
                None,
            )
            if dash is not None:
                # "Khartoum, Sep 16 (IANS) At least 40 ...": English wire copy may drop the dash
                start = dash + 1 if texts[dash] in DASHES else dash
        # a clause of one or two words is too little to be a report ("Ifølge NTB, sier ..."),
        # unless the speaker exclaims or asks it: "Au!, sier keeperen", "Desidert årsverste!, sa X",
        # or a complementizer introduces it: "innrømmet at fasaden lyver"
        shortest = 1 if end < stop and texts[end] in EXCLAMATIONS else (2 if introduced else 3)
        if end - start == 2 and _short_report(lowers[start:end], self.lx):
            shortest = 2  # "Пострадавших нет, сообщил губернатор": two words, a whole report
        if end - start < shortest:
            return None
        end = _before_relay_tail(doc, self.lx, start, end)
        end = _before_according_tail(doc, self.lx, start, end)
        end = _before_writer_comment(doc, self.lx, start, end)
        if introduced:
            # only after "at": a clause before its closing cue may hold an inversion of its own
            # ("Så lenge det finnes forskning, mener vi ..., sier Steinnes")
            end = _before_main_clause_cue(doc, self.lx, start, end)
        inner = token_texts(doc)[start:end]  # the words, without a Token built for each
        opened = sum(w in ("«", "“") for w in inner) - sum(w in ("»", "”") for w in inner)
        if opened > 0 or sum(w == '"' for w in inner) % 2:
            # 'angrepet var «et terrorangrep».': the clause keeps the partial quote's closing mark
            while end < stop and texts[end] not in ("»", "”", '"'):
                end += 1
            end = min(stop, end + 1)
        a = char_starts[start]
        if inside(state.quoted, a):
            quote_end = next(b for q, b in state.quoted if q <= a < b)
            rest = [t for t in doc[start:end] if t.idx >= quote_end]
            if not any(t.is_alpha for t in rest) or any(self.lx.is_cue(doc, t.i, end) for t in rest):
                # inside a direct quote, or a quote with its own cue ('"...," X said, adding');
                # a partial quote inside the clause is fine
                return None
            # '"Three dozen UAVs" were deployed, he said': a clause opening with a partial
            # quote goes on after it, and keeps the opening mark
            while start > 0 and texts[start - 1] in ("«", "“", '"', "„"):
                start -= 1
        return start, end

    def _entry_label(self, doc: Doc, s0: int, s1: int, state: ReadState) -> QuoteAnn | None:
        """A paragraph that opens with a body's or a person's name and a colon, then a
        sentence in no quote marks ("Генштаб: за добу відбулося 143 бойові зіткнення.", "ОВА:
        ..."): a live blog's or a channel's entry labelled with who reports it, an indirect
        quote of that name (languages with ``colon_labels``: ru, uk). Furniture labels
        ("Фото:", "Оновлено:") carry no entity and are passed over, as are places."""
        lx = self.lx
        if not lx.colon_labels:
            return None
        colon = next((t for t in range(s0 + 1, min(s1, s0 + 5)) if doc[t].text == ":"), None)
        if colon is None or colon + 2 >= s1 or not doc[colon + 1].is_alpha:
            return None  # a quote mark or a time after the colon: no entry of this kind
        words = doc[s0:colon]
        if not is_cap(words[0].text) or any(t.like_num or t.is_punct for t in words):
            return None
        speaker = make_mention(doc, lx, s0, colon)
        if speaker is None or not (
            (speaker.kind == "organisation" and speaker.entity_type == "ORG"
             and not any(t.ent_type_ in ("GPE", "LOC") for t in words))
            or (speaker.kind == "named" and all(t.ent_type_ in ("PER", "PERSON") for t in words))
        ):
            return None
        clause = self._clause(doc, colon + 1, s1, state)
        if clause is None:
            return None
        return QuoteAnn(
            span=doc[clause[0] : clause[1]], kind="indirect", speaker=speaker, cue=doc[s0 : colon + 1]
        )

    def _topic_report(
        self, doc: Doc, cue_end: int, s1: int, state: ReadState
    ) -> tuple[int, int] | None:
        """The topic phrase after an announcing cue ("оголосила | про створення такої зброї",
        "повідомили | про зовсім іншу приставку"), from its preposition to the clause's end:
        the content announced. None when no such phrase follows right after the cue (past
        adverbs), or when it only points back ("повідомив про це")."""
        lx = self.lx
        lowers = doc_lowers(doc)
        at = cue_end
        while at < s1 and (lowers[at] in lx.adverbs or lowers[at] in lx.time_words):
            at += 1
        if at + 2 >= s1 or lowers[at] not in lx.topic_preps or lowers[at + 1] in lx.placeholders:
            return None
        end = next((x for x in range(at + 1, s1) if doc[x].text in (",", ";", ":")), s1)
        return self._clause(doc, at, end, state) if end - at >= 3 else None

    def _passive_agent(self, doc: Doc, cue_end: int, s1: int) -> Mention | None:
        """The agent a passive cue names right after it ("It is asserted by the Crown that",
        "it was announced by the army that"): the speaker. None without one."""
        lx = self.lx
        if not lx.agent_preps or cue_end + 1 >= s1 or doc[cue_end].lower_ not in lx.agent_preps:
            return None
        s, e = np_after(doc, lx, cue_end + 1, s1)
        return make_mention(doc, lx, s, e) if e > s else None

    def _indirect_cue(
        self, doc: Doc, k: int, s0: int, s1: int, state: ReadState
    ) -> QuoteAnn | None:
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        blanks = punct_or_space(doc)
        char_starts = token_starts(doc)
        lx = self.lx
        after: tuple[int, int] | None = None
        if lx.relative_deps and doc[k].dep_ in lx.relative_deps and doc[k].head.i < k:
            # "The commander, who said his unit had lost ten men, asked ...": what the relative
            # clause reports ends with the clause, at the comma where the parse ends it
            edge = doc[k].right_edge.i + 1
            if k < edge < s1 and texts[edge] == ",":
                s1 = edge
        cue_end = lx.is_cue(doc, k, s1)
        if not cue_end and lx.locative_sources and _opening_medium(doc, lx, s0, k) is not None:
            cue_end = k + 1  # "В сообщении говорится, что": an impersonal cue after its medium
        if not cue_end or (cue_end < s1 and lowers[cue_end] in lx.reflexives):
            return None  # "uttaler seg anonymt": speaking, not a report
        if cue_end < s1 and _predicate_after(doc, lx, k, cue_end):
            return None  # "people they believed trapped": a belief about a state, no report
        if _ends_according_phrase(doc, lx, k, s0):
            return None  # "Як повідомив X, ...": the according-to reading has it
        negated = _negated(doc, lx, k, s0) and lowers[k] not in lx.negated_cues
        if negated or (cue_end < s1 and lowers[cue_end] in lx.negations):
            return None  # "It did not say how many ...", "Han ville ikke si ..."
        if (
            k > s0
            and lowers[k - 1] in lx.placeholders
            and lowers[k] not in lx.passive_cues
            # "I går ble det opplyst at ...": "det" after a passive auxiliary is the passive's
            # dummy subject in an inverted clause, no placeholder for a quote elsewhere
            and not (k - 2 >= s0 and lowers[k - 2] in lx.passive_auxiliaries)
            and np_before(doc, lx, k, s0) is None
        ):
            if lowers[k] in lx.complement_cues:
                return None  # "Det krevde operasjon": a verb that reports only with "at"
            if any(texts[t] == ":" for t in range(cue_end, s1)):
                return None  # "Så svarer Natalia noe overraskende:" announces what follows
            if lx.back_reference_quotes:
                return self._back_reference(doc, k, cue_end, s0, s1, state)
            return None  # "Det forteller X": the quote is elsewhere
        if lx.back_reference_quotes and (
            _placeholder_opening(doc, lx, s0, k) or _placeholder_after_comma(doc, lx, s0, k) is not None
        ):
            # "Про це в Telegram повідомив", "Збито 30 дронів, про це в ефірі заявила X"
            return self._back_reference(doc, k, cue_end, s0, s1, state)
        if lx.back_reference_quotes and (
            subject := _placeholder_subject(doc, lx, s0, k)
            or _manner_subject(doc, lx, s0, k, cue_end, s1)
        ):
            # "Про це президент X сказав у зверненні": the subject stands before the cue
            return self._back_reference(doc, k, cue_end, s0, s1, state, subject=subject)
        colon = next(
            (t for t in range(cue_end, s1) if texts[t] == ":" and (t == s1 - 1 or t < cue_end + 8)),
            None,
        )
        if colon is not None and not any(
            lowers[t] in lx.complementizers for t in range(cue_end, colon)
        ) and not _clause_before_colon(doc, lx, cue_end, colon):
            return None  # "X sier følgende:" announces a direct quote; "X meiner at Y:" reports
        before = k - 1
        while (
            before > s0
            and lowers[before] not in lx.passive_auxiliaries
            and (lowers[before] in lx.adverbs or lowers[before] in lx.placeholders)
        ):
            before -= 1  # "er det nemlig varslet at ...": the auxiliary before subject and adverb
        passive = lowers[k] in lx.passive_cues or (
            k > s0
            and lowers[before] in lx.passive_auxiliaries
            # "Officials are warning that ...": a progressive, not a passive
            and lowers[k] not in lx.participle_cues
            # "Kjus er klar på at": a copula with an adjective, no passive
            and lowers[k] not in lx.adjective_cues
        )
        if passive and any(_according_at(doc, lx, t, s1) for t in range(cue_end, s1)):
            return None  # "Det er bekreftet at ..., ifølge guvernøren": the source is named
        if passive:
            # "elevene er blitt fortalt at ...": the subject heard it; no one is named as saying,
            # unless the agent is ("It is asserted by the Crown that ...")
            speaker, subj_start = self._passive_agent(doc, cue_end, s1), None
        else:
            speaker = _located_body_told(doc, lx, s0, k) if lx.locative_sources else None
            if speaker is None and lx.locative_sources:
                # "В Белгородской областной администрации сообщили": a body in the locative
                # opening the sentence speaks, before any word of its name is read as a subject
                speaker = _locative_body(doc, lx, s0, k)
            subj_start = s0 if speaker is not None else None
            if speaker is None and _unquoted_dash(doc, s0, k):
                # "... - повідомив X.": the dash ends the report; the speaker follows the cue
                speaker, subj_start = self._speaker_pos(doc, k, cue_end, k, s1)
            if speaker is None:
                speaker, subj_start = self._speaker_pos(doc, k, cue_end, s0, s1)
            channel_end = (
                _opening_channel(doc, lx, s0, k)
                # "В заявлении Минобороны говорится": an impersonal cue; the medium's issuer speaks
                if speaker is None and _opening_medium(doc, lx, s0, k) is None
                else None
            )
            if channel_end is not None:
                # "В Telegram чиновник отметил, что": the channel opening the sentence is where
                # it was said; the subject after it speaks
                speaker, subj_start = self._speaker_pos(doc, k, cue_end, channel_end, s1)
        if speaker is None and lx.locative_sources and not passive:
            speaker = _locative_source(doc, lx, s0, k)  # "У Генштабі ЗСУ наголосили, що"
            subj_start = s0 if speaker is not None else None
        if speaker is None and lx.locative_sources and not passive:
            # "В сообщении ведомства говорится, что", "У повідомленні також зазначено, що": the
            # body in the genitive after the medium noun, else the medium, which the speakers
            # component ties to whoever issued it
            medium = _opening_medium(doc, lx, s0, k)
            if medium is not None:
                speaker = self._genitive_issuer(doc, medium + 1, k) or _medium_mention(doc, lx, medium, medium)
                subj_start = s0
        if speaker is None and not passive:
            if not _document_speaks(doc, lx, k, cue_end, s0, s1):
                return None
            # "I reglane står det at ...", "Der står det at ...": a document speaks; no one is
            # named (the guide's `unknown`), and what it says is reported as a passive is
            passive = True
        if subj_start is not None and _inside_asked_question(doc, lx, s0, subj_start):
            return None  # "På spørsmål om hva han synes om at ...": the question asked, no statement
        if (
            lowers[k] in lx.judgement_frames
            and cue_end - k > 1
            and speaker is not None
            and speaker.span is not None
            and speaker.span.start >= cue_end
        ):
            return None  # "fant det helt nødvendig å ...": the words after the frame are judged, no one speaks there
        # the complementizer, after the speaker phrase and adverbials
        j = cue_end
        limit = min(s1, cue_end + 12)
        comp = None
        commas = False
        puncts = punct_flags(doc)
        while j < limit:
            # the word from the kept columns: a Token only for its part of speech
            word_low, word = lowers[j], texts[j]
            if (
                j > cue_end
                and word_low in lx.complementizers
                and word_low in lx.relatives
                and not puncts[j - 1]
                and _finite_in(doc, j + 1, j + 2)
                and not _finite_in(doc, cue_end, j)
            ):
                # "that" with its verb right after it opens a relative clause on the noun
                # before it, no clause of speech
                clause_end = next((x for x in range(j + 2, s1) if texts[x] == ","), s1)
                if not _finite_in(doc, j + 2, clause_end):
                    # "Officials reported an attack | that struck Kharkiv": the relative is on
                    # the cue's object, a thing reported (the sourcing step records it)
                    return None
                # "said two drones | that targeted the plant | were downed": the relative is
                # inside the bare reported clause's subject, whose own verb follows
                j += 1
                continue
            if word_low in lx.complementizers and not determiner_not_complementizer(doc, lx, j):
                comp = j
                break
            commas = commas or word == ","
            if (
                j > cue_end
                and doc[j].pos_ in ("VERB", "AUX")
                # a time word the tagger takes for a verb ("seier fredag morgon at") is none
                and word_low not in lx.time_words
                and not commas
                and subj_start is not None
                and subj_start < k
                # "said in a statement | carried by TASS | that": a participle after the medium
                # describes the statement; the clause's "that" is still to come
                and not (lowers[j - 1] in lx.medium_nouns and _past_participle(doc[j]))
            ):
                # "Legene mener dette kosttilskuddet bidro til at ...": a verb of the bare clause
                # comes first; its "at" is the clause's own (a relative clause set off by commas,
                # "sier Hansen, som leder utvalget, at", does not stop the search)
                break
            if (
                lowers[k] in lx.question_cues
                and word_low in lx.wh_prepositions
                and texts[s1 - 1] != "?"
                and not puncts[j - 1]
                and _clause_verb_follows(doc, j + 1, s1)
                and speaker is not None
            ):
                # "legene spør om han tar noen legemidler": a question put by others is
                # reported as theirs; "om" (whether) opens it
                comp = j
                break
            if (
                word_low in lx.wh_complementizers
                and texts[s1 - 1] != "?"  # "Hvorfor tror du de gjør det?" asks, reports nothing
                and not any(
                    puncts[x] or lowers[x] in lx.conjunctions or lowers[x] in lx.cue_verbs
                    for x in range(cue_end, j - 1)
                )
                and not puncts[j - 1]
                # right after the cue only when it asks ("spør hvordan"): "forklarer hva" may
                # name the thing explained
                and (lowers[j - 1] not in lx.cue_verbs or (j == cue_end and lowers[k] in lx.question_cues))
                and (lowers[j - 1] not in lx.conjunctions or lowers[j - 1] in lx.wh_prepositions)
            ):
                # the question word opens the clause ("understreka X kor viktig det er", "forteller
                # om hvordan"), unless a comma, another clause or cue comes first ("sa X da han
                # forklarte kvifor")
                if _names_who(speaker, lx) or (
                    lowers[k] in lx.question_cues and speaker is not None
                ):
                    comp = j - 1  # "En finsk journalist spør hvordan ...": the asker's question
                break
            if lx.partial_quote_clauses and word in ("—", "–") and (
                close := next((x for x in range(j + 1, min(limit, j + 7)) if texts[x] == word), None)
            ):
                # "He said — per CNN — that ...": an aside between dashes, then the clause
                j = close + 1
                limit = min(s1, limit + (close + 1 - cue_end))
                continue
            if (puncts[j] and word != "," and not _word_hyphen(doc, j)) or (
                texts[j - 1] == "," and lx.is_cue(doc, j, s1)
            ):
                break  # "..., the ministry said on Thursday, adding that ...": adding's clause
            if j > cue_end and lowers[j - 1] in lx.coordinators and lx.is_cue(doc, j, s1):
                break  # "..., sa helseministeren, og la til at ...": the second cue's clause
            j += 1
        clause = None
        if (
            comp is None
            and lowers[k] in lx.naming_cues
            and subj_start is not None
            and subj_start < k
            # the subject opens its clause: "sende det han kaller fredsbevarende styrker" is a
            # relative clause naming a thing, no judgement reported
            and (
                subj_start == s0
                or doc[subj_start - 1].is_punct
                or lowers[subj_start - 1] in lx.coordinators
            )
        ):
            # "Statsministeren kaller angrepet sjokkerende": what the speaker calls something
            # is their judgement, reported without a clause
            clause = _named_as(doc, lx, cue_end, s1)
        if clause is None and lowers[k] in lx.judgement_frames and cue_end - k > 1:
            # "Fylkesrådmannen ser det som urealistisk å krevje at ...": the judgement and
            # what it judges
            clause = self._clause(doc, cue_end, s1, state)
        if (
            clause is None
            and comp is None
            and lowers[k] in lx.topic_report_cues
            and subj_start is not None
            and subj_start < k
        ):
            # "Компанія у 2004 році оголосила про створення торпеди": what was announced
            clause = self._topic_report(doc, cue_end, s1, state)
        if clause is not None:
            pass
        elif lowers[k] in lx.naming_cues:
            return None  # "det han kaller fredsbevarende styrker ..., etter at": no report
        elif comp is None and lowers[k] in lx.complement_cues:
            return None  # "viser Ekern til de to klubbene": pointing at something, no report
        elif comp is not None:
            clause = self._clause(doc, comp + 1, s1, state, introduced=True)
        elif subj_start is not None:
            nxt = cue_end
            while nxt < s1 and lowers[nxt] in lx.adverbs:
                nxt += 1
            if lowers[k] in lx.recipient_verbs:
                if nxt < s1 and lowers[nxt] in lx.object_pronouns:
                    nxt += 1  # "told me she no longer goes ..."
                else:  # "told the BBC's Ukrainian service she had ..."
                    told = subject_at(doc, lx, nxt, s1)
                    nxt = told[1] if told is not None else s1
                    if told is not None and nxt < s1 and lowers[nxt] in lx.medium_nouns:
                        nxt += 1  # "told a press conference in Gaza City": the event told
                    if told is not None:
                        # "told CBC News the department will ...": a determiner after the
                        # outlet's name opens the reported clause
                        for t in range(told[0] + 1, told[1]):
                            prev = doc[t - 1]
                            if lowers[t] in lx.determiners and (
                                is_cap(prev.text)
                                # "told reporters the alliance was united": a determiner
                                # right after the noun told opens the clause too (not "of the")
                                or (
                                    lx.recipient_noun_ends
                                    and prev.is_alpha
                                    and prev.lower_ not in lx.np_link
                                    and prev.lower_ not in lx.np_stop
                                    and prev.lower_ not in lx.determiners
                                )
                            ):
                                nxt = t
                                break
            nxt = self._skip_cue_tail(doc, nxt, s1)
            if (
                lx.partial_quote_clauses
                and nxt > cue_end
                and subj_start == s0
                and nxt + 3 < s1
                and texts[nxt] == ","
                and not inside(state.quoted, char_starts[nxt + 1])
                and texts[nxt + 1] not in ('"', "“", "«")
                # "X, writing on the Telegram messaging app, said ...": after a participle's
                # medium phrase the comma closes the participle, the main cue follows
                and lowers[k] not in lx.participle_cues
                # "X said this on Telegram, Kyiv Independent reports.": the cue's object points
                # back; what follows the comma is the relaying outlet, no report
                and not (lx.back_reference_objects and lowers[cue_end] in lx.placeholders)
            ):
                # "The ministry said on Saturday, at least 24 people have been killed": a comma
                # after the time phrase of a cue that opens the sentence; the report follows
                nxt += 1
            trailing = (
                nxt >= s1
                or doc[nxt].is_punct
                or doc[nxt].is_space
                or lowers[nxt] in lx.np_stop
                or lowers[nxt] in lx.recipient_preps
                or lowers[nxt] in lx.medium_preps
            ) and not _infinitive_after(doc, lx, nxt, s1) and not _figure_bound_at(doc, lx, nxt, s1)
            introduces = (
                nxt + 2 < len(doc)
                and texts[nxt] == ","
                and inside(state.quoted, char_starts[nxt + 2])
                and not inside(state.quoted, char_starts[s0])
                # the words before are no clause (with a tagger: no verb among them); "Two
                # buildings were hit, the governor said, "and ..."" still reports them
                and has_model_annotation(doc, "POS")
                and not any(doc[t].pos_ in ("VERB", "AUX") for t in range(s0, subj_start))
            )
            # '... in Gaza City "in recent days," the IDF said.': the comma before the subject
            # set inside the partial quote's closing mark (American style)
            comma_in_mark = (
                lx.partial_quote_clauses
                and subj_start > s0 + 1
                and texts[subj_start - 1] in ('"', "”")
                and texts[subj_start - 2] == ","
            )
            # "Ordføreren i byen, Ivan Petrenko, forteller om ...": a title set off before the
            # name, with no verb, is the speaker's apposition, no report before a closing cue
            apposed = (
                texts[k - 1] == ","
                and subj_start > s0 + 1
                and has_model_annotation(doc, "POS")
                and not any(doc[t].pos_ in ("VERB", "AUX") for t in range(s0, subj_start - 1))
            )
            if (
                subj_start > s0 + 1
                and lowers[subj_start - 1] in lx.comparative_openers
                and (texts[subj_start - 2] == "," or texts[subj_start - 2] in DASHES)
                and trailing
            ):
                # "Byen ble angrepet, slik Ukraina hevder.": the words before report the subject
                # of the comparative clause, as "..., hevder Ukraina." would (after a dash too:
                # "... et komplott – slik Bertelsen selv mener?")
                clause = self._clause(doc, s0, subj_start - 2, state)
            elif trailing and subj_start > s0 and (relay_comma := _relay_comma(doc, lx, s0, k)) is not None:
                # "The port was shut, the RIA agency quoted an official as saying.": the one
                # quoted reports the words before the outlet's comma (the outlet relays them)
                clause = self._clause(doc, s0, relay_comma, state)
            elif (
                subj_start > s0
                and (texts[subj_start - 1] == "," or comma_in_mark)
                and trailing
                and not introduces
                and not apposed
            ):
                # "..., the governor said." (not "And in the end, he would say, "...": a cue
                # opening the direct quote after it reports none of the words before)
                if _relayed(doc, lx, s0, subj_start - 1, speaker):
                    return None  # "According to the president, ..., news agencies reported."
                if (
                    nxt < s1
                    and texts[nxt] in (",", ":")
                    and _participial_opening(doc, lx, s0, subj_start - 1)
                ):
                    return None  # "Talking about his opponents, he said," opens no report
                clause = self._clause(doc, s0, subj_start - 1, state)
                after = self._continuation(doc, nxt, s1, state)
                if clause is None and after is not None and _finite_first(doc, lx, after[0]):
                    # "This achievement, the astronomers said, can provide ...": a short
                    # subject before the cue set in the middle, its predicate after it
                    first = s0
                    while first < subj_start - 1 and blanks[first]:
                        first += 1
                    clause = (first, subj_start - 1) if first < subj_start - 1 else None
            elif (
                lx.bare_clause
                and nxt < s1
                and (lowers[k] in lx.bare_cues or parsed_complement(doc, lx, k, nxt))
                and not doc[nxt].is_punct
                and (lowers[nxt] not in lx.placeholders or _opens_clause(doc, lx, nxt, s1))
                and (
                    (lowers[nxt] not in lx.np_stop and lowers[nxt] not in lx.np_link)
                    # "said at least 14 soldiers were killed"
                    or any(doc[x].like_num for x in range(nxt + 1, min(s1, nxt + 3)))
                    # "said as many as 30 homes were hit"
                    or _figure_bound_at(doc, lx, nxt, s1)
                    # "estimated that number is closer to ...": the parse's determiner
                    or determiner_not_complementizer(doc, lx, nxt)
                )
            ):
                clause = self._clause(doc, nxt, s1, state)
            elif lowers[k] in lx.infinitive_cues and _infinitive_after(doc, lx, nxt, s1):
                # "The group vowed to rebuild the bridge": the infinitive is what is pledged,
                # threatened or claimed, an indirect quote of the subject
                clause = self._clause(doc, nxt, s1, state)
            elif lowers[k] in lx.object_infinitive_cues and (
                to := _object_infinitive(doc, lx, nxt, s1)
            ) is not None:
                # "The mayor urged residents to leave the city": what the object is asked to do
                clause = self._clause(doc, to, s1, state)
        elif (
            lx.verb_second
            and k > s0
            and texts[k - 1] not in (",", *EXCLAMATIONS)
            # "... og mente den illustrerte ...": a coordinated verb's subject came before
            and lowers[k - 1] not in lx.coordinators
            and lowers[k] in lx.bare_cues
            and speaker is not None
            and speaker.span is not None
            and speaker.span.start == cue_end
            and speaker.kind == "pronoun"
            and speaker.span.end < s1
            and not doc[speaker.span.end].is_punct
            and lowers[speaker.span.end] not in lx.np_stop
            # a clause, with its verb before any comma ("sier han de fineste ting, sa hun" has
            # an object there, no clause)
            and _clause_verb_follows(doc, speaker.span.end, _before_comma(doc, speaker.span.end, s1))
        ):
            # "Likevel mener han det er ...": the inverted pronoun subject, then a bare clause
            clause = self._clause(doc, speaker.span.end, s1, state)
        elif k > s0 and (texts[k - 1] in (",", *EXCLAMATIONS) or _unquoted_dash(doc, s0, k)):
            if (
                lowers[k] in lx.object_infinitive_cues or lowers[k] in lx.infinitive_cues
            ) and lowers[k] not in lx.recipient_verbs:
                # "X, addressing a committee, cautioned Hamas to halt ...": a verb of demanding
                # or pledging after a comma goes on with its subject; it closes no report
                return None
            if lowers[k] in lx.relay_tail_verbs and any(
                lx.is_cue(doc, t, k - 1) for t in range(s0, k - 1)
            ):
                # "Про це повідомив голова ОВА X, пише УНН.": the outlet relays X's report, and
                # says nothing itself (the sourcing reads it as relaying)
                return None
            # "..., opplyser politiet til NTB."; "Au!, sier keeperen."; "Nå ble jeg glad! jubler X."
            if _relayed(doc, lx, s0, k - 1, speaker):
                # "Ifølge presidenten har Russland ..., melder flere nyhetsbyråer.", "Han hevder
                # at ..., melder CNN.": the report is someone else's; the outlet relays it (a
                # sourcing statement, no quote)
                return None
            clause = self._clause(
                doc, s0, k - 1 if texts[k - 1] == "," or texts[k - 1] in DASHES else k, state
            )
            if speaker is not None and speaker.span is not None and speaker.span.start > k:
                after = self._verb_continuation(doc, speaker.span.end, s1, state)
                end = speaker.span.end
                linking_only = all(
                    doc[t].is_punct or lowers[t] in lx.conjunctions or lowers[t] in lx.adverbs
                    for t in range(s0, k)
                )
                if clause is None and linking_only and end + 1 < s1 and texts[end] == ",":
                    # "Men, sier Stokke, de dubber ikke alt.", "Likevel, sa X, vil ...": only a
                    # conjunction or an adverb before the cue; the report is what follows
                    clause, after = self._clause(doc, end + 1, s1, state), None
                elif clause is None and after is not None:
                    # "Institutional recipients, said Mauer, are ...": a short subject before
                    # the cue is still the report's first part
                    first = s0
                    while first < k - 1 and blanks[first]:
                        first += 1
                    clause = (first, k - 1) if first < k - 1 else None
        if (
            clause is None
            and lx.back_reference_objects
            and speaker is not None
            and _placeholder_reported(doc, lx, k, cue_end, s0, s1, passive, self._skip_cue_tail)
        ):
            # "Governor X reported this on Telegram.", "This was reported by the Air Force.":
            # the placeholder points back at the sentence before, which the speaker reported
            return self._back_reference(doc, k, cue_end, s0, s1, state, subject=speaker)
        if clause is None:
            return None
        if (
            lx.citing
            and speaker is not None
            and speaker.span is not None
            and speaker.span.start > k
            and _is_outlet_name(speaker, lx)
        ):
            # "..., сообщает ТАСС со ссылкой на представителя экстренных служб": the outlet
            # relays; the one it cites reports (a sourcing statement names both)
            speaker = self._cited(doc, speaker.span.end, s1) or speaker
        if clause[0] > k:
            # "Zelenskyj sier at angrepet var planlagt, melder NTB.": the report ends before
            # the outlet's closing cue
            cut = next(
                (t for t in range(clause[0] + 1, clause[1]) if texts[t] == "," and _closing_cue(doc, lx, t, s1)),
                None,
            )
            if cut is not None:
                clause = (clause[0], cut)
        state.used_cues.add(k)
        ann = QuoteAnn(
            span=doc[clause[0] : clause[1]], kind="indirect", speaker=speaker, cue=doc[k:cue_end]
        )
        if after is not None:
            # "Twelve others were wounded, he said, three of them seriously.": the rest too
            more = QuoteAnn(
                span=doc[after[0] : after[1]], kind="indirect", speaker=speaker, cue=ann.cue
            )
            state.clauses[id(more)] = [(k, s1)]
            state.more.append(more)
        if clause[0] > k:
            state.clauses[id(ann)] = [(s0, comp if comp is not None else clause[0])]
        else:
            state.clauses[id(ann)] = [(k, s1)]
        return ann

    def _continuation(
        self, doc: Doc, j: int, s1: int, state: ReadState
    ) -> tuple[int, int] | None:
        """The reported words after a cue set in the middle: "..., he said, though some talks
        had stalled", "..., the official said, and Moscow was likely to struggle"."""
        lx = self.lx
        while j < s1 and not doc[j].is_punct and j < s1 and doc[j].lower_ in lx.np_stop:
            j += 1
        if j >= s1 or doc[j].text != ",":
            return None
        j += 1
        while j < s1 and doc[j].lower_ in lx.coordinators:
            j += 1
        if any(lx.is_cue(doc, t, s1) for t in range(j, min(s1, j + 3))):
            return None  # "..., sier han, og legger til at ...": a cue of its own
        if j < s1 and _participle(doc[j]):
            # "..., TASS reported, citing the governor", "..., the ministry said, quoted by
            # Reuters": how the source is known, not more of the report
            return None
        if j < s1 and doc[j].lower_ in lx.writer_links:
            # "..., the mayor said, as elsewhere Russian troops fought to ...": the writer
            # sets the report beside other news; the speaker did not say it
            return None
        return self._clause(doc, j, s1, state)

    def _verb_continuation(
        self, doc: Doc, j: int, s1: int, state: ReadState
    ) -> tuple[int, int] | None:
        """The report going on after a cue and its speaker set inside it: "Institutional
        recipients, said Mauer, are required to ..." (the predicate of the subject before the
        cue). Only where a tagger makes the first word after the comma a verb: "..., said
        Mauer, a spokesman for ..." or "..., who heads ..." describe the speaker instead."""
        if j >= s1 or doc[j].text != "," or j + 1 >= s1:
            return None
        if doc[j + 1].pos_ not in ("AUX", "VERB"):
            return None
        return self._continuation(doc, j, s1, state)

    def _relative_naming(self, doc: Doc, k: int, s0: int, s1: int) -> QuoteAnn | None:
        """The name a speaker gives a thing in a relative clause ("in what Kyiv called | the
        largest attack of the winter", "which the army describes as | a filtration centre"): the
        words after the naming verb, to the next comma or the sentence's end, are the speaker's.
        The speaker is the phrase between the relative word and the verb, with no punctuation
        or verb in it; nothing when no relative word opens the clause ("the ministry called
        the strike ..." names no thing in a relative clause here)."""
        lx = self.lx
        opener = next(
            (
                j
                for j in range(k - 1, max(s0, k - 7) - 1, -1)
                if doc[j].lower_ in lx.relative_naming_openers
            ),
            None,
        )
        if opener is None or opener + 1 >= k:
            return None
        if any(doc[t].is_punct or doc[t].lower_ in lx.cue_verbs for t in range(opener + 1, k)):
            return None
        if has_model_annotation(doc, "POS") and any(doc[t].pos_ == "VERB" for t in range(opener + 1, k)):
            return None
        speaker = make_mention(doc, lx, opener + 1, k)
        if speaker is None:
            return None
        start = k + 1
        if start < s1 and doc[start].lower_ in lx.relative_naming_links:
            start += 1
        end = start
        while end < s1 and doc[end].text not in (",", ".", ";", ":", "?", "!") and end - start < 14:
            end += 1
        if end - start < 2 or (end < s1 and doc[end].text not in (",", ".", ";", ":", "?", "!")):
            return None
        if any(lx.is_cue(doc, t, end) or doc[t].lower_ in lx.complementizers for t in range(start, end)):
            return None  # "what he called on Russia to ...", "which it described as saying that"
        return QuoteAnn(span=doc[start:end], kind="indirect", speaker=speaker, cue=doc[k : k + 1])

    def _skip_cue_tail(self, doc: Doc, j: int, end: int) -> int:
        """Past the medium and time phrases after a cue, in either order and each at most
        twice ("said in a statement it had ...", "said on Thursday there had been ...", "said
        late on Tuesday on its Telegram channel."), to where a bare reported clause may begin
        or the sentence ends: a cue whose tail is only these phrases closes the clause before it."""
        lx = self.lx
        for _ in range(4):
            start = j
            j = self._skip_medium(doc, j, end)
            if j < end and doc[j].lower_ in lx.time_modifiers and (
                j + 1 < end and (doc[j + 1].lower_ in lx.time_words or doc[j + 1].lower_ in lx.np_stop)
            ):
                j += 1  # "late on Tuesday", "early Monday"
            if (
                j + 1 < end
                and doc[j].lower_ in lx.np_stop
                and doc[j + 1].lower_ in lx.date_months
                and is_cap(doc[j + 1].text)
            ):
                j += 2  # "said in July they had taken ...", "said on March 3 it would ..."
                while j < end and doc[j].like_num:
                    j += 1
            elif j + 1 < end and doc[j].lower_ in lx.np_stop and doc[j + 1].lower_ in lx.time_words:
                j += 2  # "said on Thursday there had been ..."
            else:
                # "seier fredag morgon at ...": a day and its part, every word of the time phrase
                while j < end and doc[j].lower_ in lx.time_words:
                    j += 1
            if j == start:
                break
        return j

    def _skip_medium(self, doc: Doc, j: int, end: int) -> int:
        """Past a medium phrase after a cue ("in a statement", "in a video posted on
        Telegram", "på Telegram"), to where a bare reported clause may begin."""
        lx = self.lx
        if j >= end or doc[j].lower_ not in lx.medium_preps:
            return j
        for t in range(j + 1, min(end, j + 4)):
            if doc[t].lower_ in lx.medium_nouns or (
                doc[t].lower_ in lx.platforms and is_cap(doc[t].text)
            ):
                k = t + 1
                while k < end and doc[k].lower_ in lx.medium_nouns:
                    k += 1  # "in his nightly video address", "on its Telegram channel"
                for t_app in range(k, min(end, k + 2)):
                    if doc[t_app].lower_ in lx.platform_nouns:
                        k = t_app + 1  # "on the Telegram messaging app"
                        break
                    if not doc[t_app].is_alpha or not doc[t_app].is_lower:
                        break
                if (
                    k + 1 < end
                    and doc[k].lower_ in lx.platform_preps
                    and doc[k + 1].lower_ in lx.platforms
                ):
                    k += 2  # "in a post on Telegram"
                return k
            if doc[t].is_punct:
                break
        return j

    def _claim_noun(self, doc: Doc, k: int, s0: int, s1: int, state: ReadState) -> QuoteAnn | None:
        """ "Gånevs påstander om at reptilene lider", "Russlands påstand om at ...": a claim
        noun owned in the genitive, with its content clause, reports what the owner claims."""
        lx = self.lx
        if not (
            k + 2 < s1
            and lx.claim_links
            # "påstander om at", "Forsvarets vurdering er at": a link, or a copula
            and (doc[k + 1].lower_ in lx.claim_links or doc[k + 1].lower_ in lx.copulas)
            and doc[k + 2].lower_ in lx.complementizers
        ):
            return None
        owner = k - 1
        if owner < s0 or not is_cap(doc[owner].text):
            return None
        name = without_ending(doc[owner].text, lx.genitive_endings)
        if name == doc[owner].text:
            return None  # no genitive: "Påstander om at ..." names no one
        start = owner
        while start > s0 and is_cap(doc[start - 1].text) and not doc[start - 1].is_punct:
            start -= 1
        if start == s0 and start < owner and doc[start].lower_ in lx.leading_drop:
            start += 1
        end = s1
        if start == s0 and doc[k + 1].lower_ not in lx.copulas:
            # the claim opens the sentence: its clause runs into the predicate, unless a comma
            # before a finite verb ends it ("Russlands påstand om at byen er tatt, | avvises")
            end = next(
                (
                    t
                    for t in range(k + 4, s1 - 1)
                    if doc[t].text == "," and "Fin" in doc[t + 1].morph.get("VerbForm")
                ),
                None,
            )
            if end is None:
                return None
        clause = self._clause(doc, k + 3, end, state)
        if clause is None:
            return None
        full = " ".join([*(t.text for t in doc[start:owner]), name])
        speaker = Mention(span=doc[start : owner + 1], name=full, kind="named")
        if start == owner and name.lower() in lx.pronouns:
            return None  # "Hennes oppfatning er at": a possessive pronoun, no name ("Henne")
        return QuoteAnn(span=doc[clause[0] : clause[1]], kind="indirect", speaker=speaker, cue=doc[k : k + 1])

    def _unnamed_according(
        self, doc: Doc, k: int, s0: int, s1: int, state: ReadState
    ) -> QuoteAnn | None:
        """"Как отмечается, повреждены три дома" / "..., але, як зазначається, пожежу
        загасили": an impersonal "as is noted" names no one; it goes on with the statement
        being retold, so the clause after its comma is a report whose speaker
        :func:`carry_impersonal_speaker` sets to the last one who spoke."""
        lowers = doc_lowers(doc)
        if (
            lowers[k] in self.lx.unnamed_that
            and k + 2 < s1
            and lowers[k + 1] == ","
            and lowers[k + 2] in self.lx.complementizers
            and all(doc[t].is_punct for t in range(s0, k))
        ):
            # "Вказується, що ...": the clause after "що", whose speaker the report before it
            # gives (:func:`carry_impersonal_speaker`)
            clause = self._clause(doc, k + 3, s1, state, introduced=True)
            if clause is None:
                return None
            return QuoteAnn(
                span=doc[clause[0] : clause[1]], kind="indirect", speaker=None, cue=doc[k : k + 1]
            )
        for phrase in self.lx.unnamed_according:
            end = k + len(phrase)
            if end >= s1 or lowers[end] != "," or tuple(lowers[k:end]) != phrase:
                continue
            opens = all(doc[t].is_punct for t in range(s0, k)) or (k > s0 and lowers[k - 1] == ",")
            if not opens:
                return None
            clause = self._clause(doc, end + 1, s1, state, introduced=True)
            if clause is None:
                return None
            return QuoteAnn(
                span=doc[clause[0] : clause[1]], kind="indirect", speaker=None, cue=doc[k:end]
            )
        return None

    def _according(self, doc: Doc, k: int, s0: int, s1: int, state: ReadState) -> QuoteAnn | None:
        lx = self.lx
        lowers = doc_lowers(doc)
        unnamed = self._unnamed_according(doc, k, s0, s1, state)
        if unnamed is not None:
            return unnamed
        for seq in lx.according_to:
            n = len(seq)
            if "*" in seq:
                # "по его словам", "за її словами": the speaker is the pronoun in the phrase
                ann = self._according_pronoun(doc, k, s0, s1, seq, state)
                if ann is not None:
                    return ann
                continue
            if k + n <= s1 and all(lowers[k + i] == w for i, w in enumerate(seq)):
                at_start = (
                    k == s0
                    or all(doc[t].is_punct for t in range(s0, k))
                    or _connective_lead(doc, lx, s0, k)
                    # "Як повідомляв Укрінформ, | за даними Генштабу, ...": the outlet opening
                    # the sentence relays; the report is the body's, as at the start
                    or _relay_opening(doc, lx, s0, k)
                )
                follows = _next_according(doc, lx, k, n, s1)
                if at_start and follows > k and _relay_opening(doc, lx, s0, follows):
                    return None  # the outlet of such an opening relays; it says nothing itself
                contact = _contact_clause(doc, lx, k + n, s1) if at_start else None
                if contact is not None:
                    # "Ifølge kilder Reuters har snakket med, ringte Trump ...": the sources
                    # described by a clause up to the comma speak; the report follows it
                    clause = self._clause(doc, contact + 1, s1, state)
                    if clause is None:
                        return None
                    described = doc[k + n : contact]
                    return QuoteAnn(
                        span=doc[clause[0] : clause[1]],
                        kind="indirect",
                        speaker=Mention(span=described, name=span_text(described), kind="descriptive"),
                        cue=doc[k : k + n],
                    )
                # "Ifølge generalstaben mistet Russland ...": the phrase ends at the verb
                bounds = (
                    (
                        subject_at(doc, lx, k + n, s1)
                        or _short(np_after(doc, lx, k + n, s1), doc, lx)
                    )
                    if at_start
                    else np_after(doc, lx, k + n, s1)
                )
                s, e = bounds if bounds is not None else (k + n, k + n)
                runs_on = not at_start and e < s1 and not (doc[e].is_punct or doc[e].is_space)
                # "..., according to a Reuters tally | based on official figures": after a
                # comma, words with no finite verb describe the source; the clause is before
                described = runs_on and doc[k - 1].text == "," and not _finite_in(doc, e, s1)
                inside_clause = runs_on and not described
                if (
                    inside_clause
                    and doc[e].lower_ in lx.complementizers
                    and any(s0 <= t < k for t in state.used_cues)
                ):
                    # "Talspersonen sier i en uttalelse, ifølge AFP at ...": the phrase sources
                    # the report of the cue before it; what is reported is the cue's
                    return None
                if inside_clause and doc[k - 1].lower_ in lx.cue_verbs:
                    # "Helseministeren sier ifølge Interfax at ...": the phrase sources the
                    # report; what is reported is the cue's, read with the cue
                    return None
                if not at_start and not inside_clause and any(s0 <= t < k for t in state.used_cues):
                    # "..., skriver The New York Times, ifølge Reuters.": the report is the
                    # cue's; the phrase names who relayed it (a sourcing statement, no quote)
                    return None
                if inside_clause or described:
                    # "Han er ifølge forsvareren godt i gang ...": the phrase ends at the verb
                    # or adverb that goes on with the clause, as after a sentence-opening one
                    bounds = subject_at(doc, lx, k + n, s1) or _short(
                        np_after(doc, lx, k + n, s1), doc, lx
                    )
                    s, e = bounds if bounds is not None else (k + n, k + n)
                if at_start and lx.according_to_comma:
                    comma = next(
                        (t for t in range(k + n, min(s1, k + n + 14)) if doc[t].text == ","), None
                    )
                    if lx.according_to_comma_nominal and comma is not None and any(
                        doc[t].pos_ in ("VERB", "AUX") for t in range(k + n, comma)
                    ):
                        comma = None  # "According to a Reuters tally based on ...": its own bounds
                    if comma is not None and comma > k + n:
                        s, e = k + n, comma
                        if doc[comma - 1].lower_ in lx.source_noun_forms:
                            # "По словам собеседника, близкого к Кремлю, ...": the participle
                            # phrase describing an anonymous source is part of the source
                            e = _described_to(doc, lx, comma, s1)
                if lx.dative_outlets and seq[-1] in lx.cue_verbs and e > s:
                    # "Как рассказали ТАСС в оперативных службах, ...": the outlet was told
                    s = past_outlet_told(doc, lx, s, e)
                rest = e
                data = self._data_source(doc, s, e, s1)
                owner = None if data is not None else self._data_owner(doc, s, e)
                if data is not None:
                    s, e, rest = data
                elif owner is not None:
                    s, e = owner
                elif at_start and e < s1 and doc[e].lower_ in lx.data_nouns and s < e:
                    # "According to Ukrainian military estimates, Russia has lost ...": the
                    # bounds stop at the first lower-case noun; the data noun after the
                    # source belongs to the phrase, and the report starts after it
                    while rest < s1 and doc[rest].lower_ in lx.data_nouns:
                        rest += 1
                elif at_start and s < e and (noun_end := _noun_run_to_comma(doc, e, s1)) is not None:
                    # "According to Kyiv city officials, 40 people ...": lower-case nouns after
                    # a name, up to the phrase's comma, are the rest of who speaks
                    e = rest = noun_end
                elif at_start:
                    # "Ifølge generalstaben i Kyiv mistet ...": the place belongs to the source
                    while (
                        rest + 2 < s1
                        and doc[rest].lower_ in lx.np_stop
                        # "Ifølge politiet og Røde Kors": a second source, no place (below)
                        and doc[rest].lower_ not in lx.and_words
                        and is_cap(doc[rest + 1].text)
                        and not doc[rest + 1].is_punct
                    ):
                        rest += 2
                        while rest < s1 and is_cap(doc[rest].text) and not doc[rest].is_punct:
                            rest += 1
                if rest == e:
                    # "Ifølge politiet og brannvesenet er tre skadd", "ifølge tall fra FN og Røde
                    # Kors": both bodies speak together; the report starts after the second
                    e = rest = _coordinated_source_end(doc, lx, s, e, s1)
                speaker = make_mention(doc, lx, s, e) if e > s else None
                if speaker is None and e - s == 1 and doc[s].lower_ in lx.medium_nouns:
                    # "Ifølge uttalelsen pågår det harde kamper": the statement named before
                    # speaks for whoever issued it (the speakers component ties it to them),
                    # whatever tag the tagger gives the noun
                    speaker = _medium_mention(doc, lx, s, s)
                if speaker is not None and owner is not None:
                    speaker.name = without_ending(speaker.name, lx.genitive_endings)
                if not at_start:
                    # "..., ifølge en talsmann for provinsmyndighetene, Sergij Bratsjuk."
                    speaker = apposed_name(doc, lx, speaker, s, e)
                elif speaker is not None and e < s1 and doc[e].text == "," and rest == e:
                    # "According to a regional spokesman, Ivan Petrenko, the bridge ...": the
                    # name between the commas is who speaks; the report starts after it
                    named = apposed_name(doc, lx, speaker, s, e)
                    if named is not speaker and named is not None and named.span is not None:
                        speaker, rest = named, named.span.end
                if speaker is None:
                    return None
                if speaker.kind == "descriptive" and e < s1 and doc[e - 1].lower_ in lx.documents:
                    # "according to a list provided by the health ministry": the document's
                    # issuer, named after its participle, is the one reporting
                    j = e
                    while j < s1 and doc[j].lower_ in lx.issue_participles:
                        j += 1
                    if j > e and j + 1 < s1 and doc[j].lower_ in lx.document_preps:
                        tail = np_after(doc, lx, j + 1, s1)
                        issued = make_mention(doc, lx, *tail) if tail[1] > tail[0] else None
                        speaker = issued or speaker
                if lx.genitive_issuer and speaker.span is not None:
                    # "Как говорится в сводке Минобороны, ...": the body that issued the
                    # medium speaks, not the medium
                    speaker = _medium_issuer(doc, lx, speaker) or speaker
                if lx.citing and speaker.span is not None:
                    # "Как сообщает РБК со ссылкой на источники в правительстве, ...": the
                    # outlet relays; the one it cites reports (a sourcing statement names both)
                    cited = next(
                        (
                            found
                            for c in range(speaker.span.start + 1, speaker.span.end - 1)
                            if (found := self._cited(doc, c, speaker.span.end)) is not None
                        ),
                        None,
                    )
                    speaker = cited or speaker
                acronym = _acronym(doc, lx, e, s1)
                if acronym is not None and speaker.kind in ("organisation", "descriptive"):
                    # "according to Ukraine's military intelligence agency (HUR)" / ", the HUR"
                    a, b, close = acronym
                    speaker.span, speaker.name = doc[s:close], span_text(doc[a:b])
                    speaker.kind, speaker.entity_type = "organisation", "ORG"
                    rest = max(rest, close)
                if at_start and lx.relay_participles:
                    # "According to Yonhap, quoting the state agency KCNA, the military ...":
                    # the words are the one quoted; the outlet relays them (a sourcing
                    # statement of its own)
                    j = rest + 1 if rest < s1 and doc[rest].text == "," else rest
                    comma = next(
                        (t for t in range(j + 2, min(s1, j + 16)) if doc[t].text == ","), None
                    )
                    if j < s1 and doc[j].lower_ in lx.relay_participles and comma is not None:
                        relayed = make_mention(doc, lx, j + 1, comma)
                        paren = next((t for t in range(j + 2, comma) if doc[t].text == "("), None)
                        if relayed is not None and paren is not None:
                            # "North Korea's main news agency Korean Central News Agency
                            # (KCNA)": the name before the acronym, not the description
                            a = paren
                            while a > j + 1 and is_cap(doc[a - 1].text):
                                a -= 1
                            if a < paren:
                                relayed.name = span_text(doc[a:paren])
                        if relayed is not None:
                            speaker, rest = relayed, comma + 1
                if at_start and _cued_report_in(doc, lx, rest, s1):
                    # "Ifølge Interfax sa Konasjenkov at ...": the report is the cue's; the
                    # phrase names who relayed it (a sourcing statement, no quote)
                    return None
                if at_start:
                    # "Ifølge X har ..., melder NTB.": the report ends where a closing cue starts
                    end = next(
                        (t for t in range(rest + 1, s1 - 1) if doc[t].text == "," and _closing_cue(doc, lx, t, s1)),
                        s1,
                    )
                    clause = self._clause(doc, rest, end, state)
                elif inside_clause or _after_lead_adverbial(doc, lx, k, s0, e, s1):
                    # "De ukrainske soldatene er ifølge avisen identifisert av ...": the phrase
                    # stands inside the clause, which runs on after it; "26 августа, по словам
                    # X, обстреляно село": after a short time or place phrase, likewise
                    clause = self._clause(doc, s0, s1, state)
                else:
                    clause = self._clause(doc, s0, k, state)
                if clause is None:
                    return None
                return QuoteAnn(
                    span=doc[clause[0] : clause[1]],
                    kind="indirect",
                    speaker=speaker,
                    cue=doc[k : k + n],
                )
        return None

    def _back_reference(
        self,
        doc: Doc,
        k: int,
        cue_end: int,
        s0: int,
        s1: int,
        state: ReadState,
        subject: Mention | None = None,
    ) -> QuoteAnn | None:
        """ "Семь человек получили ранения. Об этом сообщил губернатор X": the sentence before,
        in the same paragraph, is what the speaker after the cue reported (languages with
        ``back_reference_quotes``); or, when the cue opens a paragraph, the last sentence of the
        paragraph before."""
        lx = self.lx
        inner = _clause_before_placeholder(doc, lx, s0, k)
        if inner is not None and _according_at(doc, lx, s0, inner):
            # "Як передає Цензор.НЕТ, про це розповів X": the clause before the comma is the
            # outlet relaying, no report; "про це" points back to the sentence before
            inner = None
        if inner is not None:
            # "Семь человек ранены, об этом сообщил губернатор X": the report is the clause
            # before the comma in the same sentence, not the sentence before
            if any(t in state.used_cues for t in range(s0, inner)) or inside(
                state.quoted, doc[inner - 1].idx
            ):
                return None
            speaker = subject
            if speaker is None:
                speaker, _ = self._speaker_pos(doc, k, cue_end, k, s1)
            if speaker is None:
                return None
            return QuoteAnn(span=doc[s0:inner], kind="indirect", speaker=speaker, cue=doc[k:cue_end])
        stop = s0 - 1
        if stop > 0 and doc[stop].is_space and "\n" in doc[stop].text:
            # "Про це повідомив ..." opening the paragraph after the lead: the last sentence of
            # the paragraph before is what was reported
            stop -= 1
        if not (stop > 0 and doc[stop].text in (".", "!")):
            return None
        p1 = stop  # the previous sentence, its final stop left out
        p0 = p1
        while p0 > 0 and not doc[p0].is_sent_start and not (
            doc[p0 - 1].is_space and "\n" in doc[p0 - 1].text
        ):
            p0 -= 1
        while p0 < p1 and _AGENCY_CREDIT.fullmatch(doc[p0].text):
            p0 += 1  # "БЕЛГОРОД, 28 ноября. /ТАСС/. Три человека ...": the wire's credit
        if p1 - p0 < 3 or any(doc[t].is_space and "\n" in doc[t].text for t in range(p0, p1)):
            return None
        if inside(state.quoted, doc[p1 - 1].idx):
            return None  # "– ... .\n\nDet forteller X": the dash quote before has its speaker
        if any(t in state.used_cues for t in range(p0, p1)):
            # "Guvernøren sier at ... . Det melder Kyiv Independent.": the sentence has its own
            # speaker; the outlet after it relays the report (a sourcing statement), no quote
            return None
        if doc[p0].text in ("«", "“", "„", '"') or doc[p0].text in DASHES:
            return None  # «...», — зазначили в ОВА. Про це ...: the words are quoted already
        if any(lx.is_cue(doc, t, p1) for t in range(p0, p1)) and any(
            doc[t].lower_ in lx.according_firsts for t in range(p0, p1)
        ):
            return None  # "Как заявил X, ...": the sentence names its own speaker
        # only placeholders, mediums and outlets precede the cue ("Про це в Телеграмі
        # повідомив", "Про це LB.ua заявив"): the speaker follows it
        speaker = subject
        if speaker is None:
            speaker, _ = self._speaker_pos(doc, k, cue_end, k, s1)
        if speaker is not None and speaker.span is not None:
            # "Про це повідомляє ТСН.ua з посиланням на Херсонську ОВА": the one cited
            speaker = self._cited_by_outlet(doc, speaker, s1) or speaker
        if speaker is None and lx.locative_sources:
            speaker = _locative_source(doc, lx, cue_end, s1)  # "Про це повідомили в ГУР."
        if speaker is None:
            return None
        return QuoteAnn(span=doc[p0:p1], kind="indirect", speaker=speaker, cue=doc[k:cue_end])

    def _cited_by_outlet(self, doc: Doc, speaker: Mention, s1: int) -> Mention | None:
        """The source an outlet speaker cites, when the citing words follow its name or the
        speaker phrase ran on over them ("24 Канал з посиланням на керівника ОВА X" read as one
        phrase): the one cited reports, the outlet relays. None when the words before the
        citing words name no outlet or nothing is cited."""
        lx = self.lx
        assert speaker.span is not None
        start = speaker.span.start
        for t in range(start + 1, min(speaker.span.end + 1, s1)):
            if not any(tuple(x.lower_ for x in doc[t : t + len(seq)]) == seq for seq in lx.citing):
                continue
            outlet = make_mention(doc, lx, start, t)
            if outlet is None or not (_is_outlet_name(outlet, lx) or names_outlet(outlet, lx)):
                return None
            return self._cited(doc, t, s1)
        return None

    def _cited(self, doc: Doc, start: int, s1: int) -> Mention | None:
        """The source an outlet cites right after its name ("з посиланням на | заяву речника
        ВМС Дмитра Кравчуна", "со ссылкой на | источник"): the phrase after the citing words,
        past a medium noun."""
        lx = self.lx
        for seq in lx.citing:
            end = start + len(seq)
            if end >= s1 or tuple(t.lower_ for t in doc[start:end]) != seq:
                continue
            if doc[end].lower_ in lx.medium_nouns and end + 1 < s1:
                end += 1  # "на заяву | речника ...": the statement's maker
            s, e = np_after(doc, lx, end, s1)
            return make_mention(doc, lx, s, e) if e > s else None
        return None

    def _according_pronoun(
        self, doc: Doc, k: int, s0: int, s1: int, seq: tuple[str, ...], state: ReadState
    ) -> QuoteAnn | None:
        """An "according to" phrase with a possessive pronoun inside it (``*`` in the
        language's ``according_to``: "по его словам", "etter hans syn"): the pronoun is the
        speaker; or a capitalised name in the genitive ("Etter Forsvarets vurdering"), the
        name without its ending."""
        lx = self.lx
        n = len(seq)
        slot = seq.index("*")
        if k + n > s1 or not all(
            (doc[k + i].lower_ in lx.pronouns or _genitive_name(doc, lx, k + i)) if w == "*" else doc[k + i].lower_ == w
            for i, w in enumerate(seq)
        ):
            return None
        speaker = make_mention(doc, lx, k + slot, k + slot + 1)
        if speaker is None:
            return None
        if _genitive_name(doc, lx, k + slot) and speaker.kind != "pronoun":
            speaker.name = without_ending(speaker.name, lx.genitive_endings)
        # "... называл X еще в декабре: на тот момент, по его словам, армия потеряла ...",
        # "...; по его словам, пострадавших нет": a colon or semicolon before the phrase opens
        # the clause it belongs to
        s0 = next((t + 1 for t in range(k - 1, s0, -1) if doc[t].text in (":", ";")), s0)
        at_start = (
            k == s0
            or all(doc[t].is_punct for t in range(s0, k))
            or _connective_lead(doc, lx, s0, k)
        )
        if at_start:
            clause = self._clause(doc, k + n, s1, state)
        elif _after_lead_adverbial(doc, lx, k, s0, k + n, s1):
            # "Ще одну жінку, за його словами, шпиталізували ...": between commas after a
            # short opening phrase, the report is the whole sentence around the phrase
            clause = self._clause(doc, s0, s1, state)
        else:
            clause = self._clause(doc, s0, k, state)
        if clause is None:
            return None
        return QuoteAnn(
            span=doc[clause[0] : clause[1]], kind="indirect", speaker=speaker, cue=doc[k : k + n]
        )

    def _data_owner(self, doc: Doc, s: int, e: int) -> tuple[int, int] | None:
        """For "ifølge Forsvarsdepartementets tall", "according to the ministry's figures":
        the name in the genitive that owns the data (its token range), or ``None``. A platform
        after the document ("the ministry's statement on Telegram") is where it was posted."""
        lx = self.lx
        e = _before_platform(doc, lx, s, e)
        d = e - 1
        while d > s and doc[d].lower_ not in lx.data_nouns and doc[d].lower_ not in lx.medium_nouns:
            d -= 1
        if d <= s or doc[d].lower_ not in lx.data_nouns and doc[d].lower_ not in lx.medium_nouns:
            if doc[e - 1].lower_ in lx.documents:
                # "according to the regional administration's update", "the city council
                # report": the body the document belongs to
                return document_owner(doc, lx, s, e - 1)
            return None
        end = d
        while (
            end > s
            and not is_cap(doc[end - 1].text)
            and not numbered_name_genitive(doc, end - 2, end - 1)  # "TV 2s opplysninger"
            and end > d - 3
        ):
            end -= 1  # adjectives between: "FNs nyeste tall"
        if end <= s or not doc[end - 1].lower_.endswith(lx.genitive_tails):
            return document_owner(doc, lx, s, d) if d == e - 1 else None
        start = end - 1
        while start > s and is_cap(doc[start - 1].text) and not doc[start - 1].is_punct:
            start -= 1
        return (start, end) if is_cap(doc[start].text) else None

    def _data_source(self, doc: Doc, s: int, e: int, s1: int) -> tuple[int, int, int] | None:
        """For "ifølge tall VG har fått fra Utenriksdepartementet, ...", "according to figures
        from the ministry": the source of the data, not the data (start, end, clause start)."""
        lx = self.lx
        d = s
        while d < e and (doc[d].lower_ in lx.determiners or not doc[d].lower_.isalpha()):
            d += 1
        d = _past_data_modifiers(doc, lx, d, s1)
        if d >= s1 or (doc[d].lower_ not in lx.data_nouns and doc[d].lower_ not in lx.medium_nouns):
            return None  # "tall VG har fått fra UD", "a statement from the Legion"
        stop = d + 1
        while stop < s1 and doc[stop].text not in (",", ".", ";", ":") and stop - d < 14:
            stop += 1
        rest = stop + 1 if stop < s1 and doc[stop].text == "," else e
        for t in range(d + 1, stop):
            if doc[t].lower_ in lx.data_source_preps:
                found = subject_at(doc, lx, t + 1, stop)
                a, b = found if found is not None else np_after(doc, lx, t + 1, stop)
                if b > a:
                    return a, b, max(rest, b)
        if d + 1 < stop and is_cap(doc[d + 1].text):
            found = subject_at(doc, lx, d + 1, stop)
            if found is not None:
                return found[0], found[1], max(rest, found[1])
        return None


def _genitive_name(doc: Doc, lx: Lexicon, at: int) -> bool:
    """A capitalised name in the genitive ("Forsvarets", "NATOs") where a possessive could
    stand: not the sentence's first word unless the text writes it so elsewhere."""
    text = doc[at].text
    return (
        bool(lx.genitive_endings)
        and is_cap(text)
        and text.isalpha()
        and any(text.endswith(ending) and len(text) > len(ending) + 2 for ending in lx.genitive_endings)
    )


def _coordinated_source_end(doc: Doc, lx: Lexicon, start: int, end: int, limit: int) -> int:
    """The end of an according-to phrase ``start``-``end`` joined by an and-word to a second
    source ("ifølge politiet og brannvesenet", "ifølge opplysninger fra departementet og Moskvas
    ordfører"): both speak together, so the report begins after the second, not at "og". The
    second must be a whole phrase (a name, a body, a role), else ``end`` stands."""
    if not (start < end < limit - 1) or doc[end].lower_ not in lx.and_words:
        return end
    second = subject_at(doc, lx, end + 1, limit)
    if second is None or second[0] != end + 1 or second[1] <= end + 1:
        return end
    return second[1]


def _before_platform(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """The end of ``doc[start:end]`` before a platform named last after a medium preposition
    ("the ministry's statement | on Telegram", "the army's post | on Facebook"): where the
    document was posted, no part of whose it is. ``end`` when there is none."""
    for at in range(end - 2, start, -1):
        if doc[at].lower_ in lx.medium_preps:
            words = " ".join(t.lower_ for t in doc[at + 1 : end])
            return at if words in lx.platforms else end
    return end


def _past_data_modifiers(doc: Doc, lx: Lexicon, start: int, limit: int) -> int:
    """The data or medium noun after up to two plain lower-case modifiers at ``start``
    ("de siste | anslagene fra FN", "the latest | estimates from the UN", "nye | tall fra"):
    the modifiers would otherwise end the phrase there and speak ("de siste", "the latest").
    A genitive ("politiets tall") names the owner and is read as one, and a preposition ("в
    интервью ТАСС") opens a phrase of its own (``start`` is kept)."""
    for at in range(start, min(limit, start + 3)):
        low = doc[at].lower_
        if low in lx.data_nouns or low in lx.medium_nouns:
            return at
        if (
            not (doc[at].is_alpha and doc[at].is_lower)
            or has_suffix(low, lx.genitive_endings)
            or low in lx.np_stop  # "в интервью ТАСС": a preposition opens a phrase of its own
        ):
            break
    return start


#: sentence ends after which a cue still belongs to the same sentence: "Au!, sier X"
EXCLAMATIONS = ("!", "?")


def _before_withheld(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """Where a report in ``start:end`` ends before the writer's note of what the speaker
    withheld ("... there were victims | , but did not give a figure", "... had spoken | , but
    gave no further details", "... | , but it did not say how many"): at the comma before
    the link; ``end`` when there is no such note."""
    if not lx.withheld:
        return end
    for comma in range(start + 1, end - 2):
        if doc[comma].text != "," or doc[comma + 1].lower_ not in lx.withheld_links:
            continue
        at = comma + 2
        if at < end and doc[at].lower_ in lx.pronouns and doc[at].lower_ not in lx.determiners:
            at += 1  # "but it did not say"
        words = tuple(doc[t].lower_ for t in range(at, min(end, at + 3)))
        if any(words[: len(phrase)] == phrase for phrase in lx.withheld):
            return comma
    return end


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a paragraph's text starts after a wire dateline ("KYIV (Reuters) - At least five
    ...", "KYIV, Ukraine, Oct 19, 2023 (AFP) - Two people ..."): the place in capitals, the
    agency in brackets and the dash are the wire's, no part of what a closing cue reports.
    A dash glued to the first word ("(Reuters) -At") is one token, where the text starts.
    ``start`` when the paragraph opens with no dateline."""
    texts = token_texts(doc)  # asked for every paragraph a cue closes: no Token per word
    if not (texts[start].isupper() and len(texts[start]) > 2 and doc[start].is_alpha):
        return start
    for close in range(start + 2, min(end - 1, start + 16)):
        if texts[close] != ")":
            continue
        dash = texts[close + 1]
        if dash in DASHES:
            return close + 2 if close + 2 < end else start
        if dash[:1] in DASHES and dash[1:2].isalpha():
            return close + 1
        return start
    return start


def _named_as(doc: Doc, lx: Lexicon, start: int, end: int) -> tuple[int, int] | None:
    """The object and what it is called after a naming cue ("kaller | angrepet sjokkerende"):
    to the sentence's end, at least two words; none when the verb is a particle verb ("kalte
    ham inn til avhør") or the words run into a clause of their own."""
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in ('"', "»", "”")):
        end -= 1
    if end - start < 2:
        return None
    first = doc[start].lower_
    if first in lx.pronouns and first not in lx.object_pronouns and first not in lx.placeholders:
        return None  # "Slikt kaller jeg juks!": the subject follows a fronted object
    if any(doc[t].lower_ in lx.naming_particles for t in range(start, min(end, start + 3))):
        return None
    if any(doc[t].lower_ in lx.complementizers or lx.is_cue(doc, t, end) for t in range(start, end)):
        return None
    return start, end


def _cue_after_exclamation(doc: Doc, lx: Lexicon, i: int, end: int) -> bool:
    """The tagger starts a sentence after "!" or "?", but "Au!, sier keeperen." and "Nå ble
    jeg glad! jubler Jacobsen." are one sentence: the exclamation is what the cue reports."""
    if i == 0:
        return False
    if doc[i - 1].text in EXCLAMATIONS:  # "glad! jubler X", "Au! , sier X"
        cue = i + 1 if doc[i].text == "," else i
    elif doc[i - 1].text == "," and i >= 2 and doc[i - 2].text in EXCLAMATIONS:
        cue = i  # "Au!, sier X": the tagger starts the sentence at the cue
    elif doc[i - 1].text == "." and i >= 2 and is_cap(doc[i - 2].text):
        cue = i  # "Ordfører Kari Vik. opplyser at": a stray full stop after the speaker's name
    else:
        return False
    return cue < end and doc[cue].text.islower() and bool(lx.is_cue(doc, cue, end))


def _before_relay_tail(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """End of a reported clause before an outlet relaying it ("обстрел продолжается, передает
    ТАСС"): the outlet's words are no part of what the speaker said."""
    if not lx.relay_tail_verbs:
        return end
    for k in range(start + 2, end - 1):
        if doc[k].text == "," and doc[k + 1].lower_ in lx.relay_tail_verbs:
            return k
    return end


def _before_according_tail(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """End of a reported clause before an according-to phrase closing it ("Guvernøren sier at
    tre er drept, ifølge Reuters"): the phrase names who relayed the report (a sourcing
    statement of its own), no part of what the speaker said. Only a phrase that runs to the
    clause's end: "..., ifølge politiet, og to er savnet" goes on with the report."""
    lowers = doc_lowers(doc)
    for k in range(start + 2, end - 1):
        if doc[k].text != ",":
            continue
        for seq in lx.according_to:
            n = len(seq)
            if "*" in seq or k + 1 + n >= end or tuple(lowers[k + 1 : k + 1 + n]) != tuple(seq):
                continue
            phrase = np_after(doc, lx, k + 1 + n, end)
            if phrase[1] > phrase[0] and all(doc[t].is_punct or doc[t].is_space for t in range(phrase[1], end)):
                return k
    return end


def _before_writer_comment(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """End of a reported clause before the writer's comment on it in apposition ("Moscow said
    its forces took the village, | a claim that could not be independently verified"): the
    comment is the outlet's, no part of what the speaker said."""
    if not lx.comment_nouns:
        return end
    for k in range(start + 2, end - 2):
        if (
            doc[k].text == ","
            and doc[k + 1].lower_ in lx.indefinite
            and doc[k + 2].lower_ in lx.comment_nouns
        ):
            return k
    return end


def _before_main_clause_cue(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """End of a reported clause before a cue verb right after a comma, in a verb-second
    language: "Mens ordføreren sier at byen ble angrepet, | hevder Russland at ...", "Han sier
    at byen er omringet, | skriver NTB": the verb opens the main clause (or the outlet's relay),
    no part of what was reported."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    blanks = punct_or_space(doc)
    if not lx.verb_second:
        return end
    opening = doc[start].sent.start
    while opening < start and blanks[opening]:
        opening += 1
    fronted = opening < start and (
        lowers[opening] in lx.conjunctions
        # "Etter at han sa at ...,": a preposition with its complementizer opens one too
        or (doc[opening].pos_ in ("ADP", "SCONJ") and lowers[opening + 1] in lx.complementizers)
    )
    for k in range(start + 2, end - 1):
        if texts[k] == "," and lowers[k + 1] in lx.cue_verbs and lx.is_cue(doc, k + 1, end):
            return k
        if fronted and texts[k] == "," and "Fin" in doc[k + 1].morph.get("VerbForm"):
            # "Da han forklarte at han skulle slutte, | kom det som et sjokk": the sentence
            # opened with a subordinate clause, and the finite verb after its comma opens the
            # main clause (a tagger's; without one the clause runs on as before)
            return k
    return end


def _inside_asked_question(doc: Doc, lx: Lexicon, s0: int, subj_start: int) -> bool:
    """The cue's subject opens an embedded question a preposition introduces ("På spørsmål
    fra VG om | hva | han synes om at ...", "spurt om kva ho meiner om at ..."): the clause is
    what was asked, so its cue reports nothing the subject said."""
    lowers = doc_lowers(doc)
    return (
        subj_start - 2 >= s0
        and lowers[subj_start - 1] in lx.wh_complementizers
        and lowers[subj_start - 2] in lx.wh_prepositions
    )


def _names_who(speaker: Mention | None, lx: Lexicon) -> bool:
    """Whether a cue's speaker is sure enough to report an embedded question: a name, a body
    or a pronoun read apart from the question ("Funnet forklarer kvifor", "fortel OECD kva dei
    meiner" read wrongly give a description or a phrase running into the question word)."""
    if speaker is None or speaker.kind not in ("named", "organisation", "pronoun"):
        return False
    words = speaker.span if speaker.span is not None else ()
    return not any(token.lower_ in lx.wh_complementizers for token in words)


def _finite_in(doc: Doc, start: int, end: int) -> bool:
    """Whether the tagger finds a finite verb in ``doc[start:end]`` (untagged: none)."""
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[start:end])


def _past_participle(word) -> bool:
    """A past participle by the tagger ("carried", "based"): a reduced relative clause after a
    noun, no finite verb of a clause."""
    return "Part" in word.morph.get("VerbForm") and "Pres" not in word.morph.get("Tense")


def _infinitive_after(doc: Doc, lx: Lexicon, at: int, end: int) -> bool:
    """Whether an infinitive opens at ``at`` by the tagger ("claimed | to have shot down two
    drones"): the cue reports what follows it, so the words before its subject are no report
    of a cue closing the sentence ("On Monday, near the border, Russia claimed to ...")."""
    return (
        at + 1 < end
        and doc[at].lower_ in lx.infinitive_markers
        and doc[at + 1].pos_ in ("VERB", "AUX")
    )


def _figure_bound_at(doc: Doc, lx: Lexicon, at: int, end: int) -> bool:
    """Whether a figure's bound and its number open at ``at`` ("said | at least 14 people had
    been killed", "said | over 40 drones"): the words are the reported clause's subject, no
    tail of the cue ("said at a briefing"), so the words before the cue's subject are no report
    it closes ("On Monday, the governor said at least six ...")."""
    for bound in lx.figure_bounds:
        after = at + len(bound)
        if (
            after < end
            and all(doc[at + n].lower_ == word for n, word in enumerate(bound))
            and doc[after].like_num
        ):
            return True
    return False


def _object_infinitive(doc: Doc, lx: Lexicon, start: int, end: int) -> int | None:
    """Where the infinitive opens after the object of a verb of demanding ("urged | the
    residents of the town | to leave"): a short noun phrase, then the marker and a verb by the
    tagger; None when a verb, a clause word or punctuation comes first (the object is no
    one asked to act, or no infinitive follows)."""
    for at in range(start, min(end, start + 8)):
        if _infinitive_after(doc, lx, at, end):
            return at if at > start or doc[at - 1].lower_ not in lx.infinitive_markers else None
        word = doc[at]
        if (
            word.is_punct
            or word.pos_ in ("VERB", "AUX")
            or word.lower_ in lx.complementizers
            or word.lower_ in lx.infinitive_markers
        ):
            return None
    return None


def _predicate_after(doc: Doc, lx: Lexicon, cue: int, after: int) -> bool:
    """Whether the word right after the cue verb is a predicate by the parse, an adjective or a
    participle ("believed | trapped", "feared | dead"; the parse may hang it on the verb of the
    clause round the cue's): what the verb holds is a state of its object, which the guide reads
    as a hedge, not a reported clause, which never opens on a predicate."""
    word = doc[after]
    if after != cue + 1 or not lx.predicate_deps:
        return False
    participle = _past_participle(word)
    if word.dep_ in lx.predicate_deps and (word.pos_ == "ADJ" or participle):
        return True
    # a small parse may hang the participle elsewhere, but one that modifies no noun after it
    # ("believed trapped | under the rubble") opens no clause either
    nxt = doc[after + 1] if after + 1 < len(doc) else None
    return participle and word.pos_ == "VERB" and (nxt is None or nxt.pos_ in ("ADP", "PUNCT", "SPACE"))


def _ends_according_phrase(doc: Doc, lx: Lexicon, k: int, s0: int) -> bool:
    """Whether the cue at ``k`` closes one of the language's according-to phrases ("Як
    повідомив", "Как сообщил"), which report the clause after the comma; the cue's own
    complement reading would take a relative clause ("..., що рухався трасою") for a report."""
    if not lx.according_to_comma:
        return False  # only where the phrase's source runs to the comma (ru, uk)
    low = doc[k].lower_
    for seq in lx.according_to:
        n = len(seq)
        if "*" in seq or seq[-1] != low or k - n + 1 < s0:
            continue
        if all(doc[k - n + 1 + i].lower_ == w for i, w in enumerate(seq)):
            return True
    return False


#: the most words a time or place phrase before a sourcing phrase set off by commas has
_LEAD_WORDS = 5
# the words a V2 subject and its adverbs may take between a fronted "ifølge X"'s cue and the
# complementizer ("sa en tjenestemann i Det hvite hus onsdag at"), and what ends that clause
_V2_SUBJECT_WORDS = 14
_CLAUSE_BREAKS = frozenset({",", ":", ";", ".", "?", "!"})


def _connective_lead(doc: Doc, lx: Lexicon, s0: int, k: int) -> bool:
    """Whether only a connective and its comma stand before the according-to phrase at ``k``
    ("Однако, по словам X, ...", "Проте, за його словами, ..."): the link is the writer's,
    tying the sentence to the one before, so the phrase opens the sentence and the report
    starts after it."""
    if not lx.lead_connectives or k - 1 <= s0 or doc[k - 1].text != ",":
        return False
    words = [doc[t].lower_ for t in range(s0, k) if not doc[t].is_punct]
    return bool(words) and " ".join(words) in lx.lead_connectives


def _after_lead_adverbial(doc: Doc, lx: Lexicon, k: int, s0: int, e: int, s1: int) -> bool:
    """Whether "по словам X" / "за словами X" at ``k`` stands between commas after a short
    opening phrase with no cue of its own ("26 августа, по словам X, обстреляно ...", "Вчора
    ввечері, за словами голови, ворог ...", "Окраину обстреляли, по словам X, ночью"): the
    report is the whole sentence around the phrase. Only where the language reads the source
    up to a comma (ru, uk)."""
    if not lx.according_to_comma or k - s0 > _LEAD_WORDS or k - 1 <= s0:
        return False
    if doc[k - 1].text != "," or not (e + 1 < s1 and doc[e].text == ","):
        return False
    if any(
        doc[t].is_punct or doc[t].lower_ in lx.cue_verbs or doc[t].lower_ in lx.complementizers
        for t in range(s0, k - 1)
    ):
        return False
    # "Накануне, по словам X, Y заявил, что ...": a cue after the phrase reports on its own
    return not any(
        doc[t].lower_ in lx.cue_verbs or doc[t].lower_ in lx.complementizers
        for t in range(e + 1, s1)
    )


def _relay_comma(doc: Doc, lx: Lexicon, s0: int, k: int) -> int | None:
    """The comma that closes the report before an outlet's active relay at the end of the
    sentence ("..., the agency cited an official as saying"), or ``None``: the relay verb right
    before its object and "as", no passive ("was quoted as saying" has the subject speak), and
    only the outlet's name between the comma and the verb."""
    if not lx.relay_verbs or k - 1 <= s0 or doc[k - 1].lower_ not in lx.relay_as:
        return None
    verb = next(
        (j for j in range(k - 2, max(s0, k - 12) - 1, -1) if doc[j].lower_ in lx.relay_verbs),
        None,
    )
    if verb is None or verb + 1 >= k - 1 or doc[verb - 1].lower_ in lx.passive_auxiliaries:
        return None
    comma = next((j for j in range(verb - 1, max(s0, verb - 8), -1) if doc[j].text == ","), None)
    if comma is None or comma <= s0:
        return None
    return comma


def _noun_run_to_comma(doc: Doc, start: int, end: int) -> int | None:
    """Where a run of at most three tagged nouns and adjectives from ``start`` meets a comma
    (its index), or ``None``: "Kyiv | city officials," is one source the bounds cut after the
    name. Only with a tagger, since without one a verb cannot be told from a noun."""
    if not has_model_annotation(doc, "POS"):
        return None
    stop = start
    while stop < min(end, start + 3) and doc[stop].pos_ in ("NOUN", "ADJ", "PROPN") and doc[stop].is_alpha:
        stop += 1
    return stop if start < stop < end and doc[stop].text == "," else None


def _word_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside one word the tokenizer split ("в Telegram-канале
    сообщил, что"): it joins, so it ends no phrase the way a dash or a full stop does."""
    return (
        doc[i].text in ("-", "\u2010")
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def _finite_first(doc: Doc, lx: Lexicon, at: int) -> bool:
    """Whether ``doc[at]`` is a finite auxiliary the language lists ("can", "has") or, with a
    tagger, a finite verb: the words from it on are a predicate."""
    token = doc[at]
    return token.lower_ in lx.finite_auxiliaries or (
        token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
    )


def _participial_opening(doc: Doc, lx: Lexicon, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a participle's adverbial ("Talking about what changed",
    "Asked about the result", "Speaking to reporters"): a word with a participle ending
    (``adverbial_participles``) that a preposition follows, opening the words. Such words
    say what the speaker spoke about, not what was said."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start + 1 >= end or not lx.adverbial_participles:
        return False
    word = doc[start].lower_
    if not (word.endswith(lx.adverbial_participles) and doc[start + 1].lower_ in lx.np_stop):
        return False
    # "Fighting in the east has stopped": a finite verb makes the words a clause (one after a
    # question word is the topic's own: "about what changed")
    return not any(
        doc[t].lower_ in lx.finite_auxiliaries
        or (
            "Fin" in doc[t].morph.get("VerbForm")
            and doc[t - 1].lower_ not in lx.topic_words
        )
        for t in range(start + 1, end)
    )


def _after_comma(doc: Doc, k: int) -> bool:
    """Whether token ``k`` follows a comma, or a closing quote mark right after one
    ('was "barbaric," adding')."""
    if k >= 1 and doc[k - 1].text == ",":
        return True
    if k >= 2 and doc[k - 1].text == "-" and doc[k - 1].whitespace_ and doc[k - 2].whitespace_:
        return True  # "... for "as long as necessary" - insisting ...": a spaced hyphen as a dash
    return k >= 2 and doc[k - 1].text in ("”", '"', "»", "’") and doc[k - 2].text == ","


def _participle(token) -> bool:
    """A verb the tagger reads as a gerund or participle ("citing", "quoted")."""
    form = token.morph.get("VerbForm")
    return token.pos_ == "VERB" and ("Ger" in form or "Part" in form)


def _medium_tail(doc: Doc, lx: Lexicon, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` ends in a medium noun ("... messaging app"): the rest of the
    phrase naming where the speaker wrote, not a report."""
    return end > start and (
        doc[end - 1].lower_ in lx.medium_nouns or doc[end - 1].lower_ in lx.platform_nouns
    )


def _acronym(doc: Doc, lx: Lexicon, e: int, end: int) -> tuple[int, int, int] | None:
    """The short name given right after a phrase: "(HUR)", ", the HUR": its token range and
    the end of what belongs to the phrase."""
    t = e
    if t < end and doc[t].text in ("(", ","):
        t += 1
        if t < end and doc[t].lower_ in lx.determiners:
            t += 1
        tok = doc[t] if t < end else None
        if tok is not None and tok.text.isupper() and tok.is_alpha and 2 <= len(tok.text) <= 6:
            after = t + 1
            if doc[e].text == "(":
                if after < end and doc[after].text == ")":
                    return t, t + 1, after + 1
            elif after >= end or doc[after].is_punct:
                return t, t + 1, after
    return None


def _opens_clause(doc: Doc, lx: Lexicon, t: int, end: int) -> bool:
    """Whether "det" after a cue opens the reported clause ("Statsministeren sier det var en
    tankevekkende opplevelse", "mener det siste utspillet er ...") rather than standing for a
    quote given elsewhere ("sa det til NRK", "sier det."): a verb, or a noun phrase, follows."""
    nxt = t + 1
    while nxt < end and (doc[nxt].lower_ in lx.adverbs or doc[nxt].lower_ in lx.negations):
        # "meiner det også bør vurderast", "mener det ikke er noe hokus pokus": an adverb or
        # a negation before the clause's verb ("sier det ikke." has none after)
        nxt += 1
    if nxt >= end or doc[nxt].is_punct:
        return False
    low = doc[nxt].lower_
    if low in lx.infinitive_markers:
        # "mener det å forstå talen er avgjørende": an infinitive is the clause's subject when
        # a finite verb follows it (a tagger's), not "sa det å være viktig" (no clause)
        return any("Fin" in doc[x].morph.get("VerbForm") for x in range(nxt + 2, end))
    if low in lx.np_stop or low in lx.np_link or low in lx.recipient_preps or low in lx.adverbs:
        return False
    if doc[nxt].pos_:
        return doc[nxt].pos_ in ("VERB", "AUX", "ADJ", "NOUN") or low in lx.auxiliaries
    return doc[nxt].is_alpha and doc[nxt].text.islower()


#: the fewest words a reported clause between a cue and a colon has ("Ho meiner reforma har
#: vore eit framskritt:"); "sa han til NRK:" and "skriv ministeren på Facebook:" have fewer
CLAUSE_BEFORE_COLON = 5


def _short_report(words: list[str], lx: Lexicon) -> bool:
    """Whether two words make a whole report: one says what is (not) there ("жертв нет") or is
    an impersonal predicate ("атаку відбито"); other two-word clauses are too little."""
    return any(
        word in lx.short_report_words
        or (word.isalpha() and len(word) > 4 and word.endswith(lx.short_report_endings))
        for word in words
    )


def _clause_before_colon(doc: Doc, lx: Lexicon, cue_end: int, colon: int) -> bool:
    """Whether a whole clause with its own verb stands between the cue and a colon, which then
    reports rather than announces ("Ho meiner kvalitetsreforma har vore eit framskritt:")."""
    if colon - cue_end < CLAUSE_BEFORE_COLON:
        return False
    words = doc[cue_end:colon]
    verb = next(
        (t.i for t in words[1:] if t.pos_ in ("VERB", "AUX") or t.lower_ in lx.auxiliaries), None
    )
    if verb is None:
        return False
    # "X sa dette om saken til NRK:" announces what follows (the placeholder is the cue's
    # object); "X meiner reforma kan vere eit bidrag til nettopp det:" reports (the clause has
    # its verb before the placeholder)
    return not any(t.lower_ in lx.placeholders for t in doc[cue_end:verb])


def _negated(doc: Doc, lx: Lexicon, k: int, s0: int) -> bool:
    """A negation right before the cue, in its own clause ("did not say", not "..., ikke, sier")."""
    for t in range(k - 1, max(s0, k - 3) - 1, -1):
        if doc[t].is_punct:
            return False
        if doc[t].lower_ in lx.negations:
            return True
    return False


_PAIRS = {"«": "»", "“": "”"}


def _balanced(doc: Doc, span, limit: int):
    """The reported clause with whole quote marks: runs on to the closing mark of a partial
    quote it opens (within the paragraph), else leaves a dangling mark out ("angrepet er
    «en forbrytelse mot menneskeheten" must not be produced)."""
    start, end = span.start, span.end
    texts = token_texts(doc)
    for op, cl in (*_PAIRS.items(), ('"', '"')):
        toks = texts[start:end]
        opened = toks.count(op) - toks.count(cl) if op != cl else toks.count(op) % 2
        if opened <= 0:
            if op != cl and opened < 0 and texts[start] == cl:
                start += 1
            continue
        close = next((t for t in range(end, min(limit, end + 40)) if texts[t] == cl), None)
        if close is not None:
            end = close + 1
            continue
        last = max(t for t in range(start, end) if doc[t].text == op)
        if last == start:
            start += 1
        elif last - start >= 3:
            end = last  # the clause up to the unclosed mark
        else:
            start = last + 1
    return doc[start:end] if end > start else span


def _short(bounds: tuple[int, int], doc: Doc, lx: Lexicon) -> tuple[int, int]:
    """At most a determiner and a noun: with no parser, "Ifølge oppdateringen var oktober ..."
    names its source in the first word or two."""
    s, e = bounds
    if e <= s:
        return s, s  # "Ifølge" ends the text
    return s, min(e, s + (2 if doc[s].lower_ in lx.determiners else 1))


def _after_quote(doc: Doc, quoted: list[tuple[int, int]], s0: int, s1: int) -> int:
    """The first token of ``s0:s1`` after the direct quote that opens it."""
    char_starts = token_starts(doc)
    end = max((b for a, b in quoted if a <= char_starts[min(s0 + 1, s1 - 1)] < b), default=0)
    k = s0
    while k < s1 and char_starts[k] < end:
        k += 1
    return k


def inside(ranges: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in ranges)


_NAME_MARKS = {"«": "»", "“": "”", '"': '"', "„": "“"}


def _quoted_names(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens of short capitalised names in quote marks between ``start`` and ``end``,
    marks included ("«Медузе»", '"Українській правді"')."""
    texts = token_texts(doc)
    out: set[int] = set()
    t = start
    while t < end:
        close = _NAME_MARKS.get(texts[t])
        # a channel's name may open with its number ('"112 Україна"')
        if close is not None and t + 1 < end and (is_cap(texts[t + 1]) or texts[t + 1][:1].isdigit()):
            stop = next((c for c in range(t + 2, min(end, t + 6)) if texts[c] == close), None)
            if stop is not None:
                out.update(range(t, stop + 1))
                t = stop + 1
                continue
        t += 1
    return out


def _placeholder_reported(
    doc: Doc,
    lx: Lexicon,
    k: int,
    cue_end: int,
    s0: int,
    s1: int,
    passive: bool,
    skip_tail: Callable[[Doc, int, int], int],
) -> bool:
    """Whether the cue at ``k`` reports only a placeholder pointing back ("Governor X reported
    | this | on Telegram.", "The ministry announced | this | in a statement, ..."; passive: "This
    | was reported by the Air Force."): its object, or its passive subject, is the placeholder
    alone, and nothing but the cue's medium and time phrases follows it in the clause."""
    lowers = doc_lowers(doc)
    if passive:
        if not (s0 < k and lowers[s0] in lx.placeholders):
            return False
        if not all(
            lowers[t] in lx.passive_auxiliaries or lowers[t] in lx.adverbs for t in range(s0 + 1, k)
        ):
            return False
        after = cue_end
        while after < s1 and lowers[after] in lx.agent_preps:
            # "by the Air Force": the agent's phrase, then the medium and time
            after = next((t for t in range(after + 1, s1) if doc[t].is_punct or lowers[t] in lx.np_stop), s1)
    else:
        if cue_end >= s1 or lowers[cue_end] not in lx.placeholders:
            return False
        after = cue_end + 1
    after = skip_tail(doc, after, s1)
    return after >= s1 or doc[after].is_punct


def _clause_before_placeholder(doc: Doc, lx: Lexicon, s0: int, k: int) -> int | None:
    """The end (the comma) of the clause a mid-sentence placeholder refers back to ("Погибли
    двое, | об этом сообщил X", "Загинули троє, | про це повідомив X"): the placeholder
    words stand right after a comma before the cue, with a clause of at least three words
    opening the sentence. None when the placeholder opens the sentence."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    start = k
    while start > s0 and lowers[start - 1] in lx.placeholders:
        start -= 1
    if start == k:
        # "Збито 30 дронів, | про це в ефірі телемарафону заявила X": a medium or time phrase
        # between the placeholder and the cue, as where the placeholder opens the sentence
        start = _placeholder_after_comma(doc, lx, s0, k)
        if start is None:
            return None
        return start - 1
    if start - 1 - s0 < 3 or texts[start - 1] != ",":
        return None
    if not all(lowers[t] in lx.placeholders for t in range(start, k)) or k - start < 2:
        return None  # "об этом", "про це": a pronoun after its preposition, never a bare "это"
    return start - 1


def _placeholder_after_comma(doc: Doc, lx: Lexicon, s0: int, k: int) -> int | None:
    """The first word after the last comma before the cue when the words from there open with
    a placeholder ("про це", "об этом") and hold at most a medium, outlet or time phrase up to
    the cue (:func:`_placeholder_opening`), with a clause of at least three words before the
    comma; None otherwise."""
    lowers = doc_lowers(doc)
    comma = next((t for t in range(k - 1, s0, -1) if doc[t].text == ","), None)
    if comma is None or comma - s0 < 3 or comma + 3 > k:
        return None
    start = comma + 1
    if not (lowers[start] in lx.placeholders and lowers[start + 1] in lx.placeholders):
        return None  # "об этом", "про це": a pronoun after its preposition
    return start if _placeholder_opening(doc, lx, start, k) else None


def _placeholder_opening(doc: Doc, lx: Lexicon, s0: int, k: int) -> bool:
    """Whether the words before the cue are a placeholder with at most a medium, outlet or time
    phrase ("Про це в Telegram повідомив", "Об этом вечером сообщил", "Про це LB.ua заявив")."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    if k - s0 < 2 or not any(lowers[t] in lx.placeholders for t in range(s0, k)):
        return False
    told = _quoted_names(doc, s0, k) | _programme_name(doc, lx, s0, k)
    described = _medium_words(doc, lx, s0, k) | _day_and_month(doc, s0, k)
    # "під час розмови | з журналістами": the ones the medium was with, one lower-case word
    described |= {
        x
        for t in range(s0 + 1, k - 1)
        if lowers[t] in lx.interview_preps and lowers[t - 1] in lx.medium_nouns and doc[t + 1].is_lower
        for x in (t, t + 1)
    }
    if k - s0 - len(told) - len(described) > 8:
        return False
    return all(
        t in told  # an outlet's name in quote marks: 'Про це "Українській правді" розповіли'
        or t in described
        or lowers[t] in lx.placeholders
        or lowers[t] in lx.medium_preps
        or lowers[t] in lx.medium_nouns
        or lowers[t] in lx.platforms
        or lowers[t] in lx.outlets  # the outlet told: "Про це LB.ua заявив"
        # the channel whose broadcast it was: "Про це в ефірі | телеканалу | "112 Україна""
        or (t > s0 and lowers[t] in lx.recipient_preps and lowers[t - 1] in lx.medium_nouns)
        or lowers[t] in lx.time_words
        or lowers[t] in lx.adverbs
        # the hyphen inside a compound the tokenizer split ("телеграм-канале")
        or (texts[t] == "-" and not doc[t - 1].whitespace_ and not doc[t].whitespace_)
        # the commas setting off a date after the day ("Об этом в четверг, 23 мая, сообщили")
        or (texts[t] == "," and t > s0 and (t - 1 in described or lowers[t - 1] in lx.time_words))
        for t in range(s0, k)
    )


def _day_and_month(doc: Doc, s0: int, k: int) -> set[int]:
    """A date written as a day's number and its month ("Про це | 16 жовтня | повідомив", "Об
    этом | 3 марта | сообщил"): the day and the lower-case word after it, which say when."""
    texts = token_texts(doc)
    out: set[int] = set()
    for t in range(s0, k - 1):
        if doc[t].is_digit and len(texts[t]) <= 2 and doc[t + 1].is_alpha and doc[t + 1].is_lower:
            out.update((t, t + 1))
    return out


def _medium_words(doc: Doc, lx: Lexicon, s0: int, k: int) -> set[int]:
    """Lower-case words that only describe or introduce a medium noun before the cue: its
    adjectives ("в ефірі | загальнонаціонального | телемарафону") and the noun of a compound
    preposition after a medium preposition ("під | час | брифінгу", "в | ходе | брифинга").
    Needs the language's adjective test (ru, uk); none elsewhere."""
    if lx.may_be_attribute is None:
        return set()
    out: set[int] = set()
    for t in range(s0, k):
        if doc[t].lower_ not in lx.medium_nouns:
            continue
        r = t - 1
        while r > s0 and doc[r].is_lower and lx.may_be_attribute(doc[r].text):
            out.add(r)
            r -= 1
        if r > s0 and r not in out and doc[r].is_lower and doc[r - 1].lower_ in lx.medium_preps:
            out.add(r)  # "під час", "в ходе": the preposition's own noun
    return out


def _programme_name(doc: Doc, lx: Lexicon, s0: int, k: int) -> set[int]:
    """Tokens of a programme's name right after a medium noun and up to the cue ("в ефірі
    телемарафону | Єдині новини | повідомив"): a capitalised run, with the lower-case words
    inside it, of at most four words."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    for t in range(s0, k - 1):
        if (
            lowers[t] in lx.medium_nouns
            and is_cap(texts[t + 1])
            and k - (t + 1) <= 4
            and all(doc[r].is_alpha for r in range(t + 1, k))
        ):
            return set(range(t + 1, k))
    return set()


def _placeholder_subject(doc: Doc, lx: Lexicon, s0: int, k: int) -> Mention | None:
    """The subject of a cue whose sentence opens with a placeholder and names its speaker
    before the verb ("Об этом губернатор X сообщил", "Про це президент X сказав"): the
    phrase right after the placeholder words, when it runs up to the cue."""
    head = s0
    while head < k and doc[head].lower_ in lx.placeholders:
        head += 1
    if head - s0 < 2 or head >= k:
        return None
    found = np_before(doc, lx, k, head)
    if found is None or found[0] != head:
        return None
    mention = make_mention(doc, lx, found[0], found[1])
    return mention if mention is not None and mention.kind != "pronoun" else None


def _manner_subject(doc: Doc, lx: Lexicon, s0: int, k: int, cue_end: int, s1: int) -> Mention | None:
    """The subject of a cue after a one-word manner placeholder ("Так пресс-секретарь X
    прокомментировал журналистам ...", "Так речник X прокоментував ..."): the sentence before
    is what X said. Not when the cue introduces words of its own (a comma, colon or "что"
    after it: "Так губернатор заявил, что ...")."""
    if not lx.manner_placeholders or doc[s0].lower_ not in lx.manner_placeholders or k - s0 < 2:
        return None
    if cue_end < s1 and (doc[cue_end].is_punct or doc[cue_end].lower_ in lx.complementizers):
        return None
    found = np_before(doc, lx, k, s0 + 1)
    if found is None or found[0] != s0 + 1:
        return None
    mention = make_mention(doc, lx, found[0], found[1])
    return mention if mention is not None and mention.kind not in ("pronoun", "unknown") else None


def _locative_source(doc: Doc, lx: Lexicon, s0: int, k: int) -> Mention | None:
    """ "В Минобороны заявили", "У Кремлі наголосили": a body named with a locative
    preposition opening the sentence speaks through an impersonal plural cue (or closing it:
    "Про це повідомили в ГУР."); a time adverb may open the sentence before it ("Ранее в
    Минобороны заявили", "Раніше в ОВА повідомили")."""
    while (
        s0 < k
        and doc[s0].lower_ not in lx.locative_sources
        and (doc[s0].lower_ in lx.adverbs or doc[s0].lower_ in lx.time_words)
    ):
        s0 += 1
    if k - s0 < 2 or doc[s0].lower_ not in lx.locative_sources:
        return None
    owned = _owned_body_end(doc, lx, s0 + 1, k)
    if owned is not None:
        # "В пресс-службе Минобороны России сообщили", "У штабі ЗСУ повідомили": a body
        # noun and the name of the body it belongs to
        end = owned
    elif (
        not is_cap(doc[s0 + 1].text)
        and doc[s0 + 1].lower_ not in lx.lowercase_names
        and not attributes_then_body(doc, lx, s0 + 1, k)
    ):
        return None  # "В оборонном ведомстве добавили": a body spelt out in lower case too
    else:
        end = s0 + 1
    while (
        end < k
        and (is_cap(doc[end].text) or doc[end].lower_ in lx.lowercase_names)
        and not is_outlet_word(lx, doc[end].lower_)
    ):
        end += 1  # "У росії заявили": a name the outlet writes in lower case
    if owned is not None and end > s0 + 2 and has_suffix(doc[end - 1].lower_, lx.org_suffixes):
        # "В пресс-службе Министерства | внутренних дел России заявили": the owning body's
        # genitive words, up to the country
        end = _genitive_owner_end(doc, lx, end, k)
    if owned is not None and any(doc[t].is_lower for t in range(s0 + 2, end)):
        # "У лікарні імені Мечникова", "В департаменте здравоохранения Москвы": the body noun
        # and the words that name it, all of them the body (no person's title)
        return Mention(span=doc[s0 + 1 : end], name=span_text(doc[s0 + 1 : end]), kind="organisation")
    head = end
    while head < k and lx.may_be_attribute is not None and lx.may_be_attribute(doc[head].text):
        head += 1  # "У Сумській обласній військовій | адміністрації": adjectives before the body
    if head < k and has_suffix(doc[head].lower_, lx.org_suffixes):
        # "В Координационном штабе по обращению с военнопленными Украины сообщили"
        end = body_tail(doc, lx, head, k)
        if end == head + 1:
            # "У пресслужбі Національної поліції | України заявили": the country owning the
            # body, in the genitive, ends its name
            end = _genitive_owner_end(doc, lx, end, k)
    elif end > s0 + 1 and has_suffix(doc[end - 1].lower_, lx.org_suffixes):
        end = _genitive_owner_end(doc, lx, end, k)  # "У Міністерстві | оборони Росії заявили"
    elif end > s0 + 2 and capitalised_adjective(lx, doc[end - 1].text):
        end = _adjective_head_end(doc, lx, end, k)  # "В Офісі Генерального | прокурора заявили"
    if not all(
        doc[t].lower_ in lx.adverbs
        or doc[t].lower_ in lx.time_words
        or doc[t].is_punct
        # "В Рязанской областной больнице | ТАСС | сообщили": the outlet told
        or is_outlet_word(lx, doc[t].lower_)
        for t in range(end, k)
    ):
        return None
    return make_mention(doc, lx, s0 + 1, end)


def _adjective_head_end(doc: Doc, lx: Lexicon, start: int, k: int) -> int:
    """After a capitalised adjective inside a body's name ("Офісі Генерального", "Офисе
    Генерального"), the end of the lower-case noun it qualifies ("прокурора"): one word, or
    two, before the cue at ``k``; ``start`` when no such word follows."""
    end = start
    while (
        end < k
        and end - start < 2
        and doc[end].is_alpha
        and doc[end].is_lower
        and doc[end].lower_ not in lx.adverbs
        and doc[end].lower_ not in lx.time_words
        and doc[end].lower_ not in lx.np_stop
    ):
        end += 1
    return end


def _genitive_owner_end(doc: Doc, lx: Lexicon, start: int, k: int) -> int:
    """After a body's capitalised head noun ("Міністерстві", "Министерстве"), the end of the
    genitive words that complete its name before the cue at ``k`` ("оборони Росії", "обороны
    России"): up to four words, the last capitalised; ``start`` when they are not that."""
    end = start
    while (
        end < k
        and end - start < 4
        and doc[end].is_alpha
        and doc[end].lower_ not in lx.adverbs
        and doc[end].lower_ not in lx.time_words
        and doc[end].lower_ not in lx.np_stop
    ):
        end += 1
    while end > start and not is_cap(doc[end - 1].text):
        end -= 1
    return end


def _medium_issuer(doc: Doc, lx: Lexicon, speaker: Mention) -> Mention | None:
    """The body in the genitive after a medium noun opening ``speaker`` ("сводке |
    Минобороны", "сообщении | ведомства"); None when the phrase opens otherwise."""
    span = speaker.span
    if span is None or len(span) < 2 or span[0].lower_ not in lx.medium_nouns:
        return None
    issuer = make_mention(doc, lx, span.start + 1, span.end)
    if issuer is None or issuer.kind not in ("organisation", "named", "descriptive"):
        return None
    return issuer


def _owned_body_end(doc: Doc, lx: Lexicon, start: int, k: int) -> int | None:
    """After a locative, a lower-case body noun (one word or joined by a hyphen: "пресс-службе")
    followed by a capitalised name (the body it belongs to, in the genitive): the end of the
    name; None otherwise."""
    head = start
    if head + 2 < k and doc[head + 1].text == "-" and not doc[head].whitespace_:
        head += 2  # "пресс | - | службе"
    if not doc[start].is_lower or not has_suffix(doc[head].lower_, lx.org_suffixes):
        return None
    end = head + 1
    words = end
    while (
        words < k
        and words - end < OWNED_BODY_WORDS
        and doc[words].is_alpha
        and doc[words].is_lower
        and doc[words].lower_ not in lx.np_stop
    ):
        words += 1
    if words > end and (words == k or is_cap(doc[words].text)):
        # "В департаменте | здравоохранения | Москвы сообщили", "В департаменте
        # здравоохранения | сообщили": the body noun's genitive words name what it runs
        end = words
    # a capitalised outlet after the body is the one told ("В больнице | ТАСС сообщили")
    while end < k and is_cap(doc[end].text) and not doc[end].is_punct and not is_outlet_word(lx, doc[end].lower_):
        end += 1
    if end == head + 1 and (end == k or is_outlet_word(lx, doc[end].lower_)):
        return end  # "В больнице | сообщили", "В больнице | ТАСС сообщили": the body alone
    return end if end > head + 1 else None


#: how many lower-case genitive words may follow a body noun after a locative ("в департаменте
#: здравоохранения", "в управлении по делам ...")
OWNED_BODY_WORDS = 2


def _locative_body(doc: Doc, lx: Lexicon, s0: int, k: int) -> Mention | None:
    """The locative source of :func:`_locative_source` when its name holds a body word or an
    acronym ("В Белгородской областной администрации", "У Сумській ОВА"), not a place alone."""
    found = _locative_source(doc, lx, s0, k)
    if found is None or found.span is None:
        return None
    if any(
        has_suffix(t.lower_, lx.org_suffixes) or (t.text.isupper() and len(t.text) > 1)
        for t in found.span
    ):
        return found
    return None


def _described_to(doc: Doc, lx: Lexicon, comma: int, s1: int) -> int:
    """End of a participle or adjective phrase set off by commas after an anonymous source
    (", близкого к Кремлю,"): the second comma; ``comma`` when none follows there."""
    if lx.may_be_attribute is None or comma + 1 >= s1 or not lx.may_be_attribute(doc[comma + 1].text):
        return comma
    stop = next((t for t in range(comma + 2, min(s1, comma + 9)) if doc[t].text == ","), None)
    return stop if stop is not None else comma


def _located_body_told(doc: Doc, lx: Lexicon, s0: int, k: int) -> Mention | None:
    """ "В региональном минздраве "Интерфаксу" сообщили, что": a body named with a locative
    preposition, then the outlet told in quote marks, then the cue; the body speaks, the
    outlet (in the dative) was told. None unless the sentence is built so."""
    if k - s0 < 4 or doc[s0].lower_ not in lx.locative_sources:
        return None
    told = _quoted_names(doc, s0 + 1, k)
    if not told or max(told) != k - 1:
        return None
    end = min(told)
    if not any(has_suffix(doc[t].lower_, lx.org_suffixes) for t in range(s0 + 1, end)):
        return None  # no body word among the words placed: "В Киеве «Медузе» сказали"
    if not all(doc[t].is_alpha or doc[t].text == "-" for t in range(s0 + 1, end)):
        return None
    return make_mention(doc, lx, s0 + 1, end)


#: how many words may stand between the comma and a closing cue, and after it ("..., news
#: agencies reported on Thursday."): more is a clause of its own
CLOSING_CUE_WORDS = 5


def _clause_verb_follows(doc: Doc, start: int, end: int) -> bool:
    """Whether a subject and a finite verb follow ``start`` within a few words before any
    punctuation ("om han tar ..."), not a noun phrase alone ("spør om hjelp")."""
    for t in range(start, min(end, start + WHETHER_REACH)):
        if doc[t].is_punct:
            return False
        if t > start and doc[t].pos_ in ("VERB", "AUX") and "Fin" in doc[t].morph.get("VerbForm"):
            return True
    return False


#: how many words after "om" (whether) may stand before the clause's finite verb
WHETHER_REACH = 5


def _before_comma(doc: Doc, start: int, end: int) -> int:
    """The first comma (or other punctuation) at or after ``start``, else ``end``."""
    return next((t for t in range(start, end) if doc[t].is_punct and not _word_hyphen(doc, t)), end)


def _opening_medium(doc: Doc, lx: Lexicon, s0: int, k: int) -> int | None:
    """The medium noun of a locative phrase opening the sentence before an impersonal cue at
    ``k`` ("В сообщении (ведомства) | говорится", "У повідомленні (в Telegram) також |
    зазначено"): its token index, or None when the sentence is not built so."""
    if k - s0 < 2 or doc[k].lower_ not in lx.indirect_cues or doc[s0].lower_ not in lx.locative_sources:
        return None
    if doc[s0 + 1].lower_ not in lx.medium_nouns or k - s0 > 9:
        return None
    if any(doc[t].is_punct and doc[t].text != "-" for t in range(s0 + 1, k)):
        return None
    return s0 + 1


#: how many words a locative channel opening a sentence may hold ("В своем Telegram-канале")
_CHANNEL_WORDS = 3


def _opening_channel(doc: Doc, lx: Lexicon, s0: int, k: int) -> int | None:
    """The end of a locative phrase naming a platform or medium that opens the sentence before a
    subject and its cue at ``k`` ("В Telegram | чиновник отметил", "У своєму телеграм-каналі |
    посадовець зазначив"): where the subject may start, or None when the sentence is not built
    so (a locative body, "В Минобороны заявили", is read by :func:`_locative_source`)."""
    if not lx.locative_sources or k - s0 < 3 or doc[s0].lower_ not in lx.locative_sources:
        return None
    for t in range(s0 + 1, min(k - 1, s0 + 1 + _CHANNEL_WORDS)):
        if doc[t].is_punct:
            return None
        if doc[t].lower_ in lx.platforms or doc[t].lower_ in lx.medium_nouns:
            end = t + 1
            while end + 1 < k and doc[end].text == "-" and not doc[end - 1].whitespace_:
                end += 2  # "Telegram-канале" read as three tokens
            return end
    return None


def _unquoted_dash(doc: Doc, s0: int, k: int) -> bool:
    """Whether a spaced dash stands right before the cue at ``k`` after words in no quote marks
    ("Відомо про 5 постраждалих - повідомив X."): the dash sets off a closing cue as a comma
    would. Not in a dash quote, which opens its sentence with a dash ("— Мы не знаем, —
    сказала X") and is read as a direct quote."""
    dash = k - 1
    if dash - s0 < 3 or doc[dash].text not in DASHES or not doc[dash - 1].whitespace_:
        return False
    return not any(
        doc[t].text in DASHES or doc[t].text in ("«", "»", "“", "”", "„", '"') for t in range(s0, dash)
    )


def _closing_cue(doc: Doc, lx: Lexicon, comma: int, s1: int) -> bool:
    """Whether the words after ``comma`` are a closing cue and its speaker ("..., melder NTB.",
    "..., news agencies reported."), which end the report before them."""
    for t in range(comma + 1, min(s1, comma + 1 + CLOSING_CUE_WORDS)):
        cue_end = lx.is_cue(doc, t, s1)
        if cue_end:
            return s1 - cue_end <= CLOSING_CUE_WORDS and not any(
                doc[x].lower_ in lx.complementizers for x in range(cue_end, s1)
            )
        if doc[t].is_punct:
            return False
    return False


def _relayed(doc: Doc, lx: Lexicon, s0: int, end: int, speaker: Mention | None) -> bool:
    """Whether the outlet closing the words ``s0:end`` with its cue relays a report made in
    them: one opened by "ifølge X", or one with its own cue and complementizer."""
    return _relayed_according(doc, lx, s0, speaker) or (
        names_outlet(speaker, lx) and _cued_report_in(doc, lx, s0, end)
    )


def _relay_opening(doc: Doc, lx: Lexicon, s0: int, k: int) -> bool:
    """Whether the words from ``s0`` to ``k`` are only an outlet relaying, set off by a comma
    ("Як повідомляв Укрінформ, | ...", "Как передает ТАСС, | ..."): an according-to word, a
    cue verb and a news outlet's name."""
    first = s0
    while first < k and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if k - first < 4 or k - first > 7 or doc[k - 1].text != ",":
        return False
    verb = doc[first + 1].lower_
    if doc[first].lower_ not in lx.according_firsts or not (
        verb in lx.cue_verbs or verb in lx.relay_tail_verbs
    ):
        return False
    name = span_text(doc[first + 2 : k - 1]).strip("«»\"„“”").lower()
    return name in lx.outlets


#: the longest source phrase described by a clause of its own before its comma
CONTACT_CLAUSE_WORDS = 8


def _contact_clause(doc: Doc, lx: Lexicon, start: int, s1: int) -> int | None:
    """The comma ending the source phrase after a sentence-opening "ifølge": a phrase a clause
    without a relative pronoun describes, stranding its preposition ("ifølge kilder Reuters
    har snakket med, | ..."), or a phrase with no verb set off by its comma ("ifølge kilder i
    regjeringen, | ..."). None when a finite verb ends the phrase first, as the word order
    usually has it ("Ifølge politiet er tre skadd"), or without a tagger."""
    comma = next(
        (t for t in range(start + 2, min(s1, start + CONTACT_CLAUSE_WORDS + 1)) if doc[t].is_punct),
        None,
    )
    if (
        not lx.verb_second
        or comma is None
        or doc[comma].text != ","
        or not has_model_annotation(doc, "MORPH")
        or adjective_comma(doc[comma])  # "ifølge den uavhengige, russiske nettsiden Ridus"
    ):
        return None
    finite = next((t for t in range(start, comma) if "Fin" in doc[t].morph.get("VerbForm")), None)
    if finite is not None:
        # "ifølge Ukrainas luftforsvar ble 20 droner skutt ned, ...": the main clause's verb
        # right after the phrase (verb second); a described source has a subject of its own
        # between ("kilder | Reuters | har snakket med")
        described = (
            finite - 2 >= start
            and doc[finite - 1].pos_ in ("PROPN", "PRON")
            and doc[finite - 2].pos_ == "NOUN"
            and doc[finite - 2].is_lower
        )
        if not described or doc[comma - 1].pos_ != "ADP":
            return None
    elif name_between_commas(doc, comma, s1) is not None:
        return None  # "ifølge en talsmann for politiet, Mickey Rosenfeld, ...": the apposed name
    # a described source, or a plain phrase set off by its comma ("ifølge kilder i
    # regjeringen, ringte ..."): either way the report follows the comma
    return comma


def _according_at(doc: Doc, lx: Lexicon, t: int, s1: int) -> bool:
    """Whether a whole according-to phrase starts at ``t`` ("ifølge", "i følge"), not just its
    first word ("i internasjonalt samarbeid")."""
    lowers = doc_lowers(doc)
    if lowers[t] not in lx.according_firsts:
        return False
    return any(
        t + len(seq) <= s1 and all(w == "*" or lowers[t + i] == w for i, w in enumerate(seq))
        for seq in lx.according_to
    )


def _next_according(doc: Doc, lx: Lexicon, k: int, n: int, s1: int) -> int:
    """Where the according-to phrase after the one at ``k`` (of ``n`` words) starts, if one
    follows right after its comma ("Як передає УНІАН, | за інформацією ..."); ``k`` if none."""
    comma = next((t for t in range(k + n, min(s1, k + n + 6)) if doc[t].text == ","), None)
    if comma is None or comma + 2 >= s1:
        return k
    lowers = doc_lowers(doc)
    for seq in lx.according_to:
        if comma + 1 + len(seq) <= s1 and all(
            w == "*" or lowers[comma + 1 + i] == w for i, w in enumerate(seq)
        ):
            return comma + 1
    return k


def _relayed_according(doc: Doc, lx: Lexicon, s0: int, speaker: Mention | None) -> bool:
    """Whether a sentence that opens with "ifølge X" / "according to X" closes with a news
    outlet's cue: the outlet relays X's report."""
    first = s0
    while first < len(doc) and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first >= len(doc) or doc[first].lower_ not in lx.according_firsts or speaker is None:
        return False
    return names_outlet(speaker, lx)


def _cued_report_in(doc: Doc, lx: Lexicon, start: int, end: int) -> bool:
    """Whether ``start:end`` holds a report with its own cue and complementizer ("Han hevder
    at ..."), which an outlet's closing cue after it relays."""
    for t in range(start, end):
        cue_end = lx.is_cue(doc, t, end)
        if not cue_end or cue_end >= end:
            continue
        if t == start:
            # V2 after a fronted phrase: "[Ifølge Interfax] sa Konasjenkov også at ...", "[Ifølge
            # AFP] sa en tjenestemann i Det hvite hus onsdag at ...": the subject and adverbs run
            # to the complementizer, within the clause (no punctuation between)
            for x in range(cue_end + 1, min(end, cue_end + _V2_SUBJECT_WORDS)):
                if doc[x].lower_ in lx.complementizers:
                    return True
                if doc[x].text in _CLAUSE_BREAKS:
                    break
            continue
        if doc[cue_end].lower_ in lx.complementizers:
            return True
        opening = start + 1 if doc[start].is_punct else start
        if lx.back_reference_quotes and t > opening and _placeholder_opening(doc, lx, opening, t):
            # "Як передає Цензор.НЕТ, | про це розповів X": X's report of the sentence before,
            # which the outlet relays (a sourcing statement, no quote of the outlet)
            return True
        if lx.back_reference_objects and (
            doc[cue_end].lower_ in lx.placeholders
            or (
                doc[start].lower_ in lx.placeholders
                and t > start + 1
                and all(doc[x].lower_ in lx.passive_auxiliaries for x in range(start + 1, t))
            )
        ):
            # "X said this on Telegram, Ukrinform reports.", "This is reported by X, Ukrinform
            # reports.": X's report of the sentence before, which the outlet relays
            return True
        # "Zelenskyj said the attack was planned, CNN reported.": a clause with no "that"
        if lx.bare_clause and is_cap(doc[t - 1].text) and doc[cue_end].is_alpha and doc[cue_end].lower_ not in lx.np_stop:
            return True
    return False


def _is_outlet_name(m: Mention, lx: Lexicon) -> bool:
    """Whether a speaker phrase is an outlet's name ("ТСН.ua", "РБК-Україна")."""
    return m.text.lower().strip("«»\"„“”") in lx.outlets


def _document_speaks(doc: Doc, lx: Lexicon, k: int, cue_end: int, s0: int, s1: int) -> bool:
    """Whether the impersonal cue at ``k`` ("står det", "heiter det") follows a place in a
    text that opens its sentence ("I reglane", "I avtalen", "Der") and "at" comes right after,
    or closes its sentence after a comma with no source ("..., heiter det vidare."): the
    document says it, whoever wrote it (the sentence before names it)."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    if cue_end - k != 2 or lowers[k] not in lx.impersonal or k <= s0:
        return False
    if texts[k - 1] == ",":
        return all(
            lowers[t] in lx.adverbs or doc[t].is_punct or doc[t].is_space for t in range(cue_end, s1)
        )
    if cue_end >= len(doc) or lowers[cue_end] not in lx.complementizers:
        return False
    opener = lowers[s0]
    if k - s0 == 1:
        return opener in lx.document_adverbs
    return opener in lx.place_preps and not any(doc[t].is_punct for t in range(s0, k))


def continued_reports(doc: Doc, lx: Lexicon, paragraphs, indirect: list[QuoteAnn], quoted) -> list[QuoteAnn]:
    """Sentences that go on with the report before them by opening with "at" ("Han mener
    arbeidsgiveren har spredd rykter. | At sjefene har brukt skitne triks."): a content clause
    standing alone is more of what the last indirect quote's speaker said, with its cue.

    ``paragraphs`` are the body paragraphs read, ``indirect`` the document's indirect quotes so
    far and ``quoted`` the direct quotes' character ranges; the new quotes are returned."""
    if not indirect or not lx.complementizers:
        return []
    ordered = sorted(indirect, key=lambda q: q.span.start)
    out: list[QuoteAnn] = []
    # the per-document columns, not a Token per word of every paragraph
    lowers, texts, char_starts = doc_lowers(doc), token_texts(doc), token_starts(doc)
    blanks = punct_or_space(doc)
    for para in paragraphs:
        for t in range(para.start, para.end - 3):
            if lowers[t] not in lx.complementizers or not is_cap(texts[t]):
                continue
            if t != para.start and not doc[t].is_sent_start:
                continue
            if inside(quoted, char_starts[t]):
                continue
            prev = max((q for q in ordered if q.span.end <= t), key=lambda q: q.span.end, default=None)
            if prev is None:
                continue
            # only the end of the last report's sentence between: no other sentence, no quote
            if any(not blanks[x] for x in range(prev.span.end, t)):
                continue
            end = next((x for x in range(t + 1, para.end) if doc[x].is_sent_start), para.end)
            while end > t + 1 and blanks[end - 1]:
                end -= 1
            if end - (t + 1) < 3:
                continue
            if any(q.span.start < end and q.span.end > t for q in ordered):
                continue  # a report of its own ("At X sier ..." is read there)
            if _fronted_clause(doc, t + 1, end):
                continue  # "At det tar tid, er alle enige om": the subject of a main clause
            out.append(
                QuoteAnn(
                    span=doc[t + 1 : end], kind="indirect", speaker=prev.speaker, cue=prev.cue,
                    medium=prev.medium, medium_span=prev.medium_span,
                )
            )
    return out


def _fronted_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the "at" clause from ``start`` has its own finite verb and ends at a comma with
    the finite verb of a main clause after it ("At det tar tid, | er alle enige om"): a clause
    fronted as the subject or object, no continued report."""
    for x in range(start, end - 1):
        if doc[x].text == "," and "Fin" in doc[x + 1].morph.get("VerbForm"):
            return _finite_in(doc, start, x)
    return False


def carry_impersonal_speaker(anns: list[QuoteAnn], lx: Lexicon) -> None:
    """An impersonal cue that names no one ("..., heiter det vidare.") goes on with the quote
    right before it when that one's cue is impersonal too and named its source ("..., heiter
    det i ei fråsegn frå departementet."): the same statement speaks, so it has the same
    speaker. ``anns`` are the document's quotes in text order; their speakers are set here."""
    for prev, ann in zip(anns, anns[1:], strict=False):
        if (
            ann.kind == "indirect"
            and ann.speaker is None
            and _impersonal_cue(ann, lx)
            and _impersonal_cue(prev, lx)
            and prev.speaker is not None
        ):
            ann.speaker = prev.speaker
    # "Как отмечается, ...": an unnamed "as is noted" goes on with the last one who spoke
    last: Mention | None = None
    last_end = -1
    unspoken: list[QuoteAnn] = []
    for ann in anns:
        if ann.speaker is None and ann.kind == "indirect" and _unnamed_that(ann, lx):
            # "Вказується, що ...": only a report in this paragraph or the one before goes on
            if last is not None and _paragraph_breaks(ann.span.doc.text, last_end, ann.span.start_char) <= 1:
                ann.speaker = last
            else:
                unspoken.append(ann)
        elif ann.speaker is None and ann.kind == "indirect" and _unnamed_cue(ann, lx):
            ann.speaker = last
        if ann.speaker is not None:
            last = ann.speaker
            last_end = ann.char_range[1] if ann.char_range else ann.span.end_char
    for ann in unspoken:
        anns.remove(ann)  # no report before it to go on with: the writer's own words


def _unnamed_that(ann: QuoteAnn, lx: Lexicon) -> bool:
    """Whether the quote's cue is a sentence-opening impersonal passive ("Вказується, що")."""
    cue = ann.cue
    return cue is not None and len(cue) == 1 and cue[0].lower_ in lx.unnamed_that


def _paragraph_breaks(text: str, start: int, end: int) -> int:
    """How many paragraph breaks (runs of line breaks) stand between ``start`` and ``end``."""
    return len(re.findall(r"\n+", text[max(start, 0) : end]))


def _unnamed_cue(ann: QuoteAnn, lx: Lexicon) -> bool:
    """Whether the quote's cue is an unnamed "as is noted" ("как отмечается", "як уточнюється")."""
    cue = ann.cue
    return cue is not None and tuple(t.lower_ for t in cue) in lx.unnamed_according


def _impersonal_cue(ann: QuoteAnn, lx: Lexicon) -> bool:
    """Whether the quote's cue is an impersonal one ("heiter det", "står det")."""
    cue = ann.cue
    return cue is not None and len(cue) >= 2 and cue[1].lower_ in lx.impersonal.get(cue[0].lower_, ())


"""``sourcetrace_quotes``: direct and indirect quotes with their cue, speaker, medium and recipient.

Read paragraph by paragraph (body paragraphs only: a crosshead repeating a quote is a heading):

* dash paragraphs ("– A, sier X. – B."), split by their cue, one speaker for the parts;
* quotes in marks («», “”, "") with a cue after ("», sier X", '," he said') or before
  ("X said: “"), quotes running over paragraphs without a closing mark;
* quotes with no cue of their own take the speaker of their paragraph, their run of dash
  paragraphs, the next paragraph ("Det forteller X ...") or the speaker just before; a question
  with no cue in a run of dash paragraphs is the interviewer's;
* indirect speech: "X forteller (videre) at ...", "X said (that) ...", "..., opplyser X",
  "ifølge X ...".

Medium, recipient and addressee are read in the cue clause (:mod:`.quote_media`); the speaker
of a cue by :mod:`.quote_cues`; indirect speech by :mod:`.quote_indirect`; quote marks are paired
by :mod:`.quote_marks`. All vocabulary comes from ``quotes.toml``/``speakers.toml`` (see
:mod:`.cues`); nothing here is specific to one language.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lang as langdata
from ..lang.first_names import gender as first_name_gender
from . import _speaker_ranker as ranker
from .annotations import (
    Mention,
    QuoteAnn,
    doc_lowers,
    doc_text,
    get_list,
    has_model_annotation,
    paragraph_role,
    span_text,
)
from .cues import (
    PER_LABELS,
    Lexicon,
    genitive_name,
    inflected_outlet_end,
    is_cap,
    lexicon,
    make_mention,
    name_between_commas,
    names_outlet,
    np_after,
    quoted_name_end,
    subject_at,
)
from .quote_cues import SENT_END, ReadState
from .quote_indirect import IndirectReader, carry_impersonal_speaker, continued_reports
from .quote_marks import DASHES, find_marks
from .quote_media import read_media
from .token_arrays import token_starts, token_texts

_CUE_LEAD = frozenset({",", "?", "!", "–", "—", "…", ";"})
_QUOTE_CHARS = frozenset({"«", "»", "“", "”", '"', "„"})
_DASH_LEAD = re.compile(r"^[–—-]\s+")
# hyphen questions answered by a hyphen paragraph that make a document's hyphen lines an
# interview's turns (so "- Hvem da?" and "- Andre regissører." are quotes, not list items)
INTERVIEW_QUESTIONS = 2
_MAX_CLAUSE = 25
#: the most words a cue clause between two speech dashes inside one pair of marks may hold
_INNER_CUE_WORDS = 7


@dataclass(eq=False)
class _Seg:
    """A direct-quote segment while the paragraph and run structure is being read."""

    start: int  # content characters [start, end) in the doc text
    end: int
    para: int
    dash: bool
    words: int
    question: bool = False
    cont: bool = False  # continues an unclosed quote of the previous paragraph
    open_end: bool = False  # no closing mark: runs on into the next paragraph
    sentence_start: bool = True  # begins a sentence (not a partial quote)
    weak: bool = False  # a short sentence in marks: a quote only next to a cued one
    cue: tuple[int, int] | None = None
    clause: list[tuple[int, int]] | None = None  # token ranges to read medium and recipient in
    speaker: Mention | None = None
    src: _Seg | None = None  # segment whose cue and speaker this one shares


class Quotes:
    """The pipeline component: it holds only the language's lexicon and outlet pattern; each
    document is read by a :class:`_QuoteReading` of its own (no per-document state here, so
    one pipeline can read documents concurrently)."""

    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.lx: Lexicon = lexicon(self.lang)
        names = sorted(
            langdata.concern(self.lang, "speakers").get("media", {}).get("outlets", []),
            key=len,
            reverse=True,
        )
        self._outlets = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
        )

    def __call__(self, doc: Doc) -> Doc:
        return _QuoteReading(self.lx, self._outlets).read(doc)


class _QuoteReading(IndirectReader):
    """Reads the quotes of one document; its attributes are that document's state."""

    def __init__(self, lx: Lexicon, outlets: re.Pattern[str] | None):
        self.lx = lx
        self._outlets = outlets

    # -- entry ---------------------------------------------------------------------------

    def read(self, doc: Doc) -> Doc:
        quotes = get_list(doc, "st_quotes")
        mentions = get_list(doc, "st_mentions")
        if not len(doc):
            return doc
        paragraphs = [p for p in (doc._.st_paragraphs or []) if len(p)] or [doc[:]]
        state = ReadState(text=doc_text(doc), paragraphs=paragraphs)
        self._cue_speakers: dict[int, Mention] = {}  # cue token -> its speaker, this document
        self._cue_pos = {}
        self._has_pos: bool | None = None  # doc.has_annotation("POS"), read once when needed
        self._word_counts: Counter[str] | None = None  # lower-case words, for the ranker
        segs: list[_Seg] = []
        bodies: list[int] = []
        turns = self._transcript(doc, paragraphs)
        state.hyphen_dialogue = self._hyphen_dialogue(doc, paragraphs)
        for idx, para in enumerate(paragraphs):
            if not _readable(para) or (idx == 0 and paragraph_role(para) == "heading"):
                continue  # the headline: nothing in it is a quote (the guide)
            bodies.append(idx)
            if idx in turns:
                segs.append(turns[idx])
                continue
            segs.extend(self._paragraph_segments(doc, para, idx, state))
        for seg in segs:
            state.quoted.append((seg.start, seg.end))
        indirect = []
        for idx in bodies:
            indirect.extend(self._indirect(doc, paragraphs[idx], state))
        indirect.extend(
            continued_reports(doc, self.lx, [paragraphs[idx] for idx in bodies], indirect, state.quoted)
        )
        self._resolve(doc, paragraphs, segs, indirect, state)
        segs.extend(state.nested)  # with their own cue; not part of runs and paragraphs
        clauses = state.clauses
        anns = [self._direct_ann(doc, s, clauses) for s in segs]
        anns.extend(indirect)
        if self.lx.partial_quote_clauses:
            _share_clause_speaker(anns)
        anns.sort(key=lambda q: q.char_range[0] if q.char_range else q.span.start_char)
        carry_impersonal_speaker(anns, self.lx)
        read_media(doc, self.lx, anns, clauses, paragraphs)
        self._interviewer(doc, anns, state.text)
        seen: set[int] = {id(m) for m in mentions}
        for ann in anns:
            quotes.append(ann)
            if ann.speaker is not None and id(ann.speaker) not in seen:
                seen.add(id(ann.speaker))
                mentions.append(ann.speaker)
        return doc

    # -- direct quotes -------------------------------------------------------------------

    def _hyphen_dialogue(self, doc: Doc, paragraphs) -> bool:
        """Whether a paragraph led by a hyphen has a speech cue ("- Ja, sier han."): then the
        document sets its dialogue with hyphens, and a short hyphen line with a sentence's end
        ("- Hvem da?", "- Andre regissører.") is a turn of it."""
        texts = token_texts(doc)  # each paragraph's first word without a Token built for it
        lx = self.lx
        answered = 0
        for pos, para in enumerate(paragraphs):
            if texts[para.start] != "-" or not _DASH_LEAD.match(span_text(para)):
                continue
            if any(
                texts[t] in _CUE_LEAD and lx.is_cue(doc, t + 1, para.end)
                for t in range(para.start + 1, para.end - 1)
            ):
                return True
            following = paragraphs[pos + 1] if pos + 1 < len(paragraphs) else None
            if (
                texts[para.end - 1] == "?"
                and following is not None
                and texts[following.start] == "-"
                and _DASH_LEAD.match(span_text(following))
            ):
                answered += 1
        # an interview without a single cue: hyphen questions each answered by the next
        # hyphen paragraph; a list of items does not ask twice (one question may be a list's)
        return answered >= INTERVIEW_QUESTIONS

    def _paragraph_segments(self, doc: Doc, para, idx: int, state: ReadState) -> list[_Seg]:
        text = span_text(para)
        base = para.start_char
        segs: list[_Seg] = []
        skip: tuple[int, int] | None = None
        if _DASH_LEAD.match(text) and para[0].text in DASHES:
            segs = self._dash_segments(doc, para, idx, state)
            ends = text.rstrip()[-1:] in ".!?…"
            if (
                para[0].text == "-"
                and not any(s.cue for s in segs)
                and (not ends or (len(text.split()) < 5 and not state.hyphen_dialogue))
            ):
                segs = []  # "- 14 drepte i Odesa": a list item with a hyphen, not a quote
            if segs:
                skip = (segs[0].start, segs[-1].end)
        else:
            segs = self._inner_dash_segments(doc, para, idx, state)
            if segs:
                skip = (segs[0].start, segs[-1].end)
        offset = 0
        if (
            state.open_para == idx - 1
            and not segs
            and state.open_through is not None
            and idx < state.open_through
        ):
            # a paragraph inside a quote that opened before it and closes after it
            seg = self._mark_segment(doc, para, idx, base, base + len(text), False, True, state)
            state.open_para = idx if seg is not None else None
            if seg is not None:
                seg.cont = True
                return [seg]
        closing = _closing_first(self.lx).match(text) if state.open_para == idx - 1 and not segs else None
        if closing is not None:
            # the quote the paragraph before left open ends here, its opening mark not repeated
            seg = self._mark_segment(doc, para, idx, base, base + closing.end() - 1, True, True, state)
            if seg is not None:
                seg.cont = True
                segs.append(seg)
            offset = closing.end()
        state.open_para = None
        marks = list(find_marks(text[offset:]))
        if self.lx.cue_inside_marks:
            marks, pieces = _split_at_inner_cues(doc, para, base + offset, marks)
            state.interrupted.update(base + offset + o + 1 for o in pieces)
        state.marked = [(base + offset + o + 1, base + offset + c) for o, c, _ in marks]
        for o, c, closed in marks:
            o, c = o + offset, c + offset
            start, end = base + o + 1, base + c
            if skip and skip[0] <= start < skip[1]:
                continue
            seg = self._mark_segment(doc, para, idx, start, end, closed, o == 0, state)
            if seg is not None:
                segs.append(seg)
                if not closed:
                    state.open_para = idx
                    state.open_through = _closes_later(state.paragraphs, idx, _closing_first(self.lx))
        for seg in [s for s in segs if not s.dash]:
            state.nested.extend(self._nested(doc, para, seg, state.text))
        segs.sort(key=lambda s: s.start)
        if any(s.weak for s in segs) and not any(s.cue is not None for s in segs):
            segs = [s for s in segs if not s.weak]
        return segs

    def _turn(self, doc: Doc, para) -> tuple[int, int] | None:
        """'Sigrid Øvrebø: Kor lenge ...?', '«Bizon»: Så lenge ...': an interview turn, the
        speaker's name (one to four capitalised words) and a colon, then a whole sentence.
        Returns the token range of the name."""
        texts = token_texts(doc)  # read for every paragraph: no Token built per word
        colon = next(
            (t for t in range(para.start + 1, min(para.end, para.start + 7)) if texts[t] == ":"),
            None,
        )
        if colon is None or para.end - colon < 4:
            return None
        if span_text(para).rstrip()[-1:] not in ".!?…»”\"":
            return None
        name = [t for t in doc[para.start : colon] if t.text not in ("«", "»", "“", "”", '"')]
        if not name or len(name) > 4 or not all(is_cap(t.text) for t in name):
            return None
        if any(
            t.text.isupper() and len(t.text) > 3 and t.text.lower() not in self.lx.outlets
            for t in name
        ):
            return None  # "FOTO: ...", "OPPDATERT: ..."
        return para.start, colon

    def _transcript(self, doc: Doc, paragraphs) -> dict[int, _Seg]:
        """Interview turns in runs of two or more body paragraphs."""
        found: dict[int, tuple[int, int]] = {}
        for idx, para in enumerate(paragraphs):
            if paragraph_role(para) == "body" and len(para) > 4:
                name = self._turn(doc, para)
                if name is not None:
                    found[idx] = name
        out: dict[int, _Seg] = {}
        if not any(span_text(paragraphs[i]).rstrip().endswith("?") for i in found):
            return out  # an interview has questions; "Kyiv: ... \n\n Kharkiv: ..." is a live blog
        for idx, (n0, colon) in found.items():
            if idx - 1 not in found and idx + 1 not in found:
                continue
            para = paragraphs[idx]
            seg = self._seg_from_tokens(doc, colon + 1, para.end, idx, False)
            seg.speaker = make_mention(doc, self.lx, n0, colon)
            if seg.speaker is not None and seg.words > 1:
                out[idx] = seg
        return out

    def _inner_dash_segments(self, doc: Doc, para, idx: int, state: ReadState) -> list[_Seg]:
        """'Han ble såret i beina. – Jeg venter på operasjon, sier soldaten.': a speech dash
        after a sentence of narration opens a quote as one opening the paragraph does. Only
        read when the quote has its own cue: a dash inside narration without one is as often
        a parenthesis ("byene – begge sør for Lyman – nå")."""
        texts = token_texts(doc)  # read for every paragraph: no Token built per word
        inside = (
            [(para.start_char + o, para.start_char + c) for o, c, _ in find_marks(span_text(para))]
            if self.lx.cue_inside_marks
            else []
        )
        char_starts = token_starts(doc)
        for t in range(para.start + 1, para.end - 3):
            if texts[t] in DASHES and texts[t - 1] in (".", "!", "?", "…") and is_cap(texts[t + 1]):
                if any(o < char_starts[t] < c for o, c in inside):
                    continue  # '“A? – питає жінка. – B”': the quote's own cue clause
                segs = self._dash_segments(doc, para, idx, state, start=t + 1)
                if segs and segs[0].cue is not None:
                    return segs
                for seg in segs:  # nothing kept: the cues the reading took are free again
                    if seg.cue is not None:
                        state.used_cues.discard(seg.cue[0])
                return []
        return []

    def _dash_segments(
        self, doc: Doc, para, idx: int, state: ReadState, start: int | None = None
    ) -> list[_Seg]:
        """'– A, sier X. – B.': segments split at their cue; text after a cue clause that
        does not start with a dash again is narration. ``start``: the first word after the
        dash, when the dash does not open the paragraph."""
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        lx = self.lx
        out: list[_Seg] = []
        i = para.start + 1 if start is None else start
        end = para.end
        while i < end:
            seg_start = i
            cue = None
            aux_lo: int | None = None
            j = i
            while j < end - 1:
                if texts[j] in _CUE_LEAD and j > seg_start:
                    k = j + 1
                    cue_end = lx.is_cue(doc, k, end)
                    if cue_end and cue_end < end and lowers[cue_end] in lx.first_person:
                        cue_end = 0  # "– Det blir flere, tror jeg, sier hun": the speaker's own words
                    if cue_end and self._main_after_fronted(doc, seg_start, j, k, cue_end, end):
                        cue_end = 0  # "– Når vi ringer, tror de ikke på oss": no cue, the main clause
                    if cue_end:
                        cue = (j, k, cue_end)
                        break
                    aux = self._aux_cue(doc, k, end)
                    if aux is not None:  # "– ..., skal Putin ha sagt."
                        cue = (j, aux[0], aux[1])
                        aux_lo = k + 1
                        break
                j += 1
            if cue is None:
                content_end = end
                out.append(self._seg_from_tokens(doc, seg_start, content_end, idx, True))
                break
            lead, k, cue_end = cue
            content_end = lead + 1 if texts[lead] not in DASHES else lead
            seg = self._seg_from_tokens(doc, seg_start, content_end, idx, True)
            clause_end = cue_end
            while (
                clause_end < end
                and not self._ends(doc, clause_end)
                and (texts[clause_end] not in DASHES or _joins_words(doc, clause_end))
                and not self._resumes_after_cue(doc, clause_end, end)
            ):
                clause_end += 1  # "каже лікарка-хірургиня Ірина Савчук": a hyphen, no dash
            seg.cue = (k, cue_end)
            seg.clause = [(k, min(clause_end + 1, end))]
            seg.speaker = self._speaker_at(
                doc, k, cue_end, aux_lo if aux_lo is not None else k, clause_end
            )
            state.used_cues.add(k)
            out.append(seg)
            nxt = clause_end + 1
            if clause_end < end and texts[clause_end] in DASHES and end - clause_end <= 5:
                break  # "..., sier hun – og ler.": narration after the cue
            if clause_end < end and texts[clause_end] in DASHES:
                i = clause_end + 1  # "– A, sier han, – men B."
            elif nxt < end and texts[nxt] in DASHES:
                i = nxt + 1  # "– A, sier han. – B."
            elif self._resumes_after_cue(doc, clause_end, end):
                # "– Når vi ringer, sier hun, svarer ingen.": the sentence goes on to its end;
                # what follows it is narration again, unless a dash opens more words
                stop = next((t for t in range(nxt, end) if self._ends(doc, t)), end - 1)
                out.append(self._seg_from_tokens(doc, nxt, min(stop + 1, end), idx, True))
                if stop + 1 < end and doc[stop + 1].text in DASHES:
                    i = stop + 2
                else:
                    break
            else:
                break
        return [s for s in out if s.words > 0]

    def _resumes_after_cue(self, doc: Doc, comma: int, end: int) -> bool:
        """Whether the words after a cue set off by commas in a dash quote are the quote's own
        sentence going on, in a verb-second language: its finite verb comes first after the
        cue because the clause before the cue opened the sentence ("– Når vi ringer, sier hun,
        svarer ingen."); narration goes on with a coordinator or a subordinator ("..., sier
        hun, og ler"), never with a bare finite verb. A second cue that names its own speaker
        and closes the sentence ("..., sier hun til avisa, skriver NTB.") is the outlet
        relaying the whole line, not the quote going on."""
        lx = self.lx
        if comma + 1 >= end or not lx.verb_second or doc[comma].text != ",":
            return False  # the cue closes the paragraph (at the document's end, no word after)
        verb = doc[comma + 1]
        if not verb.is_lower or verb.lower_ in lx.conjunctions:
            return False
        if not (verb.pos_ in ("AUX", "VERB") and "Fin" in verb.morph.get("VerbForm")):
            return False
        relay_end = lx.is_cue(doc, comma + 1, end)
        if relay_end:
            stop = next((t for t in range(relay_end, end) if doc[t].text in SENT_END), end)
            if self._closing_speaker(doc, comma + 1, relay_end, stop) is not None:
                return False
        return True

    def _main_after_fronted(self, doc: Doc, seg_start: int, comma: int, k: int, cue_end: int, end: int) -> bool:
        """Whether the cue verb after ``comma`` opens the main clause of a sentence that a
        subordinate clause opens, in a verb-second language: "– Når vi ringer, tror de ikke på
        oss." (the verb comes before its subject because of the clause before it, and the
        sentence runs on after the subject), not "– Når vi ringer, sier hun, svarer ingen."
        (a cue that names its speaker and stops)."""
        lx = self.lx
        if not lx.verb_second or doc[comma].text != ",":
            return False
        opening = seg_start
        for t in range(comma - 1, seg_start - 1, -1):
            if doc[t].text in SENT_END:
                opening = t + 1
                break
        if opening >= comma or doc[opening].lower_ not in lx.fronted_subordinators:
            return False
        if self._closing_speaker(doc, k, cue_end, end) is not None:
            return False
        # the subject and what follows it to the sentence's end: a negation or a phrase ("ikke
        # på oss") runs the clause on; a lone adverb ("sier han strengt") closes a cue
        stop = next((t for t in range(cue_end, end) if doc[t].text in SENT_END), end)
        rest = [t for t in doc[np_after(doc, lx, cue_end, stop)[1] : stop] if not t.is_punct]
        if len(rest) > 1 and rest[0].lower_ in lx.coordinators and lx.is_cue(doc, rest[1].i, end):
            return False  # "– Da tror jeg det, sier Lund og legger til:": a second cue, no clause
        return any(t.lower_ in lx.negations for t in rest) or len(rest) >= MAIN_CLAUSE_REST

    def _seg_from_tokens(self, doc: Doc, start: int, end: int, idx: int, dash: bool) -> _Seg:
        span = doc[start:end]
        text = span_text(span)
        return _Seg(
            start=span.start_char,
            end=span.end_char,
            para=idx,
            dash=dash,
            words=len(text.split()),
            question=text.rstrip().endswith("?"),
        )

    def _mark_segment(
        self,
        doc: Doc,
        para,
        idx: int,
        start: int,
        end: int,
        closed: bool,
        at_para_start: bool,
        state: ReadState,
    ) -> _Seg | None:
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        char_starts = token_starts(doc)
        lx = self.lx
        text = state.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return None
        content = text[start:end]
        words = len(content.split())
        interrupted = start in state.interrupted
        if words <= 3 and not interrupted and self._scare(doc, text, start, end, words, content):
            return None
        seg = _Seg(
            start=start,
            end=end,
            para=idx,
            dash=False,
            words=words,
            question=content.endswith("?"),
            cont=at_para_start,
            open_end=not closed,
        )
        first = _tok_index(doc, para, start)
        last = _tok_index(doc, para, end - 1)
        # before: from the sentence start (or paragraph start) to the opening mark
        b1 = max(para.start, first - 1)
        b0 = b1
        while b0 > para.start and not self._ends(doc, b0 - 1):
            b0 -= 1
        seg.sentence_start = all(doc[t].is_punct for t in range(b0, b1))
        # after: from the closing mark to the sentence end or the next opening mark
        a0 = last + 1
        while (
            a0 < para.end
            and doc[a0].is_punct
            and texts[a0] not in SENT_END
            and texts[a0] in ("»", "”", '"', "'", "“")  # “ closes „...“
        ):
            a0 += 1
        a1 = a0
        while (
            a1 < para.end
            and not self._ends(doc, a1)
            and a1 - a0 < _MAX_CLAUSE
        ):
            if texts[a1] in ("«", "“"):
                # "— сказав речник угруповання «Хортиця» Назар Волошин": a body's name in
                # quote marks inside the speaker's role (ru, uk), not the next quote
                close = (
                    quoted_name_end(doc, a1, para.end)
                    # "— розповіла «Українській правді» дружина": the outlet told, in any case
                    or inflected_outlet_end(doc, lx, a1, para.end)
                    if lx.genitive_issuer
                    else None
                )
                if close is None:
                    break
                a1 = close
                continue
            if texts[a1] == '"' and a1 > a0:
                break
            a1 += 1
        cue = None
        # a short quote is only a quote when set off from its cue ("«Nei», sier han"), not
        # when it is a name or label in the sentence ("«Rybar» skriver at ...")
        bounded = (
            words > 3
            or content[-1:] in ",.!?…"
            or (a0 < para.end and texts[a0] in (",", "–", "—"))
        )
        long_words = [w for w in content.split() if len(w) > 3]
        # '«Пострадавших нет», — написал губернатор': words set off by a comma and a speech dash
        # before their cue are said, never a title
        dash_cue = (
            lx.comma_after_quote
            and a0 + 1 < para.end
            and texts[a0] == ","
            and texts[a0 + 1] in DASHES
        )
        if (
            2 <= words <= 4
            and long_words
            and all(w[0].isupper() for w in long_words)
            and content[-1:] not in ".!?…"
            and not dash_cue
            and not interrupted
        ):
            return None  # a name or title in quote marks: "Frontline Notes", "I Want to Live"
        if (
            words == 1
            and content[:1].isupper()
            and content[-1:] not in ".!?…,"
            and not seg.sentence_start
            and b1 - 1 >= b0
            and doc[b1 - 1].is_alpha
        ):
            return None  # a name after its noun: "ракету «Іскандер-М», зазначили в ..."
        # 'X wrote on Telegram that "... city." Y said the ...': a quote that ends its sentence
        # after a cue of its own is that cue's; the next sentence's cue reports something else
        ends_after_cue = (
            content[-1:] in ".!?…"
            and a0 < para.end
            and is_cap(texts[a0])
            and any(lx.is_cue(doc, k, b1) and k not in state.used_cues for k in range(b0, b1))
        )
        after_end = a0 if ends_after_cue else min(a1, a0 + (12 if words > 3 else 4))
        for k in range(a0, after_end):
            if lowers[k] in lx.coordinators and k <= a0 + 1:
                break  # "as 'mercenaries', and Moscow claims ...": another clause
            if k in state.used_cues or not bounded:
                continue
            next_to = k == a0 or (k == a0 + 1 and texts[a0] == ",")
            according = self._according_after(doc, k, a1) if next_to and words > 3 else None
            if according is not None:
                # '"...", according to the Herald.': the quoted words are the source's
                seg.cue = (k, according[0])
                seg.clause = [(k, min(a1 + 1, para.end))]
                seg.speaker = according[1]
                state.used_cues.add(k)
                return seg
            cue_end = lx.is_cue(doc, k, a1)
            if cue_end and lx.partial_quote_clauses and content[-1:] in ".!?…" and _introduces_quote(doc, cue_end, para.end):
                # '"... before the break." After the match, X said, "...": a quote that ended
                # its sentence; the cue after it introduces the next one
                break
            if cue_end:
                cue = (k, cue_end, a0, a1)
                state.after_cues.add(k)  # '"A," he said, "but B."': B shares it
                break
            aux = self._aux_cue(doc, k, a1)
            if aux is not None:  # '«...», skal han ha sagt'
                cue = (aux[0], aux[1], k + 1, a1)
                break
        if (
            cue is not None
            and lx.partial_quote_clauses
            and not seg.sentence_start
            and doc[cue[0]].lower_ in lx.participle_cues
        ):
            # 'Officials claimed that "the convoy was hit," calling it "a strike."': the cue
            # the quote completes ("claimed that") says it; the participle after it adds more
            before = self._cue_right_before(doc, b0, b1, state)
            if before is not None:
                cue = before
        if cue is not None and not seg.sentence_start and self._relayed_after(doc, cue, b0, b1, state):
            # 'X said the situation was "difficult", Interfax reported': the outlet relays the
            # report; the words in marks are those of the cue before them, and the relaying
            # cue reports no quote of its own (the sourcing statement records it)
            state.used_cues.add(cue[0])
            cue = None
        if cue is None and lx.partial_quote_clauses and not bounded:
            closing = self._closing_report(doc, a0, para.end, state)
            if closing is not None:
                # 'An attack has killed "up to 100" people, a local group said.': a short quote
                # inside reported speech is a partial quote of the clause's speaker (the
                # guide), not a scare quote. The cue stays free for other quotes and the
                # clause (partial_cues), so it is not marked used
                k, cue_end, lo, hi = closing
                seg.cue = (k, cue_end)
                seg.clause = [(b0, min(hi + 1, para.end))]
                seg.speaker = self._speaker_at(doc, k, cue_end, lo, hi)
                if seg.speaker is None:
                    return None
                state.partial_cues.add(k)
                return seg
        introduced = b1 - 1 >= para.start and texts[b1 - 1] in (",", ":")
        if cue is None and (closed or introduced):
            # an unclosed quote too, when its cue introduces it: 'said, "I think ...' running on
            for k in range(b1 - 1, max(b0, b1 - _MAX_CLAUSE) - 1, -1):
                cue_end = lx.is_cue(doc, k, b1)
                reusable = k in state.partial_cues or k in state.after_cues
                if cue_end and state.inside_marks(char_starts[k]):
                    continue  # a quoted word, not the cue: 'process "must be well thought out":'
                if cue_end and (k not in state.used_cues or reusable):
                    if (
                        words <= 3
                        and is_cap(content)
                        and content[-1:] not in ",.!?…"
                    ):
                        return None  # 'Det sier «Martin» (34)': a name in quote marks
                    cue = (k, cue_end, b0, b1)
                    break
        if cue is None and introduced and texts[b1 - 1] == ":" and words > 3:
            cue = self._colon_verb(doc, b0, b1)
            label = self._colon_label(doc, b0, b1 - 1) if cue is None else None
            if label is not None:
                seg.cue = (label[0], b1)
                seg.clause = [(b0, b1)]
                seg.speaker = label[1]
                return seg
        if cue is None:
            if words <= 3 and seg.sentence_start and content[-1:] in ".!?…":
                seg.weak = True  # '"It was a massacre," said X. "Nobody survived."'
                return seg
            if interrupted:
                return seg  # '“A? – питає жінка. – B”': B goes on with A's cue
            if words <= 3 or not seg.sentence_start:
                return None  # scare quotes, titles, partial quotes without a cue
            if (
                at_para_start
                and closed
                and end >= para.end_char - 1
                and content[-1:] not in ",.!?…"
                and words <= 12
            ):
                return None  # a crosshead in quote marks: «Vi har ikke nok folk»
            return seg
        k, cue_end, lo, hi = cue
        seg.cue = (k, cue_end)
        seg.clause = [(k, min(hi + 1, para.end))]
        seg.speaker = self._speaker_at(doc, k, cue_end, lo, hi)
        if (
            seg.speaker is None
            and lx.subject_deps  # languages whose parse is read (English); others keep these
            and k < first
            and words <= 4
            and content[-1:] not in ",.!?…"
            and any(texts[t] == "," for t in range(cue_end, first - 1))
        ):
            # 'As far as I can tell, the site offers "free as in beer" content': a cue in a
            # clause of its own that names no one is not the short quoted phrase's cue
            return None
        if k < first:
            # "kalte dem «vestlig propaganda» på en pressekonferanse": before and after the quote
            seg.clause = [(b0, b1), (min(last + 1, para.end), min(a1 + 1, para.end))]
            state.partial_cues.add(k)  # 'X said that ... "a war crime"': the cue reports both
        elif lx.partial_quote_clauses and self._inside_clause(doc, seg, b0, b1, k):
            # '"More than three dozen UAVs" were deployed, he said': the quote is part of the
            # clause the cue closes, which is reported too
            state.partial_cues.add(k)
        state.used_cues.add(k)
        return seg

    def _closing_report(
        self, doc: Doc, a0: int, limit: int, state: ReadState
    ) -> tuple[int, int, int, int] | None:
        """The reporting clause that closes the sentence after token ``a0`` ('..., a local
        group said on Thursday.'): a comma outside quote marks, a subject of a few words, a cue,
        and at most a few words before the sentence ends; ``None`` otherwise."""
        end = a0
        while end < limit and not self._ends(doc, end):
            end += 1
        for comma in range(a0, end):
            if doc[comma].text != ",":
                continue
            first = comma + 1
            if state.inside_marks(doc[comma].idx):
                # '... "in recent days," the IDF said': the comma a closing mark follows
                if first >= end or doc[first].text not in _QUOTE_CHARS:
                    continue
                first += 1
            for k in range(first, min(end, first + 7)):
                if doc[k].text in _QUOTE_CHARS or doc[k].text in _CUE_LEAD:
                    break
                cue_end = self.lx.is_cue(doc, k, end)
                if not cue_end:
                    continue
                rest = doc[cue_end:end]
                if (
                    len([t for t in rest if t.is_alpha]) <= 6
                    and not any(t.text in _QUOTE_CHARS or t.lower_ in self.lx.complementizers for t in rest)
                ):
                    return (k, cue_end, comma + 1, end)
                break
        return None

    def _cue_right_before(
        self, doc: Doc, b0: int, b1: int, state: ReadState
    ) -> tuple[int, int, int, int] | None:
        """The cue (and its complementizer) the opening mark at ``b1`` follows ('claimed
        that "...'), not yet used, as a cue found before a quote is given."""
        k = b1 - 1
        if k > b0 and doc[k].lower_ in self.lx.complementizers:
            k -= 1
        if k < b0 or k in state.used_cues or state.inside_marks(doc[k].idx):
            return None
        cue_end = self.lx.is_cue(doc, k, b1)
        return (k, cue_end, b0, b1) if cue_end else None

    @staticmethod
    def _inside_clause(doc: Doc, seg: _Seg, b0: int, b1: int, k: int) -> bool:
        """Whether a quote whose cue follows it has words of its clause outside the marks:
        before it in the sentence, or between its closing mark and the speaker or cue."""
        if any(doc[t].is_alpha for t in range(b0, b1)):
            return True
        last = _tok_index(doc, doc[b0 : k + 1], seg.end - 1)
        lead = k
        if seg.speaker is not None and seg.speaker.span is not None and last < seg.speaker.span.start < k:
            lead = seg.speaker.span.start
        return any(doc[t].is_alpha for t in range(last + 1, lead))

    def _relayed_after(
        self, doc: Doc, cue: tuple[int, int, int, int], b0: int, b1: int, state: ReadState
    ) -> bool:
        """Whether the cue after a quote set inside a sentence is an outlet relaying it, while
        a cue of its own stands before the quote in that sentence ('Poroshenko said the
        situation was "difficult", Interfax news agency reported')."""
        k, cue_end, lo, hi = cue
        if k < b1 or not any(
            self.lx.is_cue(doc, t, b1) and t not in state.used_cues for t in range(b0, b1)
        ):
            return False
        speaker = self._speaker_at(doc, k, cue_end, lo, hi)
        if speaker is None or speaker.kind == "pronoun":
            return False
        return names_outlet(speaker, self.lx)

    def _nested(self, doc: Doc, para, outer: _Seg, text: str) -> list[_Seg]:
        """A quote inside a quote with its own cue there: «Russarane seier sjølve at dei
        sender ‹kjøtt› mot oss» -> 'kjøtt', said by "Russarane"."""
        out: list[_Seg] = []
        for m in _INNER.finditer(text, outer.start, outer.end):
            start, end = m.start() + 1, m.end() - 1
            first = _tok_index(doc, para, m.start())
            if doc[first].idx < outer.start or end <= start:
                continue
            lo = first
            while lo > para.start and doc[lo - 1].idx >= outer.start and not self._ends(doc, lo - 1):
                lo -= 1
            for k in range(first - 1, lo - 1, -1):
                cue_end = self.lx.is_cue(doc, k, first + 1)
                if not cue_end or cue_end > first:
                    continue
                content = text[start:end]
                if len(content.split()) < 2 and doc[k].lower_ not in self.lx.indirect_cues:
                    break  # "They called it ‘reception’": a label, not a quote
                speaker = self._speaker_at(doc, k, cue_end, lo, first)
                if speaker is not None:
                    out.append(
                        _Seg(
                            start=start,
                            end=end,
                            para=outer.para,
                            dash=False,
                            words=len(content.split()),
                            sentence_start=False,
                            cue=(k, cue_end),
                            clause=[(k, first)],
                            speaker=speaker,
                        )
                    )
                break
        return out

    def _colon_label(self, doc: Doc, b0: int, colon: int) -> tuple[int, Mention] | None:
        """ "Голова ОВА Олег Кіпер у телеграмі: «...»": a sentence that is only a speaker (and
        the medium) before the colon labels the quote after it as that speaker's words
        (languages with ``colon_labels``). Returns where the cue starts (the medium, else
        the colon) and the speaker."""
        lx = self.lx
        if not lx.colon_labels or colon - b0 < 1 or colon - b0 > 10:
            return None
        end = colon
        for t in range(b0 + 1, colon):
            if doc[t].lower_ in lx.medium_preps and all(
                doc[u].lower_ in lx.medium_nouns
                or doc[u].lower_ in lx.platforms
                or doc[u].lower_ in lx.adverbs
                or doc[u].text == "-"
                for u in range(t + 1, colon)
            ):
                end = t  # "у телеграмі", "в своем Telegram-канале"
                break
        words = doc[b0:end]
        if any(
            t.is_punct and t.text != "-" or lx.is_cue(doc, t.i, end) for t in words
        ) or not any(is_cap(t.text) for t in words):
            return None
        speaker = make_mention(doc, lx, b0, end)
        if speaker is None or speaker.kind not in ("named", "organisation"):
            return None
        return end, speaker

    def _colon_verb(self, doc: Doc, b0: int, b1: int) -> tuple[int, int, int, int] | None:
        """ "Sunak defended the record: "..."": a quote a colon introduces after a clause with
        no speech verb is the words of that clause's subject, as the parse gives its main verb
        and subject (languages that name their subject labels; needs a parser)."""
        lx = self.lx
        if not lx.subject_deps or not has_model_annotation(doc, "DEP"):
            return None
        root = doc[b1 - 1].sent.root
        if not (b0 <= root.i < b1 - 1) or root.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in root.children if c.dep_ in lx.subject_deps), None)
        if subject is None or subject.i > root.i or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
            return None
        return root.i, root.i + 1, b0, b1 - 1

    def _according_after(self, doc: Doc, k: int, hi: int) -> tuple[int, Mention] | None:
        """ "according to X" right after a closing quote mark: the phrase's end and X."""
        lx = self.lx
        for seq in lx.according_to:
            n = len(seq)
            if "*" in seq or k + n >= hi:
                continue
            if all(doc[k + i].lower_ == w for i, w in enumerate(seq)):
                start, end = np_after(doc, lx, k + n, hi)
                speaker = make_mention(doc, lx, start, end) if end > start else None
                return (k + n, speaker) if speaker is not None else None
        return None

    def _scare(self, doc: Doc, text: str, start: int, end: int, words: int, content: str) -> bool:
        """Scare quotes and labels, not quotes: 'so-called "storm" units', 'ordet «frigjort»',
        'sendt til «storm»' (one lower-case word after a preposition), '«Storm»-enheten'."""
        lx = self.lx
        head = text[max(0, start - 40) : start].split()
        prev = head[-1].strip("«»“”\"'‘’(").lower() if head else ""
        if len(prev) <= 1 and len(head) > 1:
            prev = head[-2].strip("«»“”\"'‘’(").lower()
        if prev in lx.scare_markers:
            return True
        if words != 1 or content[-1:] in ",.!?…":
            return False
        if not any(char.isalpha() for char in content):
            return True  # 'manifestet «2083»': a number in quote marks names a thing
        after = text[end : end + 2]
        if after[1:2] == "-" or after[:1] == "-":
            return True  # «Storm»-enheten
        if prev in lx.scare_preps and content[:1].islower():
            return True
        if self._has_pos is None:
            self._has_pos = has_model_annotation(doc, "POS")  # it walks the whole doc
        if self._has_pos and end < len(text):
            mark = doc.char_span(end, end + 1, alignment_mode="expand")
            word = doc.char_span(start, end, alignment_mode="expand")
            if mark is not None and word is not None and mark.end < len(doc):
                tok = doc[mark.end]
                if (
                    tok.idx <= end + 2
                    and tok.pos_ == "NOUN"
                    and word[-1].pos_ in ("NOUN", "ADJ")
                    and content[:1].islower()
                ):
                    return True  # '"storm" units': a label on the noun after it
        return False

    def _interviewer(self, doc: Doc, anns: list[QuoteAnn], text: str) -> None:
        """Interview questions are the outlet's: the one the answers were given to ("sier
        Melnyk til VG"), the byline's, the publishing outlet the document comes from, else the
        news outlet named last before the question."""
        lx = self.lx
        last_recipient: str | None = None
        byline = self._byline_outlet(doc)
        for pos, ann in enumerate(anns):
            sp = ann.speaker
            if (
                sp is not None
                and sp.span is None
                and sp.name == lx.interviewer
                and sp.kind == "descriptive"
            ):
                at = ann.span.start_char
                # the outlet the answers were given to: the answer's own recipient, the
                # byline's outlet ("Av Martin Strand, NTB"), the last recipient
                answer = next((a for a in anns[pos + 1 :] if a.speaker is not sp), None)
                name = answer.recipient if answer is not None and _is_name(answer.recipient) else None
                name = name or byline or last_recipient or doc._.st_outlet
                span = None
                if name is None and self._outlets is not None:
                    found = list(self._outlets.finditer(text, 0, at))
                    if found:
                        span = doc.char_span(*found[-1].span(), alignment_mode="expand")
                        name = found[-1].group()
                if name is not None:
                    ann.speaker = Mention(
                        span=span, name=name, kind="organisation", entity_type="ORG"
                    )
            if _is_name(ann.recipient):
                last_recipient = ann.recipient

    def _byline_outlet(self, doc: Doc) -> str | None:
        """The news outlet in a byline near the top ("Av Martin Strand, NTB")."""
        if self._outlets is None or not self.lx.byline_words:
            return None
        for para in (doc._.st_paragraphs or [])[:6]:
            if len(para) < 12 and para[0].lower_ in self.lx.byline_words:
                found = list(self._outlets.finditer(span_text(para)))
                if found:
                    return found[-1].group()
        return None

    # -- speakers for quotes without a cue of their own ----------------------------------

    def _resolve(
        self, doc: Doc, paragraphs, segs: list[_Seg], indirect: list[QuoteAnn], state: ReadState
    ) -> None:
        lx = self.lx
        by_para: dict[int, list[_Seg]] = {}
        for s in segs:
            by_para.setdefault(s.para, []).append(s)
        for s in segs:
            if s.question and s.dash and s.cue is None and self._own_question(doc, paragraphs, s, by_para):
                s.question = False  # the speaker asks it of themself: no interviewer's turn
        # runs: consecutive body paragraphs of quotes (dash paragraphs, or continued marks)
        runs: list[list[_Seg]] = []
        prev_para = -2
        for s in segs:
            joins = runs and (
                s.para == prev_para
                or (
                    s.para == prev_para + 1
                    and (s.dash and runs[-1][-1].dash or s.cont and runs[-1][-1].open_end)
                )
            )
            if joins:
                runs[-1].append(s)
            else:
                runs.append([s])
            prev_para = s.para
        interview: bool | None = None
        for run in runs:
            cued = [s for s in run if s.speaker is not None]
            # "– A, sier X. – B. \n\n Det bekrefter Y.": B, after the last cue, is Y's
            last_cued = max((i for i, s in enumerate(run) if s.speaker is not None), default=-1)
            tail = (
                [s for s in run[last_cued + 1 :] if s.para != run[last_cued].para]
                if last_cued >= 0
                else []
            )
            follow = self._following_cue(doc, paragraphs, run[-1].para, state) if tail else None
            if follow is not None:
                for s in tail:
                    if not (s.question and s.dash):
                        s.speaker, s.src = follow.speaker, follow
            for pos, s in enumerate(run):
                if (
                    s.speaker is None
                    and s.cue is not None
                    and any(doc[t].lower_ in lx.placeholders for t in range(*s.cue))
                ):
                    # "- ..., heiter det vidare." between quotes of NVE: an impersonal cue
                    # continues the statement of the run's last speaker
                    back = [c for c in run[:pos] if c.speaker is not None and not c.question]
                    if back:
                        s.speaker, s.src = back[-1].speaker, back[-1]
                    continue
                if s.speaker is not None or s.cue is not None:
                    continue
                same = [c for c in cued if c.para == s.para]
                src = None
                opened = run[pos - 1] if pos > 0 else None
                if (
                    lx.partial_quote_clauses
                    and s.cont
                    and opened is not None
                    and opened.open_end
                    and opened.para == s.para - 1
                    and opened.speaker is not None
                    and all(c.start > s.start for c in same)
                ):
                    # 'He said, "In the first half ... \n\n We could have scored ..." After the
                    # match, X said, "..."': the quote the paragraph before opened goes on; the
                    # cue later in this paragraph opens another
                    s.speaker, s.src = opened.speaker, opened
                    continue
                if same:
                    src = min(same, key=lambda c: (c.start > s.start, abs(c.start - s.start)))
                elif s.question and s.dash:
                    s.speaker = Mention(span=None, name=lx.interviewer, kind="descriptive")
                    continue
                else:
                    back = [c for c in run[:pos] if c.speaker is not None and not c.question]
                    ahead = [c for c in run[pos + 1 :] if c.speaker is not None and not c.question]
                    src = back[-1] if back else (ahead[0] if ahead else None)
                if src is not None:
                    s.speaker, s.src = src.speaker, src
            if all(s.speaker is not None for s in run):
                continue
            # the next paragraph names the speaker: "Det forteller X i ..."
            if follow is None:
                follow = self._following_cue(doc, paragraphs, run[-1].para, state)
            announced = self._announced_by_name(doc, paragraphs, run, segs, indirect)
            if follow is None and announced is not None:
                # "Kyivs borgermester, Vitali Klitschko, la ut følgende melding:" before the
                # quote names its speaker, before any cue further on
                for s in run:
                    if s.speaker is None:
                        s.speaker = announced.speaker
                        s.src = announced if announced.cue is not None else None
                continue
            if follow is None:
                closing = _closing_indirect(
                    paragraphs, run[-1].para, indirect, by_para, lx.according_firsts
                )
                if closing is not None:
                    for s in run:
                        if s.speaker is None:
                            s.speaker = closing
                    continue
            if follow is not None:
                for s in run:
                    if s.speaker is None:
                        s.speaker = follow.speaker
                        s.src = follow if follow.cue is not None else None
                continue
            if interview is None:  # read once per document, when first needed
                interview = _is_interview(paragraphs)
            self._ranked_speaker(doc, paragraphs, run, segs, indirect, state, interview)
            for pos, s in enumerate(run):
                if s.speaker is None and not s.question and _answers_question(segs, run, pos):
                    answer = _last_answer(segs, run[0])
                    if answer is not None:
                        s.speaker, s.src = answer.speaker, answer

    def _own_question(self, doc: Doc, paragraphs, seg: _Seg, by_para: dict[int, list[_Seg]]) -> bool:
        """Whether an uncued dash question is the speaker's own, asked and answered in one
        turn, not the interviewer's: it speaks as "I" and to no one ("- Hvem er jeg uten
        fotballen?"), or the body paragraphs after it, before the next dash line, go on
        talking with no marks: in the first person ("- Brød med sukker? \n\n Aldri. \n\n Da
        har jeg et problem."), with a closing cue (", sier X."), or opening with one ("spør
        han"). A corpus set one sentence a paragraph splits such a turn this way."""
        lx = self.lx
        words = {t.lower_ for t in doc.char_span(seg.start, seg.end, alignment_mode="expand") or ()}
        if words & lx.quote_addressed:
            return False
        if words & lx.quote_singular:
            return True
        for k in range(seg.para + 1, min(seg.para + 1 + OWN_TURN_REACH, len(paragraphs))):
            para = paragraphs[k]
            if paragraph_role(para) != "body" or _DASH_LEAD.match(span_text(para)):
                return False
            if k == seg.para + 1 and para[0].is_lower and lx.is_cue(doc, para.start, para.end):
                return True  # "- Og hva er det? \n\n spør han": the cue split off
            # a quote of its own in the paragraph ends the turn, after a cue before it
            marked = min((q.start for q in by_para.get(k, ())), default=para.end_char)
            if any(
                doc[t - 1].text == "," and doc[t].idx < marked and lx.is_cue(doc, t, para.end)
                for t in range(para.start + 1, para.end)
            ):
                return True
            if k in by_para:
                return False
            if any(t.lower_ in lx.quote_singular for t in para):
                return True
        return False

    @staticmethod
    def _opens_document(paragraphs, pidx: int) -> bool:
        """Whether paragraph ``pidx`` is the first body paragraph (headings before it)."""
        return all(paragraph_role(paragraphs[k]) != "body" for k in range(pidx))

    def _introduced_next(self, doc: Doc, para, pidx: int) -> _Seg | None:
        """The person a body paragraph opens with as its subject, by name ("Sergej er en mann
        ...", "Kari Holm (34) har ..."): the tagger calls it a person, or it is a known first
        name."""
        if paragraph_role(para) != "body" or _DASH_LEAD.match(span_text(para)):
            return None
        found = subject_at(doc, self.lx, para.start, para.end)
        m = make_mention(doc, self.lx, *found) if found is not None else None
        if m is not None and m.span is not None and m.span.end < para.end:
            # "NRK treffer soldaten Nikita i en park": the reporter meets the person, who is
            # the one presented (a meeting verb after a subject that is no person)
            verb = m.span.end
            met = self.lx.meeting_verbs.get(doc[verb].lower_)
            if met is not None and (m.kind != "named" or not any(t.ent_type_ in PER_LABELS for t in m.span)):
                after = verb + 1
                if met and after < para.end and doc[after].lower_ in met:
                    after += 1  # "snakker med"
                obj = subject_at(doc, self.lx, after, para.end)
                m = make_mention(doc, self.lx, *obj) if obj is not None else None
        if m is None or m.kind != "named" or m.span is None or (
            not any(t.ent_type_ in PER_LABELS for t in m.span) and first_name_gender(m.span[0].text) is None
        ):
            # "Dagen krigen kom, flyttet studenten Sofia (21) ut av byen": a fronted phrase
            # puts the subject after the verb; the one name given an age is the one presented
            m = _aged_name(doc, para)
        if m is None:
            return None
        return _Seg(start=0, end=0, para=pidx, dash=False, words=0, speaker=m)

    def _announced_by_name(
        self, doc: Doc, paragraphs, run: list[_Seg], segs: list[_Seg], indirect: list[QuoteAnn]
    ) -> _Seg | None:
        """The speaker a paragraph ending in a colon names right before the run, when it is a
        name or a body ("Kyivs borgermester, Vitali Klitschko, la ut følgende melding:"); None
        for a pronoun or a description, which the other rules weigh."""
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        if run[0].para == 0 or not span_text(paragraphs[run[0].para - 1]).rstrip().endswith(":"):
            return None
        prev = paragraphs[run[0].para - 1]
        colon = prev.end - 1
        while colon > prev.start and texts[colon] != ":":
            colon -= 1
        for ann in indirect:
            speaker = ann.speaker
            if (
                ann.cue is not None
                and lowers[ann.cue.start] in self.lx.according_firsts
                and speaker is not None
                and speaker.span is not None
                and speaker.span.end == colon
            ):
                # "Situasjonen er ille, ifølge presidenten:": the source closing the paragraph
                return _Seg(start=0, end=0, para=run[0].para - 1, dash=False, words=0, speaker=speaker)
        proposals = self._preceding_candidates(doc, paragraphs, run[0], segs, indirect, False)
        for rule, seg in proposals:
            speaker = seg.speaker
            if rule not in ("announced", "announced_subject") or speaker is None:
                continue
            if rule == "announced_subject" and (
                speaker.span is None or speaker.span.start - prev.start > ANNOUNCER_OPENS
            ):
                continue  # "Samstundes ser fylkesrådmannen ... at Statnett ...:": not the opener
            if speaker.kind in ("named", "organisation") and len(speaker.name.split()) >= 2:
                return seg  # a full name ("Måten" opening the sentence is no one)
        return None

    def _ranked_speaker(
        self,
        doc: Doc,
        paragraphs,
        run: list[_Seg],
        segs: list[_Seg],
        indirect: list[QuoteAnn],
        state: ReadState,
        interview: bool,
    ) -> None:
        """The speaker of a run's uncued quotes when neither the run nor the next paragraphs
        name one. The rules decide in their order (announced, introduced, the last quote's
        speaker, the next paragraph's object cue, the person in focus); with fitted weights
        (or while fitting them) every rule proposes its candidate and :mod:`._speaker_ranker`
        chooses. No weights ship today: fitted on the dev split they did not beat the rules
        in cross-validation (docs/evaluation.md)."""
        every = ranker.active()
        proposals = self._preceding_candidates(doc, paragraphs, run[0], segs, indirect, every)
        ordered = [seg for rule, seg in proposals if rule in _RULE_ORDER]
        if not ordered and run[-1].para + 1 < len(paragraphs):
            # an opening quote, its speaker the subject of the next paragraph: '"It's like
            # hunting mosquitoes." \n\n The commander ..., who uses the call sign "Hrim,"
            # described the nightly battle to CNN'
            following = self._object_cue(
                doc, paragraphs[run[-1].para + 1], run[-1].para + 1, state, loose=True
            )
            if following is not None:
                proposals.append(("object_next", following))
                ordered.append(following)
            elif self._opens_document(paragraphs, run[0].para) or _opens_section(paragraphs, run[0].para):
                introduced = self._introduced_next(
                    doc, paragraphs[run[-1].para + 1], run[-1].para + 1
                )
                if introduced is not None:
                    # "– Herfra er det 300 meter til fienden. \n\n Sergej er en mann på
                    # rundt 50 ...": a feature opens on a quote and then presents its speaker
                    proposals.append(("opening_introduced", introduced))
                    ordered.append(introduced)
        uncued = [s for s in run if s.speaker is None]
        # an interview set as questions and answers only (no quote in it has a cue: no
        # narration tells who talks) carries its answers on in paragraphs of their own
        talk = (
            _turn_paragraphs(doc, self.lx, paragraphs, segs)
            if interview and all(seg.cue is None for seg in segs)
            else set()
        )
        if talk:
            # an interview's answer carried on in a paragraph of its own ("- Yes-skiva er et
            # mesterverk! \n Sein Mozart er bare bra. \n - Jeg aner ikke."): the person that
            # paragraph opens with is talked about; the interviewee goes on answering
            ordered = [seg for seg in ordered if not (seg.para in talk and seg.cue is None and seg.speaker is not None and seg.speaker.kind == "named")]
        rules_seg = ordered[0] if ordered else None
        focus_people = any(_turn_like(s) for s in uncued)
        if not every:
            if rules_seg is not None:
                for s in uncued:
                    s.speaker = rules_seg.speaker
                    s.src = rules_seg if rules_seg.cue is not None else None
            elif focus_people:
                talked = [(s.start, s.end) for s in segs] + [
                    (paragraphs[k].start_char, paragraphs[k].end_char) for k in talk
                ]
                person = _person_in_focus(
                    doc, paragraphs, run[0].para, interview, self.lx.cue_verbs, talked
                )
                for s in uncued:
                    if _turn_like(s):
                        s.speaker = person
            return
        said = " ".join(doc_text(doc)[s.start : s.end] for s in uncued)
        candidates: list[ranker.Candidate] = []
        for rule, seg in proposals:
            if seg.speaker is None or not seg.speaker.name:
                continue
            back = max(0, run[0].para - seg.para)
            candidates.append(self._candidate(doc, seg.speaker, rule, back, said))
        if focus_people:
            candidates += self._focus_candidates(doc, paragraphs, run, said, interview)
        candidates = ranker.merge(candidates)
        spoken = {
            ranker.name_key(s.speaker.name)
            for s in segs
            if s.speaker is not None and s.start < run[0].start
        } | {
            ranker.name_key(q.speaker.name)
            for q in indirect
            if q.speaker is not None and q.span.start_char < run[0].start
        }
        for candidate in candidates:
            candidate.values["spoke_before"] = float(
                any(ranker.same_referent(candidate.key, name) for name in spoken)
            )
        rules_choice = None
        if rules_seg is not None and rules_seg.speaker is not None:
            rules_choice = next(
                (c for c in candidates if ranker.same_referent(c.key, rules_seg.speaker.name)), None
            )
        elif focus_people:
            rules_choice = next((c for c in candidates if "focus" in c.rules), None)
        answer = next((s for s in uncued if _turn_like(s)), uncued[0])
        chosen = ranker.choose(candidates, rules_choice, (answer.start, answer.end))
        if chosen is None:
            return
        by_rules = rules_seg is not None and chosen is rules_choice
        for s in uncued:
            if by_rules:
                s.speaker = rules_seg.speaker  # type: ignore[union-attr]
                s.src = rules_seg if rules_seg.cue is not None else None  # type: ignore[union-attr]
            elif _turn_like(s):
                s.speaker = chosen.mention
            elif rules_seg is not None:
                s.speaker = rules_seg.speaker  # a quote in marks or a question: the rules' speaker

    def _candidate(self, doc: Doc, mention: Mention, rule: str, back: int, said: str) -> ranker.Candidate:
        """A candidate with what is known of it apart from the rules that propose it."""
        lx = self.lx
        person = mention.entity_type in PER_LABELS or (
            mention.span is not None and any(t.ent_type_ in PER_LABELS for t in mention.span)
        )
        body = mention.kind == "organisation" or (
            mention.span is not None and any(t.ent_type_ in ("ORG", "ORGANIZATION") for t in mention.span)
        )
        if not person and not body and mention.kind == "named" and len(mention.name.split()) >= 2:
            person = True  # no tagger: a first name and a surname
        words = set(re.findall(r"\w+", said.casefold()))
        last = mention.name.split()[-1].casefold() if mention.name.split() else ""
        if self._word_counts is None:  # read once per document, when the ranker first asks
            self._word_counts = Counter(t.lower_ for t in doc)
        mentions = self._word_counts[last] if last else 0
        return ranker.Candidate(
            mention=mention,
            key=ranker.name_key(mention.name),
            rules={rule},
            distance=back,
            values={
                "salience": math.log1p(mentions),
                "person": float(person),
                "organisation": float(body),
                "we_organisation": float(body and bool(words & lx.quote_plural)),
                "i_person": float(person and bool(words & lx.quote_singular)),
                "in_previous": float(back == 1),
                "pronoun": float(mention.kind == "pronoun"),
            },
        )

    def _focus_candidates(
        self, doc: Doc, paragraphs, run: list[_Seg], said: str, interview: bool
    ) -> list[ranker.Candidate]:
        """The people (and, in the paragraph before, the bodies) the text named before the
        run: the rules' person in focus, every person in the body within ``FOCUS_REACH``
        paragraphs, the people the headline and the opening name."""
        idx = run[0].para
        found: list[ranker.Candidate] = []
        focus = _person_in_focus(doc, paragraphs, idx, interview, self.lx.cue_verbs)
        if focus is not None:
            at = _para_of(paragraphs, focus.span.start) if focus.span is not None else idx
            found.append(self._candidate(doc, focus, "focus", max(0, idx - at), said))
        lo = paragraphs[max(0, idx - FOCUS_REACH)].start
        hi = paragraphs[idx].start
        opening_end = paragraphs[min(2, len(paragraphs) - 1)].end
        answer = idx > 0 and span_text(paragraphs[idx - 1]).rstrip().endswith("?")
        after = run[-1].para + 1
        after_end = paragraphs[after].end if after < len(paragraphs) else paragraphs[idx].end
        for ent in doc.ents:
            if ent.start >= after_end:
                break
            role = _role_of(paragraphs, ent)
            at = _para_of(paragraphs, ent.start)
            person = ent.label_ in PER_LABELS and not genitive_name(doc, ent)
            body = ent.label_ in ("ORG", "ORGANIZATION") and not genitive_name(doc, ent)
            rules: list[str] = []
            if person and at == after and role == "body":
                rules.append("next_person")
            if ent.start >= paragraphs[idx].end:
                pass  # after the run: only the next paragraph's people
            elif (person or body) and role == "heading" and ent.start < hi:
                rules.append("heading_name")
            before = ent.start < paragraphs[idx].start
            if person and before and role == "heading":
                rules.append("heading_person")
            if person and role == "body" and lo <= ent.start < hi:
                rules.append("body_person")
            if person and before and ent.start < opening_end:
                rules.append("opening_person")
            if body and role == "body" and idx - 1 <= at <= idx:
                rules.append("near_body")
            if not rules:
                continue
            mention = Mention(
                span=ent, name=ent.text.split("\n")[0].strip(),
                kind="named" if person else "organisation",
                entity_type="PER" if person else ent.label_,
            )
            opens = at == after and ent.start <= paragraphs[after].start + 2
            for rule in rules:
                candidate = self._candidate(doc, mention, rule, abs(idx - at), said)
                candidate.values["opens_next"] = float(opens and rule == "next_person")
                candidate.values["answer_heading"] = float(answer and rule == "heading_person")
                candidate.values["interview_opening"] = float(interview and rule == "opening_person")
                found.append(candidate)
        return found

    def _following_cue(self, doc: Doc, paragraphs, idx: int, state: ReadState) -> _Seg | None:
        lx = self.lx
        if idx + 1 >= len(paragraphs):
            return None
        para = paragraphs[idx + 1]
        if paragraph_role(para) != "body" or len(para) < 3:
            return None
        first = para.start
        if doc[first].lower_ not in lx.placeholders:
            return self._object_cue(doc, para, idx + 1, state)
        k = first + 1
        while k < para.end and doc[k].lower_ in lx.adverbs:
            k += 1
        cue_end = lx.is_cue(doc, k, para.end)
        if not cue_end:
            return None
        end = k
        while end < para.end and doc[end].text not in SENT_END:
            end += 1
        speaker = self._speaker_at(doc, k, cue_end, k, end)
        if speaker is None:
            return None
        state.used_cues.add(k)
        seg = _Seg(
            start=0,
            end=0,
            para=idx + 1,
            dash=False,
            words=0,
            cue=(k, cue_end),
            clause=[(k, min(end + 1, para.end))],
            speaker=speaker,
        )
        return seg

    def _object_cue(
        self, doc: Doc, para, pidx: int, state: ReadState, loose: bool = False
    ) -> _Seg | None:
        """The paragraph after a quote names its speaker with the quote as object, in its
        first two sentences: "Sersjant Andrij Melnyk sa dette til NRK", "... (34) er sersjant.
        Han sa dette til VG", "X, 34, said this in a phone interview"."""
        lowers = doc_lowers(doc)
        lx = self.lx
        if _DASH_LEAD.match(span_text(para)):
            return None  # "- Hva svarte du?": a quote of its own, not the last one's cue
        end = para.end
        s0 = para.start
        sentences = 0
        k = s0
        while k < end and sentences < 2:
            if self._ends(doc, k):
                sentences += 1
                s0 = k + 1
                k += 1
                continue
            cue_end = lx.is_cue(doc, k, end) if k > s0 else 0
            if not cue_end or k in state.used_cues:
                k += 1
                continue
            j = cue_end
            while j < end and lowers[j] in lx.adverbs:
                j += 1
            nxt = doc[j + 1] if j + 1 < end else None
            if (
                loose
                and paragraph_role(para) == "body"
                and (j >= end or lowers[j] not in lx.complementizers)
            ):
                hi = j
                while hi < end and not self._ends(doc, hi):
                    hi += 1
                speaker, at = self._speaker_pos(doc, k, cue_end, s0, hi)
                if speaker is None or at is None or sentences:
                    return None
                state.used_cues.add(k)
                return _Seg(
                    start=0,
                    end=0,
                    para=pidx,
                    dash=False,
                    words=0,
                    cue=(k, cue_end),
                    clause=[(k, min(hi + 1, end))],
                    speaker=speaker,
                )
            if (
                j < end
                and lowers[j] in lx.placeholders
                and lowers[j] not in lx.complementizers
                and (
                    nxt is None
                    or nxt.is_punct
                    or nxt.lower_ in lx.np_stop
                    or nxt.lower_ in lx.time_words
                    or nxt.lower_ in lx.medium_preps
                )
            ):
                hi = j
                while hi < end and not self._ends(doc, hi):
                    hi += 1
                speaker = self._speaker_at(doc, k, cue_end, s0, hi)
                if speaker is None:
                    return None
                state.used_cues.add(k)
                return _Seg(
                    start=0,
                    end=0,
                    para=pidx,
                    dash=False,
                    words=0,
                    cue=(k, cue_end),
                    clause=[(k, min(hi + 1, end))],
                    speaker=speaker,
                )
            k += 1
        return None

    def _preceding_candidates(
        self,
        doc: Doc,
        paragraphs,
        seg: _Seg,
        segs: list[_Seg],
        indirect: list[QuoteAnn],
        every: bool,
    ) -> list[tuple[str, _Seg]]:
        """The speakers the text before ``seg`` proposes, each with its rule, in the order the
        rules used to be tried: the named subject of the sentence right before it in its own
        paragraph (languages with ``introduced_in_paragraph``), the one announced by the
        paragraph before ("Gorin sier følgende i videoen:"), the person that paragraph opens
        with, the speaker of the last quote in the one or two body paragraphs before. Only
        the first unless ``every`` (the ranker weighs them all)."""
        found: list[tuple[str, _Seg]] = []
        introduced = self._introduced_in_paragraph(doc, paragraphs[seg.para], seg, segs, indirect)
        if introduced is not None:
            found.append(("introduced_in_paragraph", _Seg(
                start=0, end=0, para=seg.para, dash=False, words=0, speaker=introduced
            )))
            if not every:
                return found  # the rules take the first that proposes
        if seg.para > 0:
            prev = paragraphs[seg.para - 1]
            if paragraph_role(prev) == "body" and span_text(prev).rstrip().endswith(":"):
                for k in range(prev.end - 1, prev.start - 1, -1):
                    cue_end = self.lx.is_cue(doc, k, prev.end)
                    if cue_end:
                        speaker = self._speaker_at(doc, k, cue_end, prev.start, prev.end - 1)
                        if speaker is not None:
                            clause = [(prev.start, prev.end)]
                            found.append(("announced", _Seg(
                                start=0,
                                end=0,
                                para=seg.para - 1,
                                dash=False,
                                words=0,
                                cue=(k, cue_end),
                                clause=clause,
                                speaker=speaker,
                            )))
                        break
                else:
                    # "Ordfører Ihor Terekhov er tydelig:": the subject announces the quote
                    subject = subject_at(doc, self.lx, prev.start, prev.end - 1)
                    if subject is not None:
                        # "Kyivs borgermester, Vitali Klitschko, la ut følgende melding:": the
                        # name in the apposition
                        subject = name_between_commas(doc, subject[1], prev.end - 1) or subject
                    m = make_mention(doc, self.lx, *subject) if subject is not None else None
                    if m is not None and m.kind in ("named", "organisation"):
                        found.append(("announced_subject", _Seg(
                            start=0, end=0, para=seg.para - 1, dash=False, words=0, speaker=m
                        )))
                if found and not every:
                    return found
            opening = self._introduced_before(doc, prev, segs, indirect)
            if opening is not None and (every or opening[0] in _RULE_ORDER):
                found.append((opening[0], _Seg(
                    start=0, end=0, para=seg.para - 1, dash=False, words=0, speaker=opening[1]
                )))
        if found and not every:
            return found
        best = self._last_quote(paragraphs, seg, segs, indirect, seg.para - 2)
        if best is None:
            # "– A, sier X. \n\n Han husker tida etter ... \n\n – B.": narration about the
            # last speaker that brings on no one else keeps them the one who talks
            best = self._last_quote(
                paragraphs, seg, segs, indirect, seg.para - QUIET_REACH, cued_only=True
            )
            if best is not None and (
                best[1].kind != "named"
                or not _no_one_named(doc, self.lx, paragraphs, best[2] + 1, seg.para, best[1].name)
            ):
                best = None
        if best is not None:
            found.append(("last_quote", _Seg(
                start=0, end=0, para=best[2], dash=False, words=0, speaker=best[1]
            )))
        return found

    def _last_quote(
        self,
        paragraphs,
        seg: _Seg,
        segs: list[_Seg],
        indirect: list[QuoteAnn],
        lo_para: int,
        cued_only: bool = False,
    ) -> tuple[int, Mention, int] | None:
        """The start, speaker and paragraph of the last quote with a speaker from paragraph
        ``lo_para`` up to ``seg``: an answer never continues the uncued question before it
        (the interviewer's), nor does it answer for the one who asked in reported speech.
        ``cued_only``: only someone a cue in the text names as speaking, not a name guessed
        for uncued quotes and never given a cue (a guess carried far spreads its error)."""
        lo_char = paragraphs[max(0, lo_para)].start_char
        best: tuple[int, Mention, int] | None = None
        cued = {s.speaker.name for s in segs if s.speaker is not None and s.cue is not None} | {
            q.speaker.name for q in indirect if q.speaker is not None
        }
        cued_words = [set(name.lower().split()) for name in cued]
        for s in segs:
            if cued_only and (
                s.speaker is None
                or not any(words and words <= set(s.speaker.name.lower().split()) for words in cued_words)
            ):
                continue  # "sier Martin" cues "Martin Bengtsson" the tagger named
            if (
                s.speaker is not None
                and lo_char <= s.start < seg.start
                and (best is None or s.start > best[0])
                and (seg.question or not (s.question and s.cue is None))
            ):  # an answer never continues the uncued question before it (the interviewer's)
                best = (s.start, s.speaker, s.para)
        for q in indirect:
            at = q.span.start_char
            if (
                q.speaker is not None
                and lo_char <= at < seg.start
                and (best is None or at > best[0])
                # "Vi spør ham om ... \n\n - Han har sikkert råd": who asked does not answer
                and (seg.question or q.cue is None or q.cue[0].lower_ not in self.lx.question_cues)
            ):
                best = (at, q.speaker, _para_of(paragraphs, q.span.start))
        return best

    def _introduced_in_paragraph(
        self, doc: Doc, para, seg: _Seg, segs: list[_Seg], indirect: list[QuoteAnn]
    ) -> Mention | None:
        """The person the sentence right before an uncued quote, in the quote's own paragraph,
        names as its subject: 'Senator Paul Adair, Democrat from Ohio, issued a statement
        about the decision. "Like many Ohioans, I am disappointed ..."'. Nearer than the
        speaker of a quote a paragraph back. Only where the language asks for it
        (``introduced_in_paragraph``)."""
        if not self.lx.introduced_in_paragraph or paragraph_role(para) != "body":
            return None
        lo = para.start_char
        if any(lo <= s.start < seg.start for s in segs) or any(
            lo <= q.span.start_char < seg.start for q in indirect
        ):
            return None  # a quote between: its speaker decides
        before = [s for s in doc[para.start : para.end].sents if s.end_char <= seg.start]
        if not before:
            return None
        sent = before[-1]
        if sent.end_char < seg.start - 2 and doc_text(doc)[sent.end_char : seg.start].strip(' "“«'):
            return None  # words between the sentence and the quote: not right before it
        found = subject_at(doc, self.lx, sent.start, sent.end)
        m = make_mention(doc, self.lx, *found) if found is not None else None
        if m is None or m.kind != "named" or m.span is None:
            return None
        return m if len(m.name.split()) >= 2 else None  # a first name and a surname

    def _introduced_before(
        self, doc: Doc, prev, segs: list[_Seg], indirect: list[QuoteAnn]
    ) -> tuple[str, Mention] | None:
        """Who a quote-less paragraph opens with, right before an uncued quote: a person
        named ("introduced": "Utanriksminister Espen Barth Eide kallar angrepet eit smart
        trekk." then "– Eg trur ..."), nearer than the speaker of a quote two paragraphs back;
        or a pronoun ("introduced_pronoun": "Han har skrevet doktorgrad om ..."), whom the
        speaker step resolves. ``None`` for anything else."""
        if paragraph_role(prev) != "body":
            return None
        lo, hi = prev.start_char, prev.end_char
        if any(lo <= s.start < hi for s in segs) or any(
            lo <= q.span.start_char < hi for q in indirect
        ):
            return None  # a paragraph with quotes of its own: their speakers decide
        found = subject_at(doc, self.lx, prev.start, prev.end)
        m = make_mention(doc, self.lx, *found) if found is not None else None
        if m is None or m.kind not in ("named", "pronoun"):
            aged = _aged_name(doc, prev)  # "Dagen krigen kom, flyttet studenten Sofia (21) ..."
            return ("introduced", aged) if aged is not None else None
        if m.kind == "pronoun":
            return "introduced_pronoun", m
        if m.kind != "named" or m.span is None:
            return None
        if doc.has_annotation("ENT_IOB"):
            person = any(t.ent_type_ in PER_LABELS for t in m.span)  # the tagger says who
        else:
            person = len(m.name.split()) >= 2  # no tagger: a first name and a surname
        return ("introduced", m) if person else None

    def _direct_ann(
        self, doc: Doc, seg: _Seg, clauses: dict[int, list[tuple[int, int]]]
    ) -> QuoteAnn:
        span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        src = seg if seg.cue is not None else seg.src
        ann = QuoteAnn(span=span, kind="direct", speaker=seg.speaker)
        if (span.start_char, span.end_char) != (seg.start, seg.end):
            ann.char_range = (seg.start, seg.end)
        if src is not None and src.cue is not None:
            ann.cue = doc[src.cue[0] : src.cue[1]]
        if src is not None and src.clause is not None:
            clauses[id(ann)] = src.clause
        return ann


#: a paragraph that opens with no quotation mark and closes one: the end of a quote the
#: paragraph before opened ('… said, "I think we learned a lot.' / 'We played well," he said.')
_CLOSING_FIRST = re.compile(r'^[^«»“”"]+?[.!?…,]["”»](?=\s|$)')
#: the same where the comma goes after the mark (Russian, Ukrainian: '… встановити неможливо",
#: - йдеться в повідомленні'): a mark glued to the word before it, then a comma, closes too
_CLOSING_FIRST_COMMA_AFTER = re.compile(
    r'^[^«»“”"]+?(?:[.!?…,]["”»](?=\s|$)|[\w)]["”»](?=[,.]\s|[,.]?$))'
)


def _closing_first(lx: Lexicon) -> re.Pattern[str]:
    """The language's pattern of a paragraph closing a quote the one before left open."""
    return _CLOSING_FIRST_COMMA_AFTER if lx.comma_after_quote else _CLOSING_FIRST
_INNER = re.compile(r"‹[^‹›]+›|‘[^‘’]+’(?!\w)|\"[^\"]+\"|“[^“”]+”")
_QUOTE_END = re.compile(r"[.!?…,]\s*[\"»”]\s*$")


def _introduces_quote(doc: Doc, cue_end: int, limit: int) -> bool:
    """Whether the cue ending at ``cue_end`` is followed by a comma or colon and an opening
    quote mark: it introduces the quote after it ('X said, "...')."""
    j = cue_end
    if j < limit and doc[j].text in (",", ":"):
        j += 1
    return j > cue_end and j < limit and doc[j].text in ('"', "“", "«")


def _share_clause_speaker(anns: list[QuoteAnn]) -> None:
    """The guide: a partial quote inside reported speech is a direct quote of the reported
    clause's speaker ('..., the council said, adding that the attackers had committed a
    "cowardly crime"'). Where the direct quote lies inside an indirect quote read from the
    same cue, the indirect quote's speaker is the one the parse found for the whole clause,
    while the quote's own look-up from a participle cue ('adding', 'saying') can land on a
    noun inside the clause ('Four people'); the clause's speaker is kept for both."""
    clauses = [q for q in anns if q.kind == "indirect" and q.cue is not None and q.speaker is not None]
    for quote in anns:
        if quote.kind != "direct" or quote.cue is None:
            continue
        start, end = quote.char_range or (quote.span.start_char, quote.span.end_char)
        for clause in clauses:
            if (
                clause.cue.start == quote.cue.start
                and clause.span.start_char <= start
                and end <= clause.span.end_char + 1
            ):
                quote.speaker = clause.speaker
                break


def _answers_question(segs: list[_Seg], run: list[_Seg], pos: int) -> bool:
    """Whether the quote at ``pos`` of ``run`` follows an uncued hyphen question: one before it
    in its run, or the quote right before the run ("- Har du venner igjen? \n\n Han tenker.
    \n\n - Jo, jeg har én.")."""
    if any(c.question and c.dash for c in run[:pos]):
        return True
    at = segs.index(run[0])
    before = segs[at - 1] if at > 0 else None
    return (
        before is not None
        and before.question
        and before.dash
        and before.cue is None
        and run[0].para - before.para <= 2
    )


def _last_answer(segs: list[_Seg], first: _Seg) -> _Seg | None:
    """The last answer before an interview question's run: an uncued answer to the question
    that no nearer rule gives a speaker is the interviewee's, the named person who answered
    last however much narrative came between ("- Hva foreslår du? \n\n - En
    forsoningsprosess.")."""
    return next(
        (
            s
            for s in reversed(segs[: segs.index(first)])
            if s.speaker is not None and not s.question and s.speaker.kind == "named"
        ),
        None,
    )


#: the rules that used to decide, in the order they were tried (the first that proposes wins);
#: others only propose candidates to the ranker
_RULE_ORDER = frozenset({
    "introduced_in_paragraph", "announced", "announced_subject", "introduced", "last_quote",
    "object_next",
})
#: how many words (a genitive, a title) may open an announcing paragraph before its subject's
#: name ("Kyivs borgermester, Vitali Klitschko, la ut følgende melding:")
ANNOUNCER_OPENS = 4
#: how far back (paragraphs) the person an uncued dash quote belongs to may have been named
FOCUS_REACH = 6
#: how many words after the subject of a verb following a fronted subordinate clause make it
#: a main clause running on, not a cue with an adverb ("sier han strengt")
MAIN_CLAUSE_REST = 3
#: how many unmarked body paragraphs after a dash question may show it the speaker's own turn
OWN_TURN_REACH = 2
#: how far back (paragraphs) the last quote's speaker may have talked when the narration since
#: names no other person: a corpus set one sentence a paragraph spreads a turn and the lines
#: about its speaker over many paragraphs
QUIET_REACH = 12


def _no_one_named(doc: Doc, lx: Lexicon, paragraphs, first: int, end: int, speaker: str) -> bool:
    """Whether paragraphs ``first`` up to ``end`` (not included) are body text that brings on
    no person but ``speaker``: a crosshead or another name brings a new scene or a new
    speaker. A name in a paragraph whose subject is a pronoun that fits the speaker ("Hun
    nekter å la Putin knuse håpet") is spoken about, no one new talking."""
    if first >= end:
        return True
    if any(paragraph_role(paragraphs[k]) != "body" for k in range(first, end)):
        return False
    own = {word.lower() for word in speaker.split()}
    gender = first_name_gender(speaker.split()[0]) if speaker.split() else None
    for k in range(first, end):
        para = paragraphs[k]
        others = [
            e for e in doc.ents
            if e.label_ in PER_LABELS
            and para.start <= e.start < para.end
            and not own & {t.lower_ for t in e}
        ]
        if not others:
            continue
        pronoun = lx.pronouns.get(para[0].lower_, {})
        about = (
            gender is not None
            and pronoun.get("class") == "person"
            and pronoun.get("number") == "sg"
            and pronoun.get("gender") == gender
        )
        if not about:
            return False
    return True


#: questions set apart (no dash) that make a document an interview: two, so that one
#: rhetorical question in a report does not
INTERVIEW_QUESTIONS = 2


def _is_interview(paragraphs) -> bool:
    """An interview set as the outlet's questions (no dash) and dash answers."""
    questions = sum(
        1 for p in paragraphs if span_text(p).rstrip().endswith("?") and not _DASH_LEAD.match(span_text(p))
    )
    return questions >= INTERVIEW_QUESTIONS


def _person_in_focus(
    doc: Doc,
    paragraphs,
    idx: int,
    interview: bool,
    cue_verbs: frozenset[str],
    talked: list[tuple[int, int]] | tuple[()] = (),
) -> Mention | None:
    """The person an uncued dash quote belongs to when nothing else tells: in an interview,
    the interviewee (whom the headline or the opening paragraphs name); else the one named last
    in the body before it (within ``FOCUS_REACH`` paragraphs), else the one the headline names.
    A person so found whom the text names only once ("Et maleri signert Erik Werenskiold",
    "så Johnny Weissmuller som Tarzan") gives way to the person the text keeps naming.
    ``talked``: the character ranges of speech (quotes, an interview's answers): a person
    named there ("- Hva synes dere om låta til Olav Stedje?") is talked about, not talking."""
    hi = paragraphs[idx].start
    # a person named in passing is not in focus: a genitive ("Hamsuns univers")
    people = [
        e
        for e in doc.ents
        if e.label_ in PER_LABELS
        and not genitive_name(doc, e)
        and not any(a <= e.start_char < b for a, b in talked)
    ]
    answer = idx > 0 and span_text(paragraphs[idx - 1]).rstrip().endswith("?")
    found = _named_in_focus(paragraphs, idx, interview, people, answer)
    if found is not None and _role_of(paragraphs, found) == "heading":
        return Mention(span=found, name=found.text, kind="named", entity_type="PER")
    if found is None:
        to_protagonist = answer  # with no one found, only an answer goes to the protagonist
    else:
        surname = found.text.split()[-1:]
        to_protagonist = sum(1 for e in people if e.text.split()[-1:] == surname) == 1  # named once
    if to_protagonist:
        # the person the text keeps naming, before the quote; else anywhere in it (a feature
        # that says "han" for paragraphs before it gives the name, or a text cut from a longer
        # one): never someone named once in passing
        speaking = _speaking(doc, people, cue_verbs)
        found = (
            _protagonist([e for e in speaking if e.start < hi])
            or _protagonist(speaking)
            or _protagonist([e for e in people if e.start < hi])
            or found
        )
    if found is None:
        return None
    return Mention(span=found, name=found.text, kind="named", entity_type="PER")


def _turn_paragraphs(doc: Doc, lx: Lexicon, paragraphs, segs: list[_Seg]) -> set[int]:
    """The body paragraphs that carry on an interview's uncued dash answer with no dash of
    their own (a corpus that sets one sentence a paragraph splits an answer so): each follows
    such an answer, or another such paragraph, and holds no quote, no question and no cue."""
    with_segs: dict[int, list[_Seg]] = {}
    for seg in segs:
        with_segs.setdefault(seg.para, []).append(seg)
    found: set[int] = set()
    for k in range(1, len(paragraphs)):
        para = paragraphs[k]
        if k in with_segs or paragraph_role(para) != "body":
            continue
        if span_text(para).rstrip().endswith("?"):
            continue
        before = with_segs.get(k - 1)
        if before is not None:
            last = before[-1]
            opens = last.dash and last.cue is None and not last.question and (
                last.src is None or last.src.cue is None
            )
        else:
            opens = k - 1 in found
        if not opens:
            continue
        if any(lx.is_cue(doc, t, para.end) for t in range(para.start, para.end)):
            continue
        found.add(k)
    return found


def _named_in_focus(
    paragraphs, idx: int, interview: bool, people: list, answer: bool
) -> Span | None:
    """The rules of :func:`_person_in_focus`, in their order, before the protagonist check;
    ``answer``: the paragraph before the quote asks a question."""
    lo = paragraphs[max(0, idx - FOCUS_REACH)].start
    hi = paragraphs[idx].start
    headed = [e for e in people if e.start < hi and _role_of(paragraphs, e) == "heading"]
    if answer and headed:
        return headed[0]  # an answer to the outlet's question: the interviewee the headline names
    if interview:
        opening = [e for e in people if e.start < paragraphs[min(2, len(paragraphs) - 1)].end]
        if opening:
            return opening[0]
    before = [e for e in people if lo <= e.start < hi and _role_of(paragraphs, e) == "body"]
    if before:
        return before[-1]
    return headed[0] if headed else None


def _turn_like(seg: _Seg) -> bool:
    """A quote that speaks for its own paragraph as a turn of talk: a dash line, or a quote in
    marks running over paragraphs (an excerpt, a letter), not a question."""
    return (seg.dash or seg.cont or seg.open_end) and not seg.question


#: how many paragraphs a quote opened in marks may run on, unmarked, before the one closing it
OPEN_QUOTE_REACH = 15
_ANY_MARK = re.compile(r"[«»“”\"]")


def _closes_later(paragraphs, idx: int, closing: re.Pattern[str]) -> int | None:
    """The paragraph that closes the quote paragraph ``idx`` left open, when every paragraph
    between is body text with no quote mark and no speech dash (a quote running on through
    them), within ``OPEN_QUOTE_REACH``; None when another mark, a dash, a heading or the end
    of the text comes first: a mark never closed is a typo, not a ten-paragraph quote."""
    for j in range(idx + 1, min(idx + 1 + OPEN_QUOTE_REACH, len(paragraphs))):
        para = paragraphs[j]
        text = span_text(para)
        if paragraph_role(para) != "body" or _DASH_LEAD.match(text):
            return None
        if _ANY_MARK.search(text):
            return j if closing.match(text) else None
    return None


#: how often a person's surname must recur before them for the text to be about that person
PROTAGONIST_MENTIONS = 3


#: how many lower-case words (a title: "sier forsvarssjef Eirik Kristoffersen") may stand
#: between a cue verb and the name of the person it has speaking
CUE_TITLE_WORDS = 2


def _speaking(doc: Doc, people: list, cue_verbs: frozenset[str]) -> list:
    """The mentions of the people the text has speaking somewhere: a name right after a cue
    verb (through a title) or right before one ("svarer Erik", "sa Erik Poppe", "Poppe
    forteller"). The person a text keeps naming may be what it is about, not who talks
    ("Birkin-vesken"): a quote with no cue goes to one who speaks."""
    spoken: set[str] = set()
    for ent in people:
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        k = ent.start - 1
        while k >= 0 and ent.start - k <= CUE_TITLE_WORDS and doc[k].is_lower and doc[k].lower_ not in cue_verbs:
            k -= 1
        if after in cue_verbs or (k >= 0 and doc[k].lower_ in cue_verbs):
            spoken.update(ent.text.split())
    return [ent for ent in people if set(ent.text.split()) & spoken]


def _protagonist(people: list) -> Span | None:
    """The person a feature or an interview is about: the full name (two words or more) whose
    words the text's person mentions use most often ("Martin Bengtsson", then "Martin" eleven
    times and "Bengtsson" twice), at least ``PROTAGONIST_MENTIONS`` times and more often than
    anyone else. None when no one stands out."""
    full = {e.text: e for e in people if len(e.text.split()) >= 2}
    if not full:
        return None
    counts = Counter()
    for form in full:
        words = set(form.split())
        counts[form] = sum(1 for e in people if e.text.split() and set(e.text.split()) <= words)
    ranked = counts.most_common()
    best, times = ranked[0]
    # a full name within a longer one ("Erik Poppe" in "Per Frølich Poppe"? no: "Poppe" alone
    # counts for both) ties with it only when they are one person; take the one written most
    rivals = [form for form, count in ranked if count == times]
    if times < PROTAGONIST_MENTIONS:
        return None
    if len(rivals) > 1:
        written = Counter(e.text for e in people)
        rivals.sort(key=lambda form: (written[form], len(form)), reverse=True)
        if written[rivals[0]] == written[rivals[1]]:
            return None
    return full[rivals[0]]


def _para_of(paragraphs, token: int) -> int:
    """The index of the paragraph that holds token ``token``."""
    for index, para in enumerate(paragraphs):
        if para.start <= token < para.end:
            return index
    return len(paragraphs) - 1


def _role_of(paragraphs, span) -> str:
    for para in paragraphs:
        if para.start <= span.start < para.end:
            return paragraph_role(para)
    return "body"


#: how many paragraphs of its own a dash quote may run on before the cue that ends it
CLOSING_REACH = 3


#: the oldest age read as a person's in "Name (age)"
MAX_AGE = 110


def _aged_name(doc: Doc, para) -> Mention | None:
    """The one person a paragraph presents with an age in brackets ("mattestudenten Sofia
    (21)", "Kari Holm (34)"), the way a feature introduces whom it talks to, wherever in the
    sentence the name stands. None when no name or two names are so given."""
    found: list[Mention] = []
    for t in range(para.start + 1, para.end - 2):
        if not (
            doc[t].text == "("
            and doc[t + 1].like_num
            and doc[t + 1].text.isdigit()
            and int(doc[t + 1].text) <= MAX_AGE
            and doc[t + 2].text == ")"
        ):
            continue
        end = t
        start = end
        while start > para.start and is_cap(doc[start - 1].text) and end - start < 3:
            start -= 1
        if start == end or (start == para.start and end - start == 1 and not doc[start].ent_type_):
            continue  # no name, or a lone capitalised word opening the sentence
        name = doc[start:end]
        found.append(Mention(span=name, name=name.text, kind="named", entity_type="PER"))
    return found[0] if len(found) == 1 else None


def _opens_section(paragraphs, pidx: int) -> bool:
    """Whether paragraph ``pidx`` opens a section: a crosshead stands right before it."""
    return pidx > 0 and paragraph_role(paragraphs[pidx - 1]) == "heading"


def _closing_indirect(
    paragraphs,
    idx: int,
    indirect: list[QuoteAnn],
    quoted_paras: dict[int, list],
    according: frozenset[str] = frozenset(),
) -> Mention | None:
    """The speaker of a dash quote whose sentences go on in paragraphs of their own and end in
    the cue: "– A." / "B." / "C, sier X." (text that lost its paragraph breaks, or a page that
    sets every sentence apart). The first paragraph after it that is wholly an indirect quote
    with its cue at the end names the speaker; another quote in between stops the search. A
    closing "ifølge X" (``according``) sources the writer's own sentence ("..., ifølge VGs
    undersøkelser"), it ends no one's turn of talk."""
    for j in range(idx + 1, min(idx + 1 + CLOSING_REACH, len(paragraphs))):
        para = paragraphs[j]
        if paragraph_role(para) != "body" or j in quoted_paras:
            return None
        for ann in indirect:
            if not (para.start <= ann.span.start and ann.span.end <= para.end):
                continue
            if ann.speaker is None or ann.cue is None or ann.cue[0].lower_ in according:
                continue
            opens = ann.span.start <= para.start + 1
            # the cue and its speaker close the paragraph: a short tail, or a name however long
            # its description ("sier daglig leder for EF i Norge, Morten Davidsen."); a
            # pronoun with a long tail ("sa han som alle ville snakke med") is left to the
            # rules that know who is in focus
            named = ann.speaker.kind in ("named", "organisation")
            closes = ann.cue.start >= ann.span.end and (
                ann.cue.end >= para.end - 6
                or named
                and not any(token.text in SENT_END for token in para.doc[ann.cue.end : para.end - 1])
            )
            if opens and closes:
                return ann.speaker
    return None


def _is_name(text: str | None) -> bool:
    return bool(text) and text[:1].isupper()  # type: ignore[index]


def _readable(para) -> bool:
    """Body paragraphs, and short ones taken for crossheads that end like a quoted sentence
    ('"It was a massacre," said X. "Nobody survived."'); a crosshead repeating a quote
    ("– Vi led enorme tap", «Vi trodde vi var glemt») has no closing punctuation."""
    role = paragraph_role(para)
    return role == "body" or (role == "heading" and _QUOTE_END.search(span_text(para)) is not None)


def _split_at_inner_cues(
    doc: Doc, para, base: int, marks: list[tuple[int, int, bool]]
) -> tuple[list[tuple[int, int, bool]], list[int]]:
    """'«A, — каже Петренко. — B»', '“A? – питає жінка. – B”': Ukrainian and Russian
    typography set the cue of a quote between two speech dashes inside its one pair of marks.
    Read as one quote, the cue clause is quoted words and the speaker is lost; split at it, A
    and B are two quotes, A's cue is the clause after it and B goes on with A's speaker.
    The dash must follow a comma, question or exclamation mark (a parenthetical dash follows
    a word) and the clause start lower case and end in a comma or full stop before the
    second dash within ``_INNER_CUE_WORDS`` words. ``marks`` hold ``(open, close, closed)``
    offsets from ``base``; the split pairs are returned in the same form, with the openings
    of the pairs that were split."""
    texts = token_texts(doc)
    char_starts = token_starts(doc)
    out: list[tuple[int, int, bool]] = []
    pieces: list[int] = []
    for opening, closing, closed in marks:
        before = len(out)
        first = _tok_index(doc, para, base + opening + 1)
        last = _tok_index(doc, para, max(base + opening + 1, base + closing - 1))
        piece_open = opening
        t = first + 1
        while t < last - 2:
            if not (
                texts[t] in DASHES
                and texts[t - 1] in (",", "?", "!", "…")
                and texts[t + 1][:1].islower()
            ):
                t += 1
                continue
            resume = next(
                (
                    u + 2
                    for u in range(t + 2, min(last - 1, t + 2 + _INNER_CUE_WORDS))
                    if texts[u] in (".", ",") and texts[u + 1] in DASHES
                ),
                None,
            )
            if resume is None or any(
                texts[w] in DASHES or texts[w] in ("«", "»", "“", "”", '"', "„")
                for w in range(t + 1, resume - 2)
            ):
                t += 1
                continue
            out.append((piece_open, char_starts[t] - base, True))
            piece_open = char_starts[resume] - base - 1
            t = resume + 1
        out.append((piece_open, closing, closed))
        if len(out) - before > 1:
            pieces.extend(piece[0] for piece in out[before:])
    return out, pieces


def _tok_index(doc: Doc, para, char: int) -> int:
    """Token of ``para`` containing ``char``."""
    char_starts = token_starts(doc)
    lo, hi = para.start, para.end - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if char_starts[mid] <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


@Language.factory(
    "sourcetrace_quotes",
    default_config={"lang": ""},
    requires=["doc._.st_paragraphs"],
    assigns=["doc._.st_quotes", "doc._.st_mentions"],
)
def make_quotes(nlp: Language, name: str, lang: str) -> Quotes:
    return Quotes(nlp, name, lang=lang)


def _joins_words(doc: Doc, t: int) -> bool:
    """Whether the dash-like token at ``t`` is a hyphen inside a compound word ("лікарка-
    хірургиня"): no space on either side."""
    return 0 < t < len(doc) - 1 and not doc[t - 1].whitespace_ and not doc[t].whitespace_

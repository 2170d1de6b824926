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

All vocabulary comes from ``quotes.toml``/``speakers.toml`` (see :mod:`.cues`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import Mention, QuoteAnn, get_list
from .cues import Lexicon, is_cap, is_title, lexicon, make_mention, np_after, np_before, subject_at
from .quote_marks import DASHES, find_marks
from .quote_media import read_media

_SENT_END = frozenset({".", "!", "?", "…", "!?", "?!", "...", ".»", ".”"})
_CUE_LEAD = frozenset({",", "?", "!", "–", "—", "…", ";"})
_DASH_LEAD = re.compile(r"^[–—-]\s+")
_AND = frozenset({"og", "and", "men", "but"})
_RELATIVE = frozenset({"who", "which", "som", "whose", "der"})
_CONJ_BREAK = frozenset(
    {"og", "and", "men", "but", "while", "whereas", "mens", "medan", "although", "though"}
)
_MAX_CLAUSE = 25


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


@dataclass
class _State:
    """Per-document bookkeeping."""

    text: str = ""
    used_cues: set[int] = field(default_factory=set)
    partial_cues: set[int] = field(default_factory=set)  # cues of quotes inside a sentence
    after_cues: set[int] = field(default_factory=set)  # cues right after a quote
    quoted: list[tuple[int, int]] = field(default_factory=list)  # direct-quote char ranges
    clauses: dict[int, list[tuple[int, int]]] = field(
        default_factory=dict
    )  # id(QuoteAnn) -> cue clause


class Quotes:
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

    # -- entry ---------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        quotes = get_list(doc, "st_quotes")
        mentions = get_list(doc, "st_mentions")
        if not len(doc):
            return doc
        paragraphs = [p for p in (doc._.st_paragraphs or []) if len(p)] or [doc[:]]
        state = _State(text=doc.text)
        self._cue_speakers: dict[int, Mention] = {}  # cue token -> its speaker, this document
        segs: list[_Seg] = []
        bodies: list[int] = []
        for idx, para in enumerate(paragraphs):
            if not _readable(para):
                continue
            bodies.append(idx)
            segs.extend(self._paragraph_segments(doc, para, idx, state))
        for seg in segs:
            state.quoted.append((seg.start, seg.end))
        indirect = []
        for idx in bodies:
            indirect.extend(self._indirect(doc, paragraphs[idx], state))
        self._resolve(doc, paragraphs, segs, indirect, state)
        clauses = state.clauses
        anns = [self._direct_ann(doc, s, clauses) for s in segs]
        anns.extend(indirect)
        anns.sort(key=lambda q: q.char_range[0] if q.char_range else q.span.start_char)
        read_media(doc, self.lx, anns, clauses, paragraphs)
        self._interviewer(doc, anns)
        seen: set[int] = {id(m) for m in mentions}
        for ann in anns:
            quotes.append(ann)
            if ann.speaker is not None and id(ann.speaker) not in seen:
                seen.add(id(ann.speaker))
                mentions.append(ann.speaker)
        return doc

    # -- direct quotes -------------------------------------------------------------------

    def _paragraph_segments(self, doc: Doc, para, idx: int, state: _State) -> list[_Seg]:
        text = para.text
        base = para.start_char
        segs: list[_Seg] = []
        skip: tuple[int, int] | None = None
        if _DASH_LEAD.match(text) and para[0].text in DASHES:
            segs = self._dash_segments(doc, para, idx, state)
            if segs:
                skip = (segs[0].start, segs[-1].end)
        for o, c, closed in find_marks(text):
            start, end = base + o + 1, base + c
            if skip and skip[0] <= start < skip[1]:
                continue
            seg = self._mark_segment(doc, para, idx, start, end, closed, o == 0, state)
            if seg is not None:
                segs.append(seg)
        segs.sort(key=lambda s: s.start)
        if any(s.weak for s in segs) and not any(s.cue is not None for s in segs):
            segs = [s for s in segs if not s.weak]
        return segs

    def _dash_segments(self, doc: Doc, para, idx: int, state: _State) -> list[_Seg]:
        """'– A, sier X. – B.': segments split at their cue; text after a cue clause that
        does not start with a dash again is narration."""
        lx = self.lx
        out: list[_Seg] = []
        i = para.start + 1
        end = para.end
        while i < end:
            seg_start = i
            cue = None
            aux_lo: int | None = None
            j = i
            while j < end - 1:
                if doc[j].text in _CUE_LEAD and j > seg_start:
                    k = j + 1
                    cue_end = lx.is_cue(doc, k, end)
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
            content_end = lead + 1 if doc[lead].text not in DASHES else lead
            seg = self._seg_from_tokens(doc, seg_start, content_end, idx, True)
            clause_end = cue_end
            while (
                clause_end < end
                and not self._ends(doc, clause_end)
                and doc[clause_end].text not in DASHES
            ):
                clause_end += 1
            seg.cue = (k, cue_end)
            seg.clause = [(k, min(clause_end + 1, end))]
            seg.speaker = self._speaker_at(
                doc, k, cue_end, aux_lo if aux_lo is not None else k, clause_end
            )
            state.used_cues.add(k)
            out.append(seg)
            nxt = clause_end + 1
            if clause_end < end and doc[clause_end].text in DASHES:
                i = clause_end + 1  # "– A, sier han, – men B."
            elif nxt < end and doc[nxt].text in DASHES:
                i = nxt + 1  # "– A, sier han. – B."
            else:
                break
        return [s for s in out if s.words > 0]

    def _seg_from_tokens(self, doc: Doc, start: int, end: int, idx: int, dash: bool) -> _Seg:
        span = doc[start:end]
        text = span.text
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
        state: _State,
    ) -> _Seg | None:
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
            and doc[a0].text not in _SENT_END
            and doc[a0].text in ("»", "”", '"', "'")
        ):
            a0 += 1
        a1 = a0
        while (
            a1 < para.end
            and not self._ends(doc, a1)
            and doc[a1].text not in ("«", "“")
            and a1 - a0 < _MAX_CLAUSE
        ):
            if doc[a1].text == '"' and a1 > a0:
                break
            a1 += 1
        cue = None
        # a short quote is only a quote when set off from its cue ("«Nei», sier han"), not
        # when it is a name or label in the sentence ("«Rybar» skriver at ...")
        bounded = (
            words > 3
            or content[-1:] in ",.!?…"
            or (a0 < para.end and doc[a0].text in (",", "–", "—"))
        )
        long_words = [w for w in content.split() if len(w) > 3]
        if 2 <= words <= 4 and long_words and all(w[0].isupper() for w in long_words):
            return None  # a name or title in quote marks: "Frontline Notes", "I Want to Live"
        for k in range(a0, min(a1, a0 + (12 if words > 3 else 4))):
            if k in state.used_cues or not bounded:
                continue
            cue_end = lx.is_cue(doc, k, a1)
            if cue_end:
                cue = (k, cue_end, a0, a1)
                state.after_cues.add(k)  # '"A," he said, "but B."': B shares it
                break
            aux = self._aux_cue(doc, k, a1)
            if aux is not None:  # '«...», skal han ha sagt'
                cue = (aux[0], aux[1], k + 1, a1)
                break
        if cue is None and closed:
            for k in range(b1 - 1, max(b0, b1 - _MAX_CLAUSE) - 1, -1):
                cue_end = lx.is_cue(doc, k, b1)
                reusable = k in state.partial_cues or k in state.after_cues
                if cue_end and (k not in state.used_cues or reusable):
                    if (
                        cue_end == b1
                        and words <= 3
                        and is_cap(content)
                        and content[-1:] not in ",.!?…"
                    ):
                        return None  # 'Det sier «Martin» (34)': a name in quote marks
                    cue = (k, cue_end, b0, b1)
                    break
        if cue is None:
            if words <= 3 and seg.sentence_start and content[-1:] in ".!?…":
                seg.weak = True  # '"It was a massacre," said X. "Nobody survived."'
                return seg
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
        if k < first:
            # "kalte dem «vestlig propaganda» på en pressekonferanse": before and after the quote
            seg.clause = [(b0, b1), (min(last + 1, para.end), min(a1 + 1, para.end))]
            state.partial_cues.add(k)  # 'X said that ... "a war crime"': the cue reports both
        state.used_cues.add(k)
        return seg

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
        text = doc[i].text
        if text not in _SENT_END:
            return False
        return not (text == "." and i > 0 and is_title(doc[i - 1].lower_ + ".", self.lx))

    def _speaker_at(self, doc: Doc, k: int, cue_end: int, lo: int, hi: int) -> Mention | None:
        return self._speaker_pos(doc, k, cue_end, lo, hi)[0]

    def _speaker_pos(
        self, doc: Doc, k: int, cue_end: int, lo: int, hi: int
    ) -> tuple[Mention | None, int | None]:
        """Speaker of the cue at ``k``: the subject before it (through an apposition: "Petro
        Yatsenko, a spokesman for ..., told"), the sentence subject for "..., saying" and "og
        sier", else the phrase after it (for "told", the phrase after is the recipient)."""
        lx = self.lx
        before = np_before(doc, lx, k, lo)
        if before is None and doc[k].lower_ not in lx.participle_cues:
            before = self._apposition(doc, k, lo)
        shared = (
            before is None
            and k > lo
            and (doc[k].lower_ in lx.participle_cues or doc[k - 1].lower_ in _AND)
        )
        if shared:
            # '"...," Putin told reporters, adding that ...': the main cue's speaker
            main = [c for c in self._cue_speakers if lo <= c < k]
            if main:
                return self._cue_speakers[max(main)], k
        if shared:
            start = lo
            if doc[lo].text.isupper() and len(doc[lo].text) > 2:
                # a dateline: "MOSCOW, Nov 10 (Reuters) - The Kremlin ..."
                dash = next((c for c in range(lo, k) if doc[c].text in DASHES), None)
                start = dash + 1 if dash is not None else lo
            before = subject_at(doc, lx, start, k)
            if before is None:  # "In Moscow, Kremlin spokesman Dmitry Peskov declined ..., saying"
                comma = next((c for c in range(lo, k) if doc[c].text == ","), None)
                if comma is not None and comma + 1 < k:
                    before = subject_at(doc, lx, comma + 1, k)
        if before is not None:
            m = make_mention(doc, lx, *before)
            if m is not None:
                self._cue_speakers[k] = m
                return m, before[0]
        if doc[k].lower_ in lx.recipient_verbs or doc[k].lower_ in lx.participle_cues:
            return None, None
        j = cue_end
        while j < hi and doc[j].lower_ in lx.adverbs:
            j += 1
        stop = (
            frozenset({lx.particle_cues[doc[k].lower_]})
            if doc[k].lower_ in lx.particle_cues
            else frozenset()
        )
        s, e = np_after(doc, lx, j, hi, stop)
        if e <= s:
            return None, None
        if all(doc[t].lower_ in lx.time_words for t in range(s, e)):
            return None, None  # "wrote Wednesday that ..."
        named = self._self_named(doc, s, e, hi)
        m = named if named is not None else make_mention(doc, lx, s, e)
        if m is not None:
            self._cue_speakers[k] = m
        return m, None

    def _apposition(self, doc: Doc, k: int, lo: int) -> tuple[int, int] | None:
        """ "X, 71, said" / "X, a spokesman for Y, told" / "..., Iryna, said": the name in or
        before the commas right before the cue."""
        if k - 1 <= lo or doc[k - 1].text != ",":
            return None
        for c2 in range(k - 2, max(lo, k - 25) - 1, -1):
            if doc[c2].text != ",":
                continue
            a0 = c2 + 1
            while a0 < k - 1 and doc[a0].lower_ in self.lx.determiners:
                a0 += 1
            app = doc[a0 : k - 1]
            if 0 < len(app) <= 3 and all(is_cap(t.text) for t in app):
                return a0, k - 1
            if (
                len(app) > 8
                and doc[c2 + 1].lower_ not in _RELATIVE
                and doc[c2 + 1].lower_ not in self.lx.determiners
            ):
                return None  # not an apposition: a clause ("MOSCOW, Nov 10 (Reuters) - ...")
            return np_before(doc, self.lx, c2, lo) if c2 > lo else None
        return None

    def _self_named(self, doc: Doc, s: int, e: int, hi: int) -> Mention | None:
        """ "ein russisk soldat som presenterer seg som Dmitrij Kozlov": the name given."""
        for seq in self.lx.naming:
            n = len(seq)
            if e + n < hi and all(doc[e + i].lower_ == w for i, w in enumerate(seq)):
                j = e + n
                while j < hi and is_cap(doc[j].text):
                    j += 1
                if j > e + n:
                    m = make_mention(doc, self.lx, e + n, j)
                    if m is not None and m.kind == "named":
                        m.span = doc[s:j]
                        m.title = doc[s:e].text
                        return m
        return None

    def _interviewer(self, doc: Doc, anns: list[QuoteAnn]) -> None:
        """Interview questions are the outlet's: the one the answers were given to ("sier
        Melnyk til VG"), else the news outlet named last before the question."""
        lx = self.lx
        text = doc.text
        last_recipient: str | None = None
        for ann in anns:
            sp = ann.speaker
            if (
                sp is not None
                and sp.span is None
                and sp.name == lx.interviewer
                and sp.kind == "descriptive"
            ):
                at = ann.span.start_char
                name = last_recipient
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
            if ann.recipient and ann.recipient[:1].isupper():
                last_recipient = ann.recipient

    # -- indirect quotes -----------------------------------------------------------------

    def _indirect(self, doc: Doc, para, state: _State) -> list[QuoteAnn]:
        lx = self.lx
        out: list[QuoteAnn] = []
        quoted = state.quoted
        # sentence bounds inside the paragraph
        starts = [t.i for t in para if t.is_sent_start or t.i == para.start]
        bounds = list(zip(starts, [*starts[1:], para.end], strict=False))
        for s0, s1 in bounds:
            if doc[s0].text in DASHES and _inside(quoted, doc[min(s0 + 1, s1 - 1)].idx):
                continue
            k = s0
            while k < s1:
                tok = doc[k]
                low = tok.lower_
                if _inside(quoted, tok.idx):
                    k += 1
                    continue
                ann = None
                if low in lx.indirect_cues and (
                    k not in state.used_cues or k in state.partial_cues
                ):
                    ann = self._indirect_cue(doc, k, s0, s1, state)
                elif any(seq[0] == low for seq in lx.according_to):
                    ann = self._according(doc, k, s0, s1, state)
                if ann is not None:
                    if (
                        out
                        and out[-1].span.start < k < out[-1].span.end
                        and ann.speaker is not None
                        and ann.speaker.span is not None
                    ):
                        # "Ukraine said it had struck ..., while Moscow insisted ...": the first
                        # report ends where the second speaker begins
                        cut = ann.speaker.span.start
                        while cut > out[-1].span.start and (
                            doc[cut - 1].is_punct or doc[cut - 1].lower_ in _CONJ_BREAK
                        ):
                            cut -= 1
                        if cut - out[-1].span.start >= 3:
                            out[-1].span = doc[out[-1].span.start : cut]
                    out.append(ann)
                k += 1
        return out

    def _clause(self, doc: Doc, start: int, end: int, state: _State) -> tuple[int, int] | None:
        stop = end
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if end - start < 3:
            return None
        inner = doc[start:end]
        opened = sum(t.text in ("«", "“") for t in inner) - sum(t.text in ("»", "”") for t in inner)
        if opened > 0 or sum(t.text == '"' for t in inner) % 2:
            # 'angrepet var «et terrorangrep».': the clause keeps the partial quote's closing mark
            while end < stop and doc[end].text not in ("»", "”", '"'):
                end += 1
            end = min(stop, end + 1)
        a = doc[start].idx
        if _inside(state.quoted, a):
            return None  # inside a direct quote; a partial quote inside the clause is fine
        return start, end

    def _indirect_cue(self, doc: Doc, k: int, s0: int, s1: int, state: _State) -> QuoteAnn | None:
        lx = self.lx
        cue_end = lx.is_cue(doc, k, s1)
        if not cue_end or (cue_end < s1 and doc[cue_end].lower_ in lx.reflexives):
            return None  # "uttaler seg anonymt": speaking, not a report
        if k > s0 and doc[k - 1].lower_ in lx.placeholders and np_before(doc, lx, k, s0) is None:
            return None  # "Det forteller X": the quote is elsewhere
        speaker, subj_start = self._speaker_pos(doc, k, cue_end, s0, s1)
        if speaker is None:
            return None
        # the complementizer, after the speaker phrase and adverbials
        j = cue_end
        limit = min(s1, cue_end + 12)
        comp = None
        while j < limit:
            t = doc[j]
            if t.lower_ in lx.complementizers:
                comp = j
                break
            if t.is_punct and t.text != ",":
                break
            j += 1
        clause = None
        if comp is not None:
            clause = self._clause(doc, comp + 1, s1, state)
        elif subj_start is not None:
            nxt = cue_end
            while nxt < s1 and doc[nxt].lower_ in lx.adverbs:
                nxt += 1
            if doc[k].lower_ in lx.recipient_verbs:
                if nxt < s1 and doc[nxt].lower_ in lx.object_pronouns:
                    nxt += 1  # "told me she no longer goes ..."
                else:  # "told the BBC's Ukrainian service she had ..."
                    told = subject_at(doc, lx, nxt, s1)
                    nxt = told[1] if told is not None else s1
            if (
                nxt + 1 < s1
                and doc[nxt].lower_ in lx.np_stop
                and doc[nxt + 1].lower_ in lx.time_words
            ):
                nxt += 2  # "said on Thursday there had been ..."
            elif nxt < s1 and doc[nxt].lower_ in lx.time_words:
                nxt += 1
            trailing = s1 - cue_end <= 5 or (nxt < s1 and doc[nxt].is_punct)
            if subj_start > s0 and doc[subj_start - 1].text == "," and trailing:
                clause = self._clause(doc, s0, subj_start - 1, state)  # "..., the governor said."
            elif (
                lx.bare_clause
                and doc[k].lower_ in lx.bare_cues
                and nxt < s1
                and not doc[nxt].is_punct
                and (
                    (doc[nxt].lower_ not in lx.np_stop and doc[nxt].lower_ not in lx.np_link)
                    # "said at least 14 soldiers were killed"
                    or any(doc[x].like_num for x in range(nxt + 1, min(s1, nxt + 3)))
                )
            ):
                clause = self._clause(doc, nxt, s1, state)
        elif k > s0 and doc[k - 1].text == ",":
            clause = self._clause(doc, s0, k - 1, state)  # "..., opplyser politiet til NTB."
        if clause is None:
            return None
        state.used_cues.add(k)
        ann = QuoteAnn(
            span=doc[clause[0] : clause[1]], kind="indirect", speaker=speaker, cue=doc[k:cue_end]
        )
        if clause[0] > k:
            state.clauses[id(ann)] = [(s0, comp if comp is not None else clause[0])]
        else:
            state.clauses[id(ann)] = [(k, s1)]
        return ann

    def _according(self, doc: Doc, k: int, s0: int, s1: int, state: _State) -> QuoteAnn | None:
        lx = self.lx
        for seq in lx.according_to:
            n = len(seq)
            if k + n <= s1 and all(doc[k + i].lower_ == w for i, w in enumerate(seq)):
                at_start = k == s0 or all(doc[t].is_punct for t in range(s0, k))
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
                speaker = make_mention(doc, lx, s, e) if e > s else None
                if speaker is None:
                    return None
                if at_start:
                    clause = self._clause(doc, e, s1, state)
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

    # -- speakers for quotes without a cue of their own ----------------------------------

    def _resolve(
        self, doc: Doc, paragraphs, segs: list[_Seg], indirect: list[QuoteAnn], state: _State
    ) -> None:
        lx = self.lx
        by_para: dict[int, list[_Seg]] = {}
        for s in segs:
            by_para.setdefault(s.para, []).append(s)
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
        for run in runs:
            cued = [s for s in run if s.speaker is not None]
            for pos, s in enumerate(run):
                if s.speaker is not None or s.cue is not None:
                    continue
                same = [c for c in cued if c.para == s.para]
                src = None
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
            follow = self._following_cue(doc, paragraphs, run[-1].para, state)
            if follow is None:
                follow = self._preceding_speaker(doc, paragraphs, run[0], segs, indirect)
            if follow is not None:
                for s in run:
                    if s.speaker is None:
                        s.speaker = follow.speaker
                        s.src = follow if follow.cue is not None else None

    def _following_cue(self, doc: Doc, paragraphs, idx: int, state: _State) -> _Seg | None:
        lx = self.lx
        if idx + 1 >= len(paragraphs):
            return None
        para = paragraphs[idx + 1]
        if para._.st_role != "body" or len(para) < 3:
            return None
        first = para.start
        if doc[first].lower_ not in lx.placeholders:
            return None
        k = first + 1
        while k < para.end and doc[k].lower_ in lx.adverbs:
            k += 1
        cue_end = lx.is_cue(doc, k, para.end)
        if not cue_end:
            return None
        end = k
        while end < para.end and doc[end].text not in _SENT_END:
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

    def _preceding_speaker(
        self, doc: Doc, paragraphs, seg: _Seg, segs: list[_Seg], indirect: list[QuoteAnn]
    ) -> _Seg | None:
        """The speaker of the last quote in the one or two body paragraphs before ``seg``."""
        lo_para = seg.para - 2
        lo_char = paragraphs[max(0, lo_para)].start_char
        best: tuple[int, Mention] | None = None
        for s in segs:
            if (
                s.speaker is not None
                and lo_char <= s.start < seg.start
                and (best is None or s.start > best[0])
            ):
                best = (s.start, s.speaker)
        for q in indirect:
            at = q.span.start_char
            if (
                q.speaker is not None
                and lo_char <= at < seg.start
                and (best is None or at > best[0])
            ):
                best = (at, q.speaker)
        if best is None:
            return None
        return _Seg(start=0, end=0, para=seg.para, dash=False, words=0, speaker=best[1])

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


def _short(bounds: tuple[int, int], doc: Doc, lx: Lexicon) -> tuple[int, int]:
    """At most a determiner and a noun: with no parser, "Ifølge oppdateringen var oktober ..."
    names its source in the first word or two."""
    s, e = bounds
    return s, min(e, s + (2 if doc[s].lower_ in lx.determiners else 1))


_QUOTE_END = re.compile(r"[.!?…,]\s*[\"»”]\s*$")


def _readable(para) -> bool:
    """Body paragraphs, and short ones taken for crossheads that end like a quoted sentence
    ('"It was a massacre," said X. "Nobody survived."'); a crosshead repeating a quote
    ("– Vi led enorme tap", «Vi trodde vi var glemt») has no closing punctuation."""
    role = para._.st_role
    return role == "body" or (role == "heading" and _QUOTE_END.search(para.text) is not None)


def _inside(ranges: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in ranges)


def _tok_index(doc: Doc, para, char: int) -> int:
    """Token of ``para`` containing ``char``."""
    lo, hi = para.start, para.end - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


@Language.factory("sourcetrace_quotes", default_config={"lang": ""}, assigns=["doc._.st_quotes"])
def make_quotes(nlp: Language, name: str, lang: str) -> Quotes:
    return Quotes(nlp, name, lang=lang)

"""``sourcetrace_hedges``: hedges and evidentiality markers with the clause they govern.

Cues come from the language's ``hedges.toml``: fixed phrases run in a spaCy ``PhraseMatcher``,
cues with gaps ("skal soldatene ha") in a ``Matcher`` run around their anchor words. Some cues are
ambiguous ("skal ha" is hearsay before a past participle, "Vi skal ha et møte" is a plan), so a
cue may need a participle after it, be vetoed by the word right before or after it, or by a
first/second person subject. Participles come from the tagger when the doc has morphology and
from word lists and endings otherwise. The scope is the clause around the cue: the sentence cut
at a comma that starts a new clause (", hvor ...", ", skrev de") or at a hard break (";", ":").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import lang as langdata
from .annotations import HedgeAnn, doc_lowers, get_list, has_model_annotation
from .cues import has_suffix
from .entity_rules import AnchoredMatcher
from .token_arrays import token_texts

#: how far after a ``figure_after`` cue its number may stand
_FIGURE_REACH = 12
#: number words that are also articles, no number after a ``figure_after`` cue
_ARTICLES = frozenset({"en", "ei", "et", "ein", "eit", "one", "a", "an"})
#: what opens a line of direct speech: a belief verb after it only says who spoke
_SPEECH_OPENERS = frozenset({"–", "-", "—", "«", '"', "“", "„"})
MEANINGS = frozenset({"reportedly", "probably", "allegedly", "uncertain", "unverified", "possibly"})
_GAP = re.compile(r"^(\*\*?)(\d+)$")
#: what a ``**N`` gap may not cross (a ``*N`` gap crosses no punctuation at all)
_CLAUSE_END = [".", "!", "?", ":", ";", "–", "—", "«", "»", "(", ")"]


@dataclass(frozen=True)
class Cue:
    meaning: str
    needs_participle: bool = False
    subject_check: bool = False
    not_next: frozenset[str] = frozenset()
    not_prev: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    head: int = 0  # words before the first gap, the cue when the gap is used (cue = "head")
    literal: int = 0  # words of the cue without its gaps
    gap: int = 0  # words its gaps may hold together
    # cue = "first": the cue is the first word even without a gap ("skal" in "skal tjene")
    first_only: bool = False
    # cue = "last": the cue is the last word ("skal" in "Ifølge kilder skal EU vurdere")
    last_only: bool = False
    veto: frozenset[str] = frozenset()  # words anywhere in the match that veto it ("ifølge planen")
    # tags the word after the cue must have in a tagged doc ("siktet for mulig bedrageri": a noun)
    next_pos: frozenset[str] = frozenset()
    # words passed over before the ``next_pos`` check ("virker ikke så lett": "lett" is ADJ)
    next_skip: frozenset[str] = frozenset()
    # a cue read only in a tagged doc: its words are a hedge only before a given part of
    # speech ("virker komfortabel" seems, "medisinen virker bedre" works), which an untagged
    # doc cannot tell
    tagged_only: bool = False
    # the word before the cue must be a finite verb (tagged docs only): "husker nok ikke",
    # "skjønner vel at", where the verb is any verb, too many to list
    after_finite: bool = False
    # the cue takes the infinitive right after it into the cue ("може зрости", "могут
    # готовить"): a modal of possibility before any verb, too many verbs to list; none after
    # it, no hedge
    infinitive_after: bool = False
    # a subject may stand between the cue and its ``next_pos`` word when the cue is inverted
    # after an opening adverbial ("Her virker detaljene gjennomførte", "Da virket ikke personen
    # overrasket"): V2 order puts the subject after the finite verb
    subject_between: bool = False
    # the cue hedges only a belief about a number ("mener at mellom 50 og 80 er drept"): a
    # number must follow in its sentence, else it is an opinion held ("mener at det er galt")
    figure_after: bool = False
    # the same belief said after what it weighs, set off by a comma ("Sjansen er under 50
    # prosent, mener forskeren"): a number must stand before the comma in its sentence, the
    # sentence is no direct speech (there the verb only says who spoke), and the hedged text is
    # what stands before the comma
    figure_before: bool = False
    # the cue is a modal about a fact only with a thing for its subject, right before it
    # ("Fronten kan være to kilometer bred", "an invasion could overwhelm"): a thing has no
    # ability, so the modal weighs what may be; a person or a named party ("Ukraina kan
    # angripe") is able to do it. Tagged docs only; a question weighs nothing
    thing_subject: bool = False


def cue_patterns(words: str) -> list[list[dict[str, Any]]]:
    """``Matcher`` patterns from a cue's ``words`` ("skal|skulle **12 ha").

    Alternatives are expanded into separate patterns of plain ``LOWER`` values: the matcher
    tests those in C, while ``IN`` sets are Python predicates and cost ten times more. A gap is
    a ``*`` capped by ``_max`` (checked after matching): ``{0,12}`` would make twelve states.
    A word written with a straight apostrophe ("'m", "n't") also matches the typographic one
    (news text is typeset: "I’m told").
    """
    patterns: list[list[dict[str, Any]]] = [[]]
    for item in words.split():
        gap = _GAP.match(item)
        if gap:
            cap = int(gap.group(2))
            if gap.group(1) == "**":
                token = {"ORTH": {"NOT_IN": _CLAUSE_END}, "IS_SPACE": False, "OP": "*", "_max": cap}
            else:
                token = {"IS_PUNCT": False, "IS_SPACE": False, "OP": "*", "_max": cap}
            patterns = [p + [token] for p in patterns]
        else:
            alts = item.lower().split("|")
            alts += [a.replace("'", "\u2019") for a in alts if "'" in a]
            # Ukrainian is also typed with the modifier letter ("з'ясовується" / "зʼясовується")
            alts += [a.replace("'", "\u02bc") for a in alts if "'" in a and not a.isascii()]
            patterns = [p + [{"LOWER": alt}] for p in patterns for alt in alts]
    if not patterns[0] or "OP" in patterns[0][0] or "OP" in patterns[0][-1]:
        raise ValueError(f"hedges.toml: bad cue words {words!r}")
    return patterns


class Hedges:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "hedges")
        data = self.data
        self.skip = frozenset(w.lower() for w in data.get("skip", []))
        self.block_subjects = frozenset(w.lower() for w in data.get("block_subjects", []))
        self.clause_starters = frozenset(w.lower() for w in data.get("clause_starters", []))
        self.breaks = frozenset(data.get("scope_breaks", []))
        self.tail_verbs = frozenset(w.lower() for w in data.get("tail_verbs", []))
        part = data.get("participle", {})
        self.part_words = frozenset(w.lower() for w in part.get("words", []))
        self.part_not = frozenset(w.lower() for w in part.get("not_words", []))
        self.part_suffixes = tuple(part.get("suffixes", []))
        self.part_min = int(part.get("min_length", 5))
        # number words of the language, for cues with ``figure_after`` ("mener at femti")
        figures = langdata.concern(self.lang, "figures")
        self.number_words = frozenset(
            w.lower()
            for key in ("units", "teens", "tens", "multipliers")
            for w in figures.get(key, {})
        )
        # subjects that are things, for cues with ``thing_subject``: pronouns of things from the
        # hedge data, and every common noun but the person nouns the speaker data knows
        self.thing_pronouns = frozenset(w.lower() for w in data.get("thing_subjects", []))
        self.relatives = frozenset(w.lower() for w in data.get("relative_pronouns", []))
        speakers = langdata.concern(self.lang, "speakers").get("words", {})
        self.person_suffixes = tuple(w.lower() for w in speakers.get("person_suffixes", []))
        self.person_plurals = tuple(w.lower() for w in speakers.get("plural_suffixes", []))
        self.person_endings = tuple(
            w.lower() for w in [*speakers.get("agent_endings", []), *data.get("person_endings", [])]
        )
        self.person_words = frozenset(
            [
                *(
                    w.lower()
                    for key in ("plural_words", "kin_nouns", "generic_persons", "org_suffixes")
                    for w in speakers.get(key, [])
                ),
                *(w.lower() for w in data.get("person_words", [])),
            ]
        )
        # the endings of the infinitive, for cues with ``infinitive_after`` ("зрости", "готовить")
        self.infinitive_endings = tuple(w.lower() for w in data.get("infinitive_endings", []))
        # particles that may stand between such a cue and its infinitive ("може й не
        # подобатися", "може навіть зрости"): the modal still governs the verb after them
        self.infinitive_particles = frozenset(
            w.lower() for w in data.get("infinitive_particles", [])
        )

        # fixed phrases go to a PhraseMatcher, cues with gaps to a Matcher run around anchors
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.gapped = AnchoredMatcher(nlp.vocab)
        self.cues: dict[int, Cue] = {}
        for n, item in enumerate(data.get("cue", [])):
            meaning = item.get("meaning", "")
            if meaning not in MEANINGS:
                raise ValueError(f"hedges.toml ({self.lang}): unknown meaning {meaning!r}")
            key = f"{name}_cue{n}"
            patterns = cue_patterns(item["words"])
            if any("OP" in tok for tok in patterns[0]):
                self.gapped.add(key, patterns, greedy=None)
            else:
                # the cue's tokens as written, not re-tokenised: "i 'm told" would split "'m"
                words = sorted({tuple(tok["LOWER"] for tok in p) for p in patterns})
                self.phrases.add(key, [Doc(nlp.vocab, words=list(w)) for w in words])
            self.cues[nlp.vocab.strings[key]] = Cue(
                meaning=meaning,
                needs_participle=item.get("needs") == "participle",
                subject_check=bool(item.get("subject_check", False)),
                not_next=frozenset(w.lower() for w in item.get("not_next", [])),
                not_prev=frozenset(w.lower() for w in item.get("not_prev", [])),
                not_after=frozenset(w.lower() for w in item.get("not_after", [])),
                head=1
                if item.get("cue") == "first"
                else next((i for i, t in enumerate(patterns[0]) if "OP" in t), len(patterns[0]))
                if item.get("cue") == "head"
                else 0,
                first_only=item.get("cue") == "first",
                last_only=item.get("cue") == "last",
                veto=frozenset(w.lower() for w in item.get("veto", [])),
                next_pos=frozenset(item.get("next_pos", [])),
                next_skip=frozenset(w.lower() for w in item.get("next_skip", [])),
                tagged_only=bool(item.get("tagged_only", False)),
                after_finite=bool(item.get("after_finite", False)),
                infinitive_after=bool(item.get("infinitive_after", False)),
                subject_between=bool(item.get("subject_between", False)),
                figure_after=bool(item.get("figure_after", False)),
                figure_before=bool(item.get("figure_before", False)),
                thing_subject=bool(item.get("thing_subject", False)),
                literal=sum("OP" not in t for t in patterns[0])
                + bool(item.get("infinitive_after", False)),
                gap=sum(int(t.get("_max", 0)) for t in patterns[0]),
            )

    # -- cue constraints ---------------------------------------------------------------------

    def _is_participle(self, token: Token, tagged: bool) -> bool:
        """A past participle: listed in the data, else as the tagger says, else by its ending."""
        low = token.lower_
        if low in self.part_words:
            return True  # also where a Bokmål tagger misreads Nynorsk ("vorte")
        if low in self.part_not or not token.is_alpha:
            return False
        by_form = len(low) >= self.part_min and low.endswith(self.part_suffixes)
        if tagged and token.pos_:
            forms = token.morph.get("VerbForm")
            # a Bokmål-trained tagger reads Nynorsk "-a" participles ("starta") as infinitives;
            # after "ha" no infinitive stands, so a verb of participle form is taken as one
            return token.pos_ in ("VERB", "AUX") and (
                not forms or "Part" in forms or ("Inf" in forms and by_form)
            )
        return by_form

    def _accept(
        self, doc: Doc, start: int, end: int, cue: Cue, tagged: bool, particles: int = 0
    ) -> bool:
        """Whether the match is a hedge; ``particles`` words between a modal and its
        infinitive (`infinitive_particles`) do not count as a gap."""
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        if end - start - particles > cue.literal + cue.gap:
            return False
        if end - start - particles > cue.literal and lowers[start] in {t.lower_ for t in doc[start + 1 : end]}:
            # the gap holds the cue's first word again ("Området skal være befolket, og bilene
            # skal ha stått ..."): the later one starts the hedge, which the longer match would
            # swallow
            return False
        # a cue that opens a paragraph or a heading ("gjester.\n\nSkulle det være behov") has
        # nothing before it, as one opening the text: a line break is read as ""
        before = start - 1
        while before >= 0 and doc[before].is_space and "\n" not in texts[before]:
            before -= 1
        prev = "" if before < 0 or doc[before].is_space else lowers[before]
        nxt = lowers[end] if end < len(doc) else ""
        if prev in cue.not_prev or nxt in cue.not_next:
            return False
        if cue.veto and any(t.lower_ in cue.veto for t in doc[start:end]):
            return False
        if (cue.tagged_only or cue.after_finite) and not tagged:
            return False
        if cue.after_finite and (start == 0 or "Fin" not in doc[start - 1].morph.get("VerbForm")):
            return False
        k = end
        inverted = cue.subject_between and tagged and start > doc[start].sent.start
        subject_seen = False
        while k < len(doc) and k < end + 3 + subject_seen:
            if lowers[k] in cue.next_skip:
                k += 1
            elif inverted and not subject_seen and self._subject_word(doc[k]):
                subject_seen = True
                k += 1
            else:
                break
        if cue.next_skip and k < len(doc) and lowers[k] in cue.not_next:
            return False  # "Jeg tror ikke på ...": the veto word after the skipped ones
        # after an inverted subject a second finite verb cannot follow: the tagger's VERB there
        # is a participle used as an adjective ("virker detaljene gjennomførte")
        participle = subject_seen and k < len(doc) and doc[k].pos_ == "VERB"
        if (
            cue.next_pos
            and tagged
            and (k >= len(doc) or doc[k].pos_ not in cue.next_pos)
            and not participle
        ):
            return False  # untagged, the cue's not_next words are the only guard
        if cue.subject_check and (
            prev in self.block_subjects
            or any(t.lower_ in self.block_subjects for t in doc[start:end])
        ):
            return False
        if cue.not_after:
            limit = min(
                len(doc),
                end + 8,
                doc[start].sent.end if doc.has_annotation("SENT_START") else len(doc),
            )
            if any(t.lower_ in cue.not_after for t in doc[end:limit]):
                return False
        if cue.figure_after and not self._number_follows(doc, end):
            return False
        if cue.figure_before and not (prev == "," and self._number_before(doc, before)):
            return False
        if cue.thing_subject and not (tagged and self._thing_subject(doc, start)):
            return False
        if cue.needs_participle:
            i = end
            while (
                i < len(doc)
                and i < end + 3
                and lowers[i] in self.skip
                and not self._is_participle(doc[i], tagged)
            ):
                i += 1
            if i >= len(doc) or not self._is_participle(doc[i], tagged):
                return False
        return True

    def _number_follows(self, doc: Doc, end: int) -> bool:
        """Whether a number stands within the next twelve words of the sentence after token
        ``end`` (digits or a number word of the language, "ein" and "en" aside)."""
        limit = min(len(doc), end + _FIGURE_REACH)
        if doc.has_annotation("SENT_START"):
            limit = min(limit, doc[end].sent.end if end < len(doc) else limit)
        return any(
            t.text[:1].isdigit() or (t.lower_ in self.number_words and t.lower_ not in _ARTICLES)
            for t in doc[end:limit]
        )

    def _number_before(self, doc: Doc, comma: int) -> bool:
        """Whether a number stands in the sentence before the comma at token ``comma`` (digits
        or a number word, "ein" and "en" aside), in a sentence that is not direct speech (one
        opening with a dash or a quote mark)."""
        sent = doc[comma].sent if doc.has_annotation("SENT_START") else doc[:]
        opener = next((t for t in sent if not t.is_space), None)
        if opener is None or opener.text in _SPEECH_OPENERS:
            return False
        return any(
            t.text[:1].isdigit() or (t.lower_ in self.number_words and t.lower_ not in _ARTICLES)
            for t in doc[sent.start : comma]
        )

    def _thing_subject(self, doc: Doc, start: int) -> bool:
        """Whether the modal at token ``start`` has a thing for its subject, in a sentence that
        does not ask: the subject after it when the clause is inverted ("No kan rekorden vere i
        fare", "I dag kan soldatene gå": a noun or pronoun right after the modal), else the word
        before it (past a closing quote mark; after a relative pronoun, the noun before that)."""
        sent = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is not None and last.text == "?":
            return False
        after = doc[start + 1] if start + 1 < sent.end else None
        if after is not None and start > sent.start and self._inverted_subject(after):
            return self._thing_word(after, sent)
        i = start - 1
        while i >= sent.start and doc[i].is_quote and doc[i].is_right_punct:
            i -= 1
        if i < sent.start:
            return False
        quoted = i < start - 1
        word = doc[i]
        if word.lower_ in self.relatives:
            # "en video som skal vise", "styrker som kan": the relative's noun is the subject
            i -= 1
            while i >= sent.start and (doc[i].text == "," or doc[i].is_quote):
                i -= 1
            if i < sent.start:
                return False
            word = doc[i]
            quoted = False
        return self._thing_word(word, sent, quoted=quoted)

    @staticmethod
    def _inverted_subject(word: Token) -> bool:
        """A subject right after an inverted modal: a pronoun, a name or a definite noun
        ("rekorden"); an indefinite "noun" there is more often a verb the tagger misread
        (Nynorsk "vere" in a Bokmål-trained tagger)."""
        if word.pos_ in ("PRON", "PROPN"):
            return True
        return word.pos_ == "NOUN" and "Def" in word.morph.get("Definite")

    def _thing_word(self, word: Token, sent: Span, quoted: bool = False) -> bool:
        """A subject that is a thing: a pronoun of things ("det", "it"), a common noun that names
        no person ("fronten", "invasion"; not "soldatene", "russerne", "officials"), or a name in
        quotation marks (``quoted``: "«Tokkestoga» kan stå ferdig", the title of a building, a
        work or an operation); not another name: a person, an organisation or a country can act
        ("Ukraina kan angripe")."""
        if word.lower_ in self.thing_pronouns:
            return True
        named = bool(word.ent_type_) and not quoted
        if word.pos_ not in ("NOUN", "PROPN") or named or self._person_noun(word.lower_):
            return False
        # a capital inside the sentence is a name ("Moskva kan fylle på"); opening it, a tagger
        # reads a common noun as a name ("Fronten kan være"), which the entities do not hold
        opening = next((t for t in sent if not (t.is_space or t.is_punct)), word)
        return word.is_lower or quoted or word.i == opening.i

    def _person_noun(self, low: str) -> bool:
        """A noun naming people by the speaker data: a role or its plural, an agent ending."""
        if low in self.person_words or low.endswith(self.person_endings):
            return True
        if has_suffix(low, self.person_suffixes):
            return True
        return any(
            has_suffix(low[: -len(p)], self.person_suffixes)
            for p in self.person_plurals
            if low.endswith(p) and len(low) > len(p)
        )

    @staticmethod
    def _subject_word(token: Token) -> bool:
        """A one-word subject after an inverted verb: a personal pronoun, a name or a definite
        noun ("han", "Kiper", "personen", "detaljene")."""
        if token.pos_ in ("PRON", "PROPN"):
            return True
        return token.pos_ == "NOUN" and "Def" in token.morph.get("Definite")

    def _infinitive(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` is a lower-case word with an ending of the infinitive."""
        if i >= len(doc) or not self.infinitive_endings:
            return False
        word = doc[i]
        return (
            word.is_alpha
            and word.is_lower
            and len(word.text) > 3
            and word.lower_.endswith(self.infinitive_endings)
        )

    # -- scope --------------------------------------------------------------------------------

    def _clause_break(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` is a comma opening a new clause, or a hard break."""
        tok = doc[i]
        if tok.text in self.breaks:
            return True
        if tok.text != "," or i + 1 >= len(doc):
            return False
        if doc[i + 1].lower_ in self.clause_starters:
            return True
        # a reporting tail: ", officials said", ", the ministry added"
        return any(t.lower_ in self.tail_verbs for t in doc[i + 2 : i + 5])

    @staticmethod
    def _trim(doc: Doc, start: int, end: int, cue: Span) -> tuple[int, int]:
        while start < cue.start and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > cue.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return start, end

    def scope(self, doc: Doc, cue: Span) -> Span:
        sent = cue.sent if doc.has_annotation("SENT_START") else doc[:]
        start = cue.start
        while start > sent.start and not self._clause_break(doc, start - 1):
            start -= 1
        if (
            sent.start < start < cue.start
            and doc[start - 1].text == ","
            and doc[start].lower_ in self.clause_starters
        ):
            start += 1  # ", hvor det skal ha ...": the clause, without its conjunction
        end = cue.end
        while end < sent.end and not self._clause_break(doc, end):
            end += 1
        start, end = self._trim(doc, start, end, cue)
        if start == cue.start and end == cue.end:
            # the cue is a clause of its own ("etter det VG kjenner til,"): it governs the sentence
            start, end = self._trim(doc, sent.start, sent.end, cue)
        return doc[start:end]

    @staticmethod
    def _before_comma(doc: Doc, cue: Span) -> Span:
        """The hedged text of a belief said after it ("Sjansen er under 50 prosent, mener
        forskeren"): its sentence up to the comma before the cue."""
        sent = cue.sent if doc.has_annotation("SENT_START") else doc[:]
        end = cue.start
        while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        start = sent.start
        while start < end and doc[start].is_space:
            start += 1
        return doc[start:end] if end > start else cue

    def __call__(self, doc: Doc) -> Doc:
        hedges = get_list(doc, "st_hedges")
        tagged = has_model_annotation(doc, "POS")
        found: list[Span] = []
        cue_end: dict[tuple[int, int], int] = {}
        cue_start: dict[tuple[int, int], int] = {}
        said_after: set[tuple[int, int]] = set()  # cues that weigh the clause before them
        for key, start, end in [*self.phrases(doc), *self.gapped(doc)]:
            cue = self.cues[key]
            if cue.infinitive_after:
                verb = end
                while (
                    verb < len(doc)
                    and verb - end < 2
                    and doc[verb].lower_ in self.infinitive_particles
                ):
                    verb += 1
                if not self._infinitive(doc, verb):
                    continue
                particles, end = verb - end, verb + 1
            else:
                particles = 0
            if self._accept(doc, start, end, cue, tagged, particles):
                found.append(Span(doc, start, end, label=cue.meaning))
                # "skal soldatene ha": the cue is "skal", the match still sets the scope
                cue_start[(start, end)] = end - 1 if cue.last_only else start
                if cue.figure_before:
                    said_after.add((start, end))
                cue_end[(start, end)] = (
                    start + cue.head
                    if cue.head and (cue.first_only or end - start > cue.literal)
                    else end
                )
        for match in sorted(filter_spans(found), key=lambda s: s.start):
            key = (match.start, match.end)
            cue = doc[cue_start[key] : cue_end[key]]
            scope = self._before_comma(doc, match) if key in said_after else self.scope(doc, match)
            hedges.append(HedgeAnn(cue=cue, meaning=match.label_, scope=scope))
        return doc


@Language.factory(
    "sourcetrace_hedges",
    default_config={"lang": ""},
    requires=["token.is_sent_start"],
    assigns=["doc._.st_hedges"],
)
def make_hedges(nlp: Language, name: str, lang: str) -> Hedges:
    return Hedges(nlp, name, lang=lang)

"""``sourcetrace_speakers``: all speaker and source mentions clustered into referents.

Runs after quotes and sourcing and reads every ``Mention`` in ``doc._.st_mentions``, in text
order:

* a later short name joins the fuller one ("Gorin" -> "Alexander Gorin"; the fullest form is
  the canonical name, titles are kept apart);
* organisations join by name, determiners and case aside ("the Russian Defense Ministry");
* a definite description from ``speakers.toml`` anaphors ("den britiske avisen", "the
  ministry") joins the last referent of its class (media, organisation, person);
* a pronoun joins the last referent that fits its class and number ("han" a person, "de" a
  group or an organisation); when no mention fits, an organisation or entity named in the
  sentences before ("Britisk etterretning omtalte dette ...") becomes its antecedent;
* a role word joins the person holding that title ("presidenten" -> "President Volodymyr
  Zelenskyj"), a medium its issuer ("The update added ..." -> the ministry that posted it),
  a lone surname the full name the text gives ("Melnyk" -> "sersjant Andrij Melnyk (29)").

A resolved pronoun keeps ``kind="pronoun"`` and points to its ``antecedent`` mention, whose kind
the output gives.

Sets ``mention.cluster`` and ``mention.name`` (the canonical name; for a pronoun, its
antecedent's) on every mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lang as langdata
from ..lang import first_names
from ._case_agreement import ends_other_phrase
from ._fuller_description import DescriptionPreps, fuller_description
from ._interview import InterviewReader, InterviewTurns
from ._role_of_body import role_holder
from ._withheld_name import cue_pattern, withheld_name_after, withheld_name_window
from .annotations import Mention, doc_lowers, doc_text, get_list, paragraph_role, span_text
from .cues import (
    ORG_LABELS,
    PER_LABELS,
    Lexicon,
    affiliation,
    body_tail,
    genitive_name,
    has_suffix,
    is_cap,
    is_name_token,
    is_plural,
    is_title,
    lexicon,
    lower_forms,
    make_mention,
    mention_class,
    name_between_commas,
    np_after,
    own_name_before,
    particle_name,
    subject_at,
    surname_after_role_place,
)
from .parse_subject import parse_joins
from .token_arrays import punct_flags, sentence_starts, token_starts, token_texts

#: the tagger's verb tags: a lone first name right before one is a person named as a subject
#: in running text (the parse's labels are read only in cue sentences)
VERB_POS = frozenset({"VERB", "AUX"})
#: the guide's speaker where the text does not say who spoke
UNKNOWN_ISSUER = "unknown"
#: the most tokens an age written as one word splits into ("thirty-two-year-old" is seven)
AGE_TOKENS = 8


def _in_marks(doc: Doc, at: int) -> bool:
    """Whether the one word at ``at`` stands alone in quote marks ("“ПриватБанк”"): a name so
    written, not words someone said."""
    return 0 < at < len(doc) - 1 and doc[at - 1].text in _QUOTE_MARKS and doc[at + 1].text in _QUOTE_MARKS


@dataclass(eq=False)
class _Cluster:
    id: int
    kind: str
    cls: str
    number: str
    name: str
    last: int  # start char of the latest mention
    last_end: int = -1  # its end char
    mentions: list[Mention] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)  # title words of its mentions

    def name_key(self) -> tuple[str, ...]:
        return name_words(self.name)


@lru_cache(maxsize=1 << 14)
def name_words(name: str) -> tuple[str, ...]:
    """A name's words for comparing names, lower-cased, each without a particle joined to it
    by a hyphen ("Muammar al-Gaddafi" -> muammar gaddafi), which later mentions leave out; an
    initial written onto the surname is a word of its own ("Д.Песков" -> д. песков).
    Remembered per name: the clusters compare the same few names again and again."""
    spaced = _GLUED_INITIAL.sub(r"\1 ", name)
    return tuple(_without_particle(word).lower() for word in spaced.split())


#: an initial written onto the next word with no space ("Д.Песков", "В.Зеленський")
_GLUED_INITIAL = re.compile(r"\b(\w\.)(?=\w)")
#: a surname with one or two initials glued on, all in one token ("Д.Песков", "В.В.Путин")
_INITIALS_SURNAME = re.compile(r"(?:[^\W\d_]\.){1,2}[^\W\d_][\w'’-]+")


def _initials_of(words: list[str], have: list[str]) -> bool:
    """Whether ``words`` is the name ``have`` with its first names as initials ("д. песков"
    for "дмитрий песков"): the same surname, each initial the first letter of its name."""
    return (
        len(words) == len(have) > 1
        and words[-1] == have[-1]
        and any(len(word) == 2 and word.endswith(".") for word in words[:-1])
        and all(
            word == name or (len(word) == 2 and word.endswith(".") and name.startswith(word[0]))
            for word, name in zip(words[:-1], have[:-1], strict=True)
        )
    )


def _without_particle(word: str) -> str:
    """``Gaddafi`` for ``al-Gaddafi``: a short lower-case particle before a capitalised name."""
    particle, _, rest = word.partition("-")
    if rest and particle.islower() and len(particle) <= 3 and rest[:1].isupper():
        return rest
    return word



def _role_in_relative(mention: Mention, lx) -> bool:
    """Whether a relative clause right after the name gives the person a role of their own
    ("sier Kari Berg, som er oberstløytnant og lærer ved ..."): a title given after the name,
    which the mention's own title does not hold."""
    span = mention.span
    if span is None:
        return False
    doc = span.doc
    at = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if at + 2 >= len(doc) or doc[at].lower_ not in lx.relatives or doc[at + 1].lower_ not in lx.copulas:
        return False
    return any(is_title(doc[t].lower_, lx) for t in range(at + 2, min(at + 5, len(doc))))


def _join_next_named(
    c: _Cluster, persons: list[_Cluster], end: int, where: Callable[[int], bool], title: str, lx
) -> None:
    """Join the role cluster ``c`` to the first person named after token ``end``, when that
    mention stands ``where`` it should, is a full name with no title (nor one a relative clause
    after it gives: "Kari Berg, som er oberstløytnant"), and its person was given no title
    either (a role named before the person: the cataphora rules)."""
    later = sorted(
        (x for o in persons if o is not c for x in o.mentions if x.span is not None),
        key=lambda x: x.span.start,
    )
    first = next((x for x in later if x.span.start >= end), None)
    if (
        first is None
        or first.kind != "named"
        or first.title
        or len(first.name.split()) < 2
        or not where(first.span.start)
        or _role_in_relative(first, lx)
    ):
        return
    target = next(o for o in persons if first in o.mentions)
    if target.titles:
        return
    target.mentions = c.mentions + target.mentions
    target.titles.add(title)
    c.mentions = []


#: the shortest stem a definite ending may leave ("politi-et", not "by-en")
DEFINITE_STEM = 4


def _definite_stems(word: str, lx) -> set[str]:
    """The word without each definite ending it may carry ("guvernøren" -> "guvernør",
    "politiet" -> "politi"), stems of at least ``DEFINITE_STEM`` letters."""
    return {
        word[: -len(ending)]
        for ending in lx.definite_suffixes
        if word.endswith(ending) and len(word) - len(ending) >= DEFINITE_STEM
    }


def _definite_thing(tok, lx) -> bool:
    """A word the morphology marks a definite common noun ("Bedriften", capitalised as its
    sentence opens), neither a body nor a person noun: a tagger's PER on it names no one a
    pronoun could stand for."""
    return (
        tok.pos_ == "NOUN"
        and "Def" in tok.morph.get("Definite")
        and not has_suffix(tok.lower_, lx.org_suffixes)
        and not _person_head(tok.lower_, lx)
    )


def _place_before_name(doc: Doc, lx, place: int) -> bool:
    """Whether token ``place`` is a place written before a person's name, not a part of it
    ("leder i Bergen Kari Nordby", "Forsvarsministeren i Norge Odd Roger Enoksen"): the tagger
    marks it a place and starts the person after it, or it follows a place preposition and
    the next word is a known first name that it is not."""
    nxt = place + 1
    if nxt >= len(doc):
        return False
    if doc[place].ent_type_ in ("GPE", "LOC", "GPE_LOC") and doc[nxt].ent_iob_ == "B":
        return True
    return (
        place > 0
        and doc[place - 1].lower_ in lx.place_preps
        and first_names.gender(doc[nxt].text) is not None
        and first_names.gender(doc[place].text) is None
    )

#: quote marks around an outlet's name ("“Ъ”", "«РБК»")
_QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"', "„"})
#: entity labels of places: a word tagged so is no first name before a surname
_PLACE_LABELS = frozenset({"GPE", "GPE_LOC", "LOC", "FAC"})


def _quoted_ranges(quotes: list) -> list[tuple[int, int]]:
    """The text the quotes' speakers say, as disjoint character ranges: the direct quotes, and
    where a dash quote's words go on in paragraphs of their own until a closing "..., sier
    han" (one speaker object shared by both), everything from the quote to that cue. A person
    named in those paragraphs ("Like etter ringte Israels forsvarsminister Ehud Barak.") is
    talked about, so the closing pronoun does not refer to them."""
    ranges = [
        q.char_range or (q.span.start_char, q.span.end_char) for q in quotes if q.kind == "direct"
    ]
    closing = {
        id(q.speaker): q.cue.start_char
        for q in quotes
        if q.kind == "indirect" and q.speaker is not None and q.speaker.kind == "pronoun"
        and q.cue is not None and q.cue.start_char > q.span.start_char
    }
    for q in quotes:
        if q.kind == "direct" and q.speaker is not None and id(q.speaker) in closing:
            start = (q.char_range or (q.span.start_char, q.span.end_char))[0]
            if start < closing[id(q.speaker)]:
                ranges.append((start, closing[id(q.speaker)]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _reported_by(quotes: list, pronoun: Mention) -> list[tuple[int, int]]:
    """The character ranges of the indirect quotes ``pronoun`` closes ("..., he wrote"): the
    words before its cue are what it says, so no one named in them is who it stands for.

    A cue set in the middle of what it reports ("Officials here are blunt: without more
    interceptors, they say, this winter will be worse") closes nothing: the words before it
    open the sentence whose subject is often the very speaker, so none are returned."""
    if pronoun.span is None:
        return []
    owned = [q for q in quotes if q.kind == "indirect" and q.speaker is pronoun and q.span is not None]
    if any(q.span.start_char >= pronoun.span.end_char for q in owned):
        return []
    return [(q.span.start_char, q.span.end_char) for q in owned if q.span.end_char <= pronoun.span.start_char]


def _outlet_written_before(doc: Doc, lx, span: Span) -> dict[str, tuple[int, int]]:
    """The outlets named, as a word of another phrase too, in the sentence before an outlet
    noun ("Two Reuters journalists were injured ..., the news agency said"), each by its
    token range: the noun's referent when there is just one. A credit in brackets
    ("KYIV (Reuters) -") is the publisher's, never the noun's."""
    lowers = doc_lowers(doc)
    found: dict[str, tuple[int, int]] = {}
    at = span.sent.start
    while at < span.start:
        if not is_cap(doc[at].text) or (at > 0 and doc[at - 1].text == "("):
            at += 1
            continue
        for size in (4, 3, 2, 1):
            end = at + size
            if end <= span.start and " ".join(lowers[at:end]) in lx.outlets:
                found.setdefault(span_text(doc[at:end]).lower(), (at, end))
                at = end - 1
                break
        at += 1
    return found


def _pos(m: Mention) -> int:
    return m.span.start_char if m.span is not None else 1 << 60


#: how far (characters) the relaying outlet may stand after the reporter's name in one
#: sentence: past an apposition and a back-referring cue ("Roman Mrochko, the head of the
#: city's military administration, said this in a Telegram post, Ukrinform reports")
_RELAY_REACH = 160


def _relays(doc: Doc, outlet: _Cluster, reporter: _Cluster) -> bool:
    """``outlet`` is a news outlet named after ``reporter`` in the same sentence ("...
    повідомив X, передає Укрінформ", "сообщил X, передает ТАСС", "X, the head of ..., said
    this on Telegram, Ukrinform reports"): the outlet passes X's report on."""
    if outlet.cls != "media" or reporter.cls == "media" or not 0 <= reporter.last < outlet.last:
        return False
    between = doc_text(doc)[max(reporter.last_end, reporter.last) : outlet.last]
    return len(between) <= _RELAY_REACH and "," in between and not any(c in between for c in ".!?\n")


class Speakers:
    """The pipeline component: it holds only the language's lexicon; each document is read by
    a :class:`_Resolution` of its own, so one pipeline can read documents concurrently."""

    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.lx: Lexicon = lexicon(self.lang)
        self.names = _name_reader_factory(self.lang)
        self.interviews = InterviewReader.for_language(self.lang)
        words = langdata.concern(self.lang, "speakers").get("words", {})
        self.description_preps = DescriptionPreps(
            names=frozenset(w.lower() for w in words.get("description_preps", [])),
            nouns=frozenset(w.lower() for w in words.get("description_noun_preps", [])),
        )
        # "Gov. Oleksandr Prokudin" holds the role "the region's governor" names
        abbreviations = langdata.concern(self.lang, "speakers").get("title_abbreviations", {})
        self.title_forms = {short.lower().strip("."): full.lower() for short, full in abbreviations.items()}
        self.apposed_epithets = frozenset(w.lower() for w in words.get("apposed_epithets", []))
        # "who asked not to be named": the first name given next is the person described
        self.withheld_cues = cue_pattern(words.get("withheld_name_cues", []))

    def __call__(self, doc: Doc) -> Doc:
        resolution = _Resolution(
            self.lx,
            self.names(),
            self.interviews,
            self.description_preps,
            self.title_forms,
            self.apposed_epithets,
            self.withheld_cues,
        )
        return resolution.resolve(doc)


def _name_reader_factory(code: str):
    """A maker of per-document name readers: names in an inflecting language (``morphology``
    in its ``_meta.toml``) are read in the nominative ("Зеленского" -> "Зеленский"), so the
    forms of one name cluster; other languages keep names as written."""
    backend = langdata.load(code)["_meta"].get("morphology")
    if not backend:
        return lambda: None
    from ..lang.morph import NameReader, for_language

    analyser = for_language(code, backend)
    endings = langdata.concern(code, "entities").get("masculine_surname_endings", {})
    media = langdata.concern(code, "speakers").get("media", {}).get("outlets", [])
    outlets = {o.lower(): o for o in media if len(o.split()) == 1}
    short_forms = langdata.concern(code, "entities").get("short_forms", {})
    return lambda: NameReader(analyser, endings, outlets, short_forms)


class _Resolution:
    """Clusters the mentions of one document; its attributes are that document's state."""

    def __init__(
        self,
        lx: Lexicon,
        names=None,
        interviews: InterviewReader | None = None,
        description_preps: DescriptionPreps | None = None,
        title_forms: dict[str, str] | None = None,
        apposed_epithets: frozenset[str] | None = None,
        withheld_cues: re.Pattern[str] | None = None,
    ):
        self.lx = lx
        self._names = names
        self._interviews = interviews
        self._description_preps = description_preps or DescriptionPreps()
        self._title_forms = title_forms or {}
        self._apposed_epithets = apposed_epithets or frozenset()
        self._withheld_cues = withheld_cues

    def _alias_in(self, m: Mention) -> str | None:
        """The call sign or alias a description gives ("з позивним «Шульц»")."""
        if m.span is None:
            return None
        # the alias may follow the phrase read as the speaker ("военнослужащий | с позывным
        # «Маэстро»")
        doc = m.span.doc
        end = m.span.end
        while end < len(doc) and end < m.span.end + 5 and not doc[end].is_sent_start:
            if doc[end].text in (",", ".", ";", ":", "—", "–"):
                break
            end += 1
        words = [t for t in doc[m.span.start : end] if t.text not in ("«", "»", "„", "“", "”", '"')]
        lows = [t.lower_ for t in words]
        for seq in self.lx.aliases:
            n = len(seq)
            for at in range(len(lows) - n):
                if tuple(lows[at : at + n]) == seq and is_cap(words[at + n].text):
                    return words[at + n].text
        return None

    def _nominative(self, m: Mention) -> None:
        if self._names is None or not m.name:
            return
        if m.kind == "named":
            # "за словами | керівника ОВА Олександра Прокудіна": after a word that governs the
            # genitive the name is in it, whatever else its endings could be
            governed = (
                m.span is not None
                and m.span.start > 0
                and m.span.doc[m.span.start - 1].lower_ in self.lx.genitive_governors
            )
            m.name = self._names.nominative(m.name, oblique=governed)
            if _is_outlet(m.name, self.lx):
                # "передає кореспондент Укрінформу": the outlet after a role noun is no person,
                # so "сказав він" in the next paragraph never takes it for its antecedent
                m.kind, m.entity_type = "organisation", "ORG"
        elif (
            m.kind == "descriptive"
            or (
                # "Офіцер 3-ї штурмової бригади з позивним «Лис»": a person of a unit, read as
                # the unit by its organisation word
                m.kind == "organisation"
                and m.span is not None
                and self.lx.anaphors.get(m.span[0].lower_) == "person"
            )
        ) and (alias := self._alias_in(m)) is not None:
            # "Побратим з позивним «Шульц»": the call sign is the name the text gives
            m.kind, m.name, m.entity_type = "named", alias, "PER"
        elif (
            m.kind == "descriptive"
            or (m.kind == "organisation" and m.name.split()[0].lower() in self.lx.titles)
        ) and (person := self._names.person_in(m.name)) is not None:
            # "Посол України ... Валерій Залужний у колонці для видання The Telegraph"
            m.kind, m.name, m.entity_type = "named", person, "PER"
        elif m.kind in ("organisation", "descriptive") and (crew := self._crew_body(m)):
            # "хлопці з allgamesdelta повідомили": the team's outlet speaks
            m.kind, m.entity_type = "organisation", "ORG"
            m.name = self._names.organisation(crew, genitive=True)
        elif m.kind in ("organisation", "descriptive") and (body := self._members_body(m)):
            # "Аналітики Інституту вивчення війни (ISW) вважають": the body speaks
            m.kind, m.entity_type = "organisation", "ORG"
            m.name = self._names.organisation(body, genitive=True)
        elif m.kind in ("organisation", "descriptive"):
            if len(m.name.split()) == 1 and self.lx.anaphors.get(m.name.lower()) == "person":
                # "Губернатор эту информацию опроверг": a capitalised role noun opening the
                # sentence is a person described, not an organisation
                m.kind = "descriptive"
            if m.title and m.span is not None and _in_name_marks(m.name, m.span.text):
                # 'пресс-службе "Россети Центр"': a name in quote marks after the noun that
                # says what it is stays in the nominative ("«Роснефти»" alone is declined)
                return
            located = (
                m.span is not None
                and m.span.start > 0
                and m.span.doc[m.span.start - 1].lower_ in self.lx.locative_sources
            )
            governed = (
                m.span is not None
                and m.span.start > 0
                and (
                    m.span.doc[m.span.start - 1].lower_ in self.lx.genitive_governors
                    # "в сообщении | Министерства обороны России": the issuer after a medium
                    # noun is in the genitive too (ru, uk)
                    or (
                        self.lx.genitive_issuer
                        and m.span.doc[m.span.start - 1].lower_ in self.lx.medium_nouns
                    )
                )
            )
            m.name = self._names.organisation(m.name, after_locative=located, genitive=governed)
            if m.kind == "organisation" and m.span is not None:
                # "За даними Генштабу" after "зведенні Генерального штабу ЗСУ": one body
                m.name = self._names.full_form(m.name, self._tokens(m.span.doc)) or m.name

    def _members_again(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """A bare members noun ("Аналітики зазначають", "Эксперты считают") after a body was
        named: that body's people speak as the body, as "Аналітики Інституту вивчення війни"
        does (Russian and Ukrainian, which have no article to say which analysts)."""
        if self._names is None or m.span is None or len(m.span) != 1:
            return None
        if m.span[0].lower_ not in self.lx.body_members:
            return None
        at = _pos(m)
        # (ISW is listed with the outlets; its analysts are still its analysts)
        bodies = [c for c in clusters if c.kind == "organisation" and 0 <= c.last < at]
        return max(bodies, key=lambda c: c.last) if bodies else None

    def _crew_body(self, m: Mention) -> str | None:
        """The outlet or body a team named by an informal word works for ("хлопці з
        allgamesdelta", "колеги з BBC"): the name after the preposition, within the phrase
        or right after it, capitalised or in Latin letters; never a place ("хлопці з
        Харкова" are people from there); None for any other phrase."""
        if m.span is None or m.span[0].lower_ not in self.lx.crew_nouns:
            return None
        doc = m.span.doc
        at = m.span.start + 1
        if at >= len(doc) or doc[at].lower_ not in self.lx.crew_preps:
            return None
        end = at + 1
        while (
            end < len(doc)
            and end - at <= 3
            and doc[end].is_alpha
            and (is_cap(doc[end].text) or doc[end].text.isascii())
            and doc[end].ent_type_ not in _PLACE_LABELS
        ):
            end += 1
        return span_text(doc[at + 1 : end]) if end > at + 1 else None

    def _members_body(self, m: Mention) -> str | None:
        """The body whose members speak ("аналітики | Інституту вивчення війни (ISW)",
        "эксперты | ISW"): the capitalised name after a ``body_members`` noun, without the
        acronym in brackets after it; None for any other phrase."""
        words = m.name.split()
        if len(words) < 2 or words[0].lower() not in self.lx.body_members or not is_cap(words[1]):
            return None
        body = " ".join(words[1:])
        return re.sub(r"\s*\([^()]*\)\s*$", "", body) or None

    def _source_place(self, doc: Doc, m: Mention) -> None:
        """"Співрозмовник LB.ua у військовому командуванні", "Источник “Ъ” в региональном
        правительстве": the place after an anonymous source, in the locative, is part of
        the only name the text gives it (Russian and Ukrainian)."""
        if self._names is None or m.span is None or m.kind not in ("descriptive", "organisation"):
            return
        head = m.span[0]
        if head.like_num or self._names.is_numeral(head.lower_):
            # "два джерела в розвідці": the source noun after its number
            head = m.span[1] if len(m.span) > 1 else head
        if self._names.lemma(head.lower_) not in self.lx.source_nouns:
            return
        if m.span[-1].i > head.i and any(t.text == "," for t in m.span):
            m.name = self._names.described(m.name)  # read with its participle phrase already
            return
        end = m.span.end
        at = end
        # the outlet the source spoke to, if the phrase left it out ("“Ъ”")
        while at < len(doc) and at - end < 3 and (
            doc[at].text in _QUOTE_MARKS or (is_cap(doc[at].text) and doc[at].is_alpha)
        ):
            at += 1
        if at + 2 < len(doc) and doc[at].text == "," and self._names.is_adjective(doc[at + 1].text):
            # "источник, знакомый с ходом переговоров": the participle phrase describing an
            # anonymous source, to the next comma, is the only name it has
            stop = at + 1
            while stop < len(doc) and stop - at <= 7 and not doc[stop].is_punct:
                stop += 1
            if stop - at <= 7 and doc[stop].is_punct:
                m.name = f"{m.name}{doc[end - 1].whitespace_}{span_text(doc[end:stop])}"
            if ", " in m.name:
                m.name = self._names.described(m.name)
            return
        if at + 1 >= len(doc) or doc[at].lower_ not in self.lx.locative_sources:
            return
        stop = at + 1
        while stop < len(doc) and stop - at <= 3 and doc[stop].is_alpha:
            word = doc[stop].text
            if not (is_cap(word) or (word.islower() and self._names.is_locative(word))):
                break
            stop += 1  # "в региональном правительстве", "в українському Генштабі", "в СБУ"
        if stop == at + 1 or (stop < len(doc) and doc[stop].is_alpha and is_cap(doc[stop].text)):
            return  # no place, or a longer name than the words read: not cut short
        # as the text spaces it: "собеседник “Ъ” в отрасли", not "“Ъ ”" when the phrase read
        # stopped before the closing mark
        m.name = f"{m.name}{doc[end - 1].whitespace_}{span_text(doc[end:stop])}"

    def resolve(self, doc: Doc) -> Doc:
        mentions = get_list(doc, "st_mentions")
        clusters: list[_Cluster] = []
        quoted = _quoted_ranges(doc._.st_quotes or [])
        # per document, read once: paragraphs (start, end, role), entities, quote starts
        self._paras = [(p.start, p.end, paragraph_role(p)) for p in (doc._.st_paragraphs or [])] or [
            (0, len(doc), "body")
        ]
        self._para_starts = [p[0] for p in self._paras]  # bisected for every pronoun and mention
        self._ents = [
            e for e in doc.ents if e.label_ in PER_LABELS or e.label_ in ("ORG", "ORGANIZATION")
        ]
        self._ent_starts = [e.start for e in self._ents]  # doc.ents are in text order
        self._quoted = quoted
        self._quote_starts = [a for a, _ in quoted]
        self._where: dict[str, list[int]] | None = None
        self._person_words: set[str] = set()  # words of the people named so far
        for m in mentions:
            self._normalise(doc, m)
        for m in sorted(mentions, key=_pos):
            self._nominative(m)
            self._source_place(doc, m)
        of: dict[int, _Cluster] = {}  # id(mention) -> its cluster, as they are joined
        at_span: dict[tuple[int, int], _Cluster] = {}  # one phrase read twice is one referent
        turns = self._interviews.read(doc) if self._interviews is not None else None
        for m in sorted(mentions, key=_pos):
            key = (m.span.start, m.span.end) if m.span is not None else None
            target = at_span.get(key) if key is not None else None
            if target is None:
                target = self._issuer(doc, m, of)
            if target is None and (pair := self._named_pair(doc, m)) is not None:
                # "Sylfest Lomheim og Frank Rossavik ... Begge mente ...": both speak
                m.name = pair
                target = next((c for c in reversed(clusters) if c.name == pair), None)
                if target is None:
                    target = _Cluster(len(clusters), m.kind, "person", "pl", pair, -1)
                    clusters.append(target)
            if target is None and self._first_person(m):
                target = (
                    self._interviewee(m, clusters, turns)
                    or self._talking(doc, m, of)
                    or self._post_author(doc, m, clusters)
                )
            if target is not None:
                pass
            elif (holder := self._nickname_holder(doc, m)) is not None:
                # 'sier «BP» til VG' after "Bjørn Petter Ingebretsen": the initials he goes by
                m.name, m.kind, m.entity_type = holder.name, holder.kind, holder.entity_type
                target = self._same_name(m, clusters)
            elif m.kind == "pronoun" and self._writer(doc, m):
                # "Vi spør om ...": the outlet that publishes the text asks
                m.name, m.kind, m.entity_type = doc._.st_outlet, "organisation", "ORG"
                target = self._same_org(m, clusters)
            elif m.kind == "pronoun":
                target = self._antecedent(doc, m, clusters, quoted, mentions)
            elif m.kind == "named" and (parts := self._joint_parts(m.name)):
                # "hevder Steinnes og Treider at": two people speak together, each by the
                # fullest name the text gives; the pair is a referent of its own
                m.name = self._joint_name(doc, m, parts, clusters)
                target = next((c for c in reversed(clusters) if c.name == m.name), None)
                if target is None:
                    target = _Cluster(len(clusters), m.kind, "person", "pl", m.name, -1)
                    clusters.append(target)
            elif m.kind == "named":
                target = self._same_name(m, clusters)
                if target is None and self._epithet(m):
                    target = self._last_named_person(m, clusters)
            elif m.kind == "organisation" and (person := self._person_called(m, clusters)):
                # a tagger's ORG on the name of a person read already ("forteller moren
                # Alona" ... "sier Alona"): the person
                m.name, m.kind, m.entity_type = person.name, "named", "PER"
                target = person
            elif m.kind == "organisation":
                target = (
                    self._same_org(m, clusters)
                    or self._members_again(m, clusters)
                    or self._definite(m, clusters)
                    or self._role_in_body(m, clusters)
                    or self._introduced_holder(doc, m, clusters, mentions)
                    or self._source_read_as_body(m, clusters)
                    or self._platform_outlet_noun(m, clusters)
                    or self._outlet_introduced(doc, m, clusters, mentions)
                )
            elif self._described_source(m):
                # "Источник “Ъ” в региональном правительстве": a source of its own, the same
                # only as a source described the same way
                target = next(
                    (c for c in reversed(clusters) if c.kind == m.kind and c.name == m.name), None
                ) or self._sources_again(m, clusters, told=self._told_outlet_only(m))
            elif self._document(m):
                # "a statement", "the report" with no issuer named: the guide's "the statement
                # -> whoever issued it", the body or person who spoke last; "the Russian
                # statement": the last of that country's who spoke, else no one
                target = self._spoke_last(m, clusters, nation=_nationality(m))
            else:
                target = self._described(doc, m, clusters, quoted, mentions)
                if (
                    target is None
                    and self._definite_person(m)
                    and not self._owned_kin(doc, m)
                    # "Statsministeren uttrykker ...": an office names its holder, never the
                    # columnist named last
                    and not self._office_noun(m)
                ):
                    # "the 41-year-old former schoolteacher" after "Oleksandr Hnatiuk": an
                    # epithet for someone named before, never for a group or a description
                    target = self._antecedent(doc, m, clusters, quoted, mentions)
                    if target is not None and (
                        target.kind != "named" or self._other_title(m, target)
                    ):
                        target = None
            if target is None and self._bare_medium(m):
                # "..., heter det i reportasjen" with no quote from that medium before: the
                # guide's "the statement -> whoever issued it", the body that spoke or was
                # named last
                target = self._last_body(doc, m, clusters, mentions)
                if target is None and self._names is not None:
                    # "«…», — говорится в сообщении." with no one named before: a document
                    # never speaks (the guide), and who issued it the text does not say
                    m.name, m.kind = UNKNOWN_ISSUER, "unknown"
            if target is None and m.kind == "descriptive":
                self._partitive(m, clusters)
            if target is None and m.kind == "named":
                full = self._fuller_name(doc, m)
                if full:
                    m.name = full
                    self._nominative(m)
                    target = self._same_name(m, clusters)
            elif (
                target is None
                and m.kind == "organisation"
                and len(m.text.split()) == 1
                and is_cap(m.text)
                and not m.text.isupper()
                and not has_suffix(m.text.lower(), self.lx.org_suffixes)
                and not _is_outlet(m.text, self.lx)
                and (full := self._fuller_name(doc, m))
            ):
                # a tagger's ORG on a surname the text gives in full before ("Pavel Gubin")
                m.name, m.kind, m.entity_type = full, "named", "PER"
                target = self._same_name(m, clusters)
            elif target is None and m.kind in ("organisation", "descriptive") and (
                body := self._body_by_lemma(m, clusters) or self._compound_body(doc, m, clusters, mentions)
            ):
                target = body
            elif target is None and m.kind in ("organisation", "descriptive"):
                full = self._fuller_org(doc, m)
                if full:
                    m.name, m.kind = full, "organisation"
                    if self._names is not None:
                        m.name = self._names.organisation(full)
                    target = self._same_org(m, clusters)
            if target is None:
                cls, number = mention_class(self.lx, m)
                target = _Cluster(len(clusters), m.kind, cls, number, m.name, -1)
                clusters.append(target)
            outside = m.span is not None and not self._in_quote(m.span.start_char)
            self._join(target, m, outside)
            of[id(m)] = target
            if key is not None:
                at_span.setdefault(key, target)
        self._talking_later(doc, clusters, of)
        self._pronoun_opening(doc, clusters, of)
        self._cataphora(doc, clusters)
        self._role_named_later(clusters)
        self._epithet_named_later(doc, clusters)
        self._withheld_name_given(doc, clusters)
        self._body_named_in_full(doc, clusters)
        self._described_in_full(doc, clusters)
        for c in clusters:
            spelt = self._spelt_out(doc, c.name) if c.kind in ("organisation", "named") else None
            if spelt:
                # "The Sunni AMS" (read as a name) is the body spelt out elsewhere
                c.name, c.kind = spelt, "organisation"
            elif c.kind == "organisation":
                c.name = self._full_org_name(doc, c.name)
        if self._names is not None:
            self._full_forms(doc, clusters)
        else:
            self._middle_names(doc, clusters)
        for c in clusters:
            lead = next((x for x in c.mentions if x.kind == c.kind and x.kind != "pronoun"), None)
            for m in c.mentions:
                m.cluster = c.id
                m.name = c.name
                if m.kind == "pronoun" and lead is not None:
                    m.antecedent = lead
        return doc

    def _named_pair(self, doc: Doc, m: Mention) -> str | None:
        """The two names joined by "og"/"and" last before a pair word ("Begge", "both") in its
        own paragraph or the one before: "Sylfest Lomheim og Frank Rossavik"; None when the
        mention is no pair word or no two names stand joined there."""
        if m.span is None or m.text.lower() not in self.lx.pair_words:
            return None
        upto = bisect_right(self._para_starts, m.span.start)
        lo = self._paras[max(upto - 2, 0)][0] if self._paras else 0
        named = [
            e for e in self._ents if e.label_ in PER_LABELS and lo <= e.start and e.end <= m.span.start
        ]
        for first, second in reversed(list(zip(named, named[1:], strict=False))):
            if second.start == first.end + 1 and doc[first.end].lower_ in self.lx.and_words:
                return span_text(doc[first.start : second.end])
        return None

    def _new_referent(
        self, m: Mention, clusters: list[_Cluster], kind: tuple[str, str] | None = None
    ) -> _Cluster:
        """A referent of its own for a mention found in the text (not read as a speaker): a
        new cluster, joined by ``m``; ``kind`` is its (class, number) when already known."""
        cls, number = kind or mention_class(self.lx, m)
        made = _Cluster(len(clusters), m.kind, cls, number, m.name, -1)
        clusters.append(made)
        self._join(made, m)
        return made

    def _bare_medium(self, m: Mention) -> bool:
        """A definite medium noun on its own as speaker ("reportasjen", "utsegnet", "the
        statement"): a document, which speaks for whoever issued it."""
        if m.kind != "descriptive" or m.span is None:
            return False
        words = [t.lower_ for t in m.span]
        if len(words) == 2 and words[0] in self.lx.definite_determiners:
            words = words[1:]
        return len(words) == 1 and words[0] in self.lx.medium_nouns

    def _spoke_last(
        self, m: Mention, clusters: list[_Cluster], nation: str | None = None
    ) -> _Cluster | None:
        """The body or named person who spoke last before ``m``: who issued a document with no
        issuer named (the guide's "the statement -> whoever issued it"). An outlet that only
        relays the report in the same sentence ("Про це повідомила пресслужба ОВА, передає
        Укрінформ") issued nothing: the one it relays did. With ``nation`` (the document's
        nationality word: "the Ukrainian report") only a speaker named after that country
        issued it."""
        spoke = [
            c
            for c in sorted(clusters, key=lambda c: c.last, reverse=True)
            if 0 <= c.last <= _pos(m)
            and c.kind != "pronoun"
            and c.cls in ("person", "organisation", "media")
            and not (c.kind == "descriptive" and c.cls == "person")
            and (nation is None or _of_nation(c.name, nation))
        ]
        if len(spoke) > 1 and m.span is not None and _relays(m.span.doc, spoke[0], spoke[1]):
            return spoke[1]
        return spoke[0] if spoke else None

    def _reporter_in_text(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """Who issued a document ("- йдеться у повідомленні") when no one was quoted before it:
        the person named after the last reporting verb outside quotes ("Про це повідомив у
        телеграм-каналі голова ОВА X." right after the headline, which quotes nothing). Russian
        and Ukrainian only (languages with a name reader): their lead credits the speaker in a
        sentence of its own."""
        if self._names is None or m.span is None:
            return None
        for ent in reversed(self._ents):
            if ent.label_ not in PER_LABELS or ent.end > m.span.start or len(ent) < 2:
                continue
            if self._in_quote(ent.start_char):
                continue
            if not any(t.lower_ in self.lx.cue_verbs for t in doc[ent.sent.start : ent.start]):
                continue
            found = make_mention(doc, self.lx, ent.start, ent.end)
            if found is None or found.kind != "named":
                continue
            self._nominative(found)
            mentions.append(found)
            return self._same_name(found, clusters) or self._new_referent(
                found, clusters, ("person", "sg")
            )
        return None

    def _last_body(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """Who issued a document nobody was quoted from: whoever spoke last before ``m``, else
        the person a reporting verb named before it ("Про це повідомив голова ОВА X."), else
        the last organisation the text names before it (an entity)."""
        assert m.span is not None
        spoke = self._spoke_last(m, clusters) or self._reporter_in_text(doc, m, clusters, mentions)
        if spoke is not None:
            return spoke
        named = [e for e in self._ents if e.end <= m.span.start and e.label_ not in PER_LABELS]
        if not named:
            return None
        cand = make_mention(doc, self.lx, named[-1].start, named[-1].end)
        if cand is None or cand.kind not in ("organisation", "named"):
            return None
        cand.kind, cand.entity_type = "organisation", "ORG"
        return self._same_org(cand, clusters) or self._new_referent(cand, clusters)

    def _document(self, m: Mention) -> bool:
        """A description headed by a document noun ("a statement posted on Telegram", "The
        report"): the speaker is whoever issued it (see :func:`.cues.document_issuer`)."""
        if m.kind != "descriptive" or m.span is None or not self.lx.documents:
            return False
        words = [t.lower_ for t in m.span]
        if len(words) < 2 or words[0] not in self.lx.determiners:
            return False
        if words[1] in self.lx.documents:
            return True
        # "A leaked internal letter seen by Sky News": adjectives before the document noun
        # (languages whose parse tags them opt in)
        # "The Ukrainian report": a nationality is an adjective there too
        return self.lx.document_modifiers and any(
            m.span[n].lower_ in self.lx.documents
            and all(t.pos_ in ("ADJ", "VERB") and (t.is_lower or t.pos_ == "ADJ") for t in m.span[1:n])
            for n in range(2, min(len(words), 5))
        )

    def _first_person(self, m: Mention) -> bool:
        return m.span is not None and len(m.span) == 1 and m.span[0].lower_ in self.lx.first_person

    def _interviewee(
        self, m: Mention, clusters: list[_Cluster], turns: InterviewTurns | None
    ) -> _Cluster | None:
        """Who says "I" in an interview's answer, outside quote marks ("..., and I say, 'Hey
        John'"): the interviewee, whose turn the answer is (Wikinews interviews set answers
        without marks or names). Before the first question too: an interview may open with a
        prompt made as a statement and its answer, and its introduction speaks of the
        interviewee in the third person. None outside an interview or inside a quote, where
        "I" is whoever the quote's speaker is."""
        if turns is None or m.span is None:
            return None
        at = m.span.start_char
        opening = turns.opening[0] <= at < turns.opening[1]
        if not (turns.answers_at(at) or opening) or self._in_quote(at):
            return None
        person = turns.person
        who = Mention(span=person, name=person.text, kind="named", entity_type="PER")
        return self._same_name(who, clusters) or self._new_referent(who, clusters)

    def _talking(self, doc: Doc, m: Mention, of: dict[int, _Cluster]) -> _Cluster | None:
        """Who says "jeg" here: the speaker of the last direct quote before it that someone
        other than an "I" was found to say ("- Jeg skal ta lærdom av dette. Det tror jeg også
        de andre vil gjøre." after "..., sier Hulsker")."""
        assert m.span is not None
        at = m.span.start_char
        best: tuple[int, _Cluster] | None = None
        for q in doc._.st_quotes or []:
            start = (q.char_range or (q.span.start_char, q.span.end_char))[0]
            said = q.speaker
            if q.kind != "direct" or start > at or said is None or said is m:
                continue
            if self._first_person(said) or id(said) not in of or said.kind == "organisation":
                continue  # an outlet asking the questions is no "I" of the answers
            if of[id(said)].number == "pl":
                continue  # "they say, '...'" then "I say": a group is no one's "I"
            if best is None or start > best[0]:
                best = (start, of[id(said)])
        return best[1] if best is not None else None

    def _post_author(self, doc: Doc, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """Who says "я" in the narration of a post whose first line is only a person's name
        (a Telegram channel named after the official who writes it: "Олег Коваленко" /
        "..., — наголосив я на нараді"): that person. Russian and Ukrainian only (their
        morphology reads the name); None inside a quote or without such a first line."""
        if self._names is None or m.span is None or self._in_quote(m.span.start_char):
            return None
        first = next(((a, end) for a, end, role in self._paras if role != "boilerplate"), None)
        if first is None or first[0] >= m.span.start:
            return None
        line = doc[first[0] : first[1]]
        words = [t for t in line if not (t.is_space or t.is_punct)]
        if not 2 <= len(words) <= 3 or not all(t.ent_type_ in PER_LABELS for t in words):
            return None
        who = Mention(span=doc[words[0].i : words[-1].i + 1], name=span_text(doc[words[0].i : words[-1].i + 1]), kind="named", entity_type="PER")
        return self._same_name(who, clusters) or self._new_referent(who, clusters)

    def _person_called(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """The person read already whose name holds the one capitalised word ``m`` is (an
        entity tagger's ORG on a first name), if ``m`` is no body or outlet by its form."""
        word = m.text
        if (
            len(word.split()) != 1
            # "al-Rashid" after "Ahmed al-Rashid": a particle joined to the surname
            or not (is_cap(word) or particle_name(word))
            or word.isupper()
            or has_suffix(word.lower(), self.lx.org_suffixes)
            or _is_outlet(word, self.lx)
        ):
            return None
        return next(
            (
                c
                for c in reversed(clusters)
                if c.kind == "named" and c.cls == "person" and word in c.name.split()
            ),
            None,
        )

    def _writer(self, doc: Doc, m: Mention) -> bool:
        """Whether ``m`` is the writer's "we" outside any quote, with the outlet known."""
        return (
            bool(doc._.st_outlet)
            and m.span is not None
            and m.text.lower() in self.lx.writer_pronouns
            and not self._in_quote(m.span.start_char)
        )

    def _talking_later(self, doc: Doc, clusters: list[_Cluster], of: dict[int, _Cluster]) -> None:
        """An "I" read before its quote's speaker was ("- Jeg tror ... \n\n Jeg synes det
        er ubehagelig, ..." where the person is named further down): once every mention has
        its cluster, the "I" joins the speaker of the direct quote before it."""
        for c in clusters:
            if (
                not c.mentions
                or c.name.lower() not in self.lx.first_person  # an "I" someone was found for
                or not all(self._first_person(m) for m in c.mentions)
            ):
                continue
            target = self._talking(doc, c.mentions[0], of)
            if target is None or target is c:
                continue
            for m in c.mentions:
                self._join(target, m, False)
                of[id(m)] = target
            c.mentions = []

    def _pronoun_opening(self, doc: Doc, clusters: list[_Cluster], of: dict[int, _Cluster]) -> None:
        """A "han"/"hun" that speaks before the text names anyone ("Jeg har laget en sang,
        sier han." opening a part cut from a longer feature): the person the text goes on
        to have speak most, of a fitting gender; left alone when a person is named before it
        (then the pronoun step had its candidates) or no one fits."""
        people = [e for e in self._ents if e.label_ in PER_LABELS]
        for c in clusters:
            if not c.mentions or c.kind != "pronoun" or c.number != "sg":
                continue
            first = min((m for m in c.mentions if m.span is not None), key=_pos, default=None)
            if first is None or not self.lx.pronouns.get(first.text.lower(), {}).get("gender"):
                continue  # "han", "hun": a third person; "jeg", "vi" have readings of their own
            if any(e.start_char < first.span.start_char for e in people):
                continue
            named = [
                n
                for n in clusters
                if n.kind == "named" and n.cls == "person" and n.mentions and self._same_gender(first, n)
            ]
            if not named:
                continue
            target = max(named, key=lambda n: (len(n.mentions), -n.id))
            for m in c.mentions:
                self._join(target, m, False)
                of[id(m)] = target
            c.mentions = []

    def _tokens(self, doc: Doc) -> list[str]:
        """The document's token texts, read once per document from its ``ORTH`` column
        (:func:`token_texts`; not to be changed by the caller)."""
        return token_texts(doc)

    def _full_forms(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """A body called by its short form ("Генштаб", "СБУ") takes the full name the text
        gives it ("Генерального штабу ЗСУ" -> Генеральний штаб ЗСУ), and the clusters that end
        with one name are one referent (languages with a name reader, whose ``entities.toml``
        lists ``short_forms``)."""
        words = self._tokens(doc)
        first: dict[str, int] = {}
        for c in clusters:
            if c.kind != "organisation":
                continue
            full = self._names.full_form(c.name, words) or self._fuller_head(c, clusters)
            if full:
                c.name = full
            c.id = first.setdefault(c.name, c.id)

    def _fuller_head(self, c: _Cluster, clusters: list[_Cluster]) -> str | None:
        """The one fuller name the text gives a body it also calls by its head word alone
        ("Поліція прокоментувала ..." before "Про це повідомляє поліція Сумської області"):
        the guide's fullest name. None when the word is no body's head or when two bodies
        share it ("поліція Києва", "поліція Одеси")."""
        if len(c.name.split()) != 1 or not has_suffix(c.name.lower(), self.lx.org_suffixes):
            return None
        head = c.name.lower() + " "
        fuller = {
            o.name
            for o in clusters
            if o is not c and o.kind in ("organisation", "descriptive") and o.name.lower().startswith(head)
        }
        return fuller.pop() if len(fuller) == 1 else None

    def _middle_names(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """A person the text also names with a middle name takes that fullest form ("Tor
        Bertelsen" -> "Tor Holger Bertelsen", written elsewhere as a name the NER finds): same
        first name, same surname, more between (languages without a name reader; Russian and
        Ukrainian names are read in the nominative by :meth:`_full_forms`)."""
        # a person's name opens with a proper noun ("Flyktningen Muhammed" is a role and a name);
        # each name's words, with the first text written for them
        persons: dict[tuple[str, ...], str] = {}
        for e in doc.ents:
            if e.label_ in PER_LABELS and len(e) >= 2 and e[0].pos_ in ("PROPN", ""):
                # the name as a speaker phrase reads it: "Soldaten Viktor" is a role and a name
                read = make_mention(doc, self.lx, e.start, e.end)
                name = read.name if read is not None and read.kind == "named" else span_text(e)
                if len(name.split()) >= 2:
                    persons.setdefault(name_words(name), name)
        for c in clusters:
            if c.kind != "named" or c.cls != "person":
                continue
            have = list(c.name_key())
            if len(have) == 1:
                # a lone first name or surname ("sier Elsa") whose only fuller form in the text
                # is one person ("datteren Elsa Aarokol Lofthus (5)")
                found = [words for words in persons if have[0] in (words[0], words[-1])]
                if len(found) == 1:
                    c.name = persons[found[0]]
                continue
            longer = [
                words for words in persons
                if len(words) > len(have) and words[0] == have[0] and words[-1] == have[-1]
                and _sub(have, list(words))
            ]
            if longer:
                c.name = persons[max(longer, key=len)]

    def _in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside a direct quote of this document."""
        i = bisect_right(self._quote_starts, char) - 1
        return i >= 0 and char < self._quoted[i][1]

    def _normalise(self, doc: Doc, m: Mention) -> None:
        """Read every mention's span with the same rules, whoever made it: the name apart from
        the title ("Kreml-talsmann Dmitrij Peskov" -> "Dmitrij Peskov"), organisations named
        with an organisation word ("nettavisa Vjorstka")."""
        if m.span is None or m.kind not in ("named", "organisation", "descriptive"):
            return
        if (
            m.kind == "descriptive"
            and len(m.span) == 1
            and _INITIALS_SURNAME.fullmatch(m.text)
            and m.text[0].isupper()
            and m.text.rsplit(".", 1)[1][:1].isupper()
        ):
            m.kind, m.entity_type = "named", "PER"  # "— сказал Д.Песков": one token, a name
            return
        if m.kind == "descriptive" and m.span[0].lower_ in self.lx.source_noun_forms:
            return  # "источника ASTRA": an anonymous source, not the outlet it spoke to
        fresh = make_mention(doc, self.lx, m.span.start, m.span.end)
        if fresh is None:
            if m.kind == "named":
                m.kind = "unknown"  # no name in it ("According")
            return
        if fresh.kind in ("descriptive", "organisation") and self._issuer_in_front(doc, m):
            return
        if (
            m.kind == "organisation"
            and fresh.kind == "named"
            and self._names is not None
            and m.span[0].is_lower
            and has_suffix(m.span[0].lower_, self.lx.org_suffixes)
        ):
            return  # "лікарні імені Мечникова": a body named after a person is still the body
        if fresh.kind not in ("named", "organisation"):
            if (
                m.kind == "named"
                and fresh.kind == "descriptive"
                and not any(is_cap(t.text) for t in m.span[1:])
            ):
                m.kind, m.name = "descriptive", fresh.name  # no name in it after all
            return
        if m.kind in ("organisation", "named") and any(
            fresh.name == m.name + ending for ending in self.lx.genitive_endings
        ):
            return  # the possessor read as the body it is ("Politiets undersøkelse" -> Politiet)
        if m.kind in ("named", "descriptive") or fresh.kind == "named":
            m.kind, m.name = fresh.kind, fresh.name
            m.title = m.title or fresh.title
        elif (
            self._names is not None
            and fresh.kind == "organisation"
            and m.name.count("«") > m.name.count("»")
        ):
            # 'Телеграм-канал «Псковская губерния': a phrase cut before its closing mark; the
            # name in the marks, the noun before them its title
            m.name, m.title = fresh.name, m.title or fresh.title
        if m.kind == "named":
            m.name = self._without_genitive(doc, m.name)
            if not m.title:
                # "Ukrainas president Volodymyr Zelensky bekrefter": a phrase read without its
                # title still holds it, so that "presidenten" later finds the right president
                m.title = self._role_before(doc, m.span.start)

    def _issuer_in_front(self, doc: Doc, m: Mention) -> bool:
        """A document or data as speaker, its issuer named in front of it: "a Ukrainian
        military statement said" is the Ukrainian military's, "according to latest UN figures"
        the UN's (the guide: a speaker is never a document). The issuer runs from the first
        capitalised word to the noun, through organisation words ("military"); a document
        with no name in front ("a leaked internal letter") stays as it is. Sets the mention to
        the issuer and says whether it did."""
        lx = self.lx
        assert m.span is not None
        if not lx.issuer_before_document or len(m.span) < 2:
            return False
        end = m.span.end
        head = doc[end - 1].lower_
        if not doc[end - 1].is_lower or (head not in lx.data_nouns and head not in lx.medium_nouns):
            return False  # a name ending in such a word is a name: "The Washington Post"
        if end - 2 >= m.span.start and f"{doc[end - 2].lower_} {head}" in lx.medium_nouns:
            end -= 1  # "a Kremlin press release": the medium is two words
        start = next(
            (
                t
                for t in range(m.span.start, end - 1)
                if is_cap(doc[t].text) and doc[t].is_alpha and doc[t].lower_ not in lx.determiners
            ),
            None,
        )
        if start is None:
            return False
        stop = start + 1
        while stop < end - 1 and (
            (is_cap(doc[stop].text) and doc[stop].is_alpha)
            or has_suffix(doc[stop].lower_, lx.org_suffixes)
        ):
            stop += 1
        if stop != end - 1:
            return False  # "the UN's latest figures", "a BBC News report on ...": not only names
        if stop - start == 1 and doc[start].pos_ == "ADJ":
            # "The Ukrainian report said": a nationality alone names no issuer (a people issues
            # no report); the document stays a description for the issuer rules to resolve
            return False
        m.name, m.kind, m.entity_type = span_text(doc[start:stop]), "organisation", "ORG"
        return True

    def _without_genitive(self, doc: Doc, name: str) -> str:
        """A name in the genitive ("Gånevs påstander") is its possessor, when the text writes
        the name without the ending too ("Vålen Gånev")."""
        *first, last = name.split()
        for ending in self.lx.genitive_endings:
            stem = last[: -len(ending)]
            if last.endswith(ending) and len(stem) >= 3 and stem in self._written(doc):
                return " ".join([*first, stem])
        return name

    def _written(self, doc: Doc) -> dict[str, list[int]]:
        """Capitalised token text -> its positions, built once per document."""
        if self._where is None:
            self._where = {}
            for i, w in enumerate(token_texts(doc)):  # the kept column, no Token per word
                bare = _without_particle(w)
                if bare != w:
                    self._where.setdefault(bare, []).append(i)  # "Gaddafi" in "al-Gaddafi"
                if w[:1].isupper():
                    self._where.setdefault(w, []).append(i)
                    if self._names is not None:
                        # an inflecting language: "Белов" is also found as "Романом Беловым"
                        for form in self._names.morphology.nominatives(w)[:2]:
                            if form != w:
                                self._where.setdefault(form, []).append(i)
        return self._where

    def _cataphora(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """A role named before the person: "..., the project's spokesperson said." then
        "Oksana Demydiuk told the Kyiv Independent ..." opening the next paragraph. The role
        joins the first untitled person named at the start of one of the next two paragraphs,
        when no other person is named between."""
        lx = self.lx
        starts = [p[0] for p in self._paras if p[2] == "body"]
        persons = [c for c in clusters if c.cls == "person" and c.mentions]
        for c in persons:
            if c.kind != "descriptive" or c.number != "sg":
                continue
            role = [x for x in c.mentions if x.span is not None and x.kind == "descriptive"]
            if not role or len(role) != len(c.mentions):
                continue
            words = role[0].text.lower().split()
            end = max(x.span.end for x in role if x.span is not None)
            if words and words[0] in lx.indefinite:
                self._introduced(doc, c, role[0], starts)
                if c.kind == "descriptive" and c.mentions:
                    self._spokesperson_named_next(c, role, persons, starts)
                continue
            if not (
                2 <= len(words) <= 3
                and is_title(words[-1], lx)
                and (words[0] in lx.definite_determiners or words[0].endswith(lx.genitive_tails))
            ):
                continue
            nxt = [s for s in starts if s >= end][:2]
            if nxt:
                # named at the start of one of the next two paragraphs
                _join_next_named(c, persons, end, set(nxt).__contains__, words[-1], lx)

    def _spokesperson_named_next(
        self, c: _Cluster, role: list[Mention], persons: list[_Cluster], starts: list[int]
    ) -> None:
        """"En talsmann for det ukrainske forsvaret sier ..." then, in the next paragraph,
        "– ..., sier Natalia Gumeniuk.": a spokesperson brought in by role speaks next under her
        name. The role joins the first person named in the next body paragraph when that is a
        full name with no title of its own and no one else was named between."""
        lx = self.lx
        words = role[0].text.lower().split()
        if len(words) < 2 or not is_title(words[1], lx) or len(role) != 1:
            return
        end = role[0].span.end
        nxt = [s for s in starts if s >= end][:2]
        if not nxt:
            return
        limit = nxt[1] if len(nxt) > 1 else None
        # named anywhere in the next body paragraph
        _join_next_named(
            c, persons, end, lambda at: at >= nxt[0] and (limit is None or at < limit), words[1], lx
        )

    def _role_named_later(self, clusters: list[_Cluster]) -> None:
        """A lead that opens with the role ("Helseministeren understreka at ...") before the
        text names its holder ("helseminister Anne Holm"): the role's mentions join the
        person first given that title after them, when no one else was given it."""
        lx = self.lx
        for c in clusters:
            if c.kind != "descriptive" or c.cls != "person" or c.number != "sg" or not c.mentions:
                continue
            # the role and the pronouns that continue it ("the governor said ... he said")
            words = {x.text.lower() for x in c.mentions if x.span is not None and x.kind == "descriptive"}
            if len(words) != 1 or any(x.kind not in ("descriptive", "pronoun") for x in c.mentions):
                continue
            (head,) = words
            stems = _definite_stems(head, lx)
            article, _, noun = head.partition(" ")
            if article in lx.definite_determiners and noun and " " not in noun:
                # "..., the governor said." then "governor Vyacheslav Gladkov said": English
                # marks the role definite with an article, not an ending
                stems.add(noun)
            elif article in lx.definite_determiners and noun:
                # "the regional governor": the role noun ends the phrase; "den
                # russiskinnsatte guvernøren": definite twice, by article and ending
                last = noun.split()[-1]
                stems.add(last)
                stems |= _definite_stems(last, lx)
            elif (
                noun
                and " " not in noun
                and (
                    any(article.endswith(ending) for ending in lx.genitive_endings)
                    # "Ukraine's president says ..." then "Mr Zelenskyy": English writes the
                    # genitive with its marker
                    or any(article.endswith(marker) and len(article) > len(marker) for marker in lx.genitive_markers)
                )
                and is_title(noun, lx)
            ):
                # "ifølge regionens guvernør" then "guvernør Aleksandr Bogomaz": a genitive
                # makes the role definite
                stems.add(noun)
            elif article in lx.indefinite and noun and self._in_lede(c) and is_title(_role_head(noun, lx), lx):
                # a wire lede's "A Russian regional governor said ..." (or "A commander of an
                # artillery unit has told the BBC") before "local governor Yuri Slyusar said":
                # the lede introduces by role whom the story names later
                stems.add(_role_head(noun, lx))
            first = min(_pos(x) for x in c.mentions)
            holders = [
                o
                for o in clusters
                if o is not c
                and o.kind == "named"
                and o.cls == "person"
                and stems & o.titles
            ]
            named_after = [o for o in holders if min(_pos(x) for x in o.mentions) > first]
            if not named_after or len(named_after) < len(holders):
                continue  # a holder named before would have been found when it was read
            # "..., opplyste guvernøren." then "sa guvernør Jaroslav Janusjevytsj": the first
            # person given the title after the role
            target = min(named_after, key=lambda o: min(_pos(x) for x in o.mentions))
            target.mentions = c.mentions + target.mentions
            c.mentions = []

    def _epithet_named_later(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """"..., the head of the city's military administration said." then "The official,
        Sergiy Popko, said ...": a definite epithet (``apposed_epithets``) set off before a
        name points back to the speaker last brought in by role; the role's mentions join the
        name, when no one else was named between."""
        lx = self.lx
        for named in clusters:
            if named.kind != "named" or named.cls != "person" or not named.mentions:
                continue
            first = min(named.mentions, key=_pos)
            if first.span is None or first.span.start < 3:
                continue
            at = first.span.start
            if not (
                doc[at - 1].text == ","
                and doc[at - 2].lower_ in self._apposed_epithets
                and doc[at - 3].lower_ in lx.definite_determiners
            ):
                continue
            earlier = [
                c
                for c in clusters
                if c is not named
                and c.mentions
                and c.cls == "person"
                and max(_pos(x) for x in c.mentions) < _pos(first)
            ]
            if not earlier:
                continue
            last = max(earlier, key=lambda c: max(_pos(x) for x in c.mentions))
            roles = [x for x in last.mentions if x.kind == "descriptive"]
            if (
                last.kind != "descriptive"
                or last.number != "sg"
                or not roles
                or any(x.kind not in ("descriptive", "pronoun") for x in last.mentions)
                or not any(is_title(word, lx) for word in roles[0].text.lower().split()[:2])
            ):
                continue
            named.mentions = last.mentions + named.mentions
            last.mentions = []

    def _withheld_name_given(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """"A Ukrainian medic training abroad has said ..." then "..., said Taras, who asked
        that his surname not be used": the person last described, in the sentence before the
        one-word name or in its own, is the person the text names where it says the name is
        withheld (``_withheld_name``); the description's mentions join the name, when no other
        person was named between."""
        if self._withheld_cues is None:
            return
        for described in clusters:
            # "said the operator, who asked to be identified only by his first name, Oleh":
            # the description's own sentence names it
            if not self._withheld_candidate(described):
                continue
            for x in described.mentions:
                if x.kind == "pronoun" or x.span is None or self._in_quote(x.span.start_char):
                    continue
                given = withheld_name_after(
                    doc, x.span.end, self._withheld_cues, self._in_quote, self._first_name
                )
                if given is not None:
                    described.name, described.kind = given, "named"
                    break
        for named in clusters:
            if named.kind != "named" or named.cls != "person" or not named.mentions:
                continue
            if not self._first_name(named.name):
                # "An official, who asked not to be named as Zelensky had not ...": a surname
                # next to the phrase is someone else; the name a text prints is a first name
                continue
            window = withheld_name_window(doc, named.name, self._withheld_cues, self._in_quote)
            if window is None:
                continue
            opens, name_at = window
            # the persons mentioned before the name, the nearest last
            before = [
                (max(_pos(x) for x in c.mentions if _pos(x) < name_at), c)
                for c in clusters
                if c is not named and c.cls == "person" and any(_pos(x) < name_at for x in c.mentions)
            ]
            if not before:
                continue
            last_at, last = max(before, key=lambda pair: pair[0])
            if (
                last_at < opens
                or not (self._withheld_candidate(last) or last.name == named.name)
                or min(_pos(x) for x in named.mentions) < last_at
            ):
                continue
            named.mentions = last.mentions + named.mentions
            last.mentions = []

    @staticmethod
    def _withheld_candidate(c: _Cluster) -> bool:
        """Whether ``c`` is one person known by a description only, whatever kind a tagger
        gave a mention of it ("its commander" read once as a body): a lower-case noun, never a
        name."""
        return (
            bool(c.mentions)
            and c.cls == "person"
            and c.kind in ("descriptive", "organisation")
            and c.number == "sg"
            and c.name.split()[-1].islower()
            and not any(x.kind == "named" for x in c.mentions)
        )

    def _body_named_in_full(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """A body the text calls by its definite noun ("Politiet har pågrepet ...") and names
        in full somewhere, before or after ("Østfold politidistrikt mottok ..."): it takes the
        full name the text first gives such a body."""
        lx = self.lx
        for c in clusters:
            words = c.name.lower().split()
            if c.kind != "organisation" or len(words) != 1 or not c.mentions:
                continue
            (head,) = words
            stems = _definite_stems(head, lx)
            if not stems:
                continue  # not a definite noun: a name ("Hamas")
            # a tagger may call the body a place ("Østfold politidistrikt" as LOC): its name,
            # any label; the first the text gives introduces the body
            fuller = [
                span_text(ent)
                for ent in doc.ents
                if ent.label_ not in PER_LABELS
                and len(ent) >= 2
                and any(
                    ent[-1].lower_.startswith(stem) and len(ent[-1]) - len(stem) >= ORG_COMPOUND_TAIL
                    for stem in stems
                )
            ]
            first_word = fuller[0].split()[-1].lower() if fuller else ""
            if fuller and all(
                name == fuller[0] or name.split()[-1].lower() != first_word for name in fuller
            ):
                # two bodies of the same kind named ("Helgeland politidistrikt", "Sunnmøre
                # politidistrikt"): the text does not say which one "politiet" is
                c.name = fuller[0]

    def _described_in_full(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """A group or role the text calls by its bare noun ("Legene mener ...",
        "Vaktsjefen skriver ...") and describes in full elsewhere ("legene på Ahus",
        "politiets vaktsjef"): it takes that description, the guide's fullest form."""
        for cluster in clusters:
            if not cluster.mentions or " " in cluster.name:
                continue
            if cluster.kind != "descriptive" and not (
                # a tagger's name on a definite role noun ("Vaktsjefen" as PROPN)
                cluster.kind == "organisation"
                and _definite_stems(cluster.name.lower(), self.lx)
                and self._written_lower(doc, cluster.name)
            ):
                continue
            own = frozenset(x.span.end - 1 for x in cluster.mentions if x.span is not None)
            fuller = fuller_description(doc, cluster.name, self.lx, self._description_preps, own)
            if fuller is not None:
                cluster.name = fuller

    def _written_lower(self, doc: Doc, name: str) -> bool:
        """Whether the text writes the name's noun in lower case somewhere, in any of its
        forms ("politiets vaktsjef" for "Vaktsjefen"): a common noun, not a body's own name
        ("Klassekampen" is never written "klassekampen")."""
        low = name.lower()
        forms = {low} | _definite_stems(low, self.lx)
        return any(text in forms for text in token_texts(doc))  # the kept column: no Token per word

    def _in_lede(self, c: _Cluster) -> bool:
        """Whether all of the cluster's mentions stand in the first body paragraph."""
        body = [(a, b) for a, b, role in self._paras if role == "body"]
        if not body:
            return False
        first_start, first_end = body[0]
        return all(
            x.span is not None and first_start <= x.span.start < first_end for x in c.mentions
        )

    def _introduced(self, doc: Doc, c: _Cluster, role: Mention, starts: list[int]) -> None:
        """A lede's "A former NHS paramedic who volunteered ... has told how ..." names the
        person the next paragraph introduces with an age: "Callum Reid, 34, from Glasgow"."""
        lx = self.lx
        assert role.span is not None
        if not starts or role.span.start > starts[min(1, len(starts) - 1)]:
            return  # only in the first paragraphs
        words = role.text.lower().split()
        cut = next(
            (i for i, w in enumerate(words) if i and (w in lx.np_link or w in lx.relatives)),
            len(words),
        )
        if cut < 2 or not _person_head(words[cut - 1], lx):
            return  # "One of them" is one of a group, not someone introduced
        nxt = next((s for s in starts if s >= role.span.end), None)
        if nxt is None:
            return
        found = subject_at(doc, lx, nxt, min(len(doc), nxt + 6))
        if found is None:
            return
        e = found[1]
        aged = (
            e + 2 < len(doc)
            and doc[e].text in (",", "(")
            and doc[e + 1].like_num
            and doc[e + 2].text in (",", ")")
        )
        who = make_mention(doc, lx, *found) if aged else None
        if who is not None and who.kind == "named" and len(who.name.split()) >= 2:
            c.name, c.kind, c.cls = who.name, "named", "person"

    def _partitive(self, m: Mention, clusters: list[_Cluster]) -> None:
        """"One of them" names one of the group named last: "one of two brokers in London"."""
        lx = self.lx
        words = m.text.split()
        if (
            len(words) != 3
            or words[0].lower() not in lx.indefinite
            or words[1].lower() not in lx.np_link
            or words[2].lower() not in lx.object_pronouns
        ):
            return
        at = _pos(m)
        groups = [
            c
            for c in clusters
            if 0 <= c.last < at and c.cls == "person" and c.number == "pl" and c.kind != "pronoun"
        ]
        if groups:
            group = max(groups, key=lambda c: c.last)
            named = [x for x in group.mentions if x.kind != "pronoun"]
            lead = max(named, key=lambda x: len(x.text)) if named else None
            if lead is not None:
                m.name = f"{words[0]} {words[1]} {lead.text}"

    def _fuller_name(self, doc: Doc, m: Mention) -> str | None:
        """For a lone surname with no earlier full form among the mentions, the full name the
        text gives nearest before it ("sersjant Andrij Melnyk (29)" for "Melnyk")."""
        if m.span is None or len(m.name.split()) != 1:
            return None
        name = m.name
        lx = self.lx
        best: tuple[tuple[int, int], str] | None = None
        written = self._written(doc)
        # the name as written, and in the genitive ("Kjetil Jansruds andreomgang" for "Jansrud")
        forms = [(i, "") for i in written.get(name, [])] + [
            (i, ending) for ending in lx.genitive_endings for i in written.get(name + ending, [])
        ]
        for i, ending in forms:
            tok = doc[i]
            if tok.i == 0 or not (
                is_name_token(doc, lx, tok.i) or _without_particle(tok.text) != tok.text
            ):
                continue  # "Venstre-politikeren" is a role, not a first name before "Abid Raja"
            k = tok.i
            while k > 0 and k > tok.i - 3 and is_cap(doc[k - 1].text) and not doc[k - 1].is_punct:
                low = doc[k - 1].lower_
                if not is_name_token(doc, lx, k - 1):
                    break  # "Venstre-politiker Abid Q. Raja": the role is no part of the name
                if doc[k - 1].is_sent_start and low in lower_forms(doc):
                    break  # "Mamma Therese Moe": a noun capitalised as the sentence opens
                if doc[k - 1].is_sent_start and (
                    doc[k - 1].pos_ in NOT_NAME_POS
                    or (doc[k - 1].pos_ == "NOUN" and doc[k - 1].ent_type_ not in PER_LABELS
                        and doc[tok.i].ent_type_ in PER_LABELS)
                ):
                    # "Også Kruse og Ghorbani fekk ...": an adverb opens the sentence;
                    # "Reporteren Ola Fjellheim": a noun the tagger leaves outside the person
                    break
                if (
                    m.kind == "named"
                    and doc[k - 1].text.isupper()
                    and len(doc[k - 1].text) >= 2
                    and not tok.text.isupper()
                ):
                    # "начальник ОВА Запаранюк": a body's acronym is no first name (an
                    # organisation's fuller name keeps it: "НЭК Укрэнерго")
                    break
                if (
                    is_title(low, lx)
                    or low in lx.determiners
                    or low in lx.placeholders
                    or low in lx.cue_verbs
                    or low in lx.np_stop
                    or low in lx.np_link
                    or low in lx.leading_drop
                ):
                    break  # "In Moscow", "Ifølge Unicef" are no fuller names
                if parse_joins(doc, lx, k - 1, k, tok.i + 1) is False:
                    break  # "University of Texas Arlington | Amneh Jafari": another name
                if k - 1 < tok.i - 1 and affiliation(doc, lx, k - 1, tok.i + 1):
                    break  # "SVs | Bjørn Jacobsen": the party in the genitive is no name
                if _place_before_name(doc, lx, k - 1):
                    break  # "Forsvarsministeren i Norge | Odd Roger Enoksen"
                if surname_after_role_place(doc, lx, k - 1, tok.i + 1):
                    break  # "голова Харкова | Терехов": the place the role heads
                if ends_other_phrase(doc, lx, k - 1, tok.i):
                    break  # "в интервью каналу Fox News | Зеленский": the channel's name
                k -= 1
            end = tok.i + 1
            if ending and k == tok.i:
                continue  # a lone genitive says no more than the name itself
            if k == tok.i:
                # a first name the text gives with its surname: "Thomas Sam" for "Thomas"
                tagged = doc.has_annotation("ENT_IOB")
                if tagged and tok.ent_type_ in _PLACE_LABELS:
                    # "Президент Украины Владимир Зеленский": the place in the genitive before
                    # a person's name is no first name of his
                    continue
                while (
                    end < len(doc)
                    and end <= tok.i + 2
                    and is_name_token(doc, lx, end)
                    and not doc[end].is_punct
                    and not doc[end].is_sent_start
                    and doc[end].lower_ not in lx.time_words
                    and doc[end].lower_ not in lx.cue_verbs
                    and (not tagged or doc[end].ent_type_ in PER_LABELS)
                ):
                    end += 1
                if end == tok.i + 1:
                    continue
            before = tok.i < m.span.start
            # a surname's full form before it ranks over a first name's after it
            rank = (0 if before else 1, 0 if k < tok.i else 1, abs(m.span.start - tok.i))
            full = span_text(doc[k:end]) if not ending else f"{span_text(doc[k:tok.i])} {name}"
            if best is None or rank < best[0]:
                best = (rank, full, self._role_before(doc, k))
        if best is None:
            return None
        if best[2] and not m.title:
            m.title = best[2]  # "tiltaltes forsvarer Knut Lindboe": later "Forsvareren" is him
        return best[1]

    def _role_before(self, doc: Doc, start: int) -> str | None:
        """The role noun written right before a name ("forsvarer", "Venstre-politiker")."""
        if start == 0:
            return None
        tok = doc[start - 1]
        if tok.text == "," and start >= 3:
            # "The governor, Alexander Bogomaz, said": a definite role set before the name in
            # apposition titles it as a role word right before it would
            role = doc[start - 2]
            opener = doc[start - 3]
            if (
                role.is_lower
                and is_title(role.lower_, self.lx)
                and (opener.lower_ in self.lx.definite_determiners or opener.lower_ in self.lx.genitive_markers)
            ):
                return role.lower_
            return None
        if not tok.is_alpha and "-" not in tok.text[1:]:
            return None
        low = tok.lower_
        if low in self.lx.determiners or low in self.lx.cue_verbs or low in self.lx.np_link:
            return None
        if tok.pos_ and tok.pos_ != "NOUN" and not is_title(low, self.lx):
            return None
        return low if (tok.is_lower or is_title(low, self.lx) or not is_name_token(doc, self.lx, start - 1)) else None

    def _full_org_name(self, doc: Doc, name: str) -> str:
        """The fullest name the text gives an organisation called by its head word: "Church"
        -> "Church of Scientology", "Home Office" -> "United Kingdom Home Office". Only names
        ending in an organisation word grow (never "Russia" -> "Russia Today")."""
        words = name.split()
        lx = self.lx
        if not 1 <= len(words) <= 2 or not all(is_cap(w) for w in words):
            return name
        if not has_suffix(words[-1].lower(), lx.org_suffixes):
            return name
        best = name
        n = len(words)
        texts = token_texts(doc)  # every word of the document: the kept column, no Token each
        for i in range(len(doc) - n + 1):
            if texts[i] != words[0] or (n > 1 and texts[i + 1] != words[1]):
                continue
            start, end = i, i + n
            while start > 0 and is_cap(doc[start - 1].text) and not doc[start - 1].is_punct:
                low = doc[start - 1].lower_
                if (
                    low in lx.determiners
                    or low in lx.cue_verbs
                    or low in lx.leading_drop
                    or low in lx.np_link
                    or low in lx.placeholders
                    or low in lx.pronouns
                    or low in lx.locative_sources  # "У Сумській ОВА": the preposition is not
                    or (self._names is not None and is_title(low, lx))
                ):
                    break  # "Ifølgje Sogn Avis": a sentence's first word is no part of the name
                if ends_other_phrase(doc, lx, start - 1, end - 1):
                    break  # "на слова Зеленского | Кремль": the genitive is another's name
                start -= 1
            if (
                end + 1 < len(doc)
                and doc[end].lower_ in lx.np_link
                and is_cap(doc[end + 1].text)
            ):
                k = end + 1
                while k < len(doc) and is_cap(doc[k].text) and not doc[k].is_punct:
                    k += 1
                end = k  # "Church | of Scientology"
            found = span_text(doc[start:end])
            if len(found.split()) > len(best.split()) and len(found.split()) <= n + 4:
                best = found
                if self._names is not None and start < i:
                    # "в Одеській ОВА" -> "Одеська ОВА": the words grown in the nominative
                    after_locative = start > 0 and doc[start - 1].lower_ in lx.locative_sources
                    best = self._names.organisation(found, after_locative=after_locative)
        return best

    def _compound_body(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """A lone lower-case body noun ("кажуть у банку") is the body the text named before by
        a one-word compound ending in it ("ПриватБанк", "Укрпошта"), though that body never
        spoke and the tagger may leave it untagged: the nearest such word (Russian and
        Ukrainian, whose morphology reads the noun's lemma)."""
        if self._names is None or m.span is None or len(m.span) != 1 or is_cap(m.span[0].text):
            return None
        head = m.span[0].lower_
        if not has_suffix(head, self.lx.org_suffixes):
            return None
        # every reading of the word that is a body noun ("банку": банк, not банка)
        nouns = tuple(
            lemma for lemma in self._names.lemmas(head) if has_suffix(lemma, self.lx.org_suffixes)
        )
        lowers = doc_lowers(doc)
        for at in range(m.span.start - 1, -1, -1):
            word = doc[at].text
            if (
                is_cap(word)
                and doc[at].is_alpha
                and any(len(word) >= len(noun) + 3 and lowers[at].endswith(noun) for noun in nouns)
                # a name in quote marks ("“ПриватБанк” на вулиці ...") is no one's words
                and (not self._in_quote(doc[at].idx) or _in_marks(doc, at))
            ):
                found = make_mention(doc, self.lx, at, at + 1)
                if found is None or found.kind not in ("organisation", "named"):
                    return None
                found.kind, found.entity_type = "organisation", "ORG"
                same = self._same_org(found, clusters)
                if same is not None:
                    return same
                mentions.append(found)
                return self._new_referent(found, clusters)
        return None

    def _body_by_lemma(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """A lone lower-case organisation word in Russian or Ukrainian ("в повідомленні
        розвідки", "уточнили в штабі") is the body named before whose name holds that word,
        in any case ("Головне управління розвідки Міноборони")."""
        if self._names is None or m.span is None or is_cap(m.span[0].text):
            return None
        *attributes, head = m.text.lower().split()
        if not has_suffix(head, self.lx.org_suffixes) or (
            attributes
            # "в региональном минздраве" after "Минздрав Белгородской области": adjectives
            # before the body's noun describe the body named before
            and not (
                self.lx.may_be_attribute is not None
                and all(self.lx.may_be_attribute(word) for word in attributes)
            )
        ):
            return None  # one word (a compound the tokenizer split: "пресс-службе") or adjectives and one
        lemma = self._names.lemma(head)
        for c in sorted(clusters, key=lambda c: c.last, reverse=True):
            if c.kind != "organisation" or not 0 <= c.last < m.span.start_char:
                continue
            lemmas = self._names.name_lemmas(c.name)
            if c.name.lower() != head and (
                lemma in lemmas
                # "в сообщении службы" after "пресс-служба МЧС": the compound's last part
                or any(part.endswith("-" + lemma) for part in lemmas)
            ):
                return c  # "у службі" after "ДСНС", a short form of "Державна служба ..."
        if lemma in self.lx.generic_bodies:
            # "«...», йдеться у повідомленні відомства" after "У Національній поліції
            # уточнили": the body named last, not an outlet
            for c in sorted(clusters, key=lambda c: c.last, reverse=True):
                if (
                    c.kind == "organisation"
                    and c.cls == "organisation"
                    and 0 <= c.last < m.span.start_char
                    and not _is_outlet(c.name, self.lx)
                    and c.name.lower() != head
                ):
                    return c
        return None

    def _spelt_out(self, doc: Doc, name: str) -> str | None:
        """The name a body called by its acronym ("the AMS", "the Sunni AMS") has in full
        where the text spells it out anywhere ("the Association of Muslim Scholars"), with no
        bracketed acronym to tie them: the fullest name is the speaker's. A capitalised word
        before the acronym describes the body ("Sunni") and is dropped; the first run of
        capitalised words (with their small linking words) whose initials spell the acronym is
        taken, and only when the text spells it out one way."""
        lx = self.lx
        words = name.split()
        if words and words[0].lower() in lx.determiners:
            words = words[1:]  # "The Sunni AMS"
        if not 1 <= len(words) <= 2:
            return None
        acronym = words[-1]
        letters = acronym.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
            return None
        found: list[str] = []
        start = 0
        texts, puncts = token_texts(doc), punct_flags(doc)  # every word: the kept columns
        while start < len(doc):
            if not is_cap(texts[start]) or puncts[start] or texts[start].isupper():
                start += 1
                continue
            end = start + 1
            while end < len(doc) and (
                (is_cap(doc[end].text) and not doc[end].is_punct and not doc[end].text.isupper())
                or (
                    doc[end].lower_ in lx.np_link
                    and end + 1 < len(doc)
                    and is_cap(doc[end + 1].text)
                )
            ):
                end += 1
            first = start + 1 if doc[start].lower_ in lx.determiners else start  # "The Council ..."
            run = span_text(doc[first:end])
            if first < end and _acronym_of(acronym, run, lx) and run not in found:
                found.append(run)
            start = end
        return found[0] if len(found) == 1 else None

    def _fuller_org(self, doc: Doc, m: Mention) -> str | None:
        """For a definite organisation word with no earlier mention ("brigaden", "the
        brigade"), the fuller name the text gives before it ("Ukrainas 3. angrepsbrigade",
        "Ukraine's 93rd Brigade")."""
        lx = self.lx
        if m.span is None:
            return None
        words = m.text.lower().split()
        if not 1 <= len(words) <= 2 or (
            len(words) == 2 and words[0] not in lx.definite_determiners
        ):
            return None
        head = words[-1]
        if not has_suffix(head, lx.org_suffixes):
            return None
        stems = {
            head[: -len(x)]
            for x in lx.definite_suffixes
            if head.endswith(x) and len(head) - len(x) >= 4
        }
        if len(words) == 2:
            stems.add(head)
        lemma = None
        if self._names is not None and len(words) == 1:
            # no articles in Russian and Ukrainian: "в повідомленні штабу" is the staff the
            # text named before, in whatever case ("Координаційний штаб з питань ...")
            lemma = self._names.lemma(head)
        if not stems and lemma is None:
            return None
        for t in range(m.span.start - 1, -1, -1):
            low = doc[t].lower_
            if lemma is not None:
                if self._names.lemma(low) != lemma:
                    continue
                j = t - 1
                while (
                    j >= 0
                    and doc[j].is_lower
                    and lx.may_be_attribute is not None
                    and lx.may_be_attribute(doc[j].text)
                ):
                    j -= 1  # "Сумська | обласна військова | адміністрація"
                if j < 0 or not is_cap(doc[j].text) or is_title(doc[j].lower_, lx):
                    continue  # "Командир бригади ...": a person's role, not the body's name
                if j < t - 1 and doc[j].lower_ in lx.np_stop:
                    # "За даними ОВА": a preposition opening the sentence before a word that
                    # only may be an adjective ("даними" reads as "даний"); no name
                    continue
            elif not any(low.endswith(st) for st in stems) and not (
                # "Menneskerettighetsdomstolen" for "domstolen": a name compounded on the
                # definite noun itself
                len(words) == 1 and low != head and low.endswith(head) and is_cap(doc[t].text)
            ):
                continue
            if lx.descriptor_names and doc[t].is_lower and (named := self._named_after(doc, t, m.span.start)):
                return named
            k = t
            while k > 0:
                prev = doc[k - 1].text
                if doc[k - 1].lower_ in lx.locative_sources:
                    break  # "У Сумській ОВА" opening a sentence: the preposition is not the name
                if (
                    lemma is not None
                    and lx.may_be_attribute is not None
                    and not lx.may_be_attribute(doc[k - 1].lower_)
                    and not prev[:1].isdigit()
                ):
                    break  # "Воїни | Князівської бригади": adjectives only before the body's noun
                if (
                    is_cap(prev)
                    or prev in lx.genitive_markers
                    or (prev[:1].isdigit() and not doc[k - 1].is_punct)
                    or (lemma is not None and doc[k - 1].is_lower)  # adjectives, as read above
                ):
                    k -= 1
                    continue
                break
            if k < t and any(is_cap(x.text) for x in doc[k : t + 1]):
                if lemma is not None:
                    # "Координаційний штаб | з питань поводження з військовополоненими"
                    return span_text(doc[k : body_tail(doc, lx, t, m.span.start)])
                return span_text(doc[k : t + 1])
            end = t + 1
            if is_cap(doc[t].text) and end + 1 < m.span.start and doc[end].lower_ in self.lx.np_link:
                # the name goes on after its head: "the Church" -> "Church of Scientology"
                last = end + 1
                while last < m.span.start and is_cap(doc[last].text) and not doc[last].is_punct:
                    last += 1
                if last > end + 1:
                    return span_text(doc[t:last])
            if lemma is None and low != head and low.endswith(head) and is_cap(doc[t].text):
                # "domstolen": the "Menneskerettighetsdomstolen (i Strasbourg)" named before
                if end + 1 < m.span.start and doc[end].lower_ in lx.place_preps and is_cap(doc[end + 1].text):
                    return span_text(doc[t : end + 2])
                return doc[t].text
        return None

    def _named_after(self, doc: Doc, t: int, limit: int) -> str | None:
        """The name a body's descriptor noun at ``t`` introduces: right after it ("the
        militant group Hamas", "Sudan's paramilitary Rapid Support Forces") or in apposition
        after a comma, closed by a comma or the sentence end ("a local pro-democracy group,
        the Madani Resistance Committee, said"); ``None`` otherwise."""
        lx = self.lx
        start = t + 1
        apposed = start < limit and doc[start].text == ","
        if apposed:
            start += 1
            if start < limit and doc[start].lower_ in lx.definite_determiners:
                start += 1
        end = start
        while end < limit and (
            (is_cap(doc[end].text) and not doc[end].is_punct and doc[end].lower_ not in lx.definite_determiners)
            or (end > start and doc[end].lower_ in lx.np_link and end + 1 < limit and is_cap(doc[end + 1].text))
        ):
            end += 1
        if end == start or (apposed and (end >= limit or doc[end].text not in (",", ".", "("))):
            return None
        if _is_outlet(span_text(doc[start:end]), lx):
            return None
        return span_text(doc[start:end])

    # -- joining -------------------------------------------------------------------------

    def _definite_person(self, m: Mention) -> bool:
        words = m.text.lower().split()
        if len(words) == 1 and m.span is not None and len(m.span) == 1:
            # "sier vikingveteranen", "hevder tiltalte": a definite role noun speaking for the
            # first time is someone the text has already named (a newcomer comes indefinite
            # or with a name)
            return self._definite_noun(m.span[0]) and mention_class(self.lx, m) == ("person", "sg")
        if not 2 <= len(words) <= 5 or any(
            w in self.lx.np_link or w in self.lx.np_stop for w in words
        ):
            return False  # "the wife of one soldier" introduces someone new
        head = words[-1]
        lx = self.lx
        if head in lx.anonymous_heads:
            return False  # "The source, who spoke on condition of anonymity": no one named before
        if head in lx.modifier_titles:
            return False  # "according to the Civil Defense": a body's name, no epithet
        person = (
            has_suffix(head, lx.person_suffixes)
            or lx.anaphors.get(head) == "person"
            or is_title(head, lx)
            # "the 33-year-old says": an age used as a noun stands for a person
            or (head[:1].isdigit() and bool(lx.age_endings) and head.endswith(lx.age_endings))
        )
        return (
            person
            and words[0] in lx.definite_determiners
            and mention_class(lx, m) == ("person", "sg")
        )

    def _epithet(self, m: Mention) -> bool:
        """A recogniser's person "name" that is one capitalised word after a definite article
        ("The Dutchman", "the Brazilian"): a name takes no article, so it is an epithet for
        someone named before (a demonym or nickname), not a new person."""
        span = m.span
        return (
            span is not None
            and len(span) == 2
            and span[0].lower_ in self.lx.definite_determiners
            and is_cap(span[1].text)
            and len(m.name.split()) == 1
        )

    def _last_named_person(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """The person named most recently before ``m`` (one person, named in full)."""
        at = _pos(m)
        earlier = [
            c
            for c in clusters
            if 0 <= c.last < at and c.kind == "named" and c.cls == "person" and c.number == "sg"
        ]
        return max(earlier, key=lambda c: c.last, default=None)

    def _other_title(self, m: Mention, c: _Cluster) -> bool:
        """Whether the role ``m`` names ("the governor") is a title other than those the person
        ``c`` was given ("the city's mayor"): then "the governor" is someone else."""
        head = m.text.lower().split()[-1]
        forms = {head} | _definite_stems(head, self.lx)  # "presidenten" is the title "president"
        return is_title(head, self.lx) and bool(c.titles) and not forms & c.titles

    def _definite_noun(self, token) -> bool:
        """A definite singular noun that names a role ("forskeren", "butikksjefen",
        "24-åringen"): by the tagger's morphology, else by a person noun's definite ending."""
        low = token.lower_
        lx = self.lx
        if low in lx.anaphors and lx.anaphors[low] != "person":
            return False  # "departementet", "avisen": organisations and media
        person = _person_head(low, lx) or low.endswith(lx.agent_endings)
        if not person or is_plural(low, lx):
            return False
        definite = token.morph.get("Definite")
        if token.pos_ == "NOUN" and definite:
            return "Def" in definite and "Plur" not in token.morph.get("Number")
        return low.endswith(lx.definite_suffixes)

    def _speaking_noun(self, token) -> bool:
        """A definite singular noun as the subject of a speech cue ("smiler kapellanen"): a
        role noun the lexicon lists, or any such noun the tagger reads as definite singular,
        since what speaks is a person unless the lexicon names it an organisation or medium."""
        if self._definite_noun(token):
            return True
        low = token.lower_
        if low in self.lx.anaphors or is_plural(low, self.lx) or not token.is_lower:
            return False
        if has_suffix(low, self.lx.org_suffixes):
            return False  # "ifølge militæradministrasjonen": an organisation speaks
        if low.endswith(self.lx.data_compound_suffixes):
            return False  # "ifølge flytrafikkdata": data, never the person who spoke last
        return (
            token.pos_ == "NOUN"
            and "Def" in token.morph.get("Definite")
            and "Sing" in token.morph.get("Number")
        )

    def _join(self, c: _Cluster, m: Mention, outside: bool = True) -> None:
        """Add ``m`` to ``c``; a mention inside a quote ("Every person responsible ...") does
        not make its cluster an antecedent."""
        c.mentions.append(m)
        if m.title:
            words = [w.lower().strip(".") for w in m.title.replace("-", " ").split()]
            c.titles.update(words)
            # an abbreviated title holds the role written in full ("Gov." -> "governor")
            c.titles.update(self._title_forms[w] for w in words if w in self._title_forms)
        if m.kind == "named" and m.name:
            c.titles.update(self.lx.known_roles.get(m.name.split()[-1].lower(), ()))
        if m.span is not None and outside and m.span.start_char >= c.last:
            c.last, c.last_end = m.span.start_char, m.span.end_char
        if m.kind == "named" and (c.kind != "named" or len(m.name.split()) > len(c.name.split())):
            c.name = m.name
            c.kind = "named"
            c.cls, c.number = "person", "sg"
        if c.kind == "named" and c.cls == "person":
            self._person_words.update(c.name_key())
        elif (
            m.kind == "organisation"
            and c.kind in ("descriptive", "unknown")
            # "За словами джерела" read as a body keeps the source described before
            and not self._bare_source_noun(m)
        ):
            c.name, c.kind = m.name, "organisation"
        elif (
            m.kind == "organisation"
            and c.kind == "organisation"
            and _acronym_of(c.name, m.name, self.lx)
        ):
            c.name = m.name  # the name spelt out is the fullest: "KCNA" -> "Korean Central ..."

    def _joint_parts(self, name: str) -> list[str] | None:
        """The names a joint speaker's name joins by an and-word ("Steinnes og Treider" ->
        Steinnes, Treider); None for one person's name."""
        words = name.split()
        cuts = [i for i, word in enumerate(words) if word.lower() in self.lx.and_words]
        if not cuts or cuts[0] == 0 or cuts[-1] == len(words) - 1:
            return None
        bounds = [-1, *cuts, len(words)]
        parts = [" ".join(words[a + 1 : b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        return parts if all(part and is_cap(part) for part in parts) else None

    def _joint_name(self, doc: Doc, m: Mention, parts: list[str], clusters: list[_Cluster]) -> str:
        """A joint speaker's name with each person by the fullest name the text gives: the one
        read already ("Solfrid Steinnes" for "Steinnes"), else the nearest full form before."""
        joiner = next(w for w in m.name.split() if w.lower() in self.lx.and_words)
        full = []
        for part in parts:
            single = Mention(span=m.span, name=part, kind="named", entity_type=m.entity_type)
            known = self._same_name(single, clusters)
            full.append(known.name if known is not None else (self._fuller_name(doc, single) or part))
        return f" {joiner} ".join(full)

    def _same_name(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        words = list(name_words(m.name))
        if not words:
            return None
        # a pair ("Steinnes og Treider") is no later mention of either one
        named = [c for c in reversed(clusters) if c.kind == "named" and not self._joint_parts(c.name)]
        for c in named:
            have = list(c.name_key())
            # a later surname or first name; or an earlier short form of this full name
            if words == have or _sub(words, have) or _sub(have, words) or _initials_of(words, have):
                return c
            if len(words) > 1 and words[-1] == have[-1] and set(words[:-1]) <= c.titles:
                return c  # "Trener Brakstad" after "MFK-trener Erik Brakstad": title and surname
        for c in named:
            # a misspelt later mention: "Thommesen" for "Olemic Thommessen"
            if _misspelt(words, list(c.name_key())):
                return c
        return None

    def _same_org(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        key = _strip(m.name.lower(), self.lx)
        for c in reversed(clusters):
            if c.kind in ("organisation", "named") and _strip(c.name.lower(), self.lx) == key:
                return c
        for c in reversed(clusters):
            # "KCNA" and "Korean Central News Agency": an acronym of the other's name
            if c.kind == "organisation" and (
                _acronym_of(m.name, c.name, self.lx) or _acronym_of(c.name, m.name, self.lx)
            ):
                return c
        for c in reversed(clusters):
            # "Минобороны РФ ... Ранее в Минобороны заявили": the body named before with its
            # country (one capitalised word after the name) is the one named again without it
            rest = c.name[len(m.name) :] if c.kind == "organisation" and c.name.startswith(m.name + " ") else ""
            if (
                rest
                and len(rest.split()) == 1
                and is_cap(rest.strip())
                # a body's word ("Минобороны", "Міноборони") or a country's acronym ("РФ"): not
                # a place that opens another name ("Kyiv" and "Kyiv Independent")
                and (rest.strip().isupper() or has_suffix(m.name.split()[-1].lower(), self.lx.org_suffixes))
            ):
                return c
        if self._names is not None and len(m.name.split()) == 1 and has_suffix(
            m.name.lower(), self.lx.org_suffixes
        ):
            # "У Центрі додали" after "Центр протидії дезінформації", "наголосили в поліції"
            # after "поліція Сумської області": the body's head word alone is the body named
            # before with it (ru, uk: the words after the head are its genitive complement)
            head = m.name.lower() + " "
            for c in reversed(clusters):
                if c.kind in ("organisation", "descriptive") and c.name.lower().startswith(head):
                    return c
        return None

    def _issuer(self, doc: Doc, m: Mention, of: dict[int, _Cluster]) -> _Cluster | None:
        """A medium as speaker ("The update added that ...", "Ifølge oppdateringen ...")
        speaks for whoever issued it: the speaker of the last quote from that medium."""
        if m.kind != "descriptive" or m.span is None:
            return None
        words = m.text.lower().split()
        if (
            not words
            or len(words) > 3
            or (len(words) > 1 and words[0] not in self.lx.definite_determiners)
        ):
            return None
        label = self.lx.medium_nouns.get(words[-1])
        if label is None:
            return None
        best: tuple[int, _Cluster] | None = None
        for q in doc._.st_quotes or []:
            at = q.span.start_char
            if (
                at >= m.span.start_char
                or not q.medium
                or q.speaker is None
                or id(q.speaker) not in of
            ):
                continue
            if label in q.medium and (best is None or at > best[0]):
                best = (at, of[id(q.speaker)])
        if best is None:
            # or a source said to publish it: "Det anslår britisk etterretning i sin daglige
            # oppdatering på X" (an attribution from sourcing)
            for a in doc._.st_attributions or []:
                ev = a.evidence
                if ev is None or ev.start_char >= m.span.start_char or id(a.source) not in of:
                    continue
                if any(self.lx.medium_nouns.get(t.lower_) == label for t in ev) and (
                    best is None or ev.start_char > best[0]
                ):
                    best = (ev.start_char, of[id(a.source)])
            if best is not None and best[1].cls == "media":
                # "X said this in a post on Telegram, Ukrinform reports" then "the post said":
                # the outlet relays the post; X issued it
                outlet = best[1]
                before = [
                    c
                    for c in {id(c): c for c in of.values()}.values()
                    if c is not outlet and c.cls in ("person", "organisation") and 0 <= c.last < outlet.last
                ]
                reporter = max(before, key=lambda c: c.last, default=None)
                if reporter is not None and _relays(doc, outlet, reporter):
                    return reporter
        return best[1] if best else None

    def _titled(
        self,
        doc: Doc,
        m: Mention,
        clusters: list[_Cluster],
        quoted: list[tuple[int, int]],
        mentions: list[Mention],
    ) -> _Cluster | None:
        """A definite role word refers to the person who holds that title: "presidenten" ->
        "President Volodymyr Zelenskyj talte ..." (a mention, or a name in the text before)."""
        lx = self.lx
        words = m.text.lower().split()
        held = self._role_in_body(m, clusters)
        if held is not None:
            return held
        if len(words) > 1 and (held := self._introduced_holder(doc, m, clusters, mentions)):
            return held
        if len(words) > 3 and (held := self._role_of_body_holder(doc, m, clusters, mentions)):
            return held
        first_part = None
        if (
            3 <= len(words) <= 4
            and words[0] in lx.definite_determiners
            and m.span is not None
            and len(m.span) == len(words)
            and all(token.pos_ in ("ADJ", "PROPN") or token.text.isupper() for token in m.span[1:-1])
        ):
            # "Den ukrainske presidenten": the adjectives say which, the role who; so do
            # names used as modifiers ("The NOS reporter", "the Kharkiv mayor")
            words = [words[0], words[-1]]
        if len(words) == 3 and words[0].endswith("-") and words[1] in lx.coordinators:
            # "helse- og omsorgsministeren": either compound names the role ("helseminister")
            first_part, words = words[0][:-1], words[2:]
        if (
            not words
            or len(words) > 2
            or (len(words) == 2 and words[0] not in lx.definite_determiners)
        ):
            return None
        head = words[-1]
        stems = {
            head[: -len(x)]
            for x in lx.definite_suffixes
            if head.endswith(x) and len(head) - len(x) >= 4
        }
        if first_part is not None:
            stems |= {
                first_part + title
                for stem in list(stems)
                for title in lx.titles
                if len(title) >= 4 and stem.endswith(title)
            }
        if len(words) == 2:
            stems.add(head)
        _, hyphen, tail = head.rpartition("-")
        # "VIF-treneren": the club before the hyphen says whose; the role after it may be
        # written with another name of the club ("Vålerenga-trener Jack Majgaard Jensen")
        tail_stems = (
            {tail[: -len(x)] for x in lx.definite_suffixes if tail.endswith(x) and len(tail) - len(x) >= 4}
            if hyphen and first_part is None
            else set()
        )
        if self._names is not None and len(words) == 1:
            # Russian and Ukrainian have no articles: a bare role noun ("пояснив речник",
            # "сообщил губернатору") is definite, in any case
            stems |= {head, self._names.lemma(head)}
        agent = m.span is not None and len(words) == 1 and self._definite_noun(m.span[-1])
        if not agent:
            # a role the lexicon lists; an agent noun ("forskeren", "butikksjefen") refers to
            # the person the text gave that role, found as for titles
            stems = {st for st in stems if st in lx.titles}
        if not stems or mention_class(lx, m)[1] == "pl":
            return None  # "Soldatane" are not the soldier named before
        at = _pos(m)
        earlier = [c for c in clusters if 0 <= c.last < at and c.cls == "person"]
        for c in sorted(earlier, key=lambda c: c.last, reverse=True):
            # a hyphenated title is kept as its parts ("пресс-секретарь" -> пресс, секретарь)
            if any(st in c.titles or _parts_in(st, c.titles) for st in stems):
                return c
        # a general role ("statsråden") that two ministers hold: the one the text is about,
        # named most often, rather than the one named last
        covered = [c for c in earlier if _covers(c, stems, lx)]
        if covered and self._names is not None:
            # Russian and Ukrainian posts pass from one official to the next ("мер" ... then
            # "Начальник ОВА X" ... "очільник"): the general role takes up the one titled last
            return max(covered, key=lambda c: c.last)
        if covered:
            return max(covered, key=lambda c: (len(c.mentions), c.last))
        if m.span is None:
            return None
        held = self._holder(doc, m, clusters, stems)
        if held is not None:
            return held
        cand = self._text_candidate(doc, m, "person", "sg", quoted, -1, want=stems)
        if cand is None:
            cand = self._role_intro(doc, m, stems, tail_stems)
        if cand is None:
            cand = self._role_holder_in_text(doc, m)
        if cand is None and len(words) == 1:
            cand = self._profile_subject(doc, m)
        if cand is None and len(words) == 1:
            cand = self._untagged_role_holder(doc, m)
        if cand is None:
            return None
        return self._person_referent(cand, clusters, mentions)

    def _untagged_role_holder(self, doc: Doc, m: Mention) -> Mention | None:
        """A bare role ("зазначив очільник") whose holder the text named before in the
        genitive, which the tagger may leave untagged ("заяву голови Харкова Ігоря
        Терехова"): the title or one the data give for it, the place it heads, then a first
        name and a surname. Russian and Ukrainian only; the nearest such naming wins."""
        names, lx = self._names, self.lx
        if names is None or m.span is None or lx.may_be_first_name is None:
            return None
        role = names.lemma(m.span[0].lower_)
        kinds = {role, *lx.role_kinds.get(role, ())}
        for at in range(m.span.start - 4, -1, -1):
            if not names.lemmas(doc[at].lower_) & kinds or self._in_quote(doc[at].idx):
                continue
            first = at + 1
            if doc[first].ent_type_ in _PLACE_LABELS:
                first += 1  # the place the role heads: "голови Харкова | Ігоря Терехова"
            if (
                first + 1 < m.span.start
                and is_cap(doc[first].text)
                and is_cap(doc[first + 1].text)
                and lx.may_be_first_name(doc[first].text)
            ):
                found = make_mention(doc, lx, first, first + 2)
                if found is not None and found.kind == "named":
                    self._nominative(found)
                    return found
        return None

    def _profile_subject(self, doc: Doc, m: Mention) -> Mention | None:
        """A portrait's calling alone ("поет скаже" in the life of "Михайло Шевченко", then
        "Михайло" again and again) is its subject: the one person named in full before whom
        the text names more often than anyone else, at least twice. Russian and Ukrainian only
        (their morphology reads the lemmas); None with no such person, so the calling stays
        the speaker ("професор скаже" with no name before)."""
        names = self._names
        if names is None or m.span is None or len(m.span) != 1:
            return None
        if names.lemma(m.span[0].lower_) not in self.lx.profile_roles:
            return None
        full = [
            ent
            for ent in self._ents
            if ent.label_ in PER_LABELS
            and len(ent) >= 2
            and ent.end <= m.span.start
            and not self._in_quote(ent.start_char)
        ]
        # a capitalised word before the calling that is one of a person's names ("Михайло"
        # after "Михайло Шевченко"; the tagger may leave it untagged), a full naming once
        lemmas = [
            names.lemma(token.lower_) if is_cap(token.text) and not self._in_quote(token.idx) else ""
            for token in doc[: m.span.start]
        ]
        counts: dict[frozenset[str], tuple[int, int]] = {}
        for at, ent in enumerate(full):
            words = frozenset(names.lemma(word) for word in ent.text.lower().split())
            if any(words & other for other in counts):
                continue
            runs = sum(
                1
                for t, lemma in enumerate(lemmas)
                if lemma in words and not (t > 0 and lemmas[t - 1] in words)
            )
            counts[words] = (runs, at)
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0]):
            return None
        subject = full[ranked[0][1]]
        found = make_mention(doc, self.lx, subject.start, subject.end)
        if found is None or found.kind != "named":
            return None
        self._nominative(found)
        return found

    def _person_referent(
        self, cand: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster:
        """A person found in the text for a role: the referent of that name if one is known
        already, a new one otherwise; the mention is kept among the document's mentions."""
        mentions.append(cand)
        same = self._same_name(cand, clusters)
        if same is not None:
            self._join(same, cand)
            return same
        return self._new_referent(cand, clusters, ("person", "sg"))

    def _role_of_body_holder(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """"According to the head of the civil administration" after "Petro Kovalenko, head of
        the town's civil administration": a language that writes the body after the role
        (``np_link``) names its holder where it gave the role with a name; that person, as a
        referent (see ``_role_of_body``)."""
        if self._names is not None or m.span is None:
            return None  # Russian and Ukrainian read a role in a body by lemmas, above
        at = role_holder(doc, self.lx, m.span.start, m.span.end, self._in_quote)
        if at is None:
            return None
        cand = make_mention(doc, self.lx, *at)
        if cand is None or cand.kind != "named":
            return None
        return self._person_referent(cand, clusters, mentions)

    def _role_in_body(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """"очільник ОВА", "глава региона": a role in a body (Russian and Ukrainian put the
        body after the role, in the genitive) is the person the text titled with that body
        before ("голова Харківської ОВА Олег Синєгубов"), whatever the role word."""
        words = m.text.lower().split()
        if self._names is None or not 2 <= len(words) <= 3 or not is_title(words[0], self.lx):
            return None
        if words[0] in self.lx.org_suffixes and words[0] not in self.lx.person_suffixes:
            return None  # "Пресслужба ОВА додала": a body of the body, never its head
        at = _pos(m)
        lemmas = {self._names.lemma(w) for w in words[1:]}
        body = m.text.split()[1:]
        # the body's acronym ends the phrase: "речник ГУР", "радник голови ОП" (a role within a
        # role of the body)
        acronym = body[-1] if body and body[-1].isupper() and len(body[-1]) > 1 else ""
        acronyms = [w for w in body if w.isupper() and len(w) > 1]
        # "глава региона", "глава держави", "представитель Кремля": a role the language data
        # (role_kinds, by lemmas) give as another name for titles the text used before
        kinds = self._kinds_of(words)
        for c in sorted(clusters, key=lambda c: c.last, reverse=True):
            if c.cls != "person" or c.kind != "named" or not 0 <= c.last < at:
                continue
            titles = {self._names.lemma(t) for t in c.titles}
            if lemmas <= titles or (kinds and any(t.endswith(kinds) for t in titles)):
                return c
            # "очільник ОВА", "речник ДПСУ" after "начальник Харківської обласної військової
            # адміністрації ...", "речник Державної прикордонної служби ...": the body
            # abbreviated
            if acronym and any(
                _abbreviates(acronym, x.title, self.lx)
                # "речник ПС ЗСУ" after "Речник Повітряних сил ЗСУ": each acronym of the
                # body written in the title or standing for words of it
                or all(
                    a in x.title.split() or _abbreviates(a, x.title, self.lx) for a in acronyms
                )
                for x in c.mentions
                if x.title
            ):
                return c
            # "продовжив речник Генштабу" after "Речник Генштабу ЗСУ Дмитро Лиховій": the role
            # and its body written right before the name, whatever title the mention kept
            if m.span is not None and self._role_written_before(
                m.span.doc,
                c.name,
                m.span.start,
                {self._names.lemma(t.lower_) for t in m.span if not t.is_punct},
            ):
                return c
        return None

    def _introduced_holder(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """"По информации главы региона" after "Губернатор области Александр Гусев сообщил об
        ...": the person titled so in a sentence that quoted no one, as a referent."""
        introduced = self._role_holder_in_text(doc, m)
        if introduced is None:
            return None
        mentions.append(introduced)
        return self._same_name(introduced, clusters) or self._new_referent(
            introduced, clusters, ("person", "sg")
        )

    def _kinds_of(self, words: list[str]) -> tuple[str, ...]:
        """The titles a role phrase (lower-case ``words``) stands for, by the language's
        ``role_kinds``: the whole phrase's lemmas, else its opening words (at least two), so
        "глава пресс-службы президента" finds "глава пресс-служба"."""
        assert self._names is not None
        lemmas = [self._names.lemma(w) for w in words]
        for n in range(len(lemmas), 1, -1):
            kinds = self.lx.role_kinds.get(" ".join(lemmas[:n]))
            if kinds:
                return tuple(kinds)
        return ()

    def _role_holder_in_text(self, doc: Doc, m: Mention) -> Mention | None:
        """A role in a body ("главы региона", "голови ОВА", "Глава пресс-службы президента")
        that no speaker before holds: the person the text named before with a title of that
        kind or of that body ("Губернатор Воронежской области Александр Гусев", "голова
        Харківської ОВА Олег Синєгубов"), in a sentence that quoted no one. Russian and
        Ukrainian only (their morphology reads the lemmas); the nearest such name wins."""
        if self._names is None or m.span is None:
            return None
        words = m.span.text.lower().split()  # "пресс-службы" is one word here
        if not 1 <= len(words) <= 4 or not (
            is_title(words[0], self.lx) or is_title(self._names.lemma(words[0]), self.lx)
        ):
            return None
        if has_suffix(words[0], self.lx.org_suffixes):
            return None  # "Министерство обороны" is a body, never the minister
        kinds = self._kinds_of(words)
        body = {self._names.lemma(w) for w in words[1:]}
        written = m.span.text.split()
        acronym = written[-1] if len(written) == 2 and written[-1].isupper() else ""
        # the role word itself, or a general one the data give for it ("очільник" for
        # "голова"): with the body, the role must be the same ("командующий Росгвардии" is not
        # the "Пресс-секретарь Росгвардии" named before)
        roles = self._names.lemmas(words[0])
        roles |= {kind for role in list(roles) for kind in self.lx.role_kinds.get(role, ())}
        if not body:
            # a bare role ("пресс-секретаря"): that title, or one it stands for
            role = self._names.lemma(words[0])
            kinds = (role, *self.lx.role_kinds.get(role, ()))
        for ent in reversed(self._ents):
            if ent.label_ not in PER_LABELS or ent.end > m.span.start or len(ent) < 2:
                continue
            if self._in_quote(ent.start_char):
                continue
            # the title written right before the name, back to a cue or a punctuation mark
            # other than the hyphen inside a word ("Пресс-секретарь")
            lo = ent.start
            while lo > max(ent.sent.start, ent.start - 8):
                prev = doc[lo - 1]
                glued = prev.text == "-" and not prev.whitespace_ and not doc[lo - 2].whitespace_
                if (prev.is_punct and not glued) or prev.lower_ in self.lx.cue_verbs:
                    break
                lo -= 1
            run = [self._names.lemma(w) for w in doc[lo : ent.start].text.lower().split()]
            if not run or not any(is_title(w, self.lx) for w in run):
                continue
            same_role = any(w in roles for w in run)
            if (
                (kinds and any(w.endswith(kinds) for w in run))
                or (body and body <= set(run) and same_role)
                # "керівник ОВА" after "керівник обласної військової адміністрації X": the
                # body by its initials, the title spelt out
                or (
                    acronym
                    and same_role
                    and _abbreviates(acronym, doc[lo : ent.start].text, self.lx)
                )
            ):
                found = make_mention(doc, self.lx, ent.start, ent.end)
                if found is not None and found.kind == "named":
                    self._nominative(found)
                    return found
        return None

    def _nickname_holder(self, doc: Doc, m: Mention) -> Mention | None:
        """The person a speaker in quote marks made of capital initials stands for ('sier
        «BP»', '«JJ» sier'): the nearest person named before whose first names, or all of
        whose names, begin with those letters ("Bjørn Petter Ingebretsen"). In marks only:
        bare capitals are a body's acronym ("BP" the company)."""
        if m.span is None or m.kind not in ("organisation", "named"):
            return None
        letters = m.span.text.strip("«»\"“”'")
        if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
            return None
        text = doc_text(doc)  # the kept text: doc.text joins every token anew
        start, end = m.span.start_char, m.span.end_char
        opened = text[max(0, start - 1) : start + 1]
        closed = text[end - 1 : end + 1]
        if not any(q in opened for q in "«\"“") or not any(q in closed for q in "»\"”"):
            return None
        for ent in reversed(self._ents):
            if ent.label_ not in PER_LABELS or ent.end_char > start or self._in_quote(ent.start_char):
                continue
            words = ent.text.split()
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if len(words) > len(letters) and initials[: len(letters)] == letters or initials == letters:
                found = make_mention(doc, self.lx, ent.start, ent.end)
                if found is not None and found.kind == "named":
                    self._nominative(found)
                    return found
        return None

    def _role_written_before(self, doc: Doc, name: str, limit: int, wanted: set[str]) -> bool:
        """Whether the text writes ``name`` before token ``limit`` right after words whose
        lemmas hold all of ``wanted`` (the role and its body: "Речник Генштабу ЗСУ | Дмитро
        Лиховій" for "речник Генштабу")."""
        first = name.split()[0] if name else ""
        texts = token_texts(doc)
        for i in range(min(limit, len(doc))):
            if texts[i] != first:
                continue
            lo = max(doc[i].sent.start, i - 6)
            if wanted <= {self._names.lemma(t.lower_) for t in doc[lo:i] if not t.is_punct}:
                return True
        return False

    def _agent_focus(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """"sier 24-åringen", "løftaren": a definite agent noun that names no one the text
        gave that role refers back to the person it is about, the speaker named last. (The
        last person the text names, speaker or not, measured worse on the dev split.)"""
        if m.span is None:
            return None
        if (
            len(m.span) == 2
            and m.span[0].lower_ in self.lx.same_markers
            and _person_head(m.span[1].lower_, self.lx)
        ):
            return self._last_named_person(m, clusters)  # "hevder samme mann at ..."
        if not self._speaking_noun(m.span[-1]):
            return None
        if len(m.span) > 1 and not (
            # "den meritterte alpinisten": the article and adjectives of a double definite
            m.span[0].lower_ in self.lx.definite_determiners
            and all(t.pos_ == "ADJ" for t in m.span[1:-1])
            and len(m.span) > 2
            # a person's noun ("alpinisten"), never a body's ("det ukrainske militæret")
            and self._definite_noun(m.span[-1])
        ):
            return None
        if not m.span[-1].lower_.endswith(self.lx.agent_endings) and self._definite_noun(m.span[-1]):
            return None  # "Soldaten": a role the lexicon knows, someone new unless titled so
        head = m.span[-1].lower_
        if self._office_noun(m):
            # "Den ukrainske presidenten har uttalt": an office names its holder (the titled
            # reading finds him), never whoever the text named last
            return None
        at = _pos(m)
        named = [c for c in clusters if c.kind == "named" and c.cls == "person" and 0 <= c.last < at]
        aged = self._given_age(doc, head, at, named)
        if aged is not None:
            return aged
        return max(named, key=lambda c: c.last) if named else None

    def _given_age(self, doc: Doc, noun: str, at: int, named: list[_Cluster]) -> _Cluster | None:
        """The person an age noun ("15-åringen") stands for, when the text before it gave
        that age to a name: "15 år gamle Polina", "15-årige Polina", "Polina (15)". Of two
        sisters met together, the one speaking last need not be the fifteen-year-old."""
        lx = self.lx
        if not lx.age_nouns:
            return None
        found = re.fullmatch(rf"(\d+)-?(?:{'|'.join(map(re.escape, lx.age_nouns))})", noun)
        if found is None:
            return None
        age = re.escape(found.group(1))
        before = doc_text(doc)[:at]
        name = r"([A-ZÆØÅ][\w-]+)"
        patterns = [rf"{name}\s*\({age}\)"]
        if lx.age_years and lx.age_adjectives:
            years = "|".join(map(re.escape, lx.age_years))
            adjectives = "|".join(map(re.escape, lx.age_adjectives))
            patterns.append(rf"\b{age}\s+(?:{years})\s+(?:{adjectives})\s+{name}")
        if lx.age_attributives:
            attributives = "|".join(map(re.escape, lx.age_attributives))
            patterns.append(rf"\b{age}-(?:{attributives})\s+{name}")
        words = {hit.group(1).lower() for pattern in patterns for hit in re.finditer(pattern, before)}
        given = [c for c in named if words & {word.lower() for word in c.name.split()}]
        return max(given, key=lambda c: c.last) if given else None

    def _feeling_epithet(self, doc: Doc, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """"sa en beveget regissør": an indefinite role with how the speaker feels names no one
        new; it is the person named last whom the text gave that role ("filmregissør Erik
        Poppe")."""
        lx = self.lx
        if m.span is None or len(m.span) < 3 or m.span[0].lower_ not in lx.indefinite:
            return None
        if not any(t.lower_ in lx.epithet_adjectives for t in m.span[1:-1]):
            return None
        noun = m.span[-1].lower_
        lowers = doc_lowers(doc)
        if not any(noun in lowers[t] for t in range(m.span.start - 1)):
            return None  # "sier en bekymret mor": a role the text never gave introduces someone new
        at = _pos(m)
        named = [
            c for c in clusters
            if c.kind == "named" and c.cls == "person" and 0 <= c.last < at
            and any(title.endswith(noun) for title in c.titles)
        ]
        if named:
            return max(named, key=lambda c: c.last)
        # ... or whom the text introduced with it: "Filmregissør Erik Poppe har laget ..."
        for t in range(m.span.start - 1, -1, -1):
            if not lowers[t].endswith(noun) or t + 1 >= len(doc) or not is_cap(doc[t + 1].text):
                continue
            end = t + 1
            while end < len(doc) and is_cap(doc[end].text) and not doc[end].is_punct:
                end += 1
            found = make_mention(doc, lx, t + 1, end)
            if found is not None and found.kind == "named":
                return self._same_name(found, clusters)
        # ... else the person in focus, the one who spoke last: a feeling is shown by someone
        # the reader knows
        return self._last_named_person(m, clusters)

    def _role_intro(
        self, doc: Doc, m: Mention, stems: set[str], tail_stems: set[str] | None = None
    ) -> Mention | None:
        """The person the text introduced with this role anywhere before: "butikksjef Per Erik
        Landsvik" or "Harald Victor Hove, skolebyråd i Bergen" for "butikksjefen",
        "skolebyråden". The nearest introduction wins; one whose role only ends the same
        (``tail_stems``, the role after a club's hyphen) only when none is written whole."""
        tail_stems = tail_stems or set()
        assert m.span is not None
        lx = self.lx
        lowers = doc_lowers(doc)
        # the role as written ("sandviken-trener" for "Sandviken-treneren") before the role
        # after another's hyphen ("vålerenga-trener" for "VIF-treneren")
        whole = [t for t in range(m.span.start - 1, -1, -1) if any(lowers[t].startswith(st) for st in stems)]
        tails = [
            t
            for t in range(m.span.start - 1, -1, -1)
            if t not in whole and any(lowers[t].rpartition("-")[2].startswith(st) for st in tail_stems)
        ]
        for t in whole + tails:
            low = lowers[t]
            if low == lowers[m.span.end - 1]:
                continue
            if self._in_quote(doc[t].idx):
                continue
            # the name after the role: "butikksjef Per Erik Landsvik"
            end = t + 1
            while end < len(doc) and is_cap(doc[end].text) and not doc[end].is_punct:
                end += 1
            if end - t - 1 >= 2:
                found = make_mention(doc, lx, t + 1, end)
                if found is not None and found.kind == "named":
                    return found
            # or before it, as an apposition: "Harald Victor Hove, skolebyråd i Bergen"
            if t >= 3 and doc[t - 1].text == ",":
                start = t - 1
                while start > 0 and is_cap(doc[start - 1].text) and not doc[start - 1].is_punct:
                    start -= 1
                if t - 1 - start >= 2:
                    found = make_mention(doc, lx, start, t - 1)
                    if found is not None and found.kind == "named":
                        return found
        return None

    def _holder(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], stems: set[str]
    ) -> _Cluster | None:
        """The named person a sentence before gives the title to: "Olha Tkatsjenko har vært
        Ukrainas ambassadør i Oslo" for "ambassadøren"."""
        assert m.span is not None
        named = [c for c in clusters if c.kind == "named" and c.cls == "person" and c.last >= 0]
        if not named:
            return None
        # every word before the mention is tested: the kept columns, no Token per word
        lowers, char_starts, starts = doc_lowers(doc), token_starts(doc), sentence_starts(doc)
        for t in range(m.span.start - 1, -1, -1):
            low = lowers[t]
            if not any(low.startswith(st) for st in stems) or self._in_quote(char_starts[t]):
                continue
            a = _sentence_start(doc, t)
            later = bisect_right(starts, t)
            b = starts[later] if later < len(starts) else len(doc)
            words = {x.lower_ for x in doc[a:b] if is_cap(x.text)}
            # "Reporter Anna Berg met a local woman, Iryna Koval": a name right after the title
            # is whom the sentence gives it to, never another person the sentence names
            given: set[str] = set()
            k = t + 1
            while k < b and is_cap(doc[k].text) and not doc[k].is_punct:
                given.add(doc[k].lower_)
                k += 1
            for c in sorted(named, key=lambda c: c.last, reverse=True):
                if given and not given & set(c.name_key()):
                    continue
                if words & set(c.name_key()):
                    return c
        return None

    def _description(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        lx = self.lx
        if m.name and m.name != m.text:
            # an earlier component already knew what it refers to ("den britiske avisen")
            key = _strip(m.name.lower(), lx)
            for c in reversed(clusters):
                if _strip(c.name.lower(), lx) == key:
                    return c
        words = m.text.lower().split()
        for i, w in enumerate(words[1:], 1):
            if w in lx.np_link or w in lx.np_stop:
                words = words[:i]  # the head noun comes before a prepositional phrase
                break
        if not words or len(words) > 4:
            return None
        if words[0] in lx.medium_indefinite or words[0] in lx.indefinite:
            return None
        if len(words) > 1 and is_cap(m.text) and words[0].endswith(tuple(lx.genitive_markers)):
            return None  # "Turkey's president": the possessor says who, not an earlier mention
        head = words[-1]
        platform, _, noun = head.rpartition("-")
        if head not in lx.anaphors and platform in lx.platforms and noun in lx.anaphors:
            head = noun  # "За даними Telegram-каналу": the channel named before, on any platform
        cls = lx.anaphors.get(head)
        if cls is None:
            cls = lx.anaphors.get(" ".join(words[-2:])) if len(words) > 1 else None
        if cls is not None:
            earlier = sorted(
                (c for c in clusters if 0 <= c.last < _pos(m)), key=lambda c: c.last, reverse=True
            )
            fitting = [
                c
                for c in earlier
                if c.cls == cls
                # "departementet" never goes back to "Meduza": a body's noun takes an outlet
                # only when the outlet's name says it ("NRK ... kringkasteren")
                or (c.cls in ("organisation", "media") and _names(c, head))
            ]
            if cls in ("organisation", "media"):
                # "departementet" prefers "forsvarsdepartementet" to any organisation; "the
                # agency" an agency named so
                fitting.sort(key=lambda c: not _names(c, head))
            if cls == "organisation" and lx.description_modifiers_match:
                # "the defence ministry" is an organisation its words name, not "the agency"
                mods = [w[:4] for w in words[:-1] if w not in lx.determiners]
                fitting = [
                    c for c in fitting if all(_names(c, mod) for mod in mods)
                ]
            if cls == "person":
                number = mention_class(lx, m)[1]
                fitting = [c for c in fitting if c.number == number]  # "Soldatane" not "Oleh"
                if head in lx.noun_genders:
                    # "Kvinnen skriver i klagen" never goes back to "Tor Bertelsen"
                    fitting = [c for c in fitting if self._named_gender(c) in (None, lx.noun_genders[head])]
                # "the soldier" is the person titled or described so ("Ukrainian soldier Ivan
                # Petrov", "en ukrainsk soldat"); a role no one had yet is someone new, while
                # "mannen", "the man" take the last person
                stem = head[:5]
                described = [
                    c
                    for c in fitting
                    if any(t.startswith(stem) for t in c.titles)
                    or any(stem in x.text.lower() for x in c.mentions)
                ]
                if not described and head in lx.generic_persons:
                    # "Mannen seier ..." after "Ein mann i 60-åra må møte i retten": the man
                    # the text introduced, though he never spoke, before the last person
                    introduced = self._introduction(m, clusters)
                    if introduced is not None and self._named_gender(introduced) in (
                        None,
                        lx.noun_genders.get(head, self._named_gender(introduced)),
                    ):
                        return introduced
                fitting = described or (fitting if head in lx.generic_persons else [])
            if cls == "media" and not fitting:
                fitting = [c for c in earlier if c.cls == "organisation"]
            if head in lx.body_name_words:
                # "According to the ministry" after "The city council said": a council is no
                # ministry, "the government" not the agency relaying it, "the agency" not the
                # army; the body's name must say what the noun is (an outlet is any "agency"),
                # else the description is a body of its own
                parts = lx.body_name_words[head]
                fitting = [
                    c
                    for c in fitting
                    if (cls == "media" and c.cls == "media") or any(_names(c, part) for part in parts)
                ]
            if fitting:
                return fitting[0]
        text = m.text.lower()
        for c in reversed(clusters):
            if c.kind == "descriptive" and c.name.lower() == text:
                return c
        return None

    def _introduction(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """The indefinite phrase that introduced the person a definite generic noun takes up
        ("ein mann i 60-åra" for "Mannen", "en kvinne (34)" for "kvinnen"), as a referent of
        its own; ``None`` when the text has none before it."""
        lx = self.lx
        if m.span is None or len(m.span) != 1:
            return None
        head = m.span[0].lower_
        stems = [head[: -len(x)] for x in lx.definite_suffixes if head.endswith(x) and len(head) - len(x) >= 3]
        if not stems:
            return None
        doc = m.span.doc
        for t in range(m.span.start - 1, max(0, m.span.start - LOOKBACK_TOKENS), -1):
            low = doc[t].lower_
            if t == 0 or doc[t - 1].lower_ not in lx.indefinite:
                continue
            kinds = [head for stem in stems for head in lx.generic_kinds.get(stem, ())]
            if not any(low.startswith(stem) and len(low) - len(stem) <= 1 for stem in stems) and not any(
                low.endswith(kind) for kind in kinds
            ):
                continue  # "Kvinnen" takes up "en kvinne" or "en småbarnsmor"
            if self._in_quote(doc[t].idx):
                continue
            start, end = np_after(doc, lx, t - 1, min(len(doc), t + 6))
            if end <= t:
                end = t + 1
            if end + 1 < len(doc) and doc[end].lower_ in lx.place_preps and doc[end + 1].text[:1].isdigit():
                end += 2  # "ein mann i 60-åra": the age belongs to the description
            cand = Mention(span=doc[start:end], name=doc[start:end].text, kind="descriptive")
            same = next((c for c in clusters if c.kind == "descriptive" and c.name == cand.name), None)
            return same or self._new_referent(cand, clusters)
        return None

    def _described_source(self, m: Mention) -> bool:
        """Whether ``m`` is an anonymous source described by more than its noun ("источник
        “Ъ” в отрасли", "два джерела в розвідці" is read by its number first)."""
        return (
            m.kind == "descriptive"
            and m.span is not None
            and len(m.span) > 1
            and m.span[0].lower_ in self.lx.source_noun_forms
        )

    def _told_outlet_only(self, m: Mention) -> bool:
        """Whether a source phrase is its noun and the outlet it spoke to, nothing more
        ("сказав співрозмовник УП", "источник РБК"): no place or body that sets it apart."""
        if m.span is None or len(m.span) < 2:
            return False
        doc = m.span.doc
        rest = span_text(m.span[1:]).strip("«»„“”\"").lower()
        nxt = doc[m.span.end] if m.span.end < len(doc) else None
        return rest in self.lx.outlets and not (
            nxt is not None and nxt.lower_ in self.lx.locative_sources
        )

    def _platform_outlet_noun(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """An outlet noun behind a platform's name ("За даними Telegram-каналу", "по данным
        Telegram-канала"), capitalised for the platform and so read as a name: the channel
        named before, as the noun alone would be."""
        words = m.text.lower().split()
        if len(words) != 1:
            return None
        platform, _, noun = words[0].rpartition("-")
        if platform not in self.lx.platforms or noun not in self.lx.anaphors:
            return None
        return self._description(m, clusters)

    def _bare_source_noun(self, m: Mention) -> bool:
        """Whether ``m`` is a source noun alone ("джерела", "источника")."""
        if self._names is None or m.span is None or len(m.span) != 1:
            return False
        return self._names.lemma(m.span[0].lower_) in self.lx.source_nouns

    def _source_read_as_body(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """A bare source noun the sourcing phrase read as a body ("По словам источника",
        "За словами джерела"): the anonymous source described before it ("источник РБК в
        экстренных службах"), which keeps its description as its name."""
        found = self._sources_again(m, clusters)
        if found is not None:
            m.kind, m.entity_type = "descriptive", None
        return found

    def _sources_again(
        self, m: Mention, clusters: list[_Cluster], told: bool = False
    ) -> _Cluster | None:
        """A bare source noun refers to the anonymous sources named before it, in the same
        number ("За словами співрозмовників" after "розповіли два джерела в розвідці"; "по
        словам источника" after "источник в правительстве"): Russian and Ukrainian have no
        article to say so. With ``told``, the noun may name the outlet it spoke to ("сказав
        співрозмовник УП" after "розповіло джерело в СБУ")."""
        names = self._names
        if names is None or m.span is None or (len(m.span) != 1 and not told):
            return None
        word = m.span[0].lower_
        if names.lemma(word) not in self.lx.source_nouns:
            return None
        doc = m.span.doc
        nxt = doc[m.span.end] if m.span.end < len(doc) else None
        if not told and nxt is not None and (
            nxt.text in _QUOTE_MARKS or is_cap(nxt.text) or nxt.lower_ in self.lx.locative_sources
        ):
            return None  # "Источник “Ъ” в ...": a phrase read short, a source of its own
        plural = names.is_plural(word)
        for c in sorted(clusters, key=lambda c: c.last, reverse=True):
            if not 0 <= c.last < _pos(m) or c.kind == "pronoun":
                continue
            words = c.name.lower().split()
            counted = len(words) > 1 and names.is_numeral(words[0])
            head = words[1] if counted else (words[0] if words else "")
            if names.lemma(head) in self.lx.source_nouns and (
                counted or names.is_plural(head)
            ) == plural:
                return c
        return None

    def _definite(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """A definite description joins the last referent it names more fully:
        "Bataljonssjefen" -> "en ukrainsk bataljonssjef", "the official" -> "a senior U.S.
        defense official", "Luftforsvaret" -> "Ukrainas luftforsvar"."""
        lx = self.lx
        words = m.text.lower().split()
        if not words or len(words) > 3:
            return None
        head = words[-1]
        if len(words) > 1 and words[0] not in lx.definite_determiners:
            return None
        stems = {head} | _definite_stems(head, lx)
        if len(words) == 1 and stems == {head}:
            return None  # a bare indefinite noun
        at = _pos(m)
        number = mention_class(lx, m)[1]
        # "the air force" after "air force spokesman Yuriy Ihnat": a body named by its own noun
        # is the body, never the person whose title names it
        body = m.kind == "organisation" and has_suffix(head, lx.org_suffixes) and not has_suffix(
            head, lx.person_suffixes
        )
        holders = [
            c for c in clusters
            if 0 <= c.last <= at and c.kind == "named" and c.cls == "person" and stems & c.titles
            and not body
        ]
        if len(words) > 1 and len(holders) == 1:
            # "den britiske forsvarsministeren" after "forsvarsminister Ben Wallace": the one
            # person the text gave the role, whatever adjectives the description adds
            return holders[0]
        for c in sorted(clusters, key=lambda c: c.last, reverse=True):
            if not 0 <= c.last <= at or c.kind == "pronoun":
                continue
            if c.cls == "person" and (c.number != number or body):
                continue  # "Soldatene" is not "en av de tre russiske soldatene"
            names = c.name.lower().split()
            if names == words:
                continue
            names += sorted(c.titles)  # "kompanisjefen" -> "«Bizon»", titled "kompanisjef"
            mods = [w[:4] for w in words[:-1] if w not in lx.determiners]
            if any(w.endswith(st) for w in names for st in stems) and all(
                any(n.startswith(p) for n in names) for p in mods
            ):
                return c
            if (
                m.kind == "organisation"
                and c.kind == "organisation"
                and len(words) == 1
                and any(
                    w.startswith(st) and len(w) - len(st) >= ORG_COMPOUND_TAIL
                    for w in names[-1:]
                    for st in stems - {head}
                )
            ):
                # "politiet" after "Østfold politidistrikt": the body named as a compound of
                # the noun ("politi" + "distrikt"), not another word it opens ("politiker")
                return c
        return None

    # -- pronouns ------------------------------------------------------------------------

    def _antecedent(
        self,
        doc: Doc,
        m: Mention,
        clusters: list[_Cluster],
        quoted: list[tuple[int, int]],
        mentions: list[Mention],
    ) -> _Cluster | None:
        lx = self.lx
        cls, number = mention_class(lx, m)
        at = _pos(m)
        best: _Cluster | None = None
        for c in clusters:
            if not 0 <= c.last < at:
                continue
            if not _fits(cls, number, c.cls, c.number) or not self._same_gender(m, c):
                continue
            if c.name.lower() in lx.first_person and m.text.lower() not in lx.first_person:
                continue  # an "I" no one was found for is nobody's antecedent ("spør hun")
            if best is None or c.last > best.last:
                best = c
        if m.span is None:
            return best
        if best is not None and lx.pronouns.get(m.text.lower(), {}).get("speakers_only"):
            # "Окупаційна адміністрація звинувачує ЗСУ ... Там заявили": a pronoun for the
            # body that spoke last, not for a body it spoke about
            return best
        if cls == "person" and number == "sg":
            named = self._in_sentence(m, clusters)
            if named is not None:
                return named
        opener = (
            self._body_opening_report(doc, m) or self._subject_after_fronted(doc, m)
            if cls == "organisation" and number == "sg"
            else None
        )
        cand = opener or self._text_candidate(doc, m, cls, number, quoted, best.last_end if best else -1)
        if cand is None and best is None and cls == "person" and number == "sg":
            # no one before in the two paragraphs and no speaker yet: the person a feature
            # introduced a few paragraphs up ("Hanna Veits (28) frå Luhansk ... Me møter henne
            # ... – ..., seier ho.")
            cand = self._text_candidate(doc, m, cls, number, quoted, -1, reach=FEATURE_REACH)
            if cand is None:
                cand = self._heading_person(doc, m)
            if cand is None:
                cand = self._person_named_next(doc, m)
        if cand is not None and best is not None and _beside_speaker(cand, best, at):
            cand = None  # "Marchenko, beside President Moroz, told the president ... He said"
        if cand is not None and best is not None and self._gender_told(m, best, cand):
            cand = None  # "hevder datteren av mullah X ... X ble dømt ... – ..., skriver hun"
        if cand is not None:
            if cand.kind == "named" and len(cand.name.split()) == 1:
                # "Seljås" found for "han": the full name the text gave ("Sveinung Seljås")
                cand.name = self._fuller_name(doc, cand) or cand.name
            # a name found in the text in an oblique case ("заявления | Дональда Трампа") is
            # given in the nominative, as every speaker read before
            self._nominative(cand)
            mentions.append(cand)
            c_cls, c_num = mention_class(lx, cand)
            c = _Cluster(len(clusters), cand.kind, c_cls, c_num, cand.name, -1)
            same = (
                self._same_org(cand, clusters)
                if cand.kind == "organisation"
                else (self._same_name(cand, clusters) if cand.kind == "named" else None)
            )
            if same is None and cand.kind == "named" and self._epithet(cand):
                same = self._last_named_person(cand, clusters)  # "The Dutchman rued that"
            if same is None and cand.kind == "descriptive":
                # "The soldier, who ..., described" after "A Ukrainian soldier told the BBC":
                # a description found for a pronoun joins the one it refers back to, as it
                # would have as a speaker of its own
                same = self._description(cand, clusters) or self._definite(cand, clusters)
            if same is not None:
                self._join(same, cand)
                return same
            clusters.append(c)
            self._join(c, cand)
            return c
        return best

    def _body_opening_report(self, doc: Doc, m: Mention) -> Mention | None:
        """The body a closing "it" refers to when the words it reports open its sentence with
        that body as their subject ('The army "repelled the attack" with heavy losses, it said
        in a statement'): the body reports on itself, so an earlier body (often the enemy it
        fought) is no antecedent. Only an organisation opening the report counts; a person or
        a victim named there stays what is reported."""
        reported = _reported_by(doc._.st_quotes or [], m)
        if not reported or m.span is None:
            return None
        first = doc.char_span(reported[0][0], reported[0][1], alignment_mode="expand")
        if first is None or first.start != _sentence_start(doc, first.start):
            return None
        phrase = subject_at(doc, self.lx, first.start, first.end)
        if phrase is None or phrase[0] != first.start:
            return None
        found = make_mention(doc, self.lx, *phrase)
        if found is None or found.kind != "organisation" or found.span is None:
            return None
        return found

    def _subject_after_fronted(self, doc: Doc, m: Mention) -> Mention | None:
        """The body a pronoun in a fronted phrase points forward to ("In what it called a
        precise strike, the army said ..."): the phrase opens the sentence with a preposition
        or a subordinator and ends at the first comma after the pronoun; the body opening the
        main clause after that comma is who "it" is, not a body named in sentences before."""
        if m.span is None:
            return None
        first = _sentence_start(doc, m.span.start)
        if first == m.span.start or doc[first].pos_ not in ("ADP", "SCONJ"):
            return None
        limit = min(len(doc), m.span.start + 40)
        comma = next((t for t in range(m.span.end, limit) if doc[t].text == "," or doc[t].is_sent_start), None)
        if comma is None or doc[comma].text != "," or any(doc[t].text == "," for t in range(first, m.span.start)):
            return None
        phrase = subject_at(doc, self.lx, comma + 1, limit)
        if phrase is None or phrase[0] != comma + 1:
            return None
        found = make_mention(doc, self.lx, *phrase)
        if found is None or found.kind != "organisation" or found.span is None:
            return None
        return found

    def _person_named_between(self, start: int, end: int) -> bool:
        """Whether the tagger names a person between tokens ``start`` and ``end``: a body that
        has named someone of its own leaves its pronouns no headline or later person."""
        return any(ent.label_ in PER_LABELS and start <= ent.start < end for ent in self._ents)

    def _person_named_next(self, doc: Doc, m: Mention) -> Mention | None:
        """A pronoun in a feature's opening paragraph before anyone is named ("– ..., sier hun
        stille." then "Her i Stathelle fant Julia, hennes to sønner ... trygghet"): the first
        person the next body paragraph names whose first name fits the pronoun's gender."""
        assert m.span is not None
        body = [(a, end) for a, end, role in self._paras if role == "body"]
        at = next((i for i, (a, end) in enumerate(body) if a <= m.span.start < end), None)
        if at is None or at > 1 or at + 1 >= len(body):
            return None  # the opening paragraph (the second, when a headline reads as body)
        if self._person_named_between(body[0][0], m.span.start):
            return None  # someone was named before: not a pronoun ahead of its person
        start, end = body[at + 1]
        for ent in self._ents:
            if ent.start < start or ent.start >= end or ent.label_ not in PER_LABELS:
                continue
            read = make_mention(doc, self.lx, ent.start, ent.end)
            if read is None or read.kind != "named" or genitive_name(doc, ent):
                continue
            # the first name must tell its gender: a lone surname ("Hoksrud") may be anyone
            gender = self._first_name_gender(read.name.split()[0])
            if gender is not None and gender == self.lx.pronouns.get(m.text.lower(), {}).get("gender"):
                return read
        return None

    def _heading_person(self, doc: Doc, m: Mention) -> Mention | None:
        """The one person the headline names, for a pronoun in the opening body paragraphs
        that nothing before it in the body can stand for ("Zelenskyj sier Russland ikke vil
        seire" / "Han sier at ..."): a lede cut from under its headline continues it. Two
        people in the headline, or a name that does not fit the pronoun's gender, give none."""
        assert m.span is not None
        body = [a for a, _end, role in self._paras if role == "body" and a <= m.span.start]
        if len(body) > FEATURE_REACH or (
            # further down only while the body has named no one of its own ("NRK møtte
            # presidenten i Kyiv ... – ..., svarte han"): no one else the pronoun could be
            len(body) > HEADING_REACH and self._person_named_between(body[0], m.span.start)
        ):
            return None
        people: dict[tuple[str, ...], Mention] = {}
        for ent in self._ents:
            if ent.start >= m.span.start:
                break
            if ent.label_ not in PER_LABELS or ent.start >= (body[-1] if body else m.span.start):
                continue
            if not any(a <= ent.start < end and role == "heading" for a, end, role in self._paras):
                continue
            read = make_mention(doc, self.lx, ent.start, ent.end)
            if read is None or read.kind != "named" or _modifies_next(doc, self.lx, ent.end):
                continue  # "Various Russian attacks": no one
            if genitive_name(doc, ent):
                continue  # "Putins tale": a genitive names no one who speaks
            people.setdefault(name_words(read.name)[-1:], read)
        if len(people) != 1:
            return None
        (found,) = people.values()
        return found if self._gender_fits(m, found.name) else None

    def _same_gender(self, m: Mention, c: _Cluster) -> bool:
        """Whether a gendered pronoun ("він", "она": ``gender`` in the language's pronoun data)
        can stand for a person named ``c``; the first name's gender comes from the
        morphology, a description's from its gendered head noun ("Hennes ektemann ..." is no
        "Hun forteller"). Unknown genders fit."""
        if c.cls != "person":
            return True
        if c.kind == "descriptive":
            gender = self.lx.pronouns.get(m.text.lower(), {}).get("gender")
            head = self._head_gender(c.name.lower().split())
            return not gender or head is None or head == gender
        if c.kind != "named":
            return True
        return self._gender_fits(m, c.name)

    def _gender_told(self, pronoun: Mention, speaker: _Cluster, named: Mention) -> bool:
        """Whether a gendered pronoun keeps to the speaker described with a noun of its gender
        rather than a lone name the text gave after it whose gender nothing tells ("datteren
        av mullah X hevder ... X ble dømt i mars. – ..., skriver hun"): a lone name, which may
        be a surname, only fits where it is no first name of the pronoun's gender; the
        description's noun agrees."""
        gender = self.lx.pronouns.get(pronoun.text.lower(), {}).get("gender")
        if not gender or speaker.kind != "descriptive" or named.kind != "named":
            return False
        if self._head_gender(speaker.name.lower().split()) != gender:
            return False
        return len(named.name.split()) < 2 and self._first_name_gender(named.name) != gender

    def _gendered_noun_before(self, doc: Doc, pronoun: Mention, lo: int, hi: int) -> Mention | None:
        """The last person noun of the pronoun's gender the text wrote between ``lo`` and
        ``hi`` (an object too), with its article and adjectives ("Politiet fikk en
        telefon fra en bekymret kvinne. ... Hun forteller at ..."): where no name and no
        subject stands for the pronoun, the one person the text introduced as a woman
        (a man) is who "hun" ("han") is."""
        gender = self.lx.pronouns.get(pronoun.text.lower(), {}).get("gender")
        if not gender:
            return None
        lowers = doc_lowers(doc)
        for head in range(hi - 1, lo - 1, -1):
            if self.lx.noun_genders.get(lowers[head]) != gender or self._in_quote(doc[head].idx):
                continue
            start = head
            while start > lo and (
                lowers[start - 1] in self.lx.determiners or doc[start - 1].pos_ == "ADJ"
            ):
                start -= 1
            return make_mention(doc, self.lx, start, head + 1)
        return None

    def _head_gender(self, words: list[str]) -> str | None:
        """The gender of a description's head noun: the first gendered person noun before the
        phrase goes on with a preposition or a relative clause ("datteren av mullah X" is a
        woman, "en venn av kvinnen" is no one known); ``noun_genders`` in the language's data."""
        lx = self.lx
        stops = lx.np_link | lx.place_preps | lx.recipient_preps | lx.source_preps | lx.relatives
        for word in words:
            if word in stops:
                return None
            gender = lx.noun_genders.get(word.strip(",.:;"))
            if gender is not None:
                return gender
        return None

    def _gender_fits(self, m: Mention, name: str) -> bool:
        gender = self.lx.pronouns.get(m.text.lower(), {}).get("gender")
        if not gender:
            return True
        named = self._name_gender(name)
        return named is None or named == gender

    def _noun_gender_fits(self, pronoun: Mention, described: Mention) -> bool:
        """Whether a gendered pronoun can stand for a description whose head noun has a
        gender ("the woman" for "he" cannot; ``noun_genders`` in the language's data)."""
        gender = self.lx.pronouns.get(pronoun.text.lower(), {}).get("gender")
        noun_gender = self._head_gender(described.text.lower().split())
        return not gender or noun_gender is None or noun_gender == gender

    def _described(
        self,
        doc: Doc,
        m: Mention,
        clusters: list[_Cluster],
        quoted: list[tuple[int, int]],
        mentions: list[Mention],
    ) -> _Cluster | None:
        """What a description refers back to: the first of the readings, in their order, whose
        person a gendered noun can stand for ("Kvinnen skriver i klagen" is never the judge
        "Tor Bertelsen" named before)."""
        if self._owned_kin(doc, m):
            # "Datteren sier ..." where the text wrote "ordførerens datter": the one so
            # described, unless a name goes with the noun ("datteren Kari"); never the person
            # who spoke last
            found = self._kin_named(doc, m, clusters, mentions)
            return found if found is not None and self._noun_fits(m, found) else None
        for read in (
            lambda: self._members_again(m, clusters),
            lambda: self._kin_named(doc, m, clusters, mentions),
            lambda: self._outlet_introduced(doc, m, clusters, mentions),
            lambda: self._sources_again(m, clusters),
            lambda: self._titled(doc, m, clusters, quoted, mentions),
            lambda: self._description(m, clusters),
            lambda: self._definite(m, clusters),
            lambda: self._agent_focus(doc, m, clusters, mentions),
            lambda: self._feeling_epithet(doc, m, clusters),
        ):
            found = read()
            if found is not None and self._noun_fits(m, found):
                return found
        return None

    def _kin_named(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """A family noun alone ("sier kona") is the person the text named with it before
        ("ned trappa kommer kona Kirsten"): that person, found in the text."""
        lx = self.lx
        if m.span is None or len(m.span) != 1 or m.span[0].lower_ not in lx.kin_nouns:
            return None
        word = m.span[0].lower_
        lowers = doc_lowers(doc)
        for at in range(m.span.start - 1, -1, -1):
            if lowers[at] != word or at + 1 >= len(doc) or not is_cap(doc[at + 1].text):
                continue
            end = at + 2
            while end < len(doc) and is_cap(doc[end].text) and not doc[end].is_punct:
                end += 1
            found = make_mention(doc, lx, at, end)
            if found is None or found.kind != "named" or found.span is None:
                return None
            same = self._same_name(found, clusters)
            if same is not None:
                return same
            mentions.append(found)
            return self._new_referent(found, clusters)
        return self._kin_bond(doc, m, clusters, mentions)

    def _office_noun(self, m: Mention) -> bool:
        """The mention's head is a definite office ("Statsministeren", "forsvarsministeren"):
        it names whoever holds the office, which only a title before a name tells."""
        if m.span is None:
            return False
        head = m.span[-1].lower_
        return any(has_suffix(stem, self.lx.office_titles) for stem in _definite_stems(head, self.lx))

    def _owned_kin(self, doc: Doc, m: Mention) -> bool:
        """A lone family noun ("Datteren") the text describes by whose it is ("ordførerens
        datter", "mullah Krekars datter"): the description is the speaker's fullest form."""
        if m.span is None or len(m.span) != 1 or m.span[0].lower_ not in self.lx.kin_nouns:
            return False
        found = fuller_description(doc, m.span[0].text, self.lx, self._description_preps, frozenset())
        return found is not None

    def _kin_bond(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """A family noun the text never wrote before a name ("..., forklarer moren") is the
        one person the text names opening a sentence that has the other side of the bond
        ("Kari Nordmann har ikke hørt fra sønnen"): the mother of the son the story is
        about. Anywhere in the text, as a feature may name her late; None when no such
        sentence or more than one person does (two parents: no telling which spoke)."""
        lx = self.lx
        assert m.span is not None
        bond = lx.kin_reciprocals.get(m.span[0].lower_)
        if not bond:
            return None
        if self._owned_kin(doc, m):
            return None  # "mullah Krekars datter": the text says whose; that description speaks
        lowers = doc_lowers(doc)
        found: dict[tuple[str, ...], Mention] = {}
        for ent in self._ents:
            if ent.label_ not in PER_LABELS or ent.start != _sentence_start(doc, ent.start):
                continue
            stop = next((t for t in range(ent.end, len(doc)) if doc[t].is_sent_start), len(doc))
            if not any(lowers[t] in bond for t in range(ent.end, stop)):
                continue
            read = make_mention(doc, lx, ent.start, ent.end)
            if read is None or read.kind != "named" or genitive_name(doc, ent):
                continue  # "Karis sønn": a genitive opens no clause of hers
            found.setdefault(name_words(read.name)[-1:], read)
        if len(found) != 1:
            return None
        (person,) = found.values()
        same = self._same_name(person, clusters)
        if same is not None:
            return same
        mentions.append(person)
        return self._new_referent(person, clusters)

    def _outlet_introduced(
        self, doc: Doc, m: Mention, clusters: list[_Cluster], mentions: list[Mention]
    ) -> _Cluster | None:
        """An outlet noun ("Британська газета пише", "the newspaper said") is the one outlet
        the text introduced by such a noun before ("у колонці для британського видання The
        Telegraph"), though that outlet never spoke before: found in the text, as
        :meth:`_kin_named` finds a relative. None when an outlet spoke before (the anaphor
        reading takes it) or the text introduced no outlet, or more than one."""
        lx = self.lx
        words = m.text.lower().split()
        if m.span is None or not words or lx.anaphors.get(words[-1]) != "media":
            return None
        if any(c.cls == "media" and 0 <= c.last < _pos(m) for c in clusters):
            return None
        lowers = doc_lowers(doc)
        found: dict[str, tuple[int, int]] = {}
        for at in range(m.span.start - 1):
            if lx.anaphors.get(lowers[at]) != "media" or not is_cap(doc[at + 1].text):
                continue
            for size in (4, 3, 2, 1):
                end = at + 1 + size
                if end <= m.span.start and span_text(doc[at + 1 : end]).lower() in lx.outlets:
                    found.setdefault(span_text(doc[at + 1 : end]).lower(), (at + 1, end))
                    break
        if not found:
            found = _outlet_written_before(doc, lx, m.span)
        if len(found) != 1:
            return None
        start, end = next(iter(found.values()))
        outlet = make_mention(doc, lx, start, end)
        if outlet is None or outlet.span is None:
            return None
        same = self._same_name(outlet, clusters)
        if same is not None:
            return same
        mentions.append(outlet)
        return self._new_referent(outlet, clusters, ("media", "sg"))

    def _noun_fits(self, m: Mention, c: _Cluster) -> bool:
        """Whether a gendered person noun ("kvinnen", "mannen") can stand for cluster ``c``."""
        words = m.text.lower().split()
        wanted = self.lx.noun_genders.get(words[-1]) if words else None
        return wanted is None or self._named_gender(c) in (None, wanted)

    def _named_gender(self, c: _Cluster) -> str | None:
        """The gender of a named person's first name, if known."""
        if c.kind != "named" or c.cls != "person":
            return None
        return self._name_gender(c.name)

    def _name_gender(self, name: str) -> str | None:
        """The gender of a full name's first name (two words or more: a lone word may be a
        surname), from the morphology (ru, uk) or the first-name table."""
        words = name.split()
        if len(words) < 2:
            return None
        return self._first_name_gender(words[0])

    def _first_name(self, word: str) -> bool:
        """Whether ``word`` is a capitalised first name the lexicon or the shared list knows
        ("Oleh", "Iryna"): alone it still names a person, though no tagger said so."""
        return is_cap(word) and self._listed_gender(word) is not None

    def _first_name_gender(self, word: str) -> str | None:
        """The gender of a first name, from the morphology (ru, uk) or the first-name table."""
        if self._names is not None:
            return self._names.morphology.gender(word)
        return self._listed_gender(word)

    def _listed_gender(self, word: str) -> str | None:
        """A first name's gender from the language's own list, else the shared table."""
        return self.lx.first_name_genders.get(word.lower()) or first_names.gender(word)

    def _in_sentence(self, m: Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """A person named earlier in the pronoun's own sentence ("Serhiy's unit has lost 11
        men since August, he said")."""
        span = m.span
        assert span is not None
        doc = span.doc
        # the sentence's first word, from the kept starts (not a Token per word walked back)
        starts = sentence_starts(doc)
        k = starts[bisect_right(starts, span.start) - 1]
        texts = token_texts(doc)
        # a name after a preposition is what the words are about, not who says them ("... må
        # gjøres tydelig for Putin at ..., sa han videre")
        words = {
            texts[t].lower()
            for t in range(k, span.start)
            if is_cap(texts[t]) and not (t > k and doc[t - 1].pos_ == "ADP")
        }
        if not words:
            return None
        for c in sorted(clusters, key=lambda c: c.last, reverse=True):
            if (
                c.kind == "named"
                and c.cls == "person"
                and c.last >= 0
                and words & set(c.name_key())
                and self._same_gender(m, c)
            ):
                return c
        return None

    def _text_candidate(
        self,
        doc: Doc,
        m: Mention,
        cls: str,
        number: str,
        quoted: list[tuple[int, int]],
        after: int,
        want: set[str] | None = None,
        reach: int = 2,
    ) -> Mention | None:
        """An antecedent named in the text between the last fitting mention and the pronoun,
        in this paragraph or the ``reach - 1`` before: an entity, or the subject opening a sentence
        ("Britisk etterretning omtalte ...", "En ukrainsk bataljonssjef ... beskriver ...",
        "Moren hans, Halyna Melnyk, ventet ...")."""
        lx = self.lx
        span = m.span
        assert span is not None
        upto = bisect_right(self._para_starts, span.start)
        paras = self._paras[: max(upto, 1)]
        body = [p for p in paras[-8:] if p[2] == "body"] or paras[-1:]
        lo_tok = body[-min(reach, len(body))][0]
        subjects_from = first_named = lo_tok
        if len(body) >= 3 and doc[lo_tok].lower_ == m.text.lower():
            # the paragraph before opens with the same pronoun ("Ho har ..."): the person it
            # stands for is the first one the paragraph before that names
            lo_tok = body[-3][0]
            first_named = next(
                (e.start for e in self._ents[bisect_left(self._ent_starts, lo_tok) :] if e.label_ in PER_LABELS),
                -1,
            )
        # a paragraph of any length gets a bounded look-back: one pronoun's search would
        # otherwise scan a 300,000-character paragraph, once per pronoun (issue #15, D7)
        lo_tok = max(lo_tok, span.start - LOOKBACK_TOKENS)
        # page furniture between ("Hide Ad") names no one
        skip = [(a, b) for a, b, role in paras[-8:] if role == "boilerplate" and a >= lo_tok]
        best: Mention | None = None
        offered: list[Mention] = []
        own_sentence = _sentence_start(doc, span.start)
        # "..., sa han videre": the pronoun speaks the words before it, so the names in them are
        # what is reported, not who reports it
        closes_report = (
            span.start >= 2
            and doc[span.start - 1].lower_ in lx.cue_verbs
            and doc[span.start - 2].text == ","
        )
        # "An 82-year-old woman was killed ..., he wrote": the words an indirect quote gives the
        # pronoun, before its cue, are what it reports; the victim named in them is not who
        # speaks (any word order, so also English "..., he said" with the pronoun first)
        reported = _reported_by(doc._.st_quotes or [], m)
        # the sentence where the speaker before was last named: a person it names after a
        # preposition is part of the scene ("sa Stoltenberg på en pressekonferanse med
        # forsvarsministeren Boris Pistorius"), not the next speaker
        scene = None
        if after > 0:
            last = doc.char_span(after - 1, after, alignment_mode="expand")
            scene = _sentence_start(doc, last.start) if last is not None else None

        # sentences between that open with the same pronoun ("Ho har forbarma seg over ein hund
        # som Ukraina ...") are about the same person: the names later in them are others
        pronoun = m.text.lower()
        lowers = doc_lowers(doc)
        same_subject = {
            t for t in range(lo_tok, own_sentence) if lowers[t] == pronoun and doc[t].is_sent_start
        }

        def offer(cand: Mention | None) -> None:
            nonlocal best
            if cand is None or cand.span is None or cand.kind == "pronoun":
                return
            if cand.span.start_char < after or cand.span.end > span.start:
                return
            if closes_report and cand.span.start >= own_sentence:
                return
            if any(start <= cand.span.start_char < end for start, end in reported):
                return
            if (
                lx.genitive_issuer
                and cand.span.start >= own_sentence
                and any(lowers[t] in lx.relatives for t in range(own_sentence, cand.span.start))
                and any(doc[t].text == "," for t in range(cand.span.end, span.start))
            ):
                # "Говоря о системе, которая следит за заявлениями Трампа, он сказал": a name
                # inside a clause before the pronoun's is what that clause is about
                return
            if same_subject and _sentence_start(doc, cand.span.start) in same_subject:
                return
            if cand.span.start < subjects_from and cand.span.start != first_named:
                return  # "... brukar Hallvard timar i parken med Lavrans og Tarald": not them
            if (
                scene is not None
                and _sentence_start(doc, cand.span.start) == scene
                and cand.span.start > 0
                and doc[cand.span.start - 1].pos_ == "ADP"
            ):
                return
            if any(a <= cand.span.start < b for a, b in skip):
                return
            if self._in_quote(cand.span.start_char):
                return
            if cand.kind == "named" and _modifies_next(doc, lx, cand.span.end):
                return  # "Various Russian attacks ..., he said": no name
            if (
                cand.kind == "named"
                and cand.span.start >= 2
                and doc[cand.span.start - 1].lower_ in lx.np_link
                and doc[cand.span.start - 2].text[:1].isupper()
            ):
                return  # "the Deputy Commissioner for Refugee Affairs": the end of a title's name
            if cand.kind == "named" and _dateline_place(doc, cand.span.start, cand.span.end):
                return  # "Khartoum, Oct 29 (AFP) ...": the dateline's place, no one
            c_cls, c_num = mention_class(lx, cand)
            if cand.kind == "named" and cand.entity_type in ORG_LABELS:
                c_cls = "organisation"
            if not _fits(cls, number, c_cls, c_num):
                return
            if cand.kind == "named" and not self._gender_fits(m, cand.name):
                return  # "sier hun" after "Eva Lunde ... sa Per Holm": the woman named before
            if cand.kind == "descriptive" and not self._noun_gender_fits(m, cand):
                return  # "A woman was wounded. ... he said": a woman is no "he"
            if want is not None and not any(
                st in (cand.title or "").lower().replace("-", " ").split() for st in want
            ):
                return
            offered.append(cand)
            if best is None or best.span is None:
                best = cand
            elif cand.span.start < best.span.end and best.span.start < cand.span.end:
                if len(cand.span) > len(best.span):  # "Ukraine's 47th Mechanised Brigade"
                    best = cand
            elif _salience(cand, lx) > _salience(best, lx):
                best = cand

        for ent in self._ents[bisect_left(self._ent_starts, lo_tok) :]:
            if ent.start >= span.start:
                break
            if (
                lo_tok <= ent.start
                and ent.end <= span.start
                and ent.text.lower() not in lx.platforms
            ):
                if (cls, number) == ("person", "sg") and len(ent) == 1 and _definite_thing(ent[0], lx):
                    continue  # a tagger's PER on a common noun is no "han" ("Bedriften kunne")
                if (
                    ent.label_ not in PER_LABELS
                    and ent.start > 0
                    and lowers[ent.start - 1] in lx.np_link
                    and ent.start - 2 >= 0
                    and (is_title(lowers[ent.start - 2], lx) or has_suffix(lowers[ent.start - 2], lx.person_suffixes))
                ):
                    continue  # "hovedlærer ved Forsvarets høgskole": a person's workplace, no "de"
                end = ent.end
                while end + 1 < span.start and _glued_hyphen(doc, end):
                    end += 2  # "Mona Nour Al" tagged, "-Daem" left out: the name goes on
                offer(make_mention(doc, lx, ent.start, end))
        if cls == "person" and number == "sg":
            # a name given as an alias: "One of them, identified only as Yevgeny, 26, ..."
            firsts = {seq[0] for seq in lx.aliases}
            lowers, texts = doc_lowers(doc), token_texts(doc)
            for t in range(lo_tok, span.start):
                if lowers[t] not in firsts:
                    continue
                for seq in lx.aliases:
                    n = len(seq)
                    e = t + n
                    if e < span.start and all(lowers[t + i] == w for i, w in enumerate(seq)):
                        if doc[e].text in ("«", "“", '"') and e + 1 < span.start:
                            e += 1  # 'the call sign "Hrim,"'
                        k = e
                        while (
                            k < span.start
                            and is_cap(doc[k].text)
                            and not doc[k].is_punct
                            and k - e < 3
                        ):
                            k += 1
                        if k > e:
                            # the phrase the alias names is its title: "En ukrainsk
                            # bataljonssjef med kallenavnet «Tur»" -> "Bataljonssjefen" joins
                            s_t = t
                            while s_t > lo_tok and not doc[s_t].is_sent_start:
                                s_t -= 1
                            if own_name_before(doc, lx, s_t, t) is not None:
                                continue  # "Волонтер Олександр з позивним «Бриз»": the name
                            offer(
                                Mention(
                                    span=doc[e:k],
                                    name=span_text(doc[e:k]),
                                    kind="named",
                                    entity_type="PER",
                                    title=span_text(doc[s_t:t]) if 0 < t - s_t <= 6 else None,
                                )
                            )
            # names in running text: "When Oleksandr Hnatiuk was led off a bus ..."
            t = lo_tok
            puncts = punct_flags(doc)  # every word up to the pronoun: the kept column
            while t < span.start:
                if not is_cap(texts[t]) or puncts[t]:
                    t += 1
                    continue
                e = t
                while e < span.start and (
                    (
                        is_cap(texts[e])
                        and not puncts[e]
                        # "офиса Зеленского | Михаил Подоляк": a person the tagger ends where
                        # another begins is not one name with him
                        and not (e > t and doc[e].ent_iob_ == "B" and doc[e - 1].ent_type_ in PER_LABELS)
                    )
                    # "Mona Nour Al-Daem": a hyphen glued between two capitalised parts
                    or (
                        e > t
                        and e + 1 < span.start
                        and texts[e] == "-"
                        and not doc[e].whitespace_
                        and not doc[e - 1].whitespace_
                        and is_cap(texts[e + 1])
                    )
                ):
                    e += 1
                s0 = t
                while s0 < e and (
                    lowers[s0] in lx.leading_drop
                    or lowers[s0] in lx.np_link
                    or lowers[s0] in lx.determiners
                    or lowers[s0] in lx.placeholders
                    # a title opening the sentence: "Statsråd Eva Lunde vil ..." names Eva Lunde
                    or (e - s0 > 2 and is_title(lowers[s0], lx))
                    # "Coordinator in Sudan Clementine Nkweta-Salami condemned": the place the
                    # role serves, then the name
                    or (e - s0 > 2 and _place_before_name(doc, lx, s0))
                ):
                    s0 += 1
                marked = s0 > 0 and texts[s0 - 1] in ("«", "“", '"')
                known = e - s0 == 1 and (
                    lowers[s0] in self._person_words  # "Hrim paused"
                    # "Since the spring, Taras has dug trenches": a first name alone before its verb
                    or (
                        self._first_name(texts[s0])
                        and s0 + 1 < len(doc)
                        and doc[s0 + 1].pos_ in VERB_POS
                    )
                    # "caught 32-year-old Ihor in Kyiv": an age before a first name says a
                    # person, whom the tagger often misses
                    or (self._first_name(texts[s0]) and _aged_before(doc, lx, s0))
                )
                # "Речник Повітряних | сил": a title before an adjective in an oblique case
                # opens a body's name, no person's (ru, uk: the morphology tells)
                body_role = (
                    e - s0 == 2
                    and is_title(lowers[s0], lx)
                    and lx.oblique_attribute is not None
                    and lx.oblique_attribute(lowers[s0 + 1])
                    and e < len(doc)
                    and lowers[e] in lx.org_suffixes
                )
                if (e - s0 >= 2 or known) and not marked and not body_role:
                    cand = make_mention(doc, lx, s0, e)
                    if cand is not None and cand.kind == "named":
                        offer(cand)
                t = e
        # the sentences opening in the range, from the kept starts (not a Token per word)
        starts = sentence_starts(doc)
        for t in starts[bisect_left(starts, lo_tok) : bisect_left(starts, span.start)]:
            bounds = subject_at(doc, lx, t, span.start)
            if bounds is None:
                continue
            s0, e0 = bounds
            if self._names is not None:
                # "Военнослужащие | 1432-го мотострелкового полка, ...": the genitive after
                # the head, up to the comma, is part of the subject in Russian and Ukrainian
                _, longer = np_after(doc, lx, s0, span.start)
                if e0 < longer < span.start and doc[longer].text == ",":
                    e0 = longer
            # "Moren hans, Halyna Melnyk, ..." : the name in the apposition
            texts = token_texts(doc)
            for c in range(e0, min(span.start - 2, t + 8)):
                if texts[c] != ",":
                    continue
                apposed = name_between_commas(doc, c, span.start)
                if apposed is not None:
                    s0, e0 = apposed
                break
            cand = make_mention(doc, lx, s0, e0)
            if cand is None:
                continue
            words = [t for t in doc[s0:e0] if t.lower_ not in lx.determiners]
            if (
                cand.kind == "named"
                and len(words) < 2
                and doc[e0 - 1].ent_type_ not in PER_LABELS
                and doc[e0 - 1].lower_ not in self._person_words
                # "Oleh, the gunner, lifts his head": soldiers and residents are often given
                # by first name alone, which the tagger misses; a known first name is a person
                and not self._first_name(doc[e0 - 1].text)
            ):
                # a lone capitalised opener ("Russland"), also after its article ("A Ukrainian
                # drone strike ..."), is no person
                continue
            if cand.kind == "named" and len(words) == 1 and _definite_thing(words[0], lx):
                continue  # "Bedriften kunne ...": a common noun opening the sentence
            h = next((x - 1 for x in range(s0 + 1, e0) if lowers[x] in lx.np_link), e0 - 1)
            if cand.kind == "descriptive" and not _person_head(lowers[h], lx):
                continue  # "The commander | of a Ukrainian air defense unit"
            offer(cand)
        if best is None and after < 0:
            # no name, no subject and no speaker before fits: a person noun of its gender
            offer(self._gendered_noun_before(doc, m, lo_tok, span.start))
        if (
            best is not None
            and best.span is not None
            and len(best.span) == 1
            and (
                best.kind == "descriptive"
                or best.span[0].pos_ == "NOUN"
                # a definite noun capitalised as the sentence opens, no first name
                or (
                    best.span[0].is_sent_start
                    and first_names.gender(best.span[0].text) is None
                    and best.span[0].lower_.endswith(lx.definite_suffixes)
                )
            )
        ):
            # "Offiserspsykolog Jana Godojchuk fungerer som ... Tobarnsmora har vore ...": a
            # lone role noun (capitalised as the sentence opens) after a person named in its
            # paragraph is an epithet for her
            named = sorted(
                (
                    c for c in offered
                    if c.kind == "named" and c.span is not None and len(c.name.split()) >= 2
                    and c.span.end <= best.span.start
                ),
                key=lambda c: c.span.start,
            )
            starts = self._para_starts
            if named and bisect_right(starts, named[-1].span.start) == bisect_right(starts, best.span.start):
                best = named[-1]
        return best


def _nationality(m: Mention) -> str | None:
    """The capitalised adjective before a document noun ("the Ukrainian report", "a Russian
    statement"): the country whose speakers may have issued it. None when there is none."""
    if m.span is None:
        return None
    return next((t.text for t in m.span[1:-1] if t.pos_ == "ADJ" and is_cap(t.text)), None)


def _of_nation(name: str, nation: str) -> bool:
    """Whether a speaker's name holds the country a nationality word is formed from
    ("Ukraine's general staff" for "Ukrainian", "Russia's defence ministry" for "Russian"):
    a word starting with the nationality's first letters (five, or the whole shorter word)."""
    for word in name.replace("’", "'").split():
        stem = word.split("'")[0]
        size = min(5, len(stem))
        if size >= 4 and stem[:1].isupper() and nation[:size].lower() == stem[:size].lower():
            return True
    return False


def _sentence_start_char(span) -> int:
    """The start character of the sentence holding ``span`` (its first token's sentence)."""
    doc = span.doc
    k = span.start
    while k > 0 and not doc[k].is_sent_start:
        k -= 1
    return doc[k].idx


def _beside_speaker(cand: Mention, speaker: _Cluster, pronoun_at: int) -> bool:
    """Whether a text candidate for a pronoun was only named beside the last speaker: in the
    sentence where that speaker spoke, after it, while the pronoun stands in a later
    sentence. Such a name is an object or an apposition of that sentence ("Army chief
    Marchenko, sitting beside President Moroz, told the president that ... | He said ...");
    the pronoun that opens the next report continues with the speaker, as news prose does."""
    assert cand.span is not None
    if speaker.last < 0 or speaker.kind == "pronoun" or cand.span.start_char < speaker.last_end:
        return False
    sentence = _sentence_start_char(cand.span)
    if speaker.last < sentence:
        return False  # the speaker spoke in an earlier sentence: the name is news of its own
    doc = cand.span.doc
    later = next((t for t in doc[cand.span.end :] if t.idx >= pronoun_at), None)
    return later is not None and _sentence_start_char(doc[later.i : later.i + 1]) > sentence


def _glued_hyphen(doc: Doc, hyphen: int) -> bool:
    """Whether token ``hyphen`` is a hyphen written without spaces between two capitalised
    parts of one name ("Al-Daem")."""
    return (
        0 < hyphen < len(doc) - 1
        and doc[hyphen].text == "-"
        and not doc[hyphen].whitespace_
        and not doc[hyphen - 1].whitespace_
        and is_cap(doc[hyphen + 1].text)
    )


def _aged_before(doc: Doc, lx: Lexicon, at: int) -> bool:
    """Whether the word before ``at`` gives an age ("32-year-old", "thirty-two-year-old"): the
    tokens the tokenizer split at the hyphens, joined back while no space parts them."""
    if not lx.age_endings or at == 0 or not doc[at - 1].whitespace_:
        return False
    start = at - 1
    while start > 0 and at - start < AGE_TOKENS and not doc[start - 1].whitespace_:
        start -= 1
    return doc[start:at].text.lower().endswith(lx.age_endings)


def _dateline_place(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` opens a sentence as a dateline's place: "Khartoum, Oct 29
    (AFP) The government ...", a name, a comma, then a month's word and a day's number, or a
    place in capitals before its outlet in brackets ("ULLEVAAL STADION (VG) Etter ...", "OSLO
    (NTB):"), as Norwegian papers open a report (a tagger may read the place as a person)."""
    opens = start == 0 or doc[start].is_sent_start or "\n" in doc[start - 1].text
    if not opens or end >= len(doc):
        return False
    if doc[end].text == "(" and all(
        t.text.isupper() and any(ch.isalpha() for ch in t.text) or t.text == "-"
        for t in doc[start:end]
    ):
        return True
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text[:1].isupper()
        and doc[end + 2].like_num
    )


def _role_head(noun: str, lx: Lexicon) -> str:
    """The role noun heading a description without its article: its last word before a
    linking preposition ("commander" in "commander of an artillery unit", "governor" in
    "Russian regional governor")."""
    words = noun.split()
    cut = next((i for i, word in enumerate(words) if i and word in lx.np_link), len(words))
    return words[cut - 1]


def _modifies_next(doc: Doc, lx: Lexicon, end: int) -> bool:
    """Whether the parse makes the capitalised run ending before ``end`` a modifier of the
    lower-case noun after it ("Various Russian | attacks", "Kyiv | region"): no name then.
    False without a parse or without ``modifier_deps``."""
    last = doc[end - 1]
    return bool(
        lx.modifier_deps
        and last.dep_ in lx.modifier_deps
        and last.head.i >= end
        and last.head.is_lower
    )


def _in_name_marks(name: str, text: str) -> bool:
    """Whether ``name`` stands in quote marks in ``text`` (Russian and Ukrainian keep such a
    name in the nominative after a noun in any case: "в компании «Россети»")."""
    return any(f"{a}{name}{b}" in text for a, b in (("«", "»"), ('"', '"'), ("“", "”"), ("„", "“")))


#: the shortest second part of a compound organisation name that a definite noun may stand for
#: ("politi|distrikt" for "politiet"; "politi|ker" is another word)
ORG_COMPOUND_TAIL = 5

#: how many body paragraphs back a pronoun with no antecedent nearer may find the person a
#: feature introduced (a short paragraph of scene-setting may stand between)
FEATURE_REACH = 4
#: how many body paragraphs, counting the pronoun's own, a headline's person reaches into:
#: the lede and the paragraph after it (an NTB lede often says "han" for the headline's name)
HEADING_REACH = 2
#: parts of speech the tagger gives a capitalised sentence opener that is no first name
#: ("Også", "Men", "Der"); a tagger that calls a first name a noun or proper noun keeps it
NOT_NAME_POS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART"})


def _sentence_start(doc: Doc, token: int) -> int:
    """The first token of the sentence that holds ``token``: from the kept sentence starts,
    not a Token per word walked back (the pronouns' candidates ask for every name)."""
    if token <= 0:
        return token
    starts = sentence_starts(doc)
    return starts[bisect_right(starts, token) - 1]


def _salience(m: Mention, lx: Lexicon) -> tuple[int, int, int, int]:
    """How likely a text candidate is the antecedent of a following pronoun: the latest
    sentence first; in it a name before a description ("En ukrainsk bataljonssjef med
    kallenavnet «Tur»" -> Tur), the subject (the phrase opening the sentence) before a later
    name ("Harry Kane won the Budweiser Man of the Match award. He said ..."), else the latest."""
    assert m.span is not None
    doc = m.span.doc
    start = m.span.start
    sent_start = _sentence_start(doc, start)
    opens = all(t.is_punct or t.lower_ in lx.determiners for t in doc[sent_start:start])
    return sent_start, 1 if m.kind == "named" else 0, 1 if opens else 0, start


def _parts_in(stem: str, titles: set[str]) -> bool:
    """Whether a hyphenated role ``stem`` ("пресс-секретарь") is among the ``titles`` a
    cluster keeps split at the hyphen."""
    parts = stem.split("-")
    return len(parts) > 1 and all(parts) and set(parts) <= titles


def _covers(c: _Cluster, stems: set[str], lx: Lexicon) -> bool:
    """Whether one of the cluster's titles falls under a general role ``stems`` names
    ("statsråd" covers "helseminister")."""
    return any(
        t.endswith(kinds) for st in stems for kinds in lx.role_kinds.get(st, ()) for t in c.titles
    )


def _names(c: _Cluster, head: str) -> bool:
    """Whether the cluster's name or one of its mentions contains ``head``."""
    return head in c.name.lower() or any(head in m.text.lower() for m in c.mentions)


def _person_head(low: str, lx: Lexicon) -> bool:
    if has_suffix(low, lx.person_suffixes):
        return True
    return any(
        has_suffix(low[: -len(p)], lx.person_suffixes)
        for p in lx.plural_suffixes
        if low.endswith(p)
    )


def _fits(cls: str, number: str, c_cls: str, c_number: str) -> bool:
    if cls == "person":
        return c_cls == "person" and c_number == number
    if cls == "organisation":
        return c_cls in ("organisation", "media")
    # "de"/"they": a group of people or an organisation
    return c_number == "pl" or c_cls in ("organisation", "media")


def _sub(short: list[str], long: list[str]) -> bool:
    """Whether the name ``short`` is a strict part of ``long`` (a surname, a first name)."""
    return (
        len(short) < len(long)
        and all(w in long for w in short)
        and (short[-1] == long[-1] or len(short) == 1)
    )


#: How far back (in tokens) a pronoun's antecedent is looked for in the text; two long paragraphs.
LOOKBACK_TOKENS = 600
#: how alike two spellings of a surname must be (rapidfuzz ratio, 0-100) to be one person:
#: one letter doubled, dropped or swapped in a name of six letters or more scores 90 or more,
#: while different names of that length rarely score over 80 ("Hansen"/"Jensen" 67)
MISSPELT_RATIO = 88
#: one letter written for another ("Erikssen" for "Eriksson") is one edit, but scores only
#: 87.5 on the ratio above for an eight-letter name, since a substitution counts twice there
MISSPELT_EDITS = 1
#: shorter names are too often different people one letter apart ("Berg"/"Borg")
MISSPELT_MIN_LENGTH = 6
#: a letter dropped from a name of six letters or more is a misspelling from five letters on
#: ("Mauer" for "Maurer", "Water" for "Waters"): the letters kept stand in the same order
MISSPELT_DROPPED_MIN_LENGTH = 5


def _misspelt(short: list[str], long: list[str]) -> bool:
    """Whether the name ``short`` is ``long`` (or its surname) misspelt: the same number of
    words or a lone surname, each word within one or two letters of the other's."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    if not short or not long or short == long:
        return False
    pairs = list(zip(short, long, strict=False)) if len(short) == len(long) else [(short[-1], long[-1])]
    if len(short) not in (1, len(long)):
        return False
    return all(
        a == b
        or (
            min(len(a), len(b)) >= MISSPELT_MIN_LENGTH
            and (ratio(a, b) >= MISSPELT_RATIO or Levenshtein.distance(a, b) <= MISSPELT_EDITS)
        )
        or _dropped_letter(a, b)
        or _swapped_letters(a, b)
        for a, b in pairs
    ) and any(a != b for a, b in pairs)


def _swapped_letters(a: str, b: str) -> bool:
    """Whether one spelling is the other with two of its letters swapped ("Synegubov" /
    "Synebugov", a transliteration typed twice): the same letters, two places apart, the first
    letter kept, at least ``MISSPELT_MIN_LENGTH`` letters."""
    if len(a) != len(b) or len(a) < MISSPELT_MIN_LENGTH or a[0] != b[0] or sorted(a) != sorted(b):
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 2


def _dropped_letter(a: str, b: str) -> bool:
    """Whether one spelling is the other with one letter left out ("mauer"/"maurer"), the
    shorter of at least ``MISSPELT_DROPPED_MIN_LENGTH`` letters."""
    short, long = sorted((a, b), key=len)
    if len(short) < MISSPELT_DROPPED_MIN_LENGTH or len(long) != len(short) + 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _acronym_of(short: str, long: str, lx: Lexicon) -> bool:
    """Whether ``short`` ("KCNA", "FN") is the initials of ``long``'s capitalised words
    ("Korean Central News Agency"); small linking words do not count."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    words = [w for w in long.replace("-", " ").split() if w.lower() not in lx.np_link and w.lower() not in lx.determiners]
    return len(words) == len(letters) and all(w[:1].upper() == ch for w, ch in zip(words, letters, strict=True))


def _abbreviates(acronym: str, title: str, lx: Lexicon) -> bool:
    """Whether ``acronym`` ("ОВА", "ДСНС", "ВМС") is the initials of a run of words in
    ``title`` ("начальник Харківської обласної військової адміністрації", "речниця Державної
    служби з надзвичайних ситуацій", "речника Військово-морських сил ЗСУ"). Prepositions
    (words of two letters or fewer) are skipped; the country's initial may close the acronym
    ("ДПСУ" for "Державної прикордонної служби")."""
    letters = acronym.lower()
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return False
    words = [w for w in title.replace("-", " ").split() if len(w) > 2 and w.isalpha()]
    initials = "".join(w[0].lower() for w in words)
    if letters in initials:
        return True
    return letters[-1] in lx.country_initials and len(letters) > 2 and letters[:-1] in initials


def _strip(name: str, lx: Lexicon) -> str:
    words = name.split()
    while words and words[0] in lx.determiners:
        words = words[1:]
    return " ".join(words)


def _is_outlet(name: str, lx: Lexicon) -> bool:
    low = name.lower()
    return low in lx.outlets or _strip(low, lx) in lx.outlets


@Language.factory(
    "sourcetrace_speakers",
    default_config={"lang": ""},
    requires=["doc._.st_quotes", "doc._.st_attributions", "doc._.st_paragraphs"],
    assigns=["doc._.st_mentions"],
)
def make_speakers(nlp: Language, name: str, lang: str) -> Speakers:
    return Speakers(nlp, name, lang=lang)

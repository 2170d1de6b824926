"""Source phrases for ``sourcetrace_sourcing``: clauses, noun phrases and what kind of source.

Works on tokens of one sentence with word lists from ``sourcing.toml``, plus the words it shares
with quotes and speakers (relative pronouns, recipient prepositions) taken from their one
vocabulary (:func:`sourcetrace.pipeline.cues.lexicon`) so the two cannot drift apart. It runs the
same on a blank tokenizer and on a trained pipeline (entity labels are used when present).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from .annotations import has_model_annotation, span_text
from .cues import Lexicon as Vocabulary
from .cues import (
    adjective_comma,
    body_tail,
    capitalised_adjective,
    document_owner,
    ends_body_head,
    has_suffix,
    lower_forms,
    over_bare_time_phrase,
    served_by_role,
)
from .token_arrays import token_texts

#: Punctuation that ends a clause (and so a source phrase or an evidence span).
CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "(", ")", ".", "!", "?", "…"})
#: Quote marks inside a clause mostly wrap names («Storm», «Rybar»); they do not end it.
QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”", "'", "‘", "’"})
#: list bullets opening a line ("* Swift stadfestar at ..."): no part of the phrase after them
BULLETS = frozenset({"*", "•", "·", "▪", "‣", "◦"})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "GPE_ORG", "GPE_LOC"})
_PER_LABELS = frozenset({"PER", "PERSON"})
#: entity labels of places as places (NorNE's GPE_LOC, LOC; English GPE): no document's issuer
_PLACE_LABELS = frozenset({"LOC", "GPE_LOC", "GPE"})
#: Parts of speech that end a noun phrase read rightwards ("Ifølge Jansson virket han rolig").
_VERB_POS = frozenset({"VERB", "AUX"})
#: A bare apostrophe after a word in -s marks its genitive ("the soldiers' claims").
APOSTROPHES = ("'", "’")


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data.get(key, []))


def _multi(words: frozenset[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Split a word list into single words and multi-word phrases (as token tuples)."""
    single = frozenset(w for w in words if " " not in w)
    multi = tuple(tuple(w.split()) for w in words if " " in w)
    return single, multi


@dataclass
class Phrase:
    """A source phrase as written (``span``) with its name and kind."""

    span: Span
    name: str
    kind: str
    name_span: Span


class Lexicon:
    """The word lists of one language, compiled once.

    ``data`` is the language's ``sourcing.toml``; ``shared`` is the cue and speaker vocabulary
    (``cues.lexicon(code)``), the one place for words sourcing means the same way quotes and
    speakers do, so a word added for one reader reaches the other."""

    def __init__(self, data: dict[str, Any], shared: Vocabulary):
        #: the language's shared reading vocabulary (media, platforms, recipients)
        self.vocabulary = shared
        self.openers, self.openers_multi = _multi(_words(data, "clause_openers"))
        self.stop = _words(data, "np_stop")
        self.trim = _words(data, "np_trim")
        # words that end a subject read leftwards when no name follows them (ru/uk: objects and
        # adverbials stand between subject and verb, "Губернатор | эту информацию опроверг")
        self.subject_breaks = _words(data, "subject_breaks")
        # "В Кремле ... отказались": a body after a locative preposition is the subject
        self.locative_sources = _words(data, "locative_sources")
        # "за словами речника Сил оборони півдня Владислава Волошина": a role's genitive words
        # lead to the person's name, which the phrase takes in
        self.extend_to_person = bool(data.get("extend_to_person", False))
        self.fronted, self.fronted_multi = _multi(_words(data, "fronted"))
        self.fronted_alone = _words(data, "fronted_alone")
        # focus particles between a verb and its inverted subject ("Это же подтверждает | и |
        # канал", "Це підтвердив | також | речник"): no words of the subject
        self.inverted_particles = _words(data, "inverted_particles")
        self.pronouns = _words(data, "pronouns")
        # the writer's own "we" outside any quote ("We geolocated the video"): the publication
        self.writer_pronouns = _words(data, "writer_pronouns")
        # words a relative's antecedent runs on through ("the leader of the protests, who")
        self.antecedent_links = _words(data, "antecedent_links")
        # "A UN report published on Tuesday showed": a participle after a document noun opens
        # a reduced relative, so the document's phrase ends at its noun
        self.trailing_participles_end_document = bool(data.get("trailing_participles_end_document", False))
        # "New figures show ...", "Research shows ...": a document whose issuer the text does
        # not name is no source (the guide: a speaker is never a document); the source is
        # `unknown` (languages opt in: a language's gold may keep the document)
        self.issuerless_document_unknown = bool(data.get("issuerless_document_unknown", False))
        self.determiners = _words(data, "determiners")
        self.noun_markers = _words(data, "noun_markers")
        self.passive_markers = _words(data, "passive_markers")
        self.not_sources = _words(data, "not_sources")
        self.head_suffixes = tuple(sorted(_words(data, "np_head_suffixes"), key=len, reverse=True))
        # the endings of a definite noun ("meldingen", "uttalelsen"): a document so named refers
        # back to one the text named before ("ifølge meldingen"), unlike "ifølge meningsmålinger"
        self.definite_endings = tuple(sorted(_words(data, "definite_endings"), key=len, reverse=True))
        self.adjective_suffixes = tuple(_words(data, "adjective_suffixes"))
        # "told Reuters", "sa til NRK": who a statement was made to (shared with quotes)
        self.recipient_preps = shared.recipient_preps
        # nouns for organisations and people ("studentavisen", "talsmannen"): a capitalised
        # sentence opener ending so is a role before a name, as make_mention reads it
        self.org_suffixes = shared.org_suffixes
        # "Державної служби України | з надзвичайних ситуацій": the words that carry a body's
        # name on past its head noun, and the whole vocabulary body_tail reads them with
        self.body_links = shared.body_links
        self.shared = shared
        self.source_noun_forms = shared.source_noun_forms
        self.residents = shared.residents
        self.medium_nouns = shared.medium_nouns
        self.medium_preps = shared.medium_preps
        # "The army | in a statement | denied": the words after a medium's preposition that
        # make the phrase the way something was said ("a", "its"), not the place of what the
        # subject is ("soldiers in the video"); languages without them never cut
        self.medium_openers = _words(data, "medium_openers")
        # "очільника ОВА": in a language with cases a person's title takes its body in the
        # genitive right after it; the person, whom the speakers component finds, is the source
        self.role_before_body = shared.genitive_issuer
        self.titles = shared.titles
        self.verb_second = shared.verb_second
        self.time_words = shared.time_words
        # the parse's subject label (English "nsubj"; empty where the parse is not read)
        self.subject_deps = shared.subject_deps
        self.person_suffixes = shared.person_suffixes
        # the adjective test of the language's morphology (ru/uk), None without one
        self.may_be_attribute = shared.may_be_attribute
        self.agent_preps = _words(data, "agent_preps")
        # "Western officials quoted by local media claimed": a participle of relaying and its
        # agent after the subject; the subject stands before it (see :meth:`Phrases.left`)
        self.relayed_by = _words(data, "relayed_by")
        # "called for a review by", "seen as a reliable estimate by": words before a study or
        # estimate noun that make it one asked for or judged, not one its agent made
        self.unmade_before = tuple(sorted(_words(data, "unmade_before"), key=len, reverse=True))
        # "the chairman of the club in | West Yorkshire |, Tom Baker,": a place after one of these
        # is where the subject serves, not the subject
        self.place_preps = _words(data, "place_preps")
        # "The report, written by engineers at X,": the participles of an aside naming who
        # made a document
        self.maker_participles = _words(data, "maker_participles")
        # "the most recent government numbers", "the latest health ministry figures": words
        # before the owner of a document that describe the document
        self.document_modifiers = _words(data, "document_modifiers")
        self.that, self.that_multi = _multi(_words(data, "that"))
        self.outlet_nouns = _words(data, "outlet_nouns")
        self.outlet_suffixes = tuple(sorted(self.outlet_nouns, key=len, reverse=True))
        # the last word of many outlets' names ("Sky News", "The Moscow Times", "Kyiv Post")
        self.outlet_name_words = _words(data, "outlet_name_words")
        self.negations = _words(data, "negations")
        self.neither_words = _words(data, "neither_words")
        # a negation a verb-second language puts after the finite verb ("avviser ikke at"),
        # and the words that make it "not only" ("ikke bare") rather than a negation
        self.negations_after_verb = _words(data, "negations_after_verb")
        self.negation_not_only = _words(data, "negation_not_only")
        self.and_words = _words(data, "and_words")
        #: words saying what is (not) there ("нет", "немає"): after an "according to" phrase's
        #: comma they make the words the report, no list of parties ("жертв и разрушений нет")
        self.existence_predicates = _words(data, "existence_predicates")
        # the first word of "både X og Y", "verken X eller Y": capitalised at a sentence's
        # start, but no part of the names after it
        self.paired_conjunctions = _words(data, "paired_conjunctions")
        # a cue right after one of these takes its source from the phrase before it ("soldiers
        # who confirmed"); shared with quotes, which end a speaker phrase at them. Only a clause
        # opener is looked up here, so a relative that opens no clause ("whom") changes nothing
        self.relatives = shared.relatives
        self.verbs = _words(data, "np_verbs")
        # "Reuters, citing two sources, said the convoy was hit": a phrase after the cue that
        # one of `np_verbs` follows opens a clause without "that" (languages opt in: in the
        # inverting ones it may be the subject)
        self.that_less_clauses = bool(data.get("that_less_clauses", False))
        # "Studvest har ved flere anledninger skrevet": the subject stands before the auxiliary
        self.perfect_aux = _words(data, "perfect_aux")
        # modals that make a cue hypothetical or future ("how it would have identified them",
        # "the ministry will publish"): no statement was made
        self.hypothetical_modals = _words(data, "hypothetical_modals")
        # pronouns a body speaks of itself by ("Reuters said it could not verify ...")
        self.body_pronouns = frozenset(_words(data, "body_pronouns"))
        #: the infinitive auxiliary of a perfect after a modal ("Russland skal ha hevdet"): the
        #: subject stands before the modal
        self.perfect_infinitive = _words(data, "perfect_infinitive")
        # "Flere medier melder": a quantifier opening a subject is part of it, not an adverb
        self.quantifiers = _words(data, "quantifiers")
        # "Ukraina og Russland anklager hverandre": only a reciprocal makes two sources of two
        # coordinated names; "Unicef og Unfpa" otherwise speak together
        self.reciprocals, self.reciprocals_multi = _multi(_words(data, "reciprocals"))
        # "Both the school district and the police denied": a word that makes each of two
        # coordinated parties say it on its own (languages opt in)
        self.distributives = _words(data, "distributives")
        # a participle the parse attaches to the noun after it ("an informed source") stays in
        # the source phrase (languages opt in)
        self.attributive_participles = bool(data.get("attributive_participles", False))
        # "Wim Koevermans after his team's loss insisted": a preposition of time after a name
        # opens the verb's adverbial, not the subject's clause (see :meth:`Phrases.left`)
        self.adverbial_preps = _words(data, "adverbial_preps")
        # "en måling i Adresseavisa", "tall fra FN", "a statement from the Legion": a document
        # or measure is no source, whoever issued it (named after one of `document_preps`) is
        self.document_nouns = _words(data, "document_nouns")
        self.document_makers = _words(data, "document_makers")
        # words that make a document phrase a new document, not the one the text named before
        # ("En ny rapport viser", "another report"): its issuer is not read back
        self.fresh_document_words = _words(data, "fresh_document_words")
        self.document_preps = _words(data, "document_preps")
        # "a report in the Guardian": a preposition that names the issuer only when what
        # follows is an outlet (a place or a month after it issues nothing)
        self.document_outlet_preps = _words(data, "document_outlet_preps")
        # documents that speak ("heter det i politirapporten", "står det i dommen"): each
        # document stem with the words of the bodies that issue it (a court issues a judgment);
        # an empty list takes any body. The issuer is read only where the text names it.
        self.speaking_documents: dict[str, tuple[str, ...]] = {
            stem.lower(): tuple(w.lower() for w in issuers)
            for stem, issuers in data.get("speaking_documents", {}).items()
        }
        self.speaking_document_endings = frozenset(_words(data, "speaking_document_endings")) | {""}
        # how many sentences before a speaking document its issuer may be named in
        self.issuer_lookback = int(data.get("issuer_lookback", 0))
        # the verbs by which a body issues a document ("publiserte forsvarsdepartementet en
        # oversikt", "la fram en rapport"): a later "På lista hevdes det" speaks for their
        # subject; `publish_particle_verbs` issue only with one of `publish_particles` ("la
        # fram", "ga ut"), as "la" alone lays something down
        self.publish_verbs = _words(data, "publish_verbs")
        self.publish_particle_verbs = _words(data, "publish_particle_verbs")
        self.publish_particles = _words(data, "publish_particles")
        # speaking documents whose issuer is read only where the text names it (owner, "fra X",
        # a publishing verb), never guessed from a body named nearby: a list or a statement is
        # as often about the bodies named around it as issued by them
        self.unguessed_issuers = _words(data, "unguessed_issuers")
        # Bokmål and Nynorsk write adjectives of names in lower case ("britisk", "ukrainske"), so
        # a lower-case word after a name ends it ("Riksrevisjonen rapport"), unless it is an
        # organisation's head ("Søndre Buskerud politidistrikt")
        self.lower_ends_name = bool(data.get("lower_ends_name", False))
        # a name's lower-case words may still be read on: a role and its holder ("UN envoy Tom
        # Fletcher") or words before a body's head ("UN refugee agency"); languages whose
        # adjectives after a name are lower-case (ru, uk) read those on anyway
        self.lower_words_after_name = bool(data.get("lower_words_after_name", False))
        self.reduced_relatives = bool(data.get("reduced_relatives", False))
        # "forskarar sine påstandar": a possessive word after the owner
        self.possessive_markers = _words(data, "possessive_markers")
        # first words of an unnamed speaker ("en øyenvitne", "kilder")
        self.unnamed_openers = _words(data, "unnamed_speaker_openers")
        # words after which a capitalised place or body belongs to an unnamed speaker's
        # description ("en lege ved sykehuset i Gaza by")
        self.unnamed_speaker_links = _words(data, "unnamed_speaker_links")
        # lower-case words inside a capitalised name ("Ministry of Defence", "Ludwig van
        # Beethoven"); those a name read rightwards keeps though they are stop words; those a
        # name read leftwards keeps before its head; those a phrase never ends on
        self.name_connectors = _words(data, "name_connectors")
        self.name_stop_connectors = _words(data, "name_stop_connectors")
        self.name_head_connectors = _words(data, "name_head_connectors")
        self.name_trailing = _words(data, "name_trailing")
        # "en talsmann for flyvåpenet": a link a phrase read rightwards keeps after a title or
        # a word ending in one of `role_heads` ("granskingskommisjon", "høgkommissær")
        self.role_links = _words(data, "role_links")
        self.role_heads = tuple(sorted(_words(data, "role_heads"), key=len, reverse=True))
        # "kontoret til ordføreren i Odesa", "pressetjenesten til presidenten": an office or a
        # spokesperson owned through an `owner_links` word ("til") by a title or a name is one
        # source; after any other word "til" names who was told ("sier politiet til NTB")
        self.owner_links = _words(data, "owner_links")
        self.owner_heads = tuple(sorted(_words(data, "owner_heads"), key=len, reverse=True))
        # genitive markers that are tokens of their own ("Britain's Ministry of Defence")
        self.genitive_markers = shared.genitive_markers
        # the genitive ending of a name ("Aftenpostens", "FNs")
        self.genitive_suffix = shared.genitive_suffix
        # a bare participle cue before a lower-case noun is an adjective ("confirmed deaths")
        self.participle_adjective_endings = tuple(_words(data, "participle_adjective_endings"))
        orgs = sorted(_words(data, "org_words"), key=len, reverse=True)
        self.org_re = re.compile(r"(?:" + "|".join(map(re.escape, orgs)) + r")") if orgs else None
        self.date_end_re = (
            re.compile(r"(?:" + data["date"] + r")\s*$", re.I) if data.get("date") else None
        )
        # "on April 2 AP reported": a date fronted without a comma opens no source's name
        self.date_start_re = re.compile(data["date_start"]) if data.get("date_start") else None
        relay = sorted(_words(data, "relay_words"), key=len, reverse=True)
        # short words ("fn", "un") only whole (or genitive: "FNs"); longer ones inside compounds too
        self.relay_re = (
            re.compile(
                r"(?:"
                + "|".join(
                    rf"(?<!\w){re.escape(w)}s?(?!\w)" if len(w) <= 3 else re.escape(w)
                    for w in relay
                )
                + r")"
            )
            if relay
            else None
        )
        media = sorted(set(data.get("media", [])), key=len, reverse=True)
        self.media_re = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, media)) + r")(?!\w)")
            if media
            else None
        )

    def has_genitive_suffix(self, text: str) -> bool:
        return bool(self.genitive_suffix) and text.endswith(self.genitive_suffix)

    def without_genitive(self, text: str) -> str:
        """``text`` without its genitive ending ("Aftenpostens" -> "Aftenposten")."""
        return text[: -len(self.genitive_suffix)] if self.has_genitive_suffix(text) else text


def is_boundary(tok: Token) -> bool:
    text = tok.text
    if text == "," and adjective_comma(tok):
        return False
    if text in CLAUSE_PUNCT or (tok.is_space and "\n" in text):
        return True  # a line break ends a heading or paragraph even without a full stop
    if text == "-" and tok.whitespace_ and tok.i > 0 and tok.nbor(-1).whitespace_:
        return True  # "condemned the plan - claiming ...": a hyphen set off by spaces is a dash
    # the Norwegian tokenizer keeps "2022." whole, so a sentence may run on past it
    return (
        len(text) > 1
        and text[-1] == "."
        and text[0].isdigit()
        and tok.i + 1 < len(tok.doc)
        and tok.nbor(1).text[:1].isupper()
    )


def _inner_hyphen(doc: Doc, i: int, limit: int) -> bool:
    """A hyphen with no space around it between two capitalised words: the tokenizer split
    one name ("Интерфакс-Украина", "РБК-Україна") that a source phrase must keep whole."""
    return (
        doc[i].text == "-"
        and i > 0
        and i + 1 < limit
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and _is_cap(doc[i - 1])
        and _is_cap(doc[i + 1])
    )


def _may_bound(text: str) -> bool:
    """Whether a token written ``text`` can be a clause boundary (:func:`is_boundary` holds of
    no other): most words are tested without a ``Token``."""
    return (
        text in CLAUSE_PUNCT
        or text == "-"
        or "\n" in text
        or (len(text) > 1 and text[-1] == "." and text[0].isdigit())
    )


def clause_bounds(sent: Span, start: int, end: int) -> tuple[int, int]:
    """Token range of the clause around tokens ``[start, end)``: between clause punctuation."""
    doc = sent.doc
    texts = token_texts(doc)
    s = start
    while s > sent.start and not (_may_bound(texts[s - 1]) and is_boundary(doc[s - 1])):
        s -= 1
    if s > sent.start and doc[s - 1].text == ")" and s == start:
        # "Institute for the Study of War (ISW) skriver": step over a parenthesis
        k = s - 1
        while k > sent.start and doc[k].text != "(":
            k -= 1
        s = clause_bounds(sent, k, k)[0] if k > sent.start else s
    e = end
    while e < sent.end and not (_may_bound(texts[e]) and is_boundary(doc[e])):
        e += 1
    while s < start and doc[s].is_space:
        s += 1
    while e > end and doc[e - 1].is_space:
        e -= 1
    return s, e


def _through_person(doc: Doc, e: int, limit: int) -> int:
    """The end of a phrase extended through up to four words to a tagged person's name that
    follows before any boundary; ``e`` when there is none. A number is a boundary too: a
    role's genitive words hold none, a time or a place does ("Згідно із повідомленням ДСНС |
    о 12:46 у с. X": the body reports, not a name in the place after the time)."""
    k = e
    while k < limit and k - e < 4 and doc[k].ent_type_ not in ("PER", "PERSON"):
        if is_boundary(doc[k]) or doc[k].is_punct or any(ch.isdigit() for ch in doc[k].text):
            return e
        k += 1
    if k >= limit or doc[k].ent_type_ not in ("PER", "PERSON"):
        return e
    while k < limit and doc[k].ent_type_ in ("PER", "PERSON"):
        k += 1
    return k


def _acronym(tok: Token) -> bool:
    """An all-capital word of two letters or more ("DA", "NAV"): a name, never a listed word."""
    return len(tok.text) > 1 and tok.text.isalpha() and tok.text.isupper()


def _starts_with(doc: Doc, i: int, end: int, single: frozenset[str], multi) -> int:
    """Length in tokens of a listed word/phrase at ``i`` (0 when none). An acronym is never a
    listed word: "DA hevder" is Domstolsadministrasjonen, not the conjunction "da"."""
    if i < end and _acronym(doc[i]):
        return 0
    best = 1 if i < end and doc[i].lower_ in single else 0
    for phrase in multi:
        n = len(phrase)
        if i + n <= end and all(doc[i + k].lower_ == phrase[k] for k in range(n)):
            best = max(best, n)
    return best


#: opening marks and the marks that close them, for names in quote marks
_NAME_MARKS = {"«": "»", '"': '"', "“": "”", "„": "“”"}
#: how many words a name in quote marks inside a source phrase may have
_MARKED_NAME_WORDS = 3


def _marked_name_end(doc: Doc, at: int, limit: int) -> int | None:
    """End (after the closing mark) of a name in quote marks opening at ``at``: one to three
    words, the first capitalised ('"Української правди"', '«Новой газеты»'), else None."""
    closers = _NAME_MARKS.get(doc[at].text)
    if closers is None or at + 1 >= limit or not doc[at + 1].text[:1].isupper():
        return None
    for k in range(at + 2, min(limit, at + 2 + _MARKED_NAME_WORDS)):
        if doc[k].text in closers:
            return k + 1
        if not (doc[k].is_alpha or doc[k].text == "-"):
            return None
    return None


def _is_cap(tok: Token) -> bool:
    if tok.text in QUOTE_MARKS and tok.i > 0 and tok.i + 1 < len(tok.doc):
        return tok.nbor(-1).text[:1].isupper() or tok.nbor(1).text[:1].isupper()
    text = tok.text
    first = text[:1]
    if first.isupper() and "-" in text and text.rsplit("-", 1)[1][:1].islower():
        return False  # "Kreml-talsmann", "OSINT-gruppen": a common noun
    if first.isdigit():
        # "TV 2", "47th Mechanised Brigade": a number inside a name
        prev_cap = tok.i > 0 and tok.nbor(-1).text[:1].isupper()
        next_cap = tok.i + 1 < len(tok.doc) and tok.nbor(1).text[:1].isupper()
        return prev_cap or (next_cap and not tok.text.replace(",", "").replace(".", "").isdigit())
    return first.isupper()


def _finite_verb(tok: Token) -> bool:
    """A finite lexical verb, where the pipeline tags them (a blank one does not); a word the
    entity recogniser reads as a name is none ("Moscow in January also accused", where a
    tagger read the sentence's first word as an imperative)."""
    return tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Fin"] and not tok.ent_type_


def _participle(tok: Token) -> bool:
    """A participle, where the pipeline tags verb forms (untagged, any word may be one)."""
    if not has_model_annotation(tok.doc, "MORPH"):
        return True
    return "Part" in tok.morph.get("VerbForm")


def _is_genitive(tok: Token, lex: Lexicon) -> bool:
    """A genitive: a marker token ("'s", or a bare apostrophe) or a capitalised word with the
    genitive ending."""
    text = tok.text
    return (
        text in lex.genitive_markers
        or text in APOSTROPHES
        or (
            text[:1].isupper()
            and lex.has_genitive_suffix(text)
            # "Gånevs", and acronyms: "FNs", "NRKs"
            and (len(text) > 3 or (len(text) == 3 and lex.without_genitive(text).isupper()))
        )
    )


class Phrases:
    """Finds source phrases left and right of a cue and classifies them."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    # -- finding -------------------------------------------------------------------------------

    def _before_medium(self, doc: Doc, start: int, end: int) -> int:
        """The end of a subject read leftwards before the medium phrase it closes with ("The
        army and its allied groups | in a statement | denied"): the statement is how they
        said it, not who."""
        if end - start < 3 or doc[end - 1].lower_ not in self.lex.medium_nouns:
            return end
        for k in range(end - 2, max(start, end - 4), -1):
            if doc[k].lower_ in self.lex.medium_preps and doc[k + 1].lower_ in self.lex.medium_openers:
                return k
        return end

    def _links_time_phrase(self, doc: Doc, at: int, cue_start: int) -> bool:
        """Whether the word at ``at`` opens a time phrase that runs to the cue ("The ministry
        earlier | that day | accused"): "that" there opens no clause, so the subject before it
        is still the source (the phrase itself is cut off the subject later)."""
        shared = self.lex.shared
        words = [doc[t].lower_ for t in range(at + 1, cue_start)]
        return (
            doc[at].lower_ in shared.bare_time_links
            and bool(words)
            and all(w in shared.time_words or w in shared.bare_time_links for w in words)
            and any(w in shared.time_words for w in words)
        )

    def left(self, sent: Span, clause_start: int, cue_start: int) -> tuple[int, int] | None:
        """The subject before a cue: from the last clause opener to the cue, adverbs trimmed."""
        doc = sent.doc
        s = clause_start
        i = clause_start
        cut = None
        while i < cue_start:
            if doc[i].lower_ in self.lex.adverbial_preps and i > s and _is_cap(doc[i - 1]):
                cut = i  # "Wim Koevermans | after his team's loss to Nepal | insisted"
                break
            if (
                doc[i].lower_ in self.lex.relayed_by
                and i > s
                and i + 1 < cue_start
                and doc[i + 1].lower_ in self.lex.agent_preps
            ):
                cut = i  # "Western officials | quoted by local media | claimed"
                break
            n = _starts_with(doc, i, cue_start, self.lex.openers, self.lex.openers_multi)
            if n and not self._links_time_phrase(doc, i, cue_start):
                s = i + n
                i += n
            elif i + 1 < cue_start and doc[i + 1].lower_ in self.lex.perfect_infinitive:
                # "Yuri Yurov | skal ha | bekreftet": a modal's perfect follows its subject; after
                # a fronted phrase and the modal (V2: "Dette skal russiske medier | ha meldt")
                # the subject stands between the modal and "ha"
                inverted = (
                    s - 1 > clause_start
                    and s <= i
                    and doc[s - 1].lower_ in self.lex.verbs
                    and doc[i].lower_ not in self.lex.verbs
                    and doc[i].lower_ not in self.lex.trim
                    and self.is_inverted(sent, clause_start, s - 1)
                )
                cut = i + 1 if inverted else i
                break
            elif (
                doc[i].lower_ in self.lex.verbs
                # a perfect's auxiliary follows its subject ("Studvest har ... skrevet")
                or (
                    _finite_verb(doc[i])
                    and doc[i].lower_ not in self.lex.perfect_aux
                    and not self._participle_after_document(doc, i, s)
                )
            ) and i + 1 < cue_start:
                # "Gas is free from ... claims", "Portrettet styrkte forskarar sine påstandar":
                # a verb is no part of the subject
                s = i + 1
                i += 1
            else:
                i += 1
        e = cue_start if cut is None else cut
        if e > s and doc[e - 1].lower_ in self.lex.and_words:
            return None  # "... and referred questions to": a second verb of the same subject
        if (
            e - 1 > s
            and doc[e - 1].lower_ in self.lex.pronouns
            # right before the cue "de" is the pronoun, never an article; "det" stands in
            and doc[e - 1].lower_ not in self.lex.shared.placeholders
            and (doc[e - 2].lower_ in self.lex.determiners or doc[e - 2].lower_ in self.lex.stop)
        ):
            # "la ut en oversikt over det de hevder er tap": a personal pronoun right before
            # the cue, after a relative "det"/"som", is the whole subject
            s = e - 1
        # a tagger may read the participle after a perfect as a noun or a past tense ("har for
        # øvrig avvist", "har gjennom hele prosessen nektet"); only a present tense is no
        # participle
        if _participle(doc[cue_start]) or "Pres" not in doc[cue_start].morph.get("Tense"):
            for k in range(s + 1, e):
                if k + 1 < e and doc[k].lower_ in self.lex.perfect_aux and self.is_inverted(sent, s, k):
                    # "Dette har VG skrevet tidligere", "I mellomtiden har ukrainsk etterretning
                    # i et innlegg på Telegram omtalt": a fronted phrase, then the auxiliary
                    # (V2), then the subject, which ends before the adverbial that follows it
                    s = k + 1
                    inner = self.right(doc, s, e)
                    if inner is not None and inner[0] == s:
                        e = inner[1]
                    break
                if doc[k].lower_ in self.lex.perfect_aux and doc[k - 1].lower_ not in self.lex.stop:
                    # "Studvest har ved flere anledninger skrevet", "Moscow has consistently
                    # denied": the subject stands before the auxiliary ("to have" is no perfect)
                    e = k
                    break
        last = doc[e - 1] if e > s else None
        if (
            last is not None
            and e - s > 1
            and last.lower_ in self.lex.pronouns
            and last.lower_ not in self.lex.determiners
            and doc[e - 2].lower_ not in self.lex.stop
            and ("Acc" not in last.morph.get("Case") or last.lower_ in self.lex.body_pronouns)
        ):
            # "andre muslimer hun beskylder": a personal pronoun is the whole subject (not
            # "the relatives of two of them")
            return e - 1, e
        if e > s and doc[e - 1].text == ")":
            k = e - 1
            while k > s and doc[k].text != "(":
                k -= 1
            e = k if k > s else e
        if e - 1 > s:
            # "The ministry | earlier that day | accused", "The agency | late on Friday |
            # reported": a time phrase between subject and cue is no part of the source
            e = over_bare_time_phrase(doc, self.lex.shared, e - 1, s) + 1
        while e > s and doc[e - 1].lower_ in self.lex.trim:
            e -= 1
        e = self._before_medium(doc, s, e)
        for k in range(s + 1, e):
            if doc[k].lower_ in self.lex.subject_breaks and (
                not any(_is_cap(doc[r]) for r in range(k, e))
                # "Представитель властей | в разговоре с РБК назвал": a medium, not the source
                or (k + 1 < e and doc[k + 1].lower_ in self.lex.medium_nouns)
            ):
                e = k
                break
        if self.lex.date_end_re is not None and e > s:
            # "britisk etterretning i oktober anslo": the time phrase is not the source
            m = self.lex.date_end_re.search(span_text(doc[s:e]))
            if m and m.start() > 0:
                cut = doc[s].idx + m.start()
                while e > s and doc[e - 1].idx >= cut:
                    e -= 1
        if self.lex.date_start_re is not None and e > s:
            # "on April 2 AP reported": the date before the name is not the source
            m = self.lex.date_start_re.match(span_text(doc[s:e]))
            if m and 0 < m.end() < len(span_text(doc[s:e])):
                cut = doc[s].idx + m.end()
                while s < e and doc[s].idx < cut:
                    s += 1
        s = self._parsed_subject_start(doc, s, e, cue_start)
        if self.lex.reduced_relatives:
            s = self._reduced_relative_start(doc, s, e)
        located = False
        while s < e and (
            (doc[s].lower_ in self.lex.trim and doc[s].lower_ not in self.lex.quantifiers)
            or doc[s].lower_ in self.lex.and_words
            or doc[s].text in QUOTE_MARKS
            or (
                doc[s].lower_ in self.lex.locative_sources
                and s + 1 < e
                and (_is_cap(doc[s + 1]) or doc[s + 1].text in QUOTE_MARKS)
            )
        ):
            located = located or doc[s].lower_ in self.lex.locative_sources
            s += 1
        if s >= e:
            return None
        if located:
            e = self._locative_body_end(doc, s, e)
        if e - s > 10:
            return self._trailing_run(doc, s, e)
        return s, e

    def _reduced_relative_start(self, doc: Doc, start: int, end: int) -> int:
        """Where a reduced relative clause's subject opens inside ``start:end``: a determiner
        right after a lower-case noun ("a claim | the army rejects", "the figure | the ministry
        gave"), else ``start``; after a preposition or a genitive the determiner is inside one
        phrase ("the head of the army")."""
        for k in range(end - 1, start, -1):
            prev = doc[k - 1]
            if (
                doc[k].lower_ in self.lex.determiners
                and prev.is_alpha
                and prev.is_lower
                and prev.lower_ not in self.lex.stop
                and prev.lower_ not in self.lex.determiners
                and prev.lower_ not in self.lex.trim
                and not _is_genitive(prev, self.lex)
                and (k + 1 < end)
            ):
                return k
        return start

    def _parsed_subject_start(self, doc: Doc, start: int, end: int, cue_start: int) -> int:
        """Where the parse's subject of the cue begins inside ``start:end``, else ``start``:
        "The town was quiet on Monday and a local official | denied": the words before the
        subject belong to an earlier clause. Coordinated subjects ("Ukraine and Russia denied")
        stay whole, as the subject's subtree holds both."""
        if not self.lex.subject_deps:
            return start
        edges = [
            t.left_edge.i
            for t in doc[start:end]
            if t.dep_ in self.lex.subject_deps and t.head.i >= cue_start
        ]
        # a parse may label both coordinated subjects: the first one's edge opens the subject
        first = min(edges, default=start)
        return first if start < first < end else start

    def _locative_body_end(self, doc: Doc, start: int, end: int) -> int:
        """End of a body named after a locative preposition ("В Минобороны России | обращение
        назвали", "в ГУР | ураження не коментують"): its capitalised words (and quote marks),
        then a lower-case word only as its head noun ("В Координационном штабе"); the
        lower-case word after a whole name is the verb's object, not part of the source."""
        k = start
        while k < end and (_is_cap(doc[k]) or doc[k].text in QUOTE_MARKS or doc[k].is_digit):
            k += 1
        if k == start or k >= end:
            return end
        if has_suffix(doc[k].lower_, self.lex.org_suffixes):
            return end  # the capitalised words were the adjectives of its head noun
        return k if doc[k].is_alpha and doc[k].is_lower else end

    def is_inverted(self, sent: Span, start: int, end: int) -> bool:
        """Whether the words before a verb are a fronted phrase (V2: the subject follows)."""
        doc = sent.doc
        if end - start == 1 and doc[start].lower_ in self.lex.fronted_alone:
            return not _acronym(doc[start])  # "DA hevder": the body, not "da"
        if end - start > 1 and " ".join(t.lower_ for t in doc[start:end]) in self.lex.fronted_alone:
            return True  # "Это же подтверждает канал": a listed phrase of several words
        if (
            self.lex.verb_second
            and end - start == 1
            and start == sent.start
            and not doc[start].ent_type_
            and doc[start].lower_ not in self.lex.shared.person_adjectives
            and (
                doc[start].pos_ == "ADV"
                # an adjective's neuter used as an adverb ("Totalt", "Offisielt")
                or (doc[start].pos_ == "ADJ" and "Neut" in doc[start].morph.get("Gender")
                    and "Ind" in doc[start].morph.get("Definite"))
            )
        ):
            return True  # "Totalt hevdet departementet": an adverb opening the sentence
        if _starts_with(doc, start, end, self.lex.fronted, self.lex.fronted_multi):
            return True
        shared = self.lex.shared
        if (
            shared.may_be_object is not None
            and shared.may_be_subject is not None
            and doc[start].is_alpha
            # the object opens the sentence, and is no name ("Артему Н. «Верстке» не удалось")
            and start == sent.start
            and not doc[start].ent_type_
            and shared.may_be_object(doc[start].lower_)
            and not shared.may_be_subject(doc[start].lower_)
        ):
            return True  # "Информацию о погибших | опроверг пресс-секретарь X": an object first
        if (
            shared.dative_outlets
            and end - start >= 2
            and start == sent.start
            and doc[end - 1].lower_ in shared.outlets
            # "Ці дані УП не вдалося перевірити": the outlet is who could not, no one told
            and not (end < len(doc) and doc[end].lower_ in self.lex.negations)
            and not doc[start].ent_type_
            and not any(t.is_punct for t in doc[start : end - 1])
            # "Источник ТАСС сообщил", "Корреспондент РБК уточнил": the outlet's own person
            # is the subject, the outlet in the genitive
            and not any(
                has_suffix(t.lower_, shared.person_suffixes)
                or t.lower_ in self.lex.source_noun_forms
                or t.lower_ in shared.titles
                or has_suffix(t.lower_, shared.org_suffixes)
                for t in doc[start : end - 1]
            )
        ):
            # "Его подлинность | РБК | подтвердила X", "Його справжність | Суспільному |
            # підтвердила X": the outlet told stands right before the verb after a fronted
            # object; the one who speaks follows the verb
            return True
        # "Samme dag hevdet ministeren", "Senere samme dag hevder ...": a time adverbial,
        # ending in a time word and opening with no name
        first = doc[start]
        return (
            self.lex.verb_second
            and end - start >= 2
            and doc[end - 1].lower_ in self.lex.time_words
            and first.pos_ not in ("PROPN", "")
            and not first.ent_type_
        )

    def subject_after(self, doc: Doc, cue_end: int, limit: int) -> tuple[int, int] | None:
        """In a verb-second language, the phrase right after the cue when the reported clause
        follows it ("Onsdag morgen bekreftet det ukrainske luftforsvaret at ..."): the cue takes
        no object before its clause, so whatever opened the sentence was no subject."""
        if not self.lex.verb_second:
            return None
        rng = self.right(doc, cue_end, limit)
        if rng is None or rng[1] >= limit:
            return None
        first = doc[rng[0]]
        if not (_is_cap(first) or first.lower_ in self.lex.determiners or first.lower_ in self.lex.pronouns):
            return None  # "bekreftet natt til fredag at": an adverbial, not the subject
        if any(t.lower_ in self.lex.time_words for t in doc[rng[0] : rng[1]]):
            return None  # "bekreftet tirsdag at", "bekreftet Tirsdag kveld at"
        if not _starts_with(doc, rng[1], limit, self.lex.that, self.lex.that_multi):
            return None
        return rng

    def verb_at(self, doc: Doc, at: int) -> bool:
        """Whether the word at ``at`` is a verb: one of `np_verbs`, a perfect's auxiliary or a
        modal, or a finite verb where the pipeline tags them ("the convoy | was hit", "the
        army | has withdrawn", "the offensive | stalled")."""
        low = doc[at].lower_
        return (
            low in self.lex.verbs
            or low in self.lex.perfect_aux
            or low in self.lex.hypothetical_modals
            or _finite_verb(doc[at])
        )

    def _participle_after_document(self, doc: Doc, at: int, start: int) -> bool:
        """Whether the word at ``at`` is a participle right after a document noun ("Figures
        | published today | show"): a reduced relative of the subject, not its verb, though
        a tagger may read it as a past tense (languages with `trailing_participles_end_document`)."""
        return (
            self.lex.trailing_participles_end_document
            and bool(self.lex.participle_adjective_endings)
            and at > start
            and doc[at].is_lower
            and doc[at].lower_.endswith(self.lex.participle_adjective_endings)
            and doc[at - 1].lower_ in self.lex.document_nouns
        )

    def right(self, doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase starting at ``start``: up to a stop word, clause end or 6 tokens."""
        if start >= limit:
            return None
        first = doc[start]
        if is_boundary(first) or (
            first.lower_ in self.lex.stop and first.lower_ not in self.lex.determiners
        ):
            return None
        if first.lower_ in self.lex.pronouns and first.lower_ not in self.lex.determiners:
            return start, start + 1  # "ifølge ham", "ifølgje han må ..."
        e = start
        run = start
        seen_cap = False
        after_genitive = False
        headed = False
        tagged = has_model_annotation(doc, "POS")
        while e < limit and e - start < (14 if seen_cap else 7):
            tok = doc[e]
            low = tok.lower_
            if (
                tok.like_num
                and e > start
                and doc[e - 1].lower_ in self.lex.outlet_nouns
                and (e + 1 >= limit or is_boundary(doc[e + 1]) or doc[e + 1].is_punct)
            ):
                e += 1  # "канал 112", "телеканал 24": a number names the channel
                break
            if is_boundary(tok) or (
                tok.like_num
                and not _is_cap(tok)
                and e > start
                # "a first information report", "the two ministries": a number word right after
                # a determiner is inside the phrase
                and not (tok.is_alpha and doc[e - 1].lower_ in self.lex.determiners)
            ):
                break  # a number ends a phrase, but may open one ("according to two brokers")
            if self.compound_issuer(tok) is not None:
                e += 1  # "ifølge SSB-tall | økte ledigheten": a compound document ends the phrase
                break
            if e > start and (close := _marked_name_end(doc, e, limit)) is not None:
                # 'джерело "Української правди" в СБУ', 'источник «Новой газеты»': a name in
                # quote marks, whatever the case of its later words, is one word of the phrase
                e, seen_cap = close, True
                continue
            if e > start and doc[e - 1].text.endswith("-") and low in self.lex.and_words:
                e += 1  # "helse- og omsorgsministeren": a suspended compound goes on
                continue
            if seen_cap and _inner_hyphen(doc, e, limit):
                e += 2  # "Интерфакс-Украина", "РБК-Україна": one name the tokenizer split
                continue
            if e > start and self._owner_link(doc, e, limit):
                e += 1  # "kontoret til ordføreren": the office's owner is part of who speaks
                headed = False
                continue
            if e > start and self._role_link(doc, e, limit):
                # "en talsmann for flyvåpenet", "FNs høgkommissær for flyktningar": the body a
                # role speaks for is part of who speaks
                e += 1
                headed = False
                continue
            if (
                e > start
                and low in self.lex.body_links
                and seen_cap
                and ends_body_head(doc, self.lex.shared, e, start)
                and (tail := body_tail(doc, self.lex.shared, e - 1, limit)) > e
            ):
                e = tail  # "Координаційного штабу | з питань поводження з військовополоненими"
                break
            if (
                e > start
                and low in self.lex.stop
                and not (seen_cap and low in self.lex.name_stop_connectors)
                and not self._joins_names(doc, e, limit, seen_cap)
            ):
                break
            if (
                e > start
                and self.lex.trailing_participles_end_document
                and self.lex.participle_adjective_endings
                and tok.is_lower
                and low.endswith(self.lex.participle_adjective_endings)
                and doc[e - 1].is_lower
                and doc[e - 1].lower_ in self.lex.document_nouns
            ):
                break  # "a report | filed by the police": a participle after a document noun
            if (
                e > start
                and tagged
                and tok.pos_ in _VERB_POS
                and not _is_cap(tok)
                # "citing another informed source": a participle modifying the noun after it
                and not (self.lex.attributive_participles and tok.dep_ == "amod")
            ):
                break  # "Ifølge Jansson virket han rolig": the fronted phrase ends at the verb
            cap = _is_cap(tok)
            if headed and not cap:
                break
            if e > start and _is_genitive(doc[e - 1], self.lex):
                after_genitive = True  # "Ukraine's military intelligence agency"
            if (
                seen_cap
                and not cap
                and not after_genitive
                and not tok.text.startswith(APOSTROPHES)
                and low not in self.lex.name_connectors
                and low not in self.lex.and_words
            ):
                if (
                    self._org_head(low)
                    and not self._adjectives_only(doc[run : e + 1])
                    and not self._genitive_name_follows(doc, e, limit)
                ):
                    e += 1  # "Søndre Buskerud politidistrikt", "Yonhap news agency"
                    # "the Russian news agency TASS", "the Ukrainian military spokesman
                    # Andriy Kovalenko": a name right after the body (or its role) is who
                    # the phrase describes, which the phrase then ends on
                    e = self._described_name_end(doc, e, limit) or e
                    break
                if self.lex.lower_words_after_name and not self._adjectives_only(doc[run:e]):
                    if low in self.lex.titles and (
                        named := self._described_name_end(doc, e, limit)
                    ):
                        # "UN envoy Tom Fletcher", "Hamas official Basem Naim": a lower-case
                        # role and the person holding it, who is the source
                        e = named
                        break
                    if (head := self._org_head_ahead(doc, e, limit)) is not None:
                        # "the UN refugee agency": lower-case words before a body's head
                        # still describe the body the name opened
                        e = self._described_name_end(doc, head + 1, limit) or head + 1
                        break
                if self.lex.lower_ends_name:
                    break  # "Riksrevisjonen rapport": the name ends before a common noun
            if (
                seen_cap
                and not cap
                and not after_genitive
                and not tok.text.startswith(APOSTROPHES)
                and low not in self.lex.name_connectors
                # the name ends right before this word; a common word already taken after it
                # ("a Russian provincial | governor") makes the run no complete name
                and (_is_cap(doc[e - 1]) or doc[e - 1].lower_ in self.lex.name_connectors)
                # "Ifølge Reuters og AFP": a second name joined on is a joint source
                and not self._joins_names(doc, e, limit, seen_cap)
                and self._is_name(doc[run:e])
                and not self._adjectives_only(doc[run:e])
                and not self._genitive_name_follows(doc, e, limit)
                # "Офісу Генерального | прокурора": a capitalised adjective's noun goes on
                and not capitalised_adjective(self.lex.shared, doc[e - 1].text)
            ):
                break
            if cap and not seen_cap:
                run = e
            seen_cap = seen_cap or cap
            e += 1
            if not cap and self.lex.adjective_suffixes and low not in self.lex.determiners:
                if (
                    after_genitive
                    and not low.endswith(self.lex.adjective_suffixes)
                    and not self._role_link(doc, e, limit)
                    # "Ukrainas president Volodymyr Zelenskyj": a title goes on to the name
                    and not (low in self.lex.titles and e < limit and doc[e].ent_type_ in ("PER", "PERSON"))
                    # "Ifølge Reuters og AFP": a name ending in "s" is no genitive when an
                    # and-word joins a second name to it
                    and not self._joins_names(doc, e - 1, limit, seen_cap)
                ):
                    break  # "Ukrainas luftforsvar": the noun after a genitive ends the phrase
                if not seen_cap and len(low) > 3 and low.endswith(self.lex.head_suffixes):
                    headed = True  # "generalstaben": only a name in apposition may follow
        while e > start and doc[e - 1].lower_ in self.lex.name_trailing:
            e -= 1
        if (
            self.lex.extend_to_person
            and e > start
            # "заяву речника ... Юрія Ігната | в ефірі Радіо Свобода": a phrase that already
            # names its person does not run on to another name
            and not any(doc[t].ent_type_ in ("PER", "PERSON") for t in range(start, e))
        ):
            e = _through_person(doc, e, limit)
        return (start, e) if e > start else None

    def _described_name_end(self, doc: Doc, start: int, limit: int) -> int | None:
        """The end of a name standing right after a body's head at ``start`` with no comma
        between, after any lower-case role words ("agency | TASS", "military | spokesman
        Andriy Kovalenko"), when the name ends the phrase (a clause end or a stop word
        follows); ``None`` when no such name follows. A day or a time ("the ministry Sunday")
        is no name."""
        k = start
        while k < limit and k - start < 2 and doc[k].lower_ in self.lex.titles and not _is_cap(doc[k]):
            k += 1
        end = k
        while (
            end < limit
            and end - k < 4
            and _is_cap(doc[end])
            and doc[end].text not in QUOTE_MARKS
            and doc[end].lower_ not in self.lex.time_words
            and not _is_genitive(doc[end], self.lex)
        ):
            end += 1
        if end == k:
            return None
        if end < limit and not (is_boundary(doc[end]) or doc[end].lower_ in self.lex.stop):
            return None
        return end

    def _role_link(self, doc: Doc, i: int, limit: int) -> bool:
        """A `role_links` word ("for") right after a role or a body's head ("talsmann",
        "høgkommissær", "granskingskommisjon") and before a word that may open a noun phrase:
        the phrase goes on through it to the body the role serves."""
        if i + 1 >= limit or doc[i].lower_ not in self.lex.role_links:
            return False  # no word after (the phrase ends the text): nothing to go on to
        head = doc[i - 1].lower_
        nxt = doc[i + 1]
        if is_boundary(nxt) or nxt.like_num or (
            nxt.lower_ in self.lex.stop and nxt.lower_ not in self.lex.determiners
        ):
            return False
        return head in self.lex.titles or any(
            head.endswith(role) and len(head) > len(role) for role in self.lex.role_heads
        )

    def _owner_link(self, doc: Doc, i: int, limit: int) -> bool:
        """An `owner_links` word ("til") right after an office or a spokesperson
        (`owner_heads`, alone or ending a compound: "pressekontoret") and before a title
        ("ordføreren"): the phrase goes on through it to the owner ("kontoret til ordføreren
        i Odesa"); "sier talspersonen til NTB" names who was told."""
        if i + 1 >= limit or i < 1 or doc[i].lower_ not in self.lex.owner_links:
            return False
        head = doc[i - 1].lower_
        if not any(head.endswith(owned) for owned in self.lex.owner_heads):
            return False
        # a name after "til" would be read as the source itself ("kontoret til Olena
        # Kovalenko" is not she), and an outlet is who was told: a lower-case title only
        nxt = doc[i + 1]
        return not _is_cap(nxt) and nxt.lower_ in self.lex.titles

    def has_role_link(self, span: Span) -> bool:
        """Whether ``span`` is a role with the body it serves ("en talsmann for politiet"): a
        person, whatever the body's word makes of the phrase's kind."""
        return any(self._role_link(span.doc, t.i, span.end) for t in span[1:])

    def _joins_names(self, doc: Doc, i: int, limit: int, seen_cap: bool) -> bool:
        """An and-word between two capitalised words inside one name or a joint source
        ("Arts and Humanities Citation Index", "Unicef og Unfpa")."""
        return (
            seen_cap
            and doc[i].lower_ in self.lex.and_words
            and i + 1 < limit
            and _is_cap(doc[i + 1])
            and _is_cap(doc[i - 1])
        )

    def _org_head_ahead(self, doc: Doc, start: int, limit: int) -> int | None:
        """The index of a body's head word ("agency", "office") within the two lower-case
        words after ``start`` (those words plain lower-case ones, no stop words), or ``None``:
        "UN | refugee agency", "UN | human rights office" (whole words only, so a word that
        merely contains one, "community", heads nothing)."""
        org_re = self.lex.org_re
        if org_re is None:
            return None
        for k in range(start + 1, min(limit, start + 3)):
            tok = doc[k]
            if not tok.is_alpha or not tok.is_lower or tok.lower_ in self.lex.stop:
                return None
            if org_re.fullmatch(tok.lower_):
                return k
        return None

    def _org_head(self, low: str) -> bool:
        """A lower-case word that heads an organisation's name after its proper part."""
        return self.lex.org_re is not None and bool(self.lex.org_re.search(low))

    def names_body(self, low: str) -> bool:
        """Whether the lower-case word names a body ("etterretning", "ministry"), so that a
        document noun it also is ("britisk etterretning") stands for the body itself."""
        return self._org_head(low)

    def compound_issuer(self, token: Token) -> str | None:
        """The body a compound document noun names before its hyphen ("FN-tall" -> FN,
        "ISW-rapporten" -> ISW, "Reuters-analysen" -> Reuters): the guide wants the agent, not
        its figures. Only an acronym or a known outlet counts as the body, so that a document
        about a place ("Ukraina-rapporten") names no issuer; ``None`` otherwise."""
        head, hyphen, tail = token.text.rpartition("-")
        if not hyphen or tail.lower() not in self.lex.document_nouns or not head.isalpha():
            return None
        if (head.isupper() and 1 < len(head) < 7) or head.lower() in self.lex.shared.outlets:
            return head
        return None

    def issuer(self, doc: Doc, rng: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """Who issued the document or measure that ``rng`` names ("tall fra FN" -> FN,
        "en måling i Adresseavisa" -> Adresseavisa), or ``None`` when the phrase is no
        document or its issuer is not named right after it."""
        words = [t.lower_ for t in doc[rng[0] : rng[1]] if not t.is_punct]
        # a compound's last part is the noun ("Ukraina-rapporten fra FN")
        if not words or words[-1].rpartition("-")[2] not in self.lex.document_nouns:
            return None
        owner = self._possessor(doc, rng)
        if owner is not None:
            return owner  # "FNs rapport", "Forsvarsdepartementets tall", "the UN's figures"
        made = self._maker(doc, rng[1], limit)
        if made is not None:
            return made  # "En meningsmåling Sentio har utført for Sunnmørsposten"
        i = rng[1]
        after = i  # where the words before the preposition are counted from
        if i < len(doc) and doc[i].text == "(":
            # "the first damage assessment (FDA) compiled by the fire service": the noun's
            # abbreviation in brackets, then who issued it; the clause the brackets cut goes on
            close = next((t for t in range(i + 1, min(len(doc), i + 5)) if doc[t].text == ")"), None)
            if close is not None:
                i = after = close + 1
                limit = next(
                    (t for t in range(i, len(doc)) if doc[t].is_sent_start or doc[t].text in (",", ";")),
                    len(doc),
                )
        # "en opptelling fra BBC", "a statement issued by the ministry"
        preps = self.lex.document_preps | self.lex.document_outlet_preps
        while i < limit and doc[i].lower_ not in preps and i - after < 2:
            if is_boundary(doc[i]) or doc[i].lower_ in self.lex.stop:
                break
            i += 1
        if i >= limit or doc[i].lower_ not in preps:
            return None
        if doc[i].lower_ not in self.lex.document_preps:
            return self._outlet_after(doc, i + 1, limit)
        if has_suffix(words[-1], self.lex.org_suffixes) and doc[i].lower_ not in self.lex.shared.data_source_preps:
            # "britisk etterretning i sin oppdatering": a noun that names a body as well as
            # its findings is the body, unless "fra"/"av" name where the findings came from
            # ("etterretning fra Nato")
            return None
        return self.right(doc, i + 1, limit)

    def _outlet_after(self, doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
        """The outlet named from ``start`` on ("a report in | the Financial Times"), or
        ``None`` when the words there name no outlet: after `document_outlet_preps` a month,
        a place or another document is where or when, not who issued it."""
        rng = self.right(doc, start, limit)
        if rng is None:
            return None
        phrase = self.phrase(doc, rng[0], rng[1], doc[start].sent.start)
        if phrase.kind == "none" or not (self.is_outlet(phrase) or self.is_relay_name(phrase)):
            return None
        return rng

    def owner_before(self, doc: Doc, rng: tuple[int, int]) -> tuple[int, int] | None:
        """The body written before the document noun ending ``rng`` ("the city council report",
        "the General Staff update", "the regional administration's update"), or ``None``."""
        words = [t for t in doc[rng[0] : rng[1]] if not t.is_punct]
        if not words or words[-1].lower_ not in self.lex.document_nouns:
            return None
        if not words[-1].is_lower:
            return None  # "the Bureau of Farm Statistics": a capitalised word of a body's name
        owner = document_owner(doc, self.lex.shared, rng[0], words[-1].i)
        if owner is None:
            return None
        start, end = owner
        while start < end - 1 and doc[start].lower_ in self.lex.document_modifiers:
            start += 1  # "the latest | health ministry | figures": the document's, not the body's
        return start, end

    def _maker(self, doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
        """The name in a relative clause without its pronoun right after a document noun
        ("en måling Sentio har utført", "ei undersøking Norstat gjorde", "en kartlegging som
        Sintef har gjort"): who made it."""
        if start < limit and doc[start].lower_ in self.lex.relatives:
            start += 1  # the relative pronoun a relative clause may open with
        end = start
        while end < limit and _is_cap(doc[end]):
            end += 1
        if end == start:
            return None
        k = end
        if k < limit and doc[k].lower_ in self.lex.perfect_aux:
            k += 1
        return (start, end) if k < limit and doc[k].lower_ in self.lex.document_makers else None

    def _possessor(self, doc: Doc, rng: tuple[int, int]) -> tuple[int, int] | None:
        """The name in the genitive before a document noun ("FNs rapport" -> "FNs", whose
        name the speaker step reads without the ending), or ``None``."""
        end = rng[1] - 1  # the document noun
        while end > rng[0] and not _is_cap(doc[end - 1]) and doc[end - 1].text not in self.lex.genitive_markers:
            end -= 1  # adjectives between: "FNs nye rapport"
        if end <= rng[0]:
            return None
        if doc[end - 1].text in self.lex.genitive_markers:
            end -= 1  # "the UN 's"
        elif not _is_genitive(doc[end - 1], self.lex):
            return None
        start = end - 1
        while start > rng[0] and _is_cap(doc[start - 1]):
            start -= 1
        if not _is_cap(doc[start]):
            # "the regional administration's update": a body by its common noun keeps the
            # words before it, to the determiner
            while (
                start > rng[0]
                and doc[start - 1].is_lower
                and doc[start - 1].lower_ not in self.lex.determiners
            ):
                start -= 1
        return start, end

    def apposition_name(self, doc: Doc, end: int, limit: int) -> tuple[int, int] | None:
        """A name in apposition after a descriptive phrase ending at ``end``: "ifølge en
        talsmann for politiet, Mickey Rosenfeld," -> Mickey Rosenfeld (two or more
        capitalised words, then the clause ends)."""
        k = end
        while k < limit and not is_boundary(doc[k]) and k - end < 6:
            k += 1
        if k >= len(doc) or doc[k].text != ",":
            return None
        s = k + 1
        e = s
        while e < len(doc) and _is_cap(doc[e]) and doc[e].text not in QUOTE_MARKS:
            e += 1
        if e - s < 2 or (e < len(doc) and not is_boundary(doc[e])):
            return None
        return s, e

    def last_opener(self, sent: Span, clause_start: int, cue_start: int) -> int | None:
        """Index of the last clause opener before the cue ("som", "who"), if any."""
        doc = sent.doc
        last = None
        i = clause_start
        while i < cue_start:
            n = _starts_with(doc, i, cue_start, self.lex.openers, self.lex.openers_multi)
            if n:
                last = i
                i += n
            else:
                i += 1
        return last

    def antecedent(self, sent: Span, rel: int) -> tuple[int, int] | None:
        """The noun phrase a relative pronoun at ``rel`` refers back to (up to five tokens)."""
        doc = sent.doc
        tagged = has_model_annotation(doc, "POS")
        e = rel
        if e > sent.start and doc[e - 1].text == ",":
            e -= 1
        s = e
        while s > sent.start and e - s < 8:
            tok = doc[s - 1]
            if tok.lower_ in self.lex.antecedent_links and s - 1 > sent.start and e - s <= 4:
                s -= 1  # "the leader of the protests, who": the head before "of"
                continue
            if is_boundary(tok) or e - s >= 5 or (
                tok.lower_ in self.lex.stop and tok.lower_ not in self.lex.determiners
            ):
                break
            if tagged and tok.pos_ in _VERB_POS and not _is_cap(tok):
                break  # "Avisen siterer et sykehus som": the antecedent starts after the verb
            s -= 1
        if (
            s < e < rel
            and s - 1 > sent.start
            and doc[s - 1].text == ","
            and self.lex.antecedent_links
            and doc[s].lower_ in self.lex.determiners
        ):
            # "Ivan Sokol, the leader of the protests, who": the name the description is set
            # off after, between commas (not "In Kyiv, the soldiers who": a place after "In")
            n = s - 1
            while (
                n > sent.start
                and _is_cap(doc[n - 1])
                and doc[n - 1].lower_ not in self.lex.stop
                and s - 1 - n < 4
            ):
                n -= 1
            if n < s - 1 and (
                n == sent.start
                or (
                    not _is_cap(doc[n - 1])
                    and (doc[n - 1].lower_ not in self.lex.stop or doc[n - 1].lower_ in self.lex.verbs)
                )
            ):
                return n, s - 1
        return (s, e) if s < e else None

    def after_prep(
        self, doc: Doc, start: int, end: int, preps: frozenset[str]
    ) -> tuple[int, int] | None:
        """The noun phrase after the first of ``preps`` in ``[start, end)``."""
        for i in range(start, end):
            low = doc[i].lower_
            if low in preps:
                return self.right(doc, i + 1, end)
            if low in self.lex.that or low in self.lex.openers:
                return None  # the recipient comes before the that-clause, not inside it
        return None

    def that_clause(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The at/that-clause (without the conjunction) in ``[start, end)``."""
        for i in range(start, end):
            n = _starts_with(doc, i, end, self.lex.that, self.lex.that_multi)
            if n and i + n < end:
                return i + n, end
        return None

    def _genitive_name_follows(self, doc: Doc, head: int, limit: int) -> bool:
        """Whether a capitalised word goes on after the lower-case word at ``head`` inside a
        name ("Генерального штабу | Збройних сил | України": the genitives of a body's name);
        only for languages whose morphology reads adjectives (ru, uk)."""
        return (
            self.lex.may_be_attribute is not None
            and head + 1 < limit
            and _is_cap(doc[head + 1])
            and doc[head + 1].is_alpha
        )

    def _adjectives_only(self, span: Span) -> bool:
        """Whether every word of ``span`` reads as an adjective, so the noun it qualifies is
        still to come ("Херсонської обласної | військової адміністрації"); only for languages
        whose morphology reads adjectives."""
        test = self.lex.may_be_attribute
        return test is not None and all(test(t.lower_) for t in span)

    def _is_name(self, span: Span) -> bool:
        """A complete name: an outlet we know or an acronym ("Reuters", "NTB"), not "Ukrainian"."""
        text = span_text(span)
        if self.lex.media_re is not None and self.lex.media_re.fullmatch(text):
            return True
        return len(span) == 1 and text.isupper() and len(text) > 1 or len(span) > 1

    def trailing_name(self, doc: Doc, s: int, e: int) -> tuple[int, int] | None:
        """The capitalised name ending a phrase, if any (``None`` for a common noun phrase)."""
        return self._trailing_run(doc, s, e)

    def _trailing_run(self, doc: Doc, s: int, e: int) -> tuple[int, int] | None:
        j = e
        connectors = self.lex.name_connectors
        while j > s and (_is_cap(doc[j - 1]) or (j - 1 > s and doc[j - 1].lower_ in connectors)):
            j -= 1
        while j < e and not _is_cap(doc[j]):
            j += 1
        return (j, e) if j < e and j > s else None

    # -- naming --------------------------------------------------------------------------------

    def _attributes_only(self, doc: Doc, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` holds only adjectives (none at all is fine): "Генеральный"
        before "директор МАГАТЭ". False for any word where the language has no adjective
        test."""
        if start >= end:
            return True
        test = self.lex.shared.may_be_attribute
        return test is not None and all(
            doc[t].is_alpha and test(doc[t].lower_) and not has_suffix(doc[t].lower_, self.lex.org_suffixes)
            for t in range(start, end)
        )

    def phrase(self, doc: Doc, start: int, end: int, sent_start: int) -> Phrase:
        """Name and kind of the source phrase ``doc[start:end]``."""
        while start < end and (
            doc[start].text in QUOTE_MARKS
            or doc[start].text in BULLETS
            or doc[start].lower_ in self.lex.and_words
        ):
            start += 1
        while end > start and doc[end - 1].text in QUOTE_MARKS:
            end -= 1
        if (
            start + 1 < end
            and doc[start].lower_ in self.lex.shared.outlets
            and doc[start + 1].lower_ in self.lex.source_noun_forms
        ):
            start += 1  # "сообщил ТАСС | источник в экстренных службах": the outlet was told
        if start >= end:
            return Phrase(doc[start:start], "", "none", doc[start:start])
        span = doc[start:end]
        low = span_text(span).lower()
        if low in self.lex.not_sources or (
            # "Disse tallene viser", "these figures": a determiner before a word that is no source
            end - start == 2
            and doc[start].lower_ in self.lex.determiners
            and doc[start + 1].lower_ in self.lex.not_sources
        ):
            return Phrase(span, span_text(span), "none", span)
        if low in self.lex.pronouns:
            return Phrase(span, span_text(span), "pronoun", span)
        if (issuer := self.compound_issuer(doc[end - 1])) is not None:
            # "ifølge FN-tall", "En ny ISW-rapport viser": the body before the hyphen issued it
            return Phrase(span, issuer, "organisation", doc[end - 1 : end])
        name_span = self._name_run(doc, start, end, sent_start)
        if name_span is not None and served_by_role(doc, self.lex.shared, start, name_span.start):
            # "Russia's ambassador to the United Nations": the role's holder, not whom it serves
            return Phrase(span, span_text(span), "descriptive", span)
        if (
            name_span is not None
            and name_span.start > start
            and (
                doc[start].lower_ in self.lex.source_noun_forms
                # "жители Татарстана": the people of the place named after them (ru, uk)
                or doc[start].lower_ in self.lex.residents
            )
        ):
            # "по данным источника ASTRA", "собеседника “Ъ”": the outlet named is the one the
            # anonymous source spoke to; the source is the description
            return Phrase(span, span_text(doc[start:end]), "descriptive", span)
        if (
            self.lex.role_before_body
            and name_span is not None
            and name_span.start > start
            and name_span.end == end
            and (
                all(t.text.isupper() and len(t.text) > 1 for t in name_span)
                # "Представитель Кремля": a body by one word the language lists as one
                or (len(name_span) == 1 and has_suffix(span_text(name_span).lower(), self.lex.org_suffixes))
            )
            and doc[name_span.start - 1].lower_ in self.lex.titles
            and not has_suffix(doc[name_span.start - 1].lower_, self.lex.org_suffixes)
            # "Генеральный директор МАГАТЭ": adjectives of the role before it
            and self._attributes_only(doc, start, name_span.start - 1)
        ):
            # "за словами очільника ОВА": the head of the body, not the body
            return Phrase(span, span_text(span), "descriptive", span)
        if (
            self.lex.role_before_body
            and name_span is not None
            and name_span.start > start
            and name_span.end == end
            and doc[start].lower_ in self.lex.titles
            and name_span[-1].ent_type_ in _PLACE_LABELS
            and all(
                t.ent_type_ in _PLACE_LABELS or (t.text.isupper() and len(t.text) > 1)
                for t in name_span
            )
            and all(t.is_lower for t in doc[start + 1 : name_span.start])
        ):
            # "Президент України стверджує", "Министр обороны России", "Глава МИД России": the
            # office holder of the country (or of its body) named in the genitive, not the country
            return Phrase(span, span_text(span), "descriptive", span)
        if name_span is not None and name_span.start > start and self.lex.media_re is not None:
            wider = doc[name_span.start - 1 : name_span.end]
            name = wider.text[:1].upper() + wider.text[1:]
            if self.lex.media_re.fullmatch(name):
                return Phrase(span, name, "organisation", wider)
        if (
            name_span is None
            and doc[end - 1].lower_ in self.lex.outlet_nouns
            and not any(_is_cap(t) for t in span[1:])
        ):
            outlet = self.last_outlet(doc, span.start)
            if outlet:
                return Phrase(span, outlet, "descriptive", span)
        kind = self._kind(doc, span, name_span)
        name = (span_text(name_span) if name_span is not None else span_text(span)).strip("«»\"“”'‘’ ")
        if not name:
            return Phrase(span, "", "none", span)
        return Phrase(span, name, kind, name_span if name_span is not None else span)

    def _name_run(self, doc: Doc, start: int, end: int, sent_start: int) -> Span | None:
        """The capitalised name heading the phrase ("velrennomerte The Guardian" -> The Guardian)."""
        j = end
        while j > start and (
            (_is_cap(doc[j - 1]) and not (doc[j - 1].text.endswith(".") and j < end))
            or (j - 1 > start and doc[j - 1].lower_ in self.lex.name_head_connectors)
            or (
                j - 1 > start
                and doc[j - 1].lower_ in self.lex.and_words
                and _is_cap(doc[j - 2])
                and _is_cap(doc[j])
            )
            or (
                # a hyphen the tokenizer split off inside one name ("РБК-Україна")
                j - 1 > start
                and j < end
                and doc[j - 1].text == "-"
                and not doc[j - 2].whitespace_
                and not doc[j - 1].whitespace_
                and _is_cap(doc[j - 2])
                and _is_cap(doc[j])
            )
        ):
            j -= 1
        while j < end and not _is_cap(doc[j]):
            j += 1
        if j >= end:
            return None
        if j - 2 >= start and doc[j - 1].text in self.lex.genitive_markers and _is_cap(doc[j - 2]):
            # "Britain's Ministry of Defence"
            k = j - 2
            while k > start and _is_cap(doc[k - 1]) and not doc[k - 1].text.endswith("."):
                k -= 1
            return doc[k:end]
        head = start
        if start + 2 < end and doc[start + 1].text == "-" and not doc[start].whitespace_:
            head = start + 2  # "пресс-службу", split at its hyphen
        if (
            self.lex.may_be_attribute is not None
            and j > head
            and not _is_cap(doc[start])
            and has_suffix(doc[head].lower_, self.lex.org_suffixes)
            and _is_cap(doc[head + 1])
            and all(t.is_alpha or t.text == "-" for t in doc[start:end])
        ):
            # "пресс-службу | Министерства обороны России": a lower-case body of a body named
            # in the genitive is the whole phrase, never the country ending it (ru, uk); so is
            # "пресс-службы | МЧС", as the quote's "в пресс-службе МЧС" names it
            return doc[start:end]
        if j == start:
            if end - start > 1 and doc[start].lower_ in self.lex.paired_conjunctions:
                # "Både CNN og The Guardian melder": the first half of "både ... og" is no name
                return doc[start + 1 : end]
            if (
                all(t.is_space or t.text in QUOTE_MARKS for t in doc[sent_start:start])
                and end - start > 1
                and _is_cap(doc[start + 1])
                and doc[start].lower_ not in self.lex.determiners
                and (
                    (has_model_annotation(doc, "POS") and doc[start].pos_ == "NOUN")
                    or has_suffix(doc[start].lower_, self.lex.org_suffixes)
                    or has_suffix(doc[start].lower_, self.lex.person_suffixes)
                    # "Studentavisen Studvest": a compound of an outlet noun
                    or has_suffix(doc[start].lower_, self.lex.outlet_suffixes)
                    or doc[start].lower_ in lower_forms(doc)
                )
            ):
                # "Studentavisen Studvest har skrevet": a common noun, capitalised only as the
                # sentence's first word, before the name it describes
                if self.lex.may_be_attribute is not None and all(
                    t.text.isupper() and len(t.text) > 1 for t in doc[start + 1 : end]
                ):
                    return doc[start:end]  # "Генштаб ВСУ": the body of the force, in ru/uk
                return doc[start + 1 : end]
            if end - start == 1 or all(_is_cap(t) for t in doc[start:end]):
                return doc[start:end]
            # a sentence-initial capital followed by lower-case words is not a name
            return None if start == sent_start else doc[start:end]
        if doc[j - 1].lower_ in self.lex.stop and doc[j - 1].lower_ not in self.lex.determiners:
            # "Forsvarsdepartementet i Kyiv": the name is a complement, the head comes before
            return doc[start:end] if _is_cap(doc[start]) and start != sent_start else None
        if (
            self.lex.may_be_attribute is not None
            and _is_cap(doc[start])
            and (
                has_suffix(doc[start].lower_, self.lex.org_suffixes)
                or (  # "Генерального штабу Збройних сил України": an adjective, then the body
                    self.lex.may_be_attribute(doc[start].lower_)
                    and has_suffix(doc[start + 1].lower_, self.lex.org_suffixes)
                )
            )
            and all(t.is_alpha or t.text.replace("'", "").replace("’", "").isalpha() for t in doc[start:j])
            and not any(t.text in QUOTE_MARKS for t in doc[start:end])  # 'издание «РБК»'
        ):
            # "Министерство обороны России", "Служба безпеки України": a body word and its
            # genitive words head the name; the country after them does not (ru/uk)
            return doc[start:end]
        return doc[j:end]

    def _kind(self, doc: Doc, span: Span, name_span: Span | None) -> str:
        text = span_text(span)
        if name_span is not None and name_span.start > span.start:
            role = doc[name_span.start - 1].lower_
            if has_suffix(role, self.lex.org_suffixes) and not has_suffix(
                role, self.lex.person_suffixes
            ):
                return "organisation"  # "Studentavisen Studvest": the role says what it is
        label = self._ent_label(doc, span)
        if label in _PER_LABELS:
            return "named"
        if label in _ORG_LABELS and not self._surname_of_person(doc, span):
            return "organisation"
        if self.lex.media_re is not None and self.lex.media_re.search(text):
            return "organisation"
        low = text.lower()
        if self.lex.org_re is not None and self.lex.org_re.search(low):
            return "organisation"
        if name_span is not None:
            if any(t.text.isupper() and len(t.text) > 1 for t in name_span):
                return "organisation"
            return "named"
        return "descriptive"

    @staticmethod
    def _surname_of_person(doc: Doc, span: Span) -> bool:
        """A one-word name a model mislabels, though the text names a person by it in full
        ("skriver Gubin" after "Pavel Gubin"): a trained NER's ORG then is wrong."""
        if len(span) != 1 or not span_text(span)[:1].isupper():
            return False
        return any(
            e.label_ in _PER_LABELS and len(e) > 1 and e[-1].text == span_text(span) for e in doc.ents
        )

    @staticmethod
    def _ent_label(doc: Doc, span: Span) -> str | None:
        if not doc.has_annotation("ENT_IOB"):
            return None
        for ent in doc.ents:
            if ent.start >= span.start and ent.end <= span.end and ent.end == span.end:
                return ent.label_
        return None

    def last_outlet(self, doc: Doc, before: int) -> str | None:
        """The last outlet named before token ``before`` (for "the newspaper", "avisen")."""
        if self.lex.media_re is None:
            return None
        last = None
        for m in self.lex.media_re.finditer(span_text(doc[:before])):
            last = m.group()
        return last

    def split_coordinated(self, phrase: Phrase, sent_start: int, clause: Span) -> list[Phrase]:
        """ "Ukraina og Russland anklager hverandre" -> two phrases; anything else stays whole
        (a joint source, "Unicef og Unfpa", is one)."""
        span = phrase.span
        cuts = [t.i for t in span if t.lower_ in self.lex.and_words]
        both = len(span) > 1 and span[0].lower_ in self.lex.distributives
        if len(cuts) != 1 or not (both or self.is_reciprocal(clause)):
            return [phrase]
        k = cuts[0]
        first = span.start + 1 if both else span.start
        if (
            k == first
            or k + 1 >= span.end
            or not (both or (_is_cap(span.doc[k - 1]) and _is_cap(span.doc[k + 1])))
        ):
            return [phrase]
        doc = span.doc
        return [
            self.phrase(doc, first, k, sent_start),
            self.phrase(doc, k + 1, span.end, sent_start),
        ]

    def is_reciprocal(self, clause: Span) -> bool:
        """Whether the clause says its parties act on each other ("anklager hverandre")."""
        doc = clause.doc
        return any(
            _starts_with(doc, i, clause.end, self.lex.reciprocals, self.lex.reciprocals_multi)
            for i in range(clause.start, clause.end)
        )

    def is_relay(self, phrase: Phrase, context: Span | None = None) -> bool:
        """Whether a source relays information (an outlet, intelligence, sources, an estimate)
        rather than being a party stating its own: "ifølge VG", not "ifølge generalstaben".
        ``context`` is the clause from the phrase on, read when the phrase stopped short
        ("British defence" of "British defence intelligence")."""
        text = context.text if context is not None else phrase.span.text
        if self.lex.media_re is not None and (
            self.lex.media_re.search(text) or self.lex.media_re.search(phrase.name)
        ):
            return True
        low = text.lower()
        if any(t.lower_ in self.lex.outlet_nouns for t in phrase.span):
            return True
        return self.lex.relay_re is not None and bool(self.lex.relay_re.search(low))

    def is_outlet(self, phrase: Phrase) -> bool:
        """Whether the phrase names a news outlet: a known outlet's name, an outlet's word
        ("the newspaper", "the broadcaster") or a name ending in an outlet name's word
        ("Sky News", "The Moscow Times"); not a party, a body or intelligence."""
        if self.lex.media_re is not None and self.lex.media_re.search(phrase.name):
            return True  # (by the name only: "the BBC's Russia editor Steve Rosenberg" is a person)
        words = [t for t in phrase.name_span if t.is_alpha]
        if any(t.lower_ in self.lex.outlet_nouns for t in words):
            return True
        return bool(words) and _is_cap(words[-1]) and words[-1].lower_ in self.lex.outlet_name_words

    def is_relay_name(self, phrase: Phrase) -> bool:
        """Whether the source's name itself names a relay (an outlet: "Romsdals Budstikke"),
        whatever description stands before it."""
        return self.is_relay(phrase, phrase.name_span)

    def is_place(self, phrase: Phrase) -> bool:
        """Whether the entity recogniser reads every name in the phrase as a place
        ("Mykolajiv", "Dnipropetrovsk og Mykolajiv"; not "FNs granskingskommisjon for
        Ukraina"): a place issues no report."""
        span = phrase.span
        ents = [e for e in span.doc.ents if e.start < span.end and e.end > span.start]
        if not ents or any(e.label_ not in _PLACE_LABELS for e in ents):
            return False
        # every capitalised word a place's ("Dnipropetrovsk og Mykolajiv"), none a body's
        return all(
            any(e.start <= t.i < e.end for e in ents) for t in span if _is_cap(t)
        )

    def is_org(self, phrase: Phrase) -> bool:
        """Outlets and organisations (reporting sources), not people or pronouns."""
        return phrase.kind == "organisation" or (
            phrase.kind == "descriptive" and phrase.name != phrase.span.text
        )

"""Shared reading of speech cues and speaker phrases, driven by ``quotes.toml``/``speakers.toml``.

Both ``sourcetrace_quotes`` and ``sourcetrace_speakers`` need the same vocabulary (cue verbs,
pronouns, titles, organisation heads) and the same phrase rules (where a speaker phrase starts
and stops, how a title is kept apart from a name). Everything here works on plain token
indices with set look-ups, so it stays fast on a blank pipeline; POS tags refine it when present.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from .. import lang as langdata
from ..lang.first_names import gender as first_name_gender
from .annotations import Mention, doc_lowers, has_model_annotation, span_text
from .token_arrays import punct_flags, token_texts

if TYPE_CHECKING:
    from ..lang.morph import Morphology

#: Entity labels that make a speaker an organisation / a person.
ORG_LABELS = frozenset({"ORG", "GPE", "GPE_LOC", "GPE_ORG", "NORP", "LOC", "ORGANIZATION", "FAC"})
PER_LABELS = frozenset({"PER", "PERSON"})
#: Longest speaker phrase we read, in tokens.
MAX_NP = 10


def _low(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or [])


@dataclass(frozen=True)
class Lexicon:
    """One language's cue and speaker vocabulary, as sets ready for token look-ups."""

    cue_verbs: frozenset[str]
    particle_cues: dict[str, str]
    indirect_cues: frozenset[str]
    question_cues: frozenset[str]
    complementizers: frozenset[str]
    bare_clause: bool
    verb_second: bool
    according_to: tuple[tuple[str, ...], ...]
    np_stop: frozenset[str]
    np_link: frozenset[str]
    adverbs: frozenset[str]
    placeholders: frozenset[str]
    recipient_preps: frozenset[str]
    recipient_verbs: frozenset[str]
    participle_cues: frozenset[str]
    naming: tuple[tuple[str, ...], ...]
    leading_drop: frozenset[str]
    reflexives: frozenset[str]
    place_preps: frozenset[str]
    object_pronouns: frozenset[str]
    #: "X er blant dem som mener": the pronoun, its preposition and a count before it
    among_pronouns: frozenset[str]
    among_preps: frozenset[str]
    among_counts: frozenset[str]
    bare_cues: frozenset[str]
    auxiliaries: frozenset[str]
    aliases: tuple[tuple[str, ...], ...]
    impersonal: dict[str, frozenset[str]]  # first word -> the words that may follow it
    source_preps: frozenset[str]
    conjunctions: frozenset[str]
    coordinators: frozenset[str]
    relatives: frozenset[str]
    time_words: frozenset[str]
    interviewer: str
    medium_format: str
    platform_preps: frozenset[str]
    #: possessives between a preposition and the platform ("в своём Telegram-канале"): the
    #: platform is read after them
    platform_possessives: frozenset[str]
    medium_nouns: dict[str, str]
    medium_indefinite: frozenset[str]
    medium_carry: frozenset[str]
    medium_modifiers: dict[str, str]
    medium_first: frozenset[str]
    medium_preps: frozenset[str]
    interview_preps: frozenset[str]
    addressee_cues: tuple[tuple[str, ...], ...]
    pronouns: dict[str, dict[str, str]]
    determiners: frozenset[str]
    definite_determiners: frozenset[str]
    definite_suffixes: tuple[str, ...]
    genitive_endings: tuple[str, ...]
    indefinite: frozenset[str]
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]
    name_particles: frozenset[str]
    org_suffixes: tuple[str, ...]
    person_suffixes: tuple[str, ...]
    kin_nouns: frozenset[str]  # "moren Alona": family before a name
    age_adjectives: frozenset[str]  # "23 år gamle Nastya": an age before a name
    office_titles: Suffixes  # "presidenten", "forsvarsministeren": an office names its holder
    plural_suffixes: tuple[str, ...]
    plural_words: frozenset[str]
    anaphors: dict[str, str]
    noun_genders: dict[str, str]  # "kvinnen" -> femn: a gendered person noun
    #: "moren" -> ("sønnen", "datteren"): the kin the named parent or child has in the text
    kin_reciprocals: dict[str, tuple[str, ...]]
    outlets: frozenset[str]
    #: word parts that make a phrase name news media ("flere nyhetsbyråer", "news agencies")
    media_stems: tuple[str, ...]
    platforms: frozenset[str]
    scare_markers: frozenset[str] = frozenset()
    #: words right before a cue word that make it an adjective ("the alleged attack")
    attributive_markers: frozenset[str] = frozenset()
    #: a determiner right after the common noun a cue tells ("told reporters the alliance ...")
    #: opens the reported clause (English; Norwegian "fortalte journalistene at" needs "at")
    recipient_noun_ends: bool = False
    #: words opening the writer's own clause after a cue set in the middle ("..., the mayor
    #: said, as elsewhere troops fought ..."): no continuation of the report
    writer_links: frozenset[str] = frozenset()
    #: participles of relaying after an "according to" phrase ("According to Yonhap, quoting
    #: KCNA, ..."): the one quoted speaks
    relay_participles: frozenset[str] = frozenset()
    #: words that end a subject read leftwards from its cue, in languages whose adverbials
    #: stand between subject and verb ("Минобороны | в своей сводке заявило")
    subject_breaks: frozenset[str] = frozenset()
    #: prepositions of time opening an adverbial between a named subject and its verb ("Wim
    #: Koevermans | after his team's loss to Nepal | insisted"): the subject ends there
    adverbial_preps: frozenset[str] = frozenset()
    #: an "according to" source runs to the comma after it ("По словам директора станции
    #: Олега Ромащенко, ..."): languages that always set that comma
    according_to_comma: bool = False
    #: the run to the comma holds no verb (with a tagger): "According to the Ministry of Culture
    #: and Tourism, ..." runs on, "According to a Reuters tally based on official figures, ..."
    #: keeps its own bounds (the participle describes the document)
    according_to_comma_nominal: bool = False
    #: a clause of two words is a whole report when one of them says what is (not) there
    #: ("Пострадавших нет", "Загиблих немає") or is an impersonal predicate with one of these
    #: endings ("штурм відбито"): the shortest news a governor gives
    short_report_words: frozenset[str] = frozenset()
    short_report_endings: tuple[str, ...] = ()
    #: "Как отмечается, ..." / "Як уточнюється, ...": an impersonal "as is noted" that names no
    #: one and goes on with the last speaker's statement (not "как сообщалось ранее": the
    #: outlet's own earlier reports)
    unnamed_according: frozenset[tuple[str, ...]] = frozenset()
    #: "Вказується, що ...": an impersonal passive opening a sentence with its "that" clause
    #: goes on with the report right before it (in that paragraph or the one before), and
    #: reports nothing when no report stands there
    unnamed_that: frozenset[str] = frozenset()
    # "Голова ОВА Олег Кіпер у телеграмі: «...»": a speaker's name and a colon label a quote
    colon_labels: bool = False
    #: "... Об этом сообщил X": a placeholder before the cue refers back to the sentence before,
    #: which is then X's indirect quote
    back_reference_quotes: bool = False
    #: "Governor X reported this on Telegram.", "This was reported by the Air Force.": a cue
    #: whose object (or passive subject) is a placeholder alone reports the sentence before
    back_reference_objects: bool = False
    #: "— йдеться в повідомленні штабу", "говорится в сводке ведомства": the noun phrase right
    #: after a medium noun, in the genitive, is the body that issued it (languages with cases)
    genitive_issuer: bool = False
    #: '«…», — сказал он': the comma after a quote goes after its closing mark, so a quote run
    #: over paragraphs may close on a mark glued to its last word ('... неможливо", - йдеться')
    comma_after_quote: bool = False
    #: '«A, — каже він. — B»': a speech dash after a comma or question mark inside one pair
    #: of marks, a short cue clause and a dash again interrupt the quote; A and B are two
    #: quotes of the one cue (Ukrainian and Russian typography)
    cue_inside_marks: bool = False
    #: prepositions of a topic set right after a cue, before the speaker ("— розповідає | про
    #: ситуацію в селі | староста Петро Гнатюк"): the speaker is the role word after it
    topic_preps: frozenset[str] = frozenset()
    #: "Мені один хлопчина сказав": a dative pronoun may open the clause before the subject of
    #: a cue (free word order); the one told is no part of the speaker
    recipient_before_subject: bool = False
    #: "..., розповіла ТСН, що": an outlet right after a cue is the one told, not the speaker
    dative_outlets: bool = False
    #: question words that open a reported clause like a complementizer ("understreka ... kor
    #: viktig det er", "forklarer hvordan"): an embedded question is reported speech too
    wh_complementizers: frozenset[str] = frozenset()
    #: a preposition that may stand before such a question word ("forteller om hvordan")
    wh_prepositions: frozenset[str] = frozenset()
    #: compounds are written as one word (Norwegian "forsvarsdepartementet"), so two nouns in
    #: a row are two phrases; English "defense ministry spokesman" is one
    closed_compounds: bool = False
    #: the infinitive marker: a phrase it opens is an action, never a speaker ("Å ha en viss
    #: veske over armen sier til omverdenen at ...")
    infinitive_markers: frozenset[str] = frozenset()
    #: cues whose report may be an infinitive right after them ("vowed | to rebuild the
    #: bridge", "threatened | to cut supplies"): what the speaker pledges or threatens is the
    #: report (the EWT set's decision on verbs of pledging and threatening)
    infinitive_cues: frozenset[str] = frozenset()
    #: the words that bound a figure right after a cue ("said | at least 14 ...", "said | about
    #: 30 ..."): they open the reported clause's subject, no prepositional tail of the cue
    figure_bounds: tuple[tuple[str, ...], ...] = ()
    #: cues of demanding whose object is asked to act ("urged | residents | to leave"): the
    #: infinitive after the object is the demand reported
    object_infinitive_cues: frozenset[str] = frozenset()
    #: a quote set inside the clause its following cue closes ('"Three dozen UAVs" were
    #: deployed, he said') is a partial quote: the clause is an indirect quote as well
    partial_quote_clauses: bool = False
    #: "..., the ministry and the hospital's director said.": two subjects coordinated before
    #: a closing cue are one joint speaker (the sets' convention: both names as one label)
    joint_speakers: bool = False
    #: "the militant group Hamas ... The group said": a body's descriptor noun written right
    #: before its name (or with the name in apposition) is what a later "the group" names
    descriptor_names: bool = False
    #: "A leaked internal letter seen by X says": a document noun after adjectives still makes
    #: the speaker a document, which speaks for whoever issued it
    document_modifiers: bool = False
    #: claim nouns whose content clause is a report of their owner ("Gånevs påstander om at")
    claim_nouns: frozenset[str] = frozenset()
    #: the preposition between such a noun and its clause ("om" at)
    claim_links: frozenset[str] = frozenset()
    #: prepositions that carry a body's name on past its head noun ("Координаційний штаб | з
    #: питань поводження з військовополоненими", "Координационный штаб | по обращению с ...")
    body_links: frozenset[str] = frozenset()
    #: prepositions naming a body that speaks through an impersonal plural ("В Минобороны
    #: заявили", "У Кремлі наголосили")
    locative_sources: frozenset[str] = frozenset()
    scare_preps: frozenset[str] = frozenset()
    data_nouns: frozenset[str] = frozenset()
    data_source_preps: frozenset[str] = frozenset()
    byline_words: frozenset[str] = frozenset()
    clause_links: frozenset[str] = frozenset()
    #: words that tie a sentence to the one before it ("Однако", "Проте", "Кроме того"): the
    #: writer's link, no part of the report when only it stands before "по его словам, ..."
    lead_connectives: frozenset[str] = frozenset()
    #: month names in the case a day's date puts them ("3 січня", "12 мая"): a date between a
    #: subject and its cue is the verb's time, never part of the speaker's name
    date_months: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    # cues only under a negation, which is part of them ("не виключає, що", "не исключил")
    negated_cues: frozenset[str] = frozenset()
    #: cues that report a topic's content after ``topic_preps`` ("Компанія оголосила | про
    #: створення ..."): the phrase is the subject's indirect quote
    topic_report_cues: frozenset[str] = frozenset()
    #: verbs of an outlet relaying the sentence after a comma at its end ("..., передает ТАСС"):
    #: the reported clause stops at that comma
    relay_tail_verbs: frozenset[str] = frozenset()
    #: nouns by which the writer comments on a report in apposition after it ("..., a claim that
    #: could not be verified", "..., a figure Kyiv disputes"): no part of what was said
    comment_nouns: frozenset[str] = frozenset()
    #: a one-word placeholder that refers back on its own when the subject and the cue follow
    #: ("Так пресс-секретарь X прокомментировал ...": the sentence before is X's)
    manner_placeholders: frozenset[str] = frozenset()
    #: words after which a source's name is in the genitive ("по данным | Министерства"), so a
    #: name that also reads as a nominative plural is put in the nominative singular
    genitive_governors: frozenset[str] = frozenset()
    #: cues that report only with a complementizer clause ("viser til at ..."; "viser til
    #: fotballklubbene" points at something, it reports nothing)
    complement_cues: frozenset[str] = frozenset()
    #: verbs of seeing, feeling and wishing that report only with "at" right after them or
    #: after their subject ("Ordføreren ser at ...", "Først nå føler han at ..."); never cues
    #: of a direct quote, so they are no ``cue_verbs``
    clause_cues: frozenset[str] = frozenset()
    #: adverbs that point into a text named before ("Der står det at ..."): with an
    #: impersonal cue, that text speaks
    document_adverbs: frozenset[str] = frozenset()
    naming_cues: frozenset[str] = frozenset()
    naming_particles: frozenset[str] = frozenset()
    #: "in what Kyiv called the largest attack", "which the army describes as a camp": the
    #: relative word, the naming verbs after its subject, and the word that may follow them
    relative_naming_openers: frozenset[str] = frozenset()
    relative_naming_cues: frozenset[str] = frozenset()
    relative_naming_links: frozenset[str] = frozenset()
    #: auxiliaries of the passive: a cue's participle after them names no speaker
    passive_auxiliaries: frozenset[str] = frozenset()
    apposition_openers: frozenset[str] = frozenset()
    generic_persons: frozenset[str] = frozenset()
    #: endings of an age used as a noun ("the 33-year-old says"): a person, taken up by age
    age_endings: tuple[str, ...] = ()
    #: nouns for the people of a place that open a phrase with the place after them in the
    #: genitive ("жители Татарстана", "мешканці Харкова"): a description, never the place
    residents: frozenset[str] = frozenset()
    #: every case form of the nouns for the unit a role serves, in the genitive after it
    #: ("глава региона", "губернатор области", "мэр города"): part of the role, no object
    role_places: frozenset[str] = frozenset()
    #: a people in the definite plural ("Russerne sier ..."), which a tagger takes for a name:
    #: a group, never the antecedent of a singular "soldaten" or "han"
    peoples: frozenset[str] = frozenset()
    #: stem of a generic person noun -> the heads an introduction may use ("kvinn" -> "mor")
    generic_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: initials of the country an abbreviated body may end with ("ДПСУ" for "Державна
    #: прикордонна служба [України]"), lower case
    country_initials: frozenset[str] = frozenset()
    #: lemmas of words for any body ("відомство", "ведомство"), lower case
    generic_bodies: frozenset[str] = frozenset()
    #: a body's press office ("прес-служба Міненерговугілля"): it speaks as itself, with the
    #: body it belongs to in its name, never as that body alone
    press_offices: frozenset[str] = frozenset()
    #: lemmas of the callings a portrait names its subject by ("поет скаже" in a life of the
    #: poet named before), lower case
    profile_roles: frozenset[str] = frozenset()
    #: lemmas of the nouns for an anonymous source ("співрозмовник", "источник"): the place
    #: after them is part of who they are ("источник в правительстве"), lower case
    source_nouns: frozenset[str] = frozenset()
    #: every case form of those nouns ("источника", "співрозмовників"): a source phrase headed
    #: by one is a description, whatever name it holds ("источника ASTRA в экстренных службах")
    source_noun_forms: frozenset[str] = frozenset()
    #: nouns for a speaker kept anonymous ("the source"): never an epithet for a person named
    anonymous_heads: frozenset[str] = frozenset()
    #: title words that only modify the role after them ("defense" minister): a description
    #: they end ("the Civil Defense") is a body's name, no epithet for a person named before
    modifier_titles: frozenset[str] = frozenset()
    #: the members of a body who speak as the body ("аналітики ISW", "эксперты Института
    #: изучения войны"): the body named after them in the genitive is the speaker, lower case
    body_members: frozenset[str] = frozenset()
    #: informal words for a team ("хлопці", "колеги") and the prepositions after which the
    #: team's outlet or body follows ("хлопці з allgamesdelta"): the body speaks, lower case
    crew_nouns: frozenset[str] = frozenset()
    crew_preps: frozenset[str] = frozenset()
    #: names some outlets write in lower case on purpose (Ukrainian "росія", "рф", "кремль"),
    #: every form: read as capitalised where a body's name is looked for
    lowercase_names: frozenset[str] = frozenset()
    #: whether a word may be a direct object (the accusative), for languages with a
    #: morphology: "В Минобороны России | обращение | назвали" puts the object between the
    #: body and the verb; None where the language has no analyser
    may_be_object: Callable[[str], bool] | None = None
    #: whether a word may be a subject (the nominative), for languages with a morphology:
    #: "Информацию | о погибших опроверг пресс-секретарь X" fronts an object that cannot be
    #: one; None where the language has no analyser
    may_be_subject: Callable[[str], bool] | None = None
    #: whether a word may be a genitive, for languages with a morphology: "После встречи |
    #: с президентом министр сказал" has a noun that may be a nominative plural but is the
    #: fronted phrase's genitive; None where the language has no analyser
    may_be_genitive: Callable[[str], bool] | None = None
    #: whether a noun, read in the nominative, agrees with a finite verb after it ("власти |
    #: заявили"), for languages with a morphology: a subject that may be a genitive as well
    #: is the verb's when it agrees and nothing but time stands before it; None elsewhere
    subject_agrees: Callable[[str, str], bool] | None = None
    #: the prepositions of "one of" after an indefinite ("один із", "один из") where the
    #: language does not link them as np_link does ("one of")
    partitive_preps: frozenset[str] = frozenset()
    #: the words that close a time phrase of a span back ("три дня назад"): a sentence that
    #: opens with one has its subject after it, never in it
    ago_words: frozenset[str] = frozenset()
    #: the lemmas of bodies' short names ("генштаб", "минобороны"; entities.toml
    #: ``short_forms``, five letters or more): with an acronym after them ("Генштаб ВСУ") they
    #: are the body's whole name, not a role before a name
    body_short_forms: tuple[str, ...] = ()
    #: "одного", "однієї": the genitive "one" of "сестра одного из погибших", whose "of them"
    #: belongs to the phrase the head noun opens (quotes.toml ``partitive_owners``)
    partitive_owners: frozenset[str] = frozenset()
    #: whether a lower-case word is a full adjective or participle ("знакомый", "близкого"),
    #: which describes the noun before it; None without an analyser
    may_be_attribute: Callable[[str], bool] | None = None
    #: a noun's genitive follows it ("голова | області"): an oblique adjective and noun before
    #: a lower-case head belong to the phrase before the subject (:func:`_after_oblique_pair`)
    genitive_before_head: bool = False
    #: pronouns that are also possessives ("його", "її"): before a noun they own it ("її сестра")
    possessive_pronouns: frozenset[str] = frozenset()
    oblique_attribute: Callable[[str], bool] | None = None
    #: whether a capitalised word is a surname the dictionary knows ("Запаранюк"): one such
    #: word after a body's acronym names the person ("начальник ОВА Запаранюк"); None without
    #: an analyser
    may_be_surname: Callable[[str], bool] | None = None
    #: whether a capitalised word is a first name the dictionary knows ("Галина"); None
    #: without an analyser
    may_be_first_name: Callable[[str], bool] | None = None
    #: phrases by which an outlet cites its source ("з посиланням на", "со ссылкой на")
    citing: tuple[tuple[str, ...], ...] = ()
    #: Norwegian double definiteness: "det ukrainske luftforsvaret" needs its article, which a
    #: name made from the phrase keeps (English "the Ukrainian air force" drops it)
    double_definite: bool = False
    #: the speaker's own "I" ("Det tror jeg også", "- Mikko trodde at jeg ..."): whoever is talking
    first_person: frozenset[str] = frozenset()
    #: the language's own first names and their gender (``first_names.toml``), read before
    #: the shared international table: "Ola", "Kari" are one gender in Norway only
    first_name_genders: dict[str, str] = field(default_factory=dict)
    writer_pronouns: frozenset[str] = frozenset()  # "Vi spør om ...": the outlet's own "we"
    # the words by which a quote speaks as one person / as a body or group
    quote_singular: frozenset[str] = frozenset()
    quote_plural: frozenset[str] = frozenset()
    #: the words by which a quote speaks to someone ("du", "dere"): an interviewer's question
    quote_addressed: frozenset[str] = frozenset()
    #: "sier 15-åringen": the noun an age makes (after its number and hyphen), and the words
    #: that give someone's age before their name ("15 år gamle Polina", "15-årige Polina")
    age_nouns: frozenset[str] = frozenset()
    age_years: frozenset[str] = frozenset()
    age_attributives: frozenset[str] = frozenset()
    alias_firsts: frozenset[str] = frozenset()
    #: first words of the "according to" phrases ("ifølge", "по"), read once
    according_firsts: frozenset[str] = frozenset()
    agent_endings: tuple[str, ...] = ()
    same_markers: frozenset[str] = frozenset()
    epithet_adjectives: frozenset[str] = frozenset()
    time_relation_nouns: frozenset[str] = frozenset()
    parse_phrases: bool = False
    absolute_openers: frozenset[str] = frozenset()
    non_agent_suffixes: tuple[str, ...] = ()
    #: endings of compounds naming data ("flytrafikkdata", "sporingsdataene"): never a person
    #: a definite noun refers back to, whatever the tagger makes of the word
    data_compound_suffixes: tuple[str, ...] = ()
    #: nouns for laws, treaties and rules: "ifølge folkeretten" cites, no one speaks
    non_agents: frozenset[str] = frozenset()
    genitive_markers: frozenset[str] = frozenset()
    #: what a word in the genitive ends in: the language's endings ("Ukrainas"), else its
    #: clitic markers ("'s")
    genitive_tails: tuple[str, ...] = ()
    #: an apostrophe alone after a plural's -s ("the border guards' spokesman"), a genitive
    #: marker only where the tagger reads it a particle (else it may close a quote)
    plural_genitive_marks: frozenset[str] = frozenset()
    #: nouns for the software a medium runs on ("the messaging app"): a phrase ending in one
    #: names where someone wrote, not what was reported
    platform_nouns: frozenset[str] = frozenset()
    # "said late on Tuesday", "said early Monday": words that open a time phrase after a cue
    time_modifiers: frozenset[str] = frozenset()
    #: words that join a bare time phrase standing between a subject and its cue ("The army
    #: | later that evening | said", "Officials | this week | said"): with a time word they make
    #: an adverbial, never the end of the subject; empty where the language has no such rule
    bare_time_links: frozenset[str] = frozenset()
    #: "..., but did not give a figure": after a comma and one of ``withheld_links``, what the
    #: speaker did not say (the writer's note, no part of the report)
    withheld_links: frozenset[str] = frozenset()
    withheld: tuple[tuple[str, ...], ...] = ()
    #: passive cues in -s ("Det opplyses at ..."): cues only with a placeholder next to them
    passive_cues: frozenset[str] = frozenset()
    #: "er klar på at": an adjective and its preposition report after a copula
    adjective_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: cue words that say nothing before one of these nouns as their object, the few words
    #: between being a determiner or a figure ("claimed the lives of", "claimed 30 lives"): an
    #: attack killing, no one speaking
    idiom_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    #: cue words that are nouns right before one of these words ("Ukrainian reports of a
    #: strike", "claims of a breakthrough"): the plural noun, no verb of saying, whatever
    #: word stands before it
    noun_followers: dict[str, frozenset[str]] = field(default_factory=dict)
    #: the same cue words after one of these words ("initial reports that", "earlier claims
    #: that"): an adjective a noun takes, never an adverb a verb of saying takes in the
    #: present ("Reuters earlier reported" keeps the past)
    noun_modifiers: dict[str, frozenset[str]] = field(default_factory=dict)
    #: ... and after one of these verbs, which take it as their object ("dismissed reports that")
    noun_object_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: "NRK treffer soldaten Nikita": verbs by which a reporter meets the one presented, each
    #: with the particle it may take ("snakker med")
    meeting_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: words that open a subordinate clause only inside a sentence ("... før legene spør"),
    #: being prepositions too ("Før krigen sa han")
    mid_conjunctions: frozenset[str] = frozenset()
    #: words that open a subordinate clause fronted before its main clause ("Når vi ringer,
    #: tror de ikke på oss"): the verb after its comma opens the main clause, no cue
    fronted_subordinators: frozenset[str] = frozenset()
    #: "Begge mente ...": words for the two people named together just before
    pair_words: frozenset[str] = frozenset()
    #: a determiner standing alone for the noun of the speaker before ("..., while another
    #: said"): a descriptive speaker as written, never no one
    elliptic_speakers: frozenset[str] = frozenset()
    #: the words joining two names ("og", "and"): sourcing.toml's and_words
    and_words: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    #: "ser det som sannsynlig at", "finner det rett å": a judgement of "det" reports
    judgement_frames: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    genitive_suffix: str = ""
    #: a general role noun -> the endings of the titles it covers ("statsråd" covers any
    #: "-minister"), so "statsråden" finds "helseminister Anne Holm"
    role_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: offices the war's best-known people hold, by surname ("Zelenskyj" -> president): the
    #: reader knows them as any news reader does, so "presidenten" finds him untitled
    known_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the outlet and body nouns among ``anaphors`` long enough to end a compound
    #: ("studentavisen" ends in "avisen"), with their kind
    body_nouns: tuple[tuple[str, str], ...] = ()
    #: dependency labels of a cue verb's subject, of the parts of a name and of an
    #: apposition (``parse_subject.py``); empty: the parse is not read for speaker names
    subject_deps: frozenset[str] = frozenset()
    name_deps: frozenset[str] = frozenset()
    apposition_deps: frozenset[str] = frozenset()
    #: finite auxiliaries and modals, read without a tagger: a phrase after a cue that one
    #: follows opens the reported clause ("said the country would cut")
    finite_auxiliaries: frozenset[str] = frozenset()
    #: word endings of a participle opening an adverbial before "he said," ("Talking about
    #: the second half, he said,", "Asked about the result, she said,"): no report
    adverbial_participles: tuple[str, ...] = ()
    #: question words opening the topic of such an adverbial ("about | what changed"): a
    #: finite verb after one does not make the adverbial a clause
    topic_words: frozenset[str] = frozenset()
    #: the label of a verb coordinated with an earlier one, sharing its subject ("X did not
    #: rule out taxes, said the budget would shrink and discussed ...")
    conjunct_deps: frozenset[str] = frozenset()
    complement_deps: frozenset[str] = frozenset()
    determiner_deps: frozenset[str] = frozenset()
    #: links of a word modifying the noun after it ("Various Russian | attacks"): capitalised
    #: words so linked name no one
    modifier_deps: frozenset[str] = frozenset()
    #: "TASS quoted the commander as saying ...": a verb that relays someone's words and the
    #: word before the participle cue; the relayed person (the verb's object) is the speaker
    relay_verbs: frozenset[str] = frozenset()
    #: adjectives used as nouns for people, which a tagger reads as adjectives ("Tiltalte
    #: hevder", "Overlevende forteller")
    person_adjectives: frozenset[str] = frozenset()
    #: words opening a comparative clause whose subject reports what the sentence said
    #: before it ("..., slik Ukraina hevder")
    comparative_openers: frozenset[str] = frozenset()
    #: words before a role that say when or how it is held ("tidligere", "fungerende"):
    #: "Norges tidligere ambassadør i Moskva Øyvind Nordsletten" is still a role and a name
    role_modifiers: frozenset[str] = frozenset()
    #: nouns of quantity that take the counted noun without a preposition ("En rekke
    #: eksperter", "En del pasienter"): the counted noun closes the subject, not the quantity
    quantity_nouns: frozenset[str] = frozenset()
    #: a relative clause on a noun ("The commander, who said ..."): the parse's label for it
    relative_deps: frozenset[str] = frozenset()
    #: the parse's label for a predicate right after a verb ("they believed | trapped", "were
    #: feared | dead"): a belief about a state, no clause the verb reports
    predicate_deps: frozenset[str] = frozenset()
    #: prepositions that tie a role to the person or body it serves ("an adviser to President
    #: X", "en talsperson fra Ukrainas luftvåpen"), besides ``np_link``: they stay inside the
    #: phrase after a role, and its head is the first role, not the name after
    role_links: frozenset[str] = frozenset()
    #: prepositions that tie a family noun to whose family it is ("moren til den falne
    #: soldaten", "tanten til barna"): they stay inside the phrase after a ``kin_nouns`` word
    #: when a person, not an outlet or a pronoun told, follows ("sier moren til NRK")
    kin_links: frozenset[str] = frozenset()
    #: nouns of those who speak for the one named after a link ("a lawyer for Tom Ward",
    #: "relatives of Anna K", "a spokesman for Ward"): the name is whom they speak for, never
    #: the speaker; with the links they take
    proxy_roles: frozenset[str] = frozenset()
    proxy_links: frozenset[str] = frozenset()
    #: the preposition naming the agent of a passive cue ("It is asserted by the Crown that")
    agent_preps: frozenset[str] = frozenset()
    #: cue words that are also nouns ("reports", "estimates"): after a possessive or a
    #: preposition they name a document or a claim and cue nothing
    noun_homographs: frozenset[str] = frozenset()
    #: a document named as a speaker speaks for whoever issued it ("A report published by
    #: Amnesty International says ..."): its nouns, the participles of issuing, the prepositions
    documents: frozenset[str] = frozenset()
    issue_participles: frozenset[str] = frozenset()
    document_preps: frozenset[str] = frozenset()
    #: verbs by which a speaker puts out a document ("X posted a message on Telegram claiming
    #: ..."): the document a participle cue reads as its speaker speaks for the verb's subject
    issue_verbs: frozenset[str] = frozenset()
    relay_as: frozenset[str] = frozenset()
    #: the numeral "one" standing for the indefinite article a language lacks ("один местный
    #: житель", "одна мешканка"): left out of a speaker's name, kept before a partitive
    #: ("один из источников"); empty for languages with articles
    article_numerals: frozenset[str] = frozenset()
    #: an uncued quote is said by the person the sentence right before it in its own paragraph
    #: names as subject ("Senator X ... issued a statement. "Like many ..."")
    introduced_in_paragraph: bool = False
    #: a document or data named with its issuer in front speaks for the issuer ("a Ukrainian
    #: military statement said" -> "Ukrainian military", "latest UN figures" -> "UN")
    issuer_before_document: bool = False
    #: "the defence ministry" joins only an organisation its modifiers name too, not the
    #: last organisation whatever it is ("the agency")
    description_modifiers_match: bool = False
    #: a body's noun and the word parts a body's name must hold for the noun to take it up
    #: ("ministry" -> "ministr", "department"): nouns not listed take any earlier body
    body_name_words: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Every word :meth:`is_cue` can find a cue at: the others are no cue whatever stands
        around them (most words of a text; the test needs no ``Token``). A word set that
        :meth:`is_cue` starts reading must join this union, or its cues are never found (the
        clause cues were once left out)."""
        return frozenset(
            {*self.cue_verbs, *self.particle_cues, *self.impersonal, *self.judgement_frames,
             *self.adjective_cues, *self.passive_cues, *self.clause_cues}
        )

    def is_cue(self, doc: Doc, i: int, end: int) -> int:
        """End index (exclusive) of the cue at token ``i`` (0 when none): particle cues need
        their particle within four tokens ("la han til")."""
        lowers = doc_lowers(doc)  # the words around read from the per-document column
        low = lowers[i]
        if low not in self.cue_words:
            return 0
        texts, puncts = token_texts(doc), punct_flags(doc)
        particle = self.particle_cues.get(low)
        if particle is not None:
            j, words = i + 1, 0
            while j < end and words < 4:
                if lowers[j] == particle:
                    return j + 1
                if texts[j] == "(":
                    # "bad ordførar Kari Vik (Ap) om at": a party or title in brackets after
                    # the speaker's name is no word between the cue and its particle
                    close = next((x for x in range(j + 1, min(end, j + 4)) if texts[x] == ")"), None)
                    if close is None:
                        break
                    j = close + 1
                    continue
                if puncts[j]:
                    break
                if (
                    doc[j].is_lower
                    and doc[j].pos_ == "NOUN"
                    # "bad ordførar Kari Vik om": a title before the speaker's name
                    and not (j + 1 < end and is_cap(texts[j + 1]))
                ):
                    break  # "la merke til": a noun between makes another verb ("la han til")
                if (
                    j == i + 1
                    and doc[j].is_lower
                    and doc[j].pos_ == "ADP"
                    and lowers[j] not in self.adverbs  # "viser blant annet til at"
                ):
                    break  # "la på til 4–1": a preposition right after makes another verb
                j += 1
                words += 1
            return 0 if low not in self.cue_verbs else i + 1
        if low in self.impersonal and i + 1 < end and lowers[i + 1] in self.impersonal[low]:
            return i + 2  # "«...», heter det i en uttalelse fra Kreml"
        if low in self.idiom_objects and self._idiom_object(doc, i, end):
            return 0  # "The strike claimed the lives of five civilians": a killing, no claim
        if self.noun_form(doc, i, end):
            return 0  # "Ukrainian reports of a strike", "initial reports that": the noun
        if low in self.negated_cues and (i == 0 or lowers[i - 1] not in self.negations):
            return 0  # "исключил из списка": not a cue without its negation
        if i > 0 and lowers[i - 1] in self.attributive_markers:
            return 0  # "the alleged attack": an adjective, no verb of saying
        if (
            i > 0
            and lowers[i - 1] in self.medium_nouns
            and doc[i].pos_ == "VERB"
            and "Part" in doc[i].morph.get("VerbForm")
        ):
            return 0  # "in a statement posted on Telegram": the participle modifies the medium
        if self._owned_or_governed_noun(doc, i):
            return 0  # "Analysts' rough estimates suggest", "concerns over reports of": nouns
        if (
            i > 0
            and texts[i][:1].isupper()
            and texts[i - 1][:1].isupper()
            and not doc[i].is_sent_start
            and doc[i - 1].is_alpha
        ):
            return 0  # "the United States": a word of a name inside the sentence, no cue
        if low in self.judgement_frames:
            # "ser det som sannsynlig at": the frame, then the judging adjective
            for rest in self.judgement_frames[low]:
                after = i + 1 + len(rest)
                if (
                    after < end
                    and all(lowers[i + 1 + n] == w for n, w in enumerate(rest))
                    and doc[after].pos_ == "ADJ"
                ):
                    return after
            if low not in self.cue_verbs and low not in self.clause_cues:
                return 0  # "ser det som": only the frame, or "ser at" (a clause cue)
        if low in self.adjective_cues:
            # "Kjus er (helt) klar på at ...", "Her er vi opptatt av at ...": a copula before
            # (past adverbs, and in a verb-second clause its subject pronoun), the preposition
            # and "at" after
            prev = i - 1
            while prev > 0 and (lowers[prev] in self.adverbs or doc[prev].pos_ == "ADV"):
                prev -= 1
            if prev > 0 and lowers[prev] in self.pronouns and lowers[prev - 1] in self.copulas:
                prev -= 1
            return (
                i + 2
                if i + 2 < end
                and prev >= 0
                and lowers[prev] in self.copulas
                and lowers[i + 1] in self.adjective_cues[low]
                and lowers[i + 2] in self.complementizers
                else 0
            )
        if low in self.passive_cues and (
            (i > 0 and lowers[i - 1] in self.placeholders)
            or (i + 1 < end and lowers[i + 1] in self.placeholders)
        ):
            return i + 1  # "Det opplyses at ...", "..., opplyses det": no one named says it
        if low in self.clause_cues:
            return i + 1 if self._clause_follows(doc, i, end) else 0
        return i + 1 if low in self.cue_verbs else 0

    def noun_form(self, doc: Doc, i: int, end: int, modifiers: bool = True) -> bool:
        """Whether the cue word at ``i`` is the plural noun its verb is spelt as ("reports of
        a strike", "dismissed reports that", "initial reports that"): the word after it or
        before it allows only the noun (``noun_followers``, ``noun_object_verbs``, and with
        ``modifiers`` the adjectives of ``noun_modifiers``), so no one says anything by it."""
        low = doc[i].lower_
        if low in self.noun_followers and i + 1 < end and doc[i + 1].lower_ in self.noun_followers[low]:
            return True
        before = doc[i - 1].lower_ if i > 0 else ""
        if low in self.noun_object_verbs and before in self.noun_object_verbs[low]:
            return True
        return modifiers and low in self.noun_modifiers and before in self.noun_modifiers[low]

    def _owned_or_governed_noun(self, doc: Doc, i: int) -> bool:
        """Whether the cue word at ``i`` is a noun by the tagger and by its place (the tagged
        side of ``noun_form``, which reads word lists only): after a noun the parse makes its
        modifier ("UN estimates"), a possessive ("the army's estimates", "Analysts' rough
        estimates") or a preposition ("concerns over reports of", "amid claims"), past adjectives and
        articles between. No verb stands there, so the word names a document or a claim and
        cues nothing; the prepositions of "according to", "told to" and "by" are not such."""
        if doc[i].lower_ not in self.noun_homographs or doc[i].pos_ != "NOUN":
            return False
        if (
            i > 0
            and doc[i - 1].dep_ == "compound"
            and doc[i - 1].head.i == i
            and (i + 1 == len(doc) or doc[i + 1].is_punct)
        ):
            return True  # "according to UN estimates.": a noun its modifier and a stop enclose
        prev = i - 1
        while prev >= 0 and doc[prev].pos_ in ("ADJ", "DET") and doc[prev].lower_ not in self.complementizers:
            prev -= 1
        if prev < 0:
            return False
        before = doc[prev]
        if before.pos_ == "PART" and before.text in ("'s", "'", "’s", "’"):
            return True
        return (
            before.pos_ == "ADP"
            and before.lower_ not in self.recipient_preps
            and before.lower_ not in self.agent_preps
            and before.lower_ not in self.according_firsts
            and before.lower_ not in self.complementizers
        )

    def _idiom_object(self, doc: Doc, i: int, end: int) -> bool:
        """Whether the cue word at ``i`` takes one of its idiom's nouns as object within four
        words, no punctuation and no clause opener between ("claimed | at least 12 | lives"):
        the verb then means another thing than saying."""
        nouns = self.idiom_objects[doc[i].lower_]
        for j in range(i + 1, min(end, i + 5)):
            token = doc[j]
            if token.lower_ in nouns:
                return True
            if token.is_punct or token.lower_ in self.complementizers:
                return False
        return False

    def _clause_follows(self, doc: Doc, i: int, end: int) -> bool:
        """Whether "at" opens a clause right after the verb at ``i``, or after a subject
        pronoun or name and adverbs between ("Først nå føler han (egentlig) at"): a verb of
        seeing or feeling reports only a content clause, never its object ("ser bilen")."""
        j = i + 1
        subject_seen = False
        while j < end and j < i + 5:
            low = doc[j].lower_
            if low in self.complementizers:
                return True
            if low in self.adverbs or doc[j].pos_ == "ADV":
                j += 1
                continue
            if not subject_seen and (low in self.pronouns or doc[j].pos_ == "PROPN"):
                subject_seen = True
                j += 1
                continue
            return False
        return False


def _word_sets(table: Any) -> dict[str, frozenset[str]]:
    """A data table of words each with the words that may go with it (``idiom_objects``,
    ``noun_followers`` …), lower-cased: one reader for every such table."""
    return {str(word).lower(): _low(others) for word, others in (table or {}).items()}


def _frames(frames: list[list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word frames by their first word, each the words after it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for frame in frames:
        words = tuple(str(w).lower() for w in frame)
        out.setdefault(words[0], []).append(words[1:])
    return {first: tuple(rests) for first, rests in out.items()}


def _followers(pairs: list[list[str]]) -> dict[str, frozenset[str]]:
    """Two-word cues by their first word: "йдеться в" and "йдеться у" both count."""
    out: dict[str, set[str]] = {}
    for seq in pairs:
        if len(seq) == 2:
            out.setdefault(seq[0].lower(), set()).add(seq[1].lower())
    return {first: frozenset(then) for first, then in out.items()}


#: longest tail a body's name runs on after its head noun ("з питань поводження з
#: військовополоненими" is four words)
MAX_BODY_TAIL = 7


def ends_body_head(doc: Doc, lx: Lexicon, j: int, start: int) -> bool:
    """Whether the words before ``j`` end with a body's head noun, or with the head and the
    capitalised country it belongs to ("Державної служби | України" before "з надзвичайних
    ситуацій"): where a linking preposition carries the name on."""
    if has_suffix(doc[j - 1].lower_, lx.org_suffixes):
        return True
    return (
        j - 2 >= start
        and is_cap(doc[j - 1].text)
        and doc[j - 1].is_alpha
        and doc[j - 1].ent_type_ in ("GPE", "LOC")
        and has_suffix(doc[j - 2].lower_, lx.org_suffixes)
    )


def body_tail(doc: Doc, lx: Lexicon, head: int, end: int) -> int:
    """End of a body's name whose head noun is at ``head``: past a linking preposition
    (``body_links``) and the words after it, up to punctuation, a cue or time word, or ``end``;
    ``head + 1`` when the name stops at its head."""
    if head + 2 >= end or doc[head + 1].lower_ not in lx.body_links:
        return head + 1
    stop = head + 1
    while (
        stop < end
        and stop - head <= MAX_BODY_TAIL
        and doc[stop].is_alpha
        and doc[stop].lower_ not in lx.cue_verbs
        and doc[stop].lower_ not in lx.indirect_cues
        and doc[stop].lower_ not in lx.time_words
        and doc[stop].lower_ not in lx.complementizers
    ):
        stop += 1
    return stop if stop > head + 2 else head + 1


def _morphology(code: str) -> Morphology | None:
    """The morphological analyser language ``code``'s data names (``_meta.morphology``), or
    None: the word tests below are built from it only where a language has case to read."""
    backend = langdata.load(code).get("_meta", {}).get("morphology")
    if not backend:
        return None
    from ..lang.morph import for_language

    return for_language(code, backend)


def _object_reading(code: str) -> Callable[[str], bool] | None:
    """The accusative test of language ``code``'s morphology, if it names one."""
    analyser = _morphology(code)
    if analyser is None:
        return None
    return lambda word: analyser.can_be(word, "accs")


def _subject_reading(code: str) -> Callable[[str], bool] | None:
    """The nominative test of language ``code``'s morphology, if it names one."""
    analyser = _morphology(code)
    if analyser is None:
        return None
    return lambda word: analyser.can_be(word, "nomn")


def _case_reading(code: str, case: str) -> Callable[[str], bool] | None:
    """The test of language ``code``'s morphology for a word that may stand in ``case``."""
    analyser = _morphology(code)
    if analyser is None:
        return None
    return lambda word: analyser.can_be(word, case)


def _agreement_reading(code: str) -> Callable[[str, str], bool] | None:
    """The subject-verb agreement test of language ``code``'s morphology, if it names one."""
    backend = langdata.load(code).get("_meta", {}).get("morphology")
    if not backend:
        return None
    from ..lang.morph import for_language

    analyser = for_language(code, backend)
    return analyser.subject_of


def _oblique_attribute_reading(code: str) -> Callable[[str], bool] | None:
    """The oblique-adjective test of language ``code``'s morphology, if it names one."""
    analyser = _morphology(code)
    if analyser is None:
        return None
    return lambda word: word.islower() and analyser.oblique_attribute(word)


def _attribute_reading(code: str) -> Callable[[str], bool] | None:
    """The adjective-or-participle test of language ``code``'s morphology, if it names one."""
    analyser = _morphology(code)
    if analyser is None:
        return None
    return lambda word: word.islower() and analyser.is_attribute(word)


def _surname_reading(code: str) -> Callable[[str], bool] | None:
    """The surname test of language ``code``'s morphology, if it names one."""
    analyser = _morphology(code)
    if analyser is None:
        return None
    return lambda word: is_cap(word) and not word.isupper() and analyser.is_surname(word)


def _first_name_reading(code: str) -> Callable[[str], bool] | None:
    """The first-name test of language ``code``'s morphology, if it names one."""
    analyser = _morphology(code)
    if analyser is None:
        return None
    return lambda word: is_cap(word) and (
        analyser.first_name(word, False) is not None or analyser.first_name(word, True) is not None
    )


@lru_cache(maxsize=16)
def lexicon(code: str) -> Lexicon:
    """The lexicon of language ``code`` (cached: built once per language)."""
    q = langdata.concern(code, "quotes")
    s = langdata.concern(code, "speakers")
    lx = q.get("lexicon", {})
    med = q.get("medium", {})
    words = s.get("words", {})
    return Lexicon(
        cue_verbs=_low(q.get("cue_verbs")),
        particle_cues={k.lower(): v.lower() for k, v in q.get("particle_cues", {}).items()},
        # passive cues ("Det opplyses at") report as the active ones do
        indirect_cues=_low(lx.get("indirect_cues"))
        | _low(lx.get("clause_cues"))
        | _low(lx.get("passive_cues"))
        | frozenset(str(frame[0]).lower() for frame in lx.get("judgement_frames", []))
        | frozenset(str(pair[0]).lower() for pair in lx.get("adjective_cues", [])),
        question_cues=_low(lx.get("question_cues")),
        complementizers=_low(lx.get("complementizers")),
        bare_clause=bool(lx.get("bare_clause", False)),
        verb_second=bool(lx.get("verb_second", False)),
        according_to=tuple(tuple(w.lower() for w in seq) for seq in lx.get("according_to", [])),
        np_stop=_low(lx.get("np_stop")),
        np_link=_low(lx.get("np_link")),
        adverbs=_low(lx.get("adverbs")),
        placeholders=_low(lx.get("placeholders")),
        recipient_preps=_low(lx.get("recipient_preps")),
        recipient_verbs=_low(lx.get("recipient_verbs")),
        participle_cues=_low(lx.get("participle_cues")),
        naming=tuple(tuple(w.lower() for w in seq) for seq in lx.get("naming", [])),
        withheld_links=_low(lx.get("withheld_links")),
        withheld=tuple(tuple(phrase.lower().split()) for phrase in lx.get("withheld", [])),
        according_firsts=frozenset(str(seq[0]).lower() for seq in lx.get("according_to", []) if seq),
        leading_drop=frozenset(seq[0].lower() for seq in lx.get("according_to", []))
        | _low(lx.get("np_stop")),
        reflexives=_low(lx.get("reflexives")),
        place_preps=_low(lx.get("place_preps")),
        object_pronouns=_low(lx.get("object_pronouns")),
        among_pronouns=_low(lx.get("among_pronouns")),
        among_preps=_low(lx.get("among_preps")),
        among_counts=_low(lx.get("among_counts")),
        bare_cues=_low(lx.get("bare_cues", lx.get("indirect_cues"))),
        auxiliaries=_low(lx.get("auxiliaries")),
        aliases=tuple(tuple(w.lower() for w in seq) for seq in lx.get("aliases", [])),
        impersonal=_followers(lx.get("impersonal", [])),
        source_preps=_low(lx.get("source_preps")),
        conjunctions=_low(lx.get("conjunctions"))
        | _low(lx.get("coordinators"))
        | _low(lx.get("relatives")),
        coordinators=_low(lx.get("coordinators")),
        relatives=_low(lx.get("relatives")),
        time_words=_low(lx.get("time_words")),
        interviewer=str(lx.get("interviewer", "interviewer")),
        medium_format=str(med.get("label_format", "{medium} on {platform}")),
        platform_preps=_low(med.get("platform_preps")),
        platform_possessives=_low(med.get("platform_possessives")),
        medium_nouns={k.lower(): v for k, v in med.get("nouns", {}).items()},
        medium_indefinite=_low(med.get("indefinite")),
        medium_carry=_low(med.get("carry")),
        medium_modifiers={k.lower(): v for k, v in med.get("modifiers", {}).items()},
        medium_first=frozenset(k.split()[0].lower() for k in med.get("nouns", {})),
        medium_preps=_low(med.get("preps")),
        interview_preps=_low(med.get("interview_preps")),
        addressee_cues=tuple(
            tuple(w.lower() for w in seq) for seq in q.get("addressee", {}).get("cues", [])
        ),
        pronouns={k.lower(): v for k, v in s.get("pronouns", {}).items()},
        determiners=_low(words.get("determiners")),
        definite_determiners=_low(words.get("definite_determiners")),
        definite_suffixes=Suffixes(_low(words.get("definite_suffixes"))),
        genitive_endings=Suffixes(_low(words.get("genitive_endings"))),
        indefinite=_low(words.get("indefinite_determiners")),
        titles=_low(words.get("titles")),
        title_suffixes=Suffixes(
            t for t in _low(words.get("titles")) if len(t) >= 5 and not t.endswith(".")
        ),
        name_particles=_low(words.get("name_particles")),
        org_suffixes=Suffixes(sorted(_low(words.get("org_suffixes")), key=len, reverse=True)),
        person_suffixes=Suffixes(sorted(_low(words.get("person_suffixes")), key=len, reverse=True)),
        kin_nouns=_low(words.get("kin_nouns")),
        age_adjectives=_low(words.get("age_adjectives")),
        office_titles=Suffixes(w.lower() for w in words.get("office_titles", [])),
        plural_suffixes=Suffixes(_low(words.get("plural_suffixes"))),
        plural_words=_low(words.get("plural_words")),
        anaphors={k.lower(): v for k, v in s.get("anaphors", {}).items()},
        # nouns under five letters are too short to tell a compound by
        body_nouns=tuple(
            (k.lower(), v)
            for k, v in s.get("anaphors", {}).items()
            if v in ("media", "organisation") and len(k) >= 5
        ),
        noun_genders={k.lower(): v for k, v in s.get("noun_genders", {}).items()},
        body_name_words={
            k.lower(): tuple(str(w).lower() for w in v) for k, v in s.get("body_name_words", {}).items()
        },
        kin_reciprocals={
            k.lower(): tuple(str(v).lower() for v in vals)
            for k, vals in s.get("kin_reciprocals", {}).items()
        },
        role_kinds={
            k.lower(): tuple(str(v).lower() for v in vals)
            for k, vals in s.get("role_kinds", {}).items()
        },
        known_roles={
            k.lower(): tuple(str(v).lower() for v in vals)
            for k, vals in s.get("known_roles", {}).items()
        },
        outlets=_low(s.get("media", {}).get("outlets")),
        media_stems=tuple(sorted(_low(s.get("media", {}).get("stems")))),
        platforms=_low(s.get("media", {}).get("platforms")),
        subject_breaks=_low(lx.get("subject_breaks")),
        adverbial_preps=_low(lx.get("adverbial_preps")),
        finite_auxiliaries=_low(lx.get("finite_auxiliaries")),
        adverbial_participles=tuple(str(w).lower() for w in lx.get("adverbial_participles", [])),
        topic_words=_low(lx.get("topic_words")),
        according_to_comma=bool(lx.get("according_to_comma", False)),
        according_to_comma_nominal=bool(lx.get("according_to_comma_nominal", False)),
        short_report_words=_low(lx.get("short_report_words")),
        short_report_endings=tuple(str(w).lower() for w in lx.get("short_report_endings", [])),
        unnamed_according=frozenset(
            tuple(str(w).lower() for w in seq) for seq in lx.get("unnamed_according", [])
        ),
        unnamed_that=_low(lx.get("unnamed_that")),
        colon_labels=bool(lx.get("colon_labels", False)),
        back_reference_quotes=bool(lx.get("back_reference_quotes", False)),
        genitive_before_head=bool(lx.get("genitive_before_head", False)),
        possessive_pronouns=_low(lx.get("possessive_pronouns")),
        back_reference_objects=bool(lx.get("back_reference_objects", False)),
        introduced_in_paragraph=bool(lx.get("introduced_in_paragraph", False)),
        issuer_before_document=bool(lx.get("issuer_before_document", False)),
        description_modifiers_match=bool(lx.get("description_modifiers_match", False)),
        genitive_issuer=bool(lx.get("genitive_issuer", False)),
        comma_after_quote=bool(lx.get("comma_after_quote", False)),
        cue_inside_marks=bool(lx.get("cue_inside_marks", False)),
        topic_preps=_low(lx.get("topic_preps")),
        recipient_before_subject=bool(lx.get("recipient_before_subject", False)),
        dative_outlets=bool(lx.get("dative_outlets", False)),
        wh_complementizers=_low(lx.get("wh_complementizers")),
        wh_prepositions=_low(lx.get("wh_prepositions")),
        closed_compounds=bool(lx.get("closed_compounds", False)),
        infinitive_markers=_low(lx.get("infinitive_markers")),
        infinitive_cues=_low(lx.get("infinitive_cues")),
        figure_bounds=tuple(tuple(w.lower() for w in seq) for seq in lx.get("figure_bounds", [])),
        object_infinitive_cues=_low(lx.get("object_infinitive_cues")),
        partial_quote_clauses=bool(lx.get("partial_quote_clauses", False)),
        joint_speakers=bool(lx.get("joint_speakers", False)),
        descriptor_names=bool(lx.get("descriptor_names", False)),
        document_modifiers=bool(lx.get("document_modifiers", False)),
        claim_nouns=_low(lx.get("claim_nouns")),
        claim_links=_low(lx.get("claim_links")),
        body_links=_low(lx.get("body_links")),
        locative_sources=_low(lx.get("locative_sources")),
        scare_markers=_low(lx.get("scare_markers")),
        attributive_markers=_low(lx.get("attributive_markers")),
        recipient_noun_ends=bool(lx.get("recipient_noun_ends", False)),
        writer_links=_low(lx.get("writer_links")),
        relay_participles=_low(lx.get("relay_participles")),
        scare_preps=_low(lx.get("scare_preps")),
        # one vocabulary with the sourcing phrases: the documents and data a source is cited for
        data_nouns=_low(langdata.concern(code, "sourcing").get("document_nouns")),
        body_short_forms=Suffixes(
            k.lower()
            for k in langdata.concern(code, "entities").get("short_forms", {})
            if len(k) >= 5 and k.isalpha()
        ),
        data_source_preps=_low(lx.get("data_source_preps")),
        byline_words=_low(words.get("byline_words")),
        clause_links=_low(lx.get("clause_links")),
        lead_connectives=_low(lx.get("lead_connectives")),
        date_months=_low(lx.get("date_months")),
        negations=_low(lx.get("negations")),
        negated_cues=_low(lx.get("negated_cues")),
        topic_report_cues=_low(lx.get("topic_report_cues")),
        relay_tail_verbs=_low(lx.get("relay_tail_verbs")),
        comment_nouns=_low(lx.get("comment_nouns")),
        manner_placeholders=_low(lx.get("manner_placeholders")),
        genitive_governors=_low(lx.get("genitive_governors")),
        passive_auxiliaries=_low(lx.get("passive_auxiliaries")),
        complement_cues=_low(lx.get("complement_cues")),
        clause_cues=_low(lx.get("clause_cues")),
        document_adverbs=_low(lx.get("document_adverbs")),
        naming_cues=_low(lx.get("naming_cues")),
        naming_particles=_low(lx.get("naming_particles")),
        relative_naming_openers=_low(lx.get("relative_naming_openers")),
        relative_naming_cues=_low(lx.get("relative_naming_cues")),
        relative_naming_links=_low(lx.get("relative_naming_links")),
        apposition_openers=_low(lx.get("apposition_openers")),
        generic_persons=_low(words.get("generic_persons")),
        age_endings=tuple(sorted(_low(words.get("age_endings")))),
        residents=_low(words.get("residents")),
        role_places=_low(words.get("role_places")),
        peoples=_low(words.get("peoples")),
        generic_kinds={
            str(stem).lower(): tuple(str(head).lower() for head in heads)
            for stem, heads in s.get("generic_kinds", {}).items()
        },
        country_initials=_low(words.get("country_initials")),
        generic_bodies=_low(words.get("generic_bodies")),
        press_offices=_low(words.get("press_offices")),
        profile_roles=_low(words.get("profile_roles")),
        source_nouns=_low(words.get("source_nouns")),
        source_noun_forms=_low(words.get("source_noun_forms")),
        anonymous_heads=_low(words.get("anonymous_heads")),
        modifier_titles=_low(words.get("modifier_titles")),
        body_members=_low(words.get("body_members")),
        crew_nouns=_low(words.get("crew_nouns")),
        crew_preps=_low(words.get("crew_preps")),
        lowercase_names=_low(words.get("lowercase_names")),
        may_be_object=_object_reading(code),
        may_be_subject=_subject_reading(code),
        may_be_genitive=_case_reading(code, "gent"),
        subject_agrees=_agreement_reading(code),
        partitive_preps=_low(lx.get("partitive_preps")),
        ago_words=_low(lx.get("ago_words")),
        partitive_owners=_low(lx.get("partitive_owners")),
        may_be_attribute=_attribute_reading(code),
        oblique_attribute=_oblique_attribute_reading(code),
        may_be_surname=_surname_reading(code),
        may_be_first_name=_first_name_reading(code),
        citing=tuple(tuple(str(w).lower() for w in seq) for seq in lx.get("citing", [])),
        first_person=_low(words.get("first_person")),
        first_name_genders={
            str(name).lower(): gender
            for gender, names in langdata.concern(code, "first_names").get("genders", {}).items()
            for name in names
        },
        writer_pronouns=_low(words.get("writer_pronouns")),
        quote_singular=_low(words.get("quote_singular")),
        quote_plural=_low(words.get("quote_plural")),
        quote_addressed=_low(words.get("quote_addressed")),
        age_nouns=_low(words.get("age_nouns")),
        age_years=_low(words.get("age_years")),
        age_attributives=_low(words.get("age_attributives")),
        double_definite=bool(words.get("double_definite", False)),
        alias_firsts=frozenset(str(seq[0]).lower() for seq in lx.get("aliases", []) if seq),
        agent_endings=Suffixes(_low(words.get("agent_endings"))),
        same_markers=_low(words.get("same_markers")),
        epithet_adjectives=_low(words.get("epithet_adjectives")),
        time_relation_nouns=_low(lx.get("time_relation_nouns")),
        parse_phrases=bool(words.get("parse_phrases", False)),
        absolute_openers=_low(lx.get("absolute_openers")),
        non_agent_suffixes=Suffixes(_low(words.get("non_agent_suffixes"))),
        data_compound_suffixes=Suffixes(_low(words.get("data_compound_suffixes"))),
        non_agents=_low(words.get("non_agents")),
        genitive_markers=frozenset(words.get("genitive_markers", [])),
        genitive_tails=tuple(_low(words.get("genitive_endings")) or words.get("genitive_markers", [])),
        plural_genitive_marks=frozenset(words.get("plural_genitive_marks", [])),
        platform_nouns=_low(lx.get("platform_nouns")),
        time_modifiers=_low(lx.get("time_modifiers")),
        bare_time_links=_low(lx.get("bare_time_links")),
        passive_cues=_low(lx.get("passive_cues")),
        adjective_cues=_followers(lx.get("adjective_cues", [])),
        idiom_objects=_word_sets(q.get("idiom_objects")),
        noun_followers=_word_sets(q.get("noun_followers")),
        noun_modifiers=_word_sets(q.get("noun_modifiers")),
        noun_object_verbs=_word_sets(q.get("noun_object_verbs")),
        copulas=_low(lx.get("copulas")),
        judgement_frames=_frames(lx.get("judgement_frames", [])),
        pair_words=_low(words.get("pair_words")),
        elliptic_speakers=_low(words.get("elliptic_speakers")),
        mid_conjunctions=_low(lx.get("mid_conjunctions")),
        fronted_subordinators=_low(lx.get("fronted_subordinators")),
        meeting_verbs=_word_sets(s.get("meeting_verbs")),
        and_words=_low(langdata.concern(code, "sourcing").get("and_words")),
        genitive_suffix=str(words.get("genitive_suffix", "")),
        subject_deps=frozenset(s.get("parse", {}).get("subject_deps", [])),
        name_deps=frozenset(s.get("parse", {}).get("name_deps", [])),
        apposition_deps=frozenset(s.get("parse", {}).get("apposition_deps", [])),
        conjunct_deps=frozenset(s.get("parse", {}).get("conjunct_deps", [])),
        complement_deps=frozenset(s.get("parse", {}).get("complement_deps", [])),
        determiner_deps=frozenset(s.get("parse", {}).get("determiner_deps", [])),
        modifier_deps=frozenset(s.get("parse", {}).get("modifier_deps", [])),
        relay_verbs=_low(lx.get("relay_verbs")),
        person_adjectives=_low(words.get("person_adjectives")),
        quantity_nouns=_low(words.get("quantity_nouns")),
        role_modifiers=_low(words.get("role_modifiers")),
        comparative_openers=_low(lx.get("comparative_openers")),
        role_links=_low(lx.get("role_links")),
        kin_links=_low(lx.get("kin_links")),
        proxy_roles=_low(lx.get("proxy_roles")),
        proxy_links=_low(lx.get("proxy_links")),
        agent_preps=_low(lx.get("agent_preps")),
        noun_homographs=_low(lx.get("noun_homographs")),
        relative_deps=frozenset(s.get("parse", {}).get("relative_deps", [])),
        predicate_deps=frozenset(s.get("parse", {}).get("predicate_deps", [])),
        documents=_low(words.get("documents")),
        issue_participles=_low(words.get("issue_participles")),
        issue_verbs=_low(words.get("issue_verbs")),
        document_preps=_low(words.get("document_preps")),
        relay_as=_low(lx.get("relay_as")),
        article_numerals=_low(words.get("article_numerals")),
    )


def is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper()


def name_between_commas(doc: Doc, comma: int, limit: int) -> tuple[int, int] | None:
    """The name set off by commas after a phrase, the comma at ``comma`` opening it ("Moren
    hans, Halyna Melnyk, ventet", "Kyivs borgermester, Vitali Klitschko, la ut"): two or more
    capitalised words closed by a comma before ``limit``; None otherwise."""
    texts = token_texts(doc)
    if comma >= limit or texts[comma] != ",":
        return None
    end = comma + 1
    while end < limit and is_cap(texts[end]):
        end += 1
    if end - comma - 1 >= 2 and end < limit and texts[end] == ",":
        return comma + 1, end
    return None


def names_outlet(m: Mention | None, lx: Lexicon) -> bool:
    """Whether a speaker phrase names a news outlet: an outlet's name ("CNN", "Interfax news
    agency"), or a phrase whose head or words name news media ("avisen", "flere
    nyhetsbyråer"): one that relays what others say."""
    if m is None:
        return False
    name = m.name.lower()
    words = name.split()
    return (
        any(" ".join(words[:n]) in lx.outlets for n in range(1, len(words) + 1))
        or m.text.lower().strip("«»\"„“”") in lx.outlets
        or (bool(words) and lx.anaphors.get(words[-1]) == "media")
        or any(stem in name for stem in lx.media_stems)
    )


def particle_name(text: str) -> bool:
    """A name written with a short lower-case particle joined to it ("al-Gaddafi",
    "al-Refaidy", "el-Sisi"): part of a person's name though it opens lower-case."""
    particle, _, rest = text.partition("-")
    return bool(rest) and particle.isalpha() and particle.islower() and len(particle) <= 3 and is_cap(rest) and rest.isalpha()


def _through_long_title(doc: Doc, limit: int, end: int) -> int:
    """A phrase limit moved past a long title chain to the person's name that ends it
    ("заступник начальника Головного оперативного управління Генерального штабу ЗСУ
    бригадний генерал | Олексій Громов"): when a tagged person's name starts within a few
    words after the limit, with no punctuation between, the limit takes the whole name."""
    k = limit
    while k < min(end, limit + 4) and not doc[k].is_punct and doc[k].ent_type_ not in PER_LABELS:
        k += 1
    if k >= end or k >= limit + 4 or doc[k].ent_type_ not in PER_LABELS or k == limit and (
        limit == 0 or doc[limit - 1].ent_type_ in PER_LABELS
    ):
        return limit
    while k < end and doc[k].ent_type_ in PER_LABELS:
        k += 1
    return k


def _kin_owner_end(doc: Doc, lx: Lexicon, start: int, limit: int) -> int | None:
    """The end of the person a family noun belongs to, from ``start`` right after its link
    ("moren til | den falne soldaten"), or None when what follows is whom the words were told
    ("sier moren til NRK", "til avisen", "til oss"): lower-case words up to punctuation or a
    stop word, ending in no body's or outlet's noun."""
    end = start
    while (
        end < limit
        and doc[end].is_alpha
        and doc[end].is_lower
        and doc[end].lower_ not in lx.np_stop
        and doc[end].lower_ not in lx.cue_verbs
    ):
        end += 1
    if end == start or doc[start].lower_ in lx.object_pronouns:
        return None
    last = doc[end - 1].lower_
    if has_suffix(last, lx.org_suffixes) or last in lx.medium_nouns or last in lx.platforms:
        return None
    return end


def np_after(
    doc: Doc, lx: Lexicon, start: int, end: int, stop: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The speaker phrase beginning at ``start`` (before ``end``): it runs to punctuation, a
    stop word (preposition, conjunction) or ``MAX_NP`` tokens. Returns ``(start, stop)``."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    puncts = punct_flags(doc)
    j = start
    limit = min(end, start + MAX_NP)
    if lx.genitive_issuer:
        # "речник оперативно-стратегічного угруповання військ «Хортиця» Назар Волошин": the
        # hyphen inside a word and the quote marks round a body's name are no words of the role
        limit = min(end, limit + _marks_within(doc, start, min(end, start + MAX_NP + 4)))
        limit = _through_long_title(doc, limit, end)
    owner = (
        start + 1 < end
        and lowers[start] in lx.possessive_pronouns
        and doc[start + 1].is_alpha
        and lowers[start + 1] not in lx.np_stop
        and (lx.may_be_subject is None or lx.may_be_subject(lowers[start + 1]))
    )
    if (
        start < end
        and lowers[start] in lx.pronouns
        and (lowers[start] not in lx.determiners or start + 1 >= end or puncts[start + 1])
        # "як стверджує | її сестра Олена Бойко": the possessor of the noun after it, not who
        # speaks; the phrase is the noun's
        and not owner
    ):
        return start, start + 1  # "roper han så høyt han kan": the pronoun is the speaker
    while j < limit:
        tok = doc[j]
        low = tok.lower_
        if j > start and (tok.is_punct or low in lx.np_stop or low in lx.np_link):
            named = _role_name_tail(doc, lx, start, j, end)
            if named is not None:
                return start, named  # "sier daglig leder for EF i Norge, Morten Davidsen."
        if tok.text in _OPEN_MARKS:
            close = _quoted_name_end(doc, j, limit) or (
                # 'джерело "Української правди" в СБУ': an outlet's name in any case
                inflected_outlet_end(doc, lx, j, end) if lx.genitive_issuer else None
            )
            if close is None:
                break
            j = close  # a name in quote marks: 'sier «Martin» (34)'
            continue
        if low == "," and adjective_comma(tok):
            j += 1  # "det uavhengige, russiske nettstedet Meduza"
            continue
        if (tok.is_punct and not genitive_mark(doc, lx, tok.i) and low != "-") or tok.is_space:
            break
        if low == "-" and tok.whitespace_ and doc[j - 1].whitespace_:
            break  # "sier Bertelsen - og ville hjelpe": a dash set off by spaces, no hyphen
        if low in stop:
            break
        if (
            low in lx.body_links
            and j > start
            and ends_body_head(doc, lx, j, start)
            and (tail := body_tail(doc, lx, j - 1, end)) > j
        ):
            return start, tail  # "Координаційний штаб | з питань поводження з ..."
        if (
            j == start + 1
            and low in lx.partitive_preps
            and lowers[start] in lx.indefinite
            and j + 1 < limit
            and not puncts[j + 1]
        ):
            j += 1  # "один із співрозмовників УП", "один из источников": one of a group
            continue
        if (
            j > start
            and low in lx.partitive_owners
            and j + 2 < limit
            and lowers[j + 1] in lx.partitive_preps
            and doc[j + 2].is_alpha
        ):
            j += 3  # "сестра одного из погибших": the head belongs to one of a group
            continue
        if (
            j == start + 1
            and low in lx.negations
            and lowers[start] in lx.indefinite
            and j + 2 < limit
            and doc[j + 1].is_alpha
            and doc[j + 1].is_lower
            and lowers[j + 1] not in lx.np_stop
            and not puncts[j + 2]
        ):
            j += 2  # "en ikke navngitt tjenestemann": a negated participle describes the head
            continue
        if j > start and cut_compound(doc, lx, j) and j + 1 < limit:
            j += 1  # "helse- og omsorgsministeren": a compound's first part shares the head
            continue
        if j > start and j + 1 < limit and _coordinated_modifier(doc, lx, j, end):
            j += 1  # "according to current and former officials": one head, two modifiers
            continue
        if (
            low in lx.role_links
            and j > start
            and j + 1 < limit
            and not puncts[j + 1]
            and _role_word(lowers[j - 1], lx)
        ):
            j += 1  # "en talsperson fra Ukrainas luftvåpen"
            continue
        if j > start and low in lx.kin_links and lowers[j - 1] in lx.kin_nouns:
            owner_end = _kin_owner_end(doc, lx, j + 1, limit)
            if owner_end is not None:
                return start, owner_end  # "sier moren til den falne soldaten"
        if low in lx.np_stop or low in lx.np_link or low in lx.complementizers:
            # a linking preposition stays inside a role phrase ("a spokesman for the army")
            if low in lx.np_link and j > start and j + 1 < limit and not puncts[j + 1]:
                if j == start + 1 and lowers[start] in lx.among_counts and lowers[j + 1] in lx.among_pronouns:
                    return start, j + 2  # "sier en av dem": one of a group, the pronoun ends it
                j += 1
                continue
            # "a European diplomat in Moscow": a place after a description, not after a name
            if (
                low in lx.place_preps
                and j > start
                and j + 1 < limit
                and is_cap(texts[j + 1])
                and not is_cap(texts[j - 1])
                and lowers[j + 1] not in lx.platforms
                and (j + 2 >= end or puncts[j + 2] or lowers[j + 2] in lx.np_stop)
            ):
                j += 2
            break
        if (low in lx.cue_verbs or low in lx.particle_cues) and j > start:
            break
        if (
            j > start
            and tok.pos_ in ("ADV", "ADJ")
            and tok.is_lower
            and j + 1 < end
            and lowers[j + 1] in lx.clause_links
            and not is_nominal(doc, lx, j)
            and lowers[j - 1] not in lx.determiners  # "sier en ansatt etter møtet": the noun
        ):
            break  # "meldte CNN | litt etter klokken 2": a degree word opens a time phrase
        if (
            j > start
            and low in lx.determiners
            and is_cap(texts[j - 1])
            and j + 1 < end
            and not is_cap(texts[j + 1])
        ):
            break  # "kalte Breivik | denne rapporten «latterlig»": the object after the name
        if low in lx.wh_complementizers and j > start:
            break  # "understreka helseminister Kari Holm | kor viktig ...": the question opens
        if j > start and low in lx.role_places and _role_word(lowers[j - 1], lx):
            j += 1  # "сказал глава региона": the unit the role serves, in the genitive
            continue
        if (
            j > start
            and _clause_word(tok, lx)
            # "Noregs tidlegare | ambassadør": a tagger's adverb before a role says when it was held
            and not (low in lx.role_modifiers and j + 1 < limit and _role_word(lowers[j + 1], lx))
        ):
            break  # with a tagger: "Ringstad då ho ...", "den vakthavande like": not the name
        if (
            j > start
            and tok.text.islower()
            and tok.is_alpha
            and low not in lx.determiners
            and low not in lx.name_particles
            and not is_nominal(doc, lx, j)
            and texts[j - 1].islower()
            and (
                _head_word(lowers[j - 1], lx)
                or is_plural(lowers[j - 1], lx)
                # with a tagger: a definite noun right after a noun opens the object ("en
                # småbarnsmor | møtet med ...")
                or (
                    lx.closed_compounds
                    and doc[j - 1].pos_ == "NOUN"
                    and tok.pos_ == "NOUN"
                    and "Def" in tok.morph.get("Definite")
                )
            )
            # a genitive chain before the holder's name, in languages with cases
            and not (lx.genitive_issuer and _person_follows(doc, j, limit))
            # "представитель | экстренных служб": the body the role belongs to, spelt out
            and not (lx.genitive_issuer and attributes_then_body(doc, lx, j, limit))
        ):
            break  # "beskrev en av soldatene | situasjonen": the object after the head noun
        j += 1
    return start, j


def _person_follows(doc: Doc, j: int, limit: int) -> bool:
    """Whether a tagged person's name follows within five lower-case words: the words are a
    genitive inside the role ("губернатор | города Алексей Ковальчук", "голова | районної
    військової адміністрації Остап Гнатюк"), not an object. A place or body the tagger marks may
    stand inside the role ("глава назначенной Россией администрации Запорожской области Андрей
    Мельников"). The name may stand after a comma ("речник обласної адміністрації, Іван
    Савчук"): the role then ends there and the name completes it."""
    words = 0
    k = j - 1
    while words < 6:
        k += 1
        if k >= limit:
            break
        if _glued_hyphen(doc, k):
            continue  # "оперативно-стратегічного": one word the tokenizer split
        if doc[k].text in _OPEN_MARKS:
            close = _quoted_name_end(doc, k, limit)
            if close is None:
                return False
            k, words = close - 1, words + 1  # "угруповання військ «Хортиця»": a body's name
            continue
        words += 1
        if doc[k].is_punct:
            return (
                k > j
                and doc[k].text == ","
                and k + 1 < len(doc)
                and doc[k + 1].ent_type_ in PER_LABELS
                and doc[k + 1].ent_iob_ == "B"
            )
        if doc[k].ent_type_ in PER_LABELS and doc[k].ent_iob_ == "B":
            return True
        if not doc[k].text.islower() and not doc[k].ent_type_:
            return False
    return False


def cut_compound(doc: Doc, lx: Lexicon, coordinator: int) -> bool:
    """Whether the coordinator at ``coordinator`` follows a compound's first part cut short
    ("helse- | og | omsorgsministeren"): one word, whose head the part after it shares."""
    return (
        coordinator >= 1
        and doc[coordinator].lower_ in lx.coordinators
        and len(doc[coordinator - 1].text) > 1
        and doc[coordinator - 1].text.endswith("-")
    )


def _coordinated_modifier(doc: Doc, lx: Lexicon, coordinator: int, cue: int) -> bool:
    """Whether the coordinator at ``coordinator`` joins two modifiers of one noun before the
    cue ("Iraqi | and | U.S. officials said", "current | and | former officials"): by the
    parse, the word before it modifies a noun between it and the cue, so the phrase is one
    speaker, not the second of two (a joint speaker's first part heads its own phrase)."""
    if coordinator < 1 or coordinator + 2 >= cue or doc[coordinator].lower_ not in lx.coordinators:
        return False
    before = doc[coordinator - 1]
    head = before.head
    if (
        before.dep_ in ("amod", "compound", "nmod")
        and before.pos_ in ("ADJ", "PROPN", "NOUN")
        and coordinator < head.i < cue
        and head.pos_ in ("NOUN", "PROPN")
    ):
        return True
    # a small parse may hang the adjectives elsewhere: by the tags alone, an adjective, the
    # coordinator, another modifier and then the noun ("Turkish and Syrian officials")
    after = coordinator + 1
    while after < cue and (
        doc[after].pos_ in ("ADJ", "PROPN")
        # a nationality the tagger takes for a noun before the head ("Dutch | analysts")
        or (doc[after].pos_ == "NOUN" and after + 1 < cue and doc[after + 1].pos_ == "NOUN")
    ):
        after += 1
    return (
        before.pos_ == "ADJ"
        and after > coordinator + 1
        and after < cue
        and doc[after].pos_ == "NOUN"
    )


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a hyphen inside one written word ("оперативно-стратегічного")."""
    return (
        doc[k].text in ("-", "‑")
        and not doc[k].whitespace_
        and k > 0
        and not doc[k - 1].whitespace_
    )


def _marks_within(doc: Doc, start: int, end: int) -> int:
    """How many tokens in ``doc[start:end]`` are hyphens inside a word or quote marks."""
    return sum(
        1
        for k in range(start, end)
        if _glued_hyphen(doc, k) or doc[k].text in _OPEN_MARKS or doc[k].text in _CLOSE_MARKS
    )


def _role_name_tail(doc: Doc, lx: Lexicon, start: int, j: int, end: int) -> int | None:
    """After a lower-case role phrase (``doc[start:j]``), the end of the person's name that
    completes it: through a place or organisation ("litteraturkritiker i danske Jyllands-Posten
    Jon Helt Haarder") or after a comma ("daglig leder for EF i Norge, Morten Davidsen."). The
    name is two or more capitalised words and closes the clause; None when there is none."""
    role_at = start + 1 + (start + 2 < j and doc[start + 1].lower_ in lx.role_modifiers)
    genitive_role = (
        role_at < j
        and is_cap(doc[start].text)
        and doc[start].lower_.endswith(lx.genitive_tails)
        and _role_word(doc[role_at].lower_, lx)
    )  # "Arbeiderpartiets leder og statsministerkandidat Jens Stoltenberg", "Noregs tidlegare
    # ambassadør i Moskva Øyvind Nordsletten"
    if not (_content_word(doc, lx, start) or _role_word(doc[start].lower_, lx) or genitive_role):
        return None  # the phrase opens with a role ("daglig leder for EF", "kritiker i ...")
    if j - start >= 3 and is_name_token(doc, lx, j - 1) and is_name_token(doc, lx, j - 2):
        return None  # the name came already: "sjefanalytiker Eirik Tangen | i Nordea Markets"
    limit = min(end, j + 9)
    k = j
    best = None
    while k < limit:
        tok = doc[k]
        if tok.text in (",", "-") and k > j:
            k += 1
            continue
        if tok.text == "(":
            close = next((c for c in range(k + 1, min(limit, k + 4)) if doc[c].text == ")"), None)
            if close is not None:
                k = close + 1  # "forsker ved Forsvarets forskningsinstitutt (FFI), Tor Bukkvoll"
                continue
        if tok.is_punct and k > j:
            break
        if (
            tok.lower_ in lx.coordinators
            and k + 1 < limit
            and (_content_word(doc, lx, k + 1) or _role_word(doc[k + 1].lower_, lx))
        ):
            k += 1  # "advokat og debattant Eirik Vinje": two roles of one person
            continue
        if tok.lower_ in lx.cue_verbs or tok.lower_ in lx.complementizers or tok.lower_ in lx.conjunctions:
            break
        if tok.lower_ in lx.pronouns:
            break
        if (
            k > j
            and doc[k - 1].text == ","
            and tok.is_lower
            and not _role_word(tok.lower_, lx)
            and tok.lower_ not in lx.name_particles
        ):
            # "міністр Олексій Резніков під час пресконференції, | передають Патріоти України":
            # after the comma a verb opens another clause; only a name or a role follows there
            # ("daglig leder for EF i Norge, Morten Davidsen", "..., professor Tor Bukkvoll")
            break
        k += 1
        run = k
        while run > j and is_name_token(doc, lx, run - 1) and not doc[run - 1].is_punct:
            run -= 1
        closes = (
            k >= end or doc[k].is_punct or doc[k].lower_ in lx.np_stop or doc[k].lower_ in lx.np_link
        )
        if k - run >= 2 and closes and (k >= end or doc[k].text != "-"):
            best = k
    return best


_OPEN_MARKS = frozenset({"«", "“", '"', "”", "„"})
#: parts of speech (when a tagger gives them) that never stand inside a speaker's name phrase
_CLAUSE_POS = frozenset({"VERB", "AUX", "SCONJ", "ADV", "PRON"})
def _finite(tok) -> bool:
    """A finite verb by the tagger's features (a gerund or participle modifies a noun:
    "the monitoring mission")."""
    forms = tok.morph.get("VerbForm")
    return not forms or "Fin" in forms


def _clause_word(tok, lx: Lexicon) -> bool:
    """With a tagger, a word that cannot stand inside a speaker's name phrase: a finite verb,
    a subordinator, an adverb or a pronoun (name particles such as "der" in "von der Leyen"
    and the words the lexicon links phrases with are exempt)."""
    if tok.pos_ not in _CLAUSE_POS or tok.lower_ in lx.name_particles or tok.lower_ in lx.np_link:
        return False
    return tok.pos_ not in ("VERB", "AUX") or _finite(tok)


#: parts of speech of a lone word that is no speaker ("Derimot", "Neste")
_NOT_NAMES_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "ADJ", "VERB", "AUX", "NUM", "PART", "INTJ"})
_CLOSE_MARKS = frozenset({"»", "”", '"'})
_PLACE_LABELS = frozenset({"GPE", "LOC", "GPE_LOC", "LOCATION"})


def _ends_sentence(doc: Doc, j: int) -> bool:
    """A number with a full stop before a capital ("i februar 2022. Det"), which tokenizers
    read as an ordinal, ends a sentence."""
    text = doc[j].text
    return (
        len(text) > 1
        and text[-1] == "."
        and text[:-1].isdigit()
        and j + 1 < len(doc)
        and is_cap(doc[j + 1].text)
    )


def _quoted_name_end(doc: Doc, j: int, limit: int, loose: bool = False) -> int | None:
    """End (after the closing mark) of a capitalised name of one to three words in quote marks
    opening at ``j`` ("«Martin»", "«Tur»"), else None."""
    k = j + 1
    while (
        k < limit
        and k <= j + 4
        and (is_cap(doc[k].text) or (loose and k > j + 1 and doc[k].is_alpha))  # «Jeg vil leve»
        and not doc[k].is_punct
    ):
        k += 1
    if k > j + 1 and k + 1 < limit and doc[k].text == "," and doc[k + 1].text in _CLOSE_MARKS:
        k += 1  # '"Frontline Notes," wrote'
    if k > j + 1 and k < limit and doc[k].text in _CLOSE_MARKS:
        return k + 1
    return None


#: case endings an outlet's name in quote marks may take ("«Фонтанке»", "«Медузе»",
#: "«Українській правді»"): at most this many last letters differ from the nominative
_CASE_ENDING = 2


def inflected_outlet_end(doc: Doc, lx: Lexicon, j: int, limit: int) -> int | None:
    """End (after the closing mark) of an outlet's name in quote marks opening at ``j``, in any
    case ("«Фонтанке»", "«Українській правді»", "«Новой газете»"): the lexicon lists outlets in
    the nominative, and an inflected name differs from one only in its words' endings. Its
    second word may be in lower case, so :func:`quoted_name_end` does not find it; None when the
    marks hold no outlet."""
    if j >= limit or doc[j].text not in _OPEN_MARKS:
        return None
    close = next(
        (t for t in range(j + 2, min(limit, j + 5)) if doc[t].text in _CLOSE_MARKS), None
    )
    if close is None:
        return None
    words = [t.lower_ for t in doc[j + 1 : close]]
    if not all(w.isalpha() for w in words) or not is_cap(doc[j + 1].text):
        return None
    for outlet in lx.outlets:
        names = outlet.split()
        if len(names) == len(words) and all(
            _same_stem(word, name) for word, name in zip(words, names, strict=True)
        ):
            return close + 1
    return None


def is_outlet_word(lx: Lexicon, word: str) -> bool:
    """Whether the lower-case ``word`` is a one-word outlet's name in any case ("тасс",
    "суспільному", "интерфаксу"): the outlet told, after a body in the locative."""
    return word in lx.outlets or any(
        " " not in outlet and len(outlet) > 3 and _declined(word, outlet) for outlet in lx.outlets
    )


#: letters an adjectival outlet's name may change in its case ending ("Суспільне" ->
#: "Суспільному")
_DECLINED_ENDING = 3


def _declined(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with another case ending of up to three letters, the two
    sharing all of the name but its last two letters."""
    stem = len(name) - 2
    return stem >= 3 and word[:stem] == name[:stem] and len(word) - stem <= _DECLINED_ENDING


def _same_stem(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with another case ending (the two differ only in their
    last letters, and share at least three letters)."""
    if word == name:
        return True
    stem = len(name) - 1
    while stem >= 3 and len(name) - stem <= _CASE_ENDING:
        if word[:stem] == name[:stem] and len(word) - stem <= _CASE_ENDING:
            return True
        stem -= 1
    return False


def quoted_name_end(doc: Doc, j: int, limit: int) -> int | None:
    """End (after the closing mark) of a capitalised name of one to three words in quote marks
    opening at ``j`` («Хортиця», «Південний радар»), else None: for readers outside this
    module."""
    return _quoted_name_end(doc, j, limit)


#: how many words a time phrase between an auxiliary and its participle cue may have ("hele
#: tiden", "den siste tiden"): longer runs are clauses, not adverbials
AUX_TIME_PHRASE = 3


def _over_time_phrase(doc: Doc, lx: Lexicon, cue: int, j: int, lo: int) -> int:
    """``j`` moved back over a time phrase and the auxiliary before it when both stand between
    the subject and a participle cue ("Russland har | hele tiden | hevdet at"): the subject is
    before the auxiliary, never the time phrase. ``j`` unchanged otherwise."""
    if j < lo or doc[j].lower_ not in lx.time_words or doc[cue].lower_ not in lx.indirect_cues:
        return j
    k = j - 1
    while k > lo and j - k < AUX_TIME_PHRASE and doc[k].is_lower and doc[k].lower_ not in lx.auxiliaries:
        k -= 1
    if k <= lo or doc[k].lower_ not in lx.auxiliaries:
        return j
    k -= 1
    while k >= lo and doc[k].lower_ in lx.adverbs and doc[k].lower_ not in lx.determiners:
        k -= 1
    return k


def over_bare_time_phrase(doc: Doc, lx: Lexicon, j: int, lo: int) -> int:
    """``j`` moved back over a time phrase without a preposition of its own that ends at it
    and stands between the subject and the cue ("The army | later that evening | said",
    "Officials | this week | said", "The agency | late on Friday | reported", "Ukraine's
    military | earlier on Saturday | said"): the subject ends before it, never in it (a parser
    reads "that evening" as the subject). The phrase is time words and their links only (a
    capital only on a time word: "Monday"), and the word before it is a noun or adjective that
    is no time word, so a phrase that is all time ("Later that evening the army said") or a
    name ending in a time word keeps ``j``; a language without the links list keeps it too."""
    if not lx.bare_time_links or j <= lo or doc[j].lower_ not in lx.time_words:
        return j
    k = j
    while k > lo and (
        # a capital only on a day's name ("Monday"), which a tagger, if any, reads a name
        (doc[k].lower_ in lx.time_words and (doc[k].is_lower or doc[k].pos_ in ("PROPN", "")))
        or (doc[k].lower_ in lx.bare_time_links and doc[k].is_lower)
    ):
        k -= 1
    last = doc[k]
    if (
        k == j
        # in a verb-second language a subject, a time phrase and then the finite verb is the
        # order of a subordinate clause ("etter at Russland torsdag hevdet"), whose subject
        # never opens the sentence: a phrase from the sentence start is all fronted time
        # ("Mange ganger i uka sier hun")
        or (lx.verb_second and k <= lo)
        # a noun or adjective ends the subject; without a tagger any word that is no link
        or last.pos_ not in ("NOUN", "PROPN", "ADJ", "")
        or last.lower_ in lx.determiners
        or last.lower_ in lx.time_words
        or last.lower_ in lx.bare_time_links
        or last.lower_ in lx.np_stop
    ):
        return j
    return k


def _before_place_list(doc: Doc, lx: Lexicon, start: int, lo: int) -> int:
    """Where a subject starts whose last words are the end of a list of places after its head
    ("Myndighetene i Dnipro, Odesa og | Kryvyj Rih har sagt"): at the head, not at the last
    place. ``start`` unchanged otherwise."""
    k = start - 1
    if k <= lo or doc[k].lower_ not in lx.coordinators or not is_cap(doc[start].text):
        return start
    j = k - 1
    while j > lo and (is_cap(doc[j].text) or doc[j].text == ","):
        j -= 1
    if j <= lo or doc[j].lower_ not in lx.place_preps or not is_cap(doc[j + 1].text):
        return start
    head = np_before(doc, lx, j, lo)
    if head is None or head[1] != j or not is_nominal(doc, lx, j - 1):
        return start
    return head[0]


def _nominative_after_fronted(doc: Doc, lx: Lexicon, start: int, end: int) -> tuple[int, int] | None:
    """The subject after a fronted prepositional phrase in a language without articles and
    without verb-second order, told by its case: "В пятницу | губернатор X сказал", "В интервью
    американскому каналу Fox News | Зеленский сказал". The first word that may be nominative
    after the preposition's own word (its object, "пятницу", "интервью") and that cannot be a
    genitive opens the subject; a time word or a capitalised Latin word right after a
    word that cannot be nominative (the channel's name after "каналу") is still part of the
    fronted phrase. None without morphology."""
    nominative = lx.may_be_subject
    if nominative is None or lx.verb_second:
        return None
    candidates: list[int] = []
    for k in range(start + 2, end):
        word = doc[k]
        before = doc[k - 1]
        if (
            not word.is_alpha
            or not before.whitespace_  # the tail of a hyphenated word ("пресс-конференции")
            or word.lower_ in lx.time_words
            # the preposition's own word ("в | пятницу"); a day named is no preposition
            or (before.lower_ in lx.np_stop and before.lower_ not in lx.time_words)
        ):
            continue
        if any("\u0400" <= char <= "\u04ff" for char in word.text):
            if nominative(word.lower_):
                candidates.append(k)
        elif is_cap(word.text) and before.is_lower and nominative(before.lower_):
            candidates.append(k)  # "В условиях войны Reuters сообщил": a Latin name, no case
    genitive = lx.may_be_genitive
    # "После встречи | с президентом министр", "В Белгородской области | заявили": a word
    # that may be a genitive as well belongs to the fronted phrase more often than not
    plain = [k for k in candidates if genitive is None or not genitive(doc[k].lower_)]
    if plain:
        return plain[0], end
    last = candidates[-1] if candidates else None
    if (
        last == end - 1
        and end < len(doc)
        and lx.subject_agrees is not None
        # "В пятницу | власти заявили": after a time phrase a noun that agrees with the verb
        # is its subject, genitive reading or not ("В администрации области заявили" has no
        # time word before "области", and stays impersonal)
        and doc[last - 1].lower_ in lx.time_words
        and lx.subject_agrees(doc[last].lower_, doc[end].lower_)
    ):
        return last, end
    return None


def _after_oblique_pair(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """Where the subject starts past an adjective and its noun in an oblique case that stand
    before a lower-case head noun ("про цей період громадської діяльності | поет скаже"): a
    language that puts a noun's genitive after it (``genitive_before_head``) never puts one
    before it, so the pair closes the phrase before the subject. ``start`` when there is none."""
    if lx.oblique_attribute is None or lx.may_be_subject is None:
        return start
    lowers = doc_lowers(doc)
    for t in range(end - 3, start - 1, -1):
        if not doc[t].is_lower or not lx.oblique_attribute(lowers[t]):
            continue
        rest = t + 2
        if (
            doc[t + 1].is_lower
            and all(doc[r].is_alpha and doc[r].is_lower for r in range(rest, end))
            and lowers[rest] not in lx.np_stop
            and lx.may_be_subject(lowers[rest])
        ):
            return rest
        return start  # only the pair nearest the head is read
    return start


_LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9&.'’-]*")


def _latin_name_after_body_noun(doc: Doc, lx: Lexicon, start: int, end: int) -> int | None:
    """Where a Latin-script name starts that ends a Cyrillic phrase right after a lower-case
    body noun ("Німецька компанія | Diehl", "Американська компанія | Lockheed Martin"): in
    ru and uk (``genitive_issuer``) such a name is the body's, undeclined. None otherwise."""
    if not lx.genitive_issuer or end - start < 2:
        return None
    at = end
    while at > start and _LATIN_WORD.fullmatch(doc[at - 1].text):
        at -= 1
    if at in (end, start) or end - at > 3:
        return None
    noun = doc[at - 1]
    if not noun.is_lower or not _suffix(noun.lower_, lx.org_suffixes):
        return None
    if any(
        not doc[t].is_alpha or doc[t].lower_ in lx.np_stop or (t > start and not doc[t].is_lower)
        for t in range(start, at)
    ):
        return None  # "Залужний у колонці для видання The Telegraph": the name is another's
    return at


def np_before(doc: Doc, lx: Lexicon, cue: int, lo: int) -> tuple[int, int] | None:
    """The subject phrase right before the cue at ``cue`` (not before ``lo``), or None when the
    words before the cue are not a subject (an adverbial "I videoen", a placeholder "Det")."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    j = cue - 1
    if j > lo and texts[j] == "." and is_cap(texts[j - 1]) and texts[cue].islower():
        j -= 1  # "Ordfører Kari Vik. opplyser at": a stray full stop after the speaker's name
    while j >= lo and (
        (lowers[j] in lx.adverbs and lowers[j] not in lx.determiners)
        # "Opposisjonen har (lenge) fryktet at": the auxiliary of a participle cue
        or (lowers[j] in lx.auxiliaries and lowers[cue] in lx.indirect_cues and j > lo)
        # "Kjus er klar på at": the copula of an adjective cue
        or (lowers[j] in lx.copulas and lowers[cue] in lx.adjective_cues and j > lo)
    ):
        j -= 1
    j = _over_time_phrase(doc, lx, cue, j, lo)
    j = over_bare_time_phrase(doc, lx, j, lo)
    if (
        j > lo
        and texts[j] == "-"
        and doc[j].whitespace_
        and doc[j - 1].whitespace_
        and lowers[cue] in lx.participle_cues
    ):
        return None  # "Kyiv condemned the plan - claiming ...": after a dash, the words before no subject
    end = j + 1
    start = end
    if (
        j >= lo
        and lowers[j] in lx.pronouns
        # a determiner needs a noun after it; right before the cue it is the pronoun ("det
        # dei hevdar er ...")
        and (lowers[j] not in lx.determiners or (j == cue - 1 and lowers[j] not in lx.placeholders))
        and not (j > lo and lowers[j - 1] in lx.np_link)  # "one of them told"
    ):
        return j, j + 1  # "opprørerne han beskrev som": the pronoun is the subject
    while j >= lo and end - j <= MAX_NP + 4:
        tok = doc[j]
        low = tok.lower_
        if tok.text == ")":  # "Natalija Hrytsenko (64)", "ved FFI (FFI)"
            if j + 1 < cue and lowers[j + 1] in lx.determiners and texts[j + 1][:1].isupper():
                break  # "Khartoum, Oct 29 (AFP) The government said": a dateline's credit before
            k = j - 1
            while k >= lo and texts[k] != "(" and j - k < 8:
                k -= 1
            if k < lo or texts[k] != "(":
                break
            start, j = k, k - 1
            continue
        if tok.text in _CLOSE_MARKS:
            k = j - 1
            while k >= lo and k >= j - 4 and texts[k] not in _OPEN_MARKS:
                k -= 1
            named = k > lo and _suffix(lowers[k - 1], lx.org_suffixes)  # "Prosjektet «...»"
            if (
                k >= lo
                and texts[k] in _OPEN_MARKS
                and _quoted_name_end(doc, k, j + 1, loose=named) == j + 1
            ):
                start, j = k, k - 1  # '«Martin» sier'
                continue
            if (
                lx.genitive_issuer
                and k == j - 2
                and k >= lo
                and texts[k] in _OPEN_MARKS
                and doc[j - 1].is_lower
                and lowers[j - 1] in lx.titles
            ):
                start, j = k, k - 1  # 'Окупаційний «голова» Криму заявив': a scare-quoted title
                continue
            break
        if (tok.is_punct and not genitive_mark(doc, lx, tok.i) and low != "-") or tok.is_space:
            break
        if (
            low == "-"
            and tok.whitespace_
            and j > lo
            and doc[j - 1].whitespace_
            and (texts[j - 1] == ")" or (texts[lo].isupper() and len(texts[lo]) > 2))
        ):
            break  # "MOSCOW (AA) - The ministry said": a wire's dateline ends at its dash
        if j - 1 >= lo and cut_compound(doc, lx, j):
            start, j = j - 1, j - 2  # "Helse- og omsorgsministeren": one compound cut short
            continue
        if j - 1 >= lo and _coordinated_modifier(doc, lx, j, cue):
            start, j = j - 1, j - 2  # "Iraqi and U.S. officials": two modifiers of one noun
            continue
        if (
            low in lx.conjunctions
            # "... før legene spør om": inside a sentence a subordinating word that is also a
            # preposition opens a clause (sentence-first it is the fronted phrase: "Før krigen sa")
            or (low in lx.mid_conjunctions and j > lo and not doc[j].is_sent_start)
            or low in lx.complementizers
            or (low in lx.cue_verbs and not (is_cap(tok.text) and j > lo))  # "Aviator Notes"
            or low in lx.relay_verbs  # "The newspaper quoted | critics who said"
            or _ends_sentence(doc, j)
        ):
            break
        if (
            tok.pos_ in ("VERB", "AUX")
            and tok.ent_iob_ != "I"
            and _finite(tok)
            and not any(lowers[r] in lx.relatives for r in range(max(lo, j - 3), j))
            # "Andre kjelder seier at": a speaker noun the tagger took for a verb
            and low not in lx.plural_words
        ):
            break  # with a tagger: a finite verb ends the subject ("... i kommunestyret har")
        start = j
        j -= 1
    while end - 1 > start and lowers[end - 1] in lx.np_stop:
        end -= 1  # "It did not | say": auxiliaries and negation before the cue
    whole_end = end  # before a name's adverbial is cut off: a fronted phrase may hold names
    ago = next((t for t in range(start + 1, min(end, start + 5)) if lowers[t] in lx.ago_words), None)
    if ago is not None and (found := _nominative_after_fronted(doc, lx, ago - 1, whole_end)):
        return found  # "Три дня назад | в интервью каналу X | Зеленский сказал"
    if end - start >= 3 and lowers[end - 1] in lx.date_months and texts[end - 2].isdigit():
        end -= 2  # "Синєгубов | 3 січня зазначав": the date is the verb's, not the speaker's
    if lx.bare_time_links and start > lo and lowers[start - 1] in lx.bare_time_links:
        while end - start >= 2 and lowers[start] in lx.time_words and doc[start].is_lower:
            start += 1  # "Later that | night | the brigade said": the phrase cut at its link is time
    while end - start >= 2 and lowers[start] in lx.subject_breaks and lowers[start] in lx.adverbs:
        start += 1  # "Днем ранее | пресс-секретарь заявил": adverbs open, one after another
    while lx.recipient_before_subject and end - start >= 2 and lowers[start] in lx.object_pronouns:
        start += 1  # "Мені | один хлопчина сказав": the one told stands before the subject
    for t in range(start + 1, end):
        if lowers[t] in lx.subject_breaks and (
            not any(is_cap(texts[r]) for r in range(t, end))
            # "Представитель властей | в разговоре с РБК назвал": a medium, whoever it names
            or (t + 1 < end and lowers[t + 1] in lx.medium_nouns)
        ) and not (
            # "Державна служба | з надзвичайних ситуацій повідомила": a linking preposition
            # after a body's head noun carries its name on to the cue
            lowers[t] in lx.body_links
            and ends_body_head(doc, lx, t, start)
            and body_tail(doc, lx, t - 1, end) == end
            # "Министерство | по этому поводу заявило": a demonstrative is no part of a name
            and not any(lowers[r] in lx.subject_breaks for r in range(t + 1, end))
        ):
            # "Российское Минобороны | дважды за неделю заявляло"; a name after the word keeps
            # it ("Уполномоченная по правам человека в России Елена Сафронова рассказала")
            end = t
            break
    for t in range(start + 1, end - 1):
        if lowers[t] in lx.adverbial_preps and (
            is_cap(texts[t - 1])
            or is_title(lowers[t - 1], lx)
            # "Da han etter siste kamp forklarte": a personal pronoun takes no modifier
            or (lowers[t - 1] in lx.pronouns and lowers[t - 1] not in lx.determiners)
        ):
            # "Wim Koevermans after his team's loss insisted", "The mayor after a long meeting
            # said": a name or role, then the verb's adverbial (not "a day after Turkey's
            # president said", where the clause after "after" holds the subject)
            end = t
            break
    while end - start >= 2 and lowers[start] in lx.subject_breaks and lowers[start] in lx.adverbs:
        start += 1  # "Ранее | министр X заявил", "Також | речник X заявив": an adverb opens
    if lx.genitive_before_head:
        start = _after_oblique_pair(doc, lx, start, end)
    if start >= end:
        return None
    start = _before_place_list(doc, lx, start, lo)
    first = lowers[start]
    if first in lx.absolute_openers and end - start >= 2:
        return start + 1, end  # "…, with campaigner Ann Lee stating:": the subject of the cue
    if first in lx.agent_preps and start - 1 > lo and lowers[start - 1] in lx.relay_verbs:
        # "Western officials quoted by local media claimed": the relaying outlet is the
        # subject's modifier; those it quotes say it (the outlet's relay is a sourcing
        # statement of its own)
        head = np_before(doc, lx, start - 1, lo)
        if head is not None and is_nominal(doc, lx, head[1] - 1):
            return head
    if first in lx.np_stop or first in lx.np_link:
        if texts[end - 1] in _CLOSE_MARKS:  # 'under the name "Frontline Notes," wrote'
            k = end - 2
            while k > start and texts[k] not in _OPEN_MARKS:
                k -= 1
            if k > start:
                return k, end
        # "On Monday the ministry said": what follows the adverbial's last determiner
        for k in range(end - 1, start, -1):
            if lowers[k] in lx.determiners and lowers[k - 1] not in lx.np_stop:
                if lowers[end - 1] in lx.time_words and _before_time_phrase(doc, lx, k, end) <= k:
                    return None  # "I løpet av de neste tre timene forteller Julia": all time
                return k, end
        # "После инцидента в Польше во вторник | украинские военные": the fronted phrase's
        # names are no speaker's with an adverbial after them
        return _nominative_after_fronted(doc, lx, start, whole_end)
    if end - start == 1 and first in lx.placeholders:
        return None
    if lowers[end - 1] in lx.time_words:
        end = _before_time_phrase(doc, lx, start, end)
        if end <= start:
            return None  # "Samme kveld hevdet ...": a time adverbial, the subject follows the verb
    for p in range(end - 1, start + 1, -1):
        # "The strike came a day after Turkey's president said", "a claim the Ukrainian army's
        # Khortytsia group called": the subject of the clause
        prev = doc[p - 1]
        linked = prev.lower_ in lx.clause_links and (
            is_cap(texts[p]) or lowers[p] in lx.determiners
        )
        fresh = (
            lowers[p] in lx.definite_determiners
            and prev.is_alpha
            and prev.text.islower()
            and prev.lower_ not in lx.np_link
            and prev.lower_ not in lx.np_stop
            and prev.lower_ not in lx.determiners
            and prev.lower_ not in lx.name_particles
            and not is_nominal(doc, lx, p - 1)
        )
        if (
            (linked and not is_nominal(doc, lx, p - 2) or fresh)
            and is_nominal(doc, lx, end - 1)
        ):
            return p, end
    rel = lowers[start - 1] if start > lo else ""
    if (
        rel in lx.relatives
        and rel not in lx.complementizers
        and start - 1 > lo
        and not is_cap(texts[start])
        and lowers[start] not in lx.pronouns
        and lowers[start] not in lx.determiners
    ):
        # "Volunteers who run evacuation buses say": the relative clause is part of it
        head = np_before(doc, lx, start - 1, lo)
        if head is not None and head[1] - head[0] <= 6 and is_nominal(doc, lx, head[1] - 1):
            return head[0], end
    return start, end


def is_nominal(doc: Doc, lx: Lexicon, t: int) -> bool:
    """Token ``t`` can head a speaker phrase: a name, a person or organisation noun, a
    title, a pronoun, a closing parenthesis or quote mark."""
    low = doc[t].lower_
    return (
        is_cap(doc[t].text)
        or doc[t].text in (")", "»", "”", '"')
        or _suffix(low, lx.person_suffixes)
        or _suffix(low, lx.org_suffixes)
        or is_plural(low, lx)
        or is_title(low, lx)
        or low in lx.pronouns
        or low in lx.anaphors
    )


def subject_at(doc: Doc, lx: Lexicon, start: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase opening at ``start`` when no parser tells where it ends: names,
    titles, determiners and organisation/person nouns, up to the first other word (the verb)."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    puncts = punct_flags(doc)
    good = -1
    genitive = -10
    j = start
    end = min(limit, start + MAX_NP)
    while j < end:
        tok = doc[j]
        low = tok.lower_
        if low == "," and adjective_comma(tok):
            j += 1  # "det uavhengige, russiske nettstedet Meduza"
            continue
        if j + 2 < end and cut_compound(doc, lx, j + 1):
            j += 2  # "helse- og omsorgsministeren": one compound, its first part cut short
            continue
        if j > start and j + 1 < end and _coordinated_modifier(doc, lx, j, end):
            j += 1  # "Western and Ukrainian analysts": the head comes after both modifiers
            continue
        if (
            lx.genitive_issuer
            and good == j - 1
            and texts[j] in _OPEN_MARKS
            and _suffix(lowers[good], lx.org_suffixes)
            and (close := _quoted_name_end(doc, j, min(len(doc), j + 6), loose=True)) is not None
        ):
            # 'Украинская компания "Укрэнерго" заявила ... и назвала': the body's noun and the
            # name it goes by in quote marks, one subject for every verb it has (ru, uk)
            good = close - 1
            j = close
            continue
        if (tok.is_punct and not genitive_mark(doc, lx, tok.i) and low != "-") or tok.is_space:
            break
        if (
            j + 2 < end
            and texts[j + 1] == "-"
            and not tok.whitespace_
            and not doc[j + 1].whitespace_
            and _role_word(f"{low}-{lowers[j + 2]}", lx)
        ):
            good = j + 2  # "co-founder", split by the tokenizer: one role word
            j += 3
            continue
        if (
            low in lx.place_preps
            and good == j - 1
            and j + 2 < end
            and is_cap(texts[j + 1])
            and not puncts[j + 1]
            and _suffix(lowers[good], lx.org_suffixes)
        ):
            j += 1  # "Politiet i Bergen", "Forsvarsdepartementet i Moskva"
            continue
        if low in lx.np_stop or low in lx.complementizers or (low in lx.cue_verbs and j > start):
            break
        if (
            tok.pos_ in ("VERB", "AUX")
            and j > start
            and tok.ent_iob_ != "I"
            # "Moskvas ordfører": a role after a name's genitive is its head, though the tagger
            # reads the word as a verb ("-fører")
            and not (good == j - 1 and is_cap(texts[good]) and texts[good].endswith("s") and is_title(low, lx))
        ):
            break  # only with a tagger (else pos_ is ""); a word inside an entity is no verb
        if j > start and (low in lx.pronouns or low in lx.object_pronouns) and (
            low not in lx.name_particles and low not in lx.determiners
        ):
            break  # "Ukrainian officials | I have spoken to"
        if genitive_mark(doc, lx, j) or numbered_name_genitive(doc, good, j):
            genitive = j
        elif (
            low in lx.determiners
            or (low in lx.name_particles and good >= 0)
            # a tagger's quantifier opening the sentence, capitalised: "Samtlige lagkamerater"
            or (j == start and tok.pos_ == "DET" and not tok.ent_type_)
        ):
            pass
        elif low in lx.np_link and good == j - 1 and j + 1 < end and not puncts[j + 1]:
            pass  # "A group of Russian soldiers", "Tre av soldatene"
        elif (
            is_cap(tok.text)
            or _suffix(low, lx.org_suffixes)
            or _suffix(low, lx.person_suffixes)
            or is_title(low, lx)
        ):
            good = j
        elif good == j - 1 and is_cap(texts[good]) and texts[good].endswith("s"):
            good = j  # the noun after a genitive: "Ukrainas luftforsvar"
        elif good == j - 1 and tok.is_digit and tok.ent_iob_ == "I" and doc[good].ent_iob_ in ("B", "I"):
            good = j  # a name's closing number, inside the tagger's entity: "Ifølge TV 2 skal"
        elif (
            good == j - 1
            and tok.pos_ == "NOUN"
            and doc[good].dep_ in lx.modifier_deps
            and j <= doc[good].head.i < end
        ):
            # "Farm unions criticized ...", "U.S. farm groups criticized ...": by the parse the
            # capitalised word modifies the noun after it, the phrase's head
            good = j
        elif good == j - 1 and tok.pos_ == "NOUN" and "Gen" in doc[good].morph.get("Case"):
            good = j  # a tagger's genitive noun goes on to its head: "påtalemyndighetens kontor"
        elif genitive == j - 1 and good == j - 2:
            good = j  # "Ukraine's southern defence forces": look on for the head
        elif (
            0 <= j - genitive <= 4
            and good >= 0
            and not (good > genitive and _head_word(lowers[good], lx))
        ):
            pass
        elif good < 0 and j > start and tok.pos_ == "NOUN" and doc[j - 1].pos_ in ("ADJ", "DET"):
            good = j  # the tagger's head noun after its adjectives ("... russiske nettstedet")
        elif good < 0 and tok.pos_ == "NOUN" and "Def" in tok.morph.get("Definite"):
            good = j  # a definite noun is a whole phrase: "Ifølge grensevaktene | angrep .."
        elif (
            good == j - 1
            and tok.pos_ == "NOUN"
            and (
                # "Mange soldater", "Ukrainske soldater klager ..., og sier": the capitalised
                # opener was the tagger's adjective or quantifier, the noun after it the head
                (good == start and doc[good].pos_ in ("ADJ", "DET") and not doc[good].ent_type_)
                or lowers[good] in lx.quantity_nouns  # "En del | pasienter"
            )
        ):
            good = j
        elif good >= 0 or (j - start >= 3 and tok.pos_ != "ADJ"):
            break  # a tagger's adjectives may run on before the head ("det uavhengige, russiske")
        j += 1
    if good < start:
        return None
    return start, good + 1


def _head_word(low: str, lx: Lexicon) -> bool:
    return _suffix(low, lx.org_suffixes) or _suffix(low, lx.person_suffixes)


def is_title(low: str, lx: Lexicon) -> bool:
    """A title or role word: listed (with abbreviations: "Gen.", "Lt."), or a compound ending
    in one ("Kreml-talsmann")."""
    if low in lx.titles:
        return True
    if "-" in low and low.rsplit("-", 1)[1] in lx.titles:
        return True
    return _suffix(low, lx.title_suffixes)


class Suffixes(tuple):
    """A lexicon's tuple of word endings, its hash computed once.

    Endings are tested through caches keyed by the tuple (:func:`has_suffix`), for many words
    of every document; a plain tuple's hash is computed again from every item on each call,
    and the Russian and Ukrainian title and organisation endings number hundreds."""

    _hash: int

    def __new__(cls, items: Iterable[str] = ()) -> Suffixes:
        made = super().__new__(cls, items)
        made._hash = tuple.__hash__(made)
        return made

    def __hash__(self) -> int:
        return self._hash


@lru_cache(maxsize=64)
def _split(suffixes: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The long endings, the short ones (whole words only) and the excepted words: an item
    written "!området" names a word that merely ends in a listed ending ("-rådet") without
    being a compound of it, so neither it nor a compound ending in it counts."""
    kept = [x for x in suffixes if not x.startswith("!")]
    excepted = tuple(x[1:] for x in suffixes if x.startswith("!"))
    return tuple(x for x in kept if len(x) >= 4), frozenset(x for x in kept if len(x) < 4), excepted


@lru_cache(maxsize=1 << 16)
def _suffix(low: str, suffixes: tuple[str, ...]) -> bool:
    """Whether ``low`` ends in one of ``suffixes`` (compounds: "forsvarsdepartementet");
    short ones ("un", "eu", "tv") must be the whole word, and a word listed as an exception
    ("!området": "områ|det" is no council) or a compound of it ("grenseområdet") does not."""
    long, short, excepted = _split(suffixes)
    if low in short:
        return True
    return low.endswith(long) and not (excepted and low.endswith(excepted))


def has_suffix(low: str, suffixes: tuple[str, ...]) -> bool:
    return _suffix(low, suffixes)


def adjective_comma(comma: Token) -> bool:
    """A comma between two attributive adjectives, by the tagger ("det uavhengige, russiske
    nettstedet Meduza", "the independent, Latvia-based outlet"): no clause ends there."""
    doc = comma.doc
    i = comma.i
    return (
        i > 0
        and i + 2 < len(doc)
        and doc[i - 1].pos_ == "ADJ"
        and doc[i + 1].pos_ == "ADJ"
        and doc[i - 1].is_lower
        and doc[i + 1].is_lower
        and doc[i + 2].pos_ in ("NOUN", "ADJ")
    )


def lower_forms(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case somewhere: a capitalised sentence opener
    whose lower-case form stands elsewhere is a common noun, not a name. Kept in the document's
    ``user_data``, so it is read once per document."""
    forms = doc.user_data.get("st_lower_forms")
    if forms is None:
        # the texts and lower-case forms kept for the document: no Token, no string look-up
        forms = frozenset(
            text for text, low in zip(token_texts(doc), doc_lowers(doc), strict=True) if text == low
        )
        doc.user_data["st_lower_forms"] = forms
    return forms


def is_definite_form(low: str, lx: Lexicon) -> bool:
    """A noun with the definite article as its ending ("forsvareren", "statsråden"); the stem
    must keep four letters, so "den" or "mann" are not read so."""
    return any(low.endswith(x) and len(low) - len(x) >= 4 for x in lx.definite_suffixes)


def ent_label(doc: Doc, start: int, end: int) -> str | None:
    """Label of an entity overlapping tokens ``start:end`` (its last one wins)."""
    for k in range(end - 1, start - 1, -1):
        tok = doc[k]
        if tok.ent_iob_ in ("B", "I") and tok.ent_type_:
            return tok.ent_type_
    return None


def _before_time_phrase(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """Where a subject ends before the prepositional time phrase closing ``start:end`` ("Ukraine
    | on Monday said", "The governor | on Tuesday night said"), or ``start`` when the whole
    phrase is a time adverbial ("Samme kveld hevdet", "Natt til fredag sa"): only a phrase
    opening with a capital or a determiner is a subject."""
    k = end - 1
    while k > start and doc[k - 1].lower_ in lx.time_words:
        k -= 1
    prep = k - 1
    # "ved inngangen til | det nye | året": a relation noun opens the time phrase
    j = k
    while j - 1 > start and (doc[j - 1].lower_ in lx.determiners or doc[j - 1].pos_ == "ADJ") and doc[j - 1].is_lower:
        j -= 1
    if (
        j - 3 > start
        and doc[j - 1].lower_ in lx.np_stop
        and doc[j - 2].lower_ in lx.time_relation_nouns
        and (doc[j - 3].lower_ in lx.np_stop or doc[j - 3].pos_ == "ADP")
    ):
        prep = j - 3
        if doc[prep - 1].lower_ not in lx.np_stop and (is_cap(doc[start].text) or doc[start].lower_ in lx.determiners):
            return prep
    if (
        prep > start
        and doc[prep].lower_ in lx.np_stop
        and doc[prep - 1].lower_ not in lx.time_words
        and doc[prep - 1].lower_ not in lx.np_stop
        and (is_cap(doc[start].text) or doc[start].lower_ in lx.determiners)
    ):
        return prep
    return start


def own_name_before(doc: Doc, lx: Lexicon, start: int, end: int) -> Mention | None:
    """The person's own name in ``start:end``, the phrase before a call sign ("Волонтер
    Олександр | з позивним «Бриз»", "Парамедик Ірина Коваль | з позивним «Сова»"): a name after
    a title, or one the tagger marks as a person. A lone capitalised role opening the sentence
    ("Побратим | з позивним «Шульц»") is no name, so the call sign stays the speaker's name."""
    if end <= start:
        return None
    found = make_mention(doc, lx, start, end)
    if found is None or found.kind != "named":
        return None
    tagged = any(doc[t].ent_type_ in PER_LABELS for t in range(start, end))
    return found if tagged or found.title else None


def _aged_name(doc: Doc, lx: Lexicon, start: int, end: int) -> int | None:
    """Where the name starts in "(den) 23 år gamle Nastya Ivanenko": a number, a unit of age
    and an ``age_adjectives`` word, then only capitalised words; else None."""
    at = start + 1 if start < end and doc[start].lower_ in lx.determiners else start
    name = at + 3
    if name >= end or not doc[at].like_num or doc[at + 2].lower_ not in lx.age_adjectives:
        return None
    if not all(is_cap(doc[t].text) and doc[t].is_alpha for t in range(name, end)):
        return None
    return name


def numbered_name_genitive(doc: Doc, good: int, token: int) -> bool:
    """Token ``token`` is the number closing a name, glued to its genitive -s ("TV 2s
    opplysninger", "P4s lyttere"): the tokenizer keeps "2s" as one number, which would
    otherwise end the name and leave the number to the clause after it."""
    text = doc[token].text
    return (
        good == token - 1
        and good >= 0
        and is_cap(doc[good].text)
        and len(text) > 1
        and text[-1] == "s"
        and text[:-1].isdigit()
    )


def genitive_mark(doc: Doc, lx: Lexicon, token: int) -> bool:
    """Whether ``doc[token]`` marks a genitive: a marker the lexicon lists ("'s"), or an
    apostrophe alone glued to a plural's -s that the tagger reads a particle ("the border
    guards' spokesman"), which would otherwise end the phrase as punctuation."""
    text = doc[token].lower_
    if text in lx.genitive_markers:
        return True
    return (
        text in lx.plural_genitive_marks
        and token > 0
        and doc[token].pos_ == "PART"
        and not doc[token - 1].whitespace_
        and doc[token - 1].lower_.endswith("s")
    )


#: ``doc.user_data`` key of the mentions :func:`make_mention` made, by lexicon and phrase
_MENTIONS_KEY = ("sourcetrace", "mentions")


def without_place_tail(doc: Doc, lx: Lexicon, start: int, end: int) -> int:
    """End of a body's phrase ``doc[start:end]`` without a place it is said to be in at its end
    ("Министерства обороны | в Москве", "Генерального штабу | в Києві"): a locative preposition
    after a lower-case word of the body, then only words tagged as a place. ``end`` when the
    phrase ends otherwise, or the word before is capitalised ("Посольства России в Лондоне":
    the place belongs to the body's name). Only where the case system marks the phrase."""
    if not lx.genitive_issuer or end - start < 3:
        return end
    for prep in range(start + 1, end - 1):
        if (
            doc[prep].lower_ in lx.locative_sources
            and doc[prep - 1].is_lower
            and doc[prep - 1].is_alpha
            and all(doc[t].ent_type_ in ("GPE", "LOC") and is_cap(doc[t].text) for t in range(prep + 1, end))
        ):
            return prep
    return end


def capitalised_adjective(lx: Lexicon, text: str) -> bool:
    """Whether ``text`` is a capitalised adjective inside a body's name ("Генерального" in
    "Офіс Генерального прокурора", "Верховного" in "Офис Верховного комиссара"), not a
    surname of adjective form ("Зеленського"): the noun it qualifies follows in lower case.
    Needs the language's adjective and surname tests (ru, uk); False elsewhere."""
    return (
        is_cap(text)
        and not text.isupper()
        and lx.may_be_attribute is not None
        and lx.may_be_attribute(text.lower())
        and not (lx.may_be_surname is not None and lx.may_be_surname(text))
    )


#: :func:`_copied` copies a ``Mention`` as ``dataclasses.replace`` would only while every
#: field is set by ``__init__`` and nothing runs after it
if not all(item.init for item in dataclasses.fields(Mention)) or hasattr(Mention, "__post_init__"):
    raise RuntimeError("Mention has a field __init__ does not set: copy kept mentions by dataclasses.replace")


def _copied(mention: Mention) -> Mention:
    """A shallow copy of ``mention``: ``dataclasses.replace(mention)`` (whose walk over the
    fields costs three times as much, on every reuse of a kept mention)."""
    copy = object.__new__(Mention)
    copy.__dict__.update(mention.__dict__)
    return copy


def make_mention(doc: Doc, lx: Lexicon, start: int, end: int) -> Mention | None:
    """A speaker ``Mention`` from the phrase ``doc[start:end]`` (:func:`_make_mention`), made
    once per document, lexicon and phrase: the readers ask for the same phrase again (about two
    calls in five on real news), and the reading of a phrase depends only on the document's
    words and annotations, which the reading components never change once the entities are
    set. Each call returns a mention of its own, as readers later set its cluster and
    antecedent."""
    made = doc.user_data.get(_MENTIONS_KEY)
    if made is None:
        made = doc.user_data[_MENTIONS_KEY] = {}
    key = (id(lx), start, end, len(doc))
    if key in made:
        kept = made[key]
        return None if kept is None else _copied(kept)
    mention = _make_mention(doc, lx, start, end)
    if (
        mention is not None
        and mention.kind != "pronoun"
        and doc[end - 1].is_lower
        and mention.name.endswith(doc[end - 1].text)
        and _body_in_genitive(doc[end - 1].lower_, lx)
    ):
        # "ifølge politiets tall" read to its owner: the body is named without the ending
        mention.name = without_ending(mention.name, lx.genitive_endings)
        mention.kind = "organisation"
    if mention is not None and mention.kind != "pronoun":
        _numbered_outlet(doc, lx, mention, end)
    made[key] = None if mention is None else _copied(mention)
    return mention


def _numbered_outlet(doc: Doc, lx: Lexicon, mention: Mention, end: int) -> None:
    """An outlet whose name ends in a number, which the tokenizer keeps with the ending after
    it ("ifølge TV 2s opplysninger": "2s"; "skriver TV 2." at a sentence's end: "2."): the
    phrase read up to the name's first word, or through the number with its full stop, names
    the outlet ("TV 2"), as the list of outlets has it."""
    name = mention.name
    tail = token_texts(doc)[end] if end < len(doc) else ""
    if name.endswith(".") and name[:-1].lower() in lx.outlets:
        mention.name, mention.kind = name[:-1], "organisation"
    elif tail[:-1].isdigit() and tail[-1:] in ("s", ".") and f"{name} {tail[:-1]}".lower() in lx.outlets:
        mention.name, mention.kind = f"{name} {tail[:-1]}", "organisation"


def _make_mention(doc: Doc, lx: Lexicon, start: int, end: int) -> Mention | None:
    """A speaker ``Mention`` from the phrase ``doc[start:end]``: kind, name and title apart.

    "den russiske veteransoldaten Alexander Gorin" -> named "Alexander Gorin" with title
    "russiske veteransoldaten"; "forsker Ingrid Hovland ved NUPI" -> named "Ingrid Hovland";
    "en annen russisk soldat" -> descriptive; "Britisk etterretning" -> organisation; "de" ->
    pronoun.
    """
    lowers, texts = doc_lowers(doc), token_texts(doc)  # no Token built per test
    puncts = punct_flags(doc)
    if (
        lx.genitive_issuer
        and end < len(doc)
        and texts[end] in _CLOSE_MARKS
        and any(texts[t] in ("«", "„") for t in range(start, end))
        and not any(texts[t] in ("»", "“") for t in range(start, end))
    ):
        end += 1  # 'Телеграм-канал «Псковская губерния': the name's closing mark was left out
    while (
        end > start
        and (
            puncts[end - 1]
            or lowers[end - 1] in lx.adverbs
            or (  # "ordfører Ivan Petrenko raskt": a tagger's person name ends before it
                texts[end - 1].islower()  # spaCy's lower-case flag, without a Token
                and end - 2 >= start
                and doc[end - 2].ent_type_ in PER_LABELS
                and doc[end - 1].ent_type_ == ""
                # "Hannahs far", "Petrenko's office": a genitive's noun is the head
                and not lowers[end - 2].endswith(lx.genitive_tails)
                and lowers[end - 2] not in lx.genitive_markers
                # "the Chechen leader": the parse makes the tagged word a modifier of the noun
                and not (doc[end - 2].dep_ in lx.modifier_deps and doc[end - 2].head.i == end - 1)
                # "Офісі Генерального | прокурора": a tagged adjective qualifies the noun after
                and not capitalised_adjective(lx, texts[end - 2])
            )
        )
        and lowers[end - 1] not in lx.genitive_markers
        and lowers[end - 1] != ")"
        and not (  # 'Telegram-kanalen «Rybar»' keeps its closing mark
            texts[end - 1] in _CLOSE_MARKS
            and any(texts[t] in _OPEN_MARKS for t in range(max(start, end - 5), end - 1))
        )
    ):
        end -= 1
    while (
        end - 1 > start
        and lowers[end - 1] in lx.time_words
        and is_cap(texts[end - 1])
        and not is_cap(texts[end - 2])
    ):
        end -= 1  # "according to police Sunday": the day the report came, no part of the name
    while start < end and (
        puncts[start]
        or lowers[start] in lx.np_stop
        or lowers[start] in lx.np_link
        or lowers[start] in lx.leading_drop
        or (lowers[start] in lx.adverbs and start + 1 < end)  # "Згодом очільник ОВА"
        or (
            lowers[start] in lx.article_numerals  # "один | местный житель"
            and start + 2 < end
            and lowers[start + 1] not in lx.partitive_preps
        )
    ):
        start += 1  # "Ifølgje Vjorstka", "«Martin»", "For Hovland"
    if start >= end or lowers[start] in lx.infinitive_markers:
        return None
    for k in range(start + 2, end):
        if lowers[k] in lx.time_relation_nouns and (
            lowers[k - 1] in lx.np_stop or doc[k - 1].pos_ == "ADP"
        ):
            end = k - 1  # "Ukrainas luftforsvar | ved inngangen (til det nye året)": a time phrase
            break
    if end - start > 3 and texts[end - 1] == ")" and texts[end - 3] == "(" and doc[end - 2].like_num:
        end -= 3  # an age after the name: "Filmregissør Erik Poppe (48)"
    if end - start == 1 and lowers[start] in lx.wh_complementizers:
        return None  # a question word asks who: "- Hva svarte du?" names no speaker
    if end - start == 1 and lowers[start] in lx.elliptic_speakers:
        # "..., while another said ...": the other source, as written
        return Mention(span=doc[start:end], name=span_text(doc[start:end]), kind="descriptive")
    if end - start <= 3 and " ".join(lowers[start:end]) in lx.pair_words:
        # "both said", "sier begge": the two named together before (the resolver joins them)
        return Mention(span=doc[start:end], name=span_text(doc[start:end]), kind="descriptive")
    aged = _aged_name(doc, lx, start, end)
    if aged is not None:
        # "sier 23 år gamle Nastya": an age before a bare name makes it a person's, whatever
        # the tagger says of the name (often a place); the age is no part of the name
        return Mention(
            span=doc[start:end], name=span_text(doc[aged:end]), kind="named",
            title=span_text(doc[start:aged]), entity_type="PER",
        )
    if lx.parse_phrases and end - start >= 3 and has_model_annotation(doc, "DEP"):
        start, end = _parsed_phrase(doc, start, end)
    # a parse's subject "Ukraine Bridget Brink" after "Ambassador to": the place the role serves
    # opens it, the person's name follows
    start = _past_served_place(doc, lx, start, end)
    span = doc[start:end]
    first = lowers[start]
    # "Prosjektet «Jeg vil leve»", 'пресс-службе "Россети Центр"', 'Украинская компания
    # "Укрэнерго"': the organisation by the name its noun (and adjectives) give in quote marks
    # (adjectives before the noun only where the case system marks the phrase: ru, uk)
    open_at = next(
        (
            t
            for t in range(start + 1, min(end - 2, start + (5 if lx.genitive_issuer else 2)))
            if texts[t] in _OPEN_MARKS
        ),
        None,
    )
    if (
        open_at is not None
        and texts[end - 1] in _CLOSE_MARKS
        and _quoted_name_end(doc, open_at, end, loose=True) == end
        and (
            _suffix(lowers[open_at - 1], lx.org_suffixes)
            # a compound the tokenizer split at its hyphen is one noun ("пресс - службе")
            or (
                open_at - 3 >= start
                and texts[open_at - 2] == "-"
                and not doc[open_at - 3].whitespace_
                and _suffix(span_text(doc[open_at - 3 : open_at]).lower(), lx.org_suffixes)
            )
        )
    ):
        return Mention(
            span=span,
            name=span_text(doc[open_at + 1 : end - 1]),
            kind="organisation",
            title=span_text(doc[start:open_at]),
            entity_type="ORG",
        )
    latin = _latin_name_after_body_noun(doc, lx, start, end)
    if latin is not None:
        # "Німецька компанія Diehl", "видання Kotaku": a foreign body's name in Latin letters
        # after the noun (and adjectives) saying what it is; the name, as in quote marks
        return Mention(
            span=span, name=span_text(doc[latin:end]), kind="organisation",
            title=span_text(doc[start:latin]), entity_type="ORG",
        )
    if end - start == 1 and first in lx.pronouns:
        return Mention(span=span, name=span_text(span), kind="pronoun")
    if lx.genitive_issuer and any(
        texts[t] in _OPEN_MARKS
        and texts[t + 2] in _CLOSE_MARKS
        and doc[t + 1].is_lower
        and lowers[t + 1] in lx.titles
        for t in range(start, end - 2)
    ):
        # 'Окупаційний «голова» Криму': a title in scare quotes with the place it claims; the
        # description as written, never the place
        return Mention(span=span, name=span_text(span), kind="descriptive")
    if first in lx.source_noun_forms and end - start >= 2:
        # "источника ASTRA", "співрозмовник LB.ua": an anonymous source, described by the
        # outlet it spoke to; the outlet does not speak
        return Mention(span=span, name=span_text(span), kind="descriptive")
    # a body the lexicon knows, whatever the tagger says ("sa flyvåpenet" read as ADJ)
    # or a person ("Tiltalte hevder", "Overlevende forteller": adjectives used as nouns)
    known_body = (
        end - start == 1
        and doc[start].is_alpha
        and (_suffix(first, lx.org_suffixes) or first in lx.person_adjectives)
    )
    if (
        end - start == 1
        and doc[start].pos_ in _NOT_NAMES_POS
        and (doc[start].ent_type_ == "" or lowers[start] in lower_forms(doc))
        and not known_body
        # '"...," says X.': a capitalised word inside the sentence that the text never
        # writes in lower case is a name, whatever tag the tagger gives it (here ADJ)
        and not (
            is_cap(texts[start])
            and doc[start].is_alpha
            and not doc[start].is_sent_start
            and lowers[start] not in lower_forms(doc)
        )
    ):
        return None  # a tagger's adverb or adjective opening a sentence: "Derimot", "Neste"
    if end - start == 1 and first in lx.person_adjectives:
        # "Tiltalte hevder": a description, capitalised only as the sentence opens
        return Mention(span=span, name=span_text(span), kind="descriptive")
    if not known_body and all(
        doc[t].pos_ in _NOT_NAMES_POS and doc[t].ent_type_ == "" and not is_cap(texts[t])
        for t in range(start, end)
    ):
        return None  # "svarte villig vekk": the tagger finds no noun, so no one is named
    if end - start >= 3 and affiliation(doc, lx, start, end):
        # "SVs Bjørn Jacobsen", "Høyres Erna Solberg": the party in the genitive says where
        # the person belongs; the name is the person's
        return Mention(
            span=span, name=span_text(doc[start + 1 : end]), kind="named", title=texts[start],
            entity_type="PER",
        )
    if (
        lx.genitive_issuer
        and end - start == 2
        and doc[start].is_lower
        and _suffix(first, lx.org_suffixes)
        and is_cap(texts[start + 1])
        and doc[start + 1].ent_type_ in _PLACE_LABELS
    ):
        # "повідомила поліція Києва", "полиция Москвы": the place in the genitive says whose
        # body it is; the body speaks, never the place (ru, uk)
        return Mention(span=span, name=span_text(span), kind="organisation", entity_type="ORG")
    named = _trailing_name(doc, lx, start, end)
    if named is not None:
        # "førsteamanuensis ved Høyskolen Faltin Karlsen", "Venstre-politiker Abid Q. Raja":
        # the role in front is the title, the name at the end is who speaks
        if texts[named - 1] == ",":  # an apposition keeps its role as written
            title = span_text(doc[start : named - 1])
        else:  # "den russiske veteransoldaten Alexander Gorin": the role without its article
            title = "".join(
                t.text_with_ws
                for t in doc[start:named]
                if t.lower_ not in lx.determiners and t.text not in _OPEN_MARKS
            ).strip()
        return Mention(
            span=span, name=span_text(doc[named:end]), kind="named", title=title or None,
            entity_type="PER",
        )
    if end - start == 1 and (
        first in lx.placeholders or first in lx.determiners or first in lx.complementizers
    ):
        return None
    # the head part, before a preposition or parenthesis ("En kilde | i den ukrainske ...")
    main = end
    for k in range(start + 1, end):
        low = lowers[k]
        if texts[k] in _OPEN_MARKS and _quoted_name_end(doc, k, end) is not None:
            continue
        if texts[k] in _CLOSE_MARKS and k > start and is_cap(texts[k - 1]):
            continue
        if low == "." and is_title(lowers[k - 1] + ".", lx):
            continue
        if _coordinated_modifier(doc, lx, k, end):
            continue  # "Iraqi and U.S. officials": the head comes after both modifiers
        if (
            low in lx.np_link
            or low in lx.np_stop
            or (puncts[k] and not genitive_mark(doc, lx, k) and low != "-" and not adjective_comma(doc[k]))
        ):
            main = k
            break
    label = ent_label(
        doc, main - 1, main
    )  # the head's: "a senior U.S. defense official" is a person
    if label and lx.name_deps and doc[start].ent_iob_ == "I" and has_model_annotation(doc, "DEP"):
        # an entity running in from before the phrase the parse bounds ("the Council on
        # American-Islamic Relations Alia Salem" as one LOC): its label is not this name's
        label = None
    k = main
    while k > start:
        tok = doc[k - 1]
        if (
            tok.lower_ in lx.object_pronouns or tok.lower_ in lx.pronouns
        ) and tok.lower_ not in lx.name_particles:
            break  # "Ukrainian officials I have spoken to": "I" is no name
        if (
            is_cap(tok.text)
            or (particle_name(tok.text) and k - 1 > start and is_cap(texts[k - 2]))
            or (tok.lower_ in lx.name_particles and k < main and k - 1 > start)
            or (tok.text == "-" and k < main)
        ):
            k -= 1
            continue
        if tok.text == "." and k - 1 > start and is_title(lowers[k - 2] + ".", lx):
            k -= 1
            continue
        if tok.text in _OPEN_MARKS or tok.text in _CLOSE_MARKS:
            k -= 1
            continue
        break
    while k < main and (texts[k] in _OPEN_MARKS or texts[k] in _CLOSE_MARKS):
        k += 1
    while main > k and texts[main - 1] in _CLOSE_MARKS:
        main -= 1
    run_start = k
    person_after_org = False
    for t in range(k, main):
        low = lowers[t]
        abbrev_stop = low == "." and t > k and is_title(lowers[t - 1] + ".", lx)
        lone_det = low in lx.determiners and not is_cap(texts[t + 1] if t + 1 < main else "")
        # a capitalised role noun opening the phrase: "Dockworker Andrii Polishchuk",
        # "Statsselskapet Ukrenergo"
        role = (
            t == start
            and main - t >= 2
            and (
                _suffix(low, lx.person_suffixes)
                or low in lx.kin_nouns
                or _suffix(low, lx.org_suffixes)
                or (doc[t].is_sent_start and low in lower_forms(doc))  # "Trener Brakstad"
            )
            and (not puncts[t + 1] or texts[t + 1] in _OPEN_MARKS)
            # "Міноборони Росії", "Минобороны РФ": a body's short name with its country in the
            # genitive is the body's whole name (ru, uk), not a description before a name
            and not (
                lx.genitive_issuer
                and _suffix(low, lx.org_suffixes)
                and main - t == 2
                and doc[t + 1].ent_type_ in ("GPE", "LOC")
            )
            # "Генштаб ВСУ", "Генштабу ЗСУ": a body's short name with the forces' acronym
            and not (
                main - t == 2
                and texts[t + 1].isupper()
                and texts[t + 1].isalpha()
                and _short_form_of_body(low, lx)
            )
        )
        # "Голова Запорізької ОВА Іван Федоренко", "речник угруповання «Схід» Віктор Литвин":
        # an organisation's acronym or quoted name inside the role, a person's name after it
        inner_org = (
            run_start <= t < main - 2
            and (
                texts[t] in _CLOSE_MARKS
                or (texts[t].isupper() and len(texts[t]) >= 2)
                or (doc[t].ent_type_ in ("GPE", "LOC") and doc[t + 1].ent_type_ in PER_LABELS)
            )
            and all(is_name_token(doc, lx, r) and not texts[r].isupper() for r in range(t + 1, main))
        ) or _acronym_then_surname(doc, lx, t, run_start, main)
        # "the General Staff", "the Interior Ministry": a title word in a body's capitalised
        # name is no person's title
        in_body_name = _suffix(lowers[main - 1], lx.org_suffixes) and all(
            is_cap(texts[r]) for r in range(t, main)
        )
        if abbrev_stop or ((is_title(low, lx) or role) and not in_body_name) or lone_det or inner_org:
            run_start = t + 1
            person_after_org = inner_org
    while run_start < main - 1 and texts[run_start] in _OPEN_MARKS:
        run_start += 1  # 'Telegram-kanalen «Rybar»': the name inside the marks
    if run_start > start:
        run_start = _past_place_word(doc, lx, run_start, main)
    head = lowers[main - 1]
    if (
        main - start >= 2
        and lowers[start] in lx.residents
        # "Мешканка Антонівки Галина": a name after the place is who speaks
        and first_name_gender(texts[main - 1]) is None
        and not (lx.may_be_first_name is not None and lx.may_be_first_name(texts[main - 1]))
        and doc[main - 1].ent_type_ not in PER_LABELS
    ):
        # "Жители Татарстана", "мешканці Харкова": people of a place, named by the noun that
        # opens the phrase (ru, uk put the place after it in the genitive), never the place
        return Mention(span=span, name=span_text(span), kind="descriptive")
    outlet = span_text(span).lower() in lx.outlets or span_text(doc[start:main]).lower() in lx.outlets
    org_head = outlet or (_suffix(head, lx.org_suffixes) and not _suffix(head, lx.person_suffixes))
    if (
        lx.genitive_issuer
        and main - start >= 2
        and _suffix(first, lx.org_suffixes)
        and not _suffix(first, lx.person_suffixes)
        and all(doc[r].is_alpha for r in range(start + 1, main))
        and (
            all(doc[r].is_lower for r in range(start + 1, main))
            # "Офіс Генерального прокурора", "Офис Верховного комиссара": a capitalised
            # adjective inside the genitive words, their head noun in lower case; "поліція
            # Сумської області", "прокуратура Харківської області" with the body's head in
            # lower case too
            or (
                main - start >= 3
                and doc[main - 1].is_lower
                and (
                    is_cap(texts[start])
                    # after a body's head a capitalised word of adjective form is the place's
                    # adjective, not a surname ("Сумської" before "області")
                    or (
                        is_cap(texts[main - 2])
                        and not texts[main - 2].isupper()
                        and lx.may_be_attribute is not None
                        and lx.may_be_attribute(lowers[main - 2])
                    )
                )
            )
        )
    ):
        # "Офіс генпрокурора", "Міністерство оборони": ru and uk put a body's head noun first
        # and its genitive words after it; the body is named, not described
        org_head = True
    if (
        lx.genitive_issuer
        and lx.may_be_attribute is not None
        and start + 1 < run_start < main
        and label in ORG_LABELS
        and label not in PER_LABELS
        and not outlet
        and (_suffix(lowers[run_start - 1], lx.person_suffixes) or is_title(lowers[run_start - 1], lx))
        and not _suffix(lowers[run_start - 1], lx.org_suffixes)
        and all(lx.may_be_attribute(lowers[t]) for t in range(start, run_start - 1))
        and not _first_and_surname(doc, run_start, main)
    ):
        # "Генеральный директор МАГАТЭ": adjectives, a person's role and the body it serves in
        # the genitive (ru, uk) are that person, described, never the body
        return Mention(span=span, name=span_text(span), kind="descriptive")
    if label in ORG_LABELS and label not in PER_LABELS:
        org_head = True
        if (
            # "forteller moren Alona", "sier sjåføren Petro": a person noun right before one
            # capitalised word says a person is named, whatever the tagger's ORG says
            run_start == start + 1
            and main - run_start == 1
            # (where a genitive body follows a role, "голова Укренерго", only family nouns)
            and (
                lowers[start] in lx.kin_nouns
                or (_suffix(lowers[start], lx.person_suffixes) and not lx.genitive_issuer)
            )
            and not _suffix(lowers[start], lx.org_suffixes)
            and not outlet
        ):
            org_head, label = False, "PER"
    if (
        org_head
        and not outlet
        and label in ORG_LABELS
        and not _suffix(head, lx.org_suffixes)
        and _first_and_surname(doc, run_start, main)
    ):
        # "Vitaliy Moroz walked us through the ruins" tagged a place: a known first name and a
        # capitalised surname after it name a person, whatever the tagger's label says
        org_head, label = False, "PER"
    if run_start < main and _body_of_country(doc, lx, start, run_start, main):
        # "Генеральний штаб Збройних сил України", "Министерство обороны России": the body
        # with its genitive words is the name, not the country ending it (ru/uk)
        name_end = main
        if main < end and lowers[main] in lx.body_links:
            # "Державна служба України | з надзвичайних ситуацій": a linking preposition
            # carries the name on past the country
            name_end = max(main, body_tail(doc, lx, main - 1, end))
        return Mention(
            span=span, name=span_text(doc[start:name_end]), kind="organisation", entity_type="ORG"
        )
    if run_start < main and not org_head:
        name_span = doc[run_start:main]
        # a word the text also writes in lower case is no name for opening a sentence, whatever
        # a tagger's entity label says ("Derimot meiner han", "Forsvareren mener")
        written_lower = head in lower_forms(doc)
        lone_opener = (
            main - run_start == 1 and name_span[0].is_sent_start and (label is None or written_lower)
        )
        # a capitalised sentence opener is a name unless it reads as a noun: "Soldaten sier",
        # "Tre av soldatene" (a phrase goes on after it)
        common = (
            _suffix(head, lx.person_suffixes)
            or head in lx.anaphors
            or main < end
            or is_plural(head, lx)  # "Soldatene forteller at ..."
            or written_lower
        )
        # "sier RV-representanten", "Venstre-politikeren": a compound whose last part is
        # written in lower case is a role noun, wherever it stands, never a name
        role_compound = main - run_start == 1 and not is_name_token(doc, lx, run_start)
        office = lowers[run_start - 1] if run_start > start else ""
        if run_start - 3 >= start and texts[run_start - 2] == "-" and not doc[run_start - 3].whitespace_:
            office = f"{lowers[run_start - 3]}-{office}"  # "прес-служба", split at its hyphen
        if office in lx.press_offices:
            # "прес-служба Міненерговугілля": the press office speaks, the body in its name
            return Mention(
                span=span, name=span_text(span), kind="organisation", entity_type="ORG"
            )
        if not (lone_opener and common) and not role_compound:
            name_text = span_text(name_span)
            if (
                name_text.isupper()
                and len(name_text) <= 6
                and label not in PER_LABELS
                and lx.genitive_issuer
                and is_title(lowers[start], lx)
                and not _suffix(lowers[start], lx.org_suffixes)
            ):
                # "радник голови ОП", "речник ГУР": a person by the role held in the body the
                # acronym names (ru, uk), never the body
                return Mention(span=span, name=span_text(span), kind="descriptive")
            if name_text.isupper() and len(name_text) <= 6 and label not in PER_LABELS:
                return Mention(
                    span=span, name=name_text, kind="organisation", entity_type=label or "ORG"
                )
            b = run_start - 1
            while b > start and texts[b] in _OPEN_MARKS:
                b -= 1
            before = lowers[b] if run_start > start else ""
            if (
                before
                and not person_after_org
                and _suffix(before, lx.org_suffixes)
                and not _suffix(before, lx.person_suffixes)
                and not is_title(before, lx)
            ):
                return Mention(
                    span=span,
                    name=name_text,
                    kind="organisation",
                    title=span_text(doc[start : b + 1]),
                    entity_type="ORG",
                )
            rest = doc[main:end]
            if joined_name(doc, lx, main, end):
                # "hevder Per Hansen og Kari Olsen at": two people named together speak
                # together; the second name is no title of the first
                name_text, rest = span_text(doc[run_start:end]), doc[end:end]
            aged = all(t.is_punct or t.like_num for t in rest)  # "(58)", ", 34"
            kept = "".join(
                t.text_with_ws
                for t in doc[start:run_start]
                if t.lower_ not in lx.determiners and t.text not in _OPEN_MARKS
            ).strip()
            title = " ".join([kept] + ([] if aged else [span_text(rest)])).strip()
            return Mention(
                span=span,
                name=name_text,
                kind="named",
                title=title or None,
                entity_type=label or "PER",
            )
    if org_head:
        lead = start
        proper = any(
            is_cap(t.text) and not (t.i == start and t.lower_ in lx.determiners)
            for t in doc[start:main]
        )
        described = lx.double_definite and first in lx.definite_determiners and not proper
        if first in lx.determiners and not outlet and lead + 1 < end and not described:
            lead += 1
        described_outlet = (
            start < run_start < main
            and span_text(doc[run_start:main]).lower() in lx.outlets
            and all(texts[t].islower() for t in range(start, run_start))
        )  # "ukrainske Suspilne": the outlet's name after words that describe it
        if described_outlet or (
            start < run_start < main
            and _suffix(lowers[run_start - 1], lx.org_suffixes)
            and not _suffix(head, lx.org_suffixes)
            # "Nyhetsbyrået AFP" opening the sentence is capitalised as any first word
            and (not is_cap(texts[run_start - 1]) or run_start - 1 == start and doc[start].is_sent_start)
        ):
            # "nyhetsbyrået AFP", "den uavhengige nettavisen Meduza": the name
            return Mention(
                span=span,
                name=span_text(doc[run_start:main]),
                kind="organisation",
                title=span_text(doc[start:run_start]),
                entity_type=label or "ORG",
            )
        if head in lx.anaphors and not outlet and not proper:
            return Mention(span=span, name=span_text(span), kind="descriptive", entity_type="ORG")
        return Mention(
            span=span, name=span_text(doc[lead:end]), kind="organisation", entity_type=label or "ORG"
        )
    if head in lx.medium_nouns:
        owner = _possessor(doc, lx, start, main - 1)
        if owner is not None:
            return owner  # "Cornyn's statement added": a document speaks for whoever issued it
    if _non_agent(head, lx):
        return None  # "studentenes frustrasjon", "undersøkelser": no one who can speak
    return Mention(span=span, name=span_text(span), kind="descriptive")


def joined_name(doc: Doc, lx: Lexicon, main: int, end: int) -> bool:
    """Whether ``doc[main:end]``, the rest of a phrase after a person's name, is an and-word
    and a second person's name of one to three capitalised words ("Per Hansen | og Kari
    Olsen"): the two are named together as one joint speaker."""
    texts = token_texts(doc)
    return (
        main + 1 < end <= main + 4
        and doc[main].lower_ in lx.and_words
        and all(is_cap(texts[t]) and texts[t].isalpha() and not texts[t].isupper() for t in range(main + 1, end))
        and (doc[end - 1].ent_type_ in PER_LABELS or first_name_gender(texts[main + 1]) is not None)
    )


#: the parse's labels for a verb's subject, active and passive (UD, as the en models give)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def _first_and_surname(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is two or three capitalised words opening with a first name the
    shared list knows ("Vitaliy Moroz", "Iryna Koval"): a person's name, even where a
    tagger labels it a place or a body. A last word that is a first name too ("Karim Yusuf",
    many surnames are) counts only where the parse makes the name a verb's subject: two
    first names in a row are otherwise as likely a list."""
    texts = token_texts(doc)
    return (
        2 <= end - start <= 3
        and all(is_cap(texts[t]) and texts[t].isalpha() and not texts[t].isupper() for t in range(start, end))
        and first_name_gender(texts[start]) is not None
        and (first_name_gender(texts[end - 1]) is None or doc[end - 1].dep_ in _SUBJECT_DEPS)
    )


def attributes_then_body(doc: Doc, lx: Lexicon, start: int, end: int) -> bool:
    """Whether lower-case adjectives from ``start`` lead to a body's noun before ``end`` ("в
    повітряному командуванні", "в оборонном ведомстве"): a body spelt out in the locative
    speaks as one named with capitals does. False without a morphology that reads adjectives."""
    if lx.may_be_attribute is None:
        return False
    head = start
    while head < end and head - start < 3 and lx.may_be_attribute(doc[head].text):
        head += 1
    return start < head < end and has_suffix(doc[head].lower_, lx.org_suffixes)


def _acronym_then_surname(doc: Doc, lx: Lexicon, t: int, run_start: int, main: int) -> bool:
    """ "начальник ОВА Запаранюк": a role, a body's acronym and one word the dictionary knows
    as a surname end the phrase; the surname alone is the person (two name words after the
    acronym are read by the caller already)."""
    return (
        lx.may_be_surname is not None
        and t == main - 2
        and t > run_start - 1
        and any(is_title(doc[r].lower_, lx) for r in range(max(0, run_start - 3), t))
        and doc[t].text.isupper()
        and len(doc[t].text) >= 2
        and doc[t].is_alpha
        and lx.may_be_surname(doc[t + 1].text)
    )


def _short_form_of_body(low: str, lx: Lexicon) -> bool:
    """Whether lower-case ``low`` is a body's short name in some case ("генштаба",
    "міноборони"): a listed short form with at most two letters of ending after it."""
    return any(low.startswith(short) and len(low) - len(short) <= 2 for short in lx.body_short_forms)


def _body_of_country(doc: Doc, lx: Lexicon, start: int, run_start: int, main: int) -> bool:
    """Whether ``doc[start:main]`` is a body named by its capitalised body word (or the
    adjective before it) and genitive words, the last of them a capitalised place or force
    and no person ("Генеральний штаб Збройних сил України", "Служба безпеки України").
    Only where the case system marks the phrase (``genitive_issuer``: ru, uk)."""
    if not lx.genitive_issuer or run_start <= start + 1:
        return False
    if not is_cap(doc[start].text):
        # "пресслужбі | Національної поліції України", "пресс-службе | Министерства обороны
        # России": a lower-case body noun of the body named after it
        head = start + 2 if doc[start + 1].text == "-" and not doc[start].whitespace_ else start
        return (
            head + 1 < run_start
            and _suffix(doc[head].lower_, lx.org_suffixes)
            and not _suffix(doc[head].lower_, lx.person_suffixes)
            and is_cap(doc[head + 1].text)
            and all(
                doc[t].is_alpha and doc[t].ent_type_ not in PER_LABELS for t in range(head, main)
            )
        )
    body = _suffix(doc[start].lower_, lx.org_suffixes) or (
        lx.may_be_attribute is not None
        and lx.may_be_attribute(doc[start].lower_)
        and _suffix(doc[start + 1].lower_, lx.org_suffixes)
    )
    if not body:
        return False
    return all(
        doc[t].is_alpha and doc[t].ent_type_ not in PER_LABELS for t in range(start, main)
    )


def _possessor(doc: Doc, lx: Lexicon, start: int, head: int) -> Mention | None:
    """The owner of a document named with a genitive ("Cornyn's statement", "Kremls
    uttalelse"), as a mention of its own; None when there is none."""
    for t in range(head - 1, start - 1, -1):
        text = doc[t].text
        if text in lx.genitive_markers and t > start and is_cap(doc[t - 1].text):
            owner = make_mention(doc, lx, start, t)
            if owner is not None:
                owner.span = doc[start : head + 1]  # read again, the phrase gives the owner again
            return owner
        if (
            t == head - 1
            and is_cap(text)
            and lx.genitive_suffix
            and text.endswith(lx.genitive_suffix)
            and len(text) > len(lx.genitive_suffix) + 2
        ):
            owner = make_mention(doc, lx, start, t + 1)
            if owner is not None and owner.kind in ("named", "organisation"):
                owner.name = owner.name[: -len(lx.genitive_suffix)]
                owner.span = doc[start : head + 1]
                return owner
    return None


def _non_agent(head: str, lx: Lexicon) -> bool:
    """A head noun that names a thing, not someone who speaks: an abstract noun by its ending
    ("frustrasjon", "avgjørelse", "situation"), unless it heads a person or organisation."""
    if head in lx.non_agents:
        return True
    return (
        bool(lx.non_agent_suffixes)
        and head.endswith(lx.non_agent_suffixes)
        and not _suffix(head, lx.person_suffixes)
        and not _suffix(head, lx.org_suffixes)
        and head not in lx.anaphors
        and not is_title(head, lx)
    )


def genitive_name(doc: Doc, name) -> bool:
    """A name in the genitive before a noun ("Hamsuns forunderlige univers", "Putins tale"):
    it names whose thing, not someone who speaks."""
    last = doc[name.end - 1].text
    nxt = doc[name.end] if name.end < len(doc) else None
    return last.endswith("s") and nxt is not None and nxt.is_alpha and nxt.text.islower()


def is_name_token(doc: Doc, lx: Lexicon, k: int) -> bool:
    """A token that can stand inside a person's name: capitalised, an initial ("Q."), or a
    name particle ("von")."""
    text = doc[k].text
    if text == "." and k > 0 and len(doc[k - 1].text) == 1 and doc[k - 1].text.isupper():
        return True  # the full stop of an initial: "Abid Q. Raja"
    if "-" in text and not is_cap(text.rsplit("-", 1)[1]):
        return False  # "Venstre-politiker", "Kreml-talsmann": a role, not a name
    if text.endswith(".") and (len(text) > 3 or is_title(doc[k].lower_, lx)):
        return False  # "Gov.", "Lt.": a title's abbreviation; an initial is short ("Q.")
    if particle_name(text):
        return True  # a particle joined to the name: "Salem Muftah al-Refaidy"
    return (
        is_cap(text)
        and (doc[k].is_alpha or text.rstrip(".").isalpha() or "-" in text or _apostrophe_name(text))
    ) or (doc[k].lower_ in lx.name_particles)


def _apostrophe_name(text: str) -> bool:
    """A surname with an apostrophe between letters ("O'Brien", "О'Райлі"), which is no
    alphabetic token for the tokenizer but a name like any other."""
    parts = text.replace("’", "'").replace("ʼ", "'").split("'")
    return len(parts) == 2 and all(part.isalpha() for part in parts)


def _past_place_word(doc: Doc, lx: Lexicon, k: int, end: int) -> int:
    """Where a person's name starts in the capitalised run ``doc[k:end]`` when its first word
    is neither a first name nor a surname and a first name follows ("Мешканка | Краматорська
    Ірина Бондар": the place in the genitive, then the name). Needs the first-name and
    surname tests of the language's morphology (ru, uk); ``k`` elsewhere."""
    if (
        lx.may_be_first_name is not None
        and lx.may_be_surname is not None
        and end - k >= 3
        and not lx.may_be_first_name(doc[k].text)
        and not lx.may_be_surname(doc[k].text)
        and lx.may_be_first_name(doc[k + 1].text)
    ):
        return k + 1
    return k


def surname_after_role_place(doc: Doc, lx: Lexicon, k: int, end: int) -> bool:
    """Whether the capitalised pair ``doc[k:end]`` is the place a role just before heads, in
    the genitive, and the holder's surname ("голова Харкова | Терехов", "мэр Москвы |
    Собянин"): the place ends the title, the surname alone names the person, never "Харків
    Терехов". Needs the surname test of the language's morphology (ru, uk)."""
    return (
        lx.genitive_issuer
        and lx.may_be_surname is not None
        and end - k == 2
        and k >= 1
        and _role_word(doc[k - 1].lower_, lx)
        and doc[k].ent_type_ in _PLACE_LABELS
        and doc[k + 1].ent_type_ not in _PLACE_LABELS
        and is_cap(doc[k + 1].text)
        and lx.may_be_surname(doc[k + 1].text)
    )


def _past_served_place(doc: Doc, lx: Lexicon, k: int, end: int) -> int:
    """Where a person's name starts in the capitalised run ``doc[k:end]`` when the run opens
    with the place a role just before serves and a known first name follows ("US Ambassador
    to Ukraine | Bridget Brink", "Humanitarian Coordinator in Sudan | Clementine
    Nkweta-Salami"): the place ends the title, the person holds it; ``k`` otherwise."""
    texts = token_texts(doc)
    return (
        k + 1
        if (
            end - k >= 3
            and k >= 2
            and (doc[k - 1].lower_ in lx.role_links or doc[k - 1].lower_ in lx.place_preps)
            and (doc[k].ent_type_ in _PLACE_LABELS or doc[k].ent_type_ == "")
            and first_name_gender(texts[k]) is None
            and first_name_gender(texts[k + 1]) is not None
            and any(_role_word(doc[t].lower_, lx) for t in range(max(0, k - 4), k - 1))
        )
        else k
    )


def served_by_role(doc: Doc, lx: Lexicon, start: int, name: int) -> bool:
    """Whether the name opening at ``name`` follows a role and its link inside the phrase from
    ``start`` ("Russia's ambassador to | the United Nations", "an adviser to | President X"):
    the name is whom the role serves, not who holds it, so the phrase names its holder by
    the description alone."""
    link = name - 1
    # "an adviser to | President X", "en rådgiver for | president X": the name's own title
    # and article stand between the link and the name
    while link > start and (doc[link].lower_ in lx.determiners or (doc[link].is_lower and is_title(doc[link].lower_, lx))):
        link -= 1
    if link <= start:
        return False
    if doc[link].lower_ in lx.proxy_links and doc[link - 1].lower_ in lx.proxy_roles:
        return True  # "a lawyer for | Tom Ward", "relatives of | Anna K": who they speak for
    return doc[link].lower_ in lx.role_links and _role_word(doc[link - 1].lower_, lx)


def _trailing_name(doc: Doc, lx: Lexicon, start: int, end: int) -> int | None:
    """Where the person's name ends a phrase that opens with a role: the start of "Faltin
    Karlsen" in "førsteamanuensis ved Norges Informasjonstekniske Høyskole Faltin Karlsen" or
    "Abid Q. Raja" in "Venstre-politiker Abid Q. Raja". An organisation's name inside the role
    ("... Høyskole") stays in the title: the name starts after the last organisation word or
    entity. None when the phrase is no role followed by a name of two words or more."""
    lowers = doc_lowers(doc)
    texts = token_texts(doc)
    puncts = punct_flags(doc)
    if end - start < 3:
        return None
    k = end
    # a word outside the person the NER finds right after it ("Mamma Therese Moe")
    person_after = doc[start + 1].ent_type_ in PER_LABELS and doc[start].ent_type_ not in PER_LABELS
    # ... that is no first name itself, before a known one, is a role the sentence opens with
    # whatever the lexicon lists ("Filmregissør Erik Poppe"); a first name the table does not
    # know ("Jan Erik Vold") is inside the person
    before_first_name = (
        # or the tagger takes the role into the person: "Offiserspsykolog Jana Godojchuk"
        (person_after or _role_word(lowers[start], lx))
        and first_name_gender(texts[start + 1]) is not None
        and first_name_gender(texts[start]) is None
    )
    while k > start and (
        is_name_token(doc, lx, k - 1)
        # a hyphen the tokenizer split out of a name: "Mohamed El-Hassan Mohamed"
        or (
            texts[k - 1] == "-"
            and not doc[k - 1].whitespace_
            and k - 2 > start
            and not doc[k - 2].whitespace_
            and is_name_token(doc, lx, k - 2)
        )
    ):
        k -= 1
    if k == start:
        # "Jyllands-Posten Jon Helt Haarder": an outlet or organisation opening the phrase, or a
        # noun the tagger reads before a person's name (titles are read by make_mention itself)
        first = doc[start]
        if not is_title(first.lower_, lx) and (
            first.lower_ in lx.outlets
            or first.ent_type_ in ORG_LABELS
            or _suffix(first.lower_, lx.person_suffixes)  # "Mamma Therese Moe"
            or (first.pos_ == "NOUN" and person_after)
            or before_first_name
        ):
            k = start + 1
        else:
            return None
    if end - k < 2 or (puncts[k - 1] and texts[k - 1] not in ("-", ",")):
        return None
    if k - 2 >= start and lowers[k - 1] in lx.and_words and joined_name(doc, lx, k - 1, end):
        return None  # "Ola Nordmann og Kari Berg": two people together, no role and a name
    k = _past_served_place(doc, lx, k, end)
    if (
        k - 2 >= start
        and lowers[k - 1] in lx.np_link
        and is_cap(texts[k - 2])
        and not any(doc[t].ent_type_ in PER_LABELS or first_name_gender(texts[t]) for t in range(k, end))
    ):
        return None  # "the Office for the Coordination of | Humanitarian Affairs": one body's name
    if served_by_role(doc, lx, start, k):
        return None  # "Russia's ambassador to the United Nations": the name is whom the role serves
    if end - k >= 3 and lowers[k - 1] in lx.place_preps:
        k += 1  # "leder i Bergen Kari Nordby": the place after its preposition, then the name
    # a person's role before the capitalised words says they name a person, whatever a
    # tagger's entity labels say ("curator Elaine Gustafon" read as ORG)
    person_role = any(_role_word(lowers[t], lx) for t in range(start, k))
    if surname_after_role_place(doc, lx, k, end):
        return k + 1  # "голова Харкова | Терехов": the surname alone, the place in the title
    if doc[end - 1].ent_type_ in PER_LABELS:
        # a tagger's person name ends the phrase: it bounds the name ("... Relations Alia Salem")
        first_per = end - 1
        while first_per > k and doc[first_per].ent_iob_ == "I" and doc[first_per - 1].ent_type_ in PER_LABELS:
            first_per -= 1
        k = max(k, first_per)
    k = _past_place_word(doc, lx, k, end)
    for j in range(end - 1, k - 1, -1):
        text = texts[j]
        if (
            (doc[j].ent_type_ in ORG_LABELS and not person_role)
            or _suffix(lowers[j], lx.org_suffixes)
            or lowers[j] in lx.outlets
            # an acronym ("NRK Super", "FN"), not an initial ("Knut S. Vikør")
            or (text.isupper() and len(text.rstrip(".")) >= 2)
        ):
            k = j + 1  # the organisation ends the role: "... Høyskole | Faltin Karlsen"
            break
    if end - k < 2 or (doc[end - 1].ent_type_ in ORG_LABELS and not person_role):
        return None
    names = span_text(doc[k:end]).lower()
    if names in lx.outlets or names in lx.platforms or lowers[k] in lx.name_particles:
        return None
    if all(doc[t].ent_type_ in _PLACE_LABELS for t in range(k, end)) and (
        any(doc[t].ent_type_ in PER_LABELS for t in range(start, k))
        # "Министерства здравоохранения | Российской Федерации": a body's words and the
        # country it belongs to, no person (ru, uk)
        or (lx.genitive_issuer and _suffix(lowers[start], lx.org_suffixes))
    ):
        # "Guvernør Serhiy Zhyvytskiy i Sumy Oblast": the person named before the place speaks
        return None
    if all(doc[t].ent_type_ in _PLACE_LABELS for t in range(k, end)) and any(
        lowers[t] in lx.relatives for t in range(start, k)
    ):
        # "Leaders of the movement which controls the Gaza Strip": the place is what the
        # relative clause speaks of, no person's name
        return None
    if all(is_title(lowers[t], lx) for t in range(k, end)):
        return None  # "a spokesman for the Prime Minister": capitalised titles, no name
    head = start
    while head < k and lowers[head] in lx.determiners:
        head += 1  # "A spokesman for President X": the role after its article
    if (
        k - head >= 3
        and _role_word(lowers[head], lx)
        and is_title(lowers[k - 1], lx)
        and any(
            lowers[t] in lx.np_link or lowers[t] in lx.role_links
            for t in range(head + 1, k - 1)
        )
    ):
        # "Talsperson for Russlands president Vladimir Putin": the name has its own title
        # inside the phrase after the preposition; the phrase's head is the first role
        return None
    # the role: a lower-case content word, or a capitalised role word opening the phrase
    # ("Stortingsrepresentant", "Doktorgradskandidat i sosiologi")
    if not (before_first_name and k == start + 1) and not any(
        _role_word(lowers[t], lx) or _content_word(doc, lx, t)
        for t in range(start, k)
    ):
        return None
    return k


def _content_word(doc: Doc, lx: Lexicon, t: int) -> bool:
    """A lower-case word that can be part of a role ("forsvarere", "sosiologi"): not a
    function word of the lexicon, not a verb where a tagger says so."""
    tok = doc[t]
    low = tok.lower_
    if tok.pos_ == "NOUN":
        return True  # a tagger's common noun, capitalised or not ("Stortingsrepresentant")
    last = tok.text.rsplit("-", 1)[-1]
    if "-" in tok.text and last.isalpha() and last.islower():
        return True  # "Venstre-politiker": a compound role
    if not tok.is_alpha or not tok.text.islower() or tok.pos_ in ("VERB", "AUX", "ADP", "PRON"):
        return False
    return not (
        low in lx.np_stop or low in lx.np_link or low in lx.determiners or low in lx.adverbs
        or low in lx.complementizers or low in lx.conjunctions or low in lx.cue_verbs
        or low in lx.placeholders or low in lx.pronouns or low in lx.indefinite
        or low in lx.time_words
    )


def _role_word(low: str, lx: Lexicon) -> bool:
    """A word that names what a person is: a title, a person noun, a compound of either."""
    last = low.rsplit("-", 1)[-1]
    return (
        is_title(low, lx)
        or _suffix(low, lx.person_suffixes)
        or is_title(last, lx)
        or _suffix(last, lx.person_suffixes)
    )


def is_role_word(low: str, lx: Lexicon) -> bool:
    """A word that names what a person is (``_role_word``), for the quote readers: where a
    speaker's phrase starts after other words ("розповідає про хату | жителька Ізюма")."""
    return _role_word(low, lx)


#: parts of speech that head a speaker phrase in a parse
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _parsed_phrase(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """With a parser, the noun phrase a rule-read phrase really is: the subtree of its highest
    noun or name, inside the rule's bounds ("Fleire medlemmer i kommunestyret | har",
    "Ringstad | då ho"). The rule's bounds stand when the parse offers no such head."""
    head = None
    for token in doc[start:end]:
        if token.pos_ not in _NOMINAL_POS:
            continue
        # the highest nominal: its head lies outside the phrase or is no nominal of it
        if not (start <= token.head.i < end) or token.head.i == token.i:
            head = token
            break
        if head is None:
            head = token
    if head is None:
        return start, end
    # climb to the top nominal inside the phrase ("forsker | Ingrid Hovland")
    while start <= head.head.i < end and head.head.i != head.i and head.head.pos_ in _NOMINAL_POS:
        head = head.head
    left = max(start, head.left_edge.i)
    right = min(end, head.right_edge.i + 1)
    while right < end and doc[right].pos_ == "PROPN":
        right += 1  # a name after its title stays: "kommunalminister | Liv Signe Navarsete"
    if left > start and doc[left - 1].pos_ == "ADP" and left - 1 > start:
        return start, right  # a partitive keeps its quantifier: "en av | innbyggerne"
    if right - left < 1 or (left, right) == (start, end):
        return start, end
    return left, right


def affiliation(doc: Doc, lx: Lexicon, start: int, end: int) -> bool:
    """Whether ``doc[start]`` is a body in the genitive in front of a person's name ("SVs",
    "KrFs", "Høyres" before "Erna Solberg"): a capitalised word with the genitive ending,
    then two or more capitalised words that the tagger calls a person, or, untagged, after
    an acronym ("SVs", "Frps": a party or body, never a first name)."""
    word = doc[start].text
    ending = next((e for e in lx.genitive_endings if word.endswith(e)), None)
    if ending is None or not is_cap(word) or not all(is_cap(t.text) for t in doc[start + 1 : end]):
        return False
    stem = word[: -len(ending)]
    if len(stem) < 2:
        return False
    if doc[start].ent_type_ in PER_LABELS:
        return False  # "Hannahs" in "Hannahs Far": a person's genitive, not a body's
    if all(t.ent_type_ in PER_LABELS for t in doc[start + 1 : end]):
        return True
    return sum(ch.isupper() for ch in stem) >= 2 or len(stem) <= 3


def without_ending(name: str, endings: tuple[str, ...]) -> str:
    """``name`` with the genitive ending of its last word taken off ("Forsvarsdepartementets"
    -> "Forsvarsdepartementet", "FNs" -> "FN"); unchanged when none fits."""
    for ending in endings:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[: -len(ending)]
    return name


def document_issuer(doc: Doc, lx: Lexicon, m: Mention | None) -> Mention | None:
    """Who issued the document a speaker phrase names: "A report published by Amnesty
    International" -> Amnesty International, "A statement from the ministry" -> the ministry
    (the guide: a document is never the speaker, whoever issued it is). None when the phrase
    names no document or no issuer right after it ("a letter seen by Sky News" names only who
    saw it)."""
    if m is None or m.span is None or m.kind != "descriptive" or not lx.documents:
        return None
    return issuer_in_span(doc, lx, m.span.start, m.span.end, m.span.end)


def issuer_in_span(doc: Doc, lx: Lexicon, start: int, end: int, head_limit: int) -> Mention | None:
    """The issuer after the first document noun among ``doc[start:head_limit]``, read up to
    ``end`` ("report | published by | Amnesty International", "reports | from | the aid
    group"): None when that noun has no issuer right after it, or no document noun is there.
    One reader for speakers and figure claimants, so both name the same issuer."""
    for t in range(start, min(end, head_limit)):
        if doc[t].lower_ not in lx.documents:
            continue
        j = t + 1
        while j < end and doc[j].lower_ in lx.issue_participles:
            j += 1
        if j + 1 < end and doc[j].lower_ in lx.document_preps:
            return make_mention(doc, lx, j + 1, end)
        return None
    return None


def document_owner(doc: Doc, lx: Lexicon, start: int, noun: int) -> tuple[int, int] | None:
    """The body whose document the noun at ``noun`` names, written before it in the phrase
    that opens at ``start``: in the genitive with a common noun ("the regional
    administration's morning update") or as the first part of a compound ("the city council
    report", "the General Staff update"). The guide wants the agent, never the document.
    ``None`` when the words before name no body ("the latest report", "a new study")."""
    end = noun
    while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].lower_ in lx.time_words:
        end -= 1  # "the General Staff | morning | update"
    genitive = end - 1 > start and doc[end - 1].text in lx.genitive_markers
    if genitive:
        end -= 1
    first = start
    while first < end and doc[first].lower_ in lx.determiners:
        first += 1
    if first >= end or any(doc[t].is_punct or doc[t].is_space for t in range(first, end)):
        return None
    head = doc[end - 1]
    if is_cap(head.text):
        # "the General Staff update", "latest UN figures": the name ending before the noun
        first = end - 1
        while first > start and is_cap(doc[first - 1].text) and doc[first - 1].lower_ not in lx.determiners:
            first -= 1
        return (first, end) if head.pos_ not in ("ADJ", "VERB") else None
    if genitive and is_title(head.lower_, lx):
        return first, end  # "the governor's message": a role's holder owns what they post
    return (first, end) if has_suffix(head.lower_, lx.org_suffixes) or _body_in_genitive(head.lower_, lx) else None


def _body_in_genitive(low: str, lx: Lexicon) -> bool:
    """A body's common noun in the genitive ("politiets", "departementets"): the owner of
    what follows it ("politiets tall" are the police's figures)."""
    return (
        low.endswith(lx.genitive_tails)
        and not has_suffix(low, lx.org_suffixes)
        and has_suffix(without_ending(low, lx.genitive_endings), lx.org_suffixes)
    )


def mention_class(lx: Lexicon, m: Mention) -> tuple[str, str]:
    """``(class, number)`` of a mention: class person|organisation|media, number sg|pl."""
    if m.kind == "pronoun":
        info = lx.pronouns.get(m.text.lower(), {})
        return info.get("class", "any"), info.get("number", "sg")
    if m.kind == "unknown":
        return "unknown", "sg"  # never an antecedent
    words = m.text.split()
    cut = next(
        (i for i, w in enumerate(words) if i and (w.lower() in lx.np_link or w.lower() in lx.np_stop)),
        len(words),
    )
    head = words[cut - 1].lower() if words else ""  # "two brokers | in London"
    low_name = m.name.lower()
    if m.kind == "organisation" or m.entity_type in ORG_LABELS:
        outlet = low_name in lx.outlets or low_name.removeprefix("the ") in lx.outlets
        return ("media" if outlet else "organisation"), "sg"
    if m.kind == "named" and low_name in lx.peoples:
        return "person", "pl"
    if m.kind == "named":
        # "Studentavisen Studvest", "Nettavisen Vjorstka": a name its outlet or body noun
        # introduces is that outlet or body, never a person a pronoun can stand for
        openers = {phrase.split()[0].lower() for phrase in (m.text, m.name) if len(phrase.split()) >= 2}
        for opener in openers:
            kind = _body_noun_kind(opener, lx.body_nouns)
            if kind is not None:
                return kind, "sg"
        return "person", "sg"
    anaphor = lx.anaphors.get(head)
    if anaphor is not None and m.entity_type == "ORG":
        return anaphor, "sg"
    low = [w.lower() for w in words]
    if len(low) > 2 and low[0] in lx.indefinite and low[1] in lx.np_link:
        return "person", "sg"  # "en av de tre russiske soldatene", "one of them"
    if low and low[0] in lx.residents:
        # "жители Татарстана": the noun opening the phrase is its head (ru, uk)
        return "person", ("pl" if is_plural(low[0], lx) else "sg")
    if lx.genitive_issuer and len(low) > 1 and _suffix(low[0], lx.org_suffixes):
        # "пресс-служба главы республики": the body noun opening the phrase is its head, the
        # genitive after it names whom it serves (ru, uk); the body, never a person
        return "organisation", ("pl" if is_plural(low[0], lx) else "sg")
    if cut < len(low) - 1 and low[cut] in lx.coordinators and not low[cut - 1].endswith("-"):
        # "The UN and human rights groups": two joined by "and" are many; no "he" stands
        # for them ("helse- og omsorgsministeren" is one compound split at its hyphen)
        return "person", "pl"
    return "person", ("pl" if is_plural(head, lx) else "sg")


@lru_cache(maxsize=4096)
def _body_noun_kind(word: str, body_nouns: tuple[tuple[str, str], ...]) -> str | None:
    """"media" or "organisation" when ``word`` ends in one of ``body_nouns`` ("studentavisen"
    ends in "avisen"): the kind a name it introduces has."""
    return next((kind for noun, kind in body_nouns if word.endswith(noun)), None)


def is_plural(head: str, lx: Lexicon) -> bool:
    """A plural noun: listed, or a plural ending on a person or organisation noun
    ("officials", "soldater", "soldatene")."""
    if head in lx.plural_words:
        return True
    for p in lx.plural_suffixes:
        if head.endswith(p) and len(head) > len(p) + 2:
            stem = head[: -len(p)]
            if _suffix(stem, lx.person_suffixes) or _suffix(stem, lx.org_suffixes):
                return True
    return False

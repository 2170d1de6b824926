"""``sourcetrace_figures``: figures (casualties, durations, counts) with their bound, counted
noun, what they count and who claims them.

Why this shape: a war report's numbers matter only with their context: "34 mennesker ble
skadet" is 34 people *wounded*, *claimed* by whoever speaks. So each number found by
:mod:`.numbers` is kept only when its context makes it a count (a counted noun, a casualty
word in its clause, or a bound such as "minst"); dates, years, ages, clock times, ordinals
naming units ("114. brigade"), time windows ("de siste 24 timene"), article numbers, phone
numbers and idioms ("én etter én", "100 prosent") are dropped. Ordinals that count events
("tredje gang siden august", "the 17th exchange") are figures; round numbers after an article
("et titall", "a dozen", "a hundred") are figures bounded "about"; vague plurals ("tusenvis",
"dozens", "flere hundre") are none, as in the gold cases. Headings and page furniture repeat the
body and are skipped. The
claimant is the enclosing quote's speaker, else the source of an attribution in the sentence (or
in the next one when it opens "Det bekrefter ..."), both resolved by the speakers component
before this runs, else the subject of a reporting verb whose object holds the figure (one reader
for every language, :mod:`._reporting_subject`), else the readers of the paragraph around it.
All vocabulary comes from ``lang/data/CODE/figures.toml``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lang as langdata
from . import regex_cache
from ._interview import InterviewReader
from ._reporting_subject import ReportingSubjectReader
from ._sized_subject import SizedSubjectReader
from .annotations import (
    AttributionAnn,
    FigureAnn,
    Mention,
    QuoteAnn,
    doc_lowers,
    doc_text,
    get_list,
    has_model_annotation,
    paragraph_role,
    span_text,
)
from .cues import has_suffix, issuer_in_span
from .cues import lexicon as cue_lexicon
from .numbers import NumberExpr, NumberReader, word_trie
from .regex_prefilter import fullmatch_test, guarded, prefix_guard
from .sourcing import SentenceIndex
from .sourcing_phrases import clause_bounds
from .token_arrays import token_starts, token_texts

_BOUNDS = ("at_least", "more_than", "less_than", "at_most", "about")
#: Part-of-speech tags (Universal Dependencies) of a counted noun, and of the words that may
#: stand between it and its number ("tre yngre søsken", "69 tapte hundredeler"); a blank
#: pipeline has no tags and counts only the nouns of the language data.
_COUNTED_POS = frozenset({"NOUN"})
#: the clitic that makes a noun an owner ("the town's ten districts")
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_MODIFIER_POS = frozenset({"ADJ", "ADV"})
# the words of a compound noun before its head ("Texas plants", "Space Shuttle orbiters")
_COMPOUND_POS = frozenset({"NOUN", "PROPN"})
#: A score is two small whole numbers joined by a dash, the second not above the first
#: ("vant 7 - 2", "ended 1 – 1"); a rising pair is a range ("4–5").
_SCORE_MAX = 30
_VERIFYING = frozenset({"identified", "confirmed", "verified"})
#: Relations whose source goes on claiming the figures of the next sentence in its paragraph.
# the speakers whose statement ends a survey's account (Figures._survey_source)
_NAMED_VOICES = frozenset({"named", "organisation"})
#: what a toll counts when it names no noun ("Over 1000 skal være såret", "12 were missing")
_TOLL_COUNTS = frozenset({"killed", "wounded", "missing", "captured", "casualties"})
#: the most words between the numbers' noun phrase and the party that issued them
#: ("the latest | estimates from the | UN", "de siste anslagene | fra | FN")
_MAX_ISSUER_GAP = 4
#: the longest part of a count set off by commas ("including two children and a woman of 70")
_MAX_INCLUSION_WORDS = 12
_HANDED_ON = frozenset({"reported", "claimed", "confirmed"})
#: what only people are counted as: a toll's word in the clause of a count of arms or places
#: says what the attack did to people, not to them ("Minst tolv ble drept da Russland sendte
#: 69 raketter": 69 missiles, not 69 killed)
_PERSON_COUNTS = frozenset({"killed", "wounded", "missing", "hospitalised"})
#: the canonical units (the same in every language's ``figures.toml``) that count no people
_THING_UNITS = frozenset(
    {"missiles", "drones", "aircraft", "vehicles", "attacks", "reactors", "places", "countries"}
)
#: Who claims a figure when several relations share its sentence: the one asserting it.
_CLAIM_ORDER = {
    r: n
    for n, r in enumerate(("claimed", "reported", "confirmed", "identified", "verified", "denied"))
}

#: the relations whose source says nothing of a figure beside its statement
_CLAIMS_NOTHING = frozenset({"no-comment", "could-not-verify"})


def _alternation(words: list[str]) -> str:
    # longest first; words of one length in a fixed order, so the pattern (and its cached
    # compiled form) is the same in every process
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda word: (-len(word), word)))


#: quote marks around a counted noun ("три «шахеди»"), passed over when reading the unit
_UNIT_QUOTE_MARKS = frozenset('"«»„“”')


def _labelled_alternation(table: dict[str, str], prefix: str) -> re.Pattern[str] | None:
    """One whole-word pattern of a ``{label: regex}`` table, each alternative in the named group
    ``PREFIX<n>`` of its label's place in the table, so a match says which label it found; None
    for an empty table."""
    if not table:
        return None
    alternatives = "|".join(f"(?P<{prefix}{n}>{table[label]})" for n, label in enumerate(table))
    return regex_cache.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.I)


class Figures:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "figures")
        self.numbers = NumberReader(self.data)
        self.handed_on_units = frozenset(self.data.get("handed_on_units", []))
        # a language read without a tagger but with a morphological analyser (Russian,
        # Ukrainian) finds the counted noun by the analyser's part of speech
        backend = langdata.load(self.lang)["_meta"].get("morphology")
        self.morphology = None
        if backend and self.data.get("counted_by_morphology", False):
            from ..lang.morph import for_language

            self.morphology = for_language(self.lang, backend)
        # the part of speech of the words after a "most" word (most_openers): a noun or its
        # adjectives name what is counted, a verb does not ("Больше всего пострадал X (54)")
        self.most_morphology = None
        if backend and self.data.get("most_openers"):
            from ..lang.morph import for_language

            self.most_morphology = for_language(self.lang, backend)
        # a cheap pass over the text: only sentences with a digit or a number word are read
        words = [
            *self.numbers.small,
            *self.numbers.fractions,
            *self.numbers.multipliers,
            *self.numbers.unit_words,
            *self.numbers.bound_units,
            *self.numbers.share_words,
            *self.numbers.share_every_ordinals,
        ]
        trie = word_trie([w.lower() for w in words])
        candidate = r"(?<!\w)(?:\d" + (rf"|{trie}(?!\w)" if trie else "") + ")"
        self.candidate_re = regex_cache.compile(guarded(candidate))
        self.candidate_re_i = regex_cache.compile(guarded(candidate, re.I), re.I)
        self._compile(self.data)

    def _compile(self, data: dict[str, Any]) -> None:
        bounds = data.get("bounds", {})
        groups = [f"(?P<{b}>{_alternation(bounds[b])})" for b in _BOUNDS if bounds.get(b)]
        self.bound_re = (
            regex_cache.compile(r"(?<!\w)(?:" + "|".join(groups) + r")\s*$", re.I) if groups else None
        )
        # "attacks numbered 23,245": a bare number after a verb of quantity counts its subject
        self.sized = SizedSubjectReader(data)
        measured = data.get("measured_at")
        self.measured_at_re = regex_cache.compile(r"(?:" + measured + r")\s*$", re.I) if measured else None
        # "число погибших возросло до 5", "кількість жертв зросла до 51": "до" after a verb of
        # rising gives the new total, no upper bound
        self.rise_to_re = (
            regex_cache.compile(data["rise_to"] + r"\s*$", re.I) if data.get("rise_to") else None
        )
        rng = data.get("range", {})
        self.range_open_re = (
            regex_cache.compile(r"(?<!\w)(?:" + _alternation(rng["open"]) + r")\s+$", re.I)
            if rng.get("open")
            else None
        )
        self.range_join_re = regex_cache.compile(
            r"^\s*(?:[-–—]|" + (_alternation(rng.get("join", [])) or "[-–—]") + r")\s*$", re.I
        )
        bare = ["-", "–", "—", *rng.get("bare_join", [])]
        self.dash_re = regex_cache.compile(r"^\s*(?:" + _alternation(bare) + r")\s*$", re.I)
        excl = data.get("exclude", {})
        # searched before every number: behind a guard of its first letters, each position of
        # the text that can begin no exclusion fails in one test (the matches are the same)
        before = excl.get("before")
        self.before_re = regex_cache.compile((prefix_guard(before) or "") + before) if before else None
        self.after_re = regex_cache.compile(excl["after"], re.I) if excl.get("after") else None
        # "5,000-strong": a number joined to the language's word of strength counts the members
        # of the unit it qualifies (`strength = { after = ..., unit = ... }`)
        strength = data.get("strength", {})
        self.strength_re = regex_cache.compile(strength["after"], re.I) if strength.get("after") else None
        self.strength_unit: str | None = strength.get("unit")
        self.token_re = regex_cache.compile(excl["token"]) if excl.get("token") else None
        idioms = excl.get("idioms", [])
        self.idiom_re = regex_cache.compile("|".join(f"(?:{i})" for i in idioms), re.I) if idioms else None
        windows = excl.get("windows", [])
        self.window_re = (
            regex_cache.compile("|".join(f"(?:{w})" for w in windows), re.I) if windows else None
        )
        # spans of time that are a window only beside another count ("15 drones over a span of
        # three hours"); alone they are the claim ("tømte skolen i løpet av ti minutter")
        self.qualifying_window_re = _any_of(excl.get("qualifying_windows", []))
        self.window_duration_re = (
            regex_cache.compile(excl["window_duration"], re.I) if excl.get("window_duration") else None
        )
        # a duration counted from a point ("for tre år siden", "om to uker", "two years ago")
        # is a time, and "hun var fem år" an age: neither is a figure
        self.durations = frozenset(data.get("durations", []))
        self.relative_before_re = (
            regex_cache.compile(excl["relative_before"], re.I) if excl.get("relative_before") else None
        )
        self.relative_after_re = (
            regex_cache.compile(excl["relative_after"], re.I) if excl.get("relative_after") else None
        )
        age = data.get("age", {})
        self.age_units = frozenset(age.get("units", []))
        self.age_before_re = regex_cache.compile(age["before"], re.I) if age.get("before") else None
        self.age_after_re = regex_cache.compile(age["after"], re.I) if age.get("after") else None
        # "en mann på 27 år": years after a person noun are an age; other units a span
        self.age_years_before_re = (
            regex_cache.compile(age["years_before"], re.I) if age.get("years_before") else None
        )
        self.score_unit = str(data.get("score_unit", "score"))
        self.first_person = frozenset(w.lower() for w in data.get("first_person", []))
        self.second_person = frozenset(w.lower() for w in data.get("second_person", []))
        # an interview's unmarked answers are the interviewee's ("Wikinews interviews X")
        self.interviews = InterviewReader.for_language(self.lang)
        # units "en"/"one" counts at once without a casualty word ("til en krone")
        self.weak_units = frozenset(data.get("weak_units", []))
        # units the weak word counts at once where it is no article ("fired one shell")
        self.weak_noun_units = frozenset(data.get("weak_noun_units", []))
        # where listed, the only units "en"/"ei" counts with a casualty word in its clause: the
        # people a toll counts ("en kvinne ble drept"), not the weapon ("ei rakett trefte ...
        # tre vart drepne", "viser en rakett")
        self.weak_casualty_units = frozenset(data.get("weak_casualty_units", []))
        # a language without an indefinite article (ru, uk): "одна людина", "одну людину" is a
        # count whenever the counted noun follows, with or without a casualty word
        self.weak_counts_noun = bool(data.get("weak_counts_noun", False))
        # weak words that count only with a toll, never a weapon at once ("another aircraft")
        self.weak_toll_only = frozenset(w.lower() for w in data.get("weak_toll_only", []))
        self.articles = frozenset(w.lower() for w in data.get("articles", []))
        # a language whose nouns carry their own definite form (nb, nn): a pair before one in
        # the plural ("de to landene") is "both" of the two already named, not a new count;
        # 0 where the language has no such form
        self.definite_back_reference_max = float(data.get("definite_back_reference_max", 0))
        # "de to siste fangene": a word that picks the pair out of a larger set makes it a count
        self.definite_back_reference_selectors = frozenset(
            w.lower() for w in data.get("definite_back_reference_selectors", [])
        )
        # nouns a number does not count as a claim: pronouns the tagger takes for nouns ("eitt
        # av desse") and discourse sortals ("two things", "for 2 reasons")
        self.uncounted = frozenset(
            w.lower() for w in [*data.get("uncounted", []), *data.get("partitive_pronouns", [])]
        )
        # "fra 52 til 42 prosent": a bare number joined to the next shares its unit
        joins = [*rng.get("join", []), *rng.get("bare_join", [])]
        all_bounds = [w for b in _BOUNDS for w in bounds.get(b, [])]
        self.share_join_re = (
            regex_cache.compile(
                r"^\s*(?:"
                + _alternation(joins)
                + r")\s+"
                + (r"(?:(?:" + _alternation(all_bounds) + r")\s+)?" if all_bounds else "")
                + r"$",
                re.I,
            )
            if joins
            else None
        )
        self.units = [
            (regex_cache.compile(u["re"], re.I), u["unit"], u.get("counts")) for u in data.get("unit", [])
        ]
        # every unit pattern as one alternation: a word none of them matches (nearly every word)
        # skips the scan of the list, which fullmatches each pattern in turn
        self.any_unit = _any_of([u["re"] for u in data.get("unit", [])])
        self.unit_word = fullmatch_test(self.any_unit) if self.any_unit is not None else None
        counts = data.get("counts", {})
        self.count_labels = list(counts)
        self.counts_re = _labelled_alternation(counts, "c")
        # "mistet tre personer livet", "skjøt ned 30 droner": a verb whose particle or object
        # stands after the number says what it counts only read across it, the clause before
        # the number joined to the clause after it
        split = data.get("split_counts", {})
        self.split_labels = list(split)
        self.split_counts_re = _labelled_alternation(split, "s")
        # "killed or injured", "døde eller såret": the dead and the hurt counted together are
        # casualties, read on past the clause bound the conjunction makes
        joined = data.get("joined_tolls")
        self.joined_toll_re = regex_cache.compile(joined + r"(?!\w)", re.I) if joined else None
        # "og", "som", "while": what opens a later clause whose statement reports its own content
        self.own_clause_openers = frozenset(w.lower() for w in data.get("own_clause_openers", []))
        # "including", "blant dem": what opens a part of a count set off by commas, after which
        # the count's own clause goes on ("tre, blant dem et barn, ble drept")
        inclusion = data.get("inclusion_openers", [])
        self.inclusion_re = (
            regex_cache.compile(r"(?:" + _alternation(inclusion) + r")(?!\w)", re.I) if inclusion else None
        )
        self.year_before_re = (
            regex_cache.compile(data["year_before"], re.I) if data.get("year_before") else None
        )
        self.gap_stop = frozenset(w.lower() for w in data.get("unit_gap_stop", []))
        # "injured 34 over the past day": a time or place phrase after a bare toll holds no unit
        self.phrase_openers = frozenset(w.lower() for w in data.get("unit_phrase_openers", []))
        # after a sum in millions, words that open what it goes to ("2 milliarder til neste år",
        # "6 milliarder på droner"): no counted noun after them; after a plain count they may
        # still lead to it ("fire senger ... og fire på Molde sjukehus")
        self.sum_phrase_openers = frozenset(
            w.lower() for w in data.get("sum_phrase_openers", [])
        )
        self.big_scale_words = frozenset(
            word.lower() for word, size in data.get("multipliers", {}).items() if size >= 1e6
        )
        self.prefix_units = {k: v for k, v in data.get("prefix_units", {}).items()}
        self.paren_age = bool(data.get("paren_age", False))
        self.back_reference = frozenset(w.lower() for w in data.get("back_reference", []))
        # "Ukraina melder om drøyt 9000 drepte", "повідомляв про двох загиблих": a party that
        # gives a figure as the object of a reporting verb claims it, with no "at" clause for
        # the quote readers to take
        self.reporting_subject = ReportingSubjectReader.from_data(self.lang, data)
        # "..., sier guvernøren, som legger til at en person mistet livet": the speaker goes on
        relative = data.get("relative_speech")
        self.relative_speech_re = regex_cache.compile(relative, re.I) if relative else None
        # "according to updated numbers", "ifølge tallene": a document is never the claimant;
        # one vocabulary with the sourcing phrases' documents and data (``document_nouns``)
        self.document_heads = frozenset(
            w.lower() for w in langdata.concern(self.lang, "sourcing").get("document_nouns", [])
        )
        self.body_heads = cue_lexicon(self.lang).org_suffixes
        # the prepositions that name who issued a body of numbers ("estimates from the UN")
        self.issuer_preps = frozenset(w.lower() for w in data.get("issuer_preps", []))
        # "Fra russisk side meldes det om 33 nedskutte droner": a side named as the source of an
        # impersonal report
        side = data.get("side_source")
        self.side_source_re = regex_cache.compile(side) if side else None
        # "Reuters siterer lokale myndigheter på at 12 ble drept": the party cited claims the
        # figures of the clause it is cited on, the outlet only relays them
        cited = data.get("cited_source")
        self.cited_source_re = regex_cache.compile(cited) if cited else None
        # "I tillegg skal 14 fly være ødelagt": a sentence that adds to the account before it
        additive = data.get("additive_openers", [])
        self.additive_re = (
            regex_cache.compile(r"^(?:" + _alternation(additive) + r")\b", re.I) if additive else None
        )
        # "anslo denne uka at ...": a time phrase a quote reader took for its speaker is no
        # claimant (the quote readers' own list of time words)
        quote_words = langdata.concern(self.lang, "quotes").get("lexicon", {})
        self.time_words = frozenset(w.lower() for w in quote_words.get("time_words", []))
        self.partitive = frozenset(w.split()[0].lower() for w in data.get("partitive", []))
        self.measure_units = frozenset(data.get("measure_units", []))
        # "8,3 milliarder til sivil bistand": a scale word that alone names what it scales
        self.scale_units = {k.lower(): v for k, v in data.get("scale_units", {}).items()}
        self.back_pronouns = frozenset(w.lower() for w in data.get("partitive_pronouns", []))
        # a bare number after "of them" ("из них 22 - над ...") or after "N things of"
        # ("31 дрон з 38") counts what the figure before it counts (languages that say so)
        self.partitive_inherits = bool(data.get("partitive_inherits", False))
        # "to av tre aviser", "sju av ti nordmenn": a part of a small whole is a proportion, one
        # figure (the part); the whole only scales it and claims no count of its own
        self.ratio_whole_max = float(data.get("ratio_whole_max", 0))
        # "над Брянською — 30, ще 26 — над Тульською", "у квітні 24 тисячі військових, у травні
        # — майже 26 тисяч": a list item set off by a dash leaves out the noun the item before
        # it in the sentence counted (languages that say so)
        self.dash_list_inherits = bool(data.get("dash_list_inherits", False))
        # "3 збиті дрони": a casualty participle between the number and its noun qualifies
        # the noun, which is what is counted (languages whose participles stand there)
        self.participle_before_noun = bool(data.get("participle_before_noun", False))
        # "По данным ведомства, ... 45. Еще 12 дронов уничтожены ...": the paragraph goes on
        # with the figures of the source its first sentence opened with
        self.paragraph_source_carries = bool(data.get("paragraph_source_carries", False))
        # a poll's or survey's shares: the body a reporting statement naming the survey gives
        # (`survey`: the nouns for one; `survey_units`: what such a survey reports)
        self.survey_re = _any_of([data["survey"]]) if data.get("survey") else None
        self.survey_units = frozenset(data.get("survey_units", []))
        # "танків ‒ 11 098 (+5) од": a loss list labels each number with the counted noun
        # before a dash; the day's increment in brackets counts the same
        self.dash_label_unit = bool(data.get("dash_label_unit", False))
        # "Найбільше штурмових дій ... — 47", "Больше всего дронов сбили над Белгородской (51)":
        # a number after a dash or in brackets counts what the "most" phrase named
        most = data.get("most_openers", [])
        self.most_re = (
            regex_cache.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in most) + r")(?!\w)", re.I)
            if most
            else None
        )
        # "у вересні 2022 року": a four-digit number before the word for "year" is a date
        self.year_word_re = regex_cache.compile(data["year_word"], re.I) if data.get("year_word") else None
        # ordinals that count events ("den fjerde siden sommeren", "the 17th exchange")
        ords = data.get("ordinals", {})
        self.ordinal_words = {k.lower(): float(v) for k, v in ords.get("words", {}).items()}
        digit = ords.get("digit", "")
        alts = [_alternation(list(self.ordinal_words))] if self.ordinal_words else []
        if digit:
            alts.append(digit)
        self.ordinal_re = (
            regex_cache.compile(
                guarded(r"(?<![\w.])(?P<n>" + "|".join(alts) + r")\s+(?=(?:" + ords["before"] + r"))", re.I),
                re.I,
            )
            if alts and ords.get("before")
            else None
        )
        self.ordinal_unit = ords.get("unit", "times")
        # without a tagger ("--model blank"), a counted noun by its plural ending ("tolv
        # utenlandske turister", "190 universities"), over modifiers of an adjective ending
        untagged = data.get("untagged_counted", {})
        self.untagged_noun_re = (
            regex_cache.compile(untagged["noun"], re.I) if untagged.get("noun") else None
        )
        self.untagged_modifier_re = (
            regex_cache.compile(untagged["modifier"], re.I) if untagged.get("modifier") else None
        )
        self.untagged_not_nouns = frozenset(w.lower() for w in untagged.get("not_nouns", []))
        # a place written as one word ("fjerdeplass", "annenplassen"): the rank is a figure
        glued = {
            **self.ordinal_words,
            **{k.lower(): float(v) for k, v in ords.get("glued_words", {}).items()},
        }
        self.glued_ordinal_re = (
            regex_cache.compile(
                guarded(r"(?<!\w)(?P<n>" + _alternation(list(glued)) + r")(?:" + ords["glued"] + r")(?!\w)", re.I),
                re.I,
            )
            if glued and ords.get("glued")
            else None
        )
        self.glued_ordinal_words = glued
        self.glued_unit = ords.get("glued_unit", "place")

    # -- the component ---------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        figures = get_list(doc, "st_figures")
        quotes = get_list(doc, "st_quotes")
        attributions = get_list(doc, "st_attributions")
        mentions = get_list(doc, "st_mentions")
        text = doc_text(doc)
        lower = text.lower()
        hits = (
            self.candidate_re.finditer(lower)
            if len(lower) == len(text)
            else self.candidate_re_i.finditer(text)
        )
        sents = SentenceIndex(doc)
        seen: set[int] = set()
        # headings and page furniture repeat the body's figures; they are not claims of their own
        furniture = [
            (p.start_char, p.end_char)
            for p in get_list(doc, "st_paragraphs")
            if paragraph_role(p) not in ("body", None)
        ]
        answers = self._interview_answers(doc)
        body = [p for p in get_list(doc, "st_paragraphs") if paragraph_role(p) in ("body", None)]
        for m in hits:
            n = sents.index(m.start())
            if n in seen:
                continue
            seen.add(n)
            if any(a <= m.start() < b for a, b in furniture):
                continue
            sent = sents.get(n)
            if sent is None:
                continue
            exprs = self.numbers.read(sent)
            if not exprs:
                continue
            for fig in self._sentence(doc, text, sent, exprs, self._carried(figures, sents, n, body)):
                # "Police estimated the crowd at 30,000 while organisers put the total at
                # 80,000": the subject of the claim verb in the figure's own clause claims it,
                # before any reading of the sentence as a whole; inside a direct quote the
                # quote's speaker says it
                fig.claimant = (
                    None
                    if any(self._overlaps(q, fig.span.start_char, fig.span.end_char) for q in quotes if q.kind == "direct")
                    else self.reporting_subject.claimant(fig, sent, mentions)
                )
                if fig.claimant is None:
                    fig.claimant = self._claimant(fig, sent, quotes, attributions, mentions)
                if fig.claimant is not None and self._document(fig.claimant):
                    fig.claimant = None  # "according to updated numbers": whoever issued them
                if fig.claimant is not None and self._addressee(fig.claimant):
                    fig.claimant = None  # "You also wrote two collections?": asked, not claimed
                if fig.claimant is None:
                    fig.claimant = self.reporting_subject.claimant(fig, sent, mentions)
                if fig.claimant is None:
                    fig.claimant = self._added_by_speaker(fig, sent, quotes)
                if fig.claimant is None:
                    fig.claimant = self._continued(sent, quotes, body)
                if fig.claimant is None and self.paragraph_source_carries:
                    fig.claimant = self._paragraph_opener(sent, attributions, body)
                if fig.claimant is not None and self._addressee(fig.claimant):
                    fig.claimant = None
                if fig.claimant is None and answers is not None:
                    fig.claimant = self._answerer(fig, *answers)
                if fig.claimant is not None and fig.claimant.name[:1].isdigit():
                    # "svarte 43,6 prosent at ..., mens 43,3 prosent vil bygge": the answering
                    # share is no agent; the fallbacks below find who gives the figure
                    fig.claimant = None
                if fig.claimant is None:
                    fig.claimant = self._part_of_earlier(fig, figures, body)
                if fig.claimant is None:
                    fig.claimant = self._side_source(sent)
                if fig.claimant is None:
                    fig.claimant = self._paragraph_source(
                        fig, sent, sents.get(n - 1), quotes, attributions, body
                    )
                if fig.claimant is None:
                    fig.claimant = self._next_sentence_source(
                        doc, text, fig, sent, sents.get(n + 1), quotes, attributions, body
                    )
                if fig.claimant is None:
                    fig.claimant = self._back_referenced(fig, sent, quotes, attributions, body)
                if fig.claimant is None:
                    fig.claimant = self._added_to(sent, figures, body)
                if fig.claimant is None:
                    fig.claimant = self._survey_source(fig, quotes, attributions, body)
                if fig.claimant is None:
                    fig.claimant = self._between_one_speakers(fig, quotes, attributions, body)
                if fig.counts is None:
                    fig.counts = self._relation_counts(fig, sent, attributions) or fig.unit
                figures.append(fig)
        if self.ordinal_re is not None:
            self._ordinals(doc, sents, figures, quotes, attributions, mentions)
        figures.sort(key=lambda f: f.span.start)
        return doc

    @staticmethod
    def _carried(
        figures: list[FigureAnn], sents: SentenceIndex, n: int, body: list[Span]
    ) -> FigureAnn | None:
        """The last figure read in sentence ``n - 1`` when it shares sentence ``n``'s
        paragraph: the whole an "N of them" opening sentence ``n`` takes a part of."""
        previous, sent = sents.get(n - 1), sents.get(n)
        if not figures or previous is None or sent is None:
            return None
        last = figures[-1]
        if not previous.start_char <= last.span.start_char < previous.end_char:
            return None
        paragraph = next(
            (p for p in body if p.start_char <= sent.start_char < p.end_char), None
        )
        if paragraph is None or previous.start_char < paragraph.start_char:
            return None
        return last

    def _interview_answers(self, doc: Doc) -> tuple[Mention, list[tuple[int, int]]] | None:
        """An interview told as questions and unmarked answers: the interviewee, as a claimant,
        and the answer paragraphs (read by :class:`._interview.InterviewReader`)."""
        turns = self.interviews.read(doc)
        if turns is None:
            return None
        person = turns.person
        who = Mention(span=person, name=person.text, kind="named", entity_type="PER")
        return who, list(turns.answers)

    def _addressee(self, claimant: Mention) -> bool:
        """A claimant that is the pronoun of the one spoken to ("you"): the text does not say
        who that is, and the figure is the asker's or the answerer's, read by the fallbacks."""
        return claimant.name.lower() in self.second_person

    def _continued(
        self, sent: Span, quotes: list[QuoteAnn], body: list[Span], reach: int = 3
    ) -> Mention | None:
        """A first-person sentence in a paragraph of its own after a quote continues it: the
        corpora and many pages set a dash quote's later sentences without the dash ("Sju menn
        ble kidnappet mens jeg var der."). Its figures are the quote's speaker's; a paragraph
        in the third person between them is the outlet's and breaks the chain, and so does a
        quote that is no direct one or that the writer's own sentences follow in its paragraph
        (a blogger's "my guess is" after "a witness alleged that ..." is the blogger's)."""
        lowers = doc_lowers(sent.doc)  # the kept column: no Token per word of the sentence
        if not self.first_person or not any(lowers[i] in self.first_person for i in range(sent.start, sent.end)):
            return None
        for q in quotes:
            start, end = q.char_range or (q.span.start_char, q.span.end_char)
            if start < sent.end_char and sent.start_char < end:
                return None  # a quote of its own, whose speaker the quote component gives
        n = next(
            (k for k, p in enumerate(body) if p.start_char <= sent.start_char < p.end_char), None
        )
        if n is None:
            return None
        for p in reversed(body[max(0, n - reach) : n]):
            # only a direct quote goes on in the first person: after an indirect one ("a
            # witness alleged that ...") the "I" of the next paragraph is the writer's own
            inside = [
                q
                for q in quotes
                if q.speaker is not None
                and q.kind == "direct"
                and p.start_char
                <= (q.char_range or (q.span.start_char, q.span.end_char))[0]
                < p.end_char
            ]
            if inside:
                last = inside[-1]
                quote_end = (last.char_range or (last.span.start_char, last.span.end_char))[1]
                if any(s.start_char >= quote_end for s in p.sents):
                    return None  # narration after the quote in its paragraph: it has ended
                return last.speaker
            if not any(t.lower_ in self.first_person for t in p):
                return None
        return None

    def _paragraph_source(
        self,
        fig: FigureAnn,
        sent: Span,
        previous: Span | None,
        quotes: list[QuoteAnn],
        attributions: list[AttributionAnn],
        body: list[Span],
    ) -> Mention | None:
        """The source of the sentence before, in the same paragraph, for a sentence that names
        none: wire copy gives a source once and goes on with its account ("..., Governor X said.
        At least 75 people were wounded and 35 are missing."; "The air force reported that ...
        While 183 drones were intercepted, ..."). Only a count of the people and arms an account
        of events gives is handed on (``handed_on_units``: "used over one million times" after
        "Jafari said she felt ..." and "made two donations" after "according to X" are the
        outlet's own), and only by a reporting statement or an indirect quote: a direct quote's
        speaker does not, as the outlet's narration often follows a quote; nor does it reach a
        sentence holding a quote of its own."""
        if previous is None or previous.end > sent.start:
            return None
        paragraph = next(
            (p for p in body if p.start_char <= sent.start_char < p.end_char), None
        )
        if paragraph is None or previous.start_char < paragraph.start_char:
            return None
        if fig.unit not in self.handed_on_units and not (
            fig.unit is None and fig.counts in _TOLL_COUNTS
        ):
            return None  # "Over 1000 skal være såret": a toll with no noun goes on too
        if any(
            self._overlaps(q, sent.start_char, sent.end_char) for q in quotes
        ):
            return None
        told = sorted(
            (
                a
                for a in attributions
                if a.relation in _HANDED_ON
                and a.source.span is not None
                and a.evidence.start_char < previous.end_char
                and previous.start_char < a.evidence.end_char
            ),
            key=lambda a: _CLAIM_ORDER.get(a.relation, len(_CLAIM_ORDER)),
        )
        if told:
            return told[0].source
        said = [
            q
            for q in quotes
            if q.kind == "indirect"
            and q.speaker is not None
            and q.speaker.span is not None
            and self._overlaps(q, previous.start_char, previous.end_char)
        ]
        return said[-1].speaker if said else None

    def _back_referenced(
        self,
        fig: FigureAnn,
        sent: Span,
        quotes: list[QuoteAnn],
        attributions: list[AttributionAnn],
        body: list[Span],
    ) -> Mention | None:
        """The speaker of a back-reference paragraph ("Об этом сообщил губернатор X.", "Про це
        повідомили в ДСНС.") for a toll in an earlier sentence of the paragraph it refers to:
        the lead gives the account in several sentences ("Погиб один человек. Еще шестеро
        ранены.") and the next paragraph names its source once. The quote reader takes the
        lead's last sentence as the quote; the sentences before it are the same account. Only
        a count of people or arms, in a sentence with no quote or sourcing of its own."""
        if fig.unit not in self.handed_on_units and fig.counts not in _TOLL_COUNTS:
            return None
        paragraph = next(
            (p for p in body if p.start_char <= sent.start_char < p.end_char), None
        )
        if paragraph is None or any(
            self._overlaps(q, sent.start_char, sent.end_char) for q in quotes
        ) or any(
            a.evidence.start_char < sent.end_char and sent.start_char < a.evidence.end_char
            for a in attributions
        ):
            return None
        following = next((p for p in body if p.start_char >= paragraph.end_char), None)
        if following is None:
            return None
        for q in quotes:
            start, end = q.char_range or (q.span.start_char, q.span.end_char)
            if (
                q.kind == "indirect"
                and q.speaker is not None
                and q.cue is not None
                and following.start_char <= q.cue.start_char < following.end_char
                and sent.end_char <= start
                and end <= paragraph.end_char
                and not paragraph.text[end - paragraph.start_char :].strip(" .!")
            ):
                return q.speaker
        return None

    def _survey_source(
        self,
        fig: FigureAnn,
        quotes: list[QuoteAnn],
        attributions: list[AttributionAnn],
        body: list[Span],
        reach: int = 6,
    ) -> Mention | None:
        """The maker of a poll or survey the text has just named, for a share no one is given
        for: "En meningsmåling Sentio har utført ... viser at ..." and then paragraph after
        paragraph of "58 prosent av mennene ..." are the pollster's figures, as the annotators
        read them. A reporting statement whose words name a survey (``survey``) earlier in the
        figure's paragraph or in one of the ``reach`` paragraphs before gives it; a paragraph
        before where a named person or body speaks ends the account (the respondents, "68
        prosent av de som sier ...", do not), so the outlet's own
        shares later in the text stay its own. Only for the units a survey reports
        (``survey_units``)."""
        if self.survey_re is None or fig.unit not in self.survey_units:
            return None
        at = fig.span.start_char
        k = next((n for n, p in enumerate(body) if p.start_char <= at < p.end_char), None)
        if k is None:
            return None
        for n in range(k, max(-1, k - reach - 1), -1):
            para = body[n]
            stated = [
                a
                for a in attributions
                if para.start_char <= a.evidence.start_char < min(para.end_char, at)
                and a.source.span is not None
            ]
            survey = [
                a
                for a in stated
                if a.relation == "reported"
                and not a.source.name[:1].isdigit()
                and self.survey_re.search(a.evidence.text)
            ]
            if survey:
                return max(survey, key=lambda a: a.evidence.start_char).source
            voices = [a.source for a in stated] + [
                q.speaker
                for q in quotes
                if q.speaker is not None and self._overlaps(q, para.start_char, para.end_char)
            ]
            if n < k and any(v.kind in _NAMED_VOICES for v in voices):
                return None  # someone named speaks: the survey's account has ended
        return None

    def _between_one_speakers(
        self,
        fig: FigureAnn,
        quotes: list[QuoteAnn],
        attributions: list[AttributionAnn],
        body: list[Span],
        reach: int = 4,
    ) -> Mention | None:
        """The speaker on both sides of a run of unmarked paragraphs: "..., seier Dahle." /
        "Auka utgifter til å handtera lån vil vera 15 til 20 millionar." / "..., seier
        RV-representanten." Corpora and pages that set a long statement without its dash give
        its middle sentences no mark and no cue; the annotators give their figures to the
        speaker. Only where the nearest statement before the run (at most ``reach`` paragraphs
        back) and the unmarked one closing it after are the same person's, and no statement
        of anyone else's stands in the run."""
        at = fig.span.start_char
        k = next((n for n, p in enumerate(body) if p.start_char <= at < p.end_char), None)
        if k is None:
            return None

        def speakers(para: Span) -> list[Mention]:
            said = [
                q.speaker
                for q in quotes
                if q.speaker is not None and self._overlaps(q, para.start_char, para.end_char)
            ]
            said += [
                a.source
                for a in attributions
                if para.start_char <= a.evidence.start_char < para.end_char
            ]
            return said

        if speakers(body[k]):
            return None  # the figure's own paragraph names its voices
        before = after = None
        for n in range(k - 1, max(-1, k - reach - 1), -1):
            if said := speakers(body[n]):
                before = said
                break
        for n in range(k + 1, min(len(body), k + reach + 1)):
            if said := speakers(body[n]):
                # the run continues a statement only when the paragraph after it ends that
                # statement unmarked ("Verdiskapinga ..., seier Dahle."): one opened by a quote
                # mark or dash, or by its cue ("Bolden said that ..."), starts a new one, and
                # the run before it is the outlet's narration
                opens = [
                    q
                    for q in quotes
                    if (q.char_range or (q.span.start_char, q.span.end_char))[0]
                    == body[n].start_char
                ]
                after = said if opens else None
                break
        if not before or not after:
            return None
        last, first = before[-1], after[0]
        if len({m.name for m in before}) > 1 or len({m.name for m in after}) > 1:
            return None
        if not (_named(last) and _named(first)):
            return None
        if not (last.cluster == first.cluster >= 0 or _same_person(last.name, first.name)):
            return None
        return last if len(last.name) >= len(first.name) else first

    def _next_sentence_source(
        self,
        doc: Doc,
        text: str,
        fig: FigureAnn,
        sent: Span,
        following: Span | None,
        quotes: list[QuoteAnn],
        attributions: list[AttributionAnn],
        body: list[Span],
    ) -> Mention | None:
        """The speaker of the next sentence, in the same paragraph, for a toll in a sentence
        that names no source: wire copy gives the tally in two sentences and the source once,
        at the end of the second ("Nine people died in the blast. Over 40 were hurt, the mayor
        said."; "Ni ble drept. Over 40 er skadd, opplyser ordføreren."). Only when the second
        sentence is that shape: an indirect quote whose content opens the sentence, with its
        speaker after it, and a toll of its own inside that content; a sentence of its own
        narration or with any sourcing of its own keeps its figures the outlet's."""
        if following is None or following.start < sent.end:
            return None
        paragraph = next(
            (p for p in body if p.start_char <= sent.start_char < p.end_char), None
        )
        if paragraph is None or following.start_char >= paragraph.end_char:
            return None
        if fig.unit not in self.handed_on_units and not (
            fig.unit is None and fig.counts in _TOLL_COUNTS
        ):
            return None
        if any(self._overlaps(q, sent.start_char, sent.end_char) for q in quotes) or any(
            a.evidence.start_char < sent.end_char and sent.start_char < a.evidence.end_char
            for a in attributions
        ):
            return None
        opening = following.start_char + len(following.text) - len(following.text.lstrip(" \"“«–-"))
        tail = [
            q
            for q in quotes
            if q.kind == "indirect"
            and q.speaker is not None
            and q.speaker.span is not None
            and (q.char_range or (q.span.start_char, q.span.end_char))[0] <= opening
            and q.speaker.span.start_char >= (q.char_range or (q.span.start_char, q.span.end_char))[1]
            and self._overlaps(q, following.start_char, following.end_char)
        ]
        if not tail:
            return None
        said = tail[0]
        content = said.char_range or (said.span.start_char, said.span.end_char)
        exprs = self.numbers.read(following)
        if not exprs:
            return None
        tolls = [
            other
            for other in self._sentence(doc, text, following, exprs)
            if content[0] <= other.span.start_char < content[1]
            and (other.unit in self.handed_on_units or other.counts in _TOLL_COUNTS)
        ]
        return said.speaker if tolls else None

    @staticmethod
    def _overlaps(quote: QuoteAnn, start: int, end: int) -> bool:
        q_start, q_end = quote.char_range or (quote.span.start_char, quote.span.end_char)
        return q_start < end and start < q_end

    def _paragraph_opener(
        self, sent: Span, attributions: list[AttributionAnn], body: list[Span]
    ) -> Mention | None:
        """The source a sentence before in the same paragraph opened with ("По данным
        ведомства, ...", "За його словами, ..."): a reported or claimed attribution whose
        evidence starts its sentence. A paragraph goes on with that source's account, as
        wires write lists of figures; None when no sentence before opened so."""
        para = next((p for p in body if p.start_char <= sent.start_char < p.end_char), None)
        if para is None or para.start_char == sent.start_char:
            return None
        openers = [
            a
            for a in attributions
            if a.relation in ("reported", "claimed")
            and a.source.span is not None
            and para.start_char <= a.evidence.start_char < sent.start_char
            and a.evidence.start_char == a.evidence.sent.start_char
            # "За нашими даними": a channel's own data; its figures stay its narration
            and not any(t.lower_ in self.first_person for t in a.source.span)
        ]
        return max(openers, key=lambda a: a.evidence.start_char).source if openers else None

    @staticmethod
    def _answerer(fig: FigureAnn, who: Mention, answers: list[tuple[int, int]]) -> Mention | None:
        """The interviewee claims a figure in an answer nobody else is given for."""
        start = fig.span.start_char
        return who if any(a <= start < b for a, b in answers) else None

    def _ordinals(
        self,
        doc: Doc,
        sents: SentenceIndex,
        figures: list[FigureAnn],
        quotes: list[QuoteAnn],
        attributions: list[AttributionAnn],
        mentions: list[Mention],
    ) -> None:
        """Ordinals that count events ("tredje gang siden august"); never 1 ("for the first time")."""
        assert self.ordinal_re is not None
        furniture = [
            (p.start_char, p.end_char)
            for p in get_list(doc, "st_paragraphs")
            if paragraph_role(p) not in ("body", None)
        ]
        found = [(m, False) for m in self.ordinal_re.finditer(doc_text(doc))]
        if self.glued_ordinal_re is not None:
            found += [(m, True) for m in self.glued_ordinal_re.finditer(doc_text(doc))]
        for m, glued in found:
            if any(a <= m.start() < b for a, b in furniture):
                continue
            word = m.group("n")
            digits = re.match(r"\d+", word)
            words = self.glued_ordinal_words if glued else self.ordinal_words
            value = float(digits.group()) if digits else words.get(word.lower())
            if value is None or value < 2 or value > 1000:
                continue
            span = doc.char_span(
                m.start(), m.end() if glued else m.end("n"), alignment_mode="expand"
            )
            sent = sents.get(sents.index(m.start()))
            if (
                span is None
                or sent is None
                or any(f.span.start <= span.start < f.span.end for f in figures)
            ):
                continue
            if not glued and self._before_plural(doc, span.end, sent.end):
                continue  # "noen andre fangeutvekslinger": other exchanges, no rank
            if glued:
                unit, unit_end = self.glued_unit, span.end
            else:
                unit, _counts, unit_end, _generic = self._unit_of(
                    doc, NumberExpr(span.start, span.end, value, words=True), sent.end
                )
            fig = FigureAnn(
                span=doc[span.start : max(span.end, unit_end)],
                value=value,
                unit=unit or self.ordinal_unit,
            )
            fig.claimant = self._claimant(fig, sent, quotes, attributions, mentions)
            fig.counts = fig.unit
            figures.append(fig)

    @staticmethod
    def _before_plural(doc: Doc, start: int, end: int) -> bool:
        """An ordinal ranks one thing, so the noun after it is singular; before a plural noun
        (over at most two adjectives) the word is no ordinal: "andre" is "other" in "noen
        andre angrep" as much as "second" in "det andre angrepet"."""
        for k in range(start, min(end, start + 3)):
            if doc[k].pos_ in ("NOUN", "PROPN"):
                return "Plur" in doc[k].morph.get("Number")
            if doc[k].pos_ != "ADJ":
                return False
        return False

    def _sentence(
        self,
        doc: Doc,
        text: str,
        sent: Span,
        exprs: list[NumberExpr],
        carried: FigureAnn | None = None,
    ) -> list[FigureAnn]:
        """The figures of one sentence. ``carried`` is the last figure of the sentence before
        in the same paragraph, which an "N of them" opening this one takes a part of."""
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        char_starts = token_starts(doc)
        idioms = self._matches(self.idiom_re, sent)
        # a time window ("de siste 24 timene", "in the past 24 hours") is no figure; one that is
        # a duration ("for the last 30 years") is, unless it qualifies another number
        spans = [(char_starts[e.start], char_starts[e.end - 1] + len(texts[e.end - 1])) for e in exprs]
        windows = self._matches(self.window_re, sent)
        qualifying = self._matches(self.qualifying_window_re, sent)
        if qualifying:
            # a counted noun after a number, or a currency sign before it ("$500 million over
            # five years"), makes it a count the window can qualify
            counted_at = [
                spans[k][0]
                for k, e in enumerate(exprs)
                if self._unit_of(doc, e, sent.end)[0] is not None
                or text[max(0, spans[k][0] - 1) : spans[k][0]] in self.prefix_units
            ]
            windows += [
                (s, e) for s, e in qualifying if any(not (s <= a < e) for a in counted_at)
            ]
        if windows and self.window_duration_re is not None:
            counted = [
                spans[k][0]
                for k, e in enumerate(exprs)
                if self._unit_of(doc, e, sent.end)[0] is not None
            ]
            windows = [
                (s, e)
                for s, e in windows
                if not self.window_duration_re.search(text[max(sent.start_char, s - 20) : s])
                or any(not (s <= a < e) for a in counted)
            ]
        out: list[FigureAnn] = []
        skip_next = False
        for n, expr in enumerate(exprs):
            if skip_next:
                skip_next = False
                continue
            start_c, end_c = spans[n]
            if any(s < end_c and start_c < e for s, e in idioms + windows):
                continue
            before = text[max(sent.start_char, start_c - 40) : start_c]
            after = text[end_c : min(sent.end_char, end_c + 30)]
            if self.before_re is not None and self.before_re.search(before):
                continue
            if re.search(r"\d[-–/]$", before):
                continue  # the tail of a code or phone number ("303-832-8160")
            if self.after_re is not None and self.after_re.search(after):
                continue
            if self.token_re is not None and self.token_re.fullmatch(texts[expr.start]):
                continue  # "05.30": a clock time
            if (
                self.year_word_re is not None
                and not expr.words
                and 1800 <= expr.value <= 2100
                and expr.value.is_integer()
                and self.year_word_re.match(after)
            ):
                continue  # "у вересні 2022 року", "в 2014 году": a year, no count of years
            if self._opening_year(doc, expr, text[sent.start_char : start_c]):
                continue  # "I 2014 gjekk 35 prosent ...": a year, whatever the tagger makes of the verb
            if (
                self.paren_age
                and before.endswith("(")
                and after.startswith(")")
                and not texts[expr.start].startswith("+")  # "(+5)": an increment
                and expr.value < 130
                and self._most_unit(doc, sent, start_c) is None
            ):
                continue  # "Nina Petrenko (71)"
            value = expr.value
            value_max = None
            span_start, last = expr.start, expr
            bound = "exact"
            score = False
            nxt = exprs[n + 1] if n + 1 < len(exprs) else None
            if expr.value_max is not None:
                # "40-60.000 drepte": the range is written as one number
                value_max, bound = expr.value_max, "range"
            elif nxt is not None:
                between = text[end_c : char_starts[nxt.start]]
                opened = (
                    self.range_open_re.search(before) if self.range_open_re is not None else None
                )
                joined = self.dash_re.match(between) or (
                    opened and self.range_join_re.match(between)
                )
                nxt_end = char_starts[nxt.end - 1] + len(doc[nxt.end - 1])
                # "15 til 20 millionar": the multiplier of the upper end scales the lower
                if expr.scale == 1.0 and nxt.scale > 1.0 and value * nxt.scale < nxt.value:
                    value *= nxt.scale
                elif (
                    joined
                    and expr.scale == 1.0
                    and (upper := self._written_multiplier(doc, nxt)) > 1.0
                    and value * upper < nxt.value
                ):
                    # "від 3 до 4 тис.", "mellom førti og hundre tusen": the thousands of the
                    # upper end are the lower end's too
                    value *= upper
                # a range rises, and not wildly ("303-832-5213" is a phone number, "1998-30" no range)
                tail_code = re.match(r"[-–/]\d", text[nxt_end : nxt_end + 2])
                plausible = value < nxt.value <= max(10 * value, 10) and not tail_code
                if joined and plausible:
                    value_max, last, bound, skip_next = nxt.value, nxt, "range", True
                    if opened:
                        span_start = doc.char_span(
                            start_c - len(opened.group()), start_c, alignment_mode="expand"
                        ).start
                elif (
                    re.fullmatch(r"\s*[-–—]\s*", between)
                    and not expr.words
                    and not nxt.words
                    and value.is_integer()
                    and nxt.value.is_integer()
                    and nxt.value <= value <= _SCORE_MAX
                    and not tail_code
                ):
                    last, skip_next, score = nxt, True, True  # "vant 7 - 2": one figure
                else:
                    value = expr.value
            if bound == "range" and self._is_year(doc, expr) and self._is_year(doc, last):
                continue  # "i perioden 1998 - 2008": years, not a range of counts
            whole = (
                nxt
                if nxt is not None
                and bound == "exact"
                and not skip_next
                and self._ratio_whole(expr, nxt, text[end_c : char_starts[nxt.start]])
                else None
            )
            if whole is not None:
                skip_next = True  # the whole is read with its part, never on its own
            if bound == "exact" and self.bound_re is not None:
                m = self.bound_re.search(before)
                if m and not (
                    m.lastgroup in ("less_than", "at_most")
                    and self.rise_to_re is not None
                    and self.rise_to_re.search(before)
                ):
                    bound = m.lastgroup or "exact"
                    bspan = doc.char_span(
                        start_c - len(m.group()), start_c, alignment_mode="expand"
                    )
                    if bspan is not None and bspan.start >= sent.start:
                        span_start = bspan.start
            if bound == "exact" and expr.approx:
                bound = "about"  # "et titall droner", "a dozen artillery systems"
            unit, unit_counts, unit_end, generic = self._unit_of(doc, last, sent.end)
            if whole is not None:
                # the part counts what its whole names, a noun the data lists or not ("to av
                # tre aviser"); with no noun ("to av ti som kommer") the figure ends at the whole
                unit, unit_counts, unit_end, generic = self._unit_of(doc, whole, sent.end)
                unit_end, generic = max(unit_end, whole.end), False
            if score:
                unit, unit_counts, generic = self.score_unit, None, False
            if expr.unit is not None:
                # "twice", "halvparten": the word is its own unit; the noun after a share says
                # only what it is a share of ("halvparten av innbyggerne": 50 percent)
                unit = expr.unit
            prefix = before.rstrip()[-1:] if not expr.words else ""
            if unit is None and prefix in self.prefix_units:
                unit = self.prefix_units[prefix]  # "$31,000"
            shared = False
            joined = None if unit is not None or skip_next else self._joined_number(text, exprs, spans, n)
            if joined is not None:
                # "fra 52 til om lag 42 prosent": the first number counts what the second does;
                # "prizes of 12,000, 8,000 and 5,000 dollars": so does the head of a list
                s_unit, s_counts, _end, s_generic = self._unit_of(doc, joined, sent.end)
                if s_unit is not None and not s_generic:
                    unit, unit_counts, shared = s_unit, s_counts, True
            tail = doc[max(last.end, unit_end) - 1]
            if self._not_a_count(unit, before, text[tail.idx + len(tail) : sent.end_char], expr):
                continue
            if expr.unit is None and self._refers_back(doc, last, value, unit, unit_end):
                continue
            counts = unit_counts or (
                None
                if unit in self.measure_units
                else self._counts(doc, sent, exprs, n, last, span_start)
            )
            # "opp mot 2000 kondolanser": a plural noun after the number counts it, whatever
            # word before would make it a year ("i 2000", "mot 2000")
            counted_plural = (
                generic and unit_end > last.end and "Plur" in doc[unit_end - 1].morph.get("Number")
            )
            if self._is_year(doc, expr, before) and (
                unit is None or (generic and not counted_plural) or shared
            ):
                continue
            earlier = out[-1] if out else carried if self._opens(doc, sent, span_start) else None
            if (
                unit is None
                and earlier is not None
                and last.end + 1 < sent.end
                and lowers[last.end] in self.partitive
                and lowers[last.end + 1] in self.back_pronouns
            ):
                # "Twelve others were wounded, three of them seriously": the earlier count's
                # noun; so too for a sentence that opens with the part ("Nine were hurt. Four of
                # them are children."), where a verb of its own says what the part counts
                # ("Twelve were hurt. Five of them, including two children, died.")
                # so too where a casualty word stands right before the part ("bases housing
                # 1,300 troops, killing 600 of them": the part counts the killed)
                tolled = (
                    span_start > sent.start
                    and self.counts_re is not None
                    and self.counts_re.fullmatch(texts[span_start - 1]) is not None
                )
                own = counts if earlier is carried or tolled else None
                unit, counts, unit_end = earlier.unit, own or earlier.counts, last.end + 2
            if (
                unit is None
                and whole is None
                and carried is not None
                and self._opened_by_part(doc, sent)
            ):
                # "Russland sendte 80 droner. Av disse ble 62 skutt ned", "Av desse var 45 på
                # nynorsk, 20 på begge språka": a sentence that opens with "of these" holds
                # parts of the count before it, which count what it counts
                unit, counts = carried.unit, counts or carried.counts
            if unit is None and whole is None and out and self._part_of_opening(doc, sent, span_start, out):
                # "Of the 35 hospitals in the city, 16 are out of service": the bare number
                # after a sentence's opening "of the N <noun>" is a part of that whole
                unit, counts = out[0].unit, counts or out[0].counts
            if unit is None and out and self._partitive_share(doc, span_start, out[-1], sent):
                unit, counts = out[-1].unit, out[-1].counts
            if unit is None and whole is None and expr.scale > 1.0:
                scaled = self._scaled_unit(doc, last, out)
                if scaled is not None:
                    unit, counts = scaled[0], counts or scaled[1]
            if unit is None and before.rstrip()[-1:] in ("—", "–", "-", "("):
                most = self._most_unit(doc, sent, start_c)
                if most is not None:
                    unit, counts = most
            if unit is None and self.dash_label_unit:
                labelled = self._label_unit(doc, text, sent, span_start, out)
                if labelled is not None:
                    unit, counts = labelled
            listed = unit is None and self._dash_list_item(doc, text, span_start, last, out)
            if listed:
                unit, counts = out[-1].unit, out[-1].counts
            elif counts is None and out and self._elliptic_item(doc, sent, span_start, last, unit, out[-1]):
                # "Four were killed in Kharkiv, another four in Sumy and one person in Odesa":
                # the items after the first leave out the verb and count what it counts
                unit, counts, listed = unit or out[-1].unit, out[-1].counts, True
            elif (
                unit is None
                and counts is None
                and out
                and self._gapped_item(doc, sent, span_start, last, out[-1])
            ):
                # "Ap fikk 30 prosent, Høyre 25 og Frp 15", "Hordaland med 28 aviser, Oslo med
                # 21": a list item that names only who or where leaves out the verb and the
                # noun, and counts what the first item counts
                unit, counts, listed = out[-1].unit, out[-1].counts, True
            elif unit is None and expr.weak and out and self._toll_object_item(doc, sent, span_start, last, out[-1]):
                # "killing two people and injuring another": a weak number as the bare object of
                # a casualty verb counts the noun of the toll before it in the sentence
                unit, listed = out[-1].unit, True
            if (
                unit is None
                and self.partitive_inherits
                and nxt is not None
                and not skip_next
                and text[end_c : char_starts[nxt.start]].strip().lower() in self.partitive
            ):
                # "збили 28 з 74 безпілотників", "сім із восьми дронів": the part counts what
                # the whole after it counts
                w_unit, w_counts, _end, w_generic = self._unit_of(doc, nxt, sent.end)
                if w_unit is not None and not w_generic:
                    unit, counts = w_unit, w_counts
            if (
                expr.weak
                and not listed
                and whole is None
                and bound not in ("range", "at_least", "at_most")
                and (
                    unit is None
                    or generic
                    or (
                        not self.weak_counts_noun
                        and (
                            (
                                counts is None
                                and unit not in self.weak_units
                                and not self._weak_noun_count(doc, span_start, unit)
                            )
                            or unit_end != last.end + 1
                            or (
                                self.weak_casualty_units
                                and unit not in self.weak_casualty_units
                                and unit not in self.weak_units
                            )
                        )
                    )
                )
            ):
                # "en" is an article unless a counted noun follows at once, also after a bound
                # that is a preposition as well ("under en trafikkulykke": during one); "minst
                # én", "at least one shell" count
                continue
            if unit is None and counts is None and self.measured_at_re is not None:
                measured = self.measured_at_re.search(before)
                if measured is not None:
                    # "put the number of protesters at 3,000": the number counts the measure
                    counts = (measured.group("of") or measured.group("noun")).lower()
            if unit is None and counts is None and self.sized.enabled and value >= 1 and value.is_integer():
                sized = self.sized.subject(doc, doc[expr.start], sent.start)
                if sized is not None:
                    # "attacks numbered 23,245", "the number of strikes exceeded 2,500": the
                    # number gives the size of the verb's subject, which is what it counts
                    unit, counts, _end = self._unit(doc, sized.i, sized.i + 1)
                    if unit is None:
                        counts = sized.lower_
            if unit is None and self.strength_re is not None and self.strength_re.match(after):
                # "the 5,000-strong \"55th Brigade\"", "a 15,000-strong Badr Corps": the strength
                # of a unit counts its members, whatever the name after it
                unit = self.strength_unit
            if (
                unit is None
                and counts is None
                and expr.scale == 1.0
                and whole is None
                and (
                    bound == "exact"
                    or (expr.words and expr.value < 2)
                    or expr.value_max is not None
                )
            ):
                continue  # a bare number, "under null", or a score ("tapte 1-3")
            if counts in _PERSON_COUNTS and unit in _THING_UNITS:
                counts = None  # "killed when 13 missiles hit": what they count is their noun
            out.append(
                FigureAnn(
                    span=doc[span_start : max(last.end, unit_end)],
                    value=value,
                    value_max=value_max,
                    bound=bound,
                    unit=unit,
                    counts=counts,
                )
            )
        return out

    def _scaled_unit(
        self, doc: Doc, last: NumberExpr, out: list[FigureAnn]
    ) -> tuple[str, str | None] | None:
        """The unit and count of a number scaled by millions that names no noun of its own
        ("De 13,8 milliarder kronene fordeler seg slik: 8,3 milliarder til ..."): what the
        nearest scaled figure before it in the sentence counts, the list going on without its
        noun; else what the scale word alone names in the language ("milliarder" is money);
        None without either."""
        earlier = next((fig for fig in reversed(out) if fig.value >= 1e6 and fig.unit), None)
        if earlier is not None and earlier.unit is not None:
            return earlier.unit, earlier.counts
        scale_word = doc[last.end - 1].lower_.rstrip(".")
        if scale_word in self.scale_units:
            return self.scale_units[scale_word], None
        return None

    def _most_unit(self, doc: Doc, sent: Span, before_char: int) -> tuple[str, str | None] | None:
        """The unit and count of the noun right after a "most" word earlier in the sentence
        ("Найбільше | штурмових дій", "Больше всего | дронов"), for a bare number after a
        dash or in brackets that names its share; None without one."""
        if self.most_re is None:
            return None
        found = self.most_re.search(doc_text(doc), sent.start_char, before_char)
        if found is None:
            return None
        span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
        if span is None:
            return None
        unit, counts, end = self._unit(doc, span.start, min(sent.end, span.start + 3))
        if unit is None:
            return None
        if self.most_morphology is not None and any(
            (parses := self.most_morphology.analyzer.parse(token.lower_))
            and parses[0].tag.POS not in ("NOUN", "ADJF", "PRTF")
            for token in doc[span.start : end]
        ):
            return None  # "Больше всего пострадал ...": a verb, no counted noun
        return unit, counts

    def _label_unit(
        self, doc: Doc, text: str, sent: Span, start: int, out: list[FigureAnn]
    ) -> tuple[str, str | None] | None:
        """The unit of a number in a loss list: the counted noun right before a dash that
        precedes it ("танків ‒ 11 098", "бойових броньованих машин ‒ 22 970"), or, for the
        increment in brackets after it ("(+5)"), what that number counted."""
        head = text[max(sent.start_char, doc[start].idx - 3) : doc[start].idx]
        if doc[start].text.startswith("+") and head.endswith("(") and out and out[-1].unit:
            return out[-1].unit, out[-1].counts  # "(+5)" after "танків ‒ 11 098"
        dash = start - 1
        if dash <= sent.start or doc[dash].text not in ("‒", "—", "–", "-"):
            return None
        for begin in range(dash - 1, max(sent.start, dash - 6) - 1, -1):
            word = doc[begin]
            if word.like_num or "\n" in word.text or (word.is_punct and word.text not in ("-", "‑")):
                break
            prev = doc[begin - 1].text if begin > sent.start else "\n"
            if "\n" not in prev and prev not in (",", ";", ":"):
                continue  # the label opens its line or follows a list's comma
            unit, counts, end = self._unit(doc, begin, dash)
            if unit is not None and all(doc[t].is_alpha or "-" in doc[t].text for t in range(end, dash)):
                return unit, counts  # "БпЛА | оперативно-тактичного рівня ‒": the label's tail
        return None

    def _dash_list_item(
        self, doc: Doc, text: str, start: int, last: NumberExpr, out: list[FigureAnn]
    ) -> bool:
        """Whether a number without a noun is an item of a list whose noun the item before it
        in the sentence names: a dash right before the item ("у травні — майже 26 тисяч") or
        right after it ("ще 26 — над Тульською", "по два – над Липецкой"). Only with the
        language's ``dash_list_inherits`` and an earlier figure of the sentence with a unit."""
        if not self.dash_list_inherits or not out or out[-1].unit is None:
            return False
        if out[-1].unit in self.measure_units:
            return False  # "3 години — ...": a duration or measure is no list's noun
        head = text[max(0, doc[start].idx - 4) : doc[start].idx]
        end_c = doc[last.end - 1].idx + len(doc[last.end - 1])
        tail = text[end_c : end_c + 3]
        return bool(re.search(r"\s[—–-]\s+$", head) or re.match(r"\s*[—–-]\s", tail))

    def _toll_object_item(
        self, doc: Doc, sent: Span, start: int, last: NumberExpr, earlier: FigureAnn
    ) -> bool:
        """Whether the weak number at ``start`` ("another", "one") is the whole object of a
        casualty verb right before it, with no noun after it, and the sentence counted people
        before it ("killing two people and injuring another", "killed three and wounded one"):
        the verb says what it counts, the earlier toll's noun whom. Tagged docs only."""
        if (
            self.counts_re is None
            or start <= sent.start
            or earlier.span.start < sent.start
            or earlier.counts is None
            or earlier.unit is None
            or earlier.unit in self.measure_units
            or earlier.unit in _THING_UNITS
            or not has_model_annotation(doc, "POS")
        ):
            return False
        if self.counts_re.fullmatch(token_texts(doc)[start - 1]) is None:
            return False
        return last.end >= sent.end or doc[last.end].pos_ in ("PUNCT", "CCONJ")

    def _weak_noun_count(self, doc: Doc, start: int, unit: str | None) -> bool:
        """A weak number word that counts a weapon or machine at once, in a language where it is
        no article ("the army fired one shell", "one drone hit a house": English "one", unlike
        Norwegian "en"), unless a determiner makes it a pronoun's ("this one drone")."""
        return (
            unit in self.weak_noun_units
            and doc[start].lower_ not in self.weak_toll_only
            and not (start > 0 and doc[start - 1].pos_ == "DET")
        )

    def _elliptic_item(
        self,
        doc: Doc,
        sent: Span,
        start: int,
        last: NumberExpr,
        unit: str | None,
        earlier: FigureAnn,
    ) -> bool:
        """Whether the number at ``start`` is an item of a list that leaves out its verb after
        ``earlier`` ("Fire ble drept i Kharkiv, ytterligere tre i Sumy og én i Odesa"): a comma
        or coordinator before it with no verb between, none in its own stretch up to the next
        one, a preposition right after it (the item is a count placed somewhere, not a code
        or a year: "posts 542 and 543", "i 1925 og 1927"), and a noun of the same kind as the
        earlier count's (or none). Tagged docs only."""
        if earlier.counts is None or not has_model_annotation(doc, "POS"):
            return False
        if unit is not None and unit != earlier.unit and not (
            unit in self.weak_casualty_units and earlier.unit in self.weak_casualty_units
        ):
            return False
        k = start - 1
        while k >= earlier.span.end and not self._list_joint(doc[k]):
            if doc[k].pos_ in ("VERB", "AUX"):
                return False
            k -= 1
        if k < earlier.span.end:
            return False
        j = max(last.end, self._unit_of(doc, last, sent.end)[2])
        if j >= sent.end or doc[j].pos_ != "ADP":
            return False  # the item is a count placed somewhere: "fire på Molde", "one in Izium"
        while j < sent.end and not self._list_joint(doc[j]) and doc[j].text not in (".", ";", ":"):
            if doc[j].pos_ in ("VERB", "AUX"):
                return False
            j += 1
        return True

    def _gapped_item(
        self, doc: Doc, sent: Span, start: int, last: NumberExpr, earlier: FigureAnn
    ) -> bool:
        """Whether the bare number at ``start`` is a list item that names only who or where
        before it ("..., Høyre 25 og Frp 15", "..., Oslo med 21"): after a comma or
        coordinator that follows ``earlier`` (a figure with a unit in the same sentence) come
        at most three names or nouns, maybe a preposition, and the number, which ends its
        item. No verb in between: "..., og Høyre fikk 25" says its own. Tagged docs only."""
        if (
            earlier.unit is None
            or earlier.span.start < sent.start
            or not has_model_annotation(doc, "POS")
        ):
            return False
        k = start - 1
        if k > earlier.span.end and doc[k].pos_ == "ADP":
            k -= 1  # "Oslo med 21"
        named = 0
        while k >= earlier.span.end and doc[k].pos_ in ("PROPN", "NOUN") and named < 3:
            named += 1
            k -= 1
        if not named or k < earlier.span.end or not self._list_joint(doc[k]):
            return False
        if any(doc[i].pos_ in ("VERB", "AUX") for i in range(earlier.span.end, k)):
            return False  # "fikk 30 prosent i fjor, og i år har Høyre 25": a clause of its own
        after = last.end
        while after < sent.end and doc[after].is_space:
            after += 1  # "Frp 15.\n": the number that ends its sentence took the full stop
        return after >= sent.end or (
            self._list_joint(doc[after]) or doc[after].text in (".", ";", "!")
        )

    @staticmethod
    def _list_joint(token: Token) -> bool:
        """A comma or a coordinating conjunction: where one item of a list ends."""
        return token.text == "," or token.pos_ == "CCONJ"

    def _part_of_opening(self, doc: Doc, sent: Span, start: int, out: list[FigureAnn]) -> bool:
        """Whether the bare number at ``start`` is the part of a whole its sentence opens with
        ("Of the 120 wounded, 30 are children", "Av de 35 sykehusene, er 16 ute av drift"):
        the sentence opens with a partitive, its first figure stands in the opening words and
        is the only one before, and the number follows the comma that closes the opening (with
        at most a verb between)."""
        opening = [t for t in doc[sent.start : min(sent.end, sent.start + 4)] if not (t.is_punct or t.is_space)]
        if len(out) != 1 or out[0].unit is None or not opening or opening[0].lower_ not in self.partitive:
            return False
        if out[0].span.start > opening[0].i + 3:
            return False
        commas = [t.i for t in doc[out[0].span.end : start] if t.text == ","]
        return len(commas) == 1 and start - commas[0] <= 2 and not any(t.like_num for t in doc[out[0].span.end : start])

    def _opened_by_part(self, doc: Doc, sent: Span) -> bool:
        """Whether ``sent`` opens with a partitive and a pronoun that points back ("Av disse",
        "Av dem", "Of these", past any punctuation or dash): its bare numbers are parts of the
        count before it."""
        opening = doc[sent.start : min(sent.end, sent.start + 4)]
        words = [t for t in opening if not (t.is_punct or t.is_space)]
        return (
            len(words) >= 2
            and words[0].lower_ in self.partitive
            and words[1].lower_ in self.back_pronouns
        )

    @staticmethod
    def _opens(doc: Doc, sent: Span, start: int) -> bool:
        """Whether the token at ``start`` opens ``sent`` (past any punctuation or dash)."""
        return all(t.is_punct or t.is_space for t in doc[sent.start : start])

    def _partitive_share(self, doc: Doc, start: int, earlier: FigureAnn, sent: Span) -> bool:
        """Whether a bare number at ``start`` counts what ``earlier`` counted.

        Russian and Ukrainian leave the noun out of a part of a count: "64 беспилотника, из
        них 22 - над Курской областью" and "знищила 31 дрон з 38" count drones twice. Only
        with the language's ``partitive_inherits`` switch, and only a few words after the
        earlier figure, so a number far from it keeps its own reading.
        """
        if not self.partitive_inherits or earlier.unit is None or start < sent.start + 2:
            return False
        if doc[start - 1].lower_ in self.back_pronouns and doc[start - 2].lower_ in self.partitive:
            between = doc[earlier.span.end : start - 2]
            return len(between) <= 8 and not any(t.like_num for t in between)
        return earlier.span.end == start - 1 and doc[start - 1].lower_ in self.partitive

    def _opening_year(self, doc: Doc, expr: NumberExpr, opening: str) -> bool:
        """Whether ``expr`` is a year-shaped number that is the object of the one preposition
        opening its sentence ("I 2014 gjekk ...", "Siden 2022 har ...", "In 2019 the ..."). A
        phrase that opens a sentence is an adverbial, so the number is the time, never a count
        of what follows: a tagger that reads the verb after it as a plural noun ("gjekk") must
        not make it one."""
        return re.fullmatch(r"\s*\w+\s*", opening) is not None and self._is_year(
            doc, expr, opening
        )

    def _ratio_whole(self, part: NumberExpr, whole: NumberExpr, between: str) -> bool:
        """Whether ``whole``, right after ``part`` and a partitive word ("to av tre", "sju av
        ti"), is the small whole of a proportion: larger than the part and at most the
        language's ``ratio_whole_max``. A large whole ("460 av 479 droner") is a count of its
        own and stays a figure."""
        if not self.ratio_whole_max or part.value_max is not None:
            return False
        return (
            between.strip().lower() in self.partitive
            and whole.value_max is None
            and whole.scale == 1.0
            and whole.value.is_integer()
            and part.value < whole.value <= self.ratio_whole_max
        )

    @staticmethod
    def _matches(pattern: re.Pattern[str] | None, sent: Span) -> list[tuple[int, int]]:
        """Document character ranges of ``pattern`` in ``sent``."""
        if pattern is None:
            return []
        return [
            (m.start() + sent.start_char, m.end() + sent.start_char)
            for m in pattern.finditer(span_text(sent))
        ]

    def _written_multiplier(self, doc: Doc, expr: NumberExpr) -> float:
        """The multiplier word or abbreviation that ends a number of two or more words ("4 тис.",
        "20 тысяч", "hundre tusen"), 1.0 when there is none."""
        if expr.end - expr.start < 2:
            return 1.0
        return float(self.numbers.multipliers.get(doc[expr.end - 1].lower_.rstrip("."), 1.0))

    def _not_a_count(self, unit: str | None, before: str, after: str, expr: NumberExpr) -> bool:
        """A duration that is a point in time ("for tre år siden", "om to uker", "Six minutes
        later") or an age ("hun var fem år", "barn under 14 år", "a nine-month-old")."""
        if unit is None or expr.scale > 1.0:
            return False
        if unit in self.durations:
            if self.relative_before_re is not None and self.relative_before_re.search(before):
                return True
            if self.relative_after_re is not None and self.relative_after_re.search(after):
                return True
        if unit in self.age_units:
            if self.age_before_re is not None and self.age_before_re.search(before):
                return True
            if self.age_after_re is not None and self.age_after_re.search(after):
                return True
        return bool(
            unit == "years"
            and self.age_years_before_re is not None
            and self.age_years_before_re.search(before)
        )

    def _refers_back(
        self, doc: Doc, last: NumberExpr, value: float, unit: str | None, unit_end: int
    ) -> bool:
        """A pair before a definite plural noun ("de to landene", "begge de to nye
        delegasjonene", "de to brødrene") is "both": it points back to two things the text has
        already named and claims no count of its own. Larger numbers there often carry the
        count ("alle de 40 fangene som ble utvekslet"), so they stay; so do durations ("de ti
        minuttene" is a window or a duration, read elsewhere), a part named before "av", and a
        pair picked out of more ("de to siste fangene")."""
        if (
            not self.definite_back_reference_max
            or value > self.definite_back_reference_max
            or unit is None
            or unit in self.durations
            or unit_end <= last.end
            or doc[last.end].lower_ in self.partitive
        ):
            return False
        if any(
            doc[k].lower_ in self.definite_back_reference_selectors
            for k in range(last.end, unit_end)
        ):
            return False  # "de to siste fangene": the last two of more, a count
        noun = doc[unit_end - 1]
        return "Def" in noun.morph.get("Definite") and "Plur" in noun.morph.get("Number")

    def _is_year(self, doc: Doc, expr: NumberExpr, before: str | None = None) -> bool:
        """A four-digit number read as a year: after "i"/"since"/a month (``before``, the text
        before it), or by its shape alone when ``before`` is None."""
        texts = token_texts(doc)
        text = texts[expr.start].rstrip(".")
        if expr.words or len(text) != 4 or not 1900 <= expr.value <= 2100:
            return False
        if before is None:
            return True
        return self.year_before_re is None or bool(self.year_before_re.search(before))

    def _unit_of(
        self, doc: Doc, expr: NumberExpr, end: int
    ) -> tuple[str | None, str | None, int, bool]:
        """The counted noun after ``expr``: from the language data, else (``generic``) any noun
        the tagger marks, as written ("200 fenalår", "two books"), over modifiers."""
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        j = expr.end
        if expr.words and expr.value < 1 and j < end and lowers[j] in self.numbers.article_one:
            j += 1  # "half an hour", "ein halv time"
        if j < end and lowers[j] in self.partitive:
            possessed = self._possessed_whole_unit(doc, j + 1, end)
            if possessed is not None:
                return possessed[0], possessed[1], expr.end, possessed[2]
        unit, counts, unit_end = self._unit(doc, j, end)
        if unit is not None:
            return unit, counts, unit_end, False
        if j < end and lowers[j] in self.partitive:
            j += 1
            if j < end and lowers[j] in self.articles:
                j += 1  # "to av de tre", "two of the books"
        if j < end and texts[j] in ("-", "‑"):
            j += 1  # "the 131-page document"
        k = j
        while (
            k < end
            and k - j < 3
            and (
                doc[k].pos_ in _MODIFIER_POS
                or self._compound_part(doc, k, end)
                or (k == j and self._other_before_noun(doc, k, end))
                or (
                    "Part" in doc[k].morph.get("VerbForm")
                    and "Pres" not in doc[k].morph.get("Tense")
                )
            )
        ):
            k += 1
        if (
            k < end
            and doc[k].pos_ in _COUNTED_POS
            and doc[k].is_alpha
            and lowers[k] not in self.uncounted
            and lowers[k] not in self.phrase_openers  # "wounded 12 overnight": no noun counted
            and not (self._is_year(doc, expr) and "Plur" not in doc[k].morph.get("Number"))
            and not self._toll_word(doc[k])
        ):  # "the 1969 film" is a year; "2000 jordmødre" a count
            return texts[k].lower(), None, k + 1, True
        if self.morphology is not None and not has_model_annotation(doc, "POS"):
            counted = self._counted_noun(doc, j, end)
            if (
                counted is not None
                and not self._is_year(doc, expr)
                and not self._singular_after_many(doc, expr.value, counted)
            ):
                return texts[counted].lower(), None, counted + 1, True
        if self.untagged_noun_re is not None and not has_model_annotation(doc, "POS"):
            counted = self._plural_by_form(doc, j, end)
            if counted is not None and not self._is_year(doc, expr):
                return texts[counted].lower(), None, counted + 1, True
        return None, None, expr.end, False

    def _possessed_whole_unit(
        self, doc: Doc, start: int, end: int
    ) -> tuple[str | None, str | None, bool] | None:
        """The unit of a share's whole when an owner stands between ("seks av byens ti
        bydeler", "six of the town's ten districts"): the owner is no counted noun, the part
        counts what the whole after the owner counts. ``(unit, counts, generic)``, or None
        when no owner and number follow the partitive at ``start``."""
        k = start
        if k < end and doc[k].lower_ in self.articles:
            k += 1  # "of the town's"
        if k >= end:
            return None
        if "Gen" in doc[k].morph.get("Case"):
            k += 1  # "byens", "Ukrainas": a genitive the tagger marks
        elif k + 1 < end and doc[k + 1].lower_ in _POSSESSIVE_MARKS:
            k += 2  # "the town 's"
        else:
            return None
        if k >= end or doc[k].pos_ != "NUM":
            return None
        while k < end and doc[k].pos_ == "NUM":
            k += 1  # the whole's number, "ten", "1 200"
        unit, counts, _unit_end = self._unit(doc, k, end)
        if unit is not None:
            return unit, counts, False
        if k < end and doc[k].pos_ in _COUNTED_POS and doc[k].is_alpha:
            return doc[k].lower_, None, True
        return None

    @staticmethod
    def _compound_part(doc: Doc, k: int, end: int) -> bool:
        """A word that only qualifies a noun after it in the number's phrase ("two giant Texas
        plants", "three Space Shuttle orbiters"): what is counted is the compound's head, the
        plural noun its run of names and nouns ends in (read by tag: the parse is not always
        there). A singular head is what a measure describes ("its 243,000 bpd Texas City
        refinery": the barrels are counted) and a name standing alone ("two Texas") is no part
        of a noun at all."""
        m = k
        while m < end and m - k < 3 and doc[m].pos_ in _COMPOUND_POS:
            m += 1
        last = doc[m - 1]
        return (
            m - 1 > k
            and (m >= end or doc[m].pos_ not in _COMPOUND_POS)
            and last.pos_ in _COUNTED_POS
            and "Plur" in last.morph.get("Number")
        )

    def _toll_word(self, word: Token) -> bool:
        """A toll's participle the tagger may call a noun ("en drept og to såret", "28
        wounded"): it says what the number is counted as, not what is counted."""
        return self.counts_re is not None and self.counts_re.fullmatch(word.text) is not None

    def _other_before_noun(self, doc: Doc, k: int, end: int) -> bool:
        """A plural determiner right after the number that qualifies an indefinite noun ("530
        andre kjøretøy", "tre slike biler"): the noun after it is what is counted. Not a
        definite noun ("to andre rennene", "de to forrige gangene"), a set the text knows."""
        return (
            doc[k].pos_ == "DET"
            and "Plur" in doc[k].morph.get("Number")
            and doc[k].lower_ not in self.articles
            and k + 1 < end
            and "Def" not in doc[k + 1].morph.get("Definite")
        )

    def _plural_by_form(self, doc: Doc, start: int, end: int) -> int | None:
        """The plural noun a number counts in an untagged doc, by its ending, over at most two
        modifiers of an adjective ending ("seks tidligere stortingsrepresentanter"): a
        lower-case word the language data does not list as no noun."""
        assert self.untagged_noun_re is not None

        lowers = doc_lowers(doc)

        def word(k: int) -> bool:
            low = lowers[k]  # the word lists first, from the kept column; one Token for the flags
            if low in self.untagged_not_nouns or low in self.uncounted or low in self.gap_stop:
                return False
            token = doc[k]
            return bool(token.is_lower and token.is_alpha)

        k = start
        while k < end and k - start <= 2 and word(k):
            if self.untagged_noun_re.fullmatch(doc[k].lower_):
                return k
            if self.untagged_modifier_re is None or not self.untagged_modifier_re.fullmatch(
                doc[k].lower_
            ):
                return None
            k += 1
        return None

    def _singular_after_many(self, doc: Doc, value: float, noun: int) -> bool:
        """Whether token ``noun`` is a singular noun after a whole number whose last word
        governs the plural (five and up, the teens, tens, hundreds): no count of it but a
        label, a number in a name ("в 119 конвеєрі", "на 25 поверсі"; a count is "у 119
        конвеєрах", "25 поверхів"). Numbers ending in one to four take the singular ("751
        заклад", "172 гірника"), fractions too ("2,5 раза")."""
        compound = (
            noun + 1 < len(doc) and not doc[noun].whitespace_ and doc[noun + 1].text in ("-", "‑")
        )
        if value != int(value) or compound:
            return False  # a fraction, or the first half of a compound ("дизель-генераторів")
        whole = int(value)
        if not (11 <= whole % 100 <= 19 or whole % 10 in (0, 5, 6, 7, 8, 9)):
            return False
        parses = self.morphology.analyzer.parse(doc[noun].text)
        nouns = [parse for parse in parses if parse.tag.POS == "NOUN"]
        return bool(nouns) and all("plur" not in parse.tag for parse in nouns)

    def _counted_noun(self, doc: Doc, start: int, end: int) -> int | None:
        """The noun a number counts, over at most two adjectives or participles, by the
        morphological analyser ("20 резервных дизель-генераторов", "23 ударні безпілотники"):
        a lower-case dictionary noun."""
        k = start
        while k < end and k - start <= 2:
            word = doc[k].text
            if not (doc[k].is_lower and (doc[k].is_alpha or "-" in word[1:])):
                return None
            tag = self.morphology.analyzer.parse(word)[0].tag
            if tag.POS == "NOUN" and doc[k].lower_ not in self.uncounted:
                return k
            if tag.POS not in ("ADJF", "PRTF"):
                return None
            k += 1
        return None

    def _joined_number(
        self, text: str, exprs: list[NumberExpr], spans: list[tuple[int, int]], n: int
    ) -> NumberExpr | None:
        """The number whose unit the bare number ``exprs[n]`` shares: the next one when a
        join stands between ("52 til 42 prosent", "200 and 150 fighters"), or the last of a
        list the number heads, its items parted by commas and its last joined ("12,000, 8,000
        and 5,000 dollars": a unit written once counts every item). None where there is none."""
        if self.share_join_re is None:
            return None
        k = n
        while k + 1 < len(exprs):
            gap = text[spans[k][1] : spans[k + 1][0]]
            if self.share_join_re.match(gap):
                return exprs[k + 1]
            if gap.strip() != ",":
                return None
            k += 1
        return None

    def _unit(self, doc: Doc, i: int, end: int) -> tuple[str | None, str | None, int]:
        """The counted noun after a number: over at most two adjectives, or after "av"/"of"."""
        lowers = doc_lowers(doc)
        texts = token_texts(doc)
        gap = 2
        j = i
        opened = False
        if j < end and lowers[j] in self.partitive:
            j += 1
        while j < end and j - i <= gap + 1:
            tok = doc[j]
            pair = f"{tok.text} {texts[j + 1]}" if j + 1 < end else ""
            # "Iskander-M-raketter", "Shahed-drones": a compound counts what its last part names
            tail = tok.text.rsplit("-", 1)[-1] if "-" in tok.text[1:] else tok.text
            units = self.units if self._maybe_unit(tok.text, tail, pair) else ()
            for pattern, unit, counts in units:
                if pattern.fullmatch(tok.text) or (tail != tok.text and pattern.fullmatch(tail)):
                    # "Tre andre droner": a word read as a unit ("andre", others) before the
                    # noun it qualifies yields to that noun; a toll's participle after a noun
                    # the tagger marks ("Three children killed", "to på 58 år skadet") says
                    # what the noun is counted as, and the noun stays what is counted (an
                    # adjective still yields: "240 civilian casualties")
                    after = (
                        self._unit(doc, j + 1, min(end, j + 2))
                        if j + 1 < end
                        and not (tok.pos_ in _COUNTED_POS and self._toll_word(doc[j + 1]))
                        else None
                    )
                    if after is not None and after[0] is not None:
                        return after
                    if (
                        j + 1 < end
                        and tok.pos_ in ("ADJ", "DET")
                        and self._is_common_noun(doc[j + 1])
                        and has_model_annotation(doc, "POS")
                    ):
                        # "530 andre militærkjøretøy", "tre sivile biler": an adjective read
                        # as a unit qualifies the noun after it, which is what is counted
                        return None, None, i
                    if opened and j + 1 < end and texts[j + 1] in _UNIT_QUOTE_MARKS:
                        return unit, counts, j + 2  # the closing mark with the noun
                    return unit, counts, j + 1
                if pair and pattern.fullmatch(pair):
                    return unit, counts, j + 2  # "per cent"
            if tok.text in _UNIT_QUOTE_MARKS and j + 1 < end:
                opened = True
                j += 1  # 'три "Шахеди"', "12 «Калибров»": the noun in quote marks counts
                continue
            if (
                tok.lower_ in self.gap_stop
                or tok.lower_ in self.phrase_openers
                or (tok.lower_ in self.sum_phrase_openers and self._after_sum(doc, i))
                or not (tok.is_alpha or "-" in tok.text)
            ):
                break
            if "Fin" in tok.morph.get("VerbForm"):
                break  # "i Milano 2004 hadde dagene hans": a finite verb ends the number's phrase
            # "3 збиті дрони", "12 уничтоженных танков": a participle that qualifies the noun
            # after it lets the scan on; any other casualty word ends it
            if (
                self.counts_re is not None
                and self.counts_re.fullmatch(tok.text)
                and not (
                    self.participle_before_noun
                    and j + 1 < end
                    and self._unit(doc, j + 1, min(end, j + 2))[0] is not None
                )
            ):
                break
            if self._is_common_noun(tok):
                break  # "190 universities last year": the first noun is what is counted
            j += 1
        return None, None, i

    def _after_sum(self, doc: Doc, i: int) -> bool:
        """Whether the number before token ``i`` ends in a scale word of a million or more
        ("2 milliarder", "400 friske millioner"): a sum, whose phrase after may say what it goes
        to."""
        return i > 0 and doc[i - 1].lower_.rstrip(".") in self.big_scale_words

    def _maybe_unit(self, text: str, tail: str, pair: str) -> bool:
        """Whether any unit pattern can fullmatch the word, its compound tail or the word
        pair (what :meth:`_unit` tries): False lets it skip the patterns one by one."""
        unit_word = self.unit_word  # the answers kept per word (regex_prefilter.fullmatch_test)
        if unit_word is None:
            return True
        return bool(unit_word(text) or (tail != text and unit_word(tail)) or (pair and unit_word(pair)))

    def _is_common_noun(self, token: Token) -> bool:
        """A lower-case common noun, as the tagger says or, untagged, by the language's plural
        ending; a capitalised one names a type ("112 Shahed-type drones") and lets the scan on."""
        if not token.is_lower or (token.i > 0 and token.doc[token.i - 1].text in ("-", "‑")):
            return False  # "Shahed - type": the tail of a compound the tokenizer split
        if has_model_annotation(token.doc, "POS"):
            return token.pos_ in _COUNTED_POS
        return (
            self.untagged_noun_re is not None
            and token.lower_ not in self.untagged_not_nouns
            and self.untagged_noun_re.fullmatch(token.lower_) is not None
        )

    def _counts(
        self, doc: Doc, sent: Span, exprs: list[NumberExpr], n: int, last: NumberExpr, start: int
    ) -> str | None:
        """What the number counts: a casualty word right before it ("killing nine"), else the
        first after it in its clause, else the last before it."""
        texts = token_texts(doc)
        if self.counts_re is None:
            return None
        c_start, c_end = clause_bounds(sent, exprs[n].start, last.end)
        split = self._split_count(doc, exprs, n, last, c_start, c_end)
        if split is not None:
            return split  # before the word right before it: "mistet" alone is losses
        if start > sent.start:
            m = self.counts_re.fullmatch(texts[start - 1])
            if m is not None and m.lastgroup is not None:
                return self.count_labels[int(m.lastgroup[1:])]
        following = [e for e in exprs[n + 1 :] if e.start >= last.end]
        if (
            following
            and last.end < c_end
            and doc_lowers(doc)[last.end] in self.partitive
            and self._possessed_whole_unit(doc, last.end + 1, c_end) is not None
        ):
            # "Tre av regionens fem kraftverk er ødelagt": the whole's number belongs to the
            # share, and the part counts what the clause after the whole says
            following = following[1:]
        nxt = following[0].start if following else c_end
        fwd = doc[last.end : min(c_end, nxt)]
        m = self.counts_re.search(span_text(fwd)) if len(fwd) else None
        if m is not None and following and self._part_of_this(doc, following[0], c_end):
            # "en base med 1300 soldater og drepte 600 av dem": the toll is the part's, and
            # the whole counts only its noun
            return None
        if (
            m is not None
            and self.joined_toll_re is not None
            and self.joined_toll_re.match(doc_text(doc), fwd.start_char + m.start())
        ):
            return "casualties"  # "have been killed or injured"
        if m is None:
            # "tre, inkludert en gravid kvinne, mistet livet": the toll's verb after the part
            m = self._counts_past_inclusion(doc, sent, c_end)
        if m is None:
            prev = max([e.end for e in exprs[:n] if e.end <= exprs[n].start] + [c_start])
            back = doc[prev : exprs[n].start]
            back_text = span_text(back) if len(back) else ""
            matches = list(self.counts_re.finditer(back_text))
            m = matches[-1] if matches else None
            if m is not None and self.joined_toll_re is not None and any(
                joined.end() == m.end() for joined in self.joined_toll_re.finditer(back_text)
            ):
                return "casualties"  # "the troops killed or wounded ... is nearing 500,000"
        if m is None or m.lastgroup is None:
            return None
        return self.count_labels[int(m.lastgroup[1:])]

    def _split_count(
        self, doc: Doc, exprs: list[NumberExpr], n: int, last: NumberExpr, c_start: int, c_end: int
    ) -> str | None:
        """What a verb split by the number counts ("mistet tre personer livet": killed, not
        the bare "mistet" of losses; "skjøt ned 30 droner"): the clause's words before the
        number, from the number before it on, joined to those after it up to the next number; a
        split form counts only where it reaches across the number, its verb before it and its
        particle or object after it (a form wholly on one side is read by the counts table)."""
        if self.split_counts_re is None:
            return None
        prev = max([e.end for e in exprs[:n] if e.end <= exprs[n].start] + [c_start])
        nxt = min([e.start for e in exprs[n + 1 :] if e.start >= last.end] + [c_end])
        before = doc[prev : exprs[n].start]
        after = doc[last.end : nxt]
        before_text = span_text(before) if len(before) else ""
        after_text = span_text(after) if len(after) else ""
        if not before_text or not after_text:
            return None
        joined = before_text + " " + after_text
        for m in self.split_counts_re.finditer(joined):
            if m.start() < len(before_text) < m.end() and m.lastgroup is not None:
                return self.split_labels[int(m.lastgroup[1:])]
        return None

    def _part_of_this(self, doc: Doc, part: NumberExpr, c_end: int) -> bool:
        """Whether the number ``part`` is a part of the number before it that a toll word right
        before it governs ("drepte 600 av dem", "killed 600 of them"), in the clause; not "12
        were killed and three of them were children", where the toll is the whole's."""
        lowers = doc_lowers(doc)
        return (
            part.start > 0
            and self.counts_re is not None
            and self.counts_re.fullmatch(doc[part.start - 1].text) is not None
            and part.end + 1 < min(c_end, len(doc))
            and lowers[part.end] in self.partitive
            and lowers[part.end + 1] in self.back_pronouns
        )

    def _counts_past_inclusion(self, doc: Doc, sent: Span, c_end: int) -> re.Match[str] | None:
        """The casualty word of the clause a number's subject goes on in after an inserted
        part of it ("Nine, including two children, were hospitalised", "tre, blant dem et barn,
        ble drept"): the number's own clause ends at the comma before the inclusion, so the
        verb that says what it counts stands after the inclusion's closing comma."""
        texts = token_texts(doc)
        if self.inclusion_re is None or c_end >= sent.end or texts[c_end] != ",":
            return None
        rest = doc[c_end + 1 : min(sent.end, c_end + 1 + _MAX_INCLUSION_WORDS)]
        if not self.inclusion_re.match(span_text(rest)):  # cut from the kept text, not joined
            return None
        close = next((t.i for t in rest[1:] if t.text == ","), None)
        if close is None:
            return None
        _start, resume_end = clause_bounds(sent, close + 1, close + 1)
        tail = doc[close + 1 : resume_end]
        return self.counts_re.search(span_text(tail)) if self.counts_re is not None and len(tail) else None

    # -- claimant --------------------------------------------------------------------------------

    @staticmethod
    def _inside(span: Span, start: int, end: int) -> bool:
        return start <= span.start_char and span.end_char <= end

    def _claimant(
        self,
        fig: FigureAnn,
        sent: Span,
        quotes: list[QuoteAnn],
        attributions: list[AttributionAnn],
        mentions: list[Mention],
    ) -> Mention | None:
        for q in quotes:
            start, end = q.char_range or (q.span.start_char, q.span.end_char)
            if (
                self._inside(fig.span, start, end)
                and q.speaker is not None
                and not self._time_phrase(q.speaker)
            ):
                return self._issuer(q.speaker, attributions) or q.speaker
        here = sorted(
            (
                a
                for a in attributions
                if a.evidence.start_char < sent.end_char
                and sent.start_char < a.evidence.end_char
                and a.source.span is not None
            ),
            key=lambda a: _CLAIM_ORDER.get(a.relation, len(_CLAIM_ORDER)),
        )
        for a in here:
            src = a.source.span
            if src is not None and self._inside(fig.span, src.start_char, src.end_char):
                # "Tre av soldatene har bekreftet overfor avisen": the count is the recipient's
                return self._recipient(a, mentions)
        cited = self._cited_source(fig, sent, mentions)
        if cited is not None:
            return cited
        for a in here:
            if self._inside(fig.span, a.evidence.start_char, a.evidence.end_char) or (
                a.object is not None
                and self._inside(fig.span, a.object.start_char, a.object.end_char)
            ):
                return self._document_issuer(a.source)
        # "17 ble drept ..., og myndighetene hevder å ha skutt ned 74 droner": a statement in
        # a later clause of its own reports its own content, not the figure before it
        here = [a for a in here if not self._own_later_clause(fig, a)]
        # "..., though police refused to give a crowd figure": who gives no figure, or could
        # not check one, claims none of the sentence's counts
        here = [a for a in here if a.relation not in _CLAIMS_NOTHING]
        if here:
            return self._document_issuer(here[0].source)
        # "157 krigsfanger er på vei hjem. Det bekrefter Zelenskyj."
        if not self.back_reference:
            return None
        doc = sent.doc
        k = sent.end
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k >= len(doc) or doc[k].lower_ not in self.back_reference:
            return None
        nxt = [
            a
            for a in attributions
            if a.source.span is not None
            and a.evidence.start_char >= doc[k].idx
            and a.evidence.sent.start <= k
            # "Det britiske forsvarsdepartementet melder": "det" opens the next source's
            # name, it points back to nothing
            and a.source.span.start > k
        ]
        return nxt[0].source if nxt else None

    def _document_issuer(self, source: Mention) -> Mention:
        """Who issued the document a statement's source opens with ("Early reports from the
        aid group put the toll at 21" -> the aid group): the guide makes a figure's claimant
        an agent, never a document; the source itself when its head is no document or no
        issuer follows it."""
        if source.span is None:
            return source
        span = source.span
        # the document noun heads the phrase: within its first three words ("Early reports from")
        issuer = issuer_in_span(span.doc, cue_lexicon(self.lang), span.start, span.end, span.start + 3)
        return issuer or source

    def _part_of_earlier(
        self, fig: FigureAnn, earlier: list[FigureAnn], body: list[Span]
    ) -> Mention | None:
        """The claimant of the count a figure takes a part of ("Det russiske forsvaret sier at
        Ukraina sendte 96 droner. Seks av disse ble skutt ned", "54 people were injured, the
        mayor said. 38 of them were hospitalised"): "of them" points at the last figure before
        it in its paragraph, and the part is claimed by whoever gave the whole."""
        doc = fig.span.doc
        after = fig.span.end
        # "of them" after the figure's words, or closing them ("Four of these" read as one)
        inside = len(fig.span) >= 3 and fig.span[-1].lower_ in self.back_pronouns and fig.span[-2].lower_ in self.partitive
        if not inside and (
            after + 1 >= len(doc)
            or doc[after].lower_ not in self.partitive
            or doc[after + 1].lower_ not in self.back_pronouns
        ):
            return None
        paragraph = next(
            (p for p in body if p.start_char <= fig.span.start_char < p.end_char), None
        )
        if paragraph is None:
            return None
        before = [
            f for f in earlier if paragraph.start_char <= f.span.start_char < fig.span.start_char
        ]
        return before[-1].claimant if before else None

    def _side_source(self, sent: Span) -> Mention | None:
        """The side an impersonal report comes from ("Fra russisk side meldes det om 33
        nedskutte droner"): the sentence names its own source, so none is handed on from the
        sentence before."""
        if self.side_source_re is None:
            return None
        m = self.side_source_re.search(span_text(sent))
        if m is None:
            return None
        who = sent.doc.char_span(
            sent.start_char + m.start("who"), sent.start_char + m.end("who"), alignment_mode="expand"
        )
        return Mention(span=who, name=m.group("who"), kind="descriptive") if who is not None else None

    def _cited_source(self, fig: FigureAnn, sent: Span, mentions: list[Mention]) -> Mention | None:
        """The party an outlet cites on the clause that holds the figure ("Reuters siterer
        lokale myndigheter på at 12 personer ble drept"): the cited party claims it, not the
        outlet that relays it (the guide: ``source`` is who claims it). The mention the
        speakers component read for the same words is reused."""
        if self.cited_source_re is None:
            return None
        for m in self.cited_source_re.finditer(span_text(sent)):
            if sent.start_char + m.end() > fig.span.start_char:
                break  # the figure stands before the clause it is cited on
            who = sent.doc.char_span(
                sent.start_char + m.start("who"), sent.start_char + m.end("who"), alignment_mode="expand"
            )
            if who is None:
                continue
            for mention in mentions:
                if mention.span is not None and mention.span.start == who.start and mention.kind != "pronoun":
                    return mention
            return Mention(span=who, name=who.text, kind="descriptive")
        return None

    def _added_by_speaker(
        self, fig: FigureAnn, sent: Span, quotes: list[QuoteAnn]
    ) -> Mention | None:
        """The speaker of a quote in the figure's sentence whose cue goes on in a relative
        clause of speech that holds the figure ("– ..., sier guvernøren, som legger til at en
        person mistet livet"; "..., the mayor said, who added that 12 were hurt"): what the
        speaker adds is still the speaker's claim."""
        if self.relative_speech_re is None:
            return None
        doc = sent.doc
        for q in quotes:
            start, end = q.char_range or (q.span.start_char, q.span.end_char)
            if q.speaker is None or not (sent.start_char <= start and end <= fig.span.start_char):
                continue
            between = doc_text(doc)[end : fig.span.start_char]
            if self.relative_speech_re.search(between):
                return q.speaker
        return None

    def _added_to(
        self, sent: Span, earlier: list[FigureAnn], body: list[Span]
    ) -> Mention | None:
        """The claimant of the last figure before a sentence that opens by adding to the
        account ("I tillegg skal 14 fly være ødelagt", "In addition, 30 tanks were lost"), when
        that figure stands in the same paragraph or one of the two before (a one-line source
        paragraph, "Det opplyser X.", often stands between): the list goes on, so does the one
        who gives it."""
        if self.additive_re is None or not self.additive_re.match(span_text(sent)):
            return None
        n = next((k for k, p in enumerate(body) if p.start_char <= sent.start_char < p.end_char), None)
        if n is None:
            return None
        reach = body[max(0, n - 2)].start_char
        before = [f for f in earlier if reach <= f.span.start_char < sent.start_char]
        if not before:
            return None
        return before[-1].claimant

    def _own_later_clause(self, fig: FigureAnn, attribution: AttributionAnn) -> bool:
        """A statement that opens a clause of its own after the figure ("..., og russiske
        myndigheter hevder å ha skutt ned 74 droner", "..., som guvernøren bekreftet ødela
        bygninger", "..., while the ministry said it downed 40 drones") and says something of
        its own: a verb past its cue, not only a recipient or a medium ("som guvernøren
        bekreftet overfor NTB" comments on the clause before it and so claims its figure). A
        clause that points back ("og det bekrefter X") claims it too. Needs the tagger's verbs;
        without them nothing is left out."""
        evidence = attribution.evidence
        source = attribution.source.span
        if (
            not self.own_clause_openers
            or source is None
            or evidence.start_char < fig.span.end_char
            or evidence[0].lower_ not in self.own_clause_openers
            or (len(evidence) > 1 and evidence[1].lower_ in self.back_reference)
        ):
            return False
        verbs = [t for t in evidence if t.pos_ in ("VERB", "AUX") and not source.start <= t.i < source.end]
        return len(verbs) >= 2

    def _document(self, who: Mention) -> bool:
        """A claimant that is a document or a body of numbers ("updated numbers", "tallene",
        "the report"): per the guide the claimant is whoever issued it, which the fallbacks
        after this look for."""
        words = who.name.split()
        if not words:
            return False
        head = words[-1].lower()
        return (
            head in self.document_heads
            # a capitalised head ends a name ("International Institute for Strategic Studies")
            and (words[-1].islower() or len(words) == 1)
            # "Britisk etterretning": a noun that names a body as well as its findings is the
            # body (as the sourcing phrases read it)
            and not has_suffix(head, self.body_heads)
        )

    def _issuer(self, speaker: Mention, attributions: list[AttributionAnn]) -> Mention | None:
        """The party that issued the numbers a quote's speaker names ("Ifølge de siste
        anslagene fra FN har over 1100 sivile ...", "According to the latest estimates from
        the UN, ..."): the quote reader takes the numbers' noun phrase for the speaker, the
        sourcing reader the party after it; per the guide the party claims the figure. Only
        a party named after the speaker inside the same sourcing phrase, never a document."""
        if speaker.span is None or not self.issuer_preps:
            return None
        doc = speaker.span.doc
        start, end = speaker.span.start_char, speaker.span.end_char
        for a in attributions:
            source = a.source.span
            if (
                source is None
                or a.relation not in _HANDED_ON
                or not a.evidence.start_char <= start
                or not end <= source.start_char
                or source.end_char > a.evidence.end_char
                or source.start - speaker.span.end > _MAX_ISSUER_GAP
                or self._document(a.source)
            ):
                continue
            gap = doc[speaker.span.end : source.start]
            if any(t.lower_ in self.issuer_preps for t in gap) and all(
                t.lower_ in self.issuer_preps or t.lower_ in self.document_heads or t.pos_ == "DET"
                for t in gap
            ):
                return a.source
        return None

    def _time_phrase(self, who: Mention) -> bool:
        """A speaker that is a time expression ("denne uka", "Tirsdag kveld"): per the guide
        never an agent, so it gives a figure no claimant."""
        if who.span is None or len(who.span) > 3:
            return False
        return who.span[-1].lower_ in self.time_words

    @staticmethod
    def _recipient(a: AttributionAnn, mentions: list[Mention]) -> Mention | None:
        if a.recipient is None:
            return None
        ev = a.evidence
        after = a.source.span.end_char if a.source.span is not None else ev.start_char
        inside = [
            m
            for m in mentions
            if m is not a.source
            and m.span is not None
            and ev.start_char <= m.span.start_char
            and m.span.end_char <= ev.end_char
            and m.span.start_char >= after
        ]
        return next((m for m in inside if m.name == a.recipient), inside[0] if inside else None)

    def _relation_counts(
        self, fig: FigureAnn, sent: Span, attributions: list[AttributionAnn]
    ) -> str | None:
        """A verification's subject or source counted ("åtte soldater ... identifisert")."""
        for a in attributions:
            if a.relation not in _VERIFYING:
                continue
            for part in (a.source.span, a.object):
                if part is not None and self._inside(fig.span, part.start_char, part.end_char):
                    return a.relation
        return None


@Language.factory(
    "sourcetrace_figures",
    default_config={"lang": ""},
    requires=[
        "doc._.st_paragraphs",
        "doc._.st_quotes",
        "doc._.st_attributions",
        "doc._.st_mentions",
        "doc.ents",
        "token.is_sent_start",
    ],
    assigns=["doc._.st_figures"],
)
def make_figures(nlp: Language, name: str, lang: str) -> Figures:
    return Figures(nlp, name, lang=lang)


#: a backreference or a named group's reuse: numbered and named groups shift in an alternation
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?P<")


def _any_of(patterns: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive alternation of ``patterns``: it fullmatches a string exactly when
    one of them does (the engine tries each alternative to the end). None when there are none
    or a pattern cannot stand inside an alternation (inline global flags, group references)."""
    if not patterns or any(_GROUP_REFERENCE.search(p) for p in patterns):
        return None
    try:
        return regex_cache.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    except re.error:
        return None



def _same_person(name: str, other: str) -> bool:
    """One person by two mentions: the same name, or a surname the full name ends with
    ("Dahle" / "Lars Dahle")."""
    one, two = name.casefold().split(), other.casefold().split()
    if not one or not two:
        return False
    short, full = sorted((one, two), key=len)
    return full[-len(short):] == short


def _named(mention: Mention) -> bool:
    """A mention that names its person or body, itself or through what it was resolved to
    ("han" or "RV-representanten" read as "Lars Dahle")."""
    if mention.kind in _NAMED_VOICES:
        return True
    resolved = mention.antecedent is not None or mention.name != mention.text
    return resolved and mention.name[:1].isupper()

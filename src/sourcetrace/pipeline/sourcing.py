"""``sourcetrace_sourcing``: sourcing relations (reported, claimed, verified, identified, confirmed,
denied, could-not-verify, no-comment) with their source, recipient, object and evidence.

Why rules: the relations hang on a small closed set of verbs and constructions per language
("har verifisert", "identifisert av", "bekreftet overfor", "did not respond to a request for
comment"), listed in ``lang/data/CODE/sourcing.toml``. All cues are compiled into one regular
expression run once over the lower-cased text (fast: only sentences holding a cue are read);
the source is then read from the clause around the cue: its subject (or, after a fronted phrase,
the inverted subject; a relative pronoun's antecedent; an elided subject's earlier mention), the
agent of a passive, the phrase after "ifølge"/"according to", or a fixed name. Source mentions go
to ``doc._.st_mentions`` for the speakers component to cluster.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lang as langdata
from . import regex_cache, token_arrays
from ._sourcing_credits import bracket_credits, own_credit, signed_outlet
from .annotations import (
    AttributionAnn,
    Mention,
    doc_text,
    get_list,
    has_model_annotation,
    paragraph_role,
)
from .cues import lexicon as shared_vocabulary
from .quote_media import find_medium
from .regex_prefilter import dispatched, guarded, prefix_guard
from .sourcing_phrases import (
    APOSTROPHES,
    QUOTE_MARKS,
    Lexicon,
    Phrase,
    Phrases,
    clause_bounds,
    is_boundary,
)
from .token_arrays import token_starts

#: how many line breaks may stand between a report and the passive that goes on retelling it
_RETOLD_LINES = 2

_SOURCES = (
    "subject",
    "after",
    "agent",
    "possessor",
    "self",
    "fixed",
    "next_clause",
    "cue",
    "genitive",
    "document",
    "quote_speaker",
)


@dataclass(frozen=True)
class _Pattern:
    relation: str
    cue: re.Pattern[str]
    raw: str
    source: str
    name: str | None = None
    require_org: bool = False
    allow_named: bool = False
    # ... or a role's holder ("The regional governor reported two deaths") when the cue takes a
    # noun, not a clause: a clause after it is the holder's indirect quote, the statement's record
    allow_roles: bool = False
    invert: bool = True
    recipient: str | None = None
    object: str | None = None
    negative: bool = False
    # the source phrase must end in one of these ("The update added that")
    require_head: frozenset[str] = frozenset()
    # the source must relay information (outlet, intelligence, estimate, sources), not be a
    # party stating it: "ifølge generalstaben" is the general staff's own (indirect) statement
    require_relay: bool = False
    # the source must be a news outlet, by a known name or an outlet's word ("Sky News said",
    # "The Guardian says"): an outlet saying something relays it (the guide's reported)
    require_outlet: bool = False
    # ... or a body's pronoun standing for one ("It quoted critics", after "The Guardian cited")
    pronoun_outlet: bool = False
    # the subject must be a study, figures or a document ("forskning viser", "figures from the
    # UN show"): the source is whoever issued it, or the study itself when none is named
    require_document: bool = False
    # the words between the speech verb and its recipient must be an unnamed speaker ("sier en
    # av innbyggerne til avisa"): only then is the outlet told a source
    anonymous_speaker: bool = False
    # the source may not be the publishing outlet itself ("Wikinews observed" is its narration)
    not_self: bool = False
    # a citing cue ("со ссылкой на X"): the outlet or body before it reports too ("Телеграм-канал
    # Astra со ссылкой на местных жителей пишет"), and the cited one's evidence is the citing words
    citer_reports: bool = False
    # the source after the cue may not cite another right after its name ("Про це повідомляє
    # ТСН.ua з посиланням на X"): the outlet relays, the one it cites is the source
    not_citing: bool = False
    # the source must be an agent: a named party or body, or a document's issuer ("viser til
    # en avgjørelse fra overhuset"), never a thing pointed to ("Det viser til hevnangrep")
    require_agent: bool = False
    # read inside a direct quote too: "«Ifølge meningsmålinger vil partiet vinne», sier X" is
    # a statement of the polls whoever says it (the guide: "ifølge X" is always one)
    in_quotes: bool = False
    # a fixed-name cue that ends in a document noun with no owner ("«...», — сказано у
    # повідомленні"): the document is the one named before, so its issuer speaks (the source of
    # the earlier statement whose evidence names it, "Згідно із повідомленням ДСНС"), else `name`
    earlier_document: bool = False
    # a fixed-name passive that goes on retelling ("Вказується, що ...", "Повідомляється, що"
    # after "Згідно з повідомленням ДСНС"): the source of the attribution just before it, within
    # `_RETOLD_LINES` lines, speaks on; else `name`
    earlier_source: bool = False
    #: with ``earlier_source``: no attribution at all when no report stands just before
    #: ("Вказується, що ..." far from any report is the writer's own sentence)
    retold_only: bool = False
    # the noun the cue opens with must name a statement made, not one asked for or judged
    # ("called for a review by the audit office", "seen as a reliable estimate by experts":
    # the lexicon's `unmade_before` words in the few words before the cue)
    made_only: bool = False


def _compile(data: dict[str, Any]) -> list[_Pattern]:
    order = {r: n for n, r in enumerate(data.get("relation_order", []))}
    negative = {"could-not-verify", "no-comment", "denied"}
    patterns = []
    for entry in data.get("pattern", []):
        if any(c.isupper() for c in re.sub(r"\\.", "", entry["cue"])):
            raise ValueError(
                f"sourcing.toml: cues are matched lower-cased; write {entry['cue']!r} in lower case"
            )
        source = entry.get("source", "subject")
        if source not in _SOURCES:
            raise ValueError(
                f"sourcing.toml: unknown source {source!r} for cue {entry.get('cue')!r}"
            )
        patterns.append(
            _Pattern(
                relation=entry["relation"],
                cue=regex_cache.compile(r"(?<!\w)(?:" + entry["cue"] + r")(?!\w)", re.IGNORECASE),
                raw=r"(?:" + entry["cue"] + r")(?!\w)",
                source=source,
                name=entry.get("name"),
                require_org=bool(entry.get("require_org", False)),
                allow_named=bool(entry.get("allow_named", False)),
                allow_roles=bool(entry.get("allow_roles", False)),
                invert=bool(entry.get("invert", True)),
                recipient=entry.get("recipient"),
                object=entry.get("object"),
                negative=entry["relation"] in negative,
                require_head=frozenset(w.lower() for w in entry.get("require_head", [])),
                require_relay=bool(entry.get("require_relay", False)),
                require_outlet=bool(entry.get("require_outlet", False)),
                pronoun_outlet=bool(entry.get("pronoun_outlet", False)),
                require_document=bool(entry.get("require_document", False)),
                anonymous_speaker=bool(entry.get("anonymous_speaker", False)),
                not_self=bool(entry.get("not_self", False)),
                citer_reports=bool(entry.get("citer_reports", False)),
                not_citing=bool(entry.get("not_citing", False)),
                require_agent=bool(entry.get("require_agent", False)),
                in_quotes=bool(entry.get("in_quotes", False)),
                earlier_document=bool(entry.get("earlier_document", False)),
                earlier_source=bool(entry.get("earlier_source", False)),
                retold_only=bool(entry.get("retold_only", False)),
                made_only=bool(entry.get("made_only", False)),
            )
        )
    patterns.sort(key=lambda p: order.get(p.relation, len(order)))
    return patterns


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start (read from an array: iterating ``doc.sents`` is slow;
    kept per document, as sourcing and figures each index the sentences: the list is shared,
    never change it)."""
    return token_arrays.sentence_starts(doc)


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, or the whole doc as one when none are set."""
    starts = sentence_starts(doc)
    ends = starts[1:] + [len(doc)]
    return [doc[s:e] for s, e in zip(starts, ends, strict=True)]


class SentenceIndex:
    """Sentence lookup by character offset, building only the spans asked for."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = sentence_starts(doc)
        char_starts = token_starts(doc)  # the column, not a Token per sentence
        self.chars = [char_starts[i] for i in self.starts]

    def index(self, char: int) -> int:
        return bisect.bisect_right(self.chars, char) - 1

    def get(self, n: int) -> Span | None:
        if n < 0 or n >= len(self.starts):
            return None
        end = self.starts[n + 1] if n + 1 < len(self.starts) else len(self.doc)
        return self.doc[self.starts[n] : end]


class _Covered:
    """Character ranges merged into sorted disjoint ones, so that whether a position falls in
    any of them is one binary search (a document has many cue matches and many quotes)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def covers(self, position: int) -> bool:
        at = bisect.bisect_right(self.starts, position) - 1
        return at >= 0 and position < self.ends[at]


class Sourcing:
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "sourcing")
        self.patterns = _compile(self.data)
        # one pass over the lower-cased text finds every cue; alternatives in priority order
        alternatives = "|".join(f"(?P<p{n}>{p.raw})" for n, p in enumerate(self.patterns))
        compiled = regex_cache.compile  # compiled forms kept between processes (start-up)
        self.combined = (
            compiled(guarded(rf"(?<!\w)(?:{alternatives})", re.I), re.I) if self.patterns else None
        )
        #: the cue pattern each match's last group names (``p3``; ``a3_105`` in the grouped form)
        self.cue_of_group = {f"p{n}": n for n in range(len(self.patterns))}
        grouped = dispatched([p.raw for p in self.patterns])
        if grouped is not None:  # the same matches, found in less than half the time
            # and only the word starts whose first letters begin some cue enter it (about
            # half the time again)
            guard = prefix_guard(grouped[0])
            self.combined_lower = compiled(
                rf"(?<!\w){guard}{grouped[0]}" if guard else guarded(rf"(?<!\w){grouped[0]}")
            )
            self.cue_of_group.update(grouped[1])
        else:
            self.combined_lower = compiled(guarded(rf"(?<!\w)(?:{alternatives})")) if self.patterns else None
        self.lex = Lexicon(self.data, shared_vocabulary(self.lang))
        self.phrases = Phrases(self.lex)
        # whether any cue is read inside direct quotes (`in_quotes`)
        self.any_in_quotes = any(p.in_quotes for p in self.patterns)
        # the name of the publication as a source ("it could not be verified")
        self.self_source = str(self.data.get("self_source", ""))
        if not self.self_source and any(p.source == "self" for p in self.patterns):
            raise ValueError('sourcing.toml: cues with source = "self" need `self_source`')
        # "Про це повідомив X, передає Укрінформ.": the publisher's own credit names it when
        # the caller did not (languages opt in with `own_credit`, `own_credit_outlets`)
        credited = sorted(self.data.get("own_credit_outlets", []), key=len, reverse=True)
        self.own_credit_re = (
            re.compile(self.data["own_credit"], re.I) if self.data.get("own_credit") else None
        )
        self.own_credit_outlets_re = (
            re.compile(
                r"(?P<outlet>" + "|".join(map(re.escape, credited)) + r")"
                + self.data.get("own_credit_end", ""),
                re.I,
            )
            if credited
            else None
        )
        # "Офіцерський щоденник 🇺🇦" opening a Telegram post: the channel publishes it
        self.own_signature_re = (
            re.compile(self.data["own_signature"]) if self.data.get("own_signature") else None
        )
        # "DA hevder" after "Domstolsadministrasjonen (DA)": the body's full name (languages
        # whose names before the bracket stand in the nominative opt in)
        self.spell_out_acronyms = bool(self.data.get("spell_out_acronyms", False))
        self.participle_adjectives = bool(self.data.get("participle_adjectives", False))
        # "In a statement to X, the Church denied ...": one denial, no second `reported` for
        # the statement it was made in (languages opt in)
        self.one_relation_per_statement = bool(self.data.get("one_relation_per_statement", False))
        # "X condemned ... and accused Y": the parse's subject of the first conjunct (languages
        # whose parse labels are read opt in)
        self.conjunct_subjects = bool(self.data.get("conjunct_subjects", False))
        # "WASHINGTON (Reuters) - ...", "(Science Weekly) Researchers ...": a reposted text's
        # outlet credit in brackets is a `reported` statement with no verb (languages opt in)
        self.bracket_credits = bool(self.data.get("bracket_credits", False))
        # "X, in the city of Y, has reported": words between commas opened by a preposition
        # are an aside, not a name in apposition (languages opt in)
        self.prepositional_asides = bool(self.data.get("prepositional_asides", False))
        self.participle_endings = tuple(w.lower() for w in self.data.get("participle_endings", []))
        told = self.data.get("recipient_cues", [])
        self.told_re = (
            re.compile(r"(?<!\w)(?:" + "|".join(told) + r")\s+", re.IGNORECASE) if told else None
        )
        self.medium_re = re.compile(self.data["medium"]) if self.data.get("medium") else None
        # "bekrefter i en pressemelding", "hevder i en video på Telegram": the quotes' medium
        # vocabulary names the medium of a statement too (languages opt in)
        self.media_from_quotes = bool(self.data.get("media_from_quotes", False))
        self.date_re = (
            re.compile(self.data["date"], re.IGNORECASE) if self.data.get("date") else None
        )
        pronouns = "|".join(map(re.escape, sorted(self.lex.pronouns, key=len, reverse=True)))
        self.pronoun_medium_re = (
            re.compile(rf"\b(?:{pronouns})\s+{self.data['medium']}", re.IGNORECASE)
            if self.medium_re is not None and pronouns
            else None
        )

    def __call__(self, doc: Doc) -> Doc:
        attributions = get_list(doc, "st_attributions")
        mentions = get_list(doc, "st_mentions")
        if self.combined is None:
            return doc
        sents: SentenceIndex | None = None
        taken: dict[int, list[tuple[int, int]]] = {}
        text = doc_text(doc)
        if not doc._.st_outlet:
            doc._.st_outlet = own_credit(
                text, self.own_credit_re, self.own_credit_outlets_re
            ) or signed_outlet(text, self.own_signature_re)
        lower = text.lower()
        # lower-casing keeps offsets for all but a few letters; fall back when it does not
        matches = (
            self.combined_lower.finditer(lower)
            if len(lower) == len(text)
            else self.combined.finditer(text)
        )
        blocked = _Covered(self._blocked(doc))
        furniture = _Covered(self._furniture(doc))
        not_self: list[AttributionAnn] = []  # relations whose source may not be the publication
        for m in matches:
            quoted = blocked.covers(m.start())
            if quoted and (furniture.covers(m.start()) or not self.any_in_quotes):
                continue
            if self._inside_source(m.start(), attributions):
                continue  # "according to media reports": a word of a source's name, no verb
            if sents is None:
                sents = SentenceIndex(doc)
            n = sents.index(m.start())
            sent = sents.get(n)
            if sent is None:
                continue
            nxt = sents.get(n + 1)
            k = n + 1
            while nxt is not None and not text[nxt.start_char : nxt.end_char].strip():  # a paragraph break
                k += 1
                nxt = sents.get(k)
            used = taken.setdefault(n, [])
            first = self.cue_of_group.get(m.lastgroup or "p0", 0)
            for k in range(first, len(self.patterns)):
                pattern = self.patterns[k]
                if quoted and not pattern.in_quotes:
                    continue
                hit = m if k == first else pattern.cue.match(text, m.start())
                if hit is None:
                    continue
                found = self._try(doc, sent, nxt, pattern, hit.start(), hit.end(), used)
                if found:
                    for ann, new_mentions in found:
                        if self._repeats(ann, attributions):
                            continue
                        attributions.append(ann)
                        mentions.extend(new_mentions)
                        if pattern.not_self:
                            not_self.append(ann)
                    used.append((hit.start(), hit.end()))
                    break
        if self.bracket_credits:
            for ann in bracket_credits(
                doc,
                text,
                self.lex.shared.outlets,
                self.lex.outlet_name_words,
                self.data.get("credit_not", []),
                self.data.get("credit_connectors", []),
            ):
                if not self._repeats(ann, attributions):
                    attributions.append(ann)
        if not_self:
            own = self._own_outlets(doc, attributions)
            own = {name.casefold() for name in own}
            attributions[:] = [
                a for a in attributions if not (a in not_self and a.source.name.casefold() in own)
            ]
        attributions.sort(key=lambda x: x.evidence.start_char)
        attributions[:] = [
            a
            for n, a in enumerate(attributions)
            if not self._said_again(a, attributions[n + 1 :])
            and not (
                self.one_relation_per_statement
                and self._medium_of_other(a, attributions, self.lex.body_pronouns)
            )
        ]
        return doc

    @staticmethod
    def _medium_of_other(
        ann: AttributionAnn, attributions: list[AttributionAnn], body_pronouns: frozenset[str]
    ) -> bool:
        """A `reported` whose words another relation by the same source covers: "In a statement
        to the broadcaster, the Church denied ..." is one denial made in a statement, whichever
        cue was read first (see :meth:`_repeats` for the later one)."""
        ev = ann.evidence
        return ann.relation == "reported" and any(
            a is not ann
            and a.relation not in ("reported", "no-comment", "forwarded")
            and (
                Sourcing._same_source(a.source, ann.source)
                # "Reuters said it could not verify the toll": the pronoun inside the report's
                # own words is the reporter (resolved to it only later, by the speakers)
                or (
                    a.source.kind == "pronoun"
                    and a.source.name.lower() in body_pronouns
                    and ev.start <= a.evidence.start
                )
            )
            and a.evidence.start < ev.end
            and ev.start < a.evidence.end
            for a in attributions
        )

    @staticmethod
    def _inside_source(char: int, attributions: list[AttributionAnn]) -> bool:
        """Whether the cue at ``char`` stands inside the source phrase of a statement read
        before it ("according to unconfirmed reports", "citing media reports"): there the cue
        word is a noun of the source's name, and reading it as a verb would make a second
        statement whose source is the words before it ("unconfirmed")."""
        return any(
            a.source.span is not None and a.source.span.start_char < char < a.source.span.end_char
            for a in attributions
        )

    @staticmethod
    def _same_source(one: Mention, other: Mention) -> bool:
        """One name, or words of the text both were read from (a source read without a parse
        may run on into its verb: "the Church denied")."""
        if one.name == other.name:
            return True
        a, b = one.span, other.span
        return a is not None and b is not None and a.start < b.end and b.start < a.end

    @staticmethod
    def _said_again(ann: AttributionAnn, later: list[AttributionAnn]) -> bool:
        """The same statement by the same source later in the text, word for word: the earlier
        one is a teaser or pull quote the body repeats (the guide does not annotate those)."""
        said = ann.object.text.strip() if ann.object is not None else ""
        return len(said) > 20 and any(
            a.relation == ann.relation
            # one name, perhaps shortened ("Rune Almenning Jarstein", "Jarstein")
            and a.source.name.split()[-1:] == ann.source.name.split()[-1:]
            and a.object is not None
            and a.object.text.strip() == said
            for a in later
        )

    @staticmethod
    def _own_outlets(doc: Doc, attributions: list[AttributionAnn]) -> set[str]:
        """The publication's names: from its metadata, else the outlet that reports its own
        failed check ("Dagbladet har ikke kunnet verifisere tapstallene"), which only the
        publisher does; "sier en kilde til Dagbladet" in Dagbladet is its own reporting."""
        own = {doc._.st_outlet} if doc._.st_outlet else set()
        own |= {a.source.name for a in attributions if a.relation == "could-not-verify"}
        return own

    @staticmethod
    def _blocked(doc: Doc) -> list[tuple[int, int]]:
        """Character ranges where a cue is no sourcing relation: a speaker's own words
        («Vi kommenterer ikke ...», sier X) and headings or page furniture repeating the body."""
        out = [
            q.char_range or (q.span.start_char, q.span.end_char)
            for q in get_list(doc, "st_quotes")
            if q.kind == "direct"
        ]
        out += [
            (p.start_char, p.end_char)
            for p in get_list(doc, "st_paragraphs")
            if paragraph_role(p) not in ("body", None)
        ]
        return out

    @staticmethod
    def _furniture(doc: Doc) -> list[tuple[int, int]]:
        """Character ranges of headings and page furniture, where no cue is read at all."""
        return [
            (p.start_char, p.end_char)
            for p in get_list(doc, "st_paragraphs")
            if paragraph_role(p) not in ("body", None)
        ]

    @staticmethod
    def _repeats(ann: AttributionAnn, earlier: list[AttributionAnn]) -> bool:
        """The same relation to the same source over overlapping words, found by a second cue
        ("Ifølgje kjelder Bloomberg har snakka med": "ifølgje" and "kjelder ... har snakka med")."""
        ev = ann.evidence
        return any(
            # a "reported" after another relation by the same source is its own statement
            # ("bekrefter utvekslingen og skriver at ...")
            (a.relation == ann.relation or ann.relation == "reported")
            # one name, or its tail ("Figures from the Office for National Statistics show":
            # "show" reads "National Statistics" again; not "kjelder Bloomberg har snakka med",
            # the outlet's sources, after "Bloomberg")
            and (a.source.name.endswith(ann.source.name) or ann.source.name.endswith(a.source.name))
            and a.evidence.start < ev.end
            and ev.start < a.evidence.end
            for a in earlier
        )

    def _try(
        self,
        doc: Doc,
        sent: Span,
        nxt: Span | None,
        pattern: _Pattern,
        a: int,
        b: int,
        used: list[tuple[int, int]],
    ) -> list[tuple[AttributionAnn, list[Mention]]] | None:
        cue = doc.char_span(a, b, alignment_mode="expand")
        if cue is None or cue.start < sent.start or (not pattern.negative and self._negated(cue)):
            return None
        return self._read(doc, sent, cue, pattern, nxt, used)

    def _is_adjective_use(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """A bare participle right before a lower-case noun modifies it ("confirmed deaths")."""
        if cue.end >= sent.end or not cue[0].lower_.endswith(self.lex.participle_adjective_endings):
            return False
        if cue.start > sent.start + 1 and doc[cue.start - 1].text[:1].isupper():
            return False  # "The Danish Defense Ministry confirmed talks": a named subject's verb
        before = cue.start - 1
        while before > sent.start and doc[before].lower_ in self.lex.trim:
            before -= 1  # "which it earlier claimed": an adverb between subject and verb
        if before >= sent.start and doc[before].lower_ in self.lex.pronouns:
            # "a barracks which it claimed killed 400": after a pronoun subject the participle
            # is its finite verb, whatever word follows (a clause, not a noun it modifies)
            return False
        head = doc[before].lower_ if before >= sent.start else ""
        if head in self.lex.outlet_nouns or (
            self.lex.org_re is not None and self.lex.org_re.fullmatch(head)
        ):
            # "The newspaper cited unnamed sources", "the ministry earlier confirmed new
            # losses": right after an outlet or a body the participle is its verb
            return False
        nxt = doc[cue.end]
        low = nxt.lower_
        return (
            nxt.is_alpha
            and nxt.is_lower
            and not nxt.like_num
            and low not in self.lex.stop
            and low not in self.lex.determiners
            and low not in self.lex.that
            and low not in self.lex.recipient_preps
            and low not in self.lex.agent_preps
            and low not in self.lex.pronouns
            and low not in self.lex.noun_markers
            and low not in self.lex.trim
        )

    def _role_reporting_noun(self, doc: Doc, source: Phrase, cue: Span, c_end: int) -> bool:
        """Whether ``source`` is a role's holder by its title ("the regional governor", "the
        governor of the region") and the cue takes a noun after it ("reported two deaths",
        "reported an increase in the toll"), not a clause ("reported that ...", "reported he
        ..."), which the holder's indirect quote records."""
        words = [t for t in source.span if not t.is_punct]
        links = [at for at, t in enumerate(words) if t.lower_ in self.lex.antecedent_links]
        head = words[links[0] - 1] if links and links[0] > 0 else (words[-1] if words else None)
        if head is None or not head.is_lower or head.lower_ not in self.lex.titles:
            return False
        if cue.end >= c_end:
            return False
        after = doc[cue.end]
        # ("reported to headquarters", "reported for duty": a preposition makes it no report)
        return not (
            after.is_punct
            or after.lower_ in self.lex.that
            or after.lower_ in self.lex.pronouns
            or after.lower_ in self.lex.stop
        )

    def _hypothetical(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether a modal of the hypothetical or the future stands right before the cue, a
        perfect's auxiliary between them or inside the cue ("would have identified", "will
        confirm"): such a cue reports no statement made."""
        modals = self.lex.hypothetical_modals
        if not modals:
            return False
        at = cue.start
        if cue[0].lower_ not in self.lex.perfect_aux and at > sent.start and (
            doc[at - 1].lower_ in self.lex.perfect_aux
        ):
            at -= 1  # "would have | identified" (a cue holding "have" has the modal before it)
        return at > sent.start and doc[at - 1].lower_ in modals

    #: how many words before a study or estimate noun may hold what makes it unmade ("called
    #: for | an independent | review by", "seen as | a reliable | estimate by")
    UNMADE_WINDOW = 5

    def _unmade(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether the words right before the cue ask for the study or judge the estimate it
        names ("the minister called for a review by the audit office", "the figures are seen
        as a reliable estimate by experts"): the agent after "by" made no statement, so the
        noun is no sourcing (the guide: X must be given as where information comes from)."""
        start = max(sent.start, cue.start - self.UNMADE_WINDOW)
        before = " " + " ".join(t.lower_ for t in doc[start : cue.start]) + " "
        return any(f" {words} " in before for words in self.lex.unmade_before)

    def _negated(self, cue: Span) -> bool:
        return any(t.lower_ in self.lex.negations for t in cue)

    def _negated_after(self, doc: Doc, cue: Span, c_end: int) -> bool:
        """Whether a negation follows the cue's verb in its clause, within the few words an
        inverted subject or an adverb takes ("avviser ikke", "avviste heller ikke", "bekrefter
        politiet ikke"). Verb-second languages place it there, so a cue read as "denied" or
        "confirmed" would state the opposite of what the sentence says. "ikke bare" (not only)
        negates nothing; the search stops at punctuation and at the clause's "at"."""
        if not self.lex.negations_after_verb:
            return False
        for index in range(cue.end, min(c_end, cue.end + 3)):
            token = doc[index]
            if token.is_punct or token.lower_ in self.lex.that:
                return False
            if token.lower_ in self.lex.negations_after_verb:
                following = doc[index + 1].lower_ if index + 1 < len(doc) else ""
                return following not in self.lex.negation_not_only
        return False

    # -- one cue -------------------------------------------------------------------------------

    def _read(
        self,
        doc: Doc,
        sent: Span,
        cue: Span,
        p: _Pattern,
        nxt: Span | None,
        taken: list[tuple[int, int]],
    ) -> list[tuple[AttributionAnn, list[Mention]]] | None:
        before = doc[cue.start - 1].lower_ if cue.start > sent.start else ""
        if p.source == "subject" and (
            before in self.lex.noun_markers
            or before in self.lex.genitive_markers
            or before in APOSTROPHES
        ):
            return None  # "the claims", "the soldiers' claims": a noun, not a verb
        if len(cue) == 1 and self.lex.shared.noun_form(doc, cue.start, sent.end, modifiers=False):
            return None  # "Ukrainian reports of a strike", "dismissed reports that": the noun
        if (
            self.participle_adjectives
            and len(cue) == 1
            and not p.negative
            and self._is_adjective_use(doc, sent, cue)
        ):
            return None  # "counts confirmed deaths"
        if p.source == "subject" and len(cue) == 1 and before in self.lex.passive_markers:
            return None  # "will be identified", "er bekreftet": a passive without its agent
        if self._hypothetical(doc, sent, cue):
            return None  # "how it would have identified militants": no statement was made
        if p.made_only and self._unmade(doc, sent, cue):
            return None  # "asked for a review by X": X has said nothing yet
        c_start, c_end = clause_bounds(sent, cue.start, cue.end)
        if not p.negative and any(
            doc[i].lower_ in self.lex.negations
            for i in range(max(c_start, cue.start - 5), cue.start)
        ):
            return None  # "er ikkje stadfesta", "none of this has been confirmed"
        if p.source == "subject" and not self._negated(cue) and self._negated_after(doc, cue, c_end):
            # "Regjeringen avviser ikke at ...": V2 puts the negation after the verb (only a
            # verb's: "Ifølge Jansson virket ikke ..." negates the report's content); a cue
            # that holds its own ("kan ikke bekrefte") is read by its own pattern
            return None
        if p.negative and any(
            doc[i].lower_ in self.lex.neither_words
            # "neither ... nor": the coordinator follows ("Neither side's numbers could not
            # be verified" has none: a determiner)
            and any(
                doc[j].lower_ in self.lex.shared.coordinators
                for j in range(i + 1, min(c_end, cue.end + 2))
            )
            for i in range(max(c_start, cue.start - 5), cue.start)
        ):
            return None  # "har verken benektet eller bekreftet": neither denied nor confirmed
        after_cue = False
        for _s, e in taken:
            # a clause holding an earlier cue: the subject starts after it
            for t in range(c_start, cue.start):
                if doc[t].idx < e <= doc[t].idx + len(doc[t]) and not self._relay_after_subject(doc, _s, t):
                    c_start = t + 1
                    after_cue = True
        if after_cue and c_start == cue.start and p.source == "subject":
            return None  # "denied reports that": the cue word is the earlier verb's object
        if p.anonymous_speaker and not self._unnamed_between(doc, sent, cue):
            return None
        source, subject = self._source(doc, sent, cue, p, c_start, c_end)
        if source is None:
            return None
        if isinstance(source, Phrase) and source.span.text.lower() in self.lex.writer_pronouns:
            # "We were able to match the buildings to satellite images": outside a quote
            # (quotes are blocked) the writer's "we" is the publishing outlet checking
            source = doc._.st_outlet or self.self_source
        if p.require_document:
            issued = self._document_issuer(doc, sent, source)
            if issued is None and (parsed := self._parsed_document_subject(doc, sent, cue, c_start)):
                issued = self._document_issuer(doc, sent, parsed)
            source = issued
            if source is None:
                return None
            # "Meningsmålingen viser": the measure named before, by its issuer then
            source = (
                self._document_maker(doc, sent, source) or self._issuer_before(doc, source) or source
            )
            if (
                self.lex.issuerless_document_unknown
                and isinstance(source, Phrase)
                and self._has_head(source.span, self.lex.document_nouns)
            ):
                source = "unknown"  # "New figures show": the text names no one who issued them
        if isinstance(source, Phrase) and source.kind == "none":
            return None
        if p.require_agent and not self._is_agent(doc, source):
            return None
        if p.require_head and not (
            isinstance(source, Phrase) and self._has_head(source.span, p.require_head)
        ):
            return None
        if (
            p.not_self
            and isinstance(source, Phrase)
            and doc._.st_outlet
            # "Цензор.нет" as the outlet list spells it, "Цензор.НЕТ" as its credit does
            and source.name.casefold() == doc._.st_outlet.casefold()
        ):
            return None  # "Wikinews observed": the publication's own reporting, no sourcing
        if p.not_citing and isinstance(source, Phrase) and self._cites_next(doc, source.span, c_end):
            return None
        if p.require_outlet and not (
            isinstance(source, Phrase)
            and (
                self.phrases.is_outlet(source)
                # "It quoted critics": an outlet's pronoun, resolved to it later
                or (
                    p.pronoun_outlet
                    and source.kind == "pronoun"
                    and source.name.lower() in self.lex.body_pronouns
                )
            )
        ):
            return None
        if p.require_relay and not (
            isinstance(source, Phrase)
            and self.phrases.is_relay(source, self._phrase_tail(doc, source.span, c_end))
        ):
            return None
        if isinstance(source, Phrase) and (maker := self._document_maker(doc, sent, source)) is not None:
            source = maker  # "The report, written by engineers at X, suggests": the engineers
        elif isinstance(source, Phrase) and (issuer := self._opening_document_issuer(doc, sent, source)):
            source = issuer  # "Early reports from the committee put the toll at 40": the committee
        reused = isinstance(source, Mention)
        if isinstance(source, Mention):
            mentions = [source]
        elif isinstance(source, Phrase):
            if source.kind == "pronoun" and p.require_org:
                return None
            if (
                p.require_org
                and not self.phrases.is_org(source)
                and not (p.allow_named and source.kind == "named")
                and not (p.allow_roles and self._role_reporting_noun(doc, source, cue, c_end))
                # an outlet the lists do not know ("melder Romsdals Budstikke"), by its name
                # alone ("militærbloggeren Andrej Morozov" is a person)
                and not (p.require_relay and self.phrases.is_relay_name(source))
            ):
                return None
            # "Ukraina og Russland anklager hverandre": one relation per named party
            parts = [
                x
                for x in self.phrases.split_coordinated(source, sent.start, doc[c_start:c_end])
                if x.kind != "none"
            ]
            if p.source == "after":
                # "according to a fellow journalist and a doctor": one statement per party
                parts += self._coordinated_after(doc, sent, source, c_end)
            if p.source in ("after", "agent") and len(parts) == 1:
                # "reported by the agency, the national police and local officials"
                parts += self._listed_after(doc, sent, source)
            if not parts:
                return None
            mentions = [
                Mention(
                    span=x.name_span,
                    name=self._spelt_out(doc, x.name) if self.spell_out_acronyms else x.name,
                    kind=x.kind,
                )
                for x in parts
            ]
        else:
            mentions = [Mention(span=None, name=source, kind="unknown")]
        new: list[Mention] = []

        recipient: str | None = None
        if p.recipient in ("prep", "next", "inner"):
            if p.recipient == "prep":
                rng = self.phrases.after_prep(doc, cue.end, c_end, self.lex.recipient_preps)
            elif p.recipient == "inner":  # "kilder NRK har snakket med": the outlet inside
                rng = self.phrases.right(doc, cue.start + 1, cue.end)
            else:
                rng = self.phrases.right(doc, cue.end, c_end)
            if rng is None and self.told_re is not None:
                # "Russia denied the claims, a spokesman told Reuters."
                m = self.told_re.search(sent.text)
                told = (
                    doc.char_span(
                        sent.start_char + m.end(), sent.end_char, alignment_mode="contract"
                    )
                    if m
                    else None
                )
                if told is not None and len(told):
                    rng = self.phrases.right(
                        doc, told.start, clause_bounds(sent, told.start, told.start)[1]
                    )
            if rng is not None:
                rec = self.phrases.phrase(doc, rng[0], rng[1], sent.start)
                if rec.kind != "none":
                    recipient = rec.name
                    new.append(Mention(span=rec.name_span, name=rec.name, kind=rec.kind))

        obj = self._object(doc, cue, p, c_start, c_end, subject, sent)
        # the evidence is the cue's clause: from its opener ("som ...", "who ..."), widened to a
        # source standing outside it (an antecedent, or the subject after "In its update, ...")
        e_start = self.phrases.last_opener(sent, c_start, cue.start) or c_start
        e_end = c_end
        if isinstance(source, Phrase) and source.span.start >= sent.start:
            e_start = min(e_start, source.span.start)
            e_end = max(e_end, source.span.end)
        citer = self._citer(doc, sent, cue, c_start) if p.citer_reports and not after_cue else None
        if citer is not None:
            e_start = cue.start  # "со ссылкой на местных жителей": the cited one's own words
        evidence = doc[e_start:e_end]
        medium = self._medium(doc, evidence, p, nxt, sent)
        date = self._date(evidence)
        cited_by: list[tuple[AttributionAnn, list[Mention]]] = []
        if citer is not None and not (
            doc._.st_outlet and citer.name.casefold() == doc._.st_outlet.casefold()
        ):
            # "інформує Цензор.НЕТ із посиланням на" in Цензор.НЕТ's own copy: no relay
            said = Mention(span=citer.name_span, name=citer.name, kind=citer.kind)
            cited_by.append(
                (
                    AttributionAnn(
                        source=said,
                        relation="reported",
                        evidence=doc[citer.span.start : cue.start],
                        object=obj,
                        medium=medium,
                        date=date,
                    ),
                    [said],
                )
            )
        return cited_by + [
            (
                AttributionAnn(
                    source=mention,
                    relation=p.relation,
                    evidence=evidence,
                    object=obj,
                    recipient=recipient,
                    medium=medium,
                    date=date,
                ),
                ([] if reused else [mention]) + (new if n == 0 else []),
            )
            for n, mention in enumerate(mentions)
        ]

    def _coordinated_after(self, doc: Doc, sent: Span, source: Phrase, c_end: int) -> list[Phrase]:
        """A second source joined to one read after its cue by "and" and a determiner
        ("according to a fellow journalist and a doctor at the hospital", "according to the
        ministry and the UN"): the guide gives each party its own statement. A name that holds
        "and" ("the Arts and Humanities Citation Index") has no determiner after it."""
        end = source.span.end
        if (
            end + 1 >= c_end
            or doc[end].lower_ not in self.lex.and_words
            or doc[end + 1].lower_ not in self.lex.determiners
        ):
            return []
        second = self._named_phrase(doc, sent, self.phrases.right(doc, end + 1, c_end), c_end)
        return [second] if second is not None and second.kind != "none" else []

    def _listed_after(self, doc: Doc, sent: Span, source: Phrase) -> list[Phrase]:
        """The other parties of a list the source read after its cue opens ("reported by the
        disaster agency, the national police and local officials"): each gives the report, so
        each has its own statement (the guide). A list only when commas join noun phrases and
        "and"/"or" brings the last one, which ends the sentence or its clause; "according to
        the ministry, the strike killed five" is a clause after the comma, no list."""
        items: list[Phrase] = []
        at = source.span.end
        final = False  # the item "and"/"or" brings, after which the list ends
        while not final and at + 1 < sent.end:
            if doc[at].text == ",":
                start = at + 1
                final = doc[start].lower_ in self.lex.and_words
                if final:
                    start += 1  # ", and the police": the list's last item
            elif items and doc[at].lower_ in self.lex.and_words:
                start, final = at + 1, True
            else:
                break
            rng = self.phrases.right(doc, start, sent.end)
            if rng is None:
                return []
            item = self.phrases.phrase(doc, rng[0], rng[1], sent.start)
            if item.kind == "none" or doc[rng[0]].is_digit:
                # "За даними Генштабу, ворог завдав трьох ракетних та 72 авіаційних ударів,":
                # a count opens no party's name; the words after the comma are the report
                return []
            items.append(item)
            at = rng[1]
        if not final:
            return []
        # the list must close the clause: a full stop, a comma or a semicolon after it
        if not items or (at < sent.end and not doc[at].is_punct):
            return []
        if any(doc[t].lower_ in self.lex.existence_predicates for t in range(source.span.end, at)):
            # "По данным властей, жертв и разрушений нет": the words after the comma say what
            # is not there; they are the report, no list of parties
            return []
        return items

    def _opens_that_less_clause(self, doc: Doc, sent: Span, cue: Span, c_start: int, c_end: int) -> bool:
        """Whether the words after a cue that opens its clause right after an aside ("Reuters,
        citing two sources, | said | the convoy was hit") are the cue's clause without "that":
        a phrase a verb follows (languages with `that_less_clauses`), not an inverted subject
        ("..., said the Daily Mirror")."""
        if not self.lex.that_less_clauses:
            return False
        rng = self.phrases.right(doc, cue.end, c_end)
        return (
            rng is not None
            and rng[1] < c_end
            and self.phrases.verb_at(doc, rng[1])
            and self._before_apposition(sent, c_start) is not None
        )

    def _subject_before_aside(
        self, doc: Doc, sent: Span, cue: Span, c_start: int
    ) -> Mention | Phrase | None:
        """The subject of a cue whose clause opens at it, with no inverted subject after it:
        "Svetlana Kozlova, kona til en av soldatene, bekrefter": the subject before an
        apposition; "Ordfører i Slavjansk, Vjatsjeslav Ponomarev, hevder": a role before the
        name between the commas, which is the fuller name; else the earlier clause's."""
        ph = self.phrases
        appo = self._before_apposition(sent, c_start)
        head = ph.phrase(doc, appo[0], appo[1], sent.start) if appo is not None else None
        if head is None or head.kind != "named" or self._place_object(doc, sent, appo):
            named = self._named_apposition_before(sent, c_start)
            if named is not None and named.kind == "named":
                return named
        if head is not None:
            return head
        # "Peskov sa at ..., men ville ikke svare": the subject of the sentence's earlier clause
        return self._earlier_subject(doc, sent, cue)

    def _relay_after_subject(self, doc: Doc, cue_char: int, cue_end: int) -> bool:
        """Whether the earlier cue starting at ``cue_char`` is a relay set after a subject
        ("Western officials | quoted by local media | claimed"): the subject stands before it,
        so the later cue's clause keeps it (languages with ``relayed_by``)."""
        for t in range(max(0, cue_end - 3), cue_end):
            if doc[t].idx == cue_char:
                return (
                    doc[t].lower_ in self.lex.relayed_by
                    and t + 1 <= cue_end
                    and doc[t + 1].lower_ in self.lex.agent_preps
                )
        return False

    def _cites_next(self, doc: Doc, span: Span, limit: int) -> bool:
        """Whether a citing cue ("з посиланням на", "со ссылкой на") follows ``span``."""
        if span.end >= limit:
            return False
        rest = doc_text(doc)[doc[span.end].idx : doc[limit - 1].idx + len(doc[limit - 1])].lower()
        return any(p.citer_reports and p.cue.match(rest) for p in self.patterns)

    def _citer(self, doc: Doc, sent: Span, cue: Span, c_start: int) -> Phrase | None:
        """The outlet or body right before a citing cue ("Украинское издание «РБК-Украина» |
        со ссылкой на ..."), when the phrase before the cue is one; an earlier cue in the clause
        ("передає Суспільне з посиланням на ...") reports it itself."""
        left = self.phrases.left(sent, c_start, cue.start)
        if left is None or left[1] != cue.start or left[0] != c_start:
            return None
        if doc[left[0]].lower_ in self.lex.stop or doc[left[0]].lower_ in self.lex.fronted:
            return None  # "Про це повідомляє X з посиланням на": X after its own verb
        phrase = self.phrases.phrase(doc, left[0], left[1], sent.start)
        if phrase.kind == "none" or not (
            self.phrases.is_org(phrase) or self.phrases.is_relay_name(phrase)
        ):
            return None
        marks = [t.i for t in phrase.span if t.text in ("«", "»", '"', "“", "”")]
        if len(marks) == 2 and marks[1] - marks[0] > 1:
            # "Украинское издание «РБК-Украина»": the outlet is the name in quote marks
            phrase.name_span = doc[marks[0] + 1 : marks[1]]
            phrase.name = phrase.name_span.text
        return phrase

    def _source(
        self, doc: Doc, sent: Span, cue: Span, p: _Pattern, c_start: int, c_end: int
    ) -> tuple[Phrase | Mention | str | None, tuple[int, int] | None]:
        """The source (a phrase, or a fixed name) and the clause subject when it is not the source."""
        ph = self.phrases
        left = ph.left(sent, c_start, cue.start) if cue.start > c_start else None
        if p.source == "fixed":
            if p.earlier_document:
                earlier = self._issuer_before(doc, Phrase(cue, cue.text, "descriptive", cue))
                if earlier is not None:
                    return earlier, None
            if p.earlier_source and (retold := self._source_retold(doc, cue)) is not None:
                return retold, None
            if p.retold_only:
                return None, None
            return p.name or "unknown", None
        if p.source == "self":
            # inside reported speech the speaker says the check failed ("Politiet opplyser at
            # identiteten ikke kan bekreftes"); else the publishing outlet, by its name when
            # the document says which it is
            speaker = self._reporting_speaker(doc, cue)
            if speaker is not None:
                return speaker, left
            return doc._.st_outlet or self.self_source, left
        if p.source == "genitive":
            # "ifølge Aftenpostens egen gjennomgang": the owner named in the cue
            for t in cue:
                if not t.text[:1].isupper():
                    continue
                if t.i + 1 < cue.end and doc[t.i + 1].text in self.lex.genitive_markers:
                    name = doc[t.i : t.i + 1]  # "the Guardian's own analysis"
                    return Phrase(name, t.text, "organisation", name), None
                if self.lex.has_genitive_suffix(t.text) and len(t.text) > 2:
                    name = doc[t.i : t.i + 1]
                    owner = self.lex.without_genitive(t.text)
                    return Phrase(name, owner, "organisation", name), None
            # "I rådets uttalelse": a lower-case owner, by the name the text gave it before
            return self._genitive_owner(doc, sent, cue[-1]), None
        if p.source == "document":
            # "heter det i politirapporten", "I rådets uttalelse": whoever issued the document;
            # a pattern with a `name` gives that name when the text names no issuer ("På lista
            # hevdes det": the claimant is unknown, not the list)
            issuer = self._document_source(doc, sent, cue, c_end, keep_document=p.name is None)
            if issuer is None and p.name:
                return p.name, None
            return issuer, None
        if p.source == "quote_speaker":
            # «Jeg kan bekrefte at ...», sier X: the speaker of the quote the cue stands in
            return self._quote_speaker(doc, cue), None
        if p.source == "cue":
            # "kilder NRK har snakket med": the cue itself names the (anonymous) source
            return Phrase(cue, cue.text, "descriptive", cue), None
        if p.source == "agent":
            rng = ph.right(doc, cue.end, c_end)
            return self._named_phrase(doc, sent, rng, c_end), left
        if p.source == "next_clause":
            # "In a post on X on Saturday, Britain's Ministry of Defence said ..."
            if (
                c_start > sent.start
                and doc[c_start - 1].text == ","
                and c_end + 1 < sent.end
                and doc[c_end].text == ","
                and doc[c_end + 1].lower_ in self.lex.shared.cue_verbs
            ):
                # "The ministry, in a statement on Monday, denied the report": an aside between
                # commas, and the verb after it, whose subject stood before the aside
                return None, None
            if c_end < sent.end and doc[c_end].text == ",":
                rng = ph.right(doc, c_end + 1, clause_bounds(sent, c_end + 1, c_end + 1)[1])
                if rng is not None:
                    # "In a separate statement, X reported difficulties": the subject ends
                    # before its verb of saying, which the phrase read on through
                    verb = next(
                        (
                            t
                            for t in range(rng[0] + 1, rng[1])
                            if doc[t].is_lower and doc[t].lower_ in self.lex.shared.cue_verbs
                        ),
                        None,
                    )
                    rng = (rng[0], verb) if verb is not None else rng
                return (ph.phrase(doc, rng[0], rng[1], sent.start) if rng else None), None
            return None, None
        if p.source == "after":
            rng = ph.right(doc, cue.end, c_end)
            return self._named_phrase(doc, sent, rng, c_end), None
        if p.source == "possessor":
            end = cue.start
            if end > c_start and doc[end - 1].lower_ in self.lex.possessive_markers:
                # "forskarar sine påstandar": the owner is the phrase before the marker
                owner = ph.left(sent, c_start, end - 1)
                return (ph.phrase(doc, owner[0], owner[1], sent.start) if owner else None), None
            genitive_s = False
            marker = doc[end - 1].lower_ if end > c_start else ""
            # a genitive marker, or a plain apostrophe ("the soldiers' claims"; a typographic
            # one alone is not read as a genitive here)
            if marker in self.lex.genitive_markers or marker == APOSTROPHES[0]:
                end -= 1
            elif end > c_start and self.lex.has_genitive_suffix(doc[end - 1].text):
                genitive_s = True
            else:
                return None, None
            start = end
            while start > c_start and doc[start - 1].text[:1].isupper():
                start -= 1
            if start >= end and end < cue.start:
                # "the council's estimate": a common noun owner before a genitive token, the
                # phrase that ends there
                owner = ph.left(sent, c_start, end)
                if owner is not None:
                    start = owner[0]
            if start >= end:
                return None, None
            owner_phrase = ph.phrase(doc, start, end, sent.start)
            if (
                genitive_s
                and self.lex.has_genitive_suffix(owner_phrase.name)
                and len(owner_phrase.name) > 2
            ):
                # "Gånevs påstander": the name without its genitive ending
                owner_phrase.name = self.lex.without_genitive(owner_phrase.name)
            return owner_phrase, None
        inner = self._subject_in_cue(doc, sent, cue)
        if inner is not None:
            # "Om dette vil han ikke uttale seg": after a fronted phrase the subject stands
            # between the finite verb and the negation, inside the cue the pattern matched
            return ph.phrase(doc, inner[0], inner[1], sent.start), None
        # subject: before the cue, or after it when the clause is inverted or starts at the cue
        inverted = left is not None and (
            ph.is_inverted(sent, left[0], cue.start)
            # a one-word cue: "reagerer sterkt på X om at" has its object, not its subject, after
            or (len(cue) == 1 and ph.subject_after(doc, cue.end, c_end) is not None)
        )
        if inverted and left is not None:
            named = self._subject_after_fronted(doc, left)
            if named is not None:
                # "В условиях войны Би-би-си не может проверить": a free word order puts the
                # fronted phrase before a subject that still precedes its verb
                inverted, left = False, named
        if left is not None and not inverted:
            poster = self._document_poster(doc, left, cue)
            if poster is not None:
                # "X posted a statement on Twitter claiming ...": the document's poster
                return poster, None
            first = doc[left[0]].lower_
            if (
                left[1] - left[0] > 1
                and first in self.lex.stop
                and first not in self.lex.determiners
                and first not in self.lex.pronouns
            ):
                # "on April 2 AP reported": a fronted adverbial before the subject
                left = ph.trailing_name(doc, left[0], left[1])
                if left is None:
                    return None, None
            if all(t.like_num or t.is_punct for t in doc[left[0] : left[1]]):
                # "The union, on March 3, 2019 accused": the year of a dated aside whose closing
                # comma is missing is no subject (a time is never a source), the phrase before
                # the aside is
                left = self._before_apposition(sent, c_start)
                if left is None:
                    return None, None
            return ph.phrase(doc, left[0], left[1], sent.start), None
        opener = ph.last_opener(sent, c_start, cue.start) if left is None else None
        if left is None and cue.start > c_start:
            if opener is not None and doc[opener].lower_ in self.lex.relatives:
                # "tre soldater som har bekreftet", "soldiers who confirmed": the antecedent
                ante = ph.antecedent(sent, opener)
                return (ph.phrase(doc, ante[0], ante[1], sent.start) if ante else None), None
            # "..., og viste spørsmål videre til ...": the subject is the earlier clause's
            earlier = self._earlier_subject(doc, sent, cue)
            if earlier is not None:
                return earlier, None
        if (
            left is None
            and cue.start - c_start == 2
            and doc[c_start + 1].lower_ in self.lex.perfect_infinitive
            and (appo := self._before_apposition(sent, c_start)) is not None
        ):
            # "Yuri Yurov, stedfortreder for LPR, skal ha bekreftet dødsfallet": a clause that
            # opens on a modal's perfect is no inverted one; its subject stands before the
            # apposition (what follows the verb is its object)
            return ph.phrase(doc, appo[0], appo[1], sent.start), None
        if left is None and p.invert and self._opens_that_less_clause(doc, sent, cue, c_start, c_end):
            # "Reuters, citing two sources, said the convoy was hit": no inverted subject after
            # the verb; the subject stands before the aside
            return self._subject_before_aside(doc, sent, cue, c_start), None
        after = cue.end
        while after < c_end - 1 and doc[after].lower_ in self.lex.inverted_particles:
            after += 1
        rng = ph.right(doc, after, c_end) if p.invert else None
        if rng is not None and left is None and self._told_in_marks(doc, rng, c_end):
            rng = None  # 'Ольга, жена военного, подтвердила «Медузе», что': the outlet told
        if rng is not None:
            found = self._named_phrase(doc, sent, rng, c_end)
            if left is None and found is not None and found.kind == "descriptive":
                # "Påtaleansvarlig i saka, politiadvokat Laura Havdal, vil ikke gå ut med
                # eksakt promille": the named subject in apposition, not the object after
                named = self._named_apposition_before(sent, c_start)
                if named is not None:
                    return named, None
            return found, None
        if left is None:
            return self._subject_before_aside(doc, sent, cue, c_start), None
        return None, None

    def _told_in_marks(self, doc: Doc, rng: tuple[int, int], c_end: int) -> bool:
        """Whether the phrase after a cue is a short name in quote marks that a comma and a
        complementizer follow ('подтвердила «Медузе», что ...'): in Russian and Ukrainian the
        outlet told, in the dative (no preposition marks it), never the inverted subject."""
        if not self.lex.shared.dative_outlets:
            return False
        start, end = rng
        while end < c_end and doc[end].text in QUOTE_MARKS:
            end += 1  # the closing mark the phrase leaves out
        return (
            doc[start].text in QUOTE_MARKS
            and end - start <= 5
            and end + 1 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].lower_ in self.lex.shared.complementizers
        )

    def _subject_in_cue(self, doc: Doc, sent: Span, cue: Span) -> tuple[int, int] | None:
        """A pronoun or a capitalised name between the cue's first word and its negation
        ("vil han ikke uttale seg", "ville Hansen ikke svare"), or between a perfect's
        auxiliary and its participle after a fronted phrase ("Tirsdag | har Forsvarsdepartementet
        bekreftet"): the inverted subject."""
        if (
            len(cue) == 3
            and cue[0].lower_ in self.lex.perfect_aux
            and cue.start > sent.start
            and self.phrases.is_inverted(sent, sent.start, cue.start)
        ):
            # V2 puts the subject right after the auxiliary: one word there is it, unless it is
            # an adverb or a determiner ("har også bekreftet" has none)
            word = cue[1]
            low = word.lower_
            if word.is_alpha and (
                (low in self.lex.pronouns and low not in self.lex.determiners)
                or not (low in self.lex.stop or low in self.lex.trim or low in self.lex.determiners)
            ):
                return cue.start + 1, cue.start + 2
        negation = next(
            (t for t in range(cue.start + 1, min(cue.end, cue.start + 5)) if doc[t].lower_ in self.lex.negations),
            None,
        )
        if negation is None or negation == cue.start + 1:
            return None
        words = doc[cue.start + 1 : negation]
        if len(words) == 1 and words[0].lower_ in self.lex.pronouns and words[0].lower_ not in self.lex.determiners:
            return cue.start + 1, negation
        if all(t.text[:1].isupper() for t in words) and cue.start > sent.start:
            return cue.start + 1, negation
        return None

    def _named_phrase(
        self, doc: Doc, sent: Span, rng: tuple[int, int] | None, c_end: int
    ) -> Phrase | None:
        """The source phrase read rightwards, named by the agent behind it: the issuer of a
        document or measure ("tall fra FN" -> FN, "a statement from the Legion" -> the
        Legion) and the name in apposition to a description ("en talsmann for politiet,
        Mickey Rosenfeld"). The guide wants an agent's fullest name, never a document."""
        if rng is None:
            return None
        ph = self.phrases
        issuer = ph.issuer(doc, rng, c_end)
        possessor = issuer is not None and issuer[1] < rng[1]  # "ifølge FNs tall"
        if issuer is not None:
            rng = issuer
        elif (owner := ph.owner_before(doc, rng)) is not None:
            # "according to the General Staff update": the body before the document's noun
            return ph.phrase(doc, owner[0], owner[1], sent.start)
        found = ph.phrase(doc, rng[0], rng[1], sent.start)
        if possessor:
            found = self._owner_named(found)
        elif issuer is None and (relay := self._relay_before_document(doc, sent, rng)) is not None:
            return relay
        if issuer is None and self._bare_document(found):
            # "Ifølge meldingen" after "Militæret har lagt ut en melding på Telegram": a
            # document the text named before speaks for the body that issued it
            body = self._issuer_nearby(doc, sent, doc[rng[0] : rng[1]], ())
            if body is not None:
                return body
        if found.name == found.span.text and (
            found.kind == "descriptive"
            or ph.has_role_link(found.span)
            # "a military spokesman, Andriy Kovalenko,": a role, whatever body word it holds
            or (len(found.span) > 0 and found.span[-1].is_lower and found.span[-1].lower_ in self.lex.titles)
        ):
            appo = ph.apposition_name(doc, rng[1], sent.end)
            if appo is not None:
                return ph.phrase(doc, appo[0], appo[1], sent.start)
        return found

    def _document_maker(self, doc: Doc, sent: Span, source: Phrase) -> Phrase | None:
        """Who made the document a source phrase names, when the text says so right at it:
        in an aside after it ("The report, written by engineers at the port authority,
        suggests", "The study, carried out by researchers at X,") or as the body before its
        noun ("The police report said"). The guide wants the agent, never the document;
        ``None`` when the phrase names no document or no maker is written there."""
        span = source.span
        if not len(span) or not span[-1].is_lower or span[-1].lower_ not in self.lex.document_nouns:
            return None
        at = span.end
        if at + 2 < sent.end and doc[at].text == ",":
            by = next(
                (
                    t
                    for t in range(at + 1, min(sent.end, at + 1 + self.MAKER_REACH))
                    if doc[t].lower_ in self.lex.agent_preps
                ),
                None,
            )
            if by is not None and all(
                doc[t].lower_ in self.lex.maker_participles for t in range(at + 1, by)
            ) and by > at + 1:
                close = next((t for t in range(by + 1, sent.end) if doc[t].text == ","), None)
                if close is not None and close > by + 1:
                    # the whole aside after "by": "researchers at the university" (the maker
                    # and where it works, as the aside gives it)
                    found = self.phrases.phrase(doc, by + 1, close, sent.start)
                    if found.kind != "none":
                        return found
        if self.phrases.names_body(span[-1].lower_):
            return None  # "britisk etterretning": a noun that names the body as well is the body
        owner = self.phrases.owner_before(doc, (span.start, span.end))
        if owner is not None and doc[owner[0]].is_sent_start:
            owner = None  # "Ny forskning viser": a capital the sentence gives, no name
        if owner is None and len(span) > 2 and span[-2].text in self.lex.genitive_markers:
            # "The coroner's report said": the one in the genitive right before the noun
            owner = (span.start, span.end - 2)
        if owner is not None and owner[1] < span.end:
            found = self.phrases.phrase(doc, owner[0], owner[1], sent.start)
            if found.kind != "none":
                return found
        return None

    #: how many words an aside's participle may take before its "by" ("carried out by")
    MAKER_REACH = 3

    def _relay_before_document(self, doc: Doc, sent: Span, rng: tuple[int, int]) -> Phrase | None:
        """The outlet or named body before a document noun ending ``rng`` ("according to
        Russian media reports", "citing Reuters reports"): the guide wants the agent, not
        its document; ``None`` when the words before it name no outlet nor body
        ("unconfirmed reports")."""
        if (
            rng[1] - rng[0] < 2
            or doc[rng[1] - 1].lower_ not in self.lex.document_nouns
            or not doc[rng[1] - 1].is_lower  # "the Office for National Statistics": a name's word
        ):
            return None
        if self.phrases.names_body(doc[rng[1] - 1].lower_):
            return None  # "britisk etterretning": a noun that names the body as well is the body
        before = self.phrases.phrase(doc, rng[0], rng[1] - 1, sent.start)
        if before.kind == "none" or not (
            self.phrases.is_outlet(before)
            or self.phrases.is_relay(before)  # "media reports", "intelligence reports"
            # a name, capitalised ("Reuters reports"; "unconfirmed reports" names no one)
            or (before.kind in ("named", "organisation") and any(t.text[:1].isupper() for t in before.span))
        ):
            return None
        return before

    def _is_medium_name(self, name: str) -> bool:
        """Whether ``name`` is a channel of the `medium` list ("Telegram", "Facebook")."""
        if self.medium_re is None:
            return False
        if "m" not in self.medium_re.groupindex:
            return False
        m = self.medium_re.match(f"på {name}")
        return m is not None and m.group("m") == name

    def _bare_document(self, phrase: Phrase) -> bool:
        """Whether ``phrase`` is a definite document noun alone ("meldingen", "uttalelsen"),
        which refers back to a document whose issuer the text named before."""
        words = [t for t in phrase.span if not t.is_punct]
        return (
            len(words) == 1
            and words[0].lower_ in self.lex.document_nouns
            and words[0].lower_ not in self.lex.not_sources
            and len(words[0].lower_) > 4
            and words[0].lower_.endswith(self.lex.definite_endings)
        )

    @staticmethod
    def _spelt_out(doc: Doc, name: str) -> str:
        """An acronym's full name where the text gives it as "Full Name (ACR)"
        ("Domstolsadministrasjonen (DA)", "Statens vegvesen (SVV)" make "DA hevder" and "SVV
        hevder" those bodies'): the guide wants the fullest name the document gives. The words
        right before the bracket from the leftmost capitalised one that opens with the acronym's
        letter, at most one word more than the acronym has letters; else the acronym."""
        if not (1 < len(name) < 7 and name.isalpha() and name.isupper()):
            return name
        text = doc_text(doc)
        at = text.find(f"({name})")
        if at < 0:
            return name
        words = text[:at].split()[-(len(name) + 1) :]
        start = None
        for k in range(len(words) - 1, -1, -1):
            if not words[k].replace("-", "").isalpha():
                break  # a comma, a full stop or a figure ends the name
            if words[k][:1] == name[:1]:
                start = k
        return " ".join(words[start:]) if start is not None else name

    def _unnamed_between(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether the words inside a "VERB ... til" cue are an unnamed speaker ("en av
        innbyggerne", "en øyenvitne"), not a name or a pronoun standing for one; with none
        inside, whether the subject before the cue is one ("En ukrainsk tjenestemann sier til
        nyhetsbyrået DPA", "Vitner forteller AFP")."""
        # an adverb after the verb ("forteller imidlertid til People") is no part of a speaker
        inner = [
            t for t in cue[1:-1] if not t.is_space and t.lower_ not in self.lex.inverted_particles
        ]
        if not inner:
            c_start = clause_bounds(sent, cue.start, cue.end)[0]
            left = self.phrases.left(sent, c_start, cue.start)
            if left is None:
                return False
            words = [t for t in doc[left[0] : left[1]] if not t.is_space]
            return self._unnamed_words(words, sent.start)
        return self._unnamed_words(inner, sent.start)

    def _unnamed_words(self, words: list[Token], sent_start: int) -> bool:
        """Whether ``words`` describe an unnamed speaker: an unnamed opener first ("en lege"),
        no name of the speaker's own; a capitalised word is only the place or body the speaker
        is tied to, after a `unnamed_speaker_links` word ("en lege ved sykehuset i Gaza by",
        "en talsperson for Hamas"). A comma would set a name beside the description ("en lege,
        Ola Hansen,"), so none may stand inside."""
        if not words or words[0].lower_ not in self.lex.unnamed_openers:
            return False
        linked = False
        for token in words:
            if token.lower_ in self.lex.unnamed_speaker_links:
                linked = True
            elif token.is_punct or not (token.is_lower or token.i == sent_start or linked):
                return False
        return True

    def _document_issuer(self, doc: Doc, sent: Span, source: Any) -> Phrase | None:
        """The source of "forskning viser" / "figures from the UN show": the issuer named
        after the document noun, else the document phrase itself; ``None`` when the subject
        is no study, figure or document."""
        if not isinstance(source, Phrase) or source.kind == "none":
            return None
        span = source.span
        for t in span:
            if self.phrases.compound_issuer(t) is not None:
                # "FN-tall viser": the body the compound names before its hyphen
                return self.phrases.phrase(doc, span.start, t.i + 1, sent.start)
            if t.lower_ in self.lex.document_nouns:
                issuer = self.phrases.issuer(doc, (span.start, t.i + 1), span.end)
                if issuer is not None:
                    found = self.phrases.phrase(doc, issuer[0], issuer[1], sent.start)
                    # a possessor inside the phrase ("FNs rapport") names it in the genitive
                    return self._owner_named(found) if issuer[1] <= t.i else found
                if t.i + 1 < span.end and self.lex.trailing_participles_end_document:
                    # "A UN report published on Tuesday showed": the participle after the
                    # document noun opens a reduced relative; the document ends at its noun
                    return self.phrases.phrase(doc, span.start, t.i + 1, sent.start)
                return source
        return None

    def _opening_document_issuer(self, doc: Doc, sent: Span, source: Phrase) -> Phrase | None:
        """The issuer of the document a source phrase opens with ("Early reports from the
        resistance committee"): the guide gives the document as the medium and its issuer as
        the source. Only a document noun heading the phrase's first words (past adjectives)
        and an issuer named right after it count; else ``None``."""
        span = source.span
        for t in span:
            if t.lower_ in self.lex.document_nouns:
                issuer = self.phrases.issuer(doc, (span.start, t.i + 1), span.end)
                if issuer is None or issuer[0] <= t.i:
                    return None
                start = issuer[0]
                while start + 1 < issuer[1] and doc[start].lower_ in self.lex.determiners:
                    start += 1  # "from the committee": the committee, as a speaker is named
                return self.phrases.phrase(doc, start, issuer[1], sent.start)
            if t.pos_ not in ("ADJ", "DET"):
                return None
        return None

    def _speaking_document(self, doc: Doc, cue: Span, c_end: int) -> tuple[Token, str] | None:
        """The document noun a speaking-document cue names (in the cue, or in the few words
        after it: "heter det i den nye politirapporten") and its stem from
        `speaking_documents`."""
        stems = self.lex.speaking_documents
        endings = self.lex.speaking_document_endings
        for t in doc[cue.start : min(c_end, cue.end + 4)]:
            word = t.lower_
            for stem in stems:
                # the stem with an inflection ending, in a compound or alone ("politirapporten",
                # "dommen"; not "dommerens")
                at = word.rfind(stem)
                if at >= 0 and word[at + len(stem) :] in endings:
                    return t, stem
        return None

    def _document_source(
        self, doc: Doc, sent: Span, cue: Span, c_end: int, keep_document: bool = True
    ) -> Phrase | None:
        """The source of a document that speaks ("heter det i politirapporten", "I rådets
        uttalelse", "står det i notatet fra DA"): a written document speaks for whoever issued
        it (the guide; evaluation/real/README.md), read only where the text names it -- its
        owner in the genitive, the body after "fra", the body a compound names
        ("politirapporten" after "politiet"), a body of the issuing kind named in this or the
        `issuer_lookback` sentences before (a court for a judgment) -- else the document
        itself (``None`` without ``keep_document``), since a guess at an issuer the text does
        not name is a wrong source."""
        found = self._speaking_document(doc, cue, c_end)
        if found is None:
            return None
        noun, stem = found
        owner = self._genitive_owner(doc, sent, noun)
        if owner is not None:
            return owner
        ph = self.phrases
        if noun.i + 1 < c_end and doc[noun.i + 1].lower_ in self.lex.document_preps:
            # "notatet fra DA", "dommen frå Sogn tingrett": the issuer after its noun
            rng = ph.right(doc, noun.i + 2, c_end)
            if rng is None and noun.i + 2 < c_end and doc[noun.i + 2].text.isupper():
                rng = (noun.i + 2, noun.i + 3)  # an acronym is never a listed word ("fra DA")
            after = ph.phrase(doc, rng[0], rng[1], sent.start) if rng else None
            if after is not None and after.kind != "pronoun" and after.name[:1].isupper():
                return after  # a name ("fra Statens vegvesen"), not a year or a description
            if after is not None and after.kind == "organisation":
                return after  # a body by its common noun ("et brev fra departementet")
        if noun.lower_ in self.lex.document_nouns and (
            made := ph.issuer(doc, (noun.i, noun.i + 1), c_end)
        ):
            # "en kartlegging som Sintef har gjort", "undersøkelsen til Norstat": its maker
            return ph.phrase(doc, made[0], made[1], sent.start)
        prefix = noun.lower_[: noun.lower_.find(stem)]
        if prefix and self.lex.org_re is not None and self.lex.org_re.fullmatch(prefix):
            # "politirapporten": the body the compound names, as the text wrote it before
            for t in reversed(doc[: cue.start]):
                word = self.lex.without_genitive(t.text)  # "politiets hjelp"
                if word.lower().startswith(prefix) and word[len(prefix) :] in self.lex.head_suffixes:
                    return Phrase(doc[t.i : t.i + 1], word, "organisation", doc[t.i : t.i + 1])
        published = self._publisher(doc, sent, cue, stem)
        if published is not None:
            return published
        if stem in self.lex.unguessed_issuers:
            # a list or a statement with no issuer named: no guess, nor the document itself
            # (a descriptive "pressemeldingen" would be resolved to whoever spoke last)
            return None
        body = self._issuer_nearby(doc, sent, cue, self.lex.speaking_documents[stem])
        if body is not None:
            return body
        if not keep_document:
            return None
        span = doc[noun.i : noun.i + 1]
        return Phrase(span, noun.text, "descriptive", span)

    def _publisher(self, doc: Doc, sent: Span, cue: Span, stem: str) -> Phrase | None:
        """The body the text said issued the document a cue refers back to ("publiserte det
        russiske forsvarsdepartementet en oversikt ... I oversikten hevdes det at"): the
        subject of a publishing verb (`publish_verbs`) whose object is a document of the same
        stem anywhere before the cue (a definite "oversikten" points back to the one the text
        introduced), else of any speaking document in the `issuer_lookback` sentences before
        ("en oversikt ... På lista": the text names one document by two words). The nearest
        such introduction wins; ``None`` when there is none, or its subject is a pronoun (who
        "de" are is not read here)."""
        lex = self.lex
        if not lex.publish_verbs and not lex.publish_particle_verbs:
            return None
        index = SentenceIndex(doc)
        found = self._published_by(doc, index, 0, cue.start, (stem,))
        if found is None:
            first = index.get(max(0, index.index(sent.start_char) - lex.issuer_lookback))
            start = first.start if first is not None else sent.start
            found = self._published_by(doc, index, start, cue.start, tuple(lex.speaking_documents))
        return found

    def _published_by(
        self, doc: Doc, index: SentenceIndex, start: int, end: int, stems: tuple[str, ...]
    ) -> Phrase | None:
        """The subject of the nearest publishing verb before ``end`` (and from ``start``)
        whose object is a document of one of ``stems`` (see :meth:`_publisher`)."""
        lex = self.lex
        ph = self.phrases
        for noun in reversed(doc[start:end]):
            word = noun.lower_
            if not any(
                (at := word.rfind(stem)) >= 0 and word[at + len(stem) :] in lex.speaking_document_endings
                for stem in stems
            ):
                continue
            home = index.get(index.index(noun.idx))
            if home is None:
                continue
            opening = self._document_opening(doc, home.start, noun.i)
            verb = self._publishing_verb(doc, home.start, opening)
            if verb is None:
                continue
            between = verb + 1
            while between < opening and (
                doc[between].lower_ in lex.publish_particles
                or doc[between].lower_ in lex.time_words
                or (between + 1 < opening and doc[between + 1].lower_ in lex.time_words)
            ):
                # "la tirsdag fram en oversikt", "publiserte i går ei liste": a time phrase
                # (or its preposition) and a particle, no subject, stand there
                between += 1
            if between < opening:
                rng = ph.right(doc, between, opening)  # V2: "publiserte departementet en liste"
            else:
                rng = ph.left(home, home.start, verb)  # "Departementet publiserte en liste"
            if rng is None:
                continue
            found = ph.phrase(doc, rng[0], rng[1], home.start)
            if found.kind in ("pronoun", "none"):
                return None
            return found
        return None

    def _document_opening(self, doc: Doc, start: int, noun: int) -> int:
        """Where a document's own phrase opens: at its determiner right before the noun or
        one word (an adjective: "en ny rapport") before it, else at the noun. A definite word
        between ("det russiske forsvarsdepartementet oversikten") is another phrase."""
        lex = self.lex
        if noun - 1 >= start and doc[noun - 1].lower_ in lex.determiners:
            return noun - 1
        if (
            noun - 2 >= start
            and doc[noun - 2].lower_ in lex.determiners
            and doc[noun - 1].is_lower
            and not doc[noun - 1].lower_.endswith(lex.definite_endings)
        ):
            return noun - 2
        return noun

    def _publishing_verb(self, doc: Doc, start: int, opening: int) -> int | None:
        """The index of the publishing verb at most six words before a document's phrase
        (which opens at ``opening``), or ``None``: "publiserte", or "la"/"ga" with its
        particle ("la fram", "ga ut") between the verb and the document."""
        lex = self.lex
        for k in range(opening - 1, max(start, opening - 7) - 1, -1):
            low = doc[k].lower_
            if low in lex.publish_verbs:
                return k
            if low in lex.publish_particle_verbs and any(
                doc[j].lower_ in lex.publish_particles for j in range(k + 1, opening)
            ):
                return k
            if is_boundary(doc[k]):
                return None
        return None

    def _document_poster(self, doc: Doc, left: tuple[int, int], cue: Span) -> Mention | None:
        """The speaker the quotes step read for ``cue`` when the phrase before the cue is a
        document put out by a verb of issuing ("Ivan Petrov posted | a statement on Twitter |
        claiming ..."): the poster is the source, never the document (the guide). ``None``
        when the phrase is no such document or no quote has a speaker before the verb."""
        shared = self.lex.shared
        verb = left[0] - 1
        if (
            verb < 0
            or doc[verb].lower_ not in shared.issue_verbs
            or not any(doc[t].lower_ in shared.documents for t in range(left[0], left[1]))
        ):
            return None
        for quote in get_list(doc, "st_quotes"):
            speaker = quote.speaker
            if (
                quote.cue is not None
                and quote.cue.start == cue.start
                and speaker is not None
                and speaker.span is not None
                and speaker.span.end <= verb
            ):
                return speaker
        return None

    @staticmethod
    def _reporting_speaker(doc: Doc, cue: Span) -> Mention | None:
        """The speaker of the indirect quote whose content holds ``cue`` ("Politiet opplyser at
        identiteten ikke kan bekreftes": the police could not confirm it, not the
        publication), or ``None`` outside one or when its speaker is unknown."""
        start = cue.start_char
        for quote in get_list(doc, "st_quotes"):
            if quote.kind != "indirect" or not quote.span.start_char <= start < quote.span.end_char:
                continue
            speaker = quote.speaker
            if speaker is None or speaker.kind == "unknown" or not speaker.name:
                return None
            return speaker
        return None

    @staticmethod
    def _quote_speaker(doc: Doc, cue: Span) -> Mention | None:
        """The speaker of the direct quote around ``cue`` (a first-person "jeg kan bekrefte"
        is the quoted speaker's own confirmation), or ``None`` outside one or when the quote
        has no named speaker."""
        start = cue.start_char
        for quote in get_list(doc, "st_quotes"):
            low, high = quote.char_range or (quote.span.start_char, quote.span.end_char)
            if quote.kind == "direct" and low <= start < high:
                speaker = quote.speaker
                if speaker is None or speaker.kind in ("pronoun", "unknown") or not speaker.name:
                    return None
                return speaker
        return None

    def _genitive_owner(self, doc: Doc, sent: Span, noun: Token) -> Phrase | None:
        """The owner of a document in the genitive right before its noun ("I rådets
        uttalelse" -> Kringkastingsrådet, the name the text gave the council before; "i
        Europarådets nye gjennomgang" -> Europarådet)."""
        for k in (noun.i - 1, noun.i - 2):
            if k < sent.start:
                return None
            t = doc[k]
            if (
                len(t.text) > 3
                and self.lex.has_genitive_suffix(t.text)
                and t.lower_ not in self.lex.noun_markers
                and not t.is_punct
            ):
                owner = self.lex.without_genitive(t.text)
                if t.text[:1].isupper():
                    return Phrase(doc[k : k + 1], owner, "organisation", doc[k : k + 1])
                for earlier in reversed(doc[: sent.start]):
                    low = earlier.lower_
                    if earlier.text[:1].isupper() and low.endswith(owner) and len(low) > len(owner):
                        named = doc[earlier.i : earlier.i + 1]
                        return Phrase(named, earlier.text, "organisation", named)
                return None
        return None

    def _issuer_nearby(
        self, doc: Doc, sent: Span, cue: Span, issuers: tuple[str, ...]
    ) -> Phrase | None:
        """The nearest body named before the cue in its sentence or the `issuer_lookback`
        sentences before it, of the issuing kind (a word of ``issuers`` in its name; any
        organisation when ``issuers`` is empty)."""
        if self.lex.issuer_lookback <= 0:
            return None
        index = SentenceIndex(doc)
        n = index.index(sent.start_char)
        first = index.get(max(0, n - self.lex.issuer_lookback))
        start = first.start if first is not None else sent.start
        ph = self.phrases
        # what a document says is no issuer of it ("– Russiske styrker har ..., heter det i
        # rapporten"): names inside direct quotes are passed over
        quoted = _Covered(
            [
                q.char_range or (q.span.start_char, q.span.end_char)
                for q in get_list(doc, "st_quotes")
                if q.kind == "direct"
            ]
        )
        i = cue.start - 1
        while i >= start:
            t = doc[i]
            if not t.text[:1].isupper() or t.is_punct or quoted.covers(t.idx):
                i -= 1
                continue
            end = i + 1
            while i - 1 >= start and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_punct:
                i -= 1
            home = index.get(index.index(doc[i].idx))
            home_start = home.start if home is not None else start
            # the name read rightwards keeps an organisation's lower-case head ("Agder tingrett")
            rng = ph.right(doc, i, home.end if home is not None else end) or (i, end)
            if doc[i].lower_ in self.lex.determiners and rng[1] == i + 1:
                # "Det ukrainske militæret": a capitalised determiner opens the body's phrase
                rest = ph.right(doc, i + 1, home.end if home is not None else end)
                if rest is not None:
                    rng = (i, rest[1])
            body = ph.phrase(doc, rng[0], max(rng[1], end), home_start)
            # the words around the name count ("Ukemagasinet Der Spiegel" is a magazine)
            name = f"{body.span.text} {body.name}".lower()
            if self._is_medium_name(body.name):
                i -= 1  # "en melding på Telegram": the channel carries it, no one issues it there
                continue
            if body.kind != "none" and (
                any(w in name for w in issuers)
                if issuers
                else (ph.is_org(body) or ph.is_relay_name(body)) and not ph.is_place(body)
            ):
                return body
            i -= 1
        return None

    def _parsed_document_subject(self, doc: Doc, sent: Span, cue: Span, c_start: int) -> Phrase | None:
        """The parse's subject of the cue verb when it is a document ("A UN report published
        on Tuesday | showed"): the words read leftwards stop at the time phrase, the parse
        does not."""
        if not self.lex.subject_deps or not has_model_annotation(doc, "DEP"):
            return None
        for child in cue[0].children:
            if (
                child.dep_ in self.lex.subject_deps
                and child.i < cue.start
                and child.left_edge.i >= c_start
                and child.lower_ in self.lex.document_nouns
            ):
                return self.phrases.phrase(doc, child.left_edge.i, child.i + 1, sent.start)
        return None

    def _is_agent(self, doc: Doc, source: Any) -> bool:
        """Whether a source read after "viser til" is an agent: a named party or body, or the
        issuer of a document ("en avgjørelse fra det engelske overhuset", "Riksrevisjonen
        rapport"), never a thing or a document alone ("hevnangrep", "lovteksten")."""
        if not isinstance(source, Phrase) or source.kind == "none":
            return False
        start = source.span.start
        if (
            start >= 2
            and doc[start - 1].lower_ in self.lex.document_preps
            and doc[start - 2].lower_ in self.lex.document_nouns
        ):
            return True
        return (
            source.kind in ("named", "organisation") or self.phrases.is_org(source)
        ) and not self._has_head(source.span, self.lex.document_nouns)

    @staticmethod
    def _source_retold(doc: Doc, cue: Span) -> Mention | None:
        """The named source of the attribution just before ``cue``, when it stands within
        `_RETOLD_LINES` lines: a passive report that names no one goes on with the report
        before it ("Згідно з повідомленням ДСНС ... Вказується, що"); ``None`` otherwise."""
        before = [a for a in get_list(doc, "st_attributions") if a.evidence.end <= cue.start]
        if not before:
            return None
        last = max(before, key=lambda a: a.evidence.end)
        gap = doc_text(doc)[last.evidence.end_char : cue.start_char]
        if last.source.kind == "unknown" or gap.count("\n") > _RETOLD_LINES:
            return None
        return last.source

    def _issuer_before(self, doc: Doc, source: Any) -> Mention | None:
        """The source of an earlier statement whose evidence names the same document ("En
        meningsmåling Sentio har utført ... viser" then "Meningsmålingen viser"), for a
        document phrase with no issuer of its own; ``None`` when there is none, or when the
        phrase introduces a document of its own (`fresh_document_words`: "en ny rapport")."""
        if not isinstance(source, Phrase):
            return None
        heads = [t.lower_ for t in source.span if t.lower_ in self.lex.document_nouns]
        if not heads or not self._has_head(source.span, self.lex.document_nouns):
            return None
        if any(t.lower_ in self.lex.fresh_document_words for t in source.span):
            # "En annen rapport viser", "Nye tall viser": another document than the one
            # named before, whose issuer is not that one's
            return None
        head = heads[-1]
        for earlier in reversed(get_list(doc, "st_attributions")):
            if earlier.evidence.start >= source.span.start or earlier.source.kind == "unknown":
                continue
            if earlier.source.span is not None and earlier.source.span.start <= source.span.start < earlier.source.span.end:
                continue
            for t in earlier.evidence:
                word = t.lower_
                if word in self.lex.document_nouns and word != earlier.source.name.lower():
                    shared = len(os.path.commonprefix([word, head]))
                    if shared >= 4 and shared >= min(len(word), len(head)) - 1:
                        return earlier.source
        return None

    def _owner_named(self, phrase: Phrase) -> Phrase:
        """A possessor read as a source without its genitive ending ("FNs" -> "FN")."""
        if (
            phrase.kind != "none"
            and self.lex.has_genitive_suffix(phrase.name)
            and len(phrase.name) > 2
            and phrase.name[:1].isupper()
        ):
            phrase.name = self.lex.without_genitive(phrase.name)
        return phrase

    def _phrase_tail(self, doc: Doc, span: Span, limit: int) -> Span:
        """The phrase with the words that may still belong to it ("British defence" +
        "intelligence"), up to a stop word or clause end: "generalstaben i sin oppdatering"
        stays "generalstaben"."""
        end = span.end
        while (
            end < min(limit, span.end + 3)
            and not doc[end].is_punct
            and doc[end].lower_ not in self.lex.stop
        ):
            end += 1
        return doc[span.start : end]

    @staticmethod
    def _has_head(span: Span, heads: frozenset[str]) -> bool:
        words = [t.lower_ for t in span if not t.is_punct]
        return bool(words) and (words[-1] in heads or " ".join(words[-2:]) in heads)

    def _earlier_subject(self, doc: Doc, sent: Span, cue: Span) -> Mention | Phrase | None:
        c_start = clause_bounds(sent, cue.start, cue.end)[0]
        first = doc[c_start].lower_
        just_before = doc[cue.start - 1].lower_ if cue.start > sent.start else ""
        # "..., claiming on Tuesday that": a participle clause shares the sentence's subject
        participle = (
            bool(self.participle_endings)
            and c_start == cue.start
            and c_start > sent.start
            and (doc[c_start - 1].text == "," or is_boundary(doc[c_start - 1]))
            and first.endswith(self.participle_endings)
        )
        if (
            first not in self.lex.openers
            and first not in self.lex.and_words
            and just_before not in self.lex.and_words
            and just_before not in self.lex.openers  # "confirmed talks ... but declined to"
            and not participle
        ):
            return None
        earlier = [
            m
            for m in get_list(doc, "st_mentions")
            if m.span is not None
            and sent.start_char <= m.span.start_char
            and m.span.end_char <= cue.start_char
        ]
        if earlier:
            return earlier[-1]
        shared = self._conjunct_subject(doc, sent, cue) if self.conjunct_subjects else None
        if shared is not None:
            return shared
        opener = self.phrases.last_opener(sent, sent.start, cue.start)
        if opener is not None and doc[opener].lower_ not in self.lex.relatives:
            # "Ukraina har ventet, mens Trump har kalt X en diktator og beskyldt Ukraina for":
            # the coordinated verb shares the subject of its own clause, named after the opener
            end = opener + 1
            while end < cue.start and doc[end].text[:1].isupper() and doc[end].lower_ not in self.lex.stop:
                end += 1
            if end > opener + 1 and end < cue.start and not doc[end].is_punct:
                return self.phrases.phrase(doc, opener + 1, end, sent.start)
        # "Han har skrevet doktorgrad om spill, og protesterer mot ...": no mention yet, but
        # the sentence opens with its subject pronoun
        first_tok = doc[sent.start]
        if (
            first_tok.lower_ in self.lex.pronouns
            and first_tok.lower_ not in self.lex.determiners
            and sent.start < cue.start
        ):
            return self.phrases.phrase(doc, sent.start, sent.start + 1, sent.start)
        # "Knut Arild Hareide har holdt kortene tett ..., og har ikke villet si noe": the name
        # opening the sentence is its subject
        end = sent.start
        while end < cue.start and doc[end].text[:1].isupper() and doc[end].lower_ not in self.lex.stop:
            end += 1
        if (
            end > sent.start
            and end < cue.start
            and not doc[end].is_punct
            # "The council condemned ... and accused": a capitalised article names no one
            and not all(t.lower_ in self.lex.determiners for t in doc[sent.start : end])
        ):
            return self.phrases.phrase(doc, sent.start, end, sent.start)
        return None

    def _conjunct_subject(self, doc: Doc, sent: Span, cue: Span) -> Phrase | None:
        """The subject a coordinated verb shares with the verb before it, from the parse ("The
        ruling army-led Sovereign Council condemned the attack and accused the RSF"): the
        subject of the first conjunct, whole. Parses whose labels name no ``conj``/``nsubj``
        (or no parse) give ``None``."""
        verb = cue[-1]
        if verb.dep_ != "conj" or not (sent.start <= verb.head.i < cue.start):
            return None
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        subject = subjects[0]
        # up to its head: "The Transitional Sovereignty Council | under General X"
        start, end = subject.left_edge.i, subject.i + 1
        if start < sent.start or end > cue.start:
            return None
        found = self.phrases.phrase(doc, start, end, sent.start)
        return found if found.kind != "none" else None

    def _named_apposition_before(self, sent: Span, c_start: int) -> Phrase | None:
        """A name between the two commas before a clause ("..., politiadvokat Laura Havdal,
        vil ikke ..."), or ``None``."""
        doc = sent.doc
        q = _opening_comma(sent, c_start)
        if q is None:
            return None
        if (
            self.prepositional_asides
            and doc[q + 1].is_lower
            and doc[q + 1].lower_ in self.lex.stop
            and doc[q + 1].lower_ not in self.lex.determiners
        ):
            return None  # "Kamal Adwan Hospital, in the city of Beit Lahia, has reported": a place
        rng = self.phrases.trailing_name(doc, q + 1, c_start - 1)
        if rng is None and all(t.text[:1].isupper() for t in doc[q + 1 : c_start - 1]):
            rng = (q + 1, c_start - 1)  # "Ordfører i Slavjansk, Vjatsjeslav Ponomarev, hevder"
        first_name = self.lex.shared.may_be_first_name
        if c_start - 1 - q == 2 and first_name is not None and first_name(doc[q + 1].text):
            rng = (q + 1, q + 2)  # "Жена одного из военных, Ольга, подтвердила": a first name alone
        elif rng is None or rng[1] - rng[0] < 2:
            return None
        found = self.phrases.phrase(doc, rng[0], rng[1], sent.start)
        return found if found.kind in ("named", "organisation") else None

    def _place_object(self, doc: Doc, sent: Span, rng: tuple[int, int] | None) -> bool:
        """Whether the phrase ``rng`` read before an apposition is the object of a preposition
        of place ("the chairman of the club in | West Yorkshire |, Tom Baker, accused"): the
        place where the subject serves, never the subject, so the name in apposition is."""
        return (
            rng is not None
            and rng[0] > sent.start
            and doc[rng[0] - 1].lower_ in self.lex.place_preps
        )

    def _subject_after_fronted(self, doc: Doc, left: tuple[int, int]) -> tuple[int, int] | None:
        """The name that ends a fronted phrase and stands as the verb's subject, in a language
        whose word order does not invert after a fronted phrase (no V2) and whose morphology
        tells a nominative: "В воскресенье Минобороны России опровергло", "В пятницу губернатор
        Вячеслав Гладков опроверг". The name right after a preposition is the preposition's
        ("В Кремле опровергли"), and a name that cannot be nominative ("В Министерстве обороны
        России") belongs to the fronted phrase; either keeps the subject after the verb."""
        nominative = self.lex.shared.may_be_subject
        if self.lex.verb_second or nominative is None or doc[left[0]].lower_ not in self.lex.fronted:
            # only after a fronted preposition or adverb: an object fronted before a dative
            # outlet ("Его подлинность РБК подтвердил X") does put the subject after the verb
            return None
        # words as written, a hyphenated name ("Би-би-си") being one, back from the verb
        words: list[tuple[int, int]] = []
        index = left[1] - 1
        while index > left[0]:
            start = index
            while start > left[0] and not doc[start - 1].whitespace_:
                start -= 1
            if not doc[start].text[:1].isupper():
                break
            words.insert(0, (start, index + 1))
            index = start - 1
        for start, end in words:
            if doc[start - 1].lower_ in self.lex.fronted:
                continue
            word = doc[start:end].text
            cyrillic = any("\u0400" <= char <= "\u04ff" for char in word)
            if word.isalpha() and cyrillic and not nominative(word.lower()):
                continue
            return start, left[1]
        return None

    def _before_apposition(self, sent: Span, c_start: int) -> tuple[int, int] | None:
        q = _opening_comma(sent, c_start)
        if q is None:
            return None
        p_start = clause_bounds(sent, q, q)[0]
        return self.phrases.left(sent, p_start, q)

    def _object(
        self,
        doc: Doc,
        cue: Span,
        p: _Pattern,
        c_start: int,
        c_end: int,
        subject: tuple[int, int] | None,
        sent: Span,
    ) -> Span | None:
        if p.object == "subject" and subject is not None:
            return doc[subject[0] : subject[1]]
        if p.object == "that":
            rng = self.phrases.that_clause(doc, cue.end, sent.end)
            if rng is not None:
                end = clause_bounds(sent, rng[0], rng[0] + 1)[1] if rng[0] < sent.end else rng[1]
                while end > rng[0] and doc[end - 1].is_punct:
                    end -= 1
                return doc[rng[0] : end] if end > rng[0] else None
        if p.object == "after":
            rng = self.phrases.right(doc, cue.end, c_end)
            if rng is not None and p.source != "after":
                return doc[rng[0] : rng[1]]
        return None

    def _medium(
        self, doc: Doc, evidence: Span, p: _Pattern, nxt: Span | None, sent: Span
    ) -> str | None:
        if self.media_from_quotes:
            found = find_medium(doc, self.lex.vocabulary, evidence.start, max(sent.end, evidence.end), [])
            if found is not None:
                return found[0]
        if self.medium_re is None:
            return None
        m = self.medium_re.search(evidence.text)
        if m:
            return m.group("m")
        # "Ifølge ordføreren, via appen Telegram, er det ...", "bekreftet av generalstaben, også
        # det på Facebook": the channel named after the statement's clause in its sentence (one
        # named before it is an earlier speaker's: "X skriver på Telegram at ..., ifølge NTB")
        if "m" in self.medium_re.groupindex:
            m = self.medium_re.search(doc_text(doc)[evidence.end_char : sent.end_char])
            if m:
                return m.group("m")
        # "Britisk etterretning omtalte dette ... – ..., skrev de på Twitter."
        if p.relation == "reported" and nxt is not None and self.pronoun_medium_re is not None:
            m = self.pronoun_medium_re.search(nxt.text)
            if m:
                return m.group("m")
        return None

    def _date(self, evidence: Span) -> str | None:
        if self.date_re is None:
            return None
        m = self.date_re.search(evidence.text)
        return m.group() if m else None


#: the longest apposition between two commas before a clause, in tokens
APPOSITION_REACH = 8


def _opening_comma(sent: Span, c_start: int) -> int | None:
    """The comma that opens an apposition closed by the comma right before ``c_start``
    ("..., politiadvokat Laura Havdal, vil ikke ..."), or ``None``."""
    doc = sent.doc
    if c_start - 1 <= sent.start or doc[c_start - 1].text != ",":
        return None
    q = c_start - 2
    while q > sent.start and doc[q].text != ",":
        q -= 1
    if q <= sent.start or c_start - 1 - q > APPOSITION_REACH:
        return None
    return q


@Language.factory(
    "sourcetrace_sourcing",
    default_config={"lang": ""},
    requires=[
        "doc._.st_paragraphs",
        "doc._.st_quotes",
        "doc._.st_mentions",
        "doc._.st_outlet",  # set by the caller
        "doc.ents",
        "token.is_sent_start",
    ],
    # source mentions go to doc._.st_mentions, for the speakers component to cluster
    assigns=["doc._.st_attributions", "doc._.st_mentions"],
)
def make_sourcing(nlp: Language, name: str, lang: str) -> Sourcing:
    return Sourcing(nlp, name, lang=lang)

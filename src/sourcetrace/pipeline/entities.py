"""``sourcetrace_entities``: the trained pipeline's entities, completed by gazetteers and rules.

Entities from a trained NER are kept as they are (labels mapped to PER/ORG/GPE/LOC through the
language's ``label_map``); rules only add entities where none overlaps, so nothing regresses when
a model arrives. The rules come from ``entities.toml``, in decreasing order of trust:

1. gazetteers (countries, cities, organisations, media, well-known persons; Norwegian genitive
   forms added), matched by an internal spaCy ``EntityRuler``;
2. whole-name token patterns (ministries, "3. angrepsbrigade", "Ukrainas generalstab"), which may
   replace gazetteer names they contain;
3. context patterns whose entity is only part of the match (``enheten «Storm»``,
   ``president X Y``), and a known first name followed by capitalised words;
4. capitalised runs not at a sentence start (languages that capitalise only names), persons or,
   by their last word, organisations ("Nordea Markets"); only without a trained NER;
5. bare surnames of persons already named in full ("Gorin" after "Alexander Gorin").

Patterns 2 and 3 run in spaCy ``Matcher`` windows around their anchor words
(:class:`~.entity_rules.AnchoredMatcher`), so the component stays cheap. A whole-name pattern may
also extend a trained entity it contains: a model that tags "Ukrainas" alone in "Ukrainas
generalstab" gets the whole organisation. A weak NER's non-person entity is read as the person
in it when our rules find one ending it ("Ukrainian President Volodymyr Zelenskyy" tagged ORG), a
known first name or the surname of a person named in full ("Mr Finch" tagged LOC); model
entities are otherwise never changed.

**The component changes the tokenizer of the ``nlp`` it is added to** (unusual for a spaCy
component, so said here): names in guillemets glued to a compound (``«Storm»-enheten``) are split
off, and a full stop after a year or a weapon code ending a sentence (``i 2014.``, ``Kh-101.``) is
split from it (:func:`~.entity_rules.tokenizer_fixes`). Both only add splits: other text tokenizes
as before. ``sourcetrace_dates`` needs the same and applies it too. A user who wants their
tokenizer untouched passes ``config={"fix_tokenizer": False}`` (and loses those entities/dates).
It is done here rather than in ``build_pipeline`` so the components read correctly when added
to any ``nlp``.

Names inside hyphenated compounds ("Kreml-talsmann", "Telegram-kanal", "Saratov-regionen") are
not entities: a ``Span`` covers whole tokens, ``doc.char_span`` cannot cut a token, and splitting
such compounds in the tokenizer would change the tokens every other component reads.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from spacy.attrs import IS_TITLE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from .. import lang as langdata
from ..lang.first_names import gender as first_name_gender
from .annotations import has_model_annotation
from .entity_rules import AnchoredMatcher, tokenizer_fixes
from .token_arrays import member


def _variants(name: str, suffixes: list[str], uninflected: tuple[str, ...]) -> list[str]:
    """A name and its inflected forms (Norwegian genitive ``Russlands``); none for a name with
    one of the ``uninflected`` endings ("Paris", "Hamas")."""
    out = [name]
    for suffix in suffixes:
        if not name.endswith(uninflected):
            out.append(name + suffix)
    return out


def _split_context(pattern: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int, int]:
    """A context pattern without its ``_ent`` marks, and the fixed token counts around them."""
    marked = [i for i, tok in enumerate(pattern) if tok.get("_ent")]
    if not marked:
        raise ValueError("entities.toml: a context pattern needs tokens marked _ent = true")
    before, after = pattern[: marked[0]], pattern[marked[-1] + 1 :]
    if any("OP" in tok for tok in before + after):
        raise ValueError("entities.toml: context tokens around _ent must not have OP")
    clean = [{k: v for k, v in tok.items() if k != "_ent"} for tok in pattern]
    return clean, len(before), len(after)


class Entities:
    def __init__(self, nlp: Language, name: str, lang: str = "", fix_tokenizer: bool = True):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "entities")
        data = self.data
        self.label_map: dict[str, str] = dict(data.get("label_map", {}))
        model_data = data.get("model", {})
        self.gazetteer_labels = bool(model_data.get("gazetteer_labels", False))
        # a trained NER's other labels (NorNE's PROD, DRV, EVT, MISC) are no entities of ours:
        # dropped, so rules may fill their place ("Mariana Costa" tagged PROD)
        self.keep_labels = frozenset(model_data.get("keep_labels", []))
        # page furniture and weapon codes a model takes for names ("Oppdatert", "FOTO", "Kh-101")
        self.not_entities = frozenset(model_data.get("not_entities", []))
        # "Katharina (43)": a name with an age in brackets after it is a person, whatever
        # label the model gave it (the Norwegian press's way of giving an age)
        self.person_by_age = bool(model_data.get("person_by_age", False))
        pattern = model_data.get("not_entity_pattern")
        self.not_entity_re = re.compile(pattern) if pattern else None
        if fix_tokenizer:
            tokenizer_fixes(nlp)  # changes nlp.tokenizer: see the module docstring

        self.ruler = EntityRuler(
            nlp, name=f"{name}_ruler", phrase_matcher_attr="ORTH", overwrite_ents=False
        )
        suffixes = list(data.get("inflection_suffixes", []))
        uninflected = tuple(data.get("uninflected_endings", []))
        phrases = [
            {"label": label, "pattern": form}
            for label, names in data.get("gazetteer", {}).items()
            for entry in names
            for form in _variants(entry, suffixes, uninflected)
        ]
        if phrases:
            # phrase patterns are tokenised by nlp.pipe: run the tokenizer only
            with nlp.select_pipes(disable=nlp.pipe_names):
                self.ruler.add_patterns(phrases)

        # rules whose marked tokens (all tokens for [[pattern]]) become the entity
        self.rules = AnchoredMatcher(nlp.vocab)
        self.rule_info: dict[int, tuple[str, int, int, bool]] = {}
        # whole-name patterns may replace gazetteer names they contain ("Ukrainas generalstab"),
        # names found by their context may not ("talsperson Kremls Dmitrij Peskov")
        rules = [
            (item["label"], [{**t, "_ent": True} for t in item["tokens"]], True)
            for item in data.get("pattern", [])
        ]
        rules += [(item["label"], item["tokens"], False) for item in data.get("context", [])]
        first_names = sorted(set(data.get("first_names", [])))
        if first_names:
            person = [
                {"ORTH": {"IN": first_names}, "_ent": True},
                {"IS_TITLE": True, "OP": "{1,3}", "_ent": True},
            ]
            rules.append(("PER", person, False))
        for n, (label, tokens, replace) in enumerate(rules):
            clean, before, after = _split_context(tokens)
            key = f"{name}_rule{n}"
            self.rules.add(key, [clean])
            self.rule_info[nlp.vocab.strings[key]] = (label, before, after, replace)

        runs = data.get("capitalised_runs", {})
        self.runs_enabled = bool(runs.get("enabled", False))
        self.run_when_model = bool(runs.get("with_trained_ner", False))
        self.not_name = frozenset(nlp.vocab.strings.add(w) for w in runs.get("not_name_words", []))
        self.openers = frozenset(nlp.vocab.strings.add(w) for w in ["–", "—", "-", "«", '"', "“", "(", "'"])
        self.org_last = {nlp.vocab.strings.add(w) for w in runs.get("organisation_last_words", [])}
        self.place_before = frozenset(w.lower() for w in runs.get("place_before_words", []))
        self.place_after = frozenset(w.lower() for w in runs.get("place_after_words", []))
        self.surname_suffixes = ["", *suffixes]
        self.first_names = frozenset(first_names)
        # a weak NER's place or body the parse sets in apposition with a person's role is a
        # person (``[model] person_by_apposition``; the labels and words are speakers.toml's)
        self.apposition = _AppositionPersons.from_data(self.lang, model_data)

    # -- steps --------------------------------------------------------------------------------

    def _model_ents(self, doc: Doc, ours: list[Span]) -> list[Span]:
        """The trained NER's entities with our labels.

        Their boundaries stay, but for spaces and punctuation a model sometimes takes in at the
        edges ("AFP\\n"); with ``model.gazetteer_labels`` an entity our gazetteer or rules find
        with exactly the same span gets our label ("Telegram" is an ORG, not a LOC; the unit
        «Storm» an ORG, not a product), the gazetteer's first.
        """
        known: dict[tuple[int, int], str] = {}
        if self.gazetteer_labels:
            for g in ours:
                known.setdefault((g.start, g.end), g.label_)
        out = []
        for e in doc.ents:
            label = self.label_map.get(e.label_, e.label_)
            start, end = e.start, e.end
            while start < end and (doc[start].is_space or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
                end -= 1
            if self.keep_labels and label not in self.keep_labels:
                continue
            while label == "PER" and end - start > 1 and doc[end - 1].text[:1].islower():
                end -= 1  # a name ends in a capital: "kampen mellom AaFK og Stranda frem til da"
            text = doc[start:end].text if end > start else ""
            if text in self.not_entities or (
                self.not_entity_re is not None and self.not_entity_re.fullmatch(text)
            ):
                continue
            if (
                label == "PER"
                and end - start >= 3
                and doc[start].text not in self.first_names
                and (
                    doc[start + 1].text in self.first_names
                    # "Filmregissør Erik Poppe": a common noun before a known first name
                    or (doc[start].pos_ == "NOUN" and first_name_gender(doc[start + 1].text) is not None)
                )
            ):
                # "Guvernør Roman Osipov", "Filmregissør Erik Poppe": a sentence-initial title
                # is no name
                start += 1
            if label and end > start:
                out.append(Span(doc, start, end, label=known.get((start, end), label)))
        return out

    def _persons_inside(self, model: list[Span], ours: list[Span]) -> list[Span]:
        """A weak NER's non-person entity that holds a person our rules find becomes that person:
        "Ukrainian President Volodymyr Zelenskyy" tagged ORG is "Volodymyr Zelenskyy", PER;
        a lone known first name tagged as a place ("a barista named Oksana") is a person."""
        persons = [g for g in ours if g.label_ == "PER"]
        out = []
        for e in model:
            if e.label_ != "PER":
                # the person ends the entity: "Volodymyr Zelenskyy's office" stays an office
                inner = [g for g in persons if e.start < g.start and g.end == e.end]
                if inner and e[-1].orth not in self.org_last:
                    g = max(inner, key=len)
                    e = Span(e.doc, g.start, g.end, label="PER")
                elif (
                    len(e) == 1
                    and e.text in self.first_names
                    and not any((g.start, g.end) == (e.start, e.end) for g in ours)
                ):
                    e = Span(e.doc, e.start, e.end, label="PER")
            out.append(e)
        return out

    def _gazetteer(self, doc: Doc) -> list[Span]:
        if not len(self.ruler):
            return []
        strings = doc.vocab.strings
        return [Span(doc, s, e, label=strings[key]) for key, s, e in _ruler_matches(self.ruler, doc)]

    def _rules(self, doc: Doc) -> tuple[list[Span], list[Span]]:
        """Rule entities: those that may replace gazetteer names, and those that may not."""
        replacing: list[Span] = []
        others: list[Span] = []
        for key, start, end in self.rules(doc):
            label, before, after, replace = self.rule_info[key]
            if end - after > start + before:
                (replacing if replace else others).append(
                    Span(doc, start + before, end - after, label=label)
                )
        return replacing, others

    def _runs(self, doc: Doc) -> list[Span]:
        """Runs of 2-4 capitalised words inside a sentence (not its first word): persons, or
        organisations when the last word says so ("Nordea Markets")."""
        if not len(doc):
            return []
        arr = doc.to_array([IS_TITLE, SENT_START, ORTH])
        # a word after an opening dash or quote starts a sentence too ("– For Hovland er ...")
        after_open = np.zeros(len(doc), dtype=bool)
        after_open[1:] = member(arr[:-1, 2], self.openers)
        arr[after_open, 1] = 1
        title = (arr[:, 0] == 1) & ~member(arr[:, 2], self.not_name)
        spans: list[Span] = []
        run: list[int] = []
        for i in [*np.flatnonzero(title).tolist(), -2]:
            if run and (i != run[-1] + 1 or arr[i, 1] == 1):
                if run and arr[run[0], 1] == 1:
                    run = run[1:]  # a sentence's first word is capitalised anyway
                if 2 <= len(run) <= 4:
                    label = "ORG" if arr[run[-1], 2] in self.org_last else "PER"
                    if self._place_run(doc, run[0], run[-1] + 1):
                        label = "LOC"
                    spans.append(Span(doc, run[0], run[-1] + 1, label=label))
                run = []
            run.append(i)
        return spans

    def _place_run(self, doc: Doc, start: int, end: int) -> bool:
        """'у с. Глухів Сокальського району': a run of capitals after a settlement word or
        before an administrative unit is a place (a village and its district), never a person
        (``capitalised_runs.place_before_words`` / ``place_after_words``)."""
        before = doc[start - 1].lower_ if start > 0 else ""
        after = doc[end].lower_ if end < len(doc) else ""
        return before in self.place_before or after in self.place_after

    def _surnames(self, doc: Doc, ents: _Ents) -> list[Span]:
        """Bare surnames of persons named in full elsewhere in the document."""
        names = {e[-1].text for e in ents.spans() if e.label_ == "PER" and len(e) > 1}
        if not names:
            return []
        strings = doc.vocab.strings
        forms = {strings.add(n + s) for n in names for s in self.surname_suffixes}
        hits = np.flatnonzero(member(doc.to_array(ORTH), forms)).tolist()
        return [Span(doc, i, i + 1, label="PER") for i in hits if ents.owner[i] < 0]

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = self._gazetteer(doc)
        replacing, others = self._rules(doc)
        ours = [*gazetteer, *replacing, *others]
        model = self._persons_inside(self._model_ents(doc, ours), ours)
        if self.apposition is not None:
            model = self.apposition.relabel(doc, model, ours)
        if self.person_by_age:
            model = [_aged_person(e) for e in model]
        ents = _Ents(doc, model)
        fixed = {(e.start, e.end) for e in model}  # the model's: never replaced
        # a listed or whole-pattern name may extend a model entity it contains ("Forsvarets" ->
        # "Forsvarets høgskole", "Ukrainas" -> "Ukrainas generalstab"), never cut one it overlaps
        ents.add(gazetteer)
        ents.add(replacing)
        ents.add(others, replace=False)
        if self.runs_enabled and (not model or self.run_when_model):
            runs = self._runs(doc)
            # a run replaces a gazetteer name only to name an organisation ("Nordea Markets")
            ents.add([r for r in runs if r.label_ == "ORG"], fixed=fixed)
            ents.add([r for r in runs if r.label_ != "ORG"], replace=False)
        ents.add(self._surnames(doc, ents), replace=False)
        ents.relabel_surnames()
        if ents.changed or model != list(doc.ents):
            doc.ents = ents.spans()
        return doc


def _aged_person(entity: Span) -> Span:
    """``entity`` as a person when an age in brackets follows its capitalised words ("Ekaterina
    Komissarova (23)" tagged ORG); as it is otherwise."""
    doc = entity.doc
    end = entity.end
    aged = (
        entity.label_ != "PER"
        and end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 1].text.isdigit()
        and len(doc[end + 1].text) <= 3
        and doc[end + 2].text == ")"
        and all(token.text[:1].isupper() for token in entity)
    )
    return Span(doc, entity.start, end, label="PER") if aged else entity


class _AppositionPersons:
    """Persons a weak entity recogniser tags as places or bodies, read from the parse.

    The shipped English NER reads persons poorly (its PER F1 is 0.57, ORG precision 0.51):
    "Vitaliy Kim, governor of the Mykolaiv region" comes out a place, "Ashraf al-Qudra,
    spokesman for the health ministry" a place and an organisation. The dependency parse is
    more reliable here (an apposition to a role noun), and whether the name is a person decides
    whether a later "he" can refer to it. So a model entity that is not a person becomes one
    when the name the parse builds around it (its head with the ``name_deps`` links) stands in
    apposition (``apposition_deps``) with a person's role word (speakers.toml ``titles`` and
    ``person_suffixes``), in either direction ("the spokesman, Ivan Petrenko"). The parse's name
    replaces the model's fragments inside it; a name our gazetteer lists as a place or body is
    left alone.
    """

    def __init__(
        self, roles: frozenset[str], name_deps: frozenset[str], apposition_deps: frozenset[str]
    ):
        self.roles = roles
        self.name_deps = name_deps
        self.apposition_deps = apposition_deps

    @classmethod
    def from_data(cls, code: str, model_data: dict[str, Any]) -> _AppositionPersons | None:
        """The step for a language that switches it on and names its parse labels."""
        if not model_data.get("person_by_apposition", False):
            return None
        speakers = langdata.concern(code, "speakers")
        parse = speakers.get("parse", {})
        words = speakers.get("words", {})
        roles = frozenset(
            w.lower() for key in ("titles", "person_suffixes") for w in words.get(key, [])
        )
        name_deps = frozenset(parse.get("name_deps", []))
        apposition_deps = frozenset(parse.get("apposition_deps", []))
        if not (roles and name_deps and apposition_deps):
            raise ValueError(
                f"entities.toml ({code}): person_by_apposition needs speakers.toml [parse] "
                "name_deps and apposition_deps and [words] titles or person_suffixes"
            )
        return cls(roles, name_deps, apposition_deps)

    def _role(self, token) -> bool:
        return token.is_lower and token.lower_ in self.roles

    def _name(self, doc: Doc, head) -> tuple[int, int] | None:
        """The token range of the name ``head`` heads (itself and its name links), when the
        links are contiguous and the range starts and ends with a capitalised word."""
        members = [head.i]
        todo = [head]
        while todo:
            for child in todo.pop().children:
                if child.dep_ in self.name_deps:
                    members.append(child.i)
                    todo.append(child)
        start, end = min(members), max(members) + 1
        inside = set(members)
        if any(k not in inside and not doc[k].is_punct for k in range(start, end)):
            return None
        if not (doc[start].is_title and doc[end - 1].is_title):
            return None
        return start, end

    def _beside_role(self, head) -> bool:
        if head.dep_ in self.apposition_deps and self._role(head.head):
            return True  # "the spokesman, Ivan Petrenko"
        return any(  # "Vitaliy Kim, governor of the region"
            child.dep_ in self.apposition_deps and self._role(child) for child in head.children
        )

    def relabel(self, doc: Doc, model: list[Span], ours: list[Span]) -> list[Span]:
        if not model or not has_model_annotation(doc, "DEP"):
            return model
        listed = {(g.start, g.end) for g in ours if g.label_ != "PER"}
        persons: dict[tuple[int, int], Span] = {}
        for ent in model:
            if ent.label_ == "PER" or (ent.start, ent.end) in listed:
                continue
            head = ent.root
            while head.dep_ in self.name_deps and head.head.i != head.i:
                head = head.head
            bounds = self._name(doc, head)
            if bounds is None or not self._beside_role(head):
                continue
            start, end = bounds
            if start <= ent.start and ent.end <= end and (start, end) not in listed:
                persons[bounds] = Span(doc, start, end, label="PER")
        if not persons:
            return model
        out = list(persons.values())
        for ent in model:
            covering = [p for p in out if p.start <= ent.start and ent.end <= p.end]
            overlapping = [p for p in out if p.start < ent.end and ent.start < p.end]
            if covering:
                continue  # a fragment of the parse's name
            if overlapping:
                # a model entity running out of the name: keep the model's reading
                out = [p for p in out if p not in overlapping]
            out.append(ent)
        return sorted(out, key=lambda e: e.start)



def _ruler_matches(ruler: EntityRuler, doc: Doc) -> list[tuple[int, int, int]]:
    """``ruler.match(doc)`` for a ruler of phrase patterns only, without the token matcher it
    would run empty: ``EntityRuler.match`` wraps that run in ``warnings.catch_warnings`` (to hide
    the empty matcher's warning), which copies the process's warning filters on every document
    and cost more than the phrase matching itself. Same matches, same order (the set built as
    spaCy builds it, the same sort)."""
    if len(ruler.matcher):
        return ruler.match(doc)
    found = set([(key, start, end) for key, start, end in ruler.phrase_matcher(doc) if start != end])
    return sorted(found, key=lambda match: (match[2] - match[1], -match[1]), reverse=True)

class _Ents:
    """A doc's entities while rules add to them: a list, and each token's entity index."""

    def __init__(self, doc: Doc, ents: list[Span]):
        self.items: list[Span | None] = list(ents)
        self.owner = np.full(len(doc) + 1, -1, dtype=np.int64)
        for n, e in enumerate(ents):
            self.owner[e.start : e.end] = n
        self.changed = False

    def relabel_surnames(self) -> None:
        """A one-word entity that is the surname of a person named in full is that person
        ("skriver Gubin" after "Pavel Gubin"), whatever label a model gave it; so is the surname
        in a two-word one ("Mr Finch" after "Alastair Finch")."""
        surnames = {
            e[-1].text for e in self.items if e is not None and e.label_ == "PER" and len(e) > 1
        }
        for n, e in enumerate(self.items):
            if e is None or e.label_ == "PER" or len(e) > 2 or e[-1].text not in surnames:
                continue
            if len(e) == 2 and (not e[0].is_title or e[0].text in surnames):
                continue
            # "Mr Finch" tagged as a place after "Alastair Finch": the surname is the person
            self.items[n] = Span(e.doc, e.end - 1, e.end, label="PER")
            self.changed = True

    def spans(self) -> list[Span]:
        return sorted((e for e in self.items if e is not None), key=lambda e: e.start)

    def add(
        self, spans: list[Span], fixed: set[tuple[int, int]] | None = None, replace: bool = True
    ) -> None:
        """Add ``spans`` overlapping no entity nor each other (longest first).

        With ``replace``, a span may replace entities it contains ("Ukrainas generalstab" over
        the gazetteer's "Ukrainas"), unless one of them is in ``fixed``; never one it only
        overlaps.
        """
        for s in sorted(spans, key=lambda x: (x.start - x.end, x.start)):  # longest first
            hit = {int(n) for n in self.owner[s.start : s.end] if n >= 0}
            if hit:
                if not replace:
                    continue
                inner = [
                    n for n in hit if s.start <= self.items[n].start and self.items[n].end <= s.end
                ]  # type: ignore[union-attr]
                if len(inner) != len(hit) or any(len(self.items[n]) >= len(s) for n in inner):  # type: ignore[arg-type]
                    continue
                if fixed and any((self.items[n].start, self.items[n].end) in fixed for n in inner):  # type: ignore[union-attr]
                    continue
                for n in inner:
                    self.items[n] = None
            self.owner[s.start : s.end] = len(self.items)
            self.items.append(s)
            self.changed = True


@Language.factory(
    "sourcetrace_entities",
    default_config={"lang": "", "fix_tokenizer": True},
    # a trained NER's entities are kept when there are any (none is needed)
    requires=["token.is_sent_start"],
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_entities(nlp: Language, name: str, lang: str, fix_tokenizer: bool) -> Entities:
    """Entities; note that by default this changes ``nlp.tokenizer`` (see the module docstring)."""
    return Entities(nlp, name, lang=lang, fix_tokenizer=fix_tokenizer)


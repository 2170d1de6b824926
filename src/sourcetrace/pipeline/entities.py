"""``sourcetrace_entities``: the trained pipeline's entities, completed by gazetteers and rules.

Entities from a trained NER are kept as they are (labels mapped to PER/ORG/GPE/LOC through the
language's ``label_map``); rules only add entities where none overlaps, so nothing regresses when
a model arrives. The rules come from ``entities.toml``, in decreasing order of trust:

1. gazetteers (countries, cities, organisations, media) and token patterns (ministries,
   first name + capitalised words), run by an internal spaCy ``EntityRuler``;
2. context patterns whose entity is only part of the match (``enheten «Storm»``,
   ``president X Y``): a spaCy ``Matcher`` pattern whose tokens marked ``_ent`` form the entity;
3. capitalised runs not at a sentence start (languages that capitalise only names), and later
   bare surnames of persons already found ("Gorin" after "Alexander Gorin").
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from spacy.attrs import IS_TITLE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import lang as langdata
from .entity_rules import AnchoredMatcher

# Names in guillemets glued to a compound ("«Storm»-enheten") must be tokens of their own to be
# entities: split a closing mark before a hyphen, and the hyphen after it.
_QUOTED_COMPOUND_INFIX = r"(?<=\w)[»”\"'’](?=-)|(?<=[»”\"'’])-(?=\w)"


def split_quoted_compounds(nlp: Language) -> None:
    """Let the tokenizer split ``«Storm»-enheten`` into ``Storm » - enheten`` (idempotent)."""
    finditer = nlp.tokenizer.infix_finditer
    current = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if current is None or _QUOTED_COMPOUND_INFIX in current:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{_QUOTED_COMPOUND_INFIX}|{current}").finditer


def _variants(name: str, suffixes: list[str]) -> list[str]:
    """A name and its inflected forms (Norwegian genitive ``Russlands``)."""
    out = [name]
    for suffix in suffixes:
        if not name.endswith(("s", "x", "z")):
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
    def __init__(self, nlp: Language, name: str, lang: str = ""):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "entities")
        data = self.data
        self.label_map: dict[str, str] = dict(data.get("label_map", {}))
        split_quoted_compounds(nlp)

        self.ruler = EntityRuler(nlp, name=f"{name}_ruler", phrase_matcher_attr="ORTH", overwrite_ents=False)
        suffixes = list(data.get("inflection_suffixes", []))
        phrases = [
            {"label": label, "pattern": form}
            for label, names in data.get("gazetteer", {}).items()
            for entry in names
            for form in _variants(entry, suffixes)
        ]
        if phrases:
            # phrase patterns are tokenised by nlp.pipe: run the tokenizer only
            with nlp.select_pipes(disable=nlp.pipe_names):
                self.ruler.add_patterns(phrases)

        # rules whose marked tokens (all tokens for [[pattern]]) become the entity
        self.rules = AnchoredMatcher(nlp.vocab)
        self.rule_info: dict[int, tuple[str, int, int]] = {}
        rules = [(item["label"], [{**t, "_ent": True} for t in item["tokens"]]) for item in data.get("pattern", [])]
        rules += [(item["label"], item["tokens"]) for item in data.get("context", [])]
        first_names = sorted(set(data.get("first_names", [])))
        if first_names:
            rules.append(
                ("PER", [{"ORTH": {"IN": first_names}, "_ent": True}, {"IS_TITLE": True, "OP": "{1,3}", "_ent": True}])
            )
        for n, (label, tokens) in enumerate(rules):
            clean, before, after = _split_context(tokens)
            key = f"{name}_rule{n}"
            self.rules.add(key, [clean])
            self.rule_info[nlp.vocab.strings[key]] = (label, before, after)

        runs = data.get("capitalised_runs", {})
        self.runs_enabled = bool(runs.get("enabled", False))
        self.run_when_model = bool(runs.get("with_trained_ner", False))
        self.not_name = np.array(
            sorted(nlp.vocab.strings.add(w) for w in runs.get("not_name_words", [])), dtype="uint64"
        )
        self.openers = np.array(sorted(nlp.vocab.strings.add(w) for w in ["–", "—", "-", "«", '"', "“", "(", "'"]), dtype="uint64")
        self.org_last = {nlp.vocab.strings.add(w) for w in runs.get("organisation_last_words", [])}
        self.surname_suffixes = ["", *suffixes]

    # -- steps --------------------------------------------------------------------------------

    def _map_labels(self, doc: Doc) -> bool:
        """Map the trained NER's labels to ours; True when the doc came with entities."""
        if not doc.ents:
            return False
        if self.label_map and any(e.label_ in self.label_map for e in doc.ents):
            doc.ents = [
                Span(doc, e.start, e.end, label=self.label_map.get(e.label_, e.label_))
                for e in doc.ents
                if self.label_map.get(e.label_, e.label_)
            ]
        return True

    def _add(self, doc: Doc, spans: list[Span], fixed: set[tuple[int, int]]) -> None:
        """Add ``spans`` that overlap no entity in ``fixed`` (the model's) nor each other.

        A rule entity replaces gazetteer entities it contains ("Ukrainas generalstab" over
        "Ukrainas"), never one it only overlaps.
        """
        if not spans:
            return
        ents = list(doc.ents)
        keep = []
        for s in filter_spans(spans):
            inside = [e for e in ents if s.start <= e.start and e.end <= s.end and len(e) < len(s)]
            if any((e.start, e.end) in fixed for e in inside):
                continue
            rest = {i for e in ents if e not in inside for i in range(e.start, e.end)}
            if any(i in rest for i in range(s.start, s.end)):
                continue
            if inside:
                ents = [e for e in ents if e not in inside]
            keep.append(s)
        if keep:
            doc.ents = sorted(ents + keep, key=lambda e: e.start)

    def _rules(self, doc: Doc) -> list[Span]:
        spans = []
        for key, start, end in self.rules(doc):
            label, before, after = self.rule_info[key]
            if end - after > start + before:
                spans.append(Span(doc, start + before, end - after, label=label))
        return spans

    def _runs(self, doc: Doc) -> list[Span]:
        """Runs of 2-4 capitalised words inside a sentence (not its first word): persons, or
        organisations when the last word says so ("Nordea Markets")."""
        if not len(doc):
            return []
        arr = doc.to_array([IS_TITLE, SENT_START, ORTH])
        # a word after an opening dash or quote starts a sentence too ("– For Hovland er ...")
        after_open = np.zeros(len(doc), dtype=bool)
        after_open[1:] = np.isin(arr[:-1, 2], self.openers)
        arr[after_open, 1] = 1
        title = (arr[:, 0] == 1) & ~np.isin(arr[:, 2], self.not_name)
        spans: list[Span] = []
        run: list[int] = []
        for i in [*np.flatnonzero(title).tolist(), -2]:
            if run and (i != run[-1] + 1 or arr[i, 1] == 1):
                if run and arr[run[0], 1] == 1:
                    run = run[1:]  # a sentence's first word is capitalised anyway
                if 2 <= len(run) <= 4:
                    label = "ORG" if arr[run[-1], 2] in self.org_last else "PER"
                    spans.append(Span(doc, run[0], run[-1] + 1, label=label))
                run = []
            run.append(i)
        return spans

    def _surnames(self, doc: Doc) -> list[Span]:
        """Bare surnames of persons named in full elsewhere in the document."""
        names = {e[-1].text for e in doc.ents if e.label_ == "PER" and len(e) > 1}
        if not names:
            return []
        forms = np.array(
            sorted(self.ruler.nlp.vocab.strings.add(n + s) for n in names for s in self.surname_suffixes), dtype="uint64"
        )
        hits = np.flatnonzero(np.isin(doc.to_array(ORTH), forms)).tolist()
        return [Span(doc, i, i + 1, label="PER") for i in hits if not doc[i].ent_type]

    def __call__(self, doc: Doc) -> Doc:
        had_model = self._map_labels(doc)
        fixed = {(e.start, e.end) for e in doc.ents}  # the model's: never replaced
        if len(self.ruler):
            self.ruler(doc)
        self._add(doc, self._rules(doc), fixed)
        if self.runs_enabled and (not had_model or self.run_when_model):
            # a run replaces a gazetteer name only to name an organisation ("Nordea Markets")
            others = {(e.start, e.end) for e in doc.ents}
            runs = self._runs(doc)
            self._add(doc, [r for r in runs if r.label_ == "ORG"], fixed)
            self._add(doc, [r for r in runs if r.label_ != "ORG"], fixed | others)
        self._add(doc, self._surnames(doc), fixed)
        return doc


@Language.factory("sourcetrace_entities", default_config={"lang": ""}, assigns=["doc.ents"])
def make_entities(nlp: Language, name: str, lang: str) -> Entities:
    return Entities(nlp, name, lang=lang)

"""Morphology for languages that inflect by endings (Russian, Ukrainian), behind one interface.

A language opts in with ``morphology = "pymorphy3"`` in its ``_meta.toml``. Two things use it:

* the data loader: a concern may list lemmas under ``[lexemes."KEY"]`` (``lemmas`` and the
  grammemes of the forms wanted, ``tags``); every such form of every lemma is added to the
  list ``KEY`` (dotted for a nested table: ``"lexicon.indirect_cues"``); with ``values``
  (``{"два" = 2}``) instead of ``lemmas`` every form is added to the table ``KEY`` with its value. One lemma ("заявить")
  then gives заявил, заявила, заявили, заявило, заявит, заявив, so the components, which look
  words up by their lower-case form, need not know the language inflects;
* speaker clustering: a name in an oblique case ("Зеленского", "Синегубова") is read in the
  nominative ("Зеленский"), keeping the gender its first name or an earlier mention shows.

Back-ends register themselves in :data:`BACKENDS` by name; a new analyser is one more entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, Protocol


class Morphology(Protocol):
    """What the loader and the speaker component ask of a language's morphology."""

    def forms(self, lemma: str, tags: Iterable[str]) -> set[str]:
        """Every form of ``lemma`` matching one of ``tags`` (all forms, when empty); a tag is
        a grammeme or several joined by ``+`` ("VERB+past": past-tense finite forms)."""
        ...

    def nominatives(self, word: str) -> list[str]:
        """The nominative singular readings of a capitalised name word, likeliest first."""
        ...

    def lemma(self, word: str) -> str:
        """The dictionary form of ``word`` (lower case)."""
        ...

    def gender(self, first_name: str) -> str | None:
        """``masc`` or ``femn`` when ``first_name`` is a known first name, else None."""
        ...

    def phrase_nominative(self, phrase: str, cases: frozenset[str] = frozenset()) -> str:
        """A noun phrase with its head in the nominative (read in one of ``cases``, if any)."""
        ...

    def is_place(self, word: str) -> bool:
        """Whether ``word`` names a place or is made from a place name."""
        ...

    def can_be(self, word: str, case: str) -> bool:
        """Whether a reading of ``word`` is in ``case`` (a grammeme: "accs")."""
        ...

    def is_attribute(self, word: str) -> bool:
        """Whether ``word`` reads first as a full adjective or participle."""
        ...

    def oblique_attribute(self, word: str) -> bool:
        """Whether a reading of ``word`` is a full adjective or participle and none of its
        readings is in the nominative ("громадської", not "громадська")."""
        ...

    def subject_of(self, noun: str, verb: str) -> bool:
        """Whether a nominative noun reading of ``noun`` agrees with a finite reading of
        ``verb`` in number (and, in the past singular, gender): "власти | заявили"."""
        ...


#: words whose lemma one analyser keeps before it starts its cache afresh
LEMMA_CACHE_SIZE = 200_000
#: the tags of the locative in the Russian and Ukrainian dictionaries (the case after "в"/"у"
#: that places a body: "в Минобороны", "у Кремлі")
LOCATIVE_CASES = frozenset({"loct", "loc2", "v_mis"})
GENITIVE_CASES = frozenset({"gent", "gen2", "v_rod"})


#: word forms whose pymorphy3 parses one analyser keeps (least recently used dropped first)
PARSE_CACHE_SIZE = 20_000
#: answers of each inflecting method (phrase and name nominatives) one analyser keeps
ANSWER_CACHE_SIZE = 20_000


class CachedParses:
    """A pymorphy3 ``MorphAnalyzer`` whose ``parse`` keeps its answer for each word form.

    The readers ask for the parses of the same words over and over (every capitalised word,
    every word of a speaker phrase, in every document): a dictionary look-up costs tens of
    microseconds, a kept answer under one. Parses depend on the word alone; each call gets a
    list of its own, so a caller changing it changes nothing kept. Everything else is the
    analyser's own."""

    def __init__(self, analyzer: Any, size: int = PARSE_CACHE_SIZE):
        self._analyzer = analyzer
        self._parses = lru_cache(maxsize=size)(lambda word: tuple(analyzer.parse(word)))

    def parse(self, word: str) -> list[Any]:
        return list(self._parses(word))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._analyzer, name)


class Pymorphy3:
    """pymorphy3 with the OpenCorpora (ru) or VESUM (uk) dictionary."""

    #: grammemes that mark a word as a name in either dictionary
    NAME_TAGS = frozenset({"Surn", "Name", "Patr"})

    def __init__(self, code: str):
        try:
            import pymorphy3
        except ImportError as exc:  # pragma: no cover - a broken install
            raise RuntimeError(
                f"reading {code!r} needs pymorphy3 and its dictionary: "
                f"pip install pymorphy3 pymorphy3-dicts-{code}"
            ) from exc
        self.analyzer = CachedParses(pymorphy3.MorphAnalyzer(lang=code))
        #: nominatives by word: the speaker component asks for every capitalised word
        self._nominatives: dict[str, list[str]] = {}
        #: lemmas by word, for every document read (a dictionary look-up costs about a
        #: millisecond, and the same names and body words come back in every document)
        self._lemmas: dict[str, str] = {}
        # answers that depend on their arguments and the dictionary alone, kept per analyser:
        # inflecting a word builds its whole paradigm (the costliest look-up there is), and the
        # same names and bodies come back in every document
        self.phrase_nominative = lru_cache(maxsize=ANSWER_CACHE_SIZE)(self.phrase_nominative)  # type: ignore[method-assign]
        self.first_name = lru_cache(maxsize=ANSWER_CACHE_SIZE)(self.first_name)  # type: ignore[method-assign]
        self.nominative_in = lru_cache(maxsize=ANSWER_CACHE_SIZE)(self.nominative_in)  # type: ignore[method-assign]

    def forms(self, lemma: str, tags: Iterable[str]) -> set[str]:
        wanted = [set(group.split("+")) for group in tags]
        out: set[str] = set()
        for parse in self.analyzer.parse(lemma):
            if parse.normal_form != lemma.lower():
                continue
            for form in parse.lexeme:
                grammemes = set(form.tag.grammemes)
                if not wanted or any(group <= grammemes for group in wanted):
                    out.add(form.word.replace("ё", "е"))
                    out.add(form.word)
        return out

    def nominatives(self, word: str) -> list[str]:
        found = self._nominatives.get(word)
        if found is None:
            found = self._nominatives[word] = self._read_nominatives(word)
        return list(found)

    def _read_nominatives(self, word: str) -> list[str]:
        parses = self.analyzer.parse(word)
        # a word the likeliest reading, or a reading as a name, takes as a nominative stays as
        # written, first ("Ганна", "Петро")
        out: list[str] = [
            word
            for p in parses
            if (p is parses[0] or self.NAME_TAGS & set(p.tag.grammemes))
            and _nominative_singular(p.tag.grammemes)
            and ({"NOUN", "ADJF"} & set(p.tag.grammemes))
        ][:1]
        named = [p for p in parses if self.NAME_TAGS & set(p.tag.grammemes)]
        adjectival = [p for p in parses if "ADJF" in p.tag.grammemes]
        for parse in named + adjectival + parses:
            if not ({"NOUN", "ADJF"} & set(parse.tag.grammemes)):
                continue
            nominative = _inflect(parse, {"nomn", "sing"}) or parse.inflect({"nomn"})
            if nominative is None:
                continue
            form = _cased_like(nominative.word, word)
            if form not in out:
                out.append(form)
        return out or [word]

    def lemma(self, word: str) -> str:
        found = self._lemmas.get(word)
        if found is None:
            if len(self._lemmas) >= LEMMA_CACHE_SIZE:
                self._lemmas.clear()  # a long run over many texts: start the cache afresh
            parses = self.analyzer.parse(word)
            found = self._lemmas[word] = parses[0].normal_form if parses else word.lower()
        return found

    def is_attribute(self, word: str) -> bool:
        """Whether the likeliest reading of ``word`` is a full adjective or participle."""
        parses = self.analyzer.parse(word)
        return bool(parses) and bool({"ADJF", "PRTF"} & set(parses[0].tag.grammemes))

    def oblique_attribute(self, word: str) -> bool:
        """Whether a reading of ``word`` is a full adjective or participle and none is in the
        nominative: "громадської" (which the dictionary reads first as a surname) is an
        adjective's oblique form whatever its likeliest reading."""
        parses = self.analyzer.parse(word)
        return any({"ADJF", "PRTF"} & set(p.tag.grammemes) for p in parses) and not any(
            p.tag.case == "nomn" for p in parses
        )

    def can_be(self, word: str, case: str) -> bool:
        """Whether a reading of ``word`` is in ``case`` ("обращение": nominative or
        accusative; "жители": nominative only)."""
        return any(p.tag.case == case for p in self.analyzer.parse(word))

    def subject_of(self, noun: str, verb: str) -> bool:
        """Whether a nominative common-noun reading of ``noun`` agrees with a finite reading
        of ``verb``: in number, and in gender where a past singular shows one ("власти
        заявили", "влада заявила"; not "власти заявил"). A name's reading never counts: the
        case it is in is the question, not who it is."""
        nouns = [
            p.tag
            for p in self.analyzer.parse(noun)
            if "NOUN" in p.tag.grammemes
            and p.tag.case == "nomn"
            and not (self.NAME_TAGS & set(p.tag.grammemes))
        ]
        verbs = [p.tag for p in self.analyzer.parse(verb) if "VERB" in p.tag.grammemes]
        return any(
            _number(noun_tag) == _number(verb_tag)
            and (verb_tag.gender is None or _number(verb_tag) == "plur" or noun_tag.gender == verb_tag.gender)
            for noun_tag in nouns
            for verb_tag in verbs
        )

    def is_place(self, word: str) -> bool:
        """Whether a reading of ``word`` is a place name or a word made from one
        ("Британії", "Харьковской")."""
        return any(
            {"Geox"} & set(p.tag.grammemes) or (p.normal_form.endswith(("ский", "ський", "ская", "ська")))
            for p in self.analyzer.parse(word)
        )

    def first_name(self, word: str, oblique: bool) -> tuple[str, str] | None:
        """A first name's nominative and gender, reading it in an oblique case when the
        surname after it is in one ("Віталія Кличка": Віталій, not the woman's name Віталія)."""
        for parse in self.analyzer.parse(word):
            grammemes = set(parse.tag.grammemes)
            if "Name" not in grammemes or ("nomn" in grammemes) == oblique:
                continue
            if "plur" in grammemes:
                continue  # one person: "Олександри" is Олександра's genitive, no plural
            found = _inflect(parse, {"nomn", "sing"}) if oblique else parse
            if found is not None:
                return _cased_like(found.word, word), "femn" if "femn" in grammemes else "masc"
        return None

    def plural_noun(self, word: str) -> bool:
        """Whether the likeliest reading of ``word`` is a common noun in the nominative
        plural ("Енергетики", "Военные"), not a name."""
        parses = self.analyzer.parse(word)
        if not parses:
            return False
        grammemes = set(parses[0].tag.grammemes)
        return (
            "NOUN" in grammemes
            and {"nomn", "plur"} <= grammemes
            and not (self.NAME_TAGS | {"Geox", "Orgn", "Abbr"}) & grammemes
        )

    def may_be_plural_noun(self, word: str) -> bool:
        """Whether any reading of ``word`` is a common noun in the nominative plural and none a
        name ("Вісті", "Патріоти" opening an outlet's name: "передають Вісті Полісся")."""
        parses = self.analyzer.parse(word)
        if any((self.NAME_TAGS | {"Geox"}) & set(p.tag.grammemes) for p in parses):
            return False
        return any(
            "NOUN" in p.tag.grammemes and {"nomn", "plur"} <= set(p.tag.grammemes) for p in parses
        )

    def is_surname(self, word: str) -> bool:
        """Whether the dictionary knows ``word`` as a surname."""
        return any("Surn" in p.tag.grammemes for p in self.analyzer.parse(word))

    def is_oblique(self, surname: str) -> bool:
        """Whether a surname has no nominative reading ("Кличка", "Зеленского")."""
        parses = self.analyzer.parse(surname)
        as_surname = [p for p in parses if "Surn" in p.tag.grammemes] or parses
        return not any(_nominative_singular(p.tag.grammemes) for p in as_surname)

    def gender(self, first_name: str) -> str | None:
        # a reading in the nominative first: "Петро" is the man's name, not the vocative of
        # the woman's name "Петра"
        names = [p for p in self.analyzer.parse(first_name) if "Name" in p.tag.grammemes]
        if not names:
            return None
        best = next((p for p in names if "nomn" in p.tag.grammemes), names[0])
        return "femn" if "femn" in best.tag.grammemes else "masc"

    def nominative_in(self, word: str, gender: str) -> str | None:
        """The nominative of the name word ``word`` in ``gender`` ("Синегубова", masc ->
        "Синегубов"; femn -> "Синегубова")."""
        parses = self.analyzer.parse(word)
        for parse in parses:
            grammemes = set(parse.tag.grammemes)
            if _nominative_singular(grammemes) and (gender in grammemes or "ms-f" in grammemes):
                return word
        for parse in parses:
            if not ({"NOUN", "ADJF"} & set(parse.tag.grammemes)):
                continue
            if gender not in parse.tag.grammemes and "ms-f" not in parse.tag.grammemes:
                continue
            found = _inflect(parse, {"nomn", "sing", gender}) or _inflect(parse, {"nomn", "sing"})
            if found is not None:
                return _cased_like(found.word, word)
        return None


    def phrase_nominative(self, phrase: str, cases: frozenset[str] = frozenset()) -> str:
        """A noun phrase with its head noun and the adjectives before it in the nominative,
        the words after it as written ("оперативного штаба" -> "оперативный штаб",
        "Генштаба ВСУ" -> "Генштаб ВСУ"); unchanged when the head is nominative already.
        ``cases`` are the cases the context allows (the locative after "в", "у": "У Кремлі"
        is Кремль, not the plural "кремлі" the word also reads as)."""
        words = phrase.split()
        for at, word in enumerate(words):
            readings = self.analyzer.parse(word)
            parses = [p for p in readings if "NOUN" in p.tag.grammemes]
            if cases:
                parses = [p for p in parses if p.tag.case in cases] or parses
            adjective = any({"ADJF", "PRTF"} & set(p.tag.grammemes) for p in readings)
            if adjective and (not parses or at < len(words) - 1):
                continue  # "російської сторони": an adjective before its noun
            if not parses and at > 0 and word.isupper() and len(word) > 1:
                # "Чернігівської ОВА": an acronym the dictionary does not inflect heads the
                # phrase; the adjectives before it say its case and go to the nominative
                return " ".join([*self.adjectives_nominative(words[:at]), *words[at:]])
            if not parses:
                return phrase  # a word that is neither: leave the phrase as written
            # the case the adjectives before the noun agree with picks among its readings
            # ("обласної прокуратури": genitive singular, not nominative plural)
            adjective_cases: set[str] | None = None
            for k in range(at):
                cases = {
                    p.tag.case
                    for p in self.analyzer.parse(words[k])
                    if {"ADJF", "PRTF"} & set(p.tag.grammemes)
                }
                adjective_cases = cases if adjective_cases is None else adjective_cases & cases
            agreeing = [p for p in parses if adjective_cases and p.tag.case in adjective_cases]
            head = (agreeing or parses)[0]
            if head.tag.case == "nomn" or (
                not agreeing and any(p.tag.case == "nomn" for p in parses)
            ):
                return phrase  # nominative already, or may be ("Енергетики" as written)
            number = "plur" if "plur" in head.tag.grammemes else "sing"
            found = _inflect(head, {"nomn", number})
            if found is None:
                return phrase
            out = [*words]
            out[at] = _cased_like(found.word, word)
            case = head.tag.case
            agree = {"nomn", number} | (
                {head.tag.gender} if number == "sing" and head.tag.gender else set()
            )
            for k in range(at):
                adj = next(
                    (p for p in self.analyzer.parse(words[k]) if {"ADJF", "PRTF"} & set(p.tag.grammemes) and p.tag.case == case),
                    None,
                )
                inflected = _inflect(adj, agree) if adj is not None else None
                if inflected is not None:
                    out[k] = _cased_like(inflected.word, words[k])
            return " ".join(out)
        return phrase


    def adjectives_nominative(self, words: list[str]) -> list[str]:
        """Adjectives in an oblique case put in the nominative, each in its own gender and
        number; a word with a nominative reading, or none as an adjective, stays as written."""
        out = []
        for word in words:
            readings = [p for p in self.analyzer.parse(word) if {"ADJF", "PRTF"} & set(p.tag.grammemes)]
            if not readings or any(p.tag.case == "nomn" for p in readings):
                out.append(word)
                continue
            adj = readings[0]
            number = "plur" if "plur" in adj.tag.grammemes else "sing"
            agree = {"nomn", number} | ({adj.tag.gender} if number == "sing" and adj.tag.gender else set())
            found = _inflect(adj, agree)
            out.append(_cased_like(found.word, word) if found is not None else word)
        return out


#: the vowels of Russian and Ukrainian: a man's surname ending in none of them is nominative
_VOWELS = frozenset("аеєиіїоуюяыэё")


def _number(tag: Any) -> str:
    """A reading's number; the Ukrainian dictionary leaves the singular unmarked."""
    return tag.number or ("plur" if "plur" in tag.grammemes else "sing")


def _nominative_singular(grammemes) -> bool:
    """A nominative singular reading; the Ukrainian dictionary leaves the singular unmarked."""
    return "nomn" in grammemes and "plur" not in grammemes


def _inflect(parse, grammemes: set[str]):
    """``parse`` inflected to ``grammemes``; for a dictionary that leaves the singular unmarked
    (Ukrainian), again without ``sing``."""
    found = parse.inflect(grammemes)
    if found is not None or "sing" not in grammemes:
        return found
    wanted = grammemes - {"sing"}
    return next(
        (f for f in parse.lexeme if wanted <= set(f.tag.grammemes) and "plur" not in f.tag.grammemes),
        None,
    )


def _cased_like(form: str, model: str) -> str:
    """``form`` with the capitals of ``model`` ("зеленский", "Зеленского" -> "Зеленский")."""
    if model.isupper():
        return form.upper()
    if model[:1].isupper():
        parts = form.split("-")
        return "-".join(p[:1].upper() + p[1:] for p in parts)
    return form


#: analyser back-ends by the name a language's ``_meta.toml`` gives under ``morphology``
BACKENDS: dict[str, Callable[[str], Morphology]] = {"pymorphy3": Pymorphy3}


@cache
def for_language(code: str, backend: str) -> Morphology:
    """The (cached) analyser ``backend`` for language ``code``."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown morphology back-end {backend!r}; known: {', '.join(BACKENDS)}")
    return BACKENDS[backend](code)


def expand_lexemes(table: dict, morphology: Morphology) -> dict:
    """``table`` with the forms of its ``[lexemes."KEY"]`` lemmas added to the lists ``KEY``."""
    lexemes = table.get("lexemes")
    if not isinstance(lexemes, dict):
        return table
    out = dict(table)
    for key, spec in lexemes.items():
        *path, leaf = key.split(".")
        target = out
        for part in path:
            target[part] = dict(target.get(part, {}))
            target = target[part]
        values = spec.get("values")
        if isinstance(values, dict):
            # a table of words and what they stand for ("два" = 2): every form stands for it
            mapping = dict(target.get(leaf, {}))
            for lemma, value in values.items():
                for form in morphology.forms(lemma, spec.get("tags", [])):
                    mapping.setdefault(form, value)
            target[leaf] = mapping
            continue
        present = list(target.get(leaf, []))
        seen = set(present)
        for lemma in spec.get("lemmas", []):
            for form in sorted(morphology.forms(lemma, spec.get("tags", []))):
                if form not in seen:
                    seen.add(form)
                    present.append(form)
        target[leaf] = present
    return out


class NameReader:
    """Reads the names of one document in the nominative, each surname in the gender its
    first name shows, or as an earlier full mention in the document gave it."""

    def __init__(
        self,
        morphology: Pymorphy3,
        masculine_endings: dict[str, str] | None = None,
        outlets: dict[str, str] | None = None,
        short_forms: dict[str, str] | None = None,
    ):
        self.morphology = morphology
        #: full names of bodies in the nominative by the lemma of their short form ("генштаб"
        #: -> "Генеральний штаб"), with the lemmas of their words to find them in a text in
        #: any case; from the language's ``entities.toml``
        self.short_forms = {
            short.lower(): (full, [self.lemma(w) for w in full.split()])
            for short, full in (short_forms or {}).items()
        }
        self.known: set[str] = set()
        #: known outlets by their lower-case nominative ("медиазона" -> "Медиазона")
        self.outlets = outlets or {}
        #: oblique -> nominative endings of masculine surnames the dictionary does not know
        #: ("-ова" -> "-ов"), longest first; from the language's ``entities.toml``
        self.endings = sorted((masculine_endings or {}).items(), key=lambda kv: -len(kv[0]))
        self.nominative_endings = tuple({v for _, v in self.endings})

    def described(self, name: str) -> str:
        """An anonymous source with the participle phrase describing it, in the nominative:
        "собеседника, близкого к Кремлю" -> "собеседник, близкий к Кремлю"; the words after
        the participle as written."""
        head, sep, rest = name.partition(", ")
        if not sep or not rest:
            return self.organisation(name)
        first, _, tail = rest.partition(" ")
        attribute = self.morphology.adjectives_nominative([first])[0]
        return f"{self.organisation(head)}, {attribute}{' ' + tail if tail else ''}"

    def organisation(self, name: str, after_locative: bool = False, genitive: bool = False) -> str:
        """An organisation's or description's name in the nominative: a known outlet by its own
        spelling ("«Медиазоны»" -> "Медиазона"), else the head of the phrase inflected
        (read in the locative when a locative preposition stands before it, in the genitive
        when a word governing one does: "По данным | Министерства обороны России")."""
        bare = name.strip("«»„“”\"")
        if bare.isupper() and bare.lower() in self.outlets:
            return self.outlets[bare.lower()]  # "УНИАН": an acronym the dictionary would inflect
        if len(bare.split()) == 1 and self.outlets:
            for parse in self.morphology.analyzer.parse(bare):
                found = self.outlets.get(parse.normal_form)
                if found is not None:
                    # spelt as the text spells it: "«Верстке»" -> Верстка, not Вёрстка
                    return found if "ё" in bare.lower() else found.replace("ё", "е")
        cases = LOCATIVE_CASES if after_locative else GENITIVE_CASES if genitive else frozenset()
        return self.morphology.phrase_nominative(name, cases)

    def lemma(self, word: str) -> str:
        """The dictionary form of ``word`` (lower case)."""
        return self.morphology.lemma(word)

    def lemmas(self, word: str) -> set[str]:
        """Every dictionary form ``word`` may be of: the Ukrainian dictionary reads "голови"
        first as a word of its own, though it is also a form of "голова"."""
        return {p.normal_form for p in self.morphology.analyzer.parse(word)} | {self.lemma(word)}

    def is_numeral(self, word: str) -> bool:
        """Whether ``word`` reads as a cardinal number word ("два", "трьох", "двоє")."""
        return any("NUMR" in p.tag.grammemes for p in self.morphology.analyzer.parse(word))

    def is_adjective(self, word: str) -> bool:
        """Whether the likeliest reading of lower-case ``word`` is a full adjective or participle
        ("знакомый", "близкий", "пожелавший")."""
        return word.islower() and self.morphology.is_attribute(word)

    def is_plural(self, word: str) -> bool:
        """Whether the likeliest reading of ``word`` is plural ("співрозмовників", "джерела"
        after a number is read by the caller)."""
        parses = self.morphology.analyzer.parse(word)
        return bool(parses) and "plur" in parses[0].tag.grammemes

    def is_locative(self, word: str) -> bool:
        """Whether a reading of ``word`` is in the locative ("командуванні", "отрасли",
        "правительстве"): the words after "в", "у" that place an anonymous source."""
        return any(
            LOCATIVE_CASES & set(p.tag.grammemes)
            for p in self.morphology.analyzer.parse(word)
        )

    def name_lemmas(self, name: str) -> set[str]:
        """The lemmas of a body's name, with those of the full name its short form stands
        for ("ДСНС": державний, служба, з, надзвичайний, ситуація)."""
        parts = name.split()
        out = {self.lemma(w) for w in parts}
        found = self.short_forms.get(self.lemma(parts[0])) if parts else None
        if found is not None:
            out.update(found[1])
        return out

    def full_form(self, name: str, words: Sequence[str]) -> str | None:
        """The full name a document gives a body it also calls by a short form, in the
        nominative: "Генштаб" -> "Генеральний штаб ЗСУ" when the text writes "зведенні
        Генерального штабу ЗСУ", "СБУ" -> "Служба безопасности Украины". The guide asks for
        the fullest name in the document, and the short form alone would be a second body.
        ``words`` are the document's tokens; None when the text gives no full form."""
        parts = name.split()
        if not parts:
            return None
        found = self.short_forms.get(self.lemma(parts[0]))
        if found is None:
            return self._spelt_out(parts, words)
        nominative, full = found
        size = len(full)
        for at in range(len(words) - size + 1):
            if not words[at][:1].isupper() or self.lemma(words[at]) != full[0]:
                continue
            if any(self.lemma(words[at + k]) != full[k] for k in range(1, size)):
                continue
            end = at + size
            if end < len(words) and words[end] in ("»", "”", "“", '"'):
                continue  # inside another name in quote marks ("«Совет при Министерстве обороны»")
            # the country or force written after it ("ЗСУ", "РФ", "України"), not a person
            # named after the body ("Міністерство оборони Росії Андрій Білоусов")
            while (
                end < len(words)
                and end - at - size < 2
                and words[end][:1].isupper()
                and words[end].isalpha()
                and self.morphology.gender(words[end]) is None
                and self.lemma(words[end]) not in full
            ):
                end += 1
            # the country or force the short name carried ("Минобороны России") when the
            # full name in the text has none after it
            return " ".join([nominative, *(words[at + size : end] or parts[1:])])
        return None

    def _spelt_out(self, parts: Sequence[str], words: Sequence[str]) -> str | None:
        """The full name of "Херсонська ОВА" when the text spells the acronym out after the
        same adjective ("Херсонську обласну військову адміністрацію"), in the nominative; None
        when it does not."""
        if len(parts) != 2 or not parts[1].isupper() or not 2 <= len(parts[1]) <= 5:
            return None
        letters = parts[1].lower()
        lead = self.lemma(parts[0])
        size = len(letters)
        for at in range(len(words) - size):
            if self.lemma(words[at]) != lead or words[at] == parts[0] and words[at + 1] == parts[1]:
                continue
            spelt = words[at + 1 : at + 1 + size]
            if all(w[:1].lower() == letter and w.isalpha() for w, letter in zip(spelt, letters, strict=True)):
                return self.morphology.phrase_nominative(" ".join(words[at : at + 1 + size]))
        return None

    def person_in(self, phrase: str) -> str | None:
        """The person's name inside a description ("Посол України у Великій Британії Валерій
        Залужний у колонці ..."): a first name and the capitalised words after it."""
        words = phrase.split()
        for at, word in enumerate(words[:-1]):
            if word[:1].isupper() and words[at + 1][:1].isupper() and self.morphology.gender(word):
                return self.nominative(" ".join(words[at:]))
        return None

    def _by_ending(self, word: str) -> str | None:
        for oblique, nominative in self.endings:
            if word.endswith(oblique) and len(word) > len(oblique) + 2:
                return word[: -len(oblique)] + nominative
        return None

    def _first_name_alone(self, words: Sequence[str]) -> bool:
        """Whether the name ends in a lone first name after capitalised words that are no
        part of a person's name (a place or body in the genitive: "Антонівки Галина"), not
        after a surname ("Петренко Іван") or another first name."""
        if len(words) < 2 or not words[-1][:1].isupper() or not self.morphology.gender(words[-1]):
            return False
        return all(
            word[:1].isupper()
            and not self.morphology.is_surname(word)
            and not self.morphology.gender(word)
            and self._by_ending(word) is None
            and not word.endswith(self.nominative_endings)
            for word in words[:-1]
        )

    #: endings of a foreign surname Russian and Ukrainian do not decline ("Гросси", "Мелоні",
    #: "Шойгу"), and the endings of declined adjectival surnames that look the same at the end
    #: ("Залужного", "Зеленської"), which are not such
    _UNDECLINED_ENDS = ("и", "і", "о", "е", "у", "ю", "э")
    _ADJECTIVAL_ENDS = ("ого", "его", "ому", "ему", "ою", "ею", "ої", "ій", "ий", "ый", "ой", "ие", "ые", "ою")

    def _foreign_surname(self, word: str, gender: str | None) -> bool:
        """Whether the surname ``word`` after a first name of ``gender`` is one the language
        leaves undeclined: it ends in a vowel other than "а"/"я", not as an adjectival surname
        does, and the dictionary knows no name of that gender it could be a form of, except
        in the locative, which no speaker is named in ("Гроссі" is no locative of "Гросс")."""
        low = word.lower()
        if not low.endswith(self._UNDECLINED_ENDS) or low.endswith(self._ADJECTIVAL_ENDS):
            return False
        genders = {gender, "ms-f"} if gender else {"masc", "femn", "ms-f"}
        for parse in self.morphology.analyzer.parse(word):
            tags = parse.tag.grammemes
            if "ADJF" in tags or "Adjx" in tags:
                return False
            if ({"Surn", "Name", "Patr"} & tags) and (genders & tags) and "loct" not in tags:
                return False
        return True

    def _masculine_oblique(self, word: str) -> str | None:
        """The man's nominative of a lone surname read in an oblique case: the dictionary's
        masculine surname reading not in the nominative ("Гладкова" -> "Гладков"), else the
        language's surname endings ("Синегубова" -> "Синегубов"); None when neither fits."""
        for parse in self.morphology.analyzer.parse(word):
            tags = parse.tag.grammemes
            if "Surn" in tags and "masc" in tags and "nomn" not in tags:
                found = _inflect(parse, {"nomn", "sing", "masc"})
                if found is not None:
                    return _cased_like(found.word, word)
        return self._by_ending(word)

    def nominative(self, name: str, oblique: bool = False) -> str:
        """The nominative of a person's name. ``oblique``: the text puts the name in an
        oblique case ("за словами | Олександра Прокудіна"), so a form that also reads as a
        woman's nominative ("Олександра Прокудіна") is read as the man's genitive."""
        words = name.split()
        # a place or organisation the role named before the person ("Велика Британія Валерій
        # Залужний", "Харьковская ОВА Олег Синегубов"): the name starts at the first name, and
        # ends before the first lower-case word ("... Залужний у колонці для ...")
        first = next(
            (
                at
                for at, w in enumerate(words[:-1])
                if w[:1].isupper() and words[at + 1][:1].isupper() and self.morphology.gender(w)
            ),
            None,
        )
        if first is not None:
            end = first + 1
            while end < len(words) and end - first < 3 and words[end][:1].isupper():
                end += 1
            words = words[first:end]
        elif self._first_name_alone(words):
            # "Мешканка Антонівки Галина": a person known by her first name after the place
            # her role names; the place is no part of her name
            words = words[-1:]
        if not words or not all(w[:1].isupper() for w in words):
            return name
        if len(words) == 1 and self.morphology.plural_noun(words[0]):
            return name  # "Енергетики попереджають": a group, not one "Енергетик"
        if len(words) > 1 and self.morphology.may_be_plural_noun(words[0]):
            return name  # "Патріоти Поділля", "Вісті Полісся": an outlet's plural name, no person
        gender = self.morphology.gender(words[0]) if len(words) > 1 else None
        first_name = None
        if len(words) > 1:
            # the surname's case, when the dictionary or the endings know it ("Коц" is not
            # known: the first name is then read as written)
            oblique = oblique or (
                self.morphology.is_oblique(words[-1])
                and (
                    self.morphology.is_surname(words[-1])
                    or self._by_ending(words[-1]) is not None
                )
            )
            first_name = self.morphology.first_name(words[0], oblique)
            if first_name is not None:
                gender = first_name[1]
        chosen: list[str] = []
        for at, word in enumerate(words):
            if at == 0 and first_name is not None:
                chosen.append(first_name[0])
                continue
            options = self.morphology.nominatives(word)
            pick = next((o for o in options if o in self.known), None)
            if pick is None and gender == "masc" and at > 0:
                # a surname with the endings of a man's: "Синегубова" -> "Синегубов",
                # "Синегубов" as written (the dictionary may read it as a plural)
                pick = self._by_ending(word) or (
                    word if word.endswith(self.nominative_endings) else None
                )
            if (
                pick is None
                and gender == "masc"
                and at > 0
                and not oblique
                and first_name is not None
                and first_name[0] == words[0]
                and word[-1:].isalpha()
                and word[-1].lower() not in _VOWELS
            ):
                # "Юрій Тандит": after a man's first name written in the nominative, a surname
                # ending in a consonant is his nominative as written (his genitive would end in
                # a vowel), not a plural genitive of a word the dictionary knows ("Тандита")
                pick = word
            if pick is None and oblique and len(words) == 1:
                # "по словам | Синегубова", "за словами | Гладкова": a lone surname after a
                # word governing the genitive is a man's genitive, never the woman's
                # nominative it also reads as (hers would be "Синегубовой", "Синєгубової")
                pick = self._masculine_oblique(word)
            if pick is None and at > 0 and self._foreign_surname(word, gender):
                pick = word  # "Рафаэль Гросси", "Джорджа Мелоні": not declined, as written
            if pick is None and gender is not None and at > 0:
                pick = self.morphology.nominative_in(word, gender)
            chosen.append(pick or options[0])
        if "ё" not in name and "Ё" not in name:
            # the dictionary spells "Пётр", "Ковалёва"; a text that writes "е" keeps it
            chosen = [w.replace("ё", "е").replace("Ё", "Е") for w in chosen]
        if len(words) > 1:
            self.known.update(chosen)
        return " ".join(chosen)

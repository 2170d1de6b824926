"""The caches and shortcuts the reading uses for speed answer exactly what they replace."""

from __future__ import annotations

import re

import numpy as np
import pytest

from sourcetrace.pipeline.token_arrays import member


def test_member_is_isin() -> None:
    column = np.array([5, 17, 2**63 + 3, 5, 0], dtype="uint64")
    keys = {5, 2**63 + 3, 99}
    assert member(column, keys).tolist() == np.isin(column, np.array(sorted(keys), dtype="uint64")).tolist()
    assert member(column[:0], keys).tolist() == []


@pytest.mark.parametrize("code", ["ru", "uk"])
def test_kept_parses_are_the_analysers_and_cannot_be_spoilt(code: str) -> None:
    pymorphy3 = pytest.importorskip("pymorphy3")
    from sourcetrace.lang.morph import CachedParses

    plain = pymorphy3.MorphAnalyzer(lang=code)
    cached = CachedParses(plain, size=4)
    for word in ["Зеленского", "заявил", "Генштаб", "Зеленского", "обстрілу", "заявил"]:
        first = cached.parse(word)
        assert first == plain.parse(word)
        first.clear()  # a caller changing its list changes nothing kept
        assert cached.parse(word) == plain.parse(word)
    assert cached.parse("Харків")[0].normal_form == plain.parse("Харків")[0].normal_form
    assert cached.word_is_known("заявил") == plain.word_is_known("заявил")  # the rest is the analyser's


def test_suffixes_are_a_tuple_hashed_once() -> None:
    from sourcetrace.pipeline.cues import Suffixes, has_suffix

    endings = Suffixes(["departementet", "tv", "talsmann"])
    assert endings == ("departementet", "tv", "talsmann") and hash(endings) == hash(tuple(endings))
    assert has_suffix("forsvarsdepartementet", endings)
    assert has_suffix("tv", endings) and not has_suffix("nrk-tv", endings)  # short ones: whole word
    assert not has_suffix("talsperson", endings)


def test_token_texts_are_the_tokens_and_follow_a_retokenized_doc() -> None:
    from spacy.lang.nb import Norwegian

    from sourcetrace.pipeline.token_arrays import token_texts

    doc = Norwegian()("Ifølge NTB sa Jonas Gahr Støre det.")
    assert token_texts(doc) == [t.text for t in doc]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:6])
    assert token_texts(doc) == [t.text for t in doc] and "Jonas Gahr Støre" in token_texts(doc)


@pytest.mark.parametrize(
    ("code", "phrase", "name"),
    [("ru", "оперативного штаба", "Зеленского"), ("uk", "Генерального штабу ЗСУ", "Віталія")],
)
def test_kept_nominatives_are_those_computed_afresh(code: str, phrase: str, name: str) -> None:
    pytest.importorskip("pymorphy3")
    from sourcetrace.lang.morph import Pymorphy3

    morphology = Pymorphy3(code)
    for _ in range(2):  # the second answer comes from the cache
        assert morphology.phrase_nominative(phrase) == Pymorphy3.phrase_nominative(morphology, phrase)
        assert morphology.first_name(name, True) == Pymorphy3.first_name(morphology, name, True)
        assert morphology.nominative_in(name, "masc") == Pymorphy3.nominative_in(morphology, name, "masc")
    assert morphology.phrase_nominative(phrase) != phrase  # an oblique phrase is read in the nominative


@pytest.mark.parametrize("text", ["", "a", "Ifølge NTB sa han", "x\u00a0y\u2028z", "Привет, мир. " * 400])
def test_identity_normalisation_maps_every_character_to_itself(text: str) -> None:
    from array import array

    from sourcetrace.ingest.text import normalise

    norm = normalise(text)
    assert norm.offsets == array("i", range(len(text) + 1))
    assert norm.ends == array("i", [*range(1, len(text) + 1), len(text)])
    assert norm.text == text.replace("\u00a0", " ").replace("\u2028", "\n")
    if len(text) >= 3:
        assert norm.to_original(1, 3) == (1, 3)


def test_paragraph_roles_and_lists_read_from_user_data_are_spacys() -> None:
    from sourcetrace.pipeline import build_pipeline
    from sourcetrace.pipeline.annotations import get_list, paragraph_role

    nlp = build_pipeline("nb", "blank")
    text = (
        "Droner over havna i natt\n\n"
        "Forsvaret sier at fire droner ble sett over havna i natt, skriver avisa.\n\n"
        "Les også: Slik jobber luftvernet\n\n"
        "– Vi følger med, sier en talsperson."
    )
    doc = nlp(text)
    paragraphs = doc._.st_paragraphs
    assert [paragraph_role(p) for p in paragraphs] == [p._.st_role for p in paragraphs]
    assert {paragraph_role(p) for p in paragraphs} >= {"body", "heading", "boilerplate"}
    assert paragraph_role(doc[0:2]) == doc[0:2]._.st_role == "body"  # no role set: the default
    assert get_list(doc, "st_quotes") is doc._.st_quotes
    fresh = nlp.make_doc("Ingen avsnitt her.")
    made = get_list(fresh, "st_figures")
    assert made == [] and fresh._.st_figures is made  # created once, kept where doc._ reads it


@pytest.mark.parametrize(
    ("patterns", "compiled"),
    [
        # three anchored at the start joined behind one '^'; the others one by one
        ([r"^les også\b", r"^\(?foto:", r"abonner\w* på", r"^[A-ZÆØÅ ]{3,}$", r"^a|sa\b"], 3),
        ([r"(\w+) \1", r"^annonse$"], 2),  # a group reference: kept one by one
        ([r"(?i)^read more", r"^advertisement$"], 2),  # an inline global flag: kept one by one
        ([r"^sources?$"], 1),
    ],
)
def test_any_of_answers_whether_any_pattern_matches(patterns: list[str], compiled: int) -> None:
    from sourcetrace.pipeline.regex_prefilter import any_of

    flags = re.IGNORECASE | re.UNICODE
    separate = [re.compile(p, flags) for p in patterns]
    joined = any_of(patterns, flags)
    texts = [
        "Les også: Dette skjedde i natt", "(Foto: NTB)", "Abonnerer du på nyhetsbrevet?",
        "SISTE NYTT", "sa sa det", "annonse", "Read more about it", "Advertisement",
        "Sources", "Han sa at de var tre.", "", "a-pressen", "Hun sa nei", "sagt",
    ]
    for text in texts:
        assert bool(any(p.search(text) for p in joined)) == any(p.search(text) for p in separate)
    assert len(joined) == compiled

"""The caches and shortcuts the reading uses for speed answer exactly what they replace."""

from __future__ import annotations

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

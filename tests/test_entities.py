"""Entities: gazetteers and rules, completing (never overriding) a trained NER."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import sourcetrace.pipeline  # noqa: F401  (registers the factories)
from conftest import blank_pipes
from sourcetrace import lang as langdata


@pytest.fixture(scope="module")
def pipes():
    return blank_pipes("sourcetrace_entities")


def ents(pipes, code: str, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in pipes(code)(text).ents}


def test_seed_entities(pipes, seed_text, seed_gold):
    found = ents(pipes, "nb", seed_text)
    for gold in seed_gold["entities"]:
        text, label = gold["text"], gold["type"]
        # inflected forms count as written: "Sovjetunionens" for "Sovjetunionen"
        assert (text, label) in found or (text + "s", label) in found, (text, label)
    assert ("Gorin", "PER") in found  # the bare surname, after the full name


def test_quoted_unit_names_are_tokens(pipes):
    doc = pipes("nb")(
        "Soldatene i «Storm»-enheten og enheten «Vostok» kjempet. NRK-journalisten kom."
    )
    assert ("Storm", "ORG") in {(e.text, e.label_) for e in doc.ents}
    assert ("Vostok", "ORG") in {(e.text, e.label_) for e in doc.ents}
    assert "NRK-journalisten" in [t.text for t in doc]  # ordinary compounds stay whole


def test_bokmal_rules(pipes):
    text = (
        "Det opplyser forsvarsminister Sergej Sjojgu til Ria Novosti. Ifølge Ukrainas generalstab "
        "angrep 3. angrepsbrigade i Leningrad oblast. Analytiker Ola Kristian Nordmann i Nordea Markets "
        "sier det samme. Nordmann mener det. Det russiske forsvarsdepartementet la ut videoen på X, og den spredte seg."
    )
    found = ents(pipes, "nb", text)
    assert ("Sergej Sjojgu", "PER") in found
    assert ("Ukrainas generalstab", "ORG") in found  # the rule wins over the gazetteer's "Ukrainas"
    assert ("3. angrepsbrigade", "ORG") in found
    assert ("Leningrad oblast", "GPE") in found
    assert ("Ola Kristian Nordmann", "PER") in found
    assert ("Nordmann", "PER") in found
    assert ("Nordea Markets", "ORG") in found
    assert ("russiske forsvarsdepartementet", "ORG") in found
    assert ("X", "ORG") in found


def test_sentence_starts_and_function_words_are_no_names(pipes):
    found = ents(
        pipes,
        "nb",
        "– For Hovland er dette viktig. Ifølge Vjorstka Media er det slik. Mandag Kveld.",
    )
    assert not any(label == "PER" and text.startswith(("For", "Ifølge")) for text, label in found)


def test_nynorsk(pipes):
    found = ents(
        pipes, "nn", "Talsperson Dmitrij Peskov i Kreml seier at Noreg og Kviterussland er nemnde."
    )
    assert {
        ("Dmitrij Peskov", "PER"),
        ("Kreml", "ORG"),
        ("Noreg", "GPE"),
        ("Kviterussland", "GPE"),
    } <= found


def test_english(pipes):
    text = (
        "Russian President Vladimir Putin met Defence Minister Sergei Shoigu at the Kremlin on Tuesday, "
        'the Russian Defense Ministry said. Soldiers of the "Storm" unit told The Guardian in a video '
        "on Telegram. Ukraine's Ministry of Defence said the 65th Mechanised Brigade held Bakhmut in "
        "the Donbas. Major General Alastair Finch said it. Finch added that the White House was silent."
    )
    found = ents(pipes, "en", text)
    assert {
        ("Vladimir Putin", "PER"),
        ("Sergei Shoigu", "PER"),
        ("Kremlin", "ORG"),
        ("Russian Defense Ministry", "ORG"),
        ("Storm", "ORG"),
        ("The Guardian", "ORG"),
        ("Telegram", "ORG"),
        ("Ukraine", "GPE"),
        ("Ministry of Defence", "ORG"),
        ("65th Mechanised Brigade", "ORG"),
        ("Bakhmut", "GPE"),
        ("Donbas", "LOC"),
        ("Alastair Finch", "PER"),
        ("Finch", "PER"),
        ("White House", "ORG"),
    } <= found
    # English capitalises much that is no name: no bare capitalised runs as persons
    assert not any(label == "PER" and "Ministry" in text for text, label in found)


def test_trained_entities_are_kept_and_mapped(pipes):
    """A trained NER's entities stay as they are (labels mapped); rules only fill the gaps."""
    nlp = pipes("nb")
    doc = nlp.make_doc("Alexander Gorin snakket med NRK i Ukraina om Sovjetunionen.")
    doc.ents = [
        Span(doc, 0, 1, label="PER"),  # the model saw only "Alexander": keep it
        Span(doc, 6, 7, label="GPE_LOC"),
    ]
    doc = nlp(doc)
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("Alexander", "PER") in found and ("Alexander Gorin", "PER") not in found
    assert ("Ukraina", "GPE") in found  # GPE_LOC mapped
    assert ("NRK", "ORG") in found and ("Sovjetunionen", "GPE") in found  # gaps filled


def test_model_labels_corrected_by_the_gazetteer_and_trimmed(pipes):
    """Same span as a gazetteer name: the gazetteer's label; edge whitespace is trimmed."""
    nlp = pipes("nb")
    doc = nlp.make_doc("Videoen ble lagt ut på Telegram, melder AFP\n\nDagbladet skriver.")
    afp = next(t.i for t in doc if t.text == "AFP")
    doc.ents = [Span(doc, 5, 6, label="LOC"), Span(doc, afp, afp + 2, label="ORG")]
    found = {(e.text, e.label_) for e in nlp(doc).ents}
    assert ("Telegram", "ORG") in found
    assert ("AFP", "ORG") in found


def test_model_without_entities_gets_the_rules(pipes):
    found = ents(pipes, "nb", "Vladimir Putin besøkte Moskva.")
    assert {("Vladimir Putin", "PER"), ("Moskva", "GPE")} <= found


@pytest.mark.parametrize("code", ["nb", "nn", "en"])
def test_labels(code):
    data = langdata.concern(code, "entities")
    assert set(data["gazetteer"]) <= {"PER", "ORG", "GPE", "LOC"}
    assert set(data["label_map"].values()) <= {"PER", "ORG", "GPE", "LOC", ""}


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "ru",
            "Пресс-секретарь Кремля Дмитрий Песков заявил, что Владимир Путин приедет в Киев.",
            {
                ("Кремля", "ORG"),
                ("Дмитрий Песков", "PER"),
                ("Владимир Путин", "PER"),
                ("Киев", "GPE"),
            },
        ),
        (
            "uk",
            "Речник Генштабу Андрій Коваленко сказав, що ЗСУ тримають Бахмут.",
            {("Генштабу", "ORG"), ("Андрій Коваленко", "PER"), ("ЗСУ", "ORG"), ("Бахмут", "GPE")},
        ),
    ],
)
def test_russian_and_ukrainian(pipes, code, text, expected):
    assert expected <= ents(pipes, code, text)


def test_whole_name_rule_extends_a_model_entity(pipes):
    """A model that tags only "Ukrainas" in "Ukrainas generalstab": the rule's whole name wins."""
    nlp = pipes("nb")
    doc = nlp.make_doc("Ukrainas generalstab melder om harde kamper ved Pokrovsk.")
    doc.ents = [Span(doc, 0, 1, label="GPE_LOC")]
    found = {(e.text, e.label_) for e in nlp(doc).ents}
    assert ("Ukrainas generalstab", "ORG") in found and ("Ukrainas", "GPE") not in found


def test_tokenizer_change_is_optional():
    nlp = spacy.blank("nb")
    nlp.add_pipe("sourcetrace_entities", config={"lang": "nb", "fix_tokenizer": False})
    assert [t.text for t in nlp("Det skjedde i 2014.")][-1] == "2014."
    nlp = spacy.blank("nb")
    nlp.add_pipe("sourcetrace_entities", config={"lang": "nb"})
    assert [t.text for t in nlp("Missilet var av typen Kh-101. Det skjedde i 2014.")] == [
        "Missilet",
        "var",
        "av",
        "typen",
        "Kh-101",
        ".",
        "Det",
        "skjedde",
        "i",
        "2014",
        ".",
    ]


def test_trained_ner_noise_is_cleaned(pipes):
    """What a NorNE-trained model gets wrong on news: other labels, titles, cut-off names."""
    nlp = pipes("nb")
    text = (
        "Guvernør Roman Osipov sier at Forsvarets høgskole og Kreml-talsmann Peskov tar feil. "
        "Pavel Gubin skriver på Telegram. – Vi har tapt, skriver Gubin."
    )
    doc = nlp.make_doc(text)
    tok = {t.text: t.i for t in doc}
    doc.ents = [
        Span(doc, 0, 3, label="PER"),  # the title taken in
        Span(doc, tok["Forsvarets"], tok["Forsvarets"] + 1, label="ORG"),  # the name cut off
        Span(doc, tok["Kreml-talsmann"], tok["Kreml-talsmann"] + 1, label="DRV"),
        Span(doc, tok["Pavel"], tok["Pavel"] + 2, label="PER"),
        Span(doc, len(doc) - 2, len(doc) - 1, label="ORG"),  # the surname as an organisation
    ]
    found = {(e.text, e.label_) for e in nlp(doc).ents}
    assert ("Roman Osipov", "PER") in found
    assert ("Forsvarets høgskole", "ORG") in found
    assert not any(label == "DRV" or "Kreml-talsmann" in t for t, label in found)
    assert ("Gubin", "PER") in found and ("Gubin", "ORG") not in found


def test_model_page_furniture_and_weapon_codes_dropped(pipes):
    nlp = pipes("nb")
    doc = nlp.make_doc("Oppdatert i går. Missilet var av typen Kh-101, sier Ursula von der Leyen.")
    tok = {t.text: t.i for t in doc}
    doc.ents = [
        Span(doc, 0, 1, label="PER"),
        Span(doc, tok["Kh-101"], tok["Kh-101"] + 1, label="PER"),
        Span(doc, tok["Ursula"], tok["Ursula"] + 2, label="PER"),  # "Ursula von"
        Span(doc, tok["Leyen"], tok["Leyen"] + 1, label="PER"),
    ]
    found = {(e.text, e.label_) for e in nlp(doc).ents}
    assert found == {("Ursula von der Leyen", "PER")}

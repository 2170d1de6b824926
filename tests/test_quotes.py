"""sourcetrace_quotes on real-shaped news text: Norwegian (Bokmål, Nynorsk) and English conventions."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import sourcetrace.pipeline  # noqa: F401  (registers the factories)
from conftest import blank_pipes
from sourcetrace.pipeline.annotations import QuoteAnn

_pipes = blank_pipes("sourcetrace_layout", "sourcetrace_quotes", "sourcetrace_speakers")


def read(text: str, lang: str = "nb") -> Doc:
    return _pipes(lang)(text)


def qtext(doc: Doc, q: QuoteAnn) -> str:
    start, end = q.char_range or (q.span.start_char, q.span.end_char)
    return doc.text[start:end]


def table(doc: Doc, kind: str | None = None) -> list[tuple[str, str | None]]:
    """(quote text, speaker canonical name) for every quote (of one kind)."""
    return [
        (qtext(doc, q), q.speaker.name if q.speaker else None)
        for q in doc._.st_quotes
        if kind is None or q.kind == kind
    ]


def find(doc: Doc, start: str) -> QuoteAnn:
    hits = [q for q in doc._.st_quotes if qtext(doc, q).startswith(start)]
    assert hits, f"no quote starting {start!r}: {table(doc)}"
    return hits[0]


# -- Norwegian Bokmål ----------------------------------------------------------------------

NB_VIDEO = """– Vi har ikke fått mat på fem dager. Offiserene har forlatt oss.

Det forteller den ukrainske soldaten Mykola Petrenko i et videoklipp på Telegram, som avisen har gått gjennom.

– Vi holdt stillingen

Soldatene i videoen tilhører en brigade i øst.

– Vi holdt stillingen i tre uker. Halve kompaniet er borte, sier Petrenko i videoen.

Petrenko forteller videre at de ble beordret til å bli værende uten forsterkninger.
"""


def test_dash_quote_speaker_named_in_the_next_paragraph_with_medium() -> None:
    doc = read(NB_VIDEO)
    first = find(doc, "Vi har ikke fått mat")
    assert qtext(doc, first).endswith("har forlatt oss.")
    assert first.kind == "direct"
    assert first.speaker is not None and first.speaker.name == "Mykola Petrenko"
    assert first.speaker.title == "ukrainske soldaten"
    assert first.medium == "video on Telegram"


def test_crosshead_repeating_a_quote_is_not_a_quote() -> None:
    doc = read(NB_VIDEO)
    texts = [t for t, _ in table(doc)]
    assert "Vi holdt stillingen" not in texts
    assert sum(t.startswith("Vi holdt stillingen") for t in texts) == 1


def test_trailing_comma_short_name_and_definite_medium_reference() -> None:
    doc = read(NB_VIDEO)
    q = find(doc, "Vi holdt stillingen i tre uker")
    assert qtext(doc, q) == "Vi holdt stillingen i tre uker. Halve kompaniet er borte,"
    assert q.speaker is not None and q.speaker.name == "Mykola Petrenko"  # "Petrenko" joined
    assert q.speaker.text == "Petrenko"
    assert q.medium == "video on Telegram"  # "i videoen" refers back to the Telegram clip
    assert q.cue is not None and q.cue.text == "sier"


def test_indirect_speech_text_is_the_reported_clause() -> None:
    doc = read(NB_VIDEO)
    assert table(doc, "indirect") == [
        ("de ble beordret til å bli værende uten forsterkninger", "Mykola Petrenko")
    ]


def test_quote_split_by_its_cue_is_one_speaker_and_recipient() -> None:
    doc = read(
        "– Det var et vanlig boligområde. Her bodde barn og pensjonister, sier guvernør Oleh Kiper "
        "til NRK. – Vi gir ikke opp.\n\nKiper sier at redningsarbeidet fortsetter.\n"
    )
    a = find(doc, "Det var et vanlig")
    b = find(doc, "Vi gir ikke opp")
    assert qtext(doc, a).endswith("pensjonister,")
    assert a.speaker is b.speaker and a.speaker is not None
    assert a.speaker.name == "Oleh Kiper" and a.speaker.title == "guvernør"
    assert a.recipient == "NRK"


def test_run_of_dash_paragraphs_and_interview_question() -> None:
    doc = read(
        "Sersjant Andrij Melnyk (29) ble løslatt i fangeutvekslingen fredag.\n\n"
        "– Vi trodde vi var glemt. Vi fikk nesten ikke mat, sier Melnyk til VG.\n\n"
        "– Hvordan var det å krysse grensen?\n\n"
        "– Jeg gråt. Jeg skammer meg ikke over det.\n\n"
        "– Nå vil jeg bare hjem til familien.\n"
    )
    assert table(doc, "direct") == [
        ("Vi trodde vi var glemt. Vi fikk nesten ikke mat,", "Andrij Melnyk"),
        ("Hvordan var det å krysse grensen?", "VG"),
        ("Jeg gråt. Jeg skammer meg ikke over det.", "Andrij Melnyk"),
        ("Nå vil jeg bare hjem til familien.", "Andrij Melnyk"),
    ]


def test_guillemets_pronoun_speaker_and_scare_quotes() -> None:
    doc = read(
        "Enheten «Storm» ble dannet i januar. Forsker Ingrid Hovland ved NUPI følger kampene.\n\n"
        "«Tallene er trolig ikke oppdiktet, men de er valgt for å gi et bestemt inntrykk», sier hun "
        "til Aftenposten.\n"
    )
    assert table(doc) == [
        (
            "Tallene er trolig ikke oppdiktet, men de er valgt for å gi et bestemt inntrykk",
            "Ingrid Hovland",
        )
    ]
    q = doc._.st_quotes[0]
    assert q.speaker is not None and q.speaker.kind == "pronoun" and q.speaker.text == "hun"
    assert q.recipient == "Aftenposten"


def test_partial_quote_with_its_cue_before() -> None:
    doc = read(
        "Det russiske forsvarsdepartementet hevdet søndag at styrkene hadde «frigjort» landsbyen.\n"
    )
    direct = table(doc, "direct")
    assert direct == [("frigjort", "Det russiske forsvarsdepartementet")]
    assert find(doc, "frigjort").speaker.kind == "organisation"  # type: ignore[union-attr]
    indirect = table(doc, "indirect")
    assert indirect and indirect[0][0].startswith("styrkene hadde «frigjort» landsbyen")


def test_ifolge_and_trailing_cue_are_indirect() -> None:
    doc = read(
        "Ifølge generalstaben mistet Russland 1180 soldater det siste døgnet.\n\n"
        "Minst 14 mennesker ble drept i angrepet, opplyser politiet til NTB.\n"
    )
    got = dict(table(doc, "indirect"))
    assert got["mistet Russland 1180 soldater det siste døgnet"] == "generalstaben"
    assert got["Minst 14 mennesker ble drept i angrepet"] == "politiet"
    trailing = find(doc, "Minst 14")
    assert trailing.recipient == "NTB"


def test_descriptive_speaker_and_press_release() -> None:
    doc = read(
        "– Situasjonen er under kontroll, sier en talsperson for forsvarsdepartementet i en pressemelding.\n"
    )
    q = doc._.st_quotes[0]
    assert q.speaker is not None
    assert q.speaker.kind == "descriptive"
    assert q.speaker.name == "en talsperson for forsvarsdepartementet"
    assert q.medium == "press release"


# -- Nynorsk ------------------------------------------------------------------------------


def test_nynorsk_forms() -> None:
    doc = read(
        "Natalija Hrytsenko (64) bur i blokka ved sida av huset som vart treft.\n\n"
        "– Vindauga knuste, og heile trappeoppgangen var full av røyk, seier ho til NRK.\n\n"
        "Ho fortel at ho vakna av eit kraftig smell.\n\n"
        "Ifølgje Ukrainas luftforsvar sende Russland 87 dronar mot Ukraina i løpet av natta.\n",
        lang="nn",
    )
    assert table(doc, "direct") == [
        ("Vindauga knuste, og heile trappeoppgangen var full av røyk,", "Natalija Hrytsenko")
    ]
    assert find(doc, "Vindauga").recipient == "NRK"
    indirect = dict(table(doc, "indirect"))
    assert indirect["ho vakna av eit kraftig smell"] == "Natalija Hrytsenko"
    assert (
        indirect["sende Russland 87 dronar mot Ukraina i løpet av natta"] == "Ukrainas luftforsvar"
    )


# -- English ------------------------------------------------------------------------------

EN_SWAP = """Russia and Ukraine exchanged 212 prisoners of war on Thursday, officials on both sides said.

"Our people are home," Ukrainian President Volodymyr Zelenskiy wrote on Telegram.

Petro Yatsenko, a spokesman for the headquarters, told Reuters that many of the men showed signs of torture.

"Some of them lost 30, 40 kilograms. One of them could not walk," Yatsenko said by phone. "We will document everything."
"""


def test_english_cues_titles_and_split_quotes() -> None:
    doc = read(EN_SWAP, "en")
    assert table(doc, "direct") == [
        ("Our people are home,", "Volodymyr Zelenskiy"),
        ("Some of them lost 30, 40 kilograms. One of them could not walk,", "Petro Yatsenko"),
        ("We will document everything.", "Petro Yatsenko"),
    ]
    zel = find(doc, "Our people")
    assert zel.medium == "Telegram"
    assert zel.speaker is not None and zel.speaker.title == "Ukrainian President"


def test_english_indirect_with_apposition_and_recipient() -> None:
    doc = read(EN_SWAP, "en")
    got = dict(table(doc, "indirect"))
    assert got["many of the men showed signs of torture"] == "Petro Yatsenko"
    assert (
        got["Russia and Ukraine exchanged 212 prisoners of war on Thursday"]
        == "officials on both sides"
    )
    assert find(doc, "many of the men").recipient == "Reuters"


def test_english_multi_paragraph_quote_without_closing_mark() -> None:
    doc = read(
        "“I stopped recognising myself in the mirror,” Oleksandr Hnatiuk told the Guardian.\n\n"
        "“In the first prison they beat us every morning. They called it ‘reception’. You had to shout slogans.\n\n"
        "“After some months you stop being afraid of the pain.”\n",
        "en",
    )
    rows = table(doc, "direct")
    assert [r[1] for r in rows] == ["Oleksandr Hnatiuk"] * 3
    assert rows[1][0].endswith("You had to shout slogans.")  # runs to the paragraph end
    assert "‘reception’" in rows[1][0]  # a quote inside a quote stays inside


def test_english_titles_anonymous_sources_and_definite_reference() -> None:
    doc = read(
        "Gen. Lt. Sergei Sevryukov said Russian forces had pushed back the attack.\n\n"
        "“The enemy has suffered heavy losses,” said Ukraine's Interior Ministry adviser Anton Gerashchenko.\n\n"
        "A senior U.S. defense official, who spoke on condition of anonymity, said Russia was stockpiling missiles.\n\n"
        "“They are building up. We've seen this pattern before,” the official said.\n",
        "en",
    )
    got = dict(table(doc))
    assert got["Russian forces had pushed back the attack"] == "Sergei Sevryukov"
    assert got["The enemy has suffered heavy losses,"] == "Anton Gerashchenko"
    assert got["Russia was stockpiling missiles"] == "A senior U.S. defense official"
    assert (
        got["They are building up. We've seen this pattern before,"]
        == "A senior U.S. defense official"
    )


def test_english_scare_quotes_and_according_to() -> None:
    doc = read(
        'The so-called "Storm" units were formed in January. According to the general staff, Russian forces lost '
        "1,100 soldiers over the past day.\n",
        "en",
    )
    assert table(doc, "direct") == []
    assert table(doc, "indirect") == [
        ("Russian forces lost 1,100 soldiers over the past day", "general staff")
    ]


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_no_quotes_and_empty_text(lang: str) -> None:
    assert read("", lang)._.st_quotes in (None, [])
    doc = read("Ukraina og Russland har gjennomført en ny fangeutveksling.\n", lang)
    assert table(doc, "direct") == []


@Language.component("_test_tagger")
def _test_tagger(doc: Doc) -> Doc:
    """Stand-in for a trained tagger: POS on every token, so the POS-aware paths run."""
    verbs = {"sier", "forteller", "skrev", "omtalte", "led", "satte", "said", "told"}
    for tok in doc:
        tok.pos_ = (
            "VERB" if tok.lower_ in verbs else ("PROPN" if tok.text[:1].isupper() else "NOUN")
        )
    return doc


def test_annotated_pipeline_with_pos_and_entities() -> None:
    """The same reading on a pipeline with POS tags and named entities (as a trained one gives)."""
    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sourcetrace_layout", config={"lang": "nb"})
    nlp.add_pipe("_test_tagger")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PER", "pattern": "Mykola Petrenko"},
            {"label": "ORG", "pattern": "Telegram"},
            {"label": "GPE", "pattern": "Ukraina"},
        ]
    )
    nlp.add_pipe("sourcetrace_quotes", config={"lang": "nb"})
    nlp.add_pipe("sourcetrace_speakers", config={"lang": "nb"})
    doc = nlp(NB_VIDEO)
    assert doc.has_annotation("POS") and doc.ents
    blank = read(NB_VIDEO)
    assert table(doc) == table(blank)
    assert find(doc, "Vi har ikke fått mat").medium == "video on Telegram"


def test_components_alone_without_sentence_boundaries() -> None:
    """quotes and speakers added to a bare tokenizer (no sentencizer, no layout) still read."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sourcetrace_quotes", config={"lang": "en"})
    nlp.add_pipe("sourcetrace_speakers", config={"lang": "en"})
    doc = nlp(
        "“We will document everything,” Petro Yatsenko said. “Every case.” He said it was torture."
    )
    assert table(doc, "direct") == [
        ("We will document everything,", "Petro Yatsenko"),
        ("Every case.", "Petro Yatsenko"),
    ]


def test_hedged_compound_cue_and_partial_quote_in_indirect_speech() -> None:
    doc = read(
        "Russlands president Vladimir Putin talte i Moskva fredag.\n\n"
        "– Vi kommer aldri til å gi oss, skal Putin ha sagt til forsamlingen.\n\n"
        "«Dette er en historisk dag», uttalte utenriksminister Espen Barth Eide til NTB torsdag.\n\n"
        "Zelenskyj skriver på X at angrepet var «et terrorangrep».\n"
    )
    got = dict(table(doc))
    assert got["Vi kommer aldri til å gi oss,"] == "Vladimir Putin"
    assert got["Dette er en historisk dag"] == "Espen Barth Eide"
    assert find(doc, "Dette er").recipient == "NTB"
    assert got["angrepet var «et terrorangrep»"] == "Zelenskyj"  # the closing mark stays
    assert got["et terrorangrep"] == "Zelenskyj"
    assert find(doc, "angrepet var").medium == "X"


def test_english_short_sentence_after_a_cued_quote_and_participle_cue() -> None:
    doc = read(
        "Russian drones struck Kharkiv overnight.\n\n"
        '"It was a massacre," said Oleksandr Syrskyi, Ukraine\'s commander-in-chief. "Nobody survived."\n\n'
        '"We are ready for talks," Vladimir Putin told reporters in Moscow, adding that Russia would keep its gains.\n',
        "en",
    )
    got = dict(table(doc))
    assert got["It was a massacre,"] == "Oleksandr Syrskyi"
    assert got["Nobody survived."] == "Oleksandr Syrskyi"
    assert got["Russia would keep its gains"] == "Vladimir Putin"
    assert find(doc, "We are ready").recipient == "reporters in Moscow"


def test_quote_interrupted_mid_sentence_by_its_cue() -> None:
    assert table(read("– Vi er klare, sier Gorin, – men vi trenger hjelp.\n")) == [
        ("Vi er klare,", "Gorin"),
        ("men vi trenger hjelp.", "Gorin"),
    ]
    doc = read(
        'Intro text.\n\n"We are ready," Gorin said, "but we need more help from our partners."\n',
        "en",
    )
    assert table(doc) == [
        ("We are ready,", "Gorin"),
        ("but we need more help from our partners.", "Gorin"),
    ]


def test_speaker_announced_with_a_colon_and_name_after_a_role() -> None:
    doc = read(
        "Soldaten Alexander Gorin sier følgende i et videoklipp på Telegram:\n\n"
        "– Vi led enorme tap. Halve kompaniet er borte.\n\n"
        "– Ingen kom for å hjelpe oss.\n"
    )
    assert table(doc) == [
        ("Vi led enorme tap. Halve kompaniet er borte.", "Alexander Gorin"),
        ("Ingen kom for å hjelpe oss.", "Alexander Gorin"),
    ]
    assert [q.medium for q in doc._.st_quotes] == ["video on Telegram"] * 2
    doc = read(
        'Intro.\n\n"We destroyed 40 drones," said the ministry\'s spokesman, Igor Konashenkov.\n',
        "en",
    )
    q = doc._.st_quotes[0]
    assert q.speaker is not None and q.speaker.name == "Igor Konashenkov"
    assert q.speaker.title == "the ministry's spokesman"


def test_british_single_quotes_and_apostrophes() -> None:
    doc = read(
        "Intro.\n\n‘We don’t know where they are,’ the commander said. ‘Nobody does.’\n", "en"
    )
    assert table(doc) == [
        ("We don’t know where they are,", "the commander"),
        ("Nobody does.", "the commander"),
    ]


def test_hyphen_list_items_are_not_quotes() -> None:
    doc = read(
        "Dette skjedde i natt:\n\n- 14 drepte i Odesa\n\n- Strømmen borte i Kharkiv\n\n"
        "- Vi gir aldri opp, sier Zelenskyj.\n"
    )
    assert table(doc) == [("Vi gir aldri opp,", "Zelenskyj")]


# -- generalisation: conventions of real articles --------------------------------------------


def test_speaker_named_in_the_paragraph_after_with_the_quote_as_object() -> None:
    doc = read(
        "– Vi mistet tre mann den første dagen. Ingen ble evakuert.\n\n"
        "Sersjant Andrij Melnyk sa dette til NRK fredag.\n\n"
        "«Hver dag mister vi folk.»\n\n"
        "Oksana Hrytsenko (52) er sykepleier i Kramatorsk. Hun sa dette til VG på telefon.\n"
    )
    melnyk = find(doc, "Vi mistet tre mann")
    assert melnyk.speaker is not None and melnyk.speaker.name == "Andrij Melnyk"
    assert melnyk.recipient == "NRK"
    hun = find(doc, "Hver dag mister vi folk")
    assert hun.speaker is not None and hun.speaker.name == "Oksana Hrytsenko"
    assert hun.recipient == "VG"


def test_english_speaker_named_after_the_quote_paragraph() -> None:
    doc = read(
        '"We lost three men on the first day."\n\n'
        "Andriy Melnyk, a 34-year-old sergeant in the 47th Brigade, said this in a phone "
        "interview with Reuters.\n",
        "en",
    )
    q = find(doc, "We lost three men")
    assert q.speaker is not None and q.speaker.name == "Andriy Melnyk"


def test_scare_quotes_and_labels_are_not_quotes() -> None:
    doc = read(
        "Soldatene sier at de ble sendt til «storm» uten artilleristøtte. Enheten kalles ofte "
        "såkalte «kjøttbølger» av bloggerne.\n\n"
        "Soldatene i «Storm»-enheten sier at de ikke fikk trekke seg tilbake.\n"
    )
    assert table(doc, "direct") == []
    en = read(
        'Soldiers said they were sent to so-called "storm" units, and that commanders sent them '
        'to "storm" positions. The ministry said its forces had "liberated" the village.\n',
        "en",
    )
    assert table(en, "direct") == [("liberated", "The ministry")]


def test_particle_cue_with_the_speaker_inside() -> None:
    doc = read(
        "– Russerne har mistet initiativet, påpeker militæranalytiker Tor Bukkvoll.\n\n"
        "– Krigen er langt fra over, slår Bukkvoll fast.\n\n"
        "– Vi må være forberedt, la han til.\n"
    )
    assert [r[1] for r in table(doc, "direct")] == ["Tor Bukkvoll"] * 3


def test_according_to_data_names_the_source_of_the_data() -> None:
    doc = read(
        "Ifølge tall VG har fått fra Utenriksdepartementet, er minst ni nordmenn drept i "
        "Ukraina siden 2022.\n\n"
        "Ifølge beregninger fra Forsvarets forskningsinstitutt har Russland mistet over 3000 "
        "stridsvogner.\n\n"
        "Ifølge generalstaben i Kyiv mistet Russland 1200 soldater det siste døgnet.\n"
    )
    got = {text.rstrip("."): sp for text, sp in table(doc, "indirect")}
    assert got["er minst ni nordmenn drept i Ukraina siden 2022"] == "Utenriksdepartementet"
    assert got["har Russland mistet over 3000 stridsvogner"] == "Forsvarets forskningsinstitutt"
    assert got["mistet Russland 1200 soldater det siste døgnet"] == "generalstaben i Kyiv"


def test_anonymous_and_plural_sources() -> None:
    doc = read(
        "Kilder NRK har snakket med, sier at angrepet kom overraskende.\n\n"
        "Soldatene forteller at de ble truet med skyting.\n\n"
        "En kilde i det ukrainske forsvaret opplyser til NRK at russerne har samlet 30 000 "
        "soldater i området.\n"
    )
    got = {text: sp for text, sp in table(doc, "indirect")}
    assert got["angrepet kom overraskende"] == "Kilder NRK har snakket med"
    assert got["de ble truet med skyting"] == "Soldatene"
    assert got["russerne har samlet 30 000 soldater i området"] == (
        "En kilde i det ukrainske forsvaret"
    )
    assert next(q.speaker for q in doc._.st_quotes if "truet" in qtext(doc, q)).kind == (
        "descriptive"
    )


def test_interview_transcript_turns_and_nested_quotes() -> None:
    doc = read(
        "«Russarane seier sjølve at dei sender ‹kjøtt› mot oss.»\n\n"
        "Det fortel ein ukrainsk kompanisjef som kallar seg «Bizon».\n\n"
        "Sigrid Øvrebø: Kor lenge kan de halde linja?\n\n"
        "«Bizon»: Så lenge vi får granatar.\n",
        "nn",
    )
    got = table(doc, "direct")
    assert ("kjøtt", "Russarane") in got
    assert ("Russarane seier sjølve at dei sender ‹kjøtt› mot oss.", "Bizon") in got
    assert ("Kor lenge kan de halde linja?", "Sigrid Øvrebø") in got
    assert ("Så lenge vi får granatar.", "Bizon") in got
    assert ("Bizon", "ein ukrainsk kompanisjef") not in got  # the name given is no quote
    live = read(
        "Kyiv: Eksplosjonar vart høyrde over heile byen i natt.\n\n"
        "Kharkiv: Tre personar vart drepne i eit droneåtak.\n",
        "nn",
    )
    assert table(live) == []  # live-blog items by place are no interview


def test_english_cues_datelines_and_media() -> None:
    doc = read(
        "KYIV, Ukraine (AP) — Russian forces struck an apartment block in Kharkiv overnight, "
        "killing at least seven people, officials said.\n\n"
        '"They send us to storm positions without any support," Ukrainian soldier Ivan Petrov '
        "said in a video posted to Telegram.\n\n"
        '"We are running out of everything," said one officer, who asked not to be named '
        "because he was not authorised to speak to the media.\n\n"
        "The UN monitoring mission said in a statement it had recorded 1,127 attacks on health "
        "care facilities.\n\n"
        "Ukraine's air force did not say how many drones hit Odesa, but said they were launched "
        "from Crimea.\n",
        "en",
    )
    first = find(doc, "Russian forces struck")
    assert first.speaker is not None and first.speaker.name == "officials"
    petrov = find(doc, "They send us")
    assert petrov.medium == "video on Telegram" and petrov.recipient is None
    assert petrov.speaker is not None and petrov.speaker.title == "Ukrainian soldier"
    officer = find(doc, "We are running out")
    assert officer.recipient is None and officer.medium is None
    assert find(doc, "it had recorded").medium == "statement"
    got = table(doc, "indirect")
    assert not any(t.startswith("how many") for t, _ in got)  # "did not say" reports nothing
    assert ("they were launched from Crimea", "Ukraine's air force") in got


def test_indirect_clause_never_keeps_a_dangling_quote_mark() -> None:
    doc = read(
        "Ukrainske myndigheter sier at angrepet er «en forbrytelse mot menneskeheten. Vi krever "
        "en etterforskning», og ber FN reagere.\n\n"
        "Ukrainske myndigheter sier at angrepet er «en forbrytelse mot menneskeheten.\n"
    )
    for text, _ in table(doc, "indirect"):
        assert text.count("«") == text.count("»"), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ifølge", "nb"),
        ("Ifølge tall", "nb"),
        ("according to figures from", "en"),
        ("– from sier.\n\n fast han – from » ( » fra to to Nordmann told", "en"),
        ("«a ‹b› c», sier han\n\nSigrid: «\n\nBizon: »", "nn"),
    ],
)
def test_fragments_never_fail(text: str, lang: str) -> None:
    doc = read(text, lang)
    assert all(q.span.doc is doc for q in doc._.st_quotes)


def test_short_names_of_sources_and_cues_set_mid_sentence() -> None:
    doc = read(
        "Russia has around 700,000 troops in Ukraine, according to Ukraine's military "
        "intelligence agency (HUR).\n\n"
        "Twelve others were wounded, he said, three of them seriously.\n\n"
        "Recruitment bonuses had doubled, the official said, and Moscow was likely to struggle "
        "to keep up the pace.\n\n"
        "Ukraine will produce 4.5 million drones this year, nearly double last year's output, "
        "Deputy Defense Minister Dmytro Klymenko told the Kyiv Independent in an interview on "
        "Nov. 5.\n",
        "en",
    )
    got = table(doc, "indirect")
    assert ("Russia has around 700,000 troops in Ukraine", "HUR") in got
    texts = [t for t, _ in got]
    assert "three of them seriously" in texts and "Twelve others were wounded" in texts
    assert "Moscow was likely to struggle to keep up the pace" in texts  # without its "and"
    klymenko = find(doc, "Ukraine will produce")
    assert klymenko.speaker is not None and klymenko.speaker.name == "Dmytro Klymenko"


def test_announced_quotes_fronted_recipients_and_new_roles() -> None:
    doc = read(
        "Til NRK sier forsvarssjef Eirik Kristoffersen at situasjonen er alvorlig.\n\n"
        "Ordfører Ihor Terekhov er tydelig:\n\n"
        "– Vi gir ikke opp byen. Aldri.\n\n"
        "På spørsmål om hva som skjer videre, svarer han:\n\n"
        "– Det vet ingen.\n\n"
        "Soldaten, som vil være anonym, forteller at enheten har mistet halvparten av "
        "mannskapet.\n"
    )
    assert find(doc, "situasjonen er alvorlig").recipient == "NRK"
    got = dict(table(doc))
    assert got["Vi gir ikke opp byen. Aldri."] == "Ihor Terekhov"
    assert got["Det vet ingen."] == "Ihor Terekhov"
    # a role no one in the text had yet is someone new, not the last person named
    assert got["enheten har mistet halvparten av mannskapet"] == "Soldaten"


def test_bulleted_lines_and_parenthetical_they_say() -> None:
    doc = read(
        "Key points:\n\n"
        "- At least nine people were killed, according to regional governor Serhiy Lysenko\n"
        "- The maternity ward was evacuated minutes before the strike, officials said\n"
        "- Russia has not commented\n\n"
        "Ukrainian officials I have spoken to are blunt: without more interceptors, they say, "
        "this winter will be worse than the last.\n",
        "en",
    )
    got = table(doc, "indirect")
    assert ("At least nine people were killed", "Serhiy Lysenko") in got
    assert ("The maternity ward was evacuated minutes before the strike", "officials") in got
    assert not any(t.startswith("Russia has not") for t, _ in got)
    assert ("this winter will be worse than the last", "Ukrainian officials") in got


def test_verb_second_subject_after_the_cue() -> None:
    """Norwegian puts the finite verb second: when an adverbial or a source opens the
    sentence, the subject of the cue stands right after it."""
    doc = read(
        "Brua er stengt.\n\n"
        "Derimot mener vegsjefen at brua kan åpne igjen i morgen.\n\n"
        "Senere på dagen sa hun at avtalen er klar.\n\n"
        "Ifølge NTB mener Støre at avtalen er klar.\n"
    )
    got = table(doc, "indirect")
    assert ("brua kan åpne igjen i morgen", "vegsjefen") in got
    assert ("avtalen er klar", "vegsjefen") in got  # "hun", resolved
    assert ("avtalen er klar", "Støre") in got


def test_reported_clause_before_a_colon_is_an_indirect_quote() -> None:
    """A colon after a cue announces a direct quote ("sier følgende:"), but one after a
    reported clause ends what the speaker is reported to think."""
    doc = read(
        "Hun mener i likhet med flere forskere at kritikerne har vært for nostalgiske:\n\n"
        "– Reformen har vært et framskritt.\n"
    )
    assert ("kritikerne har vært for nostalgiske", "Hun") in table(doc, "indirect")


def test_a_stance_verb_takes_a_clause_opened_by_det_and_an_adverb() -> None:
    doc = read("Rådmann Ola Lie meiner det også bør vurderast nye vegar i kommunen.\n", "nn")
    quote = find(doc, "det også bør vurderast")
    assert quote.kind == "indirect" and quote.speaker is not None
    assert quote.speaker.name == "Ola Lie"


def test_a_whole_clause_before_a_colon_is_reported_not_announced() -> None:
    doc = read("Ho meiner reforma trass alt har vore eit framsteg for studentane:\n", "nn")
    assert find(doc, "reforma trass alt").kind == "indirect"
    # a short phrase before the colon still announces the quote that follows
    announced = read("Statsråden sa dette til NRK:\n\n– Vi må handle no.\n", "nn")
    assert [q.kind for q in announced._.st_quotes] == ["direct"]


def test_a_tag_that_gives_a_line_away_is_a_cue() -> None:
    doc = read("Draumen er eit hus ved sjøen, avslører Kari Vik, som flyttar til våren.\n", "nn")
    quote = find(doc, "Draumen er eit hus")
    assert quote.speaker is not None and quote.speaker.name == "Kari Vik"


def test_a_passive_report_is_an_indirect_quote_with_no_speaker() -> None:
    doc = read("Elevene er blitt fortalt at det dreier seg om en bombetrussel.\n")
    quote = find(doc, "det dreier seg om")
    assert quote.kind == "indirect" and quote.speaker is None


def test_a_second_cue_after_a_dash_quote_reports_its_own_clause() -> None:
    doc = read(
        "- Jeg var ikke god i dag, sa Kari Lie til NTB etter første omgang, og mente det burde "
        "være mulig å ta igjen tiden.\n"
    )
    quote = find(doc, "det burde være mulig")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.name == "Kari Lie"
    assert [q.kind for q in doc._.st_quotes].count("direct") == 1


def test_an_uncued_quote_belongs_to_the_person_introduced_right_before_it() -> None:
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    text = (
        "Seinare same dag opplyste Russland at 7000 innbyggjarar er evakuerte.\n\n"
        "Utanriksminister Kari Nordvik kallar angrepet eit klokt trekk.\n\n"
        "– Eg trur det gjev Ukraina eit betre utgangspunkt.\n"
    )
    result = analyze(SourceDoc(text=text, origin="intro.txt"), lang="nn")
    quote = next(q for q in result.quotes if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.name == "Kari Nordvik"


def test_war_report_sources_end_where_the_phrase_ends_and_laws_are_no_source() -> None:
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    text = (
        "Ifølge grensevaktene angrep russiske styrker grenseområdet med artilleri torsdag.\n\n"
        "Det er bekreftet at byen ble bombardert tirsdag, med tap av tre menneskeliv, ifølge "
        "den lokale guvernøren.\n\n"
        "Utenriksministeren mener den som blir angrepet ifølge folkeretten har full rett til å "
        "forsvare seg.\n"
    )
    quotes = analyze(SourceDoc(text=text, origin="krig.txt"), lang="nb").quotes
    speakers = {q.speaker.name if q.speaker else None for q in quotes}
    assert "grensevaktene" in speakers  # the definite noun is the whole phrase, not "... angrep"
    assert "den lokale guvernøren" in speakers  # a passive report names its source at the end
    assert "folkeretten" not in speakers and "Utenriksministeren" in speakers


def test_war_report_roles_named_after_and_appositions() -> None:
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    text = (
        "To mennesker ble drept da styrkene skjøt mot byen, opplyste guvernøren søndag.\n\n"
        "– Fienden har igjen angrepet boligområder, sa guvernør Jaroslav Hrytsenko.\n\n"
        "Søndag sa guvernør Maksym Petrenko at strømmen er tilbake.\n\n"
        "I havnebyen var det utkoblinger søndag, ifølge en talsmann for myndighetene, Sergij "
        "Bratsjuk.\n\n"
        "Ifølge militæradministrasjonen ble 30 leiligheter skadd.\n"
    )
    quotes = analyze(SourceDoc(text=text, origin="krig.txt"), lang="nb").quotes
    said = {q.text[:12]: q.speaker.name if q.speaker else None for q in quotes}
    assert said["To mennesker"] == "Jaroslav Hrytsenko"  # the first governor named after
    assert said["I havnebyen "] == "Sergij Bratsjuk"  # the name set after the role
    assert said["ble 30 leili"] == "militæradministrasjonen"  # an organisation speaks


def test_according_to_inside_a_clause_and_a_spokesperson_for_a_titled_person() -> None:
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    text = (
        "Avisen Morgenbladet har sett videoen.\n\n"
        "Soldatene er ifølge avisen identifisert av sine blå armbånd.\n\n"
        "Talsperson for Russlands president Vladimir Putin sier at videoen er falsk.\n"
    )
    quotes = analyze(SourceDoc(text=text, origin="video.txt"), lang="nb").quotes
    inside = next(q for q in quotes if q.text.startswith("Soldatene er"))
    assert "armbånd" in inside.text  # the clause runs on after the phrase
    spokesperson = next(q for q in quotes if "videoen er falsk" in q.text)
    assert spokesperson.speaker is not None
    assert spokesperson.speaker.name != "Vladimir Putin"  # the spokesperson speaks, not Putin


def test_points_to_that_reports_and_points_to_a_thing_does_not() -> None:
    doc = read("Forskeren Per Lund viser til at skytingen har økt markant.\n")
    assert find(doc, "skytingen har økt").speaker.name == "Per Lund"
    other = read("For å forklare dette viser Lund til de to store klubbene i byen.\n")
    assert [q for q in other._.st_quotes if q.kind == "indirect"] == []


def test_how_a_line_was_said_after_it_is_its_cue() -> None:
    """'..., raser X.', '..., kommenterte hun.', 'X bemerker at ...', 'konkluderte med at':
    cues of indirect speech (written test text)."""
    doc = read(
        "Dette var jo ren juks, raser trener Allan Gaarde.\n\n"
        "Grensene for humor er overskredet, kommenterte Kari Hansen.\n\n"
        "Han bemerker at alle motehusene nå gir veskene navn.\n\n"
        "I 2007 konkluderte domstolen med at staten hadde krenket rettighetene.\n\n"
        "Tidligere har kommunale veier blitt privatisert, repliserte Knut Felle.\n"
    )
    found = table(doc, "indirect")
    assert ("Dette var jo ren juks", "Allan Gaarde") in found
    assert ("Grensene for humor er overskredet", "Kari Hansen") in found
    assert any(text.startswith("alle motehusene") for text, _ in found)
    assert any(text.startswith("staten hadde krenket") for text, _ in found)
    assert ("Tidligere har kommunale veier blitt privatisert", "Knut Felle") in found

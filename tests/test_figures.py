"""Figures on real-shaped Bokmål, Nynorsk and English sentences, and the seed case."""

from __future__ import annotations

import pytest
import spacy

import sourcetrace.pipeline  # noqa: F401  (registers the factories)
from sourcetrace.pipeline.annotations import Mention, QuoteAnn, get_list


def _nlp(code: str):
    nlp = spacy.blank("nb" if code in ("nb", "nn") else code)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sourcetrace_sourcing", config={"lang": code})
    nlp.add_pipe("sourcetrace_figures", config={"lang": code})
    return nlp


@pytest.fixture(scope="module")
def nlps():
    return {code: _nlp(code) for code in ("nb", "nn", "en")}


def _figs(nlps, code: str, text: str):
    return get_list(nlps[code](text), "st_figures")


def _one(nlps, code: str, text: str):
    figs = _figs(nlps, code, text)
    assert len(figs) == 1, [(f.span.text, f.value) for f in figs]
    return figs[0]


# -- the seed case -------------------------------------------------------------------------------


def test_seed_five_figures(nlps, seed_text):
    figs = _figs(nlps, "nb", seed_text)
    got = sorted((f.value, f.unit, f.counts) for f in figs)
    assert got == [
        (3.0, "soldiers", "confirmed"),
        (8.0, "soldiers", "identified"),
        (14.0, "days", "days"),
        (22.0, "people", "killed"),
        (34.0, "people", "wounded"),
    ]
    by_value = {f.value: f for f in figs}
    # counted by The Guardian: the identifying outlet, and the recipient of the confirmation
    assert by_value[8.0].claimant is not None and by_value[8.0].claimant.name == "The Guardian"
    assert by_value[3.0].claimant is not None and by_value[3.0].claimant.name == "The Guardian"


def test_seed_figures_inside_a_quote_are_claimed_by_its_speaker(seed_text):
    """With the quote component's output present, the enclosing quote's speaker claims."""
    nlp = _nlp("nb")
    doc = nlp.make_doc(seed_text)
    doc = nlp.get_pipe("sentencizer")(doc)
    start = seed_text.index("Vi var utsatt")
    end = seed_text.index(", sier Gorin")
    gorin = Mention(span=None, name="Alexander Gorin", kind="named")
    get_list(doc, "st_quotes").append(
        QuoteAnn(
            span=doc.char_span(start, end, alignment_mode="expand"), kind="direct", speaker=gorin
        )
    )
    for name in ("sourcetrace_sourcing", "sourcetrace_figures"):
        doc = nlp.get_pipe(name)(doc)
    claimed = {f.value: f.claimant for f in get_list(doc, "st_figures")}
    assert claimed[14.0] is gorin and claimed[34.0] is gorin and claimed[22.0] is gorin
    assert claimed[8.0] is not gorin


def test_seed_idiom_and_ordinals_are_not_figures(nlps, seed_text):
    texts = {f.span.text.lower() for f in _figs(nlps, "nb", seed_text)}
    assert not any("én" in t for t in texts)  # "én etter én"
    assert not any("2014" in t for t in texts)  # a year


# -- Bokmål --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "bound", "unit", "counts"),
    [
        ("Minst 40 mennesker ble drept i angrepet.", 40, "at_least", "people", "killed"),
        ("Over 100 soldater er savnet etter kampene.", 100, "more_than", "soldiers", "missing"),
        ("Rundt 300 sivile er evakuert fra byen.", 300, "about", "civilians", "evacuated"),
        (
            "Opptil 12 000 soldater er flyttet til grensen.",
            12000,
            "at_most",
            "soldiers",
            "soldiers",
        ),
        ("Færre enn 20 personer ble skadet.", 20, "less_than", "people", "wounded"),
        (
            "Russland har mistet over 760 000 soldater siden invasjonen.",
            760000,
            "more_than",
            "soldiers",
            "casualties",  # what was lost: losses, not the soldiers themselves
        ),
        ("Tjueto ukrainske soldater ble tatt til fange.", 22, "exact", "soldiers", "captured"),
        ("Kampene har vart i 14 dager.", 14, "exact", "days", "days"),
        ("Prosjektet koster 2,5 millioner kroner.", 2_500_000, "exact", "money", "money"),
        ("Dødstallet har steget til 89.", 89, "exact", None, "killed"),
    ],
)
def test_bokmal_figures(nlps, text, value, bound, unit, counts):
    f = _one(nlps, "nb", text)
    assert (f.value, f.bound, f.unit, f.counts) == (value, bound, unit, counts)


def test_percentages_of_something(nlps):
    f = _one(nlps, "nb", "Olje- og gassinntektene falt med 24 prosent i oktober.")
    assert (f.value, f.unit) == (24, "percent")
    f = _one(nlps, "en", "Oil revenues fell 24 per cent in October.")
    assert (f.value, f.unit) == (24, "percent")


def test_back_reference_claimant(nlps):
    f = _one(
        nlps,
        "nb",
        "157 ukrainske krigsfanger er på vei hjem. Det bekrefter president Volodymyr Zelenskyj.",
    )
    assert f.claimant is not None and f.claimant.name == "Volodymyr Zelenskyj"


def test_bokmal_range_and_partitive(nlps):
    f = _one(nlps, "nb", "Mellom 60 og 70 pansrede kjøretøy går tapt hver måned.")
    assert (f.value, f.value_max, f.bound, f.unit) == (60, 70, "range", "vehicles")
    f = _one(nlps, "nb", "Tre av soldatene ble drept.")
    assert (f.value, f.unit, f.counts, f.span.text) == (3, "soldiers", "killed", "Tre av soldatene")


def test_bokmal_two_counts_in_one_clause(nlps):
    figs = _figs(nlps, "nb", "34 mennesker ble skadet og 22 døde, inkludert sjefen.")
    assert [(f.value, f.counts) for f in figs] == [(34, "wounded"), (22, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Angrepet skjedde 14. februar i fjor.",
        "Møtet startet klokken 14.30 i Kyiv.",
        "Den 45 år gamle mannen ble pågrepet.",
        "45-åringen er siktet.",
        "Jeg er 100 prosent sikker.",
        "Temperaturen falt til under null.",
        "Artikkel 5 ble ikke utløst.",
        "Russlands offensiv i 2014 var kort.",
        "De ble drept én etter én.",
        "Han kjøpte en bil, og TV 2 meldte om det.",
        "Nina Petrenko (71) kom til byen.",
        "Det var andre verdenskrig.",
    ],
)
def test_bokmal_not_figures(nlps, text):
    assert _figs(nlps, "nb", text) == []


def _full(code: str):
    from sourcetrace.pipeline import build_pipeline

    return build_pipeline(code, "blank")


def test_bokmal_claimant_from_attribution(nlps):
    # "ifølge" a party is the party's own statement (an indirect quote): its speaker claims
    figs = get_list(
        _full("nb")(
            "Ifølge Ukrainas generalstab ble 1180 russiske soldater drept det siste døgnet."
        ),
        "st_figures",
    )
    assert len(figs) == 1
    f = figs[0]
    assert f.claimant is not None and f.claimant.name == "Ukrainas generalstab"
    f = _one(nlps, "nb", "Det russiske forsvarsdepartementet hevder at 43 droner ble skutt ned.")
    assert f.claimant is not None and f.claimant.name == "Det russiske forsvarsdepartementet"
    f = _one(nlps, "nb", "Kampene har pågått i 14 dager.")
    assert f.claimant is None


# -- Nynorsk -------------------------------------------------------------------------------------


def test_nynorsk_figures(nlps):
    f = _one(nlps, "nn", "Minst 14 menneske vart drepne i droneangrepet på Odesa.")
    assert (f.value, f.bound, f.unit, f.counts) == (14, "at_least", "people", "killed")
    figs = get_list(
        _full("nn")(
            "Ifølgje Ukrainas luftforsvar sende Russland 87 dronar og tre kryssarmissil mot Ukraina."
        ),
        "st_figures",
    )
    assert [(f.value, f.unit) for f in figs] == [(87, "drones"), (3, "missiles")]
    assert all(f.claimant is not None and f.claimant.name == "Ukrainas luftforsvar" for f in figs)


def test_nynorsk_fractions_and_words(nlps):
    figs = _figs(nlps, "nn", "Vi signerte for eit halvt år. No har det gått eitt og eit halvt år.")
    assert [(f.value, f.unit) for f in figs] == [(0.5, "years"), (1.5, "years")]
    f = _one(nlps, "nn", "Berre mellom 2000 og 3000 innbyggjarar er att i byen.")
    assert (f.value, f.value_max, f.bound, f.unit) == (2000, 3000, "range", "civilians")


# -- English -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "bound", "unit", "counts"),
    [
        ("At least 39 people were killed in the strike.", 39, "at_least", "people", "killed"),
        ("More than 100 were wounded.", 100, "more_than", None, "wounded"),
        ("About 300 civilians remain trapped.", 300, "about", "civilians", "civilians"),
        ("Nearly two hours passed before the all-clear.", 2, "about", "hours", "hours"),
        ("Twenty-two soldiers were captured near the river.", 22, "exact", "soldiers", "captured"),
        ("Russia launched 112 Shahed-type drones overnight.", 112, "exact", "drones", "drones"),
        ("He receives a payment of $31,000.", 31000, "exact", "USD", "USD"),
        ("Two hundred and fifty prisoners were exchanged.", 250, "exact", "prisoners", "captured"),
    ],
)
def test_english_figures(nlps, text, value, bound, unit, counts):
    f = _one(nlps, "en", text)
    assert (f.value, f.bound, f.unit, f.counts) == (value, bound, unit, counts)


def test_english_ranges(nlps):
    f = _one(nlps, "en", "Between 60 and 70 soldiers are missing.")
    assert (f.value, f.value_max, f.bound, f.counts) == (60, 70, "range", "missing")
    f = _one(nlps, "en", "The kill zone extends 15 to 20 kilometres behind the line.")
    assert (f.value, f.value_max, f.unit) == (15, 20, "km")


def test_english_gerund_counts(nlps):
    figs = _figs(
        nlps, "en", "Drones struck overnight, killing at least nine people and wounding 47 others."
    )
    assert [(f.value, f.counts) for f in figs] == [(9, "killed"), (47, "wounded")]


@pytest.mark.parametrize(
    "text",
    [
        "The attack happened on 24 February.",
        "The 45-year-old officer was arrested.",
        "They were taken one by one.",
        "I am 100 percent sure.",
        "Article 5 was not invoked.",
        "The strike hit at 5pm.",
        "F-16 jets and an Iskander-M launcher were seen.",
        "In 2014, Russia annexed Crimea.",
    ],
)
def test_english_not_figures(nlps, text):
    assert _figs(nlps, "en", text) == []


def test_english_conflicting_figures_kept_apart_by_claimant(nlps):
    text = (
        "Russia's defence ministry claimed that 63 soldiers had died. "
        "According to the regional governor, the death toll later rose to 89. "
        "Ukraine claimed that about 400 Russian soldiers were killed."
    )
    figs = get_list(_full("en")(text), "st_figures")
    got = [(f.value, f.bound, f.counts, f.claimant.name if f.claimant else None) for f in figs]
    assert got == [
        (63, "exact", "killed", "Russia's defence ministry"),
        (89, "exact", "killed", "the regional governor"),
        (400, "about", "killed", "Ukraine"),
    ]


def test_quote_speaker_claims_over_sentence_attribution(nlps):
    nlp = nlps["en"]
    text = '"We lost 11 men since August," Serhiy said, according to the Guardian.'
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("sentencizer")(doc)
    serhiy = Mention(span=None, name="Serhiy", kind="named")
    get_list(doc, "st_quotes").append(
        QuoteAnn(
            span=doc.char_span(1, text.index(",") + 0, alignment_mode="expand"),
            kind="direct",
            speaker=serhiy,
        )
    )
    for name in ("sourcetrace_sourcing", "sourcetrace_figures"):
        doc = nlp.get_pipe(name)(doc)
    (fig,) = get_list(doc, "st_figures")
    assert fig.value == 11 and fig.claimant is serhiy


@pytest.mark.parametrize(
    "code, text, value, bound",
    [
        ("nb", "Over 30 000 soldater er sendt til fronten.", 30000, "more_than"),
        ("nb", "Over 1,5 millioner mennesker har flyktet fra regionen.", 1_500_000, "more_than"),
        ("en", "Some 1.2 million people have fled the region.", 1_200_000, "about"),
        ("en", "Nearly 500 homes were damaged in the attack.", 500, "about"),
        ("en", "Up to 30 people were injured in the attack.", 30, "at_most"),
        ("nb", "Russland avfyrte et titall droner mot byen.", 10, "about"),
        ("en", "The army destroyed a dozen artillery systems.", 12, "about"),
    ],
)
def test_real_number_forms(nlps, code, text, value, bound):
    f = _one(nlps, code, text)
    assert (f.value, f.bound) == (value, bound)


@pytest.mark.parametrize(
    "code, text",
    [
        # vague plurals are no figures (the gold cases never count them)
        ("nb", "Tusenvis av mennesker har flyktet, og flere hundre hus er skadet."),
        ("en", "Tens of thousands of people fled and dozens of homes were destroyed."),
        ("nb", "Brigaden har mistet «flere titalls» soldater."),
        # ages, unit names and time windows are no figures
        ("nb", "Sjefen for 114. motoriserte brigade, Ivan Petrov (45), er død."),
        ("en", "The 47th Mechanised Brigade said it was the first time since May."),
        ("en", "Kyiv was attacked in the previous 24 hours."),
        ("nb", "Byen ble angrepet for første gang de siste tre dagene."),
    ],
)
def test_not_figures_in_real_text(nlps, code, text):
    assert [(f.span.text, f.value) for f in _figs(nlps, code, text)] == []


@pytest.mark.parametrize(
    "code, text, value",
    [
        ("en", "It was the 17th exchange since the start of the war.", 17),
        ("en", "Losses rose for a third consecutive month.", 3),
        ("nb", "Det er tredje gang siden august at raffineriet rammes.", 3),
        ("nb", "Utvekslingen er den fjerde siden sommeren.", 4),
        ("nb", "Det var det tredje store angrepet på byen denne måneden.", 3),
        ("nb", "EUs 22. sanksjonspakke ble vedtatt fredag.", 22),
    ],
)
def test_ordinals_that_count_events(nlps, code, text, value):
    f = _one(nlps, code, text)
    assert f.value == value


def test_losses_count_casualties_not_soldiers(nlps):
    f = _one(nlps, "en", "Russia has lost between 1,000 and 1,200 soldiers a day.")
    assert (f.value, f.value_max, f.bound, f.unit, f.counts) == (
        1000,
        1200,
        "range",
        "soldiers",
        "casualties",
    )
    # a weight lost is no casualty
    f = _one(nlps, "en", "Melnyk lost 20 kilograms in captivity.")
    assert (f.unit, f.counts) == ("kg", "kg")


def test_headings_repeat_figures_but_are_not_claims():
    text = "Russia lost 1,200 soldiers in a day\n\nRussia lost 1,200 soldiers in a day, Kyiv said."
    doc = _full("en")(text)
    figs = get_list(doc, "st_figures")
    assert [f.span.start_char for f in figs] == [text.index("1,200", 40)]


def test_partitive_pronoun_counts_what_the_earlier_figure_counts(nlps):
    figs = _figs(nlps, "en", "Twelve others were wounded, three of them seriously.")
    assert [(f.value, f.unit, f.counts) for f in figs] == [
        (12, "people", "wounded"),
        (3, "people", "wounded"),
    ]
    assert _figs(nlps, "en", "Three of them were seen near the river.") == []


def test_glued_multiplier_and_compound_units(nlps):
    f = _one(nlps, "en", "Germany pledged €1.5bn in aid to Ukraine.")
    assert (f.value, f.unit) == (1_500_000_000, "EUR")
    f = _one(nlps, "nb", "Russland avfyrte fire Iskander-M-raketter mot Kharkiv.")
    assert (f.value, f.unit) == (4, "missiles")
    f = _one(nlps, "nn", "Straumen er borte i sju regionar.")
    assert (f.value, f.unit) == (7, "places")


@pytest.mark.parametrize(
    "code, text, values",
    [
        ("en", "The strike on Nov. 3 killed 12 people.", [12]),
        ("en", "Callum Reid, 34, from Glasgow, said he treated 200 wounded soldiers.", [200]),
        ("nb", "Klokka 05.30 traff to missiler havna.", [2]),
        ("nb", "Ola Nordmann (34) fra Bergen sier at 200 soldater er drept.", [200]),
    ],
)
def test_dates_clock_times_and_ages_are_no_figures(nlps, code, text, values):
    assert [f.value for f in _figs(nlps, code, text)] == values


# -- real-news kinds: any counted noun, ages and times, scores, shares, interviews ------------


def _tagged(
    nlps,
    code: str,
    text: str,
    nouns: tuple[str, ...],
    adjs: tuple[str, ...] = (),
    singular: tuple[str, ...] = (),
):
    """Figures of ``text`` with the tags a trained pipeline would give: ``nouns`` plural nouns,
    ``singular`` singular ones, ``adjs`` adjectives (the test pipeline is blank)."""
    nlp = nlps[code]
    doc = nlp.make_doc(text)
    for tok in doc:
        if tok.text in nouns or tok.text in singular:
            tok.pos_ = "NOUN"
            tok.set_morph("Number=Sing" if tok.text in singular else "Number=Plur")
        elif tok.text in adjs:
            tok.pos_ = "ADJ"
    for _name, pipe in nlp.pipeline:
        doc = pipe(doc)
    return get_list(doc, "st_figures")


def test_any_tagged_noun_is_a_counted_unit_kept_as_written(nlps):
    figs = _tagged(
        nlps,
        "nb",
        "Butikken solgte 300 pinnekjøtt og ga bort tre gamle sykler.",
        ("pinnekjøtt", "sykler"),
        ("gamle",),
    )
    assert [(f.value, f.unit) for f in figs] == [(300, "pinnekjøtt"), (3, "sykler")]
    figs = _tagged(nlps, "en", "The library lent out two rare atlases.", ("atlases",), ("rare",))
    assert [(f.value, f.unit) for f in figs] == [(2, "atlases")]


def test_tagged_nouns_that_are_no_counts(nlps):
    # a year before a singular noun, a discourse sortal, an article "en" before a noun
    assert (
        _tagged(nlps, "en", "He starred in the 1969 film about bikers.", (), singular=("film",))
        == []
    )
    assert _tagged(nlps, "en", "I was told two things about the plan.", ("things",)) == []
    assert _tagged(nlps, "nb", "Han skrev en kronikk om saken.", ("kronikk",)) == []
    figs = _tagged(nlps, "nb", "De fikk 2000 søknader i fjor.", ("søknader",))
    assert [f.value for f in figs] == [2000]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("nb", "Hun var fem år da hun flyttet til byen."),
        ("nb", "Gutten er nå blitt tolv år."),
        ("nb", "Han er siktet for overgrep mot barn under ti år."),
        ("nb", "Brannen startet for tre år siden."),
        ("nb", "Festivalen åpner om to uker."),
        ("nn", "Dei flytta hit for seks år sidan."),
        ("en", "The plant closed two years ago."),
        ("en", "Four minutes later the bridge fell."),
        ("en", "Their nine-month-old son was unharmed."),
        ("nb", "Linja skal bygges for 420 kV på hele strekningen."),
        ("nb", "Raset stengte E 16 ved Voss."),
        ("en", "The toll is probably at least twice as high."),
        ("en", "Sales rose 3 times larger than wages, and prices rose a thousand fold."),
        ("nb", "Det var omtrent 80 tilfeller per 100 000 innbyggere."),
    ],
)
def test_ages_points_in_time_designations_and_ratios_are_no_figures(nlps, code, text):
    got = [(f.span.text, f.value) for f in _figs(nlps, code, text)]
    assert all(f[1] == 80 for f in got), got


def test_durations_counted_from_a_point_stay_figures_when_they_are_the_claim(nlps):
    f = _one(nlps, "nb", "Vegen var stengd i ein halv time.")
    assert (f.value, f.unit) == (0.5, "hours")
    f = _one(nlps, "en", "The aircraft has carried shuttles for the last 30 years.")
    assert (f.value, f.unit) == (30, "years")
    # a window that qualifies another number is none
    figs = _figs(nlps, "en", "For the past three days, 40 people were killed each day.")
    assert [f.value for f in figs] == [40]


def test_scores_are_one_figure_valued_by_the_first_number(nlps):
    f = _one(nlps, "nb", "Laget vant 6 - 2 over naboene.")
    assert (f.value, f.value_max, f.unit) == (6, None, "score")
    f = _one(nlps, "en", "The first half ended 1 – 1.")
    assert (f.value, f.unit) == (1, "score")
    # a rising pair is a range; two years are a period
    f = _one(nlps, "nb", "Barna var 4 - 5 kilometer unna.")
    assert (f.value, f.value_max, f.bound) == (4, 5, "range")
    assert _figs(nlps, "nb", "Pengene ble utbetalt i perioden 1998 - 2008.") == []


def test_money_and_shares(nlps):
    f = _one(nlps, "nn", "Underskotet vil vera 15 til 20 millionar.")
    assert (f.value, f.value_max, f.bound) == (15_000_000, 20_000_000, "range")
    f = _one(nlps, "nn", "Kommunen går med 87 millionar i underskot.")
    assert f.value == 87_000_000
    figs = _figs(nlps, "nb", "Andelen falt fra 52 til om lag 42 prosent i fjor.")
    assert [(f.value, f.unit) for f in figs] == [(52, "percent"), (42, "percent")]
    f = _one(nlps, "nb", "Av de ansatte jobber halvparten hjemmefra.")
    assert (f.value, f.unit) == (50, "percent")  # a share, as the real-text gold writes it
    f = _one(nlps, "en", "The town was shelled twice on Monday.")
    assert (f.value, f.unit) == (2, "times")
    f = _one(nlps, "nb", "De solgte fisken til en krone kiloen.")
    assert (f.value, f.unit) == (1, "money")


def test_places_written_as_one_word_and_ranks(nlps):
    f = _one(nlps, "nb", "Hun endte på fjerdeplass i går.")
    assert (f.value, f.unit) == (4, "place")
    f = _one(nlps, "nb", "Han tok annenplassen i finalen.")
    assert (f.value, f.unit) == (2, "place")
    assert _one(nlps, "en", "She is the eighth most cited author.").value == 8
    assert _figs(nlps, "nb", "Han kom sammen med de to andre.")[0].value == 2  # a count, no rank


def test_interview_answers_are_the_interviewees():
    from spacy.tokens import Span as SpacySpan

    nlp = _full("en")
    text = (
        "Wikinews interviews beekeeper Ann Berg about city bees\n\n"
        "Ann Berg keeps bees on a roof in Oslo.\n\n"
        "How many hives do you keep?\n\n"
        "Right now twelve workers help me on the roof.\n\n"
        "Do you sell the honey?"
    )
    doc = nlp.make_doc(text)
    start = text.index("Ann Berg")
    doc.ents = [SpacySpan(doc, *_token_range(doc, start, start + 8), label="PER")]
    for _name, pipe in nlp.pipeline:
        doc = pipe(doc)
    figs = get_list(doc, "st_figures")
    assert [(f.value, f.claimant.name if f.claimant else None) for f in figs] == [(12, "Ann Berg")]


def _token_range(doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None
    return span.start, span.end


def test_first_person_paragraph_after_a_quote_continues_it():
    nlp = _full("nb")
    text = "«Vi mistet alt,» sier Kari Nilsen.\n\nTo hus brant ned mens jeg var borte."
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        doc = pipe(doc)
        if name == "sourcetrace_speakers":
            kari = Mention(span=None, name="Kari Nilsen", kind="named")
            quotes = get_list(doc, "st_quotes")
            quotes.clear()
            quotes.append(
                QuoteAnn(
                    span=doc.char_span(1, text.index(",»") + 1, alignment_mode="expand"),
                    kind="direct",
                    speaker=kari,
                )
            )
    figs = get_list(doc, "st_figures")
    assert [(f.value, f.claimant.name if f.claimant else None) for f in figs] == [
        (2, "Kari Nilsen")
    ]


def test_the_other_side_is_no_ordinal_count(nlps):
    # "på den andre siden av grensen": "andre" is "other" there, not a second time since
    other = _figs(nlps, "nb", "På den andre siden av grensen døde en innbygger.")
    assert all(f.unit != "times" for f in other), [(f.span.text, f.unit) for f in other]
    counted = _figs(nlps, "nb", "Det er det tredje angrepet siden august.")
    assert [f.value for f in counted] == [3], [(f.span.text, f.unit) for f in counted]


def test_others_before_a_counted_noun_count_that_noun(nlps):
    assert _one(nlps, "nb", "Tre andre droner ble skutt ned over Lviv.").unit == "drones"
    assert _one(nlps, "nb", "Åtte andre er meldt såret.").unit == "people"


@pytest.mark.parametrize(
    "code, text",
    [
        ("nb", "I løpet av de elleve ukene hun lå på sykehuset, fikk hun mye besøk."),
        ("nb", "De første 30 minuttene styrte gjestene kampen."),
        ("nb", "I de to første ukene av høringen jobbet journalistene i bygget."),
        ("nb", "I de neste seks månedene av prosjektet vil arbeidet variere."),
        ("nn", "Økonomiplanen gjeld dei neste tre år, seier rådmannen."),
        ("nn", "Dei fyrste ti minutta var laget best."),
    ],
)
def test_a_definite_span_of_time_is_a_window_not_a_figure(nlps, code, text):
    # "de elleve ukene" points back to a period the text has set out: no count is claimed
    assert [(f.span.text, f.value) for f in _figs(nlps, code, text)] == []


def test_a_duration_without_the_definite_window_stays_a_figure(nlps):
    # the same words as an indefinite duration are the claim ("lå elleve uker på sykehuset")
    f = _one(nlps, "nb", "Hun lå elleve uker på sykehuset etter ulykken.")
    assert (f.value, f.unit) == (11, "weeks")


@pytest.mark.parametrize(
    "code, text, value, bound",
    [
        ("nb", "Over tusen soldater ble sendt til fronten.", 1000, "more_than"),
        ("nb", "Nesten hundre droner ble skutt ned i natt.", 100, "about"),
        ("nn", "Meir enn tusen soldatar vart sende til fronten.", 1000, "more_than"),
    ],
)
def test_hundred_and_thousand_stand_alone_as_numbers(nlps, code, text, value, bound):
    f = _one(nlps, code, text)
    assert (f.value, f.bound) == (value, bound)


@pytest.mark.parametrize(
    "text", ["Flere hundre hus er skadet.", "Noen tusen mennesker flyktet.", "Tusen takk for hjelpen."]
)
def test_vague_or_idiomatic_hundreds_are_no_figures(nlps, text):
    assert [(f.span.text, f.value) for f in _figs(nlps, "nb", text)] == []


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Politiet melder om 15 pågrepne etter demonstrasjonen.", "arrested"),
        ("Det er registrert tre evakuerte fra landsbyen.", "evacuated"),
    ],
)
def test_participles_for_people_count_what_happened_to_them(nlps, text, counts):
    f = _one(nlps, "nb", text)
    assert (f.unit, f.counts) == ("people", counts)


def test_up_to_is_a_bound():
    f = _full_one("nb", "Det kom inn opp mot 2000 kondolanser til ambassaden.")
    assert (f.value, f.bound) == (2000, "at_most")


def _full_one(code: str, text: str):
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    figures = analyze(SourceDoc(text=text + "\n", origin="written.txt"), lang=code).figures
    assert len(figures) == 1, [(f.text, f.value) for f in figures]
    return figures[0]


@pytest.mark.parametrize(
    "code, text, value, value_max",
    [
        ("nb", "Tre til fire tusen soldater ble sendt nordover.", 3000, 4000),
        ("nb", "Reparasjonen koster mellom førti og hundre tusen kroner.", 40000, 100000),
        ("en", "Between three and four thousand soldiers were sent north.", 3000, 4000),
    ],
)
def test_a_range_in_words_shares_the_thousands_of_its_upper_end(nlps, code, text, value, value_max):
    f = _one(nlps, code, text)
    assert (f.value, f.value_max, f.bound) == (value, value_max, "range")


@pytest.mark.parametrize(
    "code, text, value, unit",
    [
        ("nb", "Tolv utenlandske turister ble evakuert fra hotellet.", 12, "turister"),
        ("nn", "Fem deltakarar kom til finalen.", 5, "deltakarar"),
        ("en", "The ministry funded 190 universities last year.", 190, "universities"),
    ],
)
def test_untagged_a_plural_ending_marks_the_counted_noun(nlps, code, text, value, unit):
    # the blank pipelines of these tests have no tagger: the noun is found by its ending
    f = _one(nlps, code, text)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(
    "code, text",
    [
        ("nb", "De to venter fortsatt på svar."),
        ("nb", "I 2014 sier de at alt var annerledes."),
        ("en", "The two always disagreed about it."),
    ],
)
def test_untagged_words_of_plural_form_that_are_no_nouns(nlps, code, text):
    assert [(f.span.text, f.value) for f in _figs(nlps, code, text)] == []


@pytest.mark.parametrize(
    "code, text",
    [
        ("nb", "Han mistet hukommelsen under en trafikkulykke i fjor."),
        ("nb", "Familien har ikke plass til flere enn ett piano."),
        ("nb", "Det er tre hovedutfordringer som må løses."),
    ],
)
def test_an_article_after_a_preposition_bound_and_discourse_sortals(nlps, code, text):
    assert [(f.span.text, f.value) for f in _figs(nlps, code, text)] == []


def test_at_least_one_still_counts(nlps):
    f = _one(nlps, "nb", "Minst én person ble drept i angrepet.")
    assert (f.value, f.bound, f.counts) == (1, "at_least", "killed")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Kane added a third goal before half-time.", 3),
        ("It was the club's fifth title in a row.", 5),
    ],
)
def test_english_ordinals_that_count_goals_and_titles(nlps, text, value):
    f = _one(nlps, "en", text)
    assert f.value == value

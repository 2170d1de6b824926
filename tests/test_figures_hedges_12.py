"""Tolls, counts and estimates in war reporting (issue #10, session 12), on sentences written for
this test in the shape of real Norwegian and English reports: ranges written as one token, half a
million, the noun after "andre", who claims a figure given as the object of a reporting verb,
and the hedges around estimates."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.model import Reading


def read(text: str, lang: str = "nb") -> Reading:
    return analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)


def figures(text: str, lang: str = "nb") -> list[tuple[float, float | None, str | None]]:
    return [(f.value, f.value_max, f.unit) for f in read(text, lang).figures]


def claimants(text: str, lang: str = "nb") -> list[tuple[float, str | None]]:
    return [(f.value, f.claimant.name if f.claimant else None) for f in read(text, lang).figures]


def cues(text: str, lang: str = "nb") -> list[str]:
    return [h.cue.lower() for h in read(text, lang).hedges]


# -- numbers -------------------------------------------------------------------------------------


def test_a_range_written_as_one_token_is_read() -> None:
    assert figures("Etterretningen regner med at 30.000-35.000 soldater er drept.") == [
        (30000, 35000, "soldiers")
    ]
    assert figures("Nærmere 60-70 droner ble sendt mot byen i natt.") == [(60, 70, "drones")]


def test_the_thousands_of_the_upper_end_are_the_lower_ends_too() -> None:
    assert figures("Hæren har mistet 20-25.000 soldater.") == [(20000, 25000, "soldiers")]
    assert figures("Byen har tatt imot 20–25 000 flyktninger.") == [(20000, 25000, "refugees")]


def test_a_range_spaced_into_thousands_is_one_figure() -> None:
    assert figures("Hæren har mistet 120 000-130 000 soldater.") == [(120000, 130000, "soldiers")]


def test_a_dashed_range_is_read_but_scores_and_spans_of_years_stay_no_figures() -> None:
    assert figures("Laget tapte 1-3 borte mot Brann.") == []
    assert figures("Han bodde i Kharkiv i 2014-2015.") == []
    assert figures("I 2014-2015 flyktet 5-6000 mennesker.") == [(5000, 6000, "people")]


def test_half_a_million_is_five_hundred_thousand() -> None:
    assert figures("Tallet på drepte og sårede nærmer seg en halv million.") == [
        (500000, None, None)
    ]
    # "neared" gives the size of its subject (session 25): the refugees are what is counted
    assert figures("The number of refugees neared half a million.", "en") == [
        (500000, None, "refugees")
    ]


def test_the_noun_after_andre_is_what_is_counted() -> None:
    (fig,) = read("I tillegg skal over 400 andre militærkjøretøy være ødelagt.").figures
    assert fig.value == 400 and fig.unit == "vehicles"
    assert fig.text.endswith("militærkjøretøy")


def test_nynorsk_bounds_and_nouns_of_war() -> None:
    assert figures("Drygt 40 krigsfangar kom heim.", "nn") == [(40, None, "prisoners")]
    (fig,) = read("Nærmare 2000 flyktningar kom over grensa.", "nn").figures
    assert (fig.value, fig.bound, fig.unit) == (2000, "about", "refugees")


# -- claimants -----------------------------------------------------------------------------------


def test_a_party_reporting_a_count_claims_it() -> None:
    assert claimants(
        "Ukraina melder om drøyt 4000 drepte soldater, mens Russland melder om 2311 falne."
    ) == [(4000, "Ukraina"), (2311, "Russland")]


def test_a_time_phrase_is_never_the_claimant() -> None:
    got = claimants("Generalsekretæren i FN anslo denne uka at nærmere 7000 sivile er drept.")
    assert got == [(7000, "Generalsekretæren i FN")]


def test_det_opening_the_next_source_points_back_to_nothing() -> None:
    got = claimants(
        "Vestlige anslag er høyere: drøyt 90.000 drepte på russisk side. "
        "Det britiske forsvarsdepartementet melder om 40.000 falne."
    )
    assert got == [(90000, None), (40000, "Det britiske forsvarsdepartementet")]


# -- hedges --------------------------------------------------------------------------------------


def test_the_inverted_kan_det_hende() -> None:
    assert "kan det hende" in cues("Det reelle tallet kan det hende vi aldri får vite.")


def test_skal_over_a_list_of_counts_is_hearsay() -> None:
    assert "skal" in cues("I tillegg skal 12 fly, sju helikoptre og 90 stridsvogner være ødelagt.")
    assert cues("Broen skal være stengt i helgen.") == []


def test_a_possible_act_before_its_noun_is_hedged() -> None:
    assert "mulige" in cues("Påtalemyndigheten etterforsker 5000 mulige krigsforbrytelser.")
    assert cues("De vurderte alle mulige løsninger.") == []


def test_a_reckoning_is_an_estimate() -> None:
    assert "beregnet at" in cues("Kildene beregnet at det er 90.000 skadde soldater.")


def test_epistemic_nok_in_a_relative_clause() -> None:
    assert "nok" in cues("Det er et trekk som nok tjener Ukraina.")
    assert "nok" in cues("Dette er eit trekk som nok tener Ukraina.", "nn")
    assert cues("Han fikk så mye som nok var.") == []


def test_items_of_a_list_without_their_verb_count_what_the_first_counts() -> None:
    got = read(
        "Tre personer ble drept i Kherson, ytterligere to i Mykolajiv og én i Odesa."
    ).figures
    assert [(f.value, f.counts) for f in got] == [(3, "killed"), (2, "killed"), (1, "killed")]
    english = read(
        "Two people were killed in Sumy, another three in Kharkiv, and one person in Izium.", "en"
    ).figures
    assert [(f.value, f.counts) for f in english] == [(2, "killed"), (3, "killed"), (1, "killed")]


def test_a_point_in_the_war_is_no_span_claimed() -> None:
    assert figures("Ett år ut i krigen har 30 landsbyer falt.") == [(30, None, "places")]
    assert figures("Two months into the war, 12 bridges had been destroyed.", "en") == [
        (12, None, "bridges")
    ]


def test_a_sentence_adding_to_the_account_keeps_its_claimant() -> None:
    got = claimants(
        "Forsvarsdepartementet sier at 2100 soldater skal være drept.\n\n"
        "Det opplyser departementet søndag.\n\n"
        "I tillegg skal 11 fly og 40 stridsvogner være ødelagt."
    )
    assert got[1:] == [(11, "Forsvarsdepartementet"), (40, "Forsvarsdepartementet")]


def test_what_a_speaker_adds_in_a_relative_clause_is_the_speakers() -> None:
    got = read(
        "– Raketten traff en skole, sier ordføreren Ivan Sydorenko, "
        "som legger til at tre personer ble skadd."
    ).figures
    assert [(f.value, f.claimant.name if f.claimant else None) for f in got] == [
        (3, "Ivan Sydorenko")
    ]


def test_a_body_of_numbers_is_no_claimant_whoever_issued_them_is() -> None:
    assert claimants(
        "The U.N. has recorded 6,120 civilian deaths, according to new figures released on Monday.",
        "en",
    ) == [(6120, "The U.N.")]
    assert claimants("FN har registrert 6120 sivile dødsfall, ifølge tallene.") == [(6120, "FN")]


def test_a_toll_with_no_noun_goes_on_from_the_sentence_before() -> None:
    got = claimants(
        "Minst 150 sivile er drept, ifølge ukrainske myndigheter. Over 700 skal være såret."
    )
    assert got == [(150, "ukrainske myndigheter"), (700, "ukrainske myndigheter")]


def test_days_of_fighting_are_the_window_of_a_toll() -> None:
    assert figures("Kyiv says 2,900 Russian soldiers died in four days of fighting.", "en") == [
        (2900, None, "soldiers")
    ]


def test_seems_with_the_subject_after_the_inverted_verb() -> None:
    assert "virker" in cues("Her virker tallene oppblåste og usikre.")
    assert "virket" in cues("Da virket ikke sjefen særlig bekymret.")
    assert cues("Nå virker medisinen godt.") == []


def test_a_belief_reported_of_someone_else() -> None:
    assert "believed" in cues("She believed the army had left the village.", "en")
    assert "felt" in cues("He felt Petrenko had been targeted.", "en")
    assert cues("She felt sick after the blast.", "en") == []


def test_the_stressed_one_with_a_grave_accent_counts() -> None:
    (fig,) = read("Minst èin av dei skal vere skadd.", "nn").figures
    assert (fig.value, fig.bound) == (1, "at_least")


def test_a_side_named_as_the_source_of_an_impersonal_report() -> None:
    got = claimants(
        "Det ukrainske forsvaret hevder å ha skutt ned 17 droner i natt. "
        "Fra russisk side meldes det om 25 nedskutte ukrainske droner."
    )
    assert got[-1] == (25, "russisk side")


def test_a_belief_about_a_figure_is_an_estimate() -> None:
    assert "mener at" in cues("Etterretningen mener at 4000 soldater er drept.")
    assert cues("Statsministeren mener at det er for tidlig.") == []
    assert "meiner at" in cues("Politiet meiner at 20 personar er skadde.", "nn")
    assert "believe that" in cues("Officials believe that 250 soldiers were killed.", "en")

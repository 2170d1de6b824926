"""Hedges of war analysis (issue #10, hedge15), on sentences written for this test: a modal
about a thing ("fronten kan være", "an invasion could overwhelm"), a likelihood named by a noun
("sannsynlighet for at"), a doubt left open with the negation after the verb ("utelukker ikke"),
an outcome no one can tell ("vanskelig å si"), "kan det se ut til" in V2 order and epistemic
"nok" before "å"; with the look-alikes each must leave alone: ability of a person or a named
party, "kan ikke", questions, "mulighet til å", "har nok å gjøre"."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def hedge_cues(text: str, lang: str) -> list[str]:
    reading = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [h.cue.lower() for h in reading.hedges]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a thing for subject: "kan" before a verb of being or happening weighs what may be
        ("Flyplassen sør for byen kan være stengt i flere uker.", "kan"),
        ("Forhandlingene kan gå i stå før sommeren.", "kan"),
        ("Det kan selvsagt også komme nye angrep mot kraftverket.", "kan"),
        ("Den nye linja kunne stå ferdig allerede i mars.", "kunne"),
        # a likelihood named by a noun
        ("Det er stor sannsynlighet for at angrepet kom fra sjøen.", "sannsynlighet for at"),
        ("Hæren ser en mulighet for at de savnede fortsatt er i live.", "mulighet for at"),
        # a possibility left open, the negation after the verb
        ("Etterretningen utelukker ikke at flere droner ble skutt opp.", "utelukker ikke"),
        # an outcome no one can tell
        ("Det er vanskelig å si hvor mange som omkom i angrepet.", "vanskelig å si"),
        # the appearance with "det" after "kan"
        ("Om tallene stemmer, kan det se ut til at lagrene snart er tomme.", "kan det se ut til"),
        # epistemic "nok" before an infinitive
        ("Generalen ønsker nok å vise fram et resultat før vinteren.", "nok"),
        # a doubt stated, a report relayed with a reserve
        ("Analytikeren er ikke sikker på om bildene er fra i år.", "ikke sikker på"),
        ("Skal man tro guvernøren, er broen ødelagt.", "skal man tro"),
        # a second "skal ha" after a "skal være" in the same sentence is a hedge of its own
        ("Byen skal være tom, og soldatene skal ha trukket seg ut.", "skal ha"),
    ],
)
def test_bokmal_hedges_15(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "nb")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Vegen over fjellet kan vere stengd heile veka.", "kan"),
        ("Forhandlingane kan gå i stå før sommaren.", "kan"),
        ("Det verkar som om forsyningane har stoppa opp.", "verkar som om"),
        ("Vi har grunn til å tru at lageret vart treft.", "grunn til å tru"),
        ("Kapteinen er rekna for å vere omkomen.", "rekna for å"),
        # the thing as subject after an inverted modal; an adverb of expectation; "seems"
        ("No kan brua vere stengd i fleire veker.", "kan"),
        # a thing named in quotation marks (the quote mark between it and the modal)
        ("«Kulturhuset» kan stå ferdig hausten 2027.", "kan"),
        ("Det nye bygget «Kulturhuset» kan stå ferdig hausten 2027.", "kan"),
        ("Vegen blir venteleg opna att i mai.", "venteleg"),
        ("Dei tykkjest ha mista oversikta.", "tykkjest"),
        ("Eg mistenkjer at dei har gøymt lageret.", "eg mistenkjer"),
    ],
)
def test_nynorsk_hedges_15(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "nn")


@pytest.mark.parametrize(
    "text",
    [
        # ability of people, of a named party, a denial, a question, a judgement
        "Soldatene kan gå inn i byen når som helst.",
        "Russerne kan komme seg over elva om natta.",
        "Sverige kan stå alene i forhandlingene.",
        "Broen kan ikke være åpen før i mai.",
        "Hvor lenge kan beleiringen vare, og kan byen være fri i mai?",
        "Det kan være lurt å holde seg innendørs.",
        # a means, not a likelihood; "enough to do"
        "Hæren fikk en mulighet til å trekke seg ut.",
        "Mannskapene har nok å gjøre etter stormen.",
        # "ikke utelukket" is no part of "helt utelukket"
        "Det er helt utelukket at broen åpner i år.",
        # a choice not made is no doubt about a fact
        "Mange velgere er usikre på hvem de skal stemme på.",
    ],
)
def test_bokmal_look_alikes_15(text: str) -> None:
    assert hedge_cues(text, "nb") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials said a wider offensive could overwhelm the southern defences.", "could"),
        ("The strike, which could signal a new phase, hit a fuel depot.", "could"),
        # an appearance before an adjective, a likelihood noun, a named party's belief
        ("The garrison seemed exhausted after the shelling.", "seemed"),
        ("There is a realistic possibility that the depot was hit twice.", "possibility that"),
        ("The monitoring group believes several hundred people were detained.", "believes"),
        ("Investigators suspect the blaze was set on purpose.", "suspect"),
        # an intelligence judgement; a likelihood stressed
        ("Defence Intelligence assesses that the unit has pulled back.", "assesses that"),
        ("The convoy may well have been ambushed on the way.", "may"),
        # the speaker's belief with an adverb between, the limit of knowledge
        ("I really think the ceasefire will hold.", "i really think"),
        ("We still believe the bridge can be repaired.", "we still believe"),
        ("As far as I know, the school was empty.", "as far as i know"),
        # a conclusion about the past, a belief before a participle, a chance, what no one knows
        ("The depot must have burned for hours.", "must have"),
        ("The pilot was presumed killed.", "was presumed"),
        ("There is a real chance the front collapses.", "there is a real chance"),
        ("Nobody knows how many were inside.", "nobody knows how"),
        ("The cause of the blaze remains unknown.", "remains unknown"),
        # a doubt about the clause, an appearance, the limit of knowledge
        ("I wonder if the warning ever reached them.", "i wonder if"),
        ("It looks like the dam was hit twice.", "it looks like"),
        ("To my knowledge, no one was evacuated.", "to my knowledge"),
    ],
)
def test_english_hedges_15(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Neither side could break through in the first week.",
        "The soldiers could not leave the basement for two days.",
        "Russia could send more troops, the minister said.",
        "The envoy appeared in court on Monday.",
        "The priest believes in forgiveness, he said.",
        "There is no possibility that the vote will be delayed.",
        "It is hard to believe the war began three years ago.",
        "Engineers assessed the damage to the bridge.",
        "I told them to think about their families.",
        # a belief held before, often proved wrong, is left out as the annotators do
        "I thought the shelling had stopped for good.",
        "You must have seen the warning.",
        "There is no chance of a deal this year.",
        "The gunman was unknown to police.",
    ],
)
def test_english_look_alikes_15(text: str) -> None:
    assert hedge_cues(text, "en") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # what a thing is said to do, also through a relative pronoun
        ("Den nye vesten skal beskytte mot splinter fra droner.", "skal"),
        ("Han delte en video som skal vise nedskytingen av helikopteret.", "skal"),
        # an appearance before an adjective; signs read as evidence
        ("Ledelsen synes mest opptatt av å unngå kritikk.", "synes"),
        ("Rapporten bærer preg av å være skrevet i hast.", "bærer preg av"),
        # a claim or a report with no one named; the fact itself called uncertain; a risk
        ("Obersten hevdes å ha gitt ordren selv.", "hevdes å"),
        ("Sjefen for basen sies å ha forlatt landet.", "sies å"),
        ("Antallet sårede er fortsatt uklart.", "er fortsatt uklart"),
        ("Det er fare for at brannen sprer seg til lageret.", "fare for at"),
        # "kan" about a thing with more verbs of being; what no one knows; a likelihood granted
        ("Det kan dreie seg om flere tusen tonn ammunisjon.", "kan"),
        ("Beleiringen kan vare til langt ut på våren.", "kan"),
        ("Demningen kan briste hvis vannet stiger mer.", "kan"),
        ("Ingen vet hvor mange som fortsatt er i kjelleren.", "ingen vet hvor"),
        ("Det er rimelig å anta at lageret var tomt.", "rimelig å anta"),
        ("Årsaken til brannen er ukjent.", "er ukjent"),
        # the speaker's suspicion or guess, near certainty, apparently, how it sounds
        ("Jeg tipper det blir en lang vinter ved fronten.", "jeg tipper"),
        ("Vi er ganske sikre på at raketten kom fra nord.", "ganske sikre på at"),
        ("Kommandanten er visst blitt syk.", "visst"),
        ("Det høres ut til at forhandlingene har strandet.", "høres ut til"),
    ],
)
def test_bokmal_claims_and_appearances_15(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "nb")


@pytest.mark.parametrize(
    "text",
    [
        # a person's plan, an opinion, a liking, a person through a relative pronoun
        "Ministeren skal vise fram planen i morgen.",
        "Jeg synes det er viktig å hjelpe.",
        "Hun synes godt om forslaget.",
        "Soldatene, som kan gå inn når som helst, venter ved grensen.",
        # inverted: the subject after the modal is a person, whatever stands before it
        "I dag kan soldatene være på plass ved grensen.",
        # a past belief, a comparison, agreement
        "Jeg trodde det var over.",
        "Det høres ut som en god idé.",
        "Jo visst er det kaldt.",
    ],
)
def test_bokmal_claims_look_alikes_15(text: str) -> None:
    assert hedge_cues(text, "nb") == []


@pytest.mark.parametrize(
    "text",
    [
        # the noun "mistenkte" names a person, "enn antatt" compares, a superlative before
        # "mulig" asks for the most there can be
        "Mannen er eneste mistenkte for brannen.",
        "Politiet har ingen andre mistenkte i saken.",
        "Skadene var større enn antatt.",
        "Regjeringen vil ha bredest mulig støtte i Stortinget.",
        "Hun har all mulig grunn til å være fornøyd.",
        # a belief held before, proved wrong by what follows
        "Han trodde det var en øvelse, men det var et angrep.",
        # a paragraph opened by "Skulle" sets a condition
        "Det er plass til femti.\n\nSkulle det være behov for flere senger, finnes det et lager.",
    ],
)
def test_bokmal_precision_15(text: str) -> None:
    assert hedge_cues(text, "nb") == []


def test_bokmal_suspected_before_its_noun_15() -> None:
    """After an article "mistenkt" still hedges the noun it stands before."""
    assert "mistenkt" in hedge_cues("Politiet sperret av området rundt en mistenkt bombe.", "nb")

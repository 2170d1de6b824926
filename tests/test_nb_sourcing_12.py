"""Kinds of Norwegian sourcing statement and indirect quote found missing or wrong in the twelfth
round (issue #10), read off new Bokmål and Nynorsk war reporting (NTB copy in regional papers,
NRK, TV 2, Aftenposten): a party that "melder om" an event with no at-clause (no indirect quote
carries it, so the report was lost), a check that failed "fra annet hold", a fronted "ifølge X"
before a speech verb whose subject runs long ("Ifølge AFP sa en tjenestemann i Det hvite hus
onsdag at ..."), the subject of a perfect after a fronted phrase ("I mellomtiden har
britisk etterretning i en oppdatering omtalt", "Søndag har departementet bekreftet"), and an
unnamed speaker described with a negated participle ("en ikke navngitt
kilde"). The sentences are written for these tests in the shape of Norwegian news copy."""

from __future__ import annotations

import pytest

from conftest import quote_rows, read_attributions


def _reading(code: str, text: str):
    """The whole reading (quotes, speakers and sourcing) of ``text`` in language ``code``."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    return analyze(SourceDoc(text=text, origin="test"), lang=code)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # a party that reports an event, with no at-clause after the verb
        ("nb", "Fylkesmyndighetene melder om flere eksplosjoner i byen natt til fredag.", ("reported", "Fylkesmyndighetene")),
        ("nb", "Det polske forsvaret meldte om luftbrudd over grensen i morgentimene.", ("reported", "Det polske forsvaret")),
        # the perfect with an adverbial of time between auxiliary and participle
        ("nb", "Moldova har i flere uker meldt om droner over landets territorium.", ("reported", "Moldova")),
        # in a subordinate clause, with a title and a name in apposition
        ("nb", "Alarmen gikk like etter at ordføreren i byen, Ivan Petrenko, meldte om nye angrep.", ("reported", "Ivan Petrenko")),
        # a group of people, after a coordinated clause
        ("nb", "Kolonnen krysset grensen ved daggry, og polske grensevakter melder om skuddveksling.", ("reported", "polske grensevakter")),
        ("nn", "Regionale styresmakter meldar om nye angrep mot straumnettet.", ("reported", "Regionale styresmakter")),
        ("nn", "Guvernøren melde om skadar på fleire bustadhus.", ("reported", "Guvernøren")),
        # a check that failed "from any other source": the publication says no one checked it
        ("nb", "Opplysningene er ikke bekreftet fra annet hold.", ("could-not-verify", "the publication")),
        ("nb", "Tallet har heller ikke blitt bekreftet av andre kilder.", ("could-not-verify", "the publication")),
        ("nn", "Påstanden er ikkje stadfesta frå anna hald.", ("could-not-verify", "the publication")),
        ("nn", "Tala har ikkje vorte stadfesta frå andre hald.", ("could-not-verify", "the publication")),
        # "omtalt X som" with a relative clause after "som" reports X, it names nothing
        ("nb", "Britisk etterretning har omtalt et angrep som skal ha rammet en flybase.", ("reported", "Britisk etterretning")),
        ("nn", "Ukrainsk etterretning har omtalt ein rakett som skal ha treft ein skule.", ("reported", "Ukrainsk etterretning")),
        # an outlet's own knowledge
        ("nb", "Dagbladet er kjent med at to soldater er savnet.", ("reported", "Dagbladet")),
        ("nn", "NRK er kjent med at to soldatar er sakna.", ("reported", "NRK")),
        # a modal passive check that failed names its agent
        ("nb", "Tallene kan ikke bekreftes av uavhengige kilder.", ("could-not-verify", "uavhengige kilder")),
        ("nb", "Ingen av tallene kan bekreftes av uavhengige kilder.", ("could-not-verify", "uavhengige kilder")),
        ("nb", "Opplysningene kunne ikke verifiseres av Reuters.", ("could-not-verify", "Reuters")),
        ("nn", "Tala kan ikkje stadfestast av uavhengige kjelder.", ("could-not-verify", "uavhengige kjelder")),
        # the Nynorsk press agency relays: its failed check is one
        ("nn", "NPK har ikkje fått stadfesta opplysningane.", ("could-not-verify", "NPK")),
        # V2 perfect after a fronted phrase: the subject between the auxiliary and the
        # participle, ending before the adverbial that follows it
        ("nb", "I mellomtiden har britisk etterretning i en oppdatering på X omtalt angrepet.", ("reported", "britisk etterretning")),
        ("nb", "Samtidig har tankesmien ISW i en ny rapport skrevet at fronten holder.", ("reported", "ISW")),
        ("nn", "I går har ukrainsk etterretning i eit innlegg omtalt angrepet.", ("reported", "ukrainsk etterretning")),
        # one word between auxiliary and participle after a fronted phrase is the subject
        ("nb", "Søndag har Forsvarsdepartementet bekreftet at to soldater er drept.", ("confirmed", "Forsvarsdepartementet")),
        ("nb", "I en pressemelding har politiet bekreftet at to personer er pågrepet.", ("confirmed", "politiet")),
        ("nn", "Måndag har departementet avvist at nokon vart skadde.", ("denied", "departementet")),
        # Nynorsk "då" (then) fronted before the auxiliary
        ("nn", "Då hadde styresmaktene i fleire veker meldt om droner over grensa.", ("reported", "styresmaktene")),
    ],
)
def test_kind_attributions(sourcing_nlps, code, text, expected):
    assert expected in read_attributions(sourcing_nlps, code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # "melde om" with no agent, or with a pronoun the sourcing reader cannot name
        ("nb", "Det er ikke meldt om skader etter nedslaget."),
        ("nb", "To droner ble skutt ned, uten at det ble meldt om skader."),
        ("nb", "I Kharkiv meldes det om flere eksplosjoner."),
        # "melder om at": a clause the quote component reads as the party's indirect quote
        ("nb", "Brannvesenet melder om at tre bygninger er skadet."),
        # the publication's own reporter reporting on the scene is no source
        ("nb", "Vår reporter Kari Lunde rapporterer om kaos ved grenseovergangen."),
        # a party or person who knows something is no outlet reporting it
        ("nb", "Politiet er kjent med at to personer er savnet."),
        # signing up is no report
        ("nb", "Flere hundre har meldt seg som frivillige."),
        # one side's silence ("fra russisk hold") is no independent check
        ("nb", "Angrepet er ikke bekreftet fra russisk hold."),
    ],
)
def test_kind_not_a_report(sourcing_nlps, code, text):
    assert read_attributions(sourcing_nlps, code, text) == []


def test_a_party_s_report_with_a_document_after_it_is_the_party_s_not_the_document_s(sourcing_nlps):
    """The party's "melde om" is its report; the unnamed statement after it speaks for no one."""
    text = "Luftforsvaret melde om angrep. 20 droner vart skotne ned, heiter det i ei fråsegn."
    assert read_attributions(sourcing_nlps, "nn", text) == [("reported", "Luftforsvaret")]


@pytest.mark.parametrize(
    ("code", "text", "speaker", "reported"),
    [
        # a long inverted subject with a day (or a place) before the complementizer
        (
            "nb",
            "Ifølge nyhetsbyrået NTB sa en talsperson for forsvaret tirsdag kveld at to fly ble skadet.",
            "en talsperson for forsvaret",
            "to fly ble skadet",
        ),
        (
            "nn",
            "Ifølgje nyheitsbyrået Reuters sa ein diplomat i Brussel måndag at møtet vart utsett.",
            "ein diplomat",
            "møtet vart utsett",
        ),
    ],
)
def test_fronted_according_to_before_a_speech_verb_is_no_quote_of_the_relay(code, text, speaker, reported):
    """ "Ifølge X sa Y ... at Z": Z is Y's indirect quote; X relays it (a sourcing statement, no
    quote of X's over "sa Y ... at Z")."""
    reading = _reading(code, text)
    rows = quote_rows(reading)
    assert ("indirect", speaker, reported) in rows
    assert all(not row[2].startswith("sa ") for row in rows)


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("nb", "Onsdag sa en ikke navngitt tjenestemann at byen var evakuert.", "en ikke navngitt tjenestemann"),
        ("nb", "Byen er evakuert, sier en ikke navngitt kilde i regjeringen.", "en ikke navngitt kilde"),
        ("nn", "Byen er evakuert, seier ein ikkje namngitt kjelde i regjeringa.", "ein ikkje namngitt kjelde"),
    ],
)
def test_unnamed_speaker_described_with_a_negated_participle(code, text, speaker):
    """ "en ikke navngitt kilde": the negation describes the speaker, it negates no cue."""
    rows = quote_rows(_reading(code, text))
    assert any(kind == "indirect" and said == speaker for kind, said, _ in rows), rows


@pytest.mark.parametrize(
    ("code", "text", "speaker", "reported"),
    [
        ("nn", "Hæren seier laurdag morgon at to bruer er øydelagde.", "Hæren", "to bruer er øydelagde"),
        ("nn", "Brannvesenet seier søndag morgon at brannen er sløkt.", "Brannvesenet", "brannen er sløkt"),
    ],
)
def test_time_phrase_between_cue_and_complementizer_is_no_part_of_the_quote(code, text, speaker, reported):
    """ "seier laurdag morgon at": the whole time phrase stands before the reported clause (a
    part of the day the tagger reads as a verb ends nothing)."""
    assert ("indirect", speaker, reported) in quote_rows(_reading(code, text))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("nb", "Fylkesmannen i Troms, Kari Nilsen, forteller om store skader etter uværet."),
        ("nb", "Like etter at guvernøren i regionen, Ivan Petrenko, meldte om nye angrep, gikk alarmen."),
        ("nn", "Ordføraren i kommunen, Per Hauge, fortel om store skadar."),
    ],
)
def test_title_in_apposition_before_the_name_is_no_report(code, text):
    """ "Tittel, Navn, forteller om ...": the title set off before the name (no verb) is the
    speaker's apposition, not words the speaker reports before a closing cue."""
    reading = _reading(code, text)
    assert all(kind != "indirect" for kind, _, _ in quote_rows(reading)), quote_rows(reading)


def test_title_in_apposition_leaves_the_at_clause_to_its_speaker():
    rows = quote_rows(_reading("nb", "Ordføreren i byen, Ivan Petrenko, sier at skadene er store."))
    assert rows == [("indirect", "Ivan Petrenko", "skadene er store")]


@pytest.mark.parametrize(
    ("code", "text", "reported"),
    [
        # an infinitive as the subject of the reported clause
        ("nb", "Rektor mener det å lese høyt for barna er viktig.", "det å lese høyt for barna er viktig"),
        ("nn", "Ho meiner det å byggje ny veg vil koste for mykje.", "det å byggje ny veg vil koste for mykje"),
        # a negation between "det" and the clause's verb
        ("nb", "Politiet mener det ikke er grunn til bekymring.", "det ikke er grunn til bekymring"),
    ],
)
def test_bare_clause_opening_on_det(code, text, reported):
    """ "mener det å ... er", "mener det ikke er": "det" opens the reported clause (it stands
    for no quote given elsewhere, as in "sier det ikke")."""
    rows = quote_rows(_reading(code, text))
    assert any(kind == "indirect" and said == reported for kind, _, said in rows), rows


@pytest.mark.parametrize("text", ["Han sier det ikke.", "Hun sa det ikke til NRK."])
def test_det_standing_for_a_quote_elsewhere_opens_no_clause(text):
    assert quote_rows(_reading("nb", text)) == []


@pytest.mark.parametrize(
    ("code", "text", "speaker", "reported"),
    [
        ("nb", "Likevel mener hun det er for tidlig å si noe.", "hun", "det er for tidlig å si noe"),
        ("nb", "I dag tror de krigen snart er over.", "de", "krigen snart er over"),
        ("nn", "No meiner ho vegen bør stengjast.", "ho", "vegen bør stengjast"),
    ],
)
def test_inverted_pronoun_subject_before_a_bare_clause(code, text, speaker, reported):
    """V2: after a short fronted adverbial the pronoun after "mener" is its subject, and the
    bare clause after the pronoun is the report."""
    assert ("indirect", speaker, reported) in quote_rows(_reading(code, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject came first; the pronoun opens the clause
        ("Mange velgere mener han bør gå av.", "Mange velgere"),
        ("Og lederen som trodde han hadde vunnet, tapte.", "lederen"),
    ],
)
def test_pronoun_after_the_cue_is_no_subject_when_one_came_first(text, speaker):
    rows = quote_rows(_reading("nb", text))
    assert rows and all(said == speaker for _, said, _ in rows), rows

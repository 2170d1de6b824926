"""Hedges and evidentiality markers on real-shaped Bokmål, Nynorsk and English text."""

from __future__ import annotations

import pytest

import sourcetrace.pipeline  # noqa: F401  (registers the factories)
from conftest import blank_pipes
from sourcetrace import lang as langdata
from sourcetrace.pipeline.hedges import cue_patterns


@pytest.fixture(scope="module")
def pipes():
    return blank_pipes("sourcetrace_hedges")


def hedges(pipes, code: str, text: str) -> list[tuple[str, str, str]]:
    doc = pipes(code)(text)
    return [(h.cue.text, h.meaning, h.scope.text) for h in doc._.st_hedges]


def test_seed_hedges(pipes, seed_text):
    found = hedges(pipes, "nb", seed_text)
    assert (
        "skal ha",
        "reportedly",
        "Blokadeenhetene skal ha blitt benyttet øst i Ukraina",
    ) in found
    assert (
        "skal ha",
        "reportedly",
        "Soldatene i «Storm»-enheten skal ha deltatt i kampene i øst",
    ) in found
    probably = [f for f in found if f[0] == "sannsynligvis"]
    assert probably and probably[0][1] == "probably"
    assert probably[0][2].startswith("Taktikken med å skyte desertører er sannsynligvis et tegn på")
    assert not probably[0][2].endswith("Twitter")  # ", skrev de på Twitter" is not in the scope
    assert len(found) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Vi skal ha et møte i morgen.",
        "Regjeringen skal ha et nytt budsjett klart i høst.",
        "Brua skal være ferdig i 2025.",
        "Hun skal ha rett til erstatning.",
        "Vi skal ha gjort dette før fredag.",
        "Eksporten skal være «i normal drift» innen få dager.",
        "– Vi skal ha hjem alle sammen, sier Lytvynenko.",
        "Han har ikke bekreftet at han var der.",
        "Russland har påstått at angrepet var et svar.",
        "Det er lite sannsynlig.",
    ],
)
def test_bokmal_false_positives(pipes, text):
    assert hedges(pipes, "nb", text) == []


def test_bokmal_evidentials(pipes):
    text = (
        "I går skal russiske styrker ha angrepet byen. Ifølge NRK skal minst 20 sivile være drept. "
        "Samtidig skal generalløytnant Aleksej Zubarev, som ledet den russiske 20. armé, ha blitt "
        "fjernet fra stillingen sin. Det er uklart hvor mange som ble drept, men tallet er trolig høyere. "
        "Opplysningene kan ikke bekreftes uavhengig. Den angivelige spionen ble pågrepet, etter det VG kjenner til."
    )
    found = hedges(pipes, "nb", text)
    cues = [(c, m) for c, m, _ in found]
    assert ("skal", "reportedly") in cues  # V2: "skal russiske styrker ha" -> cue "skal"
    assert cues.count(("skal", "reportedly")) == 3
    assert ("Det er uklart", "uncertain") in cues
    assert ("trolig", "probably") in cues
    assert ("kan ikke bekreftes", "unverified") in cues
    assert ("angivelige", "allegedly") in cues
    assert ("etter det VG kjenner til", "reportedly") in cues
    scopes = dict(((c, s) for c, _, s in found if c != "skal"))
    # the clause after "men" is the scope of "trolig", not the whole sentence
    assert scopes["trolig"] == "tallet er trolig høyere"
    # a cue that is a clause of its own governs the sentence
    assert scopes["etter det VG kjenner til"].startswith("Den angivelige spionen ble pågrepet")
    zubarev = [s for c, _, s in found if "Zubarev" in s]
    assert zubarev and zubarev[0].endswith("ha blitt fjernet fra stillingen sin")


@pytest.mark.parametrize(
    ("text", "cue", "meaning"),
    [
        ("Forslaget får neppe flertall i bystyret.", "neppe", "probably"),
        ("Mye tyder på at brannen startet i kjelleren.", "tyder på", "probably"),
        ("Funnene kan tyde på at vannet er forurenset.", "tyde på", "probably"),
        ("Politiet kan ikke utelukke at flere er involvert.", "ikke utelukke", "possibly"),
        ("Etter pausen så det ut til at laget hadde gitt opp.", "så det ut til", "uncertain"),
        ("Tiltaket virket å ha liten effekt.", "virket å", "uncertain"),
        ("Det kan virke som om ingen har oversikt.", "virke", "uncertain"),
        ("– Tror nok det blir en tøff vinter.", "Tror nok", "probably"),
        ("– Jeg håper de klarer det, men jeg tviler på det.", "jeg tviler på", "uncertain"),
    ],
)
def test_bokmal_epistemic_judgements(pipes, text, cue, meaning):
    """Judgements of likelihood and evidence that a statement is not certain fact."""
    assert (cue, meaning) in [(c, m) for c, m, _ in hedges(pipes, "nb", text)]


@pytest.mark.parametrize(
    "text",
    ["Han så ut av vinduet.", "Hun tydet tegnene riktig.", "Vi så ham gå ut til bilen."],
)
def test_bokmal_look_alikes_are_no_hedges(pipes, text):
    assert hedges(pipes, "nb", text) == []


def test_nynorsk(pipes):
    text = (
        "Soldatane skal ha vorte drepne i går. Det er truleg fleire som er skadde. "
        "Eg skal ha eit møte i morgon. Opplysningane kan ikkje stadfestast. "
        "Ifølgje lokale medium skal minst to av dei drepne vere born. Brua skal vere ferdig i 2025."
    )
    cues = [(c, m) for c, m, _ in hedges(pipes, "nn", text)]
    assert cues == [
        ("skal ha", "reportedly"),
        ("truleg", "probably"),
        ("kan ikkje stadfestast", "unverified"),
        ("skal", "reportedly"),
    ]


def test_english(pipes):
    text = (
        "Russian forces reportedly shelled the city, killing five people. The soldiers were said to "
        "have deserted. The claims could not be independently verified. He is likely to resign. "
        "The attack was most likely carried out by drones. Russia had \u201chighly likely\u201d suffered "
        "losses. The alleged spy was arrested. They may have crossed the border. It is unclear how "
        "many were killed, officials said. Russia is believed to have 700,000 troops."
    )
    found = hedges(pipes, "en", text)
    cues = {(c, m) for c, m, _ in found}
    assert {
        ("reportedly", "reportedly"),
        ("were said to", "reportedly"),
        ("could not be independently verified", "unverified"),
        ("likely to", "probably"),
        ("most likely", "probably"),
        ("highly likely", "probably"),
        ("alleged", "allegedly"),
        ("may have", "possibly"),
        ("It is unclear", "uncertain"),
        ("believed to", "probably"),
    } <= cues
    scope = dict((c, s) for c, _, s in found)
    assert scope["reportedly"] == "Russian forces reportedly shelled the city, killing five people"
    assert scope["It is unclear"] == "It is unclear how many were killed"


@pytest.mark.parametrize(
    "text",
    [
        "We may have made mistakes.",
        "We could have done better.",
        "The report has been confirmed by Nato.",
        "They have alleged that the vote was rigged.",
        "The meeting is expected to take place on Monday.",
    ],
)
def test_english_false_positives(pipes, text):
    assert hedges(pipes, "en", text) == []


def test_participle_from_tagger(pipes):
    """With a tagger's POS, a verb participle decides, not the word's ending."""
    nlp = pipes("nb")
    doc = nlp.make_doc("Russland skal ha blokkert havna.")
    for token in doc:
        token.pos_ = (
            "VERB"
            if token.text in ("skal", "ha", "blokkert")
            else "PROPN"
            if token.i == 0
            else "NOUN"
        )
    doc[2].pos_ = "AUX"
    doc[3].set_morph("VerbForm=Part")
    doc = nlp(doc)
    assert [h.cue.text for h in doc._.st_hedges] == ["skal ha"]
    doc = nlp.make_doc("Russland skal ha blokkert havna.")
    for token in doc:
        token.pos_ = "NOUN"
    doc = nlp(doc)
    assert doc._.st_hedges == []


def test_cue_syntax():
    assert len(cue_patterns("skal|skulle *3 ha")) == 2
    assert cue_patterns("skal **12 ha")[0][1]["_max"] == 12
    with pytest.raises(ValueError):
        cue_patterns("*3 ha")


@pytest.mark.parametrize("code", ["nb", "nn", "en"])
def test_every_cue_meaning_is_known(code):
    for cue in langdata.concern(code, "hedges").get("cue", []):
        assert cue["meaning"] in {
            "reportedly",
            "probably",
            "allegedly",
            "uncertain",
            "unverified",
            "possibly",
        }


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "ru",
            "По данным Reuters, Путин якобы приехал в Киев. Это не удалось независимо проверить.",
            [
                ("По данным", "reportedly"),
                ("якобы", "allegedly"),
                ("не удалось независимо проверить", "unverified"),
            ],
        ),
        (
            "uk",
            "Солдати, ймовірно, відступили. Це не вдалося перевірити.",
            [("ймовірно", "probably"), ("не вдалося перевірити", "unverified")],
        ),
    ],
)
def test_russian_and_ukrainian(pipes, code, text, expected):
    assert [(c, m) for c, m, _ in hedges(pipes, code, text)] == expected


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Legionens soldater skal tjene rundt 30 000 kroner i måneden.", "skal"),
        ("Wagner-gruppen skal stå bak angrepet på lageret.", "skal"),
        ("I dag skal soldatene befinne seg nær Kupjansk.", "skal"),
        ("Soldatene skal ifølge Kyiv Independent ha overgitt seg.", "skal"),
        ("Ifølge kilder Bloomberg har snakket med, skal EU vurdere en ny pakke.", "skal"),
        (
            "Norge vil etter all sannsynlighet slutte seg til sanksjonene.",
            "etter all sannsynlighet",
        ),
    ],
)
def test_bokmal_hearsay_skal_and_probability(pipes, text, cue):
    found = hedges(pipes, "nb", text)
    assert [f[0] for f in found] == [cue], found


@pytest.mark.parametrize(
    "text",
    [
        "Han skal tjene som offiser i den nye brigaden.",
        "Vi skal eie dette prosjektet sammen.",
        "Ifølge planen skal soldatene reise hjem i mai.",
    ],
)
def test_bokmal_plans_are_no_hedges(pipes, text):
    assert hedges(pipes, "nb", text) == []


def test_nynorsk_party_has_not_confirmed(pipes):
    found = hedges(pipes, "nn", "Det ukrainske luftforsvaret har ikkje stadfesta dette.")
    assert [(f[0], f[1]) for f in found] == [("ikkje stadfesta", "unverified")]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("I nabobyen er det meldt om flere skadde.", "er det meldt om"),
        ("Det kan godt være at tallet er høyere.", "kan godt være"),
        ("Reparasjonen kan ta flere uker.", "kan"),
        ("Mye kan gå galt på en slik tur.", "kan"),
        ("Tallet kunne også bli større i år.", "kunne"),
        ("Tre ledere er anmeldt for mulig underslag.", "mulig"),
        ("Hun er nevnt som mulig kandidat til vervet.", "mulig"),
        ("Styret bør nok se på saken igjen.", "nok"),
        ("Selskapet regner med å doble salget neste år.", "regner med å"),
        ("Det ser ut som brannen startet i kjelleren.", "ser ut som"),
        ("Eierne vet sikkert hva bygget er verdt.", "sikkert"),
        ("Det er usannsynlig at brua åpner før jul.", "usannsynlig"),
        ("Etter det avisen har grunn til å tro, blir sjefen byttet ut.", "Etter det avisen har grunn til å tro"),
        ("Det er gode sjanser for at kampen blir flyttet.", "gode sjanser for"),
        ("Prisen kan lett stige igjen.", "kan"),
    ],
)
def test_bokmal_possibility_and_report_cues(pipes, text, cue):
    found = hedges(pipes, "nb", text)
    assert [f[0] for f in found] == [cue], found


@pytest.mark.parametrize(
    "text",
    [
        "Begrunnelsen var at bygget var for lite.",
        "Et problem er at bussen går sjelden.",
        "Jeg håper at flere kommer neste år.",
        "Jeg mener at skolen trenger mer penger.",
        "En ny runde er ikke nok, sier lederen.",
        "Vi trenger svar så fort som mulig.",
        "Det er det rareste jeg har hørt, sier hun.",
        "Jeg har hørt om slike saker før.",
        "Jeg tenker mye på det som skjedde.",
        "De gjorde nok for å hjelpe.",
        "En ting er sikkert.",
        "Det er sikkert at avtalen holder.",
        "Du kan ta bussen til sentrum.",
    ],
)
def test_bokmal_new_cues_false_positives(pipes, text):
    assert hedges(pipes, "nb", text) == []


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Vasstanden ventast å stige i natt.", "ventast"),
        ("Prisane forventast å gå ned.", "forventast"),
        ("Vi ventar mykje snø i fjellet.", "Vi ventar"),
        ("Rådmannen er usikker på om planen held.", "usikker på"),
        ("Eg er ikkje sikker på om det stemmer.", "ikkje sikker på"),
        ("Det er gode sjansar for at vegen opnar.", "gode sjansar for"),
        ("Brua vart moglegvis skadd i stormen.", "moglegvis"),
        ("Det ser ut som fleire vil flytte.", "ser ut som"),
        ("Då kan ein tenkje seg at prisen stig.", "kan ein tenkje seg"),
        ("Eg skjønnar det slik at saka er avgjort.", "Eg skjønnar det slik"),
        ("Han hadde vel i fjor forstått kva som kom.", "vel"),
    ],
)
def test_nynorsk_cues(pipes, text, cue):
    found = hedges(pipes, "nn", text)
    assert [f[0] for f in found] == [cue], found


def test_nynorsk_waiting_is_no_forecast(pipes):
    assert hedges(pipes, "nn", "Vi ventar på svar frå departementet.") == []


def test_nynorsk_participle_read_as_infinitive(pipes):
    """A tagger that reads the Nynorsk participle "starta" as an infinitive still yields hearsay."""
    nlp = pipes("nn")
    doc = nlp.make_doc("Brannen skal ha starta i kjellaren.")
    for token in doc:
        token.pos_ = "NOUN"
    doc[1].pos_ = doc[2].pos_ = "AUX"
    doc[3].pos_ = "VERB"
    doc[3].set_morph("VerbForm=Inf")
    doc = nlp(doc)
    assert [h.cue.text for h in doc._.st_hedges] == ["skal ha"]


def test_next_pos_needs_a_noun_when_tagged(pipes):
    """"for mulig" + noun is a possibility; tagged, a word that is no noun vetoes it."""
    nlp = pipes("nb")
    for next_pos, expected in (("NOUN", ["mulig"]), ("ADJ", [])):
        doc = nlp.make_doc("De er anmeldt for mulig grovt underslag.")
        for token in doc:
            token.pos_ = "VERB"
        doc[5].pos_ = next_pos
        doc = nlp(doc)
        assert [h.cue.text for h in doc._.st_hedges] == expected


@pytest.mark.parametrize(
    "text, cue",
    [
        ("\"I'm told the files were lost,\" she said.", "I'm told"),
        ("\u201cI\u2019m told the files were lost,\u201d she said.", "I\u2019m told"),
        ("The change could look like a retreat.", "could"),
    ],
)
def test_english_contractions_and_modals(pipes, text, cue):
    found = hedges(pipes, "en", text)
    assert [f[0] for f in found] == [cue], found


def test_cue_patterns_accept_typographic_apostrophe():
    lowers = {tuple(t["LOWER"] for t in p) for p in cue_patterns("i 'm told")}
    assert lowers == {("i", "'m", "told"), ("i", "\u2019m", "told")}



def _cues(pipes, code: str, text: str) -> list[str]:
    return [cue for cue, _meaning, _scope in hedges(pipes, code, text)]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Mulig jeg tar feil, men brua ble stengt i går.", "Mulig"),
        ("Nå frykter mange at brannen sprer seg mot byen.", "frykter"),
        ("Det var ikke sikkert at fergen kom fram i tide.", "Det var ikke sikkert"),
        ("Det er sikkert mange som har ventet på dette.", "sikkert"),
        ("Som du sikkert vet, er veien stengt.", "sikkert"),
        ("Velgerne er etter alt å dømme lei av saken.", "etter alt å dømme"),
        ("Det later til å være enighet i styret.", "later til å"),
        ("Da kan det allerede være for seint for fiskerne.", "kan"),
        ("Rapporten antyder at tallet er høyere.", "antyder at"),
    ],
)
def test_bokmal_further_epistemic_cues(pipes, text, cue):
    assert cue in _cues(pipes, "nb", text)


@pytest.mark.parametrize(
    "text",
    [
        "Hvordan kan det være rettferdig å nekte dem plass?",
        "Vi tar med flest mulig de kan bære.",
        "Det er helt sikkert at fergen går i morgen.",
        "De kjørte sikkert hjem etter festen.",
    ],
)
def test_bokmal_further_cues_keep_their_vetoes(pipes, text):
    assert _cues(pipes, "nb", text) == []


def test_seeming_needs_an_adjective_after_it_and_a_tagger():
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    def cues(text: str, model: str | None = None) -> list[str]:
        reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="nb", model=model)
        return [h.cue.lower() for h in reading.hedges]

    assert "virker" in cues("Ledelsen virker komfortabel etter valget.\n")
    assert "virker" not in cues("Medisinen virker bedre enn den gamle.\n")
    # untagged ("--model blank") the word cannot be told from "works": no hedge
    assert "virker" not in cues("Ledelsen virker komfortabel etter valget.\n", model="blank")


def test_epistemic_particles_after_any_finite_verb_and_outcome_modals():
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    def cues(text: str) -> list[str]:
        reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="nb")
        return [h.cue.lower() for h in reading.hedges]

    assert "nok" in cues("Hun husker nok ikke hvem som ringte.\n")
    assert "vel" in cues("Bøndene skjønner vel at prisene stiger.\n")
    assert "nok" not in cues("Laget viste nok en gang at det var best.\n")
    assert "nok" not in cues("De fikk nok av ventingen.\n")
    assert "kan" in cues("Tiltaket kan svekke tilliten til politiet.\n")


@pytest.mark.parametrize(
    "code, text, cue",
    [
        ("nb", "Jeg vil tro at brua åpner igjen i mai.", "Jeg vil tro"),
        ("nb", "Hvis jeg ikke tar feil, stengte fabrikken i fjor.", "Hvis jeg ikke tar feil"),
        ("nb", "Det gjenstår å se om våpenhvilen holder.", "Det gjenstår å se"),
        ("nn", "Eg vil tru at vegen opnar att i mai.", "Eg vil tru"),
    ],
)
def test_conditional_beliefs_and_own_doubt(pipes, code, text, cue):
    assert cue in _cues(pipes, code, text)


@pytest.mark.parametrize(
    "text",
    [
        "Skulle det være behov for flere stoler, har han noen til.",
        "Nå skulle han ønske at et slikt møte kunne ha skjedd tidligere.",
    ],
)
def test_conditional_skulle_and_a_wish_are_no_hearsay(pipes, text):
    assert [cue for cue in _cues(pipes, "nb", text) if cue.lower().startswith("skulle")] == []


def test_hearsay_in_a_relative_clause_stays(pipes):
    found = _cues(pipes, "nb", "Mannen, som skal ha vært i 30-årene, ble pågrepet.")
    assert found == ["skal ha"]


def test_no_reason_to_believe_and_hope_are_no_hedges(pipes):
    assert _cues(pipes, "nb", "Han ser ingen grunn til å tro at spillene skader barn.") == []
    assert _cues(pipes, "nb", "Forhåpentligvis er saken snart over.") == []
    assert "grunn til å tro" in _cues(pipes, "nb", "Det er grunn til å tro at tallet stiger.")


def test_belief_in_something_and_a_generic_subject_are_no_hedges(pipes):
    assert _cues(pipes, "nb", "Jeg tror ikke på tilgivelse som fenomen.") == []
    assert _cues(pipes, "nb", "Han ville vise at man kunne være fotballspiller og tenke fritt.") == []
    assert "Jeg tror" in _cues(pipes, "nb", "Jeg tror ikke de kommer i dag.")

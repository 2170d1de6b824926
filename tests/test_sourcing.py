"""Sourcing relations on real-shaped Bokmål, Nynorsk and English sentences, and the seed case."""

from __future__ import annotations

import pytest
import spacy

import sourcetrace.pipeline  # noqa: F401  (registers the factories)
from sourcetrace.pipeline.annotations import get_list


def _nlp(code: str):
    nlp = spacy.blank("nb" if code in ("nb", "nn") else code)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sourcetrace_sourcing", config={"lang": code})
    return nlp


@pytest.fixture(scope="module")
def nlps():
    return {code: _nlp(code) for code in ("nb", "nn", "en")}


def _read(nlps, code: str, text: str) -> list[tuple[str, str, str | None, str]]:
    doc = nlps[code](text)
    return [
        (a.relation, a.source.name, a.recipient, a.evidence.text)
        for a in get_list(doc, "st_attributions")
    ]


def _one(nlps, code: str, text: str):
    found = _read(nlps, code, text)
    assert len(found) == 1, found
    return found[0]


# -- the seed case -------------------------------------------------------------------------------


def test_seed_six_attributions(nlps, seed_text):
    doc = nlps["nb"](seed_text)
    atts = get_list(doc, "st_attributions")
    got = [(a.relation, a.source.name) for a in atts]
    assert got == [
        ("verified", "The Guardian"),
        ("identified", "The Guardian"),
        ("confirmed", "Tre av soldatene"),
        ("reported", "The Guardian"),
        ("reported", "unnamed earlier reports"),
        ("reported", "Britisk etterretning"),
    ]
    verified, identified, confirmed, reported, earlier, intel = atts
    assert verified.evidence.text == "som velrennomerte The Guardian har verifisert"
    assert (
        identified.evidence.text
        == "Åtte russiske soldater i videoen er blitt identifisert av The Guardian"
    )
    assert (
        identified.object is not None
        and identified.object.text == "Åtte russiske soldater i videoen"
    )
    assert confirmed.recipient == "The Guardian"  # "den britiske avisen" resolved
    assert confirmed.object is not None and confirmed.object.text == "innholdet i klippet stemmer"
    assert reported.evidence.text == "skriver The Guardian"
    assert earlier.object is not None and earlier.object.text.startswith(
        "Russland bruker blokadeenheter"
    )
    assert intel.evidence.text == "Britisk etterretning omtalte dette i november i fjor"
    assert intel.date == "i november i fjor"
    assert intel.medium == "Twitter"  # "skrev de på Twitter" in the next sentence
    # sources are mentions for the speakers component to cluster
    mentions = get_list(doc, "st_mentions")
    assert all(a.source in mentions for a in atts)
    assert sum(m.name == "The Guardian" for m in mentions) >= 4


def test_seed_quote_writers_are_not_reporters(nlps, seed_text):
    """'skrev de på Twitter' is a quote's cue with a pronoun speaker, not a reporting outlet."""
    doc = nlps["nb"](seed_text)
    assert not any(a.source.kind == "pronoun" for a in get_list(doc, "st_attributions"))


# -- Bokmål --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "source"),
    [
        ("Videoen er verifisert av NRK.", "verified", "NRK"),
        (
            "Aftenposten har verifisert bildene ved hjelp av satellittbilder.",
            "verified",
            "Aftenposten",
        ),
        ("NRK har geolokalisert videoen til en landsby nord for Kupjansk.", "verified", "NRK"),
        ("Mannen er blitt identifisert av VG.", "identified", "VG"),
        ("Ukrainas generalstab avviser at landsbyen er tapt.", "denied", "Ukrainas generalstab"),
        ("Kreml benekter at russiske styrker står bak angrepet.", "denied", "Kreml"),
        (
            "Det russiske forsvarsdepartementet hevder at angrepet var rettet mot militære mål.",
            "claimed",
            "Det russiske forsvarsdepartementet",
        ),
        ("Aftenposten har ikke kunnet bekrefte opplysningene.", "could-not-verify", "Aftenposten"),
        ("Kreml har ikke svart på VGs henvendelse.", "no-comment", "Kreml"),
        (
            "Forsvarsdepartementet i Kyiv ønsker ikke å kommentere angrepet.",
            "no-comment",
            "Forsvarsdepartementet i Kyiv",
        ),
        ("Ifølge NTB ble tre personer drept.", "reported", "NTB"),
        ("Det skriver VG.", "reported", "VG"),
        (
            "Det anslår britisk etterretning i sin daglige oppdatering.",
            "reported",
            "britisk etterretning",
        ),
        ("Ifølge det russiske nyhetsbyrået Interfax er anlegget stengt.", "reported", "Interfax"),
    ],
)
def test_bokmal_relations(nlps, text, relation, source):
    rel, src, _rec, _ev = _one(nlps, "nb", text)
    assert (rel, src) == (relation, source)


def test_bokmal_inverted_subject_after_fronted_phrase(nlps):
    rel, src, _rec, ev = _one(
        nlps, "nb", "Det bekrefter president Volodymyr Zelenskyj i en video på Telegram fredag."
    )
    assert (rel, src) == ("confirmed", "Volodymyr Zelenskyj")
    # a determiner is not a fronted phrase: the subject stands before the verb
    rel, src, _rec, _ev = _one(
        nlps, "nb", "Det russiske forsvarsdepartementet hevdet søndag at 400 soldater falt."
    )
    assert src == "Det russiske forsvarsdepartementet"


def test_bokmal_confirmed_with_recipient_and_object(nlps):
    doc = nlps["nb"]("To av soldatene har bekreftet overfor NRK at de var i videoen.")
    (att,) = get_list(doc, "st_attributions")
    assert (att.relation, att.source.name, att.recipient) == ("confirmed", "To av soldatene", "NRK")
    assert att.object is not None and att.object.text == "de var i videoen"


def test_bokmal_passive_could_not_verify_is_the_publication(nlps):
    rel, src, _rec, ev = _one(nlps, "nb", "Opplysningene har ikke latt seg verifisere uavhengig.")
    assert rel == "could-not-verify" and src == "the publication"
    assert ev.startswith("Opplysningene har ikke")


def test_bokmal_negation_is_not_verification(nlps):
    found = _read(nlps, "nb", "VG har ikke verifisert videoen.")
    assert [r for r, *_ in found] == ["could-not-verify"]


def test_bokmal_people_who_write_are_quoted_not_reporting(nlps):
    assert _read(nlps, "nb", "– Vi trenger mer ammunisjon, skrev han på Facebook.") == []
    assert _read(nlps, "nb", "Han nektet for å ha vært der.") != []  # "nekte for" is a denial
    assert _read(nlps, "nb", "Dette ble de nektet.") == []  # "nekte" without "for" is not


def test_bokmal_earlier_reports_unnamed(nlps):
    rel, src, _rec, _ev = _one(
        nlps, "nb", "Det har tidligere kommet meldinger om at Russland bruker iranske droner."
    )
    assert (rel, src) == ("reported", "unnamed earlier reports")


def test_bokmal_coordinated_sources(nlps):
    found = _read(nlps, "nb", "Ukraina og Russland anklager hverandre for angrepene.")
    assert [(r, s) for r, s, *_ in found] == [("claimed", "Ukraina"), ("claimed", "Russland")]


def test_bokmal_relative_clause_source(nlps):
    rel, src, _rec, ev = _one(
        nlps, "nb", "VG har snakket med tre soldater som har bekreftet hendelsen."
    )
    assert (rel, src) == ("confirmed", "tre soldater")
    assert ev == "tre soldater som har bekreftet hendelsen"


def test_bokmal_source_phrase_ends_at_its_noun(nlps):
    rel, src, _rec, _ev = _one(
        nlps, "nb", "Ifølge tenketanken ISW mistet Russland 1180 soldater det siste døgnet."
    )
    assert src == "ISW"
    rel, src, _rec, _ev = _one(
        nlps, "nb", "Ifølge britisk etterretning har Russland sendt 87 droner mot Odesa."
    )
    assert src == "britisk etterretning"


@pytest.mark.parametrize(
    "code, text",
    [
        ("nb", "Generalstaben anslår at Russland har mistet rundt 1300 soldater."),
        ("nn", "Det ukrainske luftforsvaret har ikkje stadfesta dette."),
        ("nb", "I sin morgenoppdatering skriver generalstaben at det pågår harde kamper."),
        ("nn", "Det russiske forsvarsdepartementet skriv på Telegram at det ramma ein fabrikk."),
    ],
)
def test_party_statements_are_no_attribution(nlps, code, text):
    # a party writing or estimating its own information makes a statement (a quote), and a
    # party's silence is a hedge: neither is a sourcing relation
    assert _read(nlps, code, text) == []


@pytest.mark.parametrize(
    "code, text, source",
    [
        (
            "nb",
            "Ifølge generalstaben mistet Russland 1180 soldater det siste døgnet.",
            "generalstaben",
        ),
        ("nb", "Ifølge Ukrainas luftforsvar sendte Russland 87 droner.", "Ukrainas luftforsvar"),
        (
            "nb",
            "Ifølge Zelenskyj har flere av fangene sittet i fangenskap siden 2022.",
            "Zelenskyj",
        ),
        (
            "nn",
            "Ifølgje dei regionale styresmaktene er 1200 menneske evakuerte.",
            "dei regionale styresmaktene",
        ),
        ("nn", "I følgje fylkeslegen er tre personar sjuke.", "fylkeslegen"),
        (
            "en",
            "According to Ukrainian officials, about 300 civilians remain trapped.",
            "Ukrainian officials",
        ),
    ],
)
def test_according_to_a_party_is_reported(nlps, code, text, source):
    # the guide: "ifølge X" / "according to X" is always a sourcing statement of X (for a party
    # also an indirect quote, which the quote component reads)
    rel, src, _rec, _ev = _one(nlps, code, text)
    assert (rel, src) == ("reported", source)


def test_bokmal_apposition_and_parenthesis(nlps):
    rel, src, _rec, _ev = _one(
        nlps,
        "nb",
        "Den amerikanske tenketanken Institute for the Study of War (ISW) skriver i sin analyse at fronten står.",
    )
    assert (rel, src) == ("reported", "Institute for the Study of War")


# -- Nynorsk -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "source"),
    [
        (
            "Det russiske forsvarsdepartementet hevdar på Telegram at angrepet var retta mot militære mål.",
            "claimed",
            "Det russiske forsvarsdepartementet",
        ),
        ("NRK har ikkje kunna stadfeste opplysningane.", "could-not-verify", "NRK"),
        ("NRK har ikkje klart å stadfeste kvar videoen vart filma.", "could-not-verify", "NRK"),
        ("Dmitrij Peskov avviser at Russland angrip sivile mål.", "denied", "Dmitrij Peskov"),
        ("Ifølgje lokale medium vart to born drepne.", "reported", "lokale medium"),
        ("Departementet har ikkje svart på spørsmål frå Vjorstka.", "no-comment", "Departementet"),
        ("Mennene er vorte identifisert av Vjorstka.", "identified", "Vjorstka"),
        ("Opplysningane har ikkje late seg verifisere.", "could-not-verify", "the publication"),
    ],
)
def test_nynorsk_relations(nlps, text, relation, source):
    rel, src, _rec, _ev = _one(nlps, "nn", text)
    assert (rel, src) == (relation, source)


def test_nynorsk_elided_subject_and_title(nlps):
    found = _read(
        nlps,
        "nn",
        "Kreml-talsmann Dmitrij Peskov ville ikkje kommentere saka, og viste spørsmål vidare til forsvarsdepartementet.",
    )
    assert [(r, s) for r, s, *_ in found] == [
        ("no-comment", "Dmitrij Peskov"),
        ("no-comment", "Dmitrij Peskov"),
    ]


def test_nynorsk_negated_participle(nlps):
    rel, src, _rec, _ev = _one(nlps, "nn", "Dette er ikkje stadfesta av styresmaktene.")
    assert (rel, src) == ("could-not-verify", "styresmaktene")


def test_nynorsk_confirmed_subject_before_apposition(nlps):
    rel, src, rec, _ev = _one(
        nlps,
        "nn",
        "Svetlana Kozlova, kona til ein av soldatane, stadfestar overfor Vjorstka at mannen hennar er i videoen.",
    )
    assert (rel, src, rec) == ("confirmed", "Svetlana Kozlova", "Vjorstka")


# -- English -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "source"),
    [
        (
            "The footage, which the Guardian has verified, shows soldiers being marched away.",
            "verified",
            "The Guardian",
        ),
        ("Eight of the men were identified by the BBC.", "identified", "BBC"),
        (
            "Russia's defence ministry denied that its troops had been involved.",
            "denied",
            "Russia's defence ministry",
        ),
        ("The Kremlin rejected the accusations.", "denied", "The Kremlin"),
        (
            "Russia's Defense Ministry claimed that 38 drones were shot down.",
            "claimed",
            "Russia's Defense Ministry",
        ),
        ("Reuters could not independently verify his account.", "could-not-verify", "Reuters"),
        (
            "Those figures could not be independently verified.",
            "could-not-verify",
            "the publication",
        ),
        ("The Kremlin did not respond to a request for comment.", "no-comment", "The Kremlin"),
        (
            "Kremlin spokesman Dmitry Peskov declined to comment on the strike.",
            "no-comment",
            "Dmitry Peskov",
        ),
        ("At least 39 people were killed, Reuters reported.", "reported", "Reuters"),
        (
            "According to British defence intelligence, about 300 civilians remain trapped.",
            "reported",
            "British defence intelligence",  # the organisation's head word is part of its name
        ),
        (
            "There have also been earlier reports that Moscow used blocking units.",
            "reported",
            "unnamed earlier reports",
        ),
        (
            "In its latest intelligence update on X, Britain's Ministry of Defence said losses were rising.",
            "reported",
            "Britain's Ministry of Defence",
        ),
        ("BBC Verify has geolocated the video to a field near Pokrovsk.", "verified", "BBC Verify"),
        ("Ukraine has accused Russian troops of executing prisoners.", "claimed", "Ukraine"),
    ],
)
def test_english_relations(nlps, text, relation, source):
    rel, src, _rec, _ev = _one(nlps, "en", text)
    assert (rel, src) == (relation, source)


def test_english_relative_and_passive_forms(nlps):
    rel, src, _rec, ev = _one(
        nlps, "en", "The BBC spoke to three soldiers who confirmed the account."
    )
    assert (rel, src, ev) == (
        "confirmed",
        "three soldiers",
        "three soldiers who confirmed the account",
    )
    rel, src, _rec, _ev = _one(
        nlps, "en", "Neither side's numbers could not be independently verified by The Scotsman."
    )
    assert (rel, src) == ("could-not-verify", "The Scotsman")
    # passives without an agent, adjectives and nouns are not relations
    assert _read(nlps, "en", "Every person responsible will be identified.") == []
    assert _read(nlps, "en", "Mediazona counts confirmed deaths using obituaries.") == []
    assert _read(nlps, "en", "The offensive is going according to plan.") == []
    assert _read(nlps, "en", "He could not comment on the soldiers' claims.")[0][0] == "no-comment"


def test_english_referral_is_no_comment_by_the_referrer(nlps):
    rel, src, _rec, _ev = _one(nlps, "en", "Peskov referred questions to the defence ministry.")
    assert (rel, src) == ("no-comment", "Peskov")


def test_english_confirmed_to_recipient(nlps):
    doc = nlps["en"]("Three of the soldiers confirmed to AFP that the video was genuine.")
    (att,) = get_list(doc, "st_attributions")
    assert (att.relation, att.source.name, att.recipient) == (
        "confirmed",
        "Three of the soldiers",
        "AFP",
    )
    assert att.object is not None and att.object.text == "the video was genuine"


def test_english_descriptive_recipient_resolved(nlps):
    doc = nlps["en"](
        "The Guardian spoke to the men. Two of them confirmed to the newspaper that they had deserted."
    )
    (att,) = get_list(doc, "st_attributions")
    assert att.recipient == "The Guardian"


def test_english_speech_and_nouns_are_not_relations(nlps):
    assert _read(nlps, "en", '"We were abandoned," he said.') == []
    assert _read(nlps, "en", "He wrote on Telegram that the unit was surrounded.") == []
    assert [r for r, *_ in _read(nlps, "en", "The Kremlin rejected the claims.")] == ["denied"]


def test_no_sentences_and_empty_docs(nlps):
    nlp = spacy.blank("en")
    nlp.add_pipe("sourcetrace_sourcing", config={"lang": "en"})
    doc = nlp("Reuters could not independently verify the footage")
    assert [a.relation for a in get_list(doc, "st_attributions")] == ["could-not-verify"]
    assert get_list(nlps["nb"](""), "st_attributions") == []


def test_entity_labels_are_used_when_present():
    """With NER annotation (here an entity ruler), ORG/PER labels decide what may report."""
    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Nordlys Vest"},
            {"label": "PER", "pattern": [{"LOWER": "kari"}, {"LOWER": "hansen"}]},
        ]
    )
    nlp.add_pipe("sourcetrace_sourcing", config={"lang": "nb"})
    doc = nlp("Det skriver Nordlys Vest. Det skriver Kari Hansen.")
    found = [(a.relation, a.source.name, a.source.kind) for a in get_list(doc, "st_attributions")]
    assert found == [("reported", "Nordlys Vest", "organisation")]


def test_recipient_from_a_speech_cue_in_the_sentence(nlps):
    doc = nlps["en"]("Russia confirmed the strike, a spokesman told Reuters.")
    (att,) = get_list(doc, "st_attributions")
    assert (att.relation, att.source.name, att.recipient) == ("confirmed", "Russia", "Reuters")
    doc = nlps["nb"]("Forsvaret bekrefter hendelsen, sier talsperson Hans Olsen til NRK.")
    (att,) = get_list(doc, "st_attributions")
    assert att.recipient == "NRK"
    # a place inside the confirmed clause is no recipient
    doc = nlps["nb"]("Politiet bekrefter at de kom til Oslo.")
    (att,) = get_list(doc, "st_attributions")
    assert att.recipient is None


def test_nynorsk_passives_and_nouns(nlps):
    rel, src, _rec, _ev = _one(nlps, "nn", "Inntrykket blir stadfesta av tal frå Bergens Tidende.")
    assert (rel, src) == ("confirmed", "Bergens Tidende")  # the figures' issuer, not "tal"
    assert _read(nlps, "nn", "Klaga blei avvist i januar.") == []  # a passive without agent
    assert _read(nlps, "nn", "Hellas må betala heile skulda si.") == []  # "skulda" is a noun here


# -- phrasings of real wire copy -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, relation, source",
    [
        (
            "Reuters has seen documents that support the soldier's account of the attack.",
            "verified",
            "Reuters",
        ),
        (
            "The update added that Russia had almost certainly failed to take the city.",
            "reported",
            "The update",
        ),
        ("Reuters could not immediately verify the report.", "could-not-verify", "Reuters"),
        ("The Kremlin declined to comment on the report.", "no-comment", "The Kremlin"),
        (
            "Russia's defence ministry did not immediately respond to a request for comment.",
            "no-comment",
            "Russia's defence ministry",
        ),
        ("A spokesman denied the allegations on Wednesday.", "denied", "A spokesman"),
        (
            "Premiums have risen by up to 30% since October, according to two brokers in London.",
            "reported",
            "two brokers",
        ),
    ],
)
def test_english_wire_phrasings(nlps, text, relation, source):
    rel, src, _rec, _ev = _one(nlps, "en", text)
    assert (rel, src) == (relation, source)


def test_english_speech_verb_of_a_party_is_no_attribution(nlps):
    # "added" by a ministry is a quote; only a report or update that "added" is a source
    assert _read(nlps, "en", "The ministry added that it would respond in kind.") == []


@pytest.mark.parametrize(
    "code, text, relation, source",
    [
        (
            "nb",
            "Angrepet ble utført av ukrainske droner, melder Ukrainska Pravda.",
            "reported",
            "Ukrainska Pravda",
        ),
        (
            "nb",
            "Pakken skal vedtas i desember, opplyser kilder til Bloomberg.",
            "reported",
            "Bloomberg",
        ),
        (
            "nb",
            "Russland mistet 30 000 soldater i oktober, ifølge nyhetsbyrået Reuters.",
            "reported",
            "Reuters",
        ),
        ("nb", "NTB har ikke lyktes å bekrefte opplysningene.", "could-not-verify", "NTB"),
        ("nb", "NRK har ikke kunnet verifisere videoen.", "could-not-verify", "NRK"),
        ("nb", "Kreml avkrefter at det pågår en ny mobilisering.", "denied", "Kreml"),
        (
            "nb",
            "Forsvarsdepartementet i Moskva tilbakeviser påstandene.",
            "denied",
            "Forsvarsdepartementet i Moskva",
        ),
        (
            "nb",
            "VG har sett bilder og dokumenter som underbygger at han har tjenestegjort i legionen.",
            "verified",
            "VG",
        ),
        ("nb", "Han svarte ikke på Dagbladets henvendelse lørdag.", "no-comment", "Han"),
        (
            "nb",
            "Britisk etterretning anslo i november at tapene var store.",
            "reported",
            "Britisk etterretning",
        ),
        (
            "nn",
            "Kyiv Independent meldar at missilet truleg var av typen Kh-101.",
            "reported",
            "Kyiv Independent",
        ),
        ("nn", "Ukrenergo ville ikkje gi nye tal torsdag ettermiddag.", "no-comment", "Ukrenergo"),
        ("nn", "Kreml avkreftar at det skal kome ei ny mobilisering.", "denied", "Kreml"),
    ],
)
def test_norwegian_phrasings(nlps, code, text, relation, source):
    rel, src, _rec, _ev = _one(nlps, code, text)
    assert (rel, src) == (relation, source)


def test_confirmed_overfor_outlet_has_recipient(nlps):
    rel, src, rec, _ev = _one(
        nlps, "nb", "En talsperson for forsvaret bekrefter overfor NRK at angrepet fant sted."
    )
    assert (rel, rec) == ("confirmed", "NRK")


def test_sources_an_outlet_spoke_to(nlps):
    # both the outlet and its anonymous sources, once each (two cues read the same words)
    found = _read(
        nlps,
        "nn",
        "Ifølgje kjelder Bloomberg har snakka med, skal EU vurdere ei ekstra støttepakke.",
    )
    assert sorted((r, s, rec) for r, s, rec, _ in found) == [
        ("reported", "Bloomberg", None),
        ("reported", "kjelder Bloomberg har snakka med", "Bloomberg"),
    ]


def test_participle_clause_takes_the_sentence_subject():
    # "..., claiming that": the subject is the main clause's, as the speaker mentions give it
    from sourcetrace.pipeline import build_pipeline

    doc = build_pipeline("en", "blank")(
        "Ukraine's general staff put losses even higher, claiming on Tuesday that 1,340 "
        "troops had been killed."
    )
    found = [(a.relation, a.source.name) for a in get_list(doc, "st_attributions")]
    assert found == [("claimed", "Ukraine's general staff")]


def test_outlets_own_check_is_verification(nlps):
    rel, src, _rec, _ev = _one(
        nlps, "nb", "Men ifølge Aftenpostens egen gjennomgang er bildene flere uker gamle."
    )
    assert (rel, src) == ("verified", "Aftenposten")
    rel, src, _rec, _ev = _one(
        nlps, "en", "According to the Guardian's own analysis, the video was filmed in May."
    )
    assert (rel, src) == ("verified", "Guardian")


def test_no_relations_inside_direct_quotes_or_headings():
    from sourcetrace.pipeline import build_pipeline

    text = (
        "Kremlin denies troop buildup near Sumy\n\n"
        '"We do not comment on the fantasies of British intelligence," Peskov said.\n\n'
        "The Kremlin declined to comment further."
    )
    doc = build_pipeline("en", "blank")(text)
    found = [(a.relation, a.evidence.text) for a in get_list(doc, "st_attributions")]
    assert found == [("no-comment", "The Kremlin declined to comment further")]


@pytest.mark.parametrize(
    "text, relation, source",
    [
        (
            "NRK har vært i kontakt med Forsvarsdepartementet, som ikke ønsker å kommentere saken.",
            "no-comment",
            "Forsvarsdepartementet",
        ),
        ("Kreml avfeide mandag rapporten som «falske nyheter».", "denied", "Kreml"),
        ("Russland har flere ganger avvist at de angriper sivile mål.", "denied", "Russland"),
        (
            "Zelenskyjs kontor bekrefter utvekslingen og skriver at 84 ukrainere er hjemme.",
            "confirmed",
            "Zelenskyjs kontor",
        ),
    ],
)
def test_bokmal_word_order_and_adverbs(nlps, text, relation, source):
    rel, src, _rec, _ev = _one(nlps, "nb", text)
    assert (rel, src) == (relation, source)


@pytest.mark.parametrize(
    "text",
    [
        "The company declined to name its suppliers, citing security concerns.",
        "The Guardian's Daniel Ostrowski reports from Kyiv.",
        "Ambassaden skrev i en kommentar på Facebook at norske medier sprer propaganda.",
    ],
)
def test_not_sources(nlps, text):
    code = "nb" if "skrev" in text else "en"
    assert [r for r in _read(nlps, code, text) if r[0] == "reported"] == []


def test_impersonal_could_not_verify_is_the_publications_own():
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    for text, lang in (
        (
            "Russiske styrker skal ha rykket fram. Det har ikke vært mulig å bekrefte opplysningene uavhengig.",
            "nb",
        ),
        (
            "Russian forces advanced, the ministry said. It was not possible to verify the claims independently.",
            "en",
        ),
    ):
        reading = analyze(SourceDoc(text=text, origin="t"), lang=lang)
        cnv = [a for a in reading.attributions if a.relation == "could-not-verify"]
        assert len(cnv) == 1 and cnv[0].source.name == "the publication", reading.attributions


# -- sources named as the guide wants, and more sourcing forms ------------------------------------


@pytest.mark.parametrize(
    "code, text, relation, source",
    [
        # a document or measure is no source; whoever issued it is
        ("nb", "Ifølge en måling i Dagsavisen har partiet 12 prosent.", "reported", "Dagsavisen"),
        (
            "nn",
            "Ifølgje tal frå bransjeforeininga auka salet med 8 prosent.",
            "reported",
            "bransjeforeininga",
        ),
        (
            "en",
            "According to a statement from the Norwegian Refugee Council, 400 families fled.",
            "reported",
            "Norwegian Refugee Council",
        ),
        ("en", "Figures from the UN show that 300 schools closed.", "reported", "UN"),
        ("nb", "Ny forskning viser at søvn bedrer hukommelsen.", "reported", "Ny forskning"),
        ("nb", "Undersøkelser utført av Fafo viser at lønningene steg.", "reported", "Fafo"),
        # a name in apposition to a description
        (
            "nb",
            "Ifølge en talskvinne for brannvesenet, Kari Nordby, brant huset i tre timer.",
            "reported",
            "Kari Nordby",
        ),
        (
            "nb",
            "Påtaleansvarlig i saken, politiadvokat Kari Nordby, vil ikke gå ut med detaljer.",
            "no-comment",
            "Kari Nordby",
        ),
        # an organisation's head word belongs to its name; a suspended compound goes on
        (
            "nb",
            "Ifølge Vestland politidistrikt ble to personer skadd.",
            "reported",
            "Vestland politidistrikt",
        ),
        (
            "nn",
            "Ifølgje helse- og omsorgsministeren er køane kortare.",
            "reported",
            "helse- og omsorgsministeren",
        ),
        # a joint source stays one; a pronoun is read (and resolved by the speakers component)
        (
            "nb",
            "Ifølge Unicef og Redd Barna er 200 barn savnet.",
            "reported",
            "Unicef og Redd Barna",
        ),
        ("nb", "Han var ifølge ham selv hjemme hele kvelden.", "reported", "ham"),
        # the subject before a perfect's auxiliary, a quantifier kept, a pronoun alone
        ("nb", "Dagbladet har ved flere anledninger skrevet om saken.", "reported", "Dagbladet"),
        ("en", "The ministry has consistently denied the report.", "denied", "The ministry"),
        ("nb", "Flere medier melder at brua er stengt.", "reported", "Flere medier"),
        ("nb", "Hun skriver om naboer hun beskylder for tyveri.", "claimed", "hun"),
        ("en", "The plan, which the ministry today rejects, was leaked.", "denied", "the ministry"),
        # nominal claims owned by their claimant
        ("nb", "Hansens påstander om juks ble tilbakevist.", "claimed", "Hansen"),
        ("nn", "Dette er forskarar sine påstandar om skulen.", "claimed", "forskarar"),
        # denials, confessions and no-comments with other verbs
        ("nb", "Ola Berg reagerer sterkt på anklagene.", "denied", "Ola Berg"),
        ("nb", "Forbundet protesterer mot at skolen legges ned.", "denied", "Forbundet"),
        ("nb", "Den tiltalte nektet straffskyld for ranet.", "denied", "Den tiltalte"),
        ("nb", "Den tiltalte erkjente seg skyldig i tyveriet.", "confirmed", "Den tiltalte"),
        ("nb", "I går var hun ikke tilgjengelig for kommentar.", "no-comment", "hun"),
        ("nb", "Politiet er tilbakeholdne med detaljer om saken.", "no-comment", "Politiet"),
        (
            "en",
            "The spokeswoman refused to give any details about the leak.",
            "no-comment",
            "The spokeswoman",
        ),
        # reported: the outlet's own knowledge, unknown outlets by their name, seen by, observed
        ("nb", "Etter det Dagbladet kjenner til er to personer pågrepet.", "reported", "Dagbladet"),
        (
            "nb",
            "Brua er stengt, melder Eidsvoll Ullensakers Blad.",
            "reported",
            "Eidsvoll Ullensakers Blad",
        ),
        ("en", "A leaked memo seen by the BBC says the plan failed.", "reported", "BBC"),
        (
            "en",
            "The Boston Herald observed that the crowd had grown.",
            "reported",
            "The Boston Herald",
        ),
        ("en", "The Guardian cited examples of delays.", "reported", "The Guardian"),
        # a passive accusation without its accuser
        ("en", "The two men are also accused of fraud.", "claimed", "unknown"),
    ],
)
def test_sources_and_forms(nlps, code, text, relation, source):
    found = [(r, s) for r, s, *_ in _read(nlps, code, text)]
    assert (relation, source) in found, found


def test_anonymous_speaker_makes_the_outlet_a_source(nlps):
    found = _read(nlps, "nb", "Det var helt stille, sier en nabo til Dagsavisen.")
    assert [(r, s) for r, s, *_ in found] == [("reported", "Dagsavisen")]
    # a named speaker (or a pronoun for one) talking to an outlet only has a recipient
    assert _read(nlps, "nb", "Det var helt stille, sier Hansen til Dagsavisen.") == []
    assert _read(nlps, "nb", "Det var helt stille, sa hun til Dagsavisen.") == []


def test_the_publications_own_observation_is_no_sourcing(nlps):
    nlp = nlps["en"]
    doc = nlp.make_doc("Wikinews observed that the queue reached the corner.")
    doc._.st_outlet = "Wikinews"
    assert get_list(nlp(doc), "st_attributions") == []


def test_tagged_pipeline_ends_phrases_at_verbs():
    # with a tagger: a fronted "ifølge X" ends at the finite verb, a sentence-initial common
    # noun before a name is a description, and a verb before a subject is no part of it
    from sourcetrace.pipeline import build_pipeline

    nlp = build_pipeline("nb")
    later = nlp.pipe_names[nlp.pipe_names.index("sourcetrace_sourcing") + 1 :]
    cases = [
        ("Ifølge Jansson virket gutten rolig.", "Jansson"),
        ("Studentavisen Campus har ved flere anledninger skrevet om saken.", "Campus"),
        ("Rapporten styrket forskerne sine påstander om skolen.", "forskerne"),
    ]
    for text, source in cases:
        with nlp.select_pipes(disable=later):
            doc = nlp(text)
        names = [a.source.name for a in get_list(doc, "st_attributions")]
        assert names == [source], (text, names)


# -- structure: what the components declare, keep and read from data ---------------------------

#: our components whose state this module checks (quotes and speakers are tested elsewhere)
_OURS = (
    "sourcetrace_layout",
    "sourcetrace_entities",
    "sourcetrace_sourcing",
    "sourcetrace_figures",
    "sourcetrace_hedges",
    "sourcetrace_dates",
)


def _full_blank(code: str):
    from sourcetrace import lang as langdata
    from sourcetrace.pipeline import add_components

    return add_components(spacy.blank(langdata.spacy_lang(code)), code)


def test_factories_declare_what_they_read_and_write():
    from spacy.language import Language

    meta = {name: Language.get_factory_meta(name) for name in _OURS}
    for name in _OURS:
        assert meta[name].assigns, name
    assert "doc._.st_attributions" in meta["sourcetrace_sourcing"].assigns
    assert "doc._.st_mentions" in meta["sourcetrace_sourcing"].assigns
    assert {"doc._.st_quotes", "doc._.st_paragraphs"} <= set(meta["sourcetrace_sourcing"].requires)
    assert {"doc._.st_attributions", "doc._.st_mentions", "doc._.st_quotes"} <= set(
        meta["sourcetrace_figures"].requires
    )
    # in the pipeline every requirement is met by a component before, but for what the caller
    # sets on the doc
    analysis = _full_blank("en").analyze_pipes(pretty=False)
    problems = {attr for attrs in analysis["problems"].values() for attr in attrs}
    assert problems <= {"doc._.st_outlet", "doc._.st_published"}, problems


@pytest.mark.parametrize("code", ["nb", "en"])
def test_components_keep_no_state_between_documents(code):
    # per-document state is passed as arguments, never kept on the component: one pipeline may
    # read documents concurrently
    import datetime as dt

    nlp = _full_blank(code)

    def state():
        out = {}
        for name in _OURS:
            for key, value in vars(nlp.get_pipe(name)).items():
                size = len(value) if isinstance(value, dict | list | set) else None
                out[(name, key)] = (id(value), size)
        return out

    before = state()
    texts = {
        "nb": "Ifølge VG ble 12 soldater drept 3. mars 2022. Det bekrefter Forsvaret overfor NRK.",
        "en": "According to Reuters, 12 soldiers were killed on March 3, 2022, officials said.",
    }
    doc = nlp.make_doc(texts[code])
    doc._.st_published = dt.date(2022, 3, 5)
    nlp(doc)
    nlp(texts[code] + " Two more died on Tuesday.")
    assert state() == before


def test_name_words_come_from_the_language_data():
    from sourcetrace import lang as langdata
    from sourcetrace.pipeline.cues import lexicon
    from sourcetrace.pipeline.sourcing_phrases import Lexicon, Phrases

    data = langdata.concern("en", "sourcing")
    shared = lexicon("en")
    assert {"'s", "’s"} <= Lexicon(data, shared).genitive_markers
    nlp = spacy.blank("en")
    doc = nlp("officials of Luiz Inácio Lula da Silva")
    with_da = Phrases(
        Lexicon({**data, "name_connectors": [*data["name_connectors"], "da"]}, shared)
    )
    without = Phrases(Lexicon(data, shared))
    assert doc[slice(*with_da.trailing_name(doc, 0, len(doc)))].text == "Luiz Inácio Lula da Silva"
    assert doc[slice(*without.trailing_name(doc, 0, len(doc)))].text == "Silva"


@pytest.mark.parametrize("code", ["nb", "nn", "en"])
def test_words_shared_with_quotes_have_one_source(code: str):
    """Relative pronouns and recipient prepositions mean the same to sourcing as to quotes and
    speakers: sourcing reads them from the shared vocabulary, and sourcing.toml holds no copy
    that could drift from it."""
    from sourcetrace import lang as langdata
    from sourcetrace.pipeline.cues import lexicon

    data = langdata.concern(code, "sourcing")
    assert "relative_pronouns" not in data and "recipient_preps" not in data
    lex = _nlp(code).get_pipe("sourcetrace_sourcing").lex
    assert lex.relatives == lexicon(code).relatives and lex.relatives
    assert lex.recipient_preps == lexicon(code).recipient_preps and lex.recipient_preps


def test_outrage_at_a_thing_is_no_denial() -> None:
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    def relations(text: str) -> list[str]:
        return [a.relation for a in analyze(SourceDoc(text=text, origin="x.txt"), lang="nb").attributions]

    assert "denied" not in relations("Presidenten reagerer sterkt på videoen som sirkulerer.")
    assert "denied" in relations("Ministeren reagerer sterkt på påstandene fra opposisjonen.")


def test_a_document_owned_in_the_genitive_is_its_owners_statement() -> None:
    """'FNs rapport viser', 'Ifølge Forsvarsdepartementets tall': the guide's source is the
    body that issued the document, named without its genitive ending (written test text)."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    text = (
        "FNs rapport viser at 40 sivile er drept.\n\n"
        "Ifølge Forsvarsdepartementets tall er 300 soldater såret.\n\n"
        "Politiets undersøkelse viser at ingen ble skadet.\n\n"
        "Ifølge Hamas er 12 drept.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="nb", model="blank")
    assert [a.source.name for a in reading.attributions] == [
        "FN", "Forsvarsdepartementet", "Politiet", "Hamas",
    ]
    assert [q.speaker.name for q in reading.quotes if q.speaker][:1] == ["Forsvarsdepartementet"]
    assert {f.value: f.claimant.name for f in reading.figures if f.claimant}[40.0] == "FN"

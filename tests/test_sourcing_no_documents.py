"""Norwegian documents that speak (issue #10, fourth round): "heter det i politirapporten",
"står det i dommen", "I rådets uttalelse". A written document speaks for whoever issued it
(../shared/annotation-guide.md; evaluation/real/README.md, second and third batches): the
source is the issuer where the text names it -- its owner in the genitive, the body after
"fra", the body a compound names, a body of the issuing kind named in the sentence or the few
before -- else the document itself. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from conftest import blank_pipes, read_attributions
from sourcetrace.pipeline.annotations import get_list


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # the issuer after its noun
        ("nb", "Ansatte må møte presist, står det blant annet i notatet fra Statens vegvesen.", ("reported", "Statens vegvesen")),
        ("nn", "«Han bør frifinnast», heiter det i dommen frå Hardanger tingrett.", ("reported", "Hardanger tingrett")),
        # the owner in the genitive, by the name the text gave it before
        ("nb", "Pressenemnda behandlet klagen i går. I nemndas uttalelse fikk avisen kritikk.", ("reported", "Pressenemnda")),
        # the body a compound names, as the text wrote it before ("politiets" -> "politiet")
        ("nb", "Kvinnen ba om politiets hjelp. «Mannen var borte», heter det i politirapporten.", ("reported", "politiet")),
        # a body of the issuing kind named in the sentences before: a court for a judgment, an
        # outlet for a feature, any body for minutes
        ("nb", "Saken havnet i Romerike tingrett. Vaktmesteren i Lillestrøm vitnet. Nøklene var borte, fremkommer det av dommen.", ("reported", "Romerike tingrett")),
        ("nb", "Ukebladet Ny Tid besøkte leiren i mai. Alle hadde bodd der lenge. Et liv i venting, heter det i reportasjen.", ("reported", "Ny Tid")),
        ("nb", "Han møtte direktøren i Vegdirektoratet. Advokaten deltok også. I møtereferatet står det at byggingen stanses.", ("reported", "Vegdirektoratet")),
        ("nn", "Styret i Sogn Energiselskap møttest i går. Det går fram av referatet at tapet var stort.", ("reported", "Sogn Energiselskap")),
        # no issuer named: the document itself, never a body of another kind ("Vestfold" is no court)
        ("nb", "Politiet i Vestfold var kritisk. Nøklene var borte, fremkommer det av dommen.", ("reported", "dommen")),
        ("nb", "Det fremgår av rapporten at tapet var stort.", ("reported", "rapporten")),
        # the judge is no judgment: the document is the ruling after "dommerens"
        ("nb", "Han er frisk, heter det i dommerens kjennelse.", ("reported", "kjennelse")),
    ],
)
def test_a_document_speaks_for_its_named_issuer(sourcing_nlps, code, text, expected):
    assert expected in read_attributions(sourcing_nlps, code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # "står det" about a place or a thing, not a document
        ("nb", "I hagen står det et gammelt epletre."),
        ("nb", "Det står det ingenting om i loven."),
        # a genitive of time is no owner ("dagens rapport" is today's)
        ("nb", "I dagens uttalelse fikk avisen kritikk."),
        # (the nn case "Luftforsvaret melde om angrep. ..., heiter det i ei fråsegn." moved to
        # test_nb_sourcing_12.py: the party's "melde om" is now its report, the fråsegn still none;
        # "heter det i en pressemelding fra kommunen" names its issuer, as "I rådets uttalelse"
        # does on the dev gold: test_nb_sourcing_20.py)
    ],
)
def test_no_document_speaks_where_none_is_named(sourcing_nlps, code, text):
    assert read_attributions(sourcing_nlps, code, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "omtalt som" names what someone is called, no report
        ("Allerede i 1970 ble hun av Dagbladet omtalt som «Nordens dronning».", []),
        ("Han er blitt et symbol for det Morgenbladet omtaler som en gammel kultur.", []),
        # an outlet that covers a matter still reports it
        ("Dagbladet omtalte saken først.", [("reported", "Dagbladet")]),
    ],
)
def test_called_something_is_no_report(sourcing_nlps, text, expected):
    assert read_attributions(sourcing_nlps, "nb", text) == expected


_quoting = blank_pipes(
    "sourcetrace_layout", "sourcetrace_quotes", "sourcetrace_speakers", "sourcetrace_sourcing"
)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # "ifølge X" is a statement of X even inside a direct quote
        ("nb", "- Ifølge meningsmålingene vil partiet få flertall, sier lederen Kari Holm.", [("reported", "meningsmålingene")]),
        ("nn", "«Ifølgje Statistisk sentralbyrå aukar folketalet», seier ordføraren Per Li.", [("reported", "Statistisk sentralbyrå")]),
        # other cues inside a quote stay the speaker's own words
        ("nb", "«Vi kan ikke bekrefte noe», sier lederen Kari Holm.", []),
    ],
)
def test_according_to_inside_a_quote(code, text, expected):
    doc = _quoting(code)(text)
    assert get_list(doc, "st_quotes"), "the sentence is read as a quote"
    assert [(a.relation, a.source.name) for a in get_list(doc, "st_attributions")] == expected

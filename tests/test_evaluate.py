"""The scorer: lenient on marks and case, strict on words, many-to-one both ways."""

from __future__ import annotations

from sourcetrace.evaluate import Content, Scores, norm_name, score
from sourcetrace.model import Document, Figure, Quote, Reading, Span, SpeakerRef

TEXT = (
    "«Vi ble beskutt i 14 dager,» sier Olga Petrova. «Ingen kom for å hjelpe oss.»\n\n"
    "Det forteller hun til NRK. Minst 40 soldater skal ha falt."
)


def reading(quotes: list[tuple[str, str, str]], figures: list[float] = ()) -> Reading:
    out = []
    for n, (kind, text, speaker) in enumerate(quotes):
        start = TEXT.index(text)
        out.append(Quote(id=f"q{n}", kind=kind, text=text, span=Span(start=start, end=start + len(text)),
                         speaker=SpeakerRef(name=speaker, kind="named")))
    figs = [Figure(id=f"f{n}", value=v, text=str(v), span=Span(start=0, end=1)) for n, v in enumerate(figures)]
    doc = Document(id="x", language="nb", text=TEXT)
    return Reading(pipeline_version="test", document=doc, quotes=out, figures=figs)


GOLD = {
    "quotes": [
        {"kind": "direct", "text": "Vi ble beskutt i 14 dager,", "speaker": "Olga Petrova"},
        {"kind": "direct", "text": "Ingen kom for å hjelpe oss.", "speaker": "Olga Petrova"},
    ],
    "figures": [{"value": 14, "source": None}, {"value": 40, "source": None}],
}


def test_split_quote_matches_two_gold_segments_and_one_prediction():
    whole = TEXT[TEXT.index("Vi ble") : TEXT.index("oss.»") + 4]
    # one prediction spanning both segments is NOT strict on content (it includes the cue)
    r = score(reading([("direct", whole, "Olga Petrova")]), GOLD)
    assert Scores(r.counts).dq_precision == 0.0
    # two predictions, marks and case differing from gold, are both right
    r = score(reading([("direct", "Vi ble beskutt i 14 dager", "olga petrova"),
                       ("direct", "Ingen kom for å hjelpe oss", "Olga Petrova")]), GOLD)
    s = Scores(r.counts)
    assert (s.dq_precision, s.dq_recall, s.speaker_accuracy) == (1.0, 1.0, 1.0)


def test_partial_quote_is_not_found_and_wrong_speaker_counts():
    r = score(reading([("direct", "Vi ble beskutt", "Petrova")]), GOLD)
    s = Scores(r.counts)
    assert s.dq_precision == 1.0 and s.dq_recall == 0.0
    assert any("missed direct quote" in m for m in r.misses)


def test_figures_one_to_one():
    r = score(reading([], figures=[14, 14, 7]), GOLD)
    assert r.counts.fig_match == 1 and r.counts.fig_pred == 3 and r.counts.fig_gold == 2


def test_content_locate_ignores_marks_and_case():
    c = Content(TEXT)
    start, end = c.locate("VI BLE beskutt i 14 dager")
    assert TEXT[start:end] == "Vi ble beskutt i 14 dager"
    assert c.locate("not there at all") is None
    assert norm_name("The Guardian") == norm_name("Guardian") == "guardian"
    assert norm_name("en annen russisk soldat") == "annen russisk soldat"


def test_speaker_by_the_name_the_document_writes():
    """The guide asks for the fullest name in the document: the part of an outside full name
    the text writes is right, so is either spelling of a name the text spells two ways."""
    from sourcetrace.evaluate import same_speaker

    content = Content("- Det er hardt, fortel Hallvard. Anne-Grethe Moe og Anne-Grete Moe.")
    assert same_speaker("Hallvard", "Hallvard Mosdøl", content)
    assert not same_speaker("Mosdøl", "Hallvard Mosdøl", content)  # not in the text
    assert same_speaker("Anne-Grethe Moe", "Anne-Grete Moe", content)
    assert not same_speaker("Hallvard", "Anne-Grete Moe", content)
    # the guide's "unknown": the text names no one, and neither does the reading
    assert same_speaker(None, "unknown", content)
    assert not same_speaker("Hallvard", "unknown", content)


def test_attribution_precision_counts_only_predicted_attributions():
    """An indirect quote of X over the evidence finds X's `reported` statement (the guide
    accepts it) for recall; precision is over predicted attributions only, so one spurious
    attribution beside such a find is precision 0, never above 1."""
    from sourcetrace.model import Attribution, TextSpan

    said = "Det forteller hun til NRK"
    quote_read = reading([("indirect", said, "Olga Petrova")])
    wrong = TEXT.index("Minst 40")
    spurious = Attribution(
        id="a0", source=SpeakerRef(name="NRK", kind="organisation"), relation="reported",
        evidence=TextSpan(text="Minst 40", span=Span(start=wrong, end=wrong + 8)),
    )
    read = quote_read.model_copy(update={"attributions": [spurious]})
    gold = {"attributions": [{"relation": "reported", "source": "Olga Petrova", "evidence": said}]}
    scores = Scores(score(read, gold).counts)
    assert scores.attribution_recall == 1.0
    assert scores.attribution_precision == 0.0
    assert 0.0 <= (scores.attribution_f1 or 0.0) <= 1.0

"""Long and hostile texts (issue #15, D5-D7): read in chunks whose spans map back exactly,
and whitespace-free runs tokenized in bounded pieces."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline import build_pipeline
from sourcetrace.pipeline.chunking import CHUNK_CHARS, MAX_RUN, chunk_bounds, make_doc

PARAGRAPH = (
    "– Vi har mistet mange menn, sier Ola Nordmann til NRK.\u00a0Han la til at 30 soldater "
    "ble drept i\u200b Bakhmut.\r\n\r\n"
)


def _assert_spans_inside(reading) -> None:
    text = reading.document.text
    for quote in reading.quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert text[quote.span.start : quote.span.end] == quote.text
    for figure in reading.figures:
        assert text[figure.span.start : figure.span.end] == figure.text
    for speaker in reading.speakers:
        for span in speaker.mentions:
            assert 0 <= span.start < span.end <= len(text)
    for paragraph in reading.document.paragraphs:
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text


def test_chunk_bounds_cover_the_text_and_cut_at_paragraphs():
    text = ("Første avsnitt her. " * 300 + "\n\n") * 40
    bounds = chunk_bounds(text, 20_000)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= 20_000 for a, b in bounds)
    assert all(text[:b].endswith("\n\n") for _, b in bounds[:-1])


def test_chunk_bounds_without_any_break_cut_hard():
    text = "x" * 25_000
    assert chunk_bounds(text, 10_000) == [(0, 10_000), (10_000, 20_000), (20_000, 25_000)]


def test_long_document_is_read_in_chunks_with_spans_into_the_original():
    text = PARAGRAPH * (3 * CHUNK_CHARS // len(PARAGRAPH))
    reading = analyze(SourceDoc(text=text, origin="long"), lang="nb", model="blank")
    per_paragraph = text.count("Ola Nordmann")
    direct = [q for q in reading.quotes if q.kind == "direct"]
    assert len(direct) == per_paragraph  # every chunk was read
    assert len(reading.document.paragraphs) == per_paragraph
    assert [s.name for s in reading.speakers if s.name == "Ola Nordmann"] == ["Ola Nordmann"]
    assert {q.speaker.id for q in direct if q.speaker} == {reading.speakers[0].id}
    assert len({q.id for q in reading.quotes}) == len(reading.quotes)
    _assert_spans_inside(reading)
    assert reading.quotes[-1].span.end > 2 * CHUNK_CHARS


def test_long_punctuation_runs_become_few_tokens_and_keep_the_text():
    nlp = build_pipeline("nb", "blank")
    for run in ("!" * 20_000, "«" * 20_000, "\U0001f600" * 5_000):
        text = f"Hei. {run} slutt."
        doc = make_doc(nlp, text)
        assert doc.text == text
        assert len(doc) <= len(run) // MAX_RUN + 6
    ordinary = "Han sa: «Vi kommer.» https://example.org/a/b?c=d"
    assert [t.text for t in make_doc(nlp, ordinary)] == [t.text for t in nlp.make_doc(ordinary)]


def test_hostile_runs_read_with_valid_spans():
    for text in ("Hei. " + "!" * 20_000, "«" * 20_000 + " sier Ola.", "\U0001f600" * 30_000):
        reading = analyze(SourceDoc(text=text, origin="runs"), lang="nb", model="blank")
        _assert_spans_inside(reading)


def test_phrases_that_run_to_the_end_of_the_text_read_without_error():
    # texts cut off right after a source or a cue (found by benchmarks/fuzz.py): the readers'
    # look-ahead past the phrase must stop at the text's end, not index beyond it
    for text, lang in (("ifølge Reuters told", "nb"), ("- Vi kommer tilbake, sa hun i går:", "nb")):
        reading = analyze(SourceDoc(text=text, origin="cut.txt"), lang=lang)
        _assert_spans_inside(reading)

"""Whether a reading's spans are sound: each inside the original text, and each that carries its
text equal to the text it points at. Used by the robustness tests and ``benchmarks/fuzz.py``."""

from __future__ import annotations

from .model import Reading, Span


def span_problems(reading: Reading) -> list[str]:
    """Every unsound span of ``reading``, described; empty when all are sound."""
    text = reading.document.text
    problems: list[str] = []

    def inside(where: str, span: Span | None) -> bool:
        if span is None:
            return True
        if not 0 <= span.start <= span.end <= len(text):
            problems.append(f"{where}: span {span.start}-{span.end} outside 0-{len(text)}")
            return False
        return True

    def matches(where: str, span: Span, said: str) -> None:
        if inside(where, span) and text[span.start : span.end] != said:
            problems.append(f"{where}: text {said[:40]!r} is not the span's {text[span.start : span.end][:40]!r}")

    for quote in reading.quotes:
        matches(quote.id, quote.span, quote.text)
        if quote.cue is not None:
            matches(f"{quote.id} cue", quote.cue.span, quote.cue.text)
        inside(f"{quote.id} speaker", quote.speaker_span)
        inside(f"{quote.id} medium", quote.medium_span)
    for figure in reading.figures:
        matches(figure.id, figure.span, figure.text)
    for date in reading.dates:
        matches(f"date {date.text[:20]!r}", date.span, date.text)
    for n, paragraph in enumerate(reading.document.paragraphs):
        matches(f"paragraph {n}", paragraph.span, paragraph.text)
    for attribution in reading.attributions:
        matches(f"{attribution.id} evidence", attribution.evidence.span, attribution.evidence.text)
        if attribution.object is not None:
            matches(f"{attribution.id} object", attribution.object.span, attribution.object.text)
    for hedge in reading.hedges:
        inside(hedge.id, hedge.span)
        if hedge.scope is not None:
            matches(f"{hedge.id} scope", hedge.scope.span, hedge.scope.text)
    for speaker in reading.speakers:
        for span in speaker.mentions:
            inside(speaker.id, span)
    for entity in reading.entities:  # its text is the normalised one, so only the range is checked
        for span in entity.spans:
            inside(f"entity {entity.text[:20]!r}", span)
    return problems

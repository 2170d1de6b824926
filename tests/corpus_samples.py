"""Hand-built readings for the store and API tests, so they test storage and querying without
depending on what the analysis pipeline finds today. Spans are located in the real text."""

from __future__ import annotations

import datetime as dt
import hashlib

from sourcetrace.model import (
    Attribution,
    Document,
    Figure,
    Hedge,
    ProvenanceEdge,
    Quote,
    Reading,
    Span,
    Speaker,
    SpeakerRef,
    TextSpan,
)


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start=start, end=start + len(piece))


def make_reading(
    text: str,
    language: str,
    title: str | None = None,
    source: str | None = None,
    published: dt.date | None = None,
    quotes: list[tuple[str, str, str, str | None]] = (),  # (quote, speaker, kind, medium)
    attributions: list[
        tuple[str, str, str, str | None]
    ] = (),  # (source, relation, evidence, object)
    figures: list[
        tuple[str, float, str | None, str | None]
    ] = (),  # (text, value, counts, claimant)
    hedges: list[tuple[str, str]] = (),  # (cue, meaning)
    pipeline_version: str = "test-1",
) -> Reading:
    names = {q[1] for q in quotes} | {a[0] for a in attributions}
    speakers = [
        Speaker(
            id=f"s{n}",
            name=name,
            kind="organisation" if name.startswith("The ") else "named",
            mentions=[_span(text, name)] if name in text else [],
        )
        for n, name in enumerate(sorted(names), 1)
    ]
    ids = {s.name: s.id for s in speakers}
    kinds = {s.name: s.kind for s in speakers}

    def ref(name: str | None) -> SpeakerRef | None:
        return (
            SpeakerRef(id=ids.get(name), name=name, kind=kinds.get(name, "named")) if name else None
        )

    reading = Reading(
        pipeline_version=pipeline_version,
        document=Document(
            id=hashlib.sha256(text.encode()).hexdigest(),
            language=language,
            published=published,
            source=source,
            title=title,
            origin="test",
            text=text,
        ),
        speakers=speakers,
        quotes=[
            Quote(
                id=f"q{n}", kind=kind, text=q, span=_span(text, q), speaker=ref(who), medium=medium
            )
            for n, (q, who, kind, medium) in enumerate(quotes, 1)
        ],
        attributions=[
            Attribution(
                id=f"a{n}",
                source=ref(who),
                relation=rel,
                evidence=TextSpan(text=ev, span=_span(text, ev)),
                object=TextSpan(text=obj, span=_span(text, obj)) if obj else None,
            )
            for n, (who, rel, ev, obj) in enumerate(attributions, 1)
        ],
        figures=[
            Figure(id=f"f{n}", value=v, text=t, span=_span(text, t), counts=c, claimant=ref(who))
            for n, (t, v, c, who) in enumerate(figures, 1)
        ],
        hedges=[
            Hedge(id=f"h{n}", cue=c, meaning=m, span=_span(text, c))
            for n, (c, m) in enumerate(hedges, 1)
        ],
    )
    edges = []
    for a in reading.attributions:
        if a.relation in ("reported", "claimed"):
            edges.append(
                ProvenanceEdge(source="this document", target=a.source.name, relation="cites")
            )
        else:
            edges.append(
                ProvenanceEdge(
                    source=a.source.name,
                    target=a.object.text if a.object else "claim",
                    relation=a.relation,
                )
            )
    for q in reading.quotes:
        if q.medium:
            edges.append(ProvenanceEdge(source="this document", target=q.medium, relation="cites"))
            edges.append(ProvenanceEdge(source=q.medium, target=q.speaker.name, relation="speaker"))
        else:
            edges.append(
                ProvenanceEdge(source="this document", target=q.speaker.name, relation="quotes")
            )
    reading.provenance = edges
    return reading


STORM = (
    "– Vi led enorme tap, sier soldaten Alexander Gorin i en video på Telegram.\n\n"
    "Videoen er verifisert av The Guardian. 34 mennesker ble skadet, skriver The Guardian.\n\n"
    "Soldatene skal ha deltatt i kampene i øst."
)
SWAP = (
    "Ukraine and Russia exchanged 90 prisoners on Saturday.\n\n"
    '"Our people are home," said Olena Hrytsenko, a Ukrainian official.\n\n'
    "The Example Times could not verify the figures. Russia reportedly confirmed the swap."
)
DRONE = (
    "Fire mennesker vart drepne i eit droneåtak, seier guvernøren Mykola Tkatsjenko.\n\n"
    "– Vi treng meir luftvern, seier Mykola Tkatsjenko."
)


def corpus() -> list[Reading]:
    """Three readings in three languages with quotes, attributions, figures and hedges."""
    return [
        make_reading(
            STORM,
            "nb",
            title="Blokkadeenheter",
            source="Dagbladet",
            published=dt.date(2023, 3, 27),
            quotes=[("Vi led enorme tap", "Alexander Gorin", "direct", "video på Telegram")],
            attributions=[
                ("The Guardian", "verified", "verifisert av The Guardian", "Videoen"),
                ("The Guardian", "reported", "skriver The Guardian", None),
            ],
            figures=[("34 mennesker", 34, "wounded", "The Guardian")],
            hedges=[("skal ha", "reportedly")],
        ),
        make_reading(
            SWAP,
            "en",
            title="Prisoner swap",
            source="Example Times",
            published=dt.date(2024, 5, 25),
            quotes=[("Our people are home,", "Olena Hrytsenko", "direct", None)],
            attributions=[
                (
                    "The Example Times",
                    "could-not-verify",
                    "could not verify the figures",
                    "the figures",
                )
            ],
            figures=[("90 prisoners", 90, "prisoners", None)],
            hedges=[("reportedly", "reportedly")],
        ),
        make_reading(
            DRONE,
            "nn",
            title="Droneåtak",
            source="Eksempelavisa",
            published=dt.date(2024, 4, 8),
            quotes=[
                (
                    "Fire mennesker vart drepne i eit droneåtak",
                    "Mykola Tkatsjenko",
                    "indirect",
                    None,
                ),
                ("Vi treng meir luftvern", "Mykola Tkatsjenko", "direct", None),
            ],
            figures=[("Fire mennesker", 4, "killed", "Mykola Tkatsjenko")],
        ),
    ]

"""What the input format itself says about sourcing, turned into analysis records.

A Telegram post forwarded from another channel is a sourcing relation no sentence states: the
whole post comes from that channel. ``analysis.to_reading`` adds it as a ``forwarded``
attribution, whose evidence is the whole text, so the provenance chain shows
"this document -forwards-> channel X".
"""

from __future__ import annotations

from ..model import Attribution, Span, SpeakerRef, TextSpan
from . import SourceDoc
from .telegram import SPEECH_MEDIA


def source_attributions(source: SourceDoc, text: str, first_id: int) -> list[Attribution]:
    """Attributions carried by the document's metadata (``meta["forwarded_from"]``)."""
    forwarded = source.meta.get("forwarded_from")
    if not isinstance(forwarded, str) or not forwarded.strip():
        return []
    sender_id = str(source.meta.get("forwarded_from_id") or "")
    kind = "named" if sender_id.startswith("user") else "organisation"
    return [
        Attribution(
            id=f"a{first_id}",
            source=SpeakerRef(name=forwarded.strip(), kind=kind),
            relation="forwarded",
            evidence=TextSpan(text=text, span=Span(start=0, end=len(text))),
            medium=source.meta.get("medium")
            if isinstance(source.meta.get("medium"), str)
            else None,
        )
    ]


def default_medium(source: SourceDoc, recipient: str | None = None) -> str | None:
    """The medium of a quote that names none: the post's own when that carries speech (a video
    or voice post's words are most likely said in it). Not for text or photo posts, whose
    document is the post itself, nor for quotes told to someone ("told the Kyiv Independent")."""
    medium = source.meta.get("medium")
    if recipient or not isinstance(medium, str) or medium not in SPEECH_MEDIA:
        return None
    return medium

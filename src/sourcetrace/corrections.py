"""Corrections a person makes to the machine reading of speakers: rename a speaker, merge two
speakers into one, set the right speaker of a quote.

They are kept apart from the readings (the store's ``corrections`` table) and applied on top of
the machine reading whenever a document is stored, so they survive re-analysis with a newer
pipeline. Applying a correction twice gives the same reading as applying it once."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .model import Reading, Speaker, SpeakerRef
from .store.keys import fold, normalised_words

CorrectionKind = Literal["rename", "merge", "set-speaker"]


class Correction(BaseModel):
    """One correction. ``rename`` and ``merge`` replace every speaker called one of ``names``
    by the speaker ``to`` (in one document, or in every document when ``document_id`` is not
    given); ``set-speaker`` makes ``to`` the speaker of quote ``quote_id`` in ``document_id``."""

    model_config = ConfigDict(extra="forbid")

    kind: CorrectionKind
    to: str = Field(min_length=1, max_length=300, description="the right speaker name")
    names: list[str] = Field(default_factory=list, description="rename/merge: names to replace")
    document_id: str | None = Field(default=None, description="None: every document")
    quote_id: str | None = None
    id: int | None = Field(default=None, description="set by the store")
    created: dt.datetime | None = None

    @model_validator(mode="after")
    def _complete(self) -> Correction:
        if not self.to.strip():
            raise ValueError("'to' is empty")
        if self.kind == "set-speaker":
            if not (self.document_id and self.quote_id):
                raise ValueError("set-speaker needs document_id and quote_id")
        elif not [name for name in self.names if name.strip()]:
            raise ValueError(f"{self.kind} needs the names to replace")
        if self.kind == "rename" and len(self.names) != 1:
            raise ValueError("rename takes one name; merge takes several")
        return self


def _key(name: str) -> str:
    return normalised_words(fold(name))


def _retarget(reading: Reading, old_ids: set[str], old_keys: set[str], target: Speaker) -> None:
    """Every reference to a replaced speaker now names ``target``."""

    def fix(ref: SpeakerRef | None) -> SpeakerRef | None:
        if ref is None:
            return None
        if (ref.id is not None and ref.id in old_ids) or _key(ref.name) in old_keys:
            return SpeakerRef(id=target.id, name=target.name, kind=target.kind)
        return ref

    for quote in reading.quotes:
        quote.speaker = fix(quote.speaker)
    for attribution in reading.attributions:
        attribution.source = fix(attribution.source) or attribution.source
    for figure in reading.figures:
        figure.claimant = fix(figure.claimant)
    for edge in reading.provenance:
        if _key(edge.source) in old_keys:
            edge.source = target.name
        if _key(edge.target) in old_keys:
            edge.target = target.name


def _replace_names(reading: Reading, correction: Correction) -> bool:
    keys = {_key(name) for name in correction.names if _key(name)}
    to_key = _key(correction.to)
    matched = [s for s in reading.speakers if _key(s.name) in keys]
    if not matched:
        return False
    target = next((s for s in reading.speakers if _key(s.name) == to_key), None) or matched[0]
    target.name = correction.to.strip()
    for other in matched:
        if other is not target:
            target.mentions = sorted(
                [*target.mentions, *other.mentions], key=lambda span: span.start
            )
    gone = {s.id for s in matched if s is not target}
    reading.speakers = [s for s in reading.speakers if s.id not in gone]
    _retarget(reading, gone | {target.id}, keys | {to_key}, target)
    return True


def _set_speaker(reading: Reading, correction: Correction) -> bool:
    quote = next((q for q in reading.quotes if q.id == correction.quote_id), None)
    if quote is None:
        return False
    to_key = _key(correction.to)
    speaker = next((s for s in reading.speakers if _key(s.name) == to_key), None)
    if speaker is None:
        taken = {s.id for s in reading.speakers}
        number = len(reading.speakers) + 1
        while f"s{number}" in taken:
            number += 1
        speaker = Speaker(id=f"s{number}", name=correction.to.strip(), kind="named")
        reading.speakers.append(speaker)
    old = quote.speaker
    quote.speaker = SpeakerRef(id=speaker.id, name=speaker.name, kind=speaker.kind)
    for edge in reading.provenance:
        if old is not None and edge.target == old.name and edge.evidence == quote.span:
            edge.target = speaker.name
    return True


def apply_corrections(reading: Reading, corrections: list[Correction]) -> Reading:
    """The reading with ``corrections`` applied in order (a copy; those for other documents
    are skipped). ``document.meta["corrections"]`` lists the ids that changed something."""
    corrected = reading.model_copy(deep=True)
    applied: list[int | None] = []
    for correction in corrections:
        if correction.document_id not in (None, corrected.document.id):
            continue
        changed = (
            _set_speaker(corrected, correction)
            if correction.kind == "set-speaker"
            else _replace_names(corrected, correction)
        )
        if changed:
            applied.append(correction.id)
    if applied:
        corrected.document.meta["corrections"] = applied
    else:
        corrected.document.meta.pop("corrections", None)
    return corrected

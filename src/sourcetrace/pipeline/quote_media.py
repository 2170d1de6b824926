"""Medium, recipient and addressee of quotes, read in the cue clause ("i et videoklipp på
Telegram", "til NRK", "told Reuters") with the language's medium vocabulary.

A definite medium word ("i videoen", "the video") refers back to the medium of that kind named
before ("video on Telegram"); a quote with no medium and no recipient right after a quote from
a recording (video, audio) is taken to come from the same recording, as news retelling a video
quotes it speaker after speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .annotations import QuoteAnn
from .cues import Lexicon, make_mention, np_after


def _platform(doc: Doc, lx: Lexicon, j: int, end: int) -> tuple[str, int] | None:
    if j >= end:
        return None
    if j + 1 < end and f"{doc[j].lower_} {doc[j + 1].lower_}" in lx.platforms:
        return doc[j : j + 2].text, j + 2
    if doc[j].lower_ in lx.platforms and doc[j].text[:1].isupper():
        return doc[j].text, j + 1
    return None


def _noun(doc: Doc, lx: Lexicon, t: int, end: int) -> tuple[str, int] | None:
    if t + 1 < end:
        label = lx.medium_nouns.get(f"{doc[t].lower_} {doc[t + 1].lower_}")
        if label:
            return label, t + 2
    label = lx.medium_nouns.get(doc[t].lower_)
    return (label, t + 1) if label else None


def find_medium(
    doc: Doc, lx: Lexicon, start: int, end: int, seen: list[tuple[str, str]]
) -> tuple[str, Span] | None:
    """Medium named in tokens ``start:end``; ``seen`` holds ``(label, medium)`` found before."""
    for t in range(start, end):
        noun = _noun(doc, lx, t, end)
        if noun is not None:
            label, after = noun
            for j in range(after, min(end, after + 3)):
                if doc[j].lower_ in lx.platform_preps:
                    plat = _platform(doc, lx, j + 1, end)
                    if plat is not None:
                        return lx.medium_format.format(medium=label, platform=plat[0]), doc[t : plat[1]]
                    break
            if t == start or doc[t - 1].lower_ not in lx.medium_indefinite:
                for prev_label, medium in reversed(seen):
                    if prev_label == label:
                        return medium, doc[t:after]
            return label, doc[t:after]
        if doc[t].lower_ in lx.platform_preps:
            plat = _platform(doc, lx, t + 1, end)
            if plat is not None:
                return plat[0], doc[t + 1 : plat[1]]
    return None


def find_recipient(doc: Doc, lx: Lexicon, start: int, end: int, cue: Span | None) -> str | None:
    """Who the statement was made to: "til NRK", "overfor avisen", "told Reuters"."""
    if cue is not None and cue[0].lower_ in lx.recipient_verbs:
        s, e = np_after(doc, lx, cue.end, end)
        if e > s:
            return _who(doc, lx, s, e)
    skip = range(cue.start, cue.end) if cue is not None else range(0)
    for t in range(start, end - 1):
        if t in skip or doc[t].lower_ not in lx.recipient_preps:
            continue
        s, e = np_after(doc, lx, t + 1, end)
        if e > s and lx.is_cue(doc, s, e) == 0:
            return _who(doc, lx, s, e)
    return None


def _who(doc: Doc, lx: Lexicon, s: int, e: int) -> str:
    """A recipient by its name when it has one ("nyhetsbyrået AFP" -> "AFP")."""
    m = make_mention(doc, lx, s, e)
    if m is not None and m.kind in ("named", "organisation") and m.name:
        return m.name
    return doc[s:e].text


def read_media(
    doc: Doc, lx: Lexicon, anns: list[QuoteAnn], clauses: dict[int, tuple[int, int]], paragraphs: list[Span]
) -> None:
    """Set ``medium``, ``medium_span``, ``recipient`` and ``addressee`` on ``anns``."""
    seen: list[tuple[str, str]] = []
    found: dict[tuple[int, int], tuple[tuple[str, Span] | None, str | None]] = {}
    for key in sorted({c for c in clauses.values()}):
        med = find_medium(doc, lx, key[0], key[1], seen)
        if med is not None:
            label = _base(lx, med[0])
            seen.append((label, med[0]))
        found[key] = (med, None)
    last: str | None = None
    for ann in anns:
        clause = clauses.get(id(ann))
        if clause is not None:
            med, _ = found[clause]
            if med is not None:
                ann.medium, ann.medium_span = med
            ann.recipient = find_recipient(doc, lx, clause[0], clause[1], ann.cue)
        if ann.kind != "direct":
            continue
        if ann.medium is None and ann.recipient is None and last is not None and _base(lx, last) in lx.medium_carry:
            ann.medium = last
        last = ann.medium
    _addressees(doc, lx, anns, paragraphs)


def _base(lx: Lexicon, medium: str) -> str:
    """The medium word's label of a composed medium ("video on Telegram" -> "video")."""
    head = lx.medium_format.split("{platform}")[0].replace("{medium}", "")
    if head and head in medium:
        return medium.split(head)[0]
    return medium


def _addressees(doc: Doc, lx: Lexicon, anns: list[QuoteAnn], paragraphs: list[Span]) -> None:
    """"Videoen er adressert til X": X is the addressee of the quotes from that medium."""
    if not lx.addressee_cues or not any(a.medium for a in anns):
        return
    first_words = {seq[0] for seq in lx.addressee_cues}
    for para in paragraphs:
        if para._.st_role != "body":
            continue
        for t in range(para.start, para.end):
            if doc[t].lower_ not in first_words:
                continue
            for seq in lx.addressee_cues:
                n = len(seq)
                if not all(t + i < para.end and doc[t + i].lower_ == w for i, w in enumerate(seq)):
                    continue
                sent = doc[t].sent
                label = next(
                    (n_[0] for s in range(sent.start, t) if (n_ := _noun(doc, lx, s, t)) is not None), None
                )
                if label is None:
                    continue
                s, e = np_after(doc, lx, t + n, sent.end)
                m = make_mention(doc, lx, s, e) if e > s else None
                if m is None:
                    continue
                for ann in anns:
                    if ann.addressee is None and ann.medium and _base(lx, ann.medium) == label:
                        ann.addressee = m.name

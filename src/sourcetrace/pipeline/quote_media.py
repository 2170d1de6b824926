"""Medium, recipient and addressee of quotes, read in the cue clause ("i et videoklipp på
Telegram", "til NRK", "told Reuters") with the language's medium vocabulary.

A definite medium word ("i videoen", "the video") refers back to the medium of that kind named
before ("video on Telegram"); a quote with no medium and no recipient right after a quote from
a recording (video, audio) is taken to come from the same recording, as news retelling a video
quotes it speaker after speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .annotations import QuoteAnn, doc_lowers, paragraph_role, span_text
from .cues import Lexicon, has_suffix, is_cap, is_plural, make_mention, np_after


def _platform(doc: Doc, lx: Lexicon, j: int, end: int) -> tuple[str, int] | None:
    while j < end and doc[j].lower_ in lx.platform_possessives:
        j += 1  # "в своём Telegram-канале": the platform follows the possessive
    if j >= end:
        return None
    if j + 1 < end and f"{doc[j].lower_} {doc[j + 1].lower_}" in lx.platforms:
        return span_text(doc[j : j + 2]), j + 2
    if doc[j].lower_ in lx.platforms and doc[j].text[:1].isupper():
        return doc[j].text, j + 1
    text = doc[j].text
    if text.endswith(".") and text[:-1].lower() in lx.platforms and text[:1].isupper():
        return text[:-1], j + 1  # "på X." is one token
    return None


def _noun(doc: Doc, lx: Lexicon, t: int, end: int) -> tuple[str, int] | None:
    if t + 1 < end:
        label = lx.medium_nouns.get(f"{doc[t].lower_} {doc[t + 1].lower_}")
        if label:
            return label, t + 2
    label = lx.medium_nouns.get(doc[t].lower_)
    return (label, t + 1) if label else None


def _medium_at(doc: Doc, lx: Lexicon, t: int, end: int) -> tuple[str, str, int, int] | None:
    """The medium named at token ``t``: ``(label, medium, start, end)``, e.g. ("video",
    "video on Telegram") for "videoklipp på Telegram", "i ein video som vart lagd ut på
    Telegram", "in a video posted on Telegram"; modifiers come along ("nightly video address")."""
    noun = _noun(doc, lx, t, end)
    if noun is None:
        return None
    label, after = noun
    start = t
    mods = []
    while start > 0 and doc[start - 1].lower_ in lx.medium_modifiers and t - start < 2:
        start -= 1
        mods.insert(0, lx.medium_modifiers[doc[start].lower_])
    medium = " ".join([*mods, label])
    if start > 0 and doc[start - 1].lower_ in lx.platforms and doc[start - 1].text[:1].isupper():
        # "in a Telegram post" -> "post on Telegram"
        plat = doc[start - 1].text
        return label, lx.medium_format.format(medium=medium, platform=plat), start - 1, after
    for j in range(after, min(end, after + 7)):
        if doc[j].is_punct:
            break
        if doc[j].lower_ in lx.platform_preps:
            plat = _platform(doc, lx, j + 1, end)
            if plat is not None:
                return (
                    label,
                    lx.medium_format.format(medium=medium, platform=plat[0]),
                    start,
                    plat[1],
                )
    return label, medium, start, after


def find_medium(
    doc: Doc, lx: Lexicon, start: int, end: int, seen: list[tuple[int, str, str]]
) -> tuple[str, Span] | None:
    """Medium named in tokens ``start:end``; ``seen`` holds ``(token, label, medium)`` of the
    media the text names, so a definite "i videoen" takes the earlier "video on Telegram"."""
    lowers = doc_lowers(doc)
    for t in range(start, end):
        found = _medium_at(doc, lx, t, end) if lowers[t] in lx.medium_first else None
        if found is not None and not any(
            lowers[x] in lx.medium_preps for x in range(max(start, found[2] - 3), found[2])
        ):
            found = None  # "denied a report": a medium is named with a preposition ("in a report")
        if found is not None:
            label, medium, s0, e0 = found
            if medium == label and (t == 0 or lowers[t - 1] not in lx.medium_indefinite):
                for tok, prev_label, prev in reversed(seen):
                    if tok < t and prev_label == label and prev != label:
                        return prev, doc[s0:e0]
            return medium, doc[s0:e0]
        if lowers[t] in lx.platform_preps:
            plat = _platform(doc, lx, t + 1, end)
            if plat is not None:
                return plat[0], doc[t + 1 : plat[1]]
    return None


def find_recipient(doc: Doc, lx: Lexicon, start: int, end: int, cue: Span | None) -> str | None:
    """Who the statement was made to: "til NRK", "overfor avisen", "told Reuters"."""
    lowers = doc_lowers(doc)
    if cue is not None and cue[0].lower_ in lx.recipient_verbs:
        who = _recipient_np(doc, lx, cue.end, end, told=True)
        if who is not None:
            return who
    skip = range(cue.start, cue.end) if cue is not None else range(0)
    if cue is not None and start < cue.start < end and lowers[start] in lx.recipient_preps:
        who = _recipient_np(doc, lx, start + 1, cue.start)  # "Til NRK sier X at ..."
        if who is not None:
            return who
    if cue is not None and start <= cue.start < end:
        start = cue.start  # who it was told to comes with or after the cue
    for t in range(start, end - 1):
        low = lowers[t]
        if (low == "," and lowers[t + 1] in lx.relatives) or (
            t > start and low in lx.relatives and low not in lx.complementizers
        ):
            break  # "said one officer, who was not authorised to speak to the media"
        if (
            low in lx.interview_preps
            and t > 0
            and lx.medium_nouns.get(lowers[t - 1]) == "interview"
        ):
            who = _recipient_np(doc, lx, t + 1, end)  # "in an interview with the BBC"
            if who is not None:
                return who
        if t in skip or low not in lx.recipient_preps:
            continue
        if t > 0 and any(
            seq[-1] == lowers[t] and seq[0] == lowers[t - len(seq) + 1]
            for seq in lx.according_to
        ):
            continue  # "according to ..."
        who = _recipient_np(doc, lx, t + 1, end)
        if who is not None:
            return who
    return None


def _recipient_np(doc: Doc, lx: Lexicon, s: int, end: int, told: bool = False) -> str | None:
    """A recipient phrase: a name, a description with a determiner or a person/organisation
    noun ("til NRK", "to reporters", "overfor den britiske avisen"), by its name when it has one
    ("nyhetsbyrået AFP" -> "AFP"); not an infinitive ("ordered to attack", "til å")."""
    if s >= end or doc[s].lower_ in lx.object_pronouns or doc[s].is_punct:
        return None
    if doc[s].lower_ in lx.platforms and is_cap(doc[s].text):
        return None  # "a video posted to Telegram": a platform, not a recipient
    first = doc[s]
    if told and (first.lower_ in lx.conjunctions or first.lower_ in lx.complementizers):
        return None  # "has told how he treated soldiers"
    if not told and not (
        is_cap(first.text)
        or first.lower_ in lx.determiners
        or has_suffix(first.lower_, lx.person_suffixes)
        or has_suffix(first.lower_, lx.org_suffixes)
        or is_plural(first.lower_, lx)
    ):
        return None
    s0, e = np_after(doc, lx, s, end)
    while e > s0 and (
        doc[e - 1].lower_ in lx.np_link or doc[e - 1].is_punct or doc[e - 1].lower_ in lx.time_words
    ):
        e -= 1  # "til NTB torsdag"
    for k in range(s0 + 1, e):  # stop at a linking preposition: "reporters | at the scene"
        if doc[k].lower_ in lx.np_link:
            e = k
            break
    if e <= s0 or lx.is_cue(doc, s0, e):
        return None
    m = make_mention(doc, lx, s0, e)
    name = (
        m.name
        if m is not None and m.kind in ("named", "organisation") and m.name
        else span_text(doc[s0:e])
    )
    return name.rstrip(".")


def read_media(
    doc: Doc,
    lx: Lexicon,
    anns: list[QuoteAnn],
    clauses: dict[int, list[tuple[int, int]]],
    paragraphs: list[Span],
) -> None:
    """Set ``medium``, ``medium_span``, ``recipient`` and ``addressee`` on ``anns``."""
    seen: list[tuple[int, str, str]] = []
    lowers = doc_lowers(doc)
    for para in paragraphs:
        if paragraph_role(para) != "body":
            continue
        for t in range(para.start, para.end):
            if lowers[t] in lx.medium_first:
                found = _medium_at(doc, lx, t, para.end)
                if found is not None:
                    seen.append((t, found[0], found[1]))
    last: QuoteAnn | None = None
    voices: dict[str, str] = {}  # medium -> titles and names of those quoted from it
    for ann in anns:
        for start, end in clauses.get(id(ann), []):
            if ann.medium is None:
                med = find_medium(doc, lx, start, end, seen)
                if med is not None:
                    ann.medium, ann.medium_span = med
            if ann.recipient is None:
                ann.recipient = find_recipient(doc, lx, start, end, ann.cue)
        if ann.kind != "direct":
            continue
        carry = (
            last is not None
            and last.medium is not None
            and _base(lx, last.medium) in lx.medium_carry
        )
        if (
            ann.medium is None
            and ann.recipient is None
            and carry
            and _same_voice(last, ann, voices.get(last.medium, ""))  # type: ignore[arg-type, union-attr]
        ):
            ann.medium = last.medium  # type: ignore[union-attr]
        if ann.medium is not None and ann.speaker is not None:
            sp = ann.speaker
            voices[ann.medium] = f"{voices.get(ann.medium, '')} {sp.title or ''} {sp.text}".lower()
        last = ann
    _addressees(doc, lx, anns, paragraphs)


def _same_voice(prev: QuoteAnn, ann: QuoteAnn, heard: str = "") -> bool:
    """A quote with no medium of its own comes from the recording quoted just before when
    it is the same speaker, or an unnamed one of the same kind as those heard in it ("sier en
    annen russisk soldat" after "veteransoldaten Alexander Gorin")."""
    a, b = prev.speaker, ann.speaker
    if b is None:
        return False
    if b.kind == "pronoun" or a is b:
        return True
    if a is None:
        return False
    if b.kind == "descriptive":
        # "sier en annen russisk soldat" after "veteransoldaten Alexander Gorin": one of them
        words = b.text.lower().split()
        head = words[-1] if words else ""
        known = f"{heard} {a.title or ''} {a.text}".lower()
        return len(head) >= 4 and (head in known or head[:-1] in known)
    return a.name.split()[-1:] == b.name.split()[-1:]


def _base(lx: Lexicon, medium: str) -> str:
    """The medium word's label of a composed medium ("video on Telegram" -> "video")."""
    head = lx.medium_format.split("{platform}")[0].replace("{medium}", "")
    if head and head in medium:
        return medium.split(head)[0]
    return medium


def _addressees(doc: Doc, lx: Lexicon, anns: list[QuoteAnn], paragraphs: list[Span]) -> None:
    """ "Videoen er adressert til X": X is the addressee of the quotes from that medium."""
    if not lx.addressee_cues or not any(a.medium for a in anns):
        return
    first_words = {seq[0] for seq in lx.addressee_cues}
    lowers = doc_lowers(doc)
    for para in paragraphs:
        if paragraph_role(para) != "body":
            continue
        for t in range(para.start, para.end):
            if lowers[t] not in first_words:
                continue
            for seq in lx.addressee_cues:
                n = len(seq)
                if not all(t + i < para.end and lowers[t + i] == w for i, w in enumerate(seq)):
                    continue
                sent = doc[para.start : para.end]  # the paragraph: no sentence split needed
                label = next(
                    (
                        n_[0]
                        for s in range(sent.start, t)
                        if (n_ := _noun(doc, lx, s, t)) is not None
                    ),
                    None,
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

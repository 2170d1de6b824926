"""Annotation files: our reading of a corpus document, stored as offsets, ids and labels.

Stored form (``evaluation/real/SET/NAME.json``)::

    {"corpus": "narc", "doc": "bokmaal_db~…", "language": "nb", "split": "dev",
     "quotes": [{"id": "q1", "kind": "direct", "span": [s, e],
                 "speaker": {"span": [s, e]} | {"label": "unknown"},
                 "speaker_kind": "named", "evidence": [s, e], "medium": "…"}],
     "attributions": [{"relation": "reported", "evidence": [s, e], "source": {…}, "to": {…}}],
     "figures": [{"span": [s, e], "value": 34, "bound": "at_least", "unit": "people",
                  "what": "wounded", "source": {…} | null}],
     "hedged": [{"span": [s, e], "cue": [s, e], "meaning": "probably"}]}

Annotators write a *draft* with exact strings and paragraph numbers (never committed: it holds
the corpus's words); :func:`from_draft` checks every string against the rendered document and
turns it into the stored form. :func:`to_gold` joins a stored annotation with the rendered
document into the dictionary :func:`sourcetrace.evaluate.score` reads.
"""

from __future__ import annotations

from typing import Any

from . import GoldSetError, RealDoc

#: keys copied from a draft unchanged (labels we write, not the corpus's words)
_LABELS = {
    "quotes": ("id", "kind", "speaker_kind", "medium"),
    "attributions": ("relation",),
    "figures": ("value", "value_max", "bound", "unit", "what"),
    "hedged": ("meaning",),
}
_RELATIONS = {
    "reported", "claimed", "verified", "identified", "confirmed", "denied", "could-not-verify",
    "no-comment", "forwarded",
}
_SPEAKER_KINDS = {"named", "descriptive", "organisation", "pronoun", "unknown"}


def _find(doc: RealDoc, needle: str, paragraph: int | None, what: str) -> list[int]:
    """``[start, end]`` of ``needle`` in the given paragraph (or the whole text)."""
    if not needle:
        raise GoldSetError(f"{doc.doc_id}: empty {what}")
    if paragraph is not None:
        if not 0 <= paragraph < len(doc.paragraphs):
            raise GoldSetError(f"{doc.doc_id}: {what} {needle[:40]!r}: no paragraph {paragraph}")
        start, end = doc.paragraphs[paragraph]
        found = doc.text.find(needle, start, end)
    else:
        found = doc.text.find(needle)
    if found < 0:
        where = f"paragraph {paragraph}" if paragraph is not None else "the document"
        raise GoldSetError(f"{doc.doc_id}: {what} {needle!r} is not in {where}")
    return [found, found + len(needle)]


def _agent(doc: RealDoc, name: str | None, what: str) -> dict[str, Any] | None:
    """A speaker or source: the span of its fullest name where the text has it, else a label."""
    if name is None:
        return None
    found = doc.text.find(name) if name else -1
    if found >= 0:
        return {"span": [found, found + len(name)]}
    return {"label": name}


def from_draft(doc: RealDoc, draft: dict[str, Any], split: str) -> dict[str, Any]:
    """Check a draft against the document and return the stored form (offsets and labels)."""
    if split not in {"dev", "test"}:
        raise GoldSetError(f"split must be dev or test, not {split!r}")
    stored: dict[str, Any] = {
        "corpus": doc.corpus, "doc": doc.doc_id, "language": doc.language, "split": split,
    }
    quotes = []
    for number, item in enumerate(draft.get("quotes", []), 1):
        para = item.get("para")
        entry = {key: item[key] for key in _LABELS["quotes"] if item.get(key) is not None}
        entry.setdefault("id", f"q{number}")
        if entry.get("kind", "direct") not in {"direct", "indirect"}:
            raise GoldSetError(f"{doc.doc_id}: quote kind {entry['kind']!r}")
        if entry.get("speaker_kind", "named") not in _SPEAKER_KINDS:
            raise GoldSetError(f"{doc.doc_id}: speaker_kind {entry['speaker_kind']!r}")
        entry["span"] = _find(doc, item["text"], para, "quote")
        entry["speaker"] = _agent(doc, item.get("speaker") or "unknown", "speaker")
        if item.get("evidence"):
            entry["evidence"] = _find(doc, item["evidence"], item.get("evidence_para", para), "evidence")
        quotes.append(entry)
    attributions = []
    for item in draft.get("attributions", []):
        if item.get("relation") not in _RELATIONS:
            raise GoldSetError(f"{doc.doc_id}: relation {item.get('relation')!r}")
        entry = {key: item[key] for key in _LABELS["attributions"]}
        entry["evidence"] = _find(doc, item["evidence"], item.get("para"), "attribution evidence")
        entry["source"] = _agent(doc, item.get("source") or "unknown", "source")
        if item.get("to"):
            entry["to"] = _agent(doc, item["to"], "recipient")
        attributions.append(entry)
    figures = []
    for item in draft.get("figures", []):
        entry = {key: item[key] for key in _LABELS["figures"] if item.get(key) is not None}
        if not isinstance(entry.get("value"), int | float):
            raise GoldSetError(f"{doc.doc_id}: figure {item.get('text')!r} has no numeric value")
        entry["span"] = _find(doc, item["text"], item.get("para"), "figure")
        entry["source"] = _agent(doc, item.get("source"), "claimant")
        figures.append(entry)
    hedges = []
    for item in draft.get("hedged", []):
        span = _find(doc, item["text"], item.get("para"), "hedged text")
        cue_at = doc.text.find(item["cue"], span[0], span[1])
        if cue_at < 0:
            raise GoldSetError(f"{doc.doc_id}: hedge cue {item['cue']!r} not inside {item['text']!r}")
        hedges.append({
            "span": span, "cue": [cue_at, cue_at + len(item["cue"])],
            **{key: item[key] for key in _LABELS["hedged"] if item.get(key) is not None},
        })
    stored.update(quotes=quotes, attributions=attributions, figures=figures, hedged=hedges)
    return stored


def _slice(doc: RealDoc, span: list[int]) -> str:
    start, end = span
    if not 0 <= start < end <= len(doc.text):
        raise GoldSetError(f"{doc.doc_id}: span {span} outside the document ({len(doc.text)} chars)")
    return doc.text[start:end]


def _name(doc: RealDoc, agent: dict[str, Any] | None) -> str | None:
    if agent is None:
        return None
    return agent["label"] if "label" in agent else _slice(doc, agent["span"])


def _coreferent(doc: RealDoc, agent: dict[str, Any] | None) -> list[str]:
    """Every way the corpus's own coreference annotation names the speaker: the texts of the
    mentions in the chain of the mention at the speaker's span (NARC, GUM). It lets the scorer
    tell a right referent named another way ("Gorin" for "Alexander Gorin") from a wrong one."""
    if not agent or "span" not in agent or not doc.chains:
        return []
    start, end = agent["span"]
    at = {
        mention for mention, (m_start, m_end) in doc.mentions.items()
        if m_start < end and start < m_end
    }
    for chain in doc.chains:
        if chain & at:
            texts = {doc.text[slice(*doc.mentions[m])] for m in chain}
            # names and descriptions, not pronouns: "han" names no one on its own
            return sorted(t for t in texts if t[:1].isupper() or len(t.split()) >= 2)
    return []


def to_gold(doc: RealDoc, stored: dict[str, Any]) -> dict[str, Any]:
    """The gold dictionary of :func:`sourcetrace.evaluate.score` for this document."""
    gold: dict[str, Any] = {
        "document": f"{doc.corpus}:{doc.doc_id}",
        "language": doc.language,
        "headings": [doc.paragraph_text(index) for index in doc.headings],
    }
    if doc.published:
        gold["published"] = doc.published.isoformat()
    gold["quotes"] = []
    for item in stored.get("quotes", []):
        entry = {
            **{key: item[key] for key in _LABELS["quotes"] if key in item},
            "text": _slice(doc, item["span"]),
            "span": item["span"],
            "speaker": _name(doc, item.get("speaker")),
        }
        aliases = _coreferent(doc, item.get("speaker"))
        if aliases:
            entry["speaker_aliases"] = aliases
        gold["quotes"].append(entry)
    gold["attributions"] = [
        {
            "relation": item["relation"],
            "evidence": _slice(doc, item["evidence"]),
            "evidence_span": item["evidence"],
            "source": _name(doc, item.get("source")),
            **({"to": _name(doc, item["to"])} if item.get("to") else {}),
        }
        for item in stored.get("attributions", [])
    ]
    gold["figures"] = [
        {
            **{key: item[key] for key in _LABELS["figures"] if key in item},
            "text": _slice(doc, item["span"]),
            "span": item["span"],
            "source": _name(doc, item.get("source")),
        }
        for item in stored.get("figures", [])
    ]
    gold["hedged"] = [
        {
            "text": _slice(doc, item["span"]),
            "span": item["span"],
            "cue": _slice(doc, item["cue"]),
            "cue_span": item["cue"],
            **({"meaning": item["meaning"]} if "meaning" in item else {}),
        }
        for item in stored.get("hedged", [])
    ]
    return gold

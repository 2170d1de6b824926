"""A learned choice of speaker for quotes that have no cue of their own.

A run of dash paragraphs or quotes in marks with no speech verb ("– Vi fikk beskjed om å komme
oss ut.") belongs to someone the text named before: the speaker of the last quote, the person
the paragraph before opens with, the one a colon announced, the person in focus, the
interviewee the headline names, a body whose "vi" it is. Each of these rules is right often and
wrong often, and which one wins depends on the text around the quote, so a fixed order of rules
(the reading's first version) was wrong for a third of such quotes on the real dev split.

Here every rule proposes its candidate, a candidate proposed by several rules is one candidate
with several flags, and a logistic score over the flags and a few facts about the candidate
(how far back it was named, how often, person or body, whether the quote speaks as "vi") picks
one. The weights are data (``models/speaker_ranker.toml``), fitted on the dev split of the real
sets by ``scripts/fit_speaker_ranker.py``, which also reports their cross-validated accuracy.
The rules' own choice is a feature: with no weights file the reading keeps to the rules.

**No weights ship today.** On about 175 such choices in the dev split (2026-12-05) the rules were
right about 121 times and the fitted ranker, cross-validated by document, 110-124 times, whatever
the features kept and the regularisation: the choices are too few for the ranker to learn more
than the rules' order, and the candidates the rules miss (a band the headline names, a person
the next paragraph introduces) are right too rarely to learn. Refit when the dev split grows.

Per-document state stays with the caller: the ranker holds only the weights.
"""

from __future__ import annotations

import contextvars
import math
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .annotations import Mention

#: the weights the reading ships (``scripts/fit_speaker_ranker.py`` writes them)
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "models" / "speaker_ranker.toml"

#: the rules that propose a candidate, each a flag feature ``by_RULE``
RULES = (
    "introduced_in_paragraph",  # the named subject right before the quote in its paragraph (en)
    "announced",  # a colon paragraph with a cue: "Gorin sier følgende i videoen:"
    "announced_subject",  # a colon paragraph's subject: "Ordfører Ihor Terekhov er tydelig:"
    "introduced",  # the named person the quote-less paragraph before opens with
    "last_quote",  # the speaker of the last quote in the two paragraphs before
    "object_next",  # the next paragraph names the speaker: "X sa dette til NRK"
    "focus",  # the person the rules took as in focus (last named in the body, or the headline's)
    "body_person",  # any person named in the body in the paragraphs before
    "heading_person",  # a person the headline names
    "opening_person",  # a person the first paragraphs name (the interviewee of an interview)
    "near_body",  # an organisation named in the paragraph before or the quote's own
    "heading_name",  # any name the headline gives (a band, a body, a person)
    "next_person",  # a person named in the paragraph right after the run
    "introduced_pronoun",  # the pronoun the paragraph before opens with ("Han har skrevet ...")
)

#: every feature, in the order the weights file lists them
FEATURES = tuple(f"by_{rule}" for rule in RULES) + (
    "rules_choice",  # what the fixed order of rules would have chosen
    "distance",  # paragraphs back to the candidate's nearest mention, over REACH, capped at 1
    "salience",  # log(1 + mentions of the candidate's last word in the document)
    "person",
    "organisation",
    "we_organisation",  # the quote speaks as "vi"/"we" and the candidate is a body
    "i_person",  # the quote speaks as "jeg"/"I" and the candidate is a person
    "spoke_before",  # the candidate is the speaker of an earlier quote in the document
    "in_previous",  # named in the paragraph right before the quote
    "answer_heading",  # the paragraph before is a question and the headline names the candidate
    "interview_opening",  # the document is an interview and the candidate opens it
    "pronoun",  # a pronoun ("han", "de"): the speaker step resolves it later
    "opens_next",  # the person the paragraph after the run opens with ("Siw Treider, leder ...")
)

#: paragraphs over which the distance feature runs from 0 to 1
REACH = 6.0

#: while fitting, the candidates of every choice are appended here (see collecting())
_COLLECTED: contextvars.ContextVar[list[dict[str, Any]] | None] = contextvars.ContextVar(
    "speaker_ranker_collected", default=None
)


@dataclass(eq=False)
class Candidate:
    """One possible speaker and what is known of it."""

    mention: Mention
    key: str  # the folded name candidates are merged by
    rules: set[str] = field(default_factory=set)
    distance: int = 0  # paragraphs back to its nearest mention (0: the quote's own)
    values: dict[str, float] = field(default_factory=dict)


@cache
def weights(path: Path = WEIGHTS_FILE) -> dict[str, float] | None:
    """The shipped weights, or ``None`` when the file is absent (the rules decide alone)."""
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: float(value) for name, value in data.get("weights", {}).items()}


def active() -> bool:
    """Whether the ranker decides (weights are shipped) or records (while fitting); else the
    reading keeps to the rules' order and skips gathering candidates."""
    return weights() is not None or _COLLECTED.get() is not None


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def same_referent(first: str, second: str) -> bool:
    """Two candidate names for one person: equal, or one's words inside the other's
    ("Treider" and "Siw Treider")."""
    one, two = set(name_key(first).split()), set(name_key(second).split())
    return bool(one) and bool(two) and (one <= two or two <= one)


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per referent: flags joined, the fuller name kept, the nearest distance."""
    merged: list[Candidate] = []
    for candidate in candidates:
        for kept in merged:
            if same_referent(kept.key, candidate.key):
                kept.rules |= candidate.rules
                kept.distance = min(kept.distance, candidate.distance)
                if len(candidate.key.split()) > len(kept.key.split()):
                    kept.mention, kept.key = candidate.mention, candidate.key
                for name, value in candidate.values.items():
                    kept.values[name] = max(kept.values.get(name, 0.0), value)
                break
        else:
            merged.append(candidate)
    return merged


def features(candidate: Candidate, rules_choice: Candidate | None) -> dict[str, float]:
    row = {name: 0.0 for name in FEATURES}
    for rule in candidate.rules:
        row[f"by_{rule}"] = 1.0
    row["rules_choice"] = 1.0 if candidate is rules_choice else 0.0
    row["distance"] = min(candidate.distance / REACH, 1.0)
    row.update(candidate.values)
    return row


def score(row: dict[str, float], learned: dict[str, float]) -> float:
    total = learned.get("bias", 0.0) + sum(learned.get(name, 0.0) * value for name, value in row.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def choose(
    candidates: list[Candidate], rules_choice: Candidate | None, where: tuple[int, int]
) -> Candidate | None:
    """The candidate the weights score highest; the rules' choice without weights. ``where``
    (the run's first quote, character offsets) identifies the choice while fitting."""
    rows = [features(candidate, rules_choice) for candidate in candidates]
    collected = _COLLECTED.get()
    if collected is not None:
        collected.append({
            "start": where[0], "end": where[1],
            "candidates": [
                # the mention itself: the speaker step names it later (a pronoun's person)
                {"mention": candidate.mention, "features": row}
                for candidate, row in zip(candidates, rows, strict=True)
            ],
        })
    learned = weights()
    if learned is None or not candidates:
        return rules_choice
    best = max(range(len(candidates)), key=lambda index: score(rows[index], learned))
    return candidates[best]


class collecting:
    """``with collecting() as choices:`` records every choice made while reading (fitting)."""

    def __enter__(self) -> list[dict[str, Any]]:
        self._choices: list[dict[str, Any]] = []
        self._token = _COLLECTED.set(self._choices)
        return self._choices

    def __exit__(self, *exc: object) -> None:
        _COLLECTED.reset(self._token)

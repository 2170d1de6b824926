"""Grades on the Admiralty scale, each with the evidence that produced it.

*Source reliability* (A-F) starts from the source registry (``claims/data/sources.toml``, every
entry a marked default, overridable per corpus) and moves one step with the source's track record
in this corpus: claims of it independently confirmed raise it, claims of it in conflict with
others lower it. A source neither in the registry nor with a record is F (cannot be judged).

*Information credibility* (1-6) of a cluster comes from its chain: how many outlets carry it that
do not relay one another, verification statements, denials, conflicts and hedges.

Both export as MISP ``admiralty-scale`` machine tags.
"""

from __future__ import annotations

import os
import tomllib
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .chain import VERIFYING, Chain
from .conflicts import Conflict
from .link import same_name
from .records import Claim

LETTERS = "ABCDEF"
DENYING = ("denied",)
DOUBTING = ("could-not-verify", "no-comment")


class RegistryError(ValueError):
    """A source registry file that cannot be used."""


@dataclass(frozen=True)
class RegistryEntry:
    name: str
    reliability: str
    kind: str | None
    aliases: tuple[str, ...]
    default: bool


@dataclass
class Grade:
    source: str | None
    reliability: str
    credibility: int
    evidence: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        return f"{self.reliability}{self.credibility}"

    def misp_tags(self) -> list[str]:
        return [
            f'admiralty-scale:source-reliability="{self.reliability.lower()}"',
            f'admiralty-scale:information-credibility="{self.credibility}"',
        ]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["code"] = self.code
        data["misp"] = self.misp_tags()
        return data


def _entries(data: dict[str, Any], origin: str, default: bool) -> list[RegistryEntry]:
    entries = []
    for number, item in enumerate(data.get("source", []), 1):
        name = item.get("name") if isinstance(item, dict) else None
        letter = str(item.get("reliability", "")).upper() if isinstance(item, dict) else ""
        if not name or letter not in LETTERS:
            raise RegistryError(
                f"{origin}: source #{number} needs a name and a reliability A-F (got {item!r})"
            )
        entries.append(
            RegistryEntry(
                name=name,
                reliability=letter,
                kind=item.get("kind"),
                aliases=tuple(item.get("aliases", [])),
                default=bool(item.get("default", default)),
            )
        )
    return entries


@cache
def registry(path: str | None = None) -> tuple[RegistryEntry, ...]:
    """The shipped defaults, overridden by ``path`` or ``$SOURCETRACE_SOURCES`` when given."""
    shipped = (resources.files("sourcetrace.claims") / "data" / "sources.toml").read_text("utf-8")
    entries = {e.name: e for e in _entries(tomllib.loads(shipped), "sources.toml", True)}
    chosen = path or os.environ.get("SOURCETRACE_SOURCES")
    if chosen:
        try:
            data = tomllib.loads(Path(chosen).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise RegistryError(f"{chosen}: {exc}") from None
        for entry in _entries(data, chosen, False):
            for name in [n for n, e in entries.items() if _matches(e, entry.name)]:
                del entries[name]
            entries[entry.name] = entry
    return tuple(entries.values())


def _matches(entry: RegistryEntry, name: str) -> bool:
    return any(same_name(candidate, name, 90) for candidate in (entry.name, *entry.aliases))


def lookup(name: str | None, path: str | None = None) -> RegistryEntry | None:
    if not name:
        return None
    return next((entry for entry in registry(path) if _matches(entry, name)), None)


@dataclass
class TrackRecord:
    """How a source's claims fared in the corpus."""

    confirmed: Counter[str] = field(default_factory=Counter)
    conflicted: Counter[str] = field(default_factory=Counter)

    def of(self, name: str) -> tuple[int, int]:
        confirmed = sum(n for key, n in self.confirmed.items() if same_name(key, name))
        conflicted = sum(n for key, n in self.conflicted.items() if same_name(key, name))
        return confirmed, conflicted


def track_record(clusters: list[tuple[list[Claim], int]], conflicts: list[Conflict]) -> TrackRecord:
    """Counts per claimant: clusters carried by two or more independent outlets, conflicts."""
    record = TrackRecord()
    for claims, independent in clusters:
        if independent < 2:
            continue
        for name in {c.claimant for c in claims if c.claimant}:
            record.confirmed[name] += 1
    for conflict in conflicts:
        for side in conflict.figures:
            if side.claimant:
                record.conflicted[side.claimant] += 1
    return record


def reliability(
    name: str | None, record: TrackRecord | None = None, path: str | None = None
) -> tuple[str, list[str]]:
    """A letter A-F for source ``name`` and the evidence behind it."""
    if not name:
        return "F", ["no named source: reliability cannot be judged"]
    entry = lookup(name, path)
    evidence = []
    if entry is None:
        letter = "F"
        evidence.append(f"{name} is not in the source registry")
    else:
        letter = entry.reliability
        marked = "shipped default" if entry.default else "corpus registry"
        evidence.append(f"registry ({marked}): {entry.name} is {letter}" + (
            f" ({entry.kind})" if entry.kind else ""
        ))
    if record is not None:
        confirmed, conflicted = record.of(name)
        step = 0
        if confirmed >= 3 and conflicted == 0:
            step = -1
            evidence.append(f"track record: {confirmed} claims confirmed independently, none in conflict")
        elif conflicted >= 2 and conflicted > confirmed:
            step = 1
            evidence.append(f"track record: {conflicted} figures in conflict, {confirmed} confirmed")
        if letter == "F" and step < 0:
            letter = "C"
            evidence.append("unknown to the registry, judged on its corpus record alone")
        elif letter != "F" and step:
            letter = LETTERS[min(max(LETTERS.index(letter) + step, 1 if step < 0 else 0), 4)]
    return letter, evidence


def independent_outlets(chain: Chain) -> list[str]:
    """Outlets in the chain that do not relay another document of the chain."""
    relaying = {edge.source for edge in chain.edges if edge.relation == "relays"}
    outlets: dict[str, None] = {}
    for appearance in chain.appearances:
        if f"doc:{appearance.document_id}" in relaying:
            continue
        outlets.setdefault(appearance.outlet or appearance.document, None)
    return list(outlets)


def credibility(
    claims: list[Claim], chain: Chain, conflicts: list[Conflict]
) -> tuple[int, list[str]]:
    """A number 1-6 for a cluster's information and the evidence behind it."""
    evidence: list[str] = []
    independent = independent_outlets(chain)
    relayed = len(chain.appearances) - len(independent)
    evidence.append(
        f"{len(independent)} independent outlet(s)"
        + (f": {', '.join(independent[:5])}" if independent else "")
        + (f"; {relayed} relaying another" if relayed else "")
    )
    verified = [e for e in chain.edges if e.relation in VERIFYING] or [
        c for c in claims if c.relation in VERIFYING
    ]
    if verified:
        evidence.append(f"{len(verified)} verification statement(s)")
    denials = [c for c in claims if c.relation in DENYING]
    if denials:
        evidence.append(f"denied by {', '.join(sorted({c.claimant or '?' for c in denials}))}")
    doubts = [c for c in claims if c.relation in DOUBTING]
    hedged = [c for c in claims if c.hedges]
    if doubts:
        evidence.append(f"{len(doubts)} statement(s) that it could not be verified")
    if hedged:
        evidence.append(f"{len(hedged)} of {len(claims)} appearances hedged")
    if conflicts:
        evidence.append(f"{len(conflicts)} conflicting figure(s)")
    if chain.primary:
        evidence.append("the primary source (the speaker's own post) is in the corpus")
    if not claims:
        return 6, ["no appearances: cannot be judged"]
    if denials and not verified:
        return 5, evidence
    if conflicts or denials:
        return 4, evidence
    if len(independent) >= 3 or (len(independent) >= 2 and verified):
        return 1, evidence
    if len(independent) >= 2 or verified or chain.primary:
        return 2, evidence
    if doubts or len(hedged) * 2 > len(claims):
        return 4, evidence
    return 3, evidence


def grade_cluster(
    claims: list[Claim],
    chain: Chain,
    conflicts: list[Conflict],
    record: TrackRecord | None = None,
    path: str | None = None,
) -> Grade:
    """The cluster's grade: reliability of its first source, credibility of the information."""
    first_ids = set(chain.appearances[0].claims) if chain.appearances else set()
    primary_ids = set()
    for appearance in chain.appearances:
        if appearance.document_id == chain.primary:
            primary_ids = set(appearance.claims)
    origin = [c for c in claims if c.id in (primary_ids or first_ids)] or claims
    named = [c for c in origin if c.claimant and c.claimant_kind in ("named", "organisation")]
    source = (named or origin)[0].claimant if origin else None
    source = source or (origin[0].outlet if origin else None)
    # the reporting outlet vouches when the claimant is unknown to the registry
    letter, reasons = reliability(source, record, path)
    if letter == "F" and origin and origin[0].outlet and origin[0].outlet != source:
        outlet_letter, outlet_reasons = reliability(origin[0].outlet, record, path)
        if outlet_letter != "F":
            letter = outlet_letter
            reasons += [f"reported first by {origin[0].outlet}"] + outlet_reasons
    number, more = credibility(claims, chain, conflicts)
    return Grade(source=source, reliability=letter, credibility=number, evidence=reasons + more)

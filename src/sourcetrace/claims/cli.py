"""Claim commands: ``claims`` (clusters), ``conflicts``, ``link`` (whole store, or a user's
decision on one pair). Registered on the main Typer app by :func:`sourcetrace.cli.main`."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from ..cli import Fail, app
from ..corpus_cli import DbOpt, _open

if TYPE_CHECKING:
    from collections.abc import Mapping

    import numpy as np

    from ..store import Store
    from .report import ClaimReport

err = Console(stderr=True)
out = Console(soft_wrap=True)

FormatOpt = Annotated[str, typer.Option("--format", "-f", help="text or json")]
SourcesOpt = Annotated[
    str | None,
    typer.Option(
        "--sources",
        envvar="SOURCETRACE_SOURCES",
        help="source registry TOML overriding the shipped defaults",
    ),
]

PartiesOpt = Annotated[
    str | None,
    typer.Option(
        "--parties",
        envvar="SOURCETRACE_PARTIES",
        help="parties TOML (who speaks for which side) overriding the shipped defaults",
    ),
]


def _use_parties(path: str | None) -> None:
    """Sides from the user's parties file over the defaults, or a clear error."""
    from .parties import PartiesError, use_parties

    try:
        use_parties(path)
    except PartiesError as exc:
        raise Fail(f"--parties: {exc}") from None


def _check_format(fmt: str) -> None:
    if fmt not in ("text", "json"):
        raise Fail(f"--format: expected text or json, not {fmt!r}")


def _report(store: Store, sources: str | None) -> ClaimReport:
    from .grades import RegistryError, registry
    from .report import ClaimReport
    from .store import ClaimStore

    try:
        registry(sources)
    except RegistryError as exc:
        raise Fail(f"--sources: {exc}") from None
    return ClaimReport(ClaimStore(store), sources)


def linking_wanted() -> bool:
    """Whether ``ingest`` links claims: yes unless ``SOURCETRACE_NO_LINK=1``."""
    return os.environ.get("SOURCETRACE_NO_LINK", "").strip() in ("", "0")


def link_ingested(
    store: Store, doc_ids: list[str], vectors: Mapping[str, np.ndarray] | None = None
) -> None:
    """Link the claims of newly stored documents (the ``ingest`` hook); a failure is reported
    and leaves the stored documents as they are. ``SOURCETRACE_NO_LINK=1`` skips it (a bulk load
    then runs ``sourcetrace link`` once). ``vectors``: claim texts the reading processes
    embedded already."""
    if not doc_ids or not linking_wanted():
        return
    from sqlalchemy.exc import SQLAlchemyError

    from .store import ClaimError, ClaimStore

    try:
        report = ClaimStore(store).link_documents(doc_ids, vectors)
    except (ClaimError, SQLAlchemyError, ImportError, ValueError) as exc:
        err.print(f"[yellow]note[/yellow]: claims not linked: {escape(str(exc))}", highlight=False)
        return
    err.print(
        f"claims: {report.claims} in {report.documents} document(s), "
        f"{report.suggested} link(s) suggested",
        highlight=False,
    )


@app.command()
def claims(
    db: DbOpt = None,
    fmt: FormatOpt = "text",
    sources: SourcesOpt = None,
    parties: PartiesOpt = None,
) -> None:
    """Clusters of the same claim across documents and languages, with chain, conflicts, grade."""
    _check_format(fmt)
    _use_parties(parties)
    store = _open(db)
    try:
        data = _report(store, sources).as_dict()
    finally:
        store.close()
    if fmt == "json":
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    if not data["clusters"]:
        out.print("no linked claims yet: run `sourcetrace link` after ingesting", highlight=False)
    for cluster in data["clusters"]:
        _print_cluster(cluster)


def _print_cluster(cluster: dict) -> None:
    grade = cluster["grade"]
    documents = {c["document"] for c in cluster["claims"]}
    out.rule(
        f"[bold]{grade['code']}[/bold]  {len(cluster['claims'])} claims in "
        f"{len(documents)} documents  ·  {cluster['id']}",
        align="left",
    )
    for claim in cluster["claims"]:
        where = " · ".join(x for x in (claim["published"], claim["language"], claim["outlet"]) if x)
        who = f"{claim['source'] or '?'} ({claim['relation'] or claim['kind']})"
        out.print(f"[dim]{escape(where)}[/dim]  [bold]{escape(who)}[/bold]", highlight=False)
        out.print(f"    {escape(claim['text'][:300])}", highlight=False)
    chain = cluster["chain"]
    first = next((a for a in chain["appearances"] if a["document_id"] == chain["earliest"]), None)
    primary = next((a for a in chain["appearances"] if a["document_id"] == chain["primary"]), None)
    if first:
        out.print(f"earliest: {escape(first['document'])} ({first['published'] or 'no date'})")
    if primary:
        out.print(f"primary source: {escape(primary['document'])}")
    for edge in chain["edges"]:
        if edge["relation"] in ("relays", "verified", "posted as"):
            labels = {n["id"]: n["label"] for n in chain["nodes"]}
            out.print(
                f"  {escape(labels.get(edge['source'], edge['source']))} —{edge['relation']}→ "
                f"{escape(labels.get(edge['target'], edge['target']))}",
                highlight=False,
            )
    for conflict in cluster["conflicts"]:
        out.print(f"[red]conflict[/red]: {escape(conflict['why'])}", highlight=False)
    out.print(f"grade {grade['code']}: " + escape("; ".join(grade["evidence"])), highlight=False)
    out.print(" ".join(grade["misp"]), highlight=False)


def _value(side: dict[str, Any]) -> str:
    """A side's figure, "none" for a count of none, or what a side without figure does."""
    if side["value"] is None:
        return "denies" if side["bound"] == "denied" else "asserts"
    return "none" if side["bound"] == "zero" else f"{side['value']:g}"


@app.command()
def conflicts(db: DbOpt = None, fmt: FormatOpt = "text", parties: PartiesOpt = None) -> None:
    """Figures about the same count that disagree beyond their ranges; both sides kept."""
    from .report import conflict_view

    _check_format(fmt)
    _use_parties(parties)
    store = _open(db)
    try:
        report = _report(store, None)
        found = [conflict_view(c) for c in report.conflicts]
    finally:
        store.close()
    if fmt == "json":
        typer.echo(json.dumps({"conflicts": found}, ensure_ascii=False, indent=1))
        return
    if not found:
        out.print("no conflicting figures", highlight=False)
    for conflict in found:
        place = f" in {conflict['place']}" if conflict["place"] else ""
        out.rule(f"[bold]{conflict['indicator']}{escape(place)}[/bold]", align="left")
        for side in conflict["figures"]:
            hedges = f" [{', '.join(side['hedges'])}]" if side["hedges"] else ""
            out.print(
                f"  {_value(side)}  {escape(side['claimant'] or '?')}{hedges}  "
                f"({side['date'] or 'no date'}, {escape(side['outlet'] or side['document'])})",
                highlight=False,
            )
            out.print(f"     {escape(side['text'][:240])}", highlight=False)
        out.print(f"  why unresolved: {escape(conflict['why'])}", highlight=False)


@app.command()
def link(
    db: DbOpt = None,
    confirm: Annotated[
        tuple[str, str] | None,
        typer.Option("--confirm", help="CLAIM_A CLAIM_B: the same claim (kept on re-analysis)"),
    ] = None,
    reject: Annotated[
        tuple[str, str] | None,
        typer.Option("--reject", help="CLAIM_A CLAIM_B: not the same claim"),
    ] = None,
    parties: PartiesOpt = None,
) -> None:
    """Rebuild and link the claims of the whole store, or record a decision on one pair."""
    from .store import ClaimError, ClaimStore

    _use_parties(parties)
    if confirm and reject:
        raise Fail("give --confirm or --reject, not both")
    store = _open(db)
    try:
        claim_store = ClaimStore(store)
        if confirm or reject:
            first, second = confirm or reject  # type: ignore[misc]
            try:
                result = claim_store.decide_link(first, second, "confirmed" if confirm else "rejected")
            except ClaimError as exc:
                raise Fail(str(exc)) from None
            typer.echo(f"{result.claim_a} {result.claim_b}: {result.state}")
            return
        report = claim_store.link_all()
    finally:
        store.close()
    typer.echo(
        f"{report.claims} claims in {report.documents} documents; {report.compared} pairs "
        f"compared, {report.suggested} links suggested"
    )

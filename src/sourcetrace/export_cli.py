"""``sourcetrace export``: the corpus or one document in another tool's format. Registered on
the main Typer app by :func:`sourcetrace.cli.main`; the formats come from
:mod:`sourcetrace.export`'s registry."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .cli import Fail, app
from .corpus_cli import DbOpt, _open
from .progress import RateColumn

if TYPE_CHECKING:
    from .export import ExportInput, RatedClaim
    from .store import Store

err = Console(stderr=True)


def _rated_claims(path: Path | None) -> list[RatedClaim] | None:
    """Rated claims from a JSON file (a list of RatedClaim objects), or None for the stored ones."""
    if path is None:
        return None
    from pydantic import TypeAdapter, ValidationError

    from .export import RatedClaim

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return TypeAdapter(list[RatedClaim]).validate_python(raw)
    except OSError as exc:
        raise Fail(f"--claims: cannot read {path}: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise Fail(f"--claims: {path} is not JSON: {exc.msg} at line {exc.lineno}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise Fail(f"--claims: {path}: {where}: {first['msg']}") from None


@app.command()
def export(
    format_name: Annotated[
        str, typer.Option("--format", "-f", help="export format (sourcetrace export --list)")
    ] = "prov-json",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="file to write, or folder for csv/parquet [default: stdout]"
        ),
    ] = None,
    db: DbOpt = None,
    document: Annotated[
        str | None, typer.Option("--document", help="only this document id [default: all]")
    ] = None,
    claim: Annotated[
        str | None,
        typer.Option(
            "--claim",
            help="only the documents of this claim's cluster, its claims rated by the cluster's grade",
        ),
    ] = None,
    claims: Annotated[
        Path | None,
        typer.Option(
            "--claims", help="JSON list of rated claims for claimreview [default: stored verdicts]"
        ),
    ] = None,
    list_formats: Annotated[bool, typer.Option("--list", help="list the formats and exit")] = False,
) -> None:
    """Export the corpus (or one document) as PROV, GraphML/GEXF, CSV/Parquet or ClaimReview."""
    from .export import ExportError, formats, get_exporter, write_rendered

    if list_formats:
        for exporter in formats():
            kind = "folder" if exporter.several_files else "file"
            typer.echo(f"{exporter.name:<12} {kind:<6} {exporter.description}")
        return
    try:
        exporter = get_exporter(format_name)
    except ExportError as exc:
        raise Fail(str(exc)) from None
    if exporter.several_files and out is None:
        raise Fail(f"{exporter.name} writes several files: give a folder with --out")
    if document is not None and claim is not None:
        raise Fail("give --document or --claim, not both")
    rated = _rated_claims(claims)
    store = _open(db)
    try:
        if claim is not None:
            from .export.run import claim_input

            data = claim_input(store, claim)
        else:
            data = _gather(store, document, rated)
        rendered = exporter.render(data)
        if out is None:
            assert isinstance(rendered, bytes)
            sys.stdout.buffer.write(rendered)
            sys.stdout.flush()
            written = ["stdout"]
        else:
            written = [str(path) for path in write_rendered(exporter, rendered, out)]
    except ExportError as exc:
        raise Fail(str(exc)) from None
    except OSError as exc:
        raise Fail(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        store.close()
    shown = written[0] if len(written) == 1 else f"{out} ({len(written)} files)"
    err.print(
        f"exported {len(data.readings)} documents as {exporter.name} -> {shown}", highlight=False
    )


def _gather(store: Store, document: str | None, rated: list[RatedClaim] | None) -> ExportInput:
    """The export's input, with a progress bar (count and rate) on a terminal: a corpus can be
    large. Elsewhere the one-line summary at the end is all that is printed."""
    from .export import export_input

    if not err.is_terminal or document is not None:
        return export_input(store, document, rated)
    columns = (
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        return export_input(store, document, rated, advance)

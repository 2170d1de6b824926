"""The ``sourcetrace`` command line (Typer)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .ingest import InputError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="sourcetrace: quotes, speakers, sourcing chains, figures and hedges in war reporting.",
)
err = Console(stderr=True, soft_wrap=True)


class Fail(Exception):
    """A user-facing failure: printed as one line, exit status ``code``."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Fail(f"--published: not a date in YYYY-MM-DD form: {value!r}") from None


LangOpt = Annotated[str, typer.Option("--lang", "-l", help="nb, nn, en, ru, uk or auto")]
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", help="base spaCy pipeline: a package name or folder, or 'blank'"),
]


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="files, folders, URLs, or - for stdin")],
    lang: LangOpt = "auto",
    published: Annotated[str | None, typer.Option(help="publication date, YYYY-MM-DD")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json or jsonl")] = "text",
    model: ModelOpt = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="allow URLs on private/loopback addresses")
    ] = False,
) -> None:
    """Read documents and print their quotes, speakers, sourcing, figures and hedges."""
    from .analysis import analyze as analyze_doc
    from .ingest import IngestFailure
    from .ingest.sources import iter_sources
    from .report import print_reading

    if fmt not in ("text", "json", "jsonl"):
        raise Fail(f"--format: expected text, json or jsonl, not {fmt!r}")
    pub = _published(published)
    out = Console(soft_wrap=True) if fmt == "text" else None
    failures = 0
    readings = 0
    for item in iter_sources(paths, allow_private=allow_private, progress=fmt != "text"):
        if isinstance(item, IngestFailure):
            failures += 1
            err.print(f"[red]error[/red]: {item.origin}: {item.message}", highlight=False)
            continue
        if pub is not None:
            item.published = pub
        try:
            reading = analyze_doc(item, lang=None if lang == "auto" else lang, model=model)
        except InputError as exc:
            failures += 1
            err.print(f"[red]error[/red]: {exc}", highlight=False)
            continue
        readings += 1
        if fmt == "text":
            print_reading(reading, out)
        elif fmt == "json" and len(paths) == 1 and not _is_multi(paths[0]):
            sys.stdout.write(reading.model_dump_json(indent=2) + "\n")
        else:
            sys.stdout.write(reading.model_dump_json() + "\n")
    if failures:
        raise typer.Exit(1)
    if readings == 0:
        raise Fail("no documents to read")


def _is_multi(path: str) -> bool:
    p = Path(path)
    return p.is_dir() or p.suffix.lower() in (".jsonl", ".ndjson") or p.name == "result.json"


@app.command()
def evaluate(
    directory: Annotated[Path, typer.Argument(help="folder of NAME.txt files with NAME.gold.json")],
    lang: LangOpt = "auto",
    model: ModelOpt = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="also write the report as Markdown")
    ] = None,
    misses: Annotated[bool, typer.Option("--misses", help="list what was missed or wrong")] = False,
) -> None:
    """Score the reading against gold files and print per-document and total figures."""
    from .evaluate import evaluate_dir, render_markdown, render_table

    if not directory.is_dir():
        raise Fail(f"{directory}: not a folder")
    report = evaluate_dir(directory, lang=None if lang == "auto" else lang, model=model)
    if not report.documents:
        raise Fail(f"{directory}: no NAME.txt with a NAME.gold.json beside it")
    render_table(report, Console(width=None if sys.stdout.isatty() else 200), misses=misses)
    if output is not None:
        output.write_text(render_markdown(report), encoding="utf-8")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis output."""
    from .model import reading_json_schema

    sys.stdout.write(json.dumps(reading_json_schema(), indent=2, ensure_ascii=False) + "\n")


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def _register_plugins() -> None:
    """Commands that live in their own modules (the corpus: ingest, serve, demo)."""
    import importlib.util

    if importlib.util.find_spec(f"{__package__}.corpus_cli") is not None:
        importlib.import_module(f"{__package__}.corpus_cli")  # registers its commands on ``app``


def main() -> None:
    _register_plugins()
    try:
        app()
    except Fail as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        sys.exit(exc.code)
    except InputError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)

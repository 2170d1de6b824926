"""The ``sourcetrace`` command line (Typer)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, TypeVar

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
T = TypeVar("T")


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
    typer.Option("--model", help="base spaCy pipeline: a package name or folder, 'blank' (rules only) or 'fast' (the smaller shipped one)"),
]


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="files, folders, URLs, or - for stdin")],
    lang: LangOpt = "auto",
    published: Annotated[
        str | None,
        typer.Option(help="publication date, YYYY-MM-DD, for documents that carry none"),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json or jsonl")] = "text",
    model: ModelOpt = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="allow URLs on private/loopback addresses")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="largest single document, in bytes", min=1)
    ] = 5_000_000,
    telegram_username: Annotated[
        str | None,
        typer.Option(
            "--telegram-username",
            help="public @username of a Telegram export's channel: messages link to t.me/NAME/ID",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", min=1, help="read in this many processes (one per core)"),
    ] = 1,
) -> None:
    """Read documents and print their quotes, speakers, sourcing, figures and hedges.

    Takes text, HTML pages, Telegram Desktop exports (result.json), JSON Lines, folders, stdin
    and URLs. A document that cannot be read is reported and the others go on; the exit status
    is 1 when any failed.
    """
    from .analysis import BATCH_SIZE, read_many
    from .ingest import IngestFailure
    from .ingest.sources import iter_sources
    from .report import print_reading

    if fmt not in ("text", "json", "jsonl"):
        raise Fail(f"--format: expected text, json or jsonl, not {fmt!r}")
    pub = _published(published)
    out = Console(soft_wrap=True) if fmt == "text" else None
    failures = 0
    readings = 0
    held = None  # --format json: one document is printed indented, several one a line

    def emit(reading) -> None:
        nonlocal held
        if fmt == "text":
            print_reading(reading, out)
        elif fmt == "jsonl":
            sys.stdout.write(reading.model_dump_json() + "\n")
        elif readings == 1:
            held = reading
        else:
            if held is not None:
                sys.stdout.write(held.model_dump_json() + "\n")
                held = None
            sys.stdout.write(reading.model_dump_json() + "\n")

    def fail(origin: str, message: str) -> None:
        nonlocal failures
        failures += 1
        from rich.markup import escape  # file names and JSON errors hold brackets

        err.print(f"[red]error[/red]: {escape(origin)}: {escape(message)}", highlight=False)

    show = err.is_terminal and (len(paths) > 1 or any(_is_multi(p) for p in paths))
    with _progress(show) as (bar, task):

        def on_input(name: str) -> None:
            if bar is not None:
                bar.update(task, description=_shorten(name))

        items = iter_sources(
            paths,
            allow_private=allow_private,
            progress=on_input,
            max_bytes=max_bytes,
            telegram_username=telegram_username,
        )
        if workers > 1:  # read in a pool of processes, printed in input order
            from .parallel import ReadOptions, open_reader, read_ordered

            def dated(docs):  # noqa: ANN001, ANN202 - the iter_sources stream
                for doc in docs:
                    if pub is not None and not isinstance(doc, IngestFailure) and doc.published is None:
                        doc.published = pub
                    yield doc

            reader = open_reader(workers=workers)
            options = ReadOptions(lang=None if lang == "auto" else lang, model=model, as_rows=False)
            try:
                for result in read_ordered(dated(items), reader, options):
                    if isinstance(result, IngestFailure):
                        fail(result.origin, result.message)
                    elif result.reading is None:
                        fail(result.origin, result.error or "not read")
                    else:
                        readings += 1
                        emit(result.reading)
                    if bar is not None:
                        bar.update(task, advance=1, failed=failures)
            finally:
                reader.close()
        else:
            # read in batches through nlp.pipe (same readings, about a tenth faster with a
            # trained pipeline); a short input is one batch, read as soon as it ends
            for group in _groups(items, BATCH_SIZE):
                docs = [item for item in group if not isinstance(item, IngestFailure)]
                for item in docs:
                    if pub is not None and item.published is None:
                        item.published = pub
                results = read_many(docs, lang=None if lang == "auto" else lang, model=model)
                for item in group:
                    if isinstance(item, IngestFailure):
                        fail(item.origin, item.message)
                    else:
                        result = next(results)
                        if isinstance(result, InputError):
                            fail(item.origin, str(result).removeprefix(f"{item.origin}: "))
                        elif isinstance(result, Exception):  # one document must not stop the others
                            fail(item.origin, f"internal error: {type(result).__name__}: {result}")
                        else:
                            readings += 1
                            emit(result)
                    if bar is not None:
                        bar.update(task, advance=1, failed=failures)
    if held is not None:
        sys.stdout.write(held.model_dump_json(indent=2) + "\n")
    sys.stdout.flush()
    if failures:
        if readings + failures > 1:
            err.print(f"{readings} read, {failures} failed", highlight=False)
        raise typer.Exit(1)
    if readings == 0:
        raise Fail("no documents to read")


def _groups(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last shorter), read lazily."""
    iterator = iter(items)
    while group := list(itertools.islice(iterator, size)):
        yield group


def _progress(show: bool):
    """A Rich progress line on stderr (only on a terminal); yields ``(progress, task)``."""
    from contextlib import contextmanager

    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .progress import RateColumn

    @contextmanager
    def ctx():
        if not show:
            yield None, None
            return
        columns = (
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed} documents, [red]{task.fields[failed]} failed[/red]"),
            RateColumn(),
            TimeElapsedColumn(),
        )
        # reports printed to a terminal go above the bar; stdout sent elsewhere is left alone
        tty_out = sys.stdout.isatty()
        with Progress(
            *columns, console=err, transient=True, redirect_stdout=tty_out, redirect_stderr=False
        ) as bar:
            yield bar, bar.add_task("reading", total=None, failed=0)

    return ctx()


def _shorten(name: str, width: int = 40) -> str:
    return name if len(name) <= width else "…" + name[-(width - 1) :]


def _is_multi(path: str) -> bool:
    p = Path(path)
    return p.is_dir() or p.suffix.lower() in (".jsonl", ".ndjson", ".json")


@app.command()
def evaluate(
    directory: Annotated[
        Path,
        typer.Argument(
            help="folder of NAME.txt files with NAME.gold.json, or a real-text annotation root "
            "(evaluation/real: holds selection.json; texts are read from ../shared/data)"
        ),
    ],
    lang: LangOpt = "auto",
    model: ModelOpt = None,
    split: Annotated[
        str | None,
        typer.Option("--split", help="dev or test (default both): real-text sets, written sets"),
    ] = None,
    only: Annotated[
        list[str] | None, typer.Option("--set", help="real-text sets: only this set (repeatable)")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="also write the report as Markdown")
    ] = None,
    misses: Annotated[bool, typer.Option("--misses", help="list what was missed or wrong")] = False,
) -> None:
    """Score the reading against gold files and print per-document and total figures."""
    from .evaluate import evaluate_dir, evaluate_real, render_markdown, render_table

    if not directory.is_dir():
        raise Fail(f"{directory}: not a folder")
    console = Console(width=None if sys.stdout.isatty() else 200)
    if (directory / "selection.json").is_file():
        if split not in (None, "dev", "test"):
            raise Fail(f"--split must be dev or test, not {split!r}")
        try:
            reports = evaluate_real(directory, split=split, sets=only, model=model)
        except InputError as exc:
            raise Fail(str(exc)) from None
        for report in reports.values():
            render_table(report, console, misses=misses)
        if output is not None:
            output.write_text("".join(render_markdown(r) for r in reports.values()), encoding="utf-8")
        return
    if split not in (None, "dev", "test"):
        raise Fail(f"--split must be dev or test, not {split!r}")
    report = evaluate_dir(directory, lang=None if lang == "auto" else lang, model=model, split=split)
    if not report.documents:
        raise Fail(f"{directory}: no NAME.txt with a NAME.gold.json beside it")
    render_table(report, console, misses=misses)
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

    for module in ("corpus_cli", "export_cli"):
        if importlib.util.find_spec(f"{__package__}.{module}") is not None:
            importlib.import_module(f"{__package__}.{module}")  # registers its commands on ``app``
    importlib.import_module(f"{__package__}.claims.cli")  # claims, conflicts, link


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


if __name__ == "__main__":
    # ``python -m sourcetrace.cli``: run the imported module, the one plugins register on
    from sourcetrace.cli import main as _main

    _main()

"""Corpus commands: ``ingest`` into a store, ``serve`` the API and reader, ``demo`` both at once
on the bundled examples. Registered on the main Typer app by :func:`sourcetrace.cli.main`."""

from __future__ import annotations

import datetime as dt
import socket
import tempfile
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from .cli import Fail, LangOpt, ModelOpt, _published, app
from .progress import RateColumn

if TYPE_CHECKING:
    import numpy as np

    from .ingest import IngestFailure, SourceDoc
    from .store import Store

EXAMPLES = Path(__file__).with_name("examples")
err = Console(stderr=True)

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="SOURCETRACE_DB",
        help="SQLite file or postgresql://URL [default: ./sourcetrace.db]",
    ),
]
TelegramUserOpt = Annotated[
    str | None,
    typer.Option(
        "--telegram-username",
        help="public @username of a Telegram export's channel: messages link to t.me/NAME/ID",
    ),
]
WorkersOpt = Annotated[
    int,
    typer.Option("--workers", "-w", min=1, help="read in this many processes (one per core)"),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        envvar="SOURCETRACE_SCHEDULER",
        help="read on a Dask cluster: tcp://HOST:PORT of its scheduler (pip install 'sourcetrace[dask]')",
    ),
]
HostOpt = Annotated[str, typer.Option("--host", help="address to listen on")]
PortOpt = Annotated[int, typer.Option("--port", min=0, max=65535, help="port to listen on")]
TokenOpt = Annotated[
    str | None,
    typer.Option(
        "--token", envvar="SOURCETRACE_TOKEN", help="bearer token that allows POST /api/documents"
    ),
]
ReadTokenOpt = Annotated[
    str | None,
    typer.Option(
        "--read-token",
        envvar="SOURCETRACE_READ_TOKEN",
        help="bearer token needed to read (default: open)",
    ),
]


def _open(db: str | None) -> Store:
    from .store import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as exc:
        raise Fail(str(exc)) from None


def _ingest_items(
    store: Store,
    items: Iterable[SourceDoc | IngestFailure],
    lang: str | None,
    model: str | None,
    reanalyse: bool,
    fix: Callable[[SourceDoc], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    collect_ids: bool = False,
    vectors: dict[str, np.ndarray] | None = None,
) -> tuple[Counter[str], list[str]]:
    """Ingest every item with a progress bar on stderr; counts by status and (``collect_ids``:
    a million-message export must not grow a list) the ids stored.

    ``workers`` > 1 reads in that many processes, ``scheduler`` on a Dask cluster; this process
    writes every result, in input order (:func:`sourcetrace.parallel.ingest.ingest_stream`).
    ``vectors``, when given: the reading also embeds the claims of what it read (the costly part
    of linking them, spread over the reading processes), and the vectors are gathered here by
    claim text, up to :data:`KEPT_VECTORS` of them."""
    from rich.markup import escape
    from sqlalchemy.exc import SQLAlchemyError

    from .parallel import ReaderError, ReadOptions, open_reader
    from .parallel.ingest import Event, ingest_stream

    ids: list[str] = []
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
    )
    try:
        reader = open_reader(workers=workers, scheduler=scheduler)
    except ReaderError as exc:
        raise Fail(str(exc)) from None
    label = {"inline": "ingesting", "processes": f"ingesting ({workers} processes)"}.get(
        reader.name, f"ingesting (Dask {scheduler})"
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def on_event(event: Event) -> None:
            if event.status == "failed":
                progress.console.print(
                    f"[red]error[/red]: {escape(event.origin)}: {escape(event.message or '')}",
                    highlight=False,
                )
            elif collect_ids and event.doc_id is not None and event.status != "busy":
                ids.append(event.doc_id)
            if vectors is not None and event.vectors:
                for text, vector in event.vectors.items():
                    if len(vectors) >= KEPT_VECTORS:
                        break
                    vectors.setdefault(text, vector)
            progress.update(task, advance=1, description=f"{label} {_short(event.origin)}")

        try:
            counts = ingest_stream(
                store,
                items,
                reader,
                ReadOptions(
                    lang=lang,
                    model=model,
                    embed_claims=vectors is not None,
                    # one engine thread per reading process: --workers N is N cores (an
                    # engine on every core would contend with the other processes and runs)
                    embed_threads=1,
                ),
                reanalyse=reanalyse,
                fix=fix,
                on_event=on_event,
            )
        except ReaderError as exc:
            raise Fail(str(exc)) from None
        except SQLAlchemyError as exc:
            raise Fail(
                f"database error: {str(getattr(exc, 'orig', None) or exc).strip().splitlines()[0]}"
            ) from None
        finally:
            reader.close()
    return counts, ids


#: claim vectors an ingest keeps for the linking after it (about 2 kB each with its text, so at
#: most about 100 MB); the texts of a larger run beyond these are embedded by the linking itself
KEPT_VECTORS = 50_000


def _short(origin: str, width: int = 40) -> str:
    return origin if len(origin) <= width else "…" + origin[-(width - 1) :]


def _summary(counts: Counter[str]) -> str:
    parts = [
        f"{counts['created']} new",
        f"{counts['updated']} re-analysed",
        f"{counts['exists']} already stored",
    ]
    if counts["busy"]:
        parts.append(f"{counts['busy']} being read by another run")
    if counts["failed"]:
        parts.append(f"{counts['failed']} failed")
    return ", ".join(parts)


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="files, folders, JSONL, Telegram exports, URLs, or - for stdin"),
    ],
    db: DbOpt = None,
    lang: LangOpt = "auto",
    published: Annotated[
        str | None, typer.Option(help="publication date for all, YYYY-MM-DD")
    ] = None,
    model: ModelOpt = None,
    reanalyse: Annotated[
        bool,
        typer.Option("--reanalyse", help="re-read documents stored by another pipeline version"),
    ] = False,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="allow URLs on private/loopback addresses")
    ] = False,
    telegram_username: TelegramUserOpt = None,
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
) -> None:
    """Read documents and store their readings (same text twice is stored once).

    Several runs may ingest into one store at once; a run stopped at any point resumes when run
    again. --workers N reads in N processes, --scheduler on a Dask cluster."""
    from .ingest.sources import iter_sources
    from .store import normalise_url

    pub = _published(published)
    store = _open(db)
    try:

        def fix(doc: SourceDoc) -> None:
            if pub is not None:
                doc.published = pub

        items = iter_sources(
            paths, allow_private=allow_private, telegram_username=telegram_username
        )
        from .claims.cli import link_ingested, linking_wanted  # claims register their commands

        vectors: dict[str, np.ndarray] | None = {} if linking_wanted() else None
        counts, ids = _ingest_items(
            store,
            items,
            None if lang == "auto" else lang,
            model,
            reanalyse,
            fix,
            workers=workers,
            scheduler=scheduler,
            collect_ids=True,
            vectors=vectors,
        )
        link_ingested(store, ids, vectors)
    finally:
        store.close()
    typer.echo(f"{_summary(counts)} -> {_display_db(normalise_url(db))}")
    if counts["failed"]:
        raise typer.Exit(1)


def _display_db(url: str) -> str:
    from sqlalchemy import make_url

    return make_url(url).render_as_string(hide_password=True).removeprefix("sqlite:///")


def _check_port(host: str, port: int) -> None:
    """Fail with one line when the address is taken, before the server starts."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise Fail(f"--host: cannot resolve {host!r}") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise Fail(
                f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port"
            ) from None


def _demo_port(host: str) -> int:
    """8000 when it is free, else any free port: the quick start must not stop on a busy port."""
    try:
        _check_port(host, 8000)
        return 8000
    except Fail:
        pass
    with socket.socket() as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    err.print(f"port 8000 is in use; serving on {port} instead", highlight=False)
    return port


def _url(host: str, port: int, path: str = "") -> str:
    shown = f"[{host}]" if ":" in host else host
    if host in ("0.0.0.0", "::"):
        shown = "127.0.0.1"
    return f"http://{shown}:{port}{path}"


def _serve(
    store: Store, host: str, port: int, token: str | None, read_token: str | None, path: str = ""
) -> None:
    import uvicorn

    from .api import create_app

    _check_port(host, port)
    if host not in ("127.0.0.1", "localhost", "::1") and not read_token:
        err.print(
            f"note: listening on {host} without --read-token: whoever reaches it can read the corpus",
            highlight=False,
        )
    application = create_app(store=store, token=token, read_token=read_token)
    typer.echo(
        f"Open {_url(host, port, path)}   (API docs: {_url(host, port, '/docs')}; Ctrl+C stops)"
    )
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def serve(
    db: DbOpt = None,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    token: TokenOpt = None,
    read_token: ReadTokenOpt = None,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web reader over a store."""
    store = _open(db)
    try:
        _serve(store, host, port, token, read_token)
    finally:
        store.close()


def example_sources() -> tuple[list[SourceDoc], str | None]:
    """The bundled examples with their catalogue metadata, and the seed article's file name."""
    from .ingest.sources import read_text_file

    catalog = tomllib.loads((EXAMPLES / "catalog.toml").read_text(encoding="utf-8"))
    docs: list[SourceDoc] = []
    seed = None
    for name, meta in catalog.items():
        doc = read_text_file(EXAMPLES / name)
        doc.origin = f"examples/{name}"
        doc.title = meta.get("title")
        doc.source = meta.get("source")
        doc.language = meta.get("language")
        if isinstance(meta.get("published"), dt.date):
            doc.published = meta["published"]
        if meta.get("seed"):
            seed = doc.origin
        docs.append(doc)
    return docs, seed


@app.command()
def demo(
    db: Annotated[
        str | None,
        typer.Option("--db", help="store to fill [default: a fresh temporary SQLite file]"),
    ] = None,
    host: HostOpt = "127.0.0.1",
    port: Annotated[
        int | None,
        typer.Option(
            "--port", min=0, max=65535, help="port [default: 8000, or a free one if taken]"
        ),
    ] = None,
    no_serve: Annotated[
        bool, typer.Option("--no-serve", help="only ingest and print where the seed article is")
    ] = False,
) -> None:
    """Ingest the bundled example articles into a fresh store and serve them: the quick start."""
    from .store import content_id, normalise_url

    if db is None:
        db = str(Path(tempfile.mkdtemp(prefix="sourcetrace-demo-")) / "demo.db")
    if not no_serve:
        if port is None:
            port = _demo_port(host)
        else:
            _check_port(host, port)
    store = _open(db)
    try:
        docs, seed = example_sources()
        counts, _ = _ingest_items(store, docs, None, None, False)
        typer.echo(f"{_summary(counts)} -> {_display_db(normalise_url(db))}")
        seed_doc = next((d for d in docs if d.origin == seed), docs[0])
        path = f"/documents/{content_id(seed_doc.text)}"
        if no_serve:
            typer.echo(f"Seed article: {path}")
            return
        _serve(store, host, port, None, None, path)
    finally:
        store.close()

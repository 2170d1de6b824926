"""Engines for the two stores: an embedded SQLite file (WAL, foreign keys, nothing to set up) and
PostgreSQL by URL. The schema is brought up to date with Alembic whenever a store is opened."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

DEFAULT_DB = "sourcetrace.db"
MIGRATIONS = Path(__file__).with_name("migrations")
#: SQLite connections kept open: as many as the server's threads that read at once (anyio's
#: default of 40), so a burst of readers never opens and closes connections per request
SQLITE_POOL_SIZE = 40


class StoreError(Exception):
    """A store that cannot be opened: bad URL, missing driver, unreachable server."""


def normalise_url(db: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from what users type: a path, ``sqlite:///...`` or ``postgresql://...``.

    ``postgresql://`` gets the psycopg 3 driver, the one we depend on, instead of psycopg2."""
    raw = str(db) if db is not None else os.environ.get("SOURCETRACE_DB") or DEFAULT_DB
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().absolute()}"
    if raw.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    return raw


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(db: str | os.PathLike[str] | None = None) -> Engine:
    """An engine for ``db`` (path or URL); raises :class:`StoreError` for an unusable URL."""
    url_text = normalise_url(db)
    try:
        url: URL = make_url(url_text)
    except ArgumentError:
        raise StoreError(f"not a database URL or path: {url_text!r}") from None
    try:
        backend = url.get_backend_name()
        url.get_dialect()
    except NoSuchModuleError:
        raise StoreError(
            f"unsupported database {url.drivername!r}: use an SQLite path or postgresql://"
        ) from None
    except ImportError as exc:
        raise StoreError(
            f"database driver missing ({exc.name}); pip install 'psycopg[binary]'"
        ) from None
    if backend == "sqlite":
        database = url.database or ""
        if database and database != ":memory:":
            parent = Path(database).parent
            if not parent.is_dir():
                raise StoreError(f"{database}: folder {parent} does not exist")
        # the server reads from many threads at once: connections beyond the pool were opened
        # (with their pragmas) and closed again on every request, a third of a read's CPU
        on_disk = bool(database) and database != ":memory:"  # memory: one shared connection
        pool = {"pool_size": SQLITE_POOL_SIZE, "max_overflow": SQLITE_POOL_SIZE} if on_disk else {}
        engine = create_engine(url, connect_args={"check_same_thread": False}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        try:
            return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
        except ImportError as exc:
            raise StoreError(
                f"PostgreSQL driver missing ({exc.name}); pip install 'psycopg[binary]'"
            ) from None
    raise StoreError(f"unsupported database {backend!r}: use an SQLite path or postgresql://")


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest Alembic revision (programmatic, no alembic.ini)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # two processes opening a new database at once: one migrates, the other waits
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7305114)")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

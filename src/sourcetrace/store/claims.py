"""Claims: a run says "I am reading this document" before it spends the analysis on it.

Several ``sourcetrace ingest`` processes on one store must not read the same document twice
(needless work) and must never lose one. A claim is a lock the operating system or the database
server drops by itself when its holder dies, so a run killed with ``kill -9`` leaves nothing
claimed behind and a rerun takes over at once, with no lease to wait out:

* SQLite: a POSIX byte-range lock (``fcntl``) in ``<db>.claims`` beside the database, at an
  offset taken from the document id. The kernel releases it when the process ends.
* PostgreSQL: a session advisory lock (``pg_try_advisory_lock``) on one connection the run keeps
  open; the server releases it when that connection closes, from any machine.

Claims are an economy, not the guarantee: storing is idempotent on its own
(:meth:`sourcetrace.store.Store.save_rows`), so a store without claims (another backend, a
platform without ``fcntl``) is still correct, only less thrifty. One small class per backend
registers itself in :data:`CLAIMS`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Engine, text


class Claims(Protocol):
    """What a run asks of a claim backend."""

    def claim(self, doc_id: str) -> bool:
        """True when this run now holds ``doc_id`` (or held it already); False when another
        live run holds it."""
        ...

    def release(self, doc_id: str) -> None:
        """Give ``doc_id`` back (stored or failed)."""
        ...

    def close(self) -> None:
        """Release everything this run holds."""
        ...


CLAIMS: dict[str, Callable[[Engine], Claims]] = {}


def register(dialect: str) -> Callable[[Callable[[Engine], Claims]], Callable[[Engine], Claims]]:
    def add(factory: Callable[[Engine], Claims]) -> Callable[[Engine], Claims]:
        CLAIMS[dialect] = factory
        return factory

    return add


def _lock_key(doc_id: str) -> int:
    """A signed 63-bit number from the (hex sha256) document id: a lock offset or key."""
    return int(doc_id[:16], 16) >> 1


class NoClaims:
    """Every document is claimable: correct (writes are idempotent), only not thrifty."""

    def claim(self, doc_id: str) -> bool:
        return True

    def release(self, doc_id: str) -> None:
        return None

    def close(self) -> None:
        return None


@register("sqlite")
class FileRangeClaims:
    """One byte-range lock per document in ``<db>.claims``; the kernel drops them on exit."""

    def __init__(self, engine: Engine):
        import fcntl  # POSIX only; open_claims falls back to NoClaims elsewhere

        self._fcntl = fcntl
        database = engine.url.database or ""
        if not database or database == ":memory:":
            raise OSError("an in-memory database has no file to lock beside it")
        self.path = Path(f"{database}.claims")
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        self._held: set[str] = set()

    def claim(self, doc_id: str) -> bool:
        if doc_id in self._held:
            return True
        try:
            self._fcntl.lockf(
                self._fd, self._fcntl.LOCK_EX | self._fcntl.LOCK_NB, 1, _lock_key(doc_id)
            )
        except OSError:
            return False
        self._held.add(doc_id)
        return True

    def release(self, doc_id: str) -> None:
        if doc_id in self._held:
            self._held.discard(doc_id)
            self._fcntl.lockf(self._fd, self._fcntl.LOCK_UN, 1, _lock_key(doc_id))

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing the file drops every lock this process holds on it
            self._fd = -1
            self._held.clear()


@register("postgresql")
class AdvisoryClaims:
    """Session advisory locks on one dedicated connection, released when it closes."""

    def __init__(self, engine: Engine):
        self._connection: Connection = engine.connect().execution_options(
            isolation_level="AUTOCOMMIT"
        )
        self._held: set[str] = set()

    def claim(self, doc_id: str) -> bool:
        if doc_id in self._held:
            return True
        got = self._connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": _lock_key(doc_id)}
        ).scalar()
        if got:
            self._held.add(doc_id)
        return bool(got)

    def release(self, doc_id: str) -> None:
        if doc_id in self._held:
            self._held.discard(doc_id)
            self._connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": _lock_key(doc_id)}
            )

    def close(self) -> None:
        if not self._connection.closed:
            self._held.clear()
            # the connection goes back to the pool, not away: drop its locks explicitly
            self._connection.execute(text("SELECT pg_advisory_unlock_all()"))
            self._connection.close()


def open_claims(engine: Engine) -> Claims:
    """The claim backend for ``engine``'s database, or :class:`NoClaims` when it has none."""
    factory = CLAIMS.get(engine.dialect.name)
    if factory is None:
        return NoClaims()
    try:
        return factory(engine)
    except (ImportError, OSError):
        return NoClaims()

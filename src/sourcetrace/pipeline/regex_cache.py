"""Compiled forms of the rules' regular expressions, kept on disk between processes.

Building a reading pipeline compiles a few hundred regular expressions from the language data,
some of them alternations of hundreds of cue words, and reads the first characters of the
largest (``regex_prefilter``). Python's ``re`` parses and compiles a pattern in Python code and
keeps the result only in the process: about a third of a second of every ``sourcetrace
analyze`` start-up went there (issue #14). The compiled form of a pattern is the list of
integers ``re`` hands its C engine (``_sre.compile``), a pure function of the pattern text, its
flags and the Python version; this module keeps those lists in one file per language under the
user cache directory and builds the pattern object from them directly next time.

Use :func:`session` around a pipeline build and :func:`compile` instead of ``re.compile`` for
the patterns the build makes; outside a session :func:`compile` is ``re.compile``. The cache
only saves time: an unreadable, missing or unwritable file means the patterns are compiled as
``re`` always does, and the file name carries the Python version and the engine's magic number,
so a pattern is never built from another version's code (and a hash of the modules that
compute the other kept values, so none is read back after their code changed); the engine validates the code it is
given, and an entry it refuses is compiled again. The file is read with ``marshal``, as Python
reads its own bytecode cache, from the user's own cache directory. ``SOURCETRACE_CACHE_DIR``
moves the cache; ``SOURCETRACE_REGEX_CACHE=0`` turns it off.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: one compiled pattern: final flags, engine code, group count - 1, group index, index group
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """The entries of one cache file, and which of them this process used or added."""

    def __init__(self, path: Path | None):
        self.path = path
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.added = False
        if path is not None:
            with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
                loaded = marshal.loads(path.read_bytes())
                if isinstance(loaded, dict):
                    self.entries = loaded

    def remember(self, key: str, compute: Callable[[], Any]) -> Any:
        self.used.add(key)
        if key in self.entries:
            return self.entries[key]
        value = compute()
        self.entries[key] = value
        self.added = True
        return value

    def save(self) -> None:
        """Write the entries back when this process added any (atomically; errors ignored:
        the next start-up compiles again). Entries this process did not use are kept unless
        they outnumber the used ones, so the file does not grow with every edit of the data."""
        if self.path is None or not self.added:
            return
        entries = self.entries
        if len(entries) > 2 * len(self.used):
            entries = {key: value for key, value in entries.items() if key in self.used}
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(marshal.dumps(entries))
                os.replace(temporary, self.path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            # the same scope's files of other Python versions or older code are not read again
            for other in self.path.parent.glob(self.path.name.rsplit("-", 1)[0] + "-*.marshal"):
                if other != self.path:
                    with contextlib.suppress(OSError):
                        other.unlink()
        self.added = False


class _Session(threading.local):
    """The store of the session open in this thread (pipelines built in two threads at once,
    as a server may, each use their own)."""

    store: _Store | None = None


_session = _Session()


def cache_dir() -> Path:
    """Where the compiled forms are kept: ``SOURCETRACE_CACHE_DIR``, else the user cache
    directory (``~/.cache/sourcetrace`` on Linux)."""
    configured = os.environ.get("SOURCETRACE_CACHE_DIR")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("sourcetrace"))


#: our modules whose code computes kept values (:func:`remember`): a change to any of them
#: starts a new file, so no value an older version computed is read back
_PRODUCERS = ("regex_cache.py", "regex_prefilter.py", "date_vocab.py")


def _file_for(scope: str) -> Path | None:
    if os.environ.get("SOURCETRACE_REGEX_CACHE", "1") == "0":
        return None
    digest = hashlib.sha256(
        f"{sys.implementation.cache_tag}-{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}".encode()
    )
    for name in _PRODUCERS:
        try:
            digest.update(Path(__file__).with_name(name).read_bytes())
        except OSError:  # not installed as files: the sources cannot be told apart
            return None
    return cache_dir() / f"regex-{scope}-{digest.hexdigest()[:16]}.marshal"


@contextlib.contextmanager
def session(scope: str) -> Iterator[None]:
    """Compile through the cache file of ``scope`` (a language code) inside the block, and
    write it back at the end. Sessions nest: an inner one uses the outer's store."""
    if _session.store is not None:
        yield
        return
    store = _Store(_file_for(scope))
    _session.store = store
    try:
        yield
    finally:
        _session.store = None
        store.save()


def remember(kind: str, pattern: str, flags: int, compute: Callable[[], Any]) -> Any:
    """``compute()`` for ``pattern`` and ``flags``, kept in the session's cache under ``kind``
    (the value must be made of what ``marshal`` writes: numbers, strings, lists, tuples,
    dicts, sets, None)."""
    store = _session.store
    if store is None:
        return compute()
    return store.remember(f"{kind}\0{int(flags)}\0{pattern}", compute)


def _compiled_form(pattern: str, flags: int) -> Compiled:
    """What ``re._compiler.compile`` hands the engine for ``pattern`` (its steps, in order)."""
    parsed = sre_parse.parse(pattern, flags)
    code = [int(word) for word in sre_compile._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001
    """``re.compile(pattern, flags)``, from the cache when a :func:`session` is open."""
    flags = int(flags)
    store = _session.store
    if store is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    kept = remember("re", pattern, flags, lambda: _compiled_form(pattern, flags))
    try:
        final_flags, code, groups, groupindex, indexgroup = kept
        # the engine checks the code it is given (``invalid SRE code`` otherwise)
        return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
    except (RuntimeError, TypeError, ValueError):  # an entry that is not what we wrote
        store.entries[f"re\0{flags}\0{pattern}"] = _compiled_form(pattern, flags)
        store.added = True
        return re.compile(pattern, flags)

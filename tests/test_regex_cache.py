"""The rules' compiled patterns kept on disk (``pipeline/regex_cache.py``) match as ``re`` does."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sourcetrace.pipeline import regex_cache
from sourcetrace.pipeline.date_vocab import compile_patterns

SRC = str(Path(__file__).resolve().parents[1] / "src")
TEXT = "Ifølge politiet i Kyiv sa 12 personer: «Vi så 300–400 droner 3. mars 2024», sier Kari."
PATTERNS = [
    (r"(?<!\w)(?:ifølge|sier|sa)(?!\w)", re.I),
    (r"(?P<n>\d+)[–-](?P<m>\d+)\s+(?P<unit>droner?)", 0),
    (r"(?P<day>[0-3]?\d)\.\s*(?P<month>mars|april)\s+(?P<year>20\d\d)", re.I),
    (r"«(?P<said>[^»]+)»", 0),
]


def _behaviour(pattern: re.Pattern[str]) -> tuple:
    return (
        pattern.pattern,
        pattern.flags,
        pattern.groups,
        dict(pattern.groupindex),
        [(m.span(), m.groupdict(), m.lastgroup) for m in pattern.finditer(TEXT)],
    )


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCETRACE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SOURCETRACE_REGEX_CACHE", raising=False)
    return tmp_path


def test_cold_and_warm_cache_compile_what_re_compiles(cache_dir: Path) -> None:
    expected = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    with regex_cache.session("xx"):
        cold = [_behaviour(regex_cache.compile(p, f)) for p, f in PATTERNS]
    files = list(cache_dir.glob("regex-xx-*.marshal"))
    assert len(files) == 1
    with regex_cache.session("xx"):
        warm = [_behaviour(regex_cache.compile(p, f)) for p, f in PATTERNS]
    assert cold == expected
    assert warm == expected


def test_a_damaged_cache_file_is_compiled_again_and_rewritten(cache_dir: Path) -> None:
    with regex_cache.session("xx"):
        regex_cache.compile(*PATTERNS[0])
    (path,) = cache_dir.glob("regex-xx-*.marshal")
    path.write_bytes(b"\x00not a cache")
    with regex_cache.session("xx"):
        found = _behaviour(regex_cache.compile(*PATTERNS[1]))
    assert found == _behaviour(re.compile(*PATTERNS[1]))
    with regex_cache.session("xx"):
        assert _behaviour(regex_cache.compile(*PATTERNS[1])) == found
    assert path.read_bytes() != b"\x00not a cache"


def test_a_cache_entry_the_engine_refuses_is_compiled_again(cache_dir: Path) -> None:
    with regex_cache.session("xx"):
        regex_cache.compile(*PATTERNS[3])
    (path,) = cache_dir.glob("regex-xx-*.marshal")
    entries = marshal.loads(path.read_bytes())
    for key, (flags, code, groups, groupindex, indexgroup) in list(entries.items()):
        entries[key] = (flags, [99999] + code[1:], groups, groupindex, indexgroup)  # no valid code
    path.write_bytes(marshal.dumps(entries))
    with regex_cache.session("xx"):
        assert _behaviour(regex_cache.compile(*PATTERNS[3])) == _behaviour(re.compile(*PATTERNS[3]))
    with regex_cache.session("xx"):
        assert _behaviour(regex_cache.compile(*PATTERNS[3])) == _behaviour(re.compile(*PATTERNS[3]))


def test_a_file_of_another_version_is_not_read_and_goes(cache_dir: Path) -> None:
    stale = cache_dir / "regex-xx-0123456789abcdef.marshal"
    stale.write_bytes(marshal.dumps({f"re\0{0}\0{PATTERNS[1][0]}": (0, [1], 0, {}, ())}))
    with regex_cache.session("xx"):
        found = _behaviour(regex_cache.compile(*PATTERNS[1]))
    assert found == _behaviour(re.compile(*PATTERNS[1]))
    assert not stale.exists()
    assert len(list(cache_dir.glob("regex-xx-*.marshal"))) == 1


def test_turned_off_or_outside_a_session_nothing_is_written(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert regex_cache.compile(*PATTERNS[2]).pattern == PATTERNS[2][0]
    monkeypatch.setenv("SOURCETRACE_REGEX_CACHE", "0")
    with regex_cache.session("xx"):
        assert _behaviour(regex_cache.compile(*PATTERNS[2])) == _behaviour(re.compile(*PATTERNS[2]))
    assert list(cache_dir.iterdir()) == []


def test_a_bad_pattern_still_raises_re_error(cache_dir: Path) -> None:
    with regex_cache.session("xx"), pytest.raises(re.error):
        regex_cache.compile(r"(?P<open>unclosed")


def test_date_patterns_are_the_same_text_in_every_process() -> None:
    """Words of one length in a fixed order: a cached pattern is found again in the next
    process whatever its string hash seed."""
    code = (
        "import json\nfrom sourcetrace.pipeline.date_vocab import compile_patterns\n"
        "print(json.dumps([p.pattern for p in compile_patterns('nb')]))"
    )
    seen = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONPATH": SRC, "PYTHONHASHSEED": seed},
            capture_output=True, text=True, check=True, timeout=300,
        )
        seen.append(json.loads(done.stdout))
    assert seen[0] == seen[1] == [p.pattern for p in compile_patterns("nb")]


def test_sessions_in_two_threads_keep_their_own_files(cache_dir: Path) -> None:
    found: dict[str, list[tuple]] = {}

    def build(scope: str) -> None:
        with regex_cache.session(scope):
            found[scope] = [_behaviour(regex_cache.compile(p, f)) for p, f in PATTERNS]

    threads = [threading.Thread(target=build, args=(scope,)) for scope in ("xx", "yy")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    assert found == {"xx": expected, "yy": expected}
    assert sorted(path.name.split("-")[1] for path in cache_dir.glob("regex-*.marshal")) == ["xx", "yy"]

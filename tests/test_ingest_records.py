"""JSON Lines corpora, JSON documents, folders and sniffing: one bad record fails alone."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from sourcetrace.ingest import IngestFailure, SourceDoc
from sourcetrace.ingest.sources import iter_sources

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "pages"
EXPORT = Path(__file__).parent / "fixtures" / "ingest" / "telegram_export" / "result.json"

GOOD = [
    {
        "id": "a1",
        "text": "Ukraine said on Tuesday it had shot down 30 drones over Kyiv overnight.",
        "url": "https://example.org/a1",
        "published": "2024-02-06",
        "source": "Wire",
        "language": "en",
    },
    {
        "id": "a2",
        "html": (PAGES / "nb-drone-angrep.htm").read_text(encoding="utf-8"),
        "published": "2024-11-13T08:00:00Z",
    },
    {
        "text": "Министерство обороны России заявило, что ПВО сбила 12 беспилотников.",
        "category": "mod",
    },
]


def read(*paths, **kw) -> list:
    return list(iter_sources([str(p) for p in paths], **kw))


def write_lines(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return path


def test_jsonl_records_with_fields(tmp_path: Path):
    path = write_lines(tmp_path / "corpus.jsonl", [json.dumps(r, ensure_ascii=False) for r in GOOD])
    a1, a2, a3 = read(path)
    assert (a1.origin, a1.url, a1.published, a1.source, a1.language, a1.meta["id"]) == (
        f"{path}:1",
        "https://example.org/a1",
        dt.date(2024, 2, 6),
        "Wire",
        "en",
        "a1",
    )
    # html records go through extraction; the record's date wins over the page's
    assert a2.text.startswith("Ukraina: – Skjøt ned 20 droner") and a2.author == "Kari Nordmann"
    assert a2.published == dt.date(2024, 11, 13)
    assert a3.language is None and a3.meta["extra"] == {"category": "mod"}


def test_bad_lines_fail_alone_with_file_and_line(tmp_path: Path):
    lines = [
        json.dumps(GOOD[0]),
        '{"text": "unterminated',
        "",
        '["not", "an", "object"]',
        '{"title": "no body"}',
        '{"text": "Kyiv.", "published": "last Tuesday"}',
        b'{"text": "\xff\xfe caf\xe9"}',
        json.dumps({"text": "x" * 2000}),
        json.dumps(GOOD[2], ensure_ascii=False),
    ]
    path = write_lines(tmp_path / "c.ndjson", lines)
    items = read(path, max_bytes=1000)
    docs = [i for i in items if isinstance(i, SourceDoc)]
    failures = {i.origin: i.message for i in items if isinstance(i, IngestFailure)}
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:9"]
    assert failures[f"{path}:2"].startswith("malformed JSON: Unterminated string")
    assert failures[f"{path}:4"] == "expected a JSON object, got list"
    assert failures[f"{path}:5"] == "no 'text' or 'html' field"
    assert failures[f"{path}:6"] == "published: not a date: 'last Tuesday'"
    assert failures[f"{path}:7"].startswith("not UTF-8")
    assert failures[f"{path}:8"].startswith("too large")
    assert len(failures) == 6  # the blank line 3 is no document and no failure


def test_json_file_with_one_record_or_a_list(tmp_path: Path):
    single = tmp_path / "one.json"
    single.write_text(json.dumps(GOOD[0]))
    (doc,) = read(single)
    assert doc.origin == str(single) and doc.source == "Wire"
    many = tmp_path / "many.json"
    many.write_text(json.dumps([GOOD[0], {"nope": 1}, GOOD[2]], ensure_ascii=False))
    items = read(many)
    assert [type(i).__name__ for i in items] == ["SourceDoc", "IngestFailure", "SourceDoc"]
    assert items[1].origin == f"{many}#1"


def test_folder_is_read_recursively_by_extension(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "note.txt").write_text("Kyiv said 30 drones were shot down.")
    (tmp_path / "a" / "b" / "page.html").write_bytes(
        (PAGES / "en-kharkiv-strike.html").read_bytes()
    )
    (tmp_path / "a" / "b" / "corpus.jsonl").write_text(
        json.dumps(GOOD[0]) + "\n" + json.dumps(GOOD[0])
    )
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden")
    origins = [i.origin for i in read(tmp_path) if isinstance(i, SourceDoc)]
    b = tmp_path / "a" / "b"
    assert origins == [
        f"{b / 'corpus.jsonl'}:1",
        f"{b / 'corpus.jsonl'}:2",
        str(b / "page.html"),
        str(tmp_path / "a" / "note.txt"),
    ]


def test_oversize_and_missing_files(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text("Kyiv. " * 1000)
    (fail,) = read(big, max_bytes=100)
    assert isinstance(fail, IngestFailure) and fail.message.startswith("too large: 6000 bytes")
    (fail,) = read(tmp_path / "nope.txt")
    assert fail.message == "no such file or folder"


def test_stdin_is_sniffed(monkeypatch):
    def stdin(data: bytes) -> list:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
        return read("-")

    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in GOOD).encode()
    assert [i.origin for i in stdin(lines)] == ["stdin:1", "stdin:2", "stdin:3"]
    (page,) = stdin((PAGES / "en-kharkiv-strike.html").read_bytes())
    assert page.author == "Anna Lindqvist" and "<p>" not in page.text
    posts = stdin(EXPORT.read_bytes())
    assert [p.meta["message_id"] for p in posts] == [2, 3, 4, 5, 8]
    (text,) = stdin(b"Ukraine said 30 drones were shot down.")
    assert text.text.startswith("Ukraine said") and text.origin == "stdin"
    (one,) = stdin(json.dumps(GOOD[0]).encode())
    assert one.url == "https://example.org/a1"


def test_unknown_extension_is_sniffed(tmp_path: Path):
    path = tmp_path / "saved_page"
    path.write_bytes((PAGES / "nb-drone-angrep.htm").read_bytes())
    (doc,) = read(path)
    assert doc.title.startswith("Ukraina") and doc.meta["format"] == "html"

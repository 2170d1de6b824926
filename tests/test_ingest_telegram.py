"""Telegram Desktop exports (result.json): every post a document, streamed, with its metadata."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from sourcetrace.ingest import IngestFailure, SourceDoc
from sourcetrace.ingest.sources import iter_sources, walk
from sourcetrace.ingest.telegram import flatten_text

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
EXPORT = FIXTURES / "telegram_export" / "result.json"


def read(*paths: Path | str, **kw) -> list[SourceDoc | IngestFailure]:
    return list(iter_sources([str(p) for p in paths], **kw))


def docs_by_id(items) -> dict[int, SourceDoc]:
    return {d.meta["message_id"]: d for d in items if isinstance(d, SourceDoc)}


def test_messages_become_documents_and_service_messages_do_not():
    items = read(EXPORT)
    assert not [i for i in items if isinstance(i, IngestFailure)]
    docs = docs_by_id(items)
    raw = json.loads(EXPORT.read_text(encoding="utf-8"))["messages"]
    service = {m["id"] for m in raw if m["type"] == "service"}
    captionless = {m["id"] for m in raw if m["type"] == "message" and not flatten_text(m["text"])}
    assert service and captionless
    assert set(docs) == {m["id"] for m in raw} - service - captionless
    for doc in docs.values():
        assert doc.source == "Фронтовые сводки"
        assert doc.meta["channel_id"] == 1712345678
        assert doc.origin == f"{EXPORT}#{doc.meta['message_id']}"


def test_text_given_as_entity_list_is_concatenated():
    docs = docs_by_id(read(EXPORT))
    odesa = docs[3]
    assert odesa.text.startswith("Одеса. Речник Сил оборони півдня Наталія Гуменюк заявила")
    assert "Подробиці: Суспільне #Одеса" in odesa.text
    assert odesa.meta["links"] == ["https://suspilne.media/odesa/"]
    assert flatten_text(["a ", {"type": "bold", "text": "b"}, {"type": "x"}, " c"]) == "a b c"


def test_media_becomes_the_medium():
    docs = docs_by_id(read(EXPORT))
    assert docs[2].meta["medium"] == "Telegram post" and "media_type" not in docs[2].meta
    assert (docs[3].meta["media_type"], docs[3].meta["medium"]) == ("photo", "photo on Telegram")
    assert (docs[4].meta["media_type"], docs[4].meta["medium"]) == (
        "video_file",
        "video on Telegram",
    )
    assert docs[8].meta["medium"] == "video on Telegram"


def test_forward_reply_edit_date_and_link():
    docs = docs_by_id(read(EXPORT))
    fwd = docs[4]
    assert fwd.meta["forwarded_from"] == "Kyiv Independent"
    assert fwd.meta["forwarded_from_id"] == "channel1494386364"
    reply = docs[5]
    assert reply.meta["reply_to_message_id"] == 2
    assert reply.meta["edited"] == "2024-03-03T09:45:12"
    assert str(reply.published) == "2024-03-03"
    # the export holds no @username: the link is the members' form, and url stays unset
    assert reply.meta["link"] == "https://t.me/c/1712345678/5"
    assert reply.meta["link_kind"] == "members" and reply.url is None
    public = docs_by_id(read(EXPORT, telegram_username="@frontsvodki"))
    assert public[5].url == public[5].meta["link"] == "https://t.me/frontsvodki/5"


def test_export_folder_reads_result_json_not_media(tmp_path: Path):
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "result.json").write_bytes(EXPORT.read_bytes())
    (tmp_path / "export" / "files").mkdir()
    (tmp_path / "export" / "files" / "attachment.txt").write_text("an attached file, not a post")
    assert [p.name for p in walk(tmp_path)] == ["result.json"]
    assert len(docs_by_id(read(tmp_path))) == 5


def test_export_with_a_byte_order_mark(tmp_path: Path):
    path = tmp_path / "result.json"
    path.write_bytes(b"\xef\xbb\xbf" + EXPORT.read_bytes())
    assert sorted(docs_by_id(read(path))) == [2, 3, 4, 5, 8]


def test_header_after_messages_is_still_found(tmp_path: Path):
    data = json.loads(EXPORT.read_text(encoding="utf-8"))
    reordered = {
        "messages": data["messages"],
        "id": data["id"],
        "type": data["type"],
        "name": data["name"],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(reordered, ensure_ascii=False), encoding="utf-8")
    docs = docs_by_id(read(path))
    assert len(docs) == 5 and docs[2].source == "Фронтовые сводки"


def test_malformed_export_keeps_messages_before_the_break(tmp_path: Path):
    text = EXPORT.read_text(encoding="utf-8")
    cut = text.index('"id": 5')
    path = tmp_path / "result.json"
    path.write_text(text[:cut] + '"id": 5, "text": "broken', encoding="utf-8")
    items = read(path)
    assert sorted(docs_by_id(items)) == [2, 3, 4]
    failure = items[-1]
    assert isinstance(failure, IngestFailure) and failure.origin == str(path)
    assert "malformed JSON after message #" in failure.message


def test_oversize_message_fails_alone(tmp_path: Path):
    data = json.loads(EXPORT.read_text(encoding="utf-8"))
    data["messages"][2]["text"] = "Київ. " * 400
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    items = read(path, max_bytes=1000)
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert [f.origin for f in failures] == [f"{path}#3"] and "too large" in failures[0].message
    assert len(docs_by_id(items)) == 4


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"about": "x", "chats": {"list": []}}', "full account export"),
        ('{"name": "x", "id": 1}', "not a Telegram export"),
        ('{"name": "x", "messages": [', "malformed JSON"),
    ],
)
def test_json_that_is_not_a_readable_export(tmp_path: Path, content: str, message: str):
    path = tmp_path / "result.json"
    path.write_text(content, encoding="utf-8")
    items = read(path)
    assert any(isinstance(i, IngestFailure) and message in i.message for i in items), items


def write_export(path: Path, n: int) -> None:
    """A synthetic channel export of ``n`` posts, written as a stream (Desktop's layout)."""
    kinds = [
        {},
        {"photo": "photos/p.jpg"},
        {"media_type": "video_file", "file": "video_files/v.mp4"},
        {"forwarded_from": "Kyiv Independent"},
    ]
    with path.open("w", encoding="utf-8") as f:
        f.write(
            '{\n "name": "Synthetic",\n "type": "public_channel",\n "id": 42,\n "messages": [\n'
        )
        for i in range(1, n + 1):
            msg = {
                "id": i,
                "type": "message",
                "date": "2024-03-02T08:14:05",
                "from": "Synthetic",
                "text": [
                    f"Пост {i}: ",
                    {"type": "bold", "text": "ЗСУ"},
                    " повідомили про 12 дронів.",
                ],
                **kinds[i % len(kinds)],
            }
            f.write(("  " if i == 1 else ",\n  ") + json.dumps(msg, ensure_ascii=False))
        f.write("\n ]\n}\n")


def _peak(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for item in iter_sources([str(path)]) if isinstance(item, SourceDoc))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_export(tmp_path: Path):
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    write_export(small, 2_000)
    write_export(large, 8_000)
    n_small, peak_small = _peak(small)
    n_large, peak_large = _peak(large)
    assert (n_small, n_large) == (2_000, 8_000)
    # four times the messages (and bytes) must not mean more memory: streamed, not loaded
    assert peak_large < peak_small * 1.5 + 200_000, (peak_small, peak_large)


def test_forwarded_and_medium_hooks_for_the_analysis():
    from sourcetrace.ingest.provenance import default_medium, source_attributions

    docs = docs_by_id(read(EXPORT))
    (fwd,) = source_attributions(docs[4], docs[4].text, 3)
    assert (fwd.id, fwd.relation, fwd.source.name, fwd.source.kind) == (
        "a3",
        "forwarded",
        "Kyiv Independent",
        "organisation",
    )
    assert fwd.evidence.span.start == 0 and fwd.evidence.span.end == len(docs[4].text)
    assert source_attributions(docs[2], docs[2].text, 1) == []
    assert default_medium(docs[4]) == "video on Telegram"
    assert default_medium(docs[4], recipient="the Kyiv Independent") is None
    assert default_medium(docs[2]) is None and default_medium(docs[3]) is None  # text, photo

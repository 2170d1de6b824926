"""Telegram export benchmark: ingest speed and memory, and the full reading on a sample.

Writes synthetic Telegram Desktop exports (Russian, Ukrainian and English posts with entity-list
texts, photos, videos, forwards, replies, edits and service messages) to a temporary folder, then

1. ingests a 10,000-message and a 40,000-message export (``iter_sources``), printing messages/s
   and the tracemalloc peak of each: streaming means the peak must not grow with the export;
2. reads a small sample with the full analysis, printing messages/s and its peak.

Run: ``python benchmarks/bench_telegram.py [--messages 10000] [--large 40000] [--sample 20]``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
import warnings
from pathlib import Path

from sourcetrace.ingest import SourceDoc
from sourcetrace.ingest.sources import iter_sources

TEXTS = [
    "Минобороны России заявило, что за сутки ПВО сбила {n} беспилотников над Белгородской областью. "
    "Губернатор Вячеслав Гладков сообщил, что пострадали два человека.",
    [
        "Речник Сил оборони півдня Наталія Гуменюк ",
        {"type": "bold", "text": "заявила"},
        ", що внаслідок удару загинули щонайменше {n} людей. ",
        {"type": "hashtag", "text": "#Одеса"},
    ],
    [
        "Ukraine's Air Force said on Sunday it had shot down {n} of 40 Shahed drones. ",
        {"type": "italic", "text": '"The work of air defence continues,"'},
        " spokesman Yurii Ihnat said. ",
        {"type": "text_link", "text": "Source", "href": "https://example.org/a"},
    ],
    "Командир підрозділу розповів у відео, що росіяни штурмують позиції біля Авдіївки {n} разів на день.",
]
EXTRAS = [
    {},
    {"photo": "photos/photo.jpg", "width": 1280, "height": 853},
    {
        "file": "video_files/v.mp4",
        "media_type": "video_file",
        "mime_type": "video/mp4",
        "duration_seconds": 40,
    },
    {"forwarded_from": "Kyiv Independent", "forwarded_from_id": "channel1494386364"},
    {"reply_to_message_id": 1, "edited": "2024-03-03T09:45:12"},
]


def _fill(text, n: int):
    if isinstance(text, str):
        return text.replace("{n}", str(n))
    return [
        _fill(part, n)
        if isinstance(part, str)
        else {**part, "text": part["text"].replace("{n}", str(n))}
        for part in text
    ]


def write_export(path: Path, n: int) -> int:
    """An export of ``n`` messages (every 25th a service message); returns how many are posts."""
    posts = 0
    with path.open("w", encoding="utf-8") as f:
        f.write(
            '{\n "name": "Synthetic front",\n "type": "public_channel",\n "id": 1712345678,\n "messages": [\n'
        )
        for i in range(1, n + 1):
            if i % 25 == 0:
                msg = {
                    "id": i,
                    "type": "service",
                    "date": "2024-03-02T08:14:05",
                    "actor": "Synthetic front",
                    "action": "pin_message",
                    "message_id": i - 1,
                    "text": "",
                }
            else:
                posts += 1
                msg = {
                    "id": i,
                    "type": "message",
                    "date": "2024-03-02T08:14:05",
                    "date_unixtime": "1709363645",
                    "from": "Synthetic front",
                    "from_id": "channel1712345678",
                    "text": _fill(TEXTS[i % len(TEXTS)], i % 97 + 2),
                    **EXTRAS[i % len(EXTRAS)],
                }
            f.write((" " if i == 1 else ",\n ") + json.dumps(msg, ensure_ascii=False, indent=None))
        f.write("\n ]\n}\n")
    return posts


def ingest(path: Path) -> tuple[int, float, int]:
    """(documents, seconds, tracemalloc peak bytes) for ingest alone."""
    start = time.perf_counter()
    count = sum(1 for item in iter_sources([str(path)]) if isinstance(item, SourceDoc))
    seconds = time.perf_counter() - start
    tracemalloc.start()
    sum(1 for _ in iter_sources([str(path)]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return count, seconds, peak


def full_reading(path: Path) -> tuple[int, float, int]:
    """(documents, seconds, tracemalloc peak bytes) for ingest plus analysis, pipelines warm."""
    from sourcetrace.analysis import analyze

    docs = [d for d in iter_sources([str(path)]) if isinstance(d, SourceDoc)]
    for doc in docs[: len(TEXTS)]:  # load language identification and the pipelines first
        analyze(doc)
    tracemalloc.start()
    start = time.perf_counter()
    for doc in iter_sources([str(path)]):
        if isinstance(doc, SourceDoc):
            analyze(doc)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return len(docs), seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=40_000)
    parser.add_argument("--sample", type=int, default=20)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        peaks = []
        for k, n in enumerate((args.messages, args.large)):
            path = Path(tmp) / f"export-{k}-{n}" / "result.json"
            path.parent.mkdir()
            posts = write_export(path, n)
            count, seconds, peak = ingest(path)
            assert count == posts, (count, posts)
            peaks.append(peak)
            print(
                f"ingest  {n:>6} messages ({path.stat().st_size / 1e6:5.1f} MB, {count} posts): "
                f"{n / seconds:8.0f} messages/s, {seconds:5.2f} s, peak {peak / 1e6:5.2f} MB"
            )
        print(
            f"ingest peak memory {args.large} vs {args.messages} messages: x{peaks[1] / peaks[0]:.2f}"
        )
        sample = Path(tmp) / "sample.json"
        write_export(sample, args.sample)
        count, seconds, peak = full_reading(sample)
        print(
            f"reading {args.sample:>6} messages ({count} posts): {count / seconds:8.1f} posts/s, "
            f"{seconds:5.2f} s, peak {peak / 1e6:5.2f} MB"
        )


if __name__ == "__main__":
    main()

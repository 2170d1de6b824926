"""Property tests (Hypothesis) over hostile inputs: whatever comes in, no exception escapes, every
reported span lies inside the original text and matches its text, and each call returns within
the deadline. Examples are kept few and small so the normal run stays fast; the long version is
``python benchmarks/fuzz.py``."""

from __future__ import annotations

import json
from pathlib import Path
from tempfile import TemporaryDirectory

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcetrace.analysis import analyze
from sourcetrace.api import create_app
from sourcetrace.ingest import IngestFailure, InputError, SourceDoc
from sourcetrace.ingest.html import read_html
from sourcetrace.ingest.sources import iter_sources
from sourcetrace.model import Reading
from sourcetrace.spancheck import span_problems

FAST = settings(
    max_examples=25,
    deadline=20_000,  # ms; a small document reads in well under a second
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WORDS = [
    "sier", "sa", "said", "told", "ifølge", "according to", "Ola Nordmann", "Zelenskyj", "NRK",
    "Reuters", "«", "»", "“", "”", '"', "–", "-", ":", ",", ".", "!", "?", "\n", "\n\n", "\r\n",
    "30", "1.200", "tusen", "drept", "killed", "i går", "yesterday", "trolig", "reportedly",
    "\u200b", "\u00a0", "e\u0301", "\U0001f600", "ℌ", "\t", "…", "(", ")", "@", "#",
]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60).map(" ".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def assert_valid(reading: Reading) -> None:
    """Every span inside the text, and every span that carries text matching it."""
    assert span_problems(reading) == []


def read_or_refuse(source: SourceDoc, lang: str, model: str | None = "blank") -> None:
    try:
        reading = analyze(source, lang=lang, model=model)
    except InputError as exc:
        assert str(exc)  # refused with a message
    else:
        assert_valid(reading)


@FAST
@given(text=texts, lang=st.sampled_from(["nb", "nn", "en"]))
def test_any_text_reads_with_valid_spans(text: str, lang: str):
    read_or_refuse(SourceDoc(text=text, origin="prop"), lang)


@settings(FAST, max_examples=8)
@given(text=texts)
def test_any_text_reads_with_the_trained_pipeline(text: str):
    read_or_refuse(SourceDoc(text=text, origin="prop"), "nb", model=None)


def _items(path: Path) -> list:
    items = list(iter_sources([str(path)]))
    assert all(isinstance(i, SourceDoc | IngestFailure) for i in items)
    for item in items:
        if isinstance(item, IngestFailure):
            assert item.message and len(item.message) < 500  # clear, and never the whole input
    return items


records = st.one_of(
    st.fixed_dictionaries({"text": texts}, optional={"published": json_values, "title": json_values}),
    st.dictionaries(st.sampled_from(["text", "html", "url", "id", "language"]), json_values, max_size=4),
    json_values,
)
lines = st.one_of(
    records.map(lambda r: json.dumps(r).encode()),
    st.binary(max_size=40),
    st.integers(1, 400).map(lambda n: b"[" * n + b"]" * n),
    texts.map(lambda t: b'{"text": "' + t.encode("utf-8", "surrogatepass") + b'"}'),
)


@FAST
@given(body=st.lists(lines, max_size=8))
def test_any_jsonl_gives_documents_or_failures(body: list[bytes]):
    with TemporaryDirectory() as folder:
        path = Path(folder) / "c.jsonl"
        data = b"\n".join(body)
        path.write_bytes(data)
        items = _items(path)
        assert len(items) == sum(1 for line in data.split(b"\n") if line.strip())  # one each


messages = st.one_of(
    st.fixed_dictionaries(
        {"id": st.integers(), "type": st.just("message"), "text": st.one_of(texts, json_values)},
        optional={"date": json_values, "media_type": json_values, "from": json_values},
    ),
    json_values,
)


@FAST
@given(
    messages=st.lists(messages, max_size=6),
    header=st.dictionaries(st.sampled_from(["name", "type", "id", "username"]), json_values),
    noise=st.binary(max_size=8),
    cut=st.integers(0, 4000),
)
def test_any_telegram_export_gives_documents_or_failures(messages, header, noise, cut):
    raw = json.dumps({**header, "messages": messages}).encode()
    if noise:  # bytes that may not be UTF-8, somewhere inside
        at = cut % (len(raw) + 1)
        raw = raw[:at] + noise + raw[at:]
    with TemporaryDirectory() as folder:
        path = Path(folder) / "result.json"
        path.write_bytes(raw)
        _items(path)


html_pages = st.lists(
    st.one_of(
        st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>x()</script>", "<h1>", "</h1>",
                         "<!--", "-->", "<br>", "&amp;", "&#0;", "<html><body>", "<title>t</title>"]),
        texts,
    ),
    max_size=30,
).map("".join)


@FAST
@given(page=html_pages)
def test_any_html_reads_or_is_refused(page: str):
    try:
        source = read_html(page, "page.html")
    except InputError as exc:
        assert str(exc)
    else:
        read_or_refuse(source, "en")


CLIENT: list[TestClient] = []


def _client() -> TestClient:
    if not CLIENT:
        folder = TemporaryDirectory()
        CLIENT.append(TestClient(create_app(str(Path(folder.name) / "p.db"), token="t")))
        CLIENT[0].folder = folder  # type: ignore[attr-defined]  (kept alive with the client)
    return CLIENT[0]


params = st.dictionaries(
    st.sampled_from(["q", "limit", "offset", "language", "speaker", "relation", "date_from",
                     "date_to", "kind", "document_id", "claimant", "counts", "source"]),
    st.one_of(st.integers(-(2**70), 2**70).map(str), st.text(max_size=30)),
    max_size=5,
)


@FAST
@given(
    path=st.sampled_from(["/api/documents", "/api/quotes", "/api/speakers", "/api/figures",
                          "/api/attributions", "/api/search", "/api/documents/x",
                          "/api/speakers/x/quotes"]),
    query=params,
)
def test_any_api_parameters_get_an_answer_below_500(path: str, query: dict[str, str]):
    answer = _client().get(path, params=query)
    assert answer.status_code < 500, answer.text
    assert answer.headers["content-type"].startswith("application/json")

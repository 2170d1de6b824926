"""Saved article pages: the main text without page furniture, and the page's metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sourcetrace.ingest import IngestFailure, SourceDoc
from sourcetrace.ingest.html import looks_like_html, parse_date
from sourcetrace.ingest.sources import iter_sources

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "pages"


def one(path: Path | str) -> SourceDoc | IngestFailure:
    items = list(iter_sources([str(path)]))
    assert len(items) == 1, items
    return items[0]


def test_article_text_and_metadata():
    doc = one(PAGES / "en-kharkiv-strike.html")
    assert isinstance(doc, SourceDoc)
    assert doc.title == "Russian missile strike on Kharkiv kills seven, governor says"
    assert doc.author == "Anna Lindqvist"
    assert doc.source == "Northern Ledger"
    assert doc.url == "https://news.example.org/world/2024/05/19/kharkiv-strike"
    assert doc.published == dt.date(2024, 5, 19)
    assert '"Rescuers are still working at the site," Oleh Syniehubov wrote on Telegram' in doc.text
    # navigation, related links, footer and scripts are not the article
    for furniture in (
        "Business",
        "More on this story",
        "All rights reserved",
        "dataLayer",
        "Advertisement",
    ):
        assert furniture not in doc.text


def test_norwegian_page_with_htm_extension():
    doc = one(PAGES / "nb-drone-angrep.htm")
    assert isinstance(doc, SourceDoc)
    assert doc.published == dt.date(2024, 11, 12) and doc.author == "Kari Nordmann"
    assert "– Alle dronene ble uskadeliggjort" in doc.text and "Ansvarlig redaktør" not in doc.text


@pytest.mark.parametrize("name", ["empty-spa.html", "truncated.html"])
def test_pages_without_article_text_fail_clearly(name: str):
    item = one(PAGES / name)
    assert isinstance(item, IngestFailure)
    assert (
        item.origin == str(PAGES / name)
        and item.message == "no article text found in the HTML page"
    )


def test_binary_and_empty_html_fail(tmp_path: Path):
    (tmp_path / "bin.html").write_bytes(b"\x00\x01\x02\x03PK\x00" * 100)
    (tmp_path / "blank.html").write_bytes(b"   \n")
    assert "binary input" in one(tmp_path / "bin.html").message
    assert "empty input" in one(tmp_path / "blank.html").message


def test_analysis_spans_refer_to_the_extracted_text():
    from sourcetrace.analysis import analyze

    doc = one(PAGES / "en-kharkiv-strike.html")
    reading = analyze(doc)
    assert reading.document.text == doc.text and reading.document.title == doc.title
    assert reading.document.published == dt.date(2024, 5, 19)
    for p in reading.document.paragraphs:
        assert doc.text[p.span.start : p.span.end] == p.text
    for d in reading.dates:
        assert doc.text[d.span.start : d.span.end] == d.text


def test_sniffing_and_dates():
    assert looks_like_html(b"  <!DOCTYPE html><html><body><p>x</p>")
    assert not looks_like_html(b"<3 this is text, not a page")
    assert parse_date("2024-05-19T06:42:00+00:00") == dt.date(2024, 5, 19)
    assert parse_date("2024-05-19T06:42:00Z") == dt.date(2024, 5, 19)
    assert parse_date("19 May") is None

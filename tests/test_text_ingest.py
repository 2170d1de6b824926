"""Decoding and offset-keeping normalisation of plain text."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import InputError, SourceDoc
from sourcetrace.ingest.text import decode, normalise

NB = "– Vi led enorme tap, sier Gorin.\n\nSoldatene ble ikke hørt av ledelsen i Moskva."


def test_decode_utf8_bom_and_cp1252():
    assert decode("\ufeffÆrlig talt".encode()) == "Ærlig talt"
    assert decode("Vi led enorme tap, sier sjefen i Kyiv.".encode("cp1252")).startswith("Vi led")
    text = "Blokadeenheter ble benyttet øst i Ukraina, ifølge kilder i Kyiv og Moskva – det er blodig."
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\x00\x01\x02\x03binary\x00\xff" * 20])
def test_decode_refuses_empty_and_binary(data):
    with pytest.raises(InputError):
        decode(data, "x.txt")


def test_normalise_maps_back_to_original():
    original = "Line one\r\nsier\u00a0Gorin\u200b i videoen. Cafe\u0301 er stengt."
    norm = normalise(original)
    assert "\r" not in norm.text and "\u00a0" not in norm.text and "\u200b" not in norm.text
    assert "Café" in norm.text
    for needle in ("Gorin", "videoen", "Café"):
        start = norm.text.index(needle)
        s, e = norm.to_original(start, start + len(needle))
        if needle == "Café":
            assert original[s:e] == "Cafe\u0301"
        else:
            assert original[s:e] == needle


def test_spans_point_into_original_text():
    original = NB.replace("\n", "\r\n").replace(" sier", "\u00a0sier")
    reading = analyze(SourceDoc(text=original, origin="t"), lang="nb")
    assert reading.document.text == original
    for p in reading.document.paragraphs:
        assert original[p.span.start : p.span.end] == p.text
    for q in reading.quotes:
        assert original[q.span.start : q.span.end] == q.text

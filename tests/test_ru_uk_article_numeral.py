"""Russian and Ukrainian have no indefinite article; "один местный житель" uses the numeral
for it, and the speaker is "местный житель", as "a local resident" is "local resident" to the
scorer. Before a partitive ("один из источников") the numeral stays: it says one of a group.

The sentences are written for these tests (no text copied from articles)."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(SourceDoc(text=text, origin=f"{lang}-one", published=dt.date(2026, 12, 1)), lang=lang)


def _speaker(reading, start: str) -> str | None:
    quote = next(q for q in reading.quotes if q.text.startswith(start))
    return quote.speaker.name if quote.speaker else None


def test_the_numeral_as_article_is_left_out_of_the_speaker():
    ru = _read(
        "Пожар\n\nЖители рассказали, что слышали взрывы. Еще один местный житель, попросивший "
        "не называть его имени, утверждает, что горели как минимум два самолета.\n",
        "ru",
    )
    assert _speaker(ru, "горели как минимум") == "местный житель"
    uk = _read(
        "Обстріл\n\nЩе один мешканець села розповів, що снаряд влучив у школу.\n",
        "uk",
    )
    assert _speaker(uk, "снаряд влучив") == "мешканець села"


def test_one_of_a_group_keeps_the_numeral():
    uk = _read(
        "Джерела\n\nОперація тривала дві години, сказав один із співрозмовників УП.\n",
        "uk",
    )
    assert _speaker(uk, "Операція тривала") == "один із співрозмовників УП"

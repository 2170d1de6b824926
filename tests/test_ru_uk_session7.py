"""Kinds of error fixed in the fourth ru/uk session (issue #12), each on sentences written for
these tests (no text copied from articles): the kinds were found on the written dev split and
on real Russian and Ukrainian reporting read during the session."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(
        SourceDoc(text=text, origin=f"{lang}-session7", published=dt.date(2026, 12, 1)), lang=lang
    )


def _figures(reading) -> dict[float, str | None]:
    return {fig.value: fig.unit for fig in reading.figures}


def test_a_part_of_a_count_after_of_them_counts_the_same_thing():
    ru = _read(
        "Сводка\n\nПо данным Минобороны, ночью силы ПВО сбили 48 беспилотников самолетного "
        "типа, из них 17 - над территорией Орловской области.\n",
        "ru",
    )
    figures = _figures(ru)
    assert figures[17] == figures[48] is not None
    uk = _read(
        "Зведення\n\nЗа добу ворог випустив 55 снарядів, з них 12 – з реактивних систем.\n", "uk"
    )
    figures = _figures(uk)
    assert figures[12] == figures[55] is not None


def test_the_total_after_a_count_and_of_counts_the_same_thing():
    uk = _read(
        "Дрони\n\nРечник ВМС Олег Петренко додав, що сили ППО знищили 27 дронів з 33.\n", "uk"
    )
    figures = _figures(uk)
    assert figures[33] == figures[27] is not None

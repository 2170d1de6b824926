"""An outlet that relays a statement after a comma ("Про це заявив міністр X під час брифінгу,
передають Y") is no part of the speaker phrase: the minister spoke, the outlet passed it on,
whether or not the outlet is in the language's list of outlets.

The sentences and the outlet names are written for these tests (no text copied from articles)."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(SourceDoc(text=text, origin=f"{lang}-relay", published=dt.date(2026, 12, 1)), lang=lang)


def _speaker(reading, start: str) -> str | None:
    quote = next(q for q in reading.quotes if q.text.startswith(start))
    return quote.speaker.name if quote.speaker else None


def test_an_unlisted_outlet_relaying_after_the_comma_is_not_the_speaker():
    reading = _read(
        "Світло\n\nУ Ніжині відновили світло після удару. Про це заявив міністр енергетики "
        "Олексій Гончар під час брифінгу у четвер, передають Вісті Полісся.\n",
        "uk",
    )
    assert _speaker(reading, "У Ніжині відновили") == "Олексій Гончар"


def test_a_date_between_the_speaker_and_the_relaying_outlet():
    reading = _read(
        "Воєнкоми\n\nПрезидент доручив відправити воєнкомів на фронт. Про це заявив міністр "
        "оборони Олексій Гончар на пресконференції у пʼятницю, 28 квітня, передають Вісті "
        "Полісся.\n",
        "uk",
    )
    assert _speaker(reading, "Президент доручив") == "Олексій Гончар"


def test_a_name_after_the_comma_still_completes_the_role():
    reading = _read(
        "Удар\n\n«Відновили світло», — повідомив речник Повітряних сил України, Іван Савчук.\n",
        "uk",
    )
    assert _speaker(reading, "Відновили світло") == "Іван Савчук"


def test_a_lower_case_genitive_role_then_the_name_after_a_comma():
    uk = _read(
        "Удар\n\n«Пошкоджено три будинки», — повідомив речник обласної адміністрації, Іван "
        "Савчук.\n",
        "uk",
    )
    assert _speaker(uk, "Пошкоджено три") == "Іван Савчук"
    ru = _read(
        "Удар\n\n«Пострадавших нет, пожар потушен», — сообщил глава районной администрации, "
        "Сергей Орлов.\n",
        "ru",
    )
    assert _speaker(ru, "Пострадавших нет") == "Сергей Орлов"

"""A role with its body repeated later ("продовжив речник Генштабу", "сказал пресс-секретарь
Росгвардии") is the person the text named right after that role and body before, even when the
body is an organisation's name (the mention is then read as an organisation).

The sentences and names are written for these tests (no text copied from articles)."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(SourceDoc(text=text, origin=f"{lang}-role-body", published=dt.date(2026, 12, 1)), lang=lang)


def _speaker(reading, start: str) -> str | None:
    quote = next(q for q in reading.quotes if q.text.startswith(start))
    return quote.speaker.name if quote.speaker else None


def test_the_role_and_body_written_before_the_name_name_the_person_again():
    reading = _read(
        "Коментар\n\nРечник Генштабу ЗСУ Дмитро Гребенюк прокоментував новину про сутички. "
        '"Колеги, не розкривайте локації військових", - зазначив Гребенюк.\n\n'
        '"Є ж наказ, є визначальна роль армії", - продовжив речник Генштабу.\n',
        "uk",
    )
    assert _speaker(reading, "Є ж наказ") == "Дмитро Гребенюк"


def test_a_hyphenated_role_and_its_body_in_russian():
    reading = _read(
        "Брифинг\n\nПресс-секретарь Росгвардии Игорь Самойлов провел брифинг в среду. "
        "«Ситуация под контролем», — заявил Самойлов.\n\n"
        "«Работа продолжается», — сказал пресс-секретарь Росгвардии.\n",
        "ru",
    )
    assert _speaker(reading, "Работа продолжается") == "Игорь Самойлов"


def test_another_role_in_the_same_body_is_not_that_person():
    reading = _read(
        "Брифинг\n\nПресс-секретарь Росгвардии Игорь Самойлов провел брифинг в среду. "
        "«Ситуация под контролем», — заявил Самойлов.\n\n"
        "«Работа продолжается», — сказал командующий Росгвардии.\n",
        "ru",
    )
    assert _speaker(reading, "Работа продолжается") != "Игорь Самойлов"

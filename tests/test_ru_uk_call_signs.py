"""A person the text names and also gives a call sign is the name; the call sign is the name only
when the text gives no other (annotation guide: "a call sign ... given as the speaker's only
name").

The sentences are written for these tests (no text copied from articles)."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(SourceDoc(text=text, origin=f"{lang}-callsign", published=dt.date(2026, 12, 1)), lang=lang)


def _speaker(reading, start: str) -> str | None:
    quote = next(q for q in reading.quotes if q.text.startswith(start))
    return quote.speaker.name if quote.speaker else None


def test_a_first_name_before_the_call_sign_is_the_speaker_and_the_pronoun_after():
    reading = _read(
        "Евакуація\n\n"
        "Волонтер Олександр з позивним «Бриз» розповів, що екіпажі тепер працюють лише вночі.\n\n"
        "«Люди виїжджають, коли над двором уже висить дрон», — каже він.\n",
        "uk",
    )
    assert _speaker(reading, "екіпажі тепер") == "Олександр"
    assert _speaker(reading, "Люди виїжджають") == "Олександр"


def test_a_full_name_before_the_call_sign_is_the_speaker():
    uk = _read(
        "Шпиталь\n\nПарамедик Ірина Коваль з позивним «Сова» розповіла, що поранених стало більше.\n",
        "uk",
    )
    assert _speaker(uk, "поранених стало") == "Ірина Коваль"
    ru = _read(
        "Эвакуация\n\nДоброволец Сергей Орлов с позывным «Кедр» рассказал, что эвакуация идет только ночью.\n",
        "ru",
    )
    assert _speaker(ru, "эвакуация идет") == "Сергей Орлов"


def test_a_role_with_a_call_sign_only_is_the_call_sign():
    uk = _read(
        "Дрони\n\nОфіцер бригади з позивним «Лис» розповів, що росіяни змінюють частоти.\n\n"
        "«Вони навчилися швидко», — каже він.\n",
        "uk",
    )
    assert _speaker(uk, "росіяни змінюють") == "Лис"
    assert _speaker(uk, "Вони навчилися") == "Лис"
    ru = _read(
        "Фронт\n\nБоец с позывным «Тайга» рассказал, что дроны висят в небе круглосуточно.\n",
        "ru",
    )
    assert _speaker(ru, "дроны висят") == "Тайга"

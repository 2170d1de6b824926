"""Ukrainian speakers on real reports, round 25 (#10, #12): shapes seen in real Ukrainian
reports and portraits, each sentence written for the test.

A profession given with a name ("Офіцер Національної гвардії X") is that person when the text
names it alone later ("На думку офіцера"); a portrait's calling ("поет скаже") is the one
person the text keeps naming, and stays the calling when the text names no one so."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str):
    return analyze(
        SourceDoc(text=text, origin="uk-round25", published=dt.date(2026, 12, 6)), lang="uk"
    )


def _quotes(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in _read(text).quotes
        if q.kind == kind
    ]


# -- "На думку офіцера" after "Офіцер Національної гвардії Андрій Ковальчук": the profession ---


def test_profession_alone_is_the_person_introduced_with_it():
    text = (
        "Заголовок\n\nОфіцер Національної гвардії Андрій Ковальчук заявив: обстановка напружена.\n\n"
        "«Ми тримаємо позиції», — сказав Ковальчук в ефірі.\n\n"
        "На думку офіцера, найближчим часом ворог посилить тиск.\n"
    )
    assert _quotes(text, "indirect") == [
        ("найближчим часом ворог посилить тиск", "Андрій Ковальчук")
    ]


# -- "поет скаже" in the life of "Михайло ..." named again and again: the portrait's subject ---


def test_portrait_calling_is_the_person_the_text_keeps_naming():
    text = (
        "Заголовок\n\nМихайло Шевченко народився в селі над Десною. Після школи Михайло став "
        "студентом.\n\nМихайло багато читав і писав вірші.\n\n"
        "Пізніше про ті роки своєї творчої діяльності поет скаже: "
        '"Мені пощастило жити серед добрих людей".\n'
    )
    assert _quotes(text, "direct") == [
        ("Мені пощастило жити серед добрих людей", "Михайло Шевченко")
    ]
    # two people named as often: no telling whose portrait it is, the calling stays
    text = (
        "Заголовок\n\nОлена Коваль і Петро Гнатюк вчилися разом. Олена писала вірші, Петро "
        "малював.\n\n"
        "Пізніше про ті роки своєї творчої діяльності поет скаже: "
        '"Мені пощастило жити серед добрих людей".\n'
    )
    assert _quotes(text, "direct") == [("Мені пощастило жити серед добрих людей", "поет")]


# -- "голова Одеси Гнатюк": the place the role heads is no part of the name -------------------


def test_place_in_the_genitive_between_role_and_surname_is_no_part_of_the_name():
    text = (
        "Заголовок\n\nУвечері місто атакували дрони.\n\n"
        "Пізніше голова Одеси Гнатюк поінформував, що у Приморському районі виникла пожежа.\n"
    )
    assert _quotes(text, "indirect") == [
        ("у Приморському районі виникла пожежа", "Гнатюк")
    ]
    text = (
        "Заголовок\n\nМіський голова Петро Гнатюк закликав жителів залишатися в укриттях.\n\n"
        "Пізніше голова Одеси Гнатюк поінформував, що у Приморському районі виникла пожежа.\n"
    )
    assert ("у Приморському районі виникла пожежа", "Петро Гнатюк") in _quotes(text, "indirect")


# -- "хлопці з gamespot повідомили": the team's outlet speaks; people from a place stay -------


def test_team_called_informally_speaks_as_the_outlet_it_works_for():
    text = (
        "Заголовок\n\nНовий трейлер гри з'явився в мережі.\n\n"
        "Втім, сьогодні хлопці з gamespot повідомили, що гра вийде восени.\n"
    )
    assert _quotes(text, "indirect") == [("гра вийде восени", "gamespot")]
    text = (
        "Заголовок\n\nНовий трейлер гри з'явився в мережі.\n\n"
        "Втім, сьогодні хлопці з Харкова повідомили, що гра вийде восени.\n"
    )
    assert [speaker for _, speaker in _quotes(text, "indirect")] != ["Харків"]


# -- "кажуть у банку" after "“ОщадБанк” на вулиці ...": the compound named before ------------


def test_bare_body_noun_is_the_compound_name_ending_in_it():
    text = (
        "Заголовок\n\n“ОщадБанк” на вулиці Соборній.\n\nРоботу відділення призупинено.\n\n"
        "“Сьогодні видаємо не більше 5 тисяч гривень”, – кажуть у банку.\n"
    )
    assert _quotes(text, "direct") == [
        ("Сьогодні видаємо не більше 5 тисяч гривень", "ОщадБанк")
    ]


# -- "зазначив очільник міста" after "заяву голови Одеси Петра Гнатюка" (untagged genitive) ----


def test_bare_role_is_the_holder_named_before_in_the_genitive():
    text = (
        "Заголовок\n\nПро це повідомило агентство, посилаючись на заяву голови Одеси Петра "
        'Гнатюка.\n\n"Одеса під атакою", зазначив очільник міста.\n'
    )
    assert _quotes(text, "direct") == [("Одеса під атакою", "Петро Гнатюк")]

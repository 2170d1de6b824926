"""Kinds of error fixed in the ninth ru/uk session (issue #12), each on sentences written for
these tests (no text copied from articles): the kinds were found on real Russian and Ukrainian
reporting read during the session (Kremlin and ministry statements relayed by wire and
regional outlets, regional military administrations' posts)."""

from __future__ import annotations

import datetime as dt

from conftest import quote_rows as _quotes
from conftest import source_rows as _sources
from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.quote_marks import find_marks


def _read(text: str, lang: str):
    return analyze(
        SourceDoc(text=text, origin=f"{lang}-session9", published=dt.date(2026, 12, 1)), lang=lang
    )


def test_a_role_in_a_body_is_the_person_titled_so_in_a_sentence_with_no_quote():
    ru = _read(
        "Дрон\n\nГубернатор Тверской области Андрей Клименко сообщил о падении дрона у "
        "деревни.\n\nПо информации главы региона, никто не пострадал.\n",
        "ru",
    )
    assert ("reported", "Андрей Клименко", "По информации главы региона") in _sources(ru)
    assert [q[1] for q in _quotes(ru)] == ["Андрей Клименко"]
    uk = _read(
        "Обстріл\n\nГолова Сумської ОВА Петро Коваль розповів про нічний обстріл громади.\n\n"
        "За словами голови ОВА, ворог випустив по селу два десятки мін.\n",
        "uk",
    )
    assert ("reported", "Петро Коваль", "За словами голови ОВА") in _sources(uk)
    assert [q[1] for q in _quotes(uk)] == ["Петро Коваль"]


def test_a_role_data_give_as_another_name_finds_the_title_it_stands_for():
    ru = _read(
        "Кремль\n\nПресс-секретарь президента Иван Сомов прокомментировал публикацию "
        "агентства.\n\nГлава пресс-службы президента отметил, что данные о потерях неверны.\n",
        "ru",
    )
    assert _quotes(ru) == [("indirect", "Иван Сомов", "данные о потерях неверны")]


def test_a_hyphenated_bare_role_is_the_person_who_holds_it():
    ru = _read(
        "Заявление\n\nОб этом заявил пресс-секретарь министра Олег Травин.\n\n«Мы не "
        "комментируем слухи», — сказал Травин.\n\nПо словам пресс-секретаря, переговоры "
        "продолжаются уже неделю.\n",
        "ru",
    )
    assert ("reported", "Олег Травин", "По словам пресс-секретаря") in _sources(ru)
    assert ("indirect", "Олег Травин", "переговоры продолжаются уже неделю") in _quotes(ru)


def test_a_body_is_never_read_as_the_official_titled_with_it():
    ru = _read(
        "Потери\n\nМинистр обороны Михаил Ларин выступил на коллегии.\n\nПо данным "
        "Министерства обороны, за сутки сбиты 14 дронов.\n",
        "ru",
    )
    assert _sources(ru)[0][1] == "Министерство обороны"


def test_from_the_words_of_reports_in_the_nominative():
    uk = _read(
        "Обстріл\n\nГолова Харківської ОВА Олег Синиця повідомив про обстріли.\n\nЗі слів "
        "голови ОВА, ворог атакував чотири громади.\n\nЗ його слів, постраждалих немає.\n",
        "uk",
    )
    assert ("reported", "Олег Синиця", "Зі слів голови ОВА") in _sources(uk)
    assert ("reported", "Олег Синиця", "З його слів") in _sources(uk)
    ru = _read(
        "Обстрел\n\n«Ущерб оценивается», — сказал глава района Иван Петров.\n\nСо слов главы "
        "района, дроны повредили два дома.\n",
        "ru",
    )
    assert ("reported", "Иван Петров", "Со слов главы района") in _sources(ru)


def test_a_quote_inside_a_quote_in_the_same_marks_does_not_end_it():
    uk = _read(
        "Обстріл\n\nВорог випустив по області 300 снарядів, повідомив голова ОВА Олександр "
        "Прокін.\n\n“Противник бив із мінометів, “Градів” та авіації. Поранено дев’ять осіб”, "
        "– написав він у телеграм-каналі.\n",
        "uk",
    )
    direct = [q for q in _quotes(uk) if q[0] == "direct"]
    assert direct == [
        (
            "direct",
            "Олександр Прокін",
            "Противник бив із мінометів, “Градів” та авіації. Поранено дев’ять осіб",
        )
    ]
    text = 'Он сказал: "Спросите у "Рейтер", откуда у них данные", - добавил он. "Да", - сказал.'
    assert [text[a + 1 : b] for a, b, _ in find_marks(text)] == [
        'Спросите у "Рейтер", откуда у них данные',
        "Да",
    ]
    # a straight mark closing a quote after a word is never read as an inner opening
    assert find_marks('"Ja", sa han. "Nei"') == [(0, 3, True), (14, 18, True)]


def test_times_of_day_and_adverbs_opening_the_sentence_are_no_part_of_the_speaker():
    ru = _read(
        "Потери\n\nПресс-секретарь президента Иван Сомов прокомментировал публикацию.\n\nДнем "
        "ранее пресс-секретарь президента заявил, что потери значительны.\n",
        "ru",
    )
    assert _quotes(ru) == [("indirect", "Иван Сомов", "потери значительны")]
    uk = _read(
        "Обстріл\n\nУвечері голова ОВА Іван Федоренко повідомив, що ворог атакував місто.\n", "uk"
    )
    assert _quotes(uk) == [("indirect", "Іван Федоренко", "ворог атакував місто")]


def test_a_word_in_quote_marks_after_in_the_course_of_is_no_quote():
    ru = _read(
        "Потери\n\nМинистр Иван Сомов назвал трагедией гибель военных в ходе «операции».\n", "ru"
    )
    assert _quotes(ru) == []


def test_a_dateline_with_a_hyphenated_agency_stays_out_of_the_report():
    uk = _read(
        "Обстріл\n\nКиїв. 15 серпня. ІНТЕРФАКС-УКРАЇНА – Російські військові випустили 300 "
        "снарядів по області, повідомив голова ОВА Олександр Прокін.\n",
        "uk",
    )
    assert _quotes(uk) == [
        ("indirect", "Олександр Прокін", "Російські військові випустили 300 снарядів по області")
    ]


def test_a_telegram_channel_named_after_its_noun_speaks():
    ru = _read(
        "Удары\n\nВ Белгороде ранены трое мирных жителей, передает РИА Новости.\n\nНочью в "
        "Курской области повреждены два дома. Об этом говорится в Telegram-канале «Рыбарь».\n\n"
        "Утром в Брянске слышали взрывы. Об этом пишет Telegram-канал Baza.\n",
        "ru",
    )
    speakers = {q[2]: q[1] for q in _quotes(ru)}
    assert speakers["Ночью в Курской области повреждены два дома"] == "Рыбарь"
    assert speakers["Утром в Брянске слышали взрывы"] == "Baza"
    # a quote in marks after a medium noun is no channel's name
    ru = _read(
        "Удары\n\nВ Белгороде ранены трое мирных жителей, передает РИА Новости.\n\nНочью в "
        "Курской области повреждены два дома. Об этом говорится в сообщении «Мы не сдадимся».\n",
        "ru",
    )
    assert "Мы не сдадимся" not in {q[1] for q in _quotes(ru)}


def test_the_outlet_a_quote_was_taken_from_relays_it():
    ru = _read(
        "Кремль\n\n«Это неправда», — сказал Песков (цитата по «Интерфаксу»).\n", "ru"
    )
    assert ("reported", "Интерфакс", "цитата по «Интерфаксу»") in _sources(ru)
    uk = _read("Кремль\n\n«Це неправда», — сказав Пєсков (цитата за Укрінформом).\n", "uk")
    assert ("reported", "Укрінформ", "цитата за Укрінформом") in _sources(uk)


def test_a_body_noun_in_the_locative_with_the_name_of_its_body_speaks():
    ru = _read(
        "Обстрел\n\nНочью регион атаковали дроны.\n\nВ пресс-службе Минобороны России "
        "сообщили, что над регионом сбиты 12 беспилотников.\n",
        "ru",
    )
    assert [(q[0], q[2]) for q in _quotes(ru)] == [
        ("indirect", "над регионом сбиты 12 беспилотников")
    ]
    assert "Минобороны России" in _quotes(ru)[0][1]
    uk = _read(
        "Обстріл\n\nУночі область атакували дрони.\n\nУ пресслужбі Повітряних сил повідомили, "
        "що збито 12 дронів.\n",
        "uk",
    )
    assert [(q[0], q[2]) for q in _quotes(uk)] == [("indirect", "збито 12 дронів")]
    assert "Повітряних сил" in _quotes(uk)[0][1]


def test_an_official_is_the_last_person_named():
    uk = _read(
        "Атака\n\nОчільниця Одеської ОВА Олена Кравчук написала в телеграмі, що в місті "
        "пошкоджено школу.\n\n— Рятувальники працюють на місці, — зазначила посадовиця.\n",
        "uk",
    )
    assert {q[1] for q in _quotes(uk)} == {"Олена Кравчук"}
    ru = _read(
        "Атака\n\nГлава района Иван Петров сообщил, что школа повреждена.\n\n«Спасатели "
        "работают», — сказал чиновник.\n",
        "ru",
    )
    assert {q[1] for q in _quotes(ru)} == {"Иван Петров"}


def test_as_said_in_a_bodys_medium_reports_for_the_body():
    ru = _read(
        "Сводка\n\nНочью регион атаковали дроны.\n\nКак говорится в сводке Минобороны, потери "
        "противника превысили 300 человек.\n",
        "ru",
    )
    assert _quotes(ru) == [("indirect", "Минобороны", "потери противника превысили 300 человек")]
    uk = _read(
        "Зведення\n\nУночі ворог атакував область.\n\nЯк йдеться у зведенні Генштабу ЗСУ, ворог "
        "втратив 1200 військових.\n",
        "uk",
    )
    assert _quotes(uk) == [("indirect", "Генштаб ЗСУ", "ворог втратив 1200 військових")]


def test_areas_in_hectares_are_figures():
    uk = _read(
        "Пожежі\n\nЗагалом ворог знищив понад 130 га посівів, повідомив голова ОВА Олег "
        "Синиця.\n",
        "uk",
    )
    assert [(f.value, f.text) for f in uk.figures] == [(130.0, "понад 130 га")]
    ru = _read("Пожары\n\nОгонь охватил 40 гектаров леса, сообщил глава района Иван Петров.\n", "ru")
    assert [(f.value, f.text) for f in ru.figures] == [(40.0, "40 гектаров")]


def test_an_outlet_after_a_role_and_name_relays_them():
    ru = _read(
        "Удары\n\nНочью в Курской области повреждены два дома. «Дома повреждены», — цитирует "
        "губернатора Сергея Ильина ТАСС.\n",
        "ru",
    )
    assert ("direct", "Сергей Ильин", "Дома повреждены") in _quotes(ru)


def test_an_outlet_citing_its_source_in_an_opening_phrase_reports_for_the_source():
    ru = _read(
        "Решение\n\nНочью в Курской области повреждены два дома.\n\nКак сообщает РБК со ссылкой "
        "на источники в правительстве, решение уже принято.\n",
        "ru",
    )
    assert _quotes(ru) == [("indirect", "источники в правительстве", "решение уже принято")]
    uk = _read(
        "Рішення\n\nЯк повідомляє LB.ua з посиланням на джерела в уряді, рішення вже ухвалено.\n",
        "uk",
    )
    assert _quotes(uk) == [("indirect", "джерела в уряді", "рішення вже ухвалено")]

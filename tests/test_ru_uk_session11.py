"""Kinds of error fixed in the eleventh ru/uk session (issue #12), each on sentences written for
these tests (no text copied from articles): the kinds were found on real Ukrainian and Russian
reporting read during the session (Ukrinform and RBC-Ukraine relaying an Air Force spokesman
and a General Staff briefing, a regional site on a military administration's Telegram post, a
TASS wire on the Kremlin's spokesman) and on short Ukrainian texts written in the shapes of
news reports, live blogs, features and officials' posts."""

from __future__ import annotations

import datetime as dt

from conftest import quote_rows as _quotes
from conftest import source_rows as _sources
from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(
        SourceDoc(text=text, origin=f"{lang}-session11", published=dt.date(2026, 12, 5)), lang=lang
    )


def _figures(reading) -> list[tuple[float, str | None, str | None]]:
    return [
        (f.value, f.unit, f.claimant.name if f.claimant else None) for f in reading.figures
    ]


def _speakers(reading) -> list[str | None]:
    return [q[1] for q in _quotes(reading)]


# -- relays and back-references --------------------------------------------------------------


def test_an_outlet_after_a_role_is_no_antecedent_for_a_pronoun():
    """"передає кореспондент Укрінформу" made the outlet a person, and "сказав він" in the
    next paragraph took it for its antecedent."""
    uk = _read(
        "Удар по Павлограду\n\nУнаслідок нічної атаки дронів на Павлоград поранені четверо "
        "людей.\n\nПро це сказав начальник обласної військової адміністрації Сергій Лисенко, "
        "передає кореспондент Укрінформу.\n\n\"Усі постраждалі в лікарні\", – сказав він.\n",
        "uk",
    )
    assert _speakers(uk) == ["Сергій Лисенко", "Сергій Лисенко"]
    assert ("reported", "Укрінформ", "передає кореспондент Укрінформу") in _sources(uk)


def test_a_circumstance_or_a_programme_with_its_adjective_before_a_back_reference_cue():
    """"Про це під час брифінгу повідомила X", "Про це в ефірі загальнонаціонального
    телемарафону "Єдині новини" сказав X": the lead before is X's report."""
    briefing = _read(
        "Евакуація\n\nЕвакуація з громади триває щодня.\n\nПро це під час брифінгу повідомила "
        "речниця обласної військової адміністрації Оксана Литвин.\n",
        "uk",
    )
    assert _quotes(briefing) == [("indirect", "Оксана Литвин", "Евакуація з громади триває щодня")]
    broadcast = _read(
        "Літаки\n\nУ Брянській області впали два літаки.\n\nПро це в ефірі "
        "загальнонаціонального телемарафону \"Єдині новини\" сказав речник Повітряних сил ЗСУ "
        "Юрій Ігнат.\n",
        "uk",
    )
    assert _quotes(broadcast) == [
        ("indirect", "Юрій Ігнат", "У Брянській області впали два літаки")
    ]
    ru = _read(
        "Белгород\n\nВ результате атаки беспилотников ранены три человека.\n\nОб этом в ходе "
        "брифинга сообщил губернатор области Вячеслав Гладков.\n",
        "ru",
    )
    assert _quotes(ru) == [
        ("indirect", "Вячеслав Гладков", "В результате атаки беспилотников ранены три человека")
    ]
    assert _figures(ru) == [(3.0, "people", "Вячеслав Гладков")]


def test_a_cited_statement_on_an_outlets_air_is_the_speakers():
    """"з посиланням на заяву речника X в ефірі Радіо Свобода": the source phrase named X
    already and ran on to the outlet's name."""
    uk = _read(
        "Літак\n\nУ Повітряних силах не підтвердили дані про збиття літака.\n\nПро це "
        "повідомляє РБК-Україна з посиланням на заяву речника Повітряних сил ЗСУ Дениса Кравця "
        "в ефірі Радіо Свобода.\n",
        "uk",
    )
    assert [s[:2] for s in _sources(uk)] == [("reported", "Денис Кравець")]
    assert _speakers(uk) == ["Денис Кравець"]


def test_an_outlets_relay_opening_before_an_according_phrase():
    """"Як повідомляв Укрінформ, за даними Генштабу ЗСУ, ...": the report is the General
    Staff's (was the words "Як повідомляв Укрінформ", the figure the outlet's); "Як передає
    УНІАН, за інформацією ...": the outlet relays and quotes no one itself."""
    uk = _read(
        "Втрати\n\nЯк повідомляв Укрінформ, за даними Генштабу ЗСУ, росіяни втратили за добу "
        "1 120 військових.\n\nЯк передає УНІАН, за інформацією Повітряних сил, уночі ворог "
        "запустив 57 ударних дронів.\n",
        "uk",
    )
    assert _quotes(uk) == [
        ("indirect", "Генштаб ЗСУ", "росіяни втратили за добу 1 120 військових"),
        ("indirect", "Повітряні сили", "уночі ворог запустив 57 ударних дронів"),
    ]
    assert _figures(uk) == [(1120.0, "soldiers", "Генштаб ЗСУ"), (57.0, "drones", "Повітряні сили")]
    assert ("reported", "УНІАН", "Як передає УНІАН") in _sources(uk)


def test_a_manner_placeholder_refers_back_to_the_sentence_before():
    """"Так пресс-секретарь X прокомментировал ...": the sentence before is X's; "Так
    губернатор заявил, что ..." reports its own clause."""
    ru = _read(
        "Песков\n\nРоссия готова к переговорам. Так пресс-секретарь президента Дмитрий Песков "
        "прокомментировал журналистам слова американского коллеги.\n",
        "ru",
    )
    assert _quotes(ru) == [("indirect", "Дмитрий Песков", "Россия готова к переговорам")]
    own = _read("Обстрелы\n\nТак губернатор заявил, что обстрелы продолжаются.\n", "ru")
    assert _quotes(own) == [("indirect", "губернатор", "обстрелы продолжаются")]


# -- speakers ----------------------------------------------------------------------------------


def test_a_press_service_is_no_head_of_its_body():
    uk = _read(
        "Херсон\n\nНачальник ОВА Ярослав Шевчук розповів, що жінку доставили до лікарні.\n\n"
        "Пресслужба ОВА додала, що в місті пошкоджено п'ять будинків.\n",
        "uk",
    )
    assert _speakers(uk) == ["Ярослав Шевчук", "Пресслужба ОВА"]


def test_feminine_role_nouns_and_a_place_before_the_name_stay_out_of_it():
    """"Волонтерка Марія Гнатюк" (a feminine role noun is a title), "Мешканка Краматорська
    Ірина Бондар" (the place in the genitive before the full name); "Жінка також розповіла"
    is the woman named before."""
    uk = _read(
        "Тварини\n\nВолонтерка Марія Гнатюк уже два роки вивозить тварин.\n\n«Щотижня ми "
        "рятуємо собак і котів», — розповідає вона.\n\nЖінка також розповіла, що організація "
        "потребує корму.\n",
        "uk",
    )
    assert _speakers(uk) == ["Марія Гнатюк", "Марія Гнатюк"]
    place = _read(
        "Удар\n\nМешканка Краматорська Ірина Бондар пережила удар по своєму будинку.\n\n«Ми не "
        "встигли сховатися», — розповіла вона.\n",
        "uk",
    )
    assert _speakers(place) == ["Ірина Бондар"]


def test_i_in_a_post_headed_by_its_authors_name_is_the_author():
    uk = _read(
        "Олег Коваленко\n\nДрузі, ніч була неспокійна. Ворог запустив по області 14 дронів.\n\n"
        "«Дякую всім, хто працював цієї ночі», — наголосив я на ранковій нараді.\n",
        "uk",
    )
    assert _speakers(uk) == ["Олег Коваленко"]


def test_kazhe_reports_and_a_lawyer_is_the_advocate_named_before():
    """"Мати ... Олена Руденко каже, що ...": "каже" (the present of "казати") reported
    nothing; "наголошує юрист" is "Адвокат Ігор Стасюк"."""
    uk = _read(
        "Мобілізація\n\nМати мобілізованого Олена Руденко з Вінниці каже, що її сина затримали "
        "на зупинці.\n\n«Він не встиг мені зателефонувати», – каже жінка.\n\nАдвокат Ігор "
        "Стасюк пояснює, що закон вимагає вручити повістку.\n\n«Затримання без повістки – це "
        "порушення», – наголошує юрист.\n",
        "uk",
    )
    assert _speakers(uk) == ["Олена Руденко", "Олена Руденко", "Ігор Стасюк", "Ігор Стасюк"]
    assert _quotes(uk)[0] == ("indirect", "Олена Руденко", "її сина затримали на зупинці")


def test_an_according_pronoun_phrase_after_an_object_reports_the_whole_sentence():
    uk = _read(
        "Харків\n\nНачальник ОВА Олег Синєгубов повідомив, що поранені троє людей.\n\nЩе одну "
        "жінку, за його словами, шпиталізували з гострою реакцією на стрес.\n",
        "uk",
    )
    assert _quotes(uk)[1] == (
        "indirect",
        "Олег Синєгубов",
        "Ще одну жінку, за його словами, шпиталізували з гострою реакцією на стрес",
    )


def test_a_live_blog_entry_labelled_with_a_body_is_its_report():
    """"Генштаб: ..." / "Повітряні сили: ..." opening a live blog's entry: the label reports
    the sentence; "Фото: ..." and a place label do not."""
    uk = _read(
        "Онлайн\n\n10:15\n\nГенштаб: за добу відбулося 143 бойові зіткнення.\n\nФото: "
        "ілюстративне\n\nПовітряні сили: уночі ворог запустив 57 дронів.\n\nХарків: вибухи в "
        "центрі міста.\n",
        "uk",
    )
    assert _quotes(uk) == [
        ("indirect", "Генштаб", "за добу відбулося 143 бойові зіткнення"),
        ("indirect", "Повітряні сили", "уночі ворог запустив 57 дронів"),
    ]


def test_a_source_noun_with_the_outlet_told_is_the_source_named_before():
    uk = _read(
        "Нафтобаза\n\nСлужба безпеки України атакувала нафтобазу.\n\nПро це «Українській "
        "правді» розповіло джерело в СБУ.\n\n«Кожен такий удар зменшує можливості ворога», – "
        "сказав співрозмовник УП.\n",
        "uk",
    )
    assert _speakers(uk) == ["джерело в СБУ", "джерело в СБУ"]


def test_a_bodys_name_runs_on_past_the_country_through_its_link():
    uk = _read(
        "Пожежа\n\nЗа даними Державної служби України з надзвичайних ситуацій, пожежу "
        "ліквідували до ранку.\n",
        "uk",
    )
    body = "Державна служба України з надзвичайних ситуацій"
    assert _speakers(uk) == [body]
    assert [s[:2] for s in _sources(uk)] == [("reported", body)]


def test_a_long_title_chain_reaches_the_name_after_the_rank():
    """"заступник начальника Головного оперативного управління Генерального штабу ЗСУ
    бригадний генерал Олексій Громов": the phrase stopped at its word limit, on the rank."""
    uk = _read(
        "Фронт\n\nВорог відмовився від наступу, повідомив заступник начальника Головного "
        "оперативного управління Генерального штабу ЗСУ бригадний генерал Олексій Громов.\n",
        "uk",
    )
    assert _quotes(uk) == [("indirect", "Олексій Громов", "Ворог відмовився від наступу")]


def test_a_wires_credit_after_the_dateline_is_no_part_of_the_report():
    ru = _read(
        "Белгород\n\nБЕЛГОРОД, 28 ноября. /ТАСС/. Три человека ранены при атаке дронов на "
        "Белгород. Об этом сообщил губернатор области Вячеслав Гладков.\n",
        "ru",
    )
    assert _quotes(ru) == [
        ("indirect", "Вячеслав Гладков", "Три человека ранены при атаке дронов на Белгород")
    ]


def test_bare_analysts_speak_as_the_body_named_before():
    """"Аналітики зазначають" after "у звіті Інституту вивчення війни (ISW)": the institute's
    analysts, as "Аналітики Інституту вивчення війни" already read."""
    uk = _read(
        "ISW\n\nРосійські війська посилили тиск на Запорізькому напрямку. Про це йдеться у "
        "звіті Інституту вивчення війни (ISW).\n\nАналітики зазначають, що окупанти "
        "намагаються вийти до Оріхова.\n",
        "uk",
    )
    assert _speakers(uk) == ["Інститут вивчення війни", "Інститут вивчення війни"]


def test_the_city_head_is_the_mayor_named_before():
    uk = _read(
        "Київ\n\nМер Києва Віталій Кличко уточнив, що на Оболоні горіло авто.\n\n\"На місце "
        "виїхали всі екстрені служби\", – написав міський голова.\n",
        "uk",
    )
    assert _speakers(uk) == ["Віталій Кличко", "Віталій Кличко"]


# -- Russian sourcing --------------------------------------------------------------------------


def test_a_ministry_of_the_russian_federation_is_no_person():
    """"По данным Министерства здравоохранения Российской Федерации": was the "person"
    "Российская Федерации"."""
    ru = _read(
        "Больницы\n\nПо данным Министерства здравоохранения Российской Федерации, в больницы "
        "доставлены 15 человек.\n",
        "ru",
    )
    body = "Министерство здравоохранения Российской Федерации"
    assert [s[:2] for s in _sources(ru)] == [("reported", body)]
    assert _figures(ru) == [(15.0, "people", body)]


def test_a_fronted_object_puts_the_source_after_the_verb():
    ru = _read(
        "Курск\n\nИнформацию о погибших опроверг пресс-секретарь губернатора Курской области "
        "Андрей Иванов.\n",
        "ru",
    )
    assert [s[:2] for s in _sources(ru)] == [("denied", "Андрей Иванов")]


def test_the_outlet_told_before_an_anonymous_source_and_a_press_service_cited():
    told = _read(
        "Атака\n\nОб атаке сообщил ТАСС источник в экстренных службах региона.\n", "ru"
    )
    assert [s[:2] for s in _sources(told)] == [("reported", "источник в экстренных службах")]
    cited = _read(
        "Атака\n\nКак сообщает РИА Новости со ссылкой на пресс-службу Министерства обороны "
        "России, над областью сбиты 12 беспилотников.\n",
        "ru",
    )
    assert ("reported", "пресс-служба Министерства обороны России") in [
        s[:2] for s in _sources(cited)
    ]
    assert ("reported", "Россия") not in [s[:2] for s in _sources(cited)]


def test_a_ministry_name_with_an_apostrophe_stays_whole():
    uk = _read(
        "Лікарні\n\nЗа даними Міністерства охорони здоров'я України, до лікарень доставили 15 "
        "людей.\n",
        "uk",
    )
    assert [s[:2] for s in _sources(uk)] == [("reported", "Міністерство охорони здоров'я України")]

"""Kinds of error fixed in the fifth ru/uk session (issue #12), each on sentences written for
these tests (no text copied from articles): the kinds were found on real Russian and Ukrainian
reporting read during the session (regional governors, wire copy, Air Force summaries)."""

from __future__ import annotations

import datetime as dt

from conftest import quote_rows as _quotes
from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(
        SourceDoc(text=text, origin=f"{lang}-session8", published=dt.date(2026, 12, 1)), lang=lang
    )


def _speakers_of(reading, kind: str = "indirect") -> set[str | None]:
    return {q.speaker.name if q.speaker else None for q in reading.quotes if q.kind == kind}


def test_a_hyphenated_medium_before_that_keeps_the_report():
    ru = _read(
        "Обстрел\n\nГубернатор области Павел Зимин сообщил в Telegram-канале, что при обстреле "
        "пострадал водитель грузовика.\n",
        "ru",
    )
    assert _quotes(ru) == [("indirect", "Павел Зимин", "при обстреле пострадал водитель грузовика")]


def test_a_surname_after_a_bodys_acronym_is_the_person():
    uk = _read(
        "Дрони\n\nУночі безпілотник збили над Буковиною, повідомив начальник ОВА Гнатюк. Він "
        "додав, що постраждалих немає.\n",
        "uk",
    )
    assert _speakers_of(uk) == {"Гнатюк"}
    ru = _read(
        "Дроны\n\nНочью беспилотник сбили над районом, сообщил глава МЧС Королёв.\n", "ru"
    )
    assert _speakers_of(ru) == {"Королёв"}


def test_a_body_spelt_out_in_lower_case_in_the_locative_speaks():
    uk = _read(
        "Дрони\n\nДва дрони збили над Одещиною, повідомили в повітряному командуванні.\n", "uk"
    )
    assert _speakers_of(uk) == {"повітряне командування"}
    ru = _read(
        "Обстрел\n\nВ Минобороны заявили, что школа повреждена. В оборонном ведомстве добавили, "
        "что жители села остались без света.\n",
        "ru",
    )
    quotes = _quotes(ru)
    assert len(quotes) == 2
    assert quotes[1][2] == "жители села остались без света"


def test_imperfective_report_verbs_close_a_reported_clause():
    uk = _read(
        "Атака\n\nЦіллю удару була енергетика регіону, відзначили в Повітряних силах.\n", "uk"
    )
    assert _speakers_of(uk) == {"Повітряні сили"}
    ru = _read("Атака\n\nУдар пришелся по складу с зерном, уточняют в штабе.\n", "ru")
    assert _speakers_of(ru) == {"штаб"}


def test_according_to_between_commas_after_a_time_phrase_reports_the_sentence():
    ru = _read(
        "Обстрел\n\n3 октября, по словам Игоря Ланова, обстреляна окраина поселка.\n", "ru"
    )
    assert [(kind, who) for kind, who, _ in _quotes(ru)] == [("indirect", "Игорь Ланов")]
    uk = _read(
        "Обстріл\n\nУвечері, за словами Ігоря Ланського, ворог атакував околиці села.\n", "uk"
    )
    assert [(kind, who) for kind, who, _ in _quotes(uk)] == [("indirect", "Ігор Ланський")]
    # a short clause before the phrase: the report runs on after it ("ночью" is reported too)
    ru = _read("Обстрел\n\nОкраину обстреляли, по словам Игоря Ланова, ночью.\n", "ru")
    assert [text for _, _, text in _quotes(ru)] == [
        "Окраину обстреляли, по словам Игоря Ланова, ночью"
    ]


def test_according_to_with_an_adjective_of_the_data_reports_the_owner():
    ru = _read(
        "Пострадавшие\n\nПо уточненным данным Минздрава, ранены три человека.\n", "ru"
    )
    assert _quotes(ru) == [("indirect", "Минздрав", "ранены три человека")]
    uk = _read("Постраждалі\n\nЗа оновленою інформацією ДСНС, поранено трьох людей.\n", "uk")
    assert _quotes(uk) == [("indirect", "ДСНС", "поранено трьох людей")]
    # no owner: a hedge of the outlet, never a quote
    uk = _read("Постраждалі\n\nЗа попередніми даними, поранено трьох людей.\n", "uk")
    assert _quotes(uk) == []


def test_social_media_between_the_cue_and_the_speaker():
    ru = _read(
        "Беспилотник\n\nКаналы пишут о падении дрона.\n\n«Дрон упал у деревни, пострадавших "
        "на земле нет», — написал в соцсетях губернатор края Павел Зимин.\n",
        "ru",
    )
    assert ("direct", "Павел Зимин") in {(kind, who) for kind, who, _ in _quotes(ru)}
    uk = _read(
        "Дрон\n\nКанали пишуть про падіння дрона.\n\n«Дрон впав біля села, постраждалих на "
        "землі немає», — написав у соцмережах голова громади Павло Зимін.\n",
        "uk",
    )
    assert ("direct", "Павло Зимін") in {(kind, who) for kind, who, _ in _quotes(uk)}


def _figures(reading) -> dict[float, str | None]:
    return {fig.value: fig.unit for fig in reading.figures}


def test_counted_nouns_read_as_written():
    ru = _read(
        "Ущерб\n\nПовреждения выявлены в шести частных домовладениях и одном МКД.\n", "ru"
    )
    assert _figures(ru) == {6: "places", 1: "places"}
    ru = _read("Тревога\n\nТревога длилась три часа.\n", "ru")
    assert _figures(ru) == {3: "hours"}
    uk = _read("Дрони\n\nДва «шахеди» збили над Херсонщиною.\n", "uk")
    assert [(f.value, f.unit, f.text) for f in uk.figures] == [(2, "drones", "Два «шахеди»")]


def test_a_time_of_day_is_no_count():
    uk = _read("Удар\n\nСтаном на 9 ранку поранено 4 людей.\n", "uk")
    assert set(_figures(uk)) == {4}
    ru = _read("Удар\n\nК 7 утра ранены 4 человека.\n", "ru")
    assert set(_figures(ru)) == {4}


def test_an_outlet_relaying_a_report_is_not_its_speaker():
    uk = _read(
        "Вибух\n\nУ районі пролунав вибух. Про це повідомив голова ОВА Петро Гнатюк у Telegram, "
        "пише Вечірній вісник.\n",
        "uk",
    )
    assert _speakers_of(uk) == {"Петро Гнатюк"}
    # without a report of its own the outlet still speaks
    uk = _read("Вибух\n\nУ районі пролунав вибух, пише Вечірній вісник.\n", "uk")
    assert _speakers_of(uk) == {"Вечірній вісник"}


def test_acting_titles_keep_the_sentence_whole():
    uk = _read(
        "Вибухи\n\nУ місті пролунали вибухи.\n\nПро це повідомляє в.о. міського голови Петро "
        "Гнатюк.\n",
        "uk",
    )
    assert _speakers_of(uk) == {"Петро Гнатюк"}
    ru = _read(
        "Взрывы\n\nВ городе прогремели взрывы.\n\nОб этом сообщил и.о. главы города Олег "
        "Гнатов.\n",
        "ru",
    )
    assert _speakers_of(ru) == {"Олег Гнатов"}


def test_the_people_of_a_place_speak_never_the_place():
    ru = _read(
        "Дроны\n\nБеспилотник сбили, сообщило Минобороны. Жители Приволжска заявили об атаке "
        "беспилотников. По их словам, дроны летели над рекой.\n",
        "ru",
    )
    sources = {a.source.name for a in ru.attributions if a.source is not None}
    assert sources == {"Жители Приволжска"}
    assert _speakers_of(ru) == {"Жители Приволжска"}
    uk = _read("Вибухи\n\nМешканці Приволжська повідомили, що чули вибухи.\n", "uk")
    assert _speakers_of(uk) == {"Мешканці Приволжська"}


def test_a_role_in_a_body_by_its_acronym_is_the_person_titled_so_before():
    uk = _read(
        "Бої\n\nНа сході тривають важкі бої. Про це повідомив радник глави Офісу президента "
        "Іван Гнатюк.\n\n\"Там зараз дуже важкі бої йдуть, місто тримається\", – розповів радник "
        "голови ОП.\n",
        "uk",
    )
    assert _speakers_of(uk, "direct") == {"Іван Гнатюк"}
    # with no one titled so before, the role is who speaks, never the body
    uk = _read("Бої\n\nБої тривають на півдні, розповів радник голови ОП.\n", "uk")
    assert _speakers_of(uk) == {"радник голови ОП"}


def test_the_issuer_after_a_medium_noun_is_read_whole_and_in_the_nominative():
    uk = _read(
        "Річниця\n\nБригада відзначила річницю створення. Про це йдеться у повідомленні "
        "військової частини у фейсбуці.\n",
        "uk",
    )
    assert _speakers_of(uk) == {"військова частина"}
    ru = _read(
        "Атака\n\nАтака беспилотников на регион была отражена ночью. Об этом говорится в "
        "сообщении Министерства обороны России.\n",
        "ru",
    )
    assert _speakers_of(ru) == {"Министерство обороны России"}


def test_a_body_word_refers_to_the_body_named_before_not_to_a_role_in_it():
    quote = "«На війні є місце для миті, коли серце згадує, заради чого все це», - зазначили у бригаді.\n"
    uk = _read("Нагороди\n\nКомандир бригади Іван Гнатюк вручив нагороди воїнам.\n\n" + quote, "uk")
    assert _speakers_of(uk, "direct") == {"бригада"}
    uk = _read("Штурм\n\nВоїни Князівської бригади відбили штурм.\n\n" + quote, "uk")
    assert _speakers_of(uk, "direct") == {"Князівська бригада"}
    uk = _read(
        "Обстріл\n\nСумська обласна військова адміністрація повідомила про обстріл.\n\n«Ворог "
        "обстріляв громаду з артилерії вночі», - зазначили в адміністрації.\n",
        "uk",
    )
    assert _speakers_of(uk, "direct") == {"Сумська обласна військова адміністрація"}


def test_a_resident_with_a_name_after_the_place_is_that_person():
    uk = _read(
        "Обстріли\n\nМешканка Херсона Галина розповіла, що атаки повторюються щодня.\n", "uk"
    )
    assert _speakers_of(uk) == {"Галина"}


def test_hundreds_said_as_a_noun_with_a_number_or_a_fraction():
    uk = _read("Атака\n\nРосіяни випустили понад півтори сотні дронів.\n", "uk")
    assert [(f.value, f.unit) for f in uk.figures] == [(150, "drones")]
    ru = _read("Атака\n\nУничтожено свыше двух сотен единиц техники.\n", "ru")
    assert [(f.value, f.unit) for f in ru.figures] == [(200, "vehicles")]
    ru = _read("Атака\n\nСбиты полтора десятка дронов.\n", "ru")
    assert [(f.value, f.unit) for f in ru.figures] == [(15, "drones")]
    uk = _read("Атака\n\nНад областю збили близько півтора десятка дронів.\n", "uk")
    assert [(f.value, f.unit) for f in uk.figures] == [(15, "drones")]
    # a plural alone is vague: no figure
    ru = _read("Протест\n\nСотни людей вышли на улицы.\n", "ru")
    assert ru.figures == []


def test_a_verb_after_the_counted_noun_is_no_unit():
    uk = _read("Атака\n\nВід 20 до 30 дронів атакували місто вночі.\n", "uk")
    assert [(f.value, f.unit) for f in uk.figures] == [(20, "drones")]
    ru = _read("Атака\n\nОт 20 до 30 дронов атаковали город ночью.\n", "ru")
    assert [(f.value, f.unit) for f in ru.figures] == [(20, "drones")]


def test_a_name_after_a_genitive_governor_is_read_in_the_genitive():
    # "Олександра Прокудіна" is also a woman's name in the nominative; after "за даними" it
    # is the man's genitive
    uk = _read(
        "Травми\n\nЗа даними керівника ОВА Олександра Прокудіна, хлопець дістав травми.\n", "uk"
    )
    assert _speakers_of(uk) == {"Олександр Прокудін"}
    uk = _read("Травми\n\nЗа словами Олександри Коваль, хлопець дістав травми.\n", "uk")
    assert _speakers_of(uk) == {"Олександра Коваль"}


def test_a_name_keeps_the_e_the_text_writes():
    ru = _read("Травмы\n\nПо словам Александры Ковалевой, мальчик получил травмы.\n", "ru")
    assert _speakers_of(ru) == {"Александра Ковалева"}
    ru = _read("Травмы\n\nПо словам Петра Королёва, мальчик получил травмы.\n", "ru")
    assert _speakers_of(ru) == {"Пётр Королёв"}


def test_a_role_with_its_body_spelt_out_after_it_is_one_speaker():
    ru = _read(
        "Обломки\n\nОбломки беспилотника обнаружены в лесополосе, рассказал РИА Новости "
        "представитель экстренных служб.\n",
        "ru",
    )
    assert _speakers_of(ru) == {"представитель экстренных служб"}
    uk = _read(
        "Уламки\n\nУламки дрона знайшли в лісосмузі, розповів журналістам речник обласної "
        "прокуратури.\n",
        "uk",
    )
    assert _speakers_of(uk) == {"речник обласної прокуратури"}


def test_an_according_to_cue_reports_once():
    uk = _read(
        "Удар\n\nЯк повідомив керівник ОВА Сергій Гнатюк, ворог влучив дроном в мікроавтобус, "
        "що рухався трасою.\n",
        "uk",
    )
    assert [text for _, _, text in _quotes(uk)] == [
        "ворог влучив дроном в мікроавтобус, що рухався трасою"
    ]


def _hedge_cues(reading) -> list[str]:
    return [h.cue for h in reading.hedges]


def test_hearsay_and_likelihood_in_their_other_spellings():
    uk = _read("Втрати\n\nЗа неперевіреною інформацією, загинули четверо.\n", "uk")
    assert _hedge_cues(uk) == ["За неперевіреною інформацією"]
    uk = _read("Дрон\n\nСкоріш за все, це був ударний дрон.\n", "uk")
    assert _hedge_cues(uk) == ["Скоріш за все"]
    uk = _read("Командування\n\nПодейкують, що командувача змінять.\n", "uk")
    assert _hedge_cues(uk) == ["Подейкують"]
    ru = _read("Потери\n\nПо непроверенной информации, погибли четверо.\n", "ru")
    assert _hedge_cues(ru) == ["По непроверенной информации"]
    ru = _read("Потери\n\nПо имеющейся информации, пострадавших нет.\n", "ru")
    assert _hedge_cues(ru) == ["По имеющейся информации"]


def test_an_adverb_before_a_body_in_the_locative_is_no_part_of_its_name():
    ru = _read(
        "Дрон\n\nПозднее в Минобороны РФ подтвердили уничтожение беспилотника.\n", "ru"
    )
    assert _sources(ru) == {"Минобороны РФ": "confirmed"}
    uk = _read("Дрон\n\nНевдовзі у Міноборони підтвердили знищення безпілотника.\n", "uk")
    assert _sources(uk) == {"Міноборони": "confirmed"}


def _sources(reading) -> dict[str, str]:
    return {a.source.name: a.relation for a in reading.attributions if a.source is not None}


def test_according_to_after_a_time_phrase_leaves_a_later_cue_its_own_report():
    ru = _read(
        "Обстрел\n\nНакануне, по словам Ивана Ланова, губернатор заявил, что обстрел прекратился.\n",
        "ru",
    )
    assert _quotes(ru) == [("indirect", "губернатор", "обстрел прекратился")]

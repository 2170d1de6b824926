"""Kinds of error fixed for issue #12 (ru/uk reading), each on sentences written for these tests
(no text copied from articles). The kinds were found on real Russian and Ukrainian reporting
read for the session (Lenta.ru and RIA Novosti on governors' and the defence ministry's drone
reports, Mediazona on casualty counts, a regional Russian radio on a governor's channel,
Ukrainian sites relaying a military administration and a city council)."""

from __future__ import annotations

import datetime as dt

from conftest import quote_rows as _quotes
from conftest import source_rows as _sources
from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(
        SourceDoc(text=text, origin=f"{lang}-issue12", published=dt.date(2026, 12, 6)), lang=lang
    )


def _figures(reading) -> list[tuple[float, str | None]]:
    return [(f.value, f.claimant.name if f.claimant else None) for f in reading.figures]


# -- a back-reference after a comma in the same sentence ----------------------------------------


def test_a_back_reference_after_a_comma_reports_the_clause_before_it():
    """"X погибли, об этом сообщил губернатор Y": the clause before the comma is Y's report
    (it was read only when "Об этом" opened the next sentence)."""
    ru = _read(
        "Атака\n\nВ Курской области при атаке дрона погибли три человека, об этом сообщил "
        "губернатор региона Алексей Смирнов.\n",
        "ru",
    )
    assert _quotes(ru) == [
        ("indirect", "Алексей Смирнов", "В Курской области при атаке дрона погибли три человека")
    ]
    assert _figures(ru) == [(3.0, "Алексей Смирнов")]
    uk = _read(
        "Атака\n\nУ Сумах через удар дрона поранені четверо людей, про це повідомив начальник "
        "міської військової адміністрації Олег Коваль.\n",
        "uk",
    )
    assert _quotes(uk) == [
        ("indirect", "Олег Коваль", "У Сумах через удар дрона поранені четверо людей")
    ]
    # one word after the comma is no "об этом": "..., так сказал X" stays as it was
    lone = _read(
        "Атака\n\nДроны сбиты над областью, так сказал губернатор региона Алексей Смирнов.\n", "ru"
    )
    assert not any(q[2].startswith("Дроны сбиты") for q in _quotes(lone))


# -- a body in the locative after a time adverb ----------------------------------------------------


def test_a_time_adverb_before_a_locative_body_keeps_the_body_as_speaker():
    """"Ранее в Минобороны России заявили, что ...": "Ранее" opening the sentence hid the body."""
    ru = _read(
        "ПВО\n\nРанее в Минобороны России заявили, что ночью над областью сбиты 12 "
        "беспилотников.\n",
        "ru",
    )
    assert _quotes(ru) == [
        ("indirect", "Минобороны России", "ночью над областью сбиты 12 беспилотников")
    ]
    assert _figures(ru) == [(12.0, "Минобороны России")]
    uk = _read(
        "Обстріл\n\nРаніше в Херсонській ОВА повідомили, що під обстрілом були 14 населених "
        "пунктів.\n",
        "uk",
    )
    assert [q[0] for q in _quotes(uk)] == ["indirect"]
    assert _quotes(uk)[0][1] is not None and "ОВА" in _quotes(uk)[0][1]


# -- "Как сообщал X," ------------------------------------------------------------------------------


def test_the_imperfective_past_after_kak_is_an_according_phrase():
    """"Как сообщал мэр X, ...", "Як повідомляв мер X, ...": an earlier report, read like
    "Как сообщил X"."""
    ru = _read(
        "Дроны\n\nКак сообщал мэр города Андрей Волков, часть дронов сбита над окраинами.\n", "ru"
    )
    assert _quotes(ru) == [("indirect", "Андрей Волков", "часть дронов сбита над окраинами")]
    uk = _read(
        "Дрони\n\nЯк повідомляв мер міста Андрій Вовк, частину дронів збито над околицями.\n", "uk"
    )
    assert _quotes(uk) == [("indirect", "Андрій Вовк", "частину дронів збито над околицями")]


# -- "передала, что" -----------------------------------------------------------------------------


def test_passed_on_with_its_that_clause_reports():
    """"Пресс-служба ведомства передала, что ...": the past of "to pass on" with its clause is
    a report; without the clause ("передал документы") it is not."""
    ru = _read(
        "Жертвы\n\nРанее пресс-служба ведомства передала, что число погибших достигло пяти.\n\n"
        "Следователь передал документы в суд.\n",
        "ru",
    )
    assert [(kind, text) for kind, _, text in _quotes(ru)] == [
        ("indirect", "число погибших достигло пяти")
    ]
    assert _figures(ru)[0][1] is not None
    uk = _read(
        "Жертви\n\nПрес-служба відомства передала, що кількість загиблих зросла до п'яти.\n", "uk"
    )
    assert [(kind, text) for kind, _, text in _quotes(uk)] == [
        ("indirect", "кількість загиблих зросла до п'яти")
    ]


# -- names: a country in the genitive is no first name -----------------------------------------


def test_a_title_with_its_country_later_is_the_person_named_before():
    """"Президент Украины Владимир Зеленский ... Президент Украины утверждает": the country in
    the genitive was read as a first name ("Украины Владимир Зеленский"), and the sourcing
    statement's source was the country."""
    ru = _read(
        "Потери\n\nПрезидент Украины Владимир Зеленский на встрече с журналистами сообщил, что "
        "армия получила новые системы.\n\nПрезидент Украины утверждает, что противник потерял "
        "много техники.\n",
        "ru",
    )
    assert [q[1] for q in _quotes(ru)] == ["Владимир Зеленский", "Владимир Зеленский"]
    assert ("claimed", "Владимир Зеленский", "Президент Украины утверждает") in _sources(ru)
    uk = _read(
        "Втрати\n\nМіністр оборони України Олег Ковальчук повідомив, що армія отримала нові "
        "системи.\n\nМіністр оборони України стверджує, що ворог втратив багато техніки.\n",
        "uk",
    )
    assert [q[1] for q in _quotes(uk)] == ["Олег Ковальчук", "Олег Ковальчук"]
    assert not any(s[1] in ("України", "Україна") for s in _sources(uk))


# -- "по его словам" after a colon ------------------------------------------------------------------


def test_according_to_him_after_a_colon_reports_the_clause_after_the_colon():
    """"... называл X еще в марте: тогда, по его словам, армия потеряла ...": the clause after
    the colon is his report, not the sentence before it."""
    ru = _read(
        "Потери\n\nВ последний раз число погибших называл советник министра Олег Зуев еще в "
        "марте: тогда, по его словам, армия потеряла от 5 до 7 тысяч человек.\n",
        "ru",
    )
    rows = _quotes(ru)
    assert len(rows) == 1
    assert rows[0][1] == "Олег Зуев"
    assert rows[0][2].endswith("армия потеряла от 5 до 7 тысяч человек")
    assert "называл" not in rows[0][2]


# -- a spaced dash before a closing cue -----------------------------------------------------------


def test_a_spaced_dash_before_a_closing_cue_sets_off_the_report_as_a_comma_does():
    """"Відомо про 5 постраждалих - повідомив X.": words in no quote marks before a hyphen or
    an en dash and a cue are X's indirect quote, as they are before a comma."""
    uk = _read(
        "Атака\n\nНаразі відомо про шістьох постраждалих - повідомив голова ОВА Павло Ткач.\n",
        "uk",
    )
    assert _quotes(uk) == [("indirect", "Павло Ткач", "Наразі відомо про шістьох постраждалих")]
    assert _figures(uk) == [(6.0, "Павло Ткач")]
    ru = _read(
        "Атака\n\nНа данный момент известно о пяти пострадавших – сообщил губернатор Иван "
        "Орлов.\n",
        "ru",
    )
    assert _quotes(ru) == [("indirect", "Иван Орлов", "На данный момент известно о пяти пострадавших")]


# -- an abbreviated month is a date ---------------------------------------------------------------


def test_a_dateline_with_an_abbreviated_month_is_no_figure():
    """"МОСКВА, 26 ноя - РИА Новости.": the day before an abbreviated month is a date."""
    ru = _read(
        "МОСКВА, 14 дек - РИА Новости. Средства ПВО сбили семь беспилотников над областью, "
        "сообщили в Минобороны России.\n",
        "ru",
    )
    assert [value for value, _ in _figures(ru)] == [7.0]


def test_a_person_in_the_genitive_before_another_is_not_part_of_his_name():
    """"советник офиса Зеленского Михаил Подоляк ..., по его словам": the pronoun's antecedent
    read from running text ran the two names together ("Зеленского Михаил Подоляк")."""
    ru = _read(
        "Потери\n\nПрезидент Украины Владимир Зеленский сообщил, что армия получила новые "
        "системы.\n\nВ последний раз число погибших называл советник офиса Зеленского Михаил "
        "Подоляк еще в марте: тогда, по его словам, армия потеряла от 5 до 7 тысяч человек.\n",
        "ru",
    )
    assert [q[1] for q in _quotes(ru)] == ["Владимир Зеленский", "Михаил Подоляк"]
    assert ("reported", "Михаил Подоляк", "по его словам") in _sources(ru)


# -- a toll in the object of a reporting verb -------------------------------------------------------


def test_a_toll_in_the_object_of_a_reporting_verb_is_claimed_by_its_subject():
    """"Голова ОВА X зранку повідомляв про двох загиблих", "До этого глава региона X писал о
    четырех погибших": no clause, so no quote, but the count is the subject's."""
    uk = _read(
        "Обстріл\n\nГолова міської військової адміністрації Роман Гнатюк зранку повідомляв про "
        "двох загиблих.\n",
        "uk",
    )
    assert _figures(uk) == [(2.0, "Роман Гнатюк")]
    ru = _read(
        "Атака\n\nДо этого глава региона Павел Зимин писал о четырех погибших.\n\nОн сообщил о "
        "трех раненых.\n",
        "ru",
    )
    assert _figures(ru)[0] == (4.0, "Павел Зимин")


# -- a body named again without its country ---------------------------------------------------------


def test_a_body_named_again_without_its_country_is_the_body_named_before():
    """"..., сообщили в Минобороны РФ. Ранее в Минобороны заявили, что ...": one body, named in
    full as the text first gives it; a place opening another name stays apart."""
    ru = _read(
        "ПВО\n\nНад областью ночью сбиты шесть беспилотников, сообщили в Минобороны РФ.\n\n"
        "Ранее в Минобороны заявили, что над морем уничтожены два катера.\n",
        "ru",
    )
    assert [q[1] for q in _quotes(ru)] == ["Минобороны РФ", "Минобороны РФ"]
    assert _figures(ru) == [(6.0, "Минобороны РФ"), (2.0, "Минобороны РФ")]


# -- "В сообщении говорится, что" -------------------------------------------------------------------


def test_an_impersonal_cue_after_its_opening_medium_reports_for_the_issuer():
    """"В сообщении ведомства говорится, что ...", "У повідомленні також зазначено, що ...": the
    medium opening the sentence speaks for its issuer (the body in the genitive after it, else
    the one named before)."""
    ru = _read(
        "Удар\n\nВ Минобороны России заявили, что удар нанесен по складу.\n\nВ сообщении "
        "ведомства говорится, что в операции участвовали три подразделения.\n",
        "ru",
    )
    assert _quotes(ru) == [
        ("indirect", "Минобороны России", "удар нанесен по складу"),
        ("indirect", "Минобороны России", "в операции участвовали три подразделения"),
    ]
    uk = _read(
        "Удар\n\nГенеральний штаб ЗСУ підтвердив удар по нафтобазі.\n\nУ повідомленні також "
        "зазначено, що до операції залучили інші підрозділи.\n",
        "uk",
    )
    assert _quotes(uk) == [
        ("indirect", "Генеральний штаб ЗСУ", "до операції залучили інші підрозділи")
    ]


# -- an outlet relaying someone's words ------------------------------------------------------------


def test_an_outlet_that_relays_someones_words_is_a_reported_source():
    """"Его слова передает УНИАН", "Слова X приводит ТАСС", "Його слова наводить Укрінформ": the
    outlet after the verb relays; a Ukrainian outlet's acronym keeps its spelling in Russian
    (not "УНИАНЫ")."""
    ru = _read(
        "Заявление\n\nПрезидент Иван Петров сообщил, что армия получила новые системы. Его слова "
        "передает УНИАН.\n\nСлова министра приводит ТАСС.\n",
        "ru",
    )
    assert ("reported", "УНИАН", "Его слова передает УНИАН") in _sources(ru)
    assert ("reported", "ТАСС", "Слова министра приводит ТАСС") in _sources(ru)
    uk = _read(
        "Заява\n\nПрезидент Іван Петренко повідомив, що армія отримала нові системи. Його слова "
        "наводить Укрінформ.\n",
        "uk",
    )
    assert ("reported", "Укрінформ", "Його слова наводить Укрінформ") in _sources(uk)


# -- doctors grading a patient's condition ---------------------------------------------------------


def test_doctors_grading_a_condition_is_no_hedge_an_estimate_is():
    """"их состояние оценивается как стабильное", "стан оцінюється як важкий": a patient's
    condition graded by doctors is no estimate; "Ущерб оценивается в ..." still is."""
    ru = _read(
        "Атака\n\nДвое раненых в больнице, их состояние оценивается как стабильное. Врачи "
        "оценивают состояние женщины как тяжелое. Ущерб оценивается в 2 млн рублей.\n",
        "ru",
    )
    assert [h.cue for h in ru.hedges] == ["оценивается"]
    assert ru.hedges[0].scope.text.startswith("Ущерб")
    uk = _read(
        "Атака\n\nПоранений у лікарні, його стан оцінюється як важкий.\n", "uk"
    )
    assert not uk.hedges


def test_a_distance_in_miles_counts_miles():
    """"уразили завод за 1100 миль від кордону": the figure counts miles, not what was hit."""
    uk = _read("Дрони\n\nДрони уразили завод за 1100 миль від кордону.\n", "uk")
    assert [(f.value, f.unit) for f in uk.figures] == [(1100.0, "miles")]
    ru = _read("Дроны\n\nБеспилотники поразили завод в 900 милях от границы.\n", "ru")
    assert [(f.value, f.unit) for f in ru.figures] == [(900.0, "miles")]

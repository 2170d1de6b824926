"""Russian and Ukrainian reading: quotes with em-dash dialogue, cue verbs in every form, names in
the nominative, sourcing, figures, hedges, dates, transliteration and language identification.

The sentences are written for these tests (no text copied from articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcetrace import lang as langdata
from sourcetrace import langid
from sourcetrace.analysis import analyze, resolve_language
from sourcetrace.evaluate import written_split
from sourcetrace.ingest import InputError, SourceDoc
from sourcetrace.lang.morph import NameReader, for_language
from sourcetrace.translit import name_key, romanise

RU = (
    "Удар по Харькову\n\n"
    "Вчера вечером войска нанесли удар по городу. По данным Генштаба ВСУ, погибли двадцать два "
    "человека, более 30 раненых.\n\n"
    "«Это был удар по жилому дому», — заявил глава Харьковской ОВА Олег Синегубов.\n\n"
    "По словам Синегубова, среди погибших трое детей.\n\n"
    "— Мы не знаем, сколько людей ещё под завалами, — сказала спасательница Анна Петренко.\n\n"
    "Министр обороны Сергей Шойгу заявил, что удар якобы был нанесён по военному объекту. "
    "Песков отказался комментировать удар. Как сообщает ТАСС, уничтожено около 15 тыс. тонн "
    "боеприпасов. Информацию не удалось независимо проверить.\n"
)

UK = (
    "Удар по Харкову\n\n"
    "За даними Генштабу ЗСУ, загинули 22 людини, понад 30 поранених.\n\n"
    "„Це був удар по житловому будинку“, — заявив голова Харківської ОВА Олег Синєгубов.\n\n"
    "За його словами, серед загиблих троє дітей.\n\n"
    "— Ми не знаємо, скільки людей ще під завалами, — сказала рятувальниця Анна Петренко.\n\n"
    "Речниця Повітряних сил заявила, що ворог нібито запустив сорок дронів. Пєсков відмовився "
    "коментувати удар. Як повідомляє Укрінформ, минулого тижня знищено близько 15 тис. тонн "
    "боєприпасів. Інформацію не вдалося незалежно перевірити.\n"
)


@pytest.fixture(scope="module")
def ru_reading():
    return analyze(SourceDoc(text=RU, origin="ru-test", published=dt.date(2026, 11, 28)), lang="ru")


@pytest.fixture(scope="module")
def uk_reading():
    return analyze(SourceDoc(text=UK, origin="uk-test", published=dt.date(2026, 11, 28)), lang="uk")


def _quote(reading, start: str):
    return next(q for q in reading.quotes if q.text.startswith(start))


def test_russian_direct_quotes_and_their_speakers(ru_reading):
    first = _quote(ru_reading, "Это был удар")
    assert first.kind == "direct" and first.speaker.name == "Олег Синегубов"
    dash = _quote(ru_reading, "Мы не знаем")
    assert dash.kind == "direct" and dash.speaker.name == "Анна Петренко"


def test_a_surname_in_the_genitive_joins_the_full_name(ru_reading):
    quote = _quote(ru_reading, "среди погибших")
    assert quote.kind == "indirect" and quote.speaker.name == "Олег Синегубов"


def test_russian_sourcing(ru_reading):
    relations = {(a.relation, a.source.name if a.source else None) for a in ru_reading.attributions}
    assert ("reported", "Генштаб ВСУ") in relations  # "По данным Генштаба ВСУ": nominative
    assert ("no-comment", "Песков") in relations
    assert ("reported", "ТАСС") in relations
    assert any(r == "could-not-verify" for r, _ in relations)


def test_russian_figures_read_number_words_and_abbreviations(ru_reading):
    figures = {(f.value, f.unit, f.bound) for f in ru_reading.figures}
    assert (22.0, "people", "exact") in figures
    assert (30.0, "people", "more_than") in figures
    assert (3.0, "children", "exact") in figures
    assert any(f.value == 15000.0 and f.bound == "about" for f in ru_reading.figures)


def test_russian_hedges(ru_reading):
    meanings = {h.cue.lower(): h.meaning for h in ru_reading.hedges}
    assert meanings.get("якобы") == "allegedly"
    assert meanings.get("не удалось независимо проверить") == "unverified"


def test_ukrainian_low_high_quote_marks_and_possessive_according_to(uk_reading):
    first = _quote(uk_reading, "Це був удар")
    assert first.kind == "direct" and first.speaker.name == "Олег Синєгубов"
    # "За його словами": the pronoun is the speaker, resolved to the governor
    assert _quote(uk_reading, "серед загиблих").speaker.name == "Олег Синєгубов"


def test_ukrainian_sourcing_figures_hedges_and_dates(uk_reading):
    relations = {(a.relation, a.source.name if a.source else None) for a in uk_reading.attributions}
    assert ("no-comment", "Пєсков") in relations and ("reported", "Укрінформ") in relations
    assert any(r == "could-not-verify" for r, _ in relations)
    figures = {(f.value, f.unit) for f in uk_reading.figures}
    assert (22.0, "people") in figures and (40.0, "drones") in figures
    assert any(h.meaning == "allegedly" for h in uk_reading.hedges)  # нібито
    assert any(d.text.lower() == "минулого тижня" for d in uk_reading.dates)


def test_cue_verbs_come_in_every_form_from_their_lemmas():
    ru_cues = set(langdata.load("ru")["quotes"]["cue_verbs"])
    assert {"заявил", "заявила", "заявили", "заявив", "сообщает", "подчеркнула"} <= ru_cues
    assert "заявить" not in ru_cues  # the infinitive reports nothing
    uk_cues = set(langdata.load("uk")["quotes"]["cue_verbs"])
    assert {"заявив", "заявила", "повідомили", "наголосив", "додавши"} <= uk_cues
    numbers = langdata.load("ru")["figures"]["units"]
    assert numbers["двух"] == 2 and numbers["трое"] == 3


def test_names_are_read_in_the_nominative_in_the_gender_of_the_first_name():
    ru = NameReader(for_language("ru", "pymorphy3"), {"ова": "ов"})
    assert ru.nominative("Владимира Зеленского") == "Владимир Зеленский"
    assert ru.nominative("Ирины Венедиктовой") == "Ирина Венедиктова"
    assert ru.nominative("Венедиктовой") == "Венедиктова"  # as the earlier full mention gave it
    assert ru.nominative("Украины Владимир Зеленский") == "Владимир Зеленский"
    uk = NameReader(for_language("uk", "pymorphy3"))
    assert uk.nominative("Віталія Кличка") == "Віталій Кличко"
    # a resident known by her first name after the place her role names; not a surname first
    assert uk.nominative("Антонівки Галина") == "Галина"
    assert uk.nominative("Петренко Іван") == "Петренко Іван"


def test_names_cluster_across_scripts_and_romanisations():
    assert name_key("Кличко") == name_key("Klitschko") == name_key("Klytsjko") == name_key("Klychko")
    assert name_key("Зеленский") == name_key("Зеленський") == name_key("Zelenskyy") == name_key("Zelenskij")
    assert name_key("Шойгу") != name_key("Песков")
    assert romanise("Віталій Кличко", scheme="nb") == "Vitalij Klytsjko"
    assert romanise("Зеленский", scheme="en") == "Zelenskiy"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Der Bundeskanzler sagte am Dienstag, dass die Ukraine weitere Hilfe bekommen werde.", "de"),
        ("Prezydent powiedział we wtorek, że Ukraina otrzyma dalszą pomoc wojskową od sojuszników.", "pl"),
        ("Прэзідэнт заявіў у аўторак, што Украіна атрымае далейшую дапамогу ад саюзнікаў.", "be"),
    ],
)
def test_german_polish_and_belarusian_are_refused_by_name(text: str, code: str):
    assert langid.detect(text) == code
    with pytest.raises(InputError, match=f"unsupported language: .*\\({code}\\)"):
        resolve_language(text, None, "input")


def test_the_written_sets_split_by_file_name_alone():
    assert written_split("a.txt") == written_split("a.gold.json") == written_split("sub/a.txt")
    names = [f"doc-{n}.txt" for n in range(400)]
    share = sum(written_split(n) == "test" for n in names) / len(names)
    assert 0.38 < share < 0.52


def test_a_short_form_of_a_body_takes_the_full_name_the_text_gives():
    text = (
        "Бої на сході\n\n"
        "За добу відбулося 90 боєзіткнень. Про це повідомив Генеральний штаб ЗСУ у ранковому "
        "зведенні.\n\n"
        "За даними Генштабу, ворог втратив близько 900 осіб.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-short", published=dt.date(2026, 11, 2)), lang="uk")
    quote = _quote(reading, "ворог втратив")
    assert quote.speaker.name == "Генеральний штаб ЗСУ"
    # one body, not two: the short and the full name are one speaker
    assert [s.name for s in reading.speakers].count("Генеральний штаб ЗСУ") == 1
    assert "Генштаб" not in [s.name for s in reading.speakers]


def test_a_short_form_stays_when_the_text_gives_no_full_name():
    reader = NameReader(
        for_language("ru", "pymorphy3"),
        short_forms=langdata.concern("ru", "entities")["short_forms"],
    )
    words = ["По", "данным", "Службы", "безопасности", "Украины", ",", "голос", "принадлежит"]
    assert reader.full_form("СБУ", words) == "Служба безопасности Украины"
    assert reader.full_form("СБУ", ["По", "данным", "СБУ", ",", "голос"]) is None
    # a person named after the body is no part of its name
    words = ["заявил", "министр", "обороны", "России", ".", "Министерства", "обороны", "России", "Андрей", "Белоусов"]
    assert reader.full_form("Минобороны", words) == "Министерство обороны России"


UK_STAFF = (
    "Обмін тілами\n\n"
    "Україна повернула тіла 500 загиблих. Про це повідомив Координаційний штаб з питань "
    "поводження з військовополоненими.\n\n"
    "«Процедура ідентифікації триватиме місяцями», — йдеться в повідомленні штабу.\n\n"
    "Речник угруповання військ «Південь» Тарас Бойко розповів, що бої тривають на трьох "
    "напрямках.\n\n"
    "— Ворог атакує щодня, — пояснив речник.\n"
)


@pytest.fixture(scope="module")
def uk_staff_reading():
    return analyze(SourceDoc(text=UK_STAFF, origin="uk-staff", published=dt.date(2026, 11, 6)), lang="uk")


def test_the_body_in_the_genitive_after_a_medium_issued_it(uk_staff_reading):
    quote = _quote(uk_staff_reading, "Процедура ідентифікації")
    # "в повідомленні штабу": the staff the text named before, with the whole of its name
    assert quote.speaker.name == "Координаційний штаб з питань поводження з військовополоненими"


def test_a_bare_role_noun_is_the_person_the_text_gave_that_role(uk_staff_reading):
    assert _quote(uk_staff_reading, "Ворог атакує").speaker.name == "Тарас Бойко"


def test_there_refers_back_to_the_body_named_with_a_locative():
    text = (
        "Обмен пленными\n\n"
        "В Координационном штабе по обращению с военнопленными Украины сообщили, что часть "
        "освобожденных нуждается в лечении. Там заявили, что многие провели в плену два года.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="ru-there", published=dt.date(2026, 12, 2)), lang="ru")
    full = "Координационный штаб по обращению с военнопленными Украины"
    assert _quote(reading, "часть освобожденных").speaker.name == full
    assert _quote(reading, "многие провели").speaker.name == full


def test_an_outlet_after_the_cue_is_told_and_the_name_before_speaks():
    text = (
        "Репатріація\n\n"
        "Ірина, мати військового з 72-ї бригади, який зник безвісти під Вугледаром, розповіла "
        "ТСН, що чекає на результати експертизи вже пів року.\n\n"
        "— Кожна репатріація — це надія і страх водночас, — каже жінка.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-told", published=dt.date(2026, 11, 6)), lang="uk")
    assert _quote(reading, "чекає на результати").speaker.name == "Ірина"
    assert _quote(reading, "Кожна репатріація").speaker.name == "Ірина"


def test_a_report_referred_back_to_with_an_impersonal_cue_names_its_issuer():
    text = (
        "Удар по аеродрому\n\n"
        "Бійці Головного управління розвідки Міноборони вночі уразили два літаки на аеродромі. "
        "Про це повідомили в ГУР.\n\n"
        "«Уражено два літаки і радар», — йдеться в повідомленні розвідки.\n\n"
        "Від початку доби на фронті відбулося 120 бойових зіткнень. Про це йдеться у зведенні "
        "Генерального штабу ЗСУ станом на 08:00.\n\n"
        "Щомісяця сили оборони отримують від 3 до 4 тис. дронів.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-issuer", published=dt.date(2026, 11, 2)), lang="uk")
    intelligence = "Головне управління розвідки Міноборони"
    assert _quote(reading, "Бійці Головного").speaker.name == intelligence
    assert _quote(reading, "Уражено два літаки").speaker.name == intelligence
    assert _quote(reading, "Від початку доби").speaker.name == "Генеральний штаб ЗСУ"
    drones = next(f for f in reading.figures if f.value_max == 4000)
    assert drones.value == 3000 and drones.bound == "range"


def test_a_speaker_after_the_cue_and_a_time_adverbial():
    text = (
        "Обмен пленными\n\n"
        "Из плена вернулись 150 российских военнослужащих, сообщило в среду Министерство "
        "обороны России.\n\n"
        "Станция полностью лишилась внешнего электроснабжения, сообщила пресс-служба станции.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="ru-after", published=dt.date(2026, 12, 2)), lang="ru")
    assert _quote(reading, "Из плена").speaker.name == "Министерство обороны России"
    assert _quote(reading, "Станция полностью").speaker.name == "пресс-служба станции"


def test_natasha_tags_only_the_sentences_that_may_hold_a_name():
    from sourcetrace.pipeline.natasha_ner import may_name, sentences

    text = (
        "«Это был удар», — заявил глава Харьковской ОВА Олег Синегубов.\n\n"
        "Вчера вечером войска нанесли удар по городу. Песков отказался комментировать удар. "
        "Это неправда."
    )
    found = [(text[a:b], may_name(text[a:b])) for a, b in sentences(text)]
    assert found == [
        ("«Это был удар», — заявил глава Харьковской ОВА Олег Синегубов.", True),
        ("Вчера вечером войска нанесли удар по городу.", False),  # a common word opens it
        ("Песков отказался комментировать удар.", True),  # a name opens it
        ("Это неправда.", False),
    ]
    # the names in the tagged sentences are still found
    reading = analyze(SourceDoc(text="Удар\n\n" + text, origin="ru-ner"), lang="ru")
    assert {"Олег Синегубов", "Песков"} <= {e.text for e in reading.entities if e.type == "PER"}


def test_ukrainian_hedges_figures_and_roles_of_a_strike_report():
    text = (
        "Удар по місту\n\n"
        "За попередньою інформацією, загинули двоє людей, ще п'ятеро дістали поранення. Про це "
        "повідомив голова Харківської ОВА Олег Синєгубов.\n\n"
        "«Під завалами можуть перебувати люди. Дані щодо постраждалих уточнюються», — написав "
        "Синєгубов.\n\n"
        "Згодом очільник ОВА повідомив, що кількість поранених зросла до дев'яти, серед них двоє "
        "дітей віком 7 і 12 років.\n\n"
        "Ймовірно, росіяни застосували ракету «Іскандер-М», зазначили в Повітряних силах.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-strike", published=dt.date(2026, 12, 3)), lang="uk")
    cues = {h.cue for h in reading.hedges}
    assert {"За попередньою інформацією", "можуть перебувати", "уточнюються", "Ймовірно"} <= cues
    values = sorted(f.value for f in reading.figures)
    assert values == [2, 2, 5, 9]  # the ages (7, 12) are no figures
    assert _quote(reading, "кількість поранених").speaker.name == "Олег Синєгубов"
    assert _quote(reading, "Ймовірно").speaker.name == "Повітряні сили"
    assert not [q for q in reading.quotes if q.text == "Іскандер-М"]  # a name, not a quote


def test_according_to_with_a_pronoun_is_a_reported_attribution_of_its_antecedent():
    text = (
        "Атака\n\n"
        "Без світла залишилися 40 тисяч абонентів, повідомив начальник Одеської ОВА Андрій Гончар.\n\n"
        "За його словами, сили ППО знищили над областю 23 ударні безпілотники.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-his-words"), lang="uk")
    reported = [a for a in reading.attributions if a.relation == "reported"]
    assert [(a.source.name, a.evidence.text) for a in reported] == [("Андрій Гончар", "За його словами")]


def test_a_plural_pronoun_refers_to_the_group_opening_the_sentence_before():
    text = (
        "Обращение\n\n"
        "Военнослужащие 1432-го мотострелкового полка, мобилизованные в Курской области, "
        "опубликовали видеообращение. В нем они утверждают, что их без подготовки отправили "
        "штурмовать позиции под Купянском.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="ru-they"), lang="ru")
    assert _quote(reading, "их без подготовки").speaker.name == "Военнослужащие 1432-го мотострелкового полка"


def test_a_number_counts_any_dictionary_noun_after_it_but_not_an_age():
    text = (
        "Станция\n\n"
        "Станция перешла на питание от 20 резервных дизель-генераторов. В Рыльске погиб мужчина "
        "52 лет.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="ru-counted"), lang="ru")
    assert [f.value for f in reading.figures] == [20]


# -- speakers on the enlarged dev split (issue #12): kinds of error, each with sentences ----------

UK_SPEAKERS = (
    "Атака на Полтаву\n\n"
    "Полтава, 4 грудня. Вночі ворог атакував місто дронами, поранено трьох людей.\n\n"
    "Про це LB.ua заявив начальник Полтавської обласної військової адміністрації Степан "
    "Мельничук.\n\n"
    "«Пошкоджено три будинки і школу», – написав очільник ОВА.\n\n"
    "За його словами, на місці працюють рятувальники.\n\n"
    "З прикордонних сіл вивезли понад тисячу людей, повідомив Радіо Свобода голова районної "
    "військової адміністрації Остап Гнатюк.\n\n"
    "У Національній поліції уточнили, що слідчі відкрили провадження. \"Документуємо кожне "
    'влучання", - йдеться у повідомленні відомства.\n\n'
    "Водночас російські блогери стверджують, що удар нібито влучив у склад пального. Російські "
    "пропагандисти тим часом пишуть про «перемогу».\n"
)

RU_SPEAKERS = (
    "Обмен пленными\n\n"
    "Стороны провели обмен. Это уже пятый обмен за год, уточнил РБК источник, знакомый с ходом "
    "переговоров.\n\n"
    "Как рассказали ТАСС в оперативных службах, двоих раненых доставили в больницу.\n\n"
    "Российские каналы тем временем пишут о «победе».\n"
)


@pytest.fixture(scope="module")
def uk_speakers():
    source = SourceDoc(text=UK_SPEAKERS, origin="uk-speakers", published=dt.date(2026, 12, 4))
    return analyze(source, lang="uk")


@pytest.fixture(scope="module")
def ru_speakers():
    source = SourceDoc(text=RU_SPEAKERS, origin="ru-speakers", published=dt.date(2026, 12, 4))
    return analyze(source, lang="ru")


def test_about_this_said_opening_the_next_paragraph_reports_the_lead(uk_speakers):
    """"Про це LB.ua заявив X" after the lead: the lead is X's report, the outlet told is no
    speaker, and X is who "очільник ОВА" and "його" refer to later."""
    lead = _quote(uk_speakers, "Вночі ворог атакував")
    assert lead.kind == "indirect" and lead.speaker.name == "Степан Мельничук"


def test_role_with_the_body_abbreviated_is_the_person_titled_in_full(uk_speakers):
    # "начальник Полтавської обласної військової адміністрації" ... "очільник ОВА"
    assert _quote(uk_speakers, "Пошкоджено три будинки").speaker.name == "Степан Мельничук"
    assert _quote(uk_speakers, "на місці працюють").speaker.name == "Степан Мельничук"


def test_outlet_told_between_cue_and_speaker_is_not_the_speaker(uk_speakers, ru_speakers):
    assert _quote(uk_speakers, "З прикордонних сіл").speaker.name == "Остап Гнатюк"
    source = _quote(ru_speakers, "Это уже пятый обмен").speaker.name
    assert source.startswith("источник")  # with its description, never the outlet РБК
    assert _quote(ru_speakers, "двоих раненых").speaker.name == "оперативные службы"


def test_the_agency_is_the_body_named_last(uk_speakers):
    assert _quote(uk_speakers, "Документуємо кожне").speaker.name == "Національна поліція"


def test_sentence_adverbs_stay_out_of_the_speaker(uk_speakers, ru_speakers):
    assert _quote(uk_speakers, "удар нібито влучив").speaker.name == "російські блогери"
    assert _quote(uk_speakers, "перемогу").speaker.name == "Російські пропагандисти"
    assert _quote(ru_speakers, "победе").speaker.name == "Российские каналы"


def test_anonymous_source_keeps_its_place():
    """"Співрозмовник X у військовому командуванні", "Источник “Y” в правительстве": the place
    after an anonymous source, in the locative, is part of the only name it has; a place cut
    short by a name after it is not taken."""
    uk = (
        "Кордон\n\nСпіврозмовник LB.ua у військовому командуванні, який попросив не називати "
        "його імені, стверджує, що росіяни стягують техніку.\n"
    )
    ru = (
        "Заводы\n\nИсточник «РБК» в областном правительстве эти сведения опроверг, назвав их "
        "«выдумкой».\n"
    )
    uk_reading = analyze(SourceDoc(text=uk, origin="uk-source"), lang="uk")
    ru_reading = analyze(SourceDoc(text=ru, origin="ru-source"), lang="ru")
    said = _quote(uk_reading, "росіяни стягують")
    assert said.speaker.name == "Співрозмовник LB.ua у військовому командуванні"
    assert _quote(ru_reading, "выдумкой").speaker.name == "Источник «РБК» в областном правительстве"


def test_hyphenated_role_in_dash_dialogue_is_no_dash():
    """"— ..., — каже лікарка-хірургиня Ірина Савчук.": the hyphen inside the role joins two
    words; it does not end the cue clause before the name."""
    text = (
        "Лікарня\n\n— Поранених привезли вночі, — каже лікарка-хірургиня Ірина Савчук.\n\n"
        "— Усіх прооперували, — каже медсестра-анестезистка Олена Дорош.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-hyphen"), lang="uk")
    assert _quote(reading, "Поранених привезли").speaker.name == "Ірина Савчук"
    assert _quote(reading, "Усіх прооперували").speaker.name == "Олена Дорош"


def test_outlet_citing_a_source_reports_for_that_source():
    """"Про це повідомляє ТСН.ua з посиланням на X": the outlet passes on what X said."""
    text = (
        "Удар\n\nВночі ворог атакував порт, пошкоджено два склади.\n\n"
        "Про це повідомляє ТСН.ua з посиланням на Херсонську обласну військову адміністрацію.\n\n"
        "Вранці окупанти обстріляли місто. Про це повідомляє РБК-Україна з посиланням на заяву "
        "речника Військово-морських сил ЗСУ Дмитра Кравчуна.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-citing"), lang="uk")
    said = _quote(reading, "Вночі ворог атакував")
    assert said.speaker.name == "Херсонська обласна військова адміністрація"
    assert _quote(reading, "Вранці окупанти").speaker.name == "Дмитро Кравчун"


def test_a_body_after_a_locative_ends_before_the_object_and_is_read_in_the_locative():
    """"В Минобороны России обращение назвали ...", "У Кремлі заяви ... не коментують": the
    lower-case noun after the body's name is the verb's object, and "Кремлі" after "у" is the
    locative of Кремль (not the plural it also reads as)."""
    ru = "Обращение\n\nВ Минобороны России обращение назвали «провокацией».\n"
    uk = "Удар\n\nУ Кремлі заяви про підготовку удару не коментують.\n"
    ru_reading = analyze(SourceDoc(text=ru, origin="ru-locative"), lang="ru")
    uk_reading = analyze(SourceDoc(text=uk, origin="uk-locative"), lang="uk")
    assert {a.source.name for a in ru_reading.attributions} == {"Минобороны России"}
    assert {(a.relation, a.source.name) for a in uk_reading.attributions} == {("no-comment", "Кремль")}


def test_monitoring_spreading_claims_and_an_earlier_report_are_sourced():
    """"Аналітики X фіксують" reports, "поширюють твердження, що" claims, "Як повідомляло X"
    reports; a sentence adverb between subject and verb stays out of the source."""
    text = (
        "Фронт\n\nАналітики DeepState тим часом фіксують просування ворога біля села. "
        "Російські пропагандисти водночас поширюють твердження, що удар влучив у склад. "
        "Як повідомляло Суспільне, у місті лунали вибухи.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-monitoring"), lang="uk")
    relations = {(a.relation, a.source.name) for a in reading.attributions}
    assert {
        ("reported", "DeepState"),
        ("claimed", "Російські пропагандисти"),
        ("reported", "Суспільне"),
    } <= relations


def test_an_anonymous_source_named_by_its_outlet_is_the_source_not_the_outlet():
    """"По данным источника ASTRA в экстренных службах", "По оценке собеседника “Ъ” в
    отрасли": the outlet describes the source it spoke to; the source, in the nominative and
    with its place, reports."""
    text = (
        "Завод\n\nПо данным источника ASTRA в экстренных службах, пострадали 4 человека. "
        "По оценке собеседника “Ъ” в отрасли, ремонт займет месяц.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="ru-anonymous"), lang="ru")
    sources = {a.source.name for a in reading.attributions}
    assert sources == {"источник ASTRA в экстренных службах", "собеседник “Ъ” в отрасли"}
    assert _quote(reading, "пострадали").speaker.name == "источник ASTRA в экстренных службах"


def test_sources_told_to_an_outlet_in_quote_marks_are_referred_to_by_their_noun_and_they():
    """'Про це "Українській правді" розповіли два джерела в розвідці': the outlet told, in quote
    marks, stands before the cue; the sources keep their place; "співрозмовників" and "Вони"
    after it are the same two sources."""
    text = (
        "Склад\n\nДрони розвідки в ніч на середу уразили склад поблизу Джанкоя.\n\n"
        'Про це "Українській правді" розповіли два джерела в розвідці.\n\n'
        "За словами співрозмовників, після ураження тривала детонація. Вони стверджують, що "
        "знищено також комплекс.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-sources"), lang="uk")
    sources = "два джерела в розвідці"
    assert _quote(reading, "Дрони розвідки").speaker.name == sources
    assert _quote(reading, "після ураження").speaker.name == sources
    assert _quote(reading, "знищено також").speaker.name == sources


def test_a_body_abbreviated_after_its_adjective_is_read_in_full_and_in_the_nominative():
    """"за даними Чернігівської ОВА" -> Чернігівська ОВА; "у зведенні Херсонської ОВА" after
    "Херсонську обласну військову адміністрацію" -> the name the text spells out."""
    reader = NameReader(for_language("uk", "pymorphy3"))
    assert reader.organisation("Чернігівської ОВА") == "Чернігівська ОВА"
    text = "з посиланням на Херсонську обласну військову адміністрацію . Херсонської ОВА"
    words = text.split(" ")
    assert reader.full_form("Херсонська ОВА", words) == "Херсонська обласна військова адміністрація"
    assert reader.full_form("Чернігівська ОВА", words) is None


def test_according_to_a_title_with_its_body_abbreviated_is_the_titled_person():
    text = (
        "Удар\n\nНачальник Запорізької обласної військової адміністрації Юрій Ковальчук "
        "повідомив, що загинули троє людей. За словами очільника ОВА, ворог використав ракети.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-role-source"), lang="uk")
    assert {(a.relation, a.source.name) for a in reading.attributions} == {
        ("reported", "Юрій Ковальчук")
    }


def test_a_press_service_with_a_quoted_name_after_the_cue_is_that_company():
    """'..., уточнили в пресс-службе "Россети Центр".': the company speaks, its quoted name
    as written; "В «Роснефти»" alone is declined to the nominative."""
    text = (
        "Обстрел\n\nБез электроснабжения остались около 1,5 тыс. абонентов, уточнили в "
        'пресс-службе "Россети Центр". В «Роснефти» на запрос ASTRA не ответили.\n'
    )
    reading = analyze(SourceDoc(text=text, origin="ru-press-service"), lang="ru")
    assert _quote(reading, "Без электроснабжения").speaker.name == "Россети Центр"
    assert {(a.relation, a.source.name) for a in reading.attributions} == {("no-comment", "Роснефть")}


def test_ukrainian_counts_of_one_collectives_fractions_of_thousands_patients_and_ships():
    text = (
        "Удар\n\nЗагинув чоловік, ще одна людина поранена, семеро людей госпіталізували. "
        "Один із мешканців розповів про вибухи. Росіяни зосередили до півтори тисячі військових. "
        "Двох пацієнтів прооперували. Пошкоджено шість суден.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-figures"), lang="uk")
    found = {(f.value, f.unit) for f in reading.figures}
    assert {(1, "people"), (7, "people"), (1500, "soldiers"), (2, "people"), (6, "ships")} <= found
    assert not any(f.text.startswith("Один") for f in reading.figures)  # "one of", no count


def test_unconfirmed_unproven_still_established_and_opinion_are_hedges():
    uk = (
        "Удар\n\nОфіційно ці дані поки не підтверджені. Доказів цього відомство не навело. "
        "Кількість постраждалих ще уточнюється. На його думку, це спроба відволікти сили.\n"
    )
    ru = (
        "Удар\n\nОфициально эта информация не подтверждена. Число пострадавших еще уточняется. "
        "По его мнению, это попытка отвлечь силы.\n"
    )
    uk_cues = {h.cue.lower() for h in analyze(SourceDoc(text=uk, origin="uk-h"), lang="uk").hedges}
    ru_cues = {h.cue.lower() for h in analyze(SourceDoc(text=ru, origin="ru-h"), lang="ru").hedges}
    assert {"не підтверджені", "ще уточнюється", "на його думку"} <= uk_cues
    assert any(c.startswith("доказів") for c in uk_cues)
    assert {"не подтверждена", "еще уточняется", "по его мнению"} <= ru_cues


def test_russian_according_to_with_a_pronoun_is_its_antecedents_report():
    text = (
        "Обмен\n\nГубернатор области Олег Тихонов сообщил о пожаре; по его словам, пострадавших "
        "нет.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="ru-his-words"), lang="ru")
    assert ("reported", "Олег Тихонов") in {(a.relation, a.source.name) for a in reading.attributions}


def test_a_located_body_names_a_quote_with_the_object_before_the_verb():
    """"В Минобороны России обращение назвали «...»": the body speaks; the object between it
    and the verb is no part of it. "У Національній поліції уточнили" keeps its head noun."""
    ru = "Обращение\n\nВ Минобороны России обращение назвали «информационной провокацией».\n"
    uk = "Удар\n\nУ Національній поліції уточнили, що слідчі відкрили провадження.\n"
    ru_reading = analyze(SourceDoc(text=ru, origin="ru-located"), lang="ru")
    uk_reading = analyze(SourceDoc(text=uk, origin="uk-located"), lang="uk")
    assert _quote(ru_reading, "информационной").speaker.name == "Минобороны России"
    assert _quote(uk_reading, "слідчі").speaker.name == "Національна поліція"


def test_a_medium_phrase_between_subject_and_cue_is_no_part_of_the_speaker():
    text = (
        "Дроны\n\nПредставитель региональных властей в разговоре с РБК назвал это «вымыслом».\n"
    )
    reading = analyze(SourceDoc(text=text, origin="ru-medium"), lang="ru")
    assert _quote(reading, "вымыслом").speaker.name == "Представитель региональных властей"
    assert {a.source.name for a in reading.attributions} == {"Представитель региональных властей"}


def test_an_anonymous_source_keeps_the_participle_phrase_describing_it():
    """"источник, знакомый с ходом переговоров", "По словам собеседника, близкого к Кремлю, ...":
    the description set off by commas is the source's only name, in the nominative."""
    text = (
        "Обмен\n\nЭто уже 19-й обмен при посредничестве Абу-Даби, уточнил РБК источник, "
        "знакомый с ходом переговоров. По словам собеседника, близкого к Кремлю, переговоры "
        "продолжатся до весны.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="ru-described"), lang="ru")
    assert _quote(reading, "Это уже").speaker.name == "источник, знакомый с ходом переговоров"
    assert _quote(reading, "переговоры продолжатся").speaker.name == "собеседник, близкий к Кремлю"


def test_a_scare_quoted_title_with_its_place_is_the_speaker_not_the_place():
    text = (
        "Удар\n\nОкупаційний «голова» Криму заявив, що всі дрони «збиті над морем». "
        'Окупаційний "глава" Криму Сергій Аксьонов заявив у Telegram, що сили ППО відбили атаку '
        "та збили 19 дронів.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-scare-title"), lang="uk")
    assert _quote(reading, "всі дрони").speaker.name == "Окупаційний «голова» Криму"
    assert _quote(reading, "сили ППО").speaker.name == "Сергій Аксьонов"


def test_one_of_a_group_speaks_as_written():
    text = (
        "Склад\n\nПро це розповіли два джерела в розвідці.\n\n"
        '"Це ланцюжок операцій, а не разова акція", – сказав один із співрозмовників УП.\n'
    )
    reading = analyze(SourceDoc(text=text, origin="uk-one-of"), lang="uk")
    assert _quote(reading, "Це ланцюжок").speaker.name == "один із співрозмовників УП"


def test_a_unit_member_with_a_call_sign_is_called_by_it():
    text = (
        "Дрони\n\nОфіцер 3-ї штурмової бригади з позивним \"Лис\" розповів The Telegraph, що "
        "росіяни навчилися швидко змінювати частоти керування.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-call-sign"), lang="uk")
    assert _quote(reading, "росіяни навчилися").speaker.name == "Лис"


def test_a_topic_before_did_not_report_leaves_the_body_whole():
    text = "Удар\n\nОфициально Минобороны России о гибели военных не сообщало.\n"
    reading = analyze(SourceDoc(text=text, origin="ru-not-reported"), lang="ru")
    assert {(a.relation, a.source.name) for a in reading.attributions} == {
        ("no-comment", "Минобороны России")
    }


def test_there_is_the_body_that_spoke_not_the_one_it_spoke_about():
    text = (
        "Обстріли\n\nОкупаційна адміністрація лівобережжя звинувачує ЗСУ в обстрілі Олешок. "
        "Там заявили, що нібито постраждали шестеро цивільних.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="uk-there-spoke"), lang="uk")
    said = _quote(reading, "нібито постраждали")
    assert said.speaker.name == "Окупаційна адміністрація лівобережжя"

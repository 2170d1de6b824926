"""Speaker and figure-claimant kinds fixed for issue #12 in round 15 (ru/uk sources, figure
claimants, speakers), each on sentences written for these tests (no text copied from articles).
The kinds were found on real Russian and Ukrainian reports (wires relaying a regional military
administration's post, a ministry's earlier claims): an outlet relaying a body's post is not the
one a later "йдеться у повідомленні" quotes; an adverbial "Перед этим" is no part of the body that
reports a count, and the body keeps the name it was given elsewhere in the text."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(
        SourceDoc(text=text, origin=f"{lang}-round15", published=dt.date(2026, 12, 6)), lang=lang
    )


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in _read(text, lang).quotes]


def _claimants(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [
        (f.value, f.claimant.name if f.claimant else None) for f in _read(text, lang).figures
    ]


# -- an outlet relaying a body's report is not who issued "the message" --------------------------


def test_the_message_is_the_relayed_body_not_the_relaying_outlet_uk():
    text = (
        "На Сумщині загинули двоє людей\n\n"
        "На Сумщині через обстріли за добу загинули двоє цивільних.\n\n"
        "Про це повідомляє у Телеграмі пресслужба Сумської обласної військової адміністрації, "
        "передає Укрінформ.\n\n"
        '"Упродовж доби окупанти поранили ще 7 мешканців громади. Під завалами шукають людей", '
        "- йдеться у повідомленні.\n"
    )
    speakers = _speakers(text, "uk")
    assert speakers[-1] == "пресслужба Сумської обласної військової адміністрації"
    assert (7.0, "пресслужба Сумської обласної військової адміністрації") in _claimants(text, "uk")


def test_the_message_is_the_relayed_body_not_the_relaying_outlet_ru():
    text = (
        "В Курской области пострадали трое\n\n"
        "В Курской области после атаки дронов пострадали трое жителей. Об этом сообщила в "
        "Telegram пресс-служба правительства Курской области, передает ТАСС.\n\n"
        '"В результате атаки пострадали 3 мирных жителя, они доставлены в больницу", '
        "- говорится в сообщении.\n"
    )
    assert _speakers(text, "ru")[-1] == "пресс-служба правительства Курской области"


# -- "Перед этим X сообщило об уничтожении N": the adverbial is not the claimant's name ----------


def test_an_adverbial_before_the_reporting_body_is_not_its_name_ru():
    text = (
        "Над Брянской областью сбиты дроны\n\n"
        "Министерство обороны России сообщило, что над областью уничтожены пять беспилотников.\n\n"
        '"Дежурные средства ПВО перехватили пять аппаратов", - говорится в заявлении '
        "Минобороны РФ.\n\n"
        "Перед этим Минобороны РФ сообщило об уничтожении трех дронов над Калужской областью.\n"
    )
    assert (3.0, "Министерство обороны России") in _claimants(text, "ru")


def test_an_adverbial_before_the_reporting_body_is_not_its_name_uk():
    text = (
        "Над областю збили дрони\n\n"
        "Перед цим Повітряні сили повідомили про знищення дев'яти дронів над півднем.\n"
    )
    assert (9.0, "Повітряні сили") in _claimants(text, "uk")


# -- a quote over paragraphs closed with the comma after the mark ------------------------------


def _direct(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in _read(text, lang).quotes
        if q.kind == "direct"
    ]


def test_a_quote_running_over_paragraphs_closes_before_its_comma_uk():
    text = (
        "На Харківщині поранені п'ятеро людей\n\n"
        "Унаслідок обстрілів на Харківщині за добу поранені п'ятеро цивільних. Про це в "
        "Телеграмі повідомив начальник ОВА Андрій Литвиненко.\n\n"
        '"Протягом доби ворог атакував Куп\'янський район дронами. Поранені п\'ятеро '
        "цивільних.\n\n"
        "У Балаклії пошкоджено три приватні будинки та магазин.\n\n"
        'Остаточні дані про руйнування ще уточнюються", - йдеться у повідомленні.\n'
    )
    quotes = _direct(text, "uk")
    assert [speaker for _, speaker in quotes] == ["Андрій Литвиненко"] * 3
    assert quotes[-1][0].startswith("Остаточні дані про руйнування ще уточнюються")


def test_a_quote_running_over_paragraphs_closes_before_its_comma_ru():
    text = (
        "В Белгородской области повреждены дома\n\n"
        "Ночью беспилотники атаковали поселок в Белгородской области. Об этом сообщил глава "
        "округа Игорь Семенов.\n\n"
        "«Ночью над поселком сбили шесть беспилотников. Обломки упали во дворы.\n\n"
        "Повреждены кровли двух домов и линия электропередачи.\n\n"
        "Пострадавших среди жителей нет», — написал он в своем канале.\n"
    )
    quotes = _direct(text, "ru")
    assert [speaker for _, speaker in quotes] == ["Игорь Семенов"] * 3


# -- a short quote set off by a comma and a speech dash is said, not a title ---------------------


def test_a_two_word_quote_before_a_dash_cue_is_a_quote_ru():
    text = (
        "Обломки дрона упали на крышу\n\n"
        "Ночью обломки беспилотника упали на крышу школы в Рыльске, сообщил губернатор "
        "Курской области Андрей Волков.\n\n"
        "«Пострадавших нет», — написал Волков в своем канале.\n"
    )
    assert ("Пострадавших нет", "Андрей Волков") in _direct(text, "ru")


# -- an anonymous source described once and named by its noun alone later -------------------------


def _sources(text: str, lang: str) -> list[str]:
    return [a.source.name for a in _read(text, lang).attributions]


def test_a_bare_source_noun_is_the_source_described_before_ru():
    text = (
        "Дроны атаковали нефтебазу\n\n"
        "Ночью беспилотники атаковали нефтебазу под Брянском. Об этом сообщил источник РБК в "
        "экстренных службах.\n\n"
        "По словам источника, пожар на площади 300 кв. м потушили к утру.\n"
    )
    assert _sources(text, "ru") == ["источник РБК в экстренных службах"] * 2
    assert _speakers(text, "ru") == ["источник РБК в экстренных службах"] * 2


def test_a_source_of_an_outlet_in_straight_marks_keeps_the_outlet_uk():
    text = (
        "Дрони атакували склад\n\n"
        "Уночі дрони СБУ атакували склад пального під Курськом. Про це повідомило джерело "
        '"Української правди" в СБУ.\n\n'
        "За словами джерела, під час атаки поранені 3 охоронці складу.\n"
    )
    expected = 'джерело "Української правди" в СБУ'
    assert _sources(text, "uk") == [expected] * 2
    assert _speakers(text, "uk") == [expected] * 2
    assert (3.0, expected) in _claimants(text, "uk")


# -- "..., сообщает <outlet> со ссылкой на Y": the count is the cited one's ----------------------


def test_an_outlet_citing_a_source_at_the_sentence_end_gives_the_count_to_the_source_ru():
    text = (
        "Число пострадавших выросло\n\n"
        "Число раненых при обстреле рынка выросло до семи человек, сообщает ТАСС со ссылкой на "
        "представителя оперативных служб.\n"
    )
    assert (7.0, "представитель оперативных служб") in _claimants(text, "ru")


# -- the subject after the verb: a particle before it, a number naming a channel ----------------


def test_an_inverted_subject_after_a_focus_particle_ru():
    text = (
        "Самолет упал после взлета\n\n"
        "Самолет упал сразу после взлета, пишет Mash. Это же подтверждает и канал 360.\n"
    )
    reading = _read(text, "ru")
    assert ("confirmed", "канал 360") in [(a.relation, a.source.name) for a in reading.attributions]


def test_an_inverted_subject_after_a_focus_particle_uk():
    text = (
        "Дрон влучив у склад\n\n"
        "Дрон влучив у склад на околиці міста, пише Суспільне. Цю інформацію підтвердив також "
        "речник ОВА Дмитро Плетенчук.\n"
    )
    reading = _read(text, "uk")
    assert ("confirmed", "Дмитро Плетенчук") in [
        (a.relation, a.source.name) for a in reading.attributions
    ]


# -- a body in the locative after a time adverb, with genitive words, before an outlet told ------


def test_a_locative_body_after_a_time_adverb_confirms_ru():
    text = (
        "Взрыв в жилом доме\n\n"
        "В жилом доме в Подольске взорвался газ. Позже в МЧС подтвердили гибель трех человек.\n"
    )
    reading = _read(text, "ru")
    assert ("confirmed", "МЧС") in [(a.relation, a.source.name) for a in reading.attributions]
    assert (3.0, "МЧС") in _claimants(text, "ru")


def test_a_locative_body_with_genitive_words_speaks_ru():
    text = (
        "Взрыв в жилом доме\n\n"
        "В жилом доме в Подольске взорвался газ. В департаменте здравоохранения области "
        "сообщили, что пострадали четыре человека.\n"
    )
    assert _speakers(text, "ru") == ["департамент здравоохранения области"]


def test_a_body_named_after_a_person_told_an_outlet_speaks_uk():
    text = (
        "Удар по місту\n\n"
        "Уночі ракета влучила в житловий будинок. У лікарні імені Пирогова Суспільному "
        "розповіли, що четверо поранених у тяжкому стані.\n"
    )
    assert _speakers(text, "uk") == ["лікарня імені Пирогова"]


# -- an outlet subject citing a source: the report and its counts are the cited one's -----------


def test_an_outlet_subject_citing_sources_gives_the_count_to_them_uk():
    text = (
        "Втрати на фронті\n\n"
        "Американська газета з посиланням на джерела в українській розвідці пише, що за тиждень "
        "росіяни втратили 60 танків.\n"
    )
    assert (60.0, "джерела в українській розвідці") in _claimants(text, "uk")
    # a monitoring group citing residents is no outlet relaying: its report stays its own
    group = (
        "Вибухи в Криму\n\n"
        'Моніторингова група "Кримський вітер" з посиланням на місцевих жителів повідомила, що '
        "над аеродромом пролунали 6 вибухів.\n"
    )
    assert _speakers(group, "uk")[0] == "Кримський вітер"


# -- the same person by another name: the head of state's spokesman, initials on the surname ---


def test_the_spokesman_of_the_russian_leader_is_the_spokesman_named_before_ru():
    text = (
        "Кремль о переговорах\n\n"
        "Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что Москва "
        "готова к новому раунду переговоров.\n\n"
        "«Мы ждем ответа от Киева», — добавил пресс-секретарь российского лидера.\n"
    )
    assert _speakers(text, "ru")[-1] == "Дмитрий Песков"


def test_the_spokesman_of_the_russian_leader_is_the_spokesman_named_before_uk():
    text = (
        "Кремль про переговори\n\n"
        "Прес-секретар президента Росії Дмитро Пєсков заявив журналістам, що Москва готова до "
        "нового раунду переговорів.\n\n"
        "\"Ми чекаємо відповіді від Києва\", - додав речник російського лідера.\n"
    )
    assert _speakers(text, "uk")[-1] == "Дмитро Пєсков"


def test_initials_glued_to_the_surname_are_the_person_named_before_ru():
    text = (
        "Кремль о переговорах\n\n"
        "Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль ждет ответа "
        "Киева.\n\n"
        "«Никаких сроков пока нет», — сказал Д.Песков.\n"
    )
    assert _speakers(text, "ru")[-1] == "Дмитрий Песков"


# -- a pronoun after a clause that names someone else ---------------------------------------------


def test_a_name_inside_a_relative_clause_is_not_the_pronouns_antecedent_ru():
    text = (
        "Кремль о мониторинге\n\n"
        "Кремль следит за заявлениями из Вашингтона. Об этом заявил пресс-секретарь президента "
        "России Дмитрий Песков.\n\n"
        "Говоря о службах, которые следят за заявлениями президента США Дональда Трампа, он "
        "сказал, что такая работа ведется давно.\n"
    )
    assert _speakers(text, "ru")[-1] == "Дмитрий Песков"


# -- "Про це 16 жовтня повідомив X": a date between the placeholder and the cue -----------------


def test_a_date_between_the_placeholder_and_the_cue_uk():
    text = (
        "Ракетний удар по Полтавщині\n\n"
        "Уночі ворог атакував Полтавщину ракетами, поранені 2 людини. Про це вранці 14 листопада "
        "повідомив у Телеграмі начальник ОВА Володимир Когут.\n"
    )
    assert _speakers(text, "uk") == ["Володимир Когут"]
    assert (2.0, "Володимир Когут") in _claimants(text, "uk")


def test_a_date_between_the_placeholder_and_the_cue_ru():
    text = (
        "Атака дронов на Брянск\n\n"
        "Ночью над Брянском сбиты 9 беспилотников. Об этом 14 ноября сообщил губернатор "
        "Брянской области Андрей Кравцов.\n"
    )
    assert _speakers(text, "ru") == ["Андрей Кравцов"]


# -- "за даними Telegram-каналу": the channel named before ---------------------------------------


def test_a_platform_channel_noun_is_the_channel_named_before_uk():
    text = (
        "Атака на нафтобазу\n\n"
        "Дрони атакували нафтобазу під Тулою, пише Telegram-канал Astra. За даними "
        "Telegram-каналу, на нафтобазі горять 2 резервуари.\n"
    )
    assert _sources(text, "uk") == ["Astra", "Astra"]


def test_a_platform_channel_noun_is_the_channel_named_before_ru():
    text = (
        "Атака на нефтебазу\n\n"
        "Дроны атаковали нефтебазу под Тулой, пишет Telegram-канал Astra. По данным "
        "Telegram-канала, на нефтебазе горят два резервуара.\n"
    )
    assert _sources(text, "ru") == ["Astra", "Astra"]

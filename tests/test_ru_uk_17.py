"""Source, figure-claimant and speaker kinds fixed for issue #12 in round 17 (ru/uk), each on
sentences written for these tests (no text copied from articles). The kinds were found on real
Russian and Ukrainian reports (a ministry's daily loss tally, an emergency service's toll):
"Согласно данным X" / "Згідно з даними X" names its source as "по данным X" / "за даними X" does,
and the figures of that sentence are X's."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(
        SourceDoc(text=text, origin=f"{lang}-round17", published=dt.date(2026, 12, 6)), lang=lang
    )


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in _read(text, lang).quotes]


def _sources(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.relation, a.source.name) for a in _read(text, lang).attributions]


def _claimants(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [
        (f.value, f.claimant.name if f.claimant else None) for f in _read(text, lang).figures
    ]


# -- "Согласно данным X" / "Згідно з даними X": X reports and claims the sentence's figures -------


def test_soglasno_dannym_names_the_source_and_the_claimant_ru():
    text = (
        "Согласно данным областного оперативного штаба, в Курской области пострадали 14 человек, "
        "повреждены 9 домов.\n"
    )
    assert ("reported", "областной оперативный штаб") in _sources(text, "ru")
    assert (14.0, "областной оперативный штаб") in _claimants(text, "ru")


def test_zghidno_z_danymy_names_the_source_and_the_claimant_uk():
    text = (
        "Згідно з даними Генерального штабу ЗСУ, за добу окупанти втратили 27 танків "
        "і 41 артилерійську систему.\n"
    )
    assert ("reported", "Генеральний штаб ЗСУ") in _sources(text, "uk")
    assert (27.0, "Генеральний штаб ЗСУ") in _claimants(text, "uk")


# -- "Об этом заявил в среду X": a day between the cue and its speaker --------------------------


def test_back_reference_speaker_after_a_day_ru():
    text = (
        "За сутки противник потерял до 240 военнослужащих. Об этом заявил в пятницу "
        "официальный представитель штаба группировки полковник Олег Мартынов.\n"
    )
    assert _speakers(text, "ru") == ["Олег Мартынов"]
    assert (240.0, "Олег Мартынов") in _claimants(text, "ru")


def test_back_reference_speaker_after_a_day_and_a_medium_ru():
    text = (
        "Над районом сбиты 6 беспилотников. Об этом сообщил в субботу в Telegram "
        "губернатор области Павел Сомов.\n"
    )
    assert _speakers(text, "ru") == ["Павел Сомов"]
    assert (6.0, "Павел Сомов") in _claimants(text, "ru")


# -- "Державна служба з надзвичайних ситуацій повідомила": a body's name runs on past its link ---


def test_body_name_with_a_linking_preposition_before_the_cue_uk():
    text = (
        "У Черкасах поранено 5 людей. Про це Державна служба з надзвичайних ситуацій "
        "повідомила у Телеграмі.\n"
    )
    assert _speakers(text, "uk") == ["Державна служба з надзвичайних ситуацій"]
    assert (5.0, "Державна служба з надзвичайних ситуацій") in _claimants(text, "uk")


def test_body_name_with_a_linking_preposition_before_the_cue_ru():
    text = "Министерство по чрезвычайным ситуациям сообщило, что эвакуированы 120 жителей.\n"
    assert _speakers(text, "ru") == ["Министерство по чрезвычайным ситуациям"]
    # a demonstrative after the link is no part of the name
    text = "Министерство по этому поводу заявило, что эвакуированы 120 жителей.\n"
    assert _speakers(text, "ru") == ["Министерство"]


# -- "Об этом сообщил X" opening the paragraph after a lead of several sentences -----------------


def test_back_reference_paragraph_claims_the_whole_lead_toll_ru():
    text = (
        "Утром беспилотник атаковал автобус в Шебекино. Погибли два человека. Еще четыре "
        "человека получили ранения.\n\n"
        "Об этом сообщил в Telegram глава округа Андрей Лесков.\n"
    )
    claimants = _claimants(text, "ru")
    assert (2.0, "Андрей Лесков") in claimants
    assert (4.0, "Андрей Лесков") in claimants


def test_back_reference_paragraph_claims_the_whole_lead_toll_uk():
    text = (
        "Уночі росіяни вдарили по Нікополю. Загинули троє людей. Ще семеро отримали "
        "поранення.\n\n"
        "Про це повідомив голова обласної військової адміністрації Сергій Гайда.\n"
    )
    assert (3.0, "Сергій Гайда") in _claimants(text, "uk")


# -- a body named by its head noun and genitive words is a body ("Там додали" resolves to it) ----


def test_there_added_resolves_to_the_office_named_before_uk():
    text = (
        "Унаслідок удару загинули 6 людей, повідомили в Офісі генпрокурора.\n\n"
        "Там додали, що поранено ще 19 людей.\n"
    )
    assert _speakers(text, "uk") == ["Офіс генпрокурора", "Офіс генпрокурора"]
    assert (19.0, "Офіс генпрокурора") in _claimants(text, "uk")


def test_there_added_resolves_to_the_ministry_named_before_uk():
    text = (
        "Під завалами знайшли ще 2 загиблих, повідомили в Міністерстві внутрішніх справ. "
        "Там зазначили, що рятувальники досі розбирають завали.\n"
    )
    assert _speakers(text, "uk")[-1] == "Міністерство внутрішніх справ"


# -- "число погибших возросло до N": the new total, not an upper bound ---------------------------


def _bounds(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.bound) for f in _read(text, lang).figures]


def test_a_toll_that_rose_to_a_number_is_that_number_ru():
    assert _bounds("Число погибших в Горловке возросло до 7 человек.\n", "ru") == [(7.0, "exact")]
    # "до" with no verb of rising before it stays an upper bound
    assert _bounds("Противник потерял до 140 военнослужащих.\n", "ru") == [(140.0, "less_than")]


def test_a_toll_that_rose_to_a_number_is_that_number_uk():
    text = "Кількість поранених у Запоріжжі зросла до 26 людей.\n"
    assert _bounds(text, "uk") == [(26.0, "exact")]


# -- "Британська газета пише": the outlet the text introduced with such a noun ----------------


def test_outlet_noun_is_the_outlet_introduced_before_uk():
    text = (
        "Міністр оборони в інтерв'ю для американського видання The New York Times заявив, "
        "що фронт стабілізувався.\n\n"
        "Американська газета з посиланням на джерела пише, що ворог втрачає до 900 "
        "військових на добу.\n\n"
        "За даними видання, щомісяця росія набирає 30 тисяч контрактників.\n"
    )
    sources = _sources(text, "uk")
    assert ("reported", "Американська газета") not in sources
    assert ("reported", "The New York Times") in sources
    assert (30000.0, "The New York Times") in _claimants(text, "uk")


def test_outlet_noun_is_the_outlet_introduced_before_ru():
    text = (
        "Депутат в интервью британскому изданию Financial Times сказал, что переговоры "
        "зашли в тупик.\n\n"
        "По данным издания, на встрече присутствовали 12 делегатов.\n"
    )
    assert (12.0, "Financial Times") in _claimants(text, "ru")


# -- "МО РФ" after "Міністерство оборони Росії": the ministry by its initials -------------------


def test_ministry_initials_take_the_full_name_given_before_uk():
    text = (
        "У Міністерстві оборони Росії заявили, що за ніч збили 40 безпілотників.\n\n"
        "Ще 6 дронів, за твердженням МО РФ, знищено над Брянською областю.\n"
    )
    assert ("claimed", "Міністерство оборони Росії") in _sources(text, "uk")
    assert ("claimed", "МО РФ") not in _sources(text, "uk")


def test_ministry_initials_take_the_full_name_given_before_ru():
    text = (
        "В Министерстве обороны России заявили, что за ночь сбили 40 беспилотников.\n\n"
        "Еще 6 дронов, по данным МО РФ, уничтожены над Курской областью.\n"
    )
    assert (6.0, "Министерство обороны России") in _claimants(text, "ru")

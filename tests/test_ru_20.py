"""Russian speaker kinds fixed for issue #12 in round 20, each on sentences written for these
tests (no text copied from articles). The kinds were found on real Russian reports (a defence
ministry's dash quote, a governor's post retold by a news site, an emergency service's note on
a fire)."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str):
    return analyze(
        SourceDoc(text=text, origin="ru-round20", published=dt.date(2026, 12, 6)), lang="ru"
    )


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in _read(text).quotes]


# -- "— ..., — заявили в оборонном ведомстве.": a body named by an adjective and a lower-case
# noun after a dash quote is the body named before, never a person named after it ------------


def test_dash_quote_closed_by_an_adjective_and_a_body_noun():
    text = (
        "Заголовок\n\nНад Липецкой областью сбит дрон. Об этом сообщили в пресс-службе "
        "Министерства обороны России.\n\n"
        "— Средствами ПВО перехвачен один беспилотник над территорией области, — заявили в "
        "военном ведомстве.\n\n"
        "Над Ельцом тоже работала ПВО. Об этом рассказал глава города Пётр Смирнов.\n"
    )
    quotes = dict(_quotes(text))
    assert (
        quotes["Средствами ПВО перехвачен один беспилотник над территорией области,"]
        == "пресс-служба Министерства обороны России"
    )


# -- "Об этом в среду, 4 декабря, сообщили в X": a date set off by commas between the
# placeholder and the cue; the sentence before is what X reported ----------------------------


def test_placeholder_with_a_date_between_commas():
    text = (
        "Заголовок\n\nВ Курской области перехвачены три беспилотника. Об этом в среду, "
        "4 декабря, сообщили в пресс-службе регионального МЧС.\n"
    )
    quotes = _quotes(text)
    assert ("В Курской области перехвачены три беспилотника", "пресс-служба регионального МЧС") in quotes
    assert not any(quote.startswith("Об этом") for quote, _ in quotes)


# -- "говорится в сообщении службы" after "пресс-служба МЧС": the last part of a hyphenated
# body's name, the same body ------------------------------------------------------------------


def test_last_part_of_a_hyphenated_body_name():
    text = (
        "Заголовок\n\nВ Мариуполе после удара дрона загорелся склад, сообщила пресс-служба "
        "МЧС Донецкой Народной Республики.\n\n"
        "Огонь охватил площадь 400 квадратных метров, говорится в сообщении службы.\n"
    )
    quotes = dict(_quotes(text))
    assert quotes["Огонь охватил площадь 400 квадратных метров"] == (
        "пресс-служба МЧС Донецкой Народной Республики"
    )


# -- "Спикер отметил": the one who spoke, the person named last ---------------------------------


def test_bare_speaker_noun_is_the_person_named_before():
    text = (
        "Заголовок\n\nОбломки беспилотника упали у трассы. Об этом сообщил губернатор региона "
        "Олег Васильев.\n\n"
        "Спикер отметил, что жителям не стоит подходить к обломкам.\n"
    )
    quotes = dict(_quotes(text))
    assert quotes["жителям не стоит подходить к обломкам"] == "Олег Васильев"


# -- "Генеральный директор ВОЗ подтвердил ...": a role with adjectives before the body it serves
# is a person (the source, and whom "он" takes up), not the body, nor another "директор" --------


_DIRECTOR = (
    "Заголовок\n\nПо словам начальника станции Игоря Лебедева, топлива хватит на неделю.\n\n"
    "Генеральный директор ВОЗ подтвердил удар по больнице. \"Это недопустимо\", - написал он "
    "в соцсети X.\n"
)


def test_role_with_adjective_before_a_body_is_the_source():
    sources = [(a.relation, a.source.name) for a in _read(_DIRECTOR).attributions]
    assert ("confirmed", "Генеральный директор ВОЗ") in sources


def test_pronoun_after_a_role_with_a_body_takes_the_role():
    assert ("Это недопустимо", "Генеральный директор ВОЗ") in _quotes(_DIRECTOR)


def test_role_with_a_body_speaking_with_a_that_clause():
    text = (
        "Заголовок\n\nПо словам директора завода Петра Орлова, цех уцелел.\n\n"
        "Исполнительный директор ЮНИСЕФ заявил, что дети нуждаются в помощи. "
        "\"Мы направим туда врачей\", - добавил он.\n"
    )
    quotes = _quotes(text)
    assert ("дети нуждаются в помощи", "Исполнительный директор ЮНИСЕФ") in quotes
    assert ("Мы направим туда врачей", "Исполнительный директор ЮНИСЕФ") in quotes


# -- 'X, сестра пленного, рассказала «Новой газете», что ...': an outlet told in quote marks
# and an oblique case between the cue and "что"; the subject before the cue speaks --------------


def test_outlet_in_marks_told_before_the_clause():
    text = (
        "Заголовок\n\nДочь одного из мобилизованных, Ирина, рассказала «Новой газете», что "
        "отец не выходит на связь третью неделю.\n"
    )
    assert ("отец не выходит на связь третью неделю", "Ирина") in _quotes(text)


def test_outlet_in_marks_told_after_a_plain_subject():
    text = "Заголовок\n\nВолонтер Павел Гущин сообщил «Медузе», что в лагере остаются 40 человек.\n"
    assert ("в лагере остаются 40 человек", "Павел Гущин") in _quotes(text)


def test_first_name_in_apposition_confirms_to_the_outlet():
    text = (
        "Заголовок\n\nМать одного из пленных, Светлана, подтвердила «Медузе», что узнала "
        "сына на снимке.\n"
    )
    sources = [(a.relation, a.source.name) for a in _read(text).attributions]
    assert ("confirmed", "Светлана") in sources


# -- 'Российская компания "Россети" заявила ... и назвала ... "вымыслом"': the body's noun with
# its name in quote marks is one subject, shared by the second verb ------------------------------


def test_body_noun_with_a_quoted_name_shared_by_a_second_verb():
    text = (
        "Заголовок\n\nРоссийская компания \"Россети\" заявила, что опоры ЛЭП восстановлены, и "
        "назвала сообщения украинской стороны \"вымыслом\".\n"
    )
    assert ("вымыслом", "Россети") in _quotes(text)
    sources = [(a.relation, a.source.name) for a in _read(text).attributions]
    assert ("denied", "Россети") in sources

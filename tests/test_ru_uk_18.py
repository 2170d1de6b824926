"""Speaker and source kinds fixed for issue #12 in round 18 (ru/uk), each on sentences written
for these tests (no text copied from articles). The kinds were found on real Ukrainian and
Russian reports (an air-defence spokeswoman on a television marathon, a prosecutor's note on a
crash, a defence ministry's daily summary)."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(
        SourceDoc(text=text, origin=f"{lang}-round18", published=dt.date(2026, 12, 6)), lang=lang
    )


def _quotes(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in _read(text, lang).quotes]


# -- "У Генштабі спочатку заявили, що": an adverb of order between the located body and the cue --


def test_located_body_with_an_adverb_before_the_cue_uk():
    text = "Заголовок\n\nУ Генштабі спочатку заявили, що обидва екіпажі повернулися на базу.\n"
    assert ("обидва екіпажі повернулися на базу", "Генштаб") in _quotes(text, "uk")


def test_located_body_with_an_adverb_before_the_cue_ru():
    text = "Заголовок\n\nВ Минобороны сначала заявили, что оба экипажа вернулись на базу.\n"
    assert ("оба экипажа вернулись на базу", "Минобороны") in _quotes(text, "ru")


# -- "..., про це в ефірі заявила X": a medium or day between the mid-sentence placeholder and
# the cue; the clause before the comma is what X said -----------------------------------------


def test_mid_sentence_placeholder_with_a_medium_uk():
    text = (
        "Заголовок\n\nЗа ніч сили ППО збили 18 ударних дронів, про це в ефірі телемарафону "
        "заявив речник Повітряних сил Андрій Мельничук.\n"
    )
    assert ("За ніч сили ППО збили 18 ударних дронів", "Андрій Мельничук") in _quotes(text, "uk")


def test_mid_sentence_placeholder_with_a_day_ru():
    text = (
        "Заголовок\n\nНад регионом сбиты семь беспилотников, об этом в пятницу сообщил "
        "губернатор области Сергей Ковалев.\n"
    )
    assert ("Над регионом сбиты семь беспилотников", "Сергей Ковалев") in _quotes(text, "ru")



def _sources(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.relation, a.source.name) for a in _read(text, lang).attributions]


# -- "в Офісі Генерального прокурора": a capitalised adjective inside a body's name keeps the
# lower-case noun it qualifies; the body is the speaker, in the nominative ---------------------


def test_body_name_with_a_capitalised_adjective_located_uk():
    text = "Заголовок\n\nВ Офісі Генерального прокурора повідомили, що відкрили три справи.\n"
    assert ("відкрили три справи", "Офіс Генерального прокурора") in _quotes(text, "uk")


def test_body_name_with_a_capitalised_adjective_located_ru():
    text = "Заголовок\n\nВ Офисе Генерального прокурора сообщили, что открыли три дела.\n"
    assert ("открыли три дела", "Офис Генерального прокурора") in _quotes(text, "ru")


def test_body_name_with_a_capitalised_adjective_after_a_dash_quote_uk():
    text = "Заголовок\n\n«Кожен епізод задокументовано», — заявили в Офісі Генерального прокурора.\n"
    assert ("Кожен епізод задокументовано", "Офіс Генерального прокурора") in _quotes(text, "uk")


def test_body_name_with_a_capitalised_adjective_according_to():
    uk = "Заголовок\n\nЗа даними Офісу Генерального прокурора, постраждали дев'ятеро людей.\n"
    ru = "Заголовок\n\nПо данным Офиса Генерального прокурора, пострадали девять человек.\n"
    assert ("reported", "Офіс Генерального прокурора") in _sources(uk, "uk")
    assert ("reported", "Офис Генерального прокурора") in _sources(ru, "ru")


# -- "в пресс-службе МЧС" / "по данным пресс-службы МЧС": the press service, split at its
# hyphen by the tokenizer, speaks and is the source, as in Ukrainian ---------------------------


def test_press_service_after_a_dash_quote_ru():
    text = "Заголовок\n\nПожар начался ночью.\n\n«Возгорание ликвидировано», — сообщили в пресс-службе МЧС.\n"
    assert ("Возгорание ликвидировано", "пресс-служба МЧС") in _quotes(text, "ru")


def test_press_service_according_to_keeps_the_service():
    ru = "Заголовок\n\nПо данным пресс-службы МЧС, эвакуированы 40 человек.\n"
    uk = "Заголовок\n\nЗа даними пресслужби ДСНС, евакуйовано 40 людей.\n"
    assert ("reported", "пресс-служба МЧС") in _sources(ru, "ru")
    assert ("reported", "пресслужба ДСНС") in _sources(uk, "uk")


# -- "у пресслужбі Національної поліції України": a lower-case body noun of a body named in the
# genitive is the whole name, never the country ending it -----------------------------------


def test_press_service_of_a_named_body_back_reference_uk():
    text = (
        "Заголовок\n\nПравоохоронці затримали двох підозрюваних.\n\n"
        "Про це повідомили у пресслужбі Національної поліції України.\n"
    )
    assert (
        "Правоохоронці затримали двох підозрюваних",
        "пресслужба Національної поліції України",
    ) in _quotes(text, "uk")


def test_press_service_of_a_named_body_located_ru():
    text = (
        "Заголовок\n\nВ пресс-службе Министерства внутренних дел России заявили, что "
        "задержаны трое.\n"
    )
    assert ("задержаны трое", "пресс-служба Министерства внутренних дел России") in _quotes(text, "ru")


# -- "в заявлении Министерства обороны в Москве": the place the body sits in is no part of the
# speaker's name ------------------------------------------------------------------------------


def test_issuer_of_a_statement_without_its_city_ru():
    text = (
        "Заголовок\n\nВ заявлении Министерства обороны в Москве говорится, что "
        "колонна отошла.\n"
    )
    assert ("колонна отошла", "Министерство обороны") in _quotes(text, "ru")


def test_issuer_of_a_statement_without_its_city_uk():
    text = "Заголовок\n\n«Позиції утримано», — йдеться у заяві Генерального штабу в Києві.\n"
    assert ("Позиції утримано", "Генеральний штаб") in _quotes(text, "uk")


# -- "Его подлинность РБК подтвердила X": a fronted object, then the outlet told, then the verb;
# the one who confirms follows the verb ------------------------------------------------------


def test_fronted_object_then_outlet_told_confirms_ru():
    text = (
        "Заголовок\n\nВ сети появилось письмо губернатора.\n\nЕго подлинность РБК подтвердил "
        "пресс-секретарь губернатора Олег Смирнов.\n"
    )
    assert ("confirmed", "Олег Смирнов") in _sources(text, "ru")


def test_fronted_object_then_outlet_told_confirms_uk():
    text = (
        "Заголовок\n\nУ мережі з'явився наказ командира.\n\nЙого справжність Суспільному "
        "підтвердив речник бригади Олег Савчук.\n"
    )
    assert ("confirmed", "Олег Савчук") in _sources(text, "uk")


# -- "», -добавили в МО РФ", "»,- повідомив X": a speech dash typed against the cue or the comma
# still closes the quote and opens its cue ---------------------------------------------------


def test_speech_dash_glued_to_the_cue_ru():
    text = "Заголовок\n\nКолонна вышла утром.\n\n«Сбиты три беспилотника», -добавили в Минобороны.\n"
    assert ("Сбиты три беспилотника", "Минобороны") in _quotes(text, "ru")


def test_speech_dash_glued_to_the_comma_uk():
    text = (
        "Заголовок\n\nКолона вийшла вранці.\n\n«Збито три безпілотники»,- повідомив голова ОВА "
        "Олег Мельник.\n"
    )
    assert ("Збито три безпілотники", "Олег Мельник") in _quotes(text, "uk")

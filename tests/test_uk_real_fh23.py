"""Ukrainian sourcing, figure and hedge kinds found on real Ukrainian prose (issue #12, the
uk-iu set: economic and disaster news, ministries' press pages, essays), each checked on
sentences written for these tests (no text copied from an article or a gold set)."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str):
    return analyze(
        SourceDoc(text=text, origin="uk-real-fh23", published=dt.date(2026, 12, 6)), lang="uk"
    )


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.relation, a.source.name) for a in _read(text).attributions]


def _figures(text: str) -> list[tuple[float, str | None]]:
    return [(float(f.value), f.unit) for f in _read(text).figures]


def _hedge_cues(text: str) -> list[str]:
    return [h.cue.lower() for h in _read(text).hedges]


# -- sourcing: reports no one is named for, and a body after its verb ------------------------


def test_impersonal_reports_are_sourced_to_someone_unnamed():
    text = (
        "Заголовок\n\n«На складі працювало 40 вантажників», — сказано у повідомленні.\n\n"
        "Як повідомлялося, завод зупинив роботу ще восени.\n\n"
        "Згодом стало відомо про нові звільнення.\n"
    )
    sources = _sources(text)
    assert sources.count(("reported", "unknown")) == 3


def test_statistics_without_an_owner_are_a_report():
    text = "Заголовок\n\nЗа статистикою, кожен п'ятий випускник змінює професію.\n"
    assert ("reported", "unknown") in _sources(text)


def test_a_body_after_the_verb_reports_a_person_there_does_not():
    text = (
        "Заголовок\n\n«Загалом залучено 12 рятувальників», — повідомляє відомство.\n\n"
        "Лінію відкриють навесні, повідомила начальниця обласної адміністрації Ганна Петренко.\n"
    )
    sources = _sources(text)
    assert ("reported", "відомство") in sources
    assert not any("Петренко" in name for _rel, name in sources)
    press = "Заголовок\n\nНову лінію відкриють навесні, повідомляє прес-служба міністерства.\n"
    assert ("reported", "прес-служба міністерства") in _sources(press)


def test_a_time_and_place_after_the_body_are_no_part_of_its_name():
    text = (
        "Заголовок\n\nЗгідно з повідомленням ДСНС о 09:15 у с. Зелений Гай Бобровицького "
        "району сталася пожежа.\n"
    )
    assert ("reported", "ДСНС") in _sources(text)


# -- figures: money in its abbreviations, how many times, years and labels ------------------


def test_money_abbreviated_with_a_dot_is_money():
    figures = _figures(
        "Заголовок\n\nВона зняла 15 тисяч грн. у відділенні. Тариф знизили до 38,5 коп. за "
        "кіловат-годину.\n"
    )
    assert (15000.0, "money") in figures
    assert (38.5, "money") in figures


def test_how_many_times_a_figure_grew_is_a_figure():
    assert (3.0, "times") in _figures("Заголовок\n\nВидатки зросли втричі за рік.\n")
    assert (2.5, "times") in _figures("Заголовок\n\nВидатки зросли у 2,5 раза за рік.\n")


# -- hedges of real prose ----------------------------------------------------------------------


def test_maybe_set_off_by_commas_hedges():
    cues = _hedge_cues("Заголовок\n\nЦе, може, найкращий вихід для міста.\n")
    assert any(cue.startswith("може") for cue in cues)


def test_possible_as_an_adjective_hedges_its_noun_but_not_every_possible_measure():
    assert "можливий" in _hedge_cues("Заголовок\n\nВзимку можливий дефіцит електроенергії.\n")
    assert _hedge_cues("Заголовок\n\nМісто вжило всіх можливих заходів.\n") == []
    assert _hedge_cues("Заголовок\n\nРемонтники роблять усе можливе для міста.\n") == []


def test_an_impression_and_a_hard_to_say_hedge():
    cues = _hedge_cues(
        "Заголовок\n\nМені здалося, що ремонт іде повільно. Важко сказати, коли його завершать.\n"
    )
    assert "мені здалося" in cues
    assert "важко сказати" in cues


def test_the_statement_named_before_speaks_for_its_issuer():
    text = (
        "Заголовок\n\nЗгідно з повідомленням ДСНС о 07:10 у селі сталося обвалення.\n\n"
        "«Під завалами опинилися троє робітників», — сказано у повідомленні.\n"
    )
    assert _sources(text).count(("reported", "ДСНС")) == 2


def test_statistics_inside_a_quote_are_a_report_too():
    text = (
        "Заголовок\n\n«Ми рахуємо кожного. За статистикою, третина з них повертається додому», "
        "— сказав Петро Гнатюк.\n"
    )
    assert ("reported", "unknown") in _sources(text)


def test_particles_between_the_modal_and_its_infinitive():
    assert "може й не сподобатися" in _hedge_cues(
        "Заголовок\n\nНова вистава комусь може й не сподобатися.\n"
    )
    assert "може навіть подорожчати" in _hedge_cues("Заголовок\n\nХліб може навіть подорожчати.\n")


def test_a_singular_noun_after_five_and_up_is_a_label_not_a_count():
    # the Russian reading counts any dictionary noun after a number (pymorphy3); Ukrainian and
    # Russian agree alike: a singular after "119" names a thing, the plural counts
    reading = analyze(
        SourceDoc(
            text="Заголовок\n\nОбвал случился на 25 этаже, где ночевали 215 рабочих, а в 119 "
            "забоях работали 40 шахтёров.\n",
            origin="uk-real-fh23",
            published=dt.date(2026, 12, 6),
        ),
        lang="ru",
    )
    values = [float(f.value) for f in reading.figures]
    assert 25.0 not in values
    assert 119.0 in values and 215.0 in values and 40.0 in values


def test_a_list_of_birth_years_holds_no_count():
    figures = _figures(
        "Заголовок\n\nУ пожежі загинули троє дітей (2014, 2018 та 2020 років народження).\n"
    )
    assert figures == [(3.0, "children")]


def test_following_the_announcements_is_no_hearsay():
    assert "за повідомленнями" not in _hedge_cues(
        "Заголовок\n\nСтежте за повідомленнями на сторінці громади.\n"
    )
    assert "можлива" in _hedge_cues("Заголовок\n\nУвечері можлива злива.\n")


def test_a_higher_bound_added_as_an_afterthought_makes_a_range():
    figures = [
        (float(f.value), f.value_max, f.unit)
        for f in _read("Заголовок\n\nРемонт триватиме три, а то й чотири тижні.\n").figures
    ]
    assert figures == [(3.0, 4.0, "weeks")]


def test_an_ownerless_statement_goes_on_with_the_report_before_it():
    text = (
        "Заголовок\n\nПро це повідомляє Вісник Полісся з посиланням на Укренерго.\n\n"
        "«Ремонтні бригади вже працюють», — йдеться у повідомленні.\n"
    )
    assert _sources(text).count(("reported", "Укренерго")) == 2

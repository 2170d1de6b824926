"""Ukrainian speaker and source kinds fixed for issue #12 in round 20, each on sentences written
for these tests (no text copied from articles). The kinds were found on real Ukrainian reports
(regional military administrations' Telegram posts retold by news sites, a regional
prosecutor's office, wire copy that closes its lead with the site's own name)."""

from __future__ import annotations

import datetime as dt

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str):
    return analyze(
        SourceDoc(text=text, origin="uk-round20", published=dt.date(2026, 12, 6)), lang="uk"
    )


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in _read(text).quotes]


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.relation, a.source.name) for a in _read(text).attributions]


# -- "Про це повідомив X, передає Укрінформ.": the site's own credit is no relay, and it names
# the agent of the site's passive "could not be verified" -----------------------------------


def test_own_credit_after_the_speaker_is_no_relay():
    text = (
        "Заголовок\n\nУночі окупанти вдарили по селищу на Сумщині. Про це повідомив речник "
        "прикордонної служби Петро Гнатюк, передає Укрінформ.\n\n"
        "У росії натомість заявили про знищення складу. Ці твердження неможливо незалежно "
        "перевірити.\n"
    )
    sources = _sources(text)
    assert ("reported", "Укрінформ") not in sources
    assert ("could-not-verify", "Укрінформ") in sources
    # a foreign agency after the speaker relays: it is never taken for the publisher
    foreign = text.replace("Укрінформ", "Reuters")
    assert ("could-not-verify", "Reuters") not in _sources(foreign)


def test_own_credit_citing_another_outlet_keeps_the_cited_one():
    text = (
        "Заголовок\n\nУранці ворог обстріляв Чугуїв. Про це повідомив начальник обласної "
        "військової адміністрації Петро Гнатюк, інформує Цензор.НЕТ із посиланням на "
        "Інтерфакс-Україна.\n"
    )
    sources = _sources(text)
    assert all(name.casefold() != "цензор.нет" for _, name in sources)
    assert ("reported", "Інтерфакс-Україна") in sources


# -- "- йдеться у повідомленні" when the lead only credited the speaker ("Про це повідомив
# голова ОВА X." right after the headline, quoting nothing) --------------------------------


def test_message_after_a_lead_that_quotes_nothing_is_the_credited_speaker():
    text = (
        "Ворог атакував громаду на Сумщині\n\n"
        "Про це повідомив у телеграм-каналі голова Сумської ОВА Петро Гнатюк.\n\n"
        '"Ворог двічі обстріляв громаду з мінометів. Постраждалих немає", - йдеться у '
        "повідомленні.\n"
    )
    assert _speakers(text) == ["Петро Гнатюк"]


# -- "керівник ОВА" after "керівник обласної військової адміністрації X": the body by its
# initials, the title spelt out; "глава ОВА" is one more word for the head -----------------


def test_head_of_the_body_by_its_initials_after_the_title_spelt_out():
    text = (
        "Заголовок\n\nПро це у вівторок повідомив керівник обласної військової адміністрації "
        "Петро Гнатюк.\n\nЗа його словами, поранено двох чоловіків.\n\n"
        "Раніше керівник ОВА повідомляв, що ворог обстріляв 20 населених пунктів області.\n"
    )
    assert _speakers(text) == ["Петро Гнатюк", "Петро Гнатюк"]


def test_head_of_the_region_after_glava_ova():
    text = (
        "Заголовок\n\nПро це повідомив глава Полтавської ОВА Петро Гнатюк.\n\n"
        "Ворог атакував область двічі, повідомив Гнатюк.\n\n"
        '"Наші сили тримають оборону", - підсумував очільник регіону.\n'
    )
    assert _speakers(text)[-1] == "Петро Гнатюк"


# -- "повідомила поліція Києва": a body's head noun with its place in the genitive is the body,
# never the place; "в поліції" after it is that body --------------------------------------


def test_body_of_a_place_in_the_genitive_is_the_body():
    text = (
        "Заголовок\n\nСлідчі перевірили відео з дроном і не знайшли підтвердження. Про це в "
        "офіційній заяві повідомила поліція Одеси.\n\n"
        '"Просимо перевіряти інформацію перед публікацією", — зазначили в поліції.\n'
    )
    assert _speakers(text) == ["поліція Одеси", "поліція Одеси"]


def test_body_of_a_region_keeps_its_genitive_words():
    text = (
        "Заголовок\n\nУночі ворог атакував Конотоп дронами. Про це повідомила поліція "
        "Сумської області.\n\n«Поранено трьох людей», — уточнили в поліції.\n"
    )
    assert _speakers(text) == ["поліція Сумської області", "поліція Сумської області"]


def test_a_bodys_head_word_alone_is_the_body_named_before():
    text = (
        "Заголовок\n\nВорожі ресурси поширюють вигадку про нову мобілізацію. Про це повідомляє "
        "Центр протидії дезінформації.\n\n"
        "У Центрі додали, що вигадку поширювали десятки ботів.\n"
    )
    assert _speakers(text) == ["Центр протидії дезінформації", "Центр протидії дезінформації"]


# -- "речник ПС ЗСУ" after "Речник Повітряних сил ЗСУ X": each acronym of the body stands for
# words of the title or is written in it ---------------------------------------------------


def test_spokesman_of_a_body_by_two_acronyms():
    text = (
        "Заголовок\n\nРечник Повітряних сил ЗСУ Петро Гнатюк заявив, що найбільше страждають "
        'прикордонні області.\n\n"Ворог б\'є по енергетиці", - сказав речник ПС ЗСУ.\n'
    )
    assert _speakers(text) == ["Петро Гнатюк", "Петро Гнатюк"]


# -- "назвав це «відвертою дезінформацією»", "назвав повідомлення про ... фейком": a denial
# with an adjective before the verdict, or a longer object before it -----------------------


def test_denial_by_calling_it_open_disinformation():
    text = (
        "Заголовок\n\nРосійські канали написали про прорив під Сумами. Речник ДПСУ Петро "
        "Гнатюк назвав це «відвертою дезінформацією».\n"
    )
    assert ("denied", "Петро Гнатюк") in _sources(text)


def test_denial_with_a_long_object_before_the_verdict():
    text = (
        "Заголовок\n\nОкупаційний голова Криму Іван Сидоренко назвав повідомлення про пожежу "
        "на нафтобазі фейком.\n"
    )
    assert ("denied", "Іван Сидоренко") in _sources(text)


# -- "не відповідає дійсності": whoever says so denies it; a Telegram post's channel signature
# ("Name 🇺🇦" as the first line) names the publisher of its own "за нашими даними" ---------


def test_not_true_in_an_official_s_indirect_words_is_his_denial():
    text = (
        "Заголовок\n\nЯк повідомив речник МЗС Петро Гнатюк, поширена в мережі інформація про "
        "закриття посольства не відповідає дійсності.\n"
    )
    assert ("denied", "Петро Гнатюк") in _sources(text)


def test_channel_signature_names_the_post_s_own_data_and_denial():
    text = (
        "Нотатки комбата 🇺🇦\n\nЗапорізький напрямок, коротко.\n\n"
        "За нашими даними, ворог за добу втратив два танки.\n\n"
        "Z-канали пишуть про «прорив» біля Роботиного. Це не відповідає дійсності.\n"
    )
    sources = _sources(text)
    assert ("reported", "Нотатки комбата") in sources
    assert ("denied", "Нотатки комбата") in sources


# -- "За даними X, ворог завдав трьох ... та 72 ... ударів,": the clause after the comma is the
# report, not a list of parties; "повідомив Радіо Свобода голова ОВА X": the outlet is told;
# "За її інформацією": the pronoun's report ----------------------------------------------


def test_counts_after_the_source_s_comma_are_no_parties():
    text = (
        "Заголовок\n\nЗа даними Генштабу, ворог завдав чотирьох ракетних та 65 авіаційних "
        "ударів, скинув 90 керованих авіабомб.\n"
    )
    assert [name for _, name in _sources(text)] == ["Генштаб"]


def test_outlet_told_before_the_official_is_no_relay():
    text = (
        "Заголовок\n\nЗа тиждень з прифронтових сіл вивезли понад 500 людей, повідомив Радіо "
        "Свобода голова районної військової адміністрації Петро Гнатюк.\n"
    )
    assert all("Свобода" not in name for _, name in _sources(text))


def test_her_information_is_her_report():
    text = (
        "Заголовок\n\nУночі ворог атакував Дніпро, повідомила начальниця обласної військової "
        "адміністрації Ганна Петренко.\n\nЗа її інформацією, уламки впали на склад.\n"
    )
    assert ("reported", "Ганна Петренко") in _sources(text)


# -- "Поліція прокоментувала ..." before "Про це повідомляє поліція Сумської області": the
# body's head word alone takes the one fuller name the text gives it ------------------------


def test_head_word_before_the_fuller_name_takes_it():
    text = (
        "Заголовок\n\n«Жодного вибуху на складі не було», — заявили в поліції.\n\n"
        "Слідчі перевірили всі повідомлення мешканців. Про це повідомляє поліція Полтавської "
        "області.\n"
    )
    assert set(_speakers(text)) == {"поліція Полтавської області"}


def test_claims_without_evidence_said_by_a_body_is_its_denial():
    text = (
        "Заголовок\n\nРосійські канали стверджують, що удар припав по складу пального. Ці "
        "твердження не мають жодних доказів, зазначили в Центрі протидії дезінформації.\n"
    )
    assert ("denied", "Центр протидії дезінформації") in _sources(text)

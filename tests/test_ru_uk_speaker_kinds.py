"""Russian and Ukrainian speaker kinds widened in the second ru/uk session: general roles for a
titled person, names behind long genitive titles, placeholders with the subject before the cue,
recipients between a closing cue and its speaker, openings with an adverb, negated cues,
gendered pronouns and outlet names with a dot.

The sentences are written for these tests (no text copied from articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def _read(text: str, lang: str):
    return analyze(SourceDoc(text=text, origin=f"{lang}-kinds", published=dt.date(2026, 12, 1)), lang=lang)


def _speaker(reading, start: str) -> str | None:
    quote = next(q for q in reading.quotes if q.text.startswith(start))
    return quote.speaker.name if quote.speaker else None


def test_a_general_role_names_the_person_titled_before():
    reading = _read(
        "Пожар на складе\n\n"
        "В Каменке после атаки дронов загорелся склад горючего. Об этом сообщил губернатор "
        "региона Павел Дорохов.\n\n"
        "«Пострадавших нет, пожар локализован на площади 200 кв. м», — написал глава области "
        "в Telegram.\n",
        "ru",
    )
    assert _speaker(reading, "Пострадавших нет") == "Павел Дорохов"


def test_the_head_of_state_is_the_president_named_before():
    reading = _read(
        "Звернення\n\n"
        "Україна отримає ще дві системи протиповітряної оборони. Про це президент Роман "
        "Гайдук сказав у вечірньому зверненні.\n\n"
        "За словами глави держави, минулого тижня ворог випустив понад 500 дронів.\n",
        "uk",
    )
    assert _speaker(reading, "Україна отримає") == "Роман Гайдук"
    assert _speaker(reading, "минулого тижня ворог") == "Роман Гайдук"


def test_a_name_behind_a_long_genitive_title_and_its_genitive_surname():
    reading = _read(
        "Удар по подстанции\n\n"
        "Подстанция в Заречном повреждена, пострадали три человека. Об этом заявил глава "
        "назначенной Россией администрации Запорожской области Игорь Верещак.\n\n"
        "По словам Верещака, восстановительные работы начнутся утром.\n",
        "ru",
    )
    assert _speaker(reading, "Подстанция в Заречном") == "Игорь Верещак"
    assert _speaker(reading, "восстановительные работы") == "Игорь Верещак"


def test_a_channel_placeholder_with_a_split_compound_before_the_cue():
    reading = _read(
        "Ночная атака\n\n"
        "Ночью несколько беспилотников атаковали окраину Острова. Об этом в своем "
        "телеграм-канале сообщил губернатор области Роман Логинов.\n",
        "ru",
    )
    assert _speaker(reading, "Ночью несколько беспилотников") == "Роман Логинов"


def test_reporters_between_a_closing_cue_and_its_speaker():
    reading = _read(
        "Переговоры\n\n"
        "Москва не получала новых предложений по обмену, заявил журналистам "
        "пресс-секретарь президента Аркадий Лунев.\n",
        "ru",
    )
    assert _speaker(reading, "Москва не получала") == "Аркадий Лунев"


def test_an_opening_adverb_does_not_hide_the_subject():
    reading = _read(
        "Переговоры\n\n"
        "Ранее министр иностранных дел Виктор Остапчук заявил, что делегации встретятся "
        "на следующей неделе в Стамбуле.\n",
        "ru",
    )
    assert _speaker(reading, "делегации встретятся") == "Виктор Остапчук"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Речник Олег Лисняк не виключає, що ворог спробує розширити буферну зону.", {"indirect"}),
        ("Мер виключив зі списку три села, які вже отримали допомогу.", set()),
    ],
)
def test_a_negated_cue_reports_only_with_its_negation(text: str, kinds: set[str]):
    reading = _read("Кордон\n\n" + text + "\n", "uk")
    assert {q.kind for q in reading.quotes} == kinds


def test_a_masculine_pronoun_skips_the_woman_quoted_last():
    reading = _read(
        "Обстріл\n\n"
        "Місто обстріляли з реактивних систем залпового вогню. Про це повідомив начальник "
        "міської військової адміністрації Тарас Мирошник.\n\n"
        'Заступниця директорки лікарні Олена Гуменюк сказала журналістам: "Усі поранені '
        'отримали допомогу, двоє залишаються в лікарні".\n\n'
        "Він додав, що протягом доби ворог атакував дев'ять населених пунктів громади.\n",
        "uk",
    )
    assert _speaker(reading, "Усі поранені") == "Олена Гуменюк"
    assert _speaker(reading, "протягом доби ворог") == "Тарас Мирошник"


def test_an_outlet_name_with_a_dot_is_no_speaker_for_a_pronoun():
    reading = _read(
        "Обстріл\n\n"
        "Росіяни вранці обстріляли Балаклію. Про це повідомив начальник районної військової "
        "адміністрації Петро Лук'яненко, інформує Цензор.НЕТ.\n\n"
        '"Поранені двоє людей, їх госпіталізовано", – зазначив він.\n',
        "uk",
    )
    assert _speaker(reading, "Поранені двоє людей") == "Петро Лук'яненко"


def test_an_outlet_citing_someone_reports_as_well_as_the_one_it_cites():
    reading = _read(
        "Склад\n\n"
        "Телеграм-канал Astra со ссылкой на местных жителей пишет о попадании в нефтебазу.\n",
        "ru",
    )
    reported = {(a.source.name, a.evidence.text) for a in reading.attributions if a.relation == "reported"}
    assert ("Astra", "Телеграм-канал Astra") in reported
    assert any(name == "местные жители" and text.startswith("со ссылкой") for name, text in reported)


def test_an_outlet_after_its_own_verb_is_not_read_twice():
    reading = _read(
        "Атака\n\n"
        "Про це повідомляє РБК-Україна з посиланням на заяву речника ВМС Дмитра Плетенчука.\n",
        "uk",
    )
    names = [a.source.name for a in reading.attributions if a.relation == "reported"]
    assert names == ["Дмитро Плетенчук"]


@pytest.mark.parametrize(
    ("lang", "text", "cue"),
    [
        ("uk", "Згідно з попередньою інформацією, загиблих немає.", "Згідно з попередньою інформацією"),
        ("uk", "За попередньою версією, причиною пожежі стало влучання уламків.", "За попередньою версією"),
        ("uk", "Ймовірне влучання зафіксували біля складу пального.", "Ймовірне"),
        ("uk", "Точну кількість постраждалих встановлюють.", "встановлюють"),
        ("ru", "По предварительной версии, причиной пожара стало попадание обломков.", "По предварительной версии"),
        ("ru", "По слухам, командира бригады сняли с должности.", "По слухам"),
        ("ru", "Причины аварии на подстанции выясняют правоохранители.", "выясняют"),
    ],
)
def test_hedges_of_versions_estimates_and_facts_still_being_established(lang: str, text: str, cue: str):
    reading = _read("Хроника\n\n" + text + "\n", lang)
    assert cue in [h.cue for h in reading.hedges]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("uk", "У лікарні перебувають шістнадцятеро поранених.", 16),
        ("uk", "Ворог випустив понад півсотні снарядів по громаді.", 50),
        ("uk", "Евакуювали понад сотню мешканців прикордонних сіл.", 100),
        ("uk", "Рятувальники загасили дві пожежі на складах.", 2),
        ("ru", "Противник выпустил около полусотни снарядов по селу.", 50),
        ("ru", "За сутки уничтожены 25 артсистем противника.", 25),
    ],
)
def test_figures_in_collective_numerals_round_nouns_and_counted_events(lang: str, text: str, value: int):
    reading = _read("Сводка\n\n" + text + "\n", lang)
    assert value in [f.value for f in reading.figures]


def test_plural_hundreds_stay_vague():
    reading = _read("Протест\n\nСотні людей вийшли на вулиці міста.\n", "uk")
    assert reading.figures == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("uk", "Голова Одеської ОВА Олег Кіпер у телеграмі: «Уночі ворог атакував порт дронами. Пошкоджено склад».", "Олег Кіпер"),
        ("ru", "Губернатор области Вячеслав Гладков в Telegram: «Ночью противник атаковал город дронами. Поврежден склад».", "Вячеслав Гладков"),
    ],
)
def test_a_speaker_and_a_colon_label_the_quote_after_them(lang: str, text: str, speaker: str):
    reading = _read("Атака\n\n" + text + "\n", lang)
    assert [(q.kind, q.speaker.name) for q in reading.quotes] == [("direct", speaker)]


def test_a_body_after_a_locative_speaks_a_direct_quote_in_the_nominative():
    reading = _read(
        "Обстріл\n\n"
        "«Ситуація складна, але контрольована», — зазначили в ОВА.\n\n"
        "«Ворог бив по порту дронами», — сказали в Одеській ОВА.\n\n"
        "Про це повідомили в Одеській ОВА.\n",
        "uk",
    )
    assert [(q.kind, q.speaker.name) for q in reading.quotes] == [
        ("direct", "Одеська ОВА"),
        ("direct", "Одеська ОВА"),
    ]


def test_an_outlet_quoting_someone_is_not_the_speaker_and_a_cited_sentence_keeps_its_own():
    reading = _read(
        "Оборона\n\n"
        "Как заявил в интервью ТАСС замминистра обороны Алексей Кузнецов, поставки вооружений "
        "будут увеличены.\n\n"
        "Об этом ТАСС рассказал глава комитета Госдумы по обороне Андрей Картаполов.\n\n"
        "«Мы не допустим эскалации на границе», — цитирует Картаполова ТАСС.\n",
        "ru",
    )
    assert [(q.kind, q.speaker.name) for q in reading.quotes] == [
        ("indirect", "Алексей Кузнецов"),
        ("direct", "Андрей Картаполов"),
    ]

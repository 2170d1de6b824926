"""Who claims a figure in war reporting (issue #10, session 16), on sentences written for this
test in the shape of real English and Norwegian wire copy: a tally given in two sentences whose
source stands once, at the end of the second ("Six died. Over 30 were hurt, the mayor said."),
a party that revises a toll ("raised the death toll to N"), and a count of arms in a toll's
sentence, which counts the arms, not the dead ("killed when 40 drones hit"); and a sentence that
opens with a part of the count before it ("Nine were hurt. Four of them are children."); and the
party that issued the numbers a sourcing phrase names ("according to the latest estimates from
the UN"), not the numbers."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def figures(text: str, lang: str = "nb") -> list[tuple[float, str | None, str | None]]:
    """``(value, counts, claimant name)`` of every figure read in ``text``."""
    reading = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [
        (f.value, f.counts, f.claimant.name if f.claimant is not None else None)
        for f in reading.figures
    ]


# -- a tally in two sentences, its source at the end of the second --------------------------------
# (each test also holds a shape the source does not reach, so that it fails without the reader)


def test_the_source_of_a_second_toll_claims_the_first_en() -> None:
    read = figures(
        "Six people were killed when a drone hit a bus station in Kherson. At least 31 were "
        "injured, regional governor Oleh Tarasenko said.\n\n"
        "Two people died in a fire in Mykolaiv.\n\n"
        "At least four were injured, the city council said.",
        lang="en",
    )
    assert [who for _value, _counts, who in read] == [
        "Oleh Tarasenko",
        "Oleh Tarasenko",
        None,  # the next paragraph's source does not reach back
        "city council",
    ]


def test_the_source_of_a_second_toll_claims_the_first_nb() -> None:
    read = figures(
        "Fem personer ble drept i et angrep mot en togstasjon i Sumy. Over 20 er skadd, "
        "opplyser guvernør Ivan Petrenko.\n\n"
        "Tre personer ble drept i Kherson. Stasjonen er stengt, opplyser ordfører Olha Koval."
    )
    assert [who for _value, _counts, who in read] == [
        "Ivan Petrenko",
        "Ivan Petrenko",
        None,  # a next sentence with no toll of its own is no account of the same tally
    ]


def test_a_source_opening_the_next_sentence_does_not_claim_a_toll_en() -> None:
    read = figures(
        "Six people were killed when a drone hit a bus station in Kherson. Nine were hurt, the "
        "police said.\n\nFour people were killed in Odesa. Governor Oleh Kiper said that "
        "12 more were injured.",
        lang="en",
    )
    assert [who for _value, _counts, who in read][:3] == ["police", "police", None]


# -- a party that revises a toll claims it ("raised the death toll to N") --------------------------


def test_a_party_that_raises_a_toll_claims_it_en() -> None:
    read = figures(
        "The health ministry raised the death toll to 17 on Sunday.\n\n"
        "The second blast raised the death toll to 19.",
        lang="en",
    )
    assert [(value, who) for value, _counts, who in read] == [
        (17.0, "The health ministry"),
        (19.0, None),  # an event that raises a toll claims nothing
    ]


def test_a_party_that_revises_a_toll_claims_it_nb() -> None:
    read = figures(
        "Innenriksdepartementet oppjusterte dødstallet til 17 søndag kveld.\n\n"
        "Det nye angrepet oppjusterte dødstallet til 19."
    )
    assert [(value, who) for value, _counts, who in read] == [
        (17.0, "Innenriksdepartementet"),
        (19.0, None),
    ]


# -- a count of arms in a toll's sentence counts the arms -------------------------------------------


def test_arms_in_a_toll_sentence_are_not_the_toll_nb() -> None:
    read = figures("Minst ni ble drept da Russland sendte 48 droner mot Odesa i natt.")
    assert read == [(9.0, "killed", None), (48.0, "drones", None)]


def test_arms_in_a_toll_sentence_are_not_the_toll_en() -> None:
    read = figures(
        "Four people were wounded when 30 Russian missiles struck power plants in Lviv.",
        lang="en",
    )
    assert [(value, counts) for value, counts, _who in read] == [
        (4.0, "wounded"),
        (30.0, "missiles"),
    ]


# -- a sentence that opens with a part of the count before it ---------------------------------------


def test_a_part_opening_the_next_sentence_is_a_figure_en() -> None:
    read = figures(
        "Eleven people were injured in Kharkiv, mayor Ihor Terekhov said. Five of them are "
        "children.\n\nThree of them were later released.",
        lang="en",
    )
    assert read == [
        (11.0, "wounded", "Ihor Terekhov"),
        (5.0, "wounded", "Ihor Terekhov"),
        # a new paragraph's "of them" takes no part of the last paragraph's count
    ]


def test_a_part_opening_the_next_sentence_is_a_figure_nb() -> None:
    read = figures("Elleve personer er skadd i Kharkiv, opplyser ordfører Ihor Terekhov. Fem av dem er barn.")
    assert read == [(11.0, "wounded", "Ihor Terekhov"), (5.0, "wounded", "Ihor Terekhov")]


# -- the party that issued the numbers claims them --------------------------------------------------


def test_the_issuer_of_estimates_claims_the_figure_en() -> None:
    read = figures(
        "According to the newest estimates from the UN, over 9,000 civilians have been killed.",
        lang="en",
    )
    assert read == [(9000.0, "killed", "UN")]


def test_the_issuer_of_numbers_claims_the_figure_nb() -> None:
    read = figures(
        "Ifølge de nyeste anslagene fra FN er over 9000 sivile drept. Minst 40 barn er drept, "
        "opplyser ukrainske myndigheter ifølge Reuters."
    )
    assert read == [(9000.0, "killed", "FN"), (40.0, "killed", "ukrainske myndigheter")]


# -- a toll's participle is no counted noun ---------------------------------------------------------


def test_a_toll_participle_is_not_the_counted_noun_nb() -> None:
    reading = analyze(
        SourceDoc(
            text="Nyheter\n\nTo ble drept og fem såret i Kramatorsk, opplyser guvernør Vadym Filasjkin.\n",
            origin="written.txt",
        ),
        lang="nb",
    )
    assert [(f.value, f.unit, f.counts) for f in reading.figures] == [
        (2.0, None, "killed"),
        (5.0, None, "wounded"),
    ]
